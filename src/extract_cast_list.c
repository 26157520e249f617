/* extract_cast_list.c: cast lists laid out one item a line, as pages
   rendered to text have them (a bullet becomes a leading space):
     " Jane Roe as Vera Quill"                   nothing after the role
     " Jane Roe as Vera Quill, a detective"      ", ", " – ", ": ", " ("
     " Jane Roe (Ann Lee in pilot) as Vera"      a second actor of the role
     " Jane Roe as Vera Quill/Kay Quill"         two roles
     " Jane Roe as:" then one role a line
     " Jane Roe – Vera Quill", "Vera - Jane Roe" under a cast heading
   A line "Actor as Character" counts anywhere in a work's page, when the
   role ends the line or a description follows; the other forms only in a
   cast section: from a line that is only a cast heading (cast_headings
   lexicon) to the next line that looks like another heading. A page that
   is not about a work has no cast list. */
#include "lexicon.h"
#include "xcast.h"
#include "xmatch.h"

#include <ctype.h>
#include <string.h>

/* A line that a sentence starts, trimmed. */
typedef struct {
  size_t a, end;
  bool whole; /* the sentence is the whole line */
} line_t;

static bool blank(char c) { return c == ' ' || c == '\t'; }

/* Past a list marker a copied page kept and the blank after it ("- Jane
   Roe as Vera", "• Jane Roe as Vera"; data/list_bullets.txt), else a.
   A marker is at most a few bytes (one UTF-8 character). */
static size_t after_bullet(const char *t, size_t a, size_t end) {
  size_t k = 0;
  while (a + k < end && k < 4 && !blank(t[a + k]))
    k++;
  if (k == 0 || a + k >= end || !blank(t[a + k]) ||
      !skg_lex_has(SKG_LEX_LIST_BULLETS, t + a, k))
    return a;
  return a + k + 1;
}

/* The line sentence si starts; false when it does not start one. */
static bool line_of(const x_ctx *x, size_t si, line_t *l) {
  const char *t = x->d->text;
  size_t a = x->d->sents[si].off, end = a + x->d->sents[si].len;
  size_t b = a;
  while (b > 0 && blank(t[b - 1]))
    b--;
  if (b > 0 && t[b - 1] != '\n')
    return false;
  while (a < end && blank(t[a]))
    a++;
  a = after_bullet(t, a, end);
  /* the item reads to the end of the line, past a full stop the
     sentence splitter took for an end ("as Ltc. Hal Brine") */
  size_t e = x_find(t, a, x->d->len, "\n"), le = e;
  while (le > a && blank(t[le - 1]))
    le--;
  while (end > a && (blank(t[end - 1]) || t[end - 1] == '\n'))
    end--;
  *l = (line_t){a, le, end >= le};
  return le > a;
}

typedef enum { LINE_TEXT, LINE_CAST_HEADING, LINE_HEADING } line_kind;

/* Length of the heading l without a closing note in parentheses ("Cast
   (in order of appearance)" -> "Cast"). */
static size_t heading_len(const char *t, const line_t *l) {
  if (l->end == l->a || t[l->end - 1] != ')')
    return l->end - l->a;
  size_t p = x_find(t, l->a, l->end, " (");
  return p - l->a;
}

/* A short whole line without sentence punctuation, or " as ", or a list
   separator, is a heading ("Production", "Box office"). */
static line_kind kind_of(const x_ctx *x, const line_t *l) {
  const char *t = x->d->text;
  if (!l->whole)
    return LINE_TEXT;
  if (skg_lex_has(SKG_LEX_CAST_HEADINGS, t + l->a, heading_len(t, l)))
    return LINE_CAST_HEADING;
  if (l->end - l->a > 40 || !x_cap_at(t, l->a, l->end))
    return LINE_TEXT;
  size_t words = 1;
  for (size_t p = l->a; p < l->end; p++) {
    if (strchr(".,:;|()[]\"", t[p]) || (t[p] == '-' && blank(t[p + 1])))
      return LINE_TEXT;
    words += t[p] == ' ';
  }
  if (words > 5 || x_find(t, l->a, l->end, " as ") < l->end ||
      x_find(t, l->a, l->end, "\xE2\x80\x93") < l->end || /* "–" */
      x_find(t, l->a, l->end, "\xE2\x80\x94") < l->end)   /* "—" */
    return LINE_TEXT;
  return LINE_HEADING;
}

