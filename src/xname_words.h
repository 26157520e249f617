/* xname_words.h: the word tests under the name scanner, private to
   xname.c and xname_kind.c (both ask them at nearly every word, so the
   two smallest are inline here; xname_words.c holds the rest). Apart
   from xname.c so that xname_kind.c, which xname.c calls, calls nothing
   of xname.c back. */
#ifndef SKG_XNAME_WORDS_H
#define SKG_XNAME_WORDS_H

#include <stdbool.h>
#include <stddef.h>

/* True when s[0..n) is the word w: strlen(w) == n and the same bytes,
   stopping at the first difference (these small-word lists are asked at
   every word of a name). */
static inline bool xw_same_word(const char *w, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!w[i] || w[i] != s[i])
      return false;
  return !w[n];
}

/* Length of the lower-case ASCII word at t[pos]. */
static inline size_t xw_lower_len(const char *t, size_t pos, size_t end) {
  size_t i = pos;
  while (i < end && ((t[i] >= 'a' && t[i] <= 'z') || t[i] == '&'))
    i++;
  return i - pos;
}

/* True when t[pos..pos+n) is a small word that may sit between the
   capitalised words of a title ("of", "the", ...), or, when joiners, "and"
   or "or". */
bool xw_small_word(const char *t, size_t pos, size_t n, bool joiners);

#endif
