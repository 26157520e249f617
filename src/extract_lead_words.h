/* extract_lead_words.h: cue phrases of data/ lists read backwards from a
   position, or only as the data writes them (lower case), for the lead
   families (extract_lead_words.c); a phrase of a list at a position,
   forwards and in any case, is xc_lex_len (xmatch.h). */
#ifndef SKG_EXTRACT_LEAD_WORDS_H
#define SKG_EXTRACT_LEAD_WORDS_H

#include "lexicon.h"
#include "vocab.h"
#include "xmatch.h"

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

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

/* xc_lex_len of a phrase written in lower case, as the data gives it. */
static inline size_t xl_lower_lex_len(const char *t, size_t pos, size_t end,
                                      skg_lex lex) {
  size_t n = xc_lex_len(t, pos, end, lex);
  return n && xl_no_capital(t, pos, pos + n) ? n : 0;
}

/* Where the word at p of a lead ends: a space, a comma, the sentence's
   last dot. */
size_t xl_word_end(const char *t, size_t p, size_t end);

/* What a lead's description is when it names no work noun: its words
   words[0..nw), cut at stop, end with a genre noun of
   data/genre_leads.tsv ("a 1955 thriller directed by", "a 1982 courtroom
   drama starring"), a year before it or a maker word after it, and no
   word of another kind of work before it ("a 1962 stage musical"):
   Film, else SKG_ENT_COUNT. */
skg_ent xl_genre_kind(const char *t, const size_t *words, size_t nw,
                      size_t stop, size_t end);

#endif
