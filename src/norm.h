/* norm.h: Unicode text helpers: UTF-8 validation, identity keys and slugs. */
#ifndef SKG_NORM_H
#define SKG_NORM_H

#include "buf.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <utf8proc.h>

/* utf8proc's general category of every ASCII code point, copied once: the
   name finder asks the category of nearly every byte of a page, and the
   library call was a tenth of the CPU of a real film page (perf). */
extern const unsigned char SKG_ASCII_CATEGORY[128];

/* utf8proc_category(cp), without the library call for ASCII. */
static inline utf8proc_category_t skg_cp_category(int32_t cp) {
  if (cp >= 0 && cp < 128)
    return (utf8proc_category_t)SKG_ASCII_CATEGORY[cp];
  return utf8proc_category(cp);
}

/* Checks that s[0..n) is valid UTF-8 (no overlongs, no surrogates, nothing
   above U+10FFFF). Returns true, or false with *bad set to the byte offset
   of the first invalid sequence. */
bool skg_utf8_valid(const char *s, size_t n, size_t *bad);

/* Number of code points in the valid UTF-8 text s[0..n). */
size_t skg_utf8_count(const char *s, size_t n);

/* Appends the identity key of s[0..n) to out: NFKC, case folded,
   diacritics removed, '+' read as " plus ", everything but letters and
   digits dropped, white space folded to single spaces, no edge spaces.
   Matches the scorer's normalisation (eval/FORMAT.md). */
void skg_norm_key(const char *s, size_t n, skg_buf *out);

/* Appends the IRI-safe slug of a key: spaces become '-', bytes outside
   [a-z0-9-] are percent-encoded with upper-case hex. */
void skg_norm_slug(const char *key, skg_buf *out);

/* Appends s percent-encoded for use as one IRI path segment: unreserved
   ASCII stays, everything else becomes %XX. */
void skg_norm_pct(const char *s, size_t n, skg_buf *out);

#endif
