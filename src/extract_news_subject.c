/* extract_news_subject.c: who a casting cue speaks of. The subject is
   the name (or names) right before the cue, past an auxiliary or an
   aside ("Ann Roe, best known for X, will play"); a pronoun, a participle
   clause ("..., joining the cast as") or a reference ("the Dock Street
   star will") reaches back to the person named earlier. Part of the news
   family (xnews.h); split from extract_news_read.c, which it reads with.
   Owner: h-news2 (issue 11). */
#include "extract_lead_words.h"
#include "lexicon.h"
#include "xnews.h"

#include <ctype.h>
#include <string.h>

/* Bytes an appositive (", best known for X,") may span at most. */
#define APPOSITIVE_MAX 80

/* A word shaped like a nationality ("Irish", "Canadian", "Japanese",
   "Korean"): before "actor" it says where the actor is from. */
bool xn_demonym(const char *w, size_t n) {
  static const char *const END[] = {"ish", "ian", "ese", "ean", "can"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(END); i++)
    if (n > 4 && xc_ends(w, 0, n, END[i], strlen(END[i])))
      return true;
  return false;
}

/* True when the name t[p..p+n) comes right after a credit noun ("actor
   Jamie Roe") and reads as a person's: an actor the text introduces. */
static bool credited_name(const nsent *s, size_t lo, size_t p, size_t n) {
  const char *t = s->t;
  if (!x_person_like(t + p, n, false) ||
      x_lookup(s->x, X_ANY & ~X_PERSON, t + p, n, NULL) != SKG_NONE)
    return false;
  return xn_credit_before(t, lo, p);
}

/* The actor the previous sentence names (the first name it holds that
   the document knows as an actor, or that a credit noun introduces):
   its span in *out. */
bool xn_previous_actor(const nsent *s, x_span *out) {
  if (s->si == 0)
    return false;
  const skg_span *pr = &s->x->d->sents[s->si - 1];
  const char *t = s->t;
  for (size_t p = pr->off, end = pr->off + pr->len; p < end; p++) {
    if (p > pr->off && t[p - 1] != ' ')
      continue;
    size_t n = x_name_len(t, p, end);
    skg_eid e = n ? x_lookup(s->x, X_PERSON, t + p, n, NULL) : SKG_NONE;
    if ((e != SKG_NONE && skg_graph_type(s->x->g, e) == SKG_ENT_ACTOR) ||
        (n && e == SKG_NONE && credited_name(s, pr->off, p, n))) {
      *out = (x_span){p, n};
      return true;
    }
    p += n;
  }
  return false;
}

/* True when t[a..b) is a list of capitalised items parted by ", " and
   " and " ("Frozen and Glee", "Dock Street, Quiet Bay and Harbor"). */
static bool title_items(const char *t, size_t a, size_t b) {
  if (a >= b || !(isupper((unsigned char)t[a]) || isdigit((unsigned char)t[a])))
    return false;
  for (size_t p = a; p + 1 < b; p++)
    if (t[p] == ' ' && !(isupper((unsigned char)t[p + 1]) ||
                         isdigit((unsigned char)t[p + 1]))) {
      if (x_at(t, p, b, " and "))
        p += XC_LEN(" and") - 1;
      else if (!(x_at(t, p, b, " of ") || x_at(t, p, b, " the ")))
        return false;
    }
  return true;
}

/* True when t[a..p-1) are titles of a credit reference: a list of
   capitalised items, and not one unquoted common word, nationality or
   not_names word ("The Irish actor", "the Oscar-winning actress"). */
static bool reference_titles(const nsent *s, size_t a, size_t p) {
  const char *t = s->t;
  size_t e = p - 1; /* the space before the noun (p > a) */
  if (e <= a || !title_items(t, a, e))
    return false;
  size_t n = e - a;
  return memchr(t + a, ' ', n) ||
         !(xn_common_word(s->x, t + a, n) || xn_demonym(t + a, n) ||
           skg_lex_has(SKG_LEX_NOT_NAMES, t + a, n));
}

/* Where the titles of a reference "the A and B actor" ending at v start
   (after "the "), with the credit noun at *noun; or v. The phrase opens
   the sentence or follows a comma ("Per Deadline, the X star will"). */