/* Skips spaces, tabs and no-break spaces from p. */
static size_t blanks(const sent *s, size_t p) {
  for (;;) {
    if (p < s->end && blank(s->t[p]))
      p++;
    else if (xc_starts(s, p, "\xC2\xA0"))
      p += 2;
    else
      return p;
  }
}

/* Length of a separator between an actor and a role at p: a dash ("–",
   "—", "-", "--") or "..." between blanks, ": ", or the gap between the
   cells of a table rendered to text ("; ", a tab, two blanks). 0 if
   none. */
static size_t dash_at(const sent *s, size_t p) {
  /* stays in C: an order ("--" before "-"), and bytes of no word */
  static const char *const DASHES[] = {
      "\xE2\x80\x93", "\xE2\x80\x94", "--", "-", "...", ":", ";"};
  size_t q = blanks(s, p);
  for (size_t i = 0; i < SKG_ARRAY_LEN(DASHES); i++) {
    size_t k = strlen(DASHES[i]);
    if (!xc_starts(s, q, DASHES[i]) || (q == p && !strchr(":;", DASHES[i][0])))
      continue;
    size_t r = blanks(s, q + k);
    return r > q + k ? r - p : 0;
  }
  if ((q - p >= 2 || (q > p && s->t[p] == '\t')) && x_cap_at(s->t, q, s->end))
    return q - p;
  return 0;
}

/* True when a role mention may end at p: the end of the line, or a
   description, a note in parentheses or the next role follows. */
static bool role_ends(const sent *s, size_t p) {
  if (p >= s->end || strchr(",:;.", s->t[p]))
    return true;
  size_t q = blanks(s, p);
  return q > p && (q >= s->end || s->t[q] == '(' || dash_at(s, p));
}

/* "Himself", "Herself": the actor is cast, with no character. */
static bool self_role(const sent *s, size_t p, size_t n) {
  return skg_lex_has(SKG_LEX_SELF_ROLES, s->t + p, n);
}

/* Length of the role mention at c: a character name with an alias
   ("Vera Quill / The Quill"), up to a "/" that joins a second role
   ("Vera Quill/Kay Quill"). */
static size_t role_len(const sent *s, size_t c) {
  size_t n = xc_char_len(s, c);
  for (size_t q = c + 1; q + 1 < c + n; q++)
    if (s->t[q] == '/' && s->t[q - 1] != ' ' && s->t[q + 1] != ' ')
      return q - c;
  return n;
}

/* Where a second role of a dual role starts after the role ending at p,
   "Smoke and Stack, twin brothers", "Vera Quill and Kay Quill (dual
   role)": a name that ends as a role does, so not the next actor of
   "A as Vera and B as Hal"; 0 when none. */
static size_t dual_role(const sent *s, size_t p) {
  size_t q = XC_AFTER(s, p, " and ");
  size_t n = q && x_cap_at(s->t, q, s->end) ? role_len(s, q) : 0;
  return n && role_ends(s, q + n) && !self_role(s, q, n) ? q : 0;
}

/* The roles at c, "Vera Quill", "Vera Quill / The Quill" (an alias),
   "Vera Quill/Kay Quill" or "Vera Quill and Kay Quill" (two roles), of
   actor in the article's work. */
static void roles_at(sent *s, const char *rule, skg_eid actor, size_t c) {
  bool dual = false;
  for (int k = 0; k < 4; k++) {
    size_t cn = role_len(s, c), d;
    if (!cn || self_role(s, c, cn)) {
      xc_perform(s, rule, actor, SKG_NONE, s->x->subject);
      return;
    }
    skg_eid ch = xc_character_at(s, c, cn);
    if (dual) { /* as the list of names would: "Madeline \"Maddy\" Roe" */
      skg_evidence ev = x_evidence(s->x, s->si, rule);
      x_nickname_aliases(s->x, ch, s->t + c, cn, &ev);
    }
    xc_perform(s, rule, actor, ch, s->x->subject);
    c += cn;
    if ((dual = (d = dual_role(s, c)) != 0)) {
      c = d;
      continue;
    }
    if (!xc_starts(s, c, "/") || !x_cap_at(s->t, c + 1, s->end))
      return;
    c++;
  }
}

