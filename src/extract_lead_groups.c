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

/* speed: the families ask xm_verb_at at every word, and a word can only
   be a row whose first byte is its own (in either case, as x_word_at
   compares it); so each table's rows are chained once by that byte, in
   table order, and a word walks only its own chain (none for most). A
   table with an empty word or more rows than the chains hold is walked
   whole, as before. */
enum { CHAIN_ROWS = 128 };

typedef struct {
  const maker_verb *tab; /* NULL: not chained */
  size_t n;
  short head[UCHAR_MAX + 1]; /* by the first byte | 0x20; -1: none */
  short next[CHAIN_ROWS];
} verb_chains;

static const skg_lex CHAIN_LEXES[] = {SKG_LEX_MAKER_VERBS, SKG_LEX_ACTIVE_VERBS,
                                      SKG_LEX_MAKER_NOUNS, SKG_LEX_GROUP_NOUNS};
static verb_chains CHAINS[SKG_ARRAY_LEN(CHAIN_LEXES)];
static pthread_once_t CHAINS_ONCE = PTHREAD_ONCE_INIT;

static unsigned char fold(char c) {
  return (unsigned char)((unsigned char)c | 0x20);
}

static void chain_table(verb_chains *v, const maker_verb *tab, size_t n) {
  if (n > CHAIN_ROWS)
    return;
  for (size_t r = 0; r < n; r++)
    if (!tab[r].w[0])
      return;
  for (int b = 0; b <= UCHAR_MAX; b++)
    v->head[b] = -1;
  for (size_t r = n; r-- > 0;) { /* pushed in front: table order */
    unsigned char b = fold(tab[r].w[0]);
    v->next[r] = v->head[b];
    v->head[b] = (short)r;
  }
  v->tab = tab;
  v->n = n;
}

static void chain_tables(void) {
  for (size_t i = 0; i < SKG_ARRAY_LEN(CHAIN_LEXES); i++) {
    size_t n;
    const maker_verb *tab = xm_verb_table(CHAIN_LEXES[i], &n);
    chain_table(&CHAINS[i], tab, n);
  }
}

/* The chains of tab[0..n), or NULL when it has none. */
static const verb_chains *chains_of(const maker_verb *tab, size_t n) {
  pthread_once(&CHAINS_ONCE, chain_tables);
  for (size_t i = 0; i < SKG_ARRAY_LEN(CHAINS); i++)
    if (CHAINS[i].tab == tab && CHAINS[i].n == n)
      return &CHAINS[i];
  return NULL;
}

const maker_verb *xm_verb_at(const char *t, size_t p, size_t end,
                             const maker_verb *tab, size_t n) {
  if (p > 0 && t[p - 1] != ' ' && t[p - 1] != '"')
    return NULL;
  const verb_chains *v = chains_of(tab, n);
  if (v) { /* no row is empty: none is at the end */
    if (p >= end)
      return NULL;
    for (int i = v->head[fold(t[p])]; i >= 0; i = v->next[i])
      if (x_word_at(t, p, end, tab[i].w))
        return &tab[i];
    return NULL;
  }
  for (size_t i = 0; i < n; i++)
    if (x_word_at(t, p, end, tab[i].w))
      return &tab[i];
  return NULL;
}

/* True when t[p] starts a year of four digits and the word ends there. */
static bool year_at(const char *t, size_t p, size_t end) {
  size_t e = p + XC_LEN("1997");
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
      p += XC_LEN(" in 1997"); /* "created in 1997 by" */
      continue;
    }
    /* data/manner_words.txt: "to", "the", "screen", "jointly" */
    size_t k = xc_lex_len(t, p + 1, end, SKG_LEX_MANNER_WORDS);
    if (!k)
      break;
    p += 1 + k;
  }
  return p;
}

/* Reads "produced, written, and directed by", "written by and starring",
   "starred and produced by" at t[p]; returns where the list of names
   starts, or 0 when there is no group or a verb lacks its "by". */
/* "created and written for the BBC by A": after the last verb (at v,
   the manner words "for the" read up to p), the network the work was
   made for (row network-made-for states it) and "by"; where "by" ends,
   or 0. */
static size_t for_network_by(const char *t, size_t v, size_t p, size_t end) {
  xc_cur c = xc_at(t, v, v, end);
  if (!XC_EXACT(&c, " for "))
    return 0;
  if (c.p < p) /* "for the" read as manner words */
    c.p = p + 1;
  size_t n = x_org_len(t, c.p, end);
  if (!(n && x_network_like(t + c.p, n)) && XC_WORD(&c, "the"))
    n = x_org_len(t, c.p, end); /* "for the BBC", not "for The WB" */
  if (!n || !x_network_like(t + c.p, n))
    return 0;
  c.p += n;
  return XC_EXACT(&c, " by") ? c.p : 0;
}

size_t xm_read_verbs(const char *t, size_t p, size_t end, verb_group *g) {
  bool need_by = false;
  size_t v_end = p;
  g->n = 0;
  while (g->n < MAX_VERBS) {
    const maker_verb *v = maker_verb_at(t, p, end);
    if (!v)
      break;
    size_t ex = XC_LEN("executive "); /* "executive produced by" */
    g->executive[g->n] = p >= ex && x_word_at(t, p - ex, end, "executive");
    g->v[g->n++] = v;
    v_end = p + strlen(v->w);
    p = skip_manner(t, v_end, end);
    if (!(v->flags & MV_CAST))
      need_by = true;
    if (x_word_at(t, p + 1, end, "by") && t[p] == ' ') {
      p += XC_LEN(" by");
      need_by = false;
    }
    size_t k = xc_list_sep(t, p, end); /* no verb is "and" */
    if (!k || !maker_verb_at(t, p + k, end))
      break;
    p += k;
  }
  size_t by = need_by ? for_network_by(t, v_end, p, end) : 0;
  if (by) {
    p = by;
    need_by = false;
  }
  if (!g->n || need_by || p >= end || t[p] != ' ')
    return 0;
  /* "A, who also starred in Night Dock": a cast verb before "in" names
     another work its subject played in, no cast of this one */
  if ((g->v[g->n - 1]->flags & MV_CAST) && x_at(t, p, end, " in "))
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
    size_t k = xc_list_sep(t, p, end);
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
    size_t k = xc_list_sep(t, p, end);
    if (!k)
      return 0;
    p += k;
  }
  return 0;
}
