/* intern.h: interned strings. Each distinct byte string is stored once, in
   chunks that never move (pointers to it stay valid), and numbered from 0
   in order of arrival. The index keeps only those numbers, 4 bytes a slot,
   and rehashes the strings when it grows: with a million small documents
   a graph holds some 26 strings a document, and the general hash index
   (table.h, 12 bytes a slot) was a quarter of its memory
   (bench/memory.md). The owner (skg_graph) holds it by value; it is not
   thread-safe. */
#ifndef SKG_INTERN_H
#define SKG_INTERN_H

#include <stddef.h>
#include <stdint.h>

typedef struct skg_intern_chunk skg_intern_chunk;

typedef struct {
  skg_intern_chunk *chunks;
  const char **strs; /* strs[id]: NUL-terminated copy */
  uint32_t *lens;    /* lens[id]: its length in bytes */
  size_t n, cap;
  uint32_t *slots; /* id + 1, 0 empty; open addressing, at most half full */
  size_t nslots;
} skg_intern;

#define SKG_INTERN_INIT                                                        \
  { NULL, NULL, NULL, 0, 0, NULL, 0 }

/* Returns the number of s[0..n), adding it when new. */
uint32_t skg_intern_put(skg_intern *in, const char *s, size_t n);
/* The number of s[0..n), or UINT32_MAX when it was never added. */
uint32_t skg_intern_find(const skg_intern *in, const char *s, size_t n);
/* A copy of s[0..n), NUL-terminated, in the same never-moving chunks but
   neither numbered nor indexed: for texts nobody looks up (a graph's
   document titles and names, graph_docs.c). Freed by skg_intern_free. */
const char *skg_intern_keep(skg_intern *in, const char *s, size_t n);
/* Frees the index only: the strings stay readable, and the next put
   rebuilds it. For a graph that will not intern again (finished). */
void skg_intern_drop_index(skg_intern *in);
void skg_intern_free(skg_intern *in);

static inline const char *skg_intern_str(const skg_intern *in, uint32_t id) {
  return id < in->n ? in->strs[id] : "";
}

#endif
