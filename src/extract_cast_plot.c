/* extract_cast_plot.c: characters of the article's work read from its
   plot summary ("The episode follows Hal and Vera", "Vera becomes
   jealous of her friends", "his wife Vera") and the people a work
   "features". Apart from extract_cast_own.c, which runs these in its
   order (xc_own_rules), to keep each file short; what they find is the
   article's work's, or in an episode article its series'. */
#include "lexicon.h"
#include "xcast.h"

#include <string.h>

/* True when the word ending at v says the work is the subject: "The
   episode follows", "The film's subplot, which sees", "It centers on". */
static bool work_subject_before(const sent *s, size_t v) {
  static const char *const W[] = {"episode", "film",  "series",     "show",
                                  "It",      "which", "plot",       "subplot",
                                  "story",   "movie", "installment"};
  size_t w = v;
  while (w > s->a && s->t[w - 1] != ' ')
    w--;
  for (size_t i = 0; i < SKG_ARRAY_LEN(W); i++)
    if (x_word_at(s->t, w, v, W[i]) && w + strlen(W[i]) == v)
      return true;
  return false;
}

/* The character named t[p..p+n) of the article's work (in an episode
   article, of its series). */
static void own_character(sent *s, const char *rule, size_t p, size_t n) {
  if (!xc_char_name_ok(s, p, n) || x_possessive_at(s->t, p + n, s->end) ||
      skg_lex_has(SKG_LEX_NOT_NAMES, s->t + p, n))
    return;
  skg_eid ch = x_character(s->x, s->t + p, n, true);
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  skg_graph_add_fact(s->x->g, s->parent != SKG_NONE ? s->parent : s->x->subject,
                     SKG_PRED_HAS_CHARACTER, ch, &ev);
}

/* After the characters a plot verb names, ending at p: "..., his wife
   Vera, and their son Tom", "and his dog Rex": relatives named with a
   possessive and a lower-case noun are characters of the work too. */
static void kin_items(sent *s, size_t p) {
  static const char *const SEP[] = {", and ", ", ", " and "};
  static const char *const POSS[] = {"his ", "her ", "their "};
  for (int guard = 0; guard < 8; guard++) {
    size_t i = 0, j = 0;
    while (i < SKG_ARRAY_LEN(SEP) && !xc_starts(s, p, SEP[i]))
      i++;
    if (i == SKG_ARRAY_LEN(SEP))
      return;
    size_t q = p + strlen(SEP[i]);
    while (j < SKG_ARRAY_LEN(POSS) && !xc_starts(s, q, POSS[j]))
      j++;
    if (j == SKG_ARRAY_LEN(POSS))
      return;
    q += strlen(POSS[j]);
    size_t c = q, w = 0; /* one or two lower-case words: "wife", "pet dog" */
    for (; w < 2 && c < s->end && !x_cap_at(s->t, c, s->end); w++) {
      static const char *const PREP[] = {"in", "at",   "of",  "from", "on",
                                         "to", "with", "and", "for"};
      for (size_t k = 0; k < SKG_ARRAY_LEN(PREP); k++)
        if (x_word_at(s->t, c, s->end, PREP[k])) /* "friends in New York" */
          return;
      c = x_find(s->t, c, s->end, " ") + 1;
    }
    size_t n = c > q && c < s->end ? x_name_len(s->t, c, s->end) : 0;
    if (!n)
      return;
    own_character(s, "cast-plot-kin", c, n);
    p = c + n;
  }
}

/* True when the names after "tells the story of", "is about" are
   people: two or more person-like names, or one with a description after
   a comma ("Vera Quill, a nurse", "Hal, who ..."); "is about World War
   II" and "concerns Anglo-French relations" are not. */
static bool plot_people(const sent *s, const x_span *it, size_t n,
                        size_t stop) {
  static const char *const APPOSITION[] = {
      ", a ", ", an ", ", the ", ", who ", ", his ", ", her ", ", their "};
  for (size_t k = 0; k < n; k++)
    if (!x_person_like(s->t + it[k].off, it[k].len, true))
      return false;
  for (size_t i = 0; n == 1 && i < SKG_ARRAY_LEN(APPOSITION); i++)
    if (xc_starts(s, stop, APPOSITION[i]))
      return true;
  return n >= 2;
}

/* "The episode follows Hal and Vera as they ...", "The episode sees Hal
   Brine marry Vera", "a subplot, which sees Hal stay at ...", "It tells
   the story of Hal", "The series follows the adventures of Hal", "the two
   main characters, Hal and Vera": characters of the work. */
