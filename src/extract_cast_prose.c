/* extract_cast_prose.c: casting prose that ties actors and characters to
   the article's work or to another work the text names: "Jane Roe was
   cast as Vera Quill for Night Ledger", "Night Ledger's Tom Ash as Hal
   Brine", "Ash reprises his Night Ledger role as Brine", "The series stars
   A, B and C". Apart from the rules for the article's own cast
   (extract_cast_own.c) because each of these finds the work the cast
   belongs to: named in the sentence, remembered from an earlier one
   (work_memo), or else the article's. */
#include "lexicon.h"
#include "xcast.h"
#include "xcast_desc.h"
#include "xmakers.h"
#include "xmatch.h"

#include <ctype.h>
#include <pthread.h>
#include <string.h>

/* Length of a list separator at p followed by a capital: ", ", ", and ",
   " and ", ", as well as ", ", alongside ", " with " ("stars A as B,
   alongside C and D": every name is cast). */
static size_t list_sep(const sent *s, size_t p) {
  /* data/cast_list_seps.txt, in its order: the longer forms first */
  const skg_lex seps = SKG_LEX_CAST_LIST_SEPS;
  for (size_t i = 0; i < skg_lex_size(seps); i++) {
    const char *sep = skg_lex_nth(seps, i);
    size_t n = strlen(sep);
    if (xc_starts(s, p, sep) && (x_cap_at(s->t, p + n, s->end) ||
                                 x_desc_skip(s->t, p + n, s->end) != p + n))
      return n;
  }
  return 0;
}

/* A list item "Actor" or "Actor as Character". */
typedef struct {
  size_t a, an, c, cn;
} cast_ref;

/* Length of " in the lead roles", " in a cameo role", " in supporting
   roles" at p (up to three lower-case words before "role"), or 0. */
static size_t role_phrase(const sent *s, size_t p) {
  size_t q = XC_AFTER(s, p, " in ");
  if (!q)
    return 0;
  /* "in his second Hollywood role": a capitalised word may describe it */
  for (int k = 0; k < 4 && q < s->end && (k || !x_cap_at(s->t, q, s->end));
       k++) {
    if (x_word_at(s->t, q, s->end, "role"))
      return q + XC_LEN("role") - p;
    if (x_word_at(s->t, q, s->end, "roles"))
      return q + XC_LEN("roles") - p;
    if (x_word_at(s->t, q, s->end, "cameo"))
      return q + XC_LEN("cameo") - p;
    q = x_find(s->t, q, s->end, " ") + 1;
  }
  return 0;
}

/* Length of a generational suffix the name scanner leaves after a name
   ending at p: the period of "Robert Roe Jr." or ", Jr." / ", Sr." after
   "Sam Roe", so that the list goes on after it; 0 if none. */
static size_t suffix_len(const sent *s, size_t p) {
  static const char *const SUFFIX[] = {", Jr.", ", Sr.", ", Jr", ", Sr"};
  static const char *const ENDS[] = {" Jr", " Sr"}; /* "Roe Jr." */
  for (size_t i = 0; i < SKG_ARRAY_LEN(ENDS) && xc_starts(s, p, "."); i++)
    if (p >= s->a + strlen(ENDS[i]) &&
        xc_starts(s, p - strlen(ENDS[i]), ENDS[i]))
      return XC_LEN(".");
  for (size_t i = 0; i < SKG_ARRAY_LEN(SUFFIX); i++)
    if (xc_starts(s, p, SUFFIX[i]))
      return strlen(SUFFIX[i]);
  return 0;
}

/* The character of a list item whose actor's name ends at p: "A as B",
   "A (as B)", "A (B)" (into r); returns where the item ends. "A as the
   mother and B": a description is read over, up to the next separator. */
