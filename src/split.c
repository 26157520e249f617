/* split.c: the sentence splitter. Encyclopedia prose is full of initials
   ("S. J. Clarkson"), company suffixes ("Nine and a Half Fingers, Inc.") and
   titles ("Dr. Strange") that a naive ". " rule breaks apart. */
#include "doc.h"

#include "alloc.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

/* Words that end in a period without ending the sentence. */
static const char *const ABBREV[] = {
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp",
    "vs", "etc", "No", "Vol", "Mt", "Ft", "Gen", "Capt", "Lt", "Sgt", "Col",
    "Prof", "Rev", "Hon", "Gov", "Sen", "Rep", "approx", "ca", "Jan", "Feb",
    "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Bros", "Pt", "Ed", "eds", "al", "cf", "ft", "Op", "pp", "Nos", "Mme",
};

/* The glosses of a lead: "X (transl. Leader of Rebellion) is a film". */
static const char *const GLOSS[] = {"transl", "lit"};

/* True when w[0..n) is one of the nv words of v; the first byte is
   compared before the length (every word before a period is asked). */
static bool in_list(const char *const *v, size_t nv, const char *w, size_t n) {
  for (size_t i = 0; i < nv; i++)
    if (n && v[i][0] == w[0] && strlen(v[i]) == n && memcmp(v[i], w, n) == 0)
      return true;
  return false;
}

static bool is_abbrev(const char *w, size_t n) {
  if (n == 1 && isupper((unsigned char)w[0]))
    return true; /* an initial */
  if (in_list(ABBREV, SKG_ARRAY_LEN(ABBREV), w, n) ||
      in_list(GLOSS, SKG_ARRAY_LEN(GLOSS), w, n))
    return true;
  /* "U.S." or "e.g.": a word with an inner period */
  return memchr(w, '.', n) != NULL && n <= 6;
}

static bool is_closer(unsigned char c) {
  return c == '"' || c == '\'' || c == ')' || c == ']';
}

/* True when text[i] (an UTF-8 lead byte) starts something a sentence can
   start with: a capital (ASCII or any non-ASCII letter), a digit, a quote
   or a bracket. */
static bool starts_sentence(const char *t, size_t i, size_t len) {
  unsigned char c = (unsigned char)t[i];
  if (isupper(c) || isdigit(c) || c == '"' || c == '(' || c == '\'' ||
      c == '[' || c == '/' || c == '-')
    return true;
  if (c == 0xE2 && i + 2 < len) /* curly quotes and dashes U+2010..U+201F */
    return (unsigned char)t[i + 1] == 0x80;
  /* A lead byte of a letter outside ASCII; U+00DF..U+00FF ("\xC3\x9F" on)
     are lower case. The span may end after a lead byte: read no further. */
  if (c == 0xC3)
    return i + 1 < len && (unsigned char)t[i + 1] < 0x9F;
  return c > 0xC3 && c < 0xF0;
}

/* Length of the word that ends just before the period at p. */
static size_t word_before(const char *t, size_t p, size_t *start) {
  size_t s = p;
  while (s > 0 && !isspace((unsigned char)t[s - 1]) && t[s - 1] != '(' &&
         t[s - 1] != '"')
    s--;
  *start = s;
  return p - s;
}

/* Index after the reference marks at q ("[1]", "[a]", "[citation needed]"),
   which pasted encyclopedia text keeps after a sentence's period, ")." as
   well: "(played by B).[1] Next". A bracket that runs long or over a line
   is text, not a mark. */
static size_t skip_ref_marks(const char *t, size_t len, size_t q) {
  enum { MAX_MARK = 24 };
  while (q < len && t[q] == '[') {
    size_t e = q + 1;
    while (e < len && e - q <= MAX_MARK && t[e] != ']' && t[e] != '[' &&
           t[e] != '\n')
      e++;
    if (e >= len || t[e] != ']' || e == q + 1)
      break;
    q = e + 1;
  }
  return q;
}

/* Is there a sentence boundary right after the terminator at p? Returns
   the index where the next sentence starts, or 0. */
static size_t boundary_after(const char *t, size_t len, size_t p) {
  size_t q = p + 1;
  while (q < len && (t[q] == '.' || t[q] == '!' || t[q] == '?'))
    q++;
  while (q < len && is_closer((unsigned char)t[q]))
    q++;
  q = skip_ref_marks(t, len, q);
  while (q < len && is_closer((unsigned char)t[q]))
    q++;
  if (q >= len || (t[q] != ' ' && t[q] != '\t'))
    return 0;
  size_t r = q;
  while (r < len && (t[r] == ' ' || t[r] == '\t'))
    r++;
  if (r >= len || t[r] == '\n' || !starts_sentence(t, r, len))
    return 0;
  if (t[p] == '.') {
    size_t ws;
    size_t wl = word_before(t, p, &ws);
    if (wl && is_abbrev(t + ws, wl))
      return 0;
  }
  return r;
}

