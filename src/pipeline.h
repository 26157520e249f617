/* pipeline.h: extraction of documents on a pool of worker threads, with
   the results handed back in input order.

   Each document is extracted into a graph of its own (graph.h), by
   whichever worker is free; the caller's function gets those graphs one
   by one, in the order the documents were pushed, and merges them
   (skg_graph_merge) or streams them out. Extraction never looks at
   another document, so the result is the same for any number of workers,
   byte for byte. At most a few documents per worker are in flight: memory
   does not grow with the length of the input. */
#ifndef SKG_PIPELINE_H
#define SKG_PIPELINE_H

#include "doc.h"
#include "graph.h"
#include "skg.h"

#include <stdbool.h>
#include <stddef.h>

/* The outcome of one document. */
typedef struct {
  skg_graph *g;   /* its graph (not finished), NULL when left out */
  bool not_work;  /* left out by only_works */
  size_t nsents;  /* sentences read */
  skg_status st;  /* SKG_OK, or why extraction failed (err says more) */
  skg_error err;
} skg_doc_result;

/* Called in push order, never twice at once, but on a worker thread when
   there are workers: what it shares with the pushing thread needs a lock.
   It owns r->g. A status other than SKG_OK stops the pipeline: later
   pushes return it and later results are dropped. */
typedef skg_status (*skg_pipe_fn)(void *ctx, skg_doc_result *r);

typedef struct skg_pipe skg_pipe;

/* A pipeline with jobs workers (jobs <= 1: no threads, each document is
   extracted inside skg_pipe_push). only_works leaves out documents that
   are not about a film or a series. */
skg_pipe *skg_pipe_new(int jobs, bool only_works, skg_pipe_fn done,
                       void *ctx);
/* Hands d over (the pipeline frees it); waits while too many documents
   are in flight. Without workers, extracts d and delivers it at once. */
skg_status skg_pipe_push(skg_pipe *p, skg_doc *d);
/* Delivers the results of every document pushed so far. */
skg_status skg_pipe_drain(skg_pipe *p);
/* Drains, stops the workers and frees p (NULL is fine). */
void skg_pipe_free(skg_pipe *p);

/* The number of processors online, at least 1: the default for jobs. */
int skg_pipe_default_jobs(void);

#endif
