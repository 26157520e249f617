/* xcast_desc.c: a performer described before their name in a cast list
   (issue 11, h-cls2): "It stars A, B and YouTube personality C", "the cast
   consisted of co-writer A and pornographic film star B". The list readers
   take a name at each item; a description there either ends the list (a
   lower-case word) or is taken for the name ("YouTube"). */
#include "xcast_desc.h"

#include "lexicon.h"
#include "xctx.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

/* Words before the noun: at most two lower-case, or one capitalised. */
enum { DESC_WORDS = 2 };

/* Length of the word at p: letters, digits, hyphens; 0 if none. */
static size_t word_at(const char *t, size_t p, size_t end) {
  size_t e = p;
  while (e < end && (isalnum((unsigned char)t[e]) || t[e] == '-'))
    e++;
  return e - p;
}

/* True when the lower-case word t[p..p+n) may describe: not a small word
   that closes a phrase ("the", "of", "by": "and the director A", "with
   music by A" are no descriptions). */
static bool adjective(const char *t, size_t p, size_t n) {
  return n > 0 && islower((unsigned char)t[p]) &&
         !skg_lex_has(SKG_LEX_ADJECTIVE_STOPS, t + p, n) &&
         !skg_lex_has(SKG_LEX_PHRASE_STOPS, t + p, n);
}

/* True when the word t[q..q+n) is a lower-case performer noun and a
   person's name follows it (not "Rising Star Entertainment": a company). */
static bool performer(const char *t, size_t q, size_t n, size_t end) {
  if (!islower((unsigned char)t[q]) ||
      !skg_lex_has(SKG_LEX_PERFORMER_NOUNS, t + q, n) ||
      !x_cap_at(t, q + n + 1, end))
    return false;
  size_t k = x_name_len(t, q + n + 1, end);
  return k && !x_company_like(t + q + n + 1, k);
}

size_t x_desc_skip(const char *t, size_t p, size_t end) {
  size_t q = p;
  for (int w = 0; w <= DESC_WORDS && q < end; w++) {
    size_t n = word_at(t, q, end);
    if (!n || q + n >= end || t[q + n] != ' ')
      return p;
    if (performer(t, q, n, end))
      return q + n + 1;
    bool cap = x_cap_at(t, q, end);
    if (cap ? w > 0 || !word_at(t, q + n + 1, end) : !adjective(t, q, n))
      return p;
    if (cap && !skg_lex_has(SKG_LEX_PERFORMER_NOUNS, t + q + n + 1,
                            word_at(t, q + n + 1, end)))
      return p; /* "YouTube personality": a capital right before the noun */
    q += n + 1;
  }
  return p;
}

/* Past "FBI agent ", "NYPD detective " at q; an acronym in capitals
   and one or two lower-case words before a capitalised name
   ("as FBI agent Hal Brine") are the character's job, not its name. */
size_t x_acronym_job_skip(const char *t, size_t q, size_t end) {
  size_t e = q;
  while (e < end && isupper((unsigned char)t[e]))
    e++;
  if (e - q < 2 || e >= end || t[e] != ' ')
    return q;
  for (int words = 0; words < 2; words++) {
    size_t w = e + 1;
    if (w >= end || !islower((unsigned char)t[w]))
      return q;
    e = x_find(t, w, end, " ");
    if (e < end && x_cap_at(t, e + 1, end))
      return e + 1;
  }
  return q;
}

/* True when the gaps t[a0..a1) and t[b0..b1) are the same bytes: the
   separators of two lists that pair up (" and ", ", "). */
static bool same_gap(const char *t, size_t a0, size_t a1, size_t b0,
                     size_t b1) {
  return a1 - a0 == b1 - b0 && memcmp(t + a0, t + b0, a1 - a0) == 0;
}

/* Where ", respectively" or " respectively" at t[p] ends, or 0. */
static size_t respectively_end(const char *t, size_t p, size_t end) {
  static const char *const RESP[] = {", respectively", " respectively"};
  for (size_t i = 0; i < sizeof RESP / sizeof RESP[0]; i++) {
    size_t n = strlen(RESP[i]);
    if (p + n <= end && memcmp(t + p, RESP[i], n) == 0)
      return p + n;
  }
  return 0;
}

size_t x_parallel_roles(const char *t, size_t c, size_t end,
                        const x_span *actor, size_t n, x_span *role) {
  size_t stop = c, m = n >= 2 ? x_name_list(t, c, end, role, n + 1, &stop) : 0;
  /* not in a list of pairs ("A as B, C as D, E as F"), where the names
     around " as D" are a character and an actor: the last "role" would
     be the next pair's actor */
  if (m != n || x_at(t, stop, end, " as "))
    return 0;
  size_t resp = respectively_end(t, stop, end);
  for (size_t i = 0; !resp && i + 1 < n; i++)
    if (!same_gap(t, actor[i].off + actor[i].len, actor[i + 1].off,
                  role[i].off + role[i].len, role[i + 1].off))
      return 0;
  return resp ? resp : stop;
}
