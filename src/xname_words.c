/* xname_words.c: the word tests the name scanner (xname.c) and the name
   kinds (xname_kind.c) share: a cue word or literal at a position
   (x_word_at, x_at of xctx.h) and the small words of a title. Moved out
   of xname.c so that the two modules above it do not call each other. */
#include "xname_words.h"
#include "xctx.h"

#include <ctype.h>
#include <string.h>

/* ASCII lower case: what tolower does in the C locale the program runs
   in, without its table look-up. */
static inline int lower_ascii(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* x_word_at and x_at run at nearly every word for many cue words: they
   compare as they walk the cue (no strlen first) and stop at the first
   difference, usually the first byte. */
bool x_word_at_rest(const char *t, size_t pos, size_t end, const char *w) {
  size_t i = 0;
  for (; w[i]; i++)
    if (pos + i >= end || lower_ascii((unsigned char)t[pos + i]) !=
                              lower_ascii((unsigned char)w[i]))
      return false;
  if (pos + i > end) /* an empty cue past the end */
    return false;
  return pos + i == end || !isalnum((unsigned char)t[pos + i]);
}

bool x_at_rest(const char *t, size_t pos, size_t end, const char *s) {
  for (size_t i = 0; s[i]; i++)
    if (pos + i >= end || t[pos + i] != s[i])
      return false;
  return pos <= end;
}

/* Small words that may sit between the capitalised words of a title. */
static const char *const TITLE_SMALL[] = {
    "of",   "the", "a",   "an", "for", "in", "on", "to",   "at",  "with",
    "from", "de",  "del", "la", "le",  "vs", "v",  "into", "upon"};

bool xw_small_word(const char *t, size_t pos, size_t n, bool joiners) {
  if (joiners && ((n == 3 && memcmp(t + pos, "and", 3) == 0) ||
                  (n == 2 && memcmp(t + pos, "or", 2) == 0)))
    return true;
  for (size_t i = 0; i < SKG_ARRAY_LEN(TITLE_SMALL); i++)
    if (xw_same_word(TITLE_SMALL[i], t + pos, n))
      return true;
  return false;
}
