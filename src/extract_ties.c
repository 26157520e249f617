/* extract_ties.c: relations between characters (friendOf, mentorOf, ...)
   and their fictional groups (memberOf, leaderOf), from the descriptions
   of cast lists ("Jane Roe as Vera Quill: Hal's sister and a member of the
   Order") and from a few prose phrasings. Relation nouns come from
   data/ties.tsv; the prose phrasings are rows of data/phrasings.tsv
   (family ties) found by the matcher (xmatch.h), whose slots this file
   resolves. Names resolve to characters only, so the actor Tom Quill is
   never taken for the character Vera Quill. */
#include "lexicon.h"
#include "xmatch.h"
#include "xrules.h"

#include <string.h>

/* The family column of this file's rows in data/phrasings.tsv. */
#define FAMILY "ties"

typedef struct {
  x_ctx *x;
  size_t si;
  const char *t;
  size_t a, end;
} tsent;

static bool group_pred(skg_pred p) {
  return p == SKG_PRED_MEMBER_OF || p == SKG_PRED_LEADER_OF;
}

/* The fictional group named at p ("the Order" -> Order): a known group,
   else a new one unless the name belongs to a person, work or company. */
static skg_eid group_at(tsent *s, size_t p, size_t *n) {
  xc_cur c = xc_at(s->t, s->a, p, s->end);
  XC_WORD(&c, "the");
  p = c.p;
  *n = x_name_len(s->t, p, s->end);
  if (!*n)
    return SKG_NONE;
  skg_eid g = x_lookup(s->x, X_GROUP, s->t + p, *n, NULL);
  if (g == SKG_NONE &&
      x_lookup(s->x, X_ANY & ~X_GROUP, s->t + p, *n, NULL) == SKG_NONE)
    g = x_entity(s->x, SKG_ENT_GROUP, s->t + p, *n);
  return g;
}

static void tie(tsent *s, const char *rule, skg_eid a, skg_pred p, skg_eid b,
                bool inverse) {
  if (a == SKG_NONE || b == SKG_NONE || a == b)
    return;
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  if (inverse)
    skg_graph_add_fact(s->x->g, b, p, a, &ev);
  else
    skg_graph_add_fact(s->x->g, a, p, b, &ev);
}

/* Characters named in a list at p: "Hal and Vera Quill" gives Hal Quill
   (when known) and Vera Quill. Returns how many, stores them in out. */
static size_t char_spans(tsent *s, const x_span *sp, size_t n, skg_eid *out,
                         size_t max) {
  size_t k = 0;
  const char *last = n ? s->t + sp[n - 1].off : NULL;
  const char *sur = last ? memchr(last, ' ', sp[n - 1].len) : NULL;
  for (size_t i = 0; i < n && k < max; i++) {
    const char *c = s->t + sp[i].off;
    size_t cn = sp[i].len;
    skg_eid e = SKG_NONE;
    char buf[256];
    size_t surn = sur ? sp[n - 1].len - (size_t)(sur - last) : 0;
    if (sur && !memchr(c, ' ', cn) && cn + surn < sizeof buf) {
      memcpy(buf, c, cn);
      memcpy(buf + cn, sur, surn);
      e = x_character(s->x, buf, cn + surn, false);
    }
    if (e == SKG_NONE)
      e = x_character(s->x, c, cn, false);
    if (e != SKG_NONE)
      out[k++] = e;
  }
  return k;
}

static size_t char_list(tsent *s, size_t p, skg_eid *out, size_t max) {
  x_span sp[8];
  size_t stop, n = x_name_list(s->t, p, s->end, sp, 8, &stop);
  return char_spans(s, sp, n, out, max);
}

/* The characters of the names slot letter of m. */
static size_t slot_chars(tsent *s, const xp_match *m, char letter, skg_eid *out,
                         size_t max) {
  size_t n;
  const x_span *sp = xp_slot_list(m, letter, &n);
  return char_spans(s, sp, n, out, max);
}

/* The rows a description reads, looked up once per sentence. */
typedef struct {
  const xp_row *noun, *of, *at, *its, *one_of, *works_with, *runs;
} desc_rows;

static desc_rows desc_rows_get(void) {
  return (desc_rows){
      xp_row_of(FAMILY, "tie-possessive"), xp_row_of(FAMILY, "tie-of"),
      xp_row_of(FAMILY, "tie-at"),         xp_row_of(FAMILY, "tie-its"),
      xp_row_of(FAMILY, "tie-one-of"),     xp_row_of(FAMILY, "tie-works-with"),
      xp_row_of(FAMILY, "tie-runs")};
}

