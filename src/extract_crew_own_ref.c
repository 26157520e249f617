/* extract_crew_own_ref.c: the readers the own-work crew rules of
   extract_crew_own.c build on: which work a phrase names ("the film",
   "the 1984 film Dark Pier", the article's title), whether a sentence is
   about another work or a plan (other_works.tsv), contribution nouns
   ("the film's original score"), and the makers a sentence names (full
   names, agents before a verb, name lists after "by"). */
#include "extract_crew_own.h"
#include "xmatch.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

bool xo_at(const sent *s, size_t p, const char *w) {
  return x_at(s->t, p, s->end, w);
}

/* True when the word w ends right before b ("a " before a name), as a
   whole word: "his " is not the end of "this ", nor "an " of "Bryan ". */
bool xo_before_is(const sent *s, size_t b, const char *w) {
  size_t n = strlen(w);
  if (b > s->end || !xc_ends(s->t, s->a, b, w, n))
    return false;
  if (b - n == s->a || !isalnum((unsigned char)w[0])) /* " production" */
    return true;
  unsigned char c = (unsigned char)s->t[b - n - 1];
  return !(isalnum(c) || c >= 0x80);
}

/* End of the lower-case word at p ("co-produced"), or p. */
size_t xo_lower_word_end(const sent *s, size_t p) {
  size_t q = p;
  while (q < s->end &&
         (islower((unsigned char)s->t[q]) || (q > p && s->t[q] == '-')))
    q++;
  return q;
}

/* The value in lex of the lower-case word at the cursor when a space
   follows it ("was", "his": a rule's stop words of data/, lower case as
   the text must be: "Is" in a title is no copula); consumes the word and
   the space. NULL when none. */
const char *xo_lower_lex(xc_cur *c, skg_lex lex) {
  xc_cur d = *c;
  const char *v = xc_lex_lower(&d, lex);
  if (!v || c->t[d.p - 1] != ' ')
    return NULL;
  *c = d;
  return v;
}

/* The same for the lower-case word between two spaces that ends at the
   space before b (" was " before "produced"), the first space not before
   s->a. */
const char *xo_lower_lex_before(const sent *s, size_t b, skg_lex lex) {
  if (b > s->end || b < s->a + XC_LEN("a ") || s->t[b - 1] != ' ')
    return NULL;
  size_t w = b - 1;
  while (w > s->a && islower((unsigned char)s->t[w - 1]))
    w--;
  if (w == b - 1 || w == s->a || s->t[w - 1] != ' ')
    return NULL;
  return skg_lex_get(lex, s->t + w, b - 1 - w);
}

/* ---- which work ---- */

/* "film" in "the film", "project" in "the project": a noun for the work
   itself. */
static bool work_noun(const char *w, size_t n) {
  const char *v = skg_lex_get(SKG_LEX_CREDIT_NOUNS, w, n);
  if (v)
    return strcmp(v, "work") == 0;
  v = skg_lex_get(SKG_LEX_WORK_NOUNS, w, n);
  return v && !(n > 1 && w[n - 1] == 's' &&
                skg_lex_has(SKG_LEX_WORK_NOUNS, w, n - 1));
}

/* Past the genre words of data/genres.txt at w before a work noun ("the
   action-adventure film", "the crime drama series"): where the noun
   starts, or w. */
static size_t genre_after(const sent *s, size_t w) {
  size_t q = w;
  for (int i = 0; i < 2; i++) {
    size_t e = xo_lower_word_end(s, q);
    if (e == q || !xo_at(s, e, " ") ||
        !skg_lex_has(SKG_LEX_GENRES, s->t + q, e - q))
      break;
    size_t f = xo_lower_word_end(s, e + 1);
    if (f > e + 1 && work_noun(s->t + e + 1, f - e - 1))
      return e + 1;
    q = e + 1;
  }
  return w;
}

/* Past a year at w ("the 1984 film Dark Pier"): where the noun starts. */
static size_t year_after(const sent *s, size_t w) {
  size_t d = w;
  while (d < s->end && d - w < 5 && isdigit((unsigned char)s->t[d]))
    d++;
  return d - w == 4 && xo_at(s, d, " ") ? d + 1 : w;
}

