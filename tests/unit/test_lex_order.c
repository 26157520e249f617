/* test_lex_order.c: lists that ask for their file's order ("# order:
   file", data/README.md) yield every entry once in that order through
   skg_lex_nth, and the other lists yield their sorted table; a key in
   double quotes keeps the spaces at its edges. The facts of the cue
   tables read this way come out in this order, so a generator that lost
   it would change output silently. */
#include "harness.h"
#include "lexicon.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* Each ordered list's order is a permutation of its sorted table. */
static void test_permutations(void) {
  size_t ordered = 0;
  for (int k = 0; k < SKG_LEX_COUNT; k++) {
    const skg_lexicon *l = &SKG_LEXICONS[k];
    if (!l->order) {
      for (size_t i = 0; i < l->n; i++)
        OK(skg_lex_nth((skg_lex)k, i) == l->v[i].key,
           "%s: entry %zu not in key order", SKG_LEXICON_NAMES[k], i);
      continue;
    }
    ordered++;
    bool *seen = calloc(l->n ? l->n : 1, sizeof *seen);
    OK(seen != NULL, "out of memory");
    if (!seen)
      return;
    for (size_t i = 0; i < l->n; i++) {
      size_t at = (size_t)(l->order[i] - l->v);
      OK(at < l->n && !seen[at], "%s: order entry %zu is no new entry",
         SKG_LEXICON_NAMES[k], i);
      if (at < l->n)
        seen[at] = true;
    }
    free(seen);
  }
  OK(ordered >= 12, "lists in file order: %zu", ordered);
}

/* File order, not key order: the first lines of two lists whose sorted
   tables start elsewhere, and a value read in file order. */
static void test_file_order(void) {
  STR_EQ(skg_lex_nth(SKG_LEX_BANNER_CUES, 0), " under the ");
  STR_EQ(skg_lex_nth(SKG_LEX_BANNER_CUES, 4), " under its ");
  STR_EQ(skg_lex_nth(SKG_LEX_MAKER_GROUP_OPENERS, 0), "the duo of ");
  STR_EQ(skg_lex_nth(SKG_LEX_MAKER_GROUP_OPENERS, 4), "the duo ");
  STR_EQ(skg_lex_nth(SKG_LEX_STUDIO_CUES, 7), "n production since ");
  STR_EQ(skg_lex_nth_value(SKG_LEX_STUDIO_CUES, 7), "at");
  STR_EQ(skg_lex_nth_value(SKG_LEX_MAKING_CLAUSE_CUES, 0), "names");
  OK(skg_lex_size(SKG_LEX_BANNER_CUES) == 5, "banner_cues.txt: %zu",
     skg_lex_size(SKG_LEX_BANNER_CUES));
}

/* A quoted key is looked up with its edge spaces and without quotes. */
static void test_quoted_keys(void) {
  OK(skg_lex_has(SKG_LEX_BANNER_CUES, " under the ", 11),
     "\" under the \" not found");
  OK(!skg_lex_has(SKG_LEX_BANNER_CUES, "under the", 9),
     "\"under the\" found without its spaces");
  OK(!skg_lex_has(SKG_LEX_BANNER_CUES, "\" under the \"", 13),
     "the quotes kept in the key");
}

int main(void) {
  test_permutations();
  test_file_order();
  test_quoted_keys();
  return DONE();
}
