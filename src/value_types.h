/* value_types.h: the type of each literal predicate's value, the one
   table beside src/predicates.def that the typed exports read: the RDF
   writers' datatype (xsd:integer, ...) and the GraphML attr.type. A new
   literal predicate whose value is no text needs a row here. Owned by
   the values work (issue 13/14 follow-up). */
#ifndef SKG_VALUE_TYPES_H
#define SKG_VALUE_TYPES_H

#include "vocab.h"

#include <stdbool.h>

typedef enum {
  SKG_VT_TEXT,     /* English text (alias, genre); also every entity object */
  SKG_VT_CODE,     /* a code or id, no language (rating "3/5", imdbId) */
  SKG_VT_DATE,     /* xsd:date lexical form, "2017-07-31" */
  SKG_VT_DURATION, /* xsd:duration lexical form, "PT124M" */
  SKG_VT_INT,      /* a count or a score, "78" */
  SKG_VT_DECIMAL,  /* a decimal with its fraction, "6.60" */
} skg_value_type;

skg_value_type skg_pred_value_type(skg_pred p);
/* "date", "duration", "integer", "decimal", or NULL for text and codes. */
const char *skg_value_xsd(skg_value_type t);
/* The GraphML attr.type: "int", "double", or "string". */
const char *skg_value_graphml(skg_value_type t);
/* Whether s is a lexical form a reader of that GraphML type accepts: an
   optionally signed decimal integer that fits in 32 bits for int, a
   decimal number for double; any text for string. */
bool skg_value_parses(skg_value_type t, const char *s);

#endif
