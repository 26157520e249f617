/* xname_kind.c: what a name the scanner (xname.c) found is: a person, a
   company, an institution, a network, a phrase of common words, or an
   award or a talk rather than a work. Moved out of xname.c, which finds
   where names start and end. */
#include "lexicon.h"
#include "xctx.h"
#include "xmatch.h" /* XC_LEN only */
#include "xname_words.h"

#include <ctype.h>
#include <string.h>

/* Number of space-separated words in s[0..n); the last word's start. */
static size_t count_words(const char *s, size_t n, size_t *last,
                          size_t *firstlen) {
  size_t words = 0;
  *last = 0;
  *firstlen = 0;
  for (size_t i = 0; i < n;) {
    while (i < n && s[i] == ' ')
      i++;
    if (i >= n)
      break;
    size_t st = i;
    while (i < n && s[i] != ' ')
      i++;
    if (!words)
      *firstlen = i - st;
    *last = st;
    words++;
  }
  return words;
}

/* Which of the company tests s[0..n) passes: the suffix of its last
   word (trailing full stops aside), the opener of its first. */
static void company_words(const char *s, size_t n, bool *suffix, bool *opener) {
  size_t last, firstlen;
  *suffix = *opener = false;
  if (count_words(s, n, &last, &firstlen) < 2)
    return;
  size_t ln = n - last;
  while (ln && s[last + ln - 1] == '.')
    ln--;
  *suffix = skg_lex_has(SKG_LEX_COMPANY_SUFFIXES, s + last, ln);
  *opener = skg_lex_has(SKG_LEX_COMPANY_OPENERS, s, firstlen);
}

bool x_company_like(const char *s, size_t n) {
  bool suffix, opener;
  company_words(s, n, &suffix, &opener);
  return suffix || opener;
}

bool x_company_suffixed(const char *s, size_t n) {
  bool suffix, opener;
  company_words(s, n, &suffix, &opener);
  return suffix;
}

/* True when a word after the first of s[0..n) is a company suffix or, when
   suffixes is false, only an organisation or place word ("Bengal
   Multimedia Limite", "Black Student Union", "United States"). */
static bool word_inside(const char *s, size_t n, bool suffixes) {
  size_t i = 0;
  while (i < n && s[i] != ' ')
    i++;
  while (i < n) {
    while (i < n && s[i] == ' ')
      i++;
    size_t st = i;
    while (i < n && s[i] != ' ')
      i++;
    if (i > st &&
        ((suffixes && skg_lex_has(SKG_LEX_COMPANY_SUFFIXES, s + st, i - st)) ||
         skg_lex_has(SKG_LEX_ORG_WORDS, s + st, i - st)))
      return true;
  }
  return false;
}

bool x_institution_like(const char *s, size_t n) {
  return word_inside(s, n, false);
}

/* True when s[0..n) ends in an initial after another word: "Sundar C."
   keeps its period as a name ("Arun C. directed"), where another trailing
   period ("Ann Roe.") ends a sentence. Not "I." (a numeral: "Part I."). */
static bool initial_last(const char *s, size_t n) {
  return n >= XC_LEN("A C.") && s[n - 1] == '.' &&
         s[n - XC_LEN(" C.")] == ' ' &&
         isupper((unsigned char)s[n - XC_LEN("C.")]) &&
         s[n - XC_LEN("C.")] != 'I';
}

bool x_person_like(const char *s, size_t n, bool single) {
  size_t last, firstlen;
  size_t words = count_words(s, n, &last, &firstlen);
  if (words < (single ? 1u : 2u) || words > 5)
    return false;
  if (skg_lex_has(SKG_LEX_NOT_NAMES, s, firstlen) ||
      skg_lex_has(SKG_LEX_MONTHS, s, firstlen))
    return false;
  if (x_company_like(s, n) || x_generic_name(s, n) || word_inside(s, n, true) ||
      (memchr(s, '.', n) == s + n - 1 && !initial_last(s, n)) ||
      memchr(s, ':', n) || s[n - 1] == ',')
    return false;
  for (size_t i = 0; i < n; i++)
    if (isdigit((unsigned char)s[i]) || s[i] == '&')
      return false;
  return true;
}

