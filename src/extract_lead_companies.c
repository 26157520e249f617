/* extract_lead_companies.c: the production companies the sentences
   about the article's work name by cue rather than by a maker verb: "a
   co-production between A and B", "a Lark Pictures production", "a 1950
   Lark Pictures film" in the lead's description, "animation production
   by C", "The production companies were A and B", "under the C banner".
   Apart from extract_lead_makers.c, which reads maker verbs and calls
   these. */
#include "extract_lead_words.h"
#include "xlead.h"

#include <string.h>

/* True when the company named s[0..n) after a studio cue is one: a name
   that reads as a company's, a known organisation, or one word that
   names no person ("Madhouse"). */
static bool studio_name(const x_ctx *x, const char *s, size_t n) {
  return x_company_like(s, n) || x_lookup(x, X_ORG, s, n, NULL) != SKG_NONE ||
         (!memchr(s, ' ', n) && !x_person_like(s, n, false) &&
          x_lookup(x, X_ANY, s, n, NULL) == SKG_NONE);
}

/* "produced under Ann Roe's banner", "under Ann Roe's home banner, Lark
   Films": a person's name with a possessive after a studio cue owns the
   company, and so produced the work (issue 11); true when t[a..a+n) is
   such a name, stated as producer. */
static bool owner_producer(x_ctx *x, const char *t, size_t a, size_t n,
                           size_t end, const skg_evidence *ev) {
  if (!x_possessive_at(t, a + n, end) || x_company_like(t + a, n) ||
      !x_person_like(t + a, n, false))
    return false;
  skg_eid e = x_lookup(x, X_PERSON, t + a, n, NULL);
  if (e == SKG_NONE)
    e = x_entity(x, SKG_ENT_PERSON, t + a, n);
  skg_graph_add_fact(x->g, x->subject, SKG_PRED_PRODUCER, e, ev);
  return true;
}

/* The companies named right after one of cues in sentence si: with
   banner, only a name followed by " banner" ("under the Lark Pictures
   banner"); without it, a name not followed by one. Never a person the
   text already knows. */
static void cue_companies(x_ctx *x, size_t si, skg_lex cues, bool banner,
                          const char *rule) {
  const char *t = x->d->text;
  const skg_span *s = &x->d->sents[si];
  size_t end = s->off + s->len;
  for (size_t i = 0; i < skg_lex_size(cues); i++) {
    const char *cue = skg_lex_nth(cues, i);
    for (size_t q = x_find(t, s->off, end, cue); q < end;
         q = x_find(t, q + 1, end, cue)) {
      size_t a = q + strlen(cue), n = x_org_len(t, a, end);
      if (!n || x_at(t, a + n, end, " banner") != banner ||
          x_lookup(x, X_PERSON, t + a, n, NULL) != SKG_NONE)
        continue;
      skg_evidence ev = x_evidence(x, si, rule);
      if (owner_producer(x, t, a, n, end, &ev))
        continue; /* "produced under Ann Roe's banner": her company */
      skg_graph_add_fact(x->g, x->subject, SKG_PRED_PRODUCTION_COMPANY,
                         xl_company(x, t, a, n), &ev);
    }
  }
}

/* "It was produced under the Lark Pictures banner", "Ann Roe produced it
   under her Lark Pictures banner": the company named before "banner".
   "produced under Kestrel Row", "through his production company Kestrel
   Row", "under the banner of Kestrel Row": the cue says company, so a
   name with no company suffix counts (a person's name would otherwise
   type Person). "under his banner X" is extract_crew_own's. */
static void under_banner(x_ctx *x, size_t si) {
  /* data/banner_cues.txt, data/company_cues.txt: each cue is searched as
     text in the sentence, and the companies are stated in the files'
     order (the order of the facts) */
  cue_companies(x, si, SKG_LEX_BANNER_CUES, true, "lead-studio");
  cue_companies(x, si, SKG_LEX_COMPANY_CUES, false, "lead-studio-cue");
}

/* "animation production by Lark Studio", "In production since 2002 at
   Lark Studio", "with animation by Lark Studio": the studio that makes
   the work. The cues name the work's own production whatever the
   sentence's subject, so every prose sentence is read. */