static size_t item_role(const sent *s, size_t p, cast_ref *r) {
  size_t q = XC_AFTER(s, p, " as "), e;
  if (q && x_cap_at(s->t, q, s->end)) {
    q = x_acronym_job_skip(s->t, q, s->end);
    r->c = q;
    r->cn = xc_char_len(s, q);
    return q + r->cn;
  }
  if ((e = XC_AFTER(s, p, " (as ")) && x_cap_at(s->t, e, s->end)) {
    r->c = e; /* "A (as B), C" */
    r->cn = xc_char_len(s, e);
    return e + r->cn + xc_starts(s, e + r->cn, ")");
  }
  if ((e = XC_AFTER(s, p, " (")) && x_cap_at(s->t, e, s->end) &&
      XC_AFTER(s, e + xc_char_len(s, e), ")")) {
    r->c = e; /* "A (B), C (D)" */
    r->cn = xc_char_len(s, e);
    return XC_AFTER(s, e + r->cn, ")");
  }
  for (int words = 0;
       q && words < 4 && q < s->end && !x_cap_at(s->t, q, s->end); words++) {
    while (q < s->end && s->t[q] != ' ' && s->t[q] != ',')
      q++;
    if (list_sep(s, q))
      return q;
    q++;
  }
  return p;
}

/* Reads "A as B, C as D, and E" at p; returns the number of items.
   "A and B in the lead roles with C in a cameo role" reads on over the
   role phrases; *roles (may be NULL) tells that one was seen. */
static size_t cast_refs_roles(const sent *s, size_t p, cast_ref *out,
                              size_t max, size_t *stop, bool *roles);
static size_t cast_refs(const sent *s, size_t p, cast_ref *out, size_t max,
                        size_t *stop) {
  return cast_refs_roles(s, p, out, max, stop, NULL);
}

/* "A, B and C as D, E and F" (x_parallel_roles): gives each of the n
   actors of out its character; returns where the roles end, or 0. */
static size_t parallel_refs(const sent *s, cast_ref *out, size_t n) {
  x_span act[16], role[17];
  if (n > 16 || n < 2 ||
      XC_AFTER(s, out[n - 1].a + out[n - 1].an, " as ") != out[n - 1].c)
    return 0;
  for (size_t i = 0; i < n; i++) {
    if (i + 1 < n && out[i].cn)
      return 0;
    act[i] = (x_span){out[i].a, out[i].an};
  }
  size_t end = x_parallel_roles(s->t, out[n - 1].c, s->end, act, n, role);
  for (size_t i = 0; end && i < n; i++) {
    out[i].c = role[i].off;
    out[i].cn = role[i].len;
  }
  return end;
}

static size_t cast_refs_roles(const sent *s, size_t p, cast_ref *out,
                              size_t max, size_t *stop, bool *roles) {
  size_t n = 0;
  while (n < max) {
    p = x_desc_skip(s->t, p, s->end); /* "wrestler A": A (issue 11) */
    size_t an = x_name_len(s->t, p, s->end);
    /* "actors A and B, along with C's design group": a name with a
       possessive owns the noun after it and is no cast member */
    if (!an || x_possessive_at(s->t, p + an, s->end))
      break;
    cast_ref r = {p, an, 0, 0};
    p = item_role(s, p + an + suffix_len(s, p + an), &r);
    out[n++] = r;
    size_t par = r.cn ? parallel_refs(s, out, n) : 0;
    if (par) { /* "stars A and B as C and D" */
      p = par;
      break;
    }
    size_t rp = role_phrase(s, p);
    if (rp && roles)
      *roles = true;
    p += rp;
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
    skg_eid actor = xc_actor_at(s, r[i].a, r[i].an, n >= 3);
    if (actor == SKG_NONE)
      continue;
    skg_eid ch = r[i].cn ? xc_character_at(s, r[i].c, r[i].cn) : SKG_NONE;
    xc_perform(s, rule, actor, ch, work);
  }
}

/* The work a clause ending at v is about: a known work named right before
   ("Night Ledger stars ..."), else the article's work. */
static skg_eid work_before(sent *s, size_t v) {
  size_t p = x_name_before(s->t, s->a, v);
  if (p == v) /* "the 2004 film Night Dock, starring A": Night Dock's,
                  which extract_work_groups.c credits (other-work-clause) */
    return xm_titled_before(s->x, s->a, v + 1) != SKG_NONE ? SKG_NONE
                                                           : s->x->subject;
  skg_eid w = x_lookup(s->x, X_WORK, s->t + p, v - p, NULL);
  if (w != SKG_NONE)
    return w;
  return x_lookup(s->x, X_ANY, s->t + p, v - p, NULL) == SKG_NONE &&
                 x_person_like(s->t + p, v - p, true)
             ? SKG_NONE
             : s->x->subject;
}

/* Skips "his son ", "her husband " at p: a possessive and one lower-case
   word before a name ("stars his son Arun Roe"). */
