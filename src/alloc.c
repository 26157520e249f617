/* alloc.c: checked allocation; out of memory is the one unrecoverable error. */
#include "alloc.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void die(void) {
  fputs("screenkg: error: out of memory\n", stderr);
  exit(4);
}

void *skg_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p)
    die();
  return p;
}

void *skg_xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p)
    die();
  return p;
}

void *skg_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q)
    die();
  return q;
}

void *skg_xgrow(void *p, size_t *cap, size_t need, size_t size) {
  if (need <= *cap)
    return p;
  size_t c = *cap ? *cap : 8;
  while (c < need) {
    if (c > SIZE_MAX / 2 / size)
      die();
    c *= 2;
  }
  *cap = c;
  return skg_xrealloc(p, c * size);
}

char *skg_xstrdup(const char *s) { return skg_xstrndup(s, strlen(s)); }

char *skg_xstrndup(const char *s, size_t n) {
  char *d = skg_xmalloc(n + 1);
  memcpy(d, s, n);
  d[n] = '\0';
  return d;
}
