/* doc.h: a document: the text of one article and its sentences as spans.
   Readers make documents; extractors read them; the graph never sees one. */
#ifndef SKG_DOC_H
#define SKG_DOC_H

#include "skg.h"

#include <stddef.h>

typedef struct {
  size_t off, len;           /* bytes into the document text */
  size_t char_off, char_len; /* the same span in code points */
} skg_span;

typedef struct {
  char *name;     /* as given by the user */
  char *text;     /* UTF-8, NUL-terminated, without a byte-order mark */
  size_t len;     /* bytes */
  size_t chars;   /* code points */
  skg_span *sents;
  size_t nsents;
  char sha256[65]; /* hex digest of the text */
} skg_doc;

/* Reads a plain-text article from path ("-" is standard input) and splits
   it into sentences. Fails with file and position on a missing or
   unreadable file, a directory, an empty file, a NUL byte (binary data) or
   invalid UTF-8. The caller frees *out with skg_doc_free. */
skg_status skg_doc_load(const char *path, skg_doc **out, skg_error *err);

/* The same from memory: name is used in messages; data is copied. */
skg_status skg_doc_from_memory(const char *name, const char *data, size_t n,
                               skg_doc **out, skg_error *err);

void skg_doc_free(skg_doc *d);

/* Splits text[0..len) into sentences: boundaries after . ! ? (and closing
   quotes or brackets) followed by a space and a capital, a digit or an
   opening quote, unless the word before the stop is an initial ("S. J.")
   or a known abbreviation ("Inc.", "Jr.", "Dr."); every line break that
   ends a non-empty line is a boundary too. *out is allocated; returns the
   count. Spans exclude surrounding white space. */
size_t skg_split_sentences(const char *text, size_t len, skg_span **out);

#endif
