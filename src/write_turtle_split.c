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
#include <string.h>

/* Statements a pass may hold (about 35 MB in raptor); a graph with no
   more is written in one pass, as before. Every pass walks the whole
   graph again, but skips another pass's nodes before making their terms
   (rdf_split_skips_prefix: a document and its sentences at once), so a
   pass costs little beyond its own statements; past MAX_PASSES (a graph
   of some 75 million statements) the passes grow instead. It was 300,000
   and 32 passes: a million small documents (36 million statements) then
   held 1.1 million statements a pass, the largest part of the run's
   memory (bench/memory.md). */
#ifndef SKG_TURTLE_PASS /* small in a test build, to split small graphs */
#define SKG_TURTLE_PASS (150 * 1000)
#endif
enum {
  PASS_STATEMENTS = SKG_TURTLE_PASS,
  MAX_PASSES = 512,
  SAMPLE = 32768 /* 64 a pass at most: even passes */
};

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

/* raptor_uri_compare orders IRIs as memcmp over their bytes, shorter
   first on a tie, which is strcmp's order. Every IRI X beginning with
   prefix is >= prefix, so none is below hi when prefix >= hi; and all are
   below lo when prefix < lo and lo does not itself begin with prefix (the
   first byte where they differ is prefix's, and smaller). */
bool rdf_split_skips_prefix(const rdf_split *s, const char *prefix) {
  if (!s || s->survey)
    return false;
  if (s->hi && strcmp(prefix, (const char *)raptor_uri_as_string(s->hi)) >= 0)
    return true;
  if (!s->lo)
    return false;
  const char *lo = (const char *)raptor_uri_as_string(s->lo);
  return strcmp(prefix, lo) < 0 && strncmp(lo, prefix, strlen(prefix)) != 0;
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
