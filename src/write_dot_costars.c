/* write_dot_costars.c: what the costars view draws: the actors of the
   co-appearance projection (write_projection.c), linked when they share a
   work, sized by weighted degree, coloured by community and labelled when
   they are among the main actors. Plain data, like write_dot_view.c;
   write_dot_graph.c draws it. */
#include "write_dot_view.h"

#include "alloc.h"
#include "write_projection.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* Labels shown by default: the nodes of highest weighted degree, and the
   actors of each work with the most sentences saying they are in its cast
   (the ones an article talks about). --all-labels shows every label. */
#define TOP_LABELS 30
#define TOP_PER_WORK 3
/* Label propagation stops after this many rounds if labels still move. */
#define MAX_ROUNDS 50

void dg_costars_edges(dg_diagram *d) {
  skg_costar *pairs = NULL;
  size_t n = skg_costars(d->g, &pairs);
  for (size_t i = 0; i < n; i++) {
    dg_edge x = {pairs[i].a, pairs[i].b,     SKG_PRED_CAST_MEMBER, DG_K_COSTAR,
                 0,          pairs[i].works, UINT32_MAX,           0};
    d->e = skg_xgrow(d->e, &d->cape, d->ne + 1, sizeof *d->e);
    d->e[d->ne++] = x;
    d->keep[x.t] = d->keep[x.h] = 1;
  }
  free(pairs);
}

/* The edges drawn (both ends kept), as weighted adjacency offsets. */
typedef struct {
  size_t *start;
  skg_eid *to;
  uint32_t *w;
} adj;

static void build_adj(const dg_diagram *d, size_t n, adj *a) {
  a->start = skg_xcalloc(n + 2, sizeof *a->start);
  a->to = skg_xmalloc((2 * d->ne + 1) * sizeof *a->to);
  a->w = skg_xmalloc((2 * d->ne + 1) * sizeof *a->w);
  for (size_t i = 0; i < d->ne; i++)
    if (!d->e[i].off) {
      a->start[d->e[i].t + 1]++;
      a->start[d->e[i].h + 1]++;
    }
  for (size_t e = 0; e < n; e++)
    a->start[e + 1] += a->start[e];
  size_t *fill = skg_xmalloc((n + 1) * sizeof *fill);
  memcpy(fill, a->start, (n + 1) * sizeof *fill);
  for (size_t i = 0; i < d->ne; i++) {
    const dg_edge *x = &d->e[i];
    if (x->off)
      continue;
    a->to[fill[x->t]] = x->h;
    a->w[fill[x->t]++] = x->weight;
    a->to[fill[x->h]] = x->t;
    a->w[fill[x->h]++] = x->weight;
  }
  free(fill);
}

static void free_adj(adj *a) {
  free(a->start);
  free(a->to);
  free(a->w);
}

/* The label with the most weight among e's neighbours; on a tie e keeps
   its own if it is among the best, else the smallest wins. score is all
   zeros on entry and on return. */
static uint32_t best_label(const adj *a, skg_eid e, const uint32_t *label,
                           uint64_t *score) {
  uint32_t best = label[e];
  uint64_t top = 0;
  for (size_t j = a->start[e]; j < a->start[e + 1]; j++)
    score[label[a->to[j]]] += a->w[j];
  for (size_t j = a->start[e]; j < a->start[e + 1]; j++)
    if (score[label[a->to[j]]] > top)
      top = score[label[a->to[j]]];
  if (top && score[label[e]] != top) {
    best = UINT32_MAX;
    for (size_t j = a->start[e]; j < a->start[e + 1]; j++)
      if (score[label[a->to[j]]] == top && label[a->to[j]] < best)
        best = label[a->to[j]];
  }
  for (size_t j = a->start[e]; j < a->start[e + 1]; j++)
    score[label[a->to[j]]] = 0;
  return best;
}

/* Asynchronous label propagation (Raghavan, Albert and Kumara 2007) in a
   fixed order, entity order, instead of a random one, so that the same
   graph always gives the same communities. */
static void propagate(const dg_diagram *d, const adj *a, size_t n,
                      uint32_t *label) {
  uint64_t *score = skg_xcalloc(n + 1, sizeof *score);
  for (size_t e = 0; e < n; e++)
    label[e] = (uint32_t)e;
  for (int round = 0; round < MAX_ROUNDS; round++) {
    bool moved = false;
    for (skg_eid e = 0; e < n; e++) {
      if (!d->keep[e])
        continue;
      uint32_t l = best_label(a, e, label, score);
      moved |= l != label[e];
      label[e] = l;
    }
    if (!moved)
      break;
  }
  free(score);
}

/* Communities ranked by size, largest first (ties: the one whose first
   member comes first), so that colours go to the big ones first. */
