/* write_jsonlist.h: list-valued table fields (alternative labels, aliases, the
   works of the co-appearance projection) written as JSON arrays of
   strings, so that a value holding "|" or "," stays one value and any
   JSON reader (json.loads, jsonlite, JSON.parse) splits the list.
   docs/tables.md describes the fields. The caller owns the buffer. */
#ifndef SKG_WRITE_JSONLIST_H
#define SKG_WRITE_JSONLIST_H

#include "buf.h"

/* Appends s to the list being built in b: "[" first when b is empty, ","
   between values; s is a JSON string (quotes, backslashes and control
   characters escaped, other UTF-8 as it is). */
void skg_jlist_add(skg_buf *b, const char *s);

/* Closes the list in b and returns its text: "[]" when nothing was added
   (b is then still empty, so "b->len == 0" keeps meaning "no value"). */
const char *skg_jlist_end(skg_buf *b);

#endif
