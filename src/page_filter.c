/* page_filter.c: the cheap work test of MediaWiki dumps (page_filter.h).
   A dump is mostly not about films (about 3 % of English Wikipedia's
   articles are films or series), and rendering a page costs far more than
   looking at three places of its raw wikitext: the infobox's template
   name, the categories and the lead paragraph. */
#include "page_filter.h"

#include "lexicon.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

enum { NAME_MAX_LEN = 120, LEAD_MAX = 2000 };

const char SKG_PAGE_NOT_WORK[] = "not about a film or series";

static skg_works_mode works_mode = SKG_WORKS_DUMPS;

void skg_page_filter_set(skg_works_mode mode) { works_mode = mode; }
skg_works_mode skg_page_filter_mode(void) { return works_mode; }

static char lower(char c) {
  return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* The name of a template or link target starting at s[0..n): up to the
   first '|', '}', ']', '<', '#' or line break, lower case, '_' read as a
   space, spaces collapsed and trimmed. Returns its length in out. */
static size_t name_at(const char *s, size_t n, char *out) {
  size_t k = 0;
  for (size_t i = 0; i < n && k + 1 < NAME_MAX_LEN; i++) {
    char c = s[i] == '_' ? ' ' : s[i];
    if (c == '|' || c == '}' || c == ']' || c == '<' || c == '#' || c == '\n')
      break;
    if (c == ' ' && (k == 0 || out[k - 1] == ' '))
      continue;
    out[k++] = lower(c);
  }
  while (k && out[k - 1] == ' ')
    k--;
  return k;
}

/* A "{{Infobox film" (any template of data/work_infoboxes.txt). */
static bool has_work_infobox(const char *t, size_t n) {
  char name[NAME_MAX_LEN];
  for (const char *p = t; (p = memchr(p, '{', (size_t)(t + n - p))) != NULL;
       p++) {
    if (p + 1 >= t + n || p[1] != '{')
      continue;
    const char *s = p + 2;
    size_t k = name_at(s, (size_t)(t + n - s), name);
    if (k >= 7 && strncmp(name, "infobox", 7) == 0 &&
        skg_lex_has(SKG_LEX_WORK_INFOBOXES, name, k))
      return true;
  }
  return false;
}

/* Is some tail of name[0..k), from a word start, a work category? */
static bool work_tail(const char *name, size_t k) {
  for (size_t i = 0; i < k; i++)
    if ((i == 0 || name[i - 1] == ' ') &&
        skg_lex_has(SKG_LEX_WORK_CATEGORIES, name + i, k - i))
      return true;
  return false;
}

/* A "[[Category:1994 films]]" (a tail of data/work_categories.txt). */
static bool has_work_category(const char *t, size_t n) {
  static const char TAG[] = "[[category:";
  const size_t tag = sizeof TAG - 1;
  char name[NAME_MAX_LEN];
  for (const char *p = t; (p = memchr(p, '[', (size_t)(t + n - p))) != NULL;
       p++) {
    if ((size_t)(t + n - p) < tag || strncasecmp(p, TAG, tag) != 0)
      continue;
    size_t k = name_at(p + tag, (size_t)(t + n - p - tag), name);
    if (work_tail(name, k))
      return true;
  }
  return false;
}

/* The end of the balanced open ... close block at t[i..n) (nested), or n. */
static size_t skip_block(const char *t, size_t i, size_t n, char open,
                         char close) {
  size_t depth = 0;
  for (; i + 1 < n; i++) {
    if (t[i] == open && t[i + 1] == open) {
      depth++;
      i++;
    } else if (t[i] == close && t[i + 1] == close) {
      i++;
      if (--depth == 0)
        return i + 1;
    }
  }
  return n;
}

static bool starts(const char *t, size_t i, size_t n, const char *s) {
  size_t k = strlen(s);
  return n - i >= k && strncasecmp(t + i, s, k) == 0;
}

/* Just past the first s in t[i..n) (NUL-terminated or not), or n. */
static size_t past(const char *t, size_t i, size_t n, const char *s) {
  size_t k = strlen(s);
  for (; i + k <= n; i++)
    if (t[i] == s[0] && memcmp(t + i, s, k) == 0)
      return i + k;
  return n;
}

/* Where the lead's first paragraph starts: after the templates (hatnotes,
   the infobox), pictures, comments, tables and magic words that come
   first. */
static size_t lead_start(const char *t, size_t n) {
  size_t i = 0;
  while (i < n) {
    if (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')
      i++;
    else if (starts(t, i, n, "{{"))
      i = skip_block(t, i, n, '{', '}');
    else if (starts(t, i, n, "[[file:") || starts(t, i, n, "[[image:"))
      i = skip_block(t, i, n, '[', ']');
    else if (starts(t, i, n, "<!--"))
      i = past(t, i, n, "-->");
    else if (starts(t, i, n, "{|"))
      i = past(t, i, n, "\n|}");
    else if (t[i] == ':' || starts(t, i, n, "__"))
      i = past(t, i, n, "\n");
    else
      break;
  }
  return i;
}

static bool word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
}

/* Is the word (or the two words) at w[0..k) a work noun, as it is or
   without a plural "s"? */
static bool work_noun(const char *w, size_t k) {
  char buf[NAME_MAX_LEN] = "";
  if (k == 0 || k >= sizeof buf)
    return false;
  for (size_t i = 0; i < k; i++)
    buf[i] = lower(w[i]);
  return skg_lex_has(SKG_LEX_WORK_NOUNS, buf, k) ||
         (k > 1 && buf[k - 1] == 's' &&
          skg_lex_has(SKG_LEX_WORK_NOUNS, buf, k - 1));
}

/* A work noun ("film", "television series") among the words of the lead
   paragraph t[i..e), markup and all. */
static bool lead_has_work_noun(const char *t, size_t i, size_t e) {
  size_t prev = SIZE_MAX; /* start of the word before, if adjacent */
  while (i < e) {
    if (!word_char(t[i])) {
      if (t[i] != ' ')
        prev = SIZE_MAX;
      i++;
      continue;
    }
    size_t a = i;
    while (i < e && word_char(t[i]))
      i++;
    if (work_noun(t + a, i - a) ||
        (prev != SIZE_MAX && work_noun(t + prev, i - prev)))
      return true;
    prev = a;
  }
  return false;
}

/* The lead's first paragraph: up to a blank line or a line break outside
   templates and links, at most LEAD_MAX bytes. */
static bool lead_says_work(const char *t, size_t n) {
  size_t a = lead_start(t, n), e = a, depth = 0;
  size_t cap = n - a > LEAD_MAX ? a + LEAD_MAX : n;
  for (; e < cap; e++) {
    if (t[e] == '{' || t[e] == '[')
      depth++;
    else if ((t[e] == '}' || t[e] == ']') && depth)
      depth--;
    else if (t[e] == '\n' && depth == 0)
      break;
  }
  return lead_has_work_noun(t, a, e);
}

bool skg_page_maybe_work(const char *text, size_t n) {
  return has_work_infobox(text, n) || has_work_category(text, n) ||
         lead_says_work(text, n);
}