static size_t kin_skip(const sent *s, size_t p) {
  static const char *const POSS[] = {"his ", "her ", "their "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(POSS); i++) {
    size_t q = p + strlen(POSS[i]);
    if (!xc_starts(s, p, POSS[i]) || x_cap_at(s->t, q, s->end))
      continue;
    q = x_find(s->t, q, s->end, " ") + 1;
    return q < s->end && x_cap_at(s->t, q, s->end) ? q : p;
  }
  return p;
}

/* "Roe cast new actors A, B and himself in pivotal roles": a reflexive
   closing a cast list at p is the sentence's subject, a person (by
   surname, the one the text names in full). */
static void self_in_list(sent *s, size_t p, skg_eid work) {
  x_span who = {s->a, x_name_len(s->t, s->a, s->end)};
  if (!who.len || !x_person_like(s->t + who.off, who.len, true))
    return;
  if (!memchr(s->t + who.off, ' ', who.len) && /* "Roe": "Ann Roe" */
      !x_full_name(s->x, s->t + who.off, who.len, &who))
    return;
  /* data/cast_self_closers.txt */
  const skg_lex self = SKG_LEX_CAST_SELF_CLOSERS;
  for (size_t i = 0; i < skg_lex_size(self); i++)
    if (xc_starts(s, p, skg_lex_nth(self, i))) {
      xc_perform(s, "cast-self", xc_actor_at(s, who.off, who.len, false),
                 SKG_NONE, work);
      return;
    }
}

/* "The series stars A as B, C as D, and E as F", "It also stars A, B and
   C", "a 1936 film starring A", "The cast included A, B and C",
   "It featured A as B", "It features the voices of A and B", "with an
   ensemble cast consisting of A, B and C": the list after the verb is the cast
   of the work named before it, or of the article's work. */
