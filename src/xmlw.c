/* xmlw.c: the XML frame shared by the GraphML and GEXF writers, and the
   GraphML parts of the GraphML writers (xmlw.h). */
#include "xmlw.h"

#include "iri.h"

#include <libxml/xmlerror.h>
#include <string.h>

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"
#define GRAPHML_XSD GRAPHML_NS " " GRAPHML_NS "/1.0/graphml.xsd"

#define XW SKG_XW
#define XS SKG_XS

#define WHY_LEN SKG_XMLW_WHY_LEN

/* The node keys of skg_xmlw_node. Key ids are descriptive on purpose:
   Gephi reads the yEd defaults "d3" and "d7" as node and edge labels
   whatever attr.name says. */
static const skg_xmlw_key NODE_KEYS[] = {
    {"n_label", "node", "label", "string"},
    {"n_type", "node", "type", "string"},
    {"n_class", "node", "class", "string"},
    {"n_iri", "node", "iri", "string"},
    {"n_slug", "node", "slug", "string"},
};

/* libxml2 prints I/O errors to stderr unless a handler takes them; only
   main.c prints, so the first message goes into the skg_error instead. */
void skg_xmlw_keep_error(void *data, skg_xml_error e) {
  char *why = data;
  if (why[0] || !e || !e->message)
    return;
  snprintf(why, WHY_LEN, "%s", e->message);
  why[strcspn(why, "\n")] = '\0';
}

/* C0 control characters other than tab, LF and CR aren't allowed in XML
   1.0, not even as character references; article text may hold some. */
static const char *clean(skg_buf *b, const char *s) {
  skg_buf_clear(b);
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    skg_buf_putc(b, c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : *s);
  }
  return skg_buf_str(b);
}

static int put_document(skg_xmlw *x, int (*body)(skg_xmlw *x, void *data),
                        void *data) {
  XW(xmlTextWriterStartDocument(x->w, NULL, "UTF-8", NULL));
  /* Declarations first, in the usual order (the NS calls put xmlns last). */
  XW(xmlTextWriterStartElement(x->w, XS("graphml")));
  XW(xmlTextWriterWriteAttribute(x->w, XS("xmlns"), XS(GRAPHML_NS)));
  XW(xmlTextWriterWriteAttribute(x->w, XS("xmlns:xsi"), XS(XSI_NS)));
  XW(xmlTextWriterWriteAttribute(x->w, XS("xsi:schemaLocation"),
                                 XS(GRAPHML_XSD)));
  XW(body(x, data));
  return xmlTextWriterEndDocument(x->w); /* closes graphml, flushes */
}

typedef struct {
  int (*body)(skg_xmlw *x, void *data);
  void *data;
} graphml_job;

static int put_graphml(skg_xmlw *x, void *data) {
  graphml_job *j = data;
  return put_document(x, j->body, j->data);
}

skg_status skg_xmlw_graphml(FILE *out, int (*body)(skg_xmlw *x, void *data),
                            void *data, skg_error *err) {
  graphml_job j = {body, data};
  return skg_xmlw_write(out, "GraphML", put_graphml, &j, err);
}

skg_status skg_xmlw_write(FILE *out, const char *format,
                          int (*doc)(skg_xmlw *x, void *data), void *data,
                          skg_error *err) {
  skg_status st = SKG_ERR_NOMEM;
  skg_xmlw x = {.w = NULL, .text = SKG_BUF_INIT};
  char why[WHY_LEN] = "";
  xmlStructuredErrorFunc old_handler = xmlStructuredError;
  void *old_data = xmlStructuredErrorContext;
  xmlSetStructuredErrorFunc(why, skg_xmlw_keep_error);
  /* The writer owns the buffer from here on and frees it; closing the
     buffer flushes but leaves out open. */
  xmlOutputBufferPtr ob = xmlOutputBufferCreateFile(out, NULL);
  if (!ob || !(x.w = xmlNewTextWriter(ob))) {
    if (ob)
      xmlOutputBufferClose(ob);
    goto done;
  }
  st = xmlTextWriterSetIndent(x.w, 1) < 0 ||
               xmlTextWriterSetIndentString(x.w, XS("  ")) < 0 ||
               doc(&x, data) < 0
           ? SKG_ERR_WRITE
           : SKG_OK;
done:
  if (x.w)
    xmlFreeTextWriter(x.w);
  xmlSetStructuredErrorFunc(old_data, old_handler);
  skg_buf_free(&x.text);
  if (st == SKG_OK && (fflush(out) || ferror(out)))
    st = SKG_ERR_WRITE;
  if (st)
    return skg_err(err, st, NULL, 0, 0, SIZE_MAX, "%s: %s", format,
                   why[0] ? why : skg_strerror(st));
  return SKG_OK;
}

