/* fuzz_norm.c: libFuzzer target for the Unicode helpers: UTF-8 validation
   and counting, identity keys, slugs and percent-encoding. */
#include "buf.h"
#include "norm.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  size_t bad = 0;
  skg_buf b = SKG_BUF_INIT;
  /* Percent-encoding takes any bytes. */
  skg_norm_pct(s, size, &b);
  skg_buf_clear(&b);
  if (!skg_utf8_valid(s, size, &bad)) {
    if (bad >= size)
      abort(); /* the offset of the bad sequence is inside the input */
    skg_buf_free(&b);
    return 0;
  }
  if (skg_utf8_count(s, size) > size)
    abort();
  skg_norm_key(s, size, &b);
  /* A key is valid UTF-8 without edge spaces, and normalising it again
     gives the same key. */
  const char *key = skg_buf_str(&b);
  size_t klen = strlen(key);
  if (!skg_utf8_valid(key, klen, &bad))
    abort();
  if (klen && (key[0] == ' ' || key[klen - 1] == ' '))
    abort();
  skg_buf again = SKG_BUF_INIT, slug = SKG_BUF_INIT;
  skg_norm_key(key, klen, &again);
  if (strcmp(skg_buf_str(&again), key) != 0)
    abort();
  skg_norm_slug(key, &slug);
  /* A slug is IRI-safe: [a-z0-9-] and %XX only. */
  for (const char *p = skg_buf_str(&slug); *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' ||
          *p == '%' || (*p >= 'A' && *p <= 'F')))
      abort();
  skg_buf_free(&again);
  skg_buf_free(&slug);
  skg_buf_free(&b);
  return 0;
}
