/* write_dot.c: the cast-network diagram. cgraph builds it; DOT is written
   before any layout (deterministic text that users can lay out again), SVG
   and PNG are laid out and rendered by gvc. The dot program is never run. */
#include "write.h"

#include "alloc.h"
#include "buf.h"
#include "iri.h"
#include "norm.h"
#include "table.h"

#include <cgraph.h>
#include <gvc.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* dot's layout time grows fast with size (30 s at 3,200 nodes against 2.75 s
   for sfdp with prism overlap removal and straight edges; anchors.md §4),
   so above this many nodes the automatic engine is sfdp. */
#define MAX_DOT_NODES 150
#define DEFAULT_DEPTH 2
/* The largest PNG, in inches at 96 dpi: 5,760 px a side. Larger drawings
   are scaled down: at full size a 4,000-node drawing is 14,000 px wide
   (440 MB of pixels, twice the rendering time), and the SVG is the one to
   zoom into. */
#define MAX_PNG_INCHES "60,60"

typedef enum { VIEW_CAST, VIEW_CREW, VIEW_CRITICS, VIEW_ALL, VIEW_COUNT } view;

static const char *const VIEW_NAMES[VIEW_COUNT] = {"cast", "crew", "critics",
                                                   "all"};
static const char *const VIEW_TITLES[VIEW_COUNT] = {
    "Cast network", "Crew and companies", "Critics and reviews",
    "Knowledge graph"};

#define IN(v) (1u << (v))

/* How a fact is drawn. The cast shortcuts are collapsed: an actor points at
   the characters they play and at the works they are cast in, and a work's
   characters sit in the work's cluster instead of hanging off edges. */
typedef enum {
  K_SKIP,     /* literal facts: aliases, ratings, franchises */
  K_PORTRAYS, /* actor -> character */
  K_CAST,     /* castMember, drawn actor -> work */
  K_MEMBER,   /* hasCharacter, drawn character -> work or as a cluster */
  K_CREW,     /* work -> person or company, labelled with the role */
  K_REVIEW,   /* critic -> work, labelled with the rating */
  K_WRITES,   /* critic -> publication */
  K_TIE,      /* between characters and groups, labelled */
  K_OTHER,    /* the rest, labelled, in the "all" view only */
  K_COUNT
} kind;

typedef struct {
  unsigned views;    /* IN(view) bits */
  int label;         /* 1: predicate label, 2: the review's rating */
  const char *color; /* edge colour */
  const char *style; /* edge style, or NULL */
} kind_style;

static const kind_style STYLES[K_COUNT] = {
    [K_SKIP] = {0, 0, NULL, NULL},
    [K_PORTRAYS] = {IN(VIEW_CAST) | IN(VIEW_ALL), 0, "#1d3557", NULL},
    [K_CAST] = {IN(VIEW_CAST) | IN(VIEW_ALL), 0, "#a8b2c1", NULL},
    [K_MEMBER] = {IN(VIEW_CAST) | IN(VIEW_ALL), 0, "#a8b2c1", "dashed"},
    [K_CREW] = {IN(VIEW_CREW) | IN(VIEW_ALL), 1, "#6c757d", NULL},
    [K_REVIEW] = {IN(VIEW_CRITICS) | IN(VIEW_ALL), 2, "#5e60ce", NULL},
    [K_WRITES] = {IN(VIEW_CRITICS) | IN(VIEW_ALL), 0, "#a8b2c1", NULL},
    [K_TIE] = {IN(VIEW_CAST) | IN(VIEW_ALL), 1, "#2a9d8f", NULL},
    [K_OTHER] = {IN(VIEW_ALL), 1, "#6c757d", NULL},
};

