/* extract_crew_part.c: whether a person a crew role noun names had that
   role on the article's work or another part: the object of the verb
   after the name ("Composer Ann Roe wrote a song for it"), a plan ("was
   to make a film"), "It" going on with another work a sentence before
   named, a possessive of an earlier work ("the first film's producer").
   Apart from extract_crew.c, whose role_names asks these (xcrew.h). */
#include "lexicon.h"
#include "xcrew.h"
#include "xmatch.h"

#include <ctype.h>
#include <string.h>

/* True when the word before the one at w makes the work noun there
   another work: "the first film's producer", "the original series'
   creator", "the previous film's" (other_works.tsv "work" or "prior"). */
bool xc_prior_work_word(const sent *s, size_t w) {
  return x_word_before_is(s->t, s->a, w, SKG_LEX_OTHER_WORKS, "work") ||
         x_word_before_is(s->t, s->a, w, SKG_LEX_OTHER_WORKS, "prior");
}

/* True when the words at q give the person named by a role noun another
   part than the role: a piece of other_works.tsv ("piece") as the object
   of the first verb ("Composer Ann Roe wrote a song called ..."), or a
   plan ("writer Ann Roe was to make a film"). */
bool xc_other_part_at(const sent *s, size_t q) {
  xc_cur c = xc_at(s->t, s->a, q, s->end);
  const char *cue; /* data/plan_copulas.txt: "was to", "were to" */
  if (XC_EXACT(&c, " ") && xc_lex(&c, SKG_LEX_PLAN_COPULAS, &cue) &&
      c.t[c.p - 1] == ' ')
    return true;
  for (size_t w = q, i = 0; i < 4 && starts(s, w, " "); i++) {
    size_t e = ++w; /* the verb, then up to three lower-case words */
    while (e < s->end && islower((unsigned char)s->t[e]))
      e++;
    const char *v = skg_lex_get(SKG_LEX_OTHER_WORKS, s->t + w, e - w);
    if (i && v && strcmp(v, "piece") == 0)
      return true;
    if (e == w)
      return false;
    w = e;
  }
  return false;
}

/* True when the sentence opens with "It" or "Its" inside a paragraph
   whose sentences before, back to one that spoke of another work, all
   open so too ("A radio adaptation was made in 1983. It was based on the
   screenplay. Its director was A"): "It" may be that work, as the lead
   makers read it (extract_lead_makers.c). */
bool xc_it_after_other_work(const sent *s) {
  const skg_doc *d = s->x->d;
  for (size_t k = s->si; k > 0; k--) {
    const skg_span *b = &d->sents[k - 1], *c = &d->sents[k];
    if (!x_word_at(s->t, c->off, c->off + c->len, "It") &&
        !x_word_at(s->t, c->off, c->off + c->len, "Its"))
      return false;
    if (memchr(s->t + b->off, '\n', c->off - b->off))
      return false; /* "It" opening a paragraph is the article's work */
    if (x_other_work_cue(s->t, b->off, b->off + b->len, X_CUE_WORK))
      return true;
  }
  return false;
}
