/* write_dot_graph.h: the cgraph graph that draws a diagram decided by
   write_dot_view.c. Kept apart from the layout and rendering
   (write_dot.c): this part is pure cgraph and is what the golden DOT files
   check, byte for byte. */
#ifndef SKG_WRITE_DOT_GRAPH_H
#define SKG_WRITE_DOT_GRAPH_H

#include "write_dot_view.h"

#include <cgraph.h>

/* A cgraph graph with the name discipline that keeps its DOT text in
   creation order (write_dot_graph.c). Opaque. */
typedef struct dg_cgraph dg_cgraph;

/* Builds the graph that draws d: defaults, title, nodes in their work's
   cluster, labelled edges, dot's lanes and the legend. It copies what it
   needs of d. Returns NULL when cgraph fails; the caller frees the result
   with dg_cgraph_free. */
dg_cgraph *dg_cgraph_new(const dg_diagram *d);
/* The root graph of c, valid until dg_cgraph_free(c). */
Agraph_t *dg_cgraph_root(const dg_cgraph *c);
/* Closes the graph, then frees its names. NULL is fine. */
void dg_cgraph_free(dg_cgraph *c);

/* Sets attribute name of obj (a graph, node or edge) to value. */
void dg_set(void *obj, const char *name, const char *value);

#endif
