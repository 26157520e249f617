/* write_projection.h: the co-appearance pairs that write_projection.c
   writes as GraphML, for the other writers that draw them (the costars
   view of write_dot_costars.c). */
#ifndef SKG_WRITE_PROJECTION_H
#define SKG_WRITE_PROJECTION_H

#include "graph.h"

#include <stddef.h>
#include <stdint.h>

/* Two cast members (a < b, entity order) and the number of works whose
   cast (castMember) has both. */
typedef struct {
  skg_eid a, b;
  uint32_t works;
} skg_costar;

/* The co-appearance edges of g (finished), sorted by (a, b): the edges
   with kind co-appearance of NAME.coappear.graphml. Returns how many; *out
   is the caller's to free (NULL when none). */
size_t skg_costars(const skg_graph *g, skg_costar **out);

/* The most members of one cast whose pairs are all linked: a larger cast
   links only the pairs among its SKG_COSTAR_MAX_CAST members with the
   most works (in the graph; then in entity order). 250 members make
   31,125 pairs; no cast list of a real article comes near. */
#define SKG_COSTAR_MAX_CAST 250

/* How many casts of g are larger than SKG_COSTAR_MAX_CAST, and the size
   of the largest cast in *largest: for main.c's note. */
size_t skg_costars_capped(const skg_graph *g, size_t *largest);

#endif
