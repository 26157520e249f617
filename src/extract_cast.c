/* extract_cast.c: cast lists, and what the casting-prose rules share. A
   cast list item names an actor, the character and, after a colon, a
   description:
     "Jane Roe as Vera Quill / The Quill: A disgraced detective ..."
   The prose rules (extract_cast_own.c: the article's own cast;
   extract_cast_prose.c: actors, characters and the works they belong to)
   read one sentence at a time with the helpers here (xcast.h), so both
   find actors, characters and works the same way; this file runs them. */
#include "lexicon.h"
#include "xcast.h"
#include "xcast_desc.h"
#include "xmatch.h"
#include "xsections.h"

#include <ctype.h>
#include <string.h>

/* What parts a character's name from its alias: "Vera Quill / The
   Quill". */
static const char SLASH[] = " / ";
enum { SLASH_LEN = XC_LEN(SLASH) };

/* Splits "Name / Alias" at " / "; returns the length of the name part. */
static size_t before_slash(const char *t, size_t a, size_t n) {
  size_t p = x_find(t, a, a + n, SLASH);
  return p - a;
}

/* One cast item "Actor as Character[ / Alias]: ..." at the start of
   sentence si; returns true when the sentence was one. */
static bool cast_item(x_ctx *x, size_t si) {
  const skg_span *s = &x->d->sents[si];
  const char *t = x->d->text;
  size_t a = s->off, end = s->off + s->len;
  size_t an = x_name_len(t, a, end);
  xc_cur k = xc_at(t, a, a + an, end);
  if (!an || !XC_EXACT(&k, " as ") || k.p >= end)
    return false;
  size_t c = k.p;
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
    size_t al = c + cn + SLASH_LEN;
    skg_graph_add_literal(x->g, ch, SKG_PRED_ALIAS, t + al, colon - al, &ev);
    x_alias(x, ch, t + al, colon - al);
  }
  x_nickname_aliases(x, ch, t + c, cn, &ev);
  skg_graph_add_performance(x->g, actor, ch, x->subject, &ev);
  return true;
}

/* ---- reading a sentence ---- */

sent xc_sent_of(x_ctx *x, size_t si) {
  const skg_span *s = &x->d->sents[si];
  return (sent){x, si, x->d->text, s->off, s->off + s->len, SKG_NONE};
}

bool xc_starts(const sent *s, size_t p, const char *w) {
  return x_at(s->t, p, s->end, w); /* compares as it walks: no strlen */
}

size_t xc_after(const sent *s, size_t p, const char *w, size_t n) {
  if (p > s->end)
    return 0;
  xc_cur c = xc_at(s->t, s->a, p, s->end);
  return xc_exact(&c, w, n) ? c.p : 0;
}

size_t xc_before(const sent *s, size_t v, const char *w, size_t n) {
  if (v > s->end || !xc_ends(s->t, s->a, v, w, n))
    return v;
  return v - n;
}

skg_eid xc_actor_at(sent *s, size_t p, size_t n, bool single) {
  if (!n)
    return SKG_NONE;
  skg_eid e = x_lookup(s->x, X_PERSON, s->t + p, n, NULL);
  if (e != SKG_NONE) {
    skg_graph_set_type(s->x->g, e, SKG_ENT_ACTOR);
    return e;
  }
  if (x_lookup(s->x, X_ANY & ~X_PERSON, s->t + p, n, NULL) != SKG_NONE ||
      !x_person_like(s->t + p, n, single))
    return SKG_NONE;
  /* a new actor keeps the full stop of "Jr." that the name scanner
     leaves out: "Sam Roe Jr." is how the text spells them */
  return x_entity(s->x, SKG_ENT_ACTOR, s->t + p,
                  n + xc_generation_dot(s, p, n));
}

size_t xc_generation_dot(const sent *s, size_t p, size_t n) {
  size_t w = p + n;
  if (!n || w >= s->end || s->t[w] != '.')
    return 0;
  while (w > p && s->t[w - 1] != ' ')
    w--;
  return w > p && skg_lex_has(SKG_LEX_NAME_GENERATIONS, s->t + w, p + n - w);
}