static void star_lists(sent *s) {
  /* left in C: its case is the cue ("Cast included " beside "cast
     included "), and a lexicon lower-cases and merges such keys */
  static const char *const VERBS[] = {" stars ",
                                      " starring ",
                                      " starred ",
                                      " co-starring ",
                                      " co-stars ",
                                      "cast included ",
                                      "cast includes ",
                                      " featuring ",
                                      " featured ",
                                      " to feature ",
                                      " actors ",
                                      " features ",
                                      "Cast included ",
                                      "Cast includes ",
                                      " voices of ",
                                      "cast consisting of ",
                                      "cast consists of ",
                                      "cast consisted of ",
                                      " voice talents of ",
                                      " voice talent of ",
                                      "cast comprising ",
                                      "cast also includes ",
                                      "cast also included ",
                                      "ensemble cast including ",
                                      "ensemble cast of ",
                                      "ensemble cast that includes ",
                                      "ensemble cast featuring "};
  static _Thread_local x_gate gate;
  uint64_t may = x_gate_cues(&gate, VERBS, SKG_ARRAY_LEN(VERBS),
                             sizeof VERBS[0], s->t, s->a, s->end);
  for (size_t i = 0; i < SKG_ARRAY_LEN(VERBS); i++) {
    size_t v =
        x_gate_may(may, i) ? x_find(s->t, s->a, s->end, VERBS[i]) : s->end;
    if (v == s->end)
      continue;
    size_t p = kin_skip(s, v + strlen(VERBS[i])), stop;
    cast_ref r[32];
    bool roles = false;
    size_t n = cast_refs_roles(s, p, r, 32, &stop, &roles);
    /* "featuring A as B", "features A, B and C in lead roles"; not
       "featuring music by A" */
    bool feature = strstr(VERBS[i], "featur") != NULL;
    if (!n || (feature && !r[0].cn && !roles))
      continue;
    skg_eid work = work_before(s, XC_BEFORE(s, v, " also")); /* "It also" */
    if (work == s->x->subject && xc_stars_other(s, v))
      continue; /* "A remake of it, starring A": the remake's */
    if (work != SKG_NONE) {
      add_cast_refs(s, "cast-stars", r, n, work);
      self_in_list(s, stop, work);
    }
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
    if (k && xc_starts(s, q + k, " "))
      q += k + 1;
    else if (xc_starts(s, q, " actors ") || xc_starts(s, q, " cast members "))
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
  size_t who = XC_BEFORE(s, v, ", who");
  if (who < v) {
    p = x_name_before(s->t, s->a, who);
    return p < who ? xc_actor_at(s, p, who - p, false) : SKG_NONE;
  }
  for (size_t e = v, guard = 0; e > s->a && guard < 5; guard++) {
    size_t np = x_name_before(s->t, s->a, e);
    if (np < e)
      return xc_actor_at(s, np, e - np, false);
    size_t w = e; /* the word before e */
    while (w > s->a && s->t[w - 1] != ' ')
      w--;
    if (x_word_at(s->t, w, e, "he") || x_word_at(s->t, w, e, "she"))
      return last_actor(s, v);
    /* "Tom Ash would later play" */
    if (!skg_lex_has(SKG_LEX_CAST_VERB_MODALS, s->t + w, e - w) || w == s->a)
      break;
    e = w - 1;
  }
  return SKG_NONE;
}

/* "A was cast as B and C was cast as D for Night Ledger": skips the
   chained pairs after the first character to find " for WORK". */
static skg_eid cast_chain_work(sent *s, size_t p) {
  for (int guard = 0; guard < 8; guard++) {
    skg_eid w = xc_work_after(s, p);
    if (w != SKG_NONE || !xc_starts(s, p, " and "))
      return w;
    size_t q = x_find(s->t, p, s->end, " cast as ");
    if (q == s->end || q - p > 80)
      return SKG_NONE;
    q += 9;
    p = q + xc_char_len(s, q);
  }
  return SKG_NONE;
}

typedef enum { WORK_SUBJECT, WORK_NONE, WORK_CHAIN, WORK_PREVIOUS } work_rule;

typedef struct {
  const char *verb;
  work_rule dflt;
  bool direct; /* the role follows at once, or after "the ... role of" */
} as_verb;

/* Where the role named after a direct verb at c starts: c itself when
   capitalised, after "the title role of" / "the dual role of", else
   s->end ("plays a dock worker", "plays football"). */
static size_t role_of(const sent *s, size_t c) {
  if (x_cap_at(s->t, c, s->end))
    return c;
  if (!xc_starts(s, c, "the "))
    return s->end;
  xc_cur q = xc_at(s->t, s->a, c, s->end);
  if (!XC_SKIP_TO(&q, " role of ", 30))
    return s->end;
  return x_cap_at(s->t, q.p, s->end) ? q.p : s->end;
}

/* The verbs of data/cast_as_verbs.tsv, in its order, read once a run
   (pthread_once, before any worker reads them) into the table the gate
   of x_gate_cues reads. */
static struct {
  as_verb v[X_GATE_MAX];
  size_t n;
} AS_VERBS;
static pthread_once_t AS_VERBS_ONCE = PTHREAD_ONCE_INIT;

static work_rule rule_of(const char *v) {
  static const struct {
    const char *word;
    work_rule rule;
  } RULES[] = {
      {"none", WORK_NONE}, {"chain", WORK_CHAIN}, {"previous", WORK_PREVIOUS}};
  for (size_t i = 0; i < SKG_ARRAY_LEN(RULES); i++)
    if (strncmp(v, RULES[i].word, strlen(RULES[i].word)) == 0)
      return RULES[i].rule;
  return WORK_SUBJECT;
}

static void read_as_verbs(void) {
  const skg_lex l = SKG_LEX_CAST_AS_VERBS;
  for (size_t i = 0; i < skg_lex_size(l) && i < X_GATE_MAX; i++) {
    const char *v = skg_lex_nth_value(l, i);
    AS_VERBS.v[AS_VERBS.n++] =
        (as_verb){skg_lex_nth(l, i), rule_of(v), strstr(v, "direct") != NULL};
  }
}

/* "Tom Ash stars as Hal Brine", "Ash plays Brine", "Ash voices Brine",
   "Ash plays the title role of Brine", "Ash recurs as Brine", "Ash appears as
   police captain Brine", "Ash was cast as Brine for Night Ledger", "Ash,
   who portrays Brine in Night Ledger", "Ash returns as Brine from all of
   the previous series", "Ash makes a cameo appearance as Brine". */
static void verb_as_at(sent *s, work_memo *m, const as_verb *vb, size_t v);
static void verb_as(sent *s, work_memo *m) {
  pthread_once(&AS_VERBS_ONCE, read_as_verbs);
  const as_verb *verbs = AS_VERBS.v;
  static _Thread_local x_gate gate;
  uint64_t may = x_gate_cues(&gate, verbs, AS_VERBS.n, sizeof verbs[0], s->t,
                             s->a, s->end);
  for (size_t i = 0; i < AS_VERBS.n; i++)
    for (size_t v = x_gate_may(may, i)
                        ? x_find(s->t, s->a, s->end, verbs[i].verb)
                        : s->end;
         v < s->end; v = x_find(s->t, v + 1, s->end, verbs[i].verb))
      verb_as_at(s, m, &verbs[i], v);
}

/* The character named at *c (length *cn); when a possessive follows
   it, the name after the owner's description instead ("as Hal's wife
   Vera": Vera, not Hal), moving *c and *cn there; SKG_NONE when no name
   follows ("as Hal's wife", "as Hal's Mother"). */
static skg_eid owned_character(sent *s, size_t *c, size_t *cn) {
  if (x_possessive_at(s->t, *c + *cn, s->end)) {
    size_t p = xc_skip_description(s, *c);
    size_t n = p ? xc_char_len(s, p) : 0;
    if (!n || x_possessive_at(s->t, p + n, s->end))
      return SKG_NONE;
    *c = p;
    *cn = n;
  }
  return xc_character_at(s, *c, *cn);
}

static void verb_as_at(sent *s, work_memo *m, const as_verb *vb, size_t v) {
  size_t c = v + strlen(vb->verb);
  if (strstr(vb->verb, "cameo")) { /* cameo: "... through X as Brine" */
    xc_cur q = xc_at(s->t, s->a, c, s->end);
    c = XC_SKIP_TO(&q, " as ", 60) ? q.p : s->end;
  }
  c = vb->direct ? role_of(s, c) : xc_skip_lower(s, c);
  size_t cn = xc_char_len(s, c);
  if (vb->direct && x_possessive_at(s->t, c + cn, s->end))
    return; /* "plays the Ghostbusters' doctor" */
  skg_eid actor = cn ? actor_before(s, v) : SKG_NONE;
  if (actor == SKG_NONE)
    return;
  skg_eid ch = owned_character(s, &c, &cn);
  skg_eid w = vb->dflt == WORK_CHAIN ? cast_chain_work(s, c + cn)
                                     : xc_work_after(s, c + cn);
  if (w == SKG_NONE && vb->dflt != WORK_NONE)
    w = s->x->subject;
  remember(m, w);
  xc_perform(s, "cast-verb-as", actor, ch, w);
  if (vb->dflt == WORK_PREVIOUS &&
      x_find(s->t, c + cn, s->end, " from all of the previous") < s->end)
    for (size_t k = 0; k < m->n; k++)
      if (m->w[k] != s->x->subject &&
          skg_graph_type(s->x->g, m->w[k]) == SKG_ENT_SERIES)
        xc_perform(s, "cast-returns", actor, ch, m->w[k]);
}

/* "Ash reprises his Night Ledger role as Brine", "he would reprise his
   Night Ledger role of Brine", "Ash reprises her role as Brine", "Ash said she
   would be reprising the role of Brine from Night Ledger". */
static void reprise(sent *s, work_memo *m) {
  const xp_row *r = xp_row_of("cast_prose", "cast-reprise");
  /* speed: the matcher only where x_find saw " repris" */
  xp_run u = xp_run_of(r, s->t, s->a, s->a, s->end, " repris");
  xp_match mt;
  while (xp_run_next(&u, &mt)) {
    if (mt.cue == s->a)
      continue;
    size_t v = mt.cue - 1, wn; /* the space before the verb */
    size_t p = xp_slot(&mt, r->obj)->off;
    skg_eid w = xc_work_at(s, p, &wn);
    p += wn;
    bool bare = w == SKG_NONE &&
                (xc_starts(s, p, "role as ") || xc_starts(s, p, "role of "));
    if (!bare && (w == SKG_NONE || !(xc_starts(s, p, " role as ") ||
                                     xc_starts(s, p, " role of "))))
      continue;
    p += bare ? XC_LEN("role as ") : XC_LEN(" role as ");
    size_t cn = xc_char_len(s, p);
    if (bare) /* "reprises her role as Brine [in Night Ledger]": else the
                 article's work, which the actor returns to */
      w = cn && xc_work_after(s, p + cn) != SKG_NONE ? xc_work_after(s, p + cn)
                                                     : s->x->subject;
    if (w == SKG_NONE)
      continue;
    skg_eid actor = cn ? actor_before(s, v) : SKG_NONE;
    if (actor == SKG_NONE)
      continue;
    remember(m, w);
    xc_perform(s, r->id, actor, xc_character_at(s, p, cn), w);
  }
  static const char ROLE_OF[] = " reprising the role of ";
  size_t v = x_find(s->t, s->a, s->end, ROLE_OF);
  if (v == s->end)
    return;
  size_t p = v + XC_LEN(ROLE_OF), cn = xc_char_len(s, p);
  skg_eid w = cn ? xc_work_after(s, p + cn) : SKG_NONE;
  skg_eid actor = w != SKG_NONE ? last_actor(s, v) : SKG_NONE;
  if (actor == SKG_NONE)
    return;
  remember(m, w);
  xc_perform(s, "cast-reprise", actor, xc_character_at(s, p, cn), w);
}

/* "They also confirmed that Ash, Lee, and Roe would all reprise their
   roles to star in Night Ledger": actors the text already named (here by
   surname) are in the cast of the work after "in", else of the subject. */
static void reprise_roles(sent *s) {
  const skg_lex cues = SKG_LEX_CAST_REPRISE_CUES; /* in file order */
  size_t v = s->end;
  for (size_t i = 0; v == s->end && i < skg_lex_size(cues); i++)
    v = x_find(s->t, s->a, s->end, skg_lex_nth(cues, i));
  if (v == s->end)
    return;
  size_t e = v;
  for (;;) { /* "would all", "will also": the words before the verb */
    size_t w = e;
    while (w > s->a && s->t[w - 1] != ' ')
      w--;
    if (w <= s->a || !skg_lex_has(SKG_LEX_REPRISE_AUX, s->t + w, e - w))
      break;
    e = w - 1;
  }
  size_t after = x_find(s->t, v, s->end, " in ");
  skg_eid w = after < s->end && after - v < 40 ? xc_work_after(s, after)
                                               : s->x->subject;
  x_span names[16];
  size_t n;
  xc_list_before(s, s->a, e, names, 16, &n);
  for (size_t i = 0; i < n && w != SKG_NONE; i++) {
    skg_eid a =
        x_lookup(s->x, X_PERSON, s->t + names[i].off, names[i].len, NULL);
    if (a != SKG_NONE && skg_graph_type(s->x->g, a) == SKG_ENT_ACTOR)
      xc_perform(s, "cast-reprise-roles", a, SKG_NONE, w);
  }
}

static void pairs_at(sent *s, size_t v, size_t from);
/* "Ann Lee and Kay Moss portray Vera and Jo Quill[, respectively]", "A,
   B and C star as D, E and F", "A and B reprising their roles as C and
   D" (a plural verb of data/cast_pair_verbs.txt): actors and characters
   pair up in order; "Vera and Jo Quill" share the surname. */
static void portray_pairs(sent *s) {
  const skg_lex verbs = SKG_LEX_CAST_PAIR_VERBS;
  for (size_t i = 0; i < skg_lex_size(verbs); i++) {
    const char *vb = skg_lex_nth(verbs, i);
    for (size_t v = x_find(s->t, s->a, s->end, vb); v < s->end;
         v = x_find(s->t, v + 1, s->end, vb))
      pairs_at(s, v, v + strlen(vb));
  }
}

static void pairs_at(sent *s, size_t v, size_t from) {
  x_span act[8], chr[8];
  size_t na, nc, stop;
  xc_list_before(s, xc_clause_start(s, v), v, act, 8, &na);
  nc = x_name_list(s->t, from, s->end, chr, 8, &stop);
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
    skg_eid actor = xc_actor_at(s, act[i].off, act[i].len, false);
    const char *c = s->t + chr[i].off;
    size_t cn = chr[i].len;
    char buf[256];
    if (sur && !memchr(c, ' ', cn) && cn + surn < sizeof buf) {
      memcpy(buf, c, cn); /* "Vera" + " Quill" */
      memcpy(buf + cn, sur, surn);
      c = buf;
      cn += surn;
    }
    xc_perform(s, "cast-portray-pairs", actor, x_character(s->x, c, cn, true),
               s->x->subject);
  }
}

