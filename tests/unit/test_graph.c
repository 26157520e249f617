/* test_graph.c: identity, merging, symmetric facts and sorted order. */
#include "buf.h"
#include "fixture.h"
#include "graph.h"
#include "harness.h"

#include <stdio.h>
#include <string.h>

static const char *label_of(const skg_graph *g, skg_eid e) {
  return skg_sym_str(g, skg_graph_entity_at(g, e)->label);
}

static void test_identity(void) {
  skg_graph *g = skg_graph_new();
  skg_eid a = FX_ENT(g, SKG_ENT_PERSON, "Élodie Yung");
  skg_eid b = FX_ENT(g, SKG_ENT_ACTOR, "Elodie Yung");
  skg_eid c = FX_ENT(g, SKG_ENT_ACTOR, "Élodie Yung");
  skg_eid w = FX_ENT(g, SKG_ENT_SERIES, "Luke Cage");
  skg_eid ch = FX_ENT(g, SKG_ENT_CHARACTER, "Luke Cage");
  OK(a == b && b == c, "accents and type rank do not split a person");
  OK(w != ch, "a series and a character with one name are two entities");
  OK(skg_graph_type(g, a) == SKG_ENT_ACTOR, "Actor outranks Person");
  OK(FX_ENT(g, SKG_ENT_PERSON, "") == SKG_NONE, "empty label has no entity");
  OK(FX_ENT(g, SKG_ENT_PERSON, "\"--\"") == SKG_NONE, "punctuation only");
  skg_graph_add_label(g, ch, "Power Man", 9);
  OK(skg_graph_find(g, SKG_CLASS_CHARACTER, "power man", 9) == ch,
     "alternative labels find the entity");
  OK(FX_ENT(g, SKG_ENT_CHARACTER, "Power Man") == ch,
     "an alias key leads to the same entity");
  skg_graph_finish(g);
  OK(skg_graph_n_entities(g) == 3, "three entities, got %zu",
     skg_graph_n_entities(g));
  /* "Élodie Yung" is used twice, "Elodie Yung" once: the first is canonical */
  int found = 0;
  for (skg_eid e = 0; e < skg_graph_n_entities(g); e++)
    found += strcmp(label_of(g, e), "Élodie Yung") == 0;
  OK(found == 1, "the most used label is canonical");
  skg_graph_free(g);
}

static void test_facts(void) {
  skg_graph *g = skg_graph_new();
  skg_eid x = FX_ENT(g, SKG_ENT_CHARACTER, "Zed");
  skg_eid y = FX_ENT(g, SKG_ENT_CHARACTER, "Amy");
  skg_graph_add_fact(g, x, SKG_PRED_FRIEND_OF, y, NULL);
  skg_graph_add_fact(g, y, SKG_PRED_FRIEND_OF, x, NULL);
  skg_graph_add_fact(g, x, SKG_PRED_MENTOR_OF, y, NULL);
  skg_graph_add_fact(g, x, SKG_PRED_MENTOR_OF, x, NULL);
  skg_graph_finish(g);
  OK(skg_graph_n_facts(g) == 2, "symmetric pair stored once, got %zu",
     skg_graph_n_facts(g));
  const skg_fact *f = skg_graph_fact_at(g, 0);
  OK(f->p == SKG_PRED_FRIEND_OF || f->p == SKG_PRED_MENTOR_OF, "kinds");
  for (size_t i = 0; i < skg_graph_n_facts(g); i++) {
    f = skg_graph_fact_at(g, i);
    if (f->p == SKG_PRED_FRIEND_OF)
      STR_EQ(label_of(g, f->s), "Amy");
  }
  skg_graph_free(g);
}

