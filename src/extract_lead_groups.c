/* extract_lead_groups.c: the groups of maker verbs and nouns that come
   before one list of makers ("produced, written and directed by",
   "written by and starring", "story, screenplay and direction by",
   "screenplay, dialogue and directed by"): reading a group tells which
   predicates the names after it get. Moved out of extract_lead_makers.c,
   which applies the groups to the sentences about the work; shared through
   xmakers.h. */
#include "extract_lead_verbs.h"
#include "extract_lead_words.h"
#include "lexicon.h"
#include "xlead.h"
#include "xmakers.h"

#include <limits.h>
#include <pthread.h>
#include <string.h>

/* The verb of data/maker_verbs.tsv at t[p] ("directed", "starring"),
   or NULL. */
static const maker_verb *maker_verb_at(const char *t, size_t p, size_t end) {
  size_t n;
  const maker_verb *tab = xm_verb_table(SKG_LEX_MAKER_VERBS, &n);
  return xm_verb_at(t, p, end, tab, n);
}

/* The noun of lex at t[p]: data/maker_nouns.tsv, nouns that say who
   made something ("The cinematography was by A"), or data/group_nouns.tsv,
   nouns that only join a group of them before "by" ("story, screenplay
   and direction by A"); NULL when none. */
const maker_verb *xm_noun_at(skg_lex lex, const char *t, size_t p, size_t end) {
  size_t n;
  const maker_verb *tab = xm_verb_table(lex, &n);
  return xm_verb_at(t, p, end, tab, n);
}

/* speed: the families ask xm_verb_at at every word, and nearly every
   word starts with a byte no row of the table starts with (in either
   case, as x_word_at compares it); so the first bytes of each table are
   marked once and such a word is refused with one look. */
typedef struct {
  const maker_verb *tab;
  bool first[UCHAR_MAX + 1];
} verb_firsts;

static const skg_lex FIRST_LEXES[] = {SKG_LEX_MAKER_VERBS, SKG_LEX_ACTIVE_VERBS,
                                      SKG_LEX_MAKER_NOUNS, SKG_LEX_GROUP_NOUNS};
static verb_firsts FIRSTS[SKG_ARRAY_LEN(FIRST_LEXES)];
static pthread_once_t FIRSTS_ONCE = PTHREAD_ONCE_INIT;

static void mark_firsts(void) {
  for (size_t i = 0; i < SKG_ARRAY_LEN(FIRST_LEXES); i++) {
    size_t n;
    verb_firsts *f = &FIRSTS[i];
    f->tab = xm_verb_table(FIRST_LEXES[i], &n);
    for (size_t r = 0; r < n; r++)
      for (int b = 0; b <= UCHAR_MAX; b++) /* an empty word: every byte */
        if (!f->tab[r].w[0] || (b | 0x20) == (f->tab[r].w[0] | 0x20))
          f->first[b] = true;
  }
}

/* The first bytes of tab, or NULL when tab is none of FIRST_LEXES'. */
static const bool *firsts_of(const maker_verb *tab) {
  pthread_once(&FIRSTS_ONCE, mark_firsts);
  for (size_t i = 0; i < SKG_ARRAY_LEN(FIRSTS); i++)
    if (FIRSTS[i].tab == tab)
      return FIRSTS[i].first;
  return NULL;
}

const maker_verb *xm_verb_at(const char *t, size_t p, size_t end,
                             const maker_verb *tab, size_t n) {
  if (p > 0 && t[p - 1] != ' ' && t[p - 1] != '"')
    return NULL;
  const bool *first = firsts_of(tab);
  if (first && p < end && !first[(unsigned char)t[p]])
    return NULL;
  for (size_t i = 0; i < n; i++)
    if (x_word_at(t, p, end, tab[i].w))
      return &tab[i];
  return NULL;
}

/* True when t[p] starts a year of four digits and the word ends there. */
static bool year_at(const char *t, size_t p, size_t end) {
  size_t e = p + XL_LEN("1997");
  for (size_t i = p; i < e; i++)
    if (i >= end || t[i] < '0' || t[i] > '9')
      return false;
  return e == end || t[e] == ' ' || t[e] == ',';
}

/* Skips the words between "adapted" and "by" ("adapted to the screen
   by", "created in 1997 by"): a few words that say how or when, never a
   name. */
