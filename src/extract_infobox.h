/* extract_infobox.h: facts from the infobox fields a reader found
   (doc.h skg_field), and the "is this page about a work?" test of
   --only-works. */
#ifndef SKG_EXTRACT_INFOBOX_H
#define SKG_EXTRACT_INFOBOX_H

#include "doc.h"

#include <stdbool.h>

/* True when d is about a film or a series: it has an {{Infobox film}} or
   {{Infobox television}}, or the lead rule types its first sentences'
   subject as Series or Film. */
bool skg_extract_is_work(const skg_doc *d);

#endif
