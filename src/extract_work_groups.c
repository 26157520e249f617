/* extract_work_groups.c: credits a text states once for a group of works.

   - "It was preceded by the 1990 film Harbor Lights and the 1992 film
     Dark Pier, all three featuring the character Vera Quill": each work
     the sentence names (and the article's own, when the count says so)
     has the character.
   - A film series article, "Night Watch is an American series of action
     films written by and starring Ann Roe", whose members a sentence
     lists ("The series consists of three films: Night Watch (2010), Night
     Watch 2 (2012) and Night Watch 3 (2014)"): each member film is
     written by and stars Ann Roe.

   - Another work's own credits: a clause after its title ("Harbor Lights
     (1998), also directed by Ann Roe", "the 2004 film Night Dock, which
     starred Ann Lee") and a maker's verb before a list of titles ("Roe
     had previously directed Harbor Lights (1998) and Night Dock (1999)"),
     a clause that goes on after "and" ("Grey Harbor (2009), directed by
     A and written by B") and an actor's verb before titles ("Lee also
     starred in the 2004 film Night Dock").

   Before all, "the 1992 film Dark Pier" makes Dark Pier a film (a title
   ending in a company word such as "Games" is a work there, not a
   company), so the family runs before the type rules; it ends with the
   works a character article's character appears in
   (extract_character_works.c).

   The cue phrases and what they credit are data (data/group_credits.tsv).
   Entities and facts belong to the document's graph. */
#include "extract_lead_words.h"
#include "lexicon.h"
#include "vocab.h"
#include "xmakers.h"
#include "xmatch.h"
#include "xsent.h"

#include <ctype.h>
#include <pthread.h>
#include <string.h>

#define MAX_WORKS 8
#define MAX_CUES 4

/* The family's rows of data/phrasings.tsv, found once per process (a
   look-up by id compares every row's id). NULL: a row left out. */
static struct { const xp_row *maker, *starred; } ROWS;
static pthread_once_t ROWS_ONCE = PTHREAD_ONCE_INIT;

static void find_rows(void) {
  ROWS.maker = xp_row_of("work_groups", "other-work-maker");
  ROWS.starred = xp_row_of("work_groups", "other-work-starred");
}

/* Length of the four-digit year or decade ("1990s") at p followed by a
   space, or 0. */
static size_t year_at(const sent *s, size_t p) {
  size_t y = XC_LEN("1990"), k = y;
  if (p + XC_LEN("1990s") < s->end && s->t[p + y] == 's')
    k = XC_LEN("1990s");
  if (p + k + 1 > s->end || s->t[p + k] != ' ')
    return 0;
  for (size_t i = 0; i < y; i++)
    if (!isdigit((unsigned char)s->t[p + i]))
      return 0;
  return k;
}

/* The type a work noun of work_nouns.tsv at p..q gives, or SKG_ENT_COUNT. */
static skg_ent noun_type(const sent *s, size_t p, size_t q) {
  const char *v = skg_lex_get(SKG_LEX_WORK_NOUNS, s->t + p, q - p);
  if (!v)
    return SKG_ENT_COUNT;
  return strncmp(v, "Series", 6) == 0 ? SKG_ENT_SERIES : SKG_ENT_FILM;
}

/* "the 1992 film Dark Pier", "the 1967 animated musical film The
   Pelican": after "the", a year and up to three more words, the last of
   them a work noun, the title right after it is a work of that kind. */
static void dated_noun_title(sent *s, size_t p) {
  size_t q = p + XC_LEN("the ") + year_at(s, p + XC_LEN("the ")) + 1;
  for (int words = 0; words < 4 && q < s->end; words++) {
    size_t w = q;
    while (w < s->end && islower((unsigned char)s->t[w]))
      w++;
    if (w == q || w >= s->end || s->t[w] != ' ')
      return;
    skg_ent type = noun_type(s, q, w);
    size_t n = x_title_len(s->t, w + 1, s->end, X_TITLE_POSS);
    if (type != SKG_ENT_COUNT && n &&
        !x_possessive_at(s->t, w + 1 + n, s->end) &&
        x_work_name_ok(s->t + w + 1, n)) {
      if (x_lookup(s->x, X_WORK, s->t + w + 1, n, NULL) == SKG_NONE)
        x_entity(s->x, type, s->t + w + 1, n);
      return;
    }
    q = w + 1;
  }
}

