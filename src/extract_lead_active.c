/* extract_lead_active.c: sentences whose subject is a maker of the
   article's work or of another one: "Lark Films produced the film" (a
   production company), "Ann Roe made her directorial debut with the film",
   "Ann Roe had previously directed Harbor Row (1980)" (another work's
   maker). "Ann Roe wrote the film" itself is crew-own-verb's
   (extract_crew_own.c). Apart from extract_lead_makers.c, which calls
   these on each sentence. */
#include "extract_lead_verbs.h"
#include "extract_lead_words.h"
#include "lexicon.h"
#include "xmakers.h"
#include "xmatch.h"

#include <pthread.h>
#include <string.h>

/* Reads "wrote and directed", "co-wrote, produced and directed" (verbs
   of data/active_verbs.tsv) at t[p]; returns the end of the group, or p. */
static size_t active_group(const char *t, size_t p, size_t end, verb_group *g) {
  size_t n;
  const maker_verb *tab = xm_verb_table(SKG_LEX_ACTIVE_VERBS, &n);
  g->n = 0;
  for (size_t q = p; g->n < MAX_VERBS;) {
    const maker_verb *v = xm_verb_at(t, q, end, tab, n);
    if (!v)
      break;
    g->executive[g->n] = false;
    g->v[g->n++] = v;
    p = q + strlen(v->w);
    q = p + xc_list_sep(t, p, end);
    if (q == p)
      break;
  }
  return p;
}

/* True when what follows an object names another work: "the film
   Harbor", "the music for Harbor Row", "the film's sequel". */
static bool other_object(const char *t, size_t p, size_t end) {
  xc_cur c = xc_at(t, p, p, end);
  if (XC_EXACT(&c, " for ") || XC_EXACT(&c, " of "))
    XC_EXACT(&c, " ");
  else if (!XC_EXACT(&c, " "))
    return false;
  return x_cap_at(t, c.p, end);
}

/* Length of " the film" (or movie, series, show, episode: a space and
   a phrase of data/work_objects.txt, as written there) at t[p] when it
   is the object and names no other work ("the film Harbor", "the film's
   sequel"), or 0. The longest phrase that does wins ("the film's score"
   before "the film"). */
static size_t the_work_object(const char *t, size_t p, size_t end) {
  const skg_lexicon *l = &SKG_LEXICONS[SKG_LEX_WORK_OBJECTS];
  size_t best = 0;
  if (p >= end || t[p] != ' ')
    return 0;
  for (size_t i = 0; i < l->n; i++) {
    size_t k = 1 + strlen(l->v[i].key); /* the space, then the phrase */
    if (k <= best || k > end - p || memcmp(t + p + 1, l->v[i].key, k - 1) != 0)
      continue;
    bool whole = p + k == end || !(t[p + k] >= 'a' && t[p + k] <= 'z');
    if (whole && !x_possessive_at(t, p + k, end) &&
        !other_object(t, p + k, end))
      best = k;
  }
  return best;
}

/* True when the word that ends at t[v] (after a space, or at lo) is a
   pronoun of data/maker_pronouns.txt ("He", "She"): a maker said before,
   not named here. In any case: a lower-case one names no one either. */
static bool pronoun_before(const char *t, size_t lo, size_t v) {
  size_t w = v;
  while (w > lo && t[w - 1] != ' ')
    w--;
  return skg_lex_has(SKG_LEX_MAKER_PRONOUNS, t + w, v - w);
}

/* The person named just before t[v] (a space): a full name, a known
   surname or the full name a surname stands for. */
bool xm_name_before(x_ctx *x, size_t lo, size_t v, maker_item *it) {
  const char *t = x->d->text;
  if (pronoun_before(t, lo, v))
    return false; /* "He composed the score": someone said before */
  size_t a = x_name_before(t, lo, v);
  if (a == v || (a > lo && t[a - 1] != ' '))
    return false;
  *it = (maker_item){a, v - a, false, 0, 0};
  bool first = a == x->d->sents[x_sent_at(x, a)].off;
  if (x_person_like(t + a, v - a, false) ||
      (first && xm_one_name(x, t + a, v - a)) ||
      x_lookup(x, X_PERSON, t + a, v - a, NULL) != SKG_NONE)
    return true;
  x_span full = memchr(t + a, ' ', v - a) ? (x_span){0, 0}
                                          : xm_full_name_of(x, t + a, v - a);
  it->off = full.off;
  it->len = full.len;
  return full.len > 0;
}

/* "Lark Films produced the film": a company right before a group with
   "produced" (or "co-produced") produced the work. True when it did. */
static bool company_before(x_ctx *x, size_t si, size_t v, const verb_group *g) {
  const char *t = x->d->text;
  size_t lo = x->d->sents[si].off, a = x_name_before(t, lo, v);
  size_t i = 0;
  while (i < g->n && g->v[i]->p != SKG_PRED_PRODUCER)
    i++;
  if (i == g->n || a == v || !x_company_like(t + a, v - a) ||
      x_network_like(t + a, v - a))
    return false;
  skg_evidence ev = x_evidence(x, si, "lead-makers-active");
  for (int guard = 0; guard < 8; guard++) { /* "A, B and C produced" */
    skg_graph_add_fact(x->g, x->subject, SKG_PRED_PRODUCTION_COMPANY,
                       xl_company(x, t, a, v - a), &ev);
    size_t k = XC_ENDS(t, lo, a, " and ") ? XC_LEN(" and ")
               : XC_ENDS(t, lo, a, ", ")  ? XC_LEN(", ")
                                          : 0;
    if (!k)
      break;
    v = a - k;
    a = x_name_before(t, lo, v);
    if (a == v || !x_company_like(t + a, v - a))
      break;
  }
  return true;
}

