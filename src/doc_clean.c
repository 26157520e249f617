/* doc_clean.c: text hygiene at the boundary (doc_clean.h). Every reader's
   text passes here once, so no writer ever sees a code point that XML 1.0
   forbids (C0 controls but tab, LF and CR) or a noncharacter (U+FDD0..
   U+FDEF, U+nFFFE, U+nFFFF): such text once made the GraphML not
   well-formed and cut evidence short in Turtle. The replacement is U+FFFD,
   the character Unicode names for exactly this; white-space controls
   (vertical tab, form feed) become a space instead, as a reader would
   take them. The "[edit]" links of a copied page and the reference marks glued to
   its words ("film[1]") become blanks. */
#include "doc_clean.h"

#include "alloc.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD in UTF-8 */

bool skg_clean_forbidden(uint32_t cp) {
  if (cp < 0x20)
    return cp != '\t' && cp != '\n' && cp != '\r';
  if (cp >= 0xD800 && cp <= 0xDFFF)
    return true; /* lone surrogates; the UTF-8 check refuses them first */
  if (cp >= 0xFDD0 && cp <= 0xFDEF)
    return true;
  return (cp & 0xFFFE) == 0xFFFE; /* U+FFFE, U+FFFF, U+1FFFE, ... */
}

/* Decodes the code point at s[0..n) (valid UTF-8) into *cp; returns its
   length in bytes (1 for a stray byte, which the caller never passes). */
static size_t decode(const unsigned char *s, size_t n, uint32_t *cp) {
  size_t k = s[0] < 0x80 ? 1 : s[0] < 0xE0 ? 2 : s[0] < 0xF0 ? 3 : 4;
  if (k > n) {
    *cp = s[0];
    return 1;
  }
  uint32_t c = k == 1 ? s[0] : k == 2 ? s[0] & 0x1Fu : k == 3 ? s[0] & 0x0Fu : s[0] & 0x07u;
  for (size_t i = 1; i < k; i++)
    c = (c << 6) | (s[i] & 0x3Fu);
  *cp = c;
  return k;
}

/* Only these bytes can start a forbidden code point: C0 controls, the
   lead byte of U+FDD0..U+FFFF (0xEF) and of the supplementary planes. */
static bool may_start_bad_slow(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xEF ||
         (c >= 0xF0 && c <= 0xF4);
}

/* may_start_bad_slow of every byte, made once: skg_clean_text asks it
   at every byte of every document. */
static bool BAD_START[256];
static pthread_once_t BAD_ONCE = PTHREAD_ONCE_INIT;

static void bad_start_init(void) {
  for (int c = 0; c < 256; c++)
    BAD_START[c] = may_start_bad_slow((unsigned char)c);
}

static bool may_start_bad(unsigned char c) { return BAD_START[c]; }

static void log_add(skg_clean_log *log, size_t at, ptrdiff_t grow) {
  log->at = skg_xgrow(log->at, &log->cap, log->n + 1, sizeof *log->at);
  log->shift = skg_xrealloc(log->shift, log->cap * sizeof *log->shift);
  log->shift[log->n] = (log->n ? log->shift[log->n - 1] : 0) + grow;
  log->at[log->n++] = at;
}

/* Appends the replacement of the forbidden cp (k bytes at old offset at)
   to out and records it. */
static void replace(skg_buf *out, uint32_t cp, size_t at, size_t k,
                    skg_clean_log *log) {
  if (cp == '\v' || cp == '\f') {
    skg_buf_putc(out, ' ');
    return; /* same length, nothing to remap or to warn about */
  }
  skg_buf_append(out, REPLACEMENT, 3);
  if (!log->count++) {
    log->first = at;
    log->first_cp = cp;
  }
  if (k != 3)
    log_add(log, at, (ptrdiff_t)3 - (ptrdiff_t)k);
}

/* The length of a reference mark at p ("[12]", "[b]", "[note 3]",
   "[citation needed]"), or 0. */
