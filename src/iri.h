/* iri.h: the IRI scheme of docs/rdf-model.md, in one place for all writers. */
#ifndef SKG_IRI_H
#define SKG_IRI_H

#include "buf.h"
#include "graph.h"

/* Each appends a full IRI to out. base ends in '/' (or '#'). */
void skg_iri_entity(const skg_graph *g, const char *base, skg_eid e,
                    skg_buf *out);
void skg_iri_doc(const skg_graph *g, const char *base, uint32_t doc,
                 skg_buf *out);
/* A name for document doc that holds no local path: its page title, else
   the file's base name ("<stdin>" for standard input). */
const char *skg_iri_doc_label(const skg_graph *g, uint32_t doc);
void skg_iri_fact(const skg_graph *g, const char *base, const skg_fact *f,
                  skg_buf *out);
/* The sentence of evidence ev (an oa:SpecificResource): the document's
   IRI + "/BYTESTART-BYTEEND"; its selectors add "/position" and "/quote". */
void skg_iri_sentence(const skg_graph *g, const char *base,
                      const skg_evidence *ev, skg_buf *out);
void skg_iri_performance(const skg_graph *g, const char *base,
                         const skg_performance *p, skg_buf *out);
void skg_iri_review(const skg_graph *g, const char *base, const skg_review *r,
                    skg_buf *out);
/* Why base cannot be the base of entity IRIs, or NULL when it can: it
   must be an absolute IRI (RFC 3987: a scheme, ':', then IRI characters;
   no space, control character or any of "<>\\^`{|} -- and no ', which
   RFC 3987 allows but which is kept out of the SVG and HTML attributes the
   base reaches; a '%' only before two hex digits; valid UTF-8) ending in
   '/' or '#'. The reason is a constant string. */
const char *skg_iri_check_base(const char *base);
/* The same check without the ending: why s is not an absolute IRI that
   the RDF, SVG and HTML outputs can hold, or NULL. */
const char *skg_iri_check_abs(const char *s);
/* An ontology term: SKG_ONTO_NS + local. */
void skg_iri_onto(const char *local, skg_buf *out);

#endif
