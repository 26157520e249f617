/* extract_crew_read.c: the readers the crew rules of extract_crew.c share
   (and extract_crew_employers.c's job titles): role nouns ("executive
   producers"), references to works ("the second season of Night
   Ledger", "the miniseries"), lists of people ("A, B, and Studio head
   D"), and the crediting of each person with each role on each work.
   Internal to the crew family (xcrew.h). */
#include "lexicon.h"
#include "xcrew.h"
#include "xmatch.h"

#include <ctype.h>
#include <string.h>

/* ---- role nouns ---- */

/* Reads a crew role noun at p ("cinematographer", "executive producers",
   "Showrunner"); returns its length and sets *pred, or 0. */
size_t xc_role_at(const sent *s, size_t p, skg_pred *pred) {
  if (!word_start(s, p) ||
      !skg_lex_may_start(SKG_LEX_ROLES, s->t + p, s->end - p))
    return 0;
  size_t ends[3] = {0}, nw = 0, q = p; /* ends[0..nw) are set below */
  while (nw < 3 && q < s->end && isalpha((unsigned char)s->t[q])) {
    while (q < s->end && (isalpha((unsigned char)s->t[q]) || s->t[q] == '-'))
      q++;
    ends[nw++] = q;
    if (q >= s->end || s->t[q] != ' ')
      break;
    q++;
  }
  for (size_t i = nw; i-- > 0;) {
    size_t n = ends[i] - p;
    const char *v = skg_lex_get(SKG_LEX_ROLES, s->t + p, n);
    if (!v && n > 1 && s->t[p + n - 1] == 's') /* a plural */
      v = skg_lex_get(SKG_LEX_ROLES, s->t + p, n - 1);
    if (v && skg_pred_from_name(v, pred))
      return n;
  }
  return 0;
}

/* Reads "showrunners and executive producers" at p: up to 3 roles after
   an optional article or "the film's". Returns the end, or p when there is
   none. */
size_t xc_roles_at(const sent *s, size_t p, skg_pred *out, size_t *n) {
  *n = 0;
  size_t own = xc_own_possessive_len(s, p);
  xc_cur c = xc_at(s->t, s->a, p + own, s->end);
  if (!own) /* a role follows the article, with its space, or none is read */
    xc_lex_lower(&c, SKG_LEX_ROLE_ARTICLES);
  size_t k;
  while (*n < 3 && (k = xc_role_at(s, c.p, &out[*n]))) {
    (*n)++;
    c.p += k;
    xc_cur d = c;
    skg_pred next; /* read again into out[*n] by the loop */
    if (!XC_EXACT(&d, " and ") || !xc_role_at(s, d.p, &next))
      break;
    c = d;
  }
  return c.p;
}

/* ---- references to works ---- */

/* "the miniseries", "the series'", "this film", "the first episode": the
   article's own work, a phrase of data/own_work_refs.txt in lower case
   (words of lower-case letters, one space apart: "The film" starting a
   sentence is no such reference). Returns the length or 0. */
size_t xc_own_work_len(const sent *s, size_t p) {
  size_t q = p;
  for (int nw = 0; nw < 3 && q < s->end && islower((unsigned char)s->t[q]);
       nw++) {
    while (q < s->end && islower((unsigned char)s->t[q]))
      q++;
    if (skg_lex_has(SKG_LEX_OWN_WORK_REFS, s->t + p, q - p)) {
      size_t n = q - p + x_possessive_at(s->t, q, s->end);
      /* "the films": no reference; the phrases are no prefix of others */
      return p + n < s->end && isalpha((unsigned char)s->t[p + n]) ? 0 : n;
    }
    if (q + 1 >= s->end || s->t[q] != ' ')
      break;
    q++;
  }
  return 0;
}

/* Length of "the film's " or "the series' " at p: the article's work as
   a possessive, with the space after it; 0 if none. */
size_t xc_own_possessive_len(const sent *s, size_t p) {
  size_t k = xc_own_work_len(s, p);
  if (!k || p + k >= s->end || s->t[p + k] != ' ')
    return 0;
  for (size_t back = 1; back <= 4 && back < k; back++)
    if (x_possessive_at(s->t, p + k - back, s->end) == back)
      return k + 1;
  return 0;
}

/* Skips "the second season of ", "the first two seasons of ", "the first
   episode of " at p; returns the position after it, or p. */
