/* extract_literals_prose.c: the values the prose states about the
   article's work, phrasings of data/literal_cues.tsv:
     "The film was released on June 16, 1995"         releaseDate
     "The series premiered on Northwind TV on May 2, 2019"
     "The film has a running time of 124 minutes"      runningTime
     "On Rotten Tomatoes, the film holds an approval rating of 78% based
      on 120 reviews, with an average rating of 7.1/10" approvalRating,
                                               approvalReviews, averageRating
     "On Metacritic, the film has a score of 65 out of 100" metascore
   Only a sentence whose subject is the work (its title, "The film", "It")
   dates it, only the first such sentence, and none when the infobox gave
   a date; a sentence that speaks of a season, an episode, a DVD or a
   sequel gives nothing ("The second season premiered on ..."). */
#include "xliterals.h"
#include "xmatch.h"

#include "lexicon.h"
#include "vocab.h"
#include "xsent.h"

#include <ctype.h>
#include <limits.h>
#include <pthread.h>
#include <string.h>
#include <strings.h>

/* speed: find_cue asks at every byte of a sentence, so the rows of
   data/literal_cues.tsv are indexed once: for each kind, its rows in file
   order, the bytes that start them (any case) and each key's length.
   A lexicon past the index's room is read row by row as before. */
#define LIT_MAX_KINDS 16
#define LIT_MAX_ROWS 256

typedef struct {
  const char *kind;
  bool first[UCHAR_MAX + 1]; /* a byte of the text, not lowered */
  unsigned short rows[LIT_MAX_ROWS];
  size_t n;
} lit_kind;

static lit_kind KINDS[LIT_MAX_KINDS];
static size_t N_KINDS;
static size_t KEY_LEN[LIT_MAX_ROWS];
static int KEY_FIRST[LIT_MAX_ROWS]; /* the key's first byte, lowered */
static bool INDEXED;
static pthread_once_t ONCE = PTHREAD_ONCE_INIT;

static lit_kind *kind_slot(const char *kind) {
  for (size_t k = 0; k < N_KINDS; k++)
    if (strcmp(KINDS[k].kind, kind) == 0)
      return &KINDS[k];
  if (N_KINDS == LIT_MAX_KINDS)
    return NULL;
  KINDS[N_KINDS].kind = kind;
  return &KINDS[N_KINDS++];
}

static void index_cues(void) {
  const skg_lexicon *l = &SKG_LEXICONS[SKG_LEX_LITERAL_CUES];
  if (l->n > LIT_MAX_ROWS)
    return;
  for (size_t i = 0; i < l->n; i++) {
    lit_kind *k = kind_slot(l->v[i].value);
    if (!k)
      return;
    KEY_LEN[i] = strlen(l->v[i].key);
    k->rows[k->n++] = (unsigned short)i;
    int c = KEY_FIRST[i] = tolower((unsigned char)l->v[i].key[0]);
    for (int b = 0; b <= UCHAR_MAX; b++)
      if (tolower(b) == c)
        k->first[b] = true;
  }
  INDEXED = true;
}

/* The index of kind, or NULL when the lexicon is not indexed. */
static const lit_kind *kind_index(const char *kind) {
  static const lit_kind none = {NULL, {false}, {0}, 0};
  pthread_once(&ONCE, index_cues);
  if (!INDEXED)
    return NULL;
  for (size_t k = 0; k < N_KINDS; k++)
    if (KINDS[k].kind[0] == kind[0] && strcmp(KINDS[k].kind, kind) == 0)
      return &KINDS[k];
  return &none; /* a kind no row has: no cue */
}

/* cue_at without the index: every row of the lexicon. */
static size_t cue_at_rows(const char *t, size_t pos, size_t end,
                          const char *kind) {
  const skg_lexicon *l = &SKG_LEXICONS[SKG_LEX_LITERAL_CUES];
  size_t best = 0;
  int c = tolower((unsigned char)t[pos]);
  for (size_t i = 0; i < l->n; i++) {
    const char *key = l->v[i].key;
    if (tolower((unsigned char)key[0]) != c || l->v[i].value[0] != kind[0])
      continue;
    size_t n = strlen(key);
    if (n > best && pos + n <= end && strcmp(l->v[i].value, kind) == 0 &&
        strncasecmp(t + pos, key, n) == 0 &&
        (pos + n == end || !isalnum((unsigned char)t[pos + n])))
      best = n;
  }
  return best;
}