size_t xn_reference_at(const nsent *s, size_t v, size_t *noun) {
  const char *t = s->t;
  size_t none = v; /* what the caller compares with: v before the trim */
  *noun = none;
  while (v > s->a && t[v - 1] == ' ')
    v--;
  size_t w = v;
  while (w > s->a && t[w - 1] != ' ')
    w--;
  if (w == s->a || xn_credit_noun_at(t, w, v) != v - w)
    return none;
  size_t lo = w > s->a + X_NAME_MAX ? w - X_NAME_MAX : s->a;
  for (size_t a = w - 1; a > lo; a--) {
    size_t the = a - XC_LEN("the ");
    if (a < s->a + XC_LEN("the ") ||
        !(x_at(t, the, w, "the ") || x_at(t, the, w, "The ")))
      continue;
    size_t comma = the - XC_LEN(", "); /* its space is not read */
    bool opens = the == s->a ||
                 (the >= s->a + XC_LEN(", ") && t[comma] == ',') ||
                 XC_ENDS(t, s->a, the, ", with ");
    if (opens && reference_titles(s, a, w)) {
      *noun = w;
      return a;
    }
  }
  return none;
}

/* "A joined the cast of Y on July 19, with the Dock Street star set to
   play Z": a reference after ", with the" is the sentence's own subject,
   the person-like name that opens it. */
static bool with_subject(const nsent *s, size_t a, x_span *who) {
  static const char WITH[] = ", with the ";
  size_t k = strlen(WITH), n = x_name_len(s->t, s->a, s->end);
  if (!xc_ends(s->t, s->a, a, WITH, k) || !n ||
      !x_person_like(s->t + s->a, n, false))
    return false;
  *who = (x_span){s->a, n};
  return true;
}

bool xn_reference_subject(const nsent *s, size_t v, named *out) {
  size_t noun, a = xn_reference_at(s, v, &noun);
  x_span who;
  if (a == v || !(with_subject(s, a, &who) || xn_previous_actor(s, &who)))
    return false;
  *out = (named){.name = who, .credits = {a, noun - 1 - a}};
  return true;
}

/* One name ending at v, with the credits in parentheses after it.
   Returns false when no name ends there. */
static bool named_before(const nsent *s, size_t v, named *out) {
  const char *t = s->t;
  out->credits = (x_span){v, 0};
  if (v > s->a && t[v - 1] == ')') {
    size_t o = v - 1;
    while (o > s->a && t[o] != '(' && v - o < QUOTE_MAX)
      o--;
    if (t[o] != '(' || o <= s->a + 1 || t[o - 1] != ' ') /* text, " (" */
      return false;
    out->credits = (x_span){o + 1, v - 1 - (o + 1)};
    v = o - 1;
  }
  size_t st = x_name_before(t, s->a, v);
  if (st == v)
    return false;
  /* "Costars Robert DeNiro will portray": a credit noun is no name's */
  size_t cn = xn_credit_noun_at(t, st, v);
  if (cn && st + cn < v && t[st + cn] == ' ' &&
      x_person_like(t + st + cn + 1, v - (st + cn + 1), false))
    st += cn + 1;
  out->name = (x_span){st, v - st};
  return true;
}

/* The subjects of a cue at v: "A", "A and B", "A, B and C" (each maybe
   with credits). A comma only continues a list that an "and" closed, so
   "Per Variety, Newton joins" names Newton alone. */
/* True when t[lo..v) ends with w; sets *st to where w starts. */
static bool ends_with(const char *t, size_t lo, size_t v, const char *w,
                      size_t *st) {
  size_t n = strlen(w);
  if (!xc_ends(t, lo, v, w, n))
    return false;
  *st = v - n;
  return true;
}

/* The first name in t[a..end) that the document knows as a person
   ("The in-demand Roe currently has ..."): its span in *out. */
static bool known_person_in(const nsent *s, size_t a, size_t end, named *out) {
  const char *t = s->t;
  for (size_t p = a; p < end; p++) {
    if (p > a && t[p - 1] != ' ')
      continue;
    size_t n = x_name_len(t, p, end);
    if (n && x_lookup(s->x, X_PERSON, t + p, n, NULL) != SKG_NONE) {
      *out = (named){.name = {p, n}, .credits = {p + n, 0}};
      return true;
    }
    p += n;
  }
  return false;
}

