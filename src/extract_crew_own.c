/* extract_crew_own.c: crew and companies of the article's own work stated
   in the body by sentences whose subject is a maker or a contribution, not
   the work: "Ann Roe composed the film's score", "Ann Roe produced the
   film with Bo Li and Cy Dee", "Ann Roe returned to score the film", "The
   score of Harbor Lights was composed and conducted by Ann Roe", "had
   musical score by Ann Roe", "cinematography by Ann Roe", "under the
   banner of Northfield Pictures", "Ann Roe's company, Northfield
   Pictures". A sentence about another work ("the music for Dark Pier",
   "its sequel") gives the article's work nothing. The cue words are data:
   credit_verbs.tsv, credit_nouns.tsv, other_works.tsv. */
#include "extract_crew_own.h"
#include "xmatch.h"
#include "xsections.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* ---- the rules ---- */

static void company_credit(sent *s, size_t p, size_t n, const char *rule);

/* "produced the film for Westmark Films": the company the makers worked
   for, when the name says it is one. */
static void company_for(sent *s, size_t q) {
  x_span co[MAX_LIST];
  /* "produced the film through (his company) Westmark Films" */
  xc_cur c = xc_at(s->t, s->a, q, s->end), d;
  bool through = XC_EXACT(&c, " through ");
  if (through && (d = c, xo_lower_lex(&d, SKG_LEX_POSSESSIVE_PRONOUNS)) &&
      XC_WORD(&d, "company") && s->t[d.p - 1] == ' ')
    c = d;
  size_t stop, n = through || XC_EXACT(&c, " for ")
                       ? x_org_list(s->t, c.p, s->end, co, MAX_LIST, &stop)
                       : 0;
  for (size_t i = 0; i < n; i++)
    if (!through || x_company_like(s->t + co[i].off, co[i].len))
      company_credit(s, co[i].off, co[i].len, "crew-own-verb");
}

/* The verb of credit_verbs.tsv at v ("composed", "worked on", "was
   responsible for"), the longest of up to three words; its length. */
static size_t credit_verb(const sent *s, size_t v, const char **val) {
  /* speed: the look-ups below all start at v, and most words start no
     key (from their first two bytes) */
  if (!skg_lex_may_start(SKG_LEX_CREDIT_VERBS, s->t + v, s->end - v))
    return 0;
  size_t best = 0, q = v;
  for (int nw = 0; nw < 3 && q < s->end && islower((unsigned char)s->t[q]);
       nw++) {
    q = xo_lower_word_end(s, q);
    const char *k = skg_lex_get(SKG_LEX_CREDIT_VERBS, s->t + v, q - v);
    if (k && (q >= s->end || strchr(" ,.;", s->t[q]))) {
      best = q - v;
      *val = k;
    }
    if (q >= s->end || s->t[q] != ' ')
      break;
    q++;
  }
  return best;
}

/* "with A, B, and C" or "along with A" after the object: more makers. */
static size_t partners(const sent *s, size_t q, x_span *out) {
  xc_cur c = xc_at(s->t, s->a, q, s->end);
  const char *v; /* data/partner_cues.txt: "along with", "alongside" */
  if (!XC_EXACT(&c, " ") ||
      !((xc_lex(&c, SKG_LEX_PARTNER_CUES, &v) && c.t[c.p - 1] == ' ') ||
        XC_EXACT(&c, "with ")))
    return 0;
  size_t stop;
  /* "with her longtime collaborator Ann Roe"; but "with supervisor Ann
     Roe" names another job */
  xc_cur d = c;
  if (xo_lower_lex(&d, SKG_LEX_POSSESSIVE_PRONOUNS))
    return xo_names_after(s, c.p, out, &stop);
  return x_name_list(s->t, c.p, s->end, out, MAX_LIST, &stop);
}

/* "co-producing the film along with Ann Roe's Q-Tone.": the name a
   producer partner's possessive owns, ending the clause, is the company
   the partner runs, suffix or not ("Ann Roe's Dark Pier co-star" goes on;
   a name the text knows as a work or a person is none). */