/* True when the work noun s[w..e) names the other kind of work than the
   page's (work_nouns.tsv: "movie" is a Film, "sitcom" a Series): a film
   and the series made from it often share a title. */
static bool other_kind(const sent *s, size_t w, size_t e) {
  const char *v = skg_lex_get(SKG_LEX_WORK_NOUNS, s->t + w, e - w);
  if (!v)
    return false;
  skg_ent k = strcmp(v, "Series") == 0 ? SKG_ENT_SERIES : SKG_ENT_FILM;
  return (s->x->subject_type == SKG_ENT_SERIES ||
          s->x->subject_type == SKG_ENT_FILM) &&
         k != s->x->subject_type;
}

/* Reads a reference to a work at p: "the film", "this movie", the
   article's title, or another title. With titled, an unknown capitalised
   title is another work ("the music for Dark Pier"); without, it names
   nothing ("Ann Roe's score"). *n gets the length read. */
ref xo_work_ref(const sent *s, size_t p, bool titled, size_t *n) {
  *n = 0;
  bool near = xo_at(s, p, "this ");
  if (near || xo_at(s, p, "the ") || xo_at(s, p, "The ")) {
    size_t w = genre_after(s, year_after(s, p + (near ? 5 : 4)));
    size_t e = xo_lower_word_end(s, w);
    if (e > w && work_noun(s->t + w, e - w)) {
      size_t tn; /* "the film Dark Pier": the title decides */
      ref r = xo_at(s, e, " ") && x_cap_at(s->t, e + 1, s->end)
                  ? xo_work_ref(s, e + 1, true, &tn)
                  : REF_NONE;
      if (r == REF_OWN && other_kind(s, w, e))
        r = REF_OTHER; /* "the 1992 movie Night Ledger" on the series' page */
      *n = r != REF_NONE ? e + 1 + tn - p : e - p;
      return r != REF_NONE ? r : REF_OWN;
    }
    if (e > w || !x_cap_at(s->t, w, s->end)) /* "The Dark Pier": a title */
      return REF_NONE;
  }
  size_t tl = x_title_len(s->t, p, s->end, 0);
  if (!tl)
    return REF_NONE;
  skg_eid w = x_lookup(s->x, X_WORK, s->t + p, tl, NULL);
  *n = tl;
  if (w != SKG_NONE && w == s->x->subject)
    return REF_OWN;
  if (w != SKG_NONE || titled)
    return REF_OTHER;
  *n = 0;
  return REF_NONE;
}

#define LANGUAGE "language"

/* The other_works.tsv value of the lower-case word at q ("dub",
   "novel"), or NULL: the one reading of the word after a cue of the two
   tests below. */
static const char *other_word_after(const char *t, size_t q, size_t end) {
  size_t f = q;
  while (f < end && islower((unsigned char)t[f]))
    f++;
  return skg_lex_get(SKG_LEX_OTHER_WORKS, t + q, f - q);
}

/* True when the word t[p..e) is "language" or ends in "-language" and
   the next word is a "version" or "work" noun of other_works.tsv: "the
   English language dialogue", "an English-language dub" are another
   version's. */
static bool language_version(const char *t, size_t p, size_t e, size_t end) {
  size_t k = strlen(LANGUAGE);
  if (e - p < k || memcmp(t + e - k, LANGUAGE, k) != 0 ||
      (e - p > k && t[e - k - 1] != '-') || e >= end || t[e] != ' ')
    return false;
  const char *v = other_word_after(t, e + 1, end);
  return v && (strcmp(v, "version") == 0 || strcmp(v, "work") == 0);
}

/* "an adaptation by Ann Roe from the novel of the same name": "from
   the" and a "work" noun of other_works.tsv name the source, as "based
   on" does. */
static bool source_from(const char *t, size_t p, size_t end) {
  xc_cur c = xc_at(t, p, p, end);
  if (!XC_WORD(&c, "from") || !XC_WORD(&c, "the"))
    return false;
  const char *v = other_word_after(t, c.p, end);
  return v && strcmp(v, "work") == 0;
}

