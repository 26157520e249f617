/* write_dot_view.c: what a diagram view draws. The graph's facts become
   drawn edges, filtered by --view and --focus; characters and actors are
   placed in the cluster of their work, and edges that repeat what a
   cluster or another edge says are dropped or merged. All of it is plain
   data (write_dot_view.h), decided before any Graphviz object exists, so
   the choices are testable through the DOT text and the cgraph code
   (write_dot_graph.c) only draws what this file decided. */
#include "write_dot_view.h"

#include "alloc.h"
#include "buf.h"
#include "norm.h"
#include "strdist.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* dot's layout time grows fast with size (30 s at 3,200 nodes against 2.75 s
   for sfdp with prism overlap removal and straight edges; anchors.md §4),
   so above this many nodes the automatic engine is sfdp. */
#define MAX_DOT_NODES 150
#define DEFAULT_DEPTH 2

static const char *const VIEW_NAMES[DG_VIEW_COUNT] = {"cast", "crew", "critics",
                                                      "all", "costars"};

#define IN(v) (1u << (v))

const dg_kind_style DG_STYLES[DG_K_COUNT] = {
    [DG_K_SKIP] = {0, 0, NULL, NULL},
    [DG_K_PORTRAYS] = {IN(DG_VIEW_CAST) | IN(DG_VIEW_ALL), 0, "#1d3557", NULL},
    [DG_K_CAST] = {IN(DG_VIEW_CAST) | IN(DG_VIEW_ALL), 0, "#a8b2c1", NULL},
    [DG_K_MEMBER] = {IN(DG_VIEW_CAST) | IN(DG_VIEW_ALL), 0, "#a8b2c1",
                     "dashed"},
    [DG_K_CREW] = {IN(DG_VIEW_CREW) | IN(DG_VIEW_ALL), 1, "#6c757d", NULL},
    [DG_K_REVIEW] = {IN(DG_VIEW_CRITICS) | IN(DG_VIEW_ALL), 2, "#5e60ce", NULL},
    [DG_K_WRITES] = {IN(DG_VIEW_CRITICS) | IN(DG_VIEW_ALL), 0, "#a8b2c1", NULL},
    [DG_K_TIE] = {IN(DG_VIEW_CAST) | IN(DG_VIEW_ALL), 1, "#2a9d8f", NULL},
    [DG_K_OTHER] = {IN(DG_VIEW_ALL), 1, "#6c757d", NULL},
    [DG_K_COSTAR] = {IN(DG_VIEW_COSTARS), 0, "#8d99ae", NULL},
};

static const unsigned char KINDS[SKG_PRED_COUNT] = {
#define X(e, name, value, symmetric, label, schema, wikidata, kind)           \
  [SKG_PRED_##e] = DG_K_##kind,
#include "predicates.def"
#undef X
};

/* Engines --layout accepts; the first two honour clusters. */
static const char *const ENGINES[] = {"dot",   "fdp",   "sfdp",  "neato",
                                      "circo", "twopi", "osage", "patchwork"};

/* ---- which edges and nodes a view draws ---- */

static skg_status parse_view(const char *name, dg_view *out, skg_error *err) {
  for (int v = 0; v < DG_VIEW_COUNT; v++)
    if (strcmp(VIEW_NAMES[v], name) == 0) {
      *out = (dg_view)v;
      return SKG_OK;
    }
  return skg_err(err, SKG_ERR_USAGE, NULL, 0, 0, SIZE_MAX,
                 "unknown diagram view '%s' (cast, crew, critics, all, "
                 "costars)",
                 name);
}

static bool cast_side(const skg_graph *g, skg_eid e) {
  skg_class c = skg_ent_class(skg_graph_entity_at(g, e)->type);
  return c == SKG_CLASS_CHARACTER || c == SKG_CLASS_GROUP;
}

/* Reviews are sorted by (critic, work) and unique per pair. */
static skg_sym rating_of(const skg_graph *g, skg_eid critic, skg_eid work) {
  size_t lo = 0, hi = skg_graph_n_reviews(g);
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const skg_review *r = skg_graph_review_at(g, mid);
    if (r->critic < critic || (r->critic == critic && r->work < work))
      lo = mid + 1;
    else if (r->critic == critic && r->work == work)
      return r->rating;
    else
      hi = mid;
  }
  return 0;
}

