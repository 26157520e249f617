/* extract_cast.c: cast lists and casting prose. A cast list item names an
   actor, the character and, after a colon, a description:
     "Jane Roe as Vera Quill / The Quill: A disgraced detective ..."
   Casting prose ties actors and characters to the article's work or to
   another work the text names: "Jane Roe was cast as Vera Quill for Night
   Ledger", "Night Ledger's Tom Ash as Hal Brine", "Ash reprises his Night
   Ledger role as Brine". */
#include "lexicon.h"
#include "xctx.h"

#include <ctype.h>
#include <string.h>

/* Splits "Name / Alias" at " / "; returns the length of the name part. */
static size_t before_slash(const char *t, size_t a, size_t n) {
  size_t p = x_find(t, a, a + n, " / ");
  return p - a;
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
  x_nickname_aliases(x, ch, t + c, cn, &ev);
  skg_graph_add_performance(x->g, actor, ch, x->subject, &ev);
  return true;
}

/* ---- casting prose ---- */

/* One sentence under analysis. */
typedef struct {
  x_ctx *x;
  size_t si;
  const char *t;
  size_t a, end;
  skg_eid parent; /* the series of an episode article, or SKG_NONE */
} sent;

static sent sent_of(x_ctx *x, size_t si) {
  const skg_span *s = &x->d->sents[si];
  return (sent){x, si, x->d->text, s->off, s->off + s->len, SKG_NONE};
}

/* Is w at t[p..)? False when p is past the end, or wrapped below 0 by a
   caller's "v - 5" at the start of the text. */
static bool starts(const sent *s, size_t p, const char *w) {
  size_t n = strlen(w);
  return n <= s->end && p <= s->end - n && memcmp(s->t + p, w, n) == 0;
}

/* The actor named t[p..p+n): a known person (full name or surname), typed
   Actor from now on, or a new Actor when the name looks like a person's
   (one word only when single is true). */
static skg_eid actor_at(sent *s, size_t p, size_t n, bool single) {
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
  return x_entity(s->x, SKG_ENT_ACTOR, s->t + p, n);
}

/* Length of a character mention at p: a name, optionally " / Alias"
   ("Vera Quill / The Quill"). */
static size_t char_len(const sent *s, size_t p) {
  size_t n = x_name_len(s->t, p, s->end);
  if (n && starts(s, p + n, " / ")) {
    size_t k = x_name_len(s->t, p + n + 3, s->end);
    if (k)
      n += 3 + k;
  }
  return n;
}

/* The character of a mention of length n at p (see char_len); the part
   after " / " is an alias. */
static skg_eid character_at(sent *s, size_t p, size_t n) {
  size_t main = before_slash(s->t, p, n);
  skg_eid ch = x_character(s->x, s->t + p, main, true);
  if (ch != SKG_NONE && main < n) {
    skg_evidence ev = x_evidence(s->x, s->si, "cast-alias");
    skg_graph_add_literal(s->x->g, ch, SKG_PRED_ALIAS, s->t + p + main + 3,
                          n - main - 3, &ev);
    x_alias(s->x, ch, s->t + p + main + 3, n - main - 3);
  }
  return ch;
}

/* The work named at p: a known Series or Film ("for Night Ledger"), or a
   title the text marks as a film with its year ("Harbor Lights (1998)").
   *n gets the mention's length. */
static skg_eid work_at(sent *s, size_t p, size_t *n) {
  *n = x_name_len(s->t, p, s->end);
  if (!*n)
    return SKG_NONE;
  skg_eid w = x_lookup(s->x, X_WORK, s->t + p, *n, NULL);
  size_t q = p + *n;
  if (w == SKG_NONE && q + 7 <= s->end && s->t[q] == ' ' &&
      s->t[q + 1] == '(' && s->t[q + 6] == ')' &&
      strspn(s->t + q + 2, "0123456789") == 4)
    w = x_entity(s->x, SKG_ENT_FILM, s->t + p, *n);
  return w;
}

static void perform(sent *s, const char *rule, skg_eid actor, skg_eid ch,
                    skg_eid work) {
  if (actor == SKG_NONE && (ch == SKG_NONE || work == SKG_NONE))
    return;
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  skg_graph_add_performance(s->x->g, actor, ch, work, &ev);
}

/* Length of a list separator at p followed by a capital: ", ", ", and ",
   " and ", ", as well as ". */
static size_t list_sep(const sent *s, size_t p) {
  static const char *const SEPS[] = {", as well as ", " as well as ", ", and ",
                                     ", ", " and "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(SEPS); i++)
    if (starts(s, p, SEPS[i]) && x_cap_at(s->t, p + strlen(SEPS[i]), s->end))
      return strlen(SEPS[i]);
  return 0;
}

/* A list item "Actor" or "Actor as Character". */
typedef struct {
  size_t a, an, c, cn;
} cast_ref;

