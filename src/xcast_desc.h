/* xcast_desc.h: a performer described before their name in a cast list
   ("and YouTube personality Ann Roe", "newcomer Cy Dunn"), issue 11
   (h-cls2). */
#ifndef SKG_XCAST_DESC_H
#define SKG_XCAST_DESC_H

#include <stddef.h>

/* Where the name after a performer's description at t[p..end) starts
   ("wrestler Bob Pike": at "Bob"), or p when none stands there. The
   description is a noun of data/performer_nouns.txt after at most two
   lower-case words or one capitalised one, and a capital follows it. */
size_t x_desc_skip(const char *t, size_t p, size_t end);
/* Where a character's name starts after a job at t[p] ("FBI agent Hal
   Brine": at "Hal"), or p. */
size_t x_acronym_job_skip(const char *t, size_t p, size_t end);

#endif
