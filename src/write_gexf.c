/* write_gexf.c: a diagram view as GEXF 1.3 for Gephi (and networkx,
   sigma.js): the nodes and edges the view draws (write_dot_view.c decides,
   as for DOT, SVG and PNG), each node placed, sized and coloured as the
   Graphviz layout of that view draws it, so that Gephi opens the picture
   the SVG shows and can go on from there (ForceAtlas, filters, ranking).
   Node attributes: type, class, iri, slug, and in the costars view the
   community rank and weighted degree; edge attributes: predicate and
   kind. docs/tables.md describes them. Written with libxml2's
   xmlTextWriter through the frame of xmlw.c. */
#include "write.h"

#include "alloc.h"
#include "child.h"
#include "iri.h"
#include "write_dot_graph.h"
#include "write_dot_view.h"
#include "xmlw.h"

#include <gvc.h>

#include <stdlib.h>
#include <string.h>

#define XW SKG_XW
#define XS SKG_XS

#define GEXF_NS "http://gexf.net/1.3"
#define VIZ_NS "http://gexf.net/1.3/viz"

/* Where the layout put a node: centre and half the larger side (the
   radius Gephi draws), in points, Graphviz's unit (y up, as in Gephi). */
typedef struct {
  double x, y, r;
} place;

/* ---- the layout, in a child process as for SVG (write_dot.c) ---- */

static const skg_child_limits LAYOUT_LIMITS = {"Graphviz layout (GEXF)", 300,
                                               4096};

/* In the child: lays out the view's graph and writes one line "x y r" per
   drawn entity, in entity order. The context is never freed, as in
   write_dot.c (Graphviz 2.43 reads freed memory after gvFreeContext); it
   ends with the child. */
static skg_status layout_places(void *ctx, skg_buf *out, skg_error *err) {
  const dg_diagram *d = ctx;
  GVC_t *gvc = gvContext();
  dg_cgraph *c = gvc ? dg_cgraph_new(d) : NULL;
  if (!c)
    return skg_err(err, SKG_ERR_INTERNAL, NULL, 0, 0, SIZE_MAX,
                   "cannot start Graphviz");
  Agraph_t *ag = dg_cgraph_root(c);
  if (gvLayout(gvc, ag, d->engine) != 0)
    return skg_err(err, SKG_ERR_INTERNAL, NULL, 0, 0, SIZE_MAX,
                   "Graphviz %s layout failed", d->engine);
  for (skg_eid e = 0; e < skg_graph_n_entities(d->g); e++) {
    if (!d->keep[e])
      continue;
    const skg_entity *en = skg_graph_entity_at(d->g, e);
    Agnode_t *n = agnode(ag, (char *)skg_sym_str(d->g, en->slug), 0);
    /* the drawn extent in points (ND_width is rounded to inches) */
    double w = n ? ND_lw(n) + ND_rw(n) : 0, h = n ? ND_ht(n) : 0;
    skg_buf_printf(out, "%.2f %.2f %.2f\n", n ? ND_coord(n).x : 0.0,
                   n ? ND_coord(n).y : 0.0, (w > h ? w : h) / 2);
  }
  return SKG_OK;
}

/* Lays out d and sets *at to the places of the drawn entities, indexed by
   entity (zero for the others; the caller frees it). */
static skg_status lay_out(const dg_diagram *d, place **at, skg_error *err) {
  skg_buf lines = SKG_BUF_INIT;
  size_t n = skg_graph_n_entities(d->g);
  skg_status st =
      skg_child_run(layout_places, (void *)d, &LAYOUT_LIMITS, &lines, err);
  *at = skg_xcalloc(n + 1, sizeof **at);
  char *s = lines.data ? lines.data : "";
  for (skg_eid e = 0; st == SKG_OK && e < n; e++) {
    if (!d->keep[e])
      continue;
    (*at)[e].x = strtod(s, &s);
    (*at)[e].y = strtod(s, &s);
    (*at)[e].r = strtod(s, &s);
  }
  skg_buf_free(&lines);
  return st;
}