static void partner_company(sent *s, const x_span *who) {
  size_t e = who->off + who->len, k = x_possessive_at(s->t, e, s->end);
  if (!k || !xo_at(s, e + k, " ") || !x_cap_at(s->t, e + k + 1, s->end))
    return;
  size_t q = e + k + 1, n = x_org_len(s->t, q, s->end), z = q + n;
  if (!n || !(z >= s->end || s->t[z] == '.' || s->t[z] == ',' ||
              s->t[z] == ';' || xo_at(s, z, " and ")))
    return;
  skg_eid c = x_lookup(s->x, X_ORG, s->t + q, n, NULL);
  if (c == SKG_NONE && x_lookup(s->x, X_WORK | X_PERSON | X_CHARACTER, s->t + q,
                                n, NULL) != SKG_NONE)
    return;
  if (c == SKG_NONE)
    c = x_entity(s->x, SKG_ENT_COMPANY, s->t + q, n);
  skg_evidence ev = x_evidence(s->x, s->si, "crew-own-verb");
  skg_graph_add_fact(s->x->g, s->x->subject, SKG_PRED_PRODUCTION_COMPANY, c,
                     &ev);
}

#define MAX_VERBS 4

/* The predicate of a verb of credit_verbs.tsv: with the work itself as
   object ("directed the film"), its first column, or for a "-" verb its
   second ("wrote the film": writer); with a contribution, the
   contribution's (noun). */
static bool verb_pred(const char *val, bool work_obj, skg_pred noun,
                      skg_pred *pr) {
  size_t n = strcspn(val, "\t");
  bool dash = n == 1 && val[0] == '-';
  if (!work_obj && dash) {
    *pr = noun;
    return true;
  }
  if (!work_obj)
    return false;
  if (dash) { /* the fallback column */
    if (!val[n])
      return false;
    val += n + 1;
    n = strcspn(val, "\t");
  }
  return skg_pred_from_span(val, n, pr);
}

/* Reads a chain of credit verbs at v ("wrote, directed and produced");
   returns where the last one ends, 0 if none. */
static size_t verb_chain(const sent *s, size_t v, const char **vals,
                         size_t *nv) {
  size_t q = v, k;
  *nv = 0;
  while (*nv < MAX_VERBS && (k = credit_verb(s, q, &vals[*nv]))) {
    ++*nv;
    q += k;
    xc_cur c = xc_at(s->t, s->a, q, s->end);
    bool sep =
        XC_EXACT(&c, ", and ") || XC_EXACT(&c, " and ") || XC_EXACT(&c, ", ");
    const char *next;
    if (!sep || c.p >= s->end || !credit_verb(s, c.p, &next))
      break;
    q = c.p;
  }
  return *nv ? q : 0;
}

/* True when the work after a verb starts a reported clause or a quote
   ("The Daily Star wrote the film was tedious", "Ann Roe wrote the film
   \"drags\""): a reviewer's words, no credit. */
static bool reported_clause(const sent *s, size_t end) {
  xc_cur c = xc_at(s->t, s->a, end, s->end), d;
  if (!XC_EXACT(&c, " "))
    return false;
  d = c; /* a verb with its space after, or a quote */
  return xo_lower_lex(&d, SKG_LEX_REPORTED_AUX_WORDS) || XC_EXACT(&c, "\"") ||
         XC_EXACT(&c, "\xe2\x80\x9c");
}

/* "Bo Li of the Courier scored the film five out of five stars": a
   verb of rating_verbs.txt whose work object a number follows gives a
   critic's rating (extract_review.c), not a score. */
static bool rating_after(const sent *s, size_t v, size_t end) {
  if (!xc_lex_at(s->t, v, s->end, SKG_LEX_RATING_VERBS))
    return false;
  xc_cur c = xc_at(s->t, s->a, end, s->end);
  if (!XC_EXACT(&c, " "))
    return false;
  xc_cur d = c;
  if (XC_ALT(&d, "a |an "))
    c = d;
  return (c.p < s->end && isdigit((unsigned char)s->t[c.p])) ||
         xo_lower_lex(&c, SKG_LEX_NUMBER_WORDS);
}

/* True when one of the nv verbs credits a production company
   ("financed"). */
static bool passive_only(const char *val) {
  return strstr(val, "\tpassive") != NULL;
}

static bool financing(const char *const *vals, size_t nv) {
  skg_pred pr;
  for (size_t i = 0; i < nv; i++)
    if (verb_pred(vals[i], true, SKG_PRED_COUNT, &pr) &&
        pr == SKG_PRED_PRODUCTION_COMPANY)
      return true;
  return false;
}

/* "Leomax, who financed and co-produced the film": a one-word maker that
   pays for the film and that the text does not know as a person is a
   company, suffix or not; credits it and drops it from who[]. */
