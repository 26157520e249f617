/* fuzz_split.c: libFuzzer target for the sentence splitter on arbitrary
   bytes (it is called on checked UTF-8 in the program, but must not read
   out of bounds on anything), checking the spans it returns. */
#include "doc.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  skg_span *s = NULL;
  size_t n = skg_split_sentences((const char *)data, size, &s);
  size_t end = 0;
  for (size_t i = 0; i < n; i++) {
    /* Spans are non-empty, in order, inside the text, and do not overlap. */
    if (s[i].len == 0 || s[i].off < end || s[i].off + s[i].len > size)
      abort();
    end = s[i].off + s[i].len;
  }
  free(s);
  return 0;
}
