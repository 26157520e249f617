/* table.h: an open-addressing hash index over records kept elsewhere.
   The table stores record numbers; the caller hashes and compares, so one
   table type serves interned strings, entity keys and fact keys alike. */
#ifndef SKG_TABLE_H
#define SKG_TABLE_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
  uint32_t *slots; /* record number + 1; 0 is empty */
  uint64_t *hashes;
  size_t cap, used;
} skg_table;

/* True when record number rec is the one the probe describes. */
typedef int (*skg_table_eq)(const void *ctx, uint32_t rec, const void *probe);

/* Returns the record matching probe (hash h), or UINT32_MAX. */
uint32_t skg_table_get(const skg_table *t, uint64_t h, skg_table_eq eq,
                       const void *ctx, const void *probe);
/* Adds record rec under hash h (the caller checked it is absent). */
void skg_table_put(skg_table *t, uint64_t h, uint32_t rec);
void skg_table_free(skg_table *t);

/* FNV-1a over bytes, and a mixer for combining integers. */
uint64_t skg_hash_bytes(const void *p, size_t n);
uint64_t skg_hash_mix(uint64_t h, uint64_t v);
/* A hash of p[0..n) read eight bytes a step, for long texts. */
uint64_t skg_hash_words(const void *p, size_t n);

#endif
