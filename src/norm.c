/* norm.c: UTF-8 validation and identity keys. utf8proc does the Unicode work
   (NFKC, case folding, mark stripping): tables we should not maintain. */
#include "norm.h"

#include "alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* utf8proc_category(0..127); tests/unit checks it against the library. */
/* clang-format off */
const unsigned char SKG_ASCII_CATEGORY[128] = { /* sixteen a row */
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26,
    23, 18, 18, 18, 20, 18, 18, 18, 14, 15, 18, 19, 18, 13, 18, 18,
    9,  9,  9,  9,  9,  9,  9,  9,  9,  9,  18, 18, 19, 19, 19, 18,
    18, 1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,
    1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  14, 18, 15, 21, 12,
    21, 2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,
    2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  14, 19, 15, 19, 26};
/* clang-format on */

/* Length of the UTF-8 sequence at s[0..n) (1..4), or 0 when it is
   invalid (overlong, a surrogate, beyond U+10FFFF, cut short). */
static size_t utf8_seq_len(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  if (c < 0x80)
    return 1;
  size_t len;
  uint32_t min, cp;
  if ((c & 0xE0) == 0xC0)
    len = 2, min = 0x80, cp = c & 0x1F;
  else if ((c & 0xF0) == 0xE0)
    len = 3, min = 0x800, cp = c & 0x0F;
  else if ((c & 0xF8) == 0xF0)
    len = 4, min = 0x10000, cp = c & 0x07;
  else
    return 0;
  if (len > n)
    return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return len;
}

bool skg_utf8_valid(const char *s, size_t n, size_t *bad) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    uint64_t w; /* eight ASCII bytes a step: most of a page's text */
    if (n - i >= sizeof w) {
      memcpy(&w, u + i, sizeof w);
      if (!(w & 0x8080808080808080ULL)) {
        i += sizeof w;
        continue;
      }
    }
    if (u[i] < 0x80) {
      i++;
      continue;
    }
    size_t l = utf8_seq_len(u + i, n - i);
    if (!l) {
      if (bad)
        *bad = i;
      return false;
    }
    i += l;
  }
  return true;
}

/* Bytes that start a character: all but 10xxxxxx. */
static size_t lead_bytes(const char *s, size_t n) {
  size_t c = 0;
  for (size_t i = 0; i < n; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80)
      c++;
  return c;
}

/* Eight bytes a step when they are all ASCII (most of a page: the
   document counts every sentence's characters, doc.c). */
size_t skg_utf8_count(const char *s, size_t n) {
  const uint64_t high = 0x8080808080808080ULL;
  size_t c = 0, i = 0;
  for (uint64_t w; i + sizeof w <= n; i += sizeof w) {
    memcpy(&w, s + i, sizeof w);
    c += w & high ? lead_bytes(s + i, sizeof w) : sizeof w;
  }
  return c + lead_bytes(s + i, n - i);
}