/* ---- the document ---- */

typedef struct {
  const dg_diagram *d;
  const place *at;
  skg_buf b; /* scratch */
} ctx;

typedef struct {
  const char *id, *title, *type;
} attr_decl;

static const attr_decl NODE_ATTRS[] = {
    {"type", "type", "string"},
    {"class", "class", "string"},
    {"iri", "iri", "string"},
    {"slug", "slug", "string"},
    {"community", "community", "integer"},
    {"weighted_degree", "weighted_degree", "integer"},
};
/* The costars view's own attributes: the last two node attributes. */
#define N_COSTAR_ATTRS 2

static const attr_decl EDGE_ATTRS[] = {
    {"predicate", "predicate", "string"},
    {"kind", "kind", "string"},
};

static const char *const KIND_NAMES[DG_K_COUNT] = {
    [DG_K_SKIP] = "skip",     [DG_K_PORTRAYS] = "portrays",
    [DG_K_CAST] = "cast",     [DG_K_MEMBER] = "character",
    [DG_K_CREW] = "crew",     [DG_K_REVIEW] = "review",
    [DG_K_WRITES] = "writes", [DG_K_TIE] = "tie",
    [DG_K_OTHER] = "other",   [DG_K_COSTAR] = "costar",
};

static int attr(skg_xmlw *x, const char *name, const char *value) {
  return xmlTextWriterWriteAttribute(x->w, XS(name),
                                     XS(skg_xmlw_clean(x, value)));
}

static int put_decls(skg_xmlw *x, const char *cls, const attr_decl *a,
                     size_t n) {
  XW(xmlTextWriterStartElement(x->w, XS("attributes")));
  XW(attr(x, "class", cls));
  for (size_t i = 0; i < n; i++) {
    XW(xmlTextWriterStartElement(x->w, XS("attribute")));
    XW(attr(x, "id", a[i].id));
    XW(attr(x, "title", a[i].title));
    XW(attr(x, "type", a[i].type));
    XW(xmlTextWriterEndElement(x->w));
  }
  return xmlTextWriterEndElement(x->w);
}

static int attvalue(skg_xmlw *x, const char *id, const char *value) {
  XW(xmlTextWriterStartElement(x->w, XS("attvalue")));
  XW(attr(x, "for", id));
  XW(attr(x, "value", value));
  return xmlTextWriterEndElement(x->w);
}

/* viz:color from "#rrggbb" (with or without alpha "aa"); other spellings
   are left out (Gephi then uses its default). */
static int put_colour(skg_xmlw *x, const char *hex) {
  size_t len = hex ? strlen(hex) : 0;
  if ((len != 7 && len != 9) || hex[0] != '#' ||
      strspn(hex + 1, "0123456789abcdefABCDEF") != len - 1)
    return 0;
  unsigned long v = strtoul(hex + 1, NULL, 16);
  unsigned a = len == 9 ? (unsigned)(v & 0xff) : 255;
  if (len == 9)
    v >>= 8;
  unsigned r = (unsigned)(v >> 16), g = (unsigned)(v >> 8) & 0xff,
           b = (unsigned)v & 0xff;
  XW(xmlTextWriterStartElement(x->w, XS("viz:color")));
  XW(xmlTextWriterWriteFormatAttribute(x->w, XS("r"), "%u", r));
  XW(xmlTextWriterWriteFormatAttribute(x->w, XS("g"), "%u", g));
  XW(xmlTextWriterWriteFormatAttribute(x->w, XS("b"), "%u", b));
  if (a != 255)
    XW(xmlTextWriterWriteFormatAttribute(x->w, XS("a"), "%.2f", a / 255.0));
  return xmlTextWriterEndElement(x->w);
}