static void add_edge(dg_diagram *d, const skg_fact *f, dg_kind k) {
  dg_edge x = {f->s, f->o, f->p, k, 0, 0, UINT32_MAX, 0};
  if (k == DG_K_CAST || k == DG_K_MEMBER) { /* work -> x becomes x -> work */
    x.t = f->o;
    x.h = f->s;
  }
  if (k == DG_K_REVIEW)
    x.rating = rating_of(d->g, f->s, f->o);
  d->e = skg_xgrow(d->e, &d->cape, d->ne + 1, sizeof *d->e);
  d->e[d->ne++] = x;
}

static void collect_edges(dg_diagram *d) {
  for (size_t i = 0; i < skg_graph_n_facts(d->g); i++) {
    const skg_fact *f = skg_graph_fact_at(d->g, i);
    dg_kind k = (dg_kind)KINDS[f->p];
    if (f->o == SKG_NONE || !(DG_STYLES[k].views & IN(d->v)))
      continue;
    /* The cast view shows ties inside the story only, not a character
       employed by a real company. */
    if (k == DG_K_TIE && d->v == DG_VIEW_CAST &&
        !(cast_side(d->g, f->s) && cast_side(d->g, f->o)))
      continue;
    add_edge(d, f, k);
  }
}

/* A view draws the entities its edges touch; "all" draws every entity. */
static void mark_nodes(dg_diagram *d) {
  if (d->v == DG_VIEW_ALL)
    memset(d->keep, 1, skg_graph_n_entities(d->g));
  for (size_t i = 0; i < d->ne; i++)
    d->keep[d->e[i].t] = d->keep[d->e[i].h] = 1;
}

/* ---- focus: entities within depth steps of the named one ---- */

static bool has_key(const skg_graph *g, skg_eid e, const char *key) {
  const skg_entity *en = skg_graph_entity_at(g, e);
  if (strcmp(skg_sym_str(g, en->key), key) == 0)
    return true;
  bool found = false;
  skg_buf k = SKG_BUF_INIT;
  for (uint32_t i = 0; i < en->nalt && !found; i++) {
    const char *alt = skg_sym_str(g, en->alt[i]);
    skg_buf_clear(&k);
    skg_norm_key(alt, strlen(alt), &k);
    found = strcmp(skg_buf_str(&k), key) == 0;
  }
  skg_buf_free(&k);
  return found;
}

/* The drawn entity whose identity key is closest to key by edit distance
   (the first in entity order on a tie), when close enough to be a typo:
   at most a third of the key's length, and at least 2. SKG_NONE if none. */
static skg_eid closest(const dg_diagram *d, const char *key) {
  size_t len = strlen(key), limit = skg_typo_limit(len);
  size_t best = limit + 1;
  skg_eid hit = SKG_NONE;
  for (skg_eid e = 0; e < skg_graph_n_entities(d->g); e++) {
    if (!d->keep[e])
      continue;
    const char *k = skg_sym_str(d->g, skg_graph_entity_at(d->g, e)->key);
    size_t kl = strlen(k);
    if ((kl > len ? kl - len : len - kl) >= best)
      continue; /* the length difference alone is too far */
    size_t dist = skg_edit_distance(key, k);
    if (dist < best) {
      best = dist;
      hit = e;
    }
  }
  return hit;
}

/* Puts the drawn entities whose label or other label matches focus (by
   identity key: case, accents and punctuation do not matter) in queue. */
static skg_status find_roots(const dg_diagram *d, skg_eid *queue, size_t *nq,
                             skg_error *err) {
  const char *focus = d->o->focus;
  skg_buf key = SKG_BUF_INIT;
  skg_norm_key(focus, strlen(focus), &key);
  bool named = false;
  *nq = 0;
  for (skg_eid e = 0; *skg_buf_str(&key) && e < skg_graph_n_entities(d->g); e++)
    if (has_key(d->g, e, skg_buf_str(&key))) {
      named = true;
      if (d->keep[e])
        queue[(*nq)++] = e;
    }
  skg_eid near = *nq || named ? SKG_NONE : closest(d, skg_buf_str(&key));
  skg_buf_free(&key);
  if (*nq)
    return SKG_OK;
  if (named)
    return skg_err(err, SKG_ERR_USAGE, NULL, 0, 0, SIZE_MAX,
                   "'%s' is not in the %s view", focus, VIEW_NAMES[d->v]);
  if (near != SKG_NONE)
    return skg_err(err, SKG_ERR_USAGE, NULL, 0, 0, SIZE_MAX,
                   "no entity labelled '%s' to focus on; did you mean '%s'?",
                   focus,
                   skg_sym_str(d->g, skg_graph_entity_at(d->g, near)->label));
  return skg_err(err, SKG_ERR_USAGE, NULL, 0, 0, SIZE_MAX,
                 "no entity labelled '%s' to focus on", focus);
}