/* Reads "A as B, C as D, and E" at p; returns the number of items. */
static size_t cast_refs(const sent *s, size_t p, cast_ref *out, size_t max,
                        size_t *stop) {
  size_t n = 0;
  while (n < max) {
    size_t an = x_name_len(s->t, p, s->end);
    if (!an)
      break;
    cast_ref r = {p, an, 0, 0};
    p += an;
    if (starts(s, p, " as ") && x_cap_at(s->t, p + 4, s->end)) {
      r.c = p + 4;
      r.cn = char_len(s, r.c);
      p = r.c + r.cn;
    }
    out[n++] = r;
    size_t k = list_sep(s, p);
    if (!k)
      break;
    p += k;
  }
  *stop = p;
  return n;
}

/* Adds the items of a cast list to work; one-word actor names only in
   lists of three or more, where the list itself says they are names. */
static void add_cast_refs(sent *s, const char *rule, const cast_ref *r,
                          size_t n, skg_eid work) {
  for (size_t i = 0; i < n; i++) {
    skg_eid actor = actor_at(s, r[i].a, r[i].an, n >= 3);
    if (actor == SKG_NONE)
      continue;
    skg_eid ch = r[i].cn ? character_at(s, r[i].c, r[i].cn) : SKG_NONE;
    perform(s, rule, actor, ch, work);
  }
}

/* The work a clause ending at v is about: a known work named right before
   ("Night Ledger stars ..."), else the article's work. */
static skg_eid work_before(sent *s, size_t v) {
  size_t p = x_name_before(s->t, s->a, v);
  if (p == v)
    return s->x->subject;
  skg_eid w = x_lookup(s->x, X_WORK, s->t + p, v - p, NULL);
  if (w != SKG_NONE)
    return w;
  return x_lookup(s->x, X_ANY, s->t + p, v - p, NULL) == SKG_NONE &&
                 x_person_like(s->t + p, v - p, true)
             ? SKG_NONE
             : s->x->subject;
}

/* "The series stars A as B, C as D, and E as F", "It also stars A, B and
   C", "a 1936 film starring A", "The cast included A, B and C",
   "It featured A as B": the list after the verb is the cast of the work
   named before it, or of the article's work. */
static void star_lists(sent *s) {
  static const char *const VERBS[] = {
      " stars ",       " starring ",     " starred ",
      " co-starring ", "cast included ", "cast includes ",
      " featuring ",   " to feature ",   " actors "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(VERBS); i++) {
    size_t v = x_find(s->t, s->a, s->end, VERBS[i]);
    if (v == s->end)
      continue;
    size_t p = v + strlen(VERBS[i]), stop;
    cast_ref r[32];
    size_t n = cast_refs(s, p, r, 32, &stop);
    bool feature = VERBS[i][1] == 'f' || VERBS[i][4] == 'f';
    if (!n || (feature && !r[0].cn))
      continue;
    size_t before = v;
    if (starts(s, v - 5, " also")) /* "It also stars" */
      before = v - 5;
    skg_eid work = work_before(s, before);
    if (work != SKG_NONE)
      add_cast_refs(s, "cast-stars", r, n, work);
  }
}

/* "Night Ledger's Tom Ash as Hal Brine, Ann Lee as Kay", "Night Ledger
   actors Tom Ash as Hal Brine and Ann Lee as Kay": a known work, then
   actor-as-character pairs of that work. Also "new actors A, B and C" in
   the article's own cast. */
static void work_as_lists(sent *s) {
  for (size_t p = s->a; p < s->end; p++) {
    if (p > s->a && s->t[p - 1] != ' ')
      continue;
    size_t wn = x_name_len(s->t, p, s->end);
    if (!wn)
      continue;
    size_t q = p + wn, k = x_possessive_at(s->t, q, s->end);
    if (k && starts(s, q + k, " "))
      q += k + 1;
    else if (starts(s, q, " actors ") || starts(s, q, " cast members "))
      q = x_find(s->t, q + 1, s->end, " ") + 1;
    else {
      p = q;
      continue;
    }
    skg_eid w = x_lookup(s->x, X_WORK, s->t + p, wn, NULL);
    cast_ref r[16];
    size_t stop, n = w != SKG_NONE ? cast_refs(s, q, r, 16, &stop) : 0;
    if (n && r[0].cn) {
      add_cast_refs(s, "cast-work-list", r, n, w);
      p = stop;
    }
  }
}

/* Works the casting prose has named so far, in order, so that "returns as
   Kay from all of the previous series" can name them. */
typedef struct {
  skg_eid w[16];
  size_t n;
} work_memo;

static void remember(work_memo *m, skg_eid w) {
  for (size_t i = 0; i < m->n; i++)
    if (m->w[i] == w)
      return;
  if (w != SKG_NONE && m->n < SKG_ARRAY_LEN(m->w))
    m->w[m->n++] = w;
}

/* The last actor named in t[s->a..v) ("Tom Ash said that he would ..."
   -> Tom Ash): a known actor, or a new one with a person's full name. */
