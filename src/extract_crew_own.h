/* extract_crew_own.h: what extract_crew_own.c (the rules) shares with
   extract_crew_own_ref.c (which work a phrase names, contribution nouns,
   the makers and their name lists). Internal to those two files; each
   function is described where it is defined. */
#ifndef SKG_EXTRACT_CREW_OWN_H
#define SKG_EXTRACT_CREW_OWN_H

#include "lexicon.h"
#include "xmatch.h"
#include "xrules.h"

#define MAX_LIST 12
#define OPENING_MAX 64 /* bytes of a sentence's opening read for verbs */
#define MAX_SKIP 4 /* words between a maker and the verb, or before a noun */
#define FULL_NAME_WINDOW                                                       \
  32768 /* bytes either side searched for a full name                          \
         */

typedef struct {
  x_ctx *x;
  const char *t;
  size_t si, a, end;
  unsigned cues; /* X_CUE_* kinds the sentence has, or CUES_UNKNOWN */
} sent;

/* Which work a phrase names. */
typedef enum { REF_NONE, REF_OWN, REF_OTHER } ref;
#define CUES_UNKNOWN (~0u)

/* ---- words and which work (extract_crew_own_ref.c) ---- */
bool xo_at(const sent *s, size_t p, const char *w);
bool xo_before_is(const sent *s, size_t b, const char *w);
/* inline: the families ask it at every byte of a sentence */
static inline bool xo_word_start(const sent *s, size_t p) {
  return p == s->a || s->t[p - 1] == ' ' || s->t[p - 1] == '(' ||
         s->t[p - 1] == '\"';
}
size_t xo_lower_word_end(const sent *s, size_t p);
const char *xo_lower_lex(xc_cur *c, skg_lex lex);
const char *xo_lower_lex_before(const sent *s, size_t b, skg_lex lex);
ref xo_work_ref(const sent *s, size_t p, bool titled, size_t *n);
bool xo_own_credit(sent *s, ref r);

/* ---- contributions ---- */
bool xo_credit_noun(const sent *s, size_t w, size_t e, skg_pred *pr,
                    bool *verb);
size_t xo_noun_tail(const sent *s, size_t q, ref *r);
size_t xo_contribution(const sent *s, size_t p, skg_pred *pred, ref *r);

/* ---- makers ---- */
void xo_credit(sent *s, skg_pred pr, const x_span *who, size_t n,
               const char *rule);
size_t xo_names_ending(const sent *s, size_t e, x_span *out);
size_t xo_agents(const sent *s, size_t v, x_span *out);
size_t xo_coordinated_subject(const sent *s, size_t v, x_span *out);
size_t xo_names_after(const sent *s, size_t q, x_span *out, size_t *stop);
/* True when the sentence before s, in its paragraph, is about another
   work ("A sequel, Night Ledger II, followed in 1995."). */
bool xo_after_other_work(const sent *s);
/* Past a maker's earlier works in brackets after the name ending at q
   ("Ann Roe (Dark Pier, Night Ledger)"); q when none. */
size_t xo_credits_note_end(const sent *s, size_t q);

/* ---- extract_crew_own_adapt.c ---- */
void xo_adapted(sent *s);

/* ---- extract_crew_own_company.c ---- */
void xo_via_company(sent *s);

#endif
