/* extract_news_sections.c: a round-up page's section title lines. A
   casting or TV round-up gives each show a line of its own, a blank line
   around it, and a paragraph under it that may call the show only "the
   series" or "this series":

     Copper Sky

     Dan Cole will star in the drama. The series will debut on Netflix.

   That paragraph's references are the title line's show, not the one the
   section before spoke of. One lone title line is no round-up (a menu
   entry, "What to Read Next"): a page needs two of them. Part of the news
   family (xnews.h). Owner: h-news10 (issue 11). */
#include "xnews.h"
#include "xsections.h"

#include <string.h>

/* Title lines a page needs before any is read as a section's work. */
#define SECTION_TITLES_MIN 2

/* True when a blank line parts the text before p from the text after
   it. */
static bool blank_line_at(const char *t, size_t p, size_t end) {
  x_span gap;
  return xs_gap(t, p, end, &gap) >= 2 && gap.off > 0;
}

/* The length of sentence si when it is a lone title line: a title and
   nothing else, with a blank line before and after it; else 0. */
static size_t title_line(const x_ctx *x, size_t si) {
  const skg_doc *d = x->d;
  const char *t = d->text;
  size_t a = d->sents[si].off, n = d->sents[si].len;
  if (si + 1 >= d->nsents || !xs_opens_paragraph(d, si) ||
      !blank_line_at(t, a, d->len) || !blank_line_at(t, a + n, d->len) ||
      x_title_len(t, a, a + n, X_TITLE_POSS) != n || !x_work_name_ok(t + a, n))
    return 0;
  return n;
}

/* True when the page holds at least SECTION_TITLES_MIN lone title lines
   before sentence n. */
static bool round_up(const x_ctx *x, size_t n) {
  size_t found = 0;
  for (size_t si = 0; si < n && found < SECTION_TITLES_MIN; si++)
    found += title_line(x, si) != 0;
  return found >= SECTION_TITLES_MIN;
}

void xn_section_title(nsent *s, news *nw, size_t n) {
  size_t k = title_line(s->x, s->si);
  wref w;
  if (k && round_up(s->x, n) && xn_work_ref(s, nw, s->a, k, NO_TYPE, &w))
    nw->work = w;
}
