/* test_speed_paths.c: the shortcuts taken for speed answer what the slow
   paths answered: the ASCII category table is utf8proc's, the ASCII
   identity key is the one utf8proc_map gives, and the hashed lexicon
   look-up finds every key (any case, with or without trailing bytes, cut
   by a NUL) and nothing else, and the word-at-a-time character count is
   the byte loop's. */
#include "harness.h"
#include "lexicon.h"
#include "norm.h"

static void test_ascii_categories(void) {
  for (int32_t cp = 0; cp < 128; cp++)
    OK(skg_cp_category(cp) == utf8proc_category(cp), "category of U+%04X",
       (unsigned)cp);
  OK(skg_cp_category(0xE9) == utf8proc_category(0xE9), "beyond ASCII");
}

/* key("a" c "b" "é") goes through utf8proc_map, and is key("a" c "b") plus
   "e" (the accent stripped) when the ASCII shortcut agrees with it. */
static void test_ascii_key(void) {
  for (int c = 0; c < 128; c++) {
    char ascii[4] = {'A', (char)c, 'b', 0};
    char mixed[6] = {'A', (char)c, 'b', (char)0xC3, (char)0xA9, 0};
    skg_buf fast = SKG_BUF_INIT, slow = SKG_BUF_INIT;
    skg_norm_key(ascii, 3, &fast);
    skg_buf_putc(&fast, 'e');
    skg_norm_key(mixed, 5, &slow);
    OK(fast.len == slow.len && memcmp(fast.data, slow.data, fast.len) == 0,
       "key of byte %d: \"%.*s\" vs \"%.*s\"", c, (int)fast.len, fast.data,
       (int)slow.len, slow.data);
    skg_buf_free(&fast);
    skg_buf_free(&slow);
  }
}

static void test_lexicon_index(void) {
  char up[256];
  for (int k = 0; k < SKG_LEX_COUNT; k++) {
    const skg_lexicon *l = &SKG_LEXICONS[k];
    for (size_t i = 0; i < l->n; i++) {
      const char *key = l->v[i].key;
      size_t n = strlen(key);
      OK(skg_lex_get((skg_lex)k, key, n) == l->v[i].value, "lex %d: \"%s\"", k,
         key);
      if (n + 1 >= sizeof up)
        continue;
      for (size_t j = 0; j <= n; j++) /* upper case, one more byte */
        up[j] = (char)(key[j] >= 'a' && key[j] <= 'z' ? key[j] - 32 : key[j]);
      up[n] = '#';
      OK(skg_lex_get((skg_lex)k, up, n) == l->v[i].value,
         "lex %d: case of "
         "\"%s\"",
         k, key);
      OK(!skg_lex_get((skg_lex)k, up, n + 1), "lex %d: not \"%s#\"", k, key);
      up[n] = '\0'; /* the compare stops at a NUL: so does the look-up */
      OK(skg_lex_get((skg_lex)k, up, n + 1) == l->v[i].value,
         "lex %d: \"%s\" then NUL", k, key);
    }
  }
  OK(!skg_lex_get(SKG_LEX_MONTHS, "Januaryy", 8), "no near miss");
  OK(skg_lex_get(SKG_LEX_MONTHS, "JANUARY", 7) != NULL, "upper case month");
}

static size_t count_slow(const char *s, size_t n) {
  size_t c = 0;
  for (size_t i = 0; i < n; i++)
    c += ((unsigned char)s[i] & 0xC0) != 0x80;
  return c;
}

/* Every start and length of a text mixing ASCII runs longer and shorter
   than a word with two- and four-byte characters. */
static void test_utf8_count(void) {
  const char *t = "Cast\xC3\xA9 and crew of a long film \xF0\x9F\x8E\xAC"
                  "x\xC3\xA9\xC3\xA9 the end of it, plainly.";
  size_t len = strlen(t), bad = 0;
  for (size_t a = 0; a <= len; a++)
    for (size_t n = 0; a + n <= len; n++)
      bad += skg_utf8_count(t + a, n) != count_slow(t + a, n);
  OK(bad == 0, "utf8 count: %zu ranges differ", bad);
}

int main(void) {
  test_ascii_categories();
  test_ascii_key();
  test_lexicon_index();
  test_utf8_count();
  return DONE();
}
