/* xname_people.c: one person, one node: the document's names indexed by
   their last word and its lone capitalised words, so that a surname or a
   first name alone can be tied to the full name the text gives (moved out
   of xname.c, which finds the names themselves). */
#include "alloc.h"
#include "lexicon.h"
#include "table.h"
#include "xctx.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* The prose is read once into two indexes, so that asking about a
   surname costs a binary search, not a pass over the text: the
   person-like names of two to four words, by their last word, and the
   capitalised words that stand alone (no capitalised word joined to them),
   by themselves. */

static uint64_t word_hash(const char *s, size_t n) {
  return skg_hash_bytes(s, n);
}

static int cmp_ref(const void *pa, const void *pb) {
  const x_word_ref *a = pa, *b = pb;
  if (a->h != b->h)
    return a->h < b->h ? -1 : 1;
  return a->off < b->off ? -1 : a->off > b->off;
}

static void push_ref(x_word_ref **v, size_t *n, size_t *cap, uint64_t h,
                     size_t off, size_t len) {
  *v = skg_xgrow(*v, cap, *n + 1, sizeof **v);
  (*v)[(*n)++] = (x_word_ref){h, off, len};
}

/* Indexes the name t[p..p+k) read at a name start. */
static void index_name(x_ctx *x, size_t p, size_t k, size_t *capf,
                       size_t *capa) {
  const char *t = x->d->text;
  size_t e = p + k;
  if (!memchr(t + p, ' ', k)) {
    push_ref(&x->alones, &x->nalones, capa, word_hash(t + p, k), p, k);
    return;
  }
  for (;;) { /* "However Jane Roe" -> "Jane Roe" */
    size_t w = 0;
    while (p + w < e && t[p + w] != ' ')
      w++;
    if (p + w >= e || !skg_lex_has(SKG_LEX_NOT_NAMES, t + p, w))
      break;
    p += w + 1;
  }
  size_t words = 1, last = p;
  for (size_t i = p; i < e; i++)
    if (t[i] == ' ')
      words++, last = i + 1;
  if (words >= 2 && words <= 4 && x_person_like(t + p, e - p, false))
    push_ref(&x->fulls, &x->nfulls, capf, word_hash(t + last, e - last), p,
             e - p);
}

static void index_words(x_ctx *x) {
  const char *t = x->d->text;
  size_t capf = 0, capa = 0;
  x->words_indexed = true;
  for (size_t si = 0; si < x->refs_start; si++) {
    size_t a = x->d->sents[si].off, end = a + x->d->sents[si].len;
    for (size_t p = a; p < end; p++) {
      if (!x_cap_at(t, p, end) || /* speed: most bytes are no capital */
          (p > a && (isalnum((unsigned char)t[p - 1]) ||
                     (unsigned char)t[p - 1] >= 0x80)))
        continue;
      size_t k = x_name_len(t, p, end);
      if (!k)
        continue;
      index_name(x, p, k, &capf, &capa);
      p += k - 1;
    }
  }
  if (x->nfulls)
    qsort(x->fulls, x->nfulls, sizeof *x->fulls, cmp_ref);
  if (x->nalones)
    qsort(x->alones, x->nalones, sizeof *x->alones, cmp_ref);
}

/* First entry of v[0..n) with hash h, or n. */
static size_t first_ref(const x_word_ref *v, size_t n, uint64_t h) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (v[mid].h < h)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* True when the last word of the name at r is s[0..n). */
static bool ends_with_word(const char *t, const x_word_ref *r, const char *s,
                           size_t n) {
  return r->len > n && t[r->off + r->len - n - 1] == ' ' &&
         memcmp(t + r->off + r->len - n, s, n) == 0;
}

/* Adds the name at r to the distinct spellings cand[0..*nc) with their
   counts; false when there are more spellings than room. */
static bool count_spelling(const char *t, const x_word_ref *r, x_span *cand,
                           unsigned *count, size_t *nc, size_t cap) {
  size_t i = 0;
  while (i < *nc && (cand[i].len != r->len ||
                     memcmp(t + cand[i].off, t + r->off, r->len) != 0))
    i++;
  if (i == *nc) {
    if (*nc == cap)
      return false;
    cand[i] = (x_span){r->off, r->len};
    count[i] = 0;
    (*nc)++;
  }
  count[i]++;
  return true;
}

bool x_full_name(x_ctx *x, const char *s, size_t n, x_span *out) {
  const char *t = x->d->text;
  if (n < 3 || memchr(s, ' ', n) || !x_cap_at(s, 0, n))
    return false;
  if (!x->words_indexed)
    index_words(x);
  uint64_t h = word_hash(s, n);
  x_span cand[4];
  unsigned count[4];
  size_t nc = 0;
  for (size_t i = first_ref(x->fulls, x->nfulls, h);
       i < x->nfulls && x->fulls[i].h == h; i++)
    if (ends_with_word(t, &x->fulls[i], s, n) &&
        !count_spelling(t, &x->fulls[i], cand, count, &nc, 4))
      return false;
  if (!nc)
    return false;
  /* Two people with that surname keep it apart, unless one of them is
     named at least twice as often as each other ("Robert Altman" seven
     times, "Bob Altman" once: the usual spelling of one person). */
  size_t best = 0;
  for (size_t i = 1; i < nc; i++)
    if (count[i] > count[best])
      best = i;
  for (size_t i = 0; i < nc; i++)
    if (i != best && 2 * count[i] > count[best])
      return false;
  *out = cand[best];
  return true;
}

bool x_word_alone(x_ctx *x, const char *s, size_t n) {
  if (!n)
    return false;
  if (!x->words_indexed)
    index_words(x);
  uint64_t h = word_hash(s, n);
  for (size_t i = first_ref(x->alones, x->nalones, h);
       i < x->nalones && x->alones[i].h == h; i++)
    if (x->alones[i].len == n &&
        memcmp(x->d->text + x->alones[i].off, s, n) == 0)
      return true;
  return false;
}
