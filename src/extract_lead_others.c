/* extract_lead_others.c: whether a maker verb in a sentence about the
   article's work credits that work or another one: a work named just
   before the verb ("a remake of Harbor directed by A", "the novel written
   by B", "a short film titled Sunny Days, directed by C"), a relative
   clause about another title, a credit denied or never carried out ("was
   never directed by A", "would have been directed by B"). Apart from
   extract_lead_makers.c, which reads the verbs and states the facts.
   Read backwards from the verb: cues ending at it are data/ lists read
   with xl_lex_ending, or literals with XC_ENDS (xmatch.h). */
#include "extract_lead_words.h"
#include "lexicon.h"
#include "xmakers.h"

#include <string.h>

/* Words for another work that a maker participle right after them
   belongs to: data/other_made_nouns.txt ("a remake of Harbor directed by
   A"). */

/* True when the maker verb at v belongs to another work named just
   before it, with no comma or "and" between ("a remake of the Telugu film
   Harbor directed by A", "the novel written by B"). */
static bool other_work_before(const char *t, size_t from, size_t v) {
  for (size_t q = v; q > from; q--) {
    if (t[q - 1] == ',' || t[q - 1] == ';' || t[q - 1] == '(' ||
        (t[q - 1] == ' ' && x_word_at(t, q, v, "and")))
      return false;
    if (t[q - 1] == ' ' && x_word_at(t, q, v, "story") &&
        XC_ENDS(t, from, q, "short ")) /* "a short story written by A" */
      return true;
    size_t w = q - (q - 1 == from && t[q - 1] != ' ');
    size_t k = (t[q - 1] == ' ' || q - 1 == from)
                   ? xc_lex_len(t, w, v, SKG_LEX_OTHER_MADE_NOUNS)
                   : 0;
    /* not "a game show created by A", a work noun of data/work_nouns.tsv
       that starts with one */
    if (k && xc_lex_len(t, w, v, SKG_LEX_WORK_NOUNS) <= k)
      return true;
  }
  return false;
}

/* True when ", " ends right before v and the word before it is a word
   of lex ("sequel, "). */
static bool word_comma_before(const char *t, size_t from, size_t v,
                              skg_lex lex) {
  if (!XC_ENDS(t, from + 1, v, ", "))
    return false;
  size_t e = v - XC_LEN(", "), w = e;
  while (w > from && t[w - 1] != ' ')
    w--;
  return skg_lex_has(lex, t + w, e - w);
}

/* True when the maker verb at v follows a comma after a word for another
   work: "on the sequel, directed by A". */
static bool other_noun_comma(const char *t, size_t from, size_t v) {
  return word_comma_before(t, from, v, SKG_LEX_OTHER_MADE_NOUNS);
}

/* True when a title ends at e ("Dark Pier" before " which was directed
   by"), not the article's work, and no person the text knows. */
static bool titled_no_comma(const x_ctx *x, size_t from, size_t e) {
  const char *t = x->d->text;
  size_t a = x_name_before(t, from, e);
  return a < e && x_lookup(x, X_WORK, t + a, e - a, NULL) != x->subject &&
         x_lookup(x, X_PERSON, t + a, e - a, NULL) == SKG_NONE;
}

/* True when the maker verb at v opens a relative clause ("..., which
   was directed by") about another work: the clause's noun before the
   comma is a title other than the work's ("the Tamil film Blue Lotus
   (2010), which was directed by A"), or a noun near a word for another
   work ("a remake of the 1990 film, which was"). Without the comma
   ("the first being Dark Pier which was directed by A") only a title
   that is no person the text knows. */