/* True when the last word of t[p..p+n) is a short abbreviation or title
   that a full stop ends ("Dr", "Ltc", "L.A"). */
static bool abbrev_before_stop(const sent *s, size_t p, size_t n) {
  size_t w = p + n;
  while (w > p && s->t[w - 1] != ' ')
    w--;
  return p + n - w <= 4 || skg_lex_has(SKG_LEX_TITLES, s->t + w, p + n + 1 - w);
}

/* Length of a name at p that may hold an abbreviation the name scanner
   stops at ("Dr. Vera Quill", "Capt. Hal Brine", "L.A. Cop"). */
static size_t titled_name_len(const sent *s, size_t p) {
  size_t n = x_name_len(s->t, p, s->end);
  for (size_t q;
       n && (q = XC_AFTER(s, p + n, ". ")) && abbrev_before_stop(s, p, n);) {
    size_t k = x_name_len(s->t, q, s->end);
    if (!k)
      break;
    n = q + k - p;
  }
  return n;
}

size_t xc_char_len(const sent *s, size_t p) {
  size_t n = titled_name_len(s, p);
  if (n && xc_starts(s, p + n, SLASH)) {
    size_t k = x_name_len(s->t, p + n + SLASH_LEN, s->end);
    if (k)
      n += SLASH_LEN + k;
  }
  return n;
}

skg_eid xc_character_at(sent *s, size_t p, size_t n) {
  size_t main = before_slash(s->t, p, n);
  skg_eid ch = x_character(s->x, s->t + p, main, true);
  if (ch != SKG_NONE && main < n) {
    skg_evidence ev = x_evidence(s->x, s->si, "cast-alias");
    size_t al = main + SLASH_LEN; /* after " / " */
    skg_graph_add_literal(s->x->g, ch, SKG_PRED_ALIAS, s->t + p + al, n - al,
                          &ev);
    x_alias(s->x, ch, s->t + p + al, n - al);
  }
  return ch;
}

bool xc_year_after(const sent *s, size_t p) {
  xc_cur c = xc_at(s->t, s->a, p, s->end);
  if (p > s->end || !XC_EXACT(&c, " ("))
    return false;
  size_t digits = strspn(s->t + c.p, "0123456789");
  c.p += digits;
  return digits == 4 && XC_EXACT(&c, ")");
}

skg_eid xc_work_at(sent *s, size_t p, size_t *n) {
  *n = x_name_len(s->t, p, s->end);
  if (!*n)
    return SKG_NONE;
  skg_eid w = x_lookup(s->x, X_WORK, s->t + p, *n, NULL);
  if (w == SKG_NONE && xc_year_after(s, p + *n))
    w = x_entity(s->x, SKG_ENT_FILM, s->t + p, *n);
  return w;
}

void xc_perform(sent *s, const char *rule, skg_eid actor, skg_eid ch,
                skg_eid work) {
  if (actor == SKG_NONE && (ch == SKG_NONE || work == SKG_NONE))
    return;
  if (work == SKG_NONE && s->x->subject == SKG_NONE)
    return;
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  skg_graph_add_performance(s->x->g, actor, ch, work, &ev);
}

size_t xc_skip_lower(const sent *s, size_t p) {
  for (int i = 0; i < 3 && p < s->end && !x_cap_at(s->t, p, s->end); i++) {
    size_t q = x_find(s->t, p, s->end, " ");
    if (q == s->end)
      return p;
    p = q + 1;
  }
  return p;
}

/* A known work named within a few words after "in the " at p: "in the
   2016 live-action / CGI Harbor Lights film" -> Harbor Lights. */
static skg_eid work_in_the(sent *s, size_t p) {
  enum { WINDOW = 60 }; /* a few words */
  size_t lim = p + WINDOW < s->end ? p + WINDOW : s->end;
  for (size_t q = p; q < lim && s->t[q] != ',' && s->t[q] != ';'; q++) {
    if (s->t[q - 1] != ' ' || !x_cap_at(s->t, q, lim))
      continue;
    size_t n = x_title_len(s->t, q, s->end, X_TITLE_JOIN);
    skg_eid w = x_lookup(s->x, X_WORK, s->t + q, n, NULL);
    if (w != SKG_NONE)
      return w;
  }
  return SKG_NONE;
}

