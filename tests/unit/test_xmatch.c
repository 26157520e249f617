/* test_xmatch.c: the sentence cursor consumes what it matched; the
   pattern compiler refuses malformed rows with a reason; every row of
   data/phrasings.tsv compiles (a failure names data/phrasings.tsv:LINE)
   and the compiled table holds them all (a repeated id would be lost). */
#include "harness.h"
#include "xmatch.h"

#include <stdio.h>
#include <string.h>

static xc_cur cur(const char *s) { return xc_at(s, 0, 0, strlen(s)); }

static void test_cursor(void) {
  const char *s = "Hal fought alongside Vera Quill and Jo Moss, later.";
  xc_cur c = cur(s);
  x_span sp[8];
  OK(xc_name(&c, sp) && sp[0].len == 3 && c.p == 4,
     "a name and the space after it");
  OK(!xc_word(&c, "fough", 5) && c.p == 4, "not inside a word, nothing eaten");
  OK(xc_alt(&c, "fights|fought", 13) && c.p == 11, "one of the alternatives");
  OK(xc_word(&c, "alongside", 9) && c.p == 21, "a word");
  size_t n = xc_names(&c, sp, 8);
  OK(n == 2 && sp[1].off == 36 && c.p == 43, "a list of names, got %zu", n);
  OK(xc_word(&c, ",", 1) && c.p == 45, "a punctuation mark");
  c = cur(", Original Score  Ann Roe");
  OK(xc_exact(&c, ", ", 2) && c.p == 2, "exact bytes, no space eaten");
  OK(!xc_exact(&c, "Original Scores", 15) && c.p == 2, "exact or nothing");
  c = cur("who runs her own agency, Quill Investigations");
  OK(xc_skip_to(&c, "agency,", 7, 40) && c.p == 25, "skip to, then past it");
  c = cur("who runs her own agency, Quill Investigations");
  OK(!xc_skip_to(&c, "agency,", 7, 10) && c.p == 0, "not further than asked");
  const char *v = NULL;
  c = cur("best friends of Hal");
  OK(xc_lex(&c, SKG_LEX_TIES, &v) && c.p == 13 && v &&
         !strncmp(v, "friendOf", 8),
     "the longest lexicon phrase, plural allowed");
  c = cur("Also felt");
  OK(xc_lex_word(&c, SKG_LEX_REVIEW_ADVERBS) && c.p == 5,
     "a whole word of a lexicon, any case");
  c = cur("alsofelt");
  OK(!xc_lex_word(&c, SKG_LEX_REVIEW_ADVERBS), "only a whole word");
  c = cur("the Order");
  OK(!xc_name(&c, sp) && c.p == 0, "no name at a small word");
}

static bool compiles(const char *value, char *why, size_t n) {
  xp_row r;
  return xp_compile("t", value, &r, why, n);
}

static void test_compile(void) {
  char why[160];
  xp_row r;
  OK(xp_compile("t", "ties\t{S:mark} a <ties> to {O:names}\t<ties>\tS\tO", &r,
                why, sizeof why) &&
         r.ntok == 5 && r.pred_lex && r.tok[2].lex == SKG_LEX_TIES,
     "a row compiles: %s", why);
  OK(xp_compile("t", "ties\tworks ?now with {O:names}\tcolleagueOf\t-\tO", &r,
                why, sizeof why) &&
         r.pred == SKG_PRED_COLLEAGUE_OF && r.tok[1].kind == XP_OPT,
     "an optional word, a fixed predicate: %s", why);
  static const struct {
    const char *row, *why;
  } BAD[] = {
      {"ties\ta <tie> to {O:names}\t<ties>\t-\tO", "names no lexicon"},
      {"ties\ta <ties> to {O:person}\t<ties>\t-\tO", "no slot"},
      {"ties\ta <ties> to {o:names}\t<ties>\t-\to", "no slot"},
      {"ties\ta to {O:names}\tfriendOff\t-\tO", "unknown predicate"},
      {"ties\ta to {O:names}\t<ties>\t-\tO", "no <lexicon>"},
      {"ties\ta to {O:names}\tfriendOf\t-\tX", "no slot of the pattern"},
      {"ties\t{O:names} {S:mark} a\tfriendOf\tS\tO", "must start"},
      {"ties\ta ...\tfriendOf\t-\t-", "followed by a word"},
      {"ties\ta to\tfriendOf\t-", "6 columns"},
      {"ties\ta to\tfriendOf\t-\t-\textra", "6 columns"},
      {"ties\t\tfriendOf\t-\t-", "empty column"},
  };
  for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
    why[0] = '\0';
    OK(!compiles(BAD[i].row, why, sizeof why) && strstr(why, BAD[i].why),
       "\"%s\" fails with \"%s\", got \"%s\"", BAD[i].row, BAD[i].why, why);
  }
}

