/* test_projection.c: the co-appearance projection against its golden file,
   and read back with libxml2: an undirected graph, every data key declared,
   actor pairs weighted by the works they share, character pairs by their
   distinct ties, nothing else. */
#include "buf.h"
#include "fixture.h"
#include "harness.h"
#include "write.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>

#define GOLDEN_PATH "tests/golden/fixture.coappear.graphml"

static char *render(const skg_graph *g, size_t *n, skg_status *st) {
  char *buf = NULL;
  FILE *f = open_memstream(&buf, n);
  *st = skg_write_projection(g, f, NULL, NULL);
  fclose(f);
  return buf;
}

static int is_element(xmlNodePtr x, const char *name) {
  return x->type == XML_ELEMENT_NODE &&
         strcmp((const char *)x->name, name) == 0;
}

/* Appends attribute name of x, or the text of its data child with key
   name ("-" when absent), and a space. */
static void put_value(skg_buf *b, xmlNodePtr x, const char *name) {
  xmlChar *v = xmlGetProp(x, BAD_CAST name);
  for (xmlNodePtr d = x->children; d && !v; d = d->next) {
    xmlChar *k = is_element(d, "data") ? xmlGetProp(d, BAD_CAST "key") : NULL;
    if (k && strcmp((const char *)k, name) == 0)
      v = xmlNodeGetContent(d);
    xmlFree(k);
  }
  skg_buf_puts(b, v ? (const char *)v : "-");
  skg_buf_putc(b, ' ');
  xmlFree(v);
}

/* The graph read back as text, one line per node ("slug workCount works")
   and per edge ("source target kind weight works ties", ends by node id),
   after a line with the edgedefault; data keys must be declared for their
   element kind. */
static char *summary(const char *xml, size_t n) {
  skg_buf b = SKG_BUF_INIT, keys = SKG_BUF_INIT;
  xmlDocPtr doc =
      xmlReadMemory(xml, (int)n, "p.graphml", NULL, XML_PARSE_NONET);
  xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
  OK(root && is_element(root, "graphml"), "a graphml root");
  for (xmlNodePtr x = root ? root->children : NULL; x; x = x->next) {
    if (is_element(x, "key")) {
      put_value(&keys, x, "for");
      put_value(&keys, x, "id");
    }
    if (!is_element(x, "graph"))
      continue;
    put_value(&b, x, "edgedefault");
    for (xmlNodePtr y = x->children; y; y = y->next) {
      static const char *const NODE[] = {"n_slug", "n_workCount", "n_works"};
      static const char *const EDGE[] = {"source",   "target",  "e_kind",
                                         "e_weight", "e_works", "e_ties"};
      int node = is_element(y, "node"), edge = is_element(y, "edge");
      if (!node && !edge)
        continue;
      skg_buf_putc(&b, '\n');
      for (size_t i = 0; i < (node ? 3 : 6); i++)
        put_value(&b, y, node ? NODE[i] : EDGE[i]);
      for (xmlNodePtr d = y->children; d; d = d->next) {
        xmlChar *k =
            is_element(d, "data") ? xmlGetProp(d, BAD_CAST "key") : NULL;
        char pat[64];
        snprintf(pat, sizeof pat, "%s %s ", (const char *)y->name,
                 k ? (const char *)k : "");
        OK(!k || strstr(skg_buf_str(&keys), pat), "undeclared %s", pat);
        xmlFree(k);
      }
    }
  }
  xmlFreeDoc(doc);
  skg_buf_free(&keys);
  return b.data; /* the caller frees it */
}

static void test_fixture(void) {
  skg_graph *g = fixture_graph();
  size_t n, n2;
  skg_status st, st2;
  char *a = render(g, &n, &st);
  char *b = render(g, &n2, &st2);
  OK(st == SKG_OK && st2 == SKG_OK, "status %d %d", st, st2);
  GOLDEN(GOLDEN_PATH, a, n);
  OK(n == n2 && memcmp(a, b, n) == 0, "same graph, same bytes");
  char *s = summary(a, n);
  /* Jane Roe is in the series and the film, Élise Marchand in the series;
     Tom and Vera are friends, both in the series. Entity order is by bytes:
     "Jane" before "Élise". */
  STR_EQ(s, "undirected \n"
            "person/jane-roe 2 [\"The Night Ledger\",\"Harbor Lights & "
            "<Shadows>\"] \n"
            "person/elise-marchand 1 [\"The Night Ledger\"] \n"
            "character/tom-tommy-hale 1 [\"The Night Ledger\"] \n"
            "character/vera-quill 1 [\"The Night Ledger\"] \n"
            "n2 n3 co-appearance 1 "
            "[\"The Night Ledger\"] - \n"
            "n6 n7 tie 1 "
            "[\"The Night Ledger\"] [\"friendOf\"] ");
  free(s);
  free(a);
  free(b);
  skg_graph_free(g);
}