static size_t financiers(sent *s, x_span *who, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    const char *w = s->t + who[i].off;
    if (memchr(w, ' ', who[i].len) || x_company_like(w, who[i].len) ||
        x_lookup(s->x, X_PERSON | X_WORK | X_CHARACTER, w, who[i].len, NULL) !=
            SKG_NONE) {
      who[k++] = who[i];
      continue;
    }
    skg_eid e = x_lookup(s->x, X_ORG, w, who[i].len, NULL);
    if (e == SKG_NONE)
      e = x_entity(s->x, SKG_ENT_COMPANY, w, who[i].len);
    skg_evidence ev = x_evidence(s->x, s->si, "crew-own-verb");
    skg_graph_add_fact(s->x->g, s->x->subject, SKG_PRED_PRODUCTION_COMPANY, e,
                       &ev);
  }
  return k;
}

/* "directed by Ann Roe, who co-wrote it with Bo Li": "it" as the object
   of a relative clause on a maker in a sentence about the work (a
   sentence about another work names it, and xo_own_credit() drops it). */
static bool who_it(const sent *s, size_t v, size_t q) {
  size_t it = XC_LEN("it"), also = XC_LEN("also "), who = XC_LEN(", who "),
         by = XC_LEN(" by ");
  if (!xo_at(s, q, "it") || (q + it < s->end && !strchr(" ,.;", s->t[q + it])))
    return false;
  if (xo_before_is(s, v, "also "))
    v -= also;
  if (!xo_before_is(s, v, ", who "))
    return false;
  /* the maker is the last name of "directed by A, who", not "a novel by
     A, who" or "met A, who" */
  size_t a = x_name_before(s->t, s->a, v - who), w;
  if (!xo_before_is(s, a, " by "))
    return false;
  for (w = a - by; w > s->a && s->t[w - 1] != ' ';)
    w--;
  return skg_lex_has(SKG_LEX_MAKER_VERBS, s->t + w, a - by - w);
}

/* "A directed the film, which he co-wrote with B" after the work object
   ending at q: the makers who[] and the partners are its writers (a
   verb of credit_verbs.tsv whose work-object column is writer). */
static void which_cowrote(sent *s, size_t q, const x_span *who, size_t n) {
  xc_cur c = xc_at(s->t, s->a, q, s->end);
  if (!XC_EXACT(&c, ", which ") || !xo_lower_lex(&c, SKG_LEX_SUBJECT_PRONOUNS))
    return;
  const char *val;
  size_t v = c.p, k = credit_verb(s, v, &val);
  skg_pred pr;
  if (!k || !verb_pred(val, true, SKG_PRED_COUNT, &pr) ||
      pr != SKG_PRED_WRITER || !xo_at(s, v + k, " with "))
    return;
  x_span more[MAX_LIST];
  size_t nmore = partners(s, v + k, more);
  xo_credit(s, pr, who, n, "crew-own-verb");
  xo_credit(s, pr, more, nmore, "crew-own-verb");
}

/* "A composed the film's score", "A returned to score the film", "A
   produced the film with B and C for Northfield Pictures", "A wrote and
   directed the film", "A was responsible for the film's original
   score". */
static void maker_verbs(sent *s) {
  for (size_t v = s->a + 1; v < s->end; v++) {
    const char *vals[MAX_VERBS];
    size_t nv, q = xo_word_start(s, v) ? verb_chain(s, v, vals, &nv) : 0, n;
    if (!q || !xo_at(s, q, " "))
      continue;
    q++;
    skg_pred noun = SKG_PRED_COUNT;
    ref r = who_it(s, v, q) ? (n = 2, REF_OWN) : xo_work_ref(s, q, false, &n);
    bool work_obj = r == REF_OWN && !x_possessive_at(s->t, q + n, s->end);
    size_t end = work_obj ? q + n : xo_contribution(s, q, &noun, &r);
    x_span who[MAX_LIST];
    bool own =
        end && xo_own_credit(s, r) &&
        !(work_obj && (reported_clause(s, end) || rating_after(s, v, end)));
    size_t nwho = own ? xo_agents(s, v, who) : 0;
    if (own && !nwho)
      nwho = xo_coordinated_subject(s, v, who);
    if (nwho && work_obj && financing(vals, nv))
      nwho = financiers(s, who, nwho);
    /* "he was co-producing the film along with Ann Roe": the partners
       count even when the maker is a pronoun */
    x_span more[MAX_LIST];
    size_t nmore = own ? partners(s, end, more) : 0;
    for (size_t i = 0; i < nv && (nwho || nmore); i++) {
      skg_pred pr;
      if (!verb_pred(vals[i], work_obj, noun, &pr) || pr == SKG_PRED_COUNT ||
          passive_only(vals[i]))
        continue;
      if (pr == SKG_PRED_PRODUCTION_COMPANY) { /* "A Pictures financed it" */
        for (size_t j = 0; j < nwho; j++)
          company_credit(s, who[j].off, who[j].len, "crew-own-verb");
        for (size_t j = 0; j < nmore; j++)
          company_credit(s, more[j].off, more[j].len, "crew-own-verb");
        continue;
      }
      xo_credit(s, pr, who, nwho, "crew-own-verb");
      xo_credit(s, pr, more, nmore, "crew-own-verb");
      if (pr == SKG_PRED_PRODUCER && work_obj) /* "... for Westmark Films" */
        company_for(s, end);
      for (size_t j = 0; pr == SKG_PRED_PRODUCER && j < nmore; j++)
        partner_company(s, &more[j]);
    }
    if (work_obj && nwho)
      which_cowrote(s, end, who, nwho);
    if (end)
      v = end;
  }
}

