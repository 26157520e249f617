/* extract_crew_employers.c: people named with a company and a job title
   ("Studio COO Ann Roe", "colorist Ann Roe of Lab's Finishing") work for
   that company, and companies that "would provide" a network with series
   made them. Apart from extract_crew.c, which calls these on each prose
   sentence. */
#include "lexicon.h"
#include "xctx.h"
#include "xmatch.h"

#include <ctype.h>
#include <string.h>

#include "xcrew.h"

/* Bytes read back for a possessive before a job title ("Studio's"). */
#define POSSESSIVE_BACK 3

/* The company named right before p ("Studio's " or "Studio "): capitalised
   words back to the first that is not; returns its start or p. */
static size_t company_before(const sent *s, size_t p, size_t *len) {
  size_t e = p;
  if (e > s->a && s->t[e - 1] == ' ')
    e--;
  size_t k = 0, back = POSSESSIVE_BACK;
  for (size_t q = e > s->a + back ? e - back : s->a; q < e && !k; q++)
    if ((k = x_possessive_at(s->t, q, s->end)) && q + k == e)
      e = q;
    else
      k = 0;
  size_t b = e;
  while (b > s->a) {
    size_t w = b - 1;
    while (w > s->a && s->t[w - 1] != ' ')
      w--;
    if (!x_cap_at(s->t, w, s->end) || memchr(s->t + w, ',', b - 1 - w + 1))
      break;
    b = w;
  }
  while (b < e &&
         skg_lex_has(SKG_LEX_NOT_NAMES, s->t + b, x_find(s->t, b, e, " ") - b))
    b = x_find(s->t, b, e, " ") + 1;
  *len = e - b;
  return b < e ? b : p;
}

/* "Studio COO Ann Roe", "Studio vice president of drama Ann Roe",
   "Studio's head of streaming Ann Roe": Ann Roe works for the studio.
   "colorist Ann Roe of Lab's Finishing": for the company after "of". */
void xc_employers(sent *s) {
  for (size_t p = s->a; p < s->end; p++) {
    if (!word_start(s, p)) /* speed: xc_job_at's first test, no call */
      continue;
    size_t j = xc_job_at(s, p), cn;
    if (!j || s->t[p + j] != ' ')
      continue;
    size_t q = p + j + 1, n = x_name_len(s->t, q, s->end);
    if (!n || !x_person_like(s->t + q, n, false))
      continue;
    skg_eid who = person(s, q, n), org = SKG_NONE;
    size_t c = company_before(s, p, &cn);
    if (c < p &&
        (x_company_like(s->t + c, cn) || x_network_like(s->t + c, cn) ||
         x_lookup(s->x, X_ORG, s->t + c, cn, NULL) != SKG_NONE))
      org = company(s, c, cn);
    xc_cur of = xc_at(s->t, s->a, q + n, s->end);
    if (org == SKG_NONE && XC_EXACT(&of, " of ")) {
      x_span sp[2];
      size_t stop;
      for (size_t o = of.p; (cn = x_org_len(s->t, o, s->end));) {
        company(s, o, cn); /* "Lab's": the owner is a company too */
        size_t k = x_possessive_at(s->t, o + cn, s->end);
        if (!k || s->t[o + cn + k] != ' ')
          break;
        o += cn + k + 1;
      }
      if (x_org_list(s->t, of.p, s->end, sp, 1, &stop))
        org = company(s, sp[0].off, sp[0].len);
    }
    fact(s, who, SKG_PRED_WORKS_FOR, org, "crew-employer");
    p = q + n;
  }
}

/* The first cue of data/provided_series_cues.tsv of that kind, in the
   file's order, found in the sentence from from: its position (s->end
   when none) and, in *after, where the text after it starts. */
static size_t provided_cue(const sent *s, const char *kind, size_t from,
                           size_t *after) {
  const skg_lex lex = SKG_LEX_PROVIDED_SERIES_CUES;
  for (size_t i = 0; i < skg_lex_size(lex); i++) {
    const char *cue = skg_lex_nth(lex, i);
    size_t v = strcmp(skg_lex_nth_value(lex, i), kind) == 0
                   ? x_find(s->t, from, s->end, cue)
                   : s->end;
    if (v < s->end) {
      *after = v + strlen(cue);
      return v;
    }
  }
  *after = s->end;
  return s->end;
}

/* "Studio A and Studio B would provide Network with live action series
   centered around X, Y, and Z": the companies made the series, the
   network carried them. */
void xc_provided_series(sent *s) {
  size_t provide, around, v = provided_cue(s, "verb", s->a, &provide);
  if (v == s->end || provided_cue(s, "series", v, &around) == s->end)
    return;
  x_span co[MAX_LIST], net[1];
  size_t n = 0, stop;
  for (size_t p = s->a; p < v && !n; p++)
    if (word_start(s, p) && x_cap_at(s->t, p, s->end) &&
        (n = x_org_list(s->t, p, s->end, co, MAX_LIST, &stop)) && stop != v)
      n = 0;
  size_t nn = x_org_list(s->t, provide, s->end, net, 1, &stop);
  if (nn && !starts(s, stop, " with "))
    nn = 0;
  x_span ti[MAX_LIST];
  size_t nt = x_name_list(s->t, around, s->end, ti, MAX_LIST, &stop);
  for (size_t i = 0; i < nt; i++) {
    skg_eid w = x_lookup(s->x, X_WORK, s->t + ti[i].off, ti[i].len, NULL);
    if (w == SKG_NONE)
      w = x_entity(s->x, SKG_ENT_SERIES, s->t + ti[i].off, ti[i].len);
    for (size_t k = 0; k < n; k++)
      if (x_company_like(s->t + co[k].off, co[k].len))
        fact(s, w, SKG_PRED_PRODUCTION_COMPANY,
             company(s, co[k].off, co[k].len), "crew-provided");
    if (nn && x_network_like(s->t + net[0].off, net[0].len))
      fact(s, w, SKG_PRED_NETWORK, company(s, net[0].off, net[0].len),
           "crew-provided");
  }
}

