/* write_graphml.c: the graph as GraphML for networkx, igraph and Gephi:
   entities are nodes, entity-to-entity facts are directed edges, literal
   facts (alias, partOf, rating) are node attributes. docs/tables.md lists
   the keys. */
#include "write.h"

#include "buf.h"
#include "iri.h"

#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <string.h>

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"
#define GRAPHML_XSD GRAPHML_NS " " GRAPHML_NS "/1.0/graphml.xsd"

/* libxml2 returns -1 from every writer call that fails; stop at the first. */
#define XW(call)                                                               \
  do {                                                                         \
    if ((call) < 0)                                                            \
      return -1;                                                               \
  } while (0)

/* BAD_CAST is libxml2's own cast from char * to its unsigned xmlChar *. */
#define XS(s) BAD_CAST(s)

typedef struct {
  const char *id, *domain, *name, *type;
} key_def;

/* Key ids are descriptive on purpose: Gephi reads the yEd defaults "d3" and
   "d7" as node and edge labels whatever attr.name says. Types are the spec's
   own: igraph rejects "integer", and drops a key that has no type. The keys
   of literal predicates (n_alias, ...) come from the vocabulary. */
static const key_def KEYS[] = {
    {"n_label", "node", "label", "string"},
    {"n_type", "node", "type", "string"},
    {"n_class", "node", "class", "string"},
    {"n_iri", "node", "iri", "string"},
    {"n_altLabels", "node", "altLabels", "string"},
    {"e_predicate", "edge", "predicate", "string"},
    {"e_label", "edge", "label", "string"},
    {"e_evidence", "edge", "evidence", "int"},
    {"e_rule", "edge", "rule", "string"},
    {"e_sentence", "edge", "sentence", "string"},
    {"e_weight", "edge", "weight", "double"},
};

#define WHY_LEN 128

typedef struct {
  xmlTextWriterPtr w;
  const skg_graph *g;
  const char *base;
  skg_buf text, id;  /* scratch: a cleaned value, a key id */
  char why[WHY_LEN]; /* libxml2's first error message */
} ctx;

/* libxml2 prints I/O errors to stderr unless a handler takes them; only
   main.c prints, so the first message goes into the skg_error instead. */
#if LIBXML_VERSION >= 21200 /* the handler's argument became const */
typedef const xmlError *skg_xml_error;
#else
typedef xmlErrorPtr skg_xml_error;
#endif