/* "The film was shot in Rome, with Ann Roe producing and Bo Li
   scoring": a maker named after "with" and before a gerund chain that
   ends the clause makes the article's work. */
static void with_gerunds(sent *s) {
  for (size_t w = x_find(s->t, s->a, s->end, "with "); w < s->end;
       w = x_find(s->t, w + 1, s->end, "with ")) {
    size_t stop, q = w + XC_LEN("with ");
    x_span who[MAX_LIST];
    size_t n = xo_word_start(s, w)
                   ? x_name_list(s->t, q, s->end, who, MAX_LIST, &stop)
                   : 0;
    const char *vals[MAX_VERBS];
    size_t nv,
        e = n && xo_at(s, stop, " ") ? verb_chain(s, stop + 1, vals, &nv) : 0;
    if (!e ||
        !(e >= s->end || strchr(".,;", s->t[e]) || xo_at(s, e, " and ")) ||
        !xo_own_credit(s, REF_OWN))
      continue;
    for (size_t i = 0; i < nv; i++) {
      skg_pred pr;
      if (verb_pred(vals[i], true, SKG_PRED_COUNT, &pr) &&
          pr != SKG_PRED_PRODUCTION_COMPANY && pr != SKG_PRED_COUNT)
        xo_credit(s, pr, who, n, "crew-own-with");
    }
  }
}

/* "Written by the trio of Ann Roe, Bo Li and Cy Dee, Harbor Lights
   won ...", "Produced by Northfield Pictures, it is the second film":
   a participle chain opening the sentence, its makers, then the
   article's work as the subject. */
static void opening_participles(sent *s) {
  char head[OPENING_MAX];
  size_t len = s->end - s->a < sizeof head ? s->end - s->a : sizeof head;
  if (!len || !isupper((unsigned char)s->t[s->a]))
    return;
  /* the verbs are read lower case: a copy of the opening, "written ..." */
  memcpy(head, s->t + s->a, len);
  head[0] = (char)tolower((unsigned char)head[0]);
  sent h = {s->x, head, s->si, 0, len, CUES_UNKNOWN};
  const char *vals[MAX_VERBS];
  size_t nv, q = verb_chain(&h, 0, vals, &nv);
  x_span who[MAX_LIST];
  xc_cur c = xc_at(s->t, s->a, s->a + q, s->end);
  size_t stop, m,
      n = q && XC_EXACT(&c, " by ") ? xo_names_after(s, c.p, who, &stop) : 0;
  /* "A, B and C, Harbor Lights won": the list ends at its "and" item */
  for (size_t i = 1; i < n; i++)
    if (xo_before_is(s, who[i].off, " and ")) {
      n = i + 1;
      stop = who[i].off + who[i].len;
      break;
    }
  c = xc_at(s->t, s->a, n ? xo_credits_note_end(s, stop) : s->end, s->end);
  if (!n || !XC_EXACT(&c, ", ") ||
      !(xo_at(s, c.p, "it ") || xo_work_ref(s, c.p, true, &m) == REF_OWN) ||
      !xo_own_credit(s, REF_OWN) || xo_after_other_work(s))
    return;
  /* "Produced by Lucasfilm, it is": a one-word producer the text does not
     know as a person is a company */
  for (size_t i = 0; i < nv; i++) {
    skg_pred pr;
    if (verb_pred(vals[i], true, SKG_PRED_COUNT, &pr) &&
        pr == SKG_PRED_PRODUCER && nv == 1)
      n = financiers(s, who, n);
  }
  for (size_t i = 0; i < nv; i++) {
    skg_pred pr;
    if (!verb_pred(vals[i], true, SKG_PRED_COUNT, &pr) || pr == SKG_PRED_COUNT)
      continue;
    if (pr == SKG_PRED_PRODUCTION_COMPANY)
      for (size_t j = 0; j < n; j++)
        company_credit(s, who[j].off, who[j].len, "crew-own-opening");
    else
      xo_credit(s, pr, who, n, "crew-own-opening");
  }
}

