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
#include "xmatch.h"

#include <ctype.h>
#include <string.h>

#define ADAPT_REACH 80 /* bytes from the verb to "into a screenplay" */

/* Where a phrase that makes the result a film's script ends at t[p]
   (" into a screenplay", " for the screen": data/screen_phrases.txt, up
   to four lower-case words after the space), or 0. */
static size_t screen_phrase(const sent *s, size_t p) {
  if (p >= s->end || s->t[p] != ' ')
    return 0;
  size_t w = p + 1, q = w;
  for (int nw = 0; nw < 4 && q < s->end && islower((unsigned char)s->t[q]);
       nw++) {
    while (q < s->end && islower((unsigned char)s->t[q]))
      q++;
    if ((q >= s->end || !isalpha((unsigned char)s->t[q])) &&
        skg_lex_has(SKG_LEX_SCREEN_PHRASES, s->t + w, q - w))
      return q;
    if (q + 1 >= s->end || s->t[q] != ' ')
      break;
    q++;
  }
  return 0;
}

/* The end of the verb "adapted", "adapt", "co-adapted", "turned" at v,
   or 0. */
static size_t adapt_verb(const sent *s, size_t v) {
  if (!xo_word_start(s, v) || /* speed: both look-ups below start at v */
      !skg_lex_may_start(SKG_LEX_ADAPT_VERBS, s->t + v, s->end - v))
    return 0;
  /* a word of data/adapt_verbs.txt in any case, its letters and digits
     ("adapted-for" reads "adapted"), or a word with a hyphen
     ("co-adapted") */
  size_t e = v;
  while (e < s->end && isalnum((unsigned char)s->t[e]))
    e++;
  if (e > v && skg_lex_has(SKG_LEX_ADAPT_VERBS, s->t + v, e - v))
    return e;
  if (e == v || e >= s->end || s->t[e] != '-')
    return 0;
  for (e++; e < s->end && isalnum((unsigned char)s->t[e]);)
    e++;
  return skg_lex_has(SKG_LEX_ADAPT_VERBS, s->t + v, e - v) ? e : 0;
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
  if (!xo_before_is(s, v, " was ") && !xo_before_is(s, v, " is ") &&
      !xo_before_is(s, v, " were ") && !xo_before_is(s, v, " are "))
    return v;
  size_t w = v - 1; /* back over the copula to the space before it */
  while (s->t[w - 1] != ' ')
    w--;
  for (w--; w > s->a && s->t[w - 1] != ' ';)
    w--;
  return w;
}

/* "had adapted", "previously adapted": an earlier adaptation, another
   film than the article's. */
static bool earlier(const sent *s, size_t v) {
  return xo_before_is(s, v, "had ") || xo_before_is(s, v, "previously ") ||
         xo_before_is(s, v, "once ") || xo_before_is(s, v, "first ") ||
         xo_before_is(s, v, "earlier ");
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
    xc_cur by = xc_at(s->t, s->a, e, s->end);
    if (XC_EXACT(&by, " by ")) /* "The novel was adapted for the screen by A" */
      n = x_other_work_cue(s->t, s->a, source_start(s, v), cues)
              ? 0
              : xo_names_after(s, by.p, who, &stop);
    else if (!x_other_work_cue(s->t, s->a, v, cues) && !earlier(s, v))
      n = xo_agents(s, v, who);
    xo_credit(s, SKG_PRED_WRITER, who, n, "crew-own-adapted");
    v = e;
  }
}
