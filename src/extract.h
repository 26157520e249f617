/* extract.h: turns one document into facts in the graph. The rule families
   (extract_*.c) share the context and helpers declared in xctx.h. */
#ifndef SKG_EXTRACT_H
#define SKG_EXTRACT_H

#include "doc.h"
#include "graph.h"
#include "skg.h"

/* Extracts entities and facts from d into g, with evidence pointing at d's
   sentences. Never fails on odd text: what no rule understands is skipped. */
skg_status skg_extract(skg_graph *g, const skg_doc *d, skg_error *err);

#endif