/* Past participles and the copula between a contribution and "by": "was
   composed and conducted", "were". With verb, one of them must be there
   ("the music was by Ann Roe", not "rock music by Ann Roe"), or a comma
   ("The screenplay, by Ann Roe, is based on"). Returns the position of
   " by ", or 0. */
static size_t passive_by(const sent *s, size_t q, bool verb) {
  if (xo_at(s, q, ", by ")) /* "The screenplay, by Ann Roe, is" */
    return q + 1;
  size_t q0 = q;
  xc_cur c = xc_at(s->t, s->a, q, s->end);
  const char *be;
  if (XC_EXACT(&c, " ") && (be = xo_lower_lex(&c, SKG_LEX_COPULA_WORDS)) &&
      strcmp(be, "be") == 0)
    q = c.p - 1; /* the space after the copula */
  /* "The screenplay was an adaptation by Ann Roe (of the novel)": the
     adapters wrote the contribution */
  c = xc_at(s->t, s->a, q, s->end);
  if (q != q0 && XC_EXACT(&c, " ") && XC_WORD(&c, "an") &&
      XC_EXACT(&c, "adaptation") && xo_at(s, c.p, " by "))
    return c.p;
  for (int i = 0; i < 3 && !xo_at(s, q, " by "); i++) {
    const char *val;
    size_t k = q + 1 < s->end ? credit_verb(s, q + 1, &val) : 0;
    skg_pred pr; /* "the score was financed by": no composer */
    if (!k || s->t[q] != ' ' ||
        (verb_pred(val, true, SKG_PRED_COUNT, &pr) &&
         pr == SKG_PRED_PRODUCTION_COMPANY))
      return 0;
    q += 1 + k;
    c = xc_at(s->t, s->a, q, s->end);
    if (XC_EXACT(&c, " and ") || XC_EXACT(&c, ", "))
      q = c.p - 1; /* the space before the next verb */
  }
  if (verb && q == q0)
    return 0;
  return xo_at(s, q, " by ") ? q : 0;
}

/* Bytes before a contribution noun searched for the work's possessive. */
#define POSSESSOR_REACH 48

/* The work named by a possessive before the contribution noun at p, past
   its adjectives ("the film's original score", "Harbor Lights' music"). */
static ref possessor(const sent *s, size_t p) {
  for (int i = 0; i < MAX_SKIP && p > s->a + 1 && s->t[p - 1] == ' '; i++) {
    size_t w = p - 1;
    while (w > s->a && islower((unsigned char)s->t[w - 1]))
      w--;
    if (w == p - 1 || (w > s->a && s->t[w - 1] != ' '))
      break;
    p = w;
  }
  for (size_t b = p > s->a + POSSESSOR_REACH ? p - POSSESSOR_REACH : s->a;
       b + 1 < p; b++) {
    size_t n;
    if (!xo_word_start(s, b))
      continue;
    ref r = xo_work_ref(s, b, false, &n);
    size_t k = r != REF_NONE ? x_possessive_at(s->t, b + n, s->end) : 0;
    if (k && b + n + k + 1 == p)
      return r;
  }
  return REF_NONE;
}

/* "The score of Harbor Lights was composed and conducted by Ann Roe",
   "had musical score by Ann Roe", "music composed by Ann Roe", "The
   cinematography was by Ann Roe": the noun at p..e. */
static void contribution_by(sent *s, size_t p, size_t e, skg_pred pr,
                            bool verb) {
  if (x_word_before_is(s->t, s->a, p, SKG_LEX_OTHER_WORKS, "part"))
    return; /* "The trailer music was composed by A": the trailer's */
  ref r = possessor(s, p);
  if (verb && xo_before_is(s, p, "with "))
    verb = false; /* "with music by Ann Roe": a credit line */
  size_t q = xo_noun_tail(s, e, &r), by = passive_by(s, q, verb);
  x_span who[MAX_LIST];
  xc_cur c = xc_at(s->t, s->a, by, s->end);
  size_t stop = 0, n = by && XC_EXACT(&c, " by ")
                           ? xo_names_after(s, c.p, who, &stop)
                           : 0;
  if (n && r == REF_NONE) /* "a score by Ann Roe for Dark Pier" */
    xo_noun_tail(s, stop, &r);
  if (n && xo_own_credit(s, r))
    xo_credit(s, pr, who, n, "crew-own-by");
}

