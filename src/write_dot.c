/* write_dot.c: the diagram writers, DOT, SVG and PNG, and the SVG the HTML
   page embeds. write_dot_view.c decides what a diagram shows and
   write_dot_graph.c builds it with cgraph; this file writes it out. DOT is
   written before any layout (deterministic text that users can lay out
   again); SVG and PNG are laid out and rendered by gvc into memory, in a
   child process (child.c) so that a crash in a Graphviz plugin costs the
   diagram only, and written here, because gvRender to a FILE * calls
   exit() when a write fails (a full disk would end the process without a
   word). The dot program is never run. */
#include "write.h"

#include "buf.h"
#include "child.h"
#include "write_dot_graph.h"
#include "write_dot_view.h"

#include <gvc.h>

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* The largest PNG, in inches at 96 dpi: 4,992 px a side, under the 5,000
   px that image viewers and sites take without complaint. Larger drawings
   are scaled down: at full size a 4,000-node drawing is 14,000 px wide
   (440 MB of pixels, twice the rendering time), and the SVG is the one to
   zoom into. */
#define MAX_PNG_INCHES "52,52"

/* Graphviz 2.43's pango text layout keeps a pointer to the font name of
   the context that last measured text and reads it at the next
   measurement, so freeing a context and making another reads freed memory
   (two gvContext/gvFreeContext rounds in a plain program are enough).
   A context is therefore made once, in the child that lays out (see
   render), and never freed: it ends with that process, like the plugins
   it loads. */
static GVC_t *shared_gvc(void) {
  static GVC_t *gvc;
  if (!gvc)
    gvc = gvContext();
  return gvc;
}

/* Ends a write to out that went well so far when ok: write errors stick to
   the stream, and flushing reports the last ones. The caller clears errno
   before writing, so a failure names its cause when the C library gave
   one. */
static skg_status finish(FILE *out, bool ok, skg_error *err) {
  if (ok && fflush(out) == 0 && !ferror(out))
    return SKG_OK;
  if (errno)
    return skg_err(err, SKG_ERR_WRITE, NULL, 0, 0, SIZE_MAX, "write error: %s",
                   strerror(errno));
  return skg_err(err, SKG_ERR_WRITE, NULL, 0, 0, SIZE_MAX, "write error");
}

/* Writes the len bytes at data to out. */
static skg_status write_bytes(FILE *out, const char *data, size_t len,
                              skg_error *err) {
  errno = 0;
  return finish(out, len == 0 || fwrite(data, 1, len, out) == len, err);
}

/* The diagram's layout and rendering, in a child process (child.c): the
   bytes come back or the diagram fails with a message, whatever Graphviz
   does. Five minutes is far beyond any diagram a person can read (4,948
   nodes take 2 s with sfdp); the address space is capped 4 GB above the
   parent's. */
static const skg_child_limits LAYOUT_LIMITS = {"Graphviz layout and rendering",
                                               300, 4096};

typedef struct {
  const dg_diagram *d;
  Agraph_t *ag;
  const char *format;
} layout_job;

/* Graphviz 2.43's dot gives a labelled edge whose ends land on one rank
   with nodes between them (a "flat" edge: an edge between two clusters
   that the cluster ranking puts side by side, or any rank=same pair) a
   label node in the rank above, and grows that rank's node list with
   realloc (flat.c, make_vn_slot) without updating the copy of the pointer
   that gvFreeLayout frees (rank_t.av): the old block is freed twice.
   Nothing reads the stale copy before that (ASan reports no use after
   free), so the drawing is right and only the clean-up is wrong. Pointing
   av back at the live list before gvFreeLayout frees each block once,
   for every input of that kind, and changes no drawing; where Graphviz
   keeps the two equal (every other layout, fixed versions) it does
   nothing. A list that starts inside the allocated one (a window, as
   mincross uses) is left alone: a grown list is a new block, never inside
   the old one, which was still allocated while realloc copied it. Only
   dot fills GD_rank. */
static void mend_flat_label_ranks(Agraph_t *ag, const char *engine) {
  if (strcmp(engine, "dot") != 0 || !GD_rank(ag))
    return;
  for (int r = GD_minrank(ag); r <= GD_maxrank(ag); r++) {
    rank_t *k = &GD_rank(ag)[r];
    uintptr_t v = (uintptr_t)k->v, av = (uintptr_t)k->av;
    size_t an = k->an > 0 ? (size_t)k->an : 0;
    if (k->v && (v < av || v > av + an * sizeof *k->av))
      k->av = k->v;
  }
}

/* In the child: lays out the job's graph with the diagram's engine and
   renders it as its format with gvc into memory (gvRenderData), appended
   to out. Rendering into memory fails only inside Graphviz (cairo out of
   memory, say): that is the diagram's failure (SKG_ERR_INTERNAL, the
   other outputs are written), not an output that cannot be written. */
