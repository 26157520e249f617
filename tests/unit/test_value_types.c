/* test_value_types.c: the value types of the literal predicates
   (src/value_types.c): counts and scores int, the average rating double,
   dates, durations, ids and genres strings; and which lexical forms a
   typed GraphML key may hold. */
#include "harness.h"
#include "value_types.h"

static void typed(skg_pred p, const char *xsd, const char *graphml) {
  skg_value_type t = skg_pred_value_type(p);
  const char *x = skg_value_xsd(t);
  OK(xsd ? x && strcmp(x, xsd) == 0 : !x, "%s: xsd %s, want %s",
     skg_pred_info_of(p)->name, x ? x : "none", xsd ? xsd : "none");
  STR_EQ(skg_value_graphml(t), graphml);
}

static void parses(skg_value_type t, const char *s, bool want) {
  OK(skg_value_parses(t, s) == want, "\"%s\" %s a %s", s,
     want ? "is" : "is not", skg_value_graphml(t));
}

int main(void) {
  typed(SKG_PRED_NUMBER_OF_SEASONS, "integer", "int");
  typed(SKG_PRED_NUMBER_OF_EPISODES, "integer", "int");
  typed(SKG_PRED_APPROVAL_RATING, "integer", "int");
  typed(SKG_PRED_APPROVAL_REVIEWS, "integer", "int");
  typed(SKG_PRED_METASCORE, "integer", "int");
  typed(SKG_PRED_AVERAGE_RATING, "decimal", "double");
  typed(SKG_PRED_RELEASE_DATE, "date", "string");
  typed(SKG_PRED_RUNNING_TIME, "duration", "string");
  typed(SKG_PRED_GENRE, NULL, "string");
  typed(SKG_PRED_IMDB_ID, NULL, "string");
  typed(SKG_PRED_ALIAS, NULL, "string");
  parses(SKG_VT_INT, "78", true);
  parses(SKG_VT_INT, "-3", true);
  parses(SKG_VT_INT, "", false);
  parses(SKG_VT_INT, "7.5", false);
  parses(SKG_VT_INT, " 78", false);
  parses(SKG_VT_INT, "0x1F", false);
  parses(SKG_VT_INT, "99999999999", false); /* beyond GraphML's 32 bits */
  parses(SKG_VT_DECIMAL, "6.60", true);
  parses(SKG_VT_DECIMAL, "7", true);
  parses(SKG_VT_DECIMAL, "7.", false);
  parses(SKG_VT_DECIMAL, ".5", false);
  parses(SKG_VT_DECIMAL, "7/10", false);
  parses(SKG_VT_TEXT, "anything", true);
  return DONE();
}
