/* fuzz_extract.h: the step the reader targets share: extract what a
   reader made into a fresh graph, finish it, and free both. */
#ifndef SKG_FUZZ_EXTRACT_H
#define SKG_FUZZ_EXTRACT_H

#include "doc.h"
#include "extract.h"
#include "graph.h"

/* Extracts from d (NULL is fine: readers may read a page into nothing,
   such as a redirect) and frees d. */
static void fuzz_extract(skg_doc *d) {
  if (d) {
    skg_error err = {0};
    skg_graph *g = skg_graph_new();
    (void)skg_extract(g, d, &err);
    skg_graph_finish(g);
    skg_graph_free(g);
  }
  skg_doc_free(d);
}

#endif
