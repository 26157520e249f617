/* fuzz_html.c: libFuzzer target for the HTML reader (read_html.c) on
   arbitrary bytes, then extraction from what it read. */
#include "fuzz_extract.h"
#include "read.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  skg_error err = {0};
  skg_doc *d = NULL;
  if (skg_read_html("fuzz.html", (const char *)data, size, &d, &err) !=
      SKG_OK)
    d = NULL; /* rejected with a message, as it should be */
  fuzz_extract(d);
  return 0;
}