/* The one full personal name of t[a..end) ("Northwind said that rising
   star Tom Ash had signed"): a pronoun after it can only mean that
   person; two such names leave it unresolved. */
static bool one_person_in(const nsent *s, size_t a, size_t end, named *out) {
  const char *t = s->t;
  size_t found = 0;
  for (size_t p = a; p < end && found < 2; p++) {
    if (p > a && t[p - 1] != ' ')
      continue;
    size_t n = x_name_len(t, p, end);
    if (n && x_person_like(t + p, n, false)) {
      *out = (named){.name = {p, n}, .credits = {p + n, 0}};
      found++;
    }
    p += n;
  }
  return found == 1;
}

/* "He will play ...", "She has joined ...": the person the previous
   sentence opens with, else one it knows or names alone. */
/* "But currently he": up to three words before a lower-case pronoun
   that ends at v, only the first capitalised, no name, digit or comma
   but one after the first word. */
static bool opened_pronoun(const nsent *s, size_t v) {
  static const char *const PRON[] = {" he", " she"};
  const char *t = s->t;
  size_t i = 0, k = 0;
  while (i < SKG_ARRAY_LEN(PRON) &&
         !xc_ends(t, s->a, v, PRON[i], k = strlen(PRON[i])))
    i++;
  if (i == SKG_ARRAY_LEN(PRON))
    return false;
  size_t words = 1, first = x_find(t, s->a, v, " ");
  if (first > s->a && t[first - 1] == ',')
    first--;
  for (size_t p = s->a + 1; p < v - k; p++) {
    if (t[p] == ' ')
      words++;
    else if (isdigit((unsigned char)t[p]) || (p >= first && t[p] == ',') ||
             (t[p - 1] == ' ' && !islower((unsigned char)t[p])))
      return false;
  }
  return words <= 3 &&
         x_lookup(s->x, X_ANY, t + s->a, first - s->a, NULL) == SKG_NONE;
}

/* Does the pronoun pr end at v and open the sentence, or its clause
   after a colon ("he shares something with Ann: He's also played")? */
static bool pronoun_opens(const nsent *s, size_t v, const char *pr) {
  size_t n = strlen(pr);
  if (v < s->a + n || !x_at(s->t, v - n, v, pr))
    return false;
  return v == s->a + n || XC_ENDS(s->t, s->a, v - n, ": ");
}

static bool pronoun_subject(const nsent *s, size_t v, named *out) {
  static const char *const PRON[] = {"He", "She"};
  const char *t = s->t;
  size_t i = 0;
  while (i < SKG_ARRAY_LEN(PRON) && !pronoun_opens(s, v, PRON[i]))
    i++;
  if ((i == SKG_ARRAY_LEN(PRON) && !opened_pronoun(s, v)) || s->si == 0)
    return false;
  const skg_span *prev = &s->x->d->sents[s->si - 1];
  size_t n = x_name_len(t, prev->off, prev->off + prev->len);
  if (!n || !x_person_like(t + prev->off, n, false))
    return known_person_in(s, prev->off, prev->off + prev->len, out) ||
           one_person_in(s, prev->off, prev->off + prev->len, out);
  *out = (named){.name = {prev->off, n}, .credits = {prev->off + n, 0}};
  return true;
}

/* "Both will also direct ...", "The two are adapting ...": the two or
   more names the previous sentence opens with ("Ann Roe (Dock Street)
   and Tom Ash are ..."). Returns how many, or 0. */
static size_t plural_subject(const nsent *s, size_t v, named *out, size_t max) {
  static const char *const PRON[] = {"Both", "The two", "The pair", "They"};
  const char *t = s->t;
  size_t i = 0, stop;
  while (i < SKG_ARRAY_LEN(PRON) &&
         !(v == s->a + strlen(PRON[i]) && x_at(t, s->a, v, PRON[i])))
    i++;
  if (i == SKG_ARRAY_LEN(PRON) || s->si == 0)
    return 0;
  const skg_span *sp = &s->x->d->sents[s->si - 1];
  nsent prev = {s->x, s->si - 1, t, sp->off, sp->off + sp->len};
  size_t n = xn_names_after(&prev, prev.a, out, max, &stop);
  for (size_t k = 0; k < n; k++)
    if (!x_person_like(t + out[k].name.off, out[k].name.len, true))
      return 0;
  return n >= 2 ? n : 0;
}

