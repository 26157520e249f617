/* test_xname.c: the name scanner (xname.c): where names, titles and company
   names start and end, which names look like people or companies, and the
   lists they form. Every case names what goes wrong when it fails. */
#include "harness.h"
#include "xctx.h"

/* Length of the name at the start of s, as a string for messages. */
static size_t name_at(const char *s) { return x_name_len(s, 0, strlen(s)); }

/* Checks that the scanner f reads exactly want from the start of s. */
#define READS(f, s, want)                                                      \
  do {                                                                         \
    const char *s_ = (s), *w_ = (want);                                        \
    size_t k_ = (f);                                                           \
    OK(k_ == strlen(w_) && strncmp(s_, w_, k_) == 0,                           \
       "\"%s\": read \"%.*s\", want \"%s\"", s_, (int)k_, s_, w_);             \
  } while (0)

static void test_name_len(void) {
  READS(name_at("Ann Roe said"), "Ann Roe said", "Ann Roe");
  READS(name_at("J. R. Quill wrote"), "J. R. Quill wrote", "J. R. Quill");
  READS(name_at("J.R. Quill wrote"), "J.R. Quill wrote", "J.R. Quill");
  READS(name_at("Arun C. It stars"), "Arun C. It stars", "Arun C.");
  READS(name_at("Arun C. and"), "Arun C. and", "Arun C.");
  READS(name_at("Kiri B. Alas, the"), "Kiri B. Alas, the", "Kiri B.");
  READS(name_at("Kiri B. However, it"), "Kiri B. However, it", "Kiri B.");
  READS(name_at("Vela C. Ram, who"), "Vela C. Ram, who", "Vela C. Ram");
  READS(name_at("Vela C. Ram wrote"), "Vela C. Ram wrote", "Vela C. Ram");
  READS(name_at("T.C. Vole III of"), "T.C. Vole III of", "T.C. Vole III");
  READS(name_at("Carrie-Anne Moss-Hale left"), "Carrie-Anne Moss-Hale left",
        "Carrie-Anne Moss-Hale");
  READS(name_at("Vera D'Onofrio's car"), "Vera D'Onofrio's car",
        "Vera D'Onofrio");
  READS(name_at("Franklin \"Foggy\" Nelson ran"),
        "Franklin \"Foggy\" Nelson ran", "Franklin \"Foggy\" Nelson");
  READS(name_at("Ludo van Beek came"), "Ludo van Beek came", "Ludo van Beek");
  /* a particle only joins when a capital follows */
  READS(name_at("Ann de la"), "Ann de la", "Ann");
  READS(name_at("Émile Zoltán arrived"), "Émile Zoltán arrived",
        "Émile Zoltán");
  READS(name_at("ann roe"), "ann roe", "");
  /* a lost line break glued two names: the first ends at the glue */
  READS(name_at("Hanako TakedaKirk Vole (English)"),
        "Hanako TakedaKirk Vole (English)", "Hanako Takeda");
  READS(name_at("The SpongeVole Movie"), "The SpongeVole Movie",
        "The SpongeVole Movie");
  READS(name_at("Quark DreamVole said"), "Quark DreamVole said",
        "Quark DreamVole"); /* one word after the glue: a brand */
  /* inner capitals of real surnames are not glue */
  READS(name_at("Kyle MacLachlan smiled"), "Kyle MacLachlan smiled",
        "Kyle MacLachlan");
  READS(name_at("Ada FitzGerald smiled"), "Ada FitzGerald smiled",
        "Ada FitzGerald");
  READS(name_at("Tom DeVito smiled"), "Tom DeVito smiled", "Tom DeVito");
  /* a lost sentence break after a period */
  READS(name_at("Ben J. Quillis.Lentz, Harris"),
        "Ben J. Quillis.Lentz, Harris", "Ben J. Quillis");
  READS(name_at("Museum.TV archive"), "Museum.TV archive", "Museum.TV");
  /* a trailing article belongs to the next sentence */
  READS(name_at("Ann Roe The film was"), "Ann Roe The film was", "Ann Roe");
  READS(name_at("The"), "The", "The");
  READS(name_at("Ann Roe Nominated"), "Ann Roe Nominated", "Ann Roe");
  READS(name_at("The Nominated"), "The Nominated", "The Nominated");
  /* no name is longer than X_NAME_MAX bytes */
  char longname[2 * X_NAME_MAX];
  size_t n = 0;
  while (n + 4 < sizeof longname) {
    memcpy(longname + n, "Abc ", 4);
    n += 4;
  }
  OK(x_name_len(longname, 0, n) <= X_NAME_MAX, "bounded: %zu",
     x_name_len(longname, 0, n));
}

