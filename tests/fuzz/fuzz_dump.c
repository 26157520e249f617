/* fuzz_dump.c: libFuzzer target for the dump path: the first byte picks
   what the rest goes to. Even: the cheap page filter (page_filter.c) on
   a copy without a terminating NUL, so a read past the end is caught.
   Odd: read_input.c with two bzip2 threads (read_bz2.c) and the filter
   on every page, as for a multistream dump. */
#include "page_filter.h"
#include "read.h"
#include "read_bz2.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

static void read_dump(const uint8_t *data, size_t size) {
  char path[] = "/tmp/skg-fuzz-dump.XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0)
    return;
  FILE *f = fdopen(fd, "wb");
  if (!f) {
    close(fd);
    unlink(path);
    return;
  }
  int ok = fwrite(data, 1, size, f) == size;
  if (fclose(f) == 0 && ok) {
    skg_bz2_set_jobs(2);
    skg_page_filter_set(SKG_WORKS_ALL);
    skg_sink sink = {file, take, skipped, NULL};
    skg_error err = {0};
    (void)skg_read_input(path, SKG_IN_AUTO, &sink, &err);
  }
  unlink(path);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  if (data[0] & 1) {
    read_dump(data + 1, size - 1);
    return 0;
  }
  char *copy = malloc(size - 1 ? size - 1 : 1);
  if (!copy)
    return 0;
  memcpy(copy, data + 1, size - 1);
  (void)skg_page_maybe_work(copy, size - 1);
  free(copy);
  return 0;
}