/* State while reading one description. */
typedef struct {
  skg_eid subj;  /* the described character */
  skg_eid poss;  /* the last "Hal's" */
  skg_eid group; /* the last group named, for "its leader" */
  desc_rows r;
} desc;

static bool row_at(const tsent *s, const xp_row *r, size_t p, xp_match *m) {
  return r && xp_at(r, s->t, s->a, p, s->end, m);
}

/* Row tie-of at p, "NOUN of/for/to NAMES" (a group for memberOf and
   leaderOf). True when it stated the noun's objects. */
static bool noun_of(tsent *s, desc *d, size_t p) {
  xp_match m;
  if (!row_at(s, d->r.of, p, &m))
    return false;
  size_t o = xp_slot(&m, d->r.of->obj)->off, n;
  if (group_pred(m.pred)) {
    skg_eid g = group_at(s, o, &n);
    tie(s, d->r.of->id, d->subj, m.pred, g, false);
    d->group = g != SKG_NONE ? g : d->group;
    return true;
  }
  skg_eid objs[8];
  size_t k = char_list(s, o, objs, 8);
  for (size_t j = 0; j < k; j++)
    tie(s, d->r.of->id, d->subj, m.pred, objs[j], m.inverse);
  return k > 0;
}

/* Row tie-at at p: "NOUN at Hal's ..." ties to Hal; "NOUN at Quill
   Detective Agency" adds memberOf the agency. True for the first. */
static bool noun_at(tsent *s, desc *d, size_t p) {
  xp_match m;
  if (!row_at(s, d->r.at, p, &m))
    return false;
  size_t o = xp_slot(&m, d->r.at->obj)->off, gn;
  if (!x_cap_at(s->t, o, s->end))
    return false;
  size_t n = x_name_len(s->t, o, s->end);
  if (x_possessive_at(s->t, o + n, s->end)) {
    tie(s, d->r.at->id, d->subj, m.pred, x_character(s->x, s->t + o, n, false),
        m.inverse);
    return true;
  }
  tie(s, d->r.at->id, d->subj, SKG_PRED_MEMBER_OF, group_at(s, o, &gn), false);
  return false;
}

/* A relation noun at p (row tie-possessive): its objects by tie-of or
   tie-at, else the possessor named before it ("Hal's sister"). Returns
   where the noun ends, or p when there is none. */
static size_t noun(tsent *s, desc *d, size_t p) {
  xp_match m;
  if (!row_at(s, d->r.noun, p, &m))
    return p;
  if (noun_of(s, d, p) || group_pred(m.pred) || noun_at(s, d, p))
    return m.end;
  tie(s, d->r.noun->id, d->subj, m.pred, d->poss, m.inverse);
  return m.end;
}

/* Row tie-one-of, "One of the five "blades" of the Order": memberOf the
   Order. Returns where it ends, or p. */
static size_t one_of(tsent *s, desc *d, size_t p) {
  xp_match m;
  if (!row_at(s, d->r.one_of, p, &m))
    return p;
  size_t o = xp_slot(&m, d->r.one_of->obj)->off, n;
  skg_eid g = group_at(s, o, &n);
  tie(s, d->r.one_of->id, d->subj, m.pred, g, false);
  d->group = g != SKG_NONE ? g : d->group;
  return o + n; /* past the group, not into its possessive */
}

/* Bytes from "runs" to the comma before the group's name at most ("runs
   her own detective agency, X"). */
enum { OWN_SPAN = 40 };

/* Row tie-runs, "who runs her own agency, Quill Investigations", "who
   runs Quill Investigations" -> leaderOf. Returns p when "runs" is not
   at p, else where it ends, or the group when there is one. */
static size_t runs(tsent *s, desc *d, size_t p) {
  xp_match m;
  if (!row_at(s, d->r.runs, p, &m))
    return p;
  size_t after = xp_slot(&m, d->r.runs->obj)->off;
  xc_cur q = xc_at(s->t, s->a, after, s->end);
  if (XC_ALT(&q, "her|his|their") && XC_WORD(&q, "own")) {
    if (q.p > p + OWN_SPAN || !XC_SKIP_TO(&q, ", ", p + OWN_SPAN - q.p))
      return after;
  } else {
    q.p = after;
  }
  if (!x_cap_at(s->t, q.p, s->end))
    return after;
  size_t n;
  skg_eid g = group_at(s, q.p, &n);
  tie(s, d->r.runs->id, d->subj, m.pred, g, false);
  return q.p + n;
}

