/* test_xsections.c: the line layout of xsections.c, the one reader of
   blank lines the families share (a round-up's title lines, the end of a
   cast list, the heading over a star line, a title line over a lead).
   Every case names what goes wrong when it fails. */
#include "harness.h"
#include "xsections.h"

/* Line breaks in the white space around t[p]; *gap gets its span. */
static size_t gap_at(const char *t, size_t p, x_span *gap) {
  return xs_gap(t, p, strlen(t), gap);
}

static void test_gap(void) {
  x_span g;
  const char *t = "Copper Sky\n \t\r\nDan Cole will star.";
  size_t dan = strlen("Copper Sky\n \t\r\n");
  OK(gap_at(t, dan, &g) == 2 && g.off == strlen("Copper Sky") &&
         g.len == dan - g.off,
     "a line of spaces, a tab and '\\r' is a blank line between two texts");
  OK(gap_at(t, strlen("Copper Sky"), &g) == 2,
     "the gap read forwards from a text's end holds the same breaks");
  OK(gap_at("Copper Sky\nDan Cole", strlen("Copper Sky\n"), &g) == 1,
     "one line break is no blank line");
  OK(gap_at("\n\nDan Cole", 2, &g) == 2 && g.off == 0,
     "white space up to the text's top starts the gap at 0");
  OK(gap_at("Dan Cole", 2, &g) == 0 && g.off == 2 && g.len == 0,
     "inside a word there is no gap");
  OK(xs_gap("A\n\nB", 1, 2, &g) == 1 && g.len == 1,
     "the gap read forwards stops at end");
}

static void test_line_above(void) {
  x_span l;
  const char *t = "Harbor Lights \r\n\n  \nDrama ****\n";
  size_t star = strlen("Harbor Lights \r\n\n  \n");
  OK(xs_line_above(t, star, &l) && l.off == 0 &&
         l.len == strlen("Harbor Lights"),
     "the line above passes blank lines and leaves out trailing blanks");
  const char *u = "  Fallen (1998 film)\nFallen is a film.";
  OK(xs_line_above(u, strlen("  Fallen (1998 film)\n"), &l) && l.off == 0 &&
         l.len == strlen("  Fallen (1998 film)"),
     "the line above starts at its line's start, leading blanks kept");
  OK(!xs_line_above(" \n\nDrama ****", strlen(" \n\n"), &l),
     "only blank lines above: no line (the text's top)");
  OK(!xs_line_above("Drama ****", 0, &l), "the first line has none above");
}

int main(void) {
  test_gap();
  test_line_above();
  return DONE();
}
