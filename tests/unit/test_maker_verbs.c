/* test_maker_verbs.c: every row of data/maker_verbs.tsv and
   data/active_verbs.tsv reads into a maker verb (a misspelt predicate or
   kind would make the row silently state nothing), and the tables hold
   them all. */
#include "extract_lead_verbs.h"
#include "harness.h"

static void test_rows(skg_lex lex, const char *file) {
  const skg_lexicon *l = &SKG_LEXICONS[lex];
  OK(l->n > 5, "%s has rows, got %zu", file, l->n);
  for (size_t i = 0; i < l->n; i++) {
    maker_verb v;
    OK(xm_verb_parse(&l->v[i], &v), "%s: \"%s\" -> \"%s\" does not read", file,
       l->v[i].key, l->v[i].value);
  }
  size_t n;
  xm_verb_table(lex, &n);
  OK(n == l->n, "%s: the table holds all %zu rows, got %zu", file, l->n, n);
}

static bool row(const char *key, const char *value, maker_verb *v) {
  skg_lex_entry e = {key, value};
  return xm_verb_parse(&e, v);
}

static void test_parse(void) {
  maker_verb v;
  OK(row("made", "productionCompany\torg strict", &v) &&
         v.p == SKG_PRED_PRODUCTION_COMPANY && v.flags == (MV_ORG | MV_STRICT),
     "\"made\": productionCompany, org strict");
  OK(row("conducted", "composer\t-", &v) && v.flags == 0,
     "\"-\": a verb that only joins a group");
  OK(!row("helmed", "directr\tperson", &v), "an unknown predicate fails");
  OK(!row("helmed", "director\tpersn", &v), "an unknown kind fails");
  OK(!row("helmed", "director", &v), "a row without kinds fails");
  OK(!row("helmed", "director\t", &v), "an empty kinds column fails");
}

static void test_lookup(void) {
  size_t n;
  const maker_verb *t = xm_verb_table(SKG_LEX_ACTIVE_VERBS, &n);
  const char *s = "Ann Roe directed the film";
  const maker_verb *v = xm_verb_at(s, 8, strlen(s), t, n);
  OK(v && v->p == SKG_PRED_DIRECTOR && (v->flags & MV_PERSON),
     "\"directed\" is an active verb crediting the director");
  s = "Ann Roe had previously edited Harbor Row (1980)";
  v = xm_verb_at(s, 23, strlen(s), t, n);
  OK(v && v->p == SKG_PRED_EDITOR && (v->flags & MV_PERSON),
     "\"edited\" is an active verb crediting the editor");
  s = "Ann Roe co-directed the film";
  OK(!xm_verb_at(s, 11, strlen(s), t, n), "not inside a hyphenated word");
}

int main(void) {
  test_rows(SKG_LEX_MAKER_VERBS, "maker_verbs.tsv");
  test_rows(SKG_LEX_ACTIVE_VERBS, "active_verbs.tsv");
  test_rows(SKG_LEX_MAKER_NOUNS, "maker_nouns.tsv");
  test_rows(SKG_LEX_GROUP_NOUNS, "group_nouns.tsv");
  test_parse();
  test_lookup();
  return DONE();
}