static void test_fixture(void) {
  skg_graph *g = fixture_graph();
  OK(skg_graph_n_entities(g) == 12, "fixture entities %zu",
     skg_graph_n_entities(g));
  OK(skg_graph_n_performances(g) == 2, "two full performances, got %zu",
     skg_graph_n_performances(g));
  OK(skg_graph_n_reviews(g) == 1, "one review");
  for (skg_eid e = 1; e < skg_graph_n_entities(g); e++) {
    const skg_entity *a = skg_graph_entity_at(g, e - 1);
    const skg_entity *b = skg_graph_entity_at(g, e);
    OK(a->type < b->type ||
           (a->type == b->type &&
            strcmp(skg_sym_str(g, a->label), skg_sym_str(g, b->label)) < 0),
       "entities sorted at %u", e);
  }
  skg_graph_free(g);
  skg_graph_free(NULL);
}

/* Document "a" (doc index 0 of its own graph) or "b" stated into g: what
   an extractor would add for two articles about one series. */
static skg_evidence ev_of(skg_graph *g, uint32_t doc, size_t at) {
  return (skg_evidence){doc, at, at + 10, at, at + 10,
                        skg_graph_intern(g, "A sentence.", 11),
                        skg_graph_intern(g, "rule", 4), 0, 0};
}

static void add_a(skg_graph *g, uint32_t doc) {
  skg_eid w = FX_ENT(g, SKG_ENT_SERIES, "Copper Bay");
  skg_eid p = FX_ENT(g, SKG_ENT_PERSON, "Noé Varga");
  skg_eid c = FX_ENT(g, SKG_ENT_CHARACTER, "Iris Quay");
  skg_graph_add_label(g, c, "Captain Quay", 12);
  skg_evidence ev = ev_of(g, doc, 0);
  skg_graph_add_fact(g, w, SKG_PRED_DIRECTOR, p, &ev);
  skg_graph_add_literal(g, c, SKG_PRED_ALIAS, "Quay", 4, &ev);
}

static void add_b(skg_graph *g, uint32_t doc) {
  skg_eid w = FX_ENT(g, SKG_ENT_SERIES, "Copper Bay");
  skg_eid a = FX_ENT(g, SKG_ENT_ACTOR, "Noe Varga");
  skg_eid c = FX_ENT(g, SKG_ENT_CHARACTER, "Captain Quay");
  skg_eid n = FX_ENT(g, SKG_ENT_PUBLICATION, "The Tidings");
  skg_eid k = FX_ENT(g, SKG_ENT_CRITIC, "Lena Voss");
  skg_evidence ev = ev_of(g, doc, 20), ev2 = ev_of(g, doc, 40);
  skg_graph_add_performance(g, a, c, w, &ev);
  skg_graph_add_fact(g, w, SKG_PRED_DIRECTOR, a, &ev2);
  skg_graph_add_review(g, k, n, w, "3/5", &ev2);
}

/* One line per entity, fact, performance and review of a finished graph,
   with labels instead of numbers. */
static void describe(const skg_graph *g, skg_buf *b) {
  char line[512];
  for (skg_eid e = 0; e < skg_graph_n_entities(g); e++) {
    const skg_entity *x = skg_graph_entity_at(g, e);
    snprintf(line, sizeof line, "E %d %s alt=%u\n", (int)x->type,
             label_of(g, e), x->nalt);
    skg_buf_puts(b, line);
  }
  for (size_t i = 0; i < skg_graph_n_facts(g); i++) {
    const skg_fact *f = skg_graph_fact_at(g, i);
    snprintf(line, sizeof line, "F %s %d %s %s ev=%u\n", label_of(g, f->s),
             (int)f->p, f->o == SKG_NONE ? "-" : label_of(g, f->o),
             skg_sym_str(g, f->lit), f->nev);
    skg_buf_puts(b, line);
    for (uint32_t j = 0; j < f->nev; j++) {
      snprintf(line, sizeof line, "  doc %u at %u\n", f->ev[j].doc,
               f->ev[j].byte_start);
      skg_buf_puts(b, line);
    }
  }
  snprintf(line, sizeof line, "P %zu R %zu D %zu\n",
           skg_graph_n_performances(g), skg_graph_n_reviews(g),
           skg_graph_n_docs(g));
  skg_buf_puts(b, line);
}

