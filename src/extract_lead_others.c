/* extract_lead_others.c: whether a maker verb in a sentence about the
   article's work credits that work or another one: a work named just
   before the verb ("a remake of Harbor directed by A", "the novel written
   by B", "a short film titled Sunny Days, directed by C"), a relative
   clause about another title, a credit denied or never carried out ("was
   never directed by A", "would have been directed by B"). Apart from
   extract_lead_makers.c, which reads the verbs and states the facts. */
#include "lexicon.h"
#include "xmakers.h"

#include <string.h>

/* The ones that a maker participle right after them belongs to ("a remake
   of Harbor directed by A"); the score or soundtrack "composed by" is the
   work's own, an "adaptation of X directed by" may be the work itself. */
static const char *const OTHER_MADE[] = {
    "dub",    "remake", "sequel",  "prequel",   "novel",        "book",
    "play",   "game",   "comic",   "manga",     "spin-off",     "reboot",
    "lyrics", "album",  "novella", "memoir",    "poem",         "article",
    "essay",  "song",   "opera",   "biography", "autobiography"};

/* True when the maker verb at v belongs to another work named just
   before it, with no comma or "and" between ("a remake of the Telugu film
   Harbor directed by A", "the novel written by B"). */
static bool other_work_before(const char *t, size_t from, size_t v) {
  for (size_t q = v; q > from; q--) {
    if (t[q - 1] == ',' || t[q - 1] == ';' || t[q - 1] == '(' ||
        (t[q - 1] == ' ' && x_word_at(t, q, v, "and")))
      return false;
    if (t[q - 1] == ' ' && x_word_at(t, q, v, "story") && q >= from + 6 &&
        x_at(t, q - 6, v, "short ")) /* "a short story written by A" */
      return true;
    if (t[q - 1] == ' ' || q - 1 == from)
      for (size_t i = 0; i < SKG_ARRAY_LEN(OTHER_MADE); i++)
        if (x_word_at(t, q - (q - 1 == from && t[q - 1] != ' '), v,
                      OTHER_MADE[i]))
          return true;
  }
  return false;
}

/* True when ", " ends right before v and the word before it is one of
   words[0..n) ("sequel, "). */
static bool word_comma_before(const char *t, size_t from, size_t v,
                              const char *const *words, size_t n) {
  if (v < from + 3 || !x_at(t, v - 2, v, ", "))
    return false;
  size_t w = v - 2;
  while (w > from && t[w - 1] != ' ')
    w--;
  for (size_t i = 0; i < n; i++)
    if (w + strlen(words[i]) == v - 2 && x_word_at(t, w, v - 2, words[i]))
      return true;
  return false;
}

/* True when the maker verb at v follows a comma after a word for another
   work: "on the sequel, directed by A". */
static bool other_noun_comma(const char *t, size_t from, size_t v) {
  return word_comma_before(t, from, v, OTHER_MADE, SKG_ARRAY_LEN(OTHER_MADE));
}

/* True when the maker verb at v opens a relative clause ("..., which
   was directed by") about another work: the clause's noun before the
   comma is a title other than the work's ("the Tamil film Blue Lotus
   (2010), which was directed by A"), or a noun near a word for another
   work ("a remake of the 1990 film, which was"). */
static bool relative_to_other(const x_ctx *x, size_t from, size_t v) {
  static const char *const REL[] = {
      ", which was ", ", which is ", ", which were ", ", which had been ",
      ", that was ",  ", which ",    ", that "};
  const char *t = x->d->text;
  size_t c = v;
  for (size_t i = 0; i < SKG_ARRAY_LEN(REL) && c == v; i++) {
    size_t k = strlen(REL[i]);
    if (v >= from + k && memcmp(t + v - k, REL[i], k) == 0)
      c = v - k;
  }
  if (c == v)
    return false;
  size_t e = c;
  if (e > from && t[e - 1] == ')') /* "Blue Lotus (2010)" */
    while (e > from && t[e] != '(')
      e--;
  while (e > from && t[e - 1] == ' ')
    e--;
  size_t a = x_name_before(t, from, e);
  if (a < e) /* a title ends there */
    return x_lookup(x, X_WORK, t + a, e - a, NULL) != x->subject;
  for (size_t q = e; q > from && q + 80 > e; q--) /* "a remake of the film" */
    for (size_t i = 0; i < SKG_ARRAY_LEN(OTHER_MADE); i++)
      if (t[q - 1] == ' ' && x_word_at(t, q, e, OTHER_MADE[i]))
        return true;
  return false;
}

