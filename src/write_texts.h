/* write_texts.h: --texts DIR, the extracted text of every document as
   DIR/SHA256.txt (docs/rdf-model.md, "Checking the offsets"). The RDF's
   offsets, character counts and skg:sha256 refer to the text a reader
   extracted (markup, templates and JSON escapes gone), not to the input
   file; publishing that text lets anyone check a quote at its offsets.
   The file is named by its own digest, the document's skg:sha256, so it
   names no local path and two runs over the same text agree. */
#ifndef SKG_WRITE_TEXTS_H
#define SKG_WRITE_TEXTS_H

#include "doc.h"
#include "skg.h"

/* Makes dir when it is missing (its parent must exist); SKG_ERR_WRITE
   naming dir when it cannot be made or is not a folder. */
skg_status skg_texts_prepare(const char *dir, skg_error *err);
/* Writes d's text to dir/SHA256.txt (a temporary file renamed into
   place); a file already there with that name holds the same text and is
   left alone. */
skg_status skg_texts_write(const char *dir, const skg_doc *d, skg_error *err);

#endif
