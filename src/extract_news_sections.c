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

/* True when the line t[a..a+n) names a person the page then calls by
   surname: a director round-up's section "Ann Roe" over "Roe is set to
   direct ...", whose section is about her, not about a work. */
static bool person_line(x_ctx *x, const char *t, size_t a, size_t n) {
  size_t w = n;
  while (w > 0 && t[a + w - 1] != ' ')
    w--;
  return w > 0 && x_person_like(t + a, n, false) &&
         x_word_alone(x, t + a + w, n - w);
}

/* The length of sentence si when it is a lone line that is a title: a
   title and nothing else, with a blank line before and after it; else
   0. */
static size_t lone_title(const x_ctx *x, size_t si) {
  const skg_doc *d = x->d;
  const char *t = d->text;
  size_t a = d->sents[si].off, n = d->sents[si].len;
  if (si + 1 >= d->nsents || !xs_opens_paragraph(d, si) ||
      !blank_line_at(t, a, d->len) || !blank_line_at(t, a + n, d->len) ||
      x_title_len(t, a, a + n, X_TITLE_POSS) != n || !x_work_name_ok(t + a, n))
    return 0;
  return n;
}

/* The length of sentence si when it is a lone title line that names a
   work, not a person; else 0. */
static size_t title_line(x_ctx *x, size_t si) {
  size_t n = lone_title(x, si);
  return n && !person_line(x, x->d->text, x->d->sents[si].off, n) ? n : 0;
}

/* True when the page holds at least SECTION_TITLES_MIN lone title lines
   before sentence n. */
static bool round_up(x_ctx *x, size_t n) {
  size_t found = 0;
  for (size_t si = 0; si < n && found < SECTION_TITLES_MIN; si++)
    found += title_line(x, si) != 0;
  return found >= SECTION_TITLES_MIN;
}

void xn_section_title(nsent *s, news *nw, size_t n) {
  size_t k = lone_title(s->x, s->si);
  wref w;
  if (!k)
    return;
  if (person_line(s->x, s->t, s->a, k))
    nw->work = XN_NO_WORK; /* a person's section: "the film" is none before */
  else if (round_up(s->x, n) && xn_work_ref(s, nw, s->a, k, NO_TYPE, &w))
    nw->work = w;
}