/* The person whose possessive ends right before the adjectives of a
   contribution noun at p ("Ann Roe's original score"); sets *who. */
static bool possessing_maker(const sent *s, size_t p, x_span *who) {
  for (int i = 0; i < MAX_SKIP && p > s->a + 1 && s->t[p - 1] == ' '; i++) {
    size_t w = p - 1;
    while (w > s->a && islower((unsigned char)s->t[w - 1]))
      w--;
    if (w == p - 1 || w == s->a || s->t[w - 1] != ' ')
      break;
    /* words that end the adjectives (data/adjective_stops.txt): "Ann
       Roe's book into a screenplay"; the word is lower case, as they */
    if (skg_lex_has(SKG_LEX_ADJECTIVE_STOPS, s->t + w, p - 1 - w))
      return false;
    p = w;
  }
  for (size_t k = 2; k <= 4 && p > s->a + k; k++) { /* "'s " or "’s " */
    size_t e = p - 1 - k;
    if (x_possessive_at(s->t, e, s->end) != k)
      continue;
    size_t lo = e; /* a quotation may open right before the name */
    while (lo > s->a && s->t[lo - 1] != '"' && s->t[lo - 1] != '(')
      lo--;
    size_t b = x_name_before(s->t, lo, e);
    if (b == e ||
        (x_lookup(s->x, X_PERSON, s->t + b, e - b, NULL) == SKG_NONE &&
         !x_person_like(s->t + b, e - b, false)))
      return false;
    *who = (x_span){b, e - b};
    return true;
  }
  return false;
}

/* "Ann Roe's cinematography is gymnastic", "Ann Roe's original score to
   Harbor Lights was released in 2010": the noun at p..e. */
static void possessed_contribution(sent *s, size_t p, size_t e, skg_pred pr,
                                   bool verb) {
  x_span who;
  ref r = REF_NONE;
  if (verb || xo_at(s, e, " by ") || !possessing_maker(s, p, &who))
    return;
  xo_noun_tail(s, e, &r);
  if (xo_own_credit(s, r) &&
      x_lookup(s->x, X_WORK | X_ORG, s->t + who.off, who.len, NULL) == SKG_NONE)
    xo_credit(s, pr, &who, 1, "crew-own-possessive");
}

static void company_credit(sent *s, size_t p, size_t n, const char *rule) {
  size_t o = x_owner_len(s->x, s->t + p, n); /* "Ann Roe's Lark Films" */
  p += o;
  n -= o;
  if (!n || !x_company_like(s->t + p, n))
    return;
  skg_eid e = x_lookup(s->x, X_ORG, s->t + p, n, NULL);
  if (e == SKG_NONE)
    e = x_entity(s->x, SKG_ENT_COMPANY, s->t + p, n);
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  skg_graph_add_fact(s->x->g, s->x->subject, SKG_PRED_PRODUCTION_COMPANY, e,
                     &ev);
}

/* True when the noun s[p..e) of credit_nouns.tsv credits only the
   company named right before it ("name" flag). */
static bool name_before_only(const sent *s, size_t p, size_t e) {
  const char *v = skg_lex_get(SKG_LEX_CREDIT_NOUNS, s->t + p, e - p);
  return v && strstr(v, "\tname") != NULL;
}

/* True when "a " or "an " ends right before b. */
static bool indefinite_before(const sent *s, size_t b) {
  return xo_before_is(s, b, "a ") || xo_before_is(s, b, "an ");
}

/* True when the sentence opens with the article's work ("It is a
   Northfield Pictures production", "Harbor Lights, a Northfield
   Pictures production, ..."), not another title. */
static bool own_subject(const sent *s) {
  size_t n;
  return xo_at(s, s->a, "It ") || xo_work_ref(s, s->a, true, &n) == REF_OWN;
}

/* "under the banner of A", "under the A banner", "a co-production of A
   and B", "under their banners A and B", "a Northfield Pictures
   production": the noun at p..e. */