static size_t skip_part_of(const sent *s, size_t p) {
  xc_cur c = xc_at(s->t, s->a, p, s->end);
  if (!XC_EXACT(&c, "the "))
    return p;
  for (size_t words = 0; c.p < s->end && words < 4; words++) {
    size_t w = c.p;
    while (c.p < s->end && isalpha((unsigned char)s->t[c.p]))
      c.p++;
    if (c.p == w || s->t[c.p] != ' ')
      return p;
    xc_cur part = c;
    if (skg_lex_has(SKG_LEX_WORK_PARTS, s->t + w, c.p - w) &&
        XC_EXACT(&part, " of "))
      return part.p;
    c.p++;
  }
  return p;
}

/* Skips "the crossover film " before a title: "the", lower-case words
   and a work noun. Returns the title's position, or p. */
static size_t skip_kind(const sent *s, size_t p) {
  xc_cur c = xc_at(s->t, s->a, p, s->end);
  if (!XC_EXACT(&c, "the "))
    return p;
  for (size_t words = 0; c.p < s->end && words < 4; words++) {
    size_t w = c.p;
    while (c.p < s->end &&
           (islower((unsigned char)s->t[c.p]) || s->t[c.p] == '-'))
      c.p++;
    if (c.p == w || s->t[c.p] != ' ')
      return p;
    c.p++; /* the space: the title starts after it */
    if (skg_lex_has(SKG_LEX_WORK_NOUNS, s->t + w, c.p - 1 - w) &&
        x_cap_at(s->t, c.p, s->end))
      return c.p;
  }
  return p;
}

/* A work the text names at p: the article's work ("the miniseries"), or
   after "the second season of " a title, known or made a Series. *n gets
   the length read. */
static skg_eid work_ref(sent *s, size_t p, size_t *n, skg_ent make) {
  size_t k = xc_own_work_len(s, p);
  size_t q = skip_part_of(s, p);
  if (k && q == p) {
    *n = k;
    return s->x->subject;
  }
  q = skip_kind(s, q);
  size_t tl = x_title_len(s->t, q, s->end, X_TITLE_POSS);
  skg_eid w = tl ? x_lookup(s->x, X_WORK, s->t + q, tl, NULL) : SKG_NONE;
  if (w == SKG_NONE) /* "X's second season": the title ends before */
    tl = x_title_len(s->t, q, s->end, 0);
  *n = q + tl - p;
  if (!tl)
    return SKG_NONE;
  if (w == SKG_NONE)
    w = x_lookup(s->x, X_WORK, s->t + q, tl, NULL);
  if (w == SKG_NONE && q > p) /* "the second season of X": a series */
    w = x_entity(s->x, SKG_ENT_SERIES, s->t + q, tl);
  if (w == SKG_NONE && make != SKG_ENT_COUNT)
    w = x_entity(s->x, make, s->t + q, tl);
  return w;
}

/* The separator of a list at the cursor, ", and ", ", " or " and " (in
   that order: ", " is a prefix of ", and "), with a capital after it
   when cap; consumes it. */
static bool list_sep(const sent *s, xc_cur *c, bool cap) {
  xc_cur d = *c;
  if (XC_EXACT(&d, ", and ") && (!cap || x_cap_at(s->t, d.p, s->end)))
    return *c = d, true;
  d = *c;
  if (XC_EXACT(&d, ", ") && (!cap || x_cap_at(s->t, d.p, s->end)))
    return *c = d, true;
  d = *c;
  if (XC_EXACT(&d, " and ") && (!cap || x_cap_at(s->t, d.p, s->end)))
    return *c = d, true;
  return false;
}

/* Reads a list of work references ("the first season of A and the first
   episode of B", "A, B, and C"). Returns how many. */
size_t xc_work_refs(sent *s, size_t p, skg_eid *out, size_t max, size_t *stop,
                    skg_ent make) {
  size_t n = 0, k;
  xc_cur c = xc_at(s->t, s->a, p, s->end);
  *stop = p;
  while (n < max) {
    skg_eid w = work_ref(s, c.p, &k, make);
    if (w == SKG_NONE)
      break;
    out[n++] = w;
    *stop = c.p += k;
    if (!list_sep(s, &c, false))
      break;
  }
  return n;
}

/* ---- people lists ---- */

/* Length of a job title at p ("head", "vice president of original
   content", "editor-in-chief"), with its "of ..." words; 0 if none. */
