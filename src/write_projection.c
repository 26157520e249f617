/* write_projection.c: the co-appearance projection as undirected GraphML:
   cast members linked by the works they share (castMember facts), and
   characters linked by their ties (friendOf ... colleagueOf). The main
   GraphML says who is in what; this file says who works with whom, for
   centrality and community measures. docs/tables.md lists the keys. */
#include "write_projection.h"
#include "write.h"

#include "alloc.h"
#include "write_jsonlist.h"
#include "xmlw.h"

#include <stdlib.h>

#define XW SKG_XW

/* Node keys after xmlw.c's label, type, class and iri; then edge keys. */
static const skg_xmlw_key KEYS[] = {
    {"n_works", "node", "works", "string"},
    {"n_workCount", "node", "workCount", "int"},
    {"e_kind", "edge", "kind", "string"},
    {"e_weight", "edge", "weight", "int"},
    {"e_works", "edge", "works", "string"},
    {"e_ties", "edge", "ties", "string"},
};

/* Three ids, sorted by (a, b, c): (member, work, 0) memberships,
   (actor, actor, work) co-appearances, (character, character, predicate)
   ties. */
typedef struct {
  uint32_t a, b, c;
} trio;

typedef struct {
  trio *v;
  size_t n, cap;
} trios;

typedef struct {
  skg_xmlw *x;
  const skg_graph *g;
  uint32_t *nworks; /* cast_pairs: per entity, the works it is cast in */
  const char *base;
  trios member;  /* castMember and hasCharacter, by member */
  size_t *first; /* e's memberships are member.v[first[e] .. first[e + 1]) */
  trios pairs;   /* one per actor pair and shared work */
  trios ties;    /* one per character pair and tie predicate, distinct */
  bool *node;    /* entity e is a node of the projection */
  skg_buf text;  /* scratch: a JSON array of labels (write_jsonlist.h) */
} ctx;

static void push(trios *t, uint32_t a, uint32_t b, uint32_t c) {
  t->v = skg_xgrow(t->v, &t->cap, t->n + 1, sizeof *t->v);
  t->v[t->n++] = (trio){a, b, c};
}

static int cmp_trio(const void *pa, const void *pb) {
  const trio *x = pa, *y = pb;
  if (x->a != y->a)
    return x->a < y->a ? -1 : 1;
  if (x->b != y->b)
    return x->b < y->b ? -1 : 1;
  return (x->c > y->c) - (x->c < y->c);
}

/* Sorts t and drops repeats (a mentorOf b and b mentorOf a are one tie). */
static void sort_unique(trios *t) {
  if (t->n)
    qsort(t->v, t->n, sizeof *t->v, cmp_trio);
  size_t k = 0;
  for (size_t i = 0; i < t->n; i++)
    if (!k || cmp_trio(&t->v[k - 1], &t->v[i]))
      t->v[k++] = t->v[i];
  t->n = k;
}

/* The character ties are the contiguous predicates friendOf..colleagueOf
   (vocab.h); memberOf and leaderOf link characters to groups instead. */
static bool is_tie(skg_pred p) {
  return p >= SKG_PRED_FRIEND_OF && p <= SKG_PRED_COLLEAGUE_OF;
}

static bool is_character(const skg_graph *g, skg_eid e) {
  return skg_ent_class(skg_graph_entity_at(g, e)->type) == SKG_CLASS_CHARACTER;
}

/* The end of the run of castMember facts of one work that starts at i:
   facts are sorted by (subject, predicate, object), objects ascending. */
static size_t cast_end(const skg_graph *g, size_t i) {
  size_t n = skg_graph_n_facts(g), end = i;
  skg_eid w = skg_graph_fact_at(g, i)->s;
  while (end < n && skg_graph_fact_at(g, end)->s == w &&
         skg_graph_fact_at(g, end)->p == SKG_PRED_CAST_MEMBER)
    end++;
  return end;
}

/* Members in the order a capped cast keeps them: most works first, then
   entity order. */
static const uint32_t *rank_works;
static int by_works(const void *pa, const void *pb) {
  skg_eid a = *(const skg_eid *)pa, b = *(const skg_eid *)pb;
  if (rank_works[a] != rank_works[b])
    return rank_works[a] > rank_works[b] ? -1 : 1;
  return (a > b) - (a < b);
}

/* Every actor pair of one work's cast, the run of facts [*i, end); *i
   moves past it. A cast of more than SKG_COSTAR_MAX_CAST members links
   only the pairs among the SKG_COSTAR_MAX_CAST with the most works: the
   pairs of a cast grow with the square of its size (10,000 names gave 50
   million edges, 11 GB), and the best-connected members carry the
   network's links. */