static void test_find(void) {
  xp_row r;
  char why[160];
  xp_compile("t", "ties\t{S:mark} a <ties> to {O:names}\t<ties>\tS\tO", &r, why,
             sizeof why);
  const char *s = "Roe said Hal would be a pupil to Vera Quill and Jo.";
  xp_match m;
  OK(xp_find(&r, s, 0, 0, strlen(s), &m), "the row matches");
  const x_span *b = xp_slot(&m, 'S');
  size_t n;
  const x_span *o = xp_slot_list(&m, 'O', &n);
  OK(b && b->off == 0 && b->len == 21, "the text before the cue, no space");
  OK(o && n == 2 && o[0].off == 33, "the names after the cue, got %zu", n);
  OK(m.pred == SKG_PRED_MENTOR_OF && m.inverse, "the lexicon's predicate");
  OK(!xp_find(&r, s, 0, m.cue + 1, strlen(s), &m), "one match only");
  s = "Hal is a pupil of Vera Quill.";
  OK(!xp_find(&r, s, 0, 0, strlen(s), &m), "the whole pattern must fit");
  xp_compile("t", "ties\tOne|one of ...34 of the {G:mark}\tmemberOf\t-\tG", &r,
             why, sizeof why);
  s = "One of the sons of Hal and keepers of the Order.";
  const x_span *g = NULL;
  OK(xp_at(&r, s, 0, 0, strlen(s), &m) && (g = xp_slot(&m, 'G')) &&
         g->off == 42,
     "... skips to where the rest fits, not to the first \"of\"");
  s = "One of the many, many, many, many quiet keepers of the Hall.";
  OK(!xp_at(&r, s, 0, 0, strlen(s), &m), "... goes no further than 34 bytes");
}

/* Every row of the data file compiles, named by its line on failure. */
static void test_data(void) {
  FILE *f = fopen("data/phrasings.tsv", "r");
  OK(f != NULL, "data/phrasings.tsv opens (tests run at the repo root)");
  if (!f)
    return;
  char line[600];
  size_t rows = 0;
  for (int ln = 1; fgets(line, sizeof line, f); ln++) {
    line[strcspn(line, "\n")] = '\0';
    if (line[0] == '#' || !line[0])
      continue;
    rows++;
    char *tab = strchr(line, '\t'), why[160] = "no tab after the id";
    xp_row r;
    bool ok = tab != NULL;
    if (tab) {
      *tab = '\0';
      ok = xp_compile(line, tab + 1, &r, why, sizeof why);
    }
    OK(ok, "data/phrasings.tsv:%d: %s", ln, why);
  }
  fclose(f);
  size_t n, in_data;
  xp_rows(&n, &in_data);
  OK(in_data == rows, "every row embedded (a repeated id is lost): %zu of %zu",
     in_data, rows);
  OK(n == rows, "every row compiled into the table: %zu of %zu", n, rows);
  OK(xp_row_of("ties", "tie-alongside") && !xp_row_of("ties", "tie-nothing"),
     "rows by family and id");
  OK(!xp_row_of("character_works", "tie-alongside"),
     "a row of another family is not found (a misspelt family fails its "
     "spec cases)");
}

int main(void) {
  test_cursor();
  test_compile();
  test_find();
  test_data();
  return DONE();
}
