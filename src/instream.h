/* instream.h: the decoded byte stream of one input (instream.c): what
   the readers read documents from, below them and below read_input.c,
   which opens the inputs. */
#ifndef SKG_INSTREAM_H
#define SKG_INSTREAM_H

#include "buf.h"
#include "graph.h"
#include "skg.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef struct skg_in skg_in;

/* A stream over f (opened by the caller, who closes it after
   skg_in_close) named name in messages. */
skg_in *skg_in_open(const char *name, FILE *f);
/* Recognises gzip or bzip2 and decodes enough of the start to tell the
   format: *head, *n get the decoded bytes so far, which stay unread. */
skg_status skg_in_start(skg_in *in, const char **head, size_t *n,
                        skg_error *err);
/* Frees the stream, not f. */
void skg_in_close(skg_in *in);

/* Reads up to cap decoded bytes into buf; *got = 0 at the end. */
skg_status skg_in_read(skg_in *in, char *buf, size_t cap, size_t *got,
                       skg_error *err);
/* Reads the next line (without its '\n') into line, replacing what was
   there; *eof is set when there is no more line. */
skg_status skg_in_line(skg_in *in, skg_buf *line, bool *eof, skg_error *err);
/* Appends the rest of the input to all. */
skg_status skg_in_all(skg_in *in, skg_buf *all, skg_error *err);
/* True when the input was UTF-16 (with a byte-order mark) and is read
   as UTF-8: a declared encoding in it no longer holds. */
bool skg_in_transcoded(const skg_in *in);
/* The input's name in messages; bytes read from the file so far. */
const char *skg_in_name(const skg_in *in);
uint64_t skg_in_raw(const skg_in *in);

/* The most bytes one document may take once decompressed (a text or HTML
   file, a JSON line, a dump's page), so that /dev/zero or a gzip bomb
   stops with an error instead of filling memory: --max-document-bytes.
   It is at most SKG_MAX_DOCUMENT_CEILING, what evidence offsets can hold
   (graph.h SKG_MAX_OFFSET); 0 is that ceiling. Set before reading. */
#define SKG_MAX_DOCUMENT_DEFAULT ((uint64_t)64 << 20)
#define SKG_MAX_DOCUMENT_CEILING ((uint64_t)SKG_MAX_OFFSET)
void skg_read_set_max_document(uint64_t bytes);
/* True when bytes is over the limit; skg_too_big fills err for input
   name, where reading stopped at byte at. */
bool skg_over_max(uint64_t bytes);
skg_status skg_too_big(const char *name, uint64_t at, skg_error *err);

#endif