/* Finishes both graphs and checks they describe the same; the merged
   one's description goes to got when it is not NULL. */
static void same_graphs(skg_graph *one, skg_graph *merged, skg_buf *got) {
  skg_buf want = SKG_BUF_INIT, mine = SKG_BUF_INIT;
  skg_graph_finish(one);
  skg_graph_finish(merged);
  describe(one, &want);
  describe(merged, got ? got : &mine);
  STR_EQ(skg_buf_str(got ? got : &mine), skg_buf_str(&want));
  skg_buf_free(&want);
  skg_buf_free(&mine);
}

static void test_merge(void) {
  /* Both documents stated into one graph ... */
  skg_graph *one = skg_graph_new();
  add_a(one, skg_graph_add_doc(one, "a.txt", "", 10));
  add_b(one, skg_graph_add_doc(one, "b.txt", "", 10));
  /* ... and each into its own, then merged in order. */
  skg_graph *ga = skg_graph_new(), *gb = skg_graph_new();
  add_a(ga, skg_graph_add_doc(ga, "a.txt", "", 10));
  add_b(gb, skg_graph_add_doc(gb, "b.txt", "", 10));
  skg_graph *m = skg_graph_new();
  skg_graph_merge(m, ga);
  skg_graph_merge(m, gb);
  skg_buf got = SKG_BUF_INIT;
  same_graphs(one, m, &got);
  OK(skg_graph_n_entities(m) == 5, "Noé Varga and Noe Varga are one, got %zu",
     skg_graph_n_entities(m));
  OK(skg_graph_n_performances(m) == 1 && skg_graph_n_reviews(m) == 1,
     "the performance and the review survive the merge");
  /* The director fact has evidence from both documents, renumbered. */
  OK(strstr(skg_buf_str(&got), "  doc 0 at 0\n  doc 1 at 40\n") != NULL,
     "evidence of both documents, with merged document numbers");
  skg_buf_free(&got);
  skg_graph_free(one);
  skg_graph_free(ga);
  skg_graph_free(gb);
  skg_graph_free(m);
}

/* A document that reaches an entity through its alternative name still
   votes for the canonical label, merged or not (found in review). */
static void labels_1(skg_graph *g) {
  skg_graph_add_doc(g, "d1", "", 1);
  skg_eid x = FX_ENT(g, SKG_ENT_PERSON, "Alpha");
  FX_ENT(g, SKG_ENT_PERSON, "ALPHA");
  skg_graph_add_label(g, x, "Beta", 4);
}

static void labels_2(skg_graph *g) {
  skg_graph_add_doc(g, "d2", "", 1);
  skg_eid e = FX_ENT(g, SKG_ENT_PERSON, "Beta");
  skg_graph_add_label(g, e, "Alpha", 5);
  FX_ENT(g, SKG_ENT_PERSON, "Alpha");
}

static void test_merge_labels(void) {
  skg_graph *one = skg_graph_new(), *m = skg_graph_new();
  skg_graph *d2 = skg_graph_new();
  labels_1(one);
  labels_2(one);
  labels_1(m);
  labels_2(d2);
  skg_graph_merge(m, d2);
  same_graphs(one, m, NULL);
  OK(skg_graph_n_entities(m) == 1 && strcmp(label_of(m, 0), "Alpha") == 0,
     "one entity, labelled Alpha (used three times against ALPHA once)");
  skg_graph_free(one);
  skg_graph_free(m);
  skg_graph_free(d2);
}

/* keep_first_evidence: the first document's evidence and a count, the
   same ev[0] and count as a graph that keeps everything. */