static skg_eid last_actor(sent *s, size_t v) {
  skg_eid found = SKG_NONE;
  size_t newp = 0, newn = 0;
  for (size_t p = s->a; p < v; p++) {
    if ((p > s->a && s->t[p - 1] != ' ') || !x_cap_at(s->t, p, v))
      continue;
    size_t n = x_name_len(s->t, p, v);
    skg_eid e = x_lookup(s->x, X_PERSON, s->t + p, n, NULL);
    if (e != SKG_NONE && skg_graph_type(s->x->g, e) == SKG_ENT_ACTOR) {
      found = e;
      newn = 0;
    } else if (e == SKG_NONE && x_person_like(s->t + p, n, false) &&
               x_lookup(s->x, X_ANY, s->t + p, n, NULL) == SKG_NONE) {
      newp = p; /* created only if it stays the last one */
      newn = n;
    }
    p += n;
  }
  return newn ? x_entity(s->x, SKG_ENT_ACTOR, s->t + newp, newn) : found;
}

/* The actor a verb at v is about: the name right before it, the name
   before ", who", or after "he"/"she" the last actor named before. */
static skg_eid actor_before(sent *s, size_t v) {
  size_t p;
  if (v >= s->a + 5 && memcmp(s->t + v - 5, ", who", 5) == 0) {
    p = x_name_before(s->t, s->a, v - 5);
    return p < v - 5 ? actor_at(s, p, v - 5 - p, false) : SKG_NONE;
  }
  static const char *const MODALS[] = {"would", "will", "also", "later",
                                       "then",  "to",   "be",   "was",
                                       "is",    "has",  "been", "reported"};
  for (size_t e = v, guard = 0; e > s->a && guard < 5; guard++) {
    size_t np = x_name_before(s->t, s->a, e);
    if (np < e)
      return actor_at(s, np, e - np, false);
    size_t w = e; /* the word before e */
    while (w > s->a && s->t[w - 1] != ' ')
      w--;
    if (x_word_at(s->t, w, e, "he") || x_word_at(s->t, w, e, "she"))
      return last_actor(s, v);
    bool modal = false;
    for (size_t i = 0; i < SKG_ARRAY_LEN(MODALS); i++)
      modal |= x_word_at(s->t, w, e, MODALS[i]) && w + strlen(MODALS[i]) == e;
    if (!modal || w == s->a)
      break;
    e = w - 1;
  }
  return SKG_NONE;
}