/* True when s[0..n) names an award, a prize or a festival: a word of the
   award_words lexicon after the first word ("Saturn Award for Best Horror
   Film", "Golden Globe"), unless the name is an article and that word
   ("The Prize", a title). */
static bool award_name(const char *s, size_t n) {
  size_t i = 0, words = 0, firstlen = 0;
  while (i < n) {
    size_t st = i;
    while (i < n && s[i] != ' ')
      i++;
    if (!words)
      firstlen = i - st;
    else if (skg_lex_has(SKG_LEX_PRIZE_WORDS, s + st, i - st) &&
             !(words == 1 && i == n &&
               skg_lex_has(SKG_LEX_NAME_TAIL_STOPS, s, firstlen)) &&
             !(words == 1 && i == n && firstlen == 1 && s[0] == 'A'))
      return true;
    words++;
    while (i < n && s[i] == ' ')
      i++;
  }
  return false;
}

/* True when s[0..n) is a talk with a person ("Interview with Ann Roe"), a
   piece about someone rather than a work of its own. */
static bool talk_name(const char *s, size_t n) {
  static const char *const HEADS[] = {
      "Interview with ", "An Interview with ", "Conversation with ",
      "A Conversation with ", "In Conversation with "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(HEADS); i++) {
    size_t h = strlen(HEADS[i]);
    if (n > h && memcmp(s, HEADS[i], h) == 0 &&
        x_person_like(s + h, n - h, false))
      return true;
  }
  return false;
}

bool x_generic_name(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    size_t st = i;
    while (i < n && s[i] != ' ')
      i++;
    size_t w = i - st;
    bool small =
        xw_lower_len(s, st, st + w) == w && xw_small_word(s, st, w, true);
    if (!small && !skg_lex_has(SKG_LEX_GENERIC_WORDS, s + st, w) &&
        !skg_lex_has(SKG_LEX_COMPANY_SUFFIXES, s + st, w))
      return false;
    while (i < n && s[i] == ' ')
      i++;
  }
  return n > 0;
}

/* A lone article or determiner ("The" of a title the reader cut short)
   names nothing: name_tail_stops.txt, the words no name ends with. */
bool x_work_name_ok(const char *s, size_t n) {
  return !award_name(s, n) && !talk_name(s, n) &&
         !skg_lex_has(SKG_LEX_NAME_TAIL_STOPS, s, n);
}

bool x_network_like(const char *s, size_t n) {
  if (skg_lex_has(SKG_LEX_NETWORKS, s, n))
    return true;
  size_t last, firstlen;
  if (count_words(s, n, &last, &firstlen) < 2)
    return false;
  static const char *const TAILS[] = {"Network", "Channel", "TV"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(TAILS); i++)
    if (n - last == strlen(TAILS[i]) &&
        memcmp(s + last, TAILS[i], n - last) == 0)
      return true;
  /* "Fox Broadcasting Company": a word of data/network_name_words.txt
     after the first */
  for (size_t i = firstlen, w; i < n; i += w + 1) {
    for (w = 0; i + w < n && s[i + w] != ' ';)
      w++;
    if (w && isupper((unsigned char)s[i]) &&
        skg_lex_has(SKG_LEX_NETWORK_NAME_WORDS, s + i, w))
      return true;
  }
  /* "BBC Two", "HGTV Canada": a known network and more, unless the rest
     ends like a studio ("ABC Studios") */
  if (x_company_like(s, n) && !x_word_at(s, last, n, "Television"))
    return false;
  for (size_t i = 1; i < n; i++)
    if (s[i] == ' ' && skg_lex_has(SKG_LEX_NETWORKS, s, i))
      return true;
  return false;
}