/* The work other than the article's that a title names when it ends
   right before ", " at v and the text marks it as a work: "the 1980 film
   Harbor Row, directed by", "the series Harbor Row, created by", "Harbor
   Row (1980), written by", or a title the text already knows. SKG_NONE
   otherwise. */
/* Length of " (1980)" ending at e (a title's year), or 0. */
static size_t year_before(const char *t, size_t lo, size_t e) {
  static const char FORM[] = " (1980)";
  size_t k = strlen(FORM);
  if (e < lo + k || t[e - k] != ' ' || t[e - k + 1] != '(' || t[e - 1] != ')')
    return 0;
  return strspn(t + e - k + 2, "0123456789") == k - 3 ? k : 0;
}

/* True when the title at a is set off by a comma after a word for
   another work or a work noun ("a sequel, Harbor Row 2,", "a short film,
   Harbor Row,"). */
static bool other_appositive(const char *t, size_t lo, size_t a) {
  static const char *const NOUNS[] = {"film",    "short",  "movie",   "sequel",
                                      "prequel", "remake", "spin-off"};
  return word_comma_before(t, lo, a, NOUNS, SKG_ARRAY_LEN(NOUNS));
}

/* True when the title at a follows "as" in a sentence about a dub or a
   remake ("dubbed into Tamil as Harbor Vilakku, produced by A"): the
   version's own title (after any other "as", a character may follow). */
static bool renamed_as(const char *t, size_t lo, size_t a) {
  static const char *const RENAMED[] = {"dubbed ", "remade ", "retitled "};
  if (a < lo + 3 || !x_at(t, a - 3, a, "as "))
    return false;
  for (size_t i = 0; i < SKG_ARRAY_LEN(RENAMED); i++)
    if (x_find(t, lo, a, RENAMED[i]) < a)
      return true;
  return false;
}

static skg_eid titled_before(x_ctx *x, size_t lo, size_t v) {
  static const char *const KIND[] = {
      "film ",       "movie ", "series ", "sitcom ",   "show ",
      "miniseries ", "short ", "titled ", "entitled ", "called "};
  const char *t = x->d->text;
  if (v < lo + 3 || !x_at(t, v - strlen(", "), v, ", "))
    return SKG_NONE;
  size_t e = v - strlen(", "), year = year_before(t, lo, e);
  e -= year;
  size_t d = e; /* "Harbor Row 2": a sequel's number ends the title */
  while (d > lo && t[d - 1] >= '0' && t[d - 1] <= '9')
    d--;
  d = d < e && d > lo + 1 && t[d - 1] == ' ' ? d - 1 : e;
  size_t a = x_name_before(t, lo, d);
  if (a == d)
    return SKG_NONE;
  /* "the film The Blues Road (1980)": the name leaves out "The", the
     title has it */
  if (a >= lo + strlen("The ") && x_at(t, a - strlen("The "), a, "The "))
    a -= strlen("The ");
  skg_eid w = x_lookup(x, X_WORK, t + a, e - a, NULL);
  if (w == x->subject && w != SKG_NONE)
    return SKG_NONE;
  if (w != SKG_NONE)
    return w;
  for (size_t i = 0; i < SKG_ARRAY_LEN(KIND); i++) {
    size_t k = strlen(KIND[i]);
    if (a >= lo + k && memcmp(t + a - k, KIND[i], k) == 0)
      return x_entity(x, i >= 2 && i <= 5 ? SKG_ENT_SERIES : SKG_ENT_FILM,
                      t + a, e - a);
  }
  if (year || other_appositive(t, lo, a))
    return x_entity(x, SKG_ENT_FILM, t + a, e - a);
  return renamed_as(t, lo, a)
             ? x_entity(x,
                        x->subject_type == SKG_ENT_SERIES ? SKG_ENT_SERIES
                                                          : SKG_ENT_FILM,
                        t + a, e - a)
             : SKG_NONE;
}