static void banner(sent *s, size_t p, size_t e) {
  size_t q = e + 1, stop;
  if (!xo_own_credit(s, REF_NONE))
    return;
  bool before_only = name_before_only(s, p, e);
  xc_cur c = xc_at(s->t, s->a, e, s->end), d = c;
  /* ", ": "under his home banner, Northfield Pictures" */
  if ((XC_EXACT(&d, " ") && xo_lower_lex(&d, SKG_LEX_BANNER_PREPS)) ||
      (d = c, XC_EXACT(&d, ", ")))
    q = d.p;
  x_span co[MAX_LIST];
  size_t n = q < s->end && !before_only
                 ? x_org_list(s->t, q, s->end, co, MAX_LIST, &stop)
                 : 0;
  for (size_t i = 0; i < n; i++)
    company_credit(s, co[i].off, co[i].len, "crew-own-banner");
  /* "under the Northfield Pictures banner", "a Northfield Pictures
     production" */
  size_t b = x_name_before(s->t, s->a, p - 1);
  if (p > s->a + 1 && b < p - 1 &&
      (xo_before_is(s, b, "the ") || xo_before_is(s, b, "under ") ||
       (indefinite_before(s, b) && own_subject(s))))
    company_credit(s, b, x_org_len(s->t, b, p - 1), "crew-own-banner");
  /* "a Northfield Pictures and Avalon Films co-production" */
  size_t k = p > s->a + 1 ? xo_names_ending(s, p - 1, co) : 0;
  if (k > 1 && indefinite_before(s, co[0].off) && own_subject(s))
    for (size_t i = 0; i < k; i++)
      company_credit(s, co[i].off, co[i].len, "crew-own-banner");
}

/* Each contribution noun of the sentence, read once: "score by Ann Roe",
   "Ann Roe's score", "under the banner of Northfield Pictures". */
static void contributions(sent *s) {
  for (size_t p = s->a; p < s->end; p++) {
    if (!xo_word_start(s, p) || !isalpha((unsigned char)s->t[p]))
      continue;
    size_t e = p;
    while (e < s->end && (isalpha((unsigned char)s->t[e]) || s->t[e] == '-'))
      e++;
    skg_pred pr;
    bool verb, lower = islower((unsigned char)s->t[p]);
    if (xo_credit_noun(s, p, e, &pr, &verb)) {
      if (pr == SKG_PRED_PRODUCTION_COMPANY) {
        if (lower)
          banner(s, p, e);
      } else {
        contribution_by(s, p, e, pr, verb);
        if (lower)
          possessed_contribution(s, p, e, pr, verb);
      }
    }
    p = e;
  }
}

/* The company name at q after "'s company": one name even with a
   possessive inside ("Lion's Gate Films"). */
static size_t named_company_len(const sent *s, size_t q) {
  size_t n = x_org_len(s->t, q, s->end);
  size_t k = n ? x_possessive_at(s->t, q + n, s->end) : 0;
  size_t m = k && xo_at(s, q + n + k, " ")
                 ? x_org_len(s->t, q + n + k + 1, s->end)
                 : 0;
  if (m && !x_company_like(s->t + q, n) &&
      x_company_like(s->t + q + n + k + 1, m))
    return n + k + 1 + m;
  return n;
}

/* "made by Ann Roe's company, Northfield Pictures", "teamed up with Ann
   Roe's production company Northfield Pictures to produce the film",
   "made it through his Northfield Pictures company". */
static bool production_cue(sent *s) {
  return (x_find(s->t, s->a, s->end, "produc") < s->end ||
          x_find(s->t, s->a, s->end, " made ") < s->end) &&
         xo_own_credit(s, REF_NONE);
}

/* "through his Northfield Pictures company": the name before " company"
   after a possessive pronoun; its start, or c. */
static size_t pronoun_company(const sent *s, size_t c) {
  size_t b = x_name_before(s->t, s->a, c);
  if (b == c || x_org_len(s->t, b, c) != c - b)
    return c;
  return xo_before_is(s, b, "his ") || xo_before_is(s, b, "her ") ||
                 xo_before_is(s, b, "their ")
             ? b
             : c;
}

/* "The production company, Libra Productions, was ...": a sentence that
   opens on the definite noun (e is where " production" starts) names the
   company of the article's work, as "the film's" would. */
static bool the_opening(const sent *s, size_t e) {
  return e == s->a + XC_LEN("The") && x_at(s->t, s->a, e, "The");
}

static void companies_of(sent *s) {
  for (size_t c = x_find(s->t, s->a, s->end, " company"); c < s->end;
       c = x_find(s->t, c + 1, s->end, " company")) {
    size_t e = c, q = c + XC_LEN(" company"), b = pronoun_company(s, c);
    if (b < c) {
      if (production_cue(s))
        company_credit(s, b, c - b, "crew-own-company");
      continue;
    }
    if (xo_before_is(s, e, " production"))
      e -= XC_LEN(" production");
    size_t k = 0; /* "'s" or "’s" right before */
    for (size_t back = 1; back <= 4 && !k && e >= s->a + back; back++)
      if (x_possessive_at(s->t, e - back, s->end) == back)
        k = back;
    xc_cur d = xc_at(s->t, s->a, q, s->end);
    if (!k && !(e < c && the_opening(s, e)))
      continue;
    if (!(XC_EXACT(&d, " ") || XC_EXACT(&d, ", ")))
      continue;
    q = d.p;
    if (production_cue(s))
      company_credit(s, q, named_company_len(s, q), "crew-own-company");
  }
}

