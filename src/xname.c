/* xname.c: finding names in text: capitalised words in any script, with the
   initials, hyphens, apostrophes, nicknames and particles real names have. */
#include "lexicon.h"
#include "norm.h"
#include "xctx.h"
#include "xmatch.h" /* XC_LEN only: xname calls nothing of xmatch */
#include "xname_words.h"

#include <ctype.h>
#include <string.h>
#include <utf8proc.h>

/* Decodes the code point at t[pos]; returns its length (1 on bad bytes). */
static size_t cp_at(const char *t, size_t pos, size_t end, int32_t *cp) {
  if ((unsigned char)t[pos] < 0x80) { /* what utf8proc_iterate says */
    *cp = (unsigned char)t[pos];
    return 1;
  }
  utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)t + pos,
                                        (utf8proc_ssize_t)(end - pos), cp);
  if (k <= 0) {
    *cp = (unsigned char)t[pos];
    return 1;
  }
  return (size_t)k;
}

static bool alnum_cp(int32_t cp) {
  utf8proc_category_t c = skg_cp_category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
         (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME) ||
         (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

bool x_cap_at_rest(const char *t, size_t pos, size_t end) {
  int32_t cp;
  cp_at(t, pos, end, &cp);
  utf8proc_category_t c = skg_cp_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/* The typographic apostrophe (U+2019) in UTF-8. */
#define RSQUO "\xE2\x80\x99"

size_t x_possessive_at(const char *t, size_t pos, size_t end) {
  if (pos < end && t[pos] == '\'') {
    if (pos + 1 < end && t[pos + 1] == 's' &&
        (pos + XC_LEN("'s") >= end ||
         !isalnum((unsigned char)t[pos + XC_LEN("'s")])))
      return XC_LEN("'s");
    if (pos + 1 >= end || !isalnum((unsigned char)t[pos + 1]))
      return 1;
  }
  if (pos + XC_LEN(RSQUO) - 1 < end &&
      memcmp(t + pos, RSQUO, XC_LEN(RSQUO)) == 0) {
    if (pos + XC_LEN(RSQUO) < end && t[pos + XC_LEN(RSQUO)] == 's' &&
        (pos + XC_LEN(RSQUO "s") >= end ||
         !isalnum((unsigned char)t[pos + XC_LEN(RSQUO "s")])))
      return XC_LEN(RSQUO "s");
    return XC_LEN(RSQUO);
  }
  return 0;
}

static bool lower_cp(int32_t cp) {
  return skg_cp_category(cp) == UTF8PROC_CATEGORY_LL;
}

static bool upper_cp(int32_t cp) {
  utf8proc_category_t c = skg_cp_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/* True when the period at t[i] ends a sentence whose space was lost
   ("Gillis.Lentz, Harris"): a lower-case letter before it, a capital and a
   lower-case letter after it. Domains ("Museum.TV", "Site.com") and
   initials ("J.R.") do not look like that. */
static bool lost_break_at(const char *t, size_t i, size_t end) {
  int32_t a, b;
  if (i == 0 || !(t[i - 1] >= 'a' && t[i - 1] <= 'z'))
    return false;
  size_t k = cp_at(t, i + 1, end, &a);
  if (i + 1 + k >= end || !upper_cp(a))
    return false;
  cp_at(t, i + 1 + k, end, &b);
  return lower_cp(b);
}

/* Where two words glued by a lost line break meet inside the word
   t[pos..pos+n) ("MiyazakiKirk"): after a run of at least four lower-case
   letters, a capital followed by a lower-case letter. Returns the length
   of the first word, or n. Shorter runs are the inner capitals names
   have (McKay, MacLeod, DeVito, FitzGerald, LaRue). */
static size_t glue_len(const char *t, size_t pos, size_t n) {
  size_t run = 0, end = pos + n;
  for (size_t i = pos; i < end;) {
    int32_t cp, next;
    size_t k = cp_at(t, i, end, &cp);
    if (run >= 4 && upper_cp(cp) && i + k < end) {
      cp_at(t, i + k, end, &next);
      if (lower_cp(next))
        return i - pos;
    }
    run = lower_cp(cp) ? run + 1 : 0;
    i += k;
  }
  return n;
}

/* Length of the word at t[pos]: letters and digits, with apostrophes,
   hyphens and periods inside it (not a trailing possessive). */
static size_t word_len(const char *t, size_t pos, size_t end) {
  size_t i = pos;
  while (i < end) {
    unsigned char b = (unsigned char)t[i];
    if ((unsigned)((b | 0x20) - 'a') < 26u || (unsigned)(b - '0') < 10u) {
      i++; /* ASCII letters and digits: alnum_cp's answer, without it */
      continue;
    }
    int32_t cp;
    size_t k = cp_at(t, i, end, &cp);
    if (alnum_cp(cp)) {
      i += k;
      continue;
    }
    bool inner = (cp == '\'' || cp == 0x2019 || cp == '-' || cp == '.' ||
                  cp == '&') &&
                 i > pos && i + k < end;
    if (inner && (cp == '\'' || cp == 0x2019) && x_possessive_at(t, i, end))
      break;
    if (cp == '.' && lost_break_at(t, i, end))
      break;
    if (inner) {
      int32_t next;
      cp_at(t, i + k, end, &next);
      if (alnum_cp(next)) {
        i += k;
        continue;
      }
    }
    break;
  }
  return i - pos;
}

/* True when the n-byte word at t[pos] is a particle of a name of
   data/name_particles.txt ("de", "van", "bin"), in lower case only ("De"
   is a name's word of its own). Most words of a name are capitalised
   and end at the first byte, before any look-up. */
static bool is_particle(const char *t, size_t pos, size_t n) {
  return xw_lower_len(t, pos, pos + n) == n &&
         skg_lex_has(SKG_LEX_NAME_PARTICLES, t + pos, n);
}

/* Initials are capitals each with a period, before a space: "J." and
   "J.C." (one part: "J.C. Roe"). */
static size_t initial_len(const char *t, size_t pos, size_t end) {
  size_t i = pos;
  while (i + 1 < end && isupper((unsigned char)t[i]) && t[i + 1] == '.')
    i += 2;
  if (i > pos && (i >= end || t[i] == ' '))
    return i - pos;
  return 0;
}

/* Length of a quoted nickname "Foggy" at pos followed by a space and a
   capitalised word, or 0. */
static size_t nickname_len(const char *t, size_t pos, size_t end) {
  if (pos >= end || t[pos] != '"' || !x_cap_at(t, pos + 1, end))
    return 0;
  size_t w = word_len(t, pos + 1, end);
  size_t q = pos + 1 + w;
  if (q + XC_LEN("\" ") < end && t[q] == '"' && t[q + 1] == ' ' &&
      x_cap_at(t, q + XC_LEN("\" "), end))
    return q + 1 - pos;
  return 0;
}

/* Length of the next name part at pos (a capitalised word or an initial),
   or 0. */
static size_t part_len(const char *t, size_t pos, size_t end) {
  size_t k = initial_len(t, pos, end);
  if (k)
    return k;
  if (!x_cap_at(t, pos, end))
    return 0;
  return word_len(t, pos, end);
}

/* True when a lost line break glued two people's names at t[g]: the name
   t[pos..g) before it looks like a person's and the name after it has two
   words or more ("Hanako TakedaKirk Vole"). Inner capitals of brands and
   titles ("The SpongeBob Movie", "Quark DreamWorks") are left alone. */
static bool glued_names(const char *t, size_t pos, size_t g, size_t end) {
  size_t r = x_name_len(t, g, end);
  return memchr(t + g, ' ', r) && x_person_like(t + pos, g - pos, false);
}

/* Start of the last word of t[pos..i), or pos. */
static size_t last_word_start(const char *t, size_t pos, size_t i) {
  size_t p = i;
  while (p > pos && t[p - 1] != ' ')
    p--;
  return p;
}

/* Drops trailing words that end a sentence rather than a name ("Jane Roe
   The film ...", where a period was lost): the name_tail_stops lexicon.
   What is left must still be a name, not one word like "The" ("The
   Nominated" stays whole). */
static size_t trim_stop_tail(const char *t, size_t pos, size_t i) {
  for (;;) {
    size_t p = last_word_start(t, pos, i);
    if (p <= pos + 1 || !skg_lex_has(SKG_LEX_NAME_TAIL_STOPS, t + p, i - p))
      return i;
    size_t rest = p - 1;
    if (!memchr(t + pos, ' ', rest - pos) &&
        skg_lex_has(SKG_LEX_NOT_NAMES, t + pos, rest - pos))
      return i;
    i = rest;
  }
}

static size_t name_len(const char *t, size_t pos, size_t end);

/* Out of line, so that x_name_len's refusals (most bytes) set up none of
   the name walk's frame. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t
name_len_memo(const char *t, size_t pos, size_t end) {
  size_t n;
  if (x_memo_name_get(t, pos, end, &n)) /* speed: asked again (xfind.c) */
    return n;
  n = name_len(t, pos, end);
  x_memo_name_put(t, pos, end, n);
  return n;
}

size_t x_name_len(const char *t, size_t pos, size_t end) {
  if (pos >= end) /* a caller past its sentence: nothing, not end - pos */
    return 0;
  /* Callers try nearly every byte of a sentence: an ASCII byte that is not
     a capital starts neither an initial nor a capitalised word. */
  unsigned char c0 = (unsigned char)t[pos];
  if (c0 < 0x80 && !(c0 >= 'A' && c0 <= 'Z'))
    return 0;
  if (end - pos > X_NAME_MAX)
    end = pos + X_NAME_MAX;
  return name_len_memo(t, pos, end);
}

/* True when the name t[pos..i) ends in an initial after a word ("Sundar
   C.") and the capitalised word t[j..j+k) after it starts the next
   sentence instead: a word no name has (not_names), then a lower-case
   word or a comma ("directed by Sundar C. It stars ...", "and Cardi B.
   However, the ..."). The splitter keeps "C. It" together, as it must
   for "S. J. Clarkson". */
static bool sentence_after_initial(const char *t, size_t pos, size_t i,
                                   size_t j, size_t k, size_t end) {
  if (i < pos + XC_LEN("A C.") || t[i - 1] != '.' ||
      t[i - XC_LEN(" C.")] != ' ' || j + k + 1 >= end ||
      initial_len(t, j, end) ||
      !(t[j + k] == ',' ||
        (t[j + k] == ' ' && islower((unsigned char)t[j + k + 1]))))
    return false;
  return skg_lex_has(SKG_LEX_NOT_NAMES, t + j, k);
}

/* Length of an elided particle glued to the next part of a name ("d'"
   of "Jean d'Arcy", also with a typographic apostrophe), or 0. */
static size_t elided_particle_len(const char *t, size_t j, size_t end) {
  static const char *const ELIDED[] = {"d'", "d\u2019"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(ELIDED); i++) {
    size_t n = strlen(ELIDED[i]);
    if (j + n < end && strncmp(t + j, ELIDED[i], n) == 0 &&
        x_cap_at(t, j + n, end))
      return n;
  }
  return 0;
}

static size_t name_len(const char *t, size_t pos, size_t end) {
  size_t first = part_len(t, pos, end);
  if (!first)
    return 0;
  size_t i = pos + first;
  for (;;) {
    if (i >= end || t[i] != ' ')
      break;
    size_t j = i + 1, k;
    if ((k = nickname_len(t, j, end))) {
      i = j + k; /* the space after the nickname is consumed next round */
      continue;
    }
    size_t w = word_len(t, j, end);
    if (w && is_particle(t, j, w) && j + w < end && t[j + w] == ' ' &&
        x_cap_at(t, j + w + 1, end)) {
      j += w + 1;
    }
    j += elided_particle_len(t, j, end); /* "Jean d'Arcy" (issue 11) */
    if (!(k = part_len(t, j, end)) ||
        sentence_after_initial(t, pos, i, j, k, end))
      break;
    size_t g = glue_len(t, j, k);
    if (g < k && glued_names(t, pos, j + g, end)) {
      i = j + g; /* the rest is another name */
      break;
    }
    i = j + k;
  }
  /* An initial's period is kept; any other trailing period is not. */
  while (i > pos && (t[i - 1] == '-' || t[i - 1] == '\''))
    i--;
  return trim_stop_tail(t, pos, i) - pos;
}

size_t x_skip_space(const char *t, size_t pos, size_t end) {
  while (pos < end && (t[pos] == ' ' || t[pos] == '\t'))
    pos++;
  return pos;
}

/* Length of a list separator at pos: ", ", ", and ", " and ", "; ", and,
   when kin, " and his son " (after a full name only: "Sam and his brother
   Ivan" may close a list that began before the sentence's subject). */
static size_t separator_len(const char *t, size_t pos, size_t end, bool kin) {
  static const char *const SEPS[] = {", and ", ", & ", ", ", " and ", " & "};
  if (pos >= end)
    return 0;
  for (size_t i = 0; i < SKG_ARRAY_LEN(SEPS); i++) {
    if (t[pos] != SEPS[i][0]) /* speed: most places fail here */
      continue;
    size_t n = strlen(SEPS[i]);
    if (pos + n <= end && memcmp(t + pos, SEPS[i], n) == 0)
      return n + (kin && (i == 0 || i == 3) ? x_kin_len(t, pos + n, end) : 0);
  }
  return 0;
}

size_t x_name_list(const char *t, size_t pos, size_t end, x_span *out,
                   size_t max, size_t *stop) {
  size_t n = 0, i = pos;
  *stop = pos;
  while (n < max) {
    size_t k = x_name_len(t, i, end);
    if (!k)
      break;
    out[n++] = (x_span){i, k};
    i += k;
    *stop = i;
    size_t s = separator_len(t, i, end, memchr(t + i - k, ' ', k) != NULL);
    if (!s || !x_cap_at(t, i + s, end))
      break;
    i += s;
  }
  return n;
}

/* ---- works and companies ---- */

/* Length of " of the " (one or two small words of a title, each with the
   space before it, and the space after) at t[i] when a capital follows
   ("Half in the Bag", "Ash vs. Evil Dead"), or 0. A joiner or "at" is
   never the first of two: "A and the B" is two titles, "X at the Y
   Theater" a place. */
static size_t small_run_len(const char *t, size_t i, size_t end,
                            unsigned flags) {
  size_t j = i;
  for (int words = 0; words < 2 && j + 1 < end && t[j] == ' '; words++) {
    size_t w = xw_lower_len(t, j + 1, end);
    if (!w || !xw_small_word(t, j + 1, w, flags & X_TITLE_JOIN))
      break;
    bool alone = x_word_at(t, j + 1, end, "and") ||
                 x_word_at(t, j + 1, end, "or") ||
                 x_word_at(t, j + 1, end, "at");
    j += 1 + w;
    if (j < end && t[j] == '.' && w <= 2) /* "vs." */
      j++;
    if (j + 1 < end && t[j] == ' ' && x_cap_at(t, j + 1, end))
      return j + 1 - i;
    if (alone)
      break;
  }
  return 0;
}

/* True when the small run of w bytes at t[i] is " on " before a
   network's name: "the series Ward Nine on NBC" names the network after
   the title, not a longer title. */
static bool network_after_on(const char *t, size_t i, size_t w, size_t end) {
  size_t n = w == sizeof " on " - 1 && x_at(t, i, end, " on ")
                 ? x_name_len(t, i + w, end)
                 : 0;
  return n && x_network_like(t + i + w, n);
}

size_t x_title_len(const char *t, size_t pos, size_t end, unsigned flags) {
  if (pos >= end) /* a caller past its sentence: nothing, not end - pos */
    return 0;
  if (end - pos > X_NAME_MAX)
    end = pos + X_NAME_MAX;
  size_t i = pos + x_name_len(t, pos, end);
  if (i == pos)
    return 0;
  for (;;) {
    size_t k = x_possessive_at(t, i, end), w;
    if ((flags & X_TITLE_POSS) && k && i + k + 1 < end && t[i + k] == ' ' &&
        x_cap_at(t, i + k + 1, end)) {
      i += k + 1 + x_name_len(t, i + k + 1, end);
    } else if ((w = small_run_len(t, i, end, flags)) &&
               !network_after_on(t, i, w, end)) {
      i += w + x_name_len(t, i + w, end);
    } else if ((flags & X_TITLE_JOIN) && i + XC_LEN(": ") < end &&
               t[i] == ':' && t[i + 1] == ' ' &&
               x_cap_at(t, i + XC_LEN(": "), end)) {
      i += XC_LEN(": ") + x_name_len(t, i + XC_LEN(": "), end);
    } else {
      break;
    }
  }
  return i - pos;
}

/* Length of ", Inc." (a legal-form suffix after a comma) at t[pos], or 0. */
static size_t legal_suffix_len(const char *t, size_t pos, size_t end) {
  static const char *const FORMS[] = {", Inc.", ", Inc", ", LLC", ", Ltd.",
                                      ", Ltd", ", Co.", ", Corp."};
  if (pos >= end)
    return 0;
  for (size_t i = 0; i < SKG_ARRAY_LEN(FORMS); i++) {
    if (t[pos] != FORMS[i][0]) /* speed: most places fail here */
      continue;
    size_t n = strlen(FORMS[i]);
    if (pos + n <= end && memcmp(t + pos, FORMS[i], n) == 0 &&
        (pos + n == end || !isalnum((unsigned char)t[pos + n])))
      return n;
  }
  return 0;
}

/* Small words inside company names ("Bank of the West", "Nine and a Half
   Fingers"); not "in" or "on", which end a name in running text. */
static bool org_word(const char *t, size_t pos, size_t n) {
  static const char *const W[] = {"of", "the", "a", "an", "and", "&", "de"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(W); i++)
    if (xw_same_word(W[i], t + pos, n))
      return true;
  return false;
}

/* Length of an ordinal and a space before a capital ("20th ", "21st "),
   which can start a company name ("20th Century Fox"), or 0. */
static size_t ordinal_len(const char *t, size_t pos, size_t end) {
  static const char *const ENDS[] = {"st ", "nd ", "rd ", "th "};
  size_t i = pos;
  while (i < end && isdigit((unsigned char)t[i]))
    i++;
  if (i == pos || i - pos > 3)
    return 0;
  for (size_t k = 0; k < SKG_ARRAY_LEN(ENDS); k++)
    if (x_at(t, i, end, ENDS[k]) && x_cap_at(t, i + XC_LEN("th "), end))
      return i + XC_LEN("th ") - pos; /* each ending is as long */
  return 0;
}

/* 1 when the name t[pos..i) ends in an abbreviated legal form whose
   period follows ("Quarry Production Inc.", "Vole Bros."), else 0. */
static size_t abbrev_period_len(const char *t, size_t pos, size_t i,
                                size_t end) {
  static const char *const ABBR[] = {"Inc", "Ltd", "Co", "Corp", "Bros",
                                     "Pvt", "Pty"};
  if (i >= end || t[i] != '.')
    return 0;
  size_t w = i;
  while (w > pos && t[w - 1] != ' ')
    w--;
  if (w == pos)
    return 0;
  for (size_t k = 0; k < SKG_ARRAY_LEN(ABBR); k++)
    if (i - w == strlen(ABBR[k]) && memcmp(t + w, ABBR[k], i - w) == 0)
      return 1;
  return 0;
}

/* Length of "'s Gate Films" at t[i] when the one word t[pos..i) and it
   form a company's name ("Lion's Gate Films"): a possessive, then a
   capitalised name that ends like a company. A longer owner ("Carl
   Roe's Zeta Pictures", "Quark Group's Zeta Television") runs the
   company rather than naming it, so that possessive ends the name. */
static size_t possessive_name_len(const char *t, size_t pos, size_t i,
                                  size_t end) {
  size_t k = x_possessive_at(t, i, end);
  if (!k || memchr(t + pos, ' ', i - pos) || i + k + 1 >= end ||
      t[i + k] != ' ' || !x_cap_at(t, i + k + 1, end))
    return 0;
  size_t n = x_name_len(t, i + k + 1, end);
  if (x_generic_name(t + i + k + 1, n)) /* "Roe's Anime Film" */
    return 0;
  if (!x_company_like(t + i + k + 1, n) &&
      !(n && memchr(t + i + k + 1, ' ', n) == NULL &&
        skg_lex_has(SKG_LEX_COMPANY_SUFFIXES, t + i + k + 1, n)))
    return 0;
  return k + 1 + n;
}

size_t x_org_len(const char *t, size_t pos, size_t end) {
  if (pos >= end) /* a caller past its sentence: nothing, not end - pos */
    return 0;
  if (end - pos > X_NAME_MAX)
    end = pos + X_NAME_MAX;
  size_t o = ordinal_len(t, pos, end), k = x_name_len(t, pos + o, end);
  if (!k)
    return 0;
  size_t i = pos + o + k;
  i += possessive_name_len(t, pos, i, end);
  for (;;) {
    while (i < end && t[i] == '+')
      i++;
    /* "Nine and a Half": "and" only before another small word, so that
       the list "A and B" stays two names */
    size_t j = i, words = 0, w;
    while (j + 1 < end && t[j] == ' ' && (w = xw_lower_len(t, j + 1, end)) &&
           org_word(t, j + 1, w) && words < 2) {
      j += w + 1;
      words++;
    }
    bool and_first = words && x_word_at(t, i + 1, end, "and");
    if (and_first && !x_word_at(t, i + XC_LEN(" and "), end, "a") &&
        !x_word_at(t, i + XC_LEN(" and "), end, "an"))
      break;
    if (!words || (and_first && words < 2) || j + 1 >= end || t[j] != ' ' ||
        !x_cap_at(t, j + 1, end))
      break;
    i = j + 1 + x_name_len(t, j + 1, end);
  }
  size_t d = i + 1;
  while (d < end && t[d] >= '0' && t[d] <= '9')
    d++;
  /* "Channel 4", "France 2": a network the lexicon knows with its number,
     which the name scanner ends before */
  if (d > i + 1 && t[i] == ' ' && (d == end || !isalnum((unsigned char)t[d])) &&
      x_network_like(t + pos, d - pos))
    return d - pos;
  size_t a = abbrev_period_len(t, pos, i, end);
  if (a && i + XC_LEN(". ") < end && t[i + 1] == ' ' &&
      x_cap_at(t, i + XC_LEN(". "), end)) {
    /* "Vole Bros. Pictures": a company name goes on after the period */
    size_t m = i + XC_LEN(". ") + x_name_len(t, i + XC_LEN(". "), end);
    if (x_company_like(t + pos, m - pos))
      return m - pos + legal_suffix_len(t, m, end);
  }
  return i - pos + a + legal_suffix_len(t, i, end);
}

size_t x_org_list(const char *t, size_t pos, size_t end, x_span *out,
                  size_t max, size_t *stop) {
  size_t n = 0, i = pos;
  *stop = pos;
  while (n < max) {
    if (x_word_at(t, i, end, "the") && x_cap_at(t, i + XC_LEN("the "), end))
      i += XC_LEN("the ");
    size_t k = x_org_len(t, i, end), poss;
    if (!k)
      break;
    /* "Owner's Label": the item is the label the owner runs */
    while ((poss = x_possessive_at(t, i + k, end)) && i + k + poss < end &&
           t[i + k + poss] == ' ' && x_org_len(t, i + k + poss + 1, end)) {
      i += k + poss + 1;
      k = x_org_len(t, i, end);
    }
    out[n++] = (x_span){i, k};
    i += k;
    *stop = i;
    size_t s = separator_len(t, i, end, false);
    if (!s || !(x_cap_at(t, i + s, end) || x_word_at(t, i + s, end, "the")))
      break;
    i += s;
  }
  return n;
}

/* Length of the word at t[pos] up to a space (the not_names test needs the
   raw word, punctuation included). */
static size_t raw_word_len(const char *t, size_t pos, size_t end) {
  size_t i = pos;
  while (i < end && t[i] != ' ')
    i++;
  return i - pos;
}

size_t x_name_before(const char *t, size_t lo, size_t v) {
  if (v - lo > X_NAME_MAX)
    lo = v - X_NAME_MAX;
  size_t p = lo;
  for (; p < v; p++) {
    if (p > lo && t[p - 1] != ' ')
      continue;
    if (x_cap_at(t, p, v) && x_name_len(t, p, v) == v - p)
      break;
  }
  if (p >= v)
    return v;
  for (;;) { /* "However Jane Roe" -> "Jane Roe" */
    size_t w = raw_word_len(t, p, v);
    if (p + w >= v || !skg_lex_has(SKG_LEX_NOT_NAMES, t + p, w))
      break;
    p += w + 1;
  }
  return p;
}
