/* value_types.h: what the typed exports make of a predicate's value type
   (predicates.def's value column, skg_value_type in vocab.h): the RDF
   writers' datatype (xsd:integer, ...) and the GraphML attr.type. */
#ifndef SKG_VALUE_TYPES_H
#define SKG_VALUE_TYPES_H

#include "vocab.h"

#include <stdbool.h>


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
