/* extract_news_parts.c: an actor's part written as the actor's
   possessive before the character's name ("Charlize Theron's Cipher,
   who's also back"), in the current work. Moved out of
   extract_news_credits.c, which had reached its size. Part of the news
   family (xnews.h). */
#include "lexicon.h"
#include "xnews.h"

#include <string.h>

/* Does a clause or an appositive that describes a person start at p
   (", who", ", the", ", a")? */
static bool described_after(const char *t, size_t p, size_t end) {
  static const char *const AFTER[] = {", who", ", the ", ", a ", ", an "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(AFTER); i++)
    if (x_at(t, p, end, AFTER[i]))
      return true;
  return false;
}

/* "(It's unclear if he'll team up with Charlize Theron's Cipher, who's
   also back.)": a name the text has made an actor, its possessive and a
   one-person name that a clause or an appositive describes: the actor's
   part in the current work. Not "Ann Lee's Dock Street co-star" (words
   go on), "Ann Lee's Paris." (nothing says who), nor a known work,
   person, network or company after the possessive. */
static void actor_part(nsent *s, news *nw, size_t i) {
  const char *t = s->t;
  size_t ps = xn_real_possessive(t, s->a, i, s->end);
  size_t st = ps ? x_name_before(t, s->a, i) : i, q = i + ps + 1;
  if (st == i || q >= s->end || t[q - 1] != ' ' || !xn_has_work(&nw->work))
    return;
  skg_eid a = x_lookup(s->x, X_PERSON, t + st, i - st, NULL);
  size_t n = x_name_len(t, q, s->end);
  if (a == SKG_NONE || skg_graph_type(s->x->g, a) != SKG_ENT_ACTOR || !n ||
      !described_after(t, q + n, s->end) || !x_person_like(t + q, n, true) ||
      x_network_like(t + q, n) || x_company_like(t + q, n) ||
      x_lookup(s->x, X_ANY & ~X_CHARACTER, t + q, n, NULL) != SKG_NONE ||
      skg_lex_has(SKG_LEX_NOT_NAMES, t + q, n))
    return;
  skg_eid ch = x_character(s->x, t + q, n, true);
  xn_perform(s, "news-actor-part", a, ch, &nw->work);
}

void xn_actor_parts(nsent *s, news *nw) {
  for (size_t p = s->a + 1; p < s->end; p++)
    if ((s->t[p] == '\'' || (unsigned char)s->t[p] == 0xE2) &&
        xn_word_char(s->t[p - 1]))
      actor_part(s, nw, p);
}