static void rank_communities(dg_diagram *d, size_t n, const uint32_t *label) {
  size_t *size = skg_xcalloc(n + 1, sizeof *size);
  uint32_t *order = skg_xmalloc((n + 1) * sizeof *order);
  size_t nc = 0;
  for (size_t e = 0; e < n; e++)
    if (d->keep[e] && size[label[e]]++ == 0)
      order[nc++] = label[e]; /* by first member */
  /* insertion sort, stable: few communities, and ties keep member order */
  for (size_t i = 1; i < nc; i++)
    for (size_t j = i; j > 0 && size[order[j]] > size[order[j - 1]]; j--) {
      uint32_t t = order[j];
      order[j] = order[j - 1];
      order[j - 1] = t;
    }
  uint32_t *rank = skg_xmalloc((n + 1) * sizeof *rank);
  for (size_t i = 0; i < nc; i++)
    rank[order[i]] = (uint32_t)i;
  for (size_t e = 0; e < n; e++)
    d->community[e] = d->keep[e] ? rank[label[e]] : UINT32_MAX;
  free(rank);
  free(order);
  free(size);
}

typedef struct {
  skg_eid e;
  uint32_t wdeg, ev; /* weighted degree, sentences */
} cand;

/* More sentences first, then higher weighted degree, then entity order. */
static int cmp_by_evidence(const void *pa, const void *pb) {
  const cand *x = pa, *y = pb;
  if (x->ev != y->ev)
    return x->ev > y->ev ? -1 : 1;
  if (x->wdeg != y->wdeg)
    return x->wdeg > y->wdeg ? -1 : 1;
  return (x->e > y->e) - (x->e < y->e);
}

/* Higher weighted degree first, then more sentences, then entity order. */
static int cmp_by_degree(const void *pa, const void *pb) {
  const cand *x = pa, *y = pb;
  if (x->wdeg != y->wdeg)
    return x->wdeg > y->wdeg ? -1 : 1;
  return cmp_by_evidence(pa, pb);
}

/* The TOP_PER_WORK drawn cast members of each work with the most
   sentences, and every actor in two casts or more (the bridges);
   evidence[e] gets e's sentences over all its works. Facts are sorted by
   (subject, predicate, object): a work's cast is one run. */
static void name_per_work(dg_diagram *d, uint32_t *evidence) {
  size_t nf = skg_graph_n_facts(d->g), cap = 0;
  size_t n = skg_graph_n_entities(d->g);
  unsigned char *casts = skg_xcalloc(n + 1, 1);
  cand *c = NULL;
  for (size_t i = 0, j; i < nf; i = j) {
    const skg_fact *f = skg_graph_fact_at(d->g, i);
    size_t nc = 0;
    for (j = i; j < nf && skg_graph_fact_at(d->g, j)->s == f->s &&
                skg_graph_fact_at(d->g, j)->p == f->p;
         j++) {
      const skg_fact *m = skg_graph_fact_at(d->g, j);
      if (m->p != SKG_PRED_CAST_MEMBER || m->o == SKG_NONE || !d->keep[m->o])
        continue;
      evidence[m->o] += m->nstated;
      if (casts[m->o] < 2 && ++casts[m->o] == 2)
        d->named[m->o] = 1;
      c = skg_xgrow(c, &cap, nc + 1, sizeof *c);
      c[nc++] = (cand){m->o, d->wdeg[m->o], m->nstated};
    }
    if (nc)
      qsort(c, nc, sizeof *c, cmp_by_evidence);
    for (size_t k = 0; k < nc && k < TOP_PER_WORK; k++)
      d->named[c[k].e] = 1;
  }
  free(casts);
  free(c);
}

static void name_nodes(dg_diagram *d, size_t n) {
  if (d->o->all_labels) {
    for (size_t e = 0; e < n; e++)
      d->named[e] = d->keep[e] != 0;
    return;
  }
  uint32_t *evidence = skg_xcalloc(n + 1, sizeof *evidence);
  name_per_work(d, evidence);
  cand *c = skg_xmalloc((n + 1) * sizeof *c);
  size_t nc = 0;
  for (size_t e = 0; e < n; e++)
    if (d->keep[e])
      c[nc++] = (cand){(skg_eid)e, d->wdeg[e], evidence[e]};
  if (nc)
    qsort(c, nc, sizeof *c, cmp_by_degree);
  for (size_t k = 0; k < nc && k < TOP_LABELS; k++)
    d->named[c[k].e] = 1;
  for (size_t e = 0; e < n; e++)
    if (d->keep[e] == 2) /* the focus */
      d->named[e] = 1;
  free(c);
  free(evidence);
}

void dg_costars_rank(dg_diagram *d) {
  size_t n = skg_graph_n_entities(d->g);
  for (size_t i = 0; i < d->ne; i++)
    if (!d->keep[d->e[i].t] || !d->keep[d->e[i].h])
      d->e[i].off = 1;
  d->wdeg = skg_xcalloc(n + 1, sizeof *d->wdeg);
  d->community = skg_xmalloc((n + 1) * sizeof *d->community);
  d->named = skg_xcalloc(n + 1, 1);
  for (size_t i = 0; i < d->ne; i++)
    if (!d->e[i].off) {
      d->wdeg[d->e[i].t] += d->e[i].weight;
      d->wdeg[d->e[i].h] += d->e[i].weight;
    }
  for (size_t e = 0; e < n; e++)
    if (d->keep[e] && d->wdeg[e] > d->max_wdeg)
      d->max_wdeg = d->wdeg[e];
  adj a;
  build_adj(d, n, &a);
  uint32_t *label = skg_xmalloc((n + 1) * sizeof *label);
  propagate(d, &a, n, label);
  rank_communities(d, n, label);
  free(label);
  free_adj(&a);
  name_nodes(d, n);
}
