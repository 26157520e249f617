/* test_norm.c: UTF-8 validation, identity keys, slugs and percent-encoding
   (norm.c). The identity key must match the scorer's normalisation
   (eval/FORMAT.md): two spellings of one name are one entity. */
#include "harness.h"
#include "norm.h"

static char *key_of(const char *s) {
  static char out[256];
  skg_buf b = SKG_BUF_INIT;
  skg_norm_key(s, strlen(s), &b);
  snprintf(out, sizeof out, "%.*s", (int)b.len, b.len ? b.data : "");
  skg_buf_free(&b);
  return out;
}

static char *slug_of(const char *key) {
  static char out[256];
  skg_buf b = SKG_BUF_INIT;
  skg_norm_slug(key, &b);
  snprintf(out, sizeof out, "%.*s", (int)b.len, b.len ? b.data : "");
  skg_buf_free(&b);
  return out;
}

static char *pct_of(const char *s) {
  static char out[256];
  skg_buf b = SKG_BUF_INIT;
  skg_norm_pct(s, strlen(s), &b);
  snprintf(out, sizeof out, "%.*s", (int)b.len, b.len ? b.data : "");
  skg_buf_free(&b);
  return out;
}

static void test_valid(void) {
  size_t bad = 99;
  OK(skg_utf8_valid("plain", 5, &bad), "ASCII");
  OK(skg_utf8_valid("\xC3\xA9\xE2\x80\x99\xF0\x9F\x8E\xAC", 9, &bad),
     "2, 3 and 4 byte sequences");
  OK(!skg_utf8_valid("ab\xC0\xAF", 4, &bad) && bad == 2, "overlong at 2: %zu",
     bad);
  OK(!skg_utf8_valid("\xED\xA0\x80", 3, &bad) && bad == 0, "a surrogate");
  OK(!skg_utf8_valid("x\xF4\x90\x80\x80", 5, &bad) && bad == 1,
     "above U+10FFFF");
  OK(!skg_utf8_valid("abc\xE2\x80", 5, &bad) && bad == 3, "truncated: %zu",
     bad);
  OK(!skg_utf8_valid("\x80", 1, NULL), "a lone continuation byte, NULL bad");
  OK(!skg_utf8_valid("\xFF", 1, &bad), "0xFF");
  OK(skg_utf8_valid("", 0, &bad), "empty");
}

static void test_count(void) {
  OK(skg_utf8_count("abc", 3) == 3, "ASCII");
  OK(skg_utf8_count("\xC3\xA9t\xC3\xA9", 5) == 3, "été is 3: %zu",
     skg_utf8_count("\xC3\xA9t\xC3\xA9", 5));
  OK(skg_utf8_count("\xF0\x9F\x8E\xAC", 4) == 1, "one emoji");
}

static void test_key(void) {
  STR_EQ(key_of("Ann Roe"), "ann roe");
  STR_EQ(key_of("  Ann   Roe  "), "ann roe");
  STR_EQ(key_of("\xC3\x89mile Zola"), "emile zola"); /* accent stripped */
  STR_EQ(key_of("E\xCC\x81mile"), "emile");          /* combining accent */
  STR_EQ(key_of("Stra\xC3\x9F" "e"), "strasse");       /* case folding */
  STR_EQ(key_of("\xEF\xAC\x81lm"), "film");          /* NFKC ligature */
  STR_EQ(key_of("Disney+"), "disney plus");
  STR_EQ(key_of("Lion's Gate Films"), "lions gate films");
  STR_EQ(key_of("Ann\xE2\x80\x99s"), "anns"); /* curly apostrophe dropped */
  STR_EQ(key_of("Roe, Ann (actress)"), "roe ann actress");
  STR_EQ(key_of("A\tB\nC"), "a b c");
  STR_EQ(key_of("\xE3\x81\x8B\xE3\x81\xAA"), "\xE3\x81\x8B\xE3\x81\xAA");
  STR_EQ(key_of("--"), "");
  STR_EQ(key_of("R2-D2"), "r2d2");
}

static void test_slug(void) {
  STR_EQ(slug_of("ann roe"), "ann-roe");
  STR_EQ(slug_of("r2d2"), "r2d2");
  STR_EQ(slug_of("\xC3\xA9"), "%C3%A9");
  STR_EQ(slug_of(""), "");
}

static void test_pct(void) {
  STR_EQ(pct_of("Ann_Roe-1.0~"), "Ann_Roe-1.0~");
  STR_EQ(pct_of("a b/c"), "a%20b%2Fc");
  STR_EQ(pct_of("\xC3\xA9"), "%C3%A9");
}

int main(void) {
  test_valid();
  test_count();
  test_key();
  test_slug();
  test_pct();
  return DONE();
}