static bool relative_to_other(const x_ctx *x, size_t from, size_t v) {
  const char *t = x->d->text;
  /* ", which was ", ", that ": data/relative_openers.txt after ", " */
  size_t c = xl_lex_ending(t, from, v, SKG_LEX_RELATIVE_OPENERS);
  if (c == v || c == from || t[c - 1] != ' ')
    return false;
  if (!XC_ENDS(t, from, c, ", "))
    return titled_no_comma(x, from, c - XC_LEN(" "));
  c -= XC_LEN(", ");
  size_t e = c;
  if (e > from && t[e - 1] == ')') /* "Blue Lotus (2010)" */
    while (e > from && t[e] != '(')
      e--;
  while (e > from && t[e - 1] == ' ')
    e--;
  size_t a = x_name_before(t, from, e);
  if (a < e) /* a title ends there */
    return x_lookup(x, X_WORK, t + a, e - a, NULL) != x->subject;
  enum { NOUN_MAX = 80 }; /* "a remake of the 1990 Telugu film" */
  for (size_t q = e; q > from && q + NOUN_MAX > e; q--)
    if (t[q - 1] == ' ' && xc_lex_at(t, q, e, SKG_LEX_OTHER_MADE_NOUNS))
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
  size_t k = XC_LEN(" (1980)");
  if (e < lo + k || t[e - 1] != ')')
    return 0;
  xc_cur c = xc_at(t, lo, e - k, e);
  return XC_EXACT(&c, " (") && strspn(t + c.p, "0123456789") == XC_LEN("1980")
             ? k
             : 0;
}

/* True when the title at a is set off by a comma after a word for
   another work or a work noun ("a sequel, Harbor Row 2,", "a short film,
   Harbor Row,"). */
static bool other_appositive(const char *t, size_t lo, size_t a) {
  return word_comma_before(t, lo, a, SKG_LEX_APPOSITIVE_NOUNS);
}

/* True when the title at a follows "as" in a sentence about a dub or a
   remake ("dubbed into Tamil as Harbor Vilakku, produced by A"): the
   version's own title (after any other "as", a character may follow). */
static bool renamed_as(const char *t, size_t lo, size_t a) {
  if (!XC_ENDS(t, lo, a, "as "))
    return false;
  /* data/renaming_verbs.txt: "dubbed", "remade", "retitled" */
  for (size_t p = lo; p < a; p++) {
    size_t n = xc_lex_len(t, p, a, SKG_LEX_RENAMING_VERBS);
    if (n && x_at(t, p + n, a, " ") && xl_no_capital(t, p, p + n))
      return true;
  }
  return false;
}

/* The kind of work a word of data/title_kinds.tsv ending right before
   the title at a says ("the film ", "the sitcom ", "titled "): the end of
   the word before the space, compared as text ("telefilm " too), or
   SKG_ENT_COUNT. */
static skg_ent kind_before(const char *t, size_t lo, size_t a) {
  if (a == lo || t[a - 1] != ' ')
    return SKG_ENT_COUNT;
  size_t e = a - 1, w = e;
  while (w > lo && t[w - 1] != ' ')
    w--;
  skg_ent type;
  for (size_t s = w; s < e; s++) { /* the longest ending first */
    const char *v = skg_lex_get(SKG_LEX_TITLE_KINDS, t + s, e - s);
    if (v && xl_no_capital(t, s, e) && skg_ent_from_name(v, &type))
      return type;
  }
  return SKG_ENT_COUNT;
}

/* True when the title at a follows a phrase of data/work_relations.tsv
   that continues a work ("a spin-off of Harbor Row", "the sequel to
   Harbor Row"): another work of the article's kind. "based on" may name
   a novel or a play: no. */
static bool continued_before(const char *t, size_t lo, size_t a) {
  size_t r = xl_lex_ending(t, lo, a, SKG_LEX_WORK_RELATIONS);
  const char *v =
      r < a ? skg_lex_get(SKG_LEX_WORK_RELATIONS, t + r, a - 1 - r) : NULL;
  return v && strncmp(v, "basedOn", XC_LEN("basedOn")) != 0;
}

