/* extract_review_roundup.c: the work a review round-up's section is about.
   A magazine's round-up of new releases gives each work a heading line and
   a line with the magazine's own star rating under it, then quotes critics
   ("..., said Jane Roe in the Daily Courier"):
     Harbor Lights
     Drama ****
     "A quiet triumph," said Jane Roe in the Daily Courier.
   The quoted critic reviewed the work of the heading above; the page's own
   subject (if any) is not the work the quote judges. The star line is what
   tells such a heading from any short line (a menu entry, "Sign up"): a
   bare title line is not enough. Owner: h-news2 (issue 11). */
#include "xnews.h"
#include "xsections.h"

#include <ctype.h>
#include <string.h>

/* How far back from a byline its section heading may be, in bytes. */
#define ROUNDUP_REACH 3000
/* Longest heading or star line, in bytes. */
#define ROUNDUP_LINE 80

/* The line [*ls, *le) before the line that starts at pos (pos > 0), with
   its trailing spaces and '\r' left out. False at the text's start. */
static bool prev_line(const char *t, size_t pos, size_t *ls, size_t *le) {
  if (pos == 0)
    return false;
  size_t e = pos - 1; /* the '\n' ending the previous line */
  size_t s = e;
  while (s > 0 && t[s - 1] != '\n')
    s--;
  while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\r' || t[e - 1] == '\t'))
    e--;
  *ls = s;
  *le = e;
  return true;
}

/* Length of a star run ending at e ("****", "★★★☆☆"), or 0. */
static size_t stars_before(const char *t, size_t s, size_t e) {
  static const char *const STAR[] = {"*", "\xe2\x98\x85", "\xe2\x98\x86"};
  size_t p = e, count = 0;
  for (bool more = true; more && p > s;) {
    more = false;
    for (size_t i = 0; i < sizeof STAR / sizeof STAR[0]; i++) {
      size_t n = strlen(STAR[i]);
      if (xc_ends(t, s, p, STAR[i], n)) {
        p -= n;
        count++;
        more = true;
        break;
      }
    }
  }
  /* a run of one to five stars, alone or after a space */
  if (count == 0 || count > 5 || (p > s && t[p - 1] != ' '))
    return 0;
  return e - p;
}

/* True for a star line: short, no sentence in it, ending in a star run
   ("Sci-fi thriller ****", "★★★★"). */
static bool star_line(const char *t, size_t s, size_t e) {
  if (e <= s || e - s > ROUNDUP_LINE || !stars_before(t, s, e))
    return false;
  for (size_t i = s; i < e; i++)
    if (t[i] == '.' || t[i] == '"' || t[i] == ':')
      return false;
  return true;
}

/* True for a heading line: short, a capital, digit or quote first, and
   no sentence punctuation at its end. */
static bool heading_line(const char *t, size_t s, size_t e) {
  if (e <= s || e - s > ROUNDUP_LINE)
    return false;
  unsigned char c = (unsigned char)t[s];
  if (!isupper(c) && !isdigit(c) && c != '"' && c != '\'' && c < 0x80)
    return false;
  char last = t[e - 1];
  return last != '.' && last != '?' && last != '!' && last != ':' &&
         last != ',' && !memchr(t + s, '*', e - s);
}

/* True if a star ('*', or U+2605/U+2606: "\xe2\x98" and one byte) lies
   within ROUNDUP_REACH bytes before pos, as a star line's must. Asked at
   every byline of every page: memchr finds the (rare) yes before the walk
   back line by line. */
static bool stars_within(const char *t, size_t pos) {
  const char *lo = t + (pos > ROUNDUP_REACH ? pos - ROUNDUP_REACH : 0);
  const char *hi = t + pos;
  if (memchr(lo, '*', (size_t)(hi - lo)))
    return true;
  for (const char *p = lo; (p = memchr(p, 0xe2, (size_t)(hi - p))); p++)
    if (p + 1 < hi && p[1] == '\x98')
      return true;
  return false;
}

