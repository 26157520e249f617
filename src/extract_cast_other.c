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
   Also the other work a sentence names for the actors in it: "Ann Lee
   had appeared in Harbor Row (1980)" (xc_appeared_in), "In the 1999 film
   Night Ledger, ..." (xc_other_work_before). Part of the cast family
   (xcast.h). */
#include "lexicon.h"
#include "xcast.h"

#include <ctype.h>
#include <pthread.h>
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

/* The work named at p as the object of "appeared in": a quoted title
   ("\"Harbor Row\""), "the 1980 film Harbor Row", or one xc_work_at
   knows (a known work, a title with its year). *n gets the mention's
   length; SKG_NONE when none or the article's own work. */
static skg_eid other_work_at(sent *s, size_t p, size_t *n) {
  skg_eid w = SKG_NONE;
  *n = 0;
  if (xc_starts(s, p, "\"")) { /* "in \"Harbor Row\"" */
    size_t close = x_find(s->t, p + 1, s->end, "\"");
    size_t k = x_title_len(s->t, p + 1, s->end, X_TITLE_JOIN);
    if (close < s->end && k == close - p - 1) {
      *n = close + 1 - p;
      w = x_lookup(s->x, X_WORK, s->t + p + 1, k, NULL);
      if (w == SKG_NONE)
        w = x_entity(s->x, SKG_ENT_SERIES, s->t + p + 1, k);
    }
  } else if (xc_starts(s, p, "the ")) { /* "the 1980 film Harbor Row" */
    skg_ent type; /* a work noun of data/work_nouns.tsv (xwords.c) */
    size_t a = x_work_noun_title(s->t, p, s->end, false, &type);
    size_t k = a ? x_title_len(s->t, a, s->end, X_TITLE_JOIN) : 0;
    if (k) {
      w = x_lookup(s->x, X_WORK, s->t + a, k, NULL);
      if (w == SKG_NONE)
        w = x_entity(s->x, type, s->t + a, k);
      *n = a + k - p;
    }
  } else {
    w = xc_work_at(s, p, n);
  }
  return w == s->x->subject ? SKG_NONE : w;
}

/* The work an opening "In the 1999 film Night Ledger," or "In Night
   Ledger (1999)," names, ending before c; *type its kind; 0 if none. */
static size_t opening_work(const sent *s, size_t c, size_t *a, skg_ent *type) {
  size_t p = s->a + XC_LEN("In "), n = 0;
  *type = SKG_ENT_FILM;
  if (!xc_starts(s, s->a, "In "))
    return 0;
  if (xc_starts(s, p, "the ")) { /* "the 1999 film", a work noun */
    p += XC_LEN("the ");
    if (p < c && isdigit((unsigned char)s->t[p]))
      p = x_find(s->t, p, c, " ") + 1;
    size_t k = p < c ? x_work_noun_len(s->t, p, c, type) : 0;
    n = k ? x_title_len(s->t, p + k, c, X_TITLE_JOIN) : 0;
    p += k;
  } else if ((n = x_title_len(s->t, p, c, X_TITLE_JOIN)) &&
             !(xc_starts(s, p + n, " (1") || xc_starts(s, p + n, " (2")))
    n = 0; /* only a dated title: "In Night Ledger (1999)," */
  *a = p;
  return n && x_find(s->t, p + n, c, ",") < c ? n : 0;
}

/* The other work the sentence is about before c: the series whose
   episode it names ("In the Night Ledger episode \"Cold Harbor\", Vera
   (Ann Roe) ..."), or one an opening names ("In the 1999 film Night
   Ledger,"). SKG_NONE: none, or the article's own ("the season two
   episode"). */
skg_eid xc_other_work_before(sent *s, size_t c) {
  static const char EP[] = " episode ";
  size_t a, n;
  skg_ent type;
  for (size_t v = x_find(s->t, s->a, c, EP); v < c;
       v = x_find(s->t, v + 1, c, EP)) {
    a = x_name_before(s->t, s->a, v);
    if (a == v || skg_lex_has(SKG_LEX_NOT_NAMES, s->t + a, v - a))
      continue; /* "The episode" */
    skg_eid w = x_lookup(s->x, X_WORK, s->t + a, v - a, NULL);
    if (w == SKG_NONE)
      w = x_entity(s->x, SKG_ENT_SERIES, s->t + a, v - a);
    if (w != s->x->subject && w != s->parent)
      return w;
  }
  if (!(n = opening_work(s, c, &a, &type)))
    return SKG_NONE;
  skg_eid w = x_lookup(s->x, X_WORK, s->t + a, n, NULL);
  if (w == SKG_NONE)
    w = x_entity(s->x, type, s->t + a, n);
  return w != s->x->subject && w != s->parent ? w : SKG_NONE;
}

/* The verbs of data/cast_appeared_verbs.txt, in its order, read once a
   run (pthread_once, before any worker reads them) into the table the
   gate of x_gate_cues reads. */
static struct {
  const char *v[X_GATE_MAX];
  size_t n;
} APPEARED;
static pthread_once_t APPEARED_ONCE = PTHREAD_ONCE_INIT;

static void read_appeared(void) {
  APPEARED.n = xc_lex_cues(SKG_LEX_CAST_APPEARED_VERBS, APPEARED.v, X_GATE_MAX);
}

/* "Ann Lee (who also appeared in \"Harbor Row\" as herself)", "Ann Lee
   had appeared in the 1980 film Harbor Row", "Ann Lee, who starred in
   Harbor Row (1980)": the actor is in the cast of that other work. */
void xc_appeared_in(sent *s) {
  pthread_once(&APPEARED_ONCE, read_appeared);
  const char *const *verbs = APPEARED.v;
  static _Thread_local x_gate gate;
  uint64_t may = x_gate_cues(&gate, verbs, APPEARED.n, sizeof verbs[0], s->t,
                             s->a, s->end);
  for (size_t i = 0; i < APPEARED.n; i++)
    for (size_t v = x_gate_may(may, i) ? x_find(s->t, s->a, s->end, verbs[i])
                                       : s->end;
         v < s->end; v = x_find(s->t, v + 1, s->end, verbs[i])) {
      size_t n, e = v;
      skg_eid w = other_work_at(s, v + strlen(verbs[i]), &n);
      if (w == SKG_NONE)
        continue;
      static const char WHO[] = "who"; /* "Ann Lee (who", "Ann Lee, who" */
      if (e >= s->a + strlen(WHO) && xc_starts(s, e - strlen(WHO), WHO)) {
        e -= strlen(WHO);
        if (e > s->a && s->t[e - 1] == ' ')
          e--;
        if (e > s->a && (s->t[e - 1] == '(' || s->t[e - 1] == ','))
          e--;
        if (e > s->a && s->t[e - 1] == ' ')
          e--;
      }
      size_t a = x_name_before(s->t, s->a, e);
      if (XC_BEFORE(s, a, " as ") != a || /* "joined by A as Wes, who" */
          x_find(s->t, v, s->end, " played by ") < s->end)
        continue; /* a role: the character appeared there, not an actor */
      skg_eid actor = a < e ? xc_actor_at(s, a, e - a, false) : SKG_NONE;
      if (actor != SKG_NONE)
        xc_perform(s, "cast-appeared-in", actor, SKG_NONE, w);
    }
}