static size_t skip_manner(const char *t, size_t p, size_t end) {
  for (int guard = 0; guard < 4 && p < end && t[p] == ' '; guard++) {
    xc_cur c = xc_at(t, p, p, end);
    if (XC_EXACT(&c, " in ") && year_at(t, c.p, end)) {
      p += XL_LEN(" in 1997"); /* "created in 1997 by" */
      continue;
    }
    /* data/manner_words.txt: "to", "the", "screen", "jointly" */
    size_t k = xl_lex_len(t, p + 1, end, SKG_LEX_MANNER_WORDS);
    if (!k)
      break;
    p += 1 + k;
  }
  return p;
}

/* xmakers.h: ", and ", ", ", " and " */
size_t xm_group_sep(const char *t, size_t p, size_t end) {
  xc_cur c = xc_at(t, p, p, end);
  bool comma = XC_EXACT(&c, ",");
  if (!XC_EXACT(&c, " "))
    return 0;
  bool conj = XC_EXACT(&c, "and ");
  return comma || conj ? c.p - p : 0;
}

/* Reads "produced, written, and directed by", "written by and starring",
   "starred and produced by" at t[p]; returns where the list of names
   starts, or 0 when there is no group or a verb lacks its "by". */
size_t xm_read_verbs(const char *t, size_t p, size_t end, verb_group *g) {
  bool need_by = false;
  g->n = 0;
  while (g->n < MAX_VERBS) {
    const maker_verb *v = maker_verb_at(t, p, end);
    if (!v)
      break;
    size_t ex = XL_LEN("executive "); /* "executive produced by" */
    g->executive[g->n] = p >= ex && x_word_at(t, p - ex, end, "executive");
    g->v[g->n++] = v;
    p = skip_manner(t, p + strlen(v->w), end);
    if (!(v->flags & MV_CAST))
      need_by = true;
    if (x_word_at(t, p + 1, end, "by") && t[p] == ' ') {
      p += XL_LEN(" by");
      need_by = false;
    }
    size_t k = xm_group_sep(t, p, end); /* no verb is "and" */
    if (!k || !maker_verb_at(t, p + k, end))
      break;
    p += k;
  }
  if (!g->n || need_by || p >= end || t[p] != ' ')
    return 0;
  return p + 1;
}

/* The maker noun at p, one of maker_nouns.tsv or, when more follow joined
   by commas and "and", of group_nouns.tsv ("story, screenplay and direction by
   A"); reads the group into g and returns where the names start after
   "by", or 0. */
size_t xm_noun_group(const char *t, size_t p, size_t end, verb_group *g) {
  g->n = 0;
  while (g->n < MAX_VERBS) {
    const maker_verb *v = xm_noun_at(SKG_LEX_MAKER_NOUNS, t, p, end);
    if (!v)
      v = xm_noun_at(SKG_LEX_GROUP_NOUNS, t, p, end);
    if (!v)
      return 0;
    g->executive[g->n] = false;
    g->v[g->n++] = v;
    p += strlen(v->w);
    xc_cur c = xc_at(t, p, p, end);
    if (XC_EXACT(&c, " by "))
      return g->n > 1 ? c.p : 0; /* one noun: makers() reads it */
    size_t k = xm_group_sep(t, p, end);
    if (!k)
      return 0;
    p += k;
  }
  return 0;
}

/* A group that mixes maker verbs and maker nouns before one "by"
   ("screenplay, dialogue and directed by A", "produced, screenplay and
   dialogue by A", a credit line of many South Asian film pages): reads it
   into g and returns where the names start, or 0 when the group is not
   mixed (xm_read_verbs() and xm_noun_group() read the others). */
size_t xm_mixed_group(const char *t, size_t p, size_t end, verb_group *g) {
  bool verb = false, noun = false;
  g->n = 0;
  while (g->n < MAX_VERBS) {
    const maker_verb *v = maker_verb_at(t, p, end);
    if (v && (v->flags & MV_CAST))
      return 0; /* "written by and starring": xm_read_verbs() */
    verb |= v != NULL;
    if (!v && (v = xm_noun_at(SKG_LEX_MAKER_NOUNS, t, p, end)) == NULL)
      v = xm_noun_at(SKG_LEX_GROUP_NOUNS, t, p, end);
    if (!v)
      return 0;
    noun |= v != maker_verb_at(t, p, end);
    g->executive[g->n] = false;
    g->v[g->n++] = v;
    p += strlen(v->w);
    xc_cur c = xc_at(t, p, p, end);
    if (XC_EXACT(&c, " by "))
      return verb && noun ? c.p : 0;
    size_t k = xm_group_sep(t, p, end);
    if (!k)
      return 0;
    p += k;
  }
  return 0;
}
