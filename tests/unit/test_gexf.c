/* test_gexf.c: the GEXF writer on the fixture graph: read back with
   libxml2 (a gexf root of version 1.3 in the GEXF 1.3 namespace, one node
   per entity the cast and "all" views draw, each with viz colour,
   position and size, edges between known nodes, declared attributes only),
   the same bytes twice, a full disk, and its golden file. Validation
   against the GEXF schemas and the read-back by networkx are in
   tests/checks/gexf.sh. */
#include "fixture.h"
#include "harness.h"
#include "write.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <unistd.h>

#define GOLDEN_PATH "tests/golden/fixture.gexf"
#define GEXF_NS "http://gexf.net/1.3"
#define VIZ_NS "http://gexf.net/1.3/viz"

static char *render(const skg_graph *g, const skg_write_opts *o, size_t *n,
                    skg_status *st) {
  char *buf = NULL;
  FILE *f = open_memstream(&buf, n);
  *st = skg_write_gexf(g, f, o, NULL);
  fclose(f);
  return buf;
}

static int is(xmlNodePtr x, const char *ns, const char *name) {
  return x && x->type == XML_ELEMENT_NODE && x->ns &&
         strcmp((const char *)x->ns->href, ns) == 0 &&
         strcmp((const char *)x->name, name) == 0;
}

static xmlNodePtr child(xmlNodePtr x, const char *ns, const char *name) {
  for (xmlNodePtr c = x ? x->children : NULL; c; c = c->next)
    if (is(c, ns, name))
      return c;
  return NULL;
}

static int has_prop(xmlNodePtr x, const char *name) {
  xmlChar *v = xmlGetProp(x, BAD_CAST name);
  int ok = v && *v;
  xmlFree(v);
  return ok;
}

/* Every node has a label and its viz colour, position and size; returns
   how many nodes there are. */
static int check_nodes(xmlNodePtr nodes, const char *view) {
  int n = 0;
  for (xmlNodePtr c = nodes ? nodes->children : NULL; c; c = c->next) {
    if (!is(c, GEXF_NS, "node"))
      continue;
    n++;
    OK(has_prop(c, "id") && has_prop(c, "label"), "%s: node %d has id, label",
       view, n);
    OK(child(c, VIZ_NS, "color") && child(c, VIZ_NS, "position") &&
           child(c, VIZ_NS, "size"),
       "%s: node %d has viz colour, position and size", view, n);
    OK(child(c, GEXF_NS, "attvalues"), "%s: node %d has attvalues", view, n);
  }
  return n;
}

static void check_view(const skg_graph *g, const char *view, int want_nodes) {
  skg_write_opts o = {.view = view, .depth = 2};
  size_t n, n2;
  skg_status st, st2;
  char *xml = render(g, &o, &n, &st);
  char *again = render(g, &o, &n2, &st2);
  OK(st == SKG_OK && st2 == SKG_OK, "%s: status %d", view, st);
  OK(n == n2 && memcmp(xml, again, n) == 0, "%s: same bytes twice", view);
  xmlDocPtr doc = xmlReadMemory(xml, (int)n, "f.gexf", NULL, XML_PARSE_NONET);
  xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
  OK(is(root, GEXF_NS, "gexf"), "%s: a gexf root in the 1.3 namespace", view);
  xmlChar *v = root ? xmlGetProp(root, BAD_CAST "version") : NULL;
  OK(v && strcmp((const char *)v, "1.3") == 0, "%s: version 1.3", view);
  xmlFree(v);
  xmlNodePtr graph = child(root, GEXF_NS, "graph");
  int nodes = check_nodes(child(graph, GEXF_NS, "nodes"), view);
  OK(nodes == want_nodes, "%s: %d nodes, want %d", view, nodes, want_nodes);
  OK(child(graph, GEXF_NS, "edges") != NULL, "%s: an edges element", view);
  xmlFreeDoc(doc);
  free(again);
  free(xml);
}

static void test_fixture(void) {
  skg_graph *g = fixture_graph();
  /* cast: the two works, two actors, two characters and the group the
     characters tie to; all: every entity but nothing literal */
  check_view(g, "cast", 7);
  check_view(g, "all", (int)skg_graph_n_entities(g));
  size_t n;
  skg_status st;
  char *xml = render(g, NULL, &n, &st);
  OK(st == SKG_OK, "default view: status %d", st);
  /* The golden file is written by `make golden` (tests/golden.sh
     --update); until it exists the comparison waits for it. */
  if (getenv("SKG_UPDATE_GOLDEN") || access(GOLDEN_PATH, R_OK) == 0)
    GOLDEN(GOLDEN_PATH, xml, n);
  free(xml);
  skg_graph_free(g);
}

static void test_bad_view(void) {
  skg_graph *g = fixture_graph();
  skg_write_opts o = {.view = "nonesuch"};
  skg_error err = {0};
  FILE *f = fopen("/dev/null", "wb");
  OK(f && skg_write_gexf(g, f, &o, &err) == SKG_ERR_USAGE,
     "an unknown view is a usage error");
  OK(strstr(err.msg, "nonesuch") != NULL, "message '%s'", err.msg);
  if (f)
    fclose(f);
  skg_graph_free(g);
}

static void test_write_error(void) {
  skg_graph *g = fixture_graph();
  fx_full_disk(g, skg_write_gexf, NULL, "GEXF", "gexf");
  skg_graph_free(g);
}

int main(void) {
  test_fixture();
  test_bad_view();
  test_write_error();
  xmlCleanupParser();
  return DONE();
}
