/* extract_cast.c: cast lists. A cast list item names an actor, the
   character and, after a colon, a description:
     "Jane Roe as Vera Quill / The Quill: A disgraced detective ..."
   Each item is a performance in the article's work. */
#include "xctx.h"

#include <string.h>

/* Splits "Name / Alias" at " / "; returns the length of the name part. */
static size_t before_slash(const char *t, size_t a, size_t n) {
  size_t p = x_find(t, a, a + n, " / ");
  return p - a;
}

/* A nickname in quotes inside a name ("Franklin "Foggy" Nelson") gives
   the aliases "Foggy Nelson" and the literal alias "Foggy". */
static void nickname_aliases(x_ctx *x, skg_eid ch, const char *t, size_t a,
                             size_t n, const skg_evidence *ev) {
  size_t q1 = x_find(t, a, a + n, " \"");
  if (q1 == a + n)
    return;
  size_t q2 = x_find(t, q1 + 2, a + n, "\" ");
  if (q2 == a + n)
    return;
  skg_graph_add_literal(x->g, ch, SKG_PRED_ALIAS, t + q1 + 2, q2 - q1 - 2, ev);
  char buf[512];
  size_t rest = a + n - (q2 + 1);
  if (q2 - (q1 + 2) + rest >= sizeof buf)
    return;
  memcpy(buf, t + q1 + 2, q2 - q1 - 2);
  memcpy(buf + (q2 - q1 - 2), t + q2 + 1, rest);
  x_alias(x, ch, buf, q2 - q1 - 2 + rest);
}

/* One cast item "Actor as Character[ / Alias]: ..." at the start of
   sentence si; returns true when the sentence was one. */
static bool cast_item(x_ctx *x, size_t si) {
  const skg_span *s = &x->d->sents[si];
  const char *t = x->d->text;
  size_t a = s->off, end = s->off + s->len;
  size_t an = x_name_len(t, a, end);
  if (!an || a + an + 4 >= end || memcmp(t + a + an, " as ", 4) != 0)
    return false;
  size_t c = a + an + 4;
  size_t colon = x_find(t, c, end, ": ");
  if (colon == end || colon - c > 120 || !x_cap_at(t, c, end))
    return false;
  size_t cn = before_slash(t, c, colon - c);
  if (!x_person_like(t + a, an, false) || x_name_len(t, c, c + cn) != cn)
    return false;
  skg_evidence ev = x_evidence(x, si, "cast-list");
  skg_eid actor = x_entity(x, SKG_ENT_ACTOR, t + a, an);
  skg_eid ch = x_entity(x, SKG_ENT_CHARACTER, t + c, cn);
  if (c + cn < colon) { /* " / Alias" */
    size_t al = c + cn + 3;
    skg_graph_add_literal(x->g, ch, SKG_PRED_ALIAS, t + al, colon - al, &ev);
    x_alias(x, ch, t + al, colon - al);
  }
  nickname_aliases(x, ch, t, c, cn, &ev);
  skg_graph_add_performance(x->g, actor, ch, x->subject, &ev);
  return true;
}

void x_rules_cast(x_ctx *x) {
  for (size_t si = 0; si < x->refs_start; si++)
    cast_item(x, si);
}