/* After the actor at p: a note in parentheses, " (Ann Lee in pilot)";
   returns where it ends and sets *other to an actor named at its start. */
static size_t skip_note(sent *s, size_t p, size_t *other, size_t *on) {
  *on = 0;
  size_t o = XC_AFTER(s, p, " (");
  if (!o)
    return p;
  size_t q = x_find(s->t, p, s->end, ")");
  if (q == s->end || q - p > 80)
    return p;
  size_t n = x_name_len(s->t, o, q);
  if (n && x_person_like(s->t + o, n, false) &&
      (o + n == q || xc_starts(s, o + n, " in "))) {
    *other = o;
    *on = n;
  }
  return q + 1;
}

/* True when t[p..p+n) is a crew role ("Director", "Executive producer")
   or an award ("Best Actor"), not a character. */
static bool crew_role(const sent *s, size_t p, size_t n) {
  if (x_award_like(s->t + p, n)) /* "Best Actor  Jane Roe" */
    return true;
  if (n > 1 && s->t[p + n - 1] == 's') /* "Producers" */
    n -= skg_lex_has(SKG_LEX_ROLES, s->t + p, n - 1);
  return skg_lex_has(SKG_LEX_ROLES, s->t + p, n);
}

/* "Jane Roe as Vera Quill[, ...]", "Jane Roe as:" (sets *multi). */
static bool as_item(sent *s, bool in, size_t an, skg_eid *multi) {
  size_t other = 0, on;
  size_t p =
      skip_note(s, s->a + an + xc_generation_dot(s, s->a, an), &other, &on);
  size_t c = XC_AFTER(s, p, " as:");
  if (c && c >= s->end) { /* "Jane Roe as:", the roles on the next lines */
    *multi = xc_actor_at(s, s->a, an, in);
    return *multi != SKG_NONE;
  }
  if (!(c = XC_AFTER(s, p, " as ")))
    return false;
  if (!x_cap_at(s->t, c, s->end)) { /* "as the Prosecutor" */
    if (!in)
      return false;
    c = xc_skip_lower(s, c);
  }
  size_t cn = role_len(s, c);
  if (crew_role(s, c, cn)) /* "Ada Black as Director" */
    return false;
  bool named = cn && (role_ends(s, c + cn) || xc_starts(s, c + cn, "/") ||
                      dual_role(s, c + cn));
  if (!named && !in) /* "Critics saw Harbor Lights as a return" */
    return false;
  skg_eid actor = xc_actor_at(s, s->a, an, in || c + cn >= s->end);
  if (actor == SKG_NONE)
    return false;
  /* "as Wise man", "as the bank guard": a description, not a name */
  skg_eid second = on ? xc_actor_at(s, other, on, false) : SKG_NONE;
  if (!named) {
    xc_perform(s, "cast-list-line", actor, SKG_NONE, s->x->subject);
    xc_perform(s, "cast-list-line", second, SKG_NONE, s->x->subject);
    return true;
  }
  roles_at(s, "cast-list-line", actor, c);
  if (second != SKG_NONE)
    roles_at(s, "cast-list-line", second, c);
  return true;
}

/* "Ann Lee and Tom Roe as Vera Quill and Hal Brine, two pilots": each
   actor the role in the same place; "Ann Lee and Tom Roe as drivers" in
   a cast section: both cast, no role. True when the item is such a
   pair. */
static bool pair_item(sent *s, bool in, size_t an) {
  const char *t = s->t;
  size_t q = XC_AFTER(s, s->a + an, " and ");
  size_t bn = q ? x_name_len(t, q, s->end) : 0;
  size_t c = bn ? XC_AFTER(s, q + bn, " as ") : 0;
  if (!c || !x_person_like(t + s->a, an, false) ||
      !x_person_like(t + q, bn, false))
    return false;
  size_t cn = x_cap_at(t, c, s->end) ? role_len(s, c) : 0;
  size_t d = cn ? dual_role(s, c + cn) : 0;
  if ((!d && !in) || (cn && crew_role(s, c, cn)))
    return false;
  skg_eid a = xc_actor_at(s, s->a, an, in), b = xc_actor_at(s, q, bn, in);
  if (a == SKG_NONE || b == SKG_NONE)
    return false;
  skg_eid ca = d ? xc_character_at(s, c, cn) : SKG_NONE;
  skg_eid cb = d ? xc_character_at(s, d, role_len(s, d)) : SKG_NONE;
  xc_perform(s, "cast-list-pair", a, ca, s->x->subject);
  xc_perform(s, "cast-list-pair", b, cb, s->x->subject);
  return true;
}

