/* extract_lead_verbs.c: the maker verb tables as data. The rows live in
   data/ (maker_verbs.tsv, active_verbs.tsv) so that a verb ("Ann Roe
   edited the film") is a data row, not a C edit; the matchers want
   maker_verb rows with an enum predicate and MV_ flags, so each table is
   read into a fixed array once per process (pthread_once: the extraction
   may run on several threads). */
#include "extract_lead_verbs.h"

#include <pthread.h>
#include <string.h>

/* The kinds of a row and their MV_ flags. */
static const struct {
  const char *name;
  unsigned flag;
} KINDS[] = {
    {"person", MV_PERSON}, {"org", MV_ORG},       {"cast", MV_CAST},
    {"desc", MV_DESC},     {"strict", MV_STRICT}, {"roles", MV_ROLES},
};

/* The MV_ flag of the word s[0..n), or false when it is no kind. */
static bool kind_flag(const char *s, size_t n, unsigned *flag) {
  if (n == 1 && s[0] == '-') {
    *flag = 0;
    return true;
  }
  for (size_t i = 0; i < SKG_ARRAY_LEN(KINDS); i++)
    if (strlen(KINDS[i].name) == n && !memcmp(KINDS[i].name, s, n)) {
      *flag = KINDS[i].flag;
      return true;
    }
  return false;
}

bool xm_verb_parse(const skg_lex_entry *e, maker_verb *out) {
  const char *tab = strchr(e->value, '\t');
  if (!tab || !skg_pred_from_span(e->value, (size_t)(tab - e->value), &out->p))
    return false;
  out->w = e->key;
  out->flags = 0;
  const char *s = tab + 1;
  if (!*s)
    return false;
  while (*s) {
    size_t n = strcspn(s, " ");
    unsigned flag;
    if (n == 0 || !kind_flag(s, n, &flag))
      return false;
    out->flags |= flag;
    s += n + (s[n] == ' ');
  }
  return true;
}

/* Room for each table; rows beyond it are left out (and
   test_maker_verbs.c fails). */
#define MAX_ROWS 96

/* The tables read, in the order of xm_verb_table's lexicons. */
static const skg_lex LEXES[] = {SKG_LEX_MAKER_VERBS, SKG_LEX_ACTIVE_VERBS,
                                SKG_LEX_MAKER_NOUNS, SKG_LEX_GROUP_NOUNS};
static maker_verb ROWS[SKG_ARRAY_LEN(LEXES)][MAX_ROWS];
static size_t N_ROWS[SKG_ARRAY_LEN(LEXES)];
static pthread_once_t ONCE = PTHREAD_ONCE_INIT;

static size_t read_table(skg_lex lex, maker_verb *out) {
  const skg_lexicon *l = &SKG_LEXICONS[lex];
  size_t n = 0;
  for (size_t i = 0; i < l->n && n < MAX_ROWS; i++)
    n += xm_verb_parse(&l->v[i], &out[n]);
  return n;
}

static void read_tables(void) {
  for (size_t i = 0; i < SKG_ARRAY_LEN(LEXES); i++)
    N_ROWS[i] = read_table(LEXES[i], ROWS[i]);
}

const maker_verb *xm_verb_table(skg_lex lex, size_t *n) {
  pthread_once(&ONCE, read_tables);
  for (size_t i = 0; i < SKG_ARRAY_LEN(LEXES); i++)
    if (LEXES[i] == lex) {
      *n = N_ROWS[i];
      return ROWS[i];
    }
  *n = 0;
  return ROWS[0];
}
