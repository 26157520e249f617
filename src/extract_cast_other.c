/* extract_cast_other.c: whether a starring list in a sentence about the
   article's work is the cast of another work, which no title right before
   the verb names: the clause's subject is another work ("A remake of
   Night Ledger, starring A, was released in 2013", "The adaptation
   starred B"); an appositive names another title ("Dock Songs, a crime
   comedy starring C") or the article's own with another year (a namesake
   remake: "Night Ledger, a 1992 film starring D"); a relative clause is
   about another title ("the reboot, Dock Songs, which starred E"); the
   noun before the verb is a work of another kind ("the series stars F" on
   a film's page). Apart from extract_cast_prose.c, which reads the lists.
   Part of the cast family (xcast.h). */
#include "lexicon.h"
#include "xcast.h"

#include <ctype.h>
#include <string.h>

/* Where the word at p ends (letters, digits, hyphens). */
static size_t word_end(const sent *s, size_t p) {
  while (p < s->end &&
         (isalnum((unsigned char)s->t[p]) || s->t[p] == '-' || s->t[p] == '\''))
    p++;
  return p;
}

/* True when the clause ending at v opens with a determiner and a head
   noun of data/other_cast_subjects.txt among its first few lower-case
   words or years ("A remake", "The 2013 radio adaptation", "Its
   sequel"), with no noun of the article's kind before it ("The film
   version": data/title_kinds.tsv). */
static bool other_subject(const sent *s, size_t v) {
  static const char *const DETS[] = {"A ", "An ", "The ", "Its ", "Their "};
  enum { WORDS_MAX = 4 }; /* "The 1972 English-language radio adaptation" */
  size_t p = xc_clause_start(s, v), q = 0;
  for (size_t i = 0; i < SKG_ARRAY_LEN(DETS) && !q; i++)
    if (xc_starts(s, p, DETS[i]))
      q = p + strlen(DETS[i]);
  for (int w = 0; q && w < WORDS_MAX && q < v; w++) {
    size_t e = word_end(s, q);
    if (e == q || isupper((unsigned char)s->t[q]))
      return false;
    if (skg_lex_has(SKG_LEX_TITLE_KINDS, s->t + q, e - q))
      return false;
    if (skg_lex_has(SKG_LEX_OTHER_CAST_SUBJECTS, s->t + q, e - q))
      return true;
    if (e >= v || s->t[e] != ' ')
      return false;
    q = e + 1;
  }
  return false;
}

/* The first year (four digits, 1880..2099) of t[p..end) as a number, or
   0. */
static int year_in(const char *t, size_t p, size_t end) {
  enum { YEAR_DIGITS = 4, FIRST = 1880, LAST = 2099 };
  for (; p + YEAR_DIGITS <= end; p++) {
    if ((p > 0 && isalnum((unsigned char)t[p - 1])) ||
        strspn(t + p, "0123456789") != YEAR_DIGITS ||
        (p + YEAR_DIGITS < end && isalnum((unsigned char)t[p + YEAR_DIGITS])))
      continue;
    int y = 0;
    for (size_t k = 0; k < YEAR_DIGITS; k++)
      y = y * 10 + (t[p + k] - '0');
    if (y >= FIRST && y <= LAST)
      return y;
  }
  return 0;
}

/* The year the lead sentence gives the article's work ("X is a 1950
   American film"), or 0. */
static int own_year(const sent *s) {
  skg_ent type;
  size_t a, tl, desc;
  const skg_doc *d = s->x->d;
  size_t si = x_find_lead(s->x, &type, &a, &tl, &desc);
  if (si >= d->nsents)
    return 0;
  const skg_span *l = &d->sents[si];
  size_t end = l->off + l->len;
  return year_in(d->text, desc >= l->off && desc < end ? desc : l->off, end);
}

/* Where the title ending at the comma at o starts ("Night Ledger (film),
   a 2000 film": the title's tag is read over), or o when no name ends
   there. *e gets where the title ends. */
static size_t title_before_comma(const sent *s, size_t o, size_t *e) {
  size_t q = o;
  if (q > s->a && s->t[q - 1] == ')')
    while (q > s->a && s->t[q] != '(')
      q--;
  while (q > s->a && s->t[q - 1] == ' ')
    q--;
  *e = q;
  size_t b = x_name_before(s->t, s->a, q);
  return b < q ? b : o;
}

/* The last place in the clause before v where one of cues starts, or v;
   none when a comma comes between it and v and no_comma holds. */
static size_t last_cue(const sent *s, size_t v, const char *const *cues,
                       size_t ncues, bool no_comma) {
  size_t c = xc_clause_start(s, v), o = v;
  for (size_t i = 0; i < ncues; i++)
    for (size_t p = c; p < v; p++)
      if (xc_starts(s, p, cues[i]) && (o == v || p > o))
        o = p;
  if (o < v && no_comma && memchr(s->t + o + 1, ',', v - o - 1))
    return v;
  return o;
}

/* True when the title t[b..e) is another work than the article's: not the
   article's own title (looked up), nor a person the text knows. */
static bool other_title(const sent *s, size_t b, size_t e) {
  return x_lookup(s->x, X_WORK, s->t + b, e - b, NULL) != s->x->subject &&
         x_lookup(s->x, X_PERSON, s->t + b, e - b, NULL) == SKG_NONE;
}

/* True when ", a " or ", an " opens an appositive that runs up to v with
   no comma, after a title that is another work ("Dock Songs, a crime
   comedy starring A") or the article's own title with another year (a
   namesake remake: "Night Ledger, a 1992 film starring B"). */
static bool other_appositive(const sent *s, size_t v) {
  static const char *const OPENS[] = {", a ", ", an "};
  size_t e, o = last_cue(s, v, OPENS, SKG_ARRAY_LEN(OPENS), true);
  size_t b = o < v ? title_before_comma(s, o, &e) : o;
  if (b == o)
    return false;
  if (other_title(s, b, e))
    return true;
  int y = year_in(s->t, o, v);
  return y && y != own_year(s);
}

/* True when v is in a relative clause about another title: "the 2016
   reboot, Dock Songs, which was directed by A and starred B". */
static bool other_relative(const sent *s, size_t v) {
  static const char *const OPENS[] = {", which ", ", that "};
  size_t e, o = last_cue(s, v, OPENS, SKG_ARRAY_LEN(OPENS), true);
  size_t b = o < v ? title_before_comma(s, o, &e) : o;
  return b < o && other_title(s, b, e);
}

/* True when the noun right before the verb at v is a work of another
   kind than the article's: "the series stars A" on a film's page (its
   spin-off series), "the film starred B" on a series' page. */
static bool other_kind_before(const sent *s, size_t v) {
  size_t w = v;
  while (w > s->a && s->t[w - 1] != ' ')
    w--;
  if (w == v || w < s->a + 1 ||
      !(xc_starts(s, w - XC_LEN("the "), "the ") ||
        xc_starts(s, w - XC_LEN("The "), "The ")))
    return false;
  const char *kind = skg_lex_get(SKG_LEX_TITLE_KINDS, s->t + w, v - w);
  skg_ent type;
  return kind && skg_ent_from_name(kind, &type) &&
         (type == SKG_ENT_FILM || type == SKG_ENT_SERIES) &&
         type != s->x->subject_type;
}

bool xc_stars_other(const sent *s, size_t v) {
  return other_subject(s, v) || other_appositive(s, v) ||
         other_relative(s, v) || other_kind_before(s, v);
}
