/* test_csv.c: the node and edge tables against their golden files, RFC 4180
   quoting and line ends, literal facts in the edge table, write errors. */
#include "fixture.h"
#include "harness.h"
#include "write.h"

#include <stdlib.h>

static char *render(skg_write_fn w, const skg_graph *g, size_t *n,
                    skg_status *st) {
  char *buf = NULL;
  FILE *f = open_memstream(&buf, n);
  *st = w(g, f, NULL, NULL);
  fclose(f);
  return buf;
}

static int starts(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Renders twice: a golden file is only worth having if the bytes repeat. */
static void check_golden(skg_write_fn w, const skg_graph *g, const char *path) {
  size_t n, n2;
  skg_status st, st2;
  char *a = render(w, g, &n, &st);
  char *b = render(w, g, &n2, &st2);
  OK(st == SKG_OK && st2 == SKG_OK, "%s: status %d %d", path, st, st2);
  GOLDEN(path, a, n);
  OK(n == n2 && memcmp(a, b, n) == 0, "%s: same graph, same bytes", path);
  free(a);
  free(b);
}

static void test_fixture(void) {
  skg_graph *g = fixture_graph();
  check_golden(skg_write_csv_nodes, g, "tests/golden/fixture.nodes.csv");
  check_golden(skg_write_csv_edges, g, "tests/golden/fixture.edges.csv");
  size_t n;
  skg_status st;
  char *t = render(skg_write_csv_edges, g, &n, &st);
  OK(starts(t, "source,predicate,target,value,evidence_count,rule,document,"
               "sentence\r\n"),
     "edge header");
  OK(strstr(t, "\r\ncharacter/vera-quill,alias,,The Quill,1,cast-prose,"
               "night-ledger.txt,The Night Ledger stars") != NULL,
     "a literal fact: empty target, the literal in value");
  OK(strstr(t, "\r\nperson/sam-critic,writesFor,org/the-daily-reel,,1,") !=
         NULL,
     "an entity fact: empty value");
  free(t);
  t = render(skg_write_csv_nodes, g, &n, &st);
  OK(starts(t, "id,label,type,class,iri,alt_labels\r\n"), "node header");
  OK(strstr(t, "\r\norg/ab-films-inc,\"A/B Films, Inc.\",Company,org,") != NULL,
     "a comma is quoted");
  OK(strstr(t, ",\"Tom \"\"Tommy\"\" Hale\",Character,") != NULL,
     "quotes are doubled");
  free(t);
  skg_graph_free(g);
}

/* Every LF ends a record with CRLF or sits inside a quoted field. */
static void test_quoting(void) {
  skg_graph *g = skg_graph_new();
  const char *s = "He said \"no\",\nthen left.\r\n";
  skg_evidence ev = {.byte_end = 1, .char_end = 1};
  ev.sentence = skg_graph_intern(g, s, strlen(s));
  ev.rule = skg_graph_intern(g, "r", 1);
  skg_graph_add_doc(g, "a,b.txt", "", 1);
  skg_eid a = FX_ENT(g, SKG_ENT_CHARACTER, "Amy");
  skg_graph_add_literal(g, a, SKG_PRED_ALIAS, "x", 1, &ev);
  skg_graph_finish(g);
  size_t n;
  skg_status st;
  char *t = render(skg_write_csv_edges, g, &n, &st);
  STR_EQ(t, "source,predicate,target,value,evidence_count,rule,document,"
            "sentence\r\n"
            "character/amy,alias,,x,1,r,\"a,b.txt\","
            "\"He said \"\"no\"\",\nthen left.\r\n\"\r\n");
  free(t);
  skg_graph_free(g);
}

/* --csv-bom: both tables start with EF BB BF, then the same bytes. */
static void test_bom(void) {
  skg_graph *g = fixture_graph();
  skg_write_fn fns[] = {skg_write_csv_nodes, skg_write_csv_edges};
  for (size_t i = 0; i < 2; i++) {
    size_t n, nb;
    skg_status st;
    char *plain = render(fns[i], g, &n, &st);
    char *bom = NULL;
    FILE *f = open_memstream(&bom, &nb);
    skg_write_opts o = {.csv_bom = true};
    OK(fns[i](g, f, &o, NULL) == SKG_OK, "table %zu with a BOM", i);
    fclose(f);
    OK(nb == n + 3 && memcmp(bom, "\xef\xbb\xbf", 3) == 0 &&
           memcmp(bom + 3, plain, n) == 0,
       "table %zu: BOM, then the table", i);
    OK((unsigned char)plain[0] != 0xef, "table %zu: no BOM by default", i);
    free(plain);
    free(bom);
  }
  skg_graph_free(g);
}

static void test_write_error(void) {
  skg_graph *g = fixture_graph();
  fx_full_disk(g, skg_write_csv_nodes, NULL, NULL, "nodes");
  fx_full_disk(g, skg_write_csv_edges, NULL, NULL, "edges");
  skg_graph_free(g);
}

int main(void) {
  test_fixture();
  test_quoting();
  test_bom();
  test_write_error();
  return DONE();
}