static void test_person_like(void) {
  OK(x_person_like("Ann Roe", 7, false), "Ann Roe is a person");
  OK(!x_person_like("Roe", 3, false), "one word is not, unless single");
  OK(x_person_like("Roe", 3, true), "one word with single");
  OK(!x_person_like("Zeta Multimedia", 15, false), "Multimedia: a company");
  OK(x_person_like("Arun C.", 7, false), "a name ending in an initial");
  OK(!x_person_like("Ann Roe.", 8, false), "a sentence's period is no name's");
  OK(!x_person_like("Harbor Part I.", 14, false), "I. is a numeral");
  OK(!x_person_like("Quark Digitals Limited", 22, false),
     "Limited: a company");
  OK(!x_person_like("Hale Filmworks", 14, false), "Filmworks: a company");
  OK(!x_person_like("The Quarry", 10, false), "first word The");
  OK(!x_person_like("June Roe", 8, false), "a month first");
  OK(!x_person_like("Ann Roe 2", 9, false), "digits");
  OK(!x_person_like("Background Score:", 17, false), "a colon");
  OK(!x_person_like("Ann Roe,", 8, false), "a trailing comma");
  OK(!x_person_like("A B C D E F", 11, false), "six words");
}

static void test_company_like(void) {
  OK(x_company_like("Zeta Pictures", 13), "Pictures");
  OK(x_company_like("Quark Communications", 20), "Communications");
  OK(x_company_like("Hale Production Inc.", 20), "Inc.");
  OK(x_company_like("Vole Arts", 9), "Arts");
  OK(!x_company_like("Pictures", 8), "one word is no company");
  OK(!x_company_like("Ann Roe", 7), "a person");
}

static void test_title_len(void) {
  const char *s = "The Hunt for Red Quarry was";
  READS(x_title_len(s, 0, strlen(s), 0), s, "The Hunt for Red Quarry");
  s = "Ash vs Evil Quarry premiered";
  READS(x_title_len(s, 0, strlen(s), 0), s, "Ash vs Evil Quarry");
  s = "Half in the Sack in 2013";
  READS(x_title_len(s, 0, strlen(s), 0), s, "Half in the Sack");
  s = "Back to the Quarry and the Temple of Vole";
  READS(x_title_len(s, 0, strlen(s), X_TITLE_JOIN), s, "Back to the Quarry");
  s = "The Life of Vole at the Quarry Theater";
  READS(x_title_len(s, 0, strlen(s), 0), s, "The Life of Vole");
  s = "Deal or No Quarry aired";
  READS(x_title_len(s, 0, strlen(s), 0), s, "Deal");
  READS(x_title_len(s, 0, strlen(s), X_TITLE_JOIN), s, "Deal or No Quarry");
  s = "Grey's Quarry aired";
  READS(x_title_len(s, 0, strlen(s), 0), s, "Grey");
  READS(x_title_len(s, 0, strlen(s), X_TITLE_POSS), s, "Grey's Quarry");
  s = "the Quarry";
  READS(x_title_len(s, 0, strlen(s), 0), s, "");
}

static void test_org_len(void) {
  const char *s = "Nine and a Half Fingers, Inc. made it";
  READS(x_org_len(s, 0, strlen(s)), s, "Nine and a Half Fingers, Inc.");
  s = "Zeta Films and Quark Media";
  READS(x_org_len(s, 0, strlen(s)), s, "Zeta Films");
  s = "20th Century Vole released it";
  READS(x_org_len(s, 0, strlen(s)), s, "20th Century Vole");
  s = "1994 Zeta Films";
  READS(x_org_len(s, 0, strlen(s)), s, "");
  s = "Studio+ and more";
  READS(x_org_len(s, 0, strlen(s)), s, "Studio+");
  s = "Vole's Gate Films made it";
  READS(x_org_len(s, 0, strlen(s)), s, "Vole's Gate Films");
  s = "Vole's Anime Film";
  READS(x_org_len(s, 0, strlen(s)), s, "Vole");
  s = "Carl Vole's Zeta Pictures";
  READS(x_org_len(s, 0, strlen(s)), s, "Carl Vole");
  s = "Kiki's Delivery Service";
  READS(x_org_len(s, 0, strlen(s)), s, "Kiki");
  s = "Quarry Production Inc. made it";
  READS(x_org_len(s, 0, strlen(s)), s, "Quarry Production Inc.");
  s = "Vole Bros. Pictures";
  READS(x_org_len(s, 0, strlen(s)), s, "Vole Bros. Pictures");
  s = "Ann Roe. Then";
  READS(x_org_len(s, 0, strlen(s)), s, "Ann Roe");
  s = "Bank of the West paid";
  READS(x_org_len(s, 0, strlen(s)), s, "Bank of the West");
}