/* True when the clause from c up to v reads "directed by A and ", a
   participle with "by" and its names: the clause a maker verb after "and"
   continues. */
static bool participle_clause(const char *t, size_t c, size_t v) {
  size_t w = c;
  while (w < v && t[w] >= 'a' && t[w] <= 'z')
    w++;
  if (w < c + 3 || !x_at(t, w - 2, v, "ed by ") || !x_at(t, v - 4, v, "and "))
    return false;
  for (size_t q = w; q < v; q++)
    if (t[q] == '.' || t[q] == ';' || t[q] == '(' || t[q] == ':')
      return false;
  return true;
}

/* "Grey Harbor (2009), directed by A and written by B": a maker verb
   after "and" belongs to the work whose participle clause it continues.
   Walks back over the commas of a name list ("by A, B and C and"); any
   other comma ends the search. */
static skg_eid chained_title(x_ctx *x, size_t lo, size_t v) {
  const char *t = x->d->text;
  if (v < lo + 8 || !x_at(t, v - 4, v, "and "))
    return SKG_NONE;
  for (size_t c = v - 4; c > lo + 2 && c + 160 > v; c--) {
    if (t[c - 1] != ' ' || t[c - 2] != ',')
      continue;
    if (participle_clause(t, c, v))
      return titled_before(x, lo, c);
    if (!x_cap_at(t, c, v))
      return SKG_NONE;
  }
  return SKG_NONE;
}

skg_eid xm_titled_before(x_ctx *x, size_t lo, size_t v) {
  static const char *const REL[] = {"which ", "that ", "which also "};
  const char *t = x->d->text;
  /* "Harbor Row (1954), which starred" */
  for (size_t i = 0; i < SKG_ARRAY_LEN(REL); i++)
    if (v >= lo + strlen(REL[i]) + 2 &&
        x_at(t, v - strlen(REL[i]), v, REL[i]) &&
        x_at(t, v - strlen(REL[i]) - 2, v, ", "))
      return titled_before(x, lo, v - strlen(REL[i]));
  skg_eid w = titled_before(x, lo, v);
  return w != SKG_NONE ? w : chained_title(x, lo, v);
}

/* True when the maker verb at v is denied or was never carried out:
   "not to be scored by A", "was never directed by A", "would have been
   directed by A", "was originally to be directed by A". */
bool xm_not_carried_out(const char *t, size_t from, size_t v) {
  static const char *const NEG[] = {"not ",
                                    "never ",
                                    "not to be ",
                                    "not be ",
                                    "not been ",
                                    "never been ",
                                    "not being ",
                                    "would have been ",
                                    "originally to be ",
                                    "initially to be ",
                                    "originally going to be ",
                                    "originally set to be ",
                                    "supposed to be "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(NEG); i++) {
    size_t k = strlen(NEG[i]);
    if (v >= from + k && memcmp(t + v - k, NEG[i], k) == 0 &&
        (v == from + k || t[v - k - 1] == ' '))
      return true;
  }
  return false;
}

/* True when the maker verb at v (a sentence about the work starting at
   from) belongs to another work named before it. */
bool xm_other_work_verb(const x_ctx *x, size_t from, size_t v) {
  const char *t = x->d->text;
  return other_work_before(t, from, v) || relative_to_other(x, from, v) ||
         other_noun_comma(t, from, v);
}