/* Where the word before v (at most back words back) starts, or v. */
static size_t words_back(const nsent *s, size_t v, int back) {
  size_t w = v;
  for (int i = 0; i < back && w > s->a; i++) {
    while (w > s->a && s->t[w - 1] == ' ')
      w--;
    while (w > s->a && s->t[w - 1] != ' ')
      w--;
  }
  return w;
}

/* "Ann Roe will host X and next will be seen in Y", "He is set to star
   in X and will appear in Y": a cue after " and" (and maybe an adverb)
   with no name before it has the subject that opens the sentence: a
   person the text knows (full name or surname) or a pronoun. */
static bool coordinated_subject(const nsent *s, size_t v, named *out) {
  const char *t = s->t;
  size_t st, w;
  while (v > s->a && t[v - 1] == ' ')
    v--;
  w = words_back(s, v, 1);
  if (w < v && skg_lex_has(SKG_LEX_SUBJECT_ADVERBS, t + w, v - w) &&
      xl_no_capital(t, w, v)) /* as the list writes it: "also", not "Also" */
    for (v = w; v > s->a && t[v - 1] == ' ';)
      v--;
  if (!ends_with(t, s->a, v, " and", &st))
    return false;
  if (pronoun_subject(s, s->a + XC_LEN("He"), out) ||
      pronoun_subject(s, s->a + XC_LEN("She"), out))
    return true;
  size_t n = x_name_len(t, s->a, s->end);
  if (!n || x_lookup(s->x, X_PERSON, t + s->a, n, NULL) == SKG_NONE)
    return false;
  *out = (named){.name = {s->a, n}, .credits = {s->a + n, 0}};
  return true;
}

/* Where " of Dock Street" starts before the " fame" at f (a title of
   capitalised words between), or f when there is none. */
static size_t of_fame(const nsent *s, size_t f) {
  size_t lo = f > s->a + APPOSITIVE_MAX ? f - APPOSITIVE_MAX : s->a;
  for (size_t o = f; o > lo; o--)
    if (x_at(s->t, o - 1, f, " of ")) {
      size_t p = o - 1 + XC_LEN(" of ");
      size_t k = x_title_len(s->t, p, f, X_TITLE_POSS);
      return k && p + k == f ? o - 1 : f;
    }
  return f;
}

/* v moved back over what stands between a subject and its cue: an
   auxiliary ("Ann Roe will join", "is set to"), a relative pronoun
   ("Tom Ash, who portrays"), an appositive that starts in lower case
   ("Ann Roe, best known for Dock Street, will play"). */
/* Is t[a..b) a person's age, one to three digits ("Ann Roe, 25, has")? */
static bool age_between(const char *t, size_t a, size_t b) {
  if (b <= a || b - a > 3)
    return false;
  for (size_t i = a; i < b; i++)
    if (!isdigit((unsigned char)t[i]))
      return false;
  return true;
}

static size_t past_aux(const nsent *s, size_t v) {
  const char *t = s->t;
  size_t st;
  for (int round = 0; round < 3; round++) {
    while (v > s->a && t[v - 1] == ' ')
      v--;
    size_t moved = v;
    for (int back = 3; back >= 1 && moved == v; back--) {
      size_t w = words_back(s, v, back), len;
      if (w < v && islower((unsigned char)t[w]) &&
          xn_cue_at(t, w, v, "aux", &len) && w + len == v)
        moved = w;
    }
    if (moved == v && ends_with(t, s->a, v, ", who", &st))
      moved = st;
    if (moved == v) { /* "Ann Roe reportedly will play", "A already" */
      size_t w = words_back(s, v, 1);
      if (w > s->a && islower((unsigned char)t[w]) &&
          ((v - w > 4 && XC_ENDS(t, w, v, "ly")) ||
           skg_lex_has(SKG_LEX_SUBJECT_ADVERBS, t + w, v - w)))
        moved = w;
    }
    if (moved == v && ends_with(t, s->a, v, " fame", &st))
      moved = of_fame(s, st); /* "Tom Ash of Dock Street fame joins" */
    if (moved == v && v > s->a && t[v - 1] == ',') {
      /* an appositive: ", best known for X," or an age (", 25,"), back
         to its comma */
      size_t lo = v > s->a + APPOSITIVE_MAX ? v - APPOSITIVE_MAX : s->a;
      size_t c = v - 1;
      while (c > lo && t[c - 1] != ',')
        c--;
      if (c > lo && c + 1 < v && t[c] == ' ' &&
          (islower((unsigned char)t[c + 1]) || age_between(t, c + 1, v - 1)))
        moved = c - 1;
    }
    if (moved == v)
      break;
    v = moved;
  }
  return v;
}