static void test_name_list(void) {
  const char *s = "Ann Roe, Ben Pike, and Cy Vole went";
  x_span v[4];
  size_t stop, n = x_name_list(s, 0, strlen(s), v, 4, &stop);
  OK(n == 3, "three names, got %zu", n);
  OK(n == 3 && v[1].off == 9 && v[1].len == 8, "second is Ben Pike");
  OK(stop == strlen("Ann Roe, Ben Pike, and Cy Vole"), "stop %zu", stop);
  s = "Ann Roe and Ben Pike";
  n = x_name_list(s, 0, strlen(s), v, 4, &stop);
  OK(n == 2 && stop == strlen(s), "A and B: %zu", n);
  s = "Ann Roe, and then";
  n = x_name_list(s, 0, strlen(s), v, 4, &stop);
  OK(n == 1 && stop == 7, "a list ends before a lower-case word: %zu %zu",
     n, stop);
  s = "A, B, C, D, E";
  n = x_name_list(s, 0, strlen(s), v, 2, &stop);
  OK(n == 2, "max is kept: %zu", n);
}

static void test_work_name(void) {
  OK(!x_work_name_ok("Saturn Award for Best Horror Film", 33),
     "an award is no work");
  OK(!x_work_name_ok("Quarry Film Festival", 20), "a festival is no work");
  OK(!x_work_name_ok("Golden Globe", 12), "Golden Globe");
  OK(!x_work_name_ok("Interview with Ann Roe", 22),
     "an interview with a person");
  OK(x_work_name_ok("Interview with the Vole", 23),
     "Interview with the ...: a title");
  OK(x_work_name_ok("The Prize", 9), "an article and the word: a title");
  OK(x_work_name_ok("Prize Quarry", 12), "first word: a title");
}

static void test_institution(void) {
  OK(x_institution_like("United States", 13), "a state");
  OK(x_institution_like("Quarry Student Union", 20), "a union");
  OK(!x_institution_like("Union Pike", 10), "the first word does not count");
  OK(!x_institution_like("Zeta Pictures", 13), "a company is not");
  OK(!x_person_like("Vole City", 9, false), "a place is no person");
}

static void test_generic(void) {
  OK(x_generic_name("Anime Film", 10), "Anime Film names no one");
  OK(x_generic_name("One of the Ten Best Films", 25), "small words too");
  OK(!x_generic_name("Toei Animation", 14), "Toei is a name");
  OK(!x_generic_name("Universal Pictures", 18), "Universal is a name");
  OK(!x_generic_name("", 0), "empty");
  OK(!x_person_like("Feature Production", 18, false),
     "a generic phrase is no person");
}

/* xname_kind.c and xname_words.c (moved out of xname.c): a network's
   name, and the cue-word tests every family asks at a position. */
static void test_network_like(void) {
  static const struct {
    const char *s;
    bool want;
    const char *why;
  } CASES[] = {{"NBC", true, "a network of the lexicon"},
               {"Vole Network", true, "ends in Network"},
               {"Quarry Channel", true, "ends in Channel"},
               {"BBC Two", true, "a known network and more"},
               {"ABC Television", true, "Television is a network's"},
               {"ABC Studios", false, "a studio, not the network"},
               {"Vole", false, "one unknown word"},
               {"Ann Roe", false, "a person"}};
  for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++)
    OK(x_network_like(CASES[i].s, strlen(CASES[i].s)) == CASES[i].want,
       "\"%s\": %s", CASES[i].s, CASES[i].why);
}

static void test_word_at(void) {
  const char *t = "Directed by Ann";
  size_t n = strlen(t);
  OK(x_word_at(t, 0, n, "directed"), "any case");
  OK(!x_word_at(t, 0, n, "direct"), "a word ends at a boundary");
  OK(x_word_at(t, 12, n, "ann"), "a word at the end");
  OK(!x_word_at(t, 12, 14, "ann"), "not past end");
  OK(!x_word_at(t, n + 1, n, ""), "an empty cue past the end");
  OK(x_at(t, 0, n, "Direct"), "a literal needs no boundary");
  OK(!x_at(t, 0, n, "direct"), "a literal keeps its case");
  OK(!x_at(t, 12, 14, "Ann"), "not past end");
}

int main(void) {
  test_network_like();
  test_word_at();
  test_generic();
  test_institution();
  test_name_len();
  test_person_like();
  test_company_like();
  test_title_len();
  test_org_len();
  test_name_list();
  test_work_name();
  return DONE();
}
