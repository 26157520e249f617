/* extract_lead_words.c: cue phrases of data/ lists read backwards from a
   position (extract_lead_words.h). */
#include "extract_lead_words.h"

#include "xmatch.h"

#include <string.h>

size_t xl_lex_ending(const char *t, size_t lo, size_t v, skg_lex lex) {
  const skg_lexicon *l = &SKG_LEXICONS[lex];
  if (v == lo || t[v - 1] != ' ')
    return v;
  for (size_t i = 0; i < l->n; i++) {
    size_t n = strlen(l->v[i].key);
    if (xc_ends(t, lo, v - 1, l->v[i].key, n) &&
        (v - 1 == lo + n || t[v - 1 - n - 1] == ' '))
      return v - 1 - n;
  }
  return v;
}
