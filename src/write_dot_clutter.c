/* write_dot_clutter.c: what a diagram leaves out so that it can be read.
   By default a diagram hides reference-list bylines (a critic linked to a
   publication and to no review: the "writes for" of a cited article) and
   entities left without a drawn edge; --all-nodes shows both, and
   --min-degree N hides the entities with fewer than N drawn facts. With
   --via costars a --focus follows people (the co-star links of the
   co-appearance projection) instead of every drawn edge, so that two steps
   from an actor are their co-stars' co-stars, not a whole cast reached
   through a work. */
#include "write_dot_view.h"

#include "alloc.h"
#include "write_projection.h"

#include <stdlib.h>
#include <string.h>

void dg_drop_bylines(dg_diagram *d) {
  if (d->o->all_nodes)
    return;
  unsigned char *reviews = skg_xcalloc(skg_graph_n_entities(d->g) + 1, 1);
  for (size_t i = 0; i < d->ne; i++)
    if (d->e[i].k == DG_K_REVIEW)
      reviews[d->e[i].t] = 1; /* the critic */
  size_t kept = 0;
  for (size_t i = 0; i < d->ne; i++)
    if (d->e[i].k != DG_K_WRITES || reviews[d->e[i].t])
      d->e[kept++] = d->e[i];
  d->ne = kept;
  free(reviews);
}

/* Hides the drawn entities (not a focus) with fewer than min drawn edges
   to other drawn entities. */
static void hide_below(dg_diagram *d, unsigned min) {
  size_t n = skg_graph_n_entities(d->g);
  unsigned *deg = skg_xcalloc(n + 1, sizeof *deg);
  for (size_t i = 0; i < d->ne; i++) {
    const dg_edge *x = &d->e[i];
    if (x->t != x->h && d->keep[x->t] && d->keep[x->h]) {
      deg[x->t]++;
      deg[x->h]++;
    }
  }
  for (size_t e = 0; e < n; e++)
    if (d->keep[e] == 1 && deg[e] < min)
      d->keep[e] = 0;
  free(deg);
}

void dg_prune(dg_diagram *d) {
  if (d->o->min_degree > 1)
    hide_below(d, (unsigned)d->o->min_degree);
  /* one pass of --min-degree may leave a neighbour alone: that goes too */
  if (!d->o->all_nodes)
    hide_below(d, 1);
}

bool dg_via_costars(const dg_diagram *d) {
  return d->o->via && strcmp(d->o->via, "costars") == 0 &&
         d->v != DG_VIEW_COSTARS;
}

void dg_costar_adjacency(const dg_diagram *d, size_t **start, skg_eid **adj) {
  size_t n = skg_graph_n_entities(d->g);
  skg_costar *pairs = NULL;
  size_t np = skg_costars(d->g, &pairs);
  *start = skg_xcalloc(n + 2, sizeof **start);
  *adj = skg_xmalloc((2 * np + 1) * sizeof **adj);
  for (size_t i = 0; i < np; i++) {
    (*start)[pairs[i].a + 1]++;
    (*start)[pairs[i].b + 1]++;
  }
  for (size_t e = 0; e < n; e++)
    (*start)[e + 1] += (*start)[e];
  size_t *fill = skg_xmalloc((n + 1) * sizeof *fill);
  memcpy(fill, *start, (n + 1) * sizeof *fill);
  for (size_t i = 0; i < np; i++) {
    (*adj)[fill[pairs[i].a]++] = pairs[i].b;
    (*adj)[fill[pairs[i].b]++] = pairs[i].a;
  }
  free(fill);
  free(pairs);
}

/* After a focus via co-stars: the people reached keep what they are drawn
   with (their characters, works, groups), but not other people, who came
   only through a work. */
void dg_via_costars_extend(dg_diagram *d) {
  size_t n = skg_graph_n_entities(d->g);
  unsigned char *reached = skg_xmalloc(n + 1);
  memcpy(reached, d->keep, n);
  for (size_t i = 0; i < d->ne; i++) {
    skg_eid t = d->e[i].t, h = d->e[i].h;
    for (int side = 0; side < 2; side++, t = d->e[i].h, h = d->e[i].t) {
      skg_class c = skg_ent_class(skg_graph_entity_at(d->g, h)->type);
      if (reached[t] && !d->keep[h] && c != SKG_CLASS_PERSON)
        d->keep[h] = 1;
    }
  }
  free(reached);
}