const char *skg_xmlw_clean(skg_xmlw *x, const char *s) {
  return clean(&x->text, s);
}

int skg_xmlw_keys(skg_xmlw *x, const skg_xmlw_key *keys, size_t n) {
  for (size_t i = 0; i < n; i++) {
    XW(xmlTextWriterStartElement(x->w, XS("key")));
    XW(xmlTextWriterWriteAttribute(x->w, XS("id"), XS(keys[i].id)));
    XW(xmlTextWriterWriteAttribute(x->w, XS("for"), XS(keys[i].domain)));
    XW(xmlTextWriterWriteAttribute(x->w, XS("attr.name"), XS(keys[i].name)));
    XW(xmlTextWriterWriteAttribute(x->w, XS("attr.type"), XS(keys[i].type)));
    XW(xmlTextWriterEndElement(x->w));
  }
  return 0;
}

int skg_xmlw_data(skg_xmlw *x, const char *key, const char *value) {
  XW(xmlTextWriterStartElement(x->w, XS("data")));
  XW(xmlTextWriterWriteAttribute(x->w, XS("key"), XS(key)));
  XW(xmlTextWriterWriteString(x->w, XS(clean(&x->text, value))));
  return xmlTextWriterEndElement(x->w);
}

int skg_xmlw_node_keys(skg_xmlw *x) {
  return skg_xmlw_keys(x, NODE_KEYS, SKG_ARRAY_LEN(NODE_KEYS));
}

int skg_xmlw_graph(skg_xmlw *x, bool directed) {
  XW(xmlTextWriterStartElement(x->w, XS("graph")));
  XW(xmlTextWriterWriteAttribute(x->w, XS("id"), XS("G")));
  return xmlTextWriterWriteAttribute(x->w, XS("edgedefault"),
                                     XS(directed ? "directed" : "undirected"));
}

/* A node's id is "n" and the entity's number, its place in the graph's
   entity order: the GraphML schema types ids as NMTOKEN, which has no
   '/', so the slug ("person/charlie-cox") goes into the slug key. Both
   GraphML files number nodes the same way, so they join on ids. */
static const char *node_id(skg_eid e, char *buf, size_t size) {
  snprintf(buf, size, "n%lu", (unsigned long)e);
  return buf;
}

int skg_xmlw_node(skg_xmlw *x, const skg_graph *g, const char *base,
                  skg_eid e) {
  const skg_entity *en = skg_graph_entity_at(g, e);
  skg_buf iri = SKG_BUF_INIT;
  skg_iri_entity(g, base, e, &iri);
  int rc = -1;
  char id[32];
  if (xmlTextWriterStartElement(x->w, XS("node")) >= 0 &&
      xmlTextWriterWriteAttribute(x->w, XS("id"),
                                  XS(node_id(e, id, sizeof id))) >= 0 &&
      skg_xmlw_data(x, "n_label", skg_sym_str(g, en->label)) >= 0 &&
      skg_xmlw_data(x, "n_type", skg_ent_info_of(en->type)->name) >= 0 &&
      skg_xmlw_data(x, "n_class", skg_class_name(skg_ent_class(en->type))) >=
          0 &&
      skg_xmlw_data(x, "n_iri", skg_buf_str(&iri)) >= 0)
    rc = skg_xmlw_data(x, "n_slug", skg_sym_str(g, en->slug));
  skg_buf_free(&iri);
  return rc;
}

int skg_xmlw_edge(skg_xmlw *x, const skg_graph *g, size_t n, skg_eid s,
                  skg_eid o) {
  (void)g; /* ids are entity numbers */
  char id[32];
  snprintf(id, sizeof id, "e%zu", n);
  XW(xmlTextWriterStartElement(x->w, XS("edge")));
  XW(xmlTextWriterWriteAttribute(x->w, XS("id"), XS(id)));
  XW(xmlTextWriterWriteAttribute(x->w, XS("source"),
                                 XS(node_id(s, id, sizeof id))));
  return xmlTextWriterWriteAttribute(x->w, XS("target"),
                                     XS(node_id(o, id, sizeof id)));
}
