/* value_types.c: the typed writers' view of a predicate's value type. */
#include "value_types.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* docs/rdf-model.md, "Values of the work": counts and scores are
   integers, the average rating a decimal, dates, durations, ids and
   genres strings; the rows of predicates.def say which is which. */
skg_value_type skg_pred_value_type(skg_pred p) {
  return skg_pred_info_of(p)->value;
}

const char *skg_value_xsd(skg_value_type t) {
  switch (t) {
  case SKG_VT_DATE:
    return "date";
  case SKG_VT_DURATION:
    return "duration";
  case SKG_VT_INT:
    return "integer";
  case SKG_VT_DECIMAL:
    return "decimal";
  default:
    return NULL;
  }
}

const char *skg_value_graphml(skg_value_type t) {
  return t == SKG_VT_INT ? "int" : t == SKG_VT_DECIMAL ? "double" : "string";
}

/* Digits only after an optional sign: strtol alone would also take
   leading spaces and "0x1F". */
static bool is_int(const char *s) {
  const char *d = s + (*s == '-' || *s == '+');
  if (!*d || d[strspn(d, "0123456789")])
    return false;
  errno = 0;
  long v = strtol(s, NULL, 10);
  return errno == 0 && v >= INT_MIN && v <= INT_MAX;
}

/* Digits, optionally '.' and digits: the form the extractor writes, which
   every double reader (Python float, Java parseDouble) accepts. */
static bool is_decimal(const char *s) {
  const char *d = s + (*s == '-' || *s == '+');
  size_t n = strspn(d, "0123456789");
  if (!n)
    return false;
  if (d[n] == '.') {
    size_t f = strspn(d + n + 1, "0123456789");
    return f && !d[n + 1 + f];
  }
  return !d[n];
}

bool skg_value_parses(skg_value_type t, const char *s) {
  if (t == SKG_VT_INT)
    return is_int(s);
  if (t == SKG_VT_DECIMAL)
    return is_decimal(s);
  return true;
}
