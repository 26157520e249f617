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
   samples their subjects to place the range bounds.

   One subject can hold more statements than a pass: the run's
   prov:used names every document (a million small documents: 245,000
   distinct IRIs, ~100 MB in raptor, bench/memory.md). A bound inside
   such a subject also orders its statements, by a hash of (predicate,
   object text), so the subject is written by several passes, its block
   repeated, which Turtle allows (the same triples; only such graphs'
   bytes differ from one serializer's). */
#include "write_turtle_split.h"

#include "alloc.h"
#include "table.h"

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
   memory (bench/memory.md). A test build may set it smaller; so may the
   test hook SKG_TEST_TURTLE_PASS (rdf_split_new). */
#ifndef SKG_TURTLE_PASS /* small in a test build, to split small graphs */
#define SKG_TURTLE_PASS (150 * 1000)
#endif
enum {
  PASS_STATEMENTS = SKG_TURTLE_PASS,
  MAX_PASSES = 512,
  SAMPLE = 32768 /* 64 a pass at most: even passes */
};

/* A sampled statement: its subject, and the key that orders a large
   subject's statements (key_of). */
typedef struct {
  raptor_uri *s;
  uint64_t key;
} stmt_sample;

/* A pass bound: a sample, with its key used (inside a large subject) or
   not (the bound is the subject's first statement). */
typedef struct {
  const stmt_sample *at; /* NULL: open */
  bool keyed;
} bound;

struct rdf_split {
  bool survey;                /* counting pass: nothing is serialized */
  size_t n;                   /* statements seen by the survey */
  size_t budget;              /* statements a pass */
  stmt_sample sample[SAMPLE]; /* reservoir of statements */
  size_t nsample;
  uint64_t rng;
  bound lo, hi; /* this pass: lo <= statement < hi */
};

/* Test hook: SKG_TEST_TURTLE_PASS=N makes a pass hold N statements, so
   that a small graph is split, its large subjects too
   (tests/checks/turtle_split.sh). Read once an export. */
static size_t pass_budget(void) {
  const char *v = getenv("SKG_TEST_TURTLE_PASS");
  long n = v ? strtol(v, NULL, 10) : 0;
  return n > 0 ? (size_t)n : PASS_STATEMENTS;
}

rdf_split *rdf_split_new(void) {
  rdf_split *s = skg_xcalloc(1, sizeof *s);
  s->survey = true;
  s->budget = pass_budget();
  s->rng = 0x9E3779B97F4A7C15u; /* fixed: the same bounds every run */
  return s;
}

void rdf_split_free(rdf_split *s) {
  if (!s)
    return;
  for (size_t i = 0; i < s->nsample; i++)
    raptor_free_uri(s->sample[i].s);
  free(s);
}

static uint64_t next_random(rdf_split *s) {
  s->rng ^= s->rng << 13;
  s->rng ^= s->rng >> 7;
  s->rng ^= s->rng << 17;
  return s->rng;
}

/* The key of (p, o) among one subject's statements: a hash, any total
   order serving (raptor sorts each pass's statements itself); equal keys
   only keep two statements in the same pass. */
static uint64_t key_of(const char *p, const char *o) {
  return skg_hash_mix(skg_hash_words(p, strlen(p)),
                      o ? skg_hash_words(o, strlen(o)) : 0);
}

/* Reservoir sampling (algorithm R): every statement has the same chance
   to be kept, so the sample's quantiles split the statements, not the
   subjects, evenly. */
static void survey(rdf_split *s, raptor_uri *u, const char *p, const char *o) {
  size_t at = s->n++;
  if (at >= SAMPLE) {
    at = (size_t)(next_random(s) % s->n);
    if (at >= SAMPLE)
      return;
    raptor_free_uri(s->sample[at].s);
  } else {
    s->nsample++;
  }
  s->sample[at] = (stmt_sample){raptor_uri_copy(u), key_of(p, o)};
}

static int cmp_key(uint64_t a, uint64_t b) { return (a > b) - (a < b); }

/* Where the statement (u, p, o) lies from bound b: < 0 before, >= 0 at
   or after. The key is only read for a statement of a keyed bound's
   subject, so other statements cost one IRI comparison, as before. */
static int from_bound(raptor_uri *u, const char *p, const char *o,
                      const bound *b) {
  int c = raptor_uri_compare(u, b->at->s);
  return c || !b->keyed ? c : cmp_key(key_of(p, o), b->at->key);
}

bool rdf_split_keeps(rdf_split *s, const raptor_term *subject, const char *p,
                     const char *o) {
  if (!s || subject->type != RAPTOR_TERM_TYPE_URI)
    return !s || !s->survey;
  raptor_uri *u = subject->value.uri;
  if (s->survey) {
    survey(s, u, p, o);
    return false;
  }
  return (!s->lo.at || from_bound(u, p, o, &s->lo) >= 0) &&
         (!s->hi.at || from_bound(u, p, o, &s->hi) < 0);
}

/* raptor_uri_compare orders IRIs as memcmp over their bytes, shorter
   first on a tie, which is strcmp's order. Every IRI X beginning with
   prefix is >= prefix, so none is below hi when prefix >= hi (or, at a
   keyed bound, when prefix > hi: hi's own subject may have statements
   below it); and all are below lo when prefix < lo and lo does not
   itself begin with prefix (the first byte where they differ is
   prefix's, and smaller). */
bool rdf_split_skips_prefix(const rdf_split *s, const char *prefix) {
  if (!s || s->survey)
    return false;
  if (s->hi.at) {
    int c = strcmp(prefix, (const char *)raptor_uri_as_string(s->hi.at->s));
    if (c > 0 || (c == 0 && !s->hi.keyed))
      return true;
  }
  if (!s->lo.at)
    return false;
  const char *lo = (const char *)raptor_uri_as_string(s->lo.at->s);
  return strcmp(prefix, lo) < 0 && strncmp(lo, prefix, strlen(prefix)) != 0;
}

static int by_statement(const void *a, const void *b) {
  const stmt_sample *x = a, *y = b;
  int c = raptor_uri_compare(x->s, y->s);
  return c ? c : cmp_key(x->key, y->key);
}

size_t rdf_split_passes(rdf_split *s) {
  s->survey = false;
  if (s->n <= s->budget)
    return 1;
  qsort(s->sample, s->nsample, sizeof *s->sample, by_statement);
  size_t k = (s->n + s->budget - 1) / s->budget;
  if (k > MAX_PASSES)
    k = MAX_PASSES;
  return k < s->nsample ? k : s->nsample;
}

/* Bound j of k (0 < j < k): the sample at the j/k quantile. */
static const stmt_sample *quantile(const rdf_split *s, size_t j, size_t k) {
  return &s->sample[j * s->nsample / k];
}

static bool same_subject(const stmt_sample *a, const stmt_sample *b) {
  return raptor_uri_equals(a->s, b->s) != 0;
}

/* Bound j's sample, keyed when its subject is also a neighbouring
   bound's: the subject then fills a whole pass's share of the sample,
   more than a pass should hold, and is split at its statements. A
   smaller subject stays whole in one pass, as it always was, so the
   bytes of every graph without such a subject are unchanged. */
static bound bound_at(const rdf_split *s, size_t j, size_t k) {
  if (j == 0 || j >= k)
    return (bound){NULL, false};
  const stmt_sample *at = quantile(s, j, k);
  bool keyed = (j > 1 && same_subject(quantile(s, j - 1, k), at)) ||
               (j + 1 < k && same_subject(quantile(s, j + 1, k), at));
  return (bound){at, keyed};
}

/* Pass i of k (k from rdf_split_passes) takes the statements between the
   sample's i/k and (i+1)/k quantiles. */
void rdf_split_pass(rdf_split *s, size_t i, size_t k) {
  s->lo = bound_at(s, i, k);
  s->hi = bound_at(s, i + 1, k);
}