/* The X_CUE_* kinds of the words of t[a..end). */
static unsigned cue_kinds(const char *t, size_t a, size_t end) {
  sent s = {NULL, t, 0, a, end, 0};
  unsigned kinds = 0;
  for (size_t p = a; p < end; p++) {
    if (!xo_word_start(&s, p) || !isalpha((unsigned char)t[p]))
      continue;
    /* "A wrote the screenplay, based on B's novel": what follows names
       the source of the work the clause credits, not another work it
       is about */
    if (p > a && source_from(t, p, end))
      break;
    size_t e = p + 1;
    while (e < end && (isalpha((unsigned char)t[e]) || t[e] == '-'))
      e++;
    if (language_version(t, p, e, end))
      kinds |= X_CUE_WORK;
    /* lower-case words, and the first ("Initially, ..."); a pair first
       ("stage musical", "video game") */
    const char *v = NULL;
    /* speed: both look-ups below start at p, and most words start no
       key (from their first two bytes) */
    if ((islower((unsigned char)t[p]) || p == a) &&
        skg_lex_may_start(SKG_LEX_OTHER_WORKS, t + p, e - p)) {
      size_t f = e + 1;
      while (f < end && islower((unsigned char)t[f]))
        f++;
      if (e < end && t[e] == ' ' && f > e + 1)
        v = skg_lex_get(SKG_LEX_OTHER_WORKS, t + p, f - p);
      if (v)
        e = f;
      else
        v = skg_lex_get(SKG_LEX_OTHER_WORKS, t + p, e - p);
    }
    if (v && strcmp(v, "source") == 0 && p > a && e < end && t[e] == ' ')
      break; /* "based on ", "adapted from " (as "from the" above) */
    if (v && strcmp(v, "work") == 0)
      kinds |= X_CUE_WORK;
    else if (v && strcmp(v, "plan") == 0)
      kinds |= X_CUE_PLAN;
    p = e;
  }
  return kinds;
}

bool x_other_work_cue(const char *t, size_t a, size_t end, unsigned kinds) {
  unsigned k; /* speed: the families ask the same sentences (xfind.c) */
  if (!x_memo_cue_get(t, a, end, &k)) {
    k = cue_kinds(t, a, end);
    x_memo_cue_put(t, a, end, k);
  }
  return (k & kinds) != 0;
}

static bool other_work_cue(sent *s, unsigned kinds) {
  if (s->cues == CUES_UNKNOWN)
    s->cues = cue_kinds(s->t, s->a, s->end);
  return (s->cues & kinds) != 0;
}

/* Whether a credit whose phrase said r goes to the article's work. */
bool xo_own_credit(sent *s, ref r) {
  if (s->x->subject == SKG_NONE || r == REF_OTHER)
    return false;
  /* a plan fails whatever it names: "invited Ann Roe to write the film" */
  return !other_work_cue(s,
                         r == REF_OWN ? X_CUE_PLAN : X_CUE_WORK | X_CUE_PLAN);
}

/* ---- contributions ---- */

/* The contribution noun s[w..e) ("score"): sets its predicate. *verb
   (may be NULL) tells whether a credit needs a verb before "by". */
bool xo_credit_noun(const sent *s, size_t w, size_t e, skg_pred *pr,
                    bool *verb) {
  const char *v = skg_lex_get(SKG_LEX_CREDIT_NOUNS, s->t + w, e - w);
  if (!v || strcmp(v, "work") == 0)
    return false;
  size_t n = strcspn(v, "\t");
  if (verb)
    *verb = v[n] == '\t';
  return skg_pred_from_span(v, n, pr);
}

/* Words that end a noun phrase (data/phrase_stops.txt: "for", "was",
   "himself"); w..e is a lower-case word (xo_lower_word_end), as they. */
static bool phrase_stop(const sent *s, size_t w, size_t e) {
  return skg_lex_has(SKG_LEX_PHRASE_STOPS, s->t + w, e - w);
}

/* "1989's Night Bat": a year's possessive before a title says which
   work, so the title after it is read as the work. Returns where the
   title starts (p when there is no such year). */
static size_t skip_year_possessive(const sent *s, size_t p) {
  size_t d = p;
  while (d < s->end && d - p < 4 && isdigit((unsigned char)s->t[d]))
    d++;
  size_t k = d - p == 4 ? x_possessive_at(s->t, d, s->end) : 0;
  return k && xo_at(s, d + k, " ") ? d + k + 1 : p;
}

