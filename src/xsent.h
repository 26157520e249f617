/* xsent.h: a sentence as the crew rule families (extract_crew.c,
   extract_crew_works.c) read it, and the small helpers they share. */
#ifndef SKG_XSENT_H
#define SKG_XSENT_H

#include "xrules.h"

#include <string.h>

/* A sentence being read. */
typedef struct {
  x_ctx *x;
  const char *t;
  size_t si, a, end;
} sent;

static inline sent sent_of(x_ctx *x, size_t si) {
  const skg_span *s = &x->d->sents[si];
  sent r = {x, x->d->text, si, s->off, s->off + s->len};
  return r;
}

static inline bool starts(const sent *s, size_t p, const char *w) {
  size_t n = strlen(w);
  return p + n <= s->end && memcmp(s->t + p, w, n) == 0;
}

/* True when p starts a word. */
static inline bool word_start(const sent *s, size_t p) {
  return p == s->a || s->t[p - 1] == ' ' || s->t[p - 1] == '"' ||
         s->t[p - 1] == '(';
}

/* True when a year in parentheses follows at p: " (1998)". */
static inline bool dated_after(const sent *s, size_t p) {
  if (p + 7 > s->end || s->t[p] != ' ' || s->t[p + 1] != '(' ||
      s->t[p + 6] != ')')
    return false;
  for (size_t i = 2; i < 6; i++)
    if (s->t[p + i] < '0' || s->t[p + i] > '9')
      return false;
  return true;
}

static inline skg_evidence ev_of(sent *s, const char *rule) {
  return x_evidence(s->x, s->si, rule);
}

/* A person named t[p..p+n): one the text knows (a surname resolves),
   else a new Person when the name looks like one. */
static inline skg_eid person(sent *s, size_t p, size_t n) {
  skg_eid e = x_lookup(s->x, X_PERSON, s->t + p, n, NULL);
  if (e == SKG_NONE && x_person_like(s->t + p, n, false))
    e = x_entity(s->x, SKG_ENT_PERSON, s->t + p, n);
  return e;
}

static inline skg_eid company(sent *s, size_t p, size_t n) {
  skg_eid e = x_lookup(s->x, X_ORG, s->t + p, n, NULL);
  return e != SKG_NONE ? e : x_entity(s->x, SKG_ENT_COMPANY, s->t + p, n);
}

static inline void fact(sent *s, skg_eid a, skg_pred p, skg_eid b,
                        const char *rule) {
  if (a == SKG_NONE || b == SKG_NONE)
    return;
  skg_evidence ev = ev_of(s, rule);
  skg_graph_add_fact(s->x->g, a, p, b, &ev);
}

#endif