static skg_eid titled_before(x_ctx *x, size_t lo, size_t v) {
  const char *t = x->d->text;
  if (!XC_ENDS(t, lo + 1, v, ", "))
    return SKG_NONE;
  size_t e = v - XC_LEN(", "), year = year_before(t, lo, e);
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
  if (XC_ENDS(t, lo, a, "The "))
    a -= XC_LEN("The ");
  skg_eid w = x_lookup(x, X_WORK, t + a, e - a, NULL);
  if (w == x->subject && w != SKG_NONE)
    return SKG_NONE;
  if (w != SKG_NONE)
    return w;
  skg_ent kind = kind_before(t, lo, a);
  if (kind != SKG_ENT_COUNT)
    return x_entity(x, kind, t + a, e - a);
  if (year || other_appositive(t, lo, a))
    return x_entity(x, SKG_ENT_FILM, t + a, e - a);
  /* a continuation or a renaming is of the article's own kind */
  if (continued_before(t, lo, a) || renamed_as(t, lo, a))
    return x_entity(
        x, x->subject_type == SKG_ENT_SERIES ? SKG_ENT_SERIES : SKG_ENT_FILM,
        t + a, e - a);
  return SKG_NONE;
}

/* True when the clause from c up to v reads "directed by A and ", a
   participle with "by" and its names: the clause a maker verb after "and"
   continues. */
static bool participle_clause(const char *t, size_t c, size_t v) {
  size_t w = c;
  while (w < v && t[w] >= 'a' && t[w] <= 'z')
    w++;
  if (!XC_ENDS(t, c + 1, w, "ed") || !x_at(t, w, v, " by ") ||
      !XC_ENDS(t, c, v, "and "))
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
  enum { CLAUSE_MIN = 8, CLAUSE_MAX = 160 }; /* "X, by A and " */
  const char *t = x->d->text;
  if (v < lo + CLAUSE_MIN || !XC_ENDS(t, lo, v, "and "))
    return SKG_NONE;
  for (size_t c = v - XC_LEN("and ");
       c > lo + XC_LEN(", ") && c + CLAUSE_MAX > v; c--) {
    if (!XC_ENDS(t, lo, c, ", "))
      continue;
    if (participle_clause(t, c, v))
      return titled_before(x, lo, c);
    if (!x_cap_at(t, c, v))
      return SKG_NONE;
  }
  return SKG_NONE;
}

skg_eid xm_titled_before(x_ctx *x, size_t lo, size_t v) {
  const char *t = x->d->text;
  /* "Harbor Row (1954), which starred": data/relative_titled.txt after
     ", " */
  size_t r = xl_lex_ending(t, lo, v, SKG_LEX_RELATIVE_TITLED);
  if (r < v && XC_ENDS(t, lo, r, ", "))
    return titled_before(x, lo, r);
  skg_eid w = titled_before(x, lo, v);
  return w != SKG_NONE ? w : chained_title(x, lo, v);
}

const about *xm_about_titled(x_ctx *x, const about *ab, size_t lo, size_t v,
                             about *other) {
  *other = (about){xm_titled_before(x, lo, v), SKG_NONE, ab->ev};
  return other->work != SKG_NONE ? other : ab;
}

/* True when the maker verb at v is denied or was never carried out:
   "not to be scored by A", "was never directed by A", "would have been
   directed by A", "was originally to be directed by A". */
bool xm_not_carried_out(const char *t, size_t from, size_t v) {
  /* data/unmade_cues.txt: "never", "would have been", "supposed to be" */
  return xl_lex_ending(t, from, v, SKG_LEX_UNMADE_CUES) < v;
}

/* True when the maker verb at v credits a group of works named before it
   (", both directed by A", ", all three produced by B"): the group's
   credit is group-credit's (extract_work_groups.c), which counts the
   article's work in only when the group's number says so. */
static bool group_credit(const char *t, size_t from, size_t v) {
  size_t c = xl_lex_ending(t, from, v, SKG_LEX_GROUP_CREDIT_CUES);
  if (c == v || !XC_ENDS(t, from, c, ", "))
    return false;
  /* the group ends in a title or its year ("Cold Bay, both", "Dock
     (1992), both"), not a noun ("5 songs, all composed by A") */
  size_t e = c - XC_LEN(", ");
  return (e > from && t[e - 1] == ')') || x_name_before(t, from, e) < e;
}

/* True when a source cue of data/other_works.tsv ("based on", "adapted
   from") starts a word in t[b..c) and no "by" follows it there: a source
   that names no maker of its own ("based on the novel of the same name",
   not "based on a story by A"). */