static void dated_noun_titles(sent *s) {
  /* "The 1998 film Harbor Lights, written by ..." opens a sentence */
  if (x_at(s->t, s->a, s->end, "The ") && year_at(s, s->a + XC_LEN("The ")))
    dated_noun_title(s, s->a);
  for (size_t p = x_find(s->t, s->a, s->end, "the "); p < s->end;
       p = x_find(s->t, p + 1, s->end, "the "))
    if (word_start(s, p) && year_at(s, p + XC_LEN("the ")))
      dated_noun_title(s, p);
}

/* Reads the cue phrase at p ("featuring", "written by and starring",
   "written and directed by"): lower-case words up to the next capital,
   split at " and ", each part a row of group_credits.tsv. Stores the
   predicates (castMember for "featuring": an actor, or a character when
   the name is one) and returns where the names start, or 0. */
static size_t read_cues(const sent *s, size_t p, skg_pred *pr, size_t *npr) {
  *npr = 0;
  size_t part = p, q = p;
  for (int words = 0; words < 8 && q < s->end; words++) {
    size_t w = q;
    while (w < s->end && islower((unsigned char)s->t[w]))
      w++;
    if (w == q || w >= s->end || s->t[w] != ' ')
      return 0;
    bool last = x_cap_at(s->t, w + 1, s->end);
    if (last || x_word_at(s->t, w + 1, s->end, "and")) {
      const char *v = skg_lex_get(SKG_LEX_GROUP_CREDITS, s->t + part, w - part);
      size_t k = v ? strcspn(v, "\t") : 0;
      if (!v || !k || *npr == MAX_CUES || !skg_pred_from_span(v, k, &pr[*npr]))
        return 0;
      (*npr)++;
      if (last)
        return w + 1;
      w += XC_LEN(" and");
      part = w + 1;
    }
    q = w + 1;
  }
  return 0;
}

/* The entity a name credited with predicate p stands for: for a cast
   member, a known character makes it a character of the works instead
   (*pred becomes hasCharacter), else an actor with a full name; a company
   a producer cue names is the production company. */
static skg_eid credited(sent *s, size_t p, size_t n, bool as_char,
                        skg_pred *pred) {
  const char *t = s->t + p;
  if (*pred == SKG_PRED_PRODUCER && /* "produced by Harbor Studios" */
      (x_lookup(s->x, X_ORG, t, n, NULL) != SKG_NONE || x_company_like(t, n))) {
    *pred = SKG_PRED_PRODUCTION_COMPANY;
    return company(s, p, n);
  }
  if (*pred != SKG_PRED_CAST_MEMBER)
    return person(s, p, n);
  bool other =
      x_lookup(s->x, X_PERSON | X_WORK | X_ORG, t, n, NULL) != SKG_NONE;
  if (as_char ||
      (!other && x_lookup(s->x, X_CHARACTER, t, n, NULL) != SKG_NONE)) {
    *pred = SKG_PRED_HAS_CHARACTER;
    return other || !x_person_like(t, n, true) ? SKG_NONE
                                               : x_character(s->x, t, n, true);
  }
  skg_eid e = x_lookup(s->x, X_PERSON, t, n, NULL);
  if (e == SKG_NONE && (other || !x_person_like(t, n, false)))
    return SKG_NONE;
  if (e == SKG_NONE)
    return x_entity(s->x, SKG_ENT_ACTOR, t, n);
  skg_graph_set_type(s->x->g, e, SKG_ENT_ACTOR);
  return e;
}

/* Credits the names after the cue phrase at p to each of the works:
   "featuring Ann Roe and Ben Pike", "featuring Clancy's character Vera
   Quill" (an author's possessive and a lower-case noun are skipped; the
   noun "character" makes the names characters). */
static void credit_works(sent *s, size_t p, const skg_eid *w, size_t nw,
                         const char *rule) {
  skg_pred pr[MAX_CUES];
  size_t npr, q = read_cues(s, p, pr, &npr);
  if (!q || !nw)
    return;
  size_t n = x_name_len(s->t, q, s->end), k;
  if (n && (k = x_possessive_at(s->t, q + n, s->end)))
    q = x_skip_space(s->t, q + n + k, s->end);
  bool as_char = false;
  for (int words = 0;
       words < 2 && q < s->end && islower((unsigned char)s->t[q]); words++) {
    as_char = as_char || x_word_at(s->t, q, s->end, "character") ||
              x_word_at(s->t, q, s->end, "characters");
    q = x_find(s->t, q, s->end, " ") + 1;
  }
  x_span it[8];
  size_t stop, m = q < s->end ? x_name_list(s->t, q, s->end, it, 8, &stop) : 0;
  for (size_t i = 0; i < m; i++)
    for (size_t c = 0; c < npr; c++) {
      skg_pred p2 = pr[c];
      skg_eid o = credited(s, it[i].off, it[i].len, as_char, &p2);
      for (size_t j = 0; j < nw; j++)
        fact(s, w[j], p2, o, rule);
    }
  /* "produced by A and B and written by C": the next cue of the clause */
  if (m && stop < s->end && x_at(s->t, stop, s->end, " and ") &&
      !x_cap_at(s->t, stop + XC_LEN(" and "), s->end))
    credit_works(s, stop + XC_LEN(" and "), w, nw, rule);
}

