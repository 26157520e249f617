/* extract_crew_own.c: crew and companies of the article's own work stated
   in the body by sentences whose subject is a maker or a contribution, not
   the work: "Ann Roe composed the film's score", "Ann Roe produced the
   film with Bo Li and Cy Dee", "Ann Roe returned to score the film", "The
   score of Harbor Lights was composed and conducted by Ann Roe", "had
   musical score by Ann Roe", "cinematography by Ann Roe", "under the
   banner of Northfield Pictures", "Ann Roe's company, Northfield
   Pictures". A sentence about another work ("the music for Dark Pier",
   "its sequel") gives the article's work nothing. The cue words are data:
   credit_verbs.tsv, credit_nouns.tsv, other_works.tsv. */
#include "lexicon.h"
#include "xrules.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#define MAX_LIST 12
#define OPENING_MAX 64 /* bytes of a sentence's opening read for verbs */
#define MAX_SKIP 4 /* words between a maker and the verb, or before a noun */
#define FULL_NAME_WINDOW                                                       \
  32768 /* bytes either side searched for a full name                          \
         */

typedef struct {
  x_ctx *x;
  const char *t;
  size_t si, a, end;
  unsigned cues; /* X_CUE_* kinds the sentence has, or CUES_UNKNOWN */
} sent;

/* Which work a phrase names. */
typedef enum { REF_NONE, REF_OWN, REF_OTHER } ref;

static bool at(const sent *s, size_t p, const char *w) {
  return x_at(s->t, p, s->end, w);
}

static bool word_start(const sent *s, size_t p) {
  return p == s->a || s->t[p - 1] == ' ' || s->t[p - 1] == '(' ||
         s->t[p - 1] == '\"';
}

/* End of the lower-case word at p ("co-produced"), or p. */
static size_t lower_word_end(const sent *s, size_t p) {
  size_t q = p;
  while (q < s->end &&
         (islower((unsigned char)s->t[q]) || (q > p && s->t[q] == '-')))
    q++;
  return q;
}

/* ---- which work ---- */

/* "film" in "the film", "project" in "the project": a noun for the work
   itself. */
static bool work_noun(const char *w, size_t n) {
  const char *v = skg_lex_get(SKG_LEX_CREDIT_NOUNS, w, n);
  if (v)
    return strcmp(v, "work") == 0;
  v = skg_lex_get(SKG_LEX_WORK_NOUNS, w, n);
  return v && !(n > 1 && w[n - 1] == 's' &&
                skg_lex_has(SKG_LEX_WORK_NOUNS, w, n - 1));
}

/* Past a year at w ("the 1984 film Dark Pier"): where the noun starts. */
static size_t year_after(const sent *s, size_t w) {
  size_t d = w;
  while (d < s->end && d - w < 5 && isdigit((unsigned char)s->t[d]))
    d++;
  return d - w == 4 && at(s, d, " ") ? d + 1 : w;
}

/* True when the work noun s[w..e) names the other kind of work than the
   page's (work_nouns.tsv: "movie" is a Film, "sitcom" a Series): a film
   and the series made from it often share a title. */
static bool other_kind(const sent *s, size_t w, size_t e) {
  const char *v = skg_lex_get(SKG_LEX_WORK_NOUNS, s->t + w, e - w);
  if (!v)
    return false;
  skg_ent k = strcmp(v, "Series") == 0 ? SKG_ENT_SERIES : SKG_ENT_FILM;
  return (s->x->subject_type == SKG_ENT_SERIES ||
          s->x->subject_type == SKG_ENT_FILM) &&
         k != s->x->subject_type;
}

/* Reads a reference to a work at p: "the film", "this movie", the
   article's title, or another title. With titled, an unknown capitalised
   title is another work ("the music for Dark Pier"); without, it names
   nothing ("Ann Roe's score"). *n gets the length read. */
static ref work_ref(const sent *s, size_t p, bool titled, size_t *n) {
  *n = 0;
  bool near = at(s, p, "this ");
  if (near || at(s, p, "the ") || at(s, p, "The ")) {
    size_t w = year_after(s, p + (near ? 5 : 4)), e = lower_word_end(s, w);
    if (e > w && work_noun(s->t + w, e - w)) {
      size_t tn; /* "the film Dark Pier": the title decides */
      ref r = at(s, e, " ") && x_cap_at(s->t, e + 1, s->end)
                  ? work_ref(s, e + 1, true, &tn)
                  : REF_NONE;
      if (r == REF_OWN && other_kind(s, w, e))
        r = REF_OTHER; /* "the 1992 movie Night Ledger" on the series' page */
      *n = r != REF_NONE ? e + 1 + tn - p : e - p;
      return r != REF_NONE ? r : REF_OWN;
    }
    if (e > w || !x_cap_at(s->t, w, s->end)) /* "The Dark Pier": a title */
      return REF_NONE;
  }
  size_t tl = x_title_len(s->t, p, s->end, 0);
  if (!tl)
    return REF_NONE;
  skg_eid w = x_lookup(s->x, X_WORK, s->t + p, tl, NULL);
  *n = tl;
  if (w != SKG_NONE && w == s->x->subject)
    return REF_OWN;
  if (w != SKG_NONE || titled)
    return REF_OTHER;
  *n = 0;
  return REF_NONE;
}

#define LANGUAGE "language"

/* True when the word t[p..e) is "language" or ends in "-language" and
   the next word is a "version" or "work" noun of other_works.tsv: "the
   English language dialogue", "an English-language dub" are another
   version's. */
static bool language_version(const char *t, size_t p, size_t e, size_t end) {
  size_t k = strlen(LANGUAGE);
  if (e - p < k || memcmp(t + e - k, LANGUAGE, k) != 0 ||
      (e - p > k && t[e - k - 1] != '-') || e >= end || t[e] != ' ')
    return false;
  size_t q = e + 1, f = q;
  while (f < end && islower((unsigned char)t[f]))
    f++;
  const char *v = skg_lex_get(SKG_LEX_OTHER_WORKS, t + q, f - q);
  return v && (strcmp(v, "version") == 0 || strcmp(v, "work") == 0);
}