void xc_plot_characters(sent *s) {
  static const char *const VERBS[] = {" follows ",
                                      " sees ",
                                      " centers on ",
                                      " centres on ",
                                      " focuses on ",
                                      " revolves around ",
                                      " tells the story of ",
                                      " is about ",
                                      " was about ",
                                      " concerns ",
                                      " narrates "};
  /* "follows the adventures of A", "centers on the relationship between
     A and B" */
  static const char *const OF[] = {"the adventures of ",
                                   "the story of ",
                                   "the lives of ",
                                   "the life of ",
                                   "the relationship between ",
                                   "the exploits of ",
                                   "the journey of ",
                                   "the misadventures of "};
  x_span it[8];
  size_t n, stop;
  for (size_t i = 0; i < SKG_ARRAY_LEN(VERBS); i++)
    for (size_t v = x_find(s->t, s->a, s->end, VERBS[i]); v < s->end;
         v = x_find(s->t, v + 1, s->end, VERBS[i])) {
      if (!work_subject_before(s, v) || s->x->subject == SKG_NONE)
        continue;
      size_t p = v + strlen(VERBS[i]);
      for (size_t k = 0; k < SKG_ARRAY_LEN(OF); k++)
        if (xc_starts(s, p, OF[k]))
          p += strlen(OF[k]);
      n = x_name_list(s->t, p, s->end, it, 8, &stop);
      if (i >= 6 && !plot_people(s, it, n, stop)) /* "is about World War II" */
        continue;
      for (size_t k = 0; k < n; k++)
        own_character(s, "cast-plot", it[k].off, it[k].len);
      if (n)
        kin_items(s, stop);
      if (n != 1 || i != 1 || !xc_starts(s, stop, " ")) /* "sees A marry B" */
        continue;
      size_t w = x_find(s->t, stop + 1, s->end, " ");
      if (w < s->end && !x_cap_at(s->t, stop + 1, s->end))
        own_character(s, "cast-plot", w + 1, x_name_len(s->t, w + 1, s->end));
    }
  size_t v = x_find(s->t, s->a, s->end, " main characters");
  if (v == s->end || s->x->subject == SKG_NONE)
    return;
  size_t p = x_skip_space(s->t, v + 16 + xc_starts(s, v + 16, ","), s->end);
  n = x_name_list(s->t, p, s->end, it, 8, &stop);
  for (size_t k = 0; n >= 2 && k < n; k++)
    own_character(s, "cast-main-characters", it[k].off, it[k].len);
}

/* "The series features identical twin brothers Tom Ash and Kay Ash": a
   work subject, a short lower-case description, then full names. */
/* True when a list of people's names ends at p as a list of the people
   themselves: the sentence's end, a comma, or a preposition; not a
   possessive or a noun they modify ("Ann Lee's music", "Elvis Roe
   songs"). */
static bool people_end(const sent *s, size_t p) {
  static const char *const NEXT[] = {" in ",   " as ",    " and ",
                                     " with ", " among ", " alongside ",
                                     " who ",  " along ", " ("};
  if (p >= s->end || strchr(".,;:(", s->t[p]))
    return true;
  for (size_t i = 0; i < SKG_ARRAY_LEN(NEXT); i++)
    if (xc_starts(s, p, NEXT[i]))
      return true;
  return false;
}

void xc_features_people(sent *s) {
  size_t v = x_find(s->t, s->a, s->end, " features "), b = v;
  static const char ALSO[] = " also"; /* "The film also features" */
  if (v < s->end && v >= s->a + strlen(ALSO) &&
      xc_starts(s, v - strlen(ALSO), ALSO))
    b = v - strlen(ALSO);
  if (v == s->end || !work_subject_before(s, b) || s->x->subject == SKG_NONE)
    return;
  size_t p = v + 10;
  for (int k = 0; k < 5 && p < s->end && !x_cap_at(s->t, p, s->end); k++) {
    size_t w = x_find(s->t, p, s->end, " ");
    static const char *const STOP[] = {"by",    "of",    "from", "with",
                                       "music", "songs", "a",    "an"};
    for (size_t i = 0; i < SKG_ARRAY_LEN(STOP); i++)
      if (x_word_at(s->t, p, s->end, STOP[i]))
        return;
    p = w + 1;
  }
  x_span it[8];
  size_t stop, n = x_name_list(s->t, p, s->end, it, 8, &stop);
  if (!n || !people_end(s, stop)) /* "features Ann Lee's music" */
    return;
  for (size_t k = 0; k < n; k++)
    if (x_person_like(s->t + it[k].off, it[k].len, false))
      xc_own_perform(s, "cast-features",
                     xc_actor_at(s, it[k].off, it[k].len, false), SKG_NONE);
}

