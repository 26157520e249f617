/* extract_crew_lead_other.h: whether a sentence is about another work
   because it, or a sentence before it in its paragraph, is that work's
   own lead (extract_crew_lead_other.c); walked by the own-work crew
   rules (extract_crew_own.c) and the lead makers (extract_lead_makers.c)
   before they credit the article's work. */
#ifndef SKG_EXTRACT_CREW_LEAD_OTHER_H
#define SKG_EXTRACT_CREW_LEAD_OTHER_H

#include "xctx.h"

#include <stdbool.h>
#include <stddef.h>

/* Whether sentence si is about another work, for a walk over the
   sentences in order: before is the answer for sentence si - 1 (false
   for the first sentence walked). True when si, or one before it in its
   paragraph, says what another dated work is ("Harbor Row is a 1998
   American drama film directed by A"); never for the page's lead
   sentence lead (d->nsents: none). */
bool x_other_lead_step(const x_ctx *x, size_t si, size_t lead, bool before);

#endif
