/* doc_clean.h: text hygiene for the document model (doc.c): code points
   XML 1.0 forbids and noncharacters are replaced by U+FFFD when a document
   is made, so every writer sees valid text. The replacement may change the
   length of the text (a 1-byte control becomes 3 bytes, a 4-byte
   noncharacter 3), so the log maps old offsets of the reader's spans to
   new ones. */
#ifndef SKG_DOC_CLEAN_H
#define SKG_DOC_CLEAN_H

#include "buf.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What one skg_clean_text did; zero-initialise, free with
   skg_clean_log_free. */
typedef struct {
  size_t count;      /* code points replaced by U+FFFD */
  size_t first;      /* old byte offset of the first of them */
  uint32_t first_cp; /* and what it was */
  size_t n, cap;     /* replacements that changed the length: */
  size_t *at;        /* their old byte offsets, ascending */
  ptrdiff_t *shift;  /* the total change in length up to and with each */
} skg_clean_log;

/* True for a code point that XML 1.0 forbids or Unicode reserves as a
   noncharacter. */
bool skg_clean_forbidden(uint32_t cp);

/* Replaces, in the valid UTF-8 text, every forbidden code point by U+FFFD
   (vertical tab and form feed by a space), recording what it did in log.
   text keeps its ownership; its data may be reallocated. */
void skg_clean_text(skg_buf *text, skg_clean_log *log);

/* The offset in the cleaned text of old offset off. */
size_t skg_clean_remap(const skg_clean_log *log, size_t off);

/* The same for one allocated NUL-terminated string (a title, a link
   target): returns it, or a new string after freeing it; adds the number
   of replacements to *count. NULL stays NULL. */
char *skg_clean_str(char *s, size_t *count);

void skg_clean_log_free(skg_clean_log *log);

#endif
