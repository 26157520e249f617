/* xwords.c: single words that mark a phrase, read from the lexicons: a
   work noun before a title ("the 1980 film Harbor Row"), the lexicon
   kind of the word before a position ("trailer music"), a short form in
   capitals of a name ("Irish Republican Army (IRA)"). Declared in
   xctx.h; apart from xname.c, which finds the names themselves. */
#include "lexicon.h"
#include "xctx.h"

#include <ctype.h>
#include <string.h>

/* Length of a work noun of data/work_nouns.tsv at t[pos] ("film",
   "television series", "sitcom"), of up to three lower-case words, with
   the space after it, the longest first; *type gets its kind. 0 when
   none or no space follows. */
size_t x_work_noun_len(const char *t, size_t pos, size_t end, skg_ent *type) {
  size_t ends[3] = {0}, nw = 0;
  for (size_t q = pos; nw < 3 && q < end && islower((unsigned char)t[q]);) {
    while (q < end && (islower((unsigned char)t[q]) || t[q] == '-'))
      q++;
    if (q >= end || t[q] != ' ')
      break;
    ends[nw++] = q++;
  }
  while (nw-- > 0) {
    const char *v = skg_lex_get(SKG_LEX_WORK_NOUNS, t + pos, ends[nw] - pos);
    if (v && skg_ent_from_name(v, type))
      return ends[nw] + 1 - pos;
  }
  return 0;
}

size_t x_work_noun_title(const char *t, size_t p, size_t end, bool adjective,
                         skg_ent *type) {
  size_t q = p + sizeof "the" /* and the space */;
  for (int words = 0; words < 2 && q < end; words++) {
    size_t n = x_work_noun_len(t, q, end, type);
    if (n)
      return q + n;
    /* "the 1980 film", and with adjective "the hit series" */
    if (!(isdigit((unsigned char)t[q]) ||
          (adjective && islower((unsigned char)t[q]))))
      return 0;
    while (q < end && t[q] != ' ')
      q++;
    q++;
  }
  return 0;
}

size_t x_word_before(const char *t, size_t lo, size_t p) {
  size_t w = p - 1; /* the space before the word, not the first byte */
  if (p <= lo || w == lo || t[w] != ' ')
    return p;
  while (w > lo && t[w - 1] != ' ')
    w--;
  return w;
}

bool x_word_before_is(const char *t, size_t lo, size_t p, skg_lex lex,
                      const char *kind) {
  size_t w = x_word_before(t, lo, p);
  if (w == p)
    return false;
  const char *v = skg_lex_get(lex, t + w, p - 1 - w);
  return v && (!kind || strcmp(v, kind) == 0);
}

bool x_short_form_of(const char *s, size_t n, const char *o, size_t m) {
  char init[64]; /* the initials of o's capitalised words, in order */
  size_t ni = 0;
  for (size_t i = 0; i < m && ni < sizeof init; i++)
    if ((i == 0 || o[i - 1] == ' ') && isupper((unsigned char)o[i]))
      init[ni++] = o[i];
  for (size_t i = 0; i < n;) {
    size_t e = i;
    while (e < n && isupper((unsigned char)s[e]))
      e++;
    bool word = (i == 0 || s[i - 1] == ' ') && (e == n || s[e] == ' ');
    for (size_t a = 0; word && e - i >= 2 && a + (e - i) <= ni; a++)
      if (memcmp(init + a, s + i, e - i) == 0)
        return true;
    i = e < n ? e + 1 : n;
  }
  return false;
}

/* Length of "his son " at pos (a possessive and a kin noun of the ties
   lexicon, the space after it), or 0: in "created by A and his son B" the
   kin words stand between two items of one list (issue 11). */
size_t x_kin_len(const char *t, size_t pos, size_t end) {
  static const char *const POSS[] = {"his ", "her ", "their "};
  static const char *const KIN[] = {"parentOf", "siblingOf", "loverOf"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(POSS); i++) {
    size_t p = strlen(POSS[i]), w = pos + p;
    if (pos + p > end || memcmp(t + pos, POSS[i], p) != 0)
      continue;
    while (w < end && islower((unsigned char)t[w]))
      w++;
    const char *v = skg_lex_get(SKG_LEX_TIES, t + pos + p, w - pos - p);
    for (size_t k = 0; v && w < end && t[w] == ' ' && k < SKG_ARRAY_LEN(KIN);
         k++)
      if (strncmp(v, KIN[k], strlen(KIN[k])) == 0)
        return w + 1 - pos;
  }
  return 0;
}

bool x_award_like(const char *s, size_t n) {
  for (size_t w = 0; w < n;) {
    size_t e = w;
    while (e < n && s[e] != ' ')
      e++;
    if (skg_lex_has(SKG_LEX_AWARD_WORDS, s + w, e - w))
      return true;
    w = e + 1;
  }
  return false;
}
