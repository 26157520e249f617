/* graph_finish.c: skg_graph_finish (graph.h): the canonical label of each
   entity, the sort that makes every writer deterministic and the
   renumbering of entities after it. Apart from graph.c, which builds the
   graph, because finishing is a stage of its own: it runs once, after
   every add, and reads the build records graph_rec.h shares. */
#include "graph_rec.h"

#include "alloc.h"
#include "buf.h"
#include "norm.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* ---- finish: canonical labels, sorting, renumbering ---- */

/* qsort has no context argument, so the comparators read the graph from
   this file-local pointer, set and cleared around each finish; the lock
   keeps two threads from finishing graphs at once (--stream finishes each
   document's graph on a worker). */
static const skg_graph *sort_graph;
static pthread_mutex_t sort_lock = PTHREAD_MUTEX_INITIALIZER;

static int cmp_sym(skg_sym a, skg_sym b) {
  return a == b
             ? 0
             : strcmp(skg_sym_str(sort_graph, a), skg_sym_str(sort_graph, b));
}

/* The canonical label is the most used label whose key is the identity key
   (a name reached through an alias key is an alternative name); ties go to
   the byte-wise smallest, so input order never matters. */
static skg_sym canonical(const skg_graph *g, const ent_rec *r) {
  skg_sym best = 0;
  uint32_t best_n = 0;
  for (size_t i = 0; i < r->nlabels; i++) {
    const label_use *u = &r->labels[i];
    if (!u->count || u->key != r->key)
      continue;
    if (!best || u->count > best_n ||
        (u->count == best_n &&
         strcmp(skg_sym_str(g, u->label), skg_sym_str(g, best)) < 0)) {
      best = u->label;
      best_n = u->count;
    }
  }
  return best ? best : r->labels[0].label;
}

static int cmp_ent(const void *pa, const void *pb) {
  const skg_entity *a = pa, *b = pb;
  if (a->type != b->type)
    return (int)a->type - (int)b->type;
  int c = cmp_sym(a->label, b->label);
  return c ? c : cmp_sym(a->key, b->key);
}

static int cmp_sym_p(const void *a, const void *b) {
  return cmp_sym(*(const skg_sym *)a, *(const skg_sym *)b);
}

static skg_sym make_slug(skg_graph *g, skg_ent t, skg_sym key) {
  skg_buf b = SKG_BUF_INIT;
  skg_buf_puts(&b, skg_class_name(skg_ent_class(t)));
  skg_buf_putc(&b, '/');
  skg_norm_slug(skg_sym_str(g, key), &b);
  skg_sym s = skg_graph_intern(g, b.data, b.len);
  skg_buf_free(&b);
  return s;
}

/* sort_records' comparison of two record numbers: the records' order,
   then their numbers (so ties keep input order, as a stable sort would). */
static const char *sort_base;
static size_t sort_size;
static int (*sort_cmp)(const void *, const void *);

static int cmp_index(const void *pa, const void *pb) {
  uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
  int c = sort_cmp(sort_base + a * sort_size, sort_base + b * sort_size);
  return c ? c : (a > b) - (a < b);
}

/* Sorts the n records of size bytes at base by cmp, in place, and returns
   where each went (old position -> new; the caller frees it). qsort on the
   records themselves copies them all into a buffer of the same size (glibc
   sorts by merging); sorting 4-byte record numbers and then moving each
   record along its cycle of the permutation needs 12 bytes a record. */
static uint32_t *sort_records(void *base, size_t n, size_t size,
                              int (*cmp)(const void *, const void *)) {
  uint32_t *order = skg_xcalloc(n + 1, sizeof *order);
  uint32_t *to = skg_xcalloc(n + 1, sizeof *to);
  for (size_t i = 0; i < n; i++)
    order[i] = (uint32_t)i;
  sort_base = base, sort_size = size, sort_cmp = cmp;
  qsort(order, n, sizeof *order, cmp_index);
  for (size_t i = 0; i < n; i++)
    to[order[i]] = (uint32_t)i;
  memcpy(order, to, n * sizeof *order); /* order: the work copy of to */
  char *tmp = skg_xmalloc(size), *r = base;
  for (size_t i = 0; i < n; i++)
    while (order[i] != i) { /* record i belongs at order[i]: swap it there */
      uint32_t j = order[i];
      memcpy(tmp, r + j * size, size);
      memcpy(r + j * size, r + i * size, size);
      memcpy(r + i * size, tmp, size);
      order[i] = order[j];
      order[j] = j;
    }
  free(tmp);
  free(order);
  return to;
}

/* Builds the public entity array in sorted order; returns old -> new ids. */
static skg_eid *sort_entities(skg_graph *g) {
  size_t n = g->nents, nalt = 0;
  g->out_ents = skg_xcalloc(n, sizeof *g->out_ents);
  for (size_t i = 0; i < n; i++)
    nalt += g->ents[i].nlabels;
  g->alt_pool = skg_xcalloc(nalt, sizeof *g->alt_pool);
  skg_sym *pool = g->alt_pool;
  for (size_t i = 0; i < n; i++) {
    ent_rec *r = &g->ents[i];
    skg_entity *e = &g->out_ents[i];
    e->type = r->type;
    e->key = r->key;
    e->label = canonical(g, r);
    e->slug = make_slug(g, r->type, r->key);
    e->same_as = r->same_as;
    e->alt = pool;
    for (size_t j = 0; j < r->nlabels; j++)
      if (r->labels[j].label != e->label)
        pool[e->nalt++] = r->labels[j].label;
    qsort(pool, e->nalt, sizeof *pool, cmp_sym_p);
    pool += e->nalt;
  }
  return sort_records(g->out_ents, n, sizeof *g->out_ents, cmp_ent);
}

