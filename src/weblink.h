/* weblink.h: IRIs of pages on the web of data that a document or an entity
   is the same as: a Wikipedia page, its DBpedia resource. One place, so
   that the readers (a wiki page's own URL) and the RDF writer (an entity's
   links out) spell them the same way. */
#ifndef SKG_WEBLINK_H
#define SKG_WEBLINK_H

#include "buf.h"

#include <stdbool.h>
#include <stddef.h>

/* Appends "https://LANG.wikipedia.org/wiki/" and the page name of title
   (n bytes) to out: spaces and underscores are '_', runs folded, none at
   either end; the first letter upper-cased when it is ASCII (MediaWiki's
   first-letter rule); '#' ends the name (a link to a section); bytes that
   an IRI cannot hold as they are (controls, space, "<>\"\\^`{|}%?)
   percent-encoded. lang NULL or "" is "en". Appends nothing and returns
   false when the name is empty. */
bool skg_weblink_wikipedia(const char *lang, const char *title, size_t n,
                           skg_buf *out);
/* Is url a page of a Wikipedia ("https://LANG.wikipedia.org/wiki/...")? */
bool skg_weblink_is_wikipedia(const char *url);
/* The page of title on the Wikipedia of the page source (a document's
   own IRI), when source is a Wikipedia page; else appends nothing and
   returns false (a link in any other page names no known site). */
bool skg_weblink_page_of(const char *source, const char *title, skg_buf *out);
/* The DBpedia resource of a Wikipedia page URL (its language's DBpedia);
   false, appending nothing, when url is not a Wikipedia page. */
bool skg_weblink_dbpedia_of(const char *url, skg_buf *out);
#endif