static void test_first_evidence(void) {
  skg_graph *all = skg_graph_new(), *first = skg_graph_new();
  skg_graph_keep_first_evidence(first);
  for (int k = 0; k < 2; k++) {
    skg_graph *g = k ? first : all;
    skg_eid a = FX_ENT(g, SKG_ENT_SERIES, "Copper Bay");
    skg_eid b = FX_ENT(g, SKG_ENT_COMPANY, "Tern Pictures");
    for (uint32_t d = 0; d < 50; d++) {
      skg_graph_add_doc(g, "d", "", 10);
      for (size_t at = 0; at < 3; at++) { /* the same sentence twice */
        skg_evidence ev = ev_of(g, d, 100 - 10 * (at % 2));
        skg_graph_add_fact(g, a, SKG_PRED_PRODUCTION_COMPANY, b, &ev);
      }
    }
    skg_graph_finish(g);
  }
  const skg_fact *fa = skg_graph_fact_at(all, 0);
  const skg_fact *ff = skg_graph_fact_at(first, 0);
  OK(fa->nev == 100 && fa->nstated == 100, "all: 100 pieces, got %u/%u",
     fa->nev, fa->nstated);
  OK(ff->nstated == 100, "first only: 100 counted, got %u", ff->nstated);
  OK(ff->nev <= 4, "first only: at most two documents' pieces kept, got %u",
     ff->nev);
  OK(ff->ev[0].doc == fa->ev[0].doc &&
         ff->ev[0].byte_start == fa->ev[0].byte_start,
     "first only: the same first piece");
  skg_graph_free(all);
  skg_graph_free(first);
}

/* Evidence dedupe (a hash set of the current document's pieces): a
   sentence stated twice is one piece; the same sentence is a piece of
   every fact it states; another document's sentence at the same offset is
   another piece; a merge keeps the counts. 20,000 sentences in one
   document repeat one fact (the case that was quadratic). */
static void test_repeated_evidence(void) {
  skg_graph *g = skg_graph_new();
  skg_eid w = FX_ENT(g, SKG_ENT_SERIES, "Copper Bay");
  skg_eid a = FX_ENT(g, SKG_ENT_ACTOR, "Noe Varga");
  skg_eid c = FX_ENT(g, SKG_ENT_CHARACTER, "Iris Quay");
  skg_graph_add_doc(g, "a", "", 10);
  skg_graph_add_doc(g, "b", "", 10);
  enum { N = 20000 };
  for (int twice = 0; twice < 2; twice++)
    for (size_t i = 0; i < N; i++) {
      skg_evidence ev = ev_of(g, 0, 50 * i);
      skg_graph_add_performance(g, a, c, w, &ev);
    }
  skg_evidence ev = ev_of(g, 1, 0); /* doc b, the offset of a's first */
  skg_graph_add_fact(g, w, SKG_PRED_CAST_MEMBER, a, &ev);
  skg_graph *m = skg_graph_new();
  skg_graph_merge(m, g);
  skg_graph_merge(m, g); /* the same documents again: new numbers */
  skg_graph_finish(g);
  skg_graph_finish(m);
  OK(skg_graph_n_facts(g) == 3, "three facts, got %zu", skg_graph_n_facts(g));
  for (size_t i = 0; i < skg_graph_n_facts(g); i++) {
    const skg_fact *f = skg_graph_fact_at(g, i);
    uint32_t want = f->p == SKG_PRED_CAST_MEMBER ? N + 1 : N;
    OK(f->nev == want, "fact %zu: %u pieces, got %u", i, want, f->nev);
  }
  OK(skg_graph_performance_at(g, 0)->nev == N, "performance: %d pieces, got %u",
     N, skg_graph_performance_at(g, 0)->nev);
  for (size_t i = 0; i < skg_graph_n_facts(m); i++) {
    const skg_fact *f = skg_graph_fact_at(m, i);
    uint32_t want = 2 * (f->p == SKG_PRED_CAST_MEMBER ? N + 1 : N);
    OK(f->nev == want, "merged fact %zu: %u pieces, got %u", i, want, f->nev);
  }
  skg_graph_free(g);
  skg_graph_free(m);
}

int main(void) {
  test_identity();
  test_facts();
  test_fixture();
  test_merge();
  test_merge_labels();
  test_first_evidence();
  test_repeated_evidence();
  return DONE();
}