/* Three actors in three works, three characters with ties in several
   directions, and facts that are not ties or not between characters. */
static skg_graph *cast_graph(void) {
  skg_graph *g = skg_graph_new();
  skg_eid show = FX_ENT(g, SKG_ENT_SERIES, "Alpha Show");
  skg_eid film = FX_ENT(g, SKG_ENT_FILM, "Beta Film");
  skg_eid solo = FX_ENT(g, SKG_ENT_FILM, "Gamma Film");
  skg_eid ann = FX_ENT(g, SKG_ENT_ACTOR, "Ann Able");
  skg_eid bob = FX_ENT(g, SKG_ENT_ACTOR, "Bob Baker");
  skg_eid cy = FX_ENT(g, SKG_ENT_ACTOR, "Cy Cole");
  skg_eid xan = FX_ENT(g, SKG_ENT_CHARACTER, "Xan");
  skg_eid yul = FX_ENT(g, SKG_ENT_CHARACTER, "Yul");
  skg_eid zed = FX_ENT(g, SKG_ENT_CHARACTER, "Zed");
  skg_eid firm = FX_ENT(g, SKG_ENT_COMPANY, "Firm Ltd");
  skg_eid crew = FX_ENT(g, SKG_ENT_GROUP, "The Crew");
  skg_graph_add_performance(g, ann, xan, show, NULL);
  skg_graph_add_performance(g, bob, yul, show, NULL);
  skg_graph_add_performance(g, cy, SKG_NONE, show, NULL);
  skg_graph_add_performance(g, ann, SKG_NONE, film, NULL);
  skg_graph_add_performance(g, bob, SKG_NONE, film, NULL);
  skg_graph_add_performance(g, cy, zed, solo, NULL);
  skg_graph_add_fact(g, xan, SKG_PRED_FRIEND_OF, yul, NULL);
  skg_graph_add_fact(g, yul, SKG_PRED_MENTOR_OF, xan, NULL);
  skg_graph_add_fact(g, xan, SKG_PRED_MENTOR_OF, yul, NULL);
  skg_graph_add_fact(g, zed, SKG_PRED_SIBLING_OF, xan, NULL);
  skg_graph_add_fact(g, xan, SKG_PRED_EMPLOYEE_OF, firm, NULL);
  skg_graph_add_fact(g, zed, SKG_PRED_MEMBER_OF, crew, NULL);
  skg_graph_add_fact(g, show, SKG_PRED_PRODUCTION_COMPANY, firm, NULL);
  skg_graph_finish(g);
  return g;
}

static void test_weights(void) {
  skg_graph *g = cast_graph();
  size_t n;
  skg_status st;
  char *xml = render(g, &n, &st);
  OK(st == SKG_OK, "status %d", st);
  char *s = summary(xml, n);
  STR_EQ(s, "undirected \n"
            "person/ann-able 2 [\"Alpha Show\",\"Beta Film\"] \n"
            "person/bob-baker 2 [\"Alpha Show\",\"Beta Film\"] \n"
            "person/cy-cole 2 [\"Alpha Show\",\"Gamma Film\"] \n"
            "character/xan 1 [\"Alpha Show\"] \n"
            "character/yul 1 [\"Alpha Show\"] \n"
            "character/zed 1 [\"Gamma Film\"] \n"
            "n3 n4 co-appearance 2 "
            "[\"Alpha Show\",\"Beta Film\"] - \n"
            "n3 n5 co-appearance 1 [\"Alpha Show\"] - \n"
            "n4 n5 co-appearance 1 [\"Alpha Show\"] - \n"
            "n6 n7 tie 2 [\"Alpha Show\"] "
            "[\"friendOf\",\"mentorOf\"] \n"
            "n6 n8 tie 1 - [\"siblingOf\"] ");
  free(s);
  free(xml);
  skg_graph_free(g);
}

static void test_empty(void) {
  skg_graph *g = skg_graph_new();
  skg_graph_finish(g);
  size_t n;
  skg_status st;
  char *xml = render(g, &n, &st);
  OK(st == SKG_OK, "status %d", st);
  char *s = summary(xml, n);
  STR_EQ(s, "undirected ");
  free(s);
  free(xml);
  skg_graph_free(g);
}

static void test_write_error(void) {
  skg_graph *g = fixture_graph();
  fx_full_disk(g, skg_write_projection, NULL, NULL, "coappear");
  skg_graph_free(g);
}

int main(void) {
  test_fixture();
  test_weights();
  test_empty();
  test_write_error();
  xmlCleanupParser();
  return DONE();
}