/* cue_at with kind's index k: only kind's rows. */
static size_t cue_at_kind(const char *t, size_t pos, size_t end,
                          const lit_kind *k) {
  const skg_lexicon *l = &SKG_LEXICONS[SKG_LEX_LITERAL_CUES];
  size_t best = 0;
  if (!k->first[(unsigned char)t[pos]])
    return 0;
  int c = tolower((unsigned char)t[pos]);
  for (size_t j = 0; j < k->n; j++) {
    size_t i = k->rows[j], n = KEY_LEN[i];
    if (KEY_FIRST[i] == c && n > best && pos + n <= end &&
        strncasecmp(t + pos, l->v[i].key, n) == 0 &&
        (pos + n == end || !isalnum((unsigned char)t[pos + n])))
      best = n;
  }
  return best;
}

/* Length of a cue of kind at t[pos] (case-insensitive, whole words), 0 if
   none; the longest wins. */
static size_t cue_at(const char *t, size_t pos, size_t end, const char *kind) {
  if (pos >= end || (pos > 0 && isalnum((unsigned char)t[pos - 1])))
    return 0;
  const lit_kind *k = kind_index(kind);
  return k ? cue_at_kind(t, pos, end, k) : cue_at_rows(t, pos, end, kind);
}

/* Where a cue of kind starts in t[pos..end) (its length in *n), or end. */
static size_t find_cue(const char *t, size_t pos, size_t end, const char *kind,
                       size_t *n) {
  const lit_kind *k = kind_index(kind);
  if (!k) {
    for (size_t p = pos; p < end; p++)
      if ((*n = cue_at(t, p, end, kind)))
        return p;
    return end;
  }
  /* a byte that starts none of kind's cues is passed over with one look */
  for (size_t p = pos; p < end; p++)
    if (k->first[(unsigned char)t[p]] &&
        (p == 0 || !isalnum((unsigned char)t[p - 1])) &&
        (*n = cue_at_kind(t, p, end, k)))
      return p;
  return end;
}

static bool has_cue(const sent *s, const char *kind) {
  size_t n;
  return find_cue(s->t, s->a, s->end, kind, &n) < s->end;
}

static size_t work_subject(const sent *s) {
  size_t n = cue_at(s->t, s->a, s->end, "subject");
  if (n)
    return n;
  n = x_title_len(s->t, s->a, s->end, X_TITLE_POSS | X_TITLE_JOIN);
  return n && x_lookup(s->x, X_WORK, s->t + s->a, n, NULL) == s->x->subject ? n
                                                                            : 0;
}

/* The date after a release cue: "on DATE", or "on/at/in PLACE on DATE"
   ("premiered on Northwind TV on May 2, 2019", "at the Sitges Film
   Festival on October 9, 1992"): the place is capitalised and short.
   Returns where the date starts, or 0. */
static size_t release_date(const sent *s, size_t p, char out[11]) {
  enum { MAX_PLACE = 80 };
  p = x_skip_space(s->t, p, s->end);
  if (x_lit_date(s->t, p, s->end, out))
    return p;
  xc_cur c = xc_at(s->t, s->a, p, s->end);
  XC_WORD(&c, "the"); /* "at the Kestrel Festival on ..." */
  p = c.p;
  if (!x_cap_at(s->t, p, s->end))
    return 0;
  for (size_t q = p; q < s->end && q < p + MAX_PLACE && s->t[q] != ';'; q++) {
    xc_cur on = xc_at(s->t, s->a, q, s->end);
    if (XC_EXACT(&on, " on ") && x_lit_date(s->t, on.p, s->end, out))
      return on.p;
  }
  return 0;
}

/* A season, an episode, a DVD named before the date speaks of another
   release ("The second season premiered on", "was released on DVD on");
   after it, of something else ("..., with all eight episodes released on
   Netflix"). */
static bool dated(sent *s) {
  size_t n = work_subject(s), c, d, k;
  char out[11];
  if (!n)
    return false;
  size_t p = x_skip_space(s->t, s->a + n, s->end);
  if (!(c = cue_at(s->t, p, s->end, "release")) ||
      !(d = release_date(s, p + c, out)) ||
      find_cue(s->t, s->a, d, "other", &k) < d)
    return false;
  x_lit_add(s->x, SKG_PRED_RELEASE_DATE, out, s->si, "release-date");
  return true;
}