/* The row lead-makers-debut of data/phrasings.tsv, found once per
   process. */
static const xp_row *DEBUT;
static pthread_once_t DEBUT_ONCE = PTHREAD_ONCE_INIT;

static void find_debut(void) {
  DEBUT = xp_row_of("lead_makers", "lead-makers-debut");
}

/* "Ann Roe made her directorial debut with the film" (row
   lead-makers-debut): the work the debut was made with is the
   article's. */
void xm_debut_with(x_ctx *x, size_t si) {
  pthread_once(&DEBUT_ONCE, find_debut);
  const char *t = x->d->text;
  const skg_span *s = &x->d->sents[si];
  size_t end = s->off + s->len;
  xp_run run = xp_run_of(DEBUT, t, s->off, s->off, end, NULL);
  xp_match m;
  while (xp_run_next(&run, &m)) {
    /* O starts after the space that follows "with", where the object
       (" the film") begins */
    if (m.cue == s->off) /* no name before it */
      continue;
    size_t v = m.cue - 1, q = xp_slot(&m, 'O')->off - 1;
    maker_item it;
    if (!the_work_object(t, q, end) || !xm_name_before(x, s->off, v, &it))
      continue;
    about ab = {x->subject, SKG_NONE, x_evidence(x, si, DEBUT->id)};
    maker_verb dv = {"", SKG_PRED_DIRECTOR, MV_PERSON};
    xm_add_maker(x, &ab, &dv, false, t, &it);
  }
}

/* "Ann Roe had previously directed Harbor Row (1980)", "Roe also directed
   the 1980 film Harbor Row": a maker verb group at p..q whose object is
   another work the text marks as one (a work noun before it, a year
   after it, or a title it knows). The subject made that work. True when
   a maker was stated. */
static bool titled_object(x_ctx *x, size_t si, size_t p, size_t q,
                          const verb_group *g) {
  const char *t = x->d->text;
  const skg_span *s = &x->d->sents[si];
  size_t end = s->off + s->len, o = q + 1, e = p - 1;
  if (!x_at(t, q, end, " "))
    return false;
  skg_ent type = SKG_ENT_FILM;
  bool marked = false;
  if (x_word_at(t, o, end, "the")) { /* "the 1980 film Harbor Row" */
    size_t w = x_skip_space(t, o + XC_LEN("the"), end);
    if (w < end && t[w] >= '0' && t[w] <= '9')
      w = x_find(t, w, end, " ") + 1;
    size_t k = x_work_noun_len(t, w, end, &type); /* data/work_nouns.tsv */
    if (!k)
      return false;
    marked = true;
    o = w + k;
  }
  size_t n = x_cap_at(t, o, end) ? x_title_len(t, o, end, X_TITLE_JOIN) : 0;
  if (!n)
    return false;
  skg_eid w = x_lookup(x, X_WORK, t + o, n, NULL);
  if (w == x->subject)
    return false;
  marked = marked || w != SKG_NONE || x_at(t, o + n, end, " (1") ||
           x_at(t, o + n, end, " (2");
  /* "had previously": words of data/maker_adverbs.txt read back from the
     verb, each after a space */
  while (e > s->off) {
    size_t a = e;
    while (a > s->off && t[a - 1] != ' ')
      a--;
    if (a == s->off || !skg_lex_has(SKG_LEX_MAKER_ADVERBS, t + a, e - a))
      break;
    e = a - 1;
  }
  maker_item it;
  if (!marked || !xm_name_before(x, s->off, e, &it))
    return false;
  if (w == SKG_NONE)
    w = x_entity(x, type, t + o, n);
  about ab = {w, SKG_NONE, x_evidence(x, si, "lead-makers-other-work")};
  for (size_t i = 0; i < g->n; i++)
    xm_add_maker(x, &ab, g->v[i], false, t, &it);
  return true;
}

/* "Lark Films produced the film", "Ann Roe had previously directed Harbor
   Row (1980)": a company that made the work, or another work a person
   made. */
void xm_active_makers(x_ctx *x, size_t si) {
  const char *t = x->d->text;
  const skg_span *s = &x->d->sents[si];
  size_t end = s->off + s->len;
  for (size_t p = s->off + 1; p < end; p++) {
    verb_group g;
    size_t q = t[p - 1] == ' ' ? active_group(t, p, end, &g) : p;
    size_t k = q > p ? the_work_object(t, q, end) : 0;
    if (k && company_before(x, si, p - 1, &g))
      return;
    /* "Ann Roe wrote the film" itself is crew's (crew-own-verb, which
       knows plans and other works); here only what it leaves: companies
       and other works. */
    if (q > p && !k && titled_object(x, si, p, q, &g))
      return;
  }
}