/* Row tie-works-with at p ("who now works with Hal"): the described
   character and each one named. Returns where the names start, or p. */
static size_t works_with(tsent *s, desc *d, size_t p) {
  xp_match m;
  if (!row_at(s, d->r.works_with, p, &m))
    return p;
  skg_eid o[8];
  size_t k = slot_chars(s, &m, d->r.works_with->obj, o, 8);
  for (size_t j = 0; j < k; j++)
    tie(s, d->r.works_with->id, d->subj, m.pred, o[j], m.inverse);
  return xp_slot(&m, d->r.works_with->obj)->off;
}

/* Row tie-its, "and its leader": the last group named. */
static size_t its(tsent *s, desc *d, size_t p) {
  xp_match m;
  if (!row_at(s, d->r.its, p, &m) || !group_pred(m.pred))
    return p;
  tie(s, d->r.its->id, d->subj, m.pred, d->group, false);
  return m.end;
}

/* A name at p; "Hal's" makes Hal the possessor of the nouns after it.
   Returns where the name ends, or p. */
static size_t possessor(tsent *s, desc *d, size_t p) {
  xc_cur c = xc_at(s->t, s->a, p, s->end);
  x_span nm;
  if (!xc_name(&c, &nm))
    return p;
  size_t k = x_possessive_at(s->t, nm.off + nm.len, s->end);
  if (!k)
    return c.p;
  d->poss = x_character(s->x, s->t + nm.off, nm.len, false);
  return nm.off + nm.len + k;
}

/* Reads a description from p, word by word: each phrasing that fits at
   a word consumes what it matched. */
static void describe(tsent *s, skg_eid subj, size_t p) {
  desc d = {subj, SKG_NONE, SKG_NONE, desc_rows_get()};
  while (p < s->end) {
    size_t q;
    xc_cur c = xc_at(s->t, s->a, p, s->end);
    if (s->t[p] == ' ' || s->t[p] == ',' || s->t[p] == ';') {
      p++;
    } else if ((q = one_of(s, &d, p)) != p || (q = its(s, &d, p)) != p ||
               (q = works_with(s, &d, p)) != p || (q = runs(s, &d, p)) != p ||
               (q = possessor(s, &d, p)) != p || (q = noun(s, &d, p)) != p) {
      p = q; /* the first phrasing that fits consumed what it matched */
    } else {
      xc_skip_word(&c);
      p = c.p + (c.p < s->end && s->t[c.p] == '.');
    }
  }
}

/* A cast list item "Actor as Character[ / Alias]: description". */
static void cast_description(tsent *s) {
  xc_cur c = xc_at(s->t, s->a, s->a, s->end);
  x_span actor;
  if (!xc_name(&c, &actor) || !XC_WORD(&c, "as"))
    return;
  size_t ch0 = c.p;
  if (!XC_SKIP_TO(&c, ": ", 120))
    return;
  size_t colon = x_find(s->t, ch0, s->end, ": ");
  size_t cn = x_find(s->t, ch0, colon, " / ") - ch0;
  skg_eid ch = x_lookup(s->x, X_CHARACTER, s->t + ch0, cn, NULL);
  if (ch != SKG_NONE)
    describe(s, ch, c.p);
}

/* The last character named in t[lo..v). */
static skg_eid last_character(tsent *s, size_t lo, size_t v) {
  skg_eid found = SKG_NONE;
  for (size_t p = lo; p < v; p++) {
    if ((p > lo && s->t[p - 1] != ' ') || !x_cap_at(s->t, p, v))
      continue;
    size_t n = x_name_len(s->t, p, v);
    skg_eid e = x_character(s->x, s->t + p, n, false);
    if (e != SKG_NONE &&
        x_lookup(s->x, X_PERSON, s->t + p, n, NULL) == SKG_NONE)
      found = e;
    p += n;
  }
  return found;
}

static tsent tsent_of(x_ctx *x, size_t si) {
  const skg_span *sp = &x->d->sents[si];
  return (tsent){x, si, x->d->text, sp->off, sp->off + sp->len};
}

/* The run of row r over sentence s (xp_run_of). */
static xp_run run_over(const tsent *s, const xp_row *r) {
  return xp_run_of(r, s->t, s->a, s->a, s->end, NULL);
}

/* Row tie-noun-to, "Hal would act as ... a mentor to Vera Quill": the
   last character named before is the subject. */
