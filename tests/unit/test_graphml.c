/* test_graphml.c: the GraphML writer against its golden file, and its output
   read back with libxml2: typed keys with descriptive ids, every data key
   declared for its element, one node per entity, one edge per
   entity-to-entity fact, literal facts on the nodes. */
#include "fixture.h"
#include "harness.h"
#include "write.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>

#define GOLDEN_PATH "tests/golden/fixture.graphml"
#define MAX_KEYS 32

typedef struct {
  char id[MAX_KEYS][32], domain[MAX_KEYS][8];
  int n;
} keyset;

static char *render(const skg_graph *g, size_t *n, skg_status *st) {
  char *buf = NULL;
  FILE *f = open_memstream(&buf, n);
  *st = skg_write_graphml(g, f, NULL, NULL);
  fclose(f);
  return buf;
}

/* Copies attribute name of x into out ("" when absent). */
static const char *prop(xmlNodePtr x, const char *name, char *out,
                        size_t size) {
  xmlChar *v = xmlGetProp(x, BAD_CAST name);
  snprintf(out, size, "%s", v ? (const char *)v : "");
  xmlFree(v);
  return out;
}

static int is_element(xmlNodePtr x, const char *name) {
  return x->type == XML_ELEMENT_NODE &&
         strcmp((const char *)x->name, name) == 0;
}

static void check_key(xmlNodePtr x, keyset *k) {
  static const char *const TYPES = " boolean int long float double string ";
  char type[32], pat[40], *id = k->id[k->n];
  prop(x, "id", id, 32);
  prop(x, "for", k->domain[k->n], 8);
  prop(x, "attr.type", type, sizeof type);
  snprintf(pat, sizeof pat, " %s ", type);
  OK(type[0] && strstr(TYPES, pat), "key %s: type \"%s\" is the spec's", id,
     type);
  OK(strcmp(type, "long") != 0, "key %s: igraph reads long as float", id);
  OK(!(id[0] == 'd' && strspn(id + 1, "0123456789") == strlen(id + 1)),
     "key id %s is descriptive", id);
  if (k->n < MAX_KEYS - 1)
    k->n++;
}

/* Every data element names a key declared for its element kind. */
static void check_data(xmlNodePtr el, const keyset *k) {
  for (xmlNodePtr d = el->children; d; d = d->next) {
    if (!is_element(d, "data"))
      continue;
    char key[32];
    int found = 0;
    prop(d, "key", key, sizeof key);
    for (int i = 0; i < k->n; i++)
      found |= strcmp(k->id[i], key) == 0 &&
               strcmp(k->domain[i], (const char *)el->name) == 0;
    OK(found, "data key %s declared for %s", key, el->name);
  }
}

/* Copies the text of el's data element with key into text ("" if none). */
static const char *data_of(xmlNodePtr el, const char *key, char *text,
                           size_t size) {
  text[0] = '\0';
  for (xmlNodePtr d = el->children; d; d = d->next) {
    char k[32];
    if (is_element(d, "data") &&
        strcmp(prop(d, "key", k, sizeof k), key) == 0) {
      xmlChar *v = xmlNodeGetContent(d);
      snprintf(text, size, "%s", (const char *)v);
      xmlFree(v);
    }
  }
  return text;
}

