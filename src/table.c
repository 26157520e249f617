/* table.c: linear-probing hash index; grows at 50% load so probes stay short. */
#include "table.h"

#include "alloc.h"

#include <stdlib.h>
#include <string.h>

uint32_t skg_table_get(const skg_table *t, uint64_t h, skg_table_eq eq,
                       const void *ctx, const void *probe) {
  if (!t->cap)
    return UINT32_MAX;
  size_t mask = t->cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    uint32_t s = t->slots[i];
    if (!s)
      return UINT32_MAX;
    if (t->hashes[i] == h && eq(ctx, s - 1, probe))
      return s - 1;
  }
}

static void insert(uint32_t *slots, uint64_t *hashes, size_t cap, uint64_t h,
                   uint32_t slot) {
  size_t mask = cap - 1;
  size_t i = h & mask;
  while (slots[i])
    i = (i + 1) & mask;
  slots[i] = slot;
  hashes[i] = h;
}

static void grow(skg_table *t) {
  size_t cap = t->cap ? t->cap * 2 : 64;
  uint32_t *slots = skg_xcalloc(cap, sizeof *slots);
  uint64_t *hashes = skg_xcalloc(cap, sizeof *hashes);
  for (size_t i = 0; i < t->cap; i++)
    if (t->slots[i])
      insert(slots, hashes, cap, t->hashes[i], t->slots[i]);
  free(t->slots);
  free(t->hashes);
  t->slots = slots;
  t->hashes = hashes;
  t->cap = cap;
}

void skg_table_put(skg_table *t, uint64_t h, uint32_t rec) {
  if ((t->used + 1) * 2 > t->cap)
    grow(t);
  insert(t->slots, t->hashes, t->cap, h, rec + 1);
  t->used++;
}

void skg_table_free(skg_table *t) {
  free(t->slots);
  free(t->hashes);
  t->slots = NULL;
  t->hashes = NULL;
  t->cap = t->used = 0;
}

uint64_t skg_hash_bytes(const void *p, size_t n) {
  const unsigned char *b = p;
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= b[i];
    h *= 1099511628211ULL;
  }
  return h;
}

uint64_t skg_hash_mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

/* Eight bytes a step (the graph interns every evidence sentence, so
   skg_hash_bytes' byte a step was two thirds of skg_intern_put; the
   Turtle passes key a large subject's statements by their text). */
uint64_t skg_hash_words(const void *p, size_t n) {
  const char *s = p;
  const uint64_t k = 0x9e3779b97f4a7c15ULL;
  uint64_t h = (uint64_t)n * k, w;
  for (; n >= sizeof w; s += sizeof w, n -= sizeof w) {
    memcpy(&w, s, sizeof w);
    h = (h ^ w) * k;
    h ^= h >> 29;
  }
  if (n) {
    w = 0;
    memcpy(&w, s, n);
    h = (h ^ w) * k;
  }
  h ^= h >> 32; /* a table's slot takes the low bits */
  return h * 0xff51afd7ed558ccdULL ^ (h >> 29);
}
