/* extract_cast_cells.c: the rows of a cast table flattened into one line
   whose cells two blanks part, as a wikitable's inline rows ("| Ann Lee
   || Vera Quill || A detective.") come out of a page rendered to text:
     " Actor  Role  Notes Ann Lee  Vera Quill  A detective. Tom Roe  Hal
       Brine   Kit Vale  Pia Strand  Recurring"
   Every "||" leaves two blanks; the end of a row leaves one, so the last
   cell of a row and the first of the next are glued, and an empty cell
   shows only as a wider gap: a gap of 2k blanks crosses k cell borders,
   one of 2k + 1 also ends a row. Counting the columns so, the reader
   knows which cell each text is, and takes the actor and the role of
   the first two columns (extract_cast_flat.c reads the header). A gap
   that breaks the count ends the reading: no guessing past it. */
#include "lexicon.h"
#include "xcast.h"

#include <ctype.h>
#include <string.h>

/* The next gap of two or more blanks at or after p, its width in *w;
   end when none. */
static size_t gap_at(const char *t, size_t p, size_t end, size_t *w) {
  size_t q = x_find(t, p, end, "  "), e = q;
  while (e < end && t[e] == ' ')
    e++;
  *w = e - q;
  return q;
}

/* A cell's text [a, e) that is one name and nothing else: its length,
   or 0. */
static size_t whole_name(const char *t, size_t a, size_t e) {
  while (a < e && t[a] == ' ')
    a++;
  size_t n = x_name_len(t, a, e);
  return n && a + n == e ? n : 0;
}

/* Length of an actor's name at p in a cell glued to the next row's
   first cell ("Ann Lee Vera Quill"): two words, three with an initial
   in the middle ("Ann R. Lee"); 0 when that is no person's name. */
static size_t glued_actor(const char *t, size_t p, size_t end) {
  enum { INITIAL_LEN = 2 }; /* "R." */
  size_t e = p, words = 0;
  while (e < end && words < 3) {
    while (e < end && t[e] != ' ')
      e++;
    words++;
    /* the second word an initial: a letter and its stop after a blank */
    if (words == 2 && !(e - p > INITIAL_LEN && t[e - 1] == '.' &&
                        t[e - 1 - INITIAL_LEN] == ' '))
      break;
    if (e < end)
      e++;
  }
  while (e > p && t[e - 1] == ' ')
    e--;
  return x_person_like(t + p, e - p, false) ? e - p : 0;
}

/* The actor's name that ends a cell glued after the last cell of the
   row before [p, b): its two last words, three with an initial in the
   middle ("Ann R. Lee"); its length, its start in *l; 0 when that is
   no person's name. */
static size_t glued_tail(const char *t, size_t p, size_t b, size_t *l) {
  size_t start[3], n = 0, q = b;
  while (n < 3 && q > p) {
    while (q > p && t[q - 1] != ' ')
      q--;
    start[n++] = q;
    while (q > p && t[q - 1] == ' ')
      q--;
  }
  if (n < 2)
    return 0;
  /* the middle word an initial: "R." */
  bool initial = start[0] - start[1] == 3 && t[start[1] + 1] == '.';
  *l = initial && n == 3 ? start[2] : start[1];
  return x_person_like(t + *l, b - *l, false) ? b - *l : 0;
}

/* States the pair of the left cell [l, l+ln) and the cell at r: the
   actor and the role in the header's order. rn is 0 when the right
   cell's end is not known (it is glued to the next row): then an actor
   there is read as a name of two words and a role there is left out. */
static void pair(sent *s, size_t l, size_t ln, size_t r, size_t rn,
                 bool actor_first) {
  const char *t = s->t;
  size_t a = actor_first ? l : r;
  size_t an = actor_first ? ln : rn ? rn : glued_actor(t, r, s->end);
  size_t c = actor_first ? r : l, cn = actor_first ? rn : ln;
  /* a glued role: its first word ("Director Kit Vale" in a crew table) */
  size_t cw = cn;
  while (!cn && c + cw < s->end && t[c + cw] != ' ')
    cw++;
  if (!an || !x_person_like(t + a, an, false) || x_award_like(t + a, an) ||
      x_award_like(t + c, cw) || skg_lex_has(SKG_LEX_ROLES, t + c, cw))
    return;
  skg_eid actor = xc_actor_at(s, a, an, false);
  if (actor == SKG_NONE)
    return;
  xc_perform(s, "cast-flat-cells", actor,
             cn ? xc_character_at(s, c, cn) : SKG_NONE, s->x->subject);
}

