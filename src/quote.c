/* quote.c: the prefix and suffix around a quote. */
#include "quote.h"

/* A UTF-8 continuation byte (10xxxxxx) is inside a character. */
static int inside(const char *text, size_t n, size_t i) {
  return i < n && ((unsigned char)text[i] & 0xC0) == 0x80;
}

void skg_quote_context(const char *text, size_t n, size_t start, size_t end,
                       size_t *pre, size_t *post) {
  if (start > n)
    start = n;
  if (end > n)
    end = n;
  size_t p = start > SKG_QUOTE_CONTEXT ? start - SKG_QUOTE_CONTEXT : 0;
  while (p < start && inside(text, n, p))
    p++;
  size_t q = n - end > SKG_QUOTE_CONTEXT ? end + SKG_QUOTE_CONTEXT : n;
  while (q > end && inside(text, n, q))
    q--;
  *pre = p;
  *post = q;
}