static int cmp_ev(const void *pa, const void *pb) {
  const skg_evidence *a = pa, *b = pb;
  if (a->doc != b->doc)
    return a->doc < b->doc ? -1 : 1;
  if (a->byte_start != b->byte_start)
    return a->byte_start < b->byte_start ? -1 : 1;
  if (a->byte_end != b->byte_end) /* the RDF writers merge lists so */
    return a->byte_end < b->byte_end ? -1 : 1;
  return cmp_sym(a->rule, b->rule);
}

static int cmp_u32(uint32_t a, uint32_t b) { return a < b ? -1 : a > b; }

static int cmp_fact(const void *pa, const void *pb) {
  const skg_fact *a = pa, *b = pb;
  int c = cmp_u32(a->s, b->s);
  if (!c)
    c = cmp_u32(a->p, b->p);
  if (!c)
    c = cmp_u32(a->o, b->o);
  return c ? c : cmp_sym(a->lit, b->lit);
}

static int cmp_perf(const void *pa, const void *pb) {
  const skg_performance *a = pa, *b = pb;
  int c = cmp_u32(a->actor, b->actor);
  if (!c)
    c = cmp_u32(a->work, b->work);
  return c ? c : cmp_u32(a->character, b->character);
}

static int cmp_review(const void *pa, const void *pb) {
  const skg_review *a = pa, *b = pb;
  int c = cmp_u32(a->critic, b->critic);
  if (!c)
    c = cmp_u32(a->work, b->work);
  if (!c) /* two reviews of one work by one critic (review_eq) */
    c = cmp_u32(a->publication, b->publication);
  return c ? c : cmp_u32(a->rating, b->rating);
}

/* Sorts a list and gives back its unused room: doubling leaves lists a
   third larger than their pieces on average, and with a million small
   documents evidence is most of the graph the writers hold (the holes
   left are reused by the Turtle pass's allocations). */
static const skg_evidence *seal_ev(ev_list *l, uint32_t *n) {
  if (l->n > 1) /* qsort must not see the NULL array of an empty list */
    qsort(l->v, l->n, sizeof *l->v, cmp_ev);
  if (l->n && l->n < l->cap) {
    l->v = skg_xrealloc(l->v, (size_t)l->n * sizeof *l->v);
    l->cap = l->n;
  }
  *n = (uint32_t)l->n;
  return l->v;
}

static skg_eid remap(const skg_eid *map, skg_eid e) {
  return e == SKG_NONE ? SKG_NONE : map[e];
}

/* The public facts, sorted; the build records go as soon as they are
   copied (their evidence arrays move to the public records). */
static void finish_facts(skg_graph *g, const skg_eid *map) {
  g->out_facts = skg_xcalloc(g->nfacts, sizeof *g->out_facts);
  for (size_t i = 0; i < g->nfacts; i++) {
    const fact_key *k = &g->facts[i].f;
    skg_fact f = {remap(map, k->s), k->p, remap(map, k->o), k->lit, NULL, 0, 0};
    if (f.o != SKG_NONE && skg_pred_info_of(f.p)->symmetric && f.o < f.s) {
      skg_eid t = f.s;
      f.s = f.o;
      f.o = t;
    }
    f.ev = seal_ev(&g->facts[i].ev, &f.nev);
    f.nstated = g->facts[i].ev.total;
    g->out_facts[i] = f;
  }
  free(g->facts);
  g->facts = NULL;
  free(sort_records(g->out_facts, g->nfacts, sizeof *g->out_facts, cmp_fact));
}

static void finish_perfs_reviews(skg_graph *g, const skg_eid *map) {
  g->out_perfs = skg_xcalloc(g->nperfs, sizeof *g->out_perfs);
  for (size_t i = 0; i < g->nperfs; i++) {
    skg_performance p = g->perfs[i].p;
    p.actor = remap(map, p.actor);
    p.character = remap(map, p.character);
    p.work = remap(map, p.work);
    p.ev = seal_ev(&g->perfs[i].ev, &p.nev);
    g->out_perfs[i] = p;
  }
  free(g->perfs);
  g->perfs = NULL;
  free(sort_records(g->out_perfs, g->nperfs, sizeof *g->out_perfs, cmp_perf));
  g->out_reviews = skg_xcalloc(g->nreviews, sizeof *g->out_reviews);
  for (size_t i = 0; i < g->nreviews; i++) {
    skg_review r = g->reviews[i].r;
    r.critic = remap(map, r.critic);
    r.work = remap(map, r.work);
    r.publication = remap(map, r.publication);
    r.ev = seal_ev(&g->reviews[i].ev, &r.nev);
    g->out_reviews[i] = r;
  }
  free(g->reviews);
  g->reviews = NULL;
  free(sort_records(g->out_reviews, g->nreviews, sizeof *g->out_reviews,
                    cmp_review));
}

void skg_graph_finish(skg_graph *g) {
  if (g->finished)
    return;
  pthread_mutex_lock(&sort_lock);
  sort_graph = g;
  graph_free_indexes(g,
                     false); /* the string index: until make_slug's interning */
  skg_eid *map = sort_entities(g);
  graph_free_indexes(g, true);
  graph_free_ent_records(g);
  g->finished = 1;
  finish_facts(g, map);
  finish_perfs_reviews(g, map);
  sort_graph = NULL;
  pthread_mutex_unlock(&sort_lock);
  free(map);
}
