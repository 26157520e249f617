/* extract_crew_own_adapt.c: "Ann Roe adapted the novel into a
   screenplay", "Bo Li was hired to adapt the book for the screen", "He
   passed the story to Cy Dee to adapt as a screenplay", "The
   novel was adapted for the screen by Ann Roe": whoever turns the source
   into the script of the article's film is its writer. The source named
   between the verb and "into a screenplay" is not another work the
   sentence is about, so only the words before the verb (the makers) and
   after the phrase ("for the 2005 remake") are searched for other works
   and plans (other_works.tsv). Part of the own-work crew rules of
   extract_crew_own.c. */
#include "extract_crew_own.h"

#include <ctype.h>
#include <string.h>

#define ADAPT_REACH 80 /* bytes from the verb to "into a screenplay" */

/* Where a phrase that makes the result a film's script ends at t[p]
   (" into a screenplay", " for the screen"), or 0. */
static size_t screen_phrase(const sent *s, size_t p) {
  static const char *const TO[] = {
      " into a screenplay", " into a script",     " into a film script",
      " for the screen",    " for the big screen", " as a screenplay",
      " as a script"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(TO); i++)
    if (xo_at(s, p, TO[i]) &&
        (p + strlen(TO[i]) >= s->end ||
         !isalpha((unsigned char)s->t[p + strlen(TO[i])])))
      return p + strlen(TO[i]);
  return 0;
}

/* The end of the verb "adapted", "adapt", "co-adapted", "turned" at v,
   or 0. */
static size_t adapt_verb(const sent *s, size_t v) {
  static const char *const VERBS[] = {"adapted", "adapt",  "co-adapted",
                                      "adapting", "turned", "turn"};
  if (!xo_word_start(s, v))
    return 0;
  for (size_t i = 0; i < SKG_ARRAY_LEN(VERBS); i++)
    if (x_word_at(s->t, v, s->end, VERBS[i]))
      return v + strlen(VERBS[i]);
  return 0;
}

/* From the end of the verb at q: the end of the screen phrase within
   ADAPT_REACH bytes of one clause (no comma or ";" between: "turned down
   the offer to adapt it, which was later turned into a screenplay"), or
   0. A passive verb may be followed by it at once ("adapted for the
   screen by"). */
static size_t phrase_after(const sent *s, size_t q) {
  size_t lim = q + ADAPT_REACH < s->end ? q + ADAPT_REACH : s->end;
  for (size_t p = q; p < lim && s->t[p] != ';' && s->t[p] != ','; p++) {
    size_t e = screen_phrase(s, p);
    if (e)
      return e;
  }
  return 0;
}

/* Before a passive verb at v ("The sequel's novel was adapted"): where
   the last word before the copula starts, the source itself, which the
   search for other works leaves out; v when there is no copula. */
static size_t source_start(const sent *s, size_t v) {
  static const char *const BE[] = {" was ", " is ", " were ", " are "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(BE); i++) {
    size_t k = strlen(BE[i]);
    if (v >= s->a + k && memcmp(s->t + v - k, BE[i], k) == 0) {
      size_t w = v - k;
      while (w > s->a && s->t[w - 1] != ' ')
        w--;
      return w;
    }
  }
  return v;
}

/* "had adapted", "previously adapted": an earlier adaptation, another
   film than the article's. */
static bool earlier(const sent *s, size_t v) {
  static const char *const BEFORE[] = {"had ", "previously ", "once ",
                                       "first ", "earlier "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(BEFORE); i++) {
    size_t k = strlen(BEFORE[i]);
    if (v >= s->a + k && memcmp(s->t + v - k, BEFORE[i], k) == 0)
      return true;
  }
  return false;
}

void xo_adapted(sent *s) {
  const unsigned cues = X_CUE_WORK | X_CUE_PLAN;
  if (s->x->subject_type != SKG_ENT_FILM)
    return;
  for (size_t v = s->a; v < s->end; v++) {
    size_t q = adapt_verb(s, v), e = q ? phrase_after(s, q) : 0;
    if (!e || x_other_work_cue(s->t, e, s->end, cues))
      continue;
    x_span who[MAX_LIST];
    size_t stop, n = 0;
    if (xo_at(s, e, " by ")) /* "The novel was adapted for the screen by A" */
      n = x_other_work_cue(s->t, s->a, source_start(s, v), cues)
              ? 0
              : xo_names_after(s, e + 4, who, &stop);
    else if (!x_other_work_cue(s->t, s->a, v, cues) && !earlier(s, v))
      n = xo_agents(s, v, who);
    xo_credit(s, SKG_PRED_WRITER, who, n, "crew-own-adapted");
    v = e;
  }
}
