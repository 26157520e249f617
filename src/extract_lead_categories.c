/* extract_lead_categories.c: the categories a page keeps at its end in
   a plain-text dump ("Category:Films directed by Ann Roe"), a web copy's
   "Categories: A | B" line and the bare lines of its category list. They
   name the makers of the page's own work: its director, writers,
   composer, producers and production companies. Apart from
   extract_lead_makers.c because they are page metadata, not sentences. */
#include "lexicon.h"
#include "vocab.h"
#include "xctx.h"

#include <string.h>

static skg_eid company(x_ctx *x, const char *t, size_t off, size_t len) {
  skg_eid e = x_lookup(x, X_ORG, t + off, len, NULL);
  return e != SKG_NONE ? e : x_entity(x, SKG_ENT_COMPANY, t + off, len);
}

/* The predicate a category's words before " by " give ("Films directed",
   "Tamil film scores"), looked up with and without a first word. */
static bool category_pred(const char *t, size_t p, size_t by, skg_pred *out) {
  for (int drop = 0; drop < 2; drop++) {
    char key[96];
    size_t n = by + 3 - p; /* with " by" */
    if (n >= sizeof key)
      return false;
    memcpy(key, t + p, n);
    key[n] = '\0';
    const char *v = skg_lex_get(SKG_LEX_CATEGORY_MAKERS, key, n);
    if (v)
      return skg_pred_from_name(v, out);
    size_t sp = x_find(t, p, by, " ");
    if (sp >= by)
      return false;
    p = sp + 1;
  }
  return false;
}

/* True when every word of t[p..end) starts with a capital or a digit,
   or is a small joining word ("Experimental Cinema of the Philippines"). */
static bool capitalised(const char *t, size_t p, size_t end) {
  static const char *const SMALL[] = {"of", "the", "and", "de", "&"};
  while (p < end) {
    size_t i = 0;
    while (i < SKG_ARRAY_LEN(SMALL) && !x_word_at(t, p, end, SMALL[i]))
      i++;
    if (i == SKG_ARRAY_LEN(SMALL) && !x_cap_at(t, p, end) &&
        !(t[p] >= '0' && t[p] <= '9'))
      return false;
    while (p < end && t[p] != ' ')
      p++;
    p++;
  }
  return true;
}

/* True when sentence si is a line of its own. */
static bool whole_line(const skg_doc *d, size_t si) {
  const char *t = d->text;
  size_t a = d->sents[si].off, e = a + d->sents[si].len;
  while (a > 0 && t[a - 1] == ' ')
    a--;
  while (e < d->len && t[e] == ' ')
    e++;
  return (a == 0 || t[a - 1] == '\n') && (e == d->len || t[e] == '\n');
}

/* "Category:Films directed by Ann Roe", "Category:Screenplays by Tom
   Ash", "Category:Films scored by Lee Park (composer)", "Category:Lark
   Pictures films": a plain-text page keeps its categories, which name
   the makers of the page's work. */
static void category(x_ctx *x, size_t si, size_t p, size_t end,
                     bool companies) {
  const char *t = x->d->text;
  if (end > p && t[end - 1] == ')') { /* "(composer)" */
    size_t q = end;
    while (q > p && t[q - 1] != '(')
      q--;
    if (q > p + 1 && t[q - 2] == ' ')
      end = q - 2;
  }
  skg_evidence ev = x_evidence(x, si, "lead-category");
  size_t by = x_find(t, p, end, " by ");
  skg_pred pred;
  if (by < end && category_pred(t, p, by, &pred)) {
    size_t a = by + 4, n = end - a;
    if (x_company_like(t + a, n) && pred == SKG_PRED_PRODUCER)
      skg_graph_add_fact(x->g, x->subject, SKG_PRED_PRODUCTION_COMPANY,
                         company(x, t, a, n), &ev);
    else if (x_name_len(t, a, end) == n && x_person_like(t + a, n, true)) {
      skg_eid e = x_lookup(x, X_PERSON, t + a, n, NULL);
      if (e == SKG_NONE)
        e = x_entity(x, SKG_ENT_PERSON, t + a, n);
      skg_graph_add_fact(x->g, x->subject, pred, e, &ev);
    }
    return;
  }
  static const char *const KINDS[] = {" animated films", " films",
                                      " productions"};
  for (size_t i = 0; companies && i < SKG_ARRAY_LEN(KINDS); i++) {
    size_t k = strlen(KINDS[i]);
    if (end - p > k && x_at(t, end - k, end, KINDS[i]) &&
        x_company_like(t + p, end - k - p) && capitalised(t, p, end - k)) {
      skg_graph_add_fact(x->g, x->subject, SKG_PRED_PRODUCTION_COMPANY,
                         company(x, t, p, end - k - p), &ev);
      return;
    }
  }
}

/* The categories of a page: "Category:X" lines of a plain-text dump, a
   "Categories: X | Y | Z" line of a web copy, and the bare lines of its
   category list ("Films directed by Ann Roe"), which are only read when
   they name a maker. */
void x_lead_categories(x_ctx *x) {
  const char *t = x->d->text;
  for (size_t si = 0; si < x->d->nsents; si++) {
    const skg_span *s = &x->d->sents[si];
    size_t p = s->off, end = s->off + s->len;
    if (x_at(t, p, end, "Category:")) {
      category(x, si, p + strlen("Category:"), end, true);
    } else if (x_at(t, p, end, "Categories:")) {
      p = x_skip_space(t, p + strlen("Categories:"), end);
      for (size_t q; p < end; p = q + 3) {
        q = x_find(t, p, end, " | ");
        category(x, si, p, q, true);
      }
    } else if (t[end - 1] != '.' && whole_line(x->d, si)) {
      category(x, si, p, end, false);
    }
  }
}
