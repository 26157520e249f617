/* xcast_desc.h: a performer described before their name in a cast list
   ("and YouTube personality Ann Roe", "newcomer Cy Dunn"), issue 11
   (h-cls2), and a list of roles parallel to a list of actors (h-cast11). */
#ifndef SKG_XCAST_DESC_H
#define SKG_XCAST_DESC_H

#include "xctx.h"

#include <stddef.h>

/* Where the name after a performer's description at t[p..end) starts
   ("wrestler Bob Pike": at "Bob"), or p when none stands there. The
   description is a noun of data/performer_nouns.txt after at most two
   lower-case words or one capitalised one, and a capital follows it. */
size_t x_desc_skip(const char *t, size_t p, size_t end);
/* Where a character's name starts after a job at t[p] ("FBI agent Hal
   Brine": at "Hal"), or p. */
size_t x_acronym_job_skip(const char *t, size_t p, size_t end);
/* "A, B and C as D, E and F[, respectively]": the n actors at spans
   actor (the last with " as " after it, the others with no role), then
   as many names from t[c] on, written with the same separators as the
   actors or followed by "respectively". Stores the i-th name in
   role[i] and returns where the roles end; 0 when they are not parallel
   ("A, B as D, and C": C is an actor too). */
size_t x_parallel_roles(const char *t, size_t c, size_t end,
                        const x_span *actor, size_t n, x_span *role);

#endif