bool xn_roundup_title(const x_ctx *x, size_t pos, x_span *title,
                      skg_ent *type) {
  const char *t = x->d->text;
  size_t ls = pos, le;
  if (!stars_within(t, pos))
    return false;
  while (ls > 0 && t[ls - 1] != '\n')
    ls--;
  for (size_t s = ls; prev_line(t, s, &ls, &le) && pos - ls <= ROUNDUP_REACH;
       s = ls) {
    if (!star_line(t, ls, le))
      continue;
    /* the heading is the line right above the star line (blank lines
       between them are allowed) */
    x_span h;
    if (!xs_line_above(t, ls, &h) || !heading_line(t, h.off, h.off + h.len))
      return false;
    size_t hs = h.off, he = h.off + h.len;
    if ((t[hs] == '"' || t[hs] == '\'') && he - hs > 2 && t[he - 1] == t[hs]) {
      hs++;
      he--;
    }
    *title = (x_span){hs, he - hs};
    skg_ent ty = xn_noun_type(t, ls, le);
    *type = ty == SKG_ENT_SERIES ? SKG_ENT_SERIES : SKG_ENT_FILM;
    return true;
  }
  return false;
}

/* ---- the cast a round-up's section names ---- */

/* A section's work, created the first time a fact is stated about it. */
typedef struct {
  x_span title;
  skg_ent type;
  skg_eid e;
} section;

static skg_eid section_work(x_ctx *x, section *sec) {
  if (sec->e == SKG_NONE)
    sec->e =
        x_entity(x, sec->type, x->d->text + sec->title.off, sec->title.len);
  return sec->e;
}

/* "Joshua (Tom Ash), an American soldier", "whose wife (Ann Roe)": an
   actor in parentheses after the role they play in the section's work.
   A capitalised name before the parenthesis is the character; a common
   noun ("wife") leaves only the castMember fact. */
static void paren_cast(x_ctx *x, size_t si, section *sec) {
  const char *t = x->d->text;
  size_t a = x->d->sents[si].off, end = a + x->d->sents[si].len;
  for (size_t p = x_find(t, a, end, " ("); p < end;
       p = x_find(t, p + XC_LEN(" ("), end, " (")) {
    size_t q = p + XC_LEN(" ("), n = x_name_len(t, q, end);
    if (!n || q + n >= end || t[q + n] != ')' || !memchr(t + q, ' ', n) ||
        !x_person_like(t + q, n, false) ||
        x_lookup(x, X_ANY & ~X_PERSON, t + q, n, NULL) != SKG_NONE)
      continue;
    size_t c = x_name_before(t, a, p);
    bool lower = c == p && p > a && islower((unsigned char)t[p - 1]);
    if (c == p && !lower)
      continue;
    skg_eid ch = lower ? SKG_NONE : x_character(x, t + c, p - c, true);
    if (!lower && ch == SKG_NONE)
      continue;
    skg_eid actor = x_entity(x, SKG_ENT_ACTOR, t + q, n);
    skg_eid work = section_work(x, sec);
    if (actor == SKG_NONE || work == SKG_NONE)
      continue;
    skg_evidence ev = x_evidence(x, si, "roundup-paren");
    skg_graph_add_performance(x->g, actor, ch, work, &ev);
  }
}

void xn_roundup_cast(x_ctx *x) {
  section sec = {{0, 0}, SKG_ENT_FILM, SKG_NONE};
  size_t head = (size_t)-1;
  for (size_t si = 0; si < x->refs_start && si < x->d->nsents; si++) {
    x_span title;
    skg_ent ty;
    if (!xn_roundup_title(x, x->d->sents[si].off, &title, &ty))
      continue;
    if (title.off != head) { /* a new section */
      head = title.off;
      sec = (section){title, ty, SKG_NONE};
    }
    paren_cast(x, si, &sec);
  }
}
