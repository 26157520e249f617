/* xlead.h: what the lead-makers files share (extract_lead_makers.c,
   extract_lead_companies.c and extract_lead_networks.c): the work a
   sentence is about, and the company and network rules run on sentences
   about it. Internal to those files; the family's entry point is
   x_rules_lead_makers (xctx.h). */
#ifndef SKG_XLEAD_H
#define SKG_XLEAD_H

#include "xrules.h"

/* The work the sentence is about and the series it belongs to (the
   series of an episode), with the evidence. */
typedef struct {
  skg_eid work, parent;
  skg_evidence ev;
} about;

/* The company named t[off..off+len): a known organisation, else a new
   company. */
skg_eid xl_company(x_ctx *x, const char *t, size_t off, size_t len);
/* States net as the network of the work and of its series. */
void xl_add_network(x_ctx *x, const about *ab, skg_eid net);

/* Most companies or makers a list names. */
#define MAX_ITEMS 24

/* ---- extract_lead_companies.c ---- */

/* "a co-production between A and B", "a production of A", "produced at
   Lark Studios", "a joint production between", "a Lark Pictures
   production": in a sentence about the work. */
void xl_coproduction(x_ctx *x, const about *ab, size_t p, size_t end);
/* "a 1950 Lark Pictures film": a company in the lead's description. */
void xl_description_company(x_ctx *x, const about *ab, size_t p, size_t end);
/* "animation production by C", "In production since 2002 at C", "The
   production companies were A and B", "under the C banner": cues that
   name the work's studio in any prose sentence si. */
void xl_studio_cues(x_ctx *x, size_t si);

/* ---- extract_lead_networks.c ---- */

/* "The CBS drama premiered in 2010": the network of a series whose
   sentence si opens with a known network and a series noun or genre. */
void xl_subject_network(x_ctx *x, size_t si, skg_eid parent);

/* "It aired on Fox", "first aired on May 5, 1993 on Nippon TV", "broadcast
   by N", "released on the streaming service N"; a studio that released a
   film is its production company. */
void xl_networks(x_ctx *x, const about *ab, size_t p, size_t end);
/* "It remained ABC's last series to air ...": a series that is one of a
   network's shows. */
void xl_possessive_network(x_ctx *x, const about *ab, size_t p, size_t end);
/* "a weekday BBC Two current affairs programme": a network named in the
   lead's description. */
void xl_description_network(x_ctx *x, const about *ab, size_t p, size_t end);

/* "NBC aired the series", "HBO renewed the show": a network as the
   subject of a verb whose object is the work (a series only). */
void xl_active_network(x_ctx *x, size_t si, skg_eid parent);

#endif