/* The X_CUE_* kinds of the words of t[a..end). */
static unsigned cue_kinds(const char *t, size_t a, size_t end) {
  sent s = {NULL, t, 0, a, end, 0};
  unsigned kinds = 0;
  for (size_t p = a; p < end; p++) {
    if (!word_start(&s, p) || !isalpha((unsigned char)t[p]))
      continue;
    size_t e = p + 1;
    while (e < end && (isalpha((unsigned char)t[e]) || t[e] == '-'))
      e++;
    if (language_version(t, p, e, end))
      kinds |= X_CUE_WORK;
    /* lower-case words, and the first ("Initially, ..."); a pair first
       ("stage musical", "video game") */
    const char *v = NULL;
    if (islower((unsigned char)t[p]) || p == a) {
      size_t f = e + 1;
      while (f < end && islower((unsigned char)t[f]))
        f++;
      if (e < end && t[e] == ' ' && f > e + 1)
        v = skg_lex_get(SKG_LEX_OTHER_WORKS, t + p, f - p);
      if (v)
        e = f;
      else
        v = skg_lex_get(SKG_LEX_OTHER_WORKS, t + p, e - p);
    }
    if (v && strcmp(v, "work") == 0)
      kinds |= X_CUE_WORK;
    else if (v && strcmp(v, "plan") == 0)
      kinds |= X_CUE_PLAN;
    p = e;
  }
  return kinds;
}

bool x_other_work_cue(const char *t, size_t a, size_t end, unsigned kinds) {
  return (cue_kinds(t, a, end) & kinds) != 0;
}

#define CUES_UNKNOWN (~0u)

static bool other_work_cue(sent *s, unsigned kinds) {
  if (s->cues == CUES_UNKNOWN)
    s->cues = cue_kinds(s->t, s->a, s->end);
  return (s->cues & kinds) != 0;
}

/* Whether a credit whose phrase said r goes to the article's work. */
static bool own_credit(sent *s, ref r) {
  if (s->x->subject == SKG_NONE || r == REF_OTHER)
    return false;
  /* a plan fails whatever it names: "invited Ann Roe to write the film" */
  return !other_work_cue(s,
                         r == REF_OWN ? X_CUE_PLAN : X_CUE_WORK | X_CUE_PLAN);
}

/* ---- contributions ---- */

/* The contribution noun s[w..e) ("score"): sets its predicate. *verb
   (may be NULL) tells whether a credit needs a verb before "by". */
static bool credit_noun(const sent *s, size_t w, size_t e, skg_pred *pr,
                        bool *verb) {
  const char *v = skg_lex_get(SKG_LEX_CREDIT_NOUNS, s->t + w, e - w);
  if (!v || strcmp(v, "work") == 0)
    return false;
  size_t n = strcspn(v, "\t");
  char name[32];
  if (n >= sizeof name)
    return false;
  memcpy(name, v, n);
  name[n] = '\0';
  if (verb)
    *verb = v[n] == '\t';
  return skg_pred_from_name(name, pr);
}

/* Words that end a noun phrase. */
static bool phrase_stop(const sent *s, size_t w, size_t e) {
  static const char *const STOPS[] = {
      "for", "of", "to",   "in",   "on",    "and", "was",  "were",
      "is",  "by", "with", "that", "which", "at",  "from", "as"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(STOPS); i++)
    if (e - w == strlen(STOPS[i]) && memcmp(s->t + w, STOPS[i], e - w) == 0)
      return true;
  return false;
}

/* "1989's Night Bat": a year's possessive before a title says which
   work, so the title after it is read as the work. Returns where the
   title starts (p when there is no such year). */
static size_t skip_year_possessive(const sent *s, size_t p) {
  size_t d = p;
  while (d < s->end && d - p < 4 && isdigit((unsigned char)s->t[d]))
    d++;
  size_t k = d - p == 4 ? x_possessive_at(s->t, d, s->end) : 0;
  return k && at(s, d + k, " ") ? d + k + 1 : p;
}

/* After a contribution noun at q: " and the soundtrack", then " for the
   film" / " of Harbor Lights" / " used in the film"; updates *r, returns
   the end. */
static size_t noun_tail(const sent *s, size_t q, ref *r) {
  if (at(s, q, " and ")) {
    size_t w = q + 5 + (at(s, q + 5, "the ") ? 4 : 0), e = lower_word_end(s, w);
    skg_pred pr;
    if (e > w && credit_noun(s, w, e, &pr, NULL))
      q = e;
  }
  /* "the musical score used in the film composed by Ann Roe" */
  static const char *const PREPS[] = {" for ", " of ", " to ", " used in ",
                                      " heard in "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(PREPS); i++)
    if (at(s, q, PREPS[i])) {
      size_t n, p = skip_year_possessive(s, q + strlen(PREPS[i]));
      ref k = work_ref(s, p, true, &n);
      if (k != REF_NONE) {
        *r = k;
        return p + n;
      }
    }
  return q;
}

/* Reads the object of a verb at p: "the film's original score", "its
   music", "the music score", "the soundtrack for the film". Sets *pred
   and *r; returns the end, or 0 when no contribution noun heads it. */
static size_t contribution(const sent *s, size_t p, skg_pred *pred, ref *r) {
  size_t n;
  *r = REF_NONE;
  ref k = work_ref(s, p, false, &n);
  size_t poss = k != REF_NONE ? x_possessive_at(s->t, p + n, s->end) : 0;
  if (poss) { /* "the film's", "Harbor Lights'" */
    *r = k;
    p += n + poss + 1;
  } else if (at(s, p, "the ") || at(s, p, "its ") || at(s, p, "a ") ||
             at(s, p, "an ")) {
    p = x_find(s->t, p, s->end, " ") + 1;
  }
  for (int i = 0; i < MAX_SKIP && p < s->end; i++) {
    size_t e = lower_word_end(s, p);
    if (e == p || phrase_stop(s, p, e))
      return 0;
    bool more = at(s, e, " ") && islower((unsigned char)s->t[e + 1]) &&
                !phrase_stop(s, e + 1, lower_word_end(s, e + 1));
    if (!more)
      return credit_noun(s, p, e, pred, NULL) ? noun_tail(s, e, r) : 0;
    p = e + 1;
  }
  return 0;
}

/* ---- makers ---- */

/* A full name elsewhere in the document that ends in the one word
   s[p..p+n) ("Ann Roe" for "Roe"), when exactly one such name occurs;
   sets *fp and *fn. */