static bool keep_cp(utf8proc_int32_t cp) {
  utf8proc_category_t cat = skg_cp_category(cp);
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

static bool space_cp(utf8proc_int32_t cp) {
  utf8proc_category_t cat = skg_cp_category(cp);
  return cp == '\t' || cp == '\n' || cp == '\r' ||
         (cat >= UTF8PROC_CATEGORY_ZS && cat <= UTF8PROC_CATEGORY_ZP);
}

/* Appends one code point, folding spaces: a space is only written before
   the next kept character. */
static void emit(skg_buf *out, utf8proc_int32_t cp, bool *pending_space) {
  if (space_cp(cp)) {
    *pending_space = out->len > 0;
    return;
  }
  if (cp == '+') {
    if (out->len)
      skg_buf_putc(out, ' ');
    skg_buf_puts(out, "plus");
    *pending_space = true;
    return;
  }
  if (!keep_cp(cp))
    return;
  if (*pending_space)
    skg_buf_putc(out, ' ');
  *pending_space = false;
  utf8proc_uint8_t enc[4];
  utf8proc_ssize_t k = utf8proc_encode_char(cp, enc);
  skg_buf_append(out, (const char *)enc, (size_t)k);
}

/* What norm_key_ascii does with an ASCII byte: the byte it writes (a
   letter lowered, a digit), or 1 for a space (KB_SPACE), 2 for "+"
   (KB_PLUS), 0 for any other (dropped). One look a byte instead of five
   ranges; tests/unit checks the key of every ASCII byte. */
enum { KB_DROP = 0, KB_SPACE = 1, KB_PLUS = 2 };
/* clang-format off */
static const unsigned char KEY_BYTE[128] = { /* sixteen a row */
      0,   0,   0,   0,   0,   0,   0,   0,   0,   1,   1,   0,   0,   1,   0,   0,
      0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
      1,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   2,   0,   0,   0,   0,
     48,  49,  50,  51,  52,  53,  54,  55,  56,  57,   0,   0,   0,   0,   0,   0,
      0,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,   0,   0,   0,   0,   0,
      0,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122,   0,   0,   0,   0,   0};
/* clang-format on */

/* The key of ASCII text without utf8proc_map's allocation and passes:
   names are looked up several times a word (perf). For ASCII, the NFKC
   case fold is the ASCII lower case (no ASCII character decomposes,
   carries a mark or is default-ignorable; tests/unit checks every one
   against utf8proc). Written straight into out, sized once: a byte in
   gives at most one byte out (a space is written only for a space read,
   before the next kept byte), except "+", which emit spells out and after
   which the room is made again. False, with out as it was, at the first
   byte that is not ASCII (the text is then mapped by utf8proc): the bytes
   are read once, not first checked and then keyed. */
static bool norm_key_ascii(const char *s, size_t n, skg_buf *out) {
  bool pending = false;
  size_t start = out->len;
  out->data = skg_xgrow(out->data, &out->cap, out->len + n + 1, 1);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) {
      out->len = start;
      out->data[start] = '\0';
      return false;
    }
    unsigned char k = KEY_BYTE[c];
    if (k > KB_PLUS) { /* a letter or a digit */
      if (pending)
        out->data[out->len++] = ' ';
      pending = false;
      out->data[out->len++] = (char)k;
    } else if (k == KB_SPACE) {
      pending = out->len > 0; /* what emit does with a space */
    } else if (k == KB_PLUS) {
      out->data[out->len] = '\0';
      emit(out, '+', &pending);
      out->data = skg_xgrow(out->data, &out->cap, out->len + n - i + 1, 1);
    } /* any other ASCII byte is no letter or digit: dropped, as by emit */
  }
  out->data[out->len] = '\0';
  return true;
}

void skg_norm_key(const char *s, size_t n, skg_buf *out) {
  if (norm_key_ascii(s, n, out))
    return;
  utf8proc_uint8_t *mapped = NULL;
  /* Marks are stripped after compatibility decomposition, so "é" loses its
     accent and "ﬁ" becomes "fi"; the result is composed again. */
  utf8proc_ssize_t m = utf8proc_map(
      (const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &mapped,
      UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
          UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
  size_t start = out->len;
  bool pending = false;
  if (m < 0) { /* invalid UTF-8 never reaches here; keep ASCII letters */
    for (size_t i = 0; i < n; i++)
      emit(out, (unsigned char)s[i] < 0x80 ? s[i] : ' ', &pending);
    return;
  }
  utf8proc_ssize_t i = 0;
  while (i < m) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(mapped + i, m - i, &cp);
    if (k <= 0)
      break;
    emit(out, cp, &pending);
    i += k;
  }
  free(mapped);
  (void)start;
}

void skg_norm_slug(const char *key, skg_buf *out) {
  static const char HEX[] = "0123456789ABCDEF";
  for (const unsigned char *p = (const unsigned char *)key; *p; p++) {
    if (*p == ' ')
      skg_buf_putc(out, '-');
    else if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
             *p == '-')
      skg_buf_putc(out, (char)*p);
    else {
      char e[3] = {'%', HEX[*p >> 4], HEX[*p & 15]};
      skg_buf_append(out, e, 3);
    }
  }
}

void skg_norm_pct(const char *s, size_t n, skg_buf *out) {
  static const char HEX[] = "0123456789ABCDEF";
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
        c == '~')
      skg_buf_putc(out, (char)c);
    else {
      char e[3] = {'%', HEX[c >> 4], HEX[c & 15]};
      skg_buf_append(out, e, 3);
    }
  }
}
