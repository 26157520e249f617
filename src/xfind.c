/* xfind.c: x_find (xctx.h), the substring search every rule family runs
   over sentences and the whole text. It was a byte loop calling memcmp at
   each byte equal to the needle's first, which on a real film page is a
   space most of the time: a quarter of the CPU of extracting the shared
   film pages (perf). glibc's memmem skips ahead on pairs of bytes. In a
   file of its own: memmem needs _GNU_SOURCE, which the rest of the code
   does without. */
#define _GNU_SOURCE
#include "xctx.h"

#include <string.h>

size_t x_find(const char *t, size_t pos, size_t end, const char *needle) {
  size_t n = strlen(needle);
  if (n == 0 || pos >= end || n > end - pos)
    return end;
  const char *hit = memmem(t + pos, end - pos, needle, n);
  return hit ? (size_t)(hit - t) : end;
}
