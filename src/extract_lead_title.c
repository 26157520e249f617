/* extract_lead_title.c: the page's own title, as a copy of a page
   shows it above the lead: a title line ("Night Ledger (TV series)", "#
   Harbor Lights", "Harbor_Lights") past navigation and image captions,
   or a web page's <title> without the site's name, and which lines read
   as prose, so that the lead is looked for among the first of them.
   Moved out of extract_lead.c, whose lead finder calls these. */
#include "extract_lead_title.h"
#include "lexicon.h"
#include "xmatch.h"
#include "xsections.h"

#include <ctype.h>
#include <string.h>

/* True when the sentence at p follows a list number at the start of its
   line ("  1. Add a new article to the next subpage.", the number split
   off as a sentence of its own): an instruction or an entry of a list,
   which is no lead and none of the prose a lead may follow. */
static bool numbered_item(const char *t, size_t p) {
  size_t q = p;
  while (q > 0 && t[q - 1] == ' ')
    q--;
  if (q == 0 || t[q - 1] != '.')
    return false;
  size_t d = --q;
  while (d > 0 && isdigit((unsigned char)t[d - 1]))
    d--;
  if (d == q)
    return false;
  while (d > 0 && (t[d - 1] == ' ' || t[d - 1] == '\t'))
    d--;
  return d == 0 || t[d - 1] == '\n';
}

/* True when sentence s reads as prose: long enough, without the table
   bar of captions and infobox lines, ending like a sentence. */
bool x_lead_prose(const char *t, const skg_span *s) {
  size_t end = s->off + s->len;
  if (s->len < 40 || memchr(t + s->off, '|', s->len) ||
      numbered_item(t, s->off))
    return false;
  /* a hatnote: "This article is about the 1988 film. For the novel, see
     X." */
  if (x_at(t, s->off, end, "This article is about ") ||
      (x_at(t, s->off, end, "For ") && x_find(t, s->off, end, ", see ") < end))
    return false;
  char last = t[s->off + s->len - 1];
  return last == '.' || last == '!' || last == '?' || last == '"';
}

/* Length of s[0..n) without a trailing qualifier in parentheses ("Night
   Ledger (TV series)", "Harbor (2016 film)"). */
static size_t qualifier_start(const char *s, size_t n) {
  if (n && s[n - 1] == ')') {
    size_t q = n;
    while (q > 0 && s[q - 1] != '(')
      q--;
    size_t open = q ? q - 1 : 0; /* the '(' */
    if (open > 0 && s[open - 1] == ' ')
      return open - 1;
  }
  return n;
}

/* Length of a page title s[0..n) without the site's name (a web page's
   <title>: "Harbor Lights - Wikipedia") and without a qualifier
   ("Harbor Lights (1998 film)"). */
size_t x_title_core(const char *s, size_t n) {
  /* the site's name after a dash or bar: markup, not phrasing */
  static const char *const SITE[] = {" - Wikipedia", " – Wikipedia",
                                     " — Wikipedia", " | Wikipedia"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(SITE); i++)
    for (size_t k = strlen(SITE[i]), q = 0; q + k <= n; q++)
      if (memcmp(s + q, SITE[i], k) == 0) {
        n = q;
        break;
      }
  return qualifier_start(s, n);
}

/* The title of a title line ("Night Ledger (TV series)", "# Harbor
   Lights", "Harbor_Lights"): the markup and a trailing qualifier in
   parentheses left out. Returns its length, *a its start; 0 when sentence
   si is no whole short line. */
static size_t title_line(const skg_doc *d, size_t si, size_t *a) {
  const char *t = d->text;
  const skg_span *s = &d->sents[si];
  size_t p = s->off, e = s->off + s->len;
  if (!xs_opens_paragraph(d, si) ||
      (si + 1 < d->nsents && !xs_opens_paragraph(d, si + 1)))
    return 0;
  while (p < e && (t[p] == '#' || t[p] == ' '))
    p++;
  e = p + x_title_core(t + p, e - p);
  if (e <= p || e - p > 120 || !x_cap_at(t, p, e) ||
      memchr(t + p, '|', e - p) || t[e - 1] == '.') /* a sentence */
    return 0;
  *a = p;
  return e - p;
}

/* The title line above sentence si: the first line from the top of the
   document that is neither navigation nor an image caption, when no prose
   comes before it (lines of a flattened infobox may stand between it and
   the lead). Returns its length, or 0 when there is none. */
size_t x_title_above(const skg_doc *d, size_t si, size_t *a) {
  for (size_t k = 0; k < si; k++) {
    const skg_span *s = &d->sents[k];
    size_t end = s->off + s->len;
    /* data/nav_openers.txt: "From Wikipedia", "Jump to", "Contents" */
    if (xc_lex_at(d->text, s->off, end, SKG_LEX_NAV_OPENERS) ||
        memchr(d->text + s->off, '|', s->len))
      continue;
    if (x_lead_prose(d->text, s))
      return 0;
    size_t n = title_line(d, k, a);
    if (n)
      return n;
  }
  return 0;
}

size_t x_subject_title(const skg_doc *d, size_t si, size_t *a) {
  size_t n = x_title_above(d, si, a);
  if (n || !d->title)
    return n;
  *a = X_PAGE_TITLE;
  return x_title_core(d->title, strlen(d->title));
}

const char *x_title_bytes(const skg_doc *d, size_t a) {
  return a == X_PAGE_TITLE ? d->title : d->text + a;
}

/* "The Night Ledger is an animated series" under the title line "Night
   Ledger (1967 TV series)", or in a page whose title that is: the page's
   title is the work's name and the lead's, the same with a leading
   "The", another (the name of the team or place the work is about,
   often). True when the lead's title t[a..a+tl) is the title line's (else
   the page title's) with "The " before it; *name, *n that title. */
bool x_article_added(const skg_doc *d, size_t si, size_t a, size_t tl,
                     const char **name, size_t *n) {
  const char *t = d->text;
  size_t ta = 0; /* x_subject_title sets it only when it finds a title */
  if (a == X_PAGE_TITLE || !x_at(t, a, a + tl, "The "))
    return false;
  *n = x_subject_title(d, si, &ta);
  *name = x_title_bytes(d, ta);
  return *n && *n + XC_LEN("The ") == tl &&
         memcmp(*name, t + a + XC_LEN("The "), *n) == 0;
}