/* Length of a run of title-case words at t[p] ("Here We Go Again"):
   each word starts with a capital or a digit, or is a short function word
   inside the run; counts the words into *words. Stops before the first
   word that is neither, and before any other punctuation than "'". */
static size_t title_run(const char *t, size_t len, size_t p, int *words) {
  static const char *const MINOR[] = {"a",  "an", "the", "of", "and", "in",
                                      "on", "to", "for", "at", "with"};
  size_t end = p;
  *words = 0;
  while (p < len && *words < 10) {
    size_t w = p;
    while (w < len && (isalnum((unsigned char)t[w]) || t[w] == '\'' ||
                       (unsigned char)t[w] >= 0x80))
      w++;
    if (w == p)
      break;
    bool cap = isupper((unsigned char)t[p]) || isdigit((unsigned char)t[p]);
    size_t m = 0;
    while (!cap && m < SKG_ARRAY_LEN(MINOR) &&
           !(strlen(MINOR[m]) == w - p && memcmp(t + p, MINOR[m], w - p) == 0))
      m++;
    if (!cap && (m == SKG_ARRAY_LEN(MINOR) || !*words))
      break;
    if (cap)
      end = w;
    ++*words;
    if (w >= len || t[w] != ' ')
      break;
    p = w + 1;
  }
  return end;
}

/* True when the "!" or "?" at p is inside a title that opens a line
   ("Harbor Nights! The Return is a 2019 film", or the title line itself):
   the words from the line's start up to it, and the words after it up to
   the verb of the lead (or the line's end), are all title-case. */
static bool inside_title(const char *t, size_t len, size_t start, size_t p,
                         size_t next) {
  static const char *const AFTER[] = {" is ",   " was ", " are ",
                                      " were ", " (",    ", "};
  if (t[p] == '.' || (start > 0 && t[start - 1] != '\n'))
    return false;
  int words, total = 0;
  size_t e = start;
  for (;;) { /* "What's Up, Doc": title words, maybe with commas */
    e = title_run(t, len, e, &words);
    total += words;
    if (!words || e >= p || t[e] != ',' || e + 2 > p || t[e + 1] != ' ')
      break;
    e += 2;
  }
  if (e != p || !total || total > 6)
    return false;
  e = title_run(t, len, next, &words);
  if (!words || words > 8)
    return false;
  if (e >= len || t[e] == '\n')
    return true;
  for (size_t i = 0; i < SKG_ARRAY_LEN(AFTER); i++)
    if (e + strlen(AFTER[i]) <= len &&
        memcmp(t + e, AFTER[i], strlen(AFTER[i])) == 0)
      return true;
  return false;
}

static void push(skg_span **v, size_t *n, size_t *cap, const char *t,
                 size_t a, size_t b) {
  while (a < b && isspace((unsigned char)t[a]))
    a++;
  while (b > a && isspace((unsigned char)t[b - 1]))
    b--;
  if (a == b)
    return;
  *v = skg_xgrow(*v, cap, *n + 1, sizeof **v);
  (*v)[(*n)++] = (skg_span){a, b - a, 0, 0};
}

/* The bytes the splitter stops at: a line break and the terminators; it
   passes over any other at one look. */
static const bool STOP[256] = {
    ['\n'] = true, ['.'] = true, ['!'] = true, ['?'] = true};

size_t skg_next_of(const char *t, size_t i, size_t stop, const bool set[256]) {
  const unsigned char *u = (const unsigned char *)t;
  /* eight bytes a test first: nearly all of a text is words, and one
     test for eight costs half the test per byte */
  while (i + 8 <= stop &&
         !(set[u[i]] | set[u[i + 1]] | set[u[i + 2]] | set[u[i + 3]] |
           set[u[i + 4]] | set[u[i + 5]] | set[u[i + 6]] | set[u[i + 7]]))
    i += 8;
  while (i < stop && !set[u[i]])
    i++;
  return i;
}

size_t skg_split_sentences(const char *text, size_t len, skg_span **out) {
  skg_span *v = NULL;
  size_t n = 0, cap = 0, start = 0;
  for (size_t i = 0; i < len; i++) {
    i = skg_next_of(text, i, len, STOP);
    if (i == len)
      break;
    char c = text[i];
    if (c == '\n') {
      push(&v, &n, &cap, text, start, i);
      start = i + 1;
    } else if (c == '.' || c == '!' || c == '?') {
      size_t next = boundary_after(text, len, i);
      if (next && !inside_title(text, len, start, i, next)) {
        push(&v, &n, &cap, text, start, next);
        start = next;
        i = next - 1;
      }
    }
  }
  push(&v, &n, &cap, text, start, len);
  *out = v;
  return n;
}
