/* extract_news_lists.c: two list forms of casting news that name a part
   or a work where the other rules expect a plain list of actors:
     "He joins a cast that also includes Ann Lee as Vera Quill, Tom Ash
      as Kay Brandt and Joy Dunn as Sid Marr."  (pairs of actor and part)
     "Also returning are Ann Lee as Vera, Tom Ash as Kay ..."
     "\"Night Ledger\" will star Ann Lee (\"Dock Street\") and Tom Ash."
      (a work, quoted or known, before "will star": not an actor)
   and what types a title after a weak join ("(working title)",
   ", Peacock's limited series"), moved here from extract_news.c.
   Part of the news family (xnews.h); called by extract_news.c.
   Owner: h-news4 (issue 11). */
#include "lexicon.h"
#include "xnews.h"

#include <ctype.h>
#include <string.h>

/* Bytes of lower-case words a description before a part may span
   ("Jaheim's mum Grace", "a friend of the chef"). */
#define PART_WORDS_MAX 24

/* Past "Femi's Uncle" / "Jaheim's mum " before a part's name: a
   possessive name and at most a few lower-case words (the relation);
   p when there is none. */
static size_t past_relation(const nsent *s, size_t p) {
  const char *t = s->t;
  size_t k = x_name_len(t, p, s->end);
  size_t ps = k ? x_possessive_at(t, p + k, s->end) : 0;
  if (!ps || p + k + ps >= s->end || t[p + k + ps] != ' ')
    return p;
  size_t q = p + k + ps + 1, lim = q + PART_WORDS_MAX;
  while (q < s->end && q < lim && islower((unsigned char)t[q])) {
    size_t sp = x_find(t, q, s->end, " ");
    if (sp >= s->end)
      return p;
    q = sp + 1;
  }
  return q < s->end && x_cap_at(t, q, s->end) ? q : p;
}

/* The part named at p after " as ", as a character of no other kind
   (not a known person, work or company); its length in *len. */
static skg_eid part_at(nsent *s, size_t p, size_t *len) {
  size_t q = past_relation(s, p);
  size_t n = x_name_len(s->t, q, s->end);
  *len = q + n - p;
  if (!n || x_possessive_at(s->t, q + n, s->end) ||
      x_lookup(s->x, X_ANY & ~X_CHARACTER, s->t + q, n, NULL) != SKG_NONE)
    return SKG_NONE;
  return x_character(s->x, s->t + q, n, true);
}

/* The separator after an item of a list at p: its length, or 0 at the
   list's end. */
static size_t list_sep(const char *t, size_t p, size_t end) {
  static const char *const SEP[] = {", and ", " and ", ", "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(SEP); i++)
    if (x_at(t, p, end, SEP[i]))
      return strlen(SEP[i]);
  return 0;
}

bool xn_pair_at(const nsent *s, size_t p) {
  size_t k = x_name_len(s->t, p, s->end);
  return k && x_person_like(s->t + p, k, false) &&
         x_at(s->t, p + k, s->end, " as ");
}

size_t xn_pair_list(nsent *s, size_t p, wref *w, const char *rule) {
  const char *t = s->t;
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  skg_eid work = SKG_NONE;
  while (p < s->end && xn_pair_at(s, p)) {
    size_t k = x_name_len(t, p, s->end), cl;
    size_t q = p + k + XC_LEN(" as ");
    skg_eid ch = part_at(s, q, &cl);
    if (ch == SKG_NONE)
      break;
    skg_eid a = xn_person_at(s, p, k, SKG_ENT_ACTOR);
    if (a != SKG_NONE && work == SKG_NONE)
      work = xn_realise(s->x, w);
    if (a != SKG_NONE)
      skg_graph_add_performance(s->x->g, a, ch, work, &ev);
    p = q + cl;
    size_t sep = list_sep(t, p, s->end);
    if (!sep)
      break;
    p += sep;
  }
  return p;
}

/* Bytes between a cue of kind "castare" and its " are " at most
   ("Reprising their roles in the upcoming season are"). */
#define ARE_MAX 60

size_t xn_past_are(const nsent *s, size_t p) {
  size_t lim = p + ARE_MAX < s->end ? p + ARE_MAX : s->end;
  size_t c = x_find(s->t, p > s->a ? p - 1 : p, lim, " are ");
  return c < lim ? c + XC_LEN(" are ") : p;
}

bool xn_work_subject(nsent *s, news *nw, size_t v, size_t q, wref *out) {
  const char *t = s->t;
  size_t e = v, in, n;
  while (e > s->a && t[e - 1] == ' ')
    e--;
  size_t k = x_name_len(t, q, s->end);
  if (!k || !x_person_like(t + q, k, false) ||
      x_lookup(s->x, X_WORK, t + q, k, NULL) != SKG_NONE ||
      !xn_title_ending(s, e, &in, &n) || in > s->a + XC_LEN("\xE2\x80\x9C"))
    return false;
  bool quoted = in > s->a; /* the title opens the sentence, in quotes */
  if (!xn_work_ref(s, nw, in, n, NO_TYPE, out))
    return false;
  return quoted || out->e != SKG_NONE;
}

