/* test_xwords.c: the word helpers of xwords.c: a work noun before a title,
   the lexicon kind of the word before a position, a short form in
   capitals. Every case names what goes wrong when it fails. */
#include "harness.h"
#include "xctx.h"

static size_t noun_len(const char *s, skg_ent *type) {
  return x_work_noun_len(s, 0, strlen(s), type);
}

static void test_work_noun(void) {
  skg_ent type = SKG_ENT_COUNT;
  OK(noun_len("film Harbor Row", &type) == strlen("film ") &&
         type == SKG_ENT_FILM,
     "\"film \" before a title is a Film noun");
  OK(noun_len("television series Harbor Row", &type) ==
             strlen("television series ") &&
         type == SKG_ENT_SERIES,
     "the longest work noun wins: \"television series \", a Series");
  OK(noun_len("sitcom Dock Street", &type) == strlen("sitcom ") &&
         type == SKG_ENT_SERIES,
     "\"sitcom\" is a work noun of data/work_nouns.tsv");
  OK(noun_len("lighthouse Harbor Row", &type) == 0,
     "a word that is no work noun reads nothing");
  OK(noun_len("film", &type) == 0, "a work noun with no space after is none");
  OK(noun_len("Film Harbor", &type) == 0, "a capitalised word is a title");
}

static void test_word_before(void) {
  const char *t = "The trailer music was composed";
  size_t music = strlen("The trailer ");
  OK(x_word_before_is(t, 0, music, SKG_LEX_OTHER_WORKS, "part"),
     "\"trailer\" before \"music\" is a part of other_works.tsv");
  OK(!x_word_before_is(t, 0, music, SKG_LEX_OTHER_WORKS, "work"),
     "\"trailer\" is not of the kind \"work\"");
  OK(!x_word_before_is(t, music, music, SKG_LEX_OTHER_WORKS, "part"),
     "no word before lo is read");
  OK(!x_word_before_is("The film's music", 0, strlen("The film's "),
                       SKG_LEX_OTHER_WORKS, "part"),
     "\"film's\" is no part");
}

static void test_short_form(void) {
  const char *o = "Provisional Irish Republican Army";
  OK(x_short_form_of("Provisional IRA", 15, o, strlen(o)),
     "\"IRA\" spells initials of the name before");
  OK(x_short_form_of("GRO", 3, "Gross Regional Output", 21),
     "a one-word short form");
  OK(!x_short_form_of("Tom Ash", 7, "Hal Brine", 9),
     "an actor's name is no short form");
  OK(!x_short_form_of("T. J. Ash", 9, "Tom Jones Ash", 13),
     "single initials with periods are no short form");
  OK(!x_short_form_of("DJ Qualls", 9, "Hal Brine", 9),
     "capitals that spell nothing of the name before are kept");
}

int main(void) {
  test_work_noun();
  test_word_before();
  test_short_form();
  return DONE();
}
