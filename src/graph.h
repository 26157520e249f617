/* graph.h: the one model between extractors and writers: entities, typed
   facts with their evidence, performances and reviews.

   Build it with the add functions, call skg_graph_finish() once, then read it
   with the accessors: after finish, entity ids are positions in the sorted
   order (type, label, key) and every array is sorted, so writers that walk
   them in order produce the same bytes for the same input. */
#ifndef SKG_GRAPH_H
#define SKG_GRAPH_H

#include "vocab.h"

#include <stddef.h>
#include <stdint.h>

typedef uint32_t skg_sym; /* an interned string; 0 is the empty string */
typedef uint32_t skg_eid; /* an entity */
#define SKG_NONE UINT32_MAX

/* The largest offset a piece of evidence holds, so the most bytes a
   document's text may have: the offsets are 32-bit, which makes a piece
   36 bytes instead of 56 (most of a graph of many small documents is
   evidence: bench/memory.md). --max-document-bytes cannot be set above
   it, and skg_docb_finish refuses a text that grew past it. */
#define SKG_MAX_OFFSET UINT32_MAX

typedef struct {
  uint32_t doc;                  /* index into the graph's documents */
  uint32_t byte_start, byte_end; /* sentence span in the document, bytes */
  uint32_t char_start, char_end; /* the same span in code points */
  skg_sym sentence;              /* the sentence text */
  skg_sym rule;                  /* name of the rule that found the fact */
  skg_sym prefix, suffix;        /* the text just before and after the
                                    sentence (quote.h), or 0 */
} skg_evidence;

#define SKG_DIGEST_BYTES 32 /* SHA-256 */

/* An input document (graph_docs.c). Its texts are plain copies, NULL when
   absent, that live until skg_graph_free. name is as given on the command
   line; a merged graph keeps it only when there is no title (only the
   title names the document then: skg_iri_doc_label). */
typedef struct {
  const char *name;
  const char *title;       /* page title, or NULL */
  const char *source;      /* the page's own IRI (skg_doc.source), or NULL */
  const char *sha256_text; /* NULL: the digest is digest[]; else the text
                              given instead of a hex digest ("" for none) */
  uint32_t chars;          /* length in code points (at most SKG_MAX_OFFSET) */
  uint8_t digest[SKG_DIGEST_BYTES]; /* SHA-256 of the text */
} skg_document;

/* d's digest as 64 lowercase hex digits, written in buf, or the text given
   instead of one. */
const char *skg_document_sha256(const skg_document *d,
                                char buf[2 * SKG_DIGEST_BYTES + 1]);

typedef struct {
  skg_ent type;
  skg_sym label;      /* canonical label */
  skg_sym key;        /* identity key (norm.h) */
  skg_sym slug;       /* "class/slug", the IRI path below the base */
  const skg_sym *alt; /* other labels, sorted, without the canonical one */
  uint32_t nalt;
  skg_sym same_as;    /* its Wikipedia page (a wiki link's target), or 0 */
} skg_entity;

typedef struct {
  skg_eid s;
  skg_pred p;
  skg_eid o;   /* SKG_NONE for literal facts */
  skg_sym lit; /* literal object, when o == SKG_NONE */
  const skg_evidence *ev; /* sorted by (doc, start, end, rule) */
  uint32_t nev;
  uint32_t nstated; /* sentences that state it: nev, or more when the graph
                       keeps only the first evidence */
} skg_fact;

typedef struct {
  skg_eid actor, character, work;
  const skg_evidence *ev;
  uint32_t nev;
} skg_performance;

typedef struct {
  skg_eid critic, work;
  skg_eid publication; /* SKG_NONE when unknown */
  skg_sym rating;      /* normalised rating ("3/5", "B+") or 0 */
  const skg_evidence *ev;
  uint32_t nev;
} skg_review;

typedef struct skg_graph skg_graph;

/* Returns a new empty graph; free it with skg_graph_free (NULL is fine). */
skg_graph *skg_graph_new(void);
void skg_graph_free(skg_graph *g);

/* Interns s[0..n); the text lives until skg_graph_free. */
skg_sym skg_graph_intern(skg_graph *g, const char *s, size_t n);
const char *skg_sym_str(const skg_graph *g, skg_sym s);

/* Registers an input document and returns its index. */
uint32_t skg_graph_add_doc(skg_graph *g, const char *name, const char *sha256,
                           size_t chars);

/* Records document doc's page title and own IRI (either may be NULL):
   what names it portably (iri.h). */
