/* extract_news_verbs.c: helpers of the news verbs rule ("Ann Lee and
   Tom Ash are adapting Fink's book and executive producing Y", "Acme
   Studios is producing."). Part of the news family (xnews.h); called by
   extract_news.c. */
#include "lexicon.h"
#include "xnews.h"

#include <string.h>

/* Bytes from the verb's object to the " and " after its source at most
   ("Fink's 2019 novel The Long Way and"). */
enum { SOURCE_SPAN = 48 };

/* "adapting Fink's book and executive producing Y": past the source
   the first verb takes (a "source" word of news_cues among up to four
   words) and the " and " before the next verb; q when that is not so. */
size_t xn_past_source(const nsent *s, size_t q) {
  const char *t = s->t;
  size_t a = x_skip_space(t, q, s->end), len;
  size_t lim = a + SOURCE_SPAN < s->end ? a + SOURCE_SPAN : s->end;
  size_t conj = x_find(t, a, lim, " and ");
  bool source = false;
  for (size_t w = a; conj < lim && w < conj; w++)
    if ((w == a || t[w - 1] == ' ') && xn_cue_at(t, w, conj, "source", &len))
      source = true;
  size_t b = conj + XC_LEN(" and ");
  return source && xn_cue_at(t, b, s->end, "v:", &len) ? b : q;
}

/* "Copperline Studios is producing.": a company producing the current
   work. */
void xn_company_producing(nsent *s, news *nw, const named *nm) {
  const char *t = s->t;
  wref w = nw->work;
  if (!x_company_like(t + nm->name.off, nm->name.len) || !xn_has_work(&w))
    return;
  skg_eid c = x_entity(s->x, SKG_ENT_COMPANY, t + nm->name.off, nm->name.len);
  skg_eid we = xn_realise(s->x, &w);
  skg_evidence ev = x_evidence(s->x, s->si, "news-verbs");
  if (c != SKG_NONE && we != SKG_NONE)
    skg_graph_add_fact(s->x->g, we, SKG_PRED_PRODUCTION_COMPANY, c, &ev);
}