static bool full_name(const sent *s, size_t p, size_t n, size_t *fp,
                      size_t *fn) {
  const char *t = s->t;
  /* the article around the mention: a bound, so that a huge document
     does not cost a scan of it for every one-word name */
  size_t beg = p > FULL_NAME_WINDOW ? p - FULL_NAME_WINDOW : 0;
  size_t end =
      s->x->d->len - p > FULL_NAME_WINDOW ? p + FULL_NAME_WINDOW : s->x->d->len;
  size_t found = 0;
  char w[X_NAME_MAX + 2];
  if (n + 1 >= sizeof w)
    return false;
  w[0] = ' ';
  memcpy(w + 1, t + p, n);
  w[n + 1] = '\0';
  for (size_t q = x_find(t, beg, end, w); q < end;
       q = x_find(t, q + 1, end, w)) {
    size_t e = q + 1 + n;
    if (e < end && (isalnum((unsigned char)t[e]) || t[e] == '-'))
      continue;
    size_t lo = q > beg + X_NAME_MAX ? q - X_NAME_MAX : beg;
    while (lo > 0 && lo < q && t[lo - 1] != ' ' && t[lo - 1] != '\n')
      lo++; /* from a word's start */
    size_t b = x_name_before(t, lo, e);
    if (b >= q || !x_person_like(t + b, e - b, false))
      continue;
    if (found && (e - b != *fn || memcmp(t + b, t + *fp, *fn) != 0))
      return false; /* two people share the word */
    *fp = b;
    *fn = e - b;
    found++;
  }
  return found > 0;
}

/* The maker named s[p..p+n): a person the text knows, else a new person.
   One-word names ("Quillan") are common among composers and directors;
   a known work, company or character ("the plot's composer") is no
   maker. */
static skg_eid maker(sent *s, size_t p, size_t n) {
  skg_eid e = x_lookup(s->x, X_PERSON, s->t + p, n, NULL);
  if (e != SKG_NONE)
    return e;
  size_t fp, fn;
  if (!x_person_like(s->t + p, n, true)) /* "He", "However" */
    return SKG_NONE;
  if (!memchr(s->t + p, ' ', n) && full_name(s, p, n, &fp, &fn)) {
    p = fp; /* "Roe" named in full later as "Ann Roe" */
    n = fn;
    if ((e = x_lookup(s->x, X_PERSON, s->t + p, n, NULL)) != SKG_NONE)
      return e;
  }
  if (x_lookup(s->x, X_WORK | X_ORG | X_CHARACTER, s->t + p, n, NULL) !=
          SKG_NONE ||
      x_network_like(s->t + p, n) || !x_person_like(s->t + p, n, true))
    return SKG_NONE;
  return x_entity(s->x, SKG_ENT_PERSON, s->t + p, n);
}

static void credit(sent *s, skg_pred pr, const x_span *who, size_t n,
                   const char *rule) {
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  for (size_t i = 0; i < n; i++) {
    const char *w = s->t + who[i].off;
    skg_eid e = SKG_NONE;
    skg_pred p = pr;
    if (pr == SKG_PRED_PRODUCER && x_company_like(w, who[i].len)) {
      e = x_lookup(s->x, X_ORG, w, who[i].len, NULL);
      if (e == SKG_NONE)
        e = x_entity(s->x, SKG_ENT_COMPANY, w, who[i].len);
      p = SKG_PRED_PRODUCTION_COMPANY;
    } else if (!x_company_like(w, who[i].len)) {
      e = maker(s, who[i].off, who[i].len);
    }
    if (e != SKG_NONE)
      skg_graph_add_fact(s->x->g, s->x->subject, p, e, &ev);
  }
}

/* The list of names that ends exactly at e, leftmost first; searched
   within MAX_LIST names' reach, so a huge flattened table costs no more
   than a sentence. */
static size_t names_ending(const sent *s, size_t e, x_span *out) {
  const size_t reach = (size_t)MAX_LIST * X_NAME_MAX;
  size_t lo = e - s->a > reach ? e - reach : s->a;
  for (size_t p = lo; p < e; p++) {
    if (!word_start(s, p) || !x_cap_at(s->t, p, s->end))
      continue;
    size_t stop, n = x_name_list(s->t, p, e, out, MAX_LIST, &stop);
    if (n && stop == e) { /* "However Ann Roe": not the first word */
      size_t b = x_name_before(s->t, out[0].off, out[0].off + out[0].len);
      out[0].len -= b - out[0].off;
      out[0].off = b;
      return out[0].len ? n : 0;
    }
  }
  return 0;
}

/* Words between a maker and the verb that show the name before them is
   not the maker ("the music by Ann Roe was composed", "a film that"). */
static bool clause_break(const sent *s, size_t w, size_t e) {
  static const char *const BREAKS[] = {
      "by",  "of",  "for", "with", "from", "than",  "that",  "which",
      "and", "but", "the", "a",    "an",   "whose", "having"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(BREAKS); i++)
    if (e - w == strlen(BREAKS[i]) && memcmp(s->t + w, BREAKS[i], e - w) == 0)
      return true;
  return false;
}

/* The makers before a verb at v: a list of names, then up to MAX_SKIP
   lower-case words ("also", "returned to", "was hired to") and at most
   one appositive (", who composed the music for Dark Pier,"). */
static size_t agents(const sent *s, size_t v, x_span *out) {
  size_t e = v > s->a ? v - 1 : v;
  bool apposed = false;
  for (int i = 0; i <= MAX_SKIP && e > s->a; i++) {
    size_t n = names_ending(s, e, out);
    if (n)
      return n;
    if (s->t[e - 1] == ',' && x_word_at(s->t, e + 1, s->end, "who") &&
        e - 1 > s->a && (n = names_ending(s, e - 1, out))) {
      /* "Ann Roe, who also produced the film,"; but "the company of
         Bo Li, and Westar, who financed it": a list inside the sentence
         ends in the one the clause is about */
      if (n > 1 && out[0].off > s->a) {
        out[0] = out[n - 1];
        n = 1;
      }
      return n;
    }
    if (s->t[e - 1] == ',' && !apposed) { /* back to the opening comma */
      size_t c = e - 1;
      while (c > s->a && s->t[c - 1] != ',')
        c--;
      if (c == s->a)
        return 0;
      e = c - 1;
      apposed = true;
      i--;
      continue;
    }
    size_t w = e;
    while (w > s->a && islower((unsigned char)s->t[w - 1]))
      w--;
    if (w == e || w == s->a || s->t[w - 1] != ' ' || clause_break(s, w, e))
      return 0;
    e = w - 1;
  }
  return 0;
}

