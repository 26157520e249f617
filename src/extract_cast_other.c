/* extract_cast_other.c: whether a starring list in a sentence about the
   article's work is the cast of another work, which no title right before
   the verb names: the clause's subject is another work ("A remake of
   Night Ledger, starring A, was released in 2013", "The adaptation
   starred B"), or an appositive gives a title the year of another film
   ("Night Ledger, a 1992 film starring C, was based on it": a namesake
   remake). Apart from extract_cast_prose.c, which reads the lists. Part
   of the cast family (xcast.h). */
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

/* True when ", a " or ", an " opens an appositive that runs up to v with
   no comma, after a title, and gives a year other than the article's
   work's: "Night Ledger, a 1992 film starring A". */
static bool other_year_appositive(const sent *s, size_t v) {
  static const char *const OPENS[] = {", a ", ", an "};
  size_t c = xc_clause_start(s, v);
  for (size_t i = 0; i < SKG_ARRAY_LEN(OPENS); i++) {
    size_t o = v;
    for (size_t p = c; p < v; p++)
      if (xc_starts(s, p, OPENS[i]))
        o = p;
    if (o >= v || memchr(s->t + o + 1, ',', v - o - 1))
      continue;
    size_t e = o; /* "Night Ledger (film), a 2000 film": the title's tag */
    if (e > s->a && s->t[e - 1] == ')')
      while (e > s->a && s->t[e] != '(')
        e--;
    while (e > s->a && s->t[e - 1] == ' ')
      e--;
    if (x_name_before(s->t, s->a, e) == e)
      continue;
    int y = year_in(s->t, o, v);
    if (y && y != own_year(s))
      return true;
  }
  return false;
}

bool xc_stars_other(const sent *s, size_t v) {
  return other_subject(s, v) || other_year_appositive(s, v);
}
