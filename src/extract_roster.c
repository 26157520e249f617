/* extract_roster.c: cast members the cast family's list and prose readers
   leave out, classes of reachable misses that tests/heldout/reachable.py
   found on the open sets (issue 11):
   - a cast list some of whose items are only a name: "Cast", " Jane Roe
     as Vera Quill", " Tom Ash", " Ann Lee (uncredited)", " Ben Pike ...
     (archive footage)". The list reader takes a short line of capitalised
     words for a heading that ends the section; here a person's name is an
     item when the line after it is no paragraph (a heading is followed by
     its text);
   - "Jane Roe as Vera and Tom Ash as Hal" on one list line: both pairs;
   - the cue phrasings of data/phrasings.tsv rows of family "roster": "a
     supporting cast of A, B and C", "A, B and C have been cast in", "A
     makes a cameo appearance", "with A making a guest appearance",
     "stars in the film along with A and B", "A will star as Vera,
     alongside B and C", "joined by A as Vera", "A joined the cast as
     Vera", "A joined the cast of the film" (a sentence of its own);
   - a cast list an aside broke ("co-stars A, B, marking her debut in
     Tamil cinema, C, D, and E"; rows of family "roster_aside" give the
     cue): the list reader stops at the aside, this reads the rest.
   Every fact belongs to the article's work: nothing when the page is not
   about one, nor from a sentence about another work (x_other_work_cue).
   Run after the cast family, whose facts these complete. */
#include "lexicon.h"
#include "xcast.h"
#include "xcast_desc.h"
#include "xmatch.h"
#include "xrules.h"
#include "xsections.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* ASIDE: how far after a broken cast list its rest may resume; ROLE_WITHIN:
   how far after "in" a credit elsewhere may still say "role" */
enum { ROSTER_NAMES = 16, PARAGRAPH = 100, ASIDE = 100, ROLE_WITHIN = 30 };

static bool blank(char c) { return c == ' ' || c == '\t'; }

/* The line of text holding sentence si, trimmed, without a list marker
   ("- ", "* "); false when the sentence does not start the line. */
static bool line_of(const x_ctx *x, size_t si, x_span *l) {
  const char *t = x->d->text;
  size_t a = x->d->sents[si].off, b = a;
  while (b > 0 && blank(t[b - 1]))
    b--;
  if (b > 0 && t[b - 1] != '\n')
    return false;
  while (a < x->d->len && blank(t[a]))
    a++;
  if (a + 1 < x->d->len && (t[a] == '-' || t[a] == '*') && blank(t[a + 1]))
    a += 2;
  size_t e = x_find(t, a, x->d->len, "\n");
  while (e > a && blank(t[e - 1]))
    e--;
  *l = (x_span){a, e - a};
  return e > a;
}

/* True when the line l is a cast heading ("Cast", "Cast (in order of
   appearance)"). */
static bool cast_heading(const x_ctx *x, const x_span *l) {
  const char *t = x->d->text;
  size_t n = x_find(t, l->off, l->off + l->len, " (") - l->off;
  return skg_lex_has(SKG_LEX_CAST_HEADINGS, t + l->off, n);
}

/* True when the first non-empty line after offset p is a paragraph: a
   heading's text, not the next item of a list. */
static bool paragraph_next(const x_ctx *x, size_t p) {
  const char *t = x->d->text;
  size_t e = x_find(t, p, x->d->len, "\n");
  while (e < x->d->len && (t[e] == '\n' || blank(t[e])))
    e++;
  return x_find(t, e, x->d->len, "\n") - e > PARAGRAPH;
}

/* True when what follows a name at p up to the line's end may close a
   bare item: nothing, a note in parentheses, " ..." and maybe a note
   ("... (archive footage)"). */
static bool bare_tail(const char *t, size_t p, size_t end) {
  if (x_at(t, p, end, " ..."))
    p += XC_LEN(" ...");
  if (p == end)
    return true;
  return x_at(t, p, end, " (") && t[end - 1] == ')';
}

/* A line that is only a person's name (and a note): a cast member.
   With single, after a full name on a line of its own in the same list,
   also a one-word name ("Santhoshi", an actor known by one name).
   Returns true when the line was a full name's. */
