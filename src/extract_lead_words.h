/* extract_lead_words.h: a cue word of a data/ list at a position, read
   the way x_word_at reads one word of a C table, so that the lead
   families' cue words can live in data/ lists (extract_lead_words.c). */
#ifndef SKG_EXTRACT_LEAD_WORDS_H
#define SKG_EXTRACT_LEAD_WORDS_H

#include "lexicon.h"
#include "xmatch.h"

#include <stdbool.h>
#include <stddef.h>

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

/* xp_find (xmatch.h) for a row whose cue is one literal word: the
   candidates are found with x_find, which skips text faster than the
   matcher's byte-by-byte walk; the same first match. */
bool xl_row_find(const xp_row *r, const char *t, size_t lo, size_t from,
                 size_t end, xp_match *m);

/* The length of a string literal, counted by the compiler. */
#define XL_LEN(lit) (sizeof(lit) - 1)

#endif
