/* extract_lead_words.h: a cue word of a data/ list at a position, read
   the way x_word_at reads one word of a C table, so that the lead
   families' cue words can live in data/ lists (extract_lead_words.c). */
#ifndef SKG_EXTRACT_LEAD_WORDS_H
#define SKG_EXTRACT_LEAD_WORDS_H

#include "lexicon.h"
#include "xmatch.h"

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/* Length of the longest phrase of lex at t[pos] that ends at a word
   boundary (the end, or a byte that is no ASCII letter or digit), in
   any case; 0 when none. A phrase may hold hyphens and spaces
   ("co-produced", "principal photography": up to XL_LEX_BOUNDS
   boundaries). True of a list exactly when x_word_at is true of one of
   its words. */
enum { XL_LEX_BOUNDS = 4 };
size_t xl_lex_len(const char *t, size_t pos, size_t end, skg_lex lex);
static inline bool xl_lex_at(const char *t, size_t pos, size_t end,
                             skg_lex lex) {
  return xl_lex_len(t, pos, end, lex) > 0;
}

/* Where a phrase of lex and one space end at v, the phrase starting at lo
   or after a space ("would have been " before a verb), read backwards
   from v: returns where the phrase starts, or v when none does. The
   phrases are compared as the data gives them (lower case). */
size_t xl_lex_ending(const char *t, size_t lo, size_t v, skg_lex lex);

/* True when t[a..b) holds no ASCII capital: a list read as the data
   gives it (lower case), where the list look-up ignores case. */
static inline bool xl_no_capital(const char *t, size_t a, size_t b) {
  for (size_t i = a; i < b; i++)
    if (t[i] >= 'A' && t[i] <= 'Z')
      return false;
  return true;
}

/* xl_lex_len of a phrase written in lower case, as the data gives it. */
static inline size_t xl_lower_lex_len(const char *t, size_t pos, size_t end,
                                      skg_lex lex) {
  size_t n = xl_lex_len(t, pos, end, lex);
  return n && xl_no_capital(t, pos, pos + n) ? n : 0;
}

#endif
