/* xcrew.h: what extract_crew.c shares with extract_crew_employers.c
   (the job-title reader and the employer rules run on each prose
   sentence) and extract_crew_part.c (whose part a role noun names).
   Internal to those files. */
#ifndef SKG_XCREW_H
#define SKG_XCREW_H

#include "xsent.h"

/* Most people, works or companies a list names. */
#define MAX_LIST 24

/* Length of a job title at p ("head", "vice president of original
   content", "editor-in-chief"), with its "of ..." words; 0 if none. */
size_t xc_job_at(const sent *s, size_t p);

/* "Studio COO Ann Roe", "colorist Ann Roe of Lab's Finishing": the person
   works for the company. */
void xc_employers(sent *s);

/* "Studio A and Studio B would provide Network with live action series
   centered around X, Y, and Z": the companies made the series, the
   network carried them. */
void xc_provided_series(sent *s);

/* extract_crew_part.c: true when the words at q after the names give
   them another part than the role (a song as the object, a plan). */
bool xc_other_part_at(const sent *s, size_t q);
/* True when the sentence's "It"/"Its" goes on with another work named
   before it in the paragraph. */
bool xc_it_after_other_work(const sent *s);
/* True when the word before the one at w makes that work noun another
   work ("the first film's"). */
bool xc_prior_work_word(const sent *s, size_t w);

#endif