static bool bare_item(x_ctx *x, size_t si, const x_span *l, bool single) {
  sent s = xc_sent_of(x, si);
  s.a = l->off;
  s.end = l->off + l->len;
  size_t n = x_name_len(s.t, s.a, s.end);
  bool one = n && !memchr(s.t + s.a, ' ', n);
  /* "SNEAKS": a title or heading in capitals, not a one-word name */
  if (one && n > 1 && isupper((unsigned char)s.t[s.a + 1]))
    return false;
  if (!n || !bare_tail(s.t, s.a + n, s.end) ||
      !x_person_like(s.t + s.a, n, single && one) ||
      (one && (!single || skg_lex_has(SKG_LEX_CAST_HEADINGS, s.t + s.a, n) ||
               x_lookup(x, X_WORK | X_ORG, s.t + s.a, n, NULL) != SKG_NONE)) ||
      x_lookup(x, X_CHARACTER, s.t + s.a, n, NULL) != SKG_NONE ||
      paragraph_next(x, s.end))
    return false;
  xc_perform(&s, "roster-bare-line", xc_actor_at(&s, s.a, n, one), SKG_NONE,
             x->subject);
  return !one;
}

/* "Jane Roe as Vera and Tom Ash as Hal": the whole line, two pairs. */
static void pair_line(x_ctx *x, size_t si, const x_span *l) {
  sent s = xc_sent_of(x, si);
  s.a = l->off;
  s.end = l->off + l->len;
  size_t p = s.a, at[4], len[4];
  for (int i = 0; i < 4; i++) {
    static const char *const SEP[] = {" as ", " and ", " as ", ""};
    len[i] = x_name_len(s.t, p, s.end);
    at[i] = p;
    p += len[i];
    if (!len[i] || !x_at(s.t, p, s.end, SEP[i]))
      return;
    p += strlen(SEP[i]);
  }
  if (p != s.end)
    return;
  for (int i = 0; i < 4; i += 2) {
    skg_eid actor = xc_actor_at(&s, at[i], len[i], false);
    if (actor != SKG_NONE)
      xc_perform(&s, "roster-pair-line", actor,
                 xc_character_at(&s, at[i + 1], len[i + 1]), x->subject);
  }
}

/* True when an empty line comes before the line at a: a list's items
   follow each other, so after one the list has ended ("See also"). */
static bool gap_before(const x_ctx *x, size_t a) {
  const char *t = x->d->text;
  while (a > 0 && t[a - 1] != '\n')
    a--;
  x_span gap;
  return xs_gap(t, a, a, &gap) >= 2;
}

/* Cast sections: from a cast heading to the first paragraph, or to the
   first empty line after an item. */
static void cast_sections(x_ctx *x) {
  bool in = false, items = false, full = false;
  for (size_t si = 0; si < x->refs_start; si++) {
    x_span l;
    if (!line_of(x, si, &l))
      continue;
    if (cast_heading(x, &l)) {
      in = true;
      items = full = false;
      continue;
    }
    pair_line(x, si, &l);
    if (in && (l.len > PARAGRAPH || (items && gap_before(x, l.off))))
      in = false;
    else if (in) {
      full = bare_item(x, si, &l, full) || full;
      items = true;
    }
  }
}

/* Where the names of a leading slot end: before up to two lower-case
   words of the cue's verb group ("A and B also", "A was"). */
static size_t lead_end(const sent *s, const x_span *a) {
  size_t e = a->off + a->len;
  for (int w = 0; w < 2; w++) {
    size_t b = e;
    while (b > a->off && s->t[b - 1] != ' ')
      b--;
    if (b == a->off || x_cap_at(s->t, b, e) ||
        !skg_lex_has(SKG_LEX_ROSTER_VERB_WORDS, s->t + b, e - b))
      break;
    e = b - 1;
  }
  return e;
}

/* "along with A, B, and YouTube personality C": an item that is a
   description takes the name after it, and a list the name reader ended
   at a description ("A and newcomer C") goes on with the described names
   (x_desc_skip); returns the new count. */
static size_t described(const sent *s, x_span *out, size_t n) {
  static const char *const SEPS[] = {", and ", ", ", " and "};
  for (size_t i = 0; i < n; i++) {
    size_t q = x_desc_skip(s->t, out[i].off, s->end);
    if (q != out[i].off)
      out[i] = (x_span){q, x_name_len(s->t, q, s->end)};
  }
  for (size_t i = 0; n && n < ROSTER_NAMES && i < SKG_ARRAY_LEN(SEPS);) {
    size_t p = out[n - 1].off + out[n - 1].len, q;
    if (!x_at(s->t, p, s->end, SEPS[i]) ||
        (q = x_desc_skip(s->t, p + strlen(SEPS[i]), s->end)) ==
            p + strlen(SEPS[i])) {
      i++;
      continue;
    }
    out[n++] = (x_span){q, x_name_len(s->t, q, s->end)};
    i = 0;
  }
  return n;
}

/* The names of slot A of a match: the list the slot read, or for a
   leading slot the list that ends right before the cue. */
