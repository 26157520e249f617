/* fuzz_diagram.c: libFuzzer target for the diagram path on arbitrary text:
   extraction, then each view drawn as SVG by Graphviz's dot layout, in this
   process (SKG_CHILD_INPROCESS=1, child.c), so that a crash or a sanitizer
   report inside Graphviz is the fuzzer's to see. The first byte picks the
   view and the engine; the rest is the article. */
#include "doc.h"
#include "extract.h"
#include "graph.h"
#include "write.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  setenv("SKG_CHILD_INPROCESS", "1", 1);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char *const VIEWS[] = {"cast", "crew", "critics", "all"};
  static const char *const ENGINES[] = {"dot", "dot", "dot", "neato"};
  if (size < 2)
    return 0;
  skg_error err = {0};
  skg_doc *d = NULL;
  if (skg_doc_from_memory("fuzz", (const char *)data + 1, size - 1, &d,
                          &err) != SKG_OK)
    return 0;
  skg_graph *g = skg_graph_new();
  skg_status st = skg_extract(g, d, &err);
  skg_doc_free(d);
  FILE *out = fopen("/dev/null", "w");
  if (st == SKG_OK && out) {
    skg_graph_finish(g);
    skg_write_opts o = {.base = "https://example.org/id/",
                        .name = "fuzz",
                        .provenance = true,
                        .view = VIEWS[data[0] & 3],
                        .layout = ENGINES[(data[0] >> 2) & 3],
                        .depth = 2};
    skg_error werr = {0};
    (void)skg_write_svg(g, out, &o, &werr);
  }
  if (out)
    fclose(out);
  skg_graph_free(g);
  return 0;
}