/* Works named in t[from..to) of the sentence: known films and series. */
static size_t works_in(sent *s, size_t from, size_t to, skg_eid *w) {
  size_t nw = 0;
  for (size_t p = from; p < to && nw < MAX_WORKS; p++) {
    if (!word_start(s, p) || !x_cap_at(s->t, p, to))
      continue;
    size_t n = x_title_len(s->t, p, to, X_TITLE_POSS);
    skg_eid e = n ? x_lookup(s->x, X_WORK, s->t + p, n, NULL) : SKG_NONE;
    if (e != SKG_NONE)
      w[nw++] = e;
    p += n;
  }
  return nw;
}

/* ", all three featuring ...", ", both starring ...": the count of the
   group (0 for "all" and "each", which give none). */
static const struct {
  const char *cue;
  size_t count;
} GROUPS[] = {{", both ", 2},     {", all two ", 2},  {", all three ", 3},
              {", all four ", 4}, {", all five ", 5}, {", all six ", 6},
              {", all ", 0},      {", each ", 0}};

static void group_cues(sent *s) {
  for (size_t i = 0; i < SKG_ARRAY_LEN(GROUPS); i++) {
    size_t v = x_find(s->t, s->a, s->end, GROUPS[i].cue);
    if (v == s->end)
      continue;
    skg_eid w[MAX_WORKS + 1];
    size_t nw = works_in(s, s->a, v, w);
    bool own = s->x->subject != SKG_NONE && nw && nw < GROUPS[i].count;
    for (size_t j = 0; own && j < nw; j++)
      own = w[j] != s->x->subject;
    if (own)
      w[nw++] = s->x->subject;
    if (nw >= 2)
      credit_works(s, v + strlen(GROUPS[i].cue), w, nw, "group-credit");
    return;
  }
}

/* Where the lead of a film series article credits its films ("series of
   action films written by and starring Ann Roe"): the position after
   " films ", or 0 when the lead is not about a series of films. */
static size_t series_films_cue(x_ctx *x, size_t *si) {
  skg_ent type;
  size_t a, tl, desc;
  *si = x_find_lead(x, &type, &a, &tl, &desc);
  if (x->subject == SKG_NONE || *si >= x->refs_start)
    return 0;
  sent s = sent_of(x, *si);
  size_t p = x_find(s.t, s.a, s.end, "series of ");
  size_t f = x_find(s.t, p, s.end, " films ");
  if (p == s.end || f == s.end || x_find(s.t, p, f, ",") != f)
    return 0;
  return f + XC_LEN(" films ");
}

/* Length of a title at p with its sequel number ("Night Watch 2"). */
static size_t sequel_title_len(const sent *s, size_t p) {
  size_t n = x_title_len(s->t, p, s->end, X_TITLE_POSS), d = 0;
  if (!n || p + n + 1 >= s->end || s->t[p + n] != ' ')
    return n;
  while (p + n + 1 + d < s->end && isdigit((unsigned char)s->t[p + n + 1 + d]))
    d++;
  return d && d <= 2 ? n + 1 + d : n;
}

/* "The series consists of three films: A (2010), B (2012) and C (2014)":
   the dated titles after a membership verb are the series' films. */
static size_t series_members(sent *s, skg_eid *w) {
  static const char *const VERBS[] = {" consists of ", " consisting of ",
                                      " comprises ", " comprising ",
                                      " is made up of "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(VERBS); i++) {
    size_t v = x_find(s->t, s->a, s->end, VERBS[i]);
    size_t f = v < s->end ? x_find(s->t, v, s->end, " films") : s->end;
    if (f == s->end || f - v > 40)
      continue;
    size_t nw = 0;
    for (size_t p = f; p < s->end && nw < MAX_WORKS; p++) {
      if (!word_start(s, p) || !x_cap_at(s->t, p, s->end))
        continue;
      size_t n = sequel_title_len(s, p);
      if (n && dated_after(s, p + n)) {
        skg_eid e = x_lookup(s->x, X_WORK, s->t + p, n, NULL);
        w[nw++] = e != SKG_NONE ? e : x_entity(s->x, SKG_ENT_FILM, s->t + p, n);
      }
      p += n;
    }
    return nw;
  }
  return 0;
}

