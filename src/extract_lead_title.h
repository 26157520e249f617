/* extract_lead_title.h: the page's title line and the prose lines around
   it (extract_lead_title.c), for extract_lead.c. */
#ifndef SKG_EXTRACT_LEAD_TITLE_H
#define SKG_EXTRACT_LEAD_TITLE_H

#include "xrules.h"

/* True when sentence s reads as prose: long enough, without the table
   bar of captions and infobox lines, ending like a sentence. */
bool x_lead_prose(const char *t, const skg_span *s);
/* Length of a page title s[0..n) without the site's name (a web page's
   <title>: "Harbor Lights - Wikipedia") and without a qualifier
   ("Harbor Lights (1998 film)"). */
size_t x_title_core(const char *s, size_t n);
/* The title line above sentence si: the first line from the top of the
   document that is neither navigation nor an image caption, when no
   prose comes before it. Returns its length, *a its start; 0 when there
   is none. */
size_t x_title_above(const skg_doc *d, size_t si, size_t *a);
/* The name of a work whose lead at sentence si does not give it: the
   title line above (x_title_above), else the page title the reader knew,
   *a then X_PAGE_TITLE. Returns its length, 0 when there is neither. */
size_t x_subject_title(const skg_doc *d, size_t si, size_t *a);
/* The bytes of a title that starts at a: the page title for
   X_PAGE_TITLE, else the document's text at a. */
const char *x_title_bytes(const skg_doc *d, size_t a);
/* True when the lead's title t[a..a+tl) of sentence si is the title
   line's, else the page title's, with "The " before it ("The Night Ledger
   is" under "Night Ledger (TV series)"); *name, *n that title. */
bool x_article_added(const skg_doc *d, size_t si, size_t a, size_t tl,
                     const char **name, size_t *n);

#endif