/* True when the word at p is a plot verb in the present tense: lower
   case, ending in "s" ("becomes", "takes", "tries"), and not a verb of
   saying, which a critic or a maker is the subject of ("says", "notes"),
   nor one of an actor ("makes a cameo", "plays", "voices"). */
static bool plot_verb_at(const sent *s, size_t p) {
  static const char *const SAYING[] = {
      "says", "states", "notes", "explains", "comments", "argues", "writes",
      "praises", "calls", "was", "has", "is", "thinks", "believes", "feels",
      "describes", "considers", "gives", "rates", "ranks", "lists",
      /* an actor's verbs */
      "makes", "appears", "stars", "plays", "voices", "portrays", "reprises",
      "cameos", "hosts", "directs", "guests", "narrates", "sings"};
  /* a plural noun is no verb: "Nine songs are performed" */
  static const char *const AUX[] = {"are", "were", "have", "had", "of"};
  size_t w = p;
  while (w < s->end && s->t[w] >= 'a' && s->t[w] <= 'z')
    w++;
  if (w - p < 3 || s->t[w - 1] != 's' || s->t[w - 2] == 's' ||
      (w < s->end && s->t[w] != ' '))
    return false;
  for (size_t i = 0; i < SKG_ARRAY_LEN(SAYING); i++)
    if (x_word_at(s->t, p, s->end, SAYING[i]))
      return false;
  for (size_t i = 0; i < SKG_ARRAY_LEN(AUX); i++)
    if (x_word_at(s->t, w + 1, s->end, AUX[i]))
      return false;
  return true;
}

/* True when the capitalised word at p opens a sentence without naming
   anyone: a number, a quantifier or a preposition ("Nine songs are",
   "Upon its airing", "Several critics"). */
static bool opener_word(const sent *s, size_t p) {
  static const char *const W[] = {
      "One",    "Two",     "Three", "Four",  "Five",     "Six",
      "Seven",  "Eight",   "Nine",  "Ten",   "Several",  "Many",
      "Some",   "Both",    "All",   "Most",  "Upon",     "After",
      "Before", "During",  "While", "When",  "Although", "Though",
      "Since",  "Despite", "Its",   "His",   "Her",      "Their",
      "Each",   "Every",   "Other", "Later", "Meanwhile"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(W); i++)
    if (x_word_at(s->t, p, s->end, W[i]))
      return true;
  return false;
}

/* Where the verb after a plot sentence's subject ending at q starts:
   right after it, after an adverb ("Vera later discovers"), or after a
   clause between commas that opens with a preposition ("Vera, per Hal's
   advice, calls"); 0 when none. A clause that opens with an article or a
   relative pronoun describes a person ("Ann Lee, a guest star, plays"). */
static size_t plot_verb_after(const sent *s, size_t q) {
  static const char *const ADVERBS[] = {"later", "then",    "soon",
                                        "also",  "finally", "eventually",
                                        "still", "again",   "now"};
  static const char *const OPENERS[] = {
      "per",  "after",   "despite",   "upon",    "on",      "in",
      "with", "against", "meanwhile", "however", "unaware", "fearing"};
  if (xc_starts(s, q, " ")) {
    for (size_t i = 0; i < SKG_ARRAY_LEN(ADVERBS); i++)
      if (x_word_at(s->t, q + 1, s->end, ADVERBS[i]))
        return q + 2 + strlen(ADVERBS[i]);
    return q + 1;
  }
  if (!xc_starts(s, q, ", "))
    return 0;
  size_t c = x_find(s->t, q + 2, s->end, ", ");
  if (c == s->end || c - q > 60 || memchr(s->t + q + 2, ';', c - q - 2))
    return 0;
  for (size_t i = 0; i < SKG_ARRAY_LEN(OPENERS); i++)
    if (x_word_at(s->t, q + 2, s->end, OPENERS[i]))
      return c + 2;
  return 0;
}

/* "Vera becomes jealous of her friends": in an episode article's plot,
   a sentence whose subject is a name no person, work or company of the
   text has, before a verb in the present tense, is about a character of
   the series. */
void xc_plot_subject(sent *s) {
  if (s->parent == SKG_NONE || s->si == 0)
    return;
  size_t p = s->a, n = x_name_len(s->t, p, s->end);
  if (!n || n > 40 || skg_lex_has(SKG_LEX_NOT_NAMES, s->t + p, n) ||
      opener_word(s, p) || !x_person_like(s->t + p, n, true) ||
      x_lookup(s->x, X_WORK | X_ORG | X_PERSON, s->t + p, n, NULL) != SKG_NONE)
    return;
  size_t q = plot_verb_after(s, p + n);
  if (q && plot_verb_at(s, q))
    own_character(s, "cast-plot-subject", p, n);
}