static bool running_time(sent *s) {
  size_t n, p;
  char out[16];
  if (!work_subject(s) ||
      (p = find_cue(s->t, s->a, s->end, "runtime", &n)) >= s->end ||
      !x_lit_minutes(s->t, x_skip_space(s->t, p + n, s->end), s->end, out))
    return false;
  x_lit_add(s->x, SKG_PRED_RUNNING_TIME, out, s->si, "running-time");
  return true;
}

/* The number just before t[p] ("78%" before "%", "65" before " out of"). */
static bool number_before(const char *t, size_t lo, size_t p, char out[16]) {
  size_t a = p;
  while (a > lo && isdigit((unsigned char)t[a - 1]))
    a--;
  return a < p && (a == lo || !isalnum((unsigned char)t[a - 1])) &&
         x_lit_count(t, a, p, out) == p - a;
}

/* The approval rating's percentage: "of 78%" after the cue, or "78%"
   before it ("a 78% approval rating"). */
static bool approval(const sent *s, size_t p, size_t n, char out[16]) {
  xc_cur c = xc_at(s->t, s->a, p + n, s->end);
  if (!XC_EXACT(&c, " of "))
    XC_EXACT(&c, " at ");
  size_t q = c.p;
  size_t k = x_lit_count(s->t, q, s->end, out);
  if (k && x_at(s->t, q + k, s->end, "%"))
    return true;
  return XC_ENDS(s->t, 0, p, "% ") &&
         number_before(s->t, s->a, p - XC_LEN("% "), out);
}

static bool rotten_tomatoes(sent *s) {
  size_t p, n, k;
  char out[16];
  if (!has_cue(s, "rtomatoes") ||
      (p = find_cue(s->t, s->a, s->end, "approval", &n)) >= s->end ||
      !approval(s, p, n, out))
    return false;
  x_lit_add(s->x, SKG_PRED_APPROVAL_RATING, out, s->si, "rotten-tomatoes");
  for (size_t q = s->a; q < s->end; q++) { /* "based on 120 reviews" */
    if ((k = x_lit_count(s->t, q, s->end, out)) &&
        !isalnum((unsigned char)s->t[q - 1]) &&
        x_at(s->t, q + k, s->end, " ") &&
        cue_at(s->t, q + k + 1, s->end, "reviews")) {
      x_lit_add(s->x, SKG_PRED_APPROVAL_REVIEWS, out, s->si, "rotten-tomatoes");
      break;
    }
  }
  p = find_cue(s->t, s->a, s->end, "average", &n);
  if (p < s->end && (k = x_lit_decimal(s->t, p + n + 1, s->end, out)) &&
      x_at(s->t, p + n + 1 + k, s->end, "/10"))
    x_lit_add(s->x, SKG_PRED_AVERAGE_RATING, out, s->si, "rotten-tomatoes");
  return true;
}

static bool metacritic(sent *s) {
  char out[16];
  size_t p;
  if (!has_cue(s, "metacritic") ||
      (p = x_find(s->t, s->a, s->end, " out of 100")) >= s->end ||
      !number_before(s->t, s->a, p, out))
    return false;
  x_lit_add(s->x, SKG_PRED_METASCORE, out, s->si, "metacritic");
  return true;
}

size_t x_lit_find_cue(const char *t, size_t pos, size_t end, const char *kind,
                      size_t *n) {
  return find_cue(t, pos, end, kind, n);
}

size_t x_lit_subject(x_ctx *x, size_t si) {
  sent s = sent_of(x, si);
  return work_subject(&s);
}

void x_rules_literals_prose(x_ctx *x, const bool *given) {
  bool date = given[SKG_PRED_RELEASE_DATE],
       rt = given[SKG_PRED_APPROVAL_RATING], mc = given[SKG_PRED_METASCORE],
       runtime = given[SKG_PRED_RUNNING_TIME];
  x_lit_counts counts = {given[SKG_PRED_NUMBER_OF_SEASONS],
                         given[SKG_PRED_NUMBER_OF_EPISODES]};
  for (size_t si = 0; si < x->refs_start; si++) {
    sent s = sent_of(x, si);
    if (s.a == s.end)
      continue;
    date = date || dated(&s);
    x_lit_count_sentence(x, si, &counts); /* its words are "other" cues */
    if (has_cue(&s, "other"))
      continue; /* a season's score or running time, a DVD's */
    runtime = runtime || running_time(&s);
    rt = rt || rotten_tomatoes(&s);
    mc = mc || metacritic(&s);
  }
}
