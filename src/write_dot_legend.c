/* write_dot_legend.c: the diagram's legend, and the costars view's
   colours and widths. The legend is one node whose HTML-like label is a
   table: a boxed key of the node styles and the edge styles the diagram
   draws. Being one node, it keeps its box in every engine (dot, neato, fdp,
   sfdp: the spring engines draw no clusters), and its samples can never be
   taken for entities or be pushed among them by the layout. */
#include "write_dot_graph.h"

#include "buf.h"
#include "vocab.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#define CG(s) ((char *)(s))

/* ColorBrewer Set3: twelve light colours that black text reads on. */
static const char *const SET3[] = {"#8dd3c7", "#ffffb3", "#bebada", "#fb8072",
                                   "#80b1d3", "#fdb462", "#b3de69", "#fccde5",
                                   "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"};

/* The same at 60 % brightness, for edges: a light line vanishes. */
static const char *const SET3_DARK[] = {
    "#547e77", "#99996b", "#726f82", "#964c44", "#4c6a7e", "#976c3a",
    "#6b853f", "#977b89", "#828282", "#704c71", "#7a8d76", "#998e42"};

const char *dg_community_colour(uint32_t c) {
  return SET3[c % (sizeof SET3 / sizeof *SET3)];
}

const char *dg_community_edge_colour(uint32_t c) {
  return SET3_DARK[c % (sizeof SET3_DARK / sizeof *SET3_DARK)];
}

unsigned dg_costar_width(uint32_t w) {
  return w == 0 ? 1 : w >= 5 ? 9 : 2 * w - 1;
}

/* The start of a row: a sample cell 36 points wide. */
#define SAMPLE "<TD WIDTH=\"36\" HEIGHT=\"14\" FIXEDSIZE=\"TRUE\""

/* A row with a filled, rounded swatch, for a kind of node. */
static void node_row(skg_buf *b, const char *fill, const char *text) {
  skg_buf_printf(b,
                 "<TR>" SAMPLE " BGCOLOR=\"%s\" STYLE=\"rounded\" "
                 "BORDER=\"1\" COLOR=\"#4a4e69\"></TD>"
                 "<TD ALIGN=\"LEFT\">%s</TD></TR>",
                 fill, text);
}

/* A row with a line of the edge's colour and width; dashed lines are
   three dashes. */
static void edge_row(skg_buf *b, const char *colour, unsigned width,
                     bool dashed, const char *text) {
  skg_buf_puts(b, "<TR>" SAMPLE "><TABLE BORDER=\"0\" CELLSPACING=\"0\" "
                  "CELLPADDING=\"0\"><TR>");
  for (int i = 0; i < (dashed ? 5 : 1); i++)
    skg_buf_printf(b,
                   "<TD WIDTH=\"%d\" HEIGHT=\"%u\" FIXEDSIZE=\"TRUE\"%s%s%s>"
                   "</TD>",
                   dashed ? 6 : 30, width, i % 2 ? "" : " BGCOLOR=\"",
                   i % 2 ? "" : colour, i % 2 ? "" : "\"");
  skg_buf_printf(b, "</TR></TABLE></TD><TD ALIGN=\"LEFT\">%s</TD></TR>", text);
}

/* The costars rows: the node style, then one line per width drawn. */
static void costars_rows(const dg_diagram *d, skg_buf *b) {
  bool width[6] = {false};
  for (size_t i = 0; i < d->ne; i++)
    if (!d->e[i].off)
      width[d->e[i].weight < 5 ? d->e[i].weight : 5] = true;
  node_row(b, dg_community_colour(0),
           "actor: size by weighted degree, colour by community");
  for (uint32_t w = 1; w <= 5; w++) {
    if (!width[w])
      continue;
    char text[64];
    snprintf(text, sizeof text, "%u%s shared work%s", w,
             w == 5 ? " or more" : "", w == 1 ? "" : "s");
    edge_row(b, "#6c757d", dg_costar_width(w), false, text);
  }
}