#define COORD_REACH 120 /* bytes from the subject to a second verb */

/* "Northfield Pictures bought the rights to the novel and produced the
   film": the maker that opens the sentence is the subject of a second
   verb after " and " at v, when one clause (no comma, no passive "by")
   runs between them. */
static size_t coordinated_subject(const sent *s, size_t v, x_span *out) {
  size_t stop, n;
  if (v < s->a + 5 || memcmp(s->t + v - 5, " and ", 5) != 0 ||
      !x_cap_at(s->t, s->a, s->end) ||
      !(n = x_name_list(s->t, s->a, s->end, out, MAX_LIST, &stop)) ||
      out[0].off != s->a || stop + 1 >= v - 5 || v - stop > COORD_REACH ||
      !at(s, stop, " ") || !islower((unsigned char)s->t[stop + 1]))
    return 0;
  for (size_t q = stop; q < v - 5; q++)
    if (s->t[q] == ',' || s->t[q] == ';' || s->t[q] == '(' ||
        at(s, q, " by ") || at(s, q, " who ") || at(s, q, " which "))
      return 0;
  return n;
}

/* The names after "by " at q, past a short description ("series regular
   Ann Roe", "Bo Li's regular collaborator Ann Roe", "film composer Ann
   Roe"). */
static size_t names_after(const sent *s, size_t q, x_span *out, size_t *stop) {
  /* "by the trio of Ann Roe, Bo Li and Cy Dee" */
  static const char *const GROUPS[] = {"the duo of ", "the trio of ",
                                       "the team of ", "the writing team of "};
  for (size_t g = 0; g < SKG_ARRAY_LEN(GROUPS); g++)
    if (at(s, q, GROUPS[g]))
      q += strlen(GROUPS[g]);
  for (int i = 0; i <= MAX_SKIP && q < s->end; i++) {
    if (x_cap_at(s->t, q, s->end)) {
      size_t n = x_name_len(s->t, q, s->end);
      size_t k = n ? x_possessive_at(s->t, q + n, s->end) : 0;
      /* "Python regular Ann Roe": one word, then a description */
      bool desc = n && !memchr(s->t + q, ' ', n) && at(s, q + n, " ") &&
                  islower((unsigned char)s->t[q + n + 1]) &&
                  !phrase_stop(s, q + n + 1, lower_word_end(s, q + n + 1));
      if (!k && !desc)
        return x_name_list(s->t, q, s->end, out, MAX_LIST, stop);
      if (desc)
        k = 0;
      q += n + k + 1;
      continue;
    }
    size_t e = lower_word_end(s, q);
    if (e == q || !at(s, e, " ") || at(s, q, "the ") || at(s, q, "a ") ||
        at(s, q, "an ") || phrase_stop(s, q, e))
      return 0;
    q = e + 1;
  }
  return 0;
}

/* ---- the rules ---- */

static void company_credit(sent *s, size_t p, size_t n, const char *rule);

/* "produced the film for Westmark Films": the company the makers worked
   for, when the name says it is one. */
static void company_for(sent *s, size_t q) {
  x_span co[MAX_LIST];
  size_t stop, n = at(s, q, " for ")
                       ? x_org_list(s->t, q + 5, s->end, co, MAX_LIST, &stop)
                       : 0;
  for (size_t i = 0; i < n; i++)
    company_credit(s, co[i].off, co[i].len, "crew-own-verb");
}

/* The verb of credit_verbs.tsv at v ("composed", "worked on", "was
   responsible for"), the longest of up to three words; its length. */
static size_t credit_verb(const sent *s, size_t v, const char **val) {
  size_t best = 0, q = v;
  for (int nw = 0; nw < 3 && q < s->end && islower((unsigned char)s->t[q]);
       nw++) {
    q = lower_word_end(s, q);
    const char *k = skg_lex_get(SKG_LEX_CREDIT_VERBS, s->t + v, q - v);
    if (k && (q >= s->end || strchr(" ,.;", s->t[q]))) {
      best = q - v;
      *val = k;
    }
    if (q >= s->end || s->t[q] != ' ')
      break;
    q++;
  }
  return best;
}

/* "with A, B, and C" or "along with A" after the object: more makers. */
static size_t partners(const sent *s, size_t q, x_span *out) {
  if (at(s, q, " along with "))
    q += 12;
  else if (at(s, q, " alongside "))
    q += 11;
  else if (at(s, q, " with "))
    q += 6;
  else
    return 0;
  size_t stop;
  /* "with her longtime collaborator Ann Roe"; but "with supervisor Ann
     Roe" names another job */
  if (at(s, q, "his ") || at(s, q, "her ") || at(s, q, "their "))
    return names_after(s, q, out, &stop);
  return x_name_list(s->t, q, s->end, out, MAX_LIST, &stop);
}

/* "co-producing the film along with Ann Roe's Q-Tone.": the name a
   producer partner's possessive owns, ending the clause, is the company
   the partner runs, suffix or not ("Ann Roe's Dark Pier co-star" goes on;
   a name the text knows as a work or a person is none). */
static void partner_company(sent *s, const x_span *who) {
  size_t e = who->off + who->len, k = x_possessive_at(s->t, e, s->end);
  if (!k || !at(s, e + k, " ") || !x_cap_at(s->t, e + k + 1, s->end))
    return;
  size_t q = e + k + 1, n = x_org_len(s->t, q, s->end), z = q + n;
  if (!n || !(z >= s->end || s->t[z] == '.' || s->t[z] == ',' ||
              s->t[z] == ';' || at(s, z, " and ")))
    return;
  skg_eid c = x_lookup(s->x, X_ORG, s->t + q, n, NULL);
  if (c == SKG_NONE &&
      x_lookup(s->x, X_WORK | X_PERSON | X_CHARACTER, s->t + q, n, NULL) !=
          SKG_NONE)
    return;
  if (c == SKG_NONE)
    c = x_entity(s->x, SKG_ENT_COMPANY, s->t + q, n);
  skg_evidence ev = x_evidence(s->x, s->si, "crew-own-verb");
  skg_graph_add_fact(s->x->g, s->x->subject, SKG_PRED_PRODUCTION_COMPANY, c,
                     &ev);
}

#define MAX_VERBS 4

/* The predicate of a verb of credit_verbs.tsv: with the work itself as
   object ("directed the film"), its first column, or for a "-" verb its
   second ("wrote the film": writer); with a contribution, the
   contribution's (noun). */
