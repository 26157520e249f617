/* write_turtle_split.c: Turtle of a large graph in several passes.

   raptor's Turtle serializer keeps every statement until the end (it
   groups them by subject and writes the subjects in IRI order), about
   230 bytes a statement: most of a large export's memory. raptor 2.0.15's
   serialize_flush writes the subjects so far but keeps them, so it
   cannot free as it goes. Instead the graph is written once per range of
   subject IRIs, each pass by a fresh serializer that holds only its
   range: the ranges follow raptor's subject order, so their outputs,
   with the prefix header written once, are the bytes one serializer
   would have written. A first pass only counts the statements and
   samples their subjects to place the range bounds. */
#include "write_turtle_split.h"

#include "alloc.h"

#include <stdlib.h>

/* Statements a pass may hold (about 70 MB in raptor); a graph with no
   more is written in one pass, as before. Every pass walks the whole
   graph again (about a tenth of the Turtle writer's time each), so past
   MAX_PASSES the passes grow instead: time stays within a few times the
   one-pass writer's, memory still a MAX_PASSES-th of it. */
#ifndef SKG_TURTLE_PASS /* small in a test build, to split small graphs */
#define SKG_TURTLE_PASS (300 * 1000)
#endif
enum { PASS_STATEMENTS = SKG_TURTLE_PASS, MAX_PASSES = 32, SAMPLE = 4096 };

struct rdf_split {
  bool survey;                /* counting pass: nothing is serialized */
  size_t n;                   /* statements seen by the survey */
  raptor_uri *sample[SAMPLE]; /* reservoir of subjects, one a statement */
  size_t nsample;
  uint64_t rng;
  raptor_uri *lo, *hi; /* this pass: lo <= subject < hi; NULL is open */
};

rdf_split *rdf_split_new(void) {
  rdf_split *s = skg_xcalloc(1, sizeof *s);
  s->survey = true;
  s->rng = 0x9E3779B97F4A7C15u; /* fixed: the same bounds every run */
  return s;
}

void rdf_split_free(rdf_split *s) {
  if (!s)
    return;
  for (size_t i = 0; i < s->nsample; i++)
    raptor_free_uri(s->sample[i]);
  free(s);
}

static uint64_t next_random(rdf_split *s) {
  s->rng ^= s->rng << 13;
  s->rng ^= s->rng >> 7;
  s->rng ^= s->rng << 17;
  return s->rng;
}

/* Reservoir sampling (algorithm R): every statement's subject has the
   same chance to be kept, so the sample's quantiles split the
   statements, not the subjects, evenly. */
static void survey(rdf_split *s, raptor_uri *u) {
  size_t at = s->n++;
  if (at >= SAMPLE) {
    at = (size_t)(next_random(s) % s->n);
    if (at >= SAMPLE)
      return;
    raptor_free_uri(s->sample[at]);
  } else {
    s->nsample++;
  }
  s->sample[at] = raptor_uri_copy(u);
}

bool rdf_split_keeps(rdf_split *s, const raptor_term *subject) {
  if (!s || subject->type != RAPTOR_TERM_TYPE_URI)
    return !s || !s->survey;
  raptor_uri *u = subject->value.uri;
  if (s->survey) {
    survey(s, u);
    return false;
  }
  return (!s->lo || raptor_uri_compare(u, s->lo) >= 0) &&
         (!s->hi || raptor_uri_compare(u, s->hi) < 0);
}

static int by_iri(const void *a, const void *b) {
  return raptor_uri_compare(*(raptor_uri *const *)a, *(raptor_uri *const *)b);
}

size_t rdf_split_passes(rdf_split *s) {
  s->survey = false;
  if (s->n <= PASS_STATEMENTS)
    return 1;
  qsort(s->sample, s->nsample, sizeof *s->sample, by_iri);
  size_t k = (s->n + PASS_STATEMENTS - 1) / PASS_STATEMENTS;
  if (k > MAX_PASSES)
    k = MAX_PASSES;
  return k < s->nsample ? k : s->nsample;
}

/* Pass i of k (k from rdf_split_passes) takes the subjects between the
   sample's i/k and (i+1)/k quantiles. */
void rdf_split_pass(rdf_split *s, size_t i, size_t k) {
  s->lo = i ? s->sample[i * s->nsample / k] : NULL;
  s->hi = i + 1 < k ? s->sample[(i + 1) * s->nsample / k] : NULL;
}