static const unsigned char KINDS[SKG_PRED_COUNT] = {
    [SKG_PRED_PORTRAYS] = K_PORTRAYS,
    [SKG_PRED_CAST_MEMBER] = K_CAST,
    [SKG_PRED_HAS_CHARACTER] = K_MEMBER,
    [SKG_PRED_CREATOR] = K_CREW,
    [SKG_PRED_SHOWRUNNER] = K_CREW,
    [SKG_PRED_EXECUTIVE_PRODUCER] = K_CREW,
    [SKG_PRED_PRODUCER] = K_CREW,
    [SKG_PRED_DIRECTOR] = K_CREW,
    [SKG_PRED_WRITER] = K_CREW,
    [SKG_PRED_CINEMATOGRAPHER] = K_CREW,
    [SKG_PRED_PRODUCTION_DESIGNER] = K_CREW,
    [SKG_PRED_COSTUME_DESIGNER] = K_CREW,
    [SKG_PRED_COMPOSER] = K_CREW,
    [SKG_PRED_PRODUCTION_COMPANY] = K_CREW,
    [SKG_PRED_NETWORK] = K_CREW,
    [SKG_PRED_RELATED_SERIES] = K_OTHER,
    [SKG_PRED_REVIEWED] = K_REVIEW,
    [SKG_PRED_WRITES_FOR] = K_WRITES,
    [SKG_PRED_WORKS_FOR] = K_OTHER,
    [SKG_PRED_FRIEND_OF] = K_TIE,
    [SKG_PRED_LOVER_OF] = K_TIE,
    [SKG_PRED_MENTOR_OF] = K_TIE,
    [SKG_PRED_ALLY_OF] = K_TIE,
    [SKG_PRED_NEIGHBOR_OF] = K_TIE,
    [SKG_PRED_EMPLOYEE_OF] = K_TIE,
    [SKG_PRED_SIBLING_OF] = K_TIE,
    [SKG_PRED_PARENT_OF] = K_TIE,
    [SKG_PRED_COLLEAGUE_OF] = K_TIE,
    [SKG_PRED_MEMBER_OF] = K_TIE,
    [SKG_PRED_LEADER_OF] = K_TIE,
};

/* Engines --layout accepts; the first two honour clusters. */
static const char *const ENGINES[] = {"dot",   "fdp",   "sfdp",  "neato",
                                      "circo", "twopi", "osage", "patchwork"};

/* One edge of the diagram, in the graph's fact order. */
typedef struct {
  skg_eid t, h; /* tail and head as drawn */
  skg_pred p;
  kind k;
  skg_sym rating;    /* K_REVIEW: the review's rating, or 0 */
  uint32_t next;     /* next edge with the same ends, merged into this one */
  unsigned char off; /* not drawn: an end is filtered out, a cluster says it,
                        or it is merged into an earlier edge */
} dedge;

typedef struct {
  const skg_graph *g;
  const skg_write_opts *o;
  view v;
  const char *base;
  const char *engine;
  dedge *e;
  size_t ne, cape;
  unsigned char *keep; /* per entity: 0 hidden, 1 drawn, 2 drawn as focus */
  skg_eid *home;       /* per entity: the work whose cluster holds it */
  size_t nkeep;
} diagram;

/* cgraph 2.43 declares names and values as char * but only reads and copies
   them, so our constant strings are passed with their const cast away. */
#define CG(s) ((char *)(s))

/* ---- which edges and nodes a view draws ---- */

