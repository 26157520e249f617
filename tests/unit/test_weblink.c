/* test_weblink.c: Wikipedia and DBpedia IRIs of page titles (weblink.h),
   and the context of a quote (quote.h). */
#include "harness.h"
#include "quote.h"
#include "weblink.h"

static void test_wikipedia(void) {
  skg_buf b = SKG_BUF_INIT;
  OK(skg_weblink_wikipedia("en", "Jane Roe (actress)", 18, &b), "a title");
  STR_EQ(skg_buf_str(&b), "https://en.wikipedia.org/wiki/Jane_Roe_(actress)");
  skg_buf_clear(&b);
  const char *t = "  harbor  lights#Cast";
  OK(skg_weblink_wikipedia(NULL, t, strlen(t), &b), "spaces, a section");
  STR_EQ(skg_buf_str(&b), "https://en.wikipedia.org/wiki/Harbor_lights");
  skg_buf_clear(&b);
  t = "What? 100% \"Real\"";
  OK(skg_weblink_wikipedia("fr", t, strlen(t), &b), "reserved bytes");
  STR_EQ(skg_buf_str(&b), "https://fr.wikipedia.org/wiki/What%3F_100%25_%22Real%22");
  skg_buf_clear(&b);
  OK(skg_weblink_wikipedia("EN/../x", "Élodie Yung", 12, &b), "a bad language");
  STR_EQ(skg_buf_str(&b), "https://en.wikipedia.org/wiki/Élodie_Yung");
  skg_buf_clear(&b);
  OK(!skg_weblink_wikipedia("en", " _ #x", 5, &b) && b.len == 0,
     "an empty name gives nothing");
  skg_buf_free(&b);
}

static void test_dbpedia(void) {
  skg_buf b = SKG_BUF_INIT;
  OK(skg_weblink_dbpedia_of("https://en.wikipedia.org/wiki/Jane_Roe_(actress)",
                            &b),
     "English");
  STR_EQ(skg_buf_str(&b), "http://dbpedia.org/resource/Jane_Roe_(actress)");
  skg_buf_clear(&b);
  OK(skg_weblink_dbpedia_of("https://fr.wikipedia.org/wiki/Jane_Roe", &b),
     "French");
  STR_EQ(skg_buf_str(&b), "http://fr.dbpedia.org/resource/Jane_Roe");
  skg_buf_clear(&b);
  OK(!skg_weblink_dbpedia_of("https://example.org/wiki/Jane_Roe", &b) &&
         !skg_weblink_dbpedia_of("https://en.wikipedia.org/wiki/", &b) &&
         !skg_weblink_dbpedia_of(NULL, &b) && b.len == 0,
     "not a Wikipedia page");
  OK(skg_weblink_is_wikipedia("https://de.wikipedia.org/wiki/X") &&
         !skg_weblink_is_wikipedia("http://de.wikipedia.org/wiki/X"),
     "is_wikipedia");
  OK(skg_weblink_page_of("https://de.wikipedia.org/wiki/X", "Tom Ash", &b),
     "page_of");
  STR_EQ(skg_buf_str(&b), "https://de.wikipedia.org/wiki/Tom_Ash");
  skg_buf_free(&b);
}

static void test_quote(void) {
  /* "é" (two bytes) then 40 a's: 32 bytes before offset 33 start inside
     the "é", so the prefix starts after it */
  char t[64];
  snprintf(t, sizeof t, "\xC3\xA9%s.", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  size_t n = strlen(t), pre, post;
  skg_quote_context(t, n, 33, 40, &pre, &post);
  OK(pre == 2 && post == n, "a character cut at the left: pre %zu post %zu",
     pre, post);
  skg_quote_context(t, n, 34, 35, &pre, &post);
  OK(pre == 2 && post == n, "pre %zu post %zu", pre, post);
  /* the suffix never ends inside a character either */
  snprintf(t, sizeof t, "x%s\xC3\xA9", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
  n = strlen(t);
  skg_quote_context(t, n, 0, 1, &pre, &post);
  OK(pre == 0 && post == 32, "a character cut at the right: post %zu", post);
  skg_quote_context(t, n, 0, n, &pre, &post);
  OK(pre == 0 && post == n, "the whole text has no context");
}

int main(void) {
  test_wikipedia();
  test_dbpedia();
  test_quote();
  return DONE();
}
