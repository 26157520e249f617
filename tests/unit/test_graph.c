/* test_graph.c: identity, merging, symmetric facts and sorted order. */
#include "fixture.h"
#include "graph.h"
#include "harness.h"

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

int main(void) {
  test_identity();
  test_facts();
  test_fixture();
  return DONE();
}
