/* graph_docs.c: the graph's input documents. A million small documents
   made their records a third of the graph (bench/memory.md): name,
   title, source IRI and hex digest were interned strings, each with its
   index slot, array entries and copy, though nothing ever looks them up.
   Now a record holds the digest as its 32 raw bytes and its texts as
   plain copies among the graph's strings (no number, no index slot:
   skg_intern_keep), and a merged graph keeps a document's name only
   when no title names it. */
#include "graph_rec.h"

#include "alloc.h"

#include <stdlib.h>
#include <string.h>

enum { DIGEST_HEX = 2 * SKG_DIGEST_BYTES };

/* A copy of s among g's strings, not interned (nothing looks it up), or
   NULL for NULL or "" (what the writers take for "none"). */
static const char *keep_text(skg_graph *g, const char *s) {
  return s && *s ? skg_intern_keep(&g->strs, s, strlen(s)) : NULL;
}

void graph_free_docs(skg_graph *g) {
  free(g->docs);
  g->docs = NULL;
}

static int hex_value(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Keeps a digest of 64 lowercase hex digits (skg_doc_digest's) as its
   bytes; any other text (an empty one when the page has its own IRI) as
   given, so skg_document_sha256 gives back the same string. */
static void keep_digest(skg_graph *g, skg_document *d, const char *sha256) {
  const char *s = sha256 ? sha256 : "";
  bool hex = strlen(s) == DIGEST_HEX;
  for (size_t i = 0; hex && i < SKG_DIGEST_BYTES; i++) {
    int hi = hex_value(s[2 * i]), lo = hex_value(s[2 * i + 1]);
    hex = hi >= 0 && lo >= 0;
    if (hex)
      d->digest[i] = (uint8_t)(hi << 4 | lo);
  }
  d->sha256_text = hex ? NULL : *s ? keep_text(g, s) : "";
}

const char *skg_document_sha256(const skg_document *d,
                                char buf[2 * SKG_DIGEST_BYTES + 1]) {
  if (d->sha256_text)
    return d->sha256_text;
  static const char hex[] = "0123456789abcdef";
  for (size_t i = 0; i < SKG_DIGEST_BYTES; i++) {
    buf[2 * i] = hex[d->digest[i] >> 4];
    buf[2 * i + 1] = hex[d->digest[i] & 15];
  }
  buf[DIGEST_HEX] = '\0';
  return buf;
}

static skg_document *new_doc(skg_graph *g) {
  g->docs = skg_xgrow(g->docs, &g->capdocs, g->ndocs + 1, sizeof *g->docs);
  skg_document *d = &g->docs[g->ndocs];
  *d = (skg_document){0};
  return d;
}

uint32_t skg_graph_add_doc(skg_graph *g, const char *name, const char *sha256,
                           size_t chars) {
  skg_document *d = new_doc(g);
  d->name = keep_text(g, name);
  keep_digest(g, d, sha256);
  d->chars = (uint32_t)chars; /* a text has at most SKG_MAX_OFFSET bytes */
  return (uint32_t)g->ndocs++;
}

void skg_graph_doc_origin(skg_graph *g, uint32_t doc, const char *title,
                          const char *source) {
  g->docs[doc].title = keep_text(g, title);
  g->docs[doc].source = keep_text(g, source);
}

uint32_t graph_merge_doc(skg_graph *dst, const skg_document *from) {
  skg_document *d = new_doc(dst);
  *d = *from;
  d->title = keep_text(dst, from->title);
  d->source = keep_text(dst, from->source);
  /* what names a titled document is its title (skg_iri_doc_label) */
  d->name = d->title ? NULL : keep_text(dst, from->name);
  if (from->sha256_text)
    d->sha256_text =
        *from->sha256_text ? keep_text(dst, from->sha256_text) : "";
  return (uint32_t)dst->ndocs++;
}
