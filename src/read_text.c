/* read_text.c: plain-text articles, one a file: the bytes are the text. */
#include "read.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

skg_status skg_read_text(const char *name, const char *data, size_t n,
                         skg_doc **out, skg_error *err) {
  skg_docb *b = skg_docb_new();
  skg_docb_raw(b, data, n);
  skg_flat_infobox(b, false);
  skg_status st = skg_docb_finish(b, name, out, err);
  skg_docb_free(b);
  return st;
}

skg_status skg_doc_from_memory(const char *name, const char *data, size_t n,
                               skg_doc **out, skg_error *err) {
  return skg_read_text(name, data, n, out, err);
}

/* Takes the one document of a plain-text input. */
static skg_status keep_doc(void *ctx, skg_doc *d, uint64_t raw) {
  (void)raw;
  *(skg_doc **)ctx = d;
  return SKG_OK;
}

skg_status skg_doc_load(const char *path, skg_doc **out, skg_error *err) {
  *out = NULL;
  struct stat sb;
  if (strcmp(path, "-") != 0 && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
    return skg_err(err, SKG_ERR_IO, path, 0, 0, SIZE_MAX,
                   "is a directory, not a text file");
  skg_sink sink = {NULL, keep_doc, NULL, out};
  return skg_read_input(path, SKG_IN_TEXT, &sink, err);
}
