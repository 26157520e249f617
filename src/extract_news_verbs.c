/* extract_news_verbs.c: helpers of the news verbs rule ("Ann Lee and
   Tom Ash are adapting Fink's book and executive producing Y", "Acme
   Studios is producing."). Part of the news family (xnews.h); called by
   extract_news.c. */
#include "lexicon.h"
#include "xnews.h"

#include <stdint.h>
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
  xn_production_company(s, &w, nm->name.off, nm->name.len, "news-verbs");
}

void xn_production_company(nsent *s, wref *w, size_t off, size_t len,
                           const char *rule) {
  skg_eid c = x_entity(s->x, SKG_ENT_COMPANY, s->t + off, len);
  skg_eid we = xn_realise(s->x, w);
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  if (c != SKG_NONE && we != SKG_NONE)
    skg_graph_add_fact(s->x->g, we, SKG_PRED_PRODUCTION_COMPANY, c, &ev);
}

/* Is the maker nm of a list of n a company? Its name reads as one, or a
   company word follows it ("Plan B productions"); a one-word name that
   is no person's, in a list that holds a company ("Pastel (Moonlight)
   and Plan B productions"), too. */
static bool company_maker(const nsent *s, const named *nm, size_t i, size_t n) {
  const char *t = s->t;
  const x_span *m = &nm[i].name;
  if (nm[i].company || x_company_like(t + m->off, m->len))
    return true;
  if (memchr(t + m->off, ' ', m->len) ||
      x_lookup(s->x, X_PERSON, t + m->off, m->len, NULL) != SKG_NONE)
    return false;
  for (size_t j = 0; j < n; j++)
    if (j != i && nm[j].company)
      return true;
  return false;
}

bool xn_company_maker(nsent *s, news *nw, wref *w, skg_pred pred,
                      const named *nm, size_t i, size_t n) {
  if ((pred != SKG_PRED_PRODUCER && pred != SKG_PRED_EXECUTIVE_PRODUCER) ||
      !company_maker(s, nm, i, n))
    return false;
  const x_span *m = &nm[i].name;
  skg_eid c = x_entity(s->x, SKG_ENT_COMPANY, s->t + m->off, m->len);
  if (c == SKG_NONE)
    return true;
  skg_eid we = xn_has_work(w) ? xn_realise(s->x, w) : SKG_NONE;
  skg_evidence ev = x_evidence(s->x, s->si, "news-by");
  if (we != SKG_NONE)
    skg_graph_add_fact(s->x->g, we, SKG_PRED_PRODUCTION_COMPANY, c, &ev);
  if (nm[i].credits.len) /* "Studio Harbor ("Dock Street")" */
    xn_maker_credits(s, nw, c, SKG_PRED_PRODUCTION_COMPANY, nm[i].credits);
  return true;
}

/* The verb of news_cues at q ("v:PRED"), or a job noun ("job:PRED",
   *job set) that a verb row must end the list after ("will be executive
   producer, writer and showrunner on Y", not "A is director B"): its
   predicate's name, its length in *vl; NULL when none. */
static const char *verb_at(const nsent *s, size_t q, size_t *vl, bool *job) {
  const char *v = xn_cue_at(s->t, q, s->end, "v:", vl);
  *job = !v;
  if (v)
    return v + XC_LEN("v:");
  v = xn_cue_at(s->t, q, s->end, "job:", vl);
  return v ? v + XC_LEN("job:") : NULL;
}

size_t xn_read_verbs(const nsent *s, size_t q, skg_pred *preds, size_t *n) {
  const char *t = s->t;
  size_t vl, r;
  const char *v;
  bool job, last_job = false;
  *n = 0;
  while (*n < XN_VERBS_MAX && (v = verb_at(s, q, &vl, &job))) {
    if (!skg_pred_from_name(v, &preds[*n]))
      return SIZE_MAX;
    (*n)++;
    last_job = job;
    q += vl;
    if ((r = xn_past_source(s, q)) != q)
      q = r;
    else if (x_at(t, q, s->end, ", and "))
      q += XC_LEN(", and ");
    else if (x_at(t, q, s->end, ", "))
      q += XC_LEN(", ");
    else if (xn_key_at(t, q, s->end, " and "))
      q += XC_LEN(" and ");
    else if (x_at(t, q, s->end, " & "))
      q += XC_LEN(" & ");
    q = x_skip_space(t, q, s->end);
  }
  return last_job ? SIZE_MAX : q;
}