static bool verb_pred(const char *val, bool work_obj, skg_pred noun,
                      skg_pred *pr) {
  char f[32];
  size_t n = strcspn(val, "\t");
  bool dash = n == 1 && val[0] == '-';
  if (!work_obj && dash) {
    *pr = noun;
    return true;
  }
  if (!work_obj)
    return false;
  if (dash) { /* the fallback column */
    if (!val[n])
      return false;
    val += n + 1;
    n = strcspn(val, "\t");
  }
  if (n >= sizeof f)
    return false;
  memcpy(f, val, n);
  f[n] = '\0';
  return skg_pred_from_name(f, pr);
}

/* Reads a chain of credit verbs at v ("wrote, directed and produced");
   returns where the last one ends, 0 if none. */
static size_t verb_chain(const sent *s, size_t v, const char **vals,
                         size_t *nv) {
  size_t q = v, k;
  *nv = 0;
  while (*nv < MAX_VERBS && (k = credit_verb(s, q, &vals[*nv]))) {
    ++*nv;
    q += k;
    size_t sep = at(s, q, ", and ")  ? 6
                 : at(s, q, " and ") ? 5
                 : at(s, q, ", ")    ? 2
                                     : 0;
    const char *next;
    if (!sep || q + sep >= s->end || !credit_verb(s, q + sep, &next))
      break;
    q += sep;
  }
  return *nv ? q : 0;
}

/* True when the work after a verb starts a reported clause or a quote
   ("The Daily Star wrote the film was tedious", "Ann Roe wrote the film
   \"drags\""): a reviewer's words, no credit. */
static bool reported_clause(const sent *s, size_t end) {
  static const char *const NEXT[] = {" was ",  " is ",  " has ",  " had ",
                                     " would ", " \"",  " \xe2\x80\x9c"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(NEXT); i++)
    if (at(s, end, NEXT[i]))
      return true;
  return false;
}

/* True when one of the nv verbs credits a production company
   ("financed"). */
static bool passive_only(const char *val) {
  return strstr(val, "\tpassive") != NULL;
}

static bool financing(const char *const *vals, size_t nv) {
  skg_pred pr;
  for (size_t i = 0; i < nv; i++)
    if (verb_pred(vals[i], true, SKG_PRED_COUNT, &pr) &&
        pr == SKG_PRED_PRODUCTION_COMPANY)
      return true;
  return false;
}

/* "Leomax, who financed and co-produced the film": a one-word maker that
   pays for the film and that the text does not know as a person is a
   company, suffix or not; credits it and drops it from who[]. */
static size_t financiers(sent *s, x_span *who, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    const char *w = s->t + who[i].off;
    if (memchr(w, ' ', who[i].len) || x_company_like(w, who[i].len) ||
        x_lookup(s->x, X_PERSON | X_WORK | X_CHARACTER, w, who[i].len,
                 NULL) != SKG_NONE) {
      who[k++] = who[i];
      continue;
    }
    skg_eid e = x_lookup(s->x, X_ORG, w, who[i].len, NULL);
    if (e == SKG_NONE)
      e = x_entity(s->x, SKG_ENT_COMPANY, w, who[i].len);
    skg_evidence ev = x_evidence(s->x, s->si, "crew-own-verb");
    skg_graph_add_fact(s->x->g, s->x->subject, SKG_PRED_PRODUCTION_COMPANY, e,
                       &ev);
  }
  return k;
}

/* "A composed the film's score", "A returned to score the film", "A
   produced the film with B and C for Northfield Pictures", "A wrote and
   directed the film", "A was responsible for the film's original
   score". */
static void maker_verbs(sent *s) {
  for (size_t v = s->a + 1; v < s->end; v++) {
    const char *vals[MAX_VERBS];
    size_t nv, q = word_start(s, v) ? verb_chain(s, v, vals, &nv) : 0, n;
    if (!q || !at(s, q, " "))
      continue;
    q++;
    skg_pred noun = SKG_PRED_COUNT;
    ref r = work_ref(s, q, false, &n);
    bool work_obj = r == REF_OWN && !x_possessive_at(s->t, q + n, s->end);
    size_t end = work_obj ? q + n : contribution(s, q, &noun, &r);
    x_span who[MAX_LIST];
    bool own = end && own_credit(s, r) &&
               !(work_obj && reported_clause(s, end));
    size_t nwho = own ? agents(s, v, who) : 0;
    if (own && !nwho)
      nwho = coordinated_subject(s, v, who);
    if (nwho && work_obj && financing(vals, nv))
      nwho = financiers(s, who, nwho);
    /* "he was co-producing the film along with Ann Roe": the partners
       count even when the maker is a pronoun */
    x_span more[MAX_LIST];
    size_t nmore = own ? partners(s, end, more) : 0;
    for (size_t i = 0; i < nv && (nwho || nmore); i++) {
      skg_pred pr;
      if (!verb_pred(vals[i], work_obj, noun, &pr) || pr == SKG_PRED_COUNT ||
          passive_only(vals[i]))
        continue;
      if (pr == SKG_PRED_PRODUCTION_COMPANY) { /* "A Pictures financed it" */
        for (size_t j = 0; j < nwho; j++)
          company_credit(s, who[j].off, who[j].len, "crew-own-verb");
        for (size_t j = 0; j < nmore; j++)
          company_credit(s, more[j].off, more[j].len, "crew-own-verb");
        continue;
      }
      credit(s, pr, who, nwho, "crew-own-verb");
      credit(s, pr, more, nmore, "crew-own-verb");
      if (pr == SKG_PRED_PRODUCER && work_obj) /* "... for Westmark Films" */
        company_for(s, end);
      for (size_t j = 0; pr == SKG_PRED_PRODUCER && j < nmore; j++)
        partner_company(s, &more[j]);
    }
    if (end)
      v = end;
  }
}

/* "The film was shot in Rome, with Ann Roe producing and Bo Li
   scoring": a maker named after "with" and before a gerund chain that
   ends the clause makes the article's work. */
