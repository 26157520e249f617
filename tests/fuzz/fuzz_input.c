/* fuzz_input.c: libFuzzer target for read_input.c: format detection,
   gzip/bzip2 decoding and the streaming readers (JSON Lines, MediaWiki XML
   exports) behind it. The input is written to a temporary file because
   skg_read_input reads paths. */
#include "read.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void file(void *ctx, const char *path, uint64_t size) {
  (void)ctx;
  (void)path;
  (void)size;
}

static skg_status take(void *ctx, skg_doc *d, uint64_t raw) {
  (void)ctx;
  (void)raw;
  skg_doc_free(d);
  return SKG_OK;
}

static void skipped(void *ctx, const skg_error *err) {
  (void)ctx;
  (void)err;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char path[] = "/tmp/skg-fuzz-input.XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0)
    return 0;
  FILE *f = fdopen(fd, "wb");
  if (!f) {
    close(fd);
    unlink(path);
    return 0;
  }
  int ok = fwrite(data, 1, size, f) == size;
  if (fclose(f) == 0 && ok) {
    skg_sink sink = {file, take, skipped, NULL};
    skg_error err = {0};
    (void)skg_read_input(path, SKG_IN_AUTO, &sink, &err);
  }
  unlink(path);
  return 0;
}
