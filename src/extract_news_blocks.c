/* extract_news_blocks.c: a page that lists several works, each as a
   title line and a cast line under it:
     Dock Street
     Starring: Ann Lee, Tom Ash
   The cast line's actors are cast in the title above it, and that title
   is the current work until the next block. Part of the news family
   (xnews.h); called by extract_news.c for every sentence. */
#include "lexicon.h"
#include "xnews.h"

#include <ctype.h>
#include <string.h>

/* Where the text of t[a..end) ends, before spaces and line breaks. */
static size_t trimmed_end(const char *t, size_t a, size_t end) {
  while (end > a && isspace((unsigned char)t[end - 1]))
    end--;
  return end;
}

/* The title that makes up the whole sentence before s, alone on its line
   ("Dock Street", no verb, no full stop), as a work reference. */
static bool title_line_before(nsent *s, news *nw, wref *w) {
  if (s->si == 0)
    return false;
  const skg_span *sp = &s->x->d->sents[s->si - 1];
  nsent prev = {s->x, s->si - 1, s->t, sp->off, sp->off + sp->len};
  size_t e = trimmed_end(s->t, prev.a, prev.end);
  size_t n = e > prev.a ? x_title_len(s->t, prev.a, e, X_TITLE_POSS) : 0;
  if (!n || prev.a + n != e || memchr(s->t + prev.a, '\n', n))
    return false;
  return xn_work_ref(&prev, nw, prev.a, n, NO_TYPE, w);
}

void xn_cast_blocks(nsent *s, news *nw) {
  size_t len;
  if (!xn_cue_at(s->t, s->a, s->end, "castline", &len))
    return;
  wref w;
  if (!title_line_before(s, nw, &w))
    return;
  nw->work = w;
  named nm[MAX_LIST];
  size_t stop, q = x_skip_space(s->t, s->a + len, s->end);
  size_t n = xn_names_after(s, q, nm, MAX_LIST, &stop);
  for (size_t i = 0; i < n; i++) {
    skg_eid a = xn_person_at(s, nm[i].name.off, nm[i].name.len, SKG_ENT_ACTOR);
    if (a == SKG_NONE)
      continue;
    skg_eid we = xn_realise(s->x, &w);
    skg_evidence ev = x_evidence(s->x, s->si, "news-block");
    skg_graph_add_performance(s->x->g, a, SKG_NONE, we, &ev);
  }
}