x_span xn_appositive_network(const nsent *s, size_t e) {
  size_t c = e, w = XC_LEN(" (working title)");
  if (x_at(s->t, c, s->end, " (working title)"))
    c += w;
  if (!x_at(s->t, c, s->end, ", "))
    return (x_span){0, 0};
  x_span net = xn_network_possessive(s, c + XC_LEN(", "));
  return net.len ? (x_span){c + XC_LEN(", "),
                            x_name_len(s->t, c + XC_LEN(", "), s->end)}
                 : net;
}

bool xn_typed_after(const nsent *s, size_t e) {
  return x_at(s->t, e, s->end, " (working title)") ||
         xn_appositive_network(s, e).len;
}

bool xn_comma_title(nsent *s, news *nw, size_t p) {
  const char *t = s->t;
  size_t c = p - XC_LEN(", "), lo = c, n, e;
  while (lo > s->a && t[lo - 1] != ' ')
    lo--;
  skg_ent ty = xn_noun_type(t, lo, c);
  if ((ty == NO_TYPE && !xn_genre_before(s, lo, c + 1)) || lo == s->a ||
      xn_headline_case(s, 0, 0) ||
      !(n = x_title_len(t, p, s->end, X_TITLE_POSS)))
    return false;
  e = p + n;
  while (e < s->end && isspace((unsigned char)t[e]))
    e++;
  wref w;
  bool dash = x_at(t, e, s->end, "\xE2\x80\x93") || x_at(t, e, s->end, "- ");
  if (!(e == s->end || t[e] == '.' || dash) ||
      !xn_work_ref(s, nw, p, n, ty, &w))
    return false;
  nw->work = w;
  return true;
}

skg_ent xn_work_type(const nsent *s, const wref *w) {
  return w->e != SKG_NONE ? skg_graph_type(s->x->g, w->e) : w->ty;
}

bool xn_same_kind(const nsent *s, const wref *w, size_t p) {
  skg_ent said = xn_noun_type(s->t, s->a, p);
  skg_ent ty = xn_work_type(s, w);
  return said == NO_TYPE || ty == NO_TYPE || said == ty ||
         (ty != SKG_ENT_SERIES && ty != SKG_ENT_FILM);
}

wref xn_work_of_kind(const nsent *s, const news *nw, const wref *w, size_t p) {
  if (xn_same_kind(s, w, p))
    return *w;
  /* "The actor ... director of the film Boy Erased. The series cast will
     also include A": the series the item was about before the aside */
  skg_ent said = xn_noun_type(s->t, s->a, p);
  const wref *k = said == SKG_ENT_SERIES ? &nw->series : &nw->film;
  return xn_has_work(k) && xn_work_type(s, k) == said ? *k : XN_NO_WORK;
}

/* The capitalised joining words of a title-cased headline ("Guide To
   Selling Out", "Joins Tom Ash In"): no person's name holds them. */
static bool joining_word(const char *w, size_t n) {
  static const char *const JOIN[] = {"To",  "In", "Of", "With", "For",
                                     "And", "At", "On", "The",  "Is"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(JOIN); i++)
    if (n == strlen(JOIN[i]) && memcmp(w, JOIN[i], n) == 0)
      return true;
  return false;
}

/* Share of the sentence's words that are capitalised, in percent, at
   which it reads as a title-cased headline. */
#define HEADLINE_CAPS_PCT 80
#define HEADLINE_MIN_WORDS 6

bool xn_headline_case(const nsent *s, size_t c, size_t n) {
  const char *t = s->t;
  size_t words = 0, caps = 0;
  bool joins = false;
  for (size_t p = s->a, e; p < s->end; p = e + 1) {
    e = p;
    while (e < s->end && t[e] != ' ' && t[e] != '\n')
      e++;
    if (e > p && isalpha((unsigned char)t[p])) {
      words++;
      caps += isupper((unsigned char)t[p]) != 0;
      joins = joins || (p >= c && e <= c + n && joining_word(t + p, e - p));
    }
  }
  return joins || (words >= HEADLINE_MIN_WORDS &&
                   caps * 100 >= words * HEADLINE_CAPS_PCT);
}

bool xn_headline_work(const nsent *s, const wref *w) {
  const char *t = s->t;
  bool quoted =
      w->off > s->a && (t[w->off - 1] == '"' || t[w->off - 1] == '\'' ||
                        (unsigned char)t[w->off - 1] >= 0x80);
  return w->e == SKG_NONE && w->n && !quoted && xn_headline_case(s, 0, 0);
}

/* Does the title ending at e close the page's headline ("Ann Lee Joins
   Dock Street": the first line, with no full stop), or its first item
   ("Ann Lee Joins Dock Street, Iron Gate Adds Cold Sea Vet And More")? */