static int put_node_values(ctx *c, skg_xmlw *x, skg_eid e) {
  const dg_diagram *d = c->d;
  const skg_entity *en = skg_graph_entity_at(d->g, e);
  XW(xmlTextWriterStartElement(x->w, XS("attvalues")));
  XW(attvalue(x, "type", skg_ent_info_of(en->type)->name));
  XW(attvalue(x, "class", skg_class_name(skg_ent_class(en->type))));
  skg_buf_clear(&c->b);
  skg_iri_entity(d->g, d->base, e, &c->b);
  XW(attvalue(x, "iri", skg_buf_str(&c->b)));
  XW(attvalue(x, "slug", skg_sym_str(d->g, en->slug)));
  if (d->v == DG_VIEW_COSTARS) {
    char num[32];
    snprintf(num, sizeof num, "%u", d->community[e]);
    XW(attvalue(x, "community", num));
    snprintf(num, sizeof num, "%u", d->wdeg[e]);
    XW(attvalue(x, "weighted_degree", num));
  }
  return xmlTextWriterEndElement(x->w);
}

/* The fill the diagram gives e: its community's in the costars view, its
   type's otherwise (write_dot_graph.c). */
static const char *fill_of(const dg_diagram *d, skg_eid e) {
  if (d->v == DG_VIEW_COSTARS)
    return dg_community_colour(d->community[e]);
  return skg_ent_info_of(skg_graph_entity_at(d->g, e)->type)->colour;
}

static int put_node(ctx *c, skg_xmlw *x, skg_eid e) {
  const skg_entity *en = skg_graph_entity_at(c->d->g, e);
  XW(xmlTextWriterStartElement(x->w, XS("node")));
  XW(xmlTextWriterWriteFormatAttribute(x->w, XS("id"), "n%lu",
                                       (unsigned long)e));
  XW(attr(x, "label", skg_sym_str(c->d->g, en->label)));
  XW(put_node_values(c, x, e));
  XW(put_colour(x, fill_of(c->d, e)));
  XW(xmlTextWriterStartElement(x->w, XS("viz:position")));
  XW(xmlTextWriterWriteFormatAttribute(x->w, XS("x"), "%.2f", c->at[e].x));
  XW(xmlTextWriterWriteFormatAttribute(x->w, XS("y"), "%.2f", c->at[e].y));
  XW(xmlTextWriterEndElement(x->w));
  XW(xmlTextWriterStartElement(x->w, XS("viz:size")));
  XW(xmlTextWriterWriteFormatAttribute(x->w, XS("value"), "%.2f", c->at[e].r));
  XW(xmlTextWriterEndElement(x->w));
  return xmlTextWriterEndElement(x->w);
}

/* An edge's colour as the diagram draws it: a co-star edge in its
   community's colour, grey between communities (write_dot_graph.c). */
static const char *edge_colour(const dg_diagram *d, const dg_edge *y) {
  if (y->k != DG_K_COSTAR)
    return DG_STYLES[y->k].color;
  if (d->community[y->t] == d->community[y->h])
    return dg_community_edge_colour(d->community[y->t]);
  return "#6c757d";
}

static int put_edge(ctx *c, skg_xmlw *x, const dg_edge *y, size_t n) {
  bool costar = y->k == DG_K_COSTAR;
  uint32_t weight = costar ? y->weight : 1;
  XW(xmlTextWriterStartElement(x->w, XS("edge")));
  XW(xmlTextWriterWriteFormatAttribute(x->w, XS("id"), "e%zu", n));
  XW(xmlTextWriterWriteFormatAttribute(x->w, XS("source"), "n%lu",
                                       (unsigned long)y->t));
  XW(xmlTextWriterWriteFormatAttribute(x->w, XS("target"), "n%lu",
                                       (unsigned long)y->h));
  XW(xmlTextWriterWriteFormatAttribute(x->w, XS("weight"), "%u", weight));
  XW(attr(x, "label", costar ? "co-star" : skg_pred_info_of(y->p)->label));
  XW(xmlTextWriterStartElement(x->w, XS("attvalues")));
  XW(attvalue(x, "predicate",
              costar ? "costar" : skg_pred_info_of(y->p)->name));
  XW(attvalue(x, "kind", KIND_NAMES[y->k]));
  XW(xmlTextWriterEndElement(x->w));
  XW(put_colour(x, edge_colour(c->d, y)));
  XW(xmlTextWriterStartElement(x->w, XS("viz:thickness")));
  XW(xmlTextWriterWriteFormatAttribute(x->w, XS("value"), "%u",
                                       costar ? dg_costar_width(weight) : 1));
  XW(xmlTextWriterEndElement(x->w));
  return xmlTextWriterEndElement(x->w);
}

