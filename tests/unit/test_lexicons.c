/* test_lexicons.c: every row of the data tables whose values name a
   predicate or an entity type (data/infobox_fields.tsv, data/roles.tsv)
   names one that src/predicates.def and src/vocab.c know: a misspelt name
   would make the row silently state nothing. */
#include "extract_infobox.h"
#include "harness.h"
#include "lexicon.h"

#include <string.h>

static void test_infobox_fields(void) {
  const skg_lexicon *l = &SKG_LEXICONS[SKG_LEX_INFOBOX_FIELDS];
  OK(l->n > 10, "infobox_fields.tsv has rows, got %zu", l->n);
  for (size_t i = 0; i < l->n; i++) {
    skg_pred p;
    skg_ent t;
    OK(skg_infobox_field_rule(l->v[i].key, &p, &t),
       "infobox_fields.tsv: \"%s\" -> \"%s\" names no predicate and type",
       l->v[i].key, l->v[i].value);
  }
  skg_pred p;
  skg_ent t;
  OK(skg_infobox_field_rule("directed by", &p, &t) && p == SKG_PRED_DIRECTOR &&
         t == SKG_ENT_PERSON,
     "\"directed by\" states director, of a Person");
  OK(skg_infobox_field_rule("starring", &p, &t) && p == SKG_PRED_CAST_MEMBER &&
         t == SKG_ENT_ACTOR,
     "\"starring\" states castMember, of an Actor");
  OK(!skg_infobox_field_rule("original release", &p, &t),
     "\"original release\" (a date) states nothing");
  OK(!skg_infobox_field_rule("", &p, &t), "no key, no fact");
}

static void test_roles(void) {
  const skg_lexicon *l = &SKG_LEXICONS[SKG_LEX_ROLES];
  for (size_t i = 0; i < l->n; i++) {
    skg_pred p;
    OK(skg_pred_from_name(l->v[i].value, &p),
       "roles.tsv: \"%s\" -> \"%s\" is no predicate", l->v[i].key,
       l->v[i].value);
  }
}

/* skg_lex_may_start never refuses a text some prefix of which is a key:
   every key of every lexicon, as it is, capitalised and with more text
   after it; and it does refuse a start no key has. */
static void test_may_start(void) {
  char buf[512];
  size_t refused = 0;
  for (int k = 0; k < SKG_LEX_COUNT; k++) {
    const skg_lexicon *l = &SKG_LEXICONS[k];
    for (size_t i = 0; i < l->n; i++) {
      size_t n = strlen(l->v[i].key);
      if (!n || n + 8 > sizeof buf)
        continue;
      memcpy(buf, l->v[i].key, n);
      memcpy(buf + n, " tail x", 8);
      if (buf[0] >= 'a' && buf[0] <= 'z')
        buf[0] = (char)(buf[0] - 'a' + 'A');
      if (!skg_lex_may_start((skg_lex)k, buf, n + 7))
        refused++;
    }
  }
  OK(refused == 0, "keys refused by skg_lex_may_start: %zu", refused);
  OK(!skg_lex_may_start(SKG_LEX_ROLES, "Zqx and", 7), "\"Zqx\" starts a role");
  OK(skg_lex_may_start(SKG_LEX_ROLES, "Directors of", 12),
     "\"Directors\" refused");
}

int main(void) {
  test_infobox_fields();
  test_roles();
  test_may_start();
  return DONE();
}
