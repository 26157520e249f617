/* xname.c: finding names in text: capitalised words in any script, with the
   initials, hyphens, apostrophes, nicknames and particles real names have. */
#include "lexicon.h"
#include "xctx.h"

#include <ctype.h>
#include <string.h>
#include <utf8proc.h>

static const char *const PARTICLES[] = {"de", "van", "von", "da", "di",
                                        "del", "der", "la", "le", "bin",
                                        "al", "du", "dos", "das", "ter"};

/* Decodes the code point at t[pos]; returns its length (1 on bad bytes). */
static size_t cp_at(const char *t, size_t pos, size_t end, int32_t *cp) {
  utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)t + pos,
                                        (utf8proc_ssize_t)(end - pos), cp);
  if (k <= 0) {
    *cp = (unsigned char)t[pos];
    return 1;
  }
  return (size_t)k;
}

static bool alnum_cp(int32_t cp) {
  utf8proc_category_t c = utf8proc_category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
         (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME) ||
         (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

bool x_cap_at(const char *t, size_t pos, size_t end) {
  if (pos >= end)
    return false;
  int32_t cp;
  cp_at(t, pos, end, &cp);
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

size_t x_possessive_at(const char *t, size_t pos, size_t end) {
  if (pos < end && t[pos] == '\'') {
    if (pos + 1 < end && t[pos + 1] == 's' &&
        (pos + 2 >= end || !isalnum((unsigned char)t[pos + 2])))
      return 2;
    if (pos + 1 >= end || !isalnum((unsigned char)t[pos + 1]))
      return 1;
  }
  if (pos + 2 < end && memcmp(t + pos, "\xE2\x80\x99", 3) == 0) {
    if (pos + 3 < end && t[pos + 3] == 's' &&
        (pos + 4 >= end || !isalnum((unsigned char)t[pos + 4])))
      return 4;
    return 3;
  }
  return 0;
}

/* Length of the word at t[pos]: letters and digits, with apostrophes,
   hyphens and periods inside it (not a trailing possessive). */
static size_t word_len(const char *t, size_t pos, size_t end) {
  size_t i = pos;
  while (i < end) {
    int32_t cp;
    size_t k = cp_at(t, i, end, &cp);
    if (alnum_cp(cp)) {
      i += k;
      continue;
    }
    bool inner = (cp == '\'' || cp == 0x2019 || cp == '-' || cp == '.' ||
                  cp == '&') &&
                 i > pos && i + k < end;
    if (inner && (cp == '\'' || cp == 0x2019) && x_possessive_at(t, i, end))
      break;
    if (inner) {
      int32_t next;
      cp_at(t, i + k, end, &next);
      if (alnum_cp(next)) {
        i += k;
        continue;
      }
    }
    break;
  }
  return i - pos;
}

static bool is_particle(const char *t, size_t pos, size_t n) {
  for (size_t i = 0; i < SKG_ARRAY_LEN(PARTICLES); i++)
    if (strlen(PARTICLES[i]) == n && memcmp(PARTICLES[i], t + pos, n) == 0)
      return true;
  return false;
}

/* An initial is one capital and a period: "J." */
static size_t initial_len(const char *t, size_t pos, size_t end) {
  if (pos + 1 < end && isupper((unsigned char)t[pos]) && t[pos + 1] == '.' &&
      (pos + 2 >= end || t[pos + 2] == ' '))
    return 2;
  return 0;
}

/* Length of a quoted nickname "Foggy" at pos followed by a space and a
   capitalised word, or 0. */
static size_t nickname_len(const char *t, size_t pos, size_t end) {
  if (pos >= end || t[pos] != '"' || !x_cap_at(t, pos + 1, end))
    return 0;
  size_t w = word_len(t, pos + 1, end);
  size_t q = pos + 1 + w;
  if (q + 2 < end && t[q] == '"' && t[q + 1] == ' ' && x_cap_at(t, q + 2, end))
    return q + 1 - pos;
  return 0;
}

/* Length of the next name part at pos (a capitalised word or an initial),
   or 0. */
static size_t part_len(const char *t, size_t pos, size_t end) {
  size_t k = initial_len(t, pos, end);
  if (k)
    return k;
  if (!x_cap_at(t, pos, end))
    return 0;
  return word_len(t, pos, end);
}

size_t x_name_len(const char *t, size_t pos, size_t end) {
  size_t first = part_len(t, pos, end);
  if (!first)
    return 0;
  size_t i = pos + first;
  for (;;) {
    if (i >= end || t[i] != ' ')
      break;
    size_t j = i + 1, k;
    if ((k = nickname_len(t, j, end))) {
      i = j + k; /* the space after the nickname is consumed next round */
      continue;
    }
    size_t w = word_len(t, j, end);
    if (w && is_particle(t, j, w) && j + w < end && t[j + w] == ' ' &&
        x_cap_at(t, j + w + 1, end)) {
      j += w + 1;
    }
    if (!(k = part_len(t, j, end)))
      break;
    i = j + k;
  }
  /* An initial's period is kept; any other trailing period is not. */
  while (i > pos && (t[i - 1] == '-' || t[i - 1] == '\''))
    i--;
  return i - pos;
}

size_t x_skip_space(const char *t, size_t pos, size_t end) {
  while (pos < end && (t[pos] == ' ' || t[pos] == '\t'))
    pos++;
  return pos;
}

bool x_word_at(const char *t, size_t pos, size_t end, const char *w) {
  size_t n = strlen(w);
  if (pos + n > end)
    return false;
  for (size_t i = 0; i < n; i++)
    if (tolower((unsigned char)t[pos + i]) != tolower((unsigned char)w[i]))
      return false;
  return pos + n == end || !isalnum((unsigned char)t[pos + n]);
}

size_t x_find(const char *t, size_t pos, size_t end, const char *needle) {
  size_t n = strlen(needle);
  for (size_t i = pos; i + n <= end; i++)
    if (t[i] == needle[0] && memcmp(t + i, needle, n) == 0)
      return i;
  return end;
}

/* Number of space-separated words in s[0..n); the last word's start. */
static size_t count_words(const char *s, size_t n, size_t *last,
                          size_t *firstlen) {
  size_t words = 0;
  *last = 0;
  *firstlen = 0;
  for (size_t i = 0; i < n;) {
    while (i < n && s[i] == ' ')
      i++;
    if (i >= n)
      break;
    size_t st = i;
    while (i < n && s[i] != ' ')
      i++;
    if (!words)
      *firstlen = i - st;
    *last = st;
    words++;
  }
  return words;
}

bool x_company_like(const char *s, size_t n) {
  size_t last, firstlen;
  if (count_words(s, n, &last, &firstlen) < 2)
    return false;
  size_t ln = n - last;
  while (ln && s[last + ln - 1] == '.')
    ln--;
  return skg_lex_has(SKG_LEX_COMPANY_SUFFIXES, s + last, ln);
}

bool x_person_like(const char *s, size_t n, bool single) {
  size_t last, firstlen;
  size_t words = count_words(s, n, &last, &firstlen);
  if (words < (single ? 1u : 2u) || words > 5)
    return false;
  if (skg_lex_has(SKG_LEX_NOT_NAMES, s, firstlen) ||
      skg_lex_has(SKG_LEX_MONTHS, s, firstlen))
    return false;
  if (x_company_like(s, n) || memchr(s, '.', n) == s + n - 1)
    return false;
  for (size_t i = 0; i < n; i++)
    if (isdigit((unsigned char)s[i]) || s[i] == '&')
      return false;
  return true;
}

/* Length of a list separator at pos: ", ", ", and ", " and ", "; ". */
static size_t separator_len(const char *t, size_t pos, size_t end) {
  static const char *const SEPS[] = {", and ", ", & ", ", ", " and ", " & "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(SEPS); i++) {
    size_t n = strlen(SEPS[i]);
    if (pos + n <= end && memcmp(t + pos, SEPS[i], n) == 0)
      return n;
  }
  return 0;
}

size_t x_name_list(const char *t, size_t pos, size_t end, x_span *out,
                   size_t max, size_t *stop) {
  size_t n = 0, i = pos;
  *stop = pos;
  while (n < max) {
    size_t k = x_name_len(t, i, end);
    if (!k)
      break;
    out[n++] = (x_span){i, k};
    i += k;
    *stop = i;
    size_t s = separator_len(t, i, end);
    if (!s || !x_cap_at(t, i + s, end))
      break;
    i += s;
  }
  return n;
}