/* After a contribution noun at q: " and the soundtrack", then " for the
   film" / " of Harbor Lights" / " used in the film"; updates *r, returns
   the end. */
size_t xo_noun_tail(const sent *s, size_t q, ref *r) {
  /* "The soundtrack album was composed by A": the album of the music is
     the music (only with "composed", the verb of the music itself; "the
     album was produced by B" names a record producer) */
  xc_cur c = xc_at(s->t, s->a, q, s->end), d;
  if (XC_EXACT(&c, " album") && (d = c, XC_EXACT(&d, " ")) &&
      XC_ALT(&d, "was|is|were") && XC_EXACT(&d, "composed"))
    return c.p;
  c = xc_at(s->t, s->a, q, s->end);
  if (XC_EXACT(&c, " and ")) {
    XC_EXACT(&c, "the ");
    size_t w = c.p, e = xo_lower_word_end(s, w);
    skg_pred pr;
    if (e > w && xo_credit_noun(s, w, e, &pr, NULL))
      q = e;
  }
  /* "the musical score used in the film composed by Ann Roe" */
  c = xc_at(s->t, s->a, q, s->end);
  const char *v; /* data/noun_tail_preps.txt: "for", "used in" */
  if (XC_EXACT(&c, " ") && xc_lex(&c, SKG_LEX_NOUN_TAIL_PREPS, &v) &&
      s->t[c.p - 1] == ' ') {
    size_t n, p = skip_year_possessive(s, c.p);
    ref k = xo_work_ref(s, p, true, &n);
    if (k != REF_NONE) {
      *r = k;
      return p + n;
    }
  }
  return q;
}

/* Reads the object of a verb at p: "the film's original score", "its
   music", "the music score", "the soundtrack for the film". Sets *pred
   and *r; returns the end, or 0 when no contribution noun heads it. */
/* After a noun that credits no one, ending at e: the first credit noun
   of a list of one-word nouns that goes on ("the story, screenplay and
   dialogues", "the story and screenplay"); where it ends, or 0. */
static size_t noun_list(const sent *s, size_t e, skg_pred *pred, ref *r) {
  for (int i = 0; i < MAX_SKIP; i++) {
    xc_cur c = xc_at(s->t, s->a, e, s->end); /* ", " is a prefix of ", and " */
    if (!XC_EXACT(&c, ", and ") && !XC_EXACT(&c, ", ") &&
        !XC_EXACT(&c, " and "))
      return 0;
    size_t w = c.p;
    e = xo_lower_word_end(s, w);
    if (e == w || phrase_stop(s, w, e) ||
        (xo_at(s, e, " ") && islower((unsigned char)s->t[e + 1]) &&
         !xo_at(s, e, " and ")))
      return 0; /* "the story, and the music was" */
    if (xo_credit_noun(s, w, e, pred, NULL))
      return xo_noun_tail(s, e, r);
  }
  return 0;
}

size_t xo_contribution(const sent *s, size_t p, skg_pred *pred, ref *r) {
  size_t n;
  *r = REF_NONE;
  ref k = xo_work_ref(s, p, false, &n);
  size_t poss = k != REF_NONE ? x_possessive_at(s->t, p + n, s->end) : 0;
  if (poss) { /* "the film's", "Harbor Lights'" */
    *r = k;
    p += n + poss + 1;
  } else if (xo_at(s, p, "the ") || xo_at(s, p, "its ") || xo_at(s, p, "a ") ||
             xo_at(s, p, "an ")) {
    p = x_find(s->t, p, s->end, " ") + 1;
  }
  for (int i = 0; i < MAX_SKIP && p < s->end; i++) {
    size_t e = xo_lower_word_end(s, p);
    if (e == p || phrase_stop(s, p, e))
      return 0;
    bool more = xo_at(s, e, " ") && islower((unsigned char)s->t[e + 1]) &&
                !phrase_stop(s, e + 1, xo_lower_word_end(s, e + 1));
    if (!more)
      return xo_credit_noun(s, p, e, pred, NULL) ? xo_noun_tail(s, e, r)
                                                 : noun_list(s, e, pred, r);
    p = e + 1;
  }
  return 0;
}