/* "The Harbor Quartet also cameo as themselves", "Ann Lee appears as
   herself": a person is an Actor of the article's work; a group with
   "The" is a Company in its cast. */
static void as_themselves(sent *s) {
  const skg_lex self = SKG_LEX_CAST_AS_SELF; /* in file order */
  for (size_t i = 0; i < skg_lex_size(self); i++) {
    size_t v = x_find(s->t, s->a, s->end, skg_lex_nth(self, i));
    if (v == s->end || s->x->subject == SKG_NONE)
      continue;
    size_t c = xc_clause_start(s, v), n = x_name_len(s->t, c, v);
    size_t words = 0;
    for (size_t p = c + n; p < v; p++) /* "also cameo", "both appear" */
      words += s->t[p] == ' ';
    for (size_t p = c + n; p < v; p++)
      if (s->t[p] == ',' || s->t[p] == '(' || x_cap_at(s->t, p, v))
        words = 99;
    if (!n || words > 3)
      continue;
    size_t the = XC_AFTER(s, c, "The "); /* "The Harbor Quartet" */
    skg_eid e = the ? SKG_NONE : xc_actor_at(s, c, n, false);
    if (the && c + n > the)
      e = x_entity(s->x, SKG_ENT_COMPANY, s->t + the, c + n - the);
    xc_perform(s, "cast-self", e, SKG_NONE, s->x->subject);
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
  xc_cur in = xc_at(s->t, s->a, v + 1, s->end);
  skg_eid w =
      XC_SKIP_TO(&in, " in ", s->end) ? xc_work_at(s, in.p, &wn) : SKG_NONE;
  x_span act[8];
  xc_list_before(s, s->a, v - k, act, 8, &n);
  for (size_t i = 0; w != SKG_NONE && i < n; i++)
    xc_perform(s, "cast-characters-in",
               xc_actor_at(s, act[i].off, act[i].len, false), SKG_NONE, w);
}

/* "Tom Ash, Hal Brine in Night Ledger, said ...": an apposition naming an
   actor's character in a known work. */
static void apposition(sent *s) {
  static const char IN[] = " in ";
  for (size_t v = x_find(s->t, s->a, s->end, IN); v < s->end;
       v = x_find(s->t, v + XC_LEN(IN), s->end, IN)) {
    size_t wn, q = v + XC_LEN(IN);
    size_t c = x_name_before(s->t, s->a, v), comma = XC_BEFORE(s, c, ", ");
    if (c == v || comma == c || comma <= s->a)
      continue;
    size_t p = x_name_before(s->t, s->a, comma);
    if (p == comma || !x_person_like(s->t + p, comma - p, false) ||
        x_lookup(s->x, X_ANY & ~X_CHARACTER, s->t + c, v - c, NULL) != SKG_NONE)
      continue;
    /* Only now: xc_work_at makes a dated title a film, and the " in " of
       "Murder in Lisbon (1995)" is no apposition. */
    skg_eid w = xc_work_at(s, q, &wn);
    if (w == SKG_NONE || (q + wn < s->end && s->t[q + wn] != ','))
      continue;
    xc_perform(s, "cast-apposition", xc_actor_at(s, p, comma - p, false),
               x_character(s->x, s->t + c, v - c, true), w);
  }
}

/* "with Tom Ash also headlining Night Ledger": a known actor leads the
   cast of a known work. */
static void headlining(sent *s, work_memo *m) {
  static const char HEADLINING[] = " headlining ";
  size_t v = x_find(s->t, s->a, s->end, HEADLINING);
  if (v == s->end)
    return;
  size_t wn, e = XC_BEFORE(s, v, " also");
  skg_eid w = xc_work_at(s, v + XC_LEN(HEADLINING), &wn);
  size_t p = x_name_before(s->t, s->a, e);
  skg_eid actor =
      p < e ? x_lookup(s->x, X_PERSON, s->t + p, e - p, NULL) : SKG_NONE;
  if (w == SKG_NONE || actor == SKG_NONE ||
      skg_graph_type(s->x->g, actor) != SKG_ENT_ACTOR)
    return;
  remember(m, w);
  xc_perform(s, "cast-headlining", actor, SKG_NONE, w);
}

void xc_prose_rules(sent *s, work_memo *m) {
  xc_appeared_in(s);
  star_lists(s);
  work_as_lists(s);
  verb_as(s, m);
  xc_played(s);
  xc_role_as(s);
  xc_debut(s);
  reprise(s, m);
  reprise_roles(s);
  portray_pairs(s);
  as_themselves(s);
  characters_in(s);
  apposition(s);
  headlining(s, m);
}