static bool unsigned_source(const char *t, size_t b, size_t c) {
  for (size_t q = b; q < c; q++) {
    if (q > b && t[q - 1] != ' ')
      continue;
    size_t n = xc_lex_len(t, q, c, SKG_LEX_OTHER_WORKS);
    const char *v = n ? skg_lex_get(SKG_LEX_OTHER_WORKS, t + q, n) : NULL;
    if (v && strcmp(v, "source") == 0)
      return x_find(t, q + n, c, " by ") == c;
  }
  return false;
}

/* True when the maker verb at v follows, after a comma, the source the
   work is based on and makes it: "based on the 2007 television series of
   the same name, created by A", "adapted from the novel of the same
   name, which was written by B" (data/source_maker_verbs.txt, "by" right
   after the verb; "written and directed by" is the work's). */
static bool source_maker(const x_ctx *x, size_t from, size_t v) {
  const char *t = x->d->text;
  size_t end = x->d->len, n = xc_lex_len(t, v, end, SKG_LEX_SOURCE_MAKER_VERBS);
  if (!n || !x_at(t, v + n, end, " by "))
    return false;
  size_t c = xl_lex_ending(t, from, v, SKG_LEX_RELATIVE_OPENERS);
  if (!XC_ENDS(t, from, c, ", "))
    return false;
  c -= XC_LEN(", ");
  size_t b = c; /* the clause before the comma */
  while (b > from && !strchr(",;(", t[b - 1]))
    b--;
  return unsigned_source(t, b, c);
}

/* True when t[w..e) is a word of data/other_works.tsv for a piece or a
   part made apart from the work ("song", "soundtrack"). */
static bool piece_word(const char *t, size_t w, size_t e) {
  const char *v = skg_lex_get(SKG_LEX_OTHER_WORKS, t + w, e - w);
  return v && (strcmp(v, "piece") == 0 || strcmp(v, "part") == 0);
}

/* True when what comes between a piece's name (its closing quote at q)
   and the maker verb at v leads to the verb as the piece's: nothing, its
   copula ("\", was written by"), or a participle clause of its own
   ("performed by A and written by"). */
static bool piece_reaches(const char *t, size_t q, size_t v) {
  xc_cur c = xc_at(t, q, q, v);
  XC_EXACT(&c, ",");
  XC_EXACT(&c, " ");
  if (c.p == v || ((XC_EXACT(&c, "was ") || XC_EXACT(&c, "were ")) && c.p == v))
    return true;
  return XC_ENDS(t, c.p, v, " and ") && x_find(t, c.p, v, " by ") < v &&
         x_find(t, c.p, v, "\"") == v && x_find(t, c.p, v, " was ") == v;
}

/* True when the maker verb at v belongs to a song or a track named just
   before it: 'the song "Blue Pier", written by A', 'the title song, "Blue
   Pier", co-written by A'. Its writers are the song's. */
static bool piece_before(const char *t, size_t from, size_t v) {
  enum { PIECE_MAX = 160 }; /* a song's title and a performer */
  size_t lo = v > from + PIECE_MAX ? v - PIECE_MAX : from, q = v;
  while (q > lo && t[q - 1] != '"') /* after the name's closing quote */
    q--;
  if (q == lo || !piece_reaches(t, q, v))
    return false;
  size_t a = q - 1; /* the opening quote */
  while (a > lo && t[a - 1] != '"')
    a--;
  if (a == lo)
    return false;
  size_t k = a - 1; /* 'song "', 'song, "' */
  if (XC_ENDS(t, lo, k, ", "))
    k -= XC_LEN(", ");
  else if (XC_ENDS(t, lo, k, " "))
    k -= XC_LEN(" ");
  else
    return false;
  size_t w = k;
  while (w > lo && t[w - 1] != ' ')
    w--;
  return piece_word(t, w, k);
}

/* True when the maker verb at v (a sentence about the work starting at
   from) belongs to another work named before it. */
bool xm_other_work_verb(const x_ctx *x, size_t from, size_t v) {
  const char *t = x->d->text;
  return other_work_before(t, from, v) || relative_to_other(x, from, v) ||
         other_noun_comma(t, from, v) || group_credit(t, from, v) ||
         source_maker(x, from, v) || piece_before(t, from, v);
}
