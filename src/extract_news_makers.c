/* extract_news_makers.c: the news rules that name a work's makers
   (cues "by:PRED", "of:PRED", "script" and "after:PRED" of data/news_cues.tsv):
     "Y, directed by X and Z", "The show created by X and executive
      produced by Z", "Ann Lee, creator of Night Ledger, said ...",
     "X co-wrote the script with Y",
     "Five years after directing 'Y,' Ann Roe is gearing up ...".
   Part of the news family (xnews.h); called by extract_news.c. */
#include "lexicon.h"
#include "xnews.h"

#include <string.h>

/* "The series produced by Studio Harbor ("Dock Street") in association
   with Acme International": after a list that held a producing company,
   the companies after an "assoc" cue at stop produce w too; a person
   there ("in association with Ann Lee") states nothing. */
static void associated_companies(nsent *s, news *nw, wref *w, size_t stop) {
  size_t len, st, p = x_skip_space(s->t, stop, s->end);
  if (!xn_cue_at(s->t, p, s->end, "assoc", &len))
    return;
  named nm[MAX_LIST];
  size_t n =
      xn_names_after(s, x_skip_space(s->t, p + len, s->end), nm, MAX_LIST, &st);
  for (size_t i = 0; i < n; i++)
    xn_company_maker(s, nw, w, SKG_PRED_PRODUCER, nm, i, n);
}

/* "Y, directed by X and Z", "Y is created by X", "The show created by X
   and executive produced by Z". */
void xn_by_rule(nsent *s, news *nw, size_t p, size_t len, const char *kind) {
  static const char *const BE[] = {" is", " was", " will be", " are"};
  skg_pred pred;
  if (!skg_pred_from_name(kind + XC_LEN("by:"), &pred))
    return;
  named nm[MAX_LIST];
  size_t stop, n = xn_names_after(s, x_skip_space(s->t, p + len, s->end), nm,
                                  MAX_LIST, &stop);
  if (!n)
    return;
  size_t v = p;
  while (v > s->a && s->t[v - 1] == ' ')
    v--;
  for (size_t i = 0; i < SKG_ARRAY_LEN(BE); i++) {
    size_t b = strlen(BE[i]);
    if (xc_ends(s->t, s->a, v, BE[i], b)) {
      v -= b;
      break;
    }
  }
  wref w = xn_work_before(s, nw, v);
  if (!xn_has_work(&w) && nw->by_si == s->si + 1)
    w = nw->by; /* "... and executive produced by Z" */
  bool cast = pred == SKG_PRED_CAST_MEMBER; /* "Y, starring A and B" */
  bool firm[MAX_LIST] = {false}, any = false;
  for (size_t i = 0; !cast && i < n; i++)
    any |= firm[i] = xn_company_maker(s, nw, &w, pred, nm, i, n);
  if (any)
    associated_companies(s, nw, &w, stop);
  for (size_t i = 0; xn_has_work(&w) && i < n; i++) {
    if (firm[i])
      continue;
    skg_eid e = xn_person_at(s, nm[i].name.off, nm[i].name.len,
                             cast ? SKG_ENT_ACTOR : SKG_ENT_PERSON);
    if (cast)
      xn_perform(s, "news-by", e, SKG_NONE, &w);
    else
      xn_crew_fact(s, "news-by", &w, pred, e);
  }
  /* "directed by X ("A", "B")": X's earlier works, even when the work
     at hand has no title yet */
  for (size_t i = 0; !cast && i < n; i++)
    if (nm[i].credits.len && !firm[i])
      xn_maker_credits(
          s, nw,
          xn_person_at(s, nm[i].name.off, nm[i].name.len, SKG_ENT_PERSON), pred,
          nm[i].credits);
  if (xn_has_work(&w)) {
    nw->by = w;
    nw->by_si = s->si + 1;
  }
}

bool xn_name_before_comma(const nsent *s, size_t p, x_span *name) {
  static const char COMMA[] = ", ";
  size_t v = p - XC_LEN(COMMA);
  if (p < s->a + XC_LEN(COMMA) || !x_at(s->t, v, p, COMMA))
    return false;
  size_t st = x_name_before(s->t, s->a, v);
  name->off = st;
  name->len = v - st;
  return st != v;
}

/* "Ann Lee, creator of Night Ledger and Dock Street, said ...": the
   person before the comma made the titles after the cue. */
void xn_of_rule(nsent *s, news *nw, size_t p, size_t len, const char *kind) {
  const char *t = s->t;
  skg_pred pred;
  x_span nm;
  if (!xn_name_before_comma(s, p, &nm) ||
      !skg_pred_from_name(kind + XC_LEN("of:"), &pred))
    return;
  skg_eid who = xn_person_at(s, nm.off, nm.len, SKG_ENT_PERSON);
  size_t q = p + len + 1;
  /* the maker's earlier works are no item's: "A cast has been set for
     Y, from Ann Lee, creator of Z. The series ..." is Y */
  wref item = nw->work;
  for (int i = 0; who != SKG_NONE && i < MAX_LIST && q < s->end; i++) {
    size_t wl;
    wref w = xn_work_at(s, nw, q, &wl);
    if (!wl)
      break;
    xn_crew_fact(s, "news-of", &w, pred, who);
    q += wl;
    /* a bare ", " goes on only to another capitalised title */
    size_t k = xc_list_sep(t, q, s->end);
    if (!k || (k == XC_LEN(", ") && !x_cap_at(t, q + k, s->end)))
      break;
    q += k;
  }
  if (xn_has_work(&item))
    nw->work = item;
}

