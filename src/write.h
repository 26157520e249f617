/* write.h: the writer interface and the one table of output formats. */
#ifndef SKG_WRITE_H
#define SKG_WRITE_H

#include "buf.h"
#include "graph.h"
#include "skg.h"

#include <stdbool.h>
#include <stdio.h>

typedef struct {
  const char *base;   /* entity IRI base, ends in '/' or '#' */
  const char *name;   /* the run's NAME */
  bool provenance;    /* write documents, assertions and evidence */
  const char *view;   /* diagram view: "cast", "crew", "critics", "all",
                         "costars"; NULL: costars for a run of several
                         documents and works with a cast, else cast */
  const char *focus;  /* diagram: label of the entity to centre on, or NULL */
  int depth;          /* diagram: steps around focus */
  const char *layout; /* diagram: Graphviz engine, or NULL for automatic */
  bool all_labels;    /* costars diagram: label every node, not the top */
  bool all_nodes;     /* diagram: keep isolated entities and bylines */
  int min_degree;     /* diagram: hide entities with fewer drawn edges */
  const char *via;    /* diagram focus: "graph" (NULL) or "costars" */
  bool explain;       /* facts: add rule, place and sentence columns */
  bool csv_bom;       /* csv: a UTF-8 byte-order mark first */
  int max_nodes;      /* diagram: draw at most this many nodes; 0: all */
} skg_write_opts;

/* --max-nodes by default: a diagram of more nodes takes minutes to lay
   out (10,000: over 400 s) and cannot be read. */
#define SKG_MAX_NODES_DEFAULT 2000

typedef skg_status (*skg_write_fn)(const skg_graph *g, FILE *out,
                                   const skg_write_opts *o, skg_error *err);

typedef struct {
  const char *format; /* name for --format */
  const char *ext;    /* appended to NAME */
  skg_write_fn write;
  const char *what;   /* one line for --help */
} skg_writer;

/* The writers, in the order --help lists them. A format may have several
   rows (csv writes a node table and an edge table). */
const skg_writer *skg_writers(size_t *n);

/* Writers, one per module. */
skg_status skg_write_turtle(const skg_graph *g, FILE *out,
                            const skg_write_opts *o, skg_error *err);
skg_status skg_write_ntriples(const skg_graph *g, FILE *out,
                              const skg_write_opts *o, skg_error *err);
/* N-Quads: the facts in one named graph per document (docs/rdf-model.md). */
skg_status skg_write_nquads(const skg_graph *g, FILE *out,
                            const skg_write_opts *o, skg_error *err);
/* N-Triples written graph by graph (--stream): each graph's statements go
   out, flushed, as soon as it is given, so a long run's first documents
   can be read before the last is extracted. The lines are those
   skg_write_ntriples writes for each graph; one entity or fact stated in
   two graphs is written twice (an RDF graph is a set: loading removes
   the repeats). */
typedef struct skg_nt_stream skg_nt_stream;
/* Starts a stream to out; *s is set even on failure (close it). */
skg_status skg_nt_stream_open(FILE *out, const skg_write_opts *o,
                              skg_nt_stream **s, skg_error *err);
/* Writes the statements of g (finished). */
skg_status skg_nt_stream_write(skg_nt_stream *s, const skg_graph *g,
                               skg_error *err);
/* Ends the stream and frees s (NULL is fine); out stays open. */
skg_status skg_nt_stream_close(skg_nt_stream *s, skg_error *err);

skg_status skg_write_graphml(const skg_graph *g, FILE *out,
                             const skg_write_opts *o, skg_error *err);
/* Actors linked by shared works, characters by ties (write_projection.c). */
skg_status skg_write_projection(const skg_graph *g, FILE *out,
                                const skg_write_opts *o, skg_error *err);
/* The nodes and edges of the diagram view with their Graphviz positions,
   sizes and colours, as GEXF 1.3 (write_gexf.c). */
skg_status skg_write_gexf(const skg_graph *g, FILE *out,
                          const skg_write_opts *o, skg_error *err);
skg_status skg_write_dot(const skg_graph *g, FILE *out,
                         const skg_write_opts *o, skg_error *err);
skg_status skg_write_svg(const skg_graph *g, FILE *out,
                         const skg_write_opts *o, skg_error *err);
/* Renders the diagram exactly as skg_write_svg writes it, appending the
   SVG text to out; the caller frees out (skg_buf_free). For writers that
   embed the diagram (write_html.c). */
skg_status skg_render_svg(const skg_graph *g, const skg_write_opts *o,
                          skg_buf *out, skg_error *err);
skg_status skg_write_html(const skg_graph *g, FILE *out,
                          const skg_write_opts *o, skg_error *err);
/* True when the diagram of g with o (as skg_write_dot draws it) shows
   nothing but its title, with the reason in why ("the critics view has
   nothing to draw: no review was found"); false otherwise, also when o is
   invalid (the writers report that). For main.c's warning. */
bool skg_diagram_empty(const skg_graph *g, const skg_write_opts *o, char *why,
                       size_t size);
/* True when the diagram of g with o draws fewer nodes than it has, for
   --max-nodes, with what was drawn in why. For main.c's warning. */
bool skg_diagram_capped(const skg_graph *g, const skg_write_opts *o, char *why,
                        size_t size);
skg_status skg_write_png(const skg_graph *g, FILE *out,
                         const skg_write_opts *o, skg_error *err);
skg_status skg_write_facts(const skg_graph *g, FILE *out,
                           const skg_write_opts *o, skg_error *err);
skg_status skg_write_csv_nodes(const skg_graph *g, FILE *out,
                               const skg_write_opts *o, skg_error *err);
skg_status skg_write_csv_edges(const skg_graph *g, FILE *out,
                               const skg_write_opts *o, skg_error *err);

#endif
