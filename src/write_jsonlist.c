/* write_jsonlist.c: JSON arrays of strings for list-valued table fields. */
#include "write_jsonlist.h"

static void put_escaped(skg_buf *b, const char *s) {
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '"' || *p == '\\') {
      skg_buf_putc(b, '\\');
      skg_buf_putc(b, (char)*p);
    } else if (*p < 0x20) /* JSON forbids raw control characters */
      skg_buf_printf(b, "\\u%04x", *p);
    else
      skg_buf_putc(b, (char)*p);
  }
}

void skg_jlist_add(skg_buf *b, const char *s) {
  skg_buf_putc(b, b->len ? ',' : '[');
  skg_buf_putc(b, '"');
  put_escaped(b, s);
  skg_buf_putc(b, '"');
}

const char *skg_jlist_end(skg_buf *b) {
  if (!b->len)
    return "[]";
  skg_buf_putc(b, ']');
  return skg_buf_str(b);
}
