/* xsections.c: pages that hold several articles' works. A page copied
   from a year's list or a portal, or two articles saved into one file,
   holds a second work's own lead under its own title line:

     Fallen (1998 film)

     Fallen is a 1998 American thriller film directed by ... Denzel
     Washington, John Goodman and Donald Sutherland star.

   What the sentences from there on say about "the film" is that work's,
   not the page's first work's: its cast and its crew. The title line is
   what makes the lead a new article. A lead with none, in the page's
   prose or a section on a sequel ("Harbor Row is a 1998 American drama
   film directed by A, from a screenplay by B. The score was composed by
   C."), is another work's too, but of a work the page does not cover:
   the credits of that sentence and of the rest of its paragraph go to no
   work (the cast rules, which read a sequel's own cast, keep theirs). A
   lead of another work opens with a title the article's work does not
   have, a copula ("is a", "was an") and a description with a year and a
   work noun (data/work_nouns.tsv) -- the year keeps out "Noir is a genre
   of film" and the like. */
#include "xsections.h"
#include "alloc.h"
#include "lexicon.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

enum {
  MAX_TITLE_LINE = 100, /* "Fallen (1998 film)", "SNEAKS" */
  MAX_DESCRIPTION = 90, /* "is a 1998 American supernatural ... film" */
  TITLE_WINDOW = 120,   /* bytes from the sentence's start to its copula */
  DESC_WORDS = 10       /* words of the description read for year and noun */
};

static const char *const COPULAS[] = {" is a ", " is an ", " was a ",
                                      " was an "};

/* ---- line layout ---- */

/* The white space of line layout; doc_clean.c made form feeds and
   vertical tabs spaces. */
static bool layout_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

size_t xs_gap(const char *t, size_t p, size_t end, x_span *gap) {
  size_t a = p, e = p, breaks = 0;
  while (a > 0 && layout_space(t[a - 1]))
    breaks += t[--a] == '\n';
  while (e < end && layout_space(t[e]))
    breaks += t[e++] == '\n';
  *gap = (x_span){a, e - a};
  return breaks;
}

bool xs_line_above(const char *t, size_t a, x_span *line) {
  x_span gap;
  xs_gap(t, a, a, &gap);
  size_t b = gap.off;
  while (b > 0 && t[b - 1] != '\n')
    b--;
  *line = (x_span){b, gap.off - b};
  return gap.off > 0;
}

/* ---- a second article under its own title line ---- */

/* When the sentence at a starts a line and the line before it is a
   title line the sentence opens with (any case, "SNEAKS"; perhaps with a
   qualifier, "Fallen (1998 film)"): the title's length; else 0. */
