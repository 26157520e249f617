/* test_tabular.c: fields of the TSV and CSV exports: line breaks, control
   characters and invalid UTF-8 replaced, valid text untouched. */
#include "harness.h"
#include "tabular.h"

#define FFFD "\xEF\xBF\xBD"

static void same(const char *s) {
  skg_buf b = SKG_BUF_INIT;
  OK(skg_tab_field(s, SKG_TAB_TSV, &b) == s, "TSV changed \"%s\"", s);
  OK(skg_tab_field(s, SKG_TAB_CSV, &b) == s, "CSV changed \"%s\"", s);
  skg_buf_free(&b);
}

static void tsv(const char *s, const char *want) {
  skg_buf b = SKG_BUF_INIT;
  STR_EQ(skg_tab_field(s, SKG_TAB_TSV, &b), want);
  skg_buf_free(&b);
}

static void csv(const char *s, const char *want) {
  skg_buf b = SKG_BUF_INIT;
  STR_EQ(skg_tab_field(s, SKG_TAB_CSV, &b), want);
  skg_buf_free(&b);
}

int main(void) {
  same("");
  same("Jane Roe");
  same("Élodie Yung, \"Elektra\" — 東京 🎬"); /* 2, 3 and 4 bytes */
  tsv("a\tb\nc\rd\ve\ff", "a b c d e f");
  tsv("x\xC2\x85y\xE2\x80\xA8z\xE2\x80\xA9w", "x y z w"); /* NEL, LS, PS */
  tsv("bell\x07 esc\x1B del\x7F c1\xC2\x9B", "bell" FFFD " esc" FFFD
      " del" FFFD " c1" FFFD);
  csv("a\tb\nc\r\nd", "a\tb\nc\r\nd"); /* quoted by the CSV writer */
  csv("bell\x07 x\xE2\x80\xA8", "bell" FFFD " x\xE2\x80\xA8");
  /* invalid UTF-8: each byte of a bad sequence is one U+FFFD */
  tsv("caf\xE9", "caf" FFFD);                     /* Latin-1 */
  tsv("\xFF\xFE", FFFD FFFD);                     /* bad lead bytes */
  tsv("a\x80z", "a" FFFD "z");                    /* lone continuation */
  tsv("\xC0\xAF", FFFD FFFD);                     /* overlong '/' */
  tsv("\xE0\x80\xAF", FFFD FFFD FFFD);            /* overlong, 3 bytes */
  tsv("\xED\xA0\x80", FFFD FFFD FFFD);            /* surrogate */
  tsv("\xF4\x90\x80\x80", FFFD FFFD FFFD FFFD);   /* past U+10FFFF */
  tsv("end\xE2\x82", "end" FFFD FFFD);            /* cut short */
  csv("\xE2\x82\xAC\xFF", "\xE2\x82\xAC" FFFD);   /* euro, then bad */
  return DONE();
}