static void noun_to(tsent *s) {
  const xp_row *r = xp_row_of(FAMILY, "tie-noun-to");
  xp_run u = run_over(s, r);
  xp_match m;
  while (xp_run_next(&u, &m)) {
    if (group_pred(m.pred))
      continue;
    skg_eid o[8];
    size_t k = slot_chars(s, &m, r->obj, o, 8);
    const x_span *before = xp_slot(&m, r->subj);
    skg_eid subj =
        k ? last_character(s, s->a, before->off + before->len) : SKG_NONE;
    for (size_t j = 0; j < k; j++)
      tie(s, r->id, subj, m.pred, o[j], m.inverse);
  }
}

/* Row tie-pronoun, "This includes her mentor Hal": Hal is the mentor of
   the character the text is about (the last one named in this or the
   previous sentence). */
static void pronoun_noun(tsent *s) {
  const xp_row *r = xp_row_of(FAMILY, "tie-pronoun");
  xp_run u = run_over(s, r);
  xp_match m;
  while (xp_run_next(&u, &m)) {
    if (group_pred(m.pred))
      continue;
    const x_span *on = xp_slot(&m, r->subj), *before = xp_slot(&m, r->obj);
    skg_eid o = x_character(s->x, s->t + on->off, on->len, false);
    skg_eid ref = last_character(s, s->a, before->off + before->len);
    if (ref == SKG_NONE && s->si > 0) {
      tsent prev = tsent_of(s->x, s->si - 1);
      ref = last_character(&prev, prev.a, prev.end);
    }
    tie(s, r->id, o, m.pred, ref, m.inverse);
  }
}

/* Row tie-alongside, "Hal fought alongside Vera Quill and Jo Moss": the
   name just before the cue and each character named after. */
static void alongside(tsent *s) {
  const xp_row *r = xp_row_of(FAMILY, "tie-alongside");
  xp_match m;
  if (!r || !xp_find(r, s->t, s->a, s->a, s->end, &m))
    return;
  const x_span *before = xp_slot(&m, r->subj);
  size_t v = before->off + before->len, p = x_name_before(s->t, s->a, v);
  skg_eid subj = p < v ? x_character(s->x, s->t + p, v - p, false) : SKG_NONE;
  size_t n;
  const x_span *sp = xp_slot_list(&m, r->obj, &n);
  for (size_t i = 0; subj != SKG_NONE && i < n; i++) {
    const char *c = s->t + sp[i].off;
    if (x_lookup(s->x, X_PERSON | X_WORK | X_ORG, c, sp[i].len, NULL) !=
        SKG_NONE)
      continue;
    tie(s, r->id, subj, m.pred,
        x_character(s->x, c, sp[i].len, x_person_like(c, sp[i].len, false)),
        false);
  }
}

/* Row tie-both-being, "... portray Hal and Vera, respectively, both
   being leaders of the Order": the characters just named share the
   relation. */
static void both_being(tsent *s) {
  const xp_row *r = xp_row_of(FAMILY, "tie-both-being");
  xp_match m;
  if (!r || !xp_find(r, s->t, s->a, s->a, s->end, &m) || !group_pred(m.pred))
    return;
  const x_span *before = xp_slot(&m, r->subj), *gs = xp_slot(&m, r->obj);
  size_t e = before->off + before->len;
  static const char RESP[] = ", respectively";
  size_t rn = XC_LEN(RESP); /* its length, not counted by hand */
  if (xc_ends(s->t, s->a + 1, e, RESP, rn)) /* after the sentence's start */
    e -= rn;
  size_t gn;
  skg_eid g = group_at(s, gs->off, &gn);
  for (size_t p = s->a; p < e; p++) {
    if ((p > s->a && s->t[p - 1] != ' ') || !x_cap_at(s->t, p, e))
      continue;
    x_span sp[8];
    size_t stop, k = x_name_list(s->t, p, e, sp, 8, &stop);
    if (stop != e)
      continue;
    for (size_t i = 0; i < k; i++)
      tie(s, r->id, x_character(s->x, s->t + sp[i].off, sp[i].len, false),
          m.pred, g, false);
    return;
  }
}

void x_rules_ties(x_ctx *x) {
  for (size_t si = 0; si < x->refs_start; si++) {
    tsent s = tsent_of(x, si);
    cast_description(&s);
    noun_to(&s);
    pronoun_noun(&s);
    alongside(&s);
    both_being(&s);
  }
}