static size_t title_line_above(const char *t, size_t a, size_t end) {
  size_t b = a;
  while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t'))
    b--;
  x_span l;
  if ((b > 0 && t[b - 1] != '\n') || !xs_line_above(t, b, &l) ||
      l.len > MAX_TITLE_LINE)
    return 0;
  b = l.off;
  size_t e = l.off + l.len;
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
static size_t description_noun(const char *t, size_t p, size_t end,
                               skg_ent *type) {
  size_t lim = p + MAX_DESCRIPTION < end ? p + MAX_DESCRIPTION : end;
  for (size_t q = p; q < lim && t[q] != ','; q++)
    if (q == p || t[q - 1] == ' ') {
      size_t k = x_work_noun_len(t, q, lim, type);
      if (k)
        return k;
    }
  return 0;
}

/* The work whose own lead under a title line sentence si is, made a Film
   or Series if new, and where its description starts; work SKG_NONE when
   si is no such lead, or its title names something that is no work. */
static xs_about titled_lead(x_ctx *x, size_t si) {
  const char *t = x->d->text;
  size_t a = x->d->sents[si].off, end = a + x->d->sents[si].len;
  size_t n = title_line_above(t, a, end);
  xs_about r = {SKG_NONE, false, 0};
  if (!n || !x_cap_at(t, a, end) || skg_lex_has(SKG_LEX_NOT_NAMES, t + a, n))
    return r;
  for (size_t i = 0; i < SKG_ARRAY_LEN(COPULAS); i++) {
    skg_ent type;
    size_t desc = a + n + strlen(COPULAS[i]);
    if (!x_at(t, a + n, end, COPULAS[i]) ||
        !description_noun(t, desc, end, &type))
      continue;
    r.work = x_lookup(x, X_WORK, t + a, n, NULL);
    if (r.work == SKG_NONE && x_lookup(x, X_ANY, t + a, n, NULL) == SKG_NONE)
      r.work = x_entity(x, type, t + a, n);
    r.desc = r.work != SKG_NONE ? desc : 0;
    return r;
  }
  return r;
}

/* ---- another dated work's lead, with no title line ---- */

bool xs_opens_paragraph(const skg_doc *d, size_t si) {
  size_t o = d->sents[si].off;
  while (o > 0 && (d->text[o - 1] == ' ' || d->text[o - 1] == '\t'))
    o--;
  return o == 0 || d->text[o - 1] == '\n';
}

/* Where the first copula of t[p..end) ends (" is a ", " was an "), or 0,
   and where it starts (in *at). */
static size_t copula_end(const char *t, size_t p, size_t end, size_t *at) {
  size_t k = 0;
  size_t best = x_find_first(t, p, end, COPULAS, SKG_ARRAY_LEN(COPULAS), &k);
  *at = best;
  return best < end ? best + k : 0;
}

/* True when t[p..e) is digits only. */
static bool all_digits(const char *t, size_t p, size_t e) {
  while (p < e && isdigit((unsigned char)t[p]))
    p++;
  return p == e;
}

/* True when the description at t[p..end) holds a year ("1998", "2005's"
   is none) before or with a work noun ("film", "sitcom"). */
static bool dated_work(const char *t, size_t p, size_t end) {
  bool year = false;
  for (int nw = 0; nw < DESC_WORDS && p < end; nw++) {
    size_t e = p;
    while (e < end && t[e] != ' ' && t[e] != ',' && t[e] != '.')
      e++;
    if (e - p == 4 && all_digits(t, p, e) && (t[p] == '1' || t[p] == '2'))
      year = true;
    else if (year && skg_lex_has(SKG_LEX_WORK_NOUNS, t + p, e - p))
      return true;
    if (e >= end || t[e] != ' ')
      return false; /* a comma or a full stop ends the description */
    p = e + 1;
  }
  return false;
}

/* True when t[p..e) is a sequel's number after a title: " 2", " II". */
static bool numbered(const char *t, size_t p, size_t e) {
  if (t[p] != ' ' || p + 1 == e)
    return false;
  for (size_t q = p + 1; q < e; q++)
    if (!isdigit((unsigned char)t[q]) && !strchr("IVX", t[q]))
      return false;
  return true;
}

/* True when sentence si is the lead of a work other than w, the work the
   walk is in: a title that is not w's, a copula, a dated work noun. */
static bool other_lead_at(const x_ctx *x, size_t si, skg_eid w) {
  const char *t = x->d->text;
  const skg_span *s = &x->d->sents[si];
  size_t p = s->off + (s->len && t[s->off] == '"'), end = s->off + s->len, cop;
  if (!x_cap_at(t, p, end) && !(p < end && isdigit((unsigned char)t[p])))
    return false;
  size_t window = end - p > TITLE_WINDOW ? p + TITLE_WINDOW : end;
  size_t desc = copula_end(t, p, window, &cop);
  if (!desc)
    return false;
  /* "It is a 1998 film": the article's work (data/lead_pronouns.txt) */
  size_t e = p;
  while (e < cop && t[e] != ' ')
    e++;
  if (skg_lex_has(SKG_LEX_LEAD_PRONOUNS, t + p, e - p))
    return false;
  size_t n = x_title_len(t, p, cop, X_TITLE_JOIN);
  if (n && p + n < cop && numbered(t, p + n, cop))
    n = cop - p; /* "Harbor Row 2", "Harbor Row II" */
  /* the whole span before the copula is the title, or the title and a
     parenthesis ("Harbor Row (Italian: Porto)") */
  if (!n || (p + n != cop && !x_at(t, p + n, cop, " (")))
    return false;
  skg_eid named = x_lookup(x, X_WORK, t + p, n, NULL);
  if (named == x->subject || named == w)
    return false;
  return dated_work(t, desc, end);
}

/* ---- the walk ---- */

/* What sentence si is about, given what the sentence before it is
   about (the page's work for the first). */
static xs_about step(x_ctx *x, size_t si, size_t lead, xs_about before) {
  if (si == lead)
    return (xs_about){x->subject, false, 0};
  xs_about titled = titled_lead(x, si);
  if (titled.work != SKG_NONE)
    return titled;
  before.desc = 0;
  if (si == 0 || xs_opens_paragraph(x->d, si))
    before.other = false;
  before.other = before.other || other_lead_at(x, si, before.work);
  return before;
}

xs_about xs_about_of(x_ctx *x, size_t si, size_t lead) {
  if (x->subject == SKG_NONE || si >= x->d->nsents)
    return (xs_about){x->subject, false, 0};
  if (!x->sections)
    x->sections = skg_xcalloc(x->d->nsents, sizeof *x->sections);
  for (; x->nsections <= si; x->nsections++) {
    size_t i = x->nsections;
    xs_about before = i ? x->sections[i - 1] : (xs_about){x->subject, false, 0};
    x->sections[i] = step(x, i, lead, before);
  }
  return x->sections[si];
}

xs_about xs_enter(x_ctx *x, size_t si, size_t lead, xs_saved *saved) {
  saved->subject = x->subject;
  saved->type = x->subject_type;
  xs_about ab = xs_about_of(x, si, lead);
  if (ab.work != x->subject && ab.work != SKG_NONE) {
    x->subject = ab.work;
    x->subject_type = skg_graph_type(x->g, ab.work);
  }
  return ab;
}

void xs_leave(x_ctx *x, const xs_saved *saved) {
  x->subject = saved->subject;
  x->subject_type = saved->type;
}
