/* extract_crew_lead_other.c: a page that lists several works (a year's
   films, a double bill, a mirror of two encyclopedia pages) or a section
   on a sequel gives each work its own lead ("Harbor Row is a 1998
   American drama film directed by A, from a screenplay by B. The score
   was composed by C."). The credits of that sentence and of the rest of
   its paragraph are that work's, not the article's: the own-work rules
   walk the sentences in order with x_other_lead_step. A lead of another work is
   a sentence opening with a title the article's work does not have, a copula
   ("is a", "was an") and a description with a year and a work noun
   (data/work_nouns.tsv) -- the year keeps out "Noir is a genre of film" and the
   like. */
#include "extract_crew_lead_other.h"
#include "lexicon.h"

#include <ctype.h>
#include <string.h>

enum {
  TITLE_WINDOW = 120, /* bytes from the sentence's start to its copula */
  DESC_WORDS = 10     /* words of the description read for year and noun */
};

/* True when sentence si starts a line (a paragraph of plain text). */
static bool opens_paragraph(const skg_doc *d, size_t si) {
  size_t o = d->sents[si].off;
  while (o > 0 && d->text[o - 1] == ' ')
    o--;
  return o == 0 || d->text[o - 1] == '\n';
}

/* Where the first copula of t[p..end) ends (" is a ", " was an "), or 0. */
static size_t copula_end(const char *t, size_t p, size_t end, size_t *at) {
  static const char *const COPULAS[] = {" is a ", " is an ", " was a ",
                                        " was an "};
  size_t best = end, k = 0;
  for (size_t i = 0; i < sizeof COPULAS / sizeof *COPULAS; i++) {
    size_t q = x_find(t, p, best, COPULAS[i]);
    if (q < best) {
      best = q;
      k = strlen(COPULAS[i]);
    }
  }
  *at = best;
  return best < end ? best + k : 0;
}

/* True when the description at t[p..end) holds a year ("1998", "2005's"
   is none) before or with a work noun ("film", "sitcom"). */
static bool dated_work(const char *t, size_t p, size_t end) {
  bool year = false;
  for (int nw = 0; nw < DESC_WORDS && p < end; nw++) {
    size_t e = p;
    while (e < end && t[e] != ' ' && t[e] != ',' && t[e] != '.')
      e++;
    if (e - p == 4 && strspn(t + p, "0123456789") == 4 &&
        (t[p] == '1' || t[p] == '2'))
      year = true;
    else if (year && skg_lex_has(SKG_LEX_WORK_NOUNS, t + p, e - p))
      return true;
    if (e >= end || t[e] != ' ')
      return false; /* a comma or a full stop ends the description */
    p = e + 1;
  }
  return false;
}

/* True when t[p..e) is a sequel's number after a title: " 2", " II". */
static bool numbered(const char *t, size_t p, size_t e) {
  if (t[p] != ' ' || p + 1 == e)
    return false;
  for (size_t q = p + 1; q < e; q++)
    if (!isdigit((unsigned char)t[q]) && !strchr("IVX", t[q]))
      return false;
  return true;
}

/* True when sentence si is the lead of a work other than the article's:
   a title that is not the work's, a copula, a dated work noun. */
static bool other_lead_at(const x_ctx *x, size_t si) {
  const char *t = x->d->text;
  const skg_span *s = &x->d->sents[si];
  size_t p = s->off + (t[s->off] == '"'), end = s->off + s->len, cop;
  if (!x_cap_at(t, p, end) && !(p < end && isdigit((unsigned char)t[p])))
    return false;
  size_t window = end - p > TITLE_WINDOW ? p + TITLE_WINDOW : end;
  size_t desc = copula_end(t, p, window, &cop);
  if (!desc)
    return false;
  /* "It is a 1998 film": the article's work (data/lead_pronouns.txt) */
  size_t w = p;
  while (w < cop && t[w] != ' ')
    w++;
  if (skg_lex_has(SKG_LEX_LEAD_PRONOUNS, t + p, w - p))
    return false;
  size_t n = x_title_len(t, p, cop, X_TITLE_JOIN);
  if (n && p + n < cop && numbered(t, p + n, cop))
    n = cop - p; /* "Harbor Row 2", "Harbor Row II" */
  /* the whole span before the copula is the title, or the title and a
     parenthesis ("Harbor Row (Italian: Porto)") */
  if (!n || (p + n != cop && !x_at(t, p + n, cop, " (")))
    return false;
  if (x_lookup(x, X_WORK, t + p, n, NULL) == x->subject)
    return false;
  return dated_work(t, desc, end);
}

bool x_other_lead_step(const x_ctx *x, size_t si, size_t lead, bool before) {
  if (si == lead)
    return false;
  if (si == 0 || opens_paragraph(x->d, si))
    before = false;
  return before || other_lead_at(x, si);
}