static void film_series(x_ctx *x) {
  size_t lead, cue = series_films_cue(x, &lead);
  if (!cue)
    return;
  for (size_t si = 0; si < x->refs_start; si++) {
    sent s = sent_of(x, si);
    skg_eid w[MAX_WORKS];
    size_t nw = series_members(&s, w);
    if (!nw)
      continue;
    sent l = sent_of(x, lead);
    credit_works(&l, cue, w, nw, "group-series-films");
  }
}

/* Past "also", "which", "which was": where a clause after a work's title
   starts its cue ("directed by", "starred"). */
static size_t clause_start(const sent *s, size_t q) {
  /* a table of C: each word is skipped in turn, in the order of the
     clause ("which was also") */
  static const char *const SKIP[] = {"which ", "that ", "was ",
                                     "is ",    "were ", "also "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(SKIP); i++)
    if (x_at(s->t, q, s->end, SKIP[i]))
      q += strlen(SKIP[i]);
  return q;
}

/* True when a cue phrase of group_credits.tsv opens the clause at p. */
static bool has_cue(const sent *s, size_t p) {
  skg_pred pr[MAX_CUES];
  size_t npr;
  return read_cues(s, p, pr, &npr) != 0;
}

/* "a sequel to Harbor Lights (1998), also directed by Ann Roe", "the 1998
   film Harbor Lights, which starred Ann Lee": a clause right after the
   title of another work the text knows credits that work. */
static void work_clauses(sent *s) {
  for (size_t p = s->a; p < s->end; p++) {
    if (!word_start(s, p) || !x_cap_at(s->t, p, s->end))
      continue;
    size_t n = sequel_title_len(s, p);
    skg_eid w = n ? x_lookup(s->x, X_WORK, s->t + p, n, NULL) : SKG_NONE;
    size_t q = p + n + (n && dated_after(s, p + n) ? XC_LEN(" (1998)") : 0);
    p += n;
    /* "The 2004 film Night Dock was directed by": the title is the
       clause's subject */
    if (n && w != SKG_NONE && w != s->x->subject &&
        (x_at(s->t, q, s->end, " was ") || x_at(s->t, q, s->end, " is ")))
      credit_works(s, clause_start(s, q + 1), &w, 1, "other-work-clause");
    xc_cur c = xc_at(s->t, q, q, s->end);
    if (!n || !XC_EXACT(&c, ", "))
      continue;
    /* "A second sequel, Grey Quay, directed by": a title the text marks
       as a work right before the clause */
    if (w == SKG_NONE && has_cue(s, clause_start(s, c.p)))
      w = xm_titled_before(s->x, s->a, c.p);
    if (w == SKG_NONE || w == s->x->subject)
      continue;
    credit_works(s, clause_start(s, c.p), &w, 1, "other-work-clause");
  }
}

/* The works a maker's verb at p lists: "Harbor Lights (1998), Night Dock
   (1999) and Dark Pier": titles the text knows, or marked by a year. */
static size_t made_works(sent *s, size_t p, skg_eid *w) {
  size_t nw = 0;
  while (nw < MAX_WORKS && p < s->end && x_cap_at(s->t, p, s->end)) {
    size_t n = sequel_title_len(s, p);
    if (!n)
      break;
    bool dated = dated_after(s, p + n);
    skg_eid e = x_lookup(s->x, X_WORK, s->t + p, n, NULL);
    if (e == SKG_NONE && dated && x_work_name_ok(s->t + p, n))
      e = x_entity(s->x, SKG_ENT_FILM, s->t + p, n);
    if (e == SKG_NONE)
      break;
    w[nw++] = e;
    p += n + (dated ? XC_LEN(" (1998)") : 0);
    size_t k = xc_list_sep(s->t, p, s->end); /* ", and ", ", ", " and " */
    if (!k)
      break;
    p += k;
  }
  return nw;
}

/* Start of the maker's name before a verb at v: "Roe (had) (previously)
   directed", "Ann Roe, who also directed"; v when there is none. */
static size_t maker_before(const sent *s, size_t v) {
  static const char *const ADV[] = {" also", " previously", " later",
                                    " had",  " has",        " subsequently",
                                    " then", " who",        ","};
  for (bool more = true; more;) {
    more = false;
    for (size_t i = 0; i < SKG_ARRAY_LEN(ADV); i++) {
      size_t k = strlen(ADV[i]);
      if (xc_ends(s->t, s->a, v, ADV[i], k)) {
        v -= k;
        more = true;
      }
    }
  }
  return x_name_before(s->t, s->a, v);
}