/* Undirected adjacency of the drawn edges, as offsets into one array. */
static void adjacency(const dg_diagram *d, size_t n, size_t *start,
                      skg_eid *adj) {
  memset(start, 0, (n + 1) * sizeof *start);
  for (size_t i = 0; i < d->ne; i++) {
    start[d->e[i].t + 1]++;
    start[d->e[i].h + 1]++;
  }
  for (size_t e = 0; e < n; e++)
    start[e + 1] += start[e];
  size_t *fill = skg_xmalloc((n + 1) * sizeof *fill);
  memcpy(fill, start, (n + 1) * sizeof *fill);
  for (size_t i = 0; i < d->ne; i++) {
    adj[fill[d->e[i].t]++] = d->e[i].h;
    adj[fill[d->e[i].h]++] = d->e[i].t;
  }
  free(fill);
}

static skg_status apply_focus(dg_diagram *d, skg_error *err) {
  size_t n = skg_graph_n_entities(d->g), nq = 0;
  skg_eid *queue = skg_xmalloc((n + 1) * sizeof *queue);
  skg_status st = find_roots(d, queue, &nq, err);
  if (st == SKG_OK) {
    size_t *start;
    skg_eid *adj;
    uint32_t *dist = skg_xmalloc((n + 1) * sizeof *dist);
    if (dg_via_costars(d))
      dg_costar_adjacency(d, &start, &adj);
    else {
      start = skg_xmalloc((n + 1) * sizeof *start);
      adj = skg_xmalloc((2 * d->ne + 1) * sizeof *adj);
      adjacency(d, n, start, adj);
    }
    memset(dist, 0xff, n * sizeof *dist);
    for (size_t i = 0; i < nq; i++)
      dist[queue[i]] = 0;
    for (size_t head = 0; head < nq; head++) { /* breadth first */
      skg_eid e = queue[head];
      for (size_t j = start[e]; j < start[e + 1] && dist[e] < d->depth; j++)
        if (dist[adj[j]] == UINT32_MAX) {
          dist[adj[j]] = dist[e] + 1;
          queue[nq++] = adj[j];
        }
    }
    for (size_t e = 0; e < n; e++)
      d->keep[e] = dist[e] == 0 ? 2 : dist[e] != UINT32_MAX;
    if (dg_via_costars(d))
      dg_via_costars_extend(d);
    free(dist);
    free(adj);
    free(start);
  }
  free(queue);
  return st;
}

/* ---- engine, clusters, merged edges ---- */

static skg_status pick_engine(dg_diagram *d, skg_error *err) {
  const char *want = d->o->layout;
  if (!want || !*want) {
    /* a network without ranks: spring layouts, neato while it is small */
    if (d->v == DG_VIEW_COSTARS)
      d->engine = d->nkeep <= MAX_DOT_NODES ? "neato" : "sfdp";
    else
      d->engine = d->nkeep <= MAX_DOT_NODES ? "dot" : "sfdp";
    return SKG_OK;
  }
  for (size_t i = 0; i < SKG_ARRAY_LEN(ENGINES); i++)
    if (strcmp(ENGINES[i], want) == 0) {
      d->engine = ENGINES[i];
      return SKG_OK;
    }
  return skg_err(err, SKG_ERR_USAGE, NULL, 0, 0, SIZE_MAX,
                 "unknown layout engine '%s' (dot, fdp, sfdp, neato, circo, "
                 "twopi, osage, patchwork)",
                 want);
}

static bool clusters_drawn(const dg_diagram *d) {
  return strcmp(d->engine, "dot") == 0 || strcmp(d->engine, "fdp") == 0;
}

/* Works are the clusters; one never goes inside another (a work that the
   extraction made a character or a cast member, say). */
static bool is_work(const dg_diagram *d, skg_eid e) {
  return skg_ent_class(skg_graph_entity_at(d->g, e)->type) == SKG_CLASS_WORK;
}

/* A character sits in the cluster of its work with the most characters
   (the article's subject, usually; the first such work on a tie); its
   other works get a dashed edge. */