static void with_gerunds(sent *s) {
  for (size_t w = x_find(s->t, s->a, s->end, "with "); w < s->end;
       w = x_find(s->t, w + 1, s->end, "with ")) {
    size_t stop, q = w + strlen("with ");
    x_span who[MAX_LIST];
    size_t n = word_start(s, w)
                   ? x_name_list(s->t, q, s->end, who, MAX_LIST, &stop)
                   : 0;
    const char *vals[MAX_VERBS];
    size_t nv, e = n && at(s, stop, " ") ? verb_chain(s, stop + 1, vals, &nv)
                                          : 0;
    if (!e || !(e >= s->end || strchr(".,;", s->t[e]) || at(s, e, " and ")) ||
        !own_credit(s, REF_OWN))
      continue;
    for (size_t i = 0; i < nv; i++) {
      skg_pred pr;
      if (verb_pred(vals[i], true, SKG_PRED_COUNT, &pr) &&
          pr != SKG_PRED_PRODUCTION_COMPANY && pr != SKG_PRED_COUNT)
        credit(s, pr, who, n, "crew-own-with");
    }
  }
}

/* "Written by the trio of Ann Roe, Bo Li and Cy Dee, Harbor Lights
   won ...", "Produced by Northfield Pictures, it is the second film":
   a participle chain opening the sentence, its makers, then the
   article's work as the subject. */
static void opening_participles(sent *s) {
  char head[OPENING_MAX];
  size_t len = s->end - s->a < sizeof head ? s->end - s->a : sizeof head;
  if (!len || !isupper((unsigned char)s->t[s->a]))
    return;
  /* the verbs are read lower case: a copy of the opening, "written ..." */
  memcpy(head, s->t + s->a, len);
  head[0] = (char)tolower((unsigned char)head[0]);
  sent h = {s->x, head, s->si, 0, len, CUES_UNKNOWN};
  const char *vals[MAX_VERBS];
  size_t nv, q = verb_chain(&h, 0, vals, &nv);
  x_span who[MAX_LIST];
  size_t stop, m,
      n = q && at(s, s->a + q, " by ")
              ? names_after(s, s->a + q + 4, who, &stop)
              : 0;
  /* "A, B and C, Harbor Lights won": the list ends at its "and" item */
  for (size_t i = 1; i < n; i++)
    if (who[i].off >= 5 && memcmp(s->t + who[i].off - 5, " and ", 5) == 0) {
      n = i + 1;
      stop = who[i].off + who[i].len;
      break;
    }
  if (!n || !at(s, stop, ", ") ||
      !(at(s, stop + 2, "it ") ||
        work_ref(s, stop + 2, true, &m) == REF_OWN) ||
      !own_credit(s, REF_OWN))
    return;
  /* "Produced by Lucasfilm, it is": a one-word producer the text does not
     know as a person is a company */
  for (size_t i = 0; i < nv; i++) {
    skg_pred pr;
    if (verb_pred(vals[i], true, SKG_PRED_COUNT, &pr) &&
        pr == SKG_PRED_PRODUCER && nv == 1)
      n = financiers(s, who, n);
  }
  for (size_t i = 0; i < nv; i++) {
    skg_pred pr;
    if (!verb_pred(vals[i], true, SKG_PRED_COUNT, &pr) || pr == SKG_PRED_COUNT)
      continue;
    if (pr == SKG_PRED_PRODUCTION_COMPANY)
      for (size_t j = 0; j < n; j++)
        company_credit(s, who[j].off, who[j].len, "crew-own-opening");
    else
      credit(s, pr, who, n, "crew-own-opening");
  }
}

/* Past participles and the copula between a contribution and "by": "was
   composed and conducted", "were". With verb, one of them must be there
   ("the music was by Ann Roe", not "rock music by Ann Roe"), or a comma
   ("The screenplay, by Ann Roe, is based on"). Returns the position of
   " by ", or 0. */
static size_t passive_by(const sent *s, size_t q, bool verb) {
  static const char *const BE[] = {" was", " were", " is", " are"};
  if (at(s, q, ", by ")) /* "The screenplay, by Ann Roe, is" */
    return q + 1;
  size_t q0 = q;
  for (size_t i = 0; i < SKG_ARRAY_LEN(BE); i++)
    if (at(s, q, BE[i]) && at(s, q + strlen(BE[i]), " ")) {
      q += strlen(BE[i]);
      break;
    }
  for (int i = 0; i < 3 && !at(s, q, " by "); i++) {
    const char *val;
    size_t k = q + 1 < s->end ? credit_verb(s, q + 1, &val) : 0;
    skg_pred pr; /* "the score was financed by": no composer */
    if (!k || s->t[q] != ' ' ||
        (verb_pred(val, true, SKG_PRED_COUNT, &pr) &&
         pr == SKG_PRED_PRODUCTION_COMPANY))
      return 0;
    q += 1 + k;
    if (at(s, q, " and ") || at(s, q, ", "))
      q += at(s, q, ", ") ? 1 : 4;
  }
  if (verb && q == q0)
    return 0;
  return at(s, q, " by ") ? q : 0;
}

/* The work named by a possessive before the contribution noun at p, past
   its adjectives ("the film's original score", "Harbor Lights' music"). */
static ref possessor(const sent *s, size_t p) {
  for (int i = 0; i < MAX_SKIP && p > s->a + 1 && s->t[p - 1] == ' '; i++) {
    size_t w = p - 1;
    while (w > s->a && islower((unsigned char)s->t[w - 1]))
      w--;
    if (w == p - 1 || (w > s->a && s->t[w - 1] != ' '))
      break;
    p = w;
  }
  for (size_t b = p > s->a + 48 ? p - 48 : s->a; b + 1 < p; b++) {
    size_t n;
    if (!word_start(s, b))
      continue;
    ref r = work_ref(s, b, false, &n);
    size_t k = r != REF_NONE ? x_possessive_at(s->t, b + n, s->end) : 0;
    if (k && b + n + k + 1 == p)
      return r;
  }
  return REF_NONE;
}

/* "The score of Harbor Lights was composed and conducted by Ann Roe",
   "had musical score by Ann Roe", "music composed by Ann Roe", "The
   cinematography was by Ann Roe": the noun at p..e. */
static void contribution_by(sent *s, size_t p, size_t e, skg_pred pr,
                            bool verb) {
  ref r = possessor(s, p);
  if (verb && p >= s->a + 5 && memcmp(s->t + p - 5, "with ", 5) == 0)
    verb = false; /* "with music by Ann Roe": a credit line */
  size_t q = noun_tail(s, e, &r), by = passive_by(s, q, verb);
  x_span who[MAX_LIST];
  size_t stop = 0, n = by ? names_after(s, by + 4, who, &stop) : 0;
  if (n && r == REF_NONE) /* "a score by Ann Roe for Dark Pier" */
    noun_tail(s, stop, &r);
  if (n && own_credit(s, r))
    credit(s, pr, who, n, "crew-own-by");
}

