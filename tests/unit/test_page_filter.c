/* test_page_filter.c: the cheap work test of dump pages (page_filter.c) on
   raw wikitext: each signal alone keeps a page (a work infobox however
   spelt, a work category, a work noun in the lead paragraph after the
   hatnotes, pictures, comments and tables that come first); a page
   without one is dropped, even when a later section or a link names a
   film. Invented pages. */
#include "harness.h"
#include "page_filter.h"

static bool keeps(const char *t) { return skg_page_maybe_work(t, strlen(t)); }

static void test_infobox(void) {
  OK(keeps("{{Infobox film\n| name = Glass Harbor\n}}\nSome text."),
     "{{Infobox film}}");
  OK(keeps("{{ infobox_Television | name = Night Ledger }}\nText."),
     "case, spaces and underscores in the template name");
  OK(keeps("{{Short description|x}}\n{{Infobox television season\n}}"),
     "a season's infobox after a hatnote");
  OK(!keeps("{{Infobox settlement\n| name = Brackwell\n}}\n'''Brackwell'''"
            " is a market town."),
     "a settlement's infobox");
  OK(!keeps("{{Infobox filmmaker}}\n'''Ada''' is a painter."),
     "a longer template name that starts like a work's");
}

static void test_category(void) {
  OK(keeps("'''X''' premiered in 2015.\n\n[[Category:2015 films]]"),
     "[[Category:2015 films]]");
  OK(keeps("Text.\n[[category:2010s American drama television series|X]]"),
     "a television series category, lower case, with a sort key");
  OK(!keeps("'''Ada''' is a painter.\n[[Category:Film directors]]"),
     "a category about people of film");
  OK(keeps("Text.\n[[Category:Films"), "a category cut by the page's end");
}

static void test_lead(void) {
  OK(keeps("{{About|the series|the town}}\n<!-- note -->\n[[File:A.jpg|"
           "thumb|[[B]] in a hall]]\n'''''Copper Vale''''' is a British "
           "[[television series]] created by [[Rhea Stone]]."),
     "a lead after a hatnote, a comment and a picture");
  OK(keeps("{| class=\"wikitable\"\n|-\n| cell\n|}\n'''Q''' is a 2001 "
           "[[Documentary film|documentary]]."),
     "a lead after a table");
  OK(keeps("'''Q''' is a [[sitcom]]s collection."), "a plural work noun");
  OK(keeps("'''Q''' was an American game show."), "a two-word work noun");
  OK(!keeps("'''Brackwell''' is a town.\n\n== History ==\nA film was shot "
            "here."),
     "a work noun after the lead paragraph");
  OK(!keeps("'''Ada Quint''' is a painter; see [[Filmore Street]]."),
     "a word that only starts with a work noun");
  OK(!keeps(""), "an empty page");
  OK(keeps("{{Infobox film"), "an unclosed work infobox");
  OK(!keeps("{{Infobox person\n| name = [[film]]"),
     "an unclosed template holding the whole page: no lead");
}

int main(void) {
  test_infobox();
  test_category();
  test_lead();
  return DONE();
}