/* True when t[a..end) holds a key of lex as data/ writes it (lower
   case): a quick x_find per key before a row whose cue is a phrase of a
   small lexicon, which the matcher would otherwise try at every word. */
static bool holds_key(const char *t, size_t a, size_t end, skg_lex lex) {
  const skg_lexicon *l = &SKG_LEXICONS[lex];
  for (size_t i = 0; i < l->n; i++)
    if (x_find(t, a, end, l->v[i].key) < end)
      return true;
  return false;
}

/* "Stern had previously directed Harbor Lights (1998) and Night Dock
   (1999)", "Ivo Stern, who also directed Harbor Lights" (row
   other-work-maker; the verbs and their predicates are
   data/other_work_verbs.tsv): a known person made each of the works the
   verb lists, from W on. */
static void maker_lists(sent *s) {
  if (!holds_key(s->t, s->a, s->end, SKG_LEX_OTHER_WORK_VERBS))
    return;
  xp_run run = xp_run_of(ROWS.maker, s->t, s->a, s->a, s->end, NULL);
  xp_match m;
  while (xp_run_next(&run, &m)) {
    if (m.cue == s->a) /* no maker before the verb */
      continue;
    size_t v = m.cue - 1; /* the space before the verb */
    skg_eid w[MAX_WORKS];
    size_t nw = made_works(s, xp_slot(&m, 'W')->off, w);
    size_t a = nw ? maker_before(s, v) : v;
    skg_eid who = a < v ? x_lookup(s->x, X_PERSON, s->t + a,
                                   x_name_len(s->t, a, s->end), NULL)
                        : SKG_NONE;
    for (size_t j = 0; who != SKG_NONE && j < nw; j++)
      fact(s, w[j], m.pred, who, ROWS.maker->id);
  }
}

/* Past "the 2004 film ", "the series ", "the 1999 Channel 4 sitcom ": the
   title after the first lower-case word (of up to six words) that a
   capital follows; p itself when no article opens there. */
static size_t past_work_noun(const sent *s, size_t p) {
  if (!x_at(s->t, p, s->end, "the "))
    return p;
  size_t q = p + XC_LEN("the ");
  for (int words = 0; words < 6 && q < s->end; words++) {
    size_t w = q;
    while (w < s->end && s->t[w] != ' ' && s->t[w] != ',' && s->t[w] != '.')
      w++;
    if (w >= s->end || s->t[w] != ' ')
      return p;
    if (islower((unsigned char)s->t[q]) && x_cap_at(s->t, w + 1, s->end))
      return w + 1;
    q = w + 1;
  }
  return p;
}

/* "Ann Lee also starred in the 2004 film Night Dock", "Lee appeared in
   Harbor Lights (1998) and Night Dock (1999)" (row other-work-starred):
   a person (one the text knows, or a full name) is in the cast of each
   work the verb lists from W on (titles the text knows, or dated). A
   credit never carried out ("would have starred in") is none. */
static void starred_in(sent *s) {
  xp_run run = xp_run_of(ROWS.starred, s->t, s->a, s->a, s->end, NULL);
  xp_match m;
  while (xp_run_next(&run, &m)) {
    if (m.cue == s->a) /* no actor before the verb */
      continue;
    size_t v = m.cue - 1; /* the space before the verb */
    if (xm_not_carried_out(s->t, s->a, v + 1))
      continue;
    skg_eid w[MAX_WORKS];
    size_t nw = made_works(s, past_work_noun(s, xp_slot(&m, 'W')->off), w);
    size_t a = nw ? maker_before(s, v) : v;
    size_t n = a < v ? x_name_len(s->t, a, s->end) : 0;
    if (!n)
      continue;
    skg_pred pr = SKG_PRED_CAST_MEMBER;
    skg_eid who = credited(s, a, n, false, &pr);
    for (size_t j = 0; who != SKG_NONE && j < nw; j++)
      if (pr == SKG_PRED_CAST_MEMBER)
        fact(s, w[j], pr, who, ROWS.starred->id);
  }
}

void x_rules_work_groups(x_ctx *x) {
  pthread_once(&ROWS_ONCE, find_rows);
  for (size_t si = 0; si < x->refs_start; si++) {
    sent s = sent_of(x, si);
    dated_noun_titles(&s);
  }
  for (size_t si = 0; si < x->refs_start; si++) {
    sent s = sent_of(x, si);
    group_cues(&s);
    work_clauses(&s);
    maker_lists(&s);
    starred_in(&s);
  }
  film_series(x);
  x_rules_character_works(x);
}
