/* extract_cast_flat.c: a cast table flattened into one line, as pages
   rendered or copied to text keep it: the header's column names, then
   the rows, every cell parted from the next by one blank only:
     " Character Actor Years Dr Vera Quill Ann Lee 2004- 8 Hal Brine
       Tom Roe 2013-2015 4"
     " Actor Character Seasons Ann Lee Vera Quill 1-3 Tom Roe Hal Brine 2-4"
   The borders of the cells are lost, so a row is read only where the
   text still shows them: its names are a run of capitalised words that
   starts right after the header, a number cell or the end of a note's
   sentence, and that a number cell ("2004-", "1-3", "16") or a dash
   ends, a column's own word ("Series 1-3") aside. The first two columns
   are the actor and the role, in either order (data/cast_columns.tsv);
   the actor is the run's two words at that end (three when the middle
   one is an initial). A row of a note's prose, a line whose header has
   no actor and role columns first, a page not about a work: nothing. */
#include "lexicon.h"
#include "xcast.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* A word of the line: [a, e). */
typedef struct {
  size_t a, e;
} word_t;

enum { MAX_WORDS = 12, MAX_COLUMN_WORDS = 3 };

/* The next word at or after p before end; false at the end. */
static bool next_word(const char *t, size_t p, size_t end, word_t *w) {
  while (p < end && (t[p] == ' ' || t[p] == '\t'))
    p++;
  if (p >= end)
    return false;
  size_t e = p;
  while (e < end && t[e] != ' ' && t[e] != '\t')
    e++;
  *w = (word_t){p, e};
  return true;
}

/* Length of the column name at p (one to three words of
   data/cast_columns.tsv), its kind in *kind ('a'ctor, 'r'ole, 'o'ther);
   0 when none starts there. */
static size_t column_at(const char *t, size_t p, size_t end, char *kind) {
  size_t best = 0, q = p;
  word_t w;
  for (int i = 0; i < MAX_COLUMN_WORDS && next_word(t, q, end, &w); i++) {
    if (i == 0 && w.a != p)
      return 0;
    const char *v = skg_lex_get(SKG_LEX_CAST_COLUMNS, t + p, w.e - p);
    if (v) {
      best = w.e - p;
      *kind = *v;
    }
    q = w.e;
  }
  return best;
}

/* The header of a flattened table: where its names end, how many
   columns it names, the order of the actor and role columns (its first
   two), and whether two blanks part its cells ("Actor  Role  Notes", a
   wikitable's inline row rendered to text). */
typedef struct {
  size_t end;
  int ncols;
  bool actor_first, cells;
} header_t;

/* Reads the header at a into *h; false when the line does not open with
   an actor and a role column and go on after them. */
static bool header_of(const char *t, size_t a, size_t end, header_t *h) {
  char k0 = 0, k1 = 0, k;
  size_t p = a, n;
  word_t w;
  int i = 0;
  for (; next_word(t, p, end, &w); i++) {
    if (!(n = column_at(t, w.a, end, &k)))
      break;
    if (i == 0)
      k0 = k;
    if (i == 1)
      k1 = k;
    p = w.a + n;
  }
  if (!((k0 == 'a' && k1 == 'r') || (k0 == 'r' && k1 == 'a')) ||
      !next_word(t, p, end, &w))
    return false;
  *h = (header_t){p, i, k0 == 'a', x_find(t, a, p, "  ") < p};
  return true;
}

/* A cell of numbers or a dash alone: "2004-", "1.1-8.2", "16", "–". */
static bool number_cell(const char *t, const word_t *w) {
  if (isdigit((unsigned char)t[w->a]))
    return true;
  return x_at(t, w->a, w->e, "-") || x_at(t, w->a, w->e, "\xE2\x80\x93") ||
         x_at(t, w->a, w->e, "\xE2\x80\x94");
}

/* True when the word before a row may end a cell: a number cell, or the
   end of a note's sentence ("... in series three. Dr Hal Brine ..."). */
static bool row_may_follow(const char *t, const word_t *w) {
  char c = t[w->e - 1];
  return number_cell(t, w) || c == '.' || c == ')' || c == '"';
}

/* A capitalised word that ends a note's sentence ("... by Professor
   Hal Brine. Dr Kay Vale Ann Lee Series 2"): longer than an
   abbreviation ("Jr.", "Dr.") before its full stop. */