/* ---- makers ---- */

/* A full name elsewhere in the document that ends in the one word
   s[p..p+n) ("Ann Roe" for "Roe"), when exactly one such name occurs;
   sets *fp and *fn. */
static bool full_name(const sent *s, size_t p, size_t n, size_t *fp,
                      size_t *fn) {
  const char *t = s->t;
  /* the article around the mention: a bound, so that a huge document
     does not cost a scan of it for every one-word name */
  size_t beg = p > FULL_NAME_WINDOW ? p - FULL_NAME_WINDOW : 0;
  size_t end =
      s->x->d->len - p > FULL_NAME_WINDOW ? p + FULL_NAME_WINDOW : s->x->d->len;
  size_t found = 0;
  char w[sizeof " " + X_NAME_MAX]; /* a space, the name, the NUL */
  if (n + 1 >= sizeof w)
    return false;
  w[0] = ' ';
  memcpy(w + 1, t + p, n);
  w[n + 1] = '\0';
  for (size_t q = x_find(t, beg, end, w); q < end;
       q = x_find(t, q + 1, end, w)) {
    size_t e = q + 1 + n;
    if (e < end && (isalnum((unsigned char)t[e]) || t[e] == '-'))
      continue;
    size_t lo = q > beg + X_NAME_MAX ? q - X_NAME_MAX : beg;
    while (lo > 0 && lo < q && t[lo - 1] != ' ' && t[lo - 1] != '\n')
      lo++; /* from a word's start */
    size_t b = x_name_before(t, lo, e);
    if (b >= q || !x_person_like(t + b, e - b, false))
      continue;
    if (found && (e - b != *fn || memcmp(t + b, t + *fp, *fn) != 0))
      return false; /* two people share the word */
    *fp = b;
    *fn = e - b;
    found++;
  }
  return found > 0;
}

/* The maker named s[p..p+n): a person the text knows, else a new person.
   One-word names ("Quillan") are common among composers and directors;
   a known work, company or character ("the plot's composer") is no
   maker. */
static skg_eid maker(sent *s, size_t p, size_t n) {
  /* "Screenwriter Ann Roe wrote the script": the role noun that opens a
     sentence is read with the name; roles.tsv */
  size_t k = xc_lex_len(s->t, p, p + n, SKG_LEX_ROLES);
  if (k && k + 1 < n && s->t[p + k] == ' ' &&
      x_cap_at(s->t, p + k + 1, p + n)) {
    p += k + 1;
    n -= k + 1;
  }
  skg_eid e = x_lookup(s->x, X_PERSON, s->t + p, n, NULL);
  if (e != SKG_NONE)
    return e;
  size_t fp, fn;
  if (!x_person_like(s->t + p, n, true)) /* "He", "However" */
    return SKG_NONE;
  if (!memchr(s->t + p, ' ', n) && full_name(s, p, n, &fp, &fn)) {
    p = fp; /* "Roe" named in full later as "Ann Roe" */
    n = fn;
    if ((e = x_lookup(s->x, X_PERSON, s->t + p, n, NULL)) != SKG_NONE)
      return e;
  }
  if (x_lookup(s->x, X_WORK | X_ORG | X_CHARACTER, s->t + p, n, NULL) !=
          SKG_NONE ||
      x_network_like(s->t + p, n) || !x_person_like(s->t + p, n, true))
    return SKG_NONE;
  return x_entity(s->x, SKG_ENT_PERSON, s->t + p, n);
}

void xo_credit(sent *s, skg_pred pr, const x_span *who, size_t n,
               const char *rule) {
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  for (size_t i = 0; i < n; i++) {
    const char *w = s->t + who[i].off;
    skg_eid e = SKG_NONE;
    skg_pred p = pr;
    if (pr == SKG_PRED_PRODUCER && x_company_like(w, who[i].len)) {
      e = x_lookup(s->x, X_ORG, w, who[i].len, NULL);
      if (e == SKG_NONE)
        e = x_entity(s->x, SKG_ENT_COMPANY, w, who[i].len);
      p = SKG_PRED_PRODUCTION_COMPANY;
    } else if (!x_company_like(w, who[i].len)) {
      e = maker(s, who[i].off, who[i].len);
    }
    if (e != SKG_NONE)
      skg_graph_add_fact(s->x->g, s->x->subject, p, e, &ev);
  }
}

