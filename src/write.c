/* write.c: the one list of output formats; main.c and --help read it. */
#include "write.h"

static const skg_writer WRITERS[] = {
    {"turtle", ".ttl", skg_write_turtle, "RDF Turtle (raptor2)"},
    {"ntriples", ".nt", skg_write_ntriples, "RDF N-Triples (raptor2)"},
    {"nquads", ".nq", skg_write_nquads,
     "RDF N-Quads, a graph per document (raptor2)"},
    {"graphml", ".graphml", skg_write_graphml, "GraphML (libxml2)"},
    {"coappear", ".coappear.graphml", skg_write_projection,
     "co-appearance GraphML (libxml2)"},
    {"gexf", ".gexf", skg_write_gexf,
     "GEXF 1.3 of the diagram, for Gephi (libxml2)"},
    {"dot", ".dot", skg_write_dot, "Graphviz DOT (cgraph)"},
    {"svg", ".svg", skg_write_svg, "diagram as SVG (gvc)"},
    {"png", ".png", skg_write_png, "diagram as PNG (gvc)"},
    {"html", ".html", skg_write_html,
     "diagram page: pan, zoom, search (libxml2)"},
    {"facts", ".facts.tsv", skg_write_facts,
     "one fact a line, TSV (docs/facts.md)"},
    {"csv", ".nodes.csv", skg_write_csv_nodes,
     "node and edge tables (RFC 4180)"},
    {"csv", ".edges.csv", skg_write_csv_edges,
     "node and edge tables (RFC 4180)"},
};

const skg_writer *skg_writers(size_t *n) {
  *n = SKG_ARRAY_LEN(WRITERS);
  return WRITERS;
}
