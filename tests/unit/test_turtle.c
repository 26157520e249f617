/* test_turtle.c: the Turtle and N-Triples writers against golden files
   (tests/golden/fixture.ttl, .nt; run from the repo root). With
   SKG_UPDATE_GOLDEN=1 in the environment the golden files are rewritten
   instead of compared. */
#include "fixture.h"
#include "harness.h"
#include "write.h"

#include <stdlib.h>
#include <string.h>

#define GOLDEN_TTL "tests/golden/fixture.ttl"
#define GOLDEN_NT "tests/golden/fixture.nt"

/* Renders g with fn into a malloc'd string (NULL when the writer fails). */
static char *render(skg_write_fn fn, const skg_graph *g,
                    const skg_write_opts *o) {
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  skg_error err = {0};
  skg_status st = fn(g, f, o, &err);
  fclose(f);
  OK(st == SKG_OK, "writer failed: %s", err.msg);
  if (st != SKG_OK) {
    free(text);
    return NULL;
  }
  return text;
}

/* Compares with (or, with SKG_UPDATE_GOLDEN=1, rewrites) a golden file. */
static void check_golden(const char *path, const char *got) {
  if (got)
    GOLDEN(path, got, strlen(got));
}

static size_t count_lines(const char *s) {
  size_t n = 0;
  for (; s && *s; s++)
    n += *s == '\n';
  return n;
}

static void test_golden(void) {
  skg_graph *g = fixture_graph();
  skg_write_opts o = {.base = SKG_DEFAULT_BASE, .provenance = true};
  char *ttl = render(skg_write_turtle, g, &o);
  char *nt = render(skg_write_ntriples, g, &o);
  check_golden(GOLDEN_TTL, ttl);
  check_golden(GOLDEN_NT, nt);
  /* Same graph, same bytes. */
  char *ttl2 = render(skg_write_turtle, g, &o);
  char *nt2 = render(skg_write_ntriples, g, &o);
  OK(ttl && ttl2 && strcmp(ttl, ttl2) == 0, "turtle differs between runs");
  OK(nt && nt2 && strcmp(nt, nt2) == 0, "ntriples differs between runs");
  OK(nt && !strstr(nt, "_:"), "no blank nodes");
  free(ttl), free(nt), free(ttl2), free(nt2);
  skg_graph_free(g);
}

/* Without provenance: no documents, assertions or selectors, but the
   entities, facts, performances and reviews stay. */
static void test_no_provenance(void) {
  skg_graph *g = fixture_graph();
  skg_write_opts on = {.base = SKG_DEFAULT_BASE, .provenance = true};
  skg_write_opts off = {.base = SKG_DEFAULT_BASE, .provenance = false};
  char *full = render(skg_write_ntriples, g, &on);
  char *nt = render(skg_write_ntriples, g, &off);
  char *ttl = render(skg_write_turtle, g, &off);
  OK(nt && count_lines(nt) < count_lines(full), "fewer triples (%zu vs %zu)",
     count_lines(nt), count_lines(full));
  OK(nt && !strstr(nt, "ontology#Assertion>"), "no skg:Assertion");
  OK(nt && !strstr(nt, "TextPositionSelector"), "no selectors");
  OK(nt && !strstr(nt, "ontology#Document>"), "no documents");
  OK(nt && !strstr(nt, "prov#wasDerivedFrom"), "no prov:wasDerivedFrom");
  OK(nt && strstr(nt, "ontology#Performance>"), "performances stay");
  OK(nt && strstr(nt, "ontology#Review>"), "reviews stay");
  OK(ttl && !strstr(ttl, "skg:Assertion"), "no skg:Assertion in Turtle");
  free(full), free(nt), free(ttl);
  skg_graph_free(g);
}

/* A graph with one review whose rating is rating. */
static skg_graph *review_graph(const char *rating) {
  skg_graph *g = skg_graph_new();
  skg_eid c = FX_ENT(g, SKG_ENT_CRITIC, "Kim Writer");
  skg_eid w = FX_ENT(g, SKG_ENT_FILM, "Paper Moon Road");
  skg_graph_add_review(g, c, SKG_NONE, w, rating, NULL);
  skg_graph_finish(g);
  return g;
}

/* The rating node of the review with rating r (its IRI names r). */
#define REVIEW_PATH "review/kim-writer/paper-moon-road/"
#define RATING_NODE(r) "<" SKG_DEFAULT_BASE REVIEW_PATH "rating-" r "/rating> "
#define SCHEMA_P(p) "<https://schema.org/" p "> "
#define DEC(v) "\"" v "\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n"

static void test_ratings(void) {
  skg_write_opts o = {.base = SKG_DEFAULT_BASE, .provenance = true};
  skg_graph *g = review_graph("6.5/10");
  char *nt = render(skg_write_ntriples, g, &o);
  OK(nt &&
         strstr(nt, RATING_NODE("6.5%2F10") SCHEMA_P("ratingValue") DEC("6.5")),
     "decimal ratingValue 6.5");
  OK(nt &&
         strstr(nt, RATING_NODE("6.5%2F10") SCHEMA_P("bestRating") DEC("10.0")),
     "bestRating 10.0");
  OK(nt && !strstr(nt, "worstRating"), "no worstRating: the text has none");
  OK(nt && strstr(nt, "paper-moon-road/rating-6.5%2F10> <" SKG_ONTO_NS
                      "rating> \"6.5/10\" ."),
     "plain skg:rating on the review");
  OK(nt && !strstr(nt, "kim-writer> <" SKG_ONTO_NS "rating>"),
     "no skg:rating on the critic");
  OK(nt && !strstr(nt, "schema.org/publisher"), "no unknown publisher");
  free(nt);
  skg_graph_free(g);

  g = review_graph("B+");
  nt = render(skg_write_ntriples, g, &o);
  OK(nt && strstr(nt, RATING_NODE("B%2B") SCHEMA_P("ratingValue") "\"B+\" .\n"),
     "letter grade is a plain string");
  OK(nt && !strstr(nt, "bestRating") && !strstr(nt, "worstRating"),
     "letter grade has no scale");
  free(nt);
  skg_graph_free(g);

  g = review_graph("3/");
  nt = render(skg_write_ntriples, g, &o);
  OK(nt && strstr(nt, SCHEMA_P("ratingValue") "\"3/\" .\n"),
     "a malformed N/M is kept as a string");
  free(nt);
  skg_graph_free(g);
}

static void test_base(void) {
  skg_graph *g = fixture_graph();
  skg_write_opts o = {.base = "http://example.org/kg/", .provenance = true};
  char *ttl = render(skg_write_turtle, g, &o);
  OK(ttl && strstr(ttl, "@prefix kg: <http://example.org/kg/> ."),
     "base prefix declared");
  OK(ttl && strstr(ttl, "<http://example.org/kg/work/the-night-ledger>"),
     "entity IRIs use the base");
  OK(ttl && !strstr(ttl, SKG_DEFAULT_BASE), "default base not used");
  free(ttl);
  skg_graph_free(g);
}

/* A full disk is an error, not a silently short file. */
static void test_write_error(void) {
  skg_graph *g = fixture_graph();
  skg_write_opts o = {.base = SKG_DEFAULT_BASE, .provenance = true};
  fx_full_disk(g, skg_write_turtle, &o, "write error", "turtle");
  fx_full_disk(g, skg_write_ntriples, &o, NULL, "ntriples");
  skg_graph_free(g);
}

int main(void) {
  test_golden();
  test_no_provenance();
  test_ratings();
  test_base();
  test_write_error();
  return DONE();
}