/* The list of names that ends exactly at e, leftmost first; searched
   within MAX_LIST names' reach, so a huge flattened table costs no more
   than a sentence. */
size_t xo_names_ending(const sent *s, size_t e, x_span *out) {
  const size_t reach = (size_t)MAX_LIST * X_NAME_MAX;
  size_t lo = e - s->a > reach ? e - reach : s->a;
  for (size_t p = lo; p < e; p++) {
    if (!xo_word_start(s, p) || !x_cap_at(s->t, p, s->end))
      continue;
    size_t stop, n = x_name_list(s->t, p, e, out, MAX_LIST, &stop);
    if (n && stop == e) { /* "However Ann Roe": not the first word */
      size_t b = x_name_before(s->t, out[0].off, out[0].off + out[0].len);
      out[0].len -= b - out[0].off;
      out[0].off = b;
      return out[0].len ? n : 0;
    }
  }
  return 0;
}

/* Words between a maker and the verb that show the name before them is
   not the maker ("the music by Ann Roe was composed", "a film that"). */
static bool clause_break(const sent *s, size_t w, size_t e) {
  /* data/clause_breaks.txt; w..e is a lower-case word, as they */
  return skg_lex_has(SKG_LEX_CLAUSE_BREAKS, s->t + w, e - w);
}

/* "A and B (who produced the film)": the relative clause in brackets
   is about the one name just before it (w is where "who" starts, e its
   end); 0 for any other bracketed word. */
static size_t who_paren(const sent *s, size_t w, size_t e, x_span *out) {
  /* w - 1 is the '(' */
  size_t before = w - XC_LEN(" (");
  if (!x_word_at(s->t, w, e, "who") || s->t[before] != ' ')
    return 0;
  size_t n = xo_names_ending(s, before, out);
  if (n > 1) {
    out[0] = out[n - 1];
    n = 1;
  }
  return n;
}

/* The makers before a verb at v: a list of names, then up to MAX_SKIP
   lower-case words ("also", "returned to", "was hired to") and at most
   one appositive (", who composed the music for Dark Pier,"). */
size_t xo_agents(const sent *s, size_t v, x_span *out) {
  size_t e = v > s->a ? v - 1 : v;
  bool apposed = false;
  for (int i = 0; i <= MAX_SKIP && e > s->a; i++) {
    size_t n = xo_names_ending(s, e, out);
    if (n)
      return n;
    if (s->t[e - 1] == ',' && x_word_at(s->t, e + 1, s->end, "who") &&
        e - 1 > s->a && (n = xo_names_ending(s, e - 1, out))) {
      /* "Ann Roe, who also produced the film,"; but "the company of
         Bo Li, and Westar, who financed it": a list inside the sentence
         ends in the one the clause is about */
      if (n > 1 && out[0].off > s->a) {
        out[0] = out[n - 1];
        n = 1;
      }
      return n;
    }
    if (s->t[e - 1] == ',' && !apposed) { /* back to the opening comma */
      size_t c = e - 1;
      while (c > s->a && s->t[c - 1] != ',')
        c--;
      if (c == s->a)
        return 0;
      e = c - 1;
      apposed = true;
      i--;
      continue;
    }
    size_t w = e;
    while (w > s->a && islower((unsigned char)s->t[w - 1]))
      w--;
    if (w > s->a + XC_LEN(" (") && s->t[w - 1] == '(')
      return who_paren(s, w, e, out);
    if (w == e || w == s->a || s->t[w - 1] != ' ' || clause_break(s, w, e))
      return 0;
    e = w - 1;
  }
  return 0;
}

#define COORD_REACH 120 /* bytes from the subject to a second verb */

/* "Northfield Pictures bought the rights to the novel and produced the
   film": the maker that opens the sentence is the subject of a second
   verb after " and " at v, when one clause (no comma, no passive "by")
   runs between them. */
