/* run.h: one run of screenkg over its inputs, once main.c has read the
   command line: read every input, extract on the pipeline's workers,
   merge (or stream) the graphs, write the wanted formats all or none,
   report errors and the summary. With main.c the only code that prints
   or exits (only a signal's handler exits here: skg_run returns the
   code for main to return). */
#ifndef SKG_RUN_H
#define SKG_RUN_H

#include "read.h"
#include "write.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The process's exit status. */
enum {
  EXIT_OK = 0,
  EXIT_INPUT = 1,    /* bad input: unreadable, not text, empty, malformed */
  EXIT_USAGE = 2,    /* bad option or argument */
  EXIT_IO = 3,       /* cannot write the output */
  EXIT_INTERNAL = 4, /* out of memory or a bug */
};

enum { MAX_FORMATS = 16 };

/* What the command line asked for (main.c fills it, the run reads it). */
typedef struct {
  const char *outdir, *name;
  bool want[MAX_FORMATS]; /* by writer row */
  bool quiet, stats, only_works, stream;
  bool all_pages;         /* --all-pages: no work filter on dumps */
  const char *dump_index; /* --dump-index FILE */
  int jobs;               /* extraction threads; 1: none */
  skg_in_format in_format;
  skg_shard shard;        /* --shard K/N: k = K - 1, n = N; n = 0 without */
  uint64_t max_document;  /* --max-document-bytes; 0: no limit */
  const char *source_iri; /* --source-iri: the one input's own IRI */
  const char *texts;      /* --texts DIR: extracted texts (write_texts.h) */
  bool graphs;            /* --graphs: also --format nquads */
  const char *timings;    /* --timings FILE: CPU time a document */
  skg_write_opts w;
} skg_run_opts;

/* The writer row of --format ntriples. */
size_t skg_run_ntriples_row(void);

/* Every signal that ends the process removes the run's temporary files
   first (run.c says which and how); call before skg_run. */
void skg_run_catch_signals(const skg_run_opts *o);

/* Reads, extracts and writes files[0..nfiles-1] as o says; returns the
   exit status (EXIT_*). Errors are reported on stderr as they happen. */
int skg_run(char **files, int nfiles, const skg_run_opts *o);

#endif
