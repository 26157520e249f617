/* extract_lead_words.c: cue words of data/ lists at a position
   (extract_lead_words.h). Each list's longest key is measured once per
   process (pthread_once: extraction runs on several threads), so that a
   look-up never reads past what a key could match. */
#include "extract_lead_words.h"

#include "xmatch.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

static size_t MAXLEN[SKG_LEX_COUNT];
static uint64_t FIRST[SKG_LEX_COUNT][4]; /* bit c: a key starts with c */
static pthread_once_t ONCE = PTHREAD_ONCE_INIT;

static void measure(void) {
  for (int l = 0; l < SKG_LEX_COUNT; l++)
    for (size_t i = 0; i < SKG_LEXICONS[l].n; i++) {
      const char *k = SKG_LEXICONS[l].v[i].key;
      size_t n = strlen(k);
      MAXLEN[l] = n > MAXLEN[l] ? n : MAXLEN[l];
      unsigned char c = (unsigned char)k[0];
      FIRST[l][c >> 6] |= (uint64_t)1 << (c & 63);
    }
}

/* An ASCII letter or digit, as isalnum in the C locale. */
static bool alnum(char ch) {
  char lc = (char)(ch | 0x20);
  return (lc >= 'a' && lc <= 'z') || (ch >= '0' && ch <= '9');
}

size_t xl_lex_len(const char *t, size_t pos, size_t end, skg_lex lex) {
  pthread_once(&ONCE, measure);
  if (pos >= end)
    return 0;
  unsigned char c = (unsigned char)(t[pos] >= 'A' && t[pos] <= 'Z'
                                        ? t[pos] | 0x20
                                        : t[pos]); /* keys are lower-case */
  if (!(FIRST[lex][c >> 6] >> (c & 63) & 1))
    return 0;
  size_t best = 0, q = pos,
         lim = end - pos > MAXLEN[lex] ? pos + MAXLEN[lex] : end;
  for (int bounds = 0; bounds < XL_LEX_BOUNDS && q <= lim; bounds++, q++) {
    while (q < end && alnum(t[q]))
      q++;
    if (q > pos && q <= lim && skg_lex_has(lex, t + pos, q - pos))
      best = q - pos;
  }
  return best;
}

size_t xl_lex_ending(const char *t, size_t lo, size_t v, skg_lex lex) {
  const skg_lexicon *l = &SKG_LEXICONS[lex];
  if (v == lo || t[v - 1] != ' ')
    return v;
  for (size_t i = 0; i < l->n; i++) {
    size_t n = strlen(l->v[i].key);
    if (v - 1 >= lo + n && memcmp(t + v - 1 - n, l->v[i].key, n) == 0 &&
        (v - 1 == lo + n || t[v - 1 - n - 1] == ' '))
      return v - 1 - n;
  }
  return v;
}
