/* fuzz_wiki.c: libFuzzer target for the wikitext reader (read_wiki.c) on
   arbitrary bytes (templates, links, tables, references), then extraction
   from what it read. A redirect page is SKG_OK without a document. */
#include "fuzz_extract.h"
#include "read.h"

#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  skg_error err = {0};
  skg_doc *d = NULL;
  if (skg_read_wiki("fuzz.wiki", "Fuzz", (const char *)data, size, &d,
                    &err) != SKG_OK)
    d = NULL;
  fuzz_extract(d);
  return 0;
}