/* The person whose possessive ends right before the adjectives of a
   contribution noun at p ("Ann Roe's original score"); sets *who. */
static bool possessing_maker(const sent *s, size_t p, x_span *who) {
  for (int i = 0; i < MAX_SKIP && p > s->a + 1 && s->t[p - 1] == ' '; i++) {
    size_t w = p - 1;
    while (w > s->a && islower((unsigned char)s->t[w - 1]))
      w--;
    if (w == p - 1 || w == s->a || s->t[w - 1] != ' ')
      break;
    p = w;
  }
  for (size_t k = 2; k <= 4 && p > s->a + k; k++) { /* "'s " or "’s " */
    size_t e = p - 1 - k;
    if (x_possessive_at(s->t, e, s->end) != k)
      continue;
    size_t lo = e; /* a quotation may open right before the name */
    while (lo > s->a && s->t[lo - 1] != '"' && s->t[lo - 1] != '(')
      lo--;
    size_t b = x_name_before(s->t, lo, e);
    if (b == e ||
        (x_lookup(s->x, X_PERSON, s->t + b, e - b, NULL) == SKG_NONE &&
         !x_person_like(s->t + b, e - b, false)))
      return false;
    *who = (x_span){b, e - b};
    return true;
  }
  return false;
}

/* "Ann Roe's cinematography is gymnastic", "Ann Roe's original score to
   Harbor Lights was released in 2010": the noun at p..e. */
static void possessed_contribution(sent *s, size_t p, size_t e, skg_pred pr,
                                   bool verb) {
  x_span who;
  ref r = REF_NONE;
  if (verb || at(s, e, " by ") || !possessing_maker(s, p, &who))
    return;
  noun_tail(s, e, &r);
  if (own_credit(s, r) &&
      x_lookup(s->x, X_WORK | X_ORG, s->t + who.off, who.len, NULL) == SKG_NONE)
    credit(s, pr, &who, 1, "crew-own-possessive");
}

static void company_credit(sent *s, size_t p, size_t n, const char *rule) {
  if (!n || !x_company_like(s->t + p, n))
    return;
  skg_eid e = x_lookup(s->x, X_ORG, s->t + p, n, NULL);
  if (e == SKG_NONE)
    e = x_entity(s->x, SKG_ENT_COMPANY, s->t + p, n);
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  skg_graph_add_fact(s->x->g, s->x->subject, SKG_PRED_PRODUCTION_COMPANY, e,
                     &ev);
}

/* True when the noun s[p..e) of credit_nouns.tsv credits only the
   company named right before it ("name" flag). */
static bool name_before_only(const sent *s, size_t p, size_t e) {
  const char *v = skg_lex_get(SKG_LEX_CREDIT_NOUNS, s->t + p, e - p);
  return v && strstr(v, "\tname") != NULL;
}

/* True when "a " or "an " ends right before b. */
static bool indefinite_before(const sent *s, size_t b) {
  return (b >= s->a + 2 && at(s, b - 2, "a ")) ||
         (b >= s->a + 3 && at(s, b - 3, "an "));
}

/* True when the sentence opens with the article's work ("It is a
   Northfield Pictures production", "Harbor Lights, a Northfield
   Pictures production, ..."), not another title. */
static bool own_subject(const sent *s) {
  size_t n;
  return at(s, s->a, "It ") || work_ref(s, s->a, true, &n) == REF_OWN;
}

/* "under the banner of A", "under the A banner", "a co-production of A
   and B", "under their banners A and B", "a Northfield Pictures
   production": the noun at p..e. */
static void banner(sent *s, size_t p, size_t e) {
  size_t q = e + 1, stop;
  if (!own_credit(s, REF_NONE))
    return;
  bool before_only = name_before_only(s, p, e);
  if (at(s, e, " of ") || at(s, e, " between ") || at(s, e, " with "))
    q = x_find(s->t, e + 1, s->end, " ") + 1;
  else if (at(s, e, ", ")) /* "under his home banner, Northfield Pictures" */
    q = e + 2;
  x_span co[MAX_LIST];
  size_t n = q < s->end && !before_only
                 ? x_org_list(s->t, q, s->end, co, MAX_LIST, &stop)
                 : 0;
  for (size_t i = 0; i < n; i++)
    company_credit(s, co[i].off, co[i].len, "crew-own-banner");
  /* "under the Northfield Pictures banner", "a Northfield Pictures
     production" */
  size_t b = x_name_before(s->t, s->a, p - 1);
  if (p > s->a + 1 && b < p - 1 && b >= s->a + 2 &&
      ((b >= s->a + 4 && at(s, b - 4, "the ")) ||
       (b >= s->a + 6 && at(s, b - 6, "under ")) ||
       (indefinite_before(s, b) && own_subject(s))))
    company_credit(s, b, x_org_len(s->t, b, p - 1), "crew-own-banner");
  /* "a Northfield Pictures and Avalon Films co-production" */
  size_t k = p > s->a + 1 ? names_ending(s, p - 1, co) : 0;
  if (k > 1 && indefinite_before(s, co[0].off) && own_subject(s))
    for (size_t i = 0; i < k; i++)
      company_credit(s, co[i].off, co[i].len, "crew-own-banner");
}

/* Each contribution noun of the sentence, read once: "score by Ann Roe",
   "Ann Roe's score", "under the banner of Northfield Pictures". */
static void contributions(sent *s) {
  for (size_t p = s->a; p < s->end; p++) {
    if (!word_start(s, p) || !isalpha((unsigned char)s->t[p]))
      continue;
    size_t e = p;
    while (e < s->end && (isalpha((unsigned char)s->t[e]) || s->t[e] == '-'))
      e++;
    skg_pred pr;
    bool verb, lower = islower((unsigned char)s->t[p]);
    if (credit_noun(s, p, e, &pr, &verb)) {
      if (pr == SKG_PRED_PRODUCTION_COMPANY) {
        if (lower)
          banner(s, p, e);
      } else {
        contribution_by(s, p, e, pr, verb);
        if (lower)
          possessed_contribution(s, p, e, pr, verb);
      }
    }
    p = e;
  }
}

