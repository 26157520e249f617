/* read_mwxml.h: cutting a MediaWiki dump into pages at the byte level
   (read_mwxml_split.c), for read_mwxml.c: each piece is parsed on its own,
   so that a malformed page costs only itself. */
#ifndef SKG_READ_MWXML_H
#define SKG_READ_MWXML_H

#include "buf.h"
#include "read.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
  SKG_MW_PAGE,   /* up to and with a </page> */
  SKG_MW_BROKEN, /* a <page> without its </page>: cut before the next <page>,
                    or at the end of the input */
  SKG_MW_TAIL    /* what follows the last page (the root's end tag) */
} skg_mw_kind;

/* The input read ahead; a piece starts at buf.data + start. Its position
   in the file (1-based line and column, 0-based byte) is line, col, byte.
   Zero-initialise with in set; free with skg_mw_split_free. */
typedef struct {
  skg_in *in;
  skg_buf buf;
  size_t start;
  char *block; /* one read */
  bool eof;
  skg_status io_st; /* a read failure (truncated gzip): the input ends there */
  skg_error io_err;
  unsigned long line, col;
  uint64_t byte;
} skg_mw_split;

/* Finds the next piece: its kind, its length *len from the start and the
   offset *page_at of its "<page" (SIZE_MAX for the tail). At the end of
   the input the tail is empty. */
skg_mw_kind skg_mw_next(skg_mw_split *sp, size_t *len, size_t *page_at);
/* The piece's first byte. */
const char *skg_mw_piece(const skg_mw_split *sp);
/* Moves past len bytes of the piece. */
void skg_mw_consume(skg_mw_split *sp, size_t len);
void skg_mw_split_free(skg_mw_split *sp);

/* Appends the dump's header, s[0..n) (all before the first <page>), to out
   as each piece's prefix: <siteinfo> is dropped but for its line breaks
   (it can be kilobytes, parsed again for every page), so the header keeps
   its lines. */
void skg_mw_header(const char *s, size_t n, skg_buf *out);

#endif
