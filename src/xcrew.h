/* xcrew.h: what extract_crew.c shares with extract_crew_read.c (the
   readers of role nouns, works and people lists), extract_crew_employers.c
   (the job-title reader and the employer rules run on each prose
   sentence) and extract_crew_part.c (whose part a role noun names).
   Internal to those files. */
#ifndef SKG_XCREW_H
#define SKG_XCREW_H

#include "xsent.h"

/* Most people, works or companies a list names. */
#define MAX_LIST 24

/* extract_crew_read.c: a crew role noun at p ("cinematographer",
   "executive producers", "Showrunner"); returns its length and sets
   *pred, or 0. */
size_t xc_role_at(const sent *s, size_t p, skg_pred *pred);
/* "showrunners and executive producers" at p: up to 3 roles after an
   optional article or "the film's". Returns the end, or p when none. */
size_t xc_roles_at(const sent *s, size_t p, skg_pred *out, size_t *n);
/* "the miniseries", "the series'", "this film": the article's own work.
   Returns the length or 0. */
size_t xc_own_work_len(const sent *s, size_t p);
/* Length of "the film's " or "the series' " at p, with the space after
   it; 0 if none. */
size_t xc_own_possessive_len(const sent *s, size_t p);
/* A list of work references ("the first season of A and the first
   episode of B", "A, B, and C"); a title the text does not know is made
   a make (SKG_ENT_COUNT: none). Returns how many. */
size_t xc_work_refs(sent *s, size_t p, skg_eid *out, size_t max, size_t *stop,
                    skg_ent make);
/* A list of people ("A, B, C, and Studio head D"). */
size_t xc_people(const sent *s, size_t p, x_span *out, size_t max,
                 size_t *stop);
/* The leftmost list of people in the sentence that ends exactly at e. */
size_t xc_people_before(const sent *s, size_t e, x_span *out, size_t max);
/* Adds role facts for each person of who to each work of w (pairwise:
   the i-th person with the i-th work). */
void xc_credit(sent *s, const x_span *who, size_t nwho, const skg_pred *r,
               size_t nr, const skg_eid *w, size_t nw, bool pairwise,
               const char *rule);

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
