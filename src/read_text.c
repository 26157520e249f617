/* read_text.c: plain-text articles, one a file: the bytes are the text. */
#include "read.h"

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