static void place_characters(dg_diagram *d) {
  size_t n = skg_graph_n_entities(d->g);
  size_t *members = skg_xcalloc(n + 1, sizeof *members);
  dg_edge **best = skg_xcalloc(n + 1, sizeof *best);
  for (size_t i = 0; i < d->ne; i++) {
    dg_edge *x = &d->e[i];
    if (!d->keep[x->t] || !d->keep[x->h])
      x->off = 1;
    else if (x->k == DG_K_MEMBER && !is_work(d, x->t))
      members[x->h]++;
  }
  for (size_t i = 0; i < d->ne; i++) {
    dg_edge *x = &d->e[i];
    if (x->k == DG_K_MEMBER && !x->off && !is_work(d, x->t) &&
        (!best[x->t] || members[x->h] > members[best[x->t]->h]))
      best[x->t] = x;
  }
  for (size_t e = 0; e < n; e++)
    if (best[e]) {
      d->home[e] = d->home[best[e]->h] = best[e]->h; /* work in its cluster */
      best[e]->off = 1;
    }
  free(best);
  free(members);
}

/* Performances are sorted by (actor, work, character). */
static bool plays_in(const dg_diagram *d, skg_eid actor, skg_eid work) {
  size_t lo = 0, hi = skg_graph_n_performances(d->g);
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const skg_performance *p = skg_graph_performance_at(d->g, mid);
    if (p->actor < actor || (p->actor == actor && p->work < work))
      lo = mid + 1;
    else
      hi = mid;
  }
  for (; lo < skg_graph_n_performances(d->g); lo++) {
    const skg_performance *p = skg_graph_performance_at(d->g, lo);
    if (p->actor != actor || p->work != work)
      break;
    if (p->character != SKG_NONE && d->keep[p->character])
      return true;
  }
  return false;
}

/* An actor whose drawn roles all lie in one cluster sits in it too (a role
   in another work counts only if no character shows it); actors of several
   clusters stay outside and bridge them. */
static void place_actors(dg_diagram *d) {
  const skg_eid SEVERAL = SKG_NONE - 1;
  size_t n = skg_graph_n_entities(d->g);
  skg_eid *work = skg_xmalloc((n + 1) * sizeof *work);
  memset(work, 0xff, (n + 1) * sizeof *work); /* SKG_NONE */
  for (size_t i = 0; i < d->ne; i++) {
    const dg_edge *x = &d->e[i];
    skg_eid w = x->k == DG_K_CAST       ? x->h
                : x->k == DG_K_PORTRAYS ? d->home[x->h]
                                        : SKG_NONE;
    if (x->off || w == SKG_NONE || is_work(d, x->t) ||
        (x->k == DG_K_CAST && plays_in(d, x->t, w)))
      continue;
    work[x->t] = work[x->t] == SKG_NONE || work[x->t] == w ? w : SEVERAL;
  }
  for (size_t e = 0; e < n; e++)
    if (work[e] != SKG_NONE && work[e] != SEVERAL && d->home[e] == SKG_NONE) {
      d->home[e] = d->home[work[e]] = work[e];
    }
  free(work);
}

/* "Cast in" says nothing more when the actor sits in the work's cluster or
   is drawn playing one of the work's characters: the character's cluster
   or dashed edge already leads there. */
static void drop_implied_cast(dg_diagram *d) {
  for (size_t i = 0; i < d->ne; i++) {
    dg_edge *x = &d->e[i];
    if (x->k == DG_K_CAST && !x->off &&
        (d->home[x->t] == x->h || plays_in(d, x->t, x->h)))
      x->off = 1;
  }
}

static void assign_homes(dg_diagram *d) {
  if (clusters_drawn(d)) {
    place_characters(d);
    place_actors(d);
  } else {
    for (size_t i = 0; i < d->ne; i++)
      if (!d->keep[d->e[i].t] || !d->keep[d->e[i].h])
        d->e[i].off = 1;
  }
  drop_implied_cast(d);
}

/* Orders edges by (tail, head, index). */
static bool before(const dg_edge *e, uint32_t a, uint32_t b) {
  if (e[a].t != e[b].t)
    return e[a].t < e[b].t;
  if (e[a].h != e[b].h)
    return e[a].h < e[b].h;
  return a < b;
}

/* Sorts idx[0..n) with before(): a merge sort, because qsort takes no
   context argument and the order needs the edge array. */
static void sort_ends(uint32_t *idx, uint32_t *tmp, size_t n,
                      const dg_edge *e) {
  if (n < 2)
    return;
  size_t m = n / 2, i = 0, j = m, k = 0;
  sort_ends(idx, tmp, m, e);
  sort_ends(idx + m, tmp, n - m, e);
  while (i < m && j < n)
    tmp[k++] = before(e, idx[j], idx[i]) ? idx[j++] : idx[i++];
  while (i < m)
    tmp[k++] = idx[i++];
  while (j < n)
    tmp[k++] = idx[j++];
  memcpy(idx, tmp, n * sizeof *idx);
}