/* "Copperline Pictures, the studio behind the director's epic 'Salt
   Vigil'": the company before the comma produced the title after the
   cue (a quote up to six words on, or a title). Nothing when the name
   before the comma reads as no company's. */
void xn_behind_rule(nsent *s, news *nw, size_t p, size_t len) {
  const char *t = s->t;
  x_span nm;
  size_t wl;
  if (!xn_name_before_comma(s, p, &nm) || !x_company_like(t + nm.off, nm.len))
    return;
  wref w = xn_work_at(s, nw, x_skip_space(t, p + len, s->end), &wl);
  if (!wl || !xn_has_work(&w))
    return;
  xn_production_company(s, &w, nm.off, nm.len, "news-behind");
}

/* "X co-wrote the script with Y": writers of the current work (or of
   the work named after "for"). */
void xn_script_rule(nsent *s, news *nw, size_t p, size_t len) {
  const char *t = s->t;
  size_t q = p + len, wl;
  wref w = nw->work;
  static const char FOR[] = " for";
  if (q >= strlen(FOR) && x_at(t, q - strlen(FOR), s->end, FOR)) {
    wref w2 = xn_work_at(s, nw, x_skip_space(t, q, s->end), &wl);
    if (!xn_has_work(&w2))
      return;
    w = w2;
    q = x_skip_space(t, q, s->end) + wl;
  }
  named nm[MAX_LIST];
  size_t n = xn_subjects_before(s, p, nm, MAX_LIST), stop;
  size_t k = x_at(t, q, s->end, " with ")        ? XC_LEN(" with ")
             : x_at(t, q, s->end, " alongside ") ? XC_LEN(" alongside ")
                                                 : 0;
  if (k)
    n += xn_names_after(s, q + k, nm + n, MAX_LIST - n, &stop);
  for (size_t i = 0; i < n; i++)
    xn_crew_fact(
        s, "news-script", &w, SKG_PRED_WRITER,
        xn_person_at(s, nm[i].name.off, nm[i].name.len, SKG_ENT_PERSON));
}

/* Where a name starts after the title that ends at e: past ", " or, when
   the comma sits inside the quote ("'Y,' Ann Roe"), past the space; e
   when no comma ends the title. */
static size_t past_title_comma(const char *t, size_t lo, size_t e, size_t end) {
  if (x_at(t, e, end, ", "))
    return e + XC_LEN(", ");
  for (size_t b = e; b > lo && e - b <= XC_LEN("\xE2\x80\x9D"); b--)
    if (t[b - 1] == ',')
      return x_at(t, e, end, " ") ? e + 1 : e;
  return e;
}

/* "Five years after directing 'Y,' Ann Roe is gearing up": the person
   the sentence goes on about made Y, an earlier work that is not the
   item. */
void xn_after_rule(nsent *s, news *nw, size_t p, size_t len, const char *kind) {
  const char *t = s->t;
  skg_pred pred;
  size_t q = x_skip_space(t, p + len, s->end), wl;
  if (!skg_pred_from_name(kind + XC_LEN("after:"), &pred))
    return;
  wref before = nw->work, w = xn_work_at(s, nw, q, &wl);
  nw->work = before;
  size_t c = wl ? past_title_comma(t, q, q + wl, s->end) : q;
  size_t n = c > q + wl ? x_name_len(t, c, s->end) : 0;
  if (!xn_has_work(&w) || !n || !x_person_like(t + c, n, false) ||
      x_lookup(s->x, X_ANY & ~X_PERSON, t + c, n, NULL) != SKG_NONE ||
      !x_at(t, c + n, s->end, " "))
    return;
  skg_eid e = xn_person_at(s, c, n, SKG_ENT_PERSON);
  xn_crew_fact(s, "news-after", &w, pred, e);
  if (pred == SKG_PRED_DIRECTOR && e != SKG_NONE)
    nw->director = e; /* "the 'X' director" later speaks of e */
}

/* "\"The Long Watch\" for Acme Pictures", "Harbor Lights at Copperline
   Entertainment": a title, "for" or "at", a company whose name ends in a
   company word (data/company_suffixes.txt): the company produces the
   work. A title that reads as a person's name must be quoted or known
   as a work ("Ann Lee for Acme Pictures" is hers). The item's work
   stays. */
void xn_company_works(nsent *s, news *nw) {
  static const char *const PREPS[] = {" for ", " at "};
  const char *t = s->t;
  for (size_t i = 0; i < SKG_ARRAY_LEN(PREPS); i++)
    for (size_t p = x_find(t, s->a, s->end, PREPS[i]); p < s->end;
         p = x_find(t, p + 1, s->end, PREPS[i])) {
      size_t c = p + strlen(PREPS[i]), k = x_name_len(t, c, s->end), in, n;
      if (!k || !x_company_suffixed(t + c, k) ||
          !xn_title_ending(s, p, &in, &n))
        continue;
      bool quoted = in > s->a && !xn_word_char(t[in - 1]) && t[in - 1] != ' ';
      wref before = nw->work, w;
      if ((!quoted && x_person_like(t + in, n, false) &&
           x_lookup(s->x, X_WORK, t + in, n, NULL) == SKG_NONE) ||
          !xn_work_ref(s, nw, in, n, NO_TYPE, &w))
        continue;
      nw->work = before;
      xn_production_company(s, &w, c, k, "news-company");
    }
}
