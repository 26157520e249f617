/* extract_lead_work.h: the work a character or season lead names after
   "in" or "season of" (extract_lead_work.c), for extract_lead.c. */
#ifndef SKG_EXTRACT_LEAD_WORK_H
#define SKG_EXTRACT_LEAD_WORK_H

#include "xrules.h"

/* Skips the words between "in" and a title in a character lead: an
   owner's possessive ("Ann Roe's", "Lark Pictures'"), then lower-case
   words, numbers, work nouns ("49th animated feature film") and the
   capitalised words that describe the work ("the American soap opera",
   "the ABC soap opera": *net gets a network named so). Sets the owner's
   span, the work type and returns where the title starts, or 0. */
size_t x_owner_and_kind(const char *t, size_t p, size_t end, x_span *own,
                        x_span *net, skg_ent *type);
/* A title that may also go on over two small words ("The Prince and the
   Frog", "The Return of the Tide"), which x_title_len stops at. */
size_t x_long_title_len(const char *t, size_t p, size_t end);

#endif