static skg_status parse_view(const char *name, view *out, skg_error *err) {
  for (int v = 0; v < VIEW_COUNT; v++)
    if (strcmp(VIEW_NAMES[v], name) == 0) {
      *out = (view)v;
      return SKG_OK;
    }
  return skg_err(err, SKG_ERR_USAGE, NULL, 0, 0, SIZE_MAX,
                 "unknown diagram view '%s' (cast, crew, critics, all)", name);
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

static void add_edge(diagram *d, const skg_fact *f, kind k) {
  dedge x = {f->s, f->o, f->p, k, 0, UINT32_MAX, 0};
  if (k == K_CAST || k == K_MEMBER) { /* work -> x becomes x -> work */
    x.t = f->o;
    x.h = f->s;
  }
  if (k == K_REVIEW)
    x.rating = rating_of(d->g, f->s, f->o);
  d->e = skg_xgrow(d->e, &d->cape, d->ne + 1, sizeof *d->e);
  d->e[d->ne++] = x;
}

static void collect_edges(diagram *d) {
  for (size_t i = 0; i < skg_graph_n_facts(d->g); i++) {
    const skg_fact *f = skg_graph_fact_at(d->g, i);
    kind k = (kind)KINDS[f->p];
    if (f->o == SKG_NONE || !(STYLES[k].views & IN(d->v)))
      continue;
    /* The cast view shows ties inside the story only, not a character
       employed by a real company. */
    if (k == K_TIE && d->v == VIEW_CAST &&
        !(cast_side(d->g, f->s) && cast_side(d->g, f->o)))
      continue;
    add_edge(d, f, k);
  }
}

/* A view draws the entities its edges touch; "all" draws every entity. */
static void mark_nodes(diagram *d) {
  if (d->v == VIEW_ALL)
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

/* Puts the drawn entities whose label or other label matches focus (by
   identity key: case, accents and punctuation do not matter) in queue. */
static skg_status find_roots(const diagram *d, skg_eid *queue, size_t *nq,
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
  skg_buf_free(&key);
  if (*nq)
    return SKG_OK;
  return skg_err(err, SKG_ERR_USAGE, NULL, 0, 0, SIZE_MAX,
                 named ? "'%s' is not in the %s view"
                       : "no entity labelled '%s' to focus on",
                 focus, VIEW_NAMES[d->v]);
}

/* Undirected adjacency of the drawn edges, as offsets into one array. */
static void adjacency(const diagram *d, size_t n, size_t *start, skg_eid *adj) {
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

static skg_status apply_focus(diagram *d, skg_error *err) {
  size_t n = skg_graph_n_entities(d->g), nq = 0;
  uint32_t depth = d->o->depth > 0 ? (uint32_t)d->o->depth : DEFAULT_DEPTH;
  skg_eid *queue = skg_xmalloc((n + 1) * sizeof *queue);
  skg_status st = find_roots(d, queue, &nq, err);
  if (st == SKG_OK) {
    size_t *start = skg_xmalloc((n + 1) * sizeof *start);
    skg_eid *adj = skg_xmalloc((2 * d->ne + 1) * sizeof *adj);
    uint32_t *dist = skg_xmalloc((n + 1) * sizeof *dist);
    adjacency(d, n, start, adj);
    memset(dist, 0xff, n * sizeof *dist);
    for (size_t i = 0; i < nq; i++)
      dist[queue[i]] = 0;
    for (size_t head = 0; head < nq; head++) { /* breadth first */
      skg_eid e = queue[head];
      for (size_t j = start[e]; j < start[e + 1] && dist[e] < depth; j++)
        if (dist[adj[j]] == UINT32_MAX) {
          dist[adj[j]] = dist[e] + 1;
          queue[nq++] = adj[j];
        }
    }
    for (size_t e = 0; e < n; e++)
      d->keep[e] = dist[e] == 0 ? 2 : dist[e] != UINT32_MAX;
    free(dist);
    free(adj);
    free(start);
  }
  free(queue);
  return st;
}

/* ---- engine, clusters, merged edges ---- */

static skg_status pick_engine(diagram *d, skg_error *err) {
  const char *want = d->o->layout;
  if (!want || !*want) {
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

static bool clusters_drawn(const diagram *d) {
  return strcmp(d->engine, "dot") == 0 || strcmp(d->engine, "fdp") == 0;
}

/* Works are the clusters; one never goes inside another (a work that the
   extraction made a character or a cast member, say). */
static bool is_work(const diagram *d, skg_eid e) {
  return skg_ent_class(skg_graph_entity_at(d->g, e)->type) == SKG_CLASS_WORK;
}

/* A character sits in the cluster of its work with the most characters
   (the article's subject, usually; the first such work on a tie); its
   other works get a dashed edge. */
static void place_characters(diagram *d) {
  size_t n = skg_graph_n_entities(d->g);
  size_t *members = skg_xcalloc(n + 1, sizeof *members);
  dedge **best = skg_xcalloc(n + 1, sizeof *best);
  for (size_t i = 0; i < d->ne; i++) {
    dedge *x = &d->e[i];
    if (!d->keep[x->t] || !d->keep[x->h])
      x->off = 1;
    else if (x->k == K_MEMBER && !is_work(d, x->t))
      members[x->h]++;
  }
  for (size_t i = 0; i < d->ne; i++) {
    dedge *x = &d->e[i];
    if (x->k == K_MEMBER && !x->off && !is_work(d, x->t) &&
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
static bool plays_in(const diagram *d, skg_eid actor, skg_eid work) {
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
static void place_actors(diagram *d) {
  const skg_eid SEVERAL = SKG_NONE - 1;
  size_t n = skg_graph_n_entities(d->g);
  skg_eid *work = skg_xmalloc((n + 1) * sizeof *work);
  memset(work, 0xff, (n + 1) * sizeof *work); /* SKG_NONE */
  for (size_t i = 0; i < d->ne; i++) {
    const dedge *x = &d->e[i];
    skg_eid w = x->k == K_CAST       ? x->h
                : x->k == K_PORTRAYS ? d->home[x->h]
                                     : SKG_NONE;
    if (x->off || w == SKG_NONE || is_work(d, x->t) ||
        (x->k == K_CAST && plays_in(d, x->t, w)))
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
static void drop_implied_cast(diagram *d) {
  for (size_t i = 0; i < d->ne; i++) {
    dedge *x = &d->e[i];
    if (x->k == K_CAST && !x->off &&
        (d->home[x->t] == x->h || plays_in(d, x->t, x->h)))
      x->off = 1;
  }
}

static void assign_homes(diagram *d) {
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
static bool before(const dedge *e, uint32_t a, uint32_t b) {
  if (e[a].t != e[b].t)
    return e[a].t < e[b].t;
  if (e[a].h != e[b].h)
    return e[a].h < e[b].h;
  return a < b;
}

/* Sorts idx[0..n) with before(): a merge sort, because qsort takes no
   context argument and the order needs the edge array. */
static void sort_ends(uint32_t *idx, uint32_t *tmp, size_t n, const dedge *e) {
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
static void merge_edges(diagram *d) {
  uint32_t *idx = skg_xmalloc((d->ne + 1) * sizeof *idx);
  uint32_t *tmp = skg_xmalloc((d->ne + 1) * sizeof *tmp);
  size_t n = 0;
  for (size_t i = 0; i < d->ne; i++)
    if (!d->e[i].off)
      idx[n++] = (uint32_t)i;
  sort_ends(idx, tmp, n, d->e);
  for (size_t i = 1; i < n; i++) {
    dedge *a = &d->e[idx[i - 1]], *b = &d->e[idx[i]];
    if (a->t == b->t && a->h == b->h) {
      a->next = idx[i];
      b->off = 1;
    }
  }
  free(tmp);
  free(idx);
}

/* ---- building the cgraph graph ---- */

/* Graphviz reads backslash sequences (\N, \n, \l) in labels, tooltips and
   URLs; a backslash in our text is a backslash, so it is doubled. */
static void put_esc(skg_buf *b, const char *s) {
  for (; *s; s++) {
    if (*s == '\\')
      skg_buf_putc(b, '\\');
    skg_buf_putc(b, *s);
  }
}

static void set(void *obj, const char *name, const char *value) {
  agsafeset(obj, CG(name), CG(value), CG(""));
}

static void set_esc(void *obj, const char *name, const char *value) {
  skg_buf b = SKG_BUF_INIT;
  put_esc(&b, value);
  set(obj, name, skg_buf_str(&b));
  skg_buf_free(&b);
}

static void def(Agraph_t *ag, int kind_, const char *name, const char *value) {
  agattr(ag, kind_, CG(name), CG(value));
}

static void set_title(const diagram *d, Agraph_t *ag) {
  skg_buf t = SKG_BUF_INIT;
  if (d->o->name && *d->o->name)
    skg_buf_printf(&t, "%s: ", d->o->name);
  skg_buf_puts(&t, VIEW_TITLES[d->v]);
  if (d->o->focus && *d->o->focus) {
    uint32_t depth = d->o->depth > 0 ? (uint32_t)d->o->depth : DEFAULT_DEPTH;
    skg_eid e = 0; /* named after the first entity focused on */
    while (d->keep[e] != 2)
      e++;
    skg_buf_printf(&t, " around %s, %u step%s",
                   skg_sym_str(d->g, skg_graph_entity_at(d->g, e)->label),
                   depth, depth == 1 ? "" : "s");
  }
  skg_buf b = SKG_BUF_INIT;
  put_esc(&b, skg_buf_str(&t));
  def(ag, AGRAPH, "label", skg_buf_str(&b));
  skg_buf_free(&b);
  skg_buf_free(&t);
}

/* Node and edge defaults: one font, filled shapes, small arrows. */
static const struct {
  int kind;
  const char *name, *value;
} DEFAULTS[] = {
    {AGNODE, "label", "\\N"},          {AGNODE, "fontname", "Helvetica"},
    {AGNODE, "fontsize", "11"},        {AGNODE, "style", "filled"},
    {AGNODE, "color", "#4a4e69"},      {AGNODE, "margin", "0.12,0.06"},
    {AGEDGE, "fontname", "Helvetica"}, {AGEDGE, "fontsize", "9"},
    {AGEDGE, "fontcolor", "#343a40"},  {AGEDGE, "arrowsize", "0.6"},
};

/* Graph, node and edge defaults. dot gets left-to-right ranks (works to the
   right of their cast); the force-directed engines get prism overlap
   removal and straight edges, which keep thousands of nodes in seconds
   (splines=true costs minutes there, anchors.md §4). */
static void set_defaults(const diagram *d, Agraph_t *ag) {
  bool dot = strcmp(d->engine, "dot") == 0;
  def(ag, AGRAPH, "layout", d->engine);
  set_title(d, ag);
  def(ag, AGRAPH, "labelloc", "t");
  def(ag, AGRAPH, "fontname", "Helvetica");
  def(ag, AGRAPH, "fontsize", "18");
  def(ag, AGRAPH, "bgcolor", "white");
  def(ag, AGRAPH, "pad", "0.3");
  def(ag, AGRAPH, "overlap", dot ? "false" : "prism");
  if (dot) {
    def(ag, AGRAPH, "rankdir", "LR");
    def(ag, AGRAPH, "nodesep", "0.3");
    def(ag, AGRAPH, "ranksep", "0.7");
  } else {
    def(ag, AGRAPH, "splines", "false");
    def(ag, AGRAPH, "outputorder", "edgesfirst");
  }
  for (size_t i = 0; i < SKG_ARRAY_LEN(DEFAULTS); i++)
    def(ag, DEFAULTS[i].kind, DEFAULTS[i].name, DEFAULTS[i].value);
}

/* The cluster of a work, made when its first member arrives. */
static Agraph_t *work_cluster(const diagram *d, Agraph_t *ag, skg_eid work) {
  skg_buf name = SKG_BUF_INIT;
  skg_buf_printf(&name, "cluster_%s",
                 skg_sym_str(d->g, skg_graph_entity_at(d->g, work)->slug));
  Agraph_t *c = agsubg(ag, CG(skg_buf_str(&name)), 0);
  if (!c) {
    c = agsubg(ag, CG(skg_buf_str(&name)), 1);
    set(c, "label", "");
    set(c, "style", "rounded,filled");
    set(c, "color", "#d9c8a9");
    set(c, "fillcolor", "#fbf6ee");
  }
  skg_buf_free(&name);
  return c;
}

static void type_label(skg_ent t, skg_buf *out) {
  const char *s = skg_ent_info_of(t)->label;
  skg_buf_putc(out, (char)toupper((unsigned char)s[0]));
  skg_buf_puts(out, s + 1);
}

static void style_node(Agnode_t *n, skg_ent t) {
  const skg_ent_info *info = skg_ent_info_of(t);
  set(n, "shape", info->shape);
  set(n, "fillcolor", info->colour);
  if (skg_ent_class(t) == SKG_CLASS_WORK) { /* the hubs */
    set(n, "style", "filled,rounded,bold");
    set(n, "fontsize", "13");
  }
}

static Agnode_t *add_node(const diagram *d, Agraph_t *ag, skg_eid e) {
  const skg_entity *en = skg_graph_entity_at(d->g, e);
  Agnode_t *n = agnode(ag, CG(skg_sym_str(d->g, en->slug)), 1);
  if (d->home[e] != SKG_NONE)
    agsubnode(work_cluster(d, ag, d->home[e]), n, 1);
  style_node(n, en->type);
  if (d->keep[e] == 2)
    set(n, "penwidth", "3");
  set_esc(n, "label", skg_sym_str(d->g, en->label));
  skg_buf b = SKG_BUF_INIT;
  skg_buf_printf(&b, "%s (", skg_sym_str(d->g, en->label));
  type_label(en->type, &b);
  skg_buf_putc(&b, ')');
  set_esc(n, "tooltip", skg_buf_str(&b));
  skg_buf_clear(&b);
  skg_iri_entity(d->g, d->base, e, &b);
  set_esc(n, "URL", skg_buf_str(&b));
  skg_buf_free(&b);
  return n;
}

/* The label of an edge and of the edges merged into it. */
static void edge_label(const diagram *d, const dedge *x, skg_buf *out) {
  for (; x; x = x->next == UINT32_MAX ? NULL : &d->e[x->next]) {
    const char *s = STYLES[x->k].label == 1   ? skg_pred_info_of(x->p)->label
                    : STYLES[x->k].label == 2 ? skg_sym_str(d->g, x->rating)
                                              : "";
    if (*s && out->len)
      skg_buf_puts(out, ", ");
    put_esc(out, s);
  }
}

static void add_edges(const diagram *d, Agraph_t *ag, Agnode_t **nodes) {
  skg_buf b = SKG_BUF_INIT;
  for (size_t i = 0; i < d->ne; i++) {
    const dedge *x = &d->e[i];
    if (x->off)
      continue;
    Agedge_t *e = agedge(ag, nodes[x->t], nodes[x->h], NULL, 1);
    set(e, "color", STYLES[x->k].color);
    if (STYLES[x->k].style)
      set(e, "style", STYLES[x->k].style);
    if (x->k == K_MEMBER || skg_pred_info_of(x->p)->symmetric)
      set(e, "dir", "none");
    skg_buf_clear(&b);
    edge_label(d, x, &b);
    if (b.len) {
      set(e, "label", skg_buf_str(&b));
      set(e, "fontcolor", STYLES[x->k].color);
    }
  }
  skg_buf_free(&b);
}

/* The lane (of 2 ranks) of the i-th of n cluster members that no other
   member points at: about sqrt(n/3) lanes, filled one after the other. */
static size_t lane_of(size_t i, size_t n) {
  size_t lanes = 1;
  while ((lanes + 1) * (lanes + 1) * 3 <= n)
    lanes++;
  return i / ((n + lanes - 1) / lanes);
}

/* dot ranks all of a work's actors in one column: thirty of them make a
   drawing ten times taller than wide. Invisible edges from the work with
   growing minlen spread them over lanes of two ranks (actor, character),
   as unflatten -l does for leaves. */
static void add_lanes(const diagram *d, Agraph_t *ag, Agnode_t **nodes) {
  size_t n = skg_graph_n_entities(d->g);
  unsigned char *inner = skg_xcalloc(n + 1, 1);
  size_t *count = skg_xcalloc(n + 1, sizeof *count);
  size_t *seen = skg_xcalloc(n + 1, sizeof *seen);
  for (size_t i = 0; i < d->ne; i++)
    if (!d->e[i].off && d->home[d->e[i].h] != SKG_NONE &&
        d->home[d->e[i].t] == d->home[d->e[i].h])
      inner[d->e[i].h] = 1;
  for (size_t pass = 0; pass < 2; pass++)
    for (skg_eid e = 0; e < n; e++) {
      skg_eid w = d->home[e];
      if (!d->keep[e] || w == SKG_NONE || w == e || inner[e])
        continue;
      if (pass == 0) {
        count[w]++;
        continue;
      }
      char minlen[32];
      snprintf(minlen, sizeof minlen, "%zu",
               1 + 2 * lane_of(seen[w]++, count[w]));
      Agedge_t *x = agedge(ag, nodes[w], nodes[e], NULL, 1);
      set(x, "style", "invis");
      set(x, "minlen", minlen);
    }
  free(seen);
  free(count);
  free(inner);
}

/* One sample node per entity type drawn. dot stacks them in one column
   (all in the first rank); for the force-directed engines, which ignore
   clusters, invisible edges chain them so that they stay together. */
static void add_legend(const diagram *d, Agraph_t *ag) {
  bool seen[SKG_ENT_COUNT] = {false};
  for (size_t e = 0; e < skg_graph_n_entities(d->g); e++)
    if (d->keep[e])
      seen[skg_graph_entity_at(d->g, (skg_eid)e)->type] = true;
  Agraph_t *c = NULL;
  Agnode_t *prev = NULL;
  skg_buf b = SKG_BUF_INIT;
  for (int t = 0; t < SKG_ENT_COUNT; t++) {
    if (!seen[t])
      continue;
    if (!c) {
      c = agsubg(ag, CG("cluster_legend"), 1);
      set(c, "label", "Legend");
      set(c, "fontsize", "12");
      set(c, "style", "rounded");
      set(c, "color", "#adb5bd");
    }
    skg_buf_clear(&b);
    skg_buf_printf(&b, "legend/%s", skg_ent_info_of((skg_ent)t)->name);
    Agnode_t *n = agsubnode(c, agnode(ag, CG(skg_buf_str(&b)), 1), 1);
    style_node(n, (skg_ent)t);
    set(n, "fontsize", "10");
    set(n, "height", "0.3");
    skg_buf_clear(&b);
    type_label((skg_ent)t, &b);
    set_esc(n, "label", skg_buf_str(&b));
    set_esc(n, "tooltip", skg_buf_str(&b));
    if (prev && strcmp(d->engine, "dot") != 0)
      set(agedge(c, prev, n, NULL, 1), "style", "invis");
    prev = n;
  }
  skg_buf_free(&b);
}

/* ---- cgraph object names in creation order ---- */

/* cgraph's default discipline makes a name's id the address of its copy,
   and agwrite writes subgraphs in id order: cluster order in the DOT text
   would follow malloc. Its fallback for disciplines that map no names, the
   internal name map, leaks in 2.43 (closing a subgraph drops the map, not
   its entries). So this discipline keeps the names itself and counts ids
   up in creation order. cgraph hands the Agdisc_t back as the state. */
typedef struct {
  Agdisc_t disc; /* first member: the state is the whole struct */
  Agiddisc_t id;
  Agraph_t *root;
  char **names; /* names[id - 1], NULL for anonymous objects */
  size_t n, cap;
  skg_table index; /* name -> id - 1 */
} name_ids;

static void *ids_open(Agraph_t *g, Agdisc_t *disc) {
  ((name_ids *)disc)->root = g;
  return disc;
}

static int name_eq(const void *ctx, uint32_t rec, const void *probe) {
  const char *name = ((const name_ids *)ctx)->names[rec];
  return name && strcmp(name, probe) == 0;
}

static long ids_map(void *state, int objtype, char *str, IDTYPE *id,
                    int create) {
  name_ids *s = state;
  uint64_t h = str ? skg_hash_bytes(str, strlen(str)) : 0;
  uint32_t rec =
      str ? skg_table_get(&s->index, h, name_eq, s, str) : UINT32_MAX;
  (void)objtype;
  if (rec == UINT32_MAX) {
    if (!create)
      return 0;
    s->names = skg_xgrow(s->names, &s->cap, s->n + 1, sizeof *s->names);
    rec = (uint32_t)s->n++;
    /* agwrite asks the string pool whether a name is HTML-like, so names
       are pooled strings (freed with the graph), not our copies */
    s->names[rec] = str ? agstrdup(s->root, str) : NULL;
    if (str)
      skg_table_put(&s->index, h, rec);
  }
  *id = (IDTYPE)rec + 1;
  return 1;
}

static char *ids_print(void *state, int objtype, IDTYPE id) {
  const name_ids *s = state;
  (void)objtype;
  return id >= 1 && id <= s->n ? s->names[id - 1] : NULL;
}

/* No ids on request; names live as long as the graph. */
static long ids_alloc(void *s, int type, IDTYPE id) {
  (void)s, (void)type, (void)id;
  return 0;
}
static void ids_free(void *s, int type, IDTYPE id) {
  (void)s, (void)type, (void)id;
}
static void ids_close(void *s) { (void)s; }
static void ids_register(void *s, int type, void *obj) {
  (void)s, (void)type, (void)obj;
}

static void name_ids_init(name_ids *s) {
  *s = (name_ids){.id = {ids_open, ids_map, ids_alloc, ids_free, ids_print,
                         ids_close, ids_register}};
  s->disc = (Agdisc_t){NULL, &s->id, NULL};
}

static void name_ids_free(name_ids *s) {
  free(s->names);
  skg_table_free(&s->index);
}

/* ---- the writers ---- */

static skg_status prepare(diagram *d, skg_error *err) {
  skg_status st;
  size_t n = skg_graph_n_entities(d->g);
  SKG_TRY(st, parse_view(d->o->view ? d->o->view : "cast", &d->v, err));
  collect_edges(d);
  mark_nodes(d);
  if (d->o->focus && *d->o->focus)
    SKG_TRY(st, apply_focus(d, err));
  for (size_t e = 0; e < n; e++)
    d->nkeep += d->keep[e];
  SKG_TRY(st, pick_engine(d, err));
  assign_homes(d);
  merge_edges(d);
  return SKG_OK;
}

static void build(const diagram *d, Agraph_t *ag) {
  size_t n = skg_graph_n_entities(d->g);
  Agnode_t **nodes = skg_xcalloc(n + 1, sizeof *nodes);
  set_defaults(d, ag);
  for (skg_eid e = 0; e < n; e++)
    if (d->keep[e])
      nodes[e] = add_node(d, ag, e);
  add_edges(d, ag, nodes);
  if (strcmp(d->engine, "dot") == 0)
    add_lanes(d, ag, nodes);
  add_legend(d, ag);
  free(nodes);
}

/* Graphviz 2.43's pango text layout keeps a pointer to the font name of
   the context that last measured text and reads it at the next
   measurement, so freeing a context and making another reads freed memory
   (two gvContext/gvFreeContext rounds in a plain program are enough;
   AddressSanitizer stops `--format svg,png` there). The diagrams of a
   process therefore share one context, made on first use and kept, like
   the plugins it loads, until the process ends: screenkg's one piece of
   process state, forced by the library. */
static GVC_t *shared_gvc(void) {
  static GVC_t *gvc;
  if (!gvc)
    gvc = gvContext();
  return gvc;
}

/* Lays out and renders with gvc into out, or into mem when it is not NULL
   (gvRenderData: the same renderer, its bytes copied into our buffer), or
   writes DOT (format NULL). */
static skg_status emit(const diagram *d, Agraph_t *ag, FILE *out, skg_buf *mem,
                       const char *format, skg_error *err) {
  if (!format)
    return agwrite(ag, out) == 0 && !ferror(out)
               ? SKG_OK
               : skg_err(err, SKG_ERR_WRITE, NULL, 0, 0, SIZE_MAX,
                         "write error");
  skg_status st = SKG_ERR_INTERNAL;
  GVC_t *gvc = shared_gvc();
  if (!gvc)
    return skg_err(err, st, NULL, 0, 0, SIZE_MAX, "cannot start Graphviz");
  if (strncmp(format, "png", 3) == 0) /* read by the layout, used by render */
    set(ag, "size", MAX_PNG_INCHES);
  if (gvLayout(gvc, ag, d->engine) != 0)
    return skg_err(err, st, NULL, 0, 0, SIZE_MAX, "Graphviz %s layout failed",
                   d->engine);
  char *data = NULL;
  unsigned int len = 0;
  bool ok = mem ? gvRenderData(gvc, ag, format, &data, &len) == 0
                : gvRender(gvc, ag, format, out) == 0 && !ferror(out);
  if (ok && mem)
    skg_buf_append(mem, data ? data : "", len);
  if (ok)
    st = SKG_OK;
  else
    skg_err(err, st = SKG_ERR_WRITE, NULL, 0, 0, SIZE_MAX,
            "cannot render the diagram as %s", format);
  if (data)
    gvFreeRenderData(data);
  gvFreeLayout(gvc, ag);
  return st;
}

static skg_status write_diagram(const skg_graph *g, FILE *out, skg_buf *mem,
                                const skg_write_opts *o, const char *format,
                                skg_error *err) {
  static const skg_write_opts none = {0};
  size_t n = skg_graph_n_entities(g);
  diagram d = {.g = g, .o = o ? o : &none};
  d.base = d.o->base ? d.o->base : SKG_DEFAULT_BASE;
  d.keep = skg_xcalloc(n + 1, 1);
  d.home = skg_xmalloc((n + 1) * sizeof *d.home);
  memset(d.home, 0xff, (n + 1) * sizeof *d.home); /* SKG_NONE */
  name_ids ids;
  name_ids_init(&ids);
  Agraph_t *ag = NULL;
  /* Graphviz reports warnings on stderr by itself; only main.c prints, so
     they are held back (cgraph keeps them aside) and the level restored. */
  agerrlevel_t level = agseterr(AGMAX);
  skg_status st = prepare(&d, err);
  if (st)
    goto done;
  ag = agopen(CG(d.o->name && *d.o->name ? d.o->name : "screenkg"), Agdirected,
              &ids.disc);
  if (!ag) {
    st = skg_err(err, SKG_ERR_NOMEM, NULL, 0, 0, SIZE_MAX, "cgraph failed");
    goto done;
  }
  build(&d, ag);
  st = emit(&d, ag, out, mem, format, err);
done:
  if (ag)
    agclose(ag);
  name_ids_free(&ids); /* after agclose: cgraph looks names up until then */
  agseterr(level);
  free(d.e);
  free(d.keep);
  free(d.home);
  return st;
}

skg_status skg_write_dot(const skg_graph *g, FILE *out, const skg_write_opts *o,
                         skg_error *err) {
  return write_diagram(g, out, NULL, o, NULL, err);
}

skg_status skg_write_svg(const skg_graph *g, FILE *out, const skg_write_opts *o,
                         skg_error *err) {
  return write_diagram(g, out, NULL, o, "svg", err);
}

skg_status skg_render_svg(const skg_graph *g, const skg_write_opts *o,
                          skg_buf *out, skg_error *err) {
  return write_diagram(g, NULL, out, o, "svg", err);
}

/* png:cairo: antialiased text and shapes (the gd renderer has neither). */
skg_status skg_write_png(const skg_graph *g, FILE *out, const skg_write_opts *o,
                         skg_error *err) {
  return write_diagram(g, out, NULL, o, "png:cairo", err);
}
