/* tabular.c: fields of the TSV and CSV exports. File names, JSON Lines
   titles and page text reach these files unfiltered (a tab in a title
   split --explain rows; a file name in Latin-1 put raw 0xFF bytes in
   them), so every field passes here. */
#include "tabular.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

/* The length of the valid UTF-8 sequence at s (1 to 4) and its code point
   in *cp, or 0 when s does not start one: a bad lead byte, a missing
   continuation, an overlong form, a surrogate, or past U+10FFFF. */
static size_t decode(const unsigned char *s, uint32_t *cp) {
  unsigned char c = s[0];
  size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2
                        : c >= 0xE0 && c <= 0xEF   ? 3
                        : c >= 0xF0 && c <= 0xF4   ? 4
                                                   : 0;
  if (n == 0)
    return 0;
  uint32_t v = n == 1 ? c : c & (0x7F >> n);
  for (size_t i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) /* the NUL at the end stops here too */
      return 0;
    v = v << 6 | (s[i] & 0x3F);
  }
  static const uint32_t MIN[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (v < MIN[n] || (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF)
    return 0;
  *cp = v;
  return n;
}

/* What a code point becomes: 0 itself, ' ' a space, or 'r' U+FFFD. */
static char fate(uint32_t cp, skg_tab_mode mode) {
  bool brk = cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x0B ||
             cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
  if (mode == SKG_TAB_TSV && brk)
    return ' ';
  if (mode == SKG_TAB_CSV && (cp == '\n' || cp == '\r' || cp == '\t'))
    return 0;
  if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F))
    return 'r';
  return 0;
}

/* The first byte of s that does not stay as it is, or its end. */
static const unsigned char *first_change(const unsigned char *p,
                                         skg_tab_mode mode) {
  while (*p) {
    if (*p >= 0x20 && *p < 0x7F) { /* the usual field: printable ASCII */
      p++;
      continue;
    }
    uint32_t cp = 0;
    size_t n = decode(p, &cp);
    if (!n || fate(cp, mode))
      break;
    p += n;
  }
  return p;
}

const char *skg_tab_field(const char *s, skg_tab_mode mode, skg_buf *tmp) {
  const unsigned char *p = first_change((const unsigned char *)s, mode);
  if (!*p)
    return s;
  skg_buf_clear(tmp);
  skg_buf_append(tmp, s, (size_t)((const char *)p - s));
  while (*p) {
    uint32_t cp = 0;
    size_t n = decode(p, &cp);
    char f = n ? fate(cp, mode) : 'r';
    if (f == ' ')
      skg_buf_putc(tmp, ' ');
    else if (f == 'r')
      skg_buf_puts(tmp, REPLACEMENT);
    else
      skg_buf_append(tmp, (const char *)p, n);
    p += n ? n : 1;
  }
  return skg_buf_str(tmp);
}