/* Two facts between the same two entities in the same direction (director
   and writer) become one edge whose label names both. */
static void merge_edges(dg_diagram *d) {
  uint32_t *idx = skg_xmalloc((d->ne + 1) * sizeof *idx);
  uint32_t *tmp = skg_xmalloc((d->ne + 1) * sizeof *tmp);
  size_t n = 0;
  for (size_t i = 0; i < d->ne; i++)
    if (!d->e[i].off)
      idx[n++] = (uint32_t)i;
  sort_ends(idx, tmp, n, d->e);
  for (size_t i = 1; i < n; i++) {
    dg_edge *a = &d->e[idx[i - 1]], *b = &d->e[idx[i]];
    if (a->t == b->t && a->h == b->h) {
      a->next = idx[i];
      b->off = 1;
    }
  }
  free(tmp);
  free(idx);
}

/* ---- the whole decision ---- */

/* Why a view draws nothing, in dg_view order. */
static const char *const EMPTY_WHY[DG_VIEW_COUNT] = {
    "no actor or character is linked to a work (see --view all)",
    "no crew member or company is linked to a work (see --view all)",
    "no review was found", "the graph is empty", "no two actors share a work"};

const char *dg_view_name(dg_view v) { return VIEW_NAMES[v]; }

const char *dg_nothing_drawn(const dg_diagram *d) {
  return d->nkeep ? NULL : EMPTY_WHY[d->v];
}

/* --via: "graph" (the default: every drawn edge) or "costars". */
static skg_status check_via(const dg_diagram *d, skg_error *err) {
  const char *via = d->o->via;
  if (!via || strcmp(via, "graph") == 0 || strcmp(via, "costars") == 0)
    return SKG_OK;
  return skg_err(err, SKG_ERR_USAGE, NULL, 0, 0, SIZE_MAX,
                 "unknown --via '%s' (graph, costars)", via);
}

/* Without --view: the co-star network when the run read several documents
   and found more than one work with a cast (a corpus, a franchise), the
   cast view of the one article otherwise. */
static const char *default_view(const skg_graph *g) {
  size_t casts = 0;
  skg_eid last = SKG_NONE;
  for (size_t i = 0; i < skg_graph_n_facts(g) && casts < 2; i++) {
    const skg_fact *f = skg_graph_fact_at(g, i);
    if (f->p == SKG_PRED_CAST_MEMBER && f->o != SKG_NONE && f->s != last) {
      casts++;
      last = f->s;
    }
  }
  return skg_graph_n_docs(g) > 1 && casts > 1 ? "costars" : "cast";
}

skg_status dg_prepare(dg_diagram *d, const skg_graph *g,
                      const skg_write_opts *o, skg_error *err) {
  static const skg_write_opts none = {0};
  skg_status st;
  size_t n = skg_graph_n_entities(g);
  *d = (dg_diagram){.g = g, .o = o ? o : &none};
  d->base = d->o->base ? d->o->base : SKG_DEFAULT_BASE;
  d->depth = d->o->depth > 0 ? (uint32_t)d->o->depth : DEFAULT_DEPTH;
  d->keep = skg_xcalloc(n + 1, 1);
  d->home = skg_xmalloc((n + 1) * sizeof *d->home);
  memset(d->home, 0xff, (n + 1) * sizeof *d->home); /* SKG_NONE */
  SKG_TRY(st,
          parse_view(d->o->view ? d->o->view : default_view(g), &d->v, err));
  if (d->v == DG_VIEW_COSTARS)
    dg_costars_edges(d);
  else {
    collect_edges(d);
    dg_drop_bylines(d);
    mark_nodes(d);
  }
  SKG_TRY(st, check_via(d, err));
  if (d->o->focus && *d->o->focus)
    SKG_TRY(st, apply_focus(d, err));
  dg_prune(d);
  for (size_t e = 0; e < n; e++)
    d->nkeep += d->keep[e];
  dg_cap_nodes(d);
  SKG_TRY(st, pick_engine(d, err));
  if (d->v == DG_VIEW_COSTARS) {
    dg_costars_rank(d);
    return SKG_OK;
  }
  assign_homes(d);
  merge_edges(d);
  return SKG_OK;
}

void dg_free(dg_diagram *d) {
  free(d->e);
  free(d->keep);
  free(d->home);
  free(d->wdeg);
  free(d->community);
  free(d->named);
  d->wdeg = d->community = NULL;
  d->named = NULL;
  d->e = NULL;
  d->keep = NULL;
  d->home = NULL;
}
