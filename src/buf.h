/* buf.h: a growable byte buffer, always NUL-terminated. */
#ifndef SKG_BUF_H
#define SKG_BUF_H

#include <stddef.h>

typedef struct {
  char *data; /* NUL-terminated; NULL until the first append */
  size_t len, cap;
} skg_buf;

#define SKG_BUF_INIT {NULL, 0, 0}

void skg_buf_append(skg_buf *b, const char *s, size_t n);
void skg_buf_puts(skg_buf *b, const char *s);
void skg_buf_putc(skg_buf *b, char c);
void skg_buf_printf(skg_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void skg_buf_clear(skg_buf *b);
/* Returns the text ("" when empty); valid until the next append. */
const char *skg_buf_str(const skg_buf *b);
void skg_buf_free(skg_buf *b);

#endif
