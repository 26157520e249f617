/* intern.c: interned strings in never-moving chunks, with an index of
   string numbers (intern.h says why it stores no hashes). */
#include "intern.h"

#include "alloc.h"
#include "table.h"

#include <stdlib.h>
#include <string.h>

enum { CHUNK = 64 * 1024 };

struct skg_intern_chunk {
  skg_intern_chunk *next;
  size_t used, cap;
  char data[];
};

static char *arena_alloc(skg_intern *in, size_t n) {
  skg_intern_chunk *c = in->chunks;
  if (!c || c->cap - c->used < n) {
    size_t cap = n > CHUNK ? n : CHUNK;
    c = skg_xmalloc(sizeof *c + cap);
    c->next = in->chunks;
    c->used = 0;
    c->cap = cap;
    in->chunks = c;
  }
  char *p = c->data + c->used;
  c->used += n;
  return p;
}

/* The slot of s[0..n) (hash h): the one holding it, or the empty one where
   it would go. */
static size_t slot_of(const skg_intern *in, uint64_t h, const char *s,
                      size_t n) {
  size_t mask = in->nslots - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    uint32_t id = in->slots[i];
    if (!id || (in->lens[id - 1] == n && memcmp(in->strs[id - 1], s, n) == 0))
      return i;
  }
}

static void index_all(skg_intern *in, size_t nslots) {
  free(in->slots);
  in->slots = skg_xcalloc(nslots, sizeof *in->slots);
  in->nslots = nslots;
  for (size_t id = 0; id < in->n; id++) {
    size_t i = slot_of(in, skg_hash_words(in->strs[id], in->lens[id]),
                       in->strs[id], in->lens[id]);
    in->slots[i] = (uint32_t)id + 1;
  }
}

uint32_t skg_intern_find(const skg_intern *in, const char *s, size_t n) {
  if (!in->nslots)
    return UINT32_MAX;
  uint32_t id = in->slots[slot_of(in, skg_hash_words(s, n), s, n)];
  return id ? id - 1 : UINT32_MAX;
}

uint32_t skg_intern_put(skg_intern *in, const char *s, size_t n) {
  if ((in->n + 1) * 2 > in->nslots) { /* at most half full: short probes */
    size_t want = in->nslots ? in->nslots : 64;
    while ((in->n + 1) * 2 > want)
      want *= 2;
    index_all(in, want);
  }
  uint64_t h = skg_hash_words(s, n);
  size_t i = slot_of(in, h, s, n);
  if (in->slots[i])
    return in->slots[i] - 1;
  char *d = arena_alloc(in, n + 1);
  memcpy(d, s, n);
  d[n] = '\0';
  size_t cap = in->cap;
  in->strs = skg_xgrow(in->strs, &cap, in->n + 1, sizeof *in->strs);
  in->lens = skg_xgrow(in->lens, &in->cap, in->n + 1, sizeof *in->lens);
  in->strs[in->n] = d;
  in->lens[in->n] = (uint32_t)n;
  in->slots[i] = (uint32_t)++in->n;
  return (uint32_t)(in->n - 1);
}

const char *skg_intern_keep(skg_intern *in, const char *s, size_t n) {
  char *d = arena_alloc(in, n + 1);
  memcpy(d, s, n);
  d[n] = '\0';
  return d;
}

void skg_intern_drop_index(skg_intern *in) {
  free(in->slots);
  in->slots = NULL;
  in->nslots = 0;
}

void skg_intern_free(skg_intern *in) {
  for (skg_intern_chunk *c = in->chunks, *next; c; c = next) {
    next = c->next;
    free(c);
  }
  skg_intern_drop_index(in);
  free(in->strs);
  free(in->lens);
  *in = (skg_intern)SKG_INTERN_INIT;
}