static void add_cast_pairs(ctx *c, size_t *i) {
  size_t end = cast_end(c->g, *i), n = end - *i;
  skg_eid w = skg_graph_fact_at(c->g, *i)->s;
  skg_eid *m = skg_xmalloc((n ? n : 1) * sizeof *m);
  for (size_t j = 0; j < n; j++)
    m[j] = skg_graph_fact_at(c->g, *i + j)->o;
  if (n > SKG_COSTAR_MAX_CAST) {
    rank_works = c->nworks; /* qsort has no context argument in C11 */
    qsort(m, n, sizeof *m, by_works);
    n = SKG_COSTAR_MAX_CAST;
  }
  for (size_t j = 0; j < n; j++)
    for (size_t k = j + 1; k < n; k++)
      push(&c->pairs, m[j] < m[k] ? m[j] : m[k], m[j] < m[k] ? m[k] : m[j], w);
  free(m);
  *i = end;
}

/* Every cast pair, one trio per pair and shared work, sorted. */
static void cast_pairs(const skg_graph *g, trios *pairs) {
  ctx c = {.g = g};
  size_t nf = skg_graph_n_facts(g);
  c.nworks = skg_xcalloc(skg_graph_n_entities(g) + 1, sizeof *c.nworks);
  for (size_t i = 0; i < nf; i++) {
    const skg_fact *f = skg_graph_fact_at(g, i);
    if (f->p == SKG_PRED_CAST_MEMBER && f->o != SKG_NONE)
      c.nworks[f->o]++;
  }
  for (size_t i = 0; i < nf;)
    if (skg_graph_fact_at(g, i)->p == SKG_PRED_CAST_MEMBER)
      add_cast_pairs(&c, &i);
    else
      i++;
  free(c.nworks);
  sort_unique(&c.pairs);
  *pairs = c.pairs;
}

size_t skg_costars_capped(const skg_graph *g, size_t *largest) {
  size_t capped = 0, nf = skg_graph_n_facts(g);
  *largest = 0;
  for (size_t i = 0, end; i < nf; i = end) {
    if (skg_graph_fact_at(g, i)->p != SKG_PRED_CAST_MEMBER) {
      end = i + 1;
      continue;
    }
    end = cast_end(g, i);
    capped += end - i > SKG_COSTAR_MAX_CAST;
    if (end - i > *largest)
      *largest = end - i;
  }
  return capped;
}

size_t skg_costars(const skg_graph *g, skg_costar **out) {
  trios t;
  size_t n = 0;
  cast_pairs(g, &t);
  *out = NULL;
  if (t.n)
    *out = skg_xmalloc(t.n * sizeof **out);
  for (size_t i = 0, j; i < t.n; i = j) {
    for (j = i; j < t.n && t.v[j].a == t.v[i].a && t.v[j].b == t.v[i].b; j++)
      ;
    (*out)[n++] = (skg_costar){t.v[i].a, t.v[i].b, (uint32_t)(j - i)};
  }
  free(t.v);
  return n;
}

static void collect(ctx *c) {
  size_t n = skg_graph_n_facts(c->g), ne = skg_graph_n_entities(c->g);
  for (size_t i = 0; i < n; i++) {
    const skg_fact *f = skg_graph_fact_at(c->g, i);
    if (f->o == SKG_NONE)
      continue;
    if (f->p == SKG_PRED_CAST_MEMBER || f->p == SKG_PRED_HAS_CHARACTER)
      push(&c->member, f->o, f->s, 0);
    if (f->p == SKG_PRED_CAST_MEMBER)
      c->node[f->o] = true;
    if (is_tie(f->p) && f->s != f->o && is_character(c->g, f->s) &&
        is_character(c->g, f->o)) {
      push(&c->ties, f->s < f->o ? f->s : f->o, f->s < f->o ? f->o : f->s,
           (uint32_t)f->p);
      c->node[f->s] = c->node[f->o] = true;
    }
  }
  cast_pairs(c->g, &c->pairs);
  sort_unique(&c->member);
  sort_unique(&c->ties);
  /* Counting sort's offsets: first[e + 1] counts e's memberships, then the
     running sum turns counts into starts. */
  for (size_t i = 0; i < c->member.n; i++)
    c->first[c->member.v[i].a + 1]++;
  for (size_t e = 0; e < ne; e++)
    c->first[e + 1] += c->first[e];
}

/* Appends the label of work w to the list in c->text. */
static void join_work(ctx *c, skg_eid w) {
  skg_jlist_add(&c->text,
                skg_sym_str(c->g, skg_graph_entity_at(c->g, w)->label));
}