static size_t ref_mark_len(const char *p, const char *end) {
  static const char *const WORDS[] = {"[citation needed]", "[note ", "[nb "};
  const char *q = p + 1;
  bool word = false;
  for (size_t k = 0; k < sizeof WORDS / sizeof *WORDS && !word; k++) {
    size_t n = strlen(WORDS[k]);
    if (end - p >= (ptrdiff_t)n && memcmp(p, WORDS[k], n) == 0) {
      if (WORDS[k][n - 1] == ']')
        return n;
      q = p + n;
      word = true;
    }
  }
  const char *digits = q;
  while (q < end && q - digits < 3 && *q >= '0' && *q <= '9')
    q++;
  if (q == digits) {
    if (word || q >= end || *q < 'a' || *q > 'z')
      return 0;
    q++; /* "[a]": one letter, the form of an explanatory note */
  }
  return q < end && *q == ']' ? (size_t)(q + 1 - p) : 0;
}

/* The "[edit]" links a page copied from an encyclopedia keeps beside its
   headings ("[edit]- Jane Roe as Vera Quill") are no text, nor are the
   reference marks glued to the word before them ("a 2016 film[1] directed
   by", "Welles,[2] [3] with"): left in, they cut a lead in two for the
   rules. Blanks of the same length, so no offset moves. */
static void blank_marks(skg_buf *text) {
  static const char MARK[] = "[edit]";
  size_t m = sizeof MARK - 1;
  if (text->len < 3) /* an empty buffer may have no data at all */
    return;
  char *p = text->data, *end = text->data + text->len, *after = NULL;
  while (end - p >= 3 && (p = memchr(p, '[', (size_t)(end - p))) != NULL) {
    size_t n = 0;
    if (end - p >= (ptrdiff_t)m && memcmp(p, MARK, m) == 0)
      n = m;
    else if (p > text->data && (!isspace((unsigned char)p[-1]) ||
                                (p - 1 == after && p[-1] == ' ')))
      n = ref_mark_len(p, end);
    if (n) {
      memset(p, ' ', n);
      after = p + n;
      p += n;
    } else
      p++;
  }
}

void skg_clean_text(skg_buf *text, skg_clean_log *log) {
  pthread_once(&BAD_ONCE, bad_start_init);
  blank_marks(text);
  const unsigned char *s = (const unsigned char *)text->data;
  size_t n = text->len, i = 0, done = 0;
  skg_buf out = SKG_BUF_INIT;
  bool dirty = false;
  while (i < n) {
    if (!may_start_bad(s[i])) {
      i++;
      continue;
    }
    uint32_t cp;
    size_t k = decode(s + i, n - i, &cp);
    if (skg_clean_forbidden(cp)) {
      skg_buf_append(&out, (const char *)s + done, i - done);
      replace(&out, cp, i, k, log);
      done = i + k;
      dirty = true;
    }
    i += k;
  }
  if (!dirty)
    return;
  skg_buf_append(&out, (const char *)s + done, n - done);
  skg_buf_free(text);
  *text = out;
}

size_t skg_clean_remap(const skg_clean_log *log, size_t off) {
  /* The shift of the last replacement that starts before off. */
  size_t lo = 0, hi = log->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (log->at[mid] < off)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo ? (size_t)((ptrdiff_t)off + log->shift[lo - 1]) : off;
}

char *skg_clean_str(char *s, size_t *count) {
  if (!s)
    return s;
  skg_buf b = {s, strlen(s), strlen(s) + 1};
  skg_clean_log own = {0};
  skg_clean_text(&b, &own);
  *count += own.count;
  skg_clean_log_free(&own);
  return b.data;
}

void skg_clean_log_free(skg_clean_log *log) {
  free(log->at);
  free(log->shift);
  log->at = NULL;
  log->shift = NULL;
  log->n = log->cap = 0;
}
