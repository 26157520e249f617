/* extract_news_jobs.c: a job noun that names the people of the item's
   work in casting news:
     "Showrunner Ann Roe added: ..."
     "series co-creators A and B told Variety"
   The job nouns are the "job:PRED" rows of data/news_cues.tsv, the
   speech verbs its "speech" rows. Part of the news family (xnews.h). */
#include "lexicon.h"
#include "xnews.h"

#include <ctype.h>
#include <string.h>

/* True when the word before p starts with a capital: "Dock Street
   director Ann Roe said" is a credit of another work, not the item's. */
static bool title_word_before(const nsent *s, size_t p) {
  size_t w = x_word_before(s->t, s->a, p);
  return w < p && isupper((unsigned char)s->t[w]);
}

/* "Directors Ann and Bo Roe": a given name alone, " and ", then a full
   name; the given name takes the full name's surname ("Ann Roe").
   SKG_NONE when a is not such a given name. */
static skg_eid shared_surname(nsent *s, const named *a, const named *b) {
  const char *t = s->t, *an = t + a->name.off, *bn = t + b->name.off;
  const char *sur = memchr(bn, ' ', b->name.len);
  if (!sur || memchr(an, ' ', a->name.len) ||
      !x_at(t, a->name.off + a->name.len, b->name.off, " and "))
    return SKG_NONE;
  while (memchr(sur + 1, ' ', b->name.len - (size_t)(sur + 1 - bn)))
    sur = memchr(sur + 1, ' ', b->name.len - (size_t)(sur + 1 - bn));
  size_t sn = b->name.len - (size_t)(sur - bn);
  char buf[X_NAME_MAX];
  if (a->name.len + sn >= sizeof buf)
    return SKG_NONE;
  memcpy(buf, an, a->name.len); /* "Ann" + " Roe" */
  memcpy(buf + a->name.len, sur, sn);
  return x_entity(s->x, SKG_ENT_PERSON, buf, a->name.len + sn);
}

void xn_job_titles(nsent *s, news *nw) {
  const char *t = s->t;
  for (size_t p = s->a; xn_has_work(&nw->work) && p < s->end; p++) {
    size_t len, vl, stop;
    const char *kind = (p == s->a || t[p - 1] == ' ')
                           ? xn_cue_at(t, p, s->end, "job:", &len)
                           : NULL;
    skg_pred pred;
    if (!kind || !skg_pred_from_name(kind + XC_LEN("job:"), &pred) ||
        title_word_before(s, p) || p + len >= s->end || t[p + len] != ' ')
      continue;
    named nm[MAX_LIST];
    size_t n = xn_names_after(s, p + len + 1, nm, MAX_LIST, &stop);
    if (!n ||
        !(x_at(t, stop, s->end, ":") ||
          xn_cue_at(t, x_skip_space(t, stop, s->end), s->end, "speech", &vl)))
      continue;
    skg_eid w = xn_realise(s->x, &nw->work);
    for (size_t i = 0; w != SKG_NONE && i < n; i++) {
      skg_eid e = i + 1 < n ? shared_surname(s, &nm[i], &nm[i + 1]) : SKG_NONE;
      if (e == SKG_NONE)
        e = xn_person_at(s, nm[i].name.off, nm[i].name.len, SKG_ENT_PERSON);
      skg_evidence ev = x_evidence(s->x, s->si, "news-job");
      if (e != SKG_NONE)
        skg_graph_add_fact(s->x->g, w, pred, e, &ev);
    }
    p = stop;
  }
}