static size_t slot_names(sent *s, const xp_row *r, const xp_match *m,
                         x_span *out) {
  size_t n;
  const x_span *list = xp_slot_list(m, 'A', &n), *a = xp_slot(m, 'A');
  if (!a)
    return 0;
  if (r->tok[0].kind == XP_SLOT) /* a leading slot: all the text before */
    xc_list_before(s, a->off, lead_end(s, a), out, ROSTER_NAMES, &n);
  else if (n) { /* a names slot */
    memcpy(out, list, n * sizeof *out);
    n = described(s, out, n);
  } else if ((n = a->len > 0)) /* a name slot */
    out[0] = *a;
  return n;
}

/* True when a list that ends a match at p goes on " in ..." or " for
   ..." (after at most two adverbs) with no "role" ("played by A in two
   episodes of the series", "by A once again in", "for the unaired
   pilot"): a credit elsewhere; "in supporting roles" is not. */
static bool credit_elsewhere(const sent *s, size_t p) {
  xc_cur c = xc_at(s->t, s->a, p, s->end);
  if (!XC_EXACT(&c, " "))
    return false;
  for (int w = 0; w < 3; w++) { /* "in", or "once again in" */
    if (XC_WORD(&c, "in") || XC_WORD(&c, "for")) {
      size_t lim = c.p + ROLE_WITHIN < s->end ? c.p + ROLE_WITHIN : s->end;
      return x_find(s->t, c.p, lim, "role") == lim;
    }
    size_t q = c.p;
    if (w == 2 || x_cap_at(s->t, q, s->end))
      return false;
    xc_skip_word(&c);
    if (c.p == q || !XC_EXACT(&c, " "))
      return false;
  }
  return false;
}

/* True when a title follows a match that ends in a cue ("A has been cast
   in Harbor Row"): a credit in another work than the article's. */
static bool other_title_after(const sent *s, const xp_row *r,
                              const xp_match *m) {
  const x_span *a = xp_slot(m, 'A');
  if (r->tok[r->ntok - 1].kind == XP_SLOT)
    return a && credit_elsewhere(s, a->off + a->len);
  if (!x_cap_at(s->t, m->end, s->end))
    return false;
  size_t n = x_name_len(s->t, m->end, s->end);
  return x_lookup(s->x, X_WORK, s->t + m->end, n, NULL) != s->x->subject;
}

/* True when a row with a slot B ("A, who also stars in the film {B}")
   goes on with another work's title where B marks, or after the role
   its slot C names ("as Vera in Dock Street"). */
static bool title_at_b(const sent *s, const xp_match *m) {
  const x_span *b = xp_slot(m, 'B'), *c = xp_slot(m, 'C');
  if (!b)
    return false;
  if (c)
    return credit_elsewhere(s, c->off + xc_char_len(s, c->off));
  return x_cap_at(s->t, b->off, s->end);
}

/* The maker a crew row names: a known person (a company for
   productionCompany), else a new one when the name looks like one. */
static skg_eid maker_at(sent *s, skg_pred pred, const x_span *n) {
  bool org = pred == SKG_PRED_PRODUCTION_COMPANY;
  unsigned mask = org ? X_ORG : X_PERSON;
  const char *name = s->t + n->off;
  skg_eid e = x_lookup(s->x, mask, name, n->len, NULL);
  if (e != SKG_NONE ||
      x_lookup(s->x, X_ANY & ~mask, name, n->len, NULL) != SKG_NONE)
    return e;
  if (org)
    return x_generic_name(name, n->len)
               ? SKG_NONE
               : x_entity(s->x, SKG_ENT_COMPANY, name, n->len);
  return x_person_like(name, n->len, false) && !x_company_like(name, n->len)
             ? x_entity(s->x, SKG_ENT_PERSON, name, n->len)
             : SKG_NONE;
}

/* States what row r found for the names: cast (a slot C names the role
   the one actor plays) or a maker of the article's work. */
static void credit(sent *s, const xp_row *r, const xp_match *m,
                   const x_span *names, size_t n) {
  bool cast = r->pred == SKG_PRED_CAST_MEMBER || r->pred == SKG_PRED_PORTRAYS;
  const x_span *c = xp_slot(m, 'C');
  skg_eid ch = SKG_NONE;
  if (cast && c && n == 1)
    ch = xc_character_at(s, c->off, xc_char_len(s, c->off));
  for (size_t i = 0; i < n; i++) {
    if (cast) {
      xc_perform(s, r->id, xc_actor_at(s, names[i].off, names[i].len, false),
                 ch, s->x->subject);
      continue;
    }
    skg_eid e = maker_at(s, r->pred, &names[i]);
    skg_evidence ev = x_evidence(s->x, s->si, r->id);
    if (e != SKG_NONE)
      skg_graph_add_fact(s->x->g, s->x->subject, r->pred, e, &ev);
  }
}