static bool sentence_end(const char *t, const word_t *w) {
  enum { ABBREV_MAX = 3 };
  return t[w->e - 1] == '.' && w->e - w->a > ABBREV_MAX + 1 &&
         !skg_lex_has(SKG_LEX_TITLES, t + w->a, w->e - w->a);
}

/* True when w is one of the header's words (a column's name ending the
   run, "Series" of "Series 1-3"). */
static bool header_word(const char *t, size_t a, size_t hend, const word_t *w) {
  word_t h;
  for (size_t p = a; next_word(t, p, hend, &h); p = h.e)
    if (h.e - h.a == w->e - w->a && !strncasecmp(t + h.a, t + w->a, h.e - h.a))
      return true;
  return false;
}

/* One word that is an initial ("J."). */
static bool initial(const char *t, const word_t *w) {
  return w->e - w->a == 2 && t[w->e - 1] == '.';
}

/* States the row of the run r[0..n): actor words at one end, the role
   the rest. */
static void row(sent *s, const word_t *r, size_t n, bool actor_first) {
  size_t k = 2;
  size_t last = n - 1; /* the actor's middle word: second, or last but one */
  if (n >= 4 && initial(s->t, &r[actor_first ? 1 : last - 1]))
    k = 3;
  if (n < k + 1)
    return;
  const word_t *act = actor_first ? r : r + n - k;
  const word_t *role = actor_first ? r + k : r;
  size_t an = act[k - 1].e - act[0].a, rn = role[n - k - 1].e - role[0].a;
  /* "Vera Quill/Kay Quill": the first of two roles or names */
  rn = x_find(s->t, role[0].a, role[0].a + rn, "/") - role[0].a;
  if (!x_person_like(s->t + act[0].a, an, false))
    return;
  skg_eid actor = xc_actor_at(s, act[0].a, an, false);
  if (actor == SKG_NONE)
    return;
  xc_perform(s, "cast-flat-table", actor, xc_character_at(s, role[0].a, rn),
             s->x->subject);
}

/* Reads the rows of the line [a, end) whose header ends at hend. */
static void rows(sent *s, size_t a, size_t hend, bool actor_first) {
  const char *t = s->t;
  word_t run[MAX_WORDS], w;
  size_t n = 0;
  bool open = true; /* the run may start a row */
  for (size_t p = hend; next_word(t, p, s->end, &w); p = w.e) {
    if (x_cap_at(t, w.a, w.e) && sentence_end(t, &w)) {
      n = 0;
      open = true;
      continue;
    }
    if (x_cap_at(t, w.a, w.e) && !number_cell(t, &w)) {
      if (n < MAX_WORDS)
        run[n++] = w;
      else
        open = false;
      continue;
    }
    while (n && header_word(t, a, hend, &run[n - 1]))
      n--;
    /* a note in parentheses ends an actor-first row's role ("Ann Lee
       Vera Quill (維拉) / ..."): the actor's end of the run is sure */
    if (open && n && (number_cell(t, &w) || (actor_first && t[w.a] == '(')))
      row(s, run, n, actor_first);
    n = 0;
    open = row_may_follow(t, &w);
  }
}

/* Reads the table line starting at a, if it is one; si holds its
   start. */
static void table_line(x_ctx *x, size_t si, size_t a) {
  const char *t = x->d->text;
  while (a < x->d->len && (t[a] == ' ' || t[a] == '\t'))
    a++;
  sent s = xc_sent_of(x, si);
  s.end = x_find(t, a, x->d->len, "\n");
  header_t h;
  if (!header_of(t, a, s.end, &h))
    return;
  if (h.cells)
    xc_flat_cells(&s, h.end, h.ncols, h.actor_first);
  else
    rows(&s, a, h.end, h.actor_first);
  if (!h.cells && !h.actor_first)
    xc_flat_gaps(&s, h.end);
}

void xc_flat_tables(x_ctx *x) {
  if (x->subject == SKG_NONE)
    return;
  const char *t = x->d->text;
  /* every line, also one the sentence splitter joined to a heading
     line before it ("Characters" then the table) */
  for (size_t si = 0; si < x->refs_start; si++) {
    size_t a = x->d->sents[si].off, end = a + x->d->sents[si].len, b = a;
    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t'))
      b--;
    if (b == 0 || t[b - 1] == '\n')
      table_line(x, si, a);
    for (size_t n = x_find(t, a, end, "\n"); n < end;
         n = x_find(t, n + 1, end, "\n"))
      table_line(x, si, n + 1);
  }
}