/* The company name at q after "'s company": one name even with a
   possessive inside ("Lion's Gate Films"). */
static size_t named_company_len(const sent *s, size_t q) {
  size_t n = x_org_len(s->t, q, s->end);
  size_t k = n ? x_possessive_at(s->t, q + n, s->end) : 0;
  size_t m =
      k && at(s, q + n + k, " ") ? x_org_len(s->t, q + n + k + 1, s->end) : 0;
  if (m && !x_company_like(s->t + q, n) &&
      x_company_like(s->t + q + n + k + 1, m))
    return n + k + 1 + m;
  return n;
}

/* "made by Ann Roe's company, Northfield Pictures", "teamed up with Ann
   Roe's production company Northfield Pictures to produce the film",
   "made it through his Northfield Pictures company". */
static bool production_cue(sent *s) {
  return (x_find(s->t, s->a, s->end, "produc") < s->end ||
          x_find(s->t, s->a, s->end, " made ") < s->end) &&
         own_credit(s, REF_NONE);
}

/* "through his Northfield Pictures company": the name before " company"
   after a possessive pronoun; its start, or c. */
static size_t pronoun_company(const sent *s, size_t c) {
  static const char *const PRON[] = {"his ", "her ", "their "};
  size_t b = x_name_before(s->t, s->a, c);
  if (b == c || x_org_len(s->t, b, c) != c - b)
    return c;
  for (size_t i = 0; i < SKG_ARRAY_LEN(PRON); i++) {
    size_t n = strlen(PRON[i]);
    if (b >= s->a + n && memcmp(s->t + b - n, PRON[i], n) == 0)
      return b;
  }
  return c;
}

static void companies_of(sent *s) {
  for (size_t c = x_find(s->t, s->a, s->end, " company"); c < s->end;
       c = x_find(s->t, c + 1, s->end, " company")) {
    size_t e = c, q = c + strlen(" company"), b = pronoun_company(s, c);
    if (b < c) {
      if (production_cue(s))
        company_credit(s, b, c - b, "crew-own-company");
      continue;
    }
    if (e >= s->a + 11 && memcmp(s->t + e - 11, " production", 11) == 0)
      e -= 11;
    size_t k = 0; /* "'s" or "’s" right before */
    for (size_t back = 1; back <= 4 && !k && e >= s->a + back; back++)
      if (x_possessive_at(s->t, e - back, s->end) == back)
        k = back;
    if (!k || !(at(s, q, " ") || at(s, q, ", ")))
      continue;
    q += at(s, q, ",") ? 2 : 1;
    if (production_cue(s))
      company_credit(s, q, named_company_len(s, q), "crew-own-company");
  }
}

/* True when "is", "was" (and at most one adverb: "is jointly") ends
   right before the verb at v: the passive is the sentence's main verb. */
static bool copula_before(const sent *s, size_t v) {
  static const char *const BE[] = {" is ", " was ", " are ", " were ",
                                   " been "};
  size_t w = v;
  for (int i = 0; i < 2 && w > s->a; i++) {
    for (size_t k = 0; k < SKG_ARRAY_LEN(BE); k++) {
      size_t n = strlen(BE[k]);
      if (w >= s->a + n && memcmp(s->t + w - n, BE[k], n) == 0)
        return true;
    }
    /* one adverb back: "is jointly presented" */
    if (w < s->a + 2 || s->t[w - 1] != ' ')
      return false;
    w--;
    while (w > s->a && islower((unsigned char)s->t[w - 1]))
      w--;
  }
  return false;
}

/* "The film was financed by Northfield Pictures and Westar Films": a
   verb that credits only companies (credit_verbs.tsv), passive, in a
   sentence whose subject is the article's work. */
static void financed_by(sent *s) {
  for (size_t b = x_find(s->t, s->a, s->end, " by "); b < s->end;
       b = x_find(s->t, b + 1, s->end, " by ")) {
    size_t v = b;
    while (v > s->a && (islower((unsigned char)s->t[v - 1]) || s->t[v - 1] == '-'))
      v--;
    const char *val;
    skg_pred pr;
    if (v == b || credit_verb(s, v, &val) != b - v ||
        !verb_pred(val, true, SKG_PRED_COUNT, &pr) ||
        pr != SKG_PRED_PRODUCTION_COMPANY || !copula_before(s, v) ||
        !own_subject(s) || !own_credit(s, REF_OWN))
      continue;
    x_span co[MAX_LIST];
    size_t stop, n = x_org_list(s->t, b + 4, s->end, co, MAX_LIST, &stop);
    for (size_t i = 0; i < n; i++)
      company_credit(s, co[i].off, co[i].len, "crew-own-financed");
  }
}

/* True when the article's work is named before u ("the film", its
   title, "It" opening the sentence) and no other work is. */
static bool own_before(const sent *s, size_t u) {
  bool own = at(s, s->a, "It ");
  for (size_t p = s->a; p < u; p++) {
    size_t n;
    if (!word_start(s, p))
      continue;
    ref r = work_ref(s, p, false, &n);
    if (r == REF_OTHER)
      return false;
    own |= r == REF_OWN;
    p += n;
  }
  return own;
}

/* "Ann Roe produced the film under Northfield Productions": a company
   after "under" in a sentence about producing the article's work. */
static void under_company(sent *s) {
  for (size_t u = x_find(s->t, s->a, s->end, " under "); u < s->end;
       u = x_find(s->t, u + 1, s->end, " under ")) {
    size_t q = u + strlen(" under ");
    if (!x_cap_at(s->t, q, s->end) || !production_cue(s) || !own_before(s, u))
      continue;
    x_span co[MAX_LIST];
    size_t stop, n = x_org_list(s->t, q, s->end, co, MAX_LIST, &stop);
    for (size_t i = 0; i < n; i++)
      company_credit(s, co[i].off, co[i].len, "crew-own-banner");
  }
}

void x_rules_crew_own(x_ctx *x) {
  if (x->subject == SKG_NONE)
    return;
  for (size_t si = 0; si < x->refs_start; si++) {
    const skg_span *sp = &x->d->sents[si];
    sent s = {x, x->d->text, si, sp->off, sp->off + sp->len, CUES_UNKNOWN};
    maker_verbs(&s);
    with_gerunds(&s);
    opening_participles(&s);
    financed_by(&s);
    under_company(&s);
    contributions(&s);
    companies_of(&s);
  }
}
