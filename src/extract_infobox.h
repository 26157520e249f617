/* extract_infobox.h: facts from the infobox fields a reader found
   (doc.h skg_field), and the "is this page about a work?" test of
   --only-works. */
#ifndef SKG_EXTRACT_INFOBOX_H
#define SKG_EXTRACT_INFOBOX_H

#include "doc.h"
#include "vocab.h"

#include <stdbool.h>

/* True when d is about a film or a series: it has an {{Infobox film}} or
   {{Infobox television}}, or the lead rule types its first sentences'
   subject as Series or Film. */
bool skg_extract_is_work(const skg_doc *d);

/* The fact an infobox field of key states (data/infobox_fields.tsv): the
   predicate and the type of the entities its items name; false for a
   field that states none. */
bool skg_infobox_field_rule(const char *key, skg_pred *pred, skg_ent *type);

#endif
