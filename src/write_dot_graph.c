/* write_dot_graph.c: the cgraph graph of a diagram: graph, node and edge
   attributes, the clusters of works, edge labels, dot's lanes and the
   legend, plus a name discipline that makes the DOT text follow creation
   order. It only draws what write_dot_view.c decided, and neither lays
   out nor renders (write_dot.c does), so everything here shows in the DOT
   text that the golden files pin down. */
#include "write_dot_graph.h"

#include "alloc.h"
#include "buf.h"
#include "iri.h"
#include "table.h"

#include <ctype.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* cgraph 2.43 declares names and values as char * but only reads and copies
   them, so our constant strings are passed with their const cast away. */
#define CG(s) ((char *)(s))

/* Titles of the views, in dg_view order. */
static const char *const VIEW_TITLES[DG_VIEW_COUNT] = {
    "Cast network", "Crew and companies", "Critics and reviews",
    "Knowledge graph", "Co-star network"};

/* Graphviz reads backslash sequences (\N, \n, \l) in labels, tooltips and
   URLs; a backslash in our text is a backslash, so it is doubled. */
static void put_esc(skg_buf *b, const char *s) {
  for (; *s; s++) {
    if (*s == '\\')
      skg_buf_putc(b, '\\');
    skg_buf_putc(b, *s);
  }
}

void dg_set(void *obj, const char *name, const char *value) {
  agsafeset(obj, CG(name), CG(value), CG(""));
}

static void set_esc(void *obj, const char *name, const char *value) {
  skg_buf b = SKG_BUF_INIT;
  put_esc(&b, value);
  dg_set(obj, name, skg_buf_str(&b));
  skg_buf_free(&b);
}

static void def(Agraph_t *ag, int kind_, const char *name, const char *value) {
  agattr(ag, kind_, CG(name), CG(value));
}

