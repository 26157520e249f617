/* write_dot_view.h: what a diagram draws, decided before any Graphviz
   object exists: which facts become edges, which entities nodes, which
   work's cluster each sits in and which edges merge. Shared by the three
   files of the diagram writers (write_dot_view.c decides, write_dot_graph.c
   turns the decision into a cgraph graph, write_dot.c lays it out and
   writes it); the dg_ names are theirs alone, like x_ in xctx.h. */
#ifndef SKG_WRITE_DOT_VIEW_H
#define SKG_WRITE_DOT_VIEW_H

#include "graph.h"
#include "skg.h"
#include "write.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* --view; VIEW_NAMES (write_dot_view.c) and VIEW_TITLES
   (write_dot_graph.c) follow this order. */
typedef enum {
  DG_VIEW_CAST,
  DG_VIEW_CREW,
  DG_VIEW_CRITICS,
  DG_VIEW_ALL,
  DG_VIEW_COSTARS, /* actors linked by shared works (write_dot_costars.c) */
  DG_VIEW_COUNT
} dg_view;

/* How a fact is drawn. The cast shortcuts are collapsed: an actor points at
   the characters they play and at the works they are cast in, and a work's
   characters sit in the work's cluster instead of hanging off edges. */
typedef enum {
  DG_K_SKIP,     /* literal facts: aliases, ratings, franchises */
  DG_K_PORTRAYS, /* actor -> character */
  DG_K_CAST,     /* castMember, drawn actor -> work */
  DG_K_MEMBER,   /* hasCharacter, drawn character -> work or as a cluster */
  DG_K_CREW,     /* work -> person or company, labelled with the role */
  DG_K_REVIEW,   /* critic -> work, labelled with the rating */
  DG_K_WRITES,   /* critic -> publication */
  DG_K_TIE,      /* between characters and groups, labelled */
  DG_K_OTHER,    /* the rest, labelled, in the "all" view only */
  DG_K_COSTAR,   /* actor - actor, in the costars view: shared works */
  DG_K_COUNT
} dg_kind;

typedef struct {
  unsigned views;    /* bit 1 << v for each dg_view v that draws the kind */
  int label;         /* 1: predicate label, 2: the review's rating */
  const char *color; /* edge colour */
  const char *style; /* edge style, or NULL */
} dg_kind_style;

/* The look of each kind of edge, and the views that draw it. */
extern const dg_kind_style DG_STYLES[DG_K_COUNT];

/* One edge of the diagram, in the graph's fact order. */
typedef struct {
  skg_eid t, h; /* tail and head as drawn */
  skg_pred p;
  dg_kind k;
  skg_sym rating;    /* DG_K_REVIEW: the review's rating, or 0 */
  uint32_t weight;   /* DG_K_COSTAR: works shared */
  uint32_t next;     /* next edge with the same ends, merged into this one */
  unsigned char off; /* not drawn: an end is filtered out, a cluster says it,
                        or it is merged into an earlier edge */
} dg_edge;

typedef struct {
  const skg_graph *g;      /* borrowed */
  const skg_write_opts *o; /* borrowed; never NULL */
  dg_view v;
  uint32_t depth;     /* --depth, or its default, for a focus */
  const char *base;   /* entity IRI base */
  const char *engine; /* Graphviz layout engine */
  dg_edge *e;
  size_t ne, cape;
  unsigned char *keep; /* per entity: 0 hidden, 1 drawn, 2 drawn as focus */
  skg_eid *home;       /* per entity: the work whose cluster holds it */
  size_t nkeep;        /* entities drawn */
  /* costars view only (NULL otherwise), per entity: */
  uint32_t *wdeg;       /* weighted degree: shared works summed over edges */
  uint32_t *community;  /* community rank, 0 the largest */
  unsigned char *named; /* 1: the node shows its label */
  uint32_t max_wdeg;    /* the largest wdeg drawn */
} dg_diagram;

/* Decides what the diagram of g with options o (NULL: the defaults) draws.
   SKG_ERR_USAGE for an unknown view or engine or a focus on nothing drawn.
   d borrows g and o; call dg_free(d) afterwards, also after an error. */
skg_status dg_prepare(dg_diagram *d, const skg_graph *g,
                      const skg_write_opts *o, skg_error *err);
/* The costars view (write_dot_costars.c). dg_costars_edges adds an edge
   per pair of co-stars and marks them drawn; after --focus,
   dg_costars_rank sizes, colours and labels what is drawn. */
void dg_costars_edges(dg_diagram *d);
void dg_costars_rank(dg_diagram *d);

/* Clutter (write_dot_clutter.c). dg_drop_bylines removes the edges of
   critics to publications when the critic has no review edge (unless
   --all-nodes), before the nodes are marked; dg_prune hides, after the
   focus, the entities with fewer drawn edges than --min-degree and,
   unless --all-nodes, those left without any. */
void dg_drop_bylines(dg_diagram *d);
void dg_prune(dg_diagram *d);
/* --via costars for a view other than costars: the focus follows the
   co-star links, given as offsets into one array (the caller frees both),
   and dg_via_costars_extend then adds what the people reached are drawn
   with, other people excepted. */
bool dg_via_costars(const dg_diagram *d);
void dg_costar_adjacency(const dg_diagram *d, size_t **start, skg_eid **adj);
void dg_via_costars_extend(dg_diagram *d);

/* Why d draws nothing ("no review was found"), or NULL when it draws
   something. */
const char *dg_nothing_drawn(const dg_diagram *d);
/* The name of view v ("critics"). */
const char *dg_view_name(dg_view v);

/* Frees what dg_prepare allocated in d (not d itself). */
void dg_free(dg_diagram *d);

#endif