static int put_meta(ctx *c, skg_xmlw *x) {
  const dg_diagram *d = c->d;
  XW(xmlTextWriterStartElement(x->w, XS("meta")));
  XW(xmlTextWriterWriteElement(x->w, XS("creator"), XS("screenkg")));
  skg_buf_clear(&c->b);
  if (d->o->name && *d->o->name)
    skg_buf_printf(&c->b, "%s: ", d->o->name);
  skg_buf_printf(&c->b, "the %s view", dg_view_name(d->v));
  if (dg_nothing_drawn(d))
    skg_buf_printf(&c->b, "; nothing to draw: %s", dg_nothing_drawn(d));
  XW(xmlTextWriterWriteElement(x->w, XS("description"),
                               XS(skg_xmlw_clean(x, skg_buf_str(&c->b)))));
  return xmlTextWriterEndElement(x->w);
}

static int put_graph(ctx *c, skg_xmlw *x) {
  const dg_diagram *d = c->d;
  bool costars = d->v == DG_VIEW_COSTARS;
  XW(xmlTextWriterStartElement(x->w, XS("graph")));
  XW(attr(x, "mode", "static"));
  XW(attr(x, "defaultedgetype", costars ? "undirected" : "directed"));
  XW(put_decls(x, "node", NODE_ATTRS,
               SKG_ARRAY_LEN(NODE_ATTRS) - (costars ? 0 : N_COSTAR_ATTRS)));
  XW(put_decls(x, "edge", EDGE_ATTRS, SKG_ARRAY_LEN(EDGE_ATTRS)));
  XW(xmlTextWriterStartElement(x->w, XS("nodes")));
  for (skg_eid e = 0; e < skg_graph_n_entities(d->g); e++)
    if (d->keep[e])
      XW(put_node(c, x, e));
  XW(xmlTextWriterEndElement(x->w));
  XW(xmlTextWriterStartElement(x->w, XS("edges")));
  size_t n = 0;
  for (size_t i = 0; i < d->ne; i++)
    if (!d->e[i].off)
      XW(put_edge(c, x, &d->e[i], n++));
  XW(xmlTextWriterEndElement(x->w));
  return xmlTextWriterEndElement(x->w);
}

static int put_document(skg_xmlw *x, void *data) {
  ctx *c = data;
  XW(xmlTextWriterStartDocument(x->w, NULL, "UTF-8", NULL));
  XW(xmlTextWriterStartElement(x->w, XS("gexf")));
  XW(attr(x, "xmlns", GEXF_NS));
  XW(attr(x, "xmlns:viz", VIZ_NS));
  XW(attr(x, "version", "1.3"));
  XW(put_meta(c, x));
  XW(put_graph(c, x));
  return xmlTextWriterEndDocument(x->w);
}

skg_status skg_write_gexf(const skg_graph *g, FILE *out,
                          const skg_write_opts *o, skg_error *err) {
  dg_diagram d;
  /* Graphviz's warnings are held back as in write_dot.c. */
  agerrlevel_t level = agseterr(AGMAX);
  skg_status st = dg_prepare(&d, g, o, err);
  place *at = NULL;
  if (st == SKG_OK)
    st = lay_out(&d, &at, err);
  if (st == SKG_OK) {
    ctx c = {.d = &d, .at = at, .b = SKG_BUF_INIT};
    st = skg_xmlw_write(out, "GEXF", put_document, &c, err);
    skg_buf_free(&c.b);
  }
  free(at);
  agseterr(level);
  dg_free(&d);
  return st;
}