static skg_status layout_render(void *ctx, skg_buf *out, skg_error *err) {
  const layout_job *j = ctx;
  skg_status st = SKG_ERR_INTERNAL;
  GVC_t *gvc = shared_gvc();
  if (!gvc)
    return skg_err(err, st, NULL, 0, 0, SIZE_MAX, "cannot start Graphviz");
  if (strncmp(j->format, "png", 3) == 0) /* read by the layout, used by render */
    dg_set(j->ag, "size", MAX_PNG_INCHES);
  if (gvLayout(gvc, j->ag, j->d->engine) != 0)
    return skg_err(err, st, NULL, 0, 0, SIZE_MAX, "Graphviz %s layout failed",
                   j->d->engine);
  char *data = NULL;
  unsigned int len = 0;
  if (gvRenderData(gvc, j->ag, j->format, &data, &len) != 0)
    st = skg_err(err, SKG_ERR_INTERNAL, NULL, 0, 0, SIZE_MAX,
                 "Graphviz could not render the diagram as %s (out of "
                 "memory?)",
                 j->format);
  else {
    skg_buf_append(out, data ? data : "", data ? len : 0);
    st = SKG_OK;
  }
  if (data)
    gvFreeRenderData(data);
  mend_flat_label_ranks(j->ag, j->d->engine);
  gvFreeLayout(gvc, j->ag);
  return st;
}

/* Lays out and renders ag as format (in a child process), then appends
   the bytes to mem or, when mem is NULL, writes them to out. */
static skg_status render(const dg_diagram *d, Agraph_t *ag, const char *format,
                         FILE *out, skg_buf *mem, skg_error *err) {
  layout_job j = {d, ag, format};
  skg_buf bytes = SKG_BUF_INIT;
  skg_status st = skg_child_run(layout_render, &j, &LAYOUT_LIMITS, &bytes, err);
  if (st == SKG_OK && mem)
    skg_buf_append(mem, bytes.data ? bytes.data : "", bytes.len);
  else if (st == SKG_OK)
    st = write_bytes(out, bytes.data, bytes.len, err);
  skg_buf_free(&bytes);
  return st;
}

/* Writes the diagram's DOT text (format NULL) to out, or renders it as
   format to out or into mem (when not NULL). */
static skg_status emit(const dg_diagram *d, FILE *out, skg_buf *mem,
                       const char *format, skg_error *err) {
  dg_cgraph *c = dg_cgraph_new(d);
  if (!c)
    return skg_err(err, SKG_ERR_NOMEM, NULL, 0, 0, SIZE_MAX, "cgraph failed");
  skg_status st;
  if (format)
    st = render(d, dg_cgraph_root(c), format, out, mem, err);
  else {
    errno = 0;
    st = finish(out, agwrite(dg_cgraph_root(c), out) == 0, err);
  }
  dg_cgraph_free(c);
  return st;
}

static skg_status write_diagram(const skg_graph *g, FILE *out, skg_buf *mem,
                                const skg_write_opts *o, const char *format,
                                skg_error *err) {
  dg_diagram d;
  /* Graphviz reports warnings on stderr by itself; only main.c prints, so
     they are held back (cgraph keeps them aside) and the level restored. */
  agerrlevel_t level = agseterr(AGMAX);
  skg_status st = dg_prepare(&d, g, o, err);
  if (st == SKG_OK)
    st = emit(&d, out, mem, format, err);
  agseterr(level);
  dg_free(&d);
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

bool skg_diagram_empty(const skg_graph *g, const skg_write_opts *o, char *why,
                       size_t size) {
  dg_diagram d;
  skg_error err = {0};
  bool empty = false;
  if (dg_prepare(&d, g, o, &err) == SKG_OK && dg_nothing_drawn(&d)) {
    snprintf(why, size, "the %s view has nothing to draw: %s",
             dg_view_name(d.v), dg_nothing_drawn(&d));
    empty = true;
  }
  dg_free(&d);
  return empty;
}

bool skg_diagram_capped(const skg_graph *g, const skg_write_opts *o, char *why,
                        size_t size) {
  dg_diagram d;
  skg_error err = {0};
  bool capped = false;
  if (dg_prepare(&d, g, o, &err) == SKG_OK && o->max_nodes > 0 &&
      d.nall > (size_t)o->max_nodes) {
    snprintf(why, size,
             "the %s view has %zu nodes, more than --max-nodes %d: the %d "
             "with the most links are drawn",
             dg_view_name(d.v), d.nall, o->max_nodes, o->max_nodes);
    capped = true;
  }
  dg_free(&d);
  return capped;
}
