/* instream.h: the decoded byte stream of one input (instream.c): what
   the readers read documents from, below them and below read_input.c,
   which opens the inputs. */
#ifndef SKG_INSTREAM_H
#define SKG_INSTREAM_H

#include "buf.h"
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

/* Quiet readers keep their warnings and notes (an unbalanced template,
   a file of a folder skipped) to themselves: --quiet. Set before
   reading; read-only afterwards. */
void skg_read_set_quiet(bool quiet);
bool skg_read_quiet(void);

#endif