void xc_flat_cells(sent *s, size_t p, int ncols, bool actor_first) {
  const char *t = s->t;
  int col = 0; /* the column of the cell that starts at p */
  for (size_t w, b; (b = gap_at(t, p, s->end, &w)) < s->end; p = b + w) {
    int k = (int)(w / 2), next;
    bool glued = false;
    if (col == ncols - 1) { /* a row's last cell */
      /* an odd gap holds the row's end; else the next row's first
         cell is glued to this one */
      glued = w % 2 == 0;
      next = k;
    } else {
      next = w % 2 ? k - (ncols - 1 - col) : col + k;
    }
    int from = glued ? 0 : col;
    if (next < 0 || next >= ncols)
      return; /* the gaps do not keep the table's count */
    size_t l = p, ln = glued ? 0 : whole_name(t, p, b);
    if (ln && l + ln < b) /* " Ann Lee": the blank the row starts with */
      l = b - ln;
    if (glued && actor_first) /* "A detective. Tom Roe": the actor */
      ln = glued_tail(t, p, b, &l);
    if (from == 0 && next > 1 && ln && actor_first) /* an empty role */
      pair(s, l, ln, b, 0, true);
    if (from == 0 && next == 1 && (ln || (glued && !actor_first))) {
      size_t rw, re = gap_at(t, b + w, s->end, &rw);
      /* the right cell is the last one and a row follows: glued */
      bool rglued = ncols == 2 && re < s->end;
      pair(s, l, ln, b + w, rglued ? 0 : whole_name(t, b + w, re), actor_first);
    }
    col = next;
  }
}

/* True when the text [0, len) holds the name [a, a+n) at another place,
   a whole word there. */
static bool named_elsewhere(const char *t, size_t len, size_t a, size_t n) {
  for (size_t p = 0; p + n <= len; p++)
    if (p != a && t[p] == t[a] && !memcmp(t + p, t + a, n) &&
        (p == 0 || !isalnum((unsigned char)t[p - 1])) &&
        (p + n == len || !isalnum((unsigned char)t[p + n])))
      return true;
  return false;
}

/* Length of the actor's name at a, after a gap of two blanks: the whole
   cell when two blanks or the end close it and the text names that
   person elsewhere ("David Ogden Stiers  "), else as glued_actor reads
   it; 0 when no capitalised name starts there, or a title does ("Mrs.
   Ogaki (Kanta's mother)", a character). */
static size_t gap_actor(const sent *s, size_t a) {
  const char *t = s->t;
  size_t end = s->end, f = a;
  size_t n = x_cap_at(t, a, end) ? x_name_len(t, a, end) : 0;
  while (f < end && t[f] != ' ' && t[f] != '.')
    f++;
  if (!n || skg_lex_has(SKG_LEX_TITLES, t + a, f - a))
    return 0;
  if ((a + n == end || x_at(t, a + n, end, "  ")) &&
      x_person_like(t + a, n, false) &&
      named_elsewhere(s->x->d->text, s->x->d->len, a, n))
    return n;
  return glued_actor(t, a, end);
}

/* A voice cast flattened into one line with its header's columns parted
   by single blanks, the role first ("Character name Japanese voice
   actor English voice actor Vera Quill  Mika Oda Ann Lee Hal Brine  Jiro
   Sato Tom Roe"): the cells are lost but for the two blanks a role's
   cell leaves before the first actor's. The name right after such a gap
   is an actor of the work (two words, three with an initial in the
   middle); its role, glued to the row before, is left out. */
void xc_flat_gaps(sent *s, size_t p) {
  const char *t = s->t;
  for (size_t w, b; (b = gap_at(t, p, s->end, &w)) < s->end; p = b + w) {
    size_t a = b + w, an = gap_actor(s, a);
    if (!an || (a + an < s->end && t[a + an] != ' ') ||
        x_award_like(t + a, an) || skg_lex_has(SKG_LEX_ROLES, t + a, an) ||
        skg_lex_has(SKG_LEX_CAST_COLUMNS, t + a, an))
      continue;
    skg_eid actor = xc_actor_at(s, a, an, false);
    if (actor != SKG_NONE)
      xc_perform(s, "cast-flat-gaps", actor, SKG_NONE, s->x->subject);
  }
}