/* Skips up to three lower-case words ("as police captain Kay"). */
static size_t skip_lower(const sent *s, size_t p) {
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
  size_t lim = p + 60 < s->end ? p + 60 : s->end;
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

/* The work after " in ", " for " or " from " at p (a known one only). */
static skg_eid work_after(sent *s, size_t p) {
  static const char *const PREPS[] = {" in ", " for ", " from "};
  if (starts(s, p, " in the "))
    return work_in_the(s, p + 8);
  for (size_t i = 0; i < SKG_ARRAY_LEN(PREPS); i++)
    if (starts(s, p, PREPS[i])) {
      size_t n;
      return work_at(s, p + strlen(PREPS[i]), &n);
    }
  return SKG_NONE;
}

/* "A was cast as B and C was cast as D for Night Ledger": skips the
   chained pairs after the first character to find " for WORK". */
static skg_eid cast_chain_work(sent *s, size_t p) {
  for (int guard = 0; guard < 8; guard++) {
    skg_eid w = work_after(s, p);
    if (w != SKG_NONE || !starts(s, p, " and "))
      return w;
    size_t q = x_find(s->t, p, s->end, " cast as ");
    if (q == s->end || q - p > 80)
      return SKG_NONE;
    q += 9;
    p = q + char_len(s, q);
  }
  return SKG_NONE;
}

typedef enum { WORK_SUBJECT, WORK_NONE, WORK_CHAIN, WORK_PREVIOUS } work_rule;

typedef struct {
  const char *verb;
  work_rule dflt;
} as_verb;

/* "Tom Ash stars as Hal Brine", "Ash recurs as Brine", "Ash appears as
   police captain Brine", "Ash was cast as Brine for Night Ledger", "Ash,
   who portrays Brine in Night Ledger", "Ash returns as Brine from all of
   the previous series", "Ash makes a cameo appearance as Brine". */
static void verb_as_at(sent *s, work_memo *m, const as_verb *vb, size_t v);
static void verb_as(sent *s, work_memo *m) {
  static const as_verb VERBS[] = {{" stars as ", WORK_SUBJECT},
                                  {" recurs as ", WORK_SUBJECT},
                                  {" appears as ", WORK_SUBJECT},
                                  {" guest stars as ", WORK_SUBJECT},
                                  {" co-stars as ", WORK_SUBJECT},
                                  {" returns as ", WORK_PREVIOUS},
                                  {" cast as ", WORK_CHAIN},
                                  {" portrays ", WORK_NONE},
                                  {" voiced ", WORK_NONE},
                                  {" makes a cameo appearance ", WORK_SUBJECT}};
  for (size_t i = 0; i < SKG_ARRAY_LEN(VERBS); i++)
    for (size_t v = x_find(s->t, s->a, s->end, VERBS[i].verb); v < s->end;
         v = x_find(s->t, v + 1, s->end, VERBS[i].verb))
      verb_as_at(s, m, &VERBS[i], v);
}

static void verb_as_at(sent *s, work_memo *m, const as_verb *vb, size_t v) {
  size_t c = v + strlen(vb->verb);
  if (strstr(vb->verb, "cameo")) { /* cameo: "... through X as Brine" */
    size_t q = x_find(s->t, c, s->end, " as ");
    c = q == s->end || q - c > 60 ? s->end : q + 4;
  }
  c = skip_lower(s, c);
  size_t cn = char_len(s, c);
  skg_eid actor = cn ? actor_before(s, v) : SKG_NONE;
  if (actor == SKG_NONE)
    return;
  skg_eid ch = character_at(s, c, cn);
  skg_eid w = vb->dflt == WORK_CHAIN ? cast_chain_work(s, c + cn)
                                     : work_after(s, c + cn);
  if (w == SKG_NONE && vb->dflt != WORK_NONE)
    w = s->x->subject;
  remember(m, w);
  perform(s, "cast-verb-as", actor, ch, w);
  if (vb->dflt == WORK_PREVIOUS &&
      x_find(s->t, c + cn, s->end, " from all of the previous") < s->end)
    for (size_t k = 0; k < m->n; k++)
      if (m->w[k] != s->x->subject &&
          skg_graph_type(s->x->g, m->w[k]) == SKG_ENT_SERIES)
        perform(s, "cast-returns", actor, ch, m->w[k]);
}

/* "Ash reprises his Night Ledger role as Brine", "he would reprise his
   Night Ledger role of Brine", "Ash said she would be reprising the role
   of Brine from Night Ledger". */
static void reprise(sent *s, work_memo *m) {
  static const char *const VERBS[] = {" reprises his ", " reprises her ",
                                      " reprise his ", " reprise her "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(VERBS); i++) {
    size_t v = x_find(s->t, s->a, s->end, VERBS[i]), wn;
    if (v == s->end)
      continue;
    size_t p = v + strlen(VERBS[i]);
    skg_eid w = work_at(s, p, &wn);
    p += wn;
    if (w == SKG_NONE ||
        !(starts(s, p, " role as ") || starts(s, p, " role of ")))
      continue;
    p += 9;
    size_t cn = char_len(s, p);
    skg_eid actor = cn ? actor_before(s, v) : SKG_NONE;
    if (actor == SKG_NONE)
      continue;
    remember(m, w);
    perform(s, "cast-reprise", actor, character_at(s, p, cn), w);
  }
  size_t v = x_find(s->t, s->a, s->end, " reprising the role of ");
  if (v == s->end)
    return;
  size_t p = v + 23, cn = char_len(s, p);
  skg_eid w = cn ? work_after(s, p + cn) : SKG_NONE;
  skg_eid actor = w != SKG_NONE ? last_actor(s, v) : SKG_NONE;
  if (actor == SKG_NONE)
    return;
  remember(m, w);
  perform(s, "cast-reprise", actor, character_at(s, p, cn), w);
}

/* Start of a name list ending exactly at v ("Tom Ash and Ann Lee"
   before " portray"), or v. */
static size_t list_before(const sent *s, size_t lo, size_t v, x_span *out,
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

/* "They also confirmed that Ash, Lee, and Roe would all reprise their
   roles to star in Night Ledger": actors the text already named (here by
   surname) are in the cast of the work after "in", else of the subject. */
static void reprise_roles(sent *s) {
  static const char *const AUX[] = {" would", " will", " all", " also",
                                    " to", " each"};
  size_t v = x_find(s->t, s->a, s->end, " reprise their roles");
  if (v == s->end)
    v = x_find(s->t, s->a, s->end, " reprised their roles");
  if (v == s->end)
    return;
  size_t e = v;
  for (bool more = true; more;) {
    more = false;
    for (size_t i = 0; i < SKG_ARRAY_LEN(AUX); i++) {
      size_t k = strlen(AUX[i]);
      if (e >= s->a + k && memcmp(s->t + e - k, AUX[i], k) == 0) {
        e -= k;
        more = true;
      }
    }
  }
  size_t after = x_find(s->t, v, s->end, " in ");
  skg_eid w = after < s->end && after - v < 40 ? work_after(s, after)
                                                : s->x->subject;
  x_span names[16];
  size_t n;
  list_before(s, s->a, e, names, 16, &n);
  for (size_t i = 0; i < n && w != SKG_NONE; i++) {
    skg_eid a = x_lookup(s->x, X_PERSON, s->t + names[i].off, names[i].len,
                         NULL);
    if (a != SKG_NONE && skg_graph_type(s->x->g, a) == SKG_ENT_ACTOR)
      perform(s, "cast-reprise-roles", a, SKG_NONE, w);
  }
}

/* Start of the clause holding v: after the last "; " before it. */
static size_t clause_start(const sent *s, size_t v) {
  size_t c = s->a;
  for (size_t p = s->a; p + 1 < v; p++)
    if (s->t[p] == ';' && s->t[p + 1] == ' ')
      c = p + 2;
  return c;
}

/* "Ann Lee and Kay Moss portray Vera and Jo Quill[, respectively]":
   actors and characters pair up in order; "Vera and Jo Quill" share the
   surname. */
static void portray_pairs(sent *s) {
  size_t v = x_find(s->t, s->a, s->end, " portray ");
  if (v == s->end)
    return;
  x_span act[8], chr[8];
  size_t na, nc, stop;
  list_before(s, clause_start(s, v), v, act, 8, &na);
  nc = x_name_list(s->t, v + 9, s->end, chr, 8, &stop);
  if (na < 2 || na != nc)
    return;
  const char *sur = NULL;
  size_t surn = 0;
  const char *lastc = s->t + chr[nc - 1].off;
  const char *sp = memchr(lastc, ' ', chr[nc - 1].len);
  if (sp) {
    sur = sp;
    surn = chr[nc - 1].len - (size_t)(sp - lastc);
  }
  for (size_t i = 0; i < na; i++) {
    skg_eid actor = actor_at(s, act[i].off, act[i].len, false);
    const char *c = s->t + chr[i].off;
    size_t cn = chr[i].len;
    char buf[256];
    if (sur && !memchr(c, ' ', cn) && cn + surn < sizeof buf) {
      memcpy(buf, c, cn); /* "Vera" + " Quill" */
      memcpy(buf + cn, sur, surn);
      c = buf;
      cn += surn;
    }
    perform(s, "cast-portray-pairs", actor, x_character(s->x, c, cn, true),
            s->x->subject);
  }
}

/* "The Harbor Quartet also cameo as themselves", "Ann Lee appears as
   herself": a person is an Actor of the article's work; a group with
   "The" is a Company in its cast. */
static void as_themselves(sent *s) {
  static const char *const SELF[] = {" as themselves", " as himself",
                                     " as herself"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(SELF); i++) {
    size_t v = x_find(s->t, s->a, s->end, SELF[i]);
    if (v == s->end || s->x->subject == SKG_NONE)
      continue;
    size_t c = clause_start(s, v), n = x_name_len(s->t, c, v);
    size_t words = 0;
    for (size_t p = c + n; p < v; p++) /* "also cameo", "both appear" */
      words += s->t[p] == ' ';
    for (size_t p = c + n; p < v; p++)
      if (s->t[p] == ',' || s->t[p] == '(' || x_cap_at(s->t, p, v))
        words = 99;
    if (!n || words > 3)
      continue;
    skg_eid e =
        memcmp(s->t + c, "The ", 4) ? actor_at(s, c, n, false) : SKG_NONE;
    if (e == SKG_NONE && n > 4 && memcmp(s->t + c, "The ", 4) == 0)
      e = x_entity(s->x, SKG_ENT_COMPANY, s->t + c + 4, n - 4);
    perform(s, "cast-self", e, SKG_NONE, s->x->subject);
  }
}

/* "Tom Ash and Ann Lee's characters in Harbor Lights (1998)": both are in
   the cast of that work. */
static void characters_in(sent *s) {
  size_t v = x_find(s->t, s->a, s->end, " characters in ");
  if (v == s->end)
    v = x_find(s->t, s->a, s->end, " character in ");
  if (v == s->end)
    return;
  size_t k = 1;
  while (k < 5 && v - k > s->a && x_possessive_at(s->t, v - k, s->end) != k)
    k++;
  if (k == 5 || v - k <= s->a)
    return;
  size_t wn, n;
  skg_eid w = work_at(s, x_find(s->t, v + 1, s->end, " in ") + 4, &wn);
  x_span act[8];
  list_before(s, s->a, v - k, act, 8, &n);
  for (size_t i = 0; w != SKG_NONE && i < n; i++)
    perform(s, "cast-characters-in", actor_at(s, act[i].off, act[i].len, false),
            SKG_NONE, w);
}

/* "Tom Ash, Hal Brine in Night Ledger, said ...": an apposition naming an
   actor's character in a known work. */
static void apposition(sent *s) {
  for (size_t v = x_find(s->t, s->a, s->end, " in "); v < s->end;
       v = x_find(s->t, v + 4, s->end, " in ")) {
    size_t wn;
    skg_eid w = work_at(s, v + 4, &wn);
    size_t after = v + 4 + wn;
    if (w == SKG_NONE || (after < s->end && s->t[after] != ','))
      continue;
    size_t c = x_name_before(s->t, s->a, v);
    if (c == v || c < s->a + 3 || memcmp(s->t + c - 2, ", ", 2) != 0)
      continue;
    size_t p = x_name_before(s->t, s->a, c - 2);
    if (p == c - 2 || !x_person_like(s->t + p, c - 2 - p, false) ||
        x_lookup(s->x, X_ANY & ~X_CHARACTER, s->t + c, v - c, NULL) != SKG_NONE)
      continue;
    perform(s, "cast-apposition", actor_at(s, p, c - 2 - p, false),
            x_character(s->x, s->t + c, v - c, true), w);
  }
}

/* "with Tom Ash also headlining Night Ledger": a known actor leads the
   cast of a known work. */
static void headlining(sent *s, work_memo *m) {
  size_t v = x_find(s->t, s->a, s->end, " headlining ");
  if (v == s->end)
    return;
  size_t wn, e = v;
  if (e > s->a + 5 && memcmp(s->t + e - 5, " also", 5) == 0)
    e -= 5;
  skg_eid w = work_at(s, v + 12, &wn);
  size_t p = x_name_before(s->t, s->a, e);
  skg_eid actor =
      p < e ? x_lookup(s->x, X_PERSON, s->t + p, e - p, NULL) : SKG_NONE;
  if (w == SKG_NONE || actor == SKG_NONE ||
      skg_graph_type(s->x->g, actor) != SKG_ENT_ACTOR)
    return;
  remember(m, w);
  perform(s, "cast-headlining", actor, SKG_NONE, w);
}

/* "the second season of Night Ledger" names a series: registered before
   the prose rules run, so "for Night Ledger" resolves. */
static void season_of(x_ctx *x, size_t si) {
  sent s = sent_of(x, si);
  for (size_t v = x_find(s.t, s.a, s.end, " season of "); v < s.end;
       v = x_find(s.t, v + 11, s.end, " season of ")) {
    size_t n = x_name_len(s.t, v + 11, s.end);
    if (x_possessive_at(s.t, v + 11 + n, s.end)) /* "season of Kay's life" */
      continue;
    /* a character may share the title; a person or company may not */
    if (n && x_lookup(x, X_PERSON | X_ORG | X_WORK, s.t + v + 11, n, NULL) ==
                 SKG_NONE)
      x_entity(x, SKG_ENT_SERIES, s.t + v + 11, n);
  }
}

/* ---- the article's own cast, in episode articles also the series' ---- */

/* Actor (and character) of the article's work. In an episode article
   both belong to the series: guest stars and regulars are the series'
   cast, as the annotated data has it. */
static void own_perform(sent *s, const char *rule, skg_eid actor, skg_eid ch) {
  if (s->parent == SKG_NONE) {
    perform(s, rule, actor, ch, s->x->subject);
    return;
  }
  perform(s, rule, actor, ch, s->parent);
}

/* True when t[p..p+n) may name a character: no person, work or company
   the text knows has that name. */
static bool char_name_ok(const sent *s, size_t p, size_t n) {
  return n && !x_company_like(s->t + p, n) &&
         x_lookup(s->x, X_PERSON | X_WORK | X_ORG, s->t + p, n, NULL) ==
             SKG_NONE;
}

/* "the first appearance of Dr. Vera Quill (Jane Roe)", "its lead
   character, Hal Brine (Tom Ash), who ...": a character with its actor in
   parentheses. */
static void paren_actor(sent *s) {
  for (size_t p = x_find(s->t, s->a, s->end, " ("); p < s->end;
       p = x_find(s->t, p + 2, s->end, " (")) {
    size_t q = p + 2, n = x_name_len(s->t, q, s->end);
    if (!n || q + n >= s->end || s->t[q + n] != ')' ||
        !x_person_like(s->t + q, n, false) ||
        x_lookup(s->x, X_ANY & ~X_PERSON, s->t + q, n, NULL) != SKG_NONE)
      continue;
    size_t c = x_name_before(s->t, s->a, p);
    if (c == p || !char_name_ok(s, c, p - c))
      continue;
    skg_eid actor = actor_at(s, q, n, false);
    if (actor != SKG_NONE)
      own_perform(s, "cast-paren", actor,
                  x_character(s->x, s->t + c, p - c, true));
  }
}

/* Drops a leading word of the not_names lexicon from a list item ("With
   Ann Lee and Tom Ash are co-protagonists"). */
static x_span strip_not_name(const sent *s, x_span it) {
  size_t w = x_find(s->t, it.off, it.off + it.len, " ");
  if (w < it.off + it.len &&
      skg_lex_has(SKG_LEX_NOT_NAMES, s->t + it.off, w - it.off))
    return (x_span){w + 1, it.off + it.len - w - 1};
  return it;
}

/* Adds the names of a list to the article's cast; one-word names only
   in lists of three or more, or when single says the cue is enough. */
static void own_cast_list(sent *s, const char *rule, const x_span *it,
                          size_t n, bool single) {
  for (size_t i = 0; i < n; i++) {
    x_span a = strip_not_name(s, it[i]);
    own_perform(s, rule, actor_at(s, a.off, a.len, single || n >= 3),
                SKG_NONE);
  }
}

/* Cues after which the article's cast is listed; single: one-word names
   are taken even alone ("opposite Priya in the lead"). */
typedef struct {
  const char *cue;
  bool single;
} cast_cue;

/* "The main protagonists are A and B", "The programme's regular
   presenters are currently A and B", "featured guest performances by A,
   B and C", "With the special participation of A and B", "opposite A in
   the lead", "joining hands with A", "paired up with A". */
static void cast_after_cue(sent *s) {
  static const cast_cue CUES[] = {
      {"protagonists are ", false},    {"performances are ", false},
      {"performances by ", false},     {"appearances by ", false},
      {"participation of ", false},    {"presenters are ", false},
      {"presenters were ", false},     {"hosts are ", false},
      {"hosts were ", false},          {" opposite ", true},
      {" joining hands with ", true},  {" paired up with ", true},
      {" paired with ", true}};
  for (size_t i = 0; i < SKG_ARRAY_LEN(CUES); i++)
    for (size_t v = x_find(s->t, s->a, s->end, CUES[i].cue); v < s->end;
         v = x_find(s->t, v + 1, s->end, CUES[i].cue)) {
      size_t p = v + strlen(CUES[i].cue), stop;
      for (int k = 0; k < 2; k++) /* "are currently", "are also" */
        if (x_word_at(s->t, p, s->end, "currently") ||
            x_word_at(s->t, p, s->end, "also"))
          p = x_find(s->t, p, s->end, " ") + 1;
      x_span it[24];
      size_t n = x_name_list(s->t, p, s->end, it, 24, &stop);
      own_cast_list(s, "cast-cue", it, n, CUES[i].single);
    }
}

/* Length of "play significant roles", "played pivotal roles", "appear in
   the episode", "are co-protagonists" at v, or 0. */
static size_t list_role_verb(const sent *s, size_t v) {
  static const char *const VERBS[] = {" play ", " played ", " appear in the ",
                                      " appeared in the ", " are "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(VERBS); i++) {
    if (!starts(s, v, VERBS[i]))
      continue;
    size_t p = v + strlen(VERBS[i]), w = x_find(s->t, p, s->end, " ");
    if (i == 4)
      return starts(s, p, "co-protagonists") ? w - v : 0;
    if (i >= 2) { /* "appear in the episode", "... in the film." */
      for (w = p; w < s->end && isalpha((unsigned char)s->t[w]);)
        w++;
      return skg_lex_has(SKG_LEX_WORK_NOUNS, s->t + p, w - p) ? w - v : 0;
    }
    for (int k = 0; k < 3 && p < s->end; k++) { /* "significant roles" */
      w = x_find(s->t, p, s->end, " ");
      if (x_word_at(s->t, p, s->end, "roles") ||
          x_word_at(s->t, p, s->end, "role"))
        return p - v;
      if (x_cap_at(s->t, p, s->end))
        return 0;
      p = w + 1;
    }
  }
  return 0;
}

/* "A, B, C, and D play significant roles in the film", "A and B appear in
   the episode", "With A and B are co-protagonists": the list before the
   verb is the article's cast. */
static void cast_before_verb(sent *s) {
  for (size_t v = x_find(s->t, s->a, s->end, " "); v < s->end;
       v = x_find(s->t, v + 1, s->end, " ")) {
    if (!list_role_verb(s, v) || v == s->a)
      continue;
    x_span it[24];
    size_t n;
    list_before(s, clause_start(s, v), v, it, 24, &n);
    own_cast_list(s, "cast-list-verb", it, n, false);
  }
}

/* "Vera Quill was voiced by Jane Roe in the original 1967 film", "Hal is
   played by Tom Ash", "whose persona was portrayed by Tom Ash and his
   wife Vera by Jane Roe": the character before the verb, the actor after
   it, then gapped pairs "and [his wife] C by D". */
static void passive_by(sent *s) {
  static const char *const VERBS[] = {" voiced by ", " portrayed by ",
                                      " played by "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(VERBS); i++)
    for (size_t v = x_find(s->t, s->a, s->end, VERBS[i]); v < s->end;
         v = x_find(s->t, v + 1, s->end, VERBS[i])) {
      size_t b = v; /* "Vera was voiced", "Vera is also played" */
      while (b > s->a) {
        size_t w = b;
        while (w > s->a && s->t[w - 1] != ' ')
          w--;
        if (w == b || w == s->a ||
            !(x_word_at(s->t, w, b, "was") || x_word_at(s->t, w, b, "is") ||
              x_word_at(s->t, w, b, "also") || x_word_at(s->t, w, b, "be")))
          break;
        b = w - 1;
      }
      size_t p = v + strlen(VERBS[i]), an = x_name_len(s->t, p, s->end);
      size_t c = x_name_before(s->t, s->a, b);
      skg_eid w = work_after(s, p + an);
      for (int guard = 0; an && guard < 6; guard++) {
        skg_eid actor = actor_at(s, p, an, false);
        skg_eid ch = c < b && char_name_ok(s, c, b - c)
                         ? x_character(s->x, s->t + c, b - c, true)
                         : SKG_NONE;
        if (actor != SKG_NONE && ch != SKG_NONE)
          w != SKG_NONE ? perform(s, "cast-passive", actor, ch, w)
                        : own_perform(s, "cast-passive", actor, ch);
        if (!starts(s, p + an, " and ")) /* "and his wife Vera by Jane Roe" */
          break;
        c = skip_lower(s, p + an + 5);
        size_t cn = x_name_len(s->t, c, s->end);
        if (!cn || !starts(s, c + cn, " by "))
          break;
        b = c + cn;
        p = b + 4;
        an = x_name_len(s->t, p, s->end);
      }
    }
}

/* True when the word ending at v says the work is the subject: "The
   episode follows", "The film's subplot, which sees", "It centers on". */
static bool work_subject_before(const sent *s, size_t v) {
  static const char *const W[] = {"episode", "film",  "series", "show",
                                  "It",      "which", "plot",   "subplot",
                                  "story",   "movie", "installment"};
  size_t w = v;
  while (w > s->a && s->t[w - 1] != ' ')
    w--;
  for (size_t i = 0; i < SKG_ARRAY_LEN(W); i++)
    if (x_word_at(s->t, w, v, W[i]) && w + strlen(W[i]) == v)
      return true;
  return false;
}

/* The character named t[p..p+n) of the article's work (in an episode
   article, of its series). */
static void own_character(sent *s, const char *rule, size_t p, size_t n) {
  if (!char_name_ok(s, p, n) || x_possessive_at(s->t, p + n, s->end) ||
      skg_lex_has(SKG_LEX_NOT_NAMES, s->t + p, n))
    return;
  skg_eid ch = x_character(s->x, s->t + p, n, true);
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  skg_graph_add_fact(s->x->g,
                     s->parent != SKG_NONE ? s->parent : s->x->subject,
                     SKG_PRED_HAS_CHARACTER, ch, &ev);
}

/* "The episode follows Hal and Vera as they ...", "The episode sees Hal
   Brine marry Vera", "a subplot, which sees Hal stay at ...", "the two
   main characters, Hal and Vera": characters of the work. */
static void plot_characters(sent *s) {
  static const char *const VERBS[] = {" follows ", " sees ", " centers on ",
                                      " centres on ", " focuses on ",
                                      " revolves around "};
  x_span it[8];
  size_t n, stop;
  for (size_t i = 0; i < SKG_ARRAY_LEN(VERBS); i++)
    for (size_t v = x_find(s->t, s->a, s->end, VERBS[i]); v < s->end;
         v = x_find(s->t, v + 1, s->end, VERBS[i])) {
      if (!work_subject_before(s, v) || s->x->subject == SKG_NONE)
        continue;
      size_t p = v + strlen(VERBS[i]);
      n = x_name_list(s->t, p, s->end, it, 8, &stop);
      for (size_t k = 0; k < n; k++)
        own_character(s, "cast-plot", it[k].off, it[k].len);
      if (n != 1 || i != 1 || !starts(s, stop, " ")) /* "sees A marry B" */
        continue;
      size_t w = x_find(s->t, stop + 1, s->end, " ");
      if (w < s->end && !x_cap_at(s->t, stop + 1, s->end))
        own_character(s, "cast-plot", w + 1,
                      x_name_len(s->t, w + 1, s->end));
    }
  size_t v = x_find(s->t, s->a, s->end, " main characters");
  if (v == s->end || s->x->subject == SKG_NONE)
    return;
  size_t p = x_skip_space(s->t, v + 16 + starts(s, v + 16, ","), s->end);
  n = x_name_list(s->t, p, s->end, it, 8, &stop);
  for (size_t k = 0; n >= 2 && k < n; k++)
    own_character(s, "cast-main-characters", it[k].off, it[k].len);
}

/* "The series features identical twin brothers Tom Ash and Kay Ash": a
   work subject, a short lower-case description, then full names. */
static void features_people(sent *s) {
  size_t v = x_find(s->t, s->a, s->end, " features ");
  if (v == s->end || !work_subject_before(s, v) || s->x->subject == SKG_NONE)
    return;
  size_t p = v + 10;
  for (int k = 0; k < 5 && p < s->end && !x_cap_at(s->t, p, s->end); k++) {
    size_t w = x_find(s->t, p, s->end, " ");
    static const char *const STOP[] = {"by", "of", "from", "with", "music",
                                       "songs", "a", "an"};
    for (size_t i = 0; i < SKG_ARRAY_LEN(STOP); i++)
      if (x_word_at(s->t, p, s->end, STOP[i]))
        return;
    p = w + 1;
  }
  x_span it[8];
  size_t stop, n = x_name_list(s->t, p, s->end, it, 8, &stop);
  for (size_t k = 0; k < n; k++)
    if (x_person_like(s->t + it[k].off, it[k].len, false))
      own_perform(s, "cast-features",
                  actor_at(s, it[k].off, it[k].len, false), SKG_NONE);
}

void x_rules_cast(x_ctx *x) {
  for (size_t si = 0; si < x->refs_start; si++)
    cast_item(x, si);
  for (size_t si = 0; si < x->refs_start; si++)
    season_of(x, si);
  work_memo m = {{0}, 0};
  skg_eid parent = x_episode_series(x);
  for (size_t si = 0; si < x->refs_start; si++) {
    sent s = sent_of(x, si);
    s.parent = parent;
    paren_actor(&s);
    cast_after_cue(&s);
    cast_before_verb(&s);
    passive_by(&s);
    plot_characters(&s);
    features_people(&s);
    star_lists(&s);
    work_as_lists(&s);
    verb_as(&s, &m);
    reprise(&s, &m);
    reprise_roles(&s);
    portray_pairs(&s);
    as_themselves(&s);
    characters_in(&s);
    apposition(&s);
    headlining(&s, &m);
  }
}
