/* xmlw.h: what the GraphML writers (write_graphml.c, write_projection.c)
   share on top of libxml2's xmlTextWriter: the document frame and its error
   handling, key declarations, cleaned data values, and the entity node and
   edge openings both files spell the same way. */
#ifndef SKG_XMLW_H
#define SKG_XMLW_H

#include "buf.h"
#include "graph.h"
#include "skg.h"

#include <libxml/xmlwriter.h>
#include <stdbool.h>
#include <stdio.h>

/* libxml2 returns -1 from every writer call that fails; stop at the first. */
#define SKG_XW(call)                                                           \
  do {                                                                         \
    if ((call) < 0)                                                            \
      return -1;                                                               \
  } while (0)

/* The size of the message buffer of skg_xmlw_keep_error. */
#define SKG_XMLW_WHY_LEN 128

#if LIBXML_VERSION >= 21200 /* the handler's argument became const */
typedef const xmlError *skg_xml_error;
#else
typedef xmlErrorPtr skg_xml_error;
#endif

/* A libxml2 structured error handler that keeps the first message, on one
   line, in data (a char[SKG_XMLW_WHY_LEN], "" at first) instead of
   printing it: only main.c prints. */
void skg_xmlw_keep_error(void *data, skg_xml_error e);

/* BAD_CAST is libxml2's own cast from char * to its unsigned xmlChar *. */
#define SKG_XS(s) BAD_CAST(s)

typedef struct {
  xmlTextWriterPtr w;
  skg_buf text; /* scratch: a cleaned value */
} skg_xmlw;

typedef struct {
  const char *id, *domain, *name, *type;
} skg_xmlw_key;

/* Writes a GraphML document to out: the XML declaration, the graphml root
   with its namespaces, then whatever body(x, data) writes (keys and the
   graph), then closes the document. libxml2's error messages are kept for
   err instead of going to stderr. Returns SKG_OK, or SKG_ERR_WRITE /
   SKG_ERR_NOMEM with err filled ("GraphML: ..."). out stays open. */
skg_status skg_xmlw_graphml(FILE *out, int (*body)(skg_xmlw *x, void *data),
                            void *data, skg_error *err);

/* The frame under skg_xmlw_graphml, for any XML format: a writer to out
   (indented by two spaces) on which doc(x, data) writes the whole
   document, from xmlTextWriterStartDocument to xmlTextWriterEndDocument.
   Errors as for skg_xmlw_graphml, the message starting with format
   ("GEXF: ..."). out stays open. */
skg_status skg_xmlw_write(FILE *out, const char *format,
                          int (*doc)(skg_xmlw *x, void *data), void *data,
                          skg_error *err);
/* value with the C0 control characters XML 1.0 forbids made spaces, in
   x's scratch buffer (valid until the next call). */
const char *skg_xmlw_clean(skg_xmlw *x, const char *value);

/* Each returns libxml2's convention: negative on failure. */
int skg_xmlw_keys(skg_xmlw *x, const skg_xmlw_key *keys, size_t n);
/* A data element; C0 control characters in value become spaces. */
int skg_xmlw_data(skg_xmlw *x, const char *key, const char *value);
/* The keys n_label, n_type, n_class, n_iri, n_slug that skg_xmlw_node
   writes. */
int skg_xmlw_node_keys(skg_xmlw *x);
/* Opens <graph id="G" edgedefault="directed"> (or "undirected"); the
   caller writes nodes before edges (igraph loses node attributes
   otherwise) and closes the element. */
int skg_xmlw_graph(skg_xmlw *x, bool directed);
/* Opens <node id="nE"> for entity e (E its number: GraphML ids are
   NMTOKENs, without '/') and writes its label, type, class, IRI (under
   base) and slug; the caller adds data and closes the element. */
int skg_xmlw_node(skg_xmlw *x, const skg_graph *g, const char *base, skg_eid e);
/* Opens <edge id="eN" source="nS" target="nO">; the caller adds data
   and closes the element. */
int skg_xmlw_edge(skg_xmlw *x, const skg_graph *g, size_t n, skg_eid s,
                  skg_eid o);

#endif