static void check_graph(xmlNodePtr graph, const keyset *k, const skg_graph *g) {
  size_t nodes = 0, edges = 0, want_edges = 0;
  char id[64], want[16], text[64];
  for (size_t i = 0; i < skg_graph_n_facts(g); i++)
    want_edges += skg_graph_fact_at(g, i)->o != SKG_NONE;
  STR_EQ(prop(graph, "edgedefault", id, sizeof id), "directed");
  for (xmlNodePtr x = graph->children; x; x = x->next) {
    if (is_element(x, "node")) {
      OK(edges == 0, "nodes come before edges");
      /* ids are NMTOKENs ("n3"): the schema allows no '/' in them; the
         slug is the slug key */
      snprintf(want, sizeof want, "n%zu", nodes);
      STR_EQ(prop(x, "id", id, sizeof id), want);
      OK(strspn(id, "abcdefghijklmnopqrstuvwxyz0123456789._-") == strlen(id),
         "node id %s is a plain NMTOKEN", id);
      data_of(x, "n_slug", id, sizeof id);
      STR_EQ(id, skg_sym_str(g, skg_graph_entity_at(g, nodes++)->slug));
      if (strcmp(id, "character/vera-quill") == 0)
        STR_EQ(data_of(x, "n_alias", text, sizeof text), "[\"The Quill\"]");
      if (strcmp(id, "person/sam-critic") == 0)
        STR_EQ(data_of(x, "n_rating", text, sizeof text), "[\"3/5\"]");
    } else if (is_element(x, "edge")) {
      snprintf(want, sizeof want, "e%zu", edges++);
      STR_EQ(prop(x, "id", id, sizeof id), want);
    } else {
      continue;
    }
    check_data(x, k);
  }
  OK(nodes == skg_graph_n_entities(g), "%zu nodes", nodes);
  OK(edges == want_edges, "%zu edges, want %zu", edges, want_edges);
}

static void test_readback(const char *xml, size_t n, const skg_graph *g) {
  xmlDocPtr doc =
      xmlReadMemory(xml, (int)n, "fixture.graphml", NULL, XML_PARSE_NONET);
  xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
  OK(root && is_element(root, "graphml") && root->ns &&
         strcmp((const char *)root->ns->href,
                "http://graphml.graphdrawing.org/xmlns") == 0,
     "a graphml root in the GraphML namespace");
  keyset k = {.n = 0};
  int graphs = 0;
  for (xmlNodePtr x = root ? root->children : NULL; x; x = x->next) {
    if (is_element(x, "key"))
      check_key(x, &k);
    else if (is_element(x, "graph") && ++graphs)
      check_graph(x, &k, g);
  }
  OK(graphs == 1, "one graph, got %d", graphs);
  xmlFreeDoc(doc);
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
  test_readback(a, n, g);
  free(a);
  free(b);
  skg_graph_free(g);
}

/* Control characters in article text would make the XML unreadable. */
static void test_control_chars(void) {
  skg_graph *g = skg_graph_new();
  const char *s = "A\x01 sentence\x1f with\tcontrols.";
  skg_evidence ev = {.byte_end = 1, .char_end = 1};
  ev.sentence = skg_graph_intern(g, s, strlen(s));
  ev.rule = skg_graph_intern(g, "r\x02", 2);
  skg_graph_add_doc(g, "d.txt", "", 1);
  skg_eid a = FX_ENT(g, SKG_ENT_CHARACTER, "Bell\x07 Ringer");
  skg_eid b = FX_ENT(g, SKG_ENT_CHARACTER, "Other");
  skg_graph_add_fact(g, a, SKG_PRED_FRIEND_OF, b, &ev);
  skg_graph_finish(g);
  size_t n;
  skg_status st;
  char *xml = render(g, &n, &st);
  OK(st == SKG_OK, "status %d", st);
  xmlDocPtr doc =
      xmlReadMemory(xml, (int)n, "c.graphml", NULL, XML_PARSE_NONET);
  OK(doc != NULL, "control characters replaced: well-formed");
  OK(strstr(xml, "A  sentence  with\tcontrols.") != NULL, "%s", xml);
  xmlFreeDoc(doc);
  free(xml);
  skg_graph_free(g);
}

static void test_write_error(void) {
  skg_graph *g = fixture_graph();
  fx_full_disk(g, skg_write_graphml, NULL, NULL, "graphml");
  skg_graph_free(g);
}

int main(void) {
  test_fixture();
  test_control_chars();
  test_write_error();
  xmlCleanupParser();
  return DONE();
}
