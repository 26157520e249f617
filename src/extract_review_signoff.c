/* extract_review_signoff.c: critics' round-ups that sign each quote on
   a line of its own, under a heading line that names the work (and
   maybe its channel):
     Harbor Lights, Channel 9
     "A quiet triumph, and a tense one."
     Jane Roe, The Daily Courier
   The signed critic reviewed the heading's work and writes for the
   outlet. Two signed quotes at least make the layout: one line "Name,
   Outlet" after a quote may be anything. Part of the reviews family
   (xnews.h); called by extract_review.c. Owner: h-news4 (issue 11). */
#include "xnews.h"

#include <ctype.h>
#include <string.h>

/* Longest heading or sign-off line, in bytes. */
#define SIGNOFF_LINE 80

typedef struct {
  size_t a, e; /* a line without its trailing spaces */
} line;

/* The line that starts at p; its end without trailing spaces in e, the
   start of the next line returned. */
static size_t line_at(const char *t, size_t p, size_t len, line *out) {
  size_t e = p;
  while (e < len && t[e] != '\n')
    e++;
  size_t next = e < len ? e + 1 : e;
  while (e > p && isspace((unsigned char)t[e - 1]))
    e--;
  *out = (line){p, e};
  return next;
}

static bool quote_line(const char *t, line l) {
  return l.e > l.a && (t[l.a] == '"' || x_at(t, l.a, l.e, "\xE2\x80\x9C"));
}

/* "Jane Roe, The Daily Courier": a person's name, a comma and an outlet
   the lexicon knows, the whole line. */
static bool signoff(x_ctx *x, const char *t, line l, x_span *who, x_span *pub) {
  if (l.e - l.a > SIGNOFF_LINE)
    return false;
  size_t k = x_name_len(t, l.a, l.e);
  size_t c = l.a + k + XC_LEN(", ");
  if (!k || !x_person_like(t + l.a, k, false) || !x_at(t, l.a + k, l.e, ", ") ||
      x_publication(x, t + c, l.e - c) == SKG_NONE)
    return false;
  *who = (x_span){l.a, k};
  *pub = (x_span){c, l.e - c};
  return true;
}

/* The sentence holding byte p, for the evidence. */
static size_t sentence_of(const x_ctx *x, size_t p) {
  for (size_t si = 0; si < x->d->nsents; si++)
    if (p < x->d->sents[si].off + x->d->sents[si].len)
      return si;
  return x->d->nsents ? x->d->nsents - 1 : 0;
}

/* A heading line: short, no quote, no full stop, not a sign-off; the
   work is its text up to ", " (the rest a channel). */
static bool heading(x_ctx *x, const char *t, line l, x_span *work,
                    x_span *net) {
  x_span w, p;
  if (l.e == l.a || l.e - l.a > SIGNOFF_LINE || quote_line(t, l) ||
      t[l.e - 1] == '.' || !x_cap_at(t, l.a, l.e) || signoff(x, t, l, &w, &p))
    return false;
  size_t c = x_find(t, l.a, l.e, ", ");
  *work = (x_span){l.a, c - l.a};
  size_t n = c + XC_LEN(", "); /* the channel after the comma */
  *net = c < l.e ? (x_span){n, l.e - n} : (x_span){0, 0};
  return x_title_len(t, l.a, c, X_TITLE_POSS) == c - l.a;
}

/* Signed quotes in the text: how many, and the facts when act. */
static int signed_quotes(x_ctx *x, bool act) {
  const char *t = x->d->text;
  size_t len = x->d->len;
  line prev = {0, 0}, l;
  x_span work = {0, 0}, net = {0, 0}, who, pub, w2, n2;
  int found = 0;
  for (size_t p = 0; p < len;) {
    p = line_at(t, p, len, &l);
    if (l.e == l.a)
      continue;
    if (heading(x, t, l, &w2, &n2)) {
      work = w2;
      net = n2;
    } else if (quote_line(t, prev) && signoff(x, t, l, &who, &pub) &&
               work.len) {
      found++;
      if (act) {
        skg_evidence ev = x_evidence(x, sentence_of(x, l.a), "review-signoff");
        skg_ent ty = net.len && x_network_like(t + net.off, net.len)
                         ? SKG_ENT_SERIES
                         : xn_text_type(x->d, len);
        skg_eid we = x_entity(x, ty, t + work.off, work.len);
        skg_eid c = x_entity(x, SKG_ENT_CRITIC, t + who.off, who.len);
        skg_graph_add_review(x->g, c, x_publication(x, t + pub.off, pub.len),
                             we, "", &ev);
        if (net.len && x_network_like(t + net.off, net.len))
          skg_graph_add_fact(x->g, we, SKG_PRED_NETWORK,
                             x_entity(x, SKG_ENT_COMPANY, t + net.off, net.len),
                             &ev);
      }
    }
    prev = l;
  }
  return found;
}

void xn_signoff_reviews(x_ctx *x) {
  if (signed_quotes(x, false) >= 2)
    signed_quotes(x, true);
}
