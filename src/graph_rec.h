/* graph_rec.h: the build records of the graph and the body of
   skg_graph, shared by the two files of the graph module: graph.c
   (building) and graph_finish.c (the canonical labels, the sort and the
   renumbering of skg_graph_finish). Internal to those files; callers
   see only graph.h. */
#ifndef SKG_GRAPH_REC_H
#define SKG_GRAPH_REC_H

#include "graph.h"
#include "intern.h"
#include "table.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* 32-bit counts: one list a fact, performance and review, of 24 bytes
   instead of 32 (a fact has fewer than 2^32 pieces: nstated is 32-bit). */
typedef struct {
  skg_evidence *v;
  uint32_t n, cap;
  uint32_t total; /* distinct pieces seen, kept or not */
  uint32_t id;    /* the list's number in the graph, for ev_seen */
} ev_list;

/* A piece of evidence of the current document: which list, which
   sentence (8 bytes). */
typedef struct {
  uint32_t list;
  uint32_t byte_start;
} ev_seen;

typedef struct {
  skg_sym label;
  skg_sym key;    /* the label's identity key */
  uint32_t count; /* times given as a name (skg_graph_entity); 0 for labels
                     only ever added as alternatives */
} label_use;

typedef struct {
  skg_ent type;
  skg_sym key;
  label_use *labels;
  size_t nlabels, cap;
  skg_sym same_as; /* skg_graph_entity_link, or 0 */
} ent_rec;

typedef struct {
  skg_class cls;
  skg_sym key;
  skg_eid e;
} key_rec;

/* A fact while the graph is built: what identifies it and its evidence,
   40 bytes (the public skg_fact is made by finish). */
typedef struct {
  skg_eid s;
  skg_pred p;
  skg_eid o;
  skg_sym lit;
} fact_key;

typedef struct {
  fact_key f;
  ev_list ev;
} fact_rec;

typedef struct {
  skg_performance p;
  ev_list ev;
} perf_rec;

typedef struct {
  skg_review r;
  ev_list ev;
} review_rec;

struct skg_graph {
  skg_intern strs;

  skg_document *docs;
  size_t ndocs, capdocs;

  ent_rec *ents;
  size_t nents, capents;
  skg_entity *out_ents; /* public view, built by finish */
  skg_sym *alt_pool;

  key_rec *keys;
  size_t nkeys, capkeys;
  skg_table key_index;

  fact_rec *facts;
  size_t nfacts, capfacts;
  skg_table fact_index;
  skg_fact *out_facts;

  perf_rec *perfs;
  size_t nperfs, capperfs;
  skg_table perf_index;
  skg_performance *out_perfs;

  review_rec *reviews;
  size_t nreviews, capreviews;
  skg_table review_index;
  skg_review *out_reviews;

  uint32_t nlists; /* evidence lists made, for their ids */
  /* The pieces of evidence of the current document (seen_doc), hashed, so
     that add_ev finds a repeat in constant time. Evidence comes document
     by document; the set starts again with each. */
  ev_seen *seen;
  size_t nseen, capseen;
  skg_table seen_index;
  uint32_t seen_doc;

  int finished;
  bool first_evidence_only; /* skg_graph_keep_first_evidence */
};
/* Frees what only building needs (graph.c): the lookup indexes (the
   string index too when strings_too) and the entity records. */
void graph_free_indexes(skg_graph *g, bool strings_too);
void graph_free_ent_records(skg_graph *g);
/* graph_docs.c: a copy of from (a document of another graph) added to dst;
   frees the documents (their texts are among the strings). */
uint32_t graph_merge_doc(skg_graph *dst, const skg_document *from);
void graph_free_docs(skg_graph *g);

#endif
