/* read.h: the readers. Each turns one input format into documents
   (doc.h); read_input.c finds the inputs (files, folders, standard input),
   undoes gzip/bzip2 compression, recognises the format from the content
   and hands the documents of a corpus over one at a time, so memory does
   not grow with the number of pages. */
#ifndef SKG_READ_H
#define SKG_READ_H

#include "buf.h"
#include "doc.h"
#include "instream.h"
#include "skg.h"

#include <stdbool.h>
#include <stdint.h>

typedef enum {
  SKG_IN_AUTO,
  SKG_IN_TEXT,      /* one article a file */
  SKG_IN_HTML,      /* one saved page a file */
  SKG_IN_JSONL,     /* one {"title", "text"} object a line */
  SKG_IN_MEDIAWIKI, /* a MediaWiki XML export or dump of wikitext pages */
  SKG_IN_COUNT
} skg_in_format;

/* "auto", "text", ...; NULL past the end. */
const char *skg_in_format_name(skg_in_format f);
/* Looks a format up by name; false when unknown. */
bool skg_in_format_from_name(const char *name, skg_in_format *out);

/* A share of the documents: the run numbers every document of its inputs
   0, 1, 2, ... in input order (files in command-line order, a folder's
   files in byte order of their names, the lines of a JSON Lines file, the
   pages of a dump; bad documents, redirects and pages outside the article
   namespace included) and reads document i only when i % n == k. The
   numbering depends only on the inputs, so the n runs k = 0 .. n-1 read
   disjoint sets of documents that together are all of them. */
typedef struct {
  uint64_t k, n; /* n = 0 or 1: every document */
  uint64_t next; /* number of the next document; after reading, how many
                    the inputs held */
} skg_shard;

/* Where the documents go. The callbacks are called in input order. */
typedef struct {
  /* A new input file begins; size is its size on disk, 0 if unknown. */
  void (*file)(void *ctx, const char *path, uint64_t size);
  /* A document was read; the sink owns d (and frees it). raw is how many
     bytes of the current file have been read so far. A status other than
     SKG_OK stops reading and is returned by skg_read_input. */
  skg_status (*doc)(void *ctx, skg_doc *d, uint64_t raw);
  /* A bad document (a JSON line, a page) was skipped; reading goes on.
     err->st is SKG_OK for a page left out by design (a redirect, a page
     outside the article namespace): not an error. */
  void (*skipped)(void *ctx, const skg_error *err);
  void *ctx;
} skg_sink;

/* Reads path: a file (any format, compressed or not), a folder (its files
   recursively, in byte order of their names, hidden ones left out) or "-"
   (standard input). Each document goes to the sink; a bad document inside
   a corpus goes to sink->skipped. Returns the worst status. When err->st
   is set, err describes a failure not yet reported (path cannot be read,
   its one document is bad, a truncated XML dump); inside a folder each
   failing file goes to sink->skipped and the next one is read. */
skg_status skg_read_input(const char *path, skg_in_format format,
                          const skg_sink *sink, skg_error *err);
/* skg_read_input, with only the shard's documents going to sink->doc and
   sink->skipped; sh->next goes on counting from one input to the next.
   The other documents are read only as far as needed to find the next
   one (a plain-text or HTML file that is not the shard's is not read past
   its first bytes), so a bad one is reported by the run whose shard it
   is. Errors of a whole input (it cannot be opened, truncated
   compression, malformed XML) are reported by every shard. */
skg_status skg_read_shard(const char *path, skg_in_format format,
                          skg_shard *sh, const skg_sink *sink, skg_error *err);

/* Size in bytes of the files skg_read_input(path) would read, 0 when
   unknown (standard input). */
uint64_t skg_input_size(const char *path);

/* ---- one reader per format ---- */

/* read_text.c: a plain-text article. */
skg_status skg_read_text(const char *name, const char *data, size_t n,
                         skg_doc **out, skg_error *err);
/* read_html.c: a saved encyclopedia or news page: the article body with
   headings, paragraphs, lists and tables as lines, links recorded, a
   Wikipedia infobox as fields; navigation, scripts and footers dropped. */
skg_status skg_read_html(const char *name, const char *data, size_t n,
                         skg_doc **out, skg_error *err);
/* read_wiki.c: one page of wikitext titled title (may be NULL). */
skg_status skg_read_wiki(const char *name, const char *title,
                         const char *wikitext, size_t n, skg_doc **out,
                         skg_error *err);
/* read_flat.c: reads the lines of an infobox flattened into the plain
   text of b ("Directed by	Jane Roe") as infobox fields with their own
   line as evidence; without titled, a title line above them names the
   page. Plain-text readers call it before skg_docb_finish. */
void skg_flat_infobox(skg_docb *b, bool titled);
/* read_jsonl.c: a JSON Lines corpus, one article per line. */
skg_status skg_read_jsonl(skg_in *in, const skg_sink *sink, skg_error *err);
/* read_mwxml.c: a MediaWiki XML export, streamed page by page. */
skg_status skg_read_mwxml(skg_in *in, const skg_sink *sink, skg_error *err);

#endif