/* Length of an actor's stage name with "the" inside it, "Larry the
   Cable Guy as Mater", at the line's start, where the name scanner stops
   at "the": only when " as " follows it, else an. */
static size_t stage_name_len(const sent *s, size_t an) {
  size_t q = XC_AFTER(s, s->a + an, " the ");
  if (!q || !x_cap_at(s->t, q, s->end))
    return an;
  size_t k = x_name_len(s->t, q, s->end);
  return k && XC_AFTER(s, q + k, " as ") ? q + k - s->a : an;
}

/* How the rows of a cast section read: actor first (> 0) or role first
   (< 0), by a vote over its lines or by the header of a table (fixed). */
typedef struct {
  int vote;
  bool fixed;
} order_t;

/* More actors of one role in the next cells of a table row ("Satsuki;
   Ann Lee; Jane Roe", a voice actor per language) or after "; " and ", "
   in a voice cast ("Vera: Mika Oda (Japanese); Ann Lee (English)"). */
static void more_actors(sent *s, size_t p, size_t role, const char *rule) {
  for (int k = 0; k < 4; k++) {
    size_t other, on;
    p = skip_note(s, p, &other, &on);
    size_t q = XC_AFTER(s, p, "; ");
    if (!q && !(q = XC_AFTER(s, p, ", ")))
      return;
    size_t n = x_name_len(s->t, q, s->end);
    if (!n || !x_person_like(s->t + q, n, false) || !role_ends(s, q + n))
      return;
    roles_at(s, rule, xc_actor_at(s, q, n, false), role);
    p = q + n;
  }
}

/* Length of "played by ", "voiced by ", "portrayed by " at p, or 0. */
static size_t by_len(const sent *s, size_t p) {
  xc_cur c = xc_at(s->t, s->a, p, s->end);
  if (!XC_ALT(&c, "played|voiced|portrayed|Played|Voiced|Portrayed") ||
      !XC_WORD(&c, "by"))
    return 0;
  return c.p - p;
}

/* "Jane Roe – Vera Quill's sister" in a section whose rows read actor
   first: the actor is cast; the role is a description, no character. */
static bool possessive_role(sent *s, const order_t *o, size_t an) {
  if (o->vote < 0 || !x_person_like(s->t + s->a, an, false))
    return false;
  skg_eid actor = xc_actor_at(s, s->a, an, false);
  if (actor == SKG_NONE)
    return false;
  xc_perform(s, o->fixed ? "cast-list-table" : "cast-list-dash", actor,
             SKG_NONE, s->x->subject);
  return true;
}

/* "Jane Roe – Vera Quill" or "Vera Quill – Jane Roe": the side that
   looks like a person's full name is the actor; when both or neither
   do, the section's vote decides, and a table's header always does. */
static bool dash_item(sent *s, const order_t *o) {
  size_t an = role_len(s, s->a), other, on;
  size_t e =
      an ? skip_note(s, s->a + an, &other, &on) : s->a; /* "(daughter)" */
  size_t d = an ? dash_at(s, e) : 0;
  if (!d)
    return false;
  size_t q = e + d, by = by_len(s, q);
  q += by;
  size_t rn = x_name_len(s->t, q, s->end), qn = role_len(s, q);
  /* "Jane Roe - Vera Quill/The Quill": a second role after "/" */
  bool ends = role_ends(s, q + qn) ||
              (xc_starts(s, q + qn, "/") && x_cap_at(s->t, q + qn + 1, s->end));
  /* "Jane Roe – Vera's sister"; not "Vera Quill (Jane Roe) – Hal's
     wife", whose note names the actor */
  if (rn && !ends && !by && e == s->a + an &&
      x_possessive_at(s->t, q + rn, s->end))
    return possessive_role(s, o, an);
  if (!rn || !ends || skg_lex_has(SKG_LEX_CAST_COLUMNS, s->t + s->a, an) ||
      crew_role(s, s->a, an) || crew_role(s, q, qn))
    return false; /* "Ada Black – Director" in a crew table */
  bool lp = x_person_like(s->t + s->a, an, false);
  bool rp = x_person_like(s->t + q, rn, false);
  bool left_actor = lp != rp && !o->fixed ? lp : o->vote >= 0;
  if (by) /* "Vera Quill – voiced by Jane Roe" */
    left_actor = false;
  skg_eid actor =
      left_actor ? xc_actor_at(s, s->a, an, true) : xc_actor_at(s, q, rn, true);
  if (actor == SKG_NONE)
    return false;
  const char *rule = o->fixed ? "cast-list-table" : "cast-list-dash";
  roles_at(s, rule, actor, left_actor ? q : s->a);
  if (!left_actor)
    more_actors(s, q + rn, s->a, rule);
  return true;
}

