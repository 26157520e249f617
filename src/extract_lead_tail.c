/* extract_lead_tail.c: the companies and networks of a lead's makers
   sentence: the entity a company name stands for (xl_company), a network
   fact of the work and of its parent (xl_add_network), and what follows
   a makers list ("produced by A for the streaming service N", "through
   Lark Films", "in association with B"), read by makers() of
   extract_lead_makers.c. Apart from it so that the lead families that
   only need the two entity helpers do not depend on the makers family. */
#include "lexicon.h"
#include "xmakers.h"
#include "xmatch.h"

skg_eid xl_company(x_ctx *x, const char *t, size_t off, size_t len) {
  size_t o = x_owner_len(x, t + off, len); /* "Ann Roe's Lark Films" */
  off += o;
  len -= o;
  skg_eid e = x_lookup(x, X_ORG, t + off, len, NULL);
  return e != SKG_NONE ? e : x_entity(x, SKG_ENT_COMPANY, t + off, len);
}

void xl_add_network(x_ctx *x, const about *ab, skg_eid net) {
  skg_graph_add_fact(x->g, ab->work, SKG_PRED_NETWORK, net, &ab->ev);
  if (ab->parent != SKG_NONE)
    skg_graph_add_fact(x->g, ab->parent, SKG_PRED_NETWORK, net, &ab->ev);
}

/* "produced by Ann Roe through Lark Films", "produced by Lark Films
   with Finch Pictures": the names after the preposition that read as a
   company's (a suffix) are production companies; people ("with Bo Li")
   and networks are not. */
static void companies_only(x_ctx *x, const about *ab, const char *t, size_t p,
                           size_t end) {
  x_span sp[MAX_ITEMS];
  size_t stop, n = x_org_list(t, p, end, sp, MAX_ITEMS, &stop);
  for (size_t i = 0; i < n; i++)
    if (x_company_like(t + sp[i].off, sp[i].len) &&
        !x_network_like(t + sp[i].off, sp[i].len))
      skg_graph_add_fact(x->g, ab->work, SKG_PRED_PRODUCTION_COMPANY,
                         xl_company(x, t, sp[i].off, sp[i].len), &ab->ev);
}

void xm_makers_tail(x_ctx *x, const about *ab, const char *t, size_t p,
                    size_t end) {
  x_span sp[MAX_ITEMS];
  size_t stop, n, q = xm_banner_at(t, p, end), k;
  if (q) {
    if ((k = x_org_len(t, q, end)))
      skg_graph_add_fact(x->g, ab->work, SKG_PRED_PRODUCTION_COMPANY,
                         xl_company(x, t, q, k), &ab->ev);
    return;
  }
  xc_cur c = xc_at(t, p, p, end), w = c;
  XC_EXACT(&w, ","); /* "co-produced by A, B, and C, in association with D" */
  if (XC_EXACT(&w, " in association with ")) {
    /* "with the German company Lark Films"; a broadcaster it was made
       "in association with" commissioned it ("produced by Lark Films, in
       association with Channel 4"): no production company */
    size_t a = w.p + (x_word_at(t, w.p, end, "the") ? XC_LEN("the ") : 0);
    size_t named = xm_origin_skip(t, a, end);
    n = x_org_list(t, named != a ? named : w.p, end, sp, MAX_ITEMS, &stop);
    for (size_t i = 0; i < n; i++)
      if (!x_network_like(t + sp[i].off, sp[i].len))
        skg_graph_add_fact(x->g, ab->work, SKG_PRED_PRODUCTION_COMPANY,
                           xl_company(x, t, sp[i].off, sp[i].len), &ab->ev);
    return;
  }
  if (XC_EXACT(&c, " through ") || XC_EXACT(&c, " with ")) {
    companies_only(x, ab, t, c.p, end);
    return;
  }
  if (!XC_EXACT(&c, " for "))
    return;
  /* "the streaming service N", "the network N" (data/service_nouns.txt) */
  xc_cur the = c;
  k = XC_EXACT(&the, "the ") ? xc_lex_len(t, the.p, end, SKG_LEX_SERVICE_NOUNS)
                             : 0;
  bool service = k && x_at(t, the.p + k, end, " ");
  p = service ? the.p + k + 1 : c.p;
  /* A film made "for" several companies was made for its financiers
     ("animated by S for T, U and V"), which neither broadcast nor
     produced it; one studio it was made for ("produced by A for Lark
     Pictures") produced it. */
  n = x_org_list(t, p, end, sp, MAX_ITEMS, &stop);
  bool financiers = !service && x->subject_type == SKG_ENT_FILM && n > 1;
  for (size_t i = 0; i < n; i++) {
    const char *s = t + sp[i].off;
    if (!financiers && (service || x_network_like(s, sp[i].len)))
      xl_add_network(x, ab, xl_company(x, t, sp[i].off, sp[i].len));
    else if (!service && !financiers && x_company_like(s, sp[i].len) &&
             !x_network_like(s, sp[i].len))
      skg_graph_add_fact(x->g, ab->work, SKG_PRED_PRODUCTION_COMPANY,
                         xl_company(x, t, sp[i].off, sp[i].len), &ab->ev);
  }
}
