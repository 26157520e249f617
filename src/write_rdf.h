/* write_rdf.h: internal to the RDF writer (write_turtle.c, the nodes;
   write_rdf_prov.c, the provenance): the export in progress and the
   statement helpers both use. Not for other modules: they call the
   writers of write.h. */
#ifndef SKG_WRITE_RDF_H
#define SKG_WRITE_RDF_H

#include "buf.h"
#include "graph.h"
#include "skg.h"
#include "vocab.h"

#include <raptor2.h>
#include <stdbool.h>
#include <stdio.h>

#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define OWL "http://www.w3.org/2002/07/owl#"
#define XSD "http://www.w3.org/2001/XMLSchema#"
#define SKOS "http://www.w3.org/2004/02/skos/core#"
#define SCHEMA "https://schema.org/"
#define PROV "http://www.w3.org/ns/prov#"
#define OA "http://www.w3.org/ns/oa#"
#define WDT "http://www.wikidata.org/prop/direct/"
#define SKG SKG_ONTO_NS

/* One export in progress. Errors are sticky: after the first failure
   every later statement is skipped, so the node writers need no checks. */
typedef struct {
  const skg_graph *g;
  const char *base;
  bool provenance;
  /* N-Quads (--format nquads): with provenance, each fact goes into the
     named graph of every document that states it, instead of a reified
     skg:Assertion; graph is the current one (NULL: the default graph). */
  bool graphs;
  raptor_term *graph;
  bool run_written; /* the prov:Activity of the run is out (--stream) */
  raptor_world *world;
  raptor_serializer *ser;
  raptor_uri *xsd_integer, *xsd_decimal;
  raptor_iostream *io; /* raptor's output, gathered into blocks */
  FILE *out;
  unsigned char *block;
  size_t nblock;
  bool out_failed;
  int out_errno; /* errno of the failed write, 0 if unknown */
  skg_status st;
  char msg[256]; /* raptor's first error message, if any */
  /* Turtle in passes (write_turtle_split.c): which subjects this pass
     writes (NULL: all), and output bytes to drop (a repeated header). */
  struct rdf_split *split;
  size_t skip, skipped;
} emitter;

/* True when this Turtle pass writes no subject whose IRI begins with
   prefix (write_turtle_split.h): the caller may skip the node whole. */
bool rdf_skips_prefix(const emitter *em, const char *prefix);

/* Terms (NULL when raptor is out of memory; emit reports it). */
raptor_term *rdf_iri(emitter *em, const char *s);
/* Statements about s (borrowed); errors are sticky in em->st. */
void rdf_emit(emitter *em, raptor_term *s, const char *p, raptor_term *o);
void rdf_put_iri(emitter *em, raptor_term *s, const char *p, const char *o);
void rdf_put_str(emitter *em, raptor_term *s, const char *p, const char *o);
void rdf_put_int(emitter *em, raptor_term *s, const char *p, size_t n);
void rdf_drop(raptor_term *t);
/* A literal of datatype xsd:TYPE. */
raptor_term *rdf_typed(emitter *em, const char *s, const char *type);
/* Is the performance written (its actor, character and work known)? */
bool rdf_perf_written(const skg_performance *p);
/* IRIs, each written into b and returned. */
const char *rdf_entity_iri(emitter *em, skg_eid e, skg_buf *b);
const char *rdf_doc_iri(emitter *em, uint32_t doc, skg_buf *b);
const char *rdf_onto_iri(const char *local, skg_buf *b);
/* A fact's object term: an entity IRI or a literal. */
raptor_term *rdf_fact_object(emitter *em, const skg_fact *f);
/* The fact's triple (in em->graph); none for a rating (rdf_on_review). */
void rdf_write_fact(emitter *em, const skg_fact *f);
/* A critic's rating: said by the review node, not as a fact. */
bool rdf_on_review(const skg_fact *f);

/* write_rdf_prov.c: the provenance of the node s (IRI node): links to
   the sentences of ev and the rules that read them. */
void rdf_write_evidence(emitter *em, raptor_term *s, const skg_evidence *ev,
                        uint32_t nev);
/* The reified fact, with its evidence. */
void rdf_write_assertion(emitter *em, const skg_fact *f);
/* The fact as one quad in the graph of each document that states it
   (em->graphs). */
void rdf_write_fact_graphs(emitter *em, const skg_fact *f);
/* Every sentence cited by the graph, once; the documents; the run. */
void rdf_write_sources(emitter *em);

#endif