/* The header row of a cast table, cells joined by "; " ("Actor;
   Character; Description"): sets *o to its order; false when the line is
   not one. */
static bool table_header(const x_ctx *x, const line_t *l, order_t *o) {
  const char *t = x->d->text;
  int actor = -1, role = -1;
  int i = 0;
  for (size_t c = l->a, e; c < l->end; c = e + XC_LEN("; "), i++) {
    e = x_find(t, c, l->end, "; ");
    const char *v = skg_lex_get(SKG_LEX_CAST_COLUMNS, t + c, e - c);
    if (v && *v == 'a' && actor < 0)
      actor = i;
    if (v && *v == 'r' && role < 0)
      role = i;
  }
  if (actor < 0 || role < 0)
    return false;
  *o = (order_t){actor < role ? 1 : -1, true};
  return true;
}

/* The sum of +1 for each line of the section from si on that reads
   actor first and -1 for each that reads role first, as far as the
   names tell. */
static int dash_vote(x_ctx *x, size_t si) {
  int vote = 0;
  /* a bound keeps a page of many cast headings linear */
  enum { MAX_LINES = 400 };
  for (size_t lim = si + MAX_LINES; si < x->refs_start && si < lim; si++) {
    line_t l;
    if (!line_of(x, si, &l))
      continue;
    if (kind_of(x, &l) != LINE_TEXT)
      break;
    sent s = xc_sent_of(x, si);
    s.a = l.a;
    s.end = l.end;
    size_t an = role_len(&s, s.a), d = an ? dash_at(&s, s.a + an) : 0;
    size_t rn = d ? x_name_len(s.t, s.a + an + d, s.end) : 0;
    if (!rn)
      continue;
    bool lp = x_person_like(s.t + s.a, an, false);
    bool rp = x_person_like(s.t + s.a + an + d, rn, false);
    vote += lp && !rp ? 1 : rp && !lp ? -1 : 0;
  }
  return vote;
}

/* One role a line after "Peter Roe as:" ("Group Captain Hal Brine, a
   pilot"); false when the line is not one. */
static bool multi_role(sent *s, skg_eid actor) {
  size_t cn = role_len(s, s->a);
  if (!cn || !role_ends(s, s->a + cn) ||
      x_lookup(s->x, X_PERSON | X_WORK | X_ORG, s->t + s->a, cn, NULL) !=
          SKG_NONE)
    return false;
  roles_at(s, "cast-list-roles", actor, s->a);
  return true;
}

/* " Hal Brine, a dock worker", " Vera Quill: the harbour master" under a
   heading of characters: a character of the article's work, with no
   actor named. */
static void character_line(sent *s) {
  size_t n = role_len(s, s->a), p = s->a + n;
  if (!n || !role_ends(s, p) || x_possessive_at(s->t, p, s->end) ||
      x_lookup(s->x, X_PERSON | X_WORK | X_ORG, s->t + s->a, n, NULL) !=
          SKG_NONE ||
      skg_lex_has(SKG_LEX_CAST_COLUMNS, s->t + s->a, n))
    return;
  size_t q = p < s->end ? x_skip_space(s->t, p + 1, s->end) : p;
  if (q < s->end && x_cap_at(s->t, q, s->end)) /* "Hal Brine, Vera Quill" */
    return;
  skg_eid ch = x_character(s->x, s->t + s->a, n, true);
  skg_evidence ev = x_evidence(s->x, s->si, "cast-list-character");
  skg_graph_add_fact(s->x->g, s->x->subject, SKG_PRED_HAS_CHARACTER, ch, &ev);
}