static void keep_error(void *data, skg_xml_error e) {
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

static int put_key(xmlTextWriterPtr w, const char *id, const char *domain,
                   const char *name, const char *type) {
  XW(xmlTextWriterStartElement(w, XS("key")));
  XW(xmlTextWriterWriteAttribute(w, XS("id"), XS(id)));
  XW(xmlTextWriterWriteAttribute(w, XS("for"), XS(domain)));
  XW(xmlTextWriterWriteAttribute(w, XS("attr.name"), XS(name)));
  XW(xmlTextWriterWriteAttribute(w, XS("attr.type"), XS(type)));
  return xmlTextWriterEndElement(w);
}

static int put_keys(ctx *c) {
  for (size_t i = 0; i < SKG_ARRAY_LEN(KEYS); i++)
    XW(put_key(c->w, KEYS[i].id, KEYS[i].domain, KEYS[i].name, KEYS[i].type));
  for (int p = 0; p < SKG_PRED_COUNT; p++) {
    const skg_pred_info *pi = skg_pred_info_of((skg_pred)p);
    if (!pi->literal)
      continue;
    skg_buf_clear(&c->id);
    skg_buf_printf(&c->id, "n_%s", pi->name);
    XW(put_key(c->w, skg_buf_str(&c->id), "node", pi->name, "string"));
  }
  return 0;
}

static int put_data(ctx *c, const char *key, const char *value) {
  XW(xmlTextWriterStartElement(c->w, XS("data")));
  XW(xmlTextWriterWriteAttribute(c->w, XS("key"), XS(key)));
  XW(xmlTextWriterWriteString(c->w, XS(clean(&c->text, value))));
  return xmlTextWriterEndElement(c->w);
}

/* Writes one data element per literal predicate of entity e, the values of
   one predicate "|"-joined. Facts are sorted by subject, then predicate, so
   e's literals are the facts from *next on whose subject is e; *next moves
   past them for the following entity. */
static int put_literals(ctx *c, skg_eid e, size_t *next) {
  size_t n = skg_graph_n_facts(c->g);
  skg_buf vals = SKG_BUF_INIT;
  int rc = 0;
  for (; *next < n && skg_graph_fact_at(c->g, *next)->s <= e; (*next)++) {
    const skg_fact *f = skg_graph_fact_at(c->g, *next);
    if (f->s < e || f->o != SKG_NONE)
      continue;
    if (vals.len)
      skg_buf_putc(&vals, '|');
    skg_buf_puts(&vals, skg_sym_str(c->g, f->lit));
    const skg_fact *nx =
        *next + 1 < n ? skg_graph_fact_at(c->g, *next + 1) : NULL;
    if (nx && nx->s == e && nx->p == f->p && nx->o == SKG_NONE)
      continue; /* more values of the same predicate follow */
    skg_buf_clear(&c->id);
    skg_buf_printf(&c->id, "n_%s", skg_pred_info_of(f->p)->name);
    if ((rc = put_data(c, skg_buf_str(&c->id), skg_buf_str(&vals))) < 0)
      break;
    skg_buf_clear(&vals);
  }
  skg_buf_free(&vals);
  return rc;
}

static int put_alt_labels(ctx *c, const skg_entity *en) {
  if (!en->nalt)
    return 0;
  skg_buf alt = SKG_BUF_INIT;
  for (uint32_t i = 0; i < en->nalt; i++) {
    if (i)
      skg_buf_putc(&alt, '|');
    skg_buf_puts(&alt, skg_sym_str(c->g, en->alt[i]));
  }
  int rc = put_data(c, "n_altLabels", skg_buf_str(&alt));
  skg_buf_free(&alt);
  return rc;
}

static int put_node(ctx *c, skg_eid e, size_t *next) {
  const skg_entity *en = skg_graph_entity_at(c->g, e);
  skg_buf iri = SKG_BUF_INIT;
  skg_iri_entity(c->g, c->base, e, &iri);
  int rc = -1;
  if (xmlTextWriterStartElement(c->w, XS("node")) < 0 ||
      xmlTextWriterWriteAttribute(c->w, XS("id"),
                                  XS(skg_sym_str(c->g, en->slug))) < 0 ||
      put_data(c, "n_label", skg_sym_str(c->g, en->label)) < 0 ||
      put_data(c, "n_type", skg_ent_info_of(en->type)->name) < 0 ||
      put_data(c, "n_class", skg_class_name(skg_ent_class(en->type))) < 0 ||
      put_data(c, "n_iri", skg_buf_str(&iri)) < 0 ||
      put_alt_labels(c, en) < 0 || put_literals(c, e, next) < 0)
    goto done;
  rc = xmlTextWriterEndElement(c->w);
done:
  skg_buf_free(&iri);
  return rc;
}

static const char *slug_of(const skg_graph *g, skg_eid e) {
  return skg_sym_str(g, skg_graph_entity_at(g, e)->slug);
}

/* The weight is the number of sentences that state the fact, at least 1 so
   that a fact added without evidence still counts in weighted measures. */
static int put_edge(ctx *c, const skg_fact *f, size_t n) {
  const skg_pred_info *pi = skg_pred_info_of(f->p);
  char num[32];
  XW(xmlTextWriterStartElement(c->w, XS("edge")));
  snprintf(num, sizeof num, "e%zu", n);
  XW(xmlTextWriterWriteAttribute(c->w, XS("id"), XS(num)));
  XW(xmlTextWriterWriteAttribute(c->w, XS("source"), XS(slug_of(c->g, f->s))));
  XW(xmlTextWriterWriteAttribute(c->w, XS("target"), XS(slug_of(c->g, f->o))));
  XW(put_data(c, "e_predicate", pi->name));
  XW(put_data(c, "e_label", pi->label));
  snprintf(num, sizeof num, "%u", f->nev);
  XW(put_data(c, "e_evidence", num));
  if (f->nev) {
    XW(put_data(c, "e_rule", skg_sym_str(c->g, f->ev[0].rule)));
    XW(put_data(c, "e_sentence", skg_sym_str(c->g, f->ev[0].sentence)));
  }
  snprintf(num, sizeof num, "%u.0", f->nev ? f->nev : 1);
  XW(put_data(c, "e_weight", num));
  return xmlTextWriterEndElement(c->w);
}

static int put_graph(ctx *c) {
  XW(xmlTextWriterStartElement(c->w, XS("graph")));
  XW(xmlTextWriterWriteAttribute(c->w, XS("id"), XS("G")));
  XW(xmlTextWriterWriteAttribute(c->w, XS("edgedefault"), XS("directed")));
  /* Nodes before edges: igraph loses node attributes otherwise. */
  size_t next = 0;
  for (skg_eid e = 0; e < skg_graph_n_entities(c->g); e++)
    XW(put_node(c, e, &next));
  size_t nedge = 0;
  for (size_t i = 0; i < skg_graph_n_facts(c->g); i++) {
    const skg_fact *f = skg_graph_fact_at(c->g, i);
    if (f->o != SKG_NONE)
      XW(put_edge(c, f, nedge++));
  }
  return xmlTextWriterEndElement(c->w);
}

static int put_document(ctx *c) {
  XW(xmlTextWriterSetIndent(c->w, 1));
  XW(xmlTextWriterSetIndentString(c->w, XS("  ")));
  XW(xmlTextWriterStartDocument(c->w, NULL, "UTF-8", NULL));
  /* Declarations first, in the usual order (the NS calls put xmlns last). */
  XW(xmlTextWriterStartElement(c->w, XS("graphml")));
  XW(xmlTextWriterWriteAttribute(c->w, XS("xmlns"), XS(GRAPHML_NS)));
  XW(xmlTextWriterWriteAttribute(c->w, XS("xmlns:xsi"), XS(XSI_NS)));
  XW(xmlTextWriterWriteAttribute(c->w, XS("xsi:schemaLocation"),
                                 XS(GRAPHML_XSD)));
  XW(put_keys(c));
  XW(put_graph(c));
  return xmlTextWriterEndDocument(c->w); /* closes graphml, flushes */
}

skg_status skg_write_graphml(const skg_graph *g, FILE *out,
                             const skg_write_opts *o, skg_error *err) {
  skg_status st = SKG_ERR_NOMEM;
  ctx c = {.g = g, .base = o && o->base ? o->base : SKG_DEFAULT_BASE};
  xmlStructuredErrorFunc old_handler = xmlStructuredError;
  void *old_data = xmlStructuredErrorContext;
  xmlSetStructuredErrorFunc(c.why, keep_error);
  /* The writer owns the buffer from here on and frees it; closing the
     buffer flushes but leaves out open. */
  xmlOutputBufferPtr ob = xmlOutputBufferCreateFile(out, NULL);
  if (!ob || !(c.w = xmlNewTextWriter(ob))) {
    if (ob)
      xmlOutputBufferClose(ob);
    goto done;
  }
  st = put_document(&c) < 0 ? SKG_ERR_WRITE : SKG_OK;
done:
  if (c.w)
    xmlFreeTextWriter(c.w);
  xmlSetStructuredErrorFunc(old_data, old_handler);
  skg_buf_free(&c.text);
  skg_buf_free(&c.id);
  if (st == SKG_OK && (fflush(out) || ferror(out)))
    st = SKG_ERR_WRITE;
  if (st)
    return skg_err(err, st, NULL, 0, 0, SIZE_MAX, "GraphML: %s",
                   c.why[0] ? c.why : skg_strerror(st));
  return SKG_OK;
}
