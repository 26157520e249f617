/* extract_cast_sections.c: pages that hold several articles. A page
   copied from a year's list or a portal, or two articles saved into one
   file, holds a second work's own lead under its own title line:

     Fallen (1998 film)

     Fallen is a 1998 American thriller film directed by ... Denzel
     Washington, John Goodman and Donald Sutherland star.

   What the sentences from there on say about "the film" is that work's,
   not the page's first work's. The title line is what makes the lead a
   new article: a sequel's own paragraph ("Night Ledger 2 is a 2004 film
   ...") has none, and its cast stays with the rules that read it. Run by
   x_rules_cast (extract_cast.c) for the cast rules only. */
#include "lexicon.h"
#include "xcast.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

enum {
  MAX_TITLE_LINE = 100, /* "Fallen (1998 film)", "SNEAKS" */
  MAX_DESCRIPTION = 90  /* "is a 1998 American supernatural ... film" */
};

/* Where the line before the one starting at a begins, skipping blank
   lines; *e gets its end. False at the top of the text. */
static bool line_before(const char *t, size_t a, size_t *b, size_t *e) {
  size_t p = a;
  while (p > 0 && isspace((unsigned char)t[p - 1]))
    p--;
  if (p == 0)
    return false;
  *e = p;
  while (p > 0 && t[p - 1] != '\n')
    p--;
  *b = p;
  return true;
}

/* When the sentence at a starts a line and the line before it is a
   title line the sentence opens with (any case, "SNEAKS"; perhaps with a
   qualifier, "Fallen (1998 film)"): the title's length; else 0. */
static size_t title_line_above(const char *t, size_t a, size_t end) {
  size_t b = a, e;
  while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t'))
    b--;
  if ((b > 0 && t[b - 1] != '\n') || !line_before(t, b, &b, &e) ||
      e - b > MAX_TITLE_LINE)
    return 0;
  size_t q = x_find(t, b, e, " (");
  if (q < e && t[e - 1] != ')')
    q = e;
  size_t n = q - b;
  return n && a + n < end && strncasecmp(t + b, t + a, n) == 0 &&
                 t[a + n] == ' '
             ? n
             : 0;
}

/* The kind of work a lead's description from p names ("a 1998 American
   thriller film" -> Film), up to its first comma; 0 length when none. */
static size_t description_noun(const sent *s, size_t p, skg_ent *type) {
  size_t lim = p + MAX_DESCRIPTION < s->end ? p + MAX_DESCRIPTION : s->end;
  for (size_t q = p; q < lim && s->t[q] != ','; q++)
    if (q == p || s->t[q - 1] == ' ') {
      size_t k = x_work_noun_len(s->t, q, lim, type);
      if (k)
        return k;
    }
  return 0;
}

skg_eid xc_section_work(x_ctx *x, size_t si) {
  static const char *const IS[] = {" is a ", " is an ", " was a ", " was an "};
  sent s = xc_sent_of(x, si);
  size_t n = title_line_above(s.t, s.a, s.end);
  if (!n || !x_cap_at(s.t, s.a, s.end) ||
      skg_lex_has(SKG_LEX_NOT_NAMES, s.t + s.a, n))
    return SKG_NONE;
  for (size_t i = 0; i < SKG_ARRAY_LEN(IS); i++) {
    size_t p = xc_after(&s, s.a + n, IS[i], strlen(IS[i]));
    skg_ent type;
    if (!p || !description_noun(&s, p, &type))
      continue;
    skg_eid w = x_lookup(x, X_WORK, s.t + s.a, n, NULL);
    if (w == SKG_NONE && x_lookup(x, X_ANY, s.t + s.a, n, NULL) == SKG_NONE)
      w = x_entity(x, type, s.t + s.a, n);
    return w;
  }
  return SKG_NONE;
}