void xl_studio_cues(x_ctx *x, size_t si) {
  /* data/studio_cues.tsv, in its order; the value says where the
     company is: `at`, after " at " a few words on ("since 2002 at");
     `list`, a list of companies follows, else only the first counts
     (what follows "animation production by A and" may be anything) */
  const skg_lex cues = SKG_LEX_STUDIO_CUES;
  const char *t = x->d->text;
  const skg_span *s = &x->d->sents[si];
  size_t end = s->off + s->len;
  enum { AT_MAX = 20 }; /* "since 2002 at" */
  for (size_t i = 0; i < skg_lex_size(cues); i++) {
    const char *cue = skg_lex_nth(cues, i), *how = skg_lex_nth_value(cues, i);
    size_t q = x_find(t, s->off, end, cue);
    if (q == end)
      continue;
    q += strlen(cue);
    if (!strcmp(how, "at")) {
      size_t at = x_find(t, q, end, " at ");
      if (at == end || at > q + AT_MAX)
        continue;
      q = at + XC_LEN(" at ");
    }
    x_span sp[MAX_ITEMS];
    size_t stop, n = x_org_list(t, q, end, sp, MAX_ITEMS, &stop);
    if (strcmp(how, "list") != 0 && n > 1)
      n = 1;
    skg_evidence ev = x_evidence(x, si, "lead-studio");
    for (size_t k = 0; k < n; k++)
      if (studio_name(x, t + sp[k].off, sp[k].len))
        skg_graph_add_fact(x->g, x->subject, SKG_PRED_PRODUCTION_COMPANY,
                           xl_company(x, t, sp[k].off, sp[k].len), &ev);
  }
  under_banner(x, si);
}

/* "It is a Lark Pictures production", "an Ealing Studios production": the
   company named before "production". */
static void company_production(x_ctx *x, const about *ab, size_t p,
                               size_t end) {
  const char *t = x->d->text;
  for (size_t q = x_find(t, p, end, " production"); q < end;
       q = x_find(t, q + 1, end, " production")) {
    size_t a = x_name_before(t, p, q);
    if (a == q || !(XC_ENDS(t, p, a, "a ") || XC_ENDS(t, p, a, "an ")))
      continue;
    if (x_org_len(t, a, end) == q - a && x_company_like(t + a, q - a))
      skg_graph_add_fact(x->g, ab->work, SKG_PRED_PRODUCTION_COMPANY,
                         xl_company(x, t, a, q - a), &ab->ev);
  }
}

/* "The film is a co-production between Lark Pictures and Stone Films", "a
   production of Lark Pictures", "produced at Lark Studios": the companies
   named (countries are not: "a co-production between France and Italy"). */
void xl_coproduction(x_ctx *x, const about *ab, size_t p, size_t end) {
  /* data/coproduction_cues.txt, in its order (the order of the facts) */
  const skg_lex cues = SKG_LEX_COPRODUCTION_CUES;
  const char *t = x->d->text;
  company_production(x, ab, p, end);
  for (size_t i = 0; i < skg_lex_size(cues); i++) {
    const char *cue = skg_lex_nth(cues, i);
    size_t q = x_find(t, p, end, cue), stop;
    if (q == end)
      continue;
    x_span sp[MAX_ITEMS];
    size_t n = x_org_list(t, q + strlen(cue), end, sp, MAX_ITEMS, &stop);
    for (size_t k = 0; k < n; k++)
      if (x_company_like(t + sp[k].off, sp[k].len))
        skg_graph_add_fact(x->g, ab->work, SKG_PRED_PRODUCTION_COMPANY,
                           xl_company(x, t, sp[k].off, sp[k].len), &ab->ev);
  }
}

/* "a 1950 Lark Pictures film", "a 1995 Walt Disney Pictures animated
   film": a company named in the lead's description produced the work. */
void xl_description_company(x_ctx *x, const about *ab, size_t p, size_t end) {
  const char *t = x->d->text;
  for (; p < end && !x_description_ends(t, p, end); p++) {
    if (t[p - 1] != ' ' || !x_cap_at(t, p, end))
      continue;
    size_t n = x_org_len(t, p, end);
    if (n && x_company_like(t + p, n) && !x_network_like(t + p, n) &&
        !x_possessive_at(t, p + n, end))
      skg_graph_add_fact(x->g, ab->work, SKG_PRED_PRODUCTION_COMPANY,
                         xl_company(x, t, p, n), &ab->ev);
    p += n;
  }
}
