/* read_wiki_scan.c: scanning wikitext without rendering it: comments
   skipped, a template's or link's inside split at its top-level '|', its
   name compared and its arguments looked up. Apart from read_wiki.c
   because the templates (read_wiki_templates.c) need it as much as the
   renderer does, and none of it writes a document. */
#include "read_wiki.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>

bool wiki_at(const wiki *w, size_t i, size_t e, const char *s) {
  size_t k = strlen(s);
  return i + k <= e && memcmp(w->t + i, s, k) == 0;
}

size_t wiki_skip_comment(const wiki *w, size_t i, size_t e) {
  for (size_t j = i + 4; j + 3 <= e; j++)
    if (memcmp(w->t + j, "-->", 3) == 0)
      return j + 3;
  return e;
}

bool wiki_broken(const wiki *w, size_t i) {
  return w->broken && i < w->n && w->broken[i];
}

/* The bytes wiki_split_bars acts on; it passes over any other at one
   look (every template's text is split). */
static const bool BAR_BYTE[256] = {['<'] = true, ['{'] = true, ['}'] = true,
                                   ['['] = true, [']'] = true, ['|'] = true};

size_t wiki_split_bars(const wiki *w, size_t a, size_t e, span *v, size_t max) {
  size_t n = 0, start = a;
  int braces = 0, brackets = 0;
  for (size_t j = a; (j = skg_next_of(w->t, j, e, BAR_BYTE)) < e; j++) {
    const char *p = w->t + j;
    if (p[0] == '<' && wiki_at(w, j, e, "<!--"))
      j = wiki_skip_comment(w, j, e) - 1;
    else if (j + 1 < e && p[0] == '{' && p[1] == '{' && !wiki_broken(w, j))
      braces++, j++;
    else if (j + 1 < e && p[0] == '}' && p[1] == '}' && braces)
      braces--, j++;
    else if (j + 1 < e && p[0] == '[' && p[1] == '[' && !wiki_broken(w, j))
      brackets++, j++;
    else if (j + 1 < e && p[0] == ']' && p[1] == ']' && brackets)
      brackets--, j++;
    else if (p[0] == '|' && !braces && !brackets && n + 1 < max) {
      v[n++] = (span){start, j};
      start = j + 1;
    }
  }
  v[n++] = (span){start, e};
  return n;
}

/* isspace without its call for ASCII (the six spaces of every locale):
   the renderer trims every template argument and name. */
static bool space_byte(char ch) {
  unsigned char c = (unsigned char)ch;
  if (c < 0x80)
    return c == ' ' || (c >= '\t' && c <= '\r');
  return isspace(c);
}

span wiki_trim(const wiki *w, span s) {
  while (s.a < s.e && space_byte(w->t[s.a]))
    s.a++;
  while (s.e > s.a && space_byte(w->t[s.e - 1]))
    s.e--;
  return s;
}

/* The byte of a name as compared: lower case, '_' a space. */
static int name_byte(char c) {
  return tolower((unsigned char)(c == '_' ? ' ' : c));
}

/* The first byte of the name s as wiki_name_is compares it, or -1 when
   s holds only spaces. */
static int first_name_byte(const wiki *w, span s) {
  while (s.a < s.e && space_byte(w->t[s.a]))
    s.a++;
  return s.a == s.e ? -1 : name_byte(w->t[s.a]);
}

bool wiki_name_is(const wiki *w, span s, const char *want, bool prefix) {
  while (s.a < s.e && space_byte(w->t[s.a]))
    s.a++;
  /* most names differ at once (a template's parameters against a list):
     refused before the end is trimmed and want measured */
  if (want[0] && (s.a == s.e || name_byte(w->t[s.a]) != want[0]))
    return false;
  s = wiki_trim(w, s);
  size_t k = strlen(want);
  if (s.e - s.a < k || (!prefix && s.e - s.a != k))
    return false;
  for (size_t i = 0; i < k; i++)
    if (name_byte(w->t[s.a + i]) != want[i])
      return false;
  return true;
}

size_t wiki_arg_eq(const wiki *w, span s) {
  for (size_t j = s.a; j < s.e; j++) {
    char c = w->t[j];
    if (c == '=')
      return j;
    if (c == '{' || c == '[' || c == '<' || c == '\n')
      break;
  }
  return SIZE_MAX;
}

/* The '=' of each of v[1..nv), and the first byte of the name before
   it, remembered in w->eqs; NULL without. */
static const wiki_eqs *arg_eqs(const wiki *w, const span *v, size_t nv) {
  wiki_eqs *c = w->eqs;
  if (!c || !nv || nv > MAX_ARGS)
    return NULL;
  if (c->v != v || c->nv != nv || c->a != v[0].a || c->e != v[nv - 1].e) {
    for (size_t i = 1; i < nv; i++) {
      c->eq[i] = wiki_arg_eq(w, v[i]);
      c->first[i] = c->eq[i] == SIZE_MAX
                        ? -1
                        : first_name_byte(w, (span){v[i].a, c->eq[i]});
    }
    c->v = v, c->nv = nv, c->a = v[0].a, c->e = v[nv - 1].e;
  }
  return c;
}

bool wiki_arg(const wiki *w, const span *v, size_t nv, const char *key,
              size_t pos, span *out) {
  size_t k = 0;
  const wiki_eqs *eqs = arg_eqs(w, v, nv);
  for (size_t i = 1; i < nv; i++) {
    size_t eq = eqs ? eqs->eq[i] : wiki_arg_eq(w, v[i]);
    /* a name whose first byte differs is refused before wiki_name_is (a
       citation asks a dozen keys of the same arguments) */
    if (key && eq != SIZE_MAX &&
        (!eqs || !key[0] || eqs->first[i] == (unsigned char)key[0]) &&
        wiki_name_is(w, (span){v[i].a, eq}, key, false)) {
      *out = wiki_trim(w, (span){eq + 1, v[i].e});
      return out->e > out->a;
    }
    if (!key && eq == SIZE_MAX && ++k == pos) {
      *out = wiki_trim(w, v[i]);
      return out->e > out->a;
    }
  }
  return false;
}

bool wiki_in_list(const wiki *w, span name, const char *const *v) {
  int first = first_name_byte(w, name); /* once, not once a word */
  for (; *v; v++)
    if ((!(*v)[0] || first == (unsigned char)(*v)[0]) &&
        wiki_name_is(w, name, *v, false))
      return true;
  return false;
}