void skg_graph_doc_origin(skg_graph *g, uint32_t doc, const char *title,
                          const char *source);

/* Finds or creates the entity named label with type t. Identity is the
   class of t plus the identity key of the label (or of any alternative label
   added before); when the entity exists, its type is raised to t if t ranks
   higher (Person < Critic < Actor). Returns SKG_NONE for an empty key. */
skg_eid skg_graph_entity(skg_graph *g, skg_ent t, const char *label,
                         size_t n);
/* skg_graph_entity with the identity key of key_text[0..kn) instead of the
   label's: a wiki link target with its qualifier ("Jane Roe (actress)"),
   so that two people of one name linked to two pages stay two, while the
   label is the name ("Jane Roe"). */
skg_eid skg_graph_entity_keyed(skg_graph *g, skg_ent t, const char *label,
                               size_t n, const char *key_text, size_t kn);
/* Records that e is the thing of the web page url (a Wikipedia page); the
   first page given wins. */
void skg_graph_entity_link(skg_graph *g, skg_eid e, const char *url);
/* Finds an entity of class c by label or alternative label; SKG_NONE if none.
   Only while building: skg_graph_finish() drops the label index, after
   which it finds nothing. */
skg_eid skg_graph_find(const skg_graph *g, skg_class c, const char *label,
                       size_t n);
/* Adds an alternative label (and its key as another way to find e). */
void skg_graph_add_label(skg_graph *g, skg_eid e, const char *label, size_t n);
skg_ent skg_graph_type(const skg_graph *g, skg_eid e);
/* Sets the type of e outright (same class only; other classes are ignored). */
void skg_graph_set_type(skg_graph *g, skg_eid e, skg_ent t);

/* Adds the fact s p o (or s p "lit"), or one more piece of evidence for it.
   Symmetric predicates are stored once per pair. ev may be NULL. */
void skg_graph_add_fact(skg_graph *g, skg_eid s, skg_pred p, skg_eid o,
                        const skg_evidence *ev);
void skg_graph_add_literal(skg_graph *g, skg_eid s, skg_pred p,
                           const char *lit, size_t n, const skg_evidence *ev);
/* Adds actor portrays character in work, with the shortcut facts portrays,
   castMember and hasCharacter. character or work may be SKG_NONE: then only
   the shortcuts that can be stated are added, and no performance node. */
void skg_graph_add_performance(skg_graph *g, skg_eid actor, skg_eid character,
                               skg_eid work, const skg_evidence *ev);
/* Adds a review (critic reviewed work, writesFor publication, rating). */
void skg_graph_add_review(skg_graph *g, skg_eid critic, skg_eid publication,
                          skg_eid work, const char *rating,
                          const skg_evidence *ev);

/* Adds everything in src (not finished) to dst (not finished), as if src's
   documents had been extracted into dst: src's entities join dst's by
   class + identity key (an alternative key counts too: first claim wins),
   their labels and types merge as skg_graph_entity would merge them, and
   facts, performances and reviews gather evidence from both. Merging the
   graphs of documents one by one, in input order, gives the same dst
   whatever thread extracted each document. */
void skg_graph_merge(skg_graph *dst, const skg_graph *src);

/* From now on keeps, of each fact's, performance's and review's evidence,
   only the first document's (ev[0] stays the same) while counting all of
   it in nstated: all that writers other than RDF with provenance read, in
   memory that does not grow with the number of documents that repeat a
   fact. */
void skg_graph_keep_first_evidence(skg_graph *g);

/* Sorts everything and renumbers entities by sorted position. Call once,
   after the last add; the add functions and skg_graph_find() must not be
   called afterwards (what only building needs is freed here, so that the
   writers run in less memory); skg_graph_type() reads the sorted entities. */
void skg_graph_finish(skg_graph *g);

size_t skg_graph_n_docs(const skg_graph *g);
const skg_document *skg_graph_doc(const skg_graph *g, size_t i);
size_t skg_graph_n_entities(const skg_graph *g);
const skg_entity *skg_graph_entity_at(const skg_graph *g, skg_eid e);
size_t skg_graph_n_facts(const skg_graph *g);
const skg_fact *skg_graph_fact_at(const skg_graph *g, size_t i);
size_t skg_graph_n_performances(const skg_graph *g);
const skg_performance *skg_graph_performance_at(const skg_graph *g, size_t i);
size_t skg_graph_n_reviews(const skg_graph *g);
const skg_review *skg_graph_review_at(const skg_graph *g, size_t i);

#endif