/* Applies one row to sentence s. */
static void cue_row(sent *s, const xp_row *r) {
  xp_run u = xp_run_of(r, s->t, s->a, s->a, s->end, NULL);
  xp_match m;
  while (xp_run_next(&u, &m)) {
    x_span names[ROSTER_NAMES];
    size_t n = other_title_after(s, r, &m) || title_at_b(s, &m)
                   ? 0
                   : slot_names(s, r, &m, names);
    credit(s, r, &m, names, n);
  }
}

/* The names after an aside that broke a cast list ("co-stars A, B,
   marking her debut in Tamil cinema, C, D, and E"), an aside that opens
   with a word of aside_openers: from a ", " in the aside, a list whose last
   name follows "and" and that ends the sentence. The list reader stops at the
   aside; this reads the rest. An aside that credits by " by " starts another
   clause, not an aside. */
static void aside_tail(sent *s, size_t p) {
  const char *t = s->t;
  if (p >= s->end || !xc_lex_at(s->t, p, s->end, SKG_LEX_ASIDE_OPENERS))
    return;
  size_t lim = p + ASIDE < s->end ? p + ASIDE : s->end;
  for (size_t q = x_find(t, p, lim, ", "); q < lim;
       q = x_find(t, q + XC_LEN(", "), lim, ", ")) {
    x_span out[ROSTER_NAMES];
    size_t stop, a = q + XC_LEN(", ");
    size_t n = x_name_list(t, a, s->end, out, ROSTER_NAMES, &stop);
    if (stop < s->end && t[stop] == '.')
      stop++;
    if (!n || stop != s->end || !XC_ENDS(t, a, out[n - 1].off, "and "))
      continue;
    if (x_find(t, p, q, " by ") < q) /* "and was written by C and D" */
      return;
    bool single = n > 1; /* "Ramki, Chaya Singh and Yogi Babu" */
    for (size_t i = 0; i < n; i++)
      if (x_person_like(t + out[i].off, out[i].len, single))
        xc_perform(s, "roster-aside-list",
                   xc_actor_at(s, out[i].off, out[i].len, single), SKG_NONE,
                   s->x->subject);
    return;
  }
}

/* Cast lists broken by an aside, after a cue of row r (roster_aside);
   not a list that "and" closed before the comma ("stars A and B, and was
   written by C and D"): that one ended. */
static void aside_lists(sent *s, const xp_row *r) {
  xp_run u = xp_run_of(r, s->t, s->a, s->a, s->end, NULL);
  xp_match m;
  while (xp_run_next(&u, &m)) {
    size_t n;
    const x_span *list = xp_slot_list(&m, 'A', &n);
    if (n && !XC_ENDS(s->t, s->a, list[n - 1].off, "and "))
      aside_tail(s, m.end);
  }
}

/* The family's rows, in data order, and the aside row: picked out of
   all rows once a run (pthread_once: the workers share them read-only)
   rather than once a document. At most MAX_ROWS rows compile at all, so
   a fixed array holds them. */
enum { ROSTER_ROWS = 64 };
static struct {
  const xp_row *mine[ROSTER_ROWS];
  size_t nmine;
  const xp_row *aside;
} CUES;
static pthread_once_t CUES_ONCE = PTHREAD_ONCE_INIT;

static void find_cues(void) {
  size_t nrows, in_data;
  const xp_row *rows = xp_rows(&nrows, &in_data);
  for (size_t i = 0; i < nrows && CUES.nmine < ROSTER_ROWS; i++)
    if (strcmp(rows[i].family, "roster") == 0)
      CUES.mine[CUES.nmine++] = &rows[i];
  CUES.aside = xp_row_of("roster_aside", "roster-aside-list");
}

static void cue_rows(x_ctx *x) {
  pthread_once(&CUES_ONCE, find_cues);
  for (size_t si = 0; si < x->refs_start; si++) {
    sent s = xc_sent_of(x, si);
    if (x_other_work_cue(s.t, s.a, s.end, X_CUE_WORK))
      continue;
    for (size_t i = 0; i < CUES.nmine; i++)
      cue_row(&s, CUES.mine[i]);
    aside_lists(&s, CUES.aside);
  }
}

void x_rules_roster(x_ctx *x) {
  if (x->subject == SKG_NONE)
    return;
  cast_sections(x);
  cue_rows(x);
}
