/* read_bz2.h: bzip2 input decompressed on a pool of threads. Wikipedia's
   "multistream" dumps (and pbzip2's and lbzip2's output) are
   concatenations of independent bzip2 streams; the input is cut into jobs
   at stream starts (the stream magic "BZh1".."BZh9" followed by the block
   magic, or the offsets of a --dump-index file), the jobs are decompressed
   at the same time, and their output is read in file order. The bytes
   read are the ones sequential decompression gives, whatever the cuts: a
   job that does not start a stream (a cut inside a long stream, or a
   false magic inside compressed data) is decoded on the reader's thread,
   continuing the stream state of the job before it. Owned by read_input.c
   (one decoder per input). */
#ifndef SKG_READ_BZ2_H
#define SKG_READ_BZ2_H

#include "skg.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct skg_bz2 skg_bz2;

/* Decompression threads for the run (--jobs); 1 or less: none (the
   sequential decoder of read_input.c). Set before reading. */
void skg_bz2_set_jobs(int jobs);
int skg_bz2_jobs(void);
/* --dump-index FILE: Wikipedia's multistream index ("OFFSET:ID:TITLE" a
   line, plain or bzip2) of the next dump read; NULL: find stream starts by
   their magic. Read when a bzip2 input opens; an index that cannot be read
   or parsed fails that input with its name and line. */
void skg_bz2_set_index(const char *path);

/* A decoder reading fd (name for messages), whose first n bytes were
   already read into first (copied). */
skg_status skg_bz2_open(int fd, const char *name, const unsigned char *first,
                        size_t n, skg_bz2 **out, skg_error *err);
/* Up to cap decompressed bytes into out; *got = 0 only at the end. */
skg_status skg_bz2_read(skg_bz2 *z, char *out, size_t cap, size_t *got,
                        skg_error *err);
/* Compressed bytes read from the file so far. */
uint64_t skg_bz2_raw(const skg_bz2 *z);
/* Stops the threads and frees z (NULL is fine). */
void skg_bz2_free(skg_bz2 *z);

#endif
