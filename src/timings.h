/* timings.h: --timings FILE: the CPU time each document cost, so that a
   user sees which pages are slow. The run (run.c) adds one row a
   document in input order, whatever the number of workers, and writes
   them at the end as a TSV (document, bytes of its text, CPU ms) through
   out.h's temporary file and rename. The times are the thread CPU clock
   around the document's own work: reading it (and what the reader passed
   over before it), its rules, its merge into the run's graph. */
#ifndef SKG_TIMINGS_H
#define SKG_TIMINGS_H

#include "skg.h"

#include <stddef.h>
#include <stdint.h>

typedef struct skg_timings skg_timings;

/* Rows to be written to path ("-": standard output), whose temporary
   file is opened here, before any document is read: a file that cannot
   be written fails the run at once. NULL with err set on failure. */
skg_timings *skg_timings_open(const char *path, skg_error *err);
/* Removes the temporary file, unless committed, and frees t (NULL is
   fine). */
void skg_timings_free(skg_timings *t);

/* Appends a row; name is copied. */
void skg_timings_add(skg_timings *t, const char *name, size_t bytes,
                     uint64_t cpu_ns);

/* Writes the rows and renames the file into place. */
skg_status skg_timings_commit(skg_timings *t, skg_error *err);

/* CPU nanoseconds the calling thread has used so far. */
uint64_t skg_thread_cpu_ns(void);

#endif