size_t xc_job_at(const sent *s, size_t p) {
  if (!word_start(s, p) ||
      !skg_lex_may_start(SKG_LEX_JOB_TITLES, s->t + p, s->end - p))
    return 0;
  size_t best = 0, q = p;
  for (int nw = 0; nw < 4 && q < s->end; nw++) {
    while (q < s->end && (isalpha((unsigned char)s->t[q]) || s->t[q] == '-'))
      q++;
    if (skg_lex_has(SKG_LEX_JOB_TITLES, s->t + p, q - p))
      best = q - p;
    if (q >= s->end || s->t[q] != ' ')
      break;
    q++;
  }
  if (!best)
    return 0;
  xc_cur c = xc_at(s->t, s->a, p + best, s->end);
  if (XC_EXACT(&c, " of ")) { /* "head of streaming", lower-case words */
    size_t r = c.p;
    for (int nw = 0; nw < 3 && r < s->end && islower((unsigned char)s->t[r]);
         nw++) {
      while (r < s->end && s->t[r] != ' ')
        r++;
      if (r + 1 < s->end && x_cap_at(s->t, r + 1, s->end))
        return r - p;
      r++;
    }
  }
  return best;
}

/* One person of a list at p: "Ann Roe", or "Studio head Ann Roe" (the
   person after a company and a job title). Sets the person's span;
   returns the item's end or 0. */
static size_t person_item(const sent *s, size_t p, x_span *who) {
  size_t n = x_name_len(s->t, p, s->end), j;
  if (!n)
    return 0;
  xc_cur c = xc_at(s->t, s->a, p + n, s->end);
  if (XC_EXACT(&c, " ") && (j = xc_job_at(s, c.p)) &&
      (c.p += j, XC_EXACT(&c, " "))) {
    size_t m = x_name_len(s->t, c.p, s->end);
    if (m) {
      *who = (x_span){c.p, m};
      return c.p + m;
    }
  }
  *who = (x_span){p, n};
  return p + n;
}

/* A list of people ("A, B, C, and Studio head D"). */
size_t xc_people(const sent *s, size_t p, x_span *out, size_t max,
                 size_t *stop) {
  size_t n = 0;
  xc_cur c = xc_at(s->t, s->a, p, s->end);
  *stop = p;
  while (n < max) {
    size_t q = person_item(s, c.p, &out[n]);
    if (!q)
      break;
    n++;
    *stop = c.p = q;
    if (!list_sep(s, &c, true))
      break;
  }
  return n;
}

/* The list of people that ends exactly at e: the leftmost list in the
   sentence that does ("it was announced that A and B" ending before ", the
   showrunners"). Returns how many. */
size_t xc_people_before(const sent *s, size_t e, x_span *out, size_t max) {
  for (size_t p = s->a; p < e; p++) {
    if (!word_start(s, p) || !x_cap_at(s->t, p, s->end))
      continue;
    size_t stop, n = xc_people(s, p, out, max, &stop);
    if (n && stop == e)
      return n;
  }
  return 0;
}

/* Adds role facts for each person of the list to each work. With
   pairwise (", respectively"), the i-th person goes with the i-th work. */
/* Length of a compound role word and its space before a person's name
   ("Actor-producer Ann Roe": its last part a crew role of
   data/roles.tsv), which the name scanner took as the name's first word;
   0 if none. */
static size_t role_prefix_len(const char *t, size_t off, size_t len) {
  const char *sp = memchr(t + off, ' ', len);
  if (!sp)
    return 0;
  size_t w = (size_t)(sp - (t + off)), h = w;
  while (h > 0 && t[off + h - 1] != '-')
    h--;
  if (h < 2 || h == w || !skg_lex_has(SKG_LEX_ROLES, t + off + h, w - h))
    return 0;
  return w + 1;
}

void xc_credit(sent *s, const x_span *who, size_t nwho, const skg_pred *r,
               size_t nr, const skg_eid *w, size_t nw, bool pairwise,
               const char *rule) {
  if (pairwise && nw != nwho)
    return;
  for (size_t i = 0; i < nwho; i++) {
    size_t pre = role_prefix_len(s->t, who[i].off, who[i].len);
    skg_eid e = person(s, who[i].off + pre, who[i].len - pre);
    for (size_t j = 0; j < nw; j++)
      for (size_t k = 0; k < nr; k++)
        if (!pairwise || i == j)
          fact(s, w[j], r[k], e, rule);
  }
}