static bool headline_end(const nsent *s, size_t e) {
  const char *t = s->t;
  size_t z = s->end;
  while (z > s->a && isspace((unsigned char)t[z - 1]))
    z--;
  if (s->si != 0 || memchr(t + s->a, '\n', z - s->a) != NULL)
    return false;
  return e == z || (x_at(t, e, z, ", ") && xn_headline_case(s, 0, 0));
}

/* Bytes after a title where its type may be said ("season 2"). */
#define AFTER_TITLE_MAX 24

/* A work after a weak cue ("joins", "boards"): one the text knows, a
   quoted title, "the series", or a title typed by the words after it
   ("joins Night Ledger season 2", "... as Series Regular"). */
bool xn_typed_work(const nsent *s, size_t q, size_t wl, const wref *w) {
  const char *t = s->t;
  size_t hi =
      q + wl + AFTER_TITLE_MAX < s->end ? q + wl + AFTER_TITLE_MAX : s->end;
  bool quoted = t[q] == '"' || t[q] == '\'' ||
                x_at(t, q, s->end, "\xE2\x80\x9C") ||
                x_at(t, q, s->end, "\xE2\x80\x98");
  return w->e != SKG_NONE || quoted || xn_work_reference(s, q) ||
         xn_noun_type(t, q, hi) != NO_TYPE || xn_typed_after(s, q + wl) ||
         (headline_end(s, q + wl) && !x_company_like(t + q, wl) &&
          !x_network_like(t + q, wl)); /* "Ann Lee Joins Acme Pictures" */
}

bool xn_join_person(nsent *s, news *nw, size_t q, wref *out) {
  const char *t = s->t;
  size_t k = x_name_len(t, q, s->end), wl;
  if (!k || !x_person_like(t + q, k, false) ||
      !x_at(t, q + k, s->end, " in ") ||
      x_lookup(s->x, X_ANY & ~X_PERSON, t + q, k, NULL) != SKG_NONE)
    return false;
  size_t r = q + k + XC_LEN(" in ");
  wref before = nw->work;
  *out = xn_work_at(s, nw, r, &wl);
  size_t e = r + wl;
  bool described = x_at(t, e, s->end, ", a ") || x_at(t, e, s->end, ", an ") ||
                   x_at(t, e, s->end, ", based on ");
  if (xn_has_work(out) && wl && (described || xn_typed_work(s, r, wl, out)))
    return true;
  /* "will join Ann Lee in Go, My Dear": a title not read whole names a
     new item all the same; the last one's work is not its */
  nw->work = xn_has_work(out) && wl ? XN_NO_WORK : before;
  return false;
}

void xn_played_by(nsent *s, news *nw, size_t p, size_t len) {
  const char *t = s->t;
  size_t v = p, q = x_skip_space(t, p + len, s->end);
  while (v > s->a && (t[v - 1] == ' ' || t[v - 1] == ','))
    v--;
  size_t st = x_name_before(t, s->a, v);
  size_t k = x_name_len(t, q, s->end);
  wref w = nw->work;
  if (st == v || !k || !xn_has_work(&w) || !x_person_like(t + q, k, false) ||
      x_lookup(s->x, X_ANY & ~X_CHARACTER, t + st, v - st, NULL) != SKG_NONE ||
      x_lookup(s->x, X_ANY & ~X_PERSON, t + q, k, NULL) != SKG_NONE)
    return;
  skg_eid a = xn_person_at(s, q, k, SKG_ENT_ACTOR);
  skg_eid ch = x_person_like(t + st, v - st, true)
                   ? x_character(s->x, t + st, v - st, true)
                   : SKG_NONE;
  if (a == SKG_NONE || ch == SKG_NONE)
    return;
  skg_evidence ev = x_evidence(s->x, s->si, "news-playedby");
  skg_graph_add_performance(s->x->g, a, ch, xn_realise(s->x, &w), &ev);
}

void xn_crew_list(nsent *s, news *nw, size_t p, size_t len, const char *pred) {
  skg_pred pr;
  named nm[MAX_LIST];
  size_t stop, q = x_skip_space(s->t, p + len, s->end);
  wref w = nw->work;
  if (!xn_has_work(&w) || !skg_pred_from_name(pred, &pr) ||
      !xn_same_kind(s, &w, p))
    return;
  size_t n = xn_names_after(s, q, nm, MAX_LIST, &stop);
  skg_evidence ev = x_evidence(s->x, s->si, "news-crewlist");
  for (size_t i = 0; i < n; i++) {
    skg_eid e = xn_person_at(s, nm[i].name.off, nm[i].name.len, SKG_ENT_PERSON);
    if (e != SKG_NONE)
      skg_graph_add_fact(s->x->g, xn_realise(s->x, &w), pr, e, &ev);
  }
}