/* True when "is", "was" (and at most one adverb: "is jointly") ends
   right before the verb at v: the passive is the sentence's main verb. */
static bool copula_before(const sent *s, size_t v) {
  size_t w = v;
  for (int i = 0; i < 2 && w > s->a; i++) {
    if (xo_lower_lex_before(s, w, SKG_LEX_COPULA_WORDS))
      return true;
    /* one adverb back ("is jointly presented"), a word before its space */
    if (w <= s->a + 1 || s->t[w - 1] != ' ')
      return false;
    w--;
    while (w > s->a && islower((unsigned char)s->t[w - 1]))
      w--;
  }
  return false;
}

/* "The film was financed by Northfield Pictures and Westar Films": a
   verb that credits only companies (credit_verbs.tsv), passive, in a
   sentence whose subject is the article's work. */
static void financed_by(sent *s) {
  for (size_t b = x_find(s->t, s->a, s->end, " by "); b < s->end;
       b = x_find(s->t, b + 1, s->end, " by ")) {
    size_t v = b;
    while (v > s->a &&
           (islower((unsigned char)s->t[v - 1]) || s->t[v - 1] == '-'))
      v--;
    const char *val;
    skg_pred pr;
    if (v == b || credit_verb(s, v, &val) != b - v ||
        !verb_pred(val, true, SKG_PRED_COUNT, &pr) ||
        pr != SKG_PRED_PRODUCTION_COMPANY || !copula_before(s, v) ||
        !own_subject(s) || !xo_own_credit(s, REF_OWN))
      continue;
    x_span co[MAX_LIST];
    xc_cur c = xc_at(s->t, s->a, b, s->end);
    XC_EXACT(&c, " by "); /* found there */
    size_t stop, n = x_org_list(s->t, c.p, s->end, co, MAX_LIST, &stop);
    for (size_t i = 0; i < n; i++)
      company_credit(s, co[i].off, co[i].len, "crew-own-financed");
  }
}

/* True when the article's work is named before u ("the film", its
   title, "It" opening the sentence) and no other work is. */
static bool own_before(const sent *s, size_t u) {
  bool own = xo_at(s, s->a, "It ");
  for (size_t p = s->a; p < u; p++) {
    size_t n;
    if (!xo_word_start(s, p))
      continue;
    ref r = xo_work_ref(s, p, false, &n);
    if (r == REF_OTHER)
      return false;
    own |= r == REF_OWN;
    p += n;
  }
  return own;
}

/* "Ann Roe produced the film under Northfield Productions": a company
   after "under" in a sentence about producing the article's work. */
static void under_company(sent *s) {
  for (size_t u = x_find(s->t, s->a, s->end, " under "); u < s->end;
       u = x_find(s->t, u + 1, s->end, " under ")) {
    size_t q = u + XC_LEN(" under ");
    if (!x_cap_at(s->t, q, s->end) || !production_cue(s) || !own_before(s, u))
      continue;
    x_span co[MAX_LIST];
    size_t stop, n = x_org_list(s->t, q, s->end, co, MAX_LIST, &stop);
    for (size_t i = 0; i < n; i++)
      company_credit(s, co[i].off, co[i].len, "crew-own-banner");
  }
}

void x_rules_crew_own(x_ctx *x) {
  if (x->subject == SKG_NONE)
    return;
  skg_ent type;
  size_t a, tl, desc, lead = x_find_lead(x, &type, &a, &tl, &desc);
  for (size_t si = 0; si < x->refs_start; si++) {
    /* another work's lead and its paragraph credit nothing; a second
       article's, under its title line, credit its work (xsections.c) */
    xs_saved page;
    if (xs_enter(x, si, lead, &page).other) {
      xs_leave(x, &page);
      continue;
    }
    const skg_span *sp = &x->d->sents[si];
    sent s = {x, x->d->text, si, sp->off, sp->off + sp->len, CUES_UNKNOWN};
    maker_verbs(&s);
    with_gerunds(&s);
    opening_participles(&s);
    financed_by(&s);
    under_company(&s);
    contributions(&s);
    companies_of(&s);
    xo_via_company(&s);
    xo_adapted(&s);
    xs_leave(x, &page);
  }
}
