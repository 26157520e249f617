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

/* The costars view's look: the fill of community rank c (ColorBrewer's
   Set3, 12 colours, repeated past the twelfth), and the pen width of an
   edge for w shared works: 2w - 1, at most 9. */
const char *dg_community_colour(uint32_t c);
/* The edge colour of community rank c: its fill at 60 % brightness. */
const char *dg_community_edge_colour(uint32_t c);
unsigned dg_costar_width(uint32_t w);

/* The legend: one node whose HTML-like label is a boxed table of the node
   and edge styles drawn (write_dot_legend.c). */
void dg_legend(const dg_diagram *d, Agraph_t *ag);

#endif