static void set_title(const dg_diagram *d, Agraph_t *ag) {
  skg_buf t = SKG_BUF_INIT;
  if (d->o->name && *d->o->name)
    skg_buf_printf(&t, "%s: ", d->o->name);
  skg_buf_puts(&t, VIEW_TITLES[d->v]);
  if (d->o->focus && *d->o->focus) {
    skg_eid e = 0; /* named after the first entity focused on */
    while (d->keep[e] != 2)
      e++;
    skg_buf_printf(&t, " around %s, %u step%s",
                   skg_sym_str(d->g, skg_graph_entity_at(d->g, e)->label),
                   d->depth, d->depth == 1 ? "" : "s");
  }
  skg_buf b = SKG_BUF_INIT;
  put_esc(&b, skg_buf_str(&t));
  if (dg_nothing_drawn(d)) /* on a second line: Graphviz's \n */
    skg_buf_printf(&b, "\\nnothing to draw: %s", dg_nothing_drawn(d));
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
static void set_defaults(const dg_diagram *d, Agraph_t *ag) {
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
static Agraph_t *work_cluster(const dg_diagram *d, Agraph_t *ag, skg_eid work) {
  skg_buf name = SKG_BUF_INIT;
  skg_buf_printf(&name, "cluster_%s",
                 skg_sym_str(d->g, skg_graph_entity_at(d->g, work)->slug));
  Agraph_t *c = agsubg(ag, CG(skg_buf_str(&name)), 0);
  if (!c) {
    c = agsubg(ag, CG(skg_buf_str(&name)), 1);
    dg_set(c, "label", "");
    dg_set(c, "style", "rounded,filled");
    dg_set(c, "color", "#d9c8a9");
    dg_set(c, "fillcolor", "#fbf6ee");
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
  dg_set(n, "shape", info->shape);
  dg_set(n, "fillcolor", info->colour);
  if (skg_ent_class(t) == SKG_CLASS_WORK) { /* the hubs */
    dg_set(n, "style", "filled,rounded,bold");
    dg_set(n, "fontsize", "13");
  }
}

/* The costars view: a circle whose size grows with the square root of the
   weighted degree (its area with the degree), filled with the colour of
   its community; a main actor shows the label, in a font that grows the
   same way. */
static void style_costar(const dg_diagram *d, Agnode_t *n, skg_eid e) {
  double f = d->max_wdeg ? sqrt((double)d->wdeg[e] / d->max_wdeg) : 0;
  char num[32];
  dg_set(n, "fillcolor", dg_community_colour(d->community[e]));
  snprintf(num, sizeof num, "%.2f", 0.2 + 0.5 * f);
  dg_set(n, "width", num);
  dg_set(n, "height", num);
  if (d->named[e]) {
    dg_set(n, "shape", "ellipse");
    snprintf(num, sizeof num, "%.0f", 10 + 8 * f);
    dg_set(n, "fontsize", num);
    dg_set(n, "margin", "0.04,0.02");
  } else {
    dg_set(n, "shape", "circle");
    dg_set(n, "fixedsize", "true");
    dg_set(n, "label", "");
  }
}

static Agnode_t *add_node(const dg_diagram *d, Agraph_t *ag, skg_eid e) {
  const skg_entity *en = skg_graph_entity_at(d->g, e);
  Agnode_t *n = agnode(ag, CG(skg_sym_str(d->g, en->slug)), 1);
  if (d->home[e] != SKG_NONE)
    agsubnode(work_cluster(d, ag, d->home[e]), n, 1);
  style_node(n, en->type);
  if (d->keep[e] == 2)
    dg_set(n, "penwidth", "3");
  set_esc(n, "label", skg_sym_str(d->g, en->label));
  if (d->v == DG_VIEW_COSTARS)
    style_costar(d, n, e);
  skg_buf b = SKG_BUF_INIT;
  skg_buf_printf(&b, "%s (", skg_sym_str(d->g, en->label));
  type_label(en->type, &b);
  skg_buf_putc(&b, ')');
  if (d->v == DG_VIEW_COSTARS)
    skg_buf_printf(&b, ": %u co-star link%s, weighted", d->wdeg[e],
                   d->wdeg[e] == 1 ? "" : "s");
  set_esc(n, "tooltip", skg_buf_str(&b));
  skg_buf_clear(&b);
  skg_iri_entity(d->g, d->base, e, &b);
  set_esc(n, "URL", skg_buf_str(&b));
  skg_buf_free(&b);
  return n;
}

/* The label of an edge and of the edges merged into it. */
static void edge_label(const dg_diagram *d, const dg_edge *x, skg_buf *out) {
  for (; x; x = x->next == UINT32_MAX ? NULL : &d->e[x->next]) {
    const char *s = DG_STYLES[x->k].label == 1   ? skg_pred_info_of(x->p)->label
                    : DG_STYLES[x->k].label == 2 ? skg_sym_str(d->g, x->rating)
                                                 : "";
    if (*s && out->len)
      skg_buf_puts(out, ", ");
    put_esc(out, s);
  }
}

/* A co-star edge: width dg_costar_width(shared works), in the colour of
   the community when both ends are in it (grey between communities), and
   the two names in its tooltip. */
static void style_costar_edge(const dg_diagram *d, Agedge_t *e,
                              const dg_edge *x, skg_buf *b) {
  char num[32];
  snprintf(num, sizeof num, "%u", dg_costar_width(x->weight));
  dg_set(e, "penwidth", num);
  snprintf(num, sizeof num, "%u", x->weight);
  dg_set(e, "weight", num);
  dg_set(e, "dir", "none");
  if (d->community[x->t] == d->community[x->h]) {
    skg_buf_clear(b);
    skg_buf_printf(b, "%s80", dg_community_edge_colour(d->community[x->t]));
    dg_set(e, "color", skg_buf_str(b));
  } else
    dg_set(e, "color", "#6c757d80");
  skg_buf_clear(b);
  skg_buf_printf(b, "%s \xe2\x80\x94 %s: %u shared work%s",
                 skg_sym_str(d->g, skg_graph_entity_at(d->g, x->t)->label),
                 skg_sym_str(d->g, skg_graph_entity_at(d->g, x->h)->label),
                 x->weight, x->weight == 1 ? "" : "s");
  set_esc(e, "tooltip", skg_buf_str(b));
}

static void add_edges(const dg_diagram *d, Agraph_t *ag, Agnode_t **nodes) {
  skg_buf b = SKG_BUF_INIT;
  for (size_t i = 0; i < d->ne; i++) {
    const dg_edge *x = &d->e[i];
    if (x->off)
      continue;
    Agedge_t *e = agedge(ag, nodes[x->t], nodes[x->h], NULL, 1);
    if (x->k == DG_K_COSTAR) {
      style_costar_edge(d, e, x, &b);
      continue;
    }
    dg_set(e, "color", DG_STYLES[x->k].color);
    if (DG_STYLES[x->k].style)
      dg_set(e, "style", DG_STYLES[x->k].style);
    if (x->k == DG_K_MEMBER || skg_pred_info_of(x->p)->symmetric)
      dg_set(e, "dir", "none");
    skg_buf_clear(&b);
    edge_label(d, x, &b);
    if (b.len) {
      dg_set(e, "label", skg_buf_str(&b));
      dg_set(e, "fontcolor", DG_STYLES[x->k].color);
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
static void add_lanes(const dg_diagram *d, Agraph_t *ag, Agnode_t **nodes) {
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
      dg_set(x, "style", "invis");
      dg_set(x, "minlen", minlen);
    }
  free(seen);
  free(count);
  free(inner);
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

/* ---- the graph ---- */

struct dg_cgraph {
  name_ids ids; /* outlives the graph: cgraph looks names up until agclose */
  Agraph_t *ag;
};

static void build(const dg_diagram *d, Agraph_t *ag) {
  size_t n = skg_graph_n_entities(d->g);
  Agnode_t **nodes = skg_xcalloc(n + 1, sizeof *nodes);
  set_defaults(d, ag);
  for (skg_eid e = 0; e < n; e++)
    if (d->keep[e])
      nodes[e] = add_node(d, ag, e);
  add_edges(d, ag, nodes);
  if (strcmp(d->engine, "dot") == 0)
    add_lanes(d, ag, nodes);
  dg_legend(d, ag);
  free(nodes);
}

dg_cgraph *dg_cgraph_new(const dg_diagram *d) {
  dg_cgraph *c = skg_xcalloc(1, sizeof *c);
  name_ids_init(&c->ids);
  const char *name = d->o->name && *d->o->name ? d->o->name : "screenkg";
  c->ag = agopen(CG(name), Agdirected, &c->ids.disc);
  if (!c->ag) {
    dg_cgraph_free(c);
    return NULL;
  }
  build(d, c->ag);
  return c;
}

Agraph_t *dg_cgraph_root(const dg_cgraph *c) { return c->ag; }

void dg_cgraph_free(dg_cgraph *c) {
  if (!c)
    return;
  if (c->ag)
    agclose(c->ag);
  name_ids_free(&c->ids);
  free(c);
}