/* What each kind of edge means, in dg_kind order. */
static const char *const KIND_TEXT[DG_K_COUNT] = {
    [DG_K_PORTRAYS] = "plays (actor to character)",
    [DG_K_CAST] = "cast in (actor to work)",
    [DG_K_MEMBER] = "character of another work",
    [DG_K_CREW] = "crew or company role (labelled)",
    [DG_K_REVIEW] = "reviewed (labelled with the rating)",
    [DG_K_WRITES] = "writes for (critic to publication)",
    [DG_K_TIE] = "tie between characters (labelled)",
    [DG_K_OTHER] = "other fact (labelled)",
};

/* A fact view's rows: one per entity type drawn, the work box when
   clusters hold members, then one per kind of edge drawn. */
static void fact_rows(const dg_diagram *d, skg_buf *b) {
  bool type[SKG_ENT_COUNT] = {false}, kind[DG_K_COUNT] = {false};
  bool boxes = false;
  for (size_t e = 0; e < skg_graph_n_entities(d->g); e++)
    if (d->keep[e]) {
      type[skg_graph_entity_at(d->g, (skg_eid)e)->type] = true;
      boxes |= d->home[e] != SKG_NONE && d->home[e] != e;
    }
  for (size_t i = 0; i < d->ne; i++)
    if (!d->e[i].off)
      kind[d->e[i].k] = true;
  boxes &= strcmp(d->engine, "dot") == 0 || strcmp(d->engine, "fdp") == 0;
  for (int t = 0; t < SKG_ENT_COUNT; t++)
    if (type[t]) {
      const skg_ent_info *info = skg_ent_info_of((skg_ent)t);
      char text[64];
      snprintf(text, sizeof text, "%c%s",
               toupper((unsigned char)info->label[0]), info->label + 1);
      node_row(b, info->colour, text);
    }
  if (boxes)
    skg_buf_puts(b, "<TR>" SAMPLE " BGCOLOR=\"#fbf6ee\" STYLE=\"rounded\" "
                    "BORDER=\"1\" COLOR=\"#d9c8a9\"></TD><TD ALIGN=\"LEFT\">"
                    "a work with its characters and cast</TD></TR>");
  for (int k = 0; k < DG_K_COUNT; k++)
    if (kind[k] && KIND_TEXT[k])
      edge_row(b, DG_STYLES[k].color, 1,
               DG_STYLES[k].style && strcmp(DG_STYLES[k].style, "dashed") == 0,
               KIND_TEXT[k]);
}

/* The title is plain text: a bold one (<B>) makes pango load a bold face
   whose glib memory Graphviz 2.43 never frees (LeakSanitizer reports it,
   tests/checks/sanitize.sh). */
void dg_legend(const dg_diagram *d, Agraph_t *ag) {
  skg_buf b = SKG_BUF_INIT;
  skg_buf_puts(&b, "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"3\" "
                   "CELLPADDING=\"1\" COLOR=\"#adb5bd\" BGCOLOR=\"white\" "
                   "STYLE=\"rounded\"><TR><TD COLSPAN=\"2\">Legend"
                   "</TD></TR>");
  size_t head = b.len;
  if (d->v == DG_VIEW_COSTARS)
    costars_rows(d, &b);
  else
    fact_rows(d, &b);
  skg_buf_puts(&b, "</TABLE>");
  if (b.len > head + strlen("</TABLE>")) {
    Agnode_t *n = agnode(ag, CG("legend"), 1);
    dg_set(n, "shape", "plain");
    dg_set(n, "style", "");
    dg_set(n, "fontsize", "10");
    dg_set(n, "tooltip", "Legend");
    char *html = agstrdup_html(ag, CG(skg_buf_str(&b)));
    agxset(n, agattr(ag, AGNODE, CG("label"), NULL), html);
    agstrfree(ag, html);
  }
  skg_buf_free(&b);
}