/* True when the heading line l names characters ("Main characters"). */
static bool characters_heading(const x_ctx *x, const line_t *l) {
  return x_find(x->d->text, l->a, l->end, "haracters") < l->end;
}

/* Length of a table's header row glued into one word before the first
   row's actor, "NameCharacterDescriptionSource Ann Lee  Vera Quill", as
   a page copied to text may keep it: two or more column names
   (data/cast_columns.tsv), each starting with a capital; 0 when the
   word at a is not one. */
static size_t glued_header_len(const char *t, size_t a, size_t end) {
  size_t e = a, parts = 0;
  while (e < end && !blank(t[e]))
    e++;
  for (size_t p = a, q; p < e; p = q, parts++) {
    if (!isupper((unsigned char)t[p]))
      return 0;
    for (q = p + 1; q < e && islower((unsigned char)t[q]); q++)
      ;
    if (!skg_lex_has(SKG_LEX_CAST_COLUMNS, t + p, q - p))
      return 0;
  }
  return parts >= 2 && e < end ? e + 1 - a : 0;
}

/* True when the line l opens with a column name of a cast table's
   header row ("Actor  Role  Notes Ann Lee  Vera Quill"): its rows are
   xc_flat_cells' to count, by the header's columns. */
static bool column_first(const char *t, const line_t *l) {
  size_t e = l->a;
  while (e < l->end && !blank(t[e]))
    e++;
  return skg_lex_has(SKG_LEX_CAST_COLUMNS, t + l->a, e - l->a);
}

/* A row of a cast table flattened into one line, its cells parted by
   two blanks, read where a sentence of a cast section starts it in the
   middle of the line ("... a detective. Tom Roe  Hal Brine  A sailor.").
   Only blanks may part the first two cells: a dash or a colon in the
   middle of a line is prose's. */
static void cell_row(x_ctx *x, size_t si, const order_t *o) {
  sent s = xc_sent_of(x, si);
  while (s.a < s.end && blank(s.t[s.a]))
    s.a++;
  size_t an = role_len(&s, s.a), p = s.a + an;
  /* two blanks exactly: a wider gap holds an empty cell or a row's end
     (xc_flat_cells counts those) */
  if (an && xc_starts(&s, p, "  ") && x_cap_at(s.t, p + XC_LEN("  "), s.end))
    dash_item(&s, o);
}

void xc_cast_lists(x_ctx *x) {
  if (x->subject == SKG_NONE)
    return;
  bool in = false, chars = false;
  order_t order = {0, false};
  skg_eid multi = SKG_NONE;
  bool flat = false; /* the line opens with a table's header row */
  for (size_t si = 0; si < x->refs_start; si++) {
    line_t l;
    if (!line_of(x, si, &l)) {
      if (in && !chars && multi == SKG_NONE && !flat)
        cell_row(x, si, &order);
      continue;
    }
    flat = column_first(x->d->text, &l);
    line_kind k = kind_of(x, &l);
    if (k == LINE_CAST_HEADING || table_header(x, &l, &order)) {
      if (k == LINE_CAST_HEADING)
        order = (order_t){dash_vote(x, si + 1), false};
      chars = k == LINE_CAST_HEADING && characters_heading(x, &l);
      in = true;
      multi = SKG_NONE;
      continue;
    }
    sent s = xc_sent_of(x, si);
    s.a = l.a + (in ? glued_header_len(s.t, l.a, l.end) : 0);
    s.end = l.end;
    if (multi != SKG_NONE && multi_role(&s, multi))
      continue;
    multi = SKG_NONE;
    if (k == LINE_HEADING) {
      in = false;
      continue;
    }
    size_t an = x_name_len(s.t, s.a, s.end);
    if (an && !pair_item(&s, in, an) &&
        !as_item(&s, in, stage_name_len(&s, an), &multi) && in &&
        !dash_item(&s, &order) && chars)
      character_line(&s);
  }
}