size_t xo_coordinated_subject(const sent *s, size_t v, x_span *out) {
  size_t stop, n, and = XC_LEN(" and ");
  if (v < s->a + and || !xo_at(s, v - and, " and ") ||
      !x_cap_at(s->t, s->a, s->end) ||
      !(n = x_name_list(s->t, s->a, s->end, out, MAX_LIST, &stop)) ||
      out[0].off != s->a || stop + 1 >= v - and || v - stop > COORD_REACH ||
      !xo_at(s, stop, " ") || !islower((unsigned char)s->t[stop + 1]))
    return 0;
  for (size_t q = stop; q < v - and; q++)
    if (s->t[q] == ',' || s->t[q] == ';' || s->t[q] == '(' ||
        xo_at(s, q, " by ") || xo_at(s, q, " who ") || xo_at(s, q, " which "))
      return 0;
  return n;
}

/* The names after "by " at q, past a short description ("series regular
   Ann Roe", "Bo Li's regular collaborator Ann Roe", "film composer Ann
   Roe"). */
size_t xo_names_after(const sent *s, size_t q, x_span *out, size_t *stop) {
  /* "by the trio of Ann Roe, Bo Li and Cy Dee": data/maker_group_openers
     .txt, in its order, each read where the one before left off: "the
     duo of" before "the duo" */
  for (size_t g = 0; g < skg_lex_size(SKG_LEX_MAKER_GROUP_OPENERS); g++) {
    const char *group = skg_lex_nth(SKG_LEX_MAKER_GROUP_OPENERS, g);
    if (xo_at(s, q, group)) {
      q += strlen(group);
      if (!x_cap_at(s->t, q, s->end))
        return 0; /* "the duo behind Dark Pier" */
    }
  }
  size_t d = isdigit((unsigned char)s->t[q]) ? x_org_len(s->t, q, s->end) : 0;
  if (d) { /* "by 20th Century Fox Television": a company's name */
    out[0] = (x_span){q, d};
    *stop = q + d;
    return 1;
  }
  for (int i = 0; i <= MAX_SKIP && q < s->end; i++) {
    if (x_cap_at(s->t, q, s->end)) {
      size_t n = x_name_len(s->t, q, s->end);
      size_t k = n ? x_possessive_at(s->t, q + n, s->end) : 0;
      /* "Python regular Ann Roe": one word, then a description */
      bool desc = n && !memchr(s->t + q, ' ', n) && xo_at(s, q + n, " ") &&
                  islower((unsigned char)s->t[q + n + 1]) &&
                  !phrase_stop(s, q + n + 1, xo_lower_word_end(s, q + n + 1));
      if (!k && !desc)
        return x_name_list(s->t, q, s->end, out, MAX_LIST, stop);
      if (desc)
        k = 0;
      q += n + k + 1;
      continue;
    }
    size_t e = xo_lower_word_end(s, q);
    if (e == q || !xo_at(s, e, " ") || xo_at(s, q, "the ") ||
        xo_at(s, q, "a ") || xo_at(s, q, "an ") || phrase_stop(s, q, e))
      return 0;
    q = e + 1;
  }
  return 0;
}

/* True when the sentence before s, in the same paragraph, is about
   another work (other_works.tsv: "A sequel, Night Ledger II, followed in
   1995."): "Directed by Ann Roe, the film ..." then goes on about it. */
bool xo_after_other_work(const sent *s) {
  if (s->si == 0)
    return false;
  const skg_span *p = &s->x->d->sents[s->si - 1];
  size_t a = p->off, e = p->off + p->len;
  if (e > s->a || x_find(s->t, e, s->a, "\n") < s->a)
    return false; /* a new paragraph starts with s */
  return x_other_work_cue(s->t, a, e, X_CUE_WORK);
}

/* "Scripted by Ann Roe (Dark Pier, Night Ledger), the film": past the
   maker's earlier works in brackets after the name ending at q; q when
   none. */
size_t xo_credits_note_end(const sent *s, size_t q) {
  size_t e = q + XC_LEN(" (");
  if (!xo_at(s, q, " (") || !x_cap_at(s->t, e, s->end))
    return q;
  while (e < s->end && s->t[e] != ')' && s->t[e] != '(')
    e++;
  return e < s->end && s->t[e] == ')' ? e + 1 : q;
}
