/* extract_crew_own_company.c: the company a maker made or paid for the
   article's work through, named after the owner's possessive pronoun:
   "Bo Li produced the project via her company, Lark Films", "Ann Roe
   financed the film through his own Stone Pictures", "produced by Ann
   Roe and Bo Li, through their respective production companies, Alder
   Entertainment and the Fenwick Company". The words are data
   (company_vias.tsv). Part of the own-work crew rules of
   extract_crew_own.c, apart for its size. */
#include "extract_crew_own.h"
#include "xmatch.h"

#include <ctype.h>
#include <string.h>

/* The lower-case word or phrase of company_vias.tsv of kind at the
   cursor, a space after it; consumes both. */
static bool via_word(xc_cur *c, const char *kind) {
  xc_cur d = *c;
  const char *v = xo_lower_lex(&d, SKG_LEX_COMPANY_VIAS);
  if (!v || strcmp(v, kind) != 0)
    return false;
  *c = d;
  return true;
}

/* "company, " or "production companies ": the company noun, then a
   comma or a space; consumes them. */
static bool company_noun(xc_cur *c) {
  xc_cur d = *c;
  const char *v;
  if (!islower((unsigned char)d.t[d.p]) ||
      !xc_lex(&d, SKG_LEX_COMPANY_VIAS, &v) || strcmp(v, "noun") != 0 ||
      !(XC_EXACT(&d, ", ") || d.t[d.p - 1] == ' '))
    return false;
  *c = d;
  return true;
}

/* True when a stem of company_vias.tsv ("produc", "financ") is in the
   sentence before p: it is about making or paying for a work. */
static bool making_before(const sent *s, size_t p) {
  const skg_lex lex = SKG_LEX_COMPANY_VIAS;
  for (size_t i = 0; i < skg_lex_size(lex); i++)
    if (strcmp(skg_lex_nth_value(lex, i), "stem") == 0 &&
        x_find(s->t, s->a, p, skg_lex_nth(lex, i)) < p)
      return true;
  return false;
}

/* The company s[c.off..) after the cue: one the text knows as a person
   or a work is none; without the noun, the name must read as a
   company's ("through his Lark Films", not "through his Ann Roe"). */
static void credit_company(sent *s, const x_span *c, bool noun) {
  const char *w = s->t + c->off;
  size_t z = c->off + c->len; /* "Lark/Stone Company" is cut: none */
  if (z < s->end && !strchr(" ,.;)", s->t[z]))
    return;
  skg_eid e = x_lookup(s->x, X_ORG, w, c->len, NULL);
  if (e == SKG_NONE && (!(noun || x_company_like(w, c->len)) ||
                        x_lookup(s->x, X_PERSON | X_WORK | X_CHARACTER, w,
                                 c->len, NULL) != SKG_NONE))
    return;
  if (e == SKG_NONE)
    e = x_entity(s->x, SKG_ENT_COMPANY, w, c->len);
  skg_evidence ev = x_evidence(s->x, s->si, "crew-own-via");
  skg_graph_add_fact(s->x->g, s->x->subject, SKG_PRED_PRODUCTION_COMPANY, e,
                     &ev);
}

void xo_via_company(sent *s) {
  for (size_t p = s->a; p < s->end; p++) {
    xc_cur c = xc_at(s->t, s->a, p, s->end);
    if (!xo_word_start(s, p) || !via_word(&c, "via") ||
        !xo_lower_lex(&c, SKG_LEX_POSSESSIVE_PRONOUNS))
      continue;
    via_word(&c, "own");
    bool noun = company_noun(&c);
    if (!making_before(s, p) || !xo_own_credit(s, REF_NONE))
      continue;
    x_span co[MAX_LIST];
    size_t stop, n = x_org_list(s->t, c.p, s->end, co, MAX_LIST, &stop);
    for (size_t i = 0; i < n; i++)
      credit_company(s, &co[i], noun);
    p = c.p;
  }
}
