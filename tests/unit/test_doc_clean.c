/* test_doc_clean.c: text hygiene (doc_clean.c): what XML 1.0 forbids and
   noncharacters become U+FFFD, white-space controls a space, and the
   reader's spans follow the text when its length changes; through the
   document model, a link and a heading still cover their words. */
#include "doc.h"
#include "doc_clean.h"
#include "harness.h"
#include "read.h"

#define FFFD "\xEF\xBF\xBD"

static char *cleaned(const char *s, skg_clean_log *log) {
  static char out[256];
  skg_buf b = SKG_BUF_INIT;
  skg_buf_puts(&b, s);
  skg_clean_text(&b, log);
  snprintf(out, sizeof out, "%s", skg_buf_str(&b));
  skg_buf_free(&b);
  return out;
}

static void test_code_points(void) {
  OK(skg_clean_forbidden(0x01) && skg_clean_forbidden(0x1B), "C0 controls");
  OK(!skg_clean_forbidden('\t') && !skg_clean_forbidden('\n') &&
         !skg_clean_forbidden('\r') && !skg_clean_forbidden(' '),
     "tab, LF, CR, space allowed");
  OK(skg_clean_forbidden(0xFFFE) && skg_clean_forbidden(0xFFFF) &&
         skg_clean_forbidden(0x1FFFE) && skg_clean_forbidden(0x10FFFF) &&
         skg_clean_forbidden(0xFDD0) && skg_clean_forbidden(0xFDEF),
     "noncharacters");
  OK(!skg_clean_forbidden(0xFFFD) && !skg_clean_forbidden(0xFDF0) &&
         !skg_clean_forbidden(0x1F600) && !skg_clean_forbidden(0xE9),
     "ordinary code points allowed");
}

static void test_text(void) {
  skg_clean_log log = {0};
  STR_EQ(cleaned("plain text, caf\xC3\xA9", &log), "plain text, caf\xC3\xA9");
  OK(log.count == 0 && log.n == 0, "nothing to do: nothing logged");
  skg_clean_log_free(&log);
  STR_EQ(cleaned("a\x01" "b\xEF\xBF\xBE" "c\xF0\x9F\xBF\xBF" "d\x0C" "e", &log),
         "a" FFFD "b" FFFD "c" FFFD "d e");
  OK(log.count == 3 && log.first == 1 && log.first_cp == 1, "count %zu first %zu",
     log.count, log.first);
  /* old offsets: a=0 \x01=1 b=2 FFFE=3..5 c=6 1FFFF=7..10 d=11 \f=12 e=13 */
  OK(skg_clean_remap(&log, 0) == 0 && skg_clean_remap(&log, 1) == 1, "before");
  OK(skg_clean_remap(&log, 2) == 4, "after a 1-byte control: +2, got %zu",
     skg_clean_remap(&log, 2));
  OK(skg_clean_remap(&log, 6) == 8, "a 3-byte one keeps the length");
  OK(skg_clean_remap(&log, 11) == 12, "after a 4-byte one: -1, got %zu",
     skg_clean_remap(&log, 11));
  OK(skg_clean_remap(&log, 13) == 14, "e");
  skg_clean_log_free(&log);
}

static void test_document(void) {
  skg_read_set_quiet(true);
  skg_docb *b = skg_docb_new();
  skg_docb_raw(b, "Cast\x01\n", 6);
  skg_docb_heading(b, 0, 2);
  size_t at = skg_docb_len(b);
  skg_docb_raw(b, "Jane\x02 Roe", 9);
  skg_docb_link(b, at, "Jane\x03Roe", 8);
  skg_docb_title(b, "Harbor\xEF\xBF\xBFLights", 15);
  skg_doc *d = NULL;
  skg_error err = {0};
  OK(skg_docb_finish(b, "t.txt", &d, &err) == SKG_OK && d, "finished");
  if (d) {
    STR_EQ(d->text, "Cast" FFFD "\nJane" FFFD " Roe");
    OK(d->nheadings == 1 && d->headings[0].off == 0 && d->headings[0].len == 7,
       "heading span %zu+%zu", d->headings[0].off, d->headings[0].len);
    OK(d->nlinks == 1 && d->links[0].off == 8 && d->links[0].len == 11,
       "link span %zu+%zu", d->links[0].off, d->links[0].len);
    STR_EQ(d->links[0].target, "Jane" FFFD "Roe");
    STR_EQ(d->title, "Harbor" FFFD "Lights");
  }
  skg_doc_free(d);
  skg_docb_free(b);
}

/* "[edit]" links become blanks of their length wherever they are, a
   bracket before one or a cut-off mark at the end included; reference
   marks only when glued to the text before them, or to another mark. */
static void test_edit_links(void) {
  skg_clean_log log = {0};
  STR_EQ(cleaned("[edit]", &log), "      ");
  STR_EQ(cleaned("A[edit]b [[edit] c", &log), "A      b [       c");
  STR_EQ(cleaned("x [edit][edit] [edi", &log), "x              [edi");
  STR_EQ(cleaned("[edi", &log), "[edi");
  STR_EQ(cleaned("film[1] by", &log), "film    by");
  STR_EQ(cleaned("Welles,[2] [13] with", &log), "Welles,         with");
  STR_EQ(cleaned("here.[citation needed] A[b] c[note 4]", &log),
         "here.                  A    c        ");
  STR_EQ(cleaned("Season [2] x[1234] y[ab] z[note] [3", &log),
         "Season [2] x[1234] y[ab] z[note] [3");
  OK(log.count == 0, "blanks are no replacement");
  skg_clean_log_free(&log);
}

int main(void) {
  test_code_points();
  test_edit_links();
  test_text();
  test_document();
  return DONE();
}
