/* write_turtle_split.h: internal to the RDF writer: the subject ranges of
   a Turtle export written in several passes (see write_turtle_split.c).
   The splitter owns its sampled subjects (raptor references). */
#ifndef SKG_WRITE_TURTLE_SPLIT_H
#define SKG_WRITE_TURTLE_SPLIT_H
#include <raptor2.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct rdf_split rdf_split;

/* A splitter in its survey: rdf_split_keeps counts and keeps nothing. */
rdf_split *rdf_split_new(void);
void rdf_split_free(rdf_split *s);
/* Is the statement (subject, p, o) written in this pass? o is the
   object's text (an IRI or a literal's lexical form; NULL: none), which
   orders the statements of a subject too large for one pass. Always
   true for a NULL splitter. */
bool rdf_split_keeps(rdf_split *s, const raptor_term *subject, const char *p,
                     const char *o);
/* True when no subject IRI beginning with prefix is written in this pass,
   so that a writer can skip a whole node (a document and its sentences)
   without making its terms. Never true for a NULL splitter or in the
   survey, which must count every statement. */
bool rdf_split_skips_prefix(const rdf_split *s, const char *prefix);
/* Ends the survey; returns how many passes to make (1: no split). */
size_t rdf_split_passes(rdf_split *s);
/* Selects pass i of k. */
void rdf_split_pass(rdf_split *s, size_t i, size_t k);
#endif
