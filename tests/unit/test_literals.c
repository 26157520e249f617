/* test_literals.c: the readers of a work's values (src/extract_literals.c)
   turn the ways articles write dates, running times, counts and scores
   into the lexical forms of their XML Schema datatypes, and refuse what
   is no one value (an impossible date, a range, a year alone). */
#include "harness.h"
#include "xliterals.h"

static void date_is(const char *text, const char *want) {
  char out[11] = "";
  size_t n = x_lit_date(text, 0, strlen(text), out);
  if (want)
    STR_EQ(n ? out : NULL, want);
  else
    OK(!n, "\"%s\" is no date, got \"%s\"", text, out);
}

static void minutes_is(const char *text, const char *want) {
  char out[16] = "";
  size_t n = x_lit_minutes(text, 0, strlen(text), out);
  if (want)
    STR_EQ(n ? out : NULL, want);
  else
    OK(!n, "\"%s\" is no running time, got \"%s\"", text, out);
}

int main(void) {
  date_is("August 18, 2017", "2017-08-18");
  date_is("18 August 2017", "2017-08-18");
  date_is("Aug. 18, 2017", "2017-08-18");
  date_is("2017-08-18", "2017-08-18");
  date_is("3 March 1969 (Italy)", "1969-03-03");
  date_is("February 30, 2017", NULL);
  date_is("September 1989", NULL);
  date_is("1994", NULL);
  date_is("August 18", NULL);
  date_is("2017-8-18", NULL);
  minutes_is("124 minutes", "PT124M");
  minutes_is("125 min", "PT125M");
  minutes_is("138 mins.", "PT138M");
  minutes_is("99 Minutes", "PT99M");
  minutes_is("45\xe2\x80\x93"
             "48 minutes",
             NULL);
  minutes_is("0 minutes", NULL);
  minutes_is("124 pages", NULL);
  char out[16];
  OK(x_lit_count("1,204 episodes", 0, 14, out) == 5 && strcmp(out, "1204") == 0,
     "\"1,204\" is 1204, got \"%s\"", out);
  OK(x_lit_count("12,34", 0, 5, out) == 2 && strcmp(out, "12") == 0,
     "\"12,34\": the comma of no thousands ends the count, got \"%s\"", out);
  OK(x_lit_decimal("7/10", 0, 4, out) == 1 && strcmp(out, "7.0") == 0,
     "\"7\" is the decimal 7.0, got \"%s\"", out);
  OK(x_lit_decimal("6.60/10", 0, 7, out) == 4 && strcmp(out, "6.60") == 0,
     "\"6.60\" keeps its digits, got \"%s\"", out);
  return DONE();
}