/* True when the name at p opens the sentence, maybe after a credit
   ("Dock Street actress Ann Roe"), not the object of a phrase ("The
   revival of Dock Street"). */
static bool opens_sentence(const nsent *s, size_t p) {
  if (p == s->a)
    return true;
  size_t w = p > s->a + 1 ? p - 1 : s->a;
  while (w > s->a && s->t[w - 1] != ' ')
    w--;
  size_t cn = xn_credit_noun_at(s->t, w, p);
  return cn && w + cn + 1 == p;
}

/* "Ann Roe was enlisted on July 22, joining the cast as Z": a cue that
   opens a participle clause (its first word ends in "-ing", a comma
   before it) has the subject of the sentence's verb, the name right
   before its first auxiliary ("was", "has been", ...). */
static bool participle_subject(const nsent *s, size_t v, named *out) {
  static const char *const AUX[] = {" was ", " were ", " is ",
                                    " has ", " had ",  " have "};
  const char *t = s->t;
  size_t c = v, f = x_skip_space(t, v, s->end), w = xn_word_end(t, f, s->end);
  while (c > s->a && t[c - 1] == ' ')
    c--;
  if (c == s->a || t[c - 1] != ',' || w - f < 5 || !XC_ENDS(t, f, w, "ing"))
    return false;
  for (size_t p = s->a; p < c; p++)
    for (size_t i = 0; i < SKG_ARRAY_LEN(AUX); i++)
      if (x_at(t, p, c, AUX[i]))
        return x_find(t, s->a, p, ",") == p && named_before(s, p, out) &&
               x_person_like(t + out->name.off, out->name.len, false) &&
               opens_sentence(s, out->name.off);
  return false;
}

size_t xn_subjects_before(const nsent *s, size_t v, named *out, size_t max) {
  const char *t = s->t;
  size_t n = 0, st;
  bool list = false;
  v = past_aux(s, v);
  if (max && pronoun_subject(s, v, &out[0]))
    return 1;
  if ((n = plural_subject(s, v, out, max)) != 0)
    return n;
  if (max && !named_before(s, v, &out[0]) &&
      (participle_subject(s, v, &out[0]) ||
       xn_reference_subject(s, v, &out[0]) ||
       coordinated_subject(s, v, &out[0])))
    return 1;
  while (n < max && named_before(s, v, &out[n])) {
    size_t a = out[n++].name.off;
    if (ends_with(t, s->a, a, ", and ", &st) ||
        ends_with(t, s->a, a, " and ", &st)) {
      v = st;
      list = true;
    } else if (list && ends_with(t, s->a, a, ", ", &st)) {
      v = st;
    } else {
      break;
    }
  }
  return n;
}

size_t xn_aux_subjects(const nsent *s, size_t lim, named *out, size_t max) {
  size_t len;
  for (size_t p = s->a + 1; p < lim; p++)
    if (s->t[p - 1] == ' ' && xn_cue_at(s->t, p, lim, "aux", &len))
      return xn_subjects_before(s, p, out, max);
  return 0;
}

bool xn_mononym(const nsent *s, x_span nm) {
  const char *t = s->t + nm.off;
  if (nm.len < 3 || !isupper((unsigned char)t[0]))
    return false;
  for (size_t i = 1; i < nm.len; i++)
    if (!islower((unsigned char)t[i]))
      return false; /* one capitalised word of letters: "Zendaro" */
  return x_lookup(s->x, X_ANY, t, nm.len, NULL) == SKG_NONE &&
         !skg_lex_has(SKG_LEX_NOT_NAMES, t, nm.len) &&
         !xn_common_word(s->x, t, nm.len) && !xn_demonym(t, nm.len) &&
         !x_network_like(t, nm.len);
}
