/* write_dot_cap.c: --max-nodes. A diagram of more nodes than the cap is
   drawn with the cap's worth: the focus first, then the nodes with the
   most edges drawn, then entity order (the same input draws the same
   nodes). Without it a cast list of 10,000 names took over 400 s to lay
   out, for a drawing nobody can read; main.c says what was left out. */
#include "write_dot_view.h"

#include "alloc.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  skg_eid e;
  uint32_t degree;
  unsigned char focus;
} cand;

static int by_rank(const void *pa, const void *pb) {
  const cand *a = pa, *b = pb;
  if (a->focus != b->focus)
    return a->focus > b->focus ? -1 : 1;
  if (a->degree != b->degree)
    return a->degree > b->degree ? -1 : 1;
  return (a->e > b->e) - (a->e < b->e);
}

void dg_cap_nodes(dg_diagram *d) {
  size_t n = skg_graph_n_entities(d->g), drawn = 0;
  for (skg_eid e = 0; e < n; e++) /* nkeep counts a focus twice */
    drawn += d->keep[e] != 0;
  d->nall = drawn;
  if (d->o->max_nodes <= 0 || drawn <= (size_t)d->o->max_nodes)
    return;
  uint32_t *degree = skg_xcalloc(n + 1, sizeof *degree);
  for (size_t i = 0; i < d->ne; i++) {
    const dg_edge *x = &d->e[i];
    if (!x->off && d->keep[x->t] && d->keep[x->h] && x->t != x->h)
      degree[x->t]++, degree[x->h]++;
  }
  cand *c = skg_xmalloc(drawn * sizeof *c);
  size_t k = 0;
  for (skg_eid e = 0; e < n; e++)
    if (d->keep[e])
      c[k++] = (cand){e, degree[e], d->keep[e] == 2};
  qsort(c, k, sizeof *c, by_rank);
  d->nkeep = 0;
  for (size_t i = 0; i < k; i++)
    if (i < (size_t)d->o->max_nodes)
      d->nkeep += d->keep[c[i].e];
    else
      d->keep[c[i].e] = 0;
  free(c);
  free(degree);
}