skg_eid xc_work_after(sent *s, size_t p) {
  static const char *const PREPS[] = {" in ", " for ", " from "};
  size_t in_the = XC_AFTER(s, p, " in the ");
  if (in_the)
    return work_in_the(s, in_the);
  for (size_t i = 0; i < SKG_ARRAY_LEN(PREPS); i++)
    if (xc_starts(s, p, PREPS[i])) {
      size_t n;
      return xc_work_at(s, p + strlen(PREPS[i]), &n);
    }
  return SKG_NONE;
}

size_t xc_list_before(const sent *s, size_t lo, size_t v, x_span *out,
                      size_t max, size_t *n) {
  for (size_t p = lo; p < v; p++) {
    if ((p > lo && s->t[p - 1] != ' ') || !x_cap_at(s->t, p, v))
      continue;
    size_t stop;
    *n = x_name_list(s->t, p, v, out, max, &stop);
    if (*n && stop == v)
      return p;
  }
  *n = 0;
  return v;
}

size_t xc_clause_start(const sent *s, size_t v) {
  size_t c = s->a;
  for (size_t p = s->a, e; p + 1 < v; p++)
    if (s->t[p] == ';' && (e = XC_AFTER(s, p, "; ")))
      c = e;
  return c;
}

/* ---- before the prose rules ---- */

/* "the second season of Night Ledger" names a series: registered before
   the prose rules run, so "for Night Ledger" resolves. */
static void season_of(x_ctx *x, size_t si) {
  sent s = xc_sent_of(x, si);
  static const char SEASON_OF[] = " season of ";
  for (size_t v = x_find(s.t, s.a, s.end, SEASON_OF); v < s.end;
       v = x_find(s.t, v + XC_LEN(SEASON_OF), s.end, SEASON_OF)) {
    size_t q = v + XC_LEN(SEASON_OF), n = x_name_len(s.t, q, s.end);
    if (x_possessive_at(s.t, q + n, s.end)) /* "season of Kay's life" */
      continue;
    /* a character may share the title; a person or company may not */
    if (n &&
        x_lookup(x, X_PERSON | X_ORG | X_WORK, s.t + q, n, NULL) == SKG_NONE)
      x_entity(x, SKG_ENT_SERIES, s.t + q, n);
  }
}

/* The prose rules over every sentence. From the lead of a second article
   on the page on (xsections.c), that article's work stands in for the
   page's while they run. The paragraph of another work's lead with no
   title line keeps the page's work: the rules read a sequel's cast as
   that sequel's themselves. */
static void prose_rules(x_ctx *x) {
  work_memo m = {{0}, 0};
  skg_ent type;
  size_t a, tl, desc, lead = x_find_lead(x, &type, &a, &tl, &desc);
  skg_eid parent = x_episode_series(x);
  for (size_t si = 0; si < x->refs_start; si++) {
    xs_saved page;
    xs_enter(x, si, lead, &page);
    sent s = xc_sent_of(x, si);
    s.parent = parent;
    xc_own_rules(&s);
    xc_prose_rules(&s, &m);
    xc_cast_pairs(&s);
    xs_leave(x, &page);
  }
}

void x_rules_cast(x_ctx *x) {
  for (size_t si = 0; x->subject != SKG_NONE && si < x->refs_start; si++)
    cast_item(x, si);
  xc_cast_lists(x);
  xc_flat_tables(x);
  for (size_t si = 0; si < x->refs_start; si++)
    season_of(x, si);
  prose_rules(x);
}

size_t xc_lex_cues(skg_lex lex, const char **out, size_t max) {
  size_t n = 0;
  for (; n < skg_lex_size(lex) && n < max; n++)
    out[n] = skg_lex_nth(lex, n);
  return n;
}

size_t xc_parallel_at(const sent *s, size_t v, size_t c, x_span *act,
                      x_span *role, size_t max, size_t *stop) {
  size_t n;
  xc_list_before(s, xc_clause_start(s, v), v, act, max - 1, &n);
  *stop = n >= 2 ? x_parallel_roles(s->t, c, s->end, act, n, role) : 0;
  return *stop ? n : 0;
}