static int put_node(ctx *c, skg_eid e) {
  char num[16];
  XW(skg_xmlw_node(c->x, c->g, c->base, e));
  skg_buf_clear(&c->text);
  for (size_t i = c->first[e]; i < c->first[e + 1]; i++)
    join_work(c, c->member.v[i].b);
  if (c->text.len)
    XW(skg_xmlw_data(c->x, "n_works", skg_jlist_end(&c->text)));
  snprintf(num, sizeof num, "%zu", c->first[e + 1] - c->first[e]);
  XW(skg_xmlw_data(c->x, "n_workCount", num));
  return xmlTextWriterEndElement(c->x->w);
}

/* One edge: kind, weight, works and ties. As in the main GraphML, a value
   that is empty (no shared work) has no data element at all. */
static int put_edge(ctx *c, size_t n, const trio *t, const char *kind,
                    size_t weight, const char *ties) {
  char num[32];
  XW(skg_xmlw_edge(c->x, c->g, n, t->a, t->b));
  XW(skg_xmlw_data(c->x, "e_kind", kind));
  snprintf(num, sizeof num, "%zu", weight);
  XW(skg_xmlw_data(c->x, "e_weight", num));
  if (c->text.len)
    XW(skg_xmlw_data(c->x, "e_works", skg_jlist_end(&c->text)));
  if (ties)
    XW(skg_xmlw_data(c->x, "e_ties", ties));
  return xmlTextWriterEndElement(c->x->w);
}

/* Co-appearance edges: a run of pairs with the same two actors, one trio
   per shared work (in the graph's work order); the weight is their count.
   Returns the number of edges written, or -1. */
static long put_pairs(ctx *c) {
  long nedge = 0;
  for (size_t i = 0, j; i < c->pairs.n; i = j) {
    skg_buf_clear(&c->text);
    for (j = i; j < c->pairs.n && c->pairs.v[j].a == c->pairs.v[i].a &&
                c->pairs.v[j].b == c->pairs.v[i].b;
         j++)
      join_work(c, c->pairs.v[j].c);
    if (put_edge(c, (size_t)nedge++, &c->pairs.v[i], "co-appearance", j - i,
                 NULL) < 0)
      return -1;
  }
  return nedge;
}

/* The works that list both characters: the intersection of two sorted
   membership runs, into c->text. */
static void shared_works(ctx *c, skg_eid a, skg_eid b) {
  size_t i = c->first[a], j = c->first[b];
  skg_buf_clear(&c->text);
  while (i < c->first[a + 1] && j < c->first[b + 1]) {
    uint32_t wa = c->member.v[i].b, wb = c->member.v[j].b;
    if (wa == wb)
      join_work(c, wa);
    i += wa <= wb;
    j += wb <= wa;
  }
}

/* Tie edges: a run of ties with the same two characters, one trio per
   distinct predicate (either direction); the weight is their count. */
static int put_ties(ctx *c, size_t nedge) {
  skg_buf names = SKG_BUF_INIT;
  int rc = 0;
  for (size_t i = 0, j; i < c->ties.n && rc >= 0; i = j) {
    const trio *t = &c->ties.v[i];
    skg_buf_clear(&names);
    for (j = i;
         j < c->ties.n && c->ties.v[j].a == t->a && c->ties.v[j].b == t->b;
         j++) {
      skg_jlist_add(&names, skg_pred_info_of((skg_pred)c->ties.v[j].c)->name);
    }
    shared_works(c, t->a, t->b);
    rc = put_edge(c, nedge++, t, "tie", j - i, skg_jlist_end(&names));
  }
  skg_buf_free(&names);
  return rc;
}

/* Nodes in the graph's entity order, then co-appearance edges, then ties:
   both sorted by (source, target), and actors sort before characters. */
static int put_body(skg_xmlw *x, void *data) {
  ctx *c = data;
  c->x = x;
  XW(skg_xmlw_node_keys(x));
  XW(skg_xmlw_keys(x, KEYS, SKG_ARRAY_LEN(KEYS)));
  XW(skg_xmlw_graph(x, false));
  for (skg_eid e = 0; e < skg_graph_n_entities(c->g); e++)
    if (c->node[e])
      XW(put_node(c, e));
  long nedge = put_pairs(c);
  XW(nedge);
  XW(put_ties(c, (size_t)nedge));
  return xmlTextWriterEndElement(x->w);
}

skg_status skg_write_projection(const skg_graph *g, FILE *out,
                                const skg_write_opts *o, skg_error *err) {
  size_t ne = skg_graph_n_entities(g);
  ctx c = {.g = g, .base = o && o->base ? o->base : SKG_DEFAULT_BASE};
  c.first = skg_xcalloc(ne + 1, sizeof *c.first);
  c.node = skg_xcalloc(ne ? ne : 1, sizeof *c.node);
  collect(&c);
  skg_status st = skg_xmlw_graphml(out, put_body, &c, err);
  free(c.member.v);
  free(c.pairs.v);
  free(c.ties.v);
  free(c.first);
  free(c.node);
  skg_buf_free(&c.text);
  return st;
}
