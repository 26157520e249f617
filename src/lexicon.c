/* lexicon.c: binary search in the generated tables. */
#include "lexicon.h"

#include <ctype.h>
#include <string.h>

/* Compares key (lower-case, NUL-terminated) with s[0..n) lower-cased. */
static int cmp(const char *key, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    int a = (unsigned char)key[i];
    int b = tolower((unsigned char)s[i]);
    if (!a || a != b)
      return a - b;
  }
  return (unsigned char)key[n];
}

const char *skg_lex_get(skg_lex lex, const char *s, size_t n) {
  const skg_lexicon *l = &SKG_LEXICONS[lex];
  size_t lo = 0, hi = l->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = cmp(l->v[mid].key, s, n);
    if (c == 0)
      return l->v[mid].value;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}
