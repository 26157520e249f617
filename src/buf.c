/* buf.c: growable byte buffer. */
#include "buf.h"

#include "alloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Room for need bytes. A buffer's first block holds a short string
   whole: most are keys and names, which grew 8, 16, 32... a realloc
   each. */
static void reserve(skg_buf *b, size_t need) {
  enum { FIRST = 64 };
  if (!b->cap && need < FIRST)
    need = FIRST;
  b->data = skg_xgrow(b->data, &b->cap, need, 1);
}

void skg_buf_append(skg_buf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) /* no call when it fits */
    reserve(b, b->len + n + 1);
  if (n)
    memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void skg_buf_puts(skg_buf *b, const char *s) { skg_buf_append(b, s, strlen(s)); }

void skg_buf_putc(skg_buf *b, char c) {
  /* byte by byte in the renderer and the key makers: no call when it fits */
  if (b->len + 2 > b->cap)
    reserve(b, b->len + 2);
  b->data[b->len++] = c;
  b->data[b->len] = '\0';
}

void skg_buf_printf(skg_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n <= 0)
    return;
  reserve(b, b->len + (size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

void skg_buf_clear(skg_buf *b) {
  b->len = 0;
  if (b->data)
    b->data[0] = '\0';
}

const char *skg_buf_str(const skg_buf *b) { return b->data ? b->data : ""; }

void skg_buf_free(skg_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}
