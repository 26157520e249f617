/* quote.h: the context of a quote, for the prefix and suffix of a W3C Web
   Annotation TextQuoteSelector (docs/rdf-model.md, evidence): a few words
   before and after a sentence, enough to find it again in a newer
   revision of the page when the offsets have moved. */
#ifndef SKG_QUOTE_H
#define SKG_QUOTE_H

#include <stddef.h>

enum { SKG_QUOTE_CONTEXT = 32 }; /* bytes at most on either side */

/* For the quote text[start..end) of the n-byte UTF-8 text: *pre is where
   its prefix starts (it ends at start) and *post where its suffix ends
   (it starts at end); each at most SKG_QUOTE_CONTEXT bytes, never
   splitting a character. */
void skg_quote_context(const char *text, size_t n, size_t start, size_t end,
                       size_t *pre, size_t *post);

#endif
