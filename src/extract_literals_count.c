/* extract_literals_count.c: the season and episode counts the prose
   states of the article's series (cues of data/literal_cues.tsv, numbers
   in digits or words of data/number_words.tsv):
     "The series ran for three seasons"             numberOfSeasons 3
     "It consisted of 13 episodes"                  numberOfEpisodes 13
     "It ran for 110 episodes over five seasons"    both
     "The series aired over five seasons and 110 episodes"   both
   Only in a sentence whose subject is the series, with no season or
   episode named between the subject and the cue ("The second season
   consisted of 10 episodes", "It was renewed for a fourth season
   consisting of 13 episodes": the season's); "the third season" and
   "episode 13" are no count, "13 episodes per season" no total, and
   "aired over 100 episodes" (more than 100) none: "over" opens only two
   counts joined by "and". */
#include "xliterals.h"

#include "lexicon.h"
#include "skg.h"
#include "vocab.h"
#include "xmatch.h"
#include "xsent.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A number word at t[p] ("three", "twenty-two"): its value into out. */
static size_t number_word(const char *t, size_t p, size_t end, char out[16]) {
  size_t q = p;
  while (q < end && isalpha((unsigned char)t[q]))
    q++;
  const char *v = q > p ? skg_lex_get(SKG_LEX_NUMBER_WORDS, t + p, q - p) : 0;
  if (!v)
    return 0;
  long n = strtol(v, NULL, 10);
  size_t r = q;
  if (n >= 20 && n % 10 == 0 && q < end && t[q] == '-') { /* "twenty-two" */
    r = ++q;
    while (r < end && isalpha((unsigned char)t[r]))
      r++;
    const char *u = skg_lex_get(SKG_LEX_NUMBER_WORDS, t + q, r - q);
    long k = u ? strtol(u, NULL, 10) : 0;
    if (k < 1 || k > 9)
      return 0;
    n += k;
  }
  snprintf(out, 16, "%d", (int)n); /* at most 99 */
  return r - p;
}

/* "five seasons", "110 episodes" at t[p]: its predicate into *pred, its
   value into out; its length, 0 if none. */
static size_t count_at(const char *t, size_t p, size_t end, skg_pred *pred,
                       char out[16]) {
  size_t n = x_lit_count(t, p, end, out);
  if (n && p + n < end && isalpha((unsigned char)t[p + n]))
    return 0; /* "3rd" */
  if (!n)
    n = number_word(t, p, end, out);
  if (!n || !x_at(t, p + n, end, " "))
    return 0;
  /* the noun the count is of, a word of data/count_nouns.tsv ("seasons",
     "episode"), whose value is the count's predicate */
  size_t q = p + n + 1, k = xc_lex_len(t, q, end, SKG_LEX_COUNT_NOUNS);
  const char *v = k ? skg_lex_get(SKG_LEX_COUNT_NOUNS, t + q, k) : NULL;
  skg_pred up;
  if (!v || !skg_pred_from_name(v, &up))
    return 0;
  size_t e = q + k;
  size_t w = x_skip_space(t, e, end); /* "13 episodes per season" */
  if (x_word_at(t, w, end, "per") || x_word_at(t, w, end, "each"))
    return 0;
  *pred = up;
  return e - p;
}

/* What joins a second count to a first: "and", "over", "across", "in". */
static size_t joiner(const char *t, size_t p, size_t end) {
  static const char *const JOIN[] = {" and ", " over ", " across ",
                                     " in ",  ", and ", " spanning "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(JOIN); i++)
    if (x_at(t, p, end, JOIN[i]))
      return strlen(JOIN[i]);
  return 0;
}

static void add_count(x_ctx *x, size_t si, skg_pred pred, const char *v,
                      x_lit_counts *c) {
  bool *done = pred == SKG_PRED_NUMBER_OF_SEASONS ? &c->seasons : &c->episodes;
  if (!*done)
    x_lit_add(x, pred, v, si, "count");
  *done = true;
}

/* The cue of the counts after the subject (from p): a "count" cue, else a
   "countpair" one; *pair says which. Returns where the counts start, or
   0 when a season or an episode is named before the cue. */
static size_t counts_start(const sent *s, size_t p, bool *pair) {
  size_t n, k;
  size_t c = x_lit_find_cue(s->t, p, s->end, "count", &n);
  *pair = c == s->end;
  if (*pair)
    c = x_lit_find_cue(s->t, p, s->end, "countpair", &n);
  if (c == s->end || x_lit_find_cue(s->t, p, c, "other", &k) < c)
    return 0;
  return x_skip_space(s->t, c + n, s->end);
}

void x_lit_count_sentence(x_ctx *x, size_t si, x_lit_counts *c) {
  if (x->subject_type != SKG_ENT_SERIES || (c->seasons && c->episodes))
    return;
  sent s = sent_of(x, si);
  size_t n = x_lit_subject(x, si);
  bool pair;
  size_t p = n ? counts_start(&s, s.a + n, &pair) : 0;
  skg_pred p1, p2;
  char v1[16], v2[16];
  size_t k1 = p ? count_at(s.t, p, s.end, &p1, v1) : 0;
  if (!k1)
    return;
  size_t j = joiner(s.t, p + k1, s.end);
  size_t k2 = j ? count_at(s.t, p + k1 + j, s.end, &p2, v2) : 0;
  if (k2 && p2 == p1)
    k2 = 0; /* "three seasons and two series": not a pair of counts */
  if (pair && (!k2 || !x_at(s.t, p + k1, s.end, " and ")))
    return;
  add_count(x, si, p1, v1, c);
  if (k2)
    add_count(x, si, p2, v2, c);
}
