/* read_flat.c: an infobox flattened into plain text. A page copied from
   an encyclopedia site keeps its infobox as lines above or near the lead:

     Directed by	Delia Marsh
     Starring
     Cole Abernathy
     Priya Lindqvist
     Production company(s) Bramblewood Pictures

   The labels (data/infobox_labels.tsv) say which field a line is; the
   value follows on the same line (after a tab, '|', ':' or a space) or on
   the lines below, one name a line. The lines become infobox fields whose
   evidence is their own line (skg_docb_field_at), so the same infobox
   rule reads them as it reads a wikitext infobox. A label alone proves
   little ("Music" may start a sentence), so only a run of at least two
   label lines counts, and only the first such run (a page has one
   infobox). */
#include "read.h"

#include "alloc.h"
#include "lexicon.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum {
  MAX_LABEL_WORDS = 5, /* "theme music composer" */
  MAX_VALUE = 300,     /* a longer line is prose, not a value */
  MAX_ITEM = 80,       /* one name a line */
  MAX_GAP = 3,         /* unknown short lines a run may hold */
  MAX_TOKENS = 40,     /* words of a value split into names */
  MIN_LABELS = 2,
  /* An infobox stands near the top: only this much of the text is
     searched for one, and for other mentions of a name, so a huge file
     costs no more than a page. */
  SCAN_BYTES = 64 * 1024,
  NAME_BYTES = 256 * 1024,
};

typedef enum { LIST_PEOPLE, LIST_COMPANIES, LIST_OTHER } list_kind;

typedef struct {
  char key[48];
  list_kind kind;
  bool series;  /* only a television infobox has it */
  bool work;    /* only a film's or a series' infobox has it */
  bool notwork; /* a person's, a book's, an album's, a game's */
  size_t end;   /* where the label ends */
} label;

typedef struct {
  const char *t; /* the text */
  size_t n;
  skg_docb *b;
  size_t first; /* where the run's first label line starts */
  unsigned labels;
  bool series, work, notwork; /* what its labels say (label) */
} run;

/* A run is an infobox of a film or a series when it has labels enough,
   one of them a film's or a series' own, and none of a person's, a
   book's, an album's or a game's ("Born", "Publisher", "Label",
   "Platform"): those pages give no film facts. */
static bool film_infobox(const run *r) {
  return r->labels >= MIN_LABELS && r->work && !r->notwork;
}

/* ---- labels ---- */

/* The label form of t[0..n) in out: lower case, "(s)" dropped. */
static size_t label_form(const char *t, size_t n, char *out, size_t cap) {
  size_t k = 0;
  for (size_t i = 0; i < n && k + 1 < cap; i++) {
    if (i + 3 <= n && memcmp(t + i, "(s)", 3) == 0) {
      i += 2;
      continue;
    }
    out[k++] = (char)tolower((unsigned char)t[i]);
  }
  out[k] = '\0';
  return k;
}

/* Reads the table row "field<TAB>kind[<TAB>flag]..." into l. */
static void label_row(const char *row, label *l) {
  const char *tab = strchr(row, '\t');
  size_t kn = tab ? (size_t)(tab - row) : strlen(row);
  if (kn >= sizeof l->key)
    kn = sizeof l->key - 1;
  memcpy(l->key, row, kn);
  l->key[kn] = '\0';
  const char *kind = tab ? tab + 1 : "";
  l->kind = strncmp(kind, "people", 6) == 0      ? LIST_PEOPLE
            : strncmp(kind, "companies", 9) == 0 ? LIST_COMPANIES
                                                 : LIST_OTHER;
  l->series = strstr(kind, "\tseries") != NULL;
  l->notwork = strstr(kind, "\tnotwork") != NULL;
  l->work =
      l->kind != LIST_OTHER || l->series || (strstr(kind, "\twork") != NULL);
}

/* Start of the line's content: no indentation, no list bullet ("*",
   "•", or "- " as a copy in Markdown writes "- Director: Ann Roe"). */
static size_t content_start(const char *t, size_t a, size_t e) {
  while (a < e) {
    if (t[a] == ' ' || t[a] == '\t' || t[a] == '*' ||
        (t[a] == '-' && a + 1 < e && t[a + 1] == ' '))
      a++;
    else if (e - a >= 3 && memcmp(t + a, "\xE2\x80\xA2", 3) == 0) /* • */
      a += 3;
    else
      break;
  }
  return a;
}

/* Is t[p..q) a label? Its row in out, ending at q. */
static bool label_span(const char *t, size_t p, size_t q, label *out) {
  char form[64];
  size_t k = label_form(t + p, q - p, form, sizeof form);
  const char *row = k ? skg_lex_get(SKG_LEX_INFOBOX_LABELS, form, k) : NULL;
  if (row) {
    label_row(row, out);
    out->end = q;
  }
  return row != NULL;
}

/* Where a value glued to its label starts inside the word t[s..j): some
   copies drop the table cell's border, so "Directed by" and "Sundar C."
   run together as "Directed bySundar C.", "StarringJane Roe". The value
   starts at a capital after a lower-case letter; 0 when there is none. */
static size_t glued_value(const char *t, size_t s, size_t j) {
  for (size_t q = s + 1; q < j; q++)
    if (isupper((unsigned char)t[q]) && islower((unsigned char)t[q - 1]))
      return q;
  return 0;
}

/* True when the word after the label ending at j, one space between,
   is a word of data/label_org_words.txt ("Writers Guild"). */
static bool org_word_after(const char *t, size_t j, size_t e) {
  if (j >= e || t[j] != ' ')
    return false;
  size_t w = j + 1, q = w;
  while (q < e && !strchr(" \t:|;,", t[q]))
    q++;
  return q > w && skg_lex_has(SKG_LEX_LABEL_ORG_WORDS, t + w, q - w);
}

/* The longest label that starts the line t[a..e), in out. */
static bool label_at(const char *t, size_t a, size_t e, label *out) {
  bool found = false;
  size_t p = content_start(t, a, e), j = p;
  for (int w = 0; w < MAX_LABEL_WORDS && j < e; w++) {
    size_t s = j;
    while (j < e && !strchr(" \t:|;", t[j]))
      j++;
    if (label_span(t, p, j, out)) {
      if (org_word_after(t, j, e))
        return false; /* "Writers Guild of America Award ..." */
      found = true;
    } else {
      size_t q = glued_value(t, s, j);
      if (q && label_span(t, p, q, out))
        return true; /* the value follows at once: no longer label */
    }
    if (j >= e || t[j] != ' ')
      break;
    j++;
  }
  return found;
}

/* A label wrapped over two lines, as a narrow table cell copies it
   ("Production" / "companies", "Release" / "date"): the line t[c..e) and
   the next one, which starts in lower case, form a label. Its row in
   out; *e2 gets the end of the second line. */
static bool wrapped_label(const char *t, size_t n, size_t c, size_t e,
                          label *out, size_t *e2) {
  size_t b = e + 1, f = b;
  if (e - c > 24 || b >= n || !islower((unsigned char)t[b]))
    return false;
  while (f < n && t[f] != '\n')
    f++;
  size_t g = f;
  while (g > b && (t[g - 1] == '\r' || t[g - 1] == ' '))
    g--;
  char joined[64];
  if (g - b > 24 || (e - c) + 1 + (g - b) >= sizeof joined)
    return false;
  memcpy(joined, t + c, e - c);
  joined[e - c] = ' ';
  memcpy(joined + (e - c) + 1, t + b, g - b);
  size_t jn = (e - c) + 1 + (g - b);
  if (!label_span(joined, 0, jn, out))
    return false;
  out->end = g;
  *e2 = g;
  return true;
}

/* ---- values ---- */

static bool starts_name(const char *t, size_t a, size_t e, list_kind kind) {
  unsigned char c = a < e ? (unsigned char)t[a] : 0;
  return isupper(c) || c >= 0x80 || (kind == LIST_COMPANIES && isdigit(c));
}

static size_t count_words(const char *t, size_t a, size_t e) {
  size_t w = 0;
  for (size_t i = a; i < e; i++)
    if (t[i] != ' ' && (i == a || t[i - 1] == ' '))
      w++;
  return w;
}

/* Words of t[a..e) that start in lower case. */
static size_t lower_words(const char *t, size_t a, size_t e) {
  size_t n = 0;
  for (size_t i = a; i < e; i++)
    if ((i == a || t[i - 1] == ' ') && islower((unsigned char)t[i]))
      n++;
  return n;
}

/* A sentence, not a value: it is long, it has many lower-case words
   ("Harrow Point is a 2015 film directed by Delia Marsh."; names have
   one or two: "and", "van der"), or it ends in a full stop after a
   lower-case word ("... in a remote village.", not "... Pictures
   Inc."). */
static bool prose(const char *t, size_t a, size_t e) {
  if (e - a > MAX_VALUE || count_words(t, a, e) > 30 ||
      (count_words(t, a, e) > 6 && lower_words(t, a, e) >= 3))
    return true;
  if (e - a < 2 || t[e - 1] != '.' || count_words(t, a, e) <= 4)
    return false;
  size_t w = e - 1;
  while (w > a && t[w - 1] != ' ')
    w--;
  return islower((unsigned char)t[w]);
}

/* Past a sub-label that starts an item ("Songs: Ada Roe", "Score -"):
   up to three words and a colon. */
static size_t past_sublabel(const char *t, size_t a, size_t e) {
  size_t words = 1;
  for (size_t i = a; i < e && words <= 3 && t[i] != ','; i++) {
    if (t[i] == ':') {
      i++;
      while (i < e && t[i] == ' ')
        i++;
      return i;
    }
    words += t[i] == ' ';
  }
  return a;
}

/* A line that only annotates the names around it: "(Songs)", "Score:". */
static bool note_line(const char *t, size_t a, size_t e) {
  return e - a <= 40 && ((t[a] == '(' && t[e - 1] == ')') || t[e - 1] == ':');
}

/* One name alone on its line, continuing the value of the label above. */
static bool item_line(const char *t, size_t a, size_t e, list_kind kind) {
  a = past_sublabel(t, a, e);
  if (kind == LIST_OTHER || e - a > MAX_ITEM || !starts_name(t, a, e, kind) ||
      count_words(t, a, e) > 6 || prose(t, a, e))
    return false;
  int paren = 0; /* "Jane Roe (1, 3)": a note may hold digits */
  for (size_t i = a; i < e; i++) {
    paren += (t[i] == '(') - (t[i] == ')');
    if ((kind == LIST_PEOPLE && !paren && isdigit((unsigned char)t[i])) ||
        t[i] == '\t')
      return false;
  }
  return true;
}

/* Does a new company name start at t[i]: not a legal form or an
   abbreviation that ends the name before ("Deccan Pictures Pvt. Ltd.",
   "Concord Production Inc.")? */
static bool new_company_at(const char *t, size_t i, size_t e) {
  size_t j = i;
  while (j < e && t[j] != ' ')
    j++;
  size_t n = j - i;
  while (n && t[i + n - 1] == '.')
    n--;
  return j > i && t[j - 1] != '.' &&
         !skg_lex_has(SKG_LEX_COMPANY_SUFFIXES, t + i, n);
}

/* Separators of a value's items: any list's, people's, and a comma
   between companies (not the one before "Inc."). */
static size_t list_sep(const char *t, size_t i, size_t e, list_kind kind) {
  static const char *const ANY[] = {
      "\t", " | ", "|", " \xC2\xB7 ", "\xC2\xB7", " \xE2\x80\xA2 ", "; "};
  static const char *const PEOPLE[] = {" and ", " & ", " / "};
  for (size_t k = 0; k < SKG_ARRAY_LEN(ANY); k++)
    if (i + strlen(ANY[k]) <= e && memcmp(t + i, ANY[k], strlen(ANY[k])) == 0)
      return strlen(ANY[k]);
  for (size_t k = 0; kind == LIST_PEOPLE && k < SKG_ARRAY_LEN(PEOPLE); k++)
    if (i + strlen(PEOPLE[k]) <= e &&
        memcmp(t + i, PEOPLE[k], strlen(PEOPLE[k])) == 0)
      return strlen(PEOPLE[k]);
  if (kind == LIST_COMPANIES && i + 2 < e && t[i] == ',' && t[i + 1] == ' ' &&
      new_company_at(t, i + 2, e))
    return 2;
  return 0;
}

typedef struct {
  size_t a, e;
} tok;

/* Is the word that ends before i (or starts at i) a capitalised one, so
   that a name ending (starting) there goes on ("Mary Ellen Vasquez" is
   not a mention of "Ellen Vasquez")? */
static bool cap_word_before(const char *t, size_t i) {
  if (i < 2 || t[i - 1] != ' ' || !isalnum((unsigned char)t[i - 2]))
    return false;
  size_t s = i - 2;
  while (s > 0 && t[s - 1] != ' ' && t[s - 1] != '\n')
    s--;
  return isupper((unsigned char)t[s]);
}

static bool cap_word_after(const char *t, size_t n, size_t i) {
  return i + 1 < n && t[i] == ' ' && isupper((unsigned char)t[i + 1]);
}

/* Does t name w[0..n) outside the line [la, le), as a whole name? */
static bool named_elsewhere(const run *r, const char *w, size_t n, size_t la,
                            size_t le) {
  size_t lim = r->n < NAME_BYTES ? r->n : NAME_BYTES;
  for (size_t i = 0; i + n <= lim; i++) {
    if (i >= la && i < le) {
      i = le;
      continue;
    }
    if (memcmp(r->t + i, w, n) == 0 &&
        (i == 0 || !isalnum((unsigned char)r->t[i - 1])) &&
        (i + n == r->n || !isalnum((unsigned char)r->t[i + n])) &&
        !cap_word_before(r->t, i) && !cap_word_after(r->t, r->n, i + n))
      return true;
  }
  return false;
}

/* A word that is part of the name around it but not one of its main
   words: an initial ("B.") or a particle ("de", "van"). */
static bool minor_word(const char *t, tok w) {
  return t[w.e - 1] == '.' || islower((unsigned char)t[w.a]);
}

/* A capitalised particle that never starts a name ("Lakshman Joseph De
   Seram" is one name, not "Lakshman Joseph" and "De Seram"). */
static bool particle_word(const char *t, tok w) {
  static const char *const P[] = {"De",  "Da",  "Di",  "Del", "Della", "Van",
                                  "Von", "Le",  "La",  "Du",  "Dos",   "Das",
                                  "Der", "Den", "Ter", "Bin", "El"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(P); i++)
    if (w.e - w.a == strlen(P[i]) && memcmp(t + w.a, P[i], w.e - w.a) == 0)
      return true;
  return false;
}

/* Names run together with spaces only ("Starring Cole Abernathy Priya
   Lindqvist"): splits t[a..e) into names of one to three main words,
   preferring names the page uses elsewhere, then names of two words,
   and appends them to out one a line. */
static void split_names(const run *r, size_t a, size_t e, size_t la, size_t le,
                        skg_buf *out) {
  tok w[MAX_TOKENS];
  size_t n = 0;
  for (size_t i = a; i < e && n < MAX_TOKENS;) {
    while (i < e && r->t[i] == ' ')
      i++;
    size_t s = i;
    while (i < e && r->t[i] != ' ')
      i++;
    if (i > s)
      w[n++] = (tok){s, i};
  }
  int best[MAX_TOKENS + 1];
  size_t cut[MAX_TOKENS + 1];
  best[n] = 0;
  cut[n] = n;
  for (size_t i = n; i-- > 0;) {
    best[i] = -1000;
    cut[i] = n;
    for (size_t j = i + 1, main = 0; j <= n; j++) {
      main += !minor_word(r->t, w[j - 1]) && !particle_word(r->t, w[j - 1]);
      if (main > 3)
        break;
      if (!main || minor_word(r->t, w[j - 1]) ||
          particle_word(r->t, w[j - 1]) ||
          islower((unsigned char)r->t[w[i].a]) ||
          (i > 0 && particle_word(r->t, w[i])))
        continue;
      bool known =
          named_elsewhere(r, r->t + w[i].a, w[j - 1].e - w[i].a, la, le);
      int score = main == 1   ? (known ? 1 : -8)
                  : known     ? 4 + (main == 2)
                  : main == 2 ? 2
                              : 1;
      if (best[j] + score > best[i]) {
        best[i] = best[j] + score;
        cut[i] = j;
      }
    }
  }
  for (size_t i = 0; i < n; i = cut[i]) {
    skg_buf_append(out, r->t + w[i].a, w[cut[i] - 1].e - w[i].a);
    skg_buf_putc(out, '\n');
  }
}

/* Is t[a..e) a company name of two words or more, ending in a suffix
   ("Ironbark Studios", not "Group")? */
static bool company_ends(const char *t, size_t a, size_t e) {
  size_t ws = e;
  while (ws > a && t[ws - 1] != ' ')
    ws--;
  size_t wn = e - ws;
  while (wn && t[ws + wn - 1] == '.')
    wn--;
  return ws > a && skg_lex_has(SKG_LEX_COMPANY_SUFFIXES, t + ws, wn);
}

/* Companies run together ("Tern Pictures Ironbark Studios"): a new name
   starts after a company suffix when what follows is a company too. */
static void split_companies(const run *r, size_t a, size_t e, skg_buf *out) {
  size_t s = a;
  for (size_t i = a; i <= e; i++) {
    if (i < e && r->t[i] != ' ')
      continue;
    size_t ws = i;
    while (ws > s && r->t[ws - 1] != ' ')
      ws--;
    size_t wn = i - ws;
    while (wn && r->t[ws + wn - 1] == '.')
      wn--;
    if (i == e ||
        (ws > s && skg_lex_has(SKG_LEX_COMPANY_SUFFIXES, r->t + ws, wn) &&
         new_company_at(r->t, i + 1, e) && company_ends(r->t, i + 1, e))) {
      skg_buf_append(out, r->t + s, i - s);
      skg_buf_putc(out, '\n');
      s = i + 1;
    }
  }
}

/* One item of a value, split further when names run together. */
static void value_item(const run *r, const label *l, size_t a, size_t e,
                       size_t la, size_t le, bool split, skg_buf *out) {
  while (a < e && r->t[a] == ' ')
    a++;
  a = past_sublabel(r->t, a, e);
  while (e > a && r->t[e - 1] == ' ')
    e--;
  if (a == e || !starts_name(r->t, a, e, l->kind))
    return;
  bool commas = memchr(r->t + a, ',', e - a) != NULL;
  if (split && l->kind == LIST_PEOPLE && !commas &&
      count_words(r->t, a, e) >= 4)
    split_names(r, a, e, la, le, out);
  else if (split && l->kind == LIST_COMPANIES && !commas)
    split_companies(r, a, e, out);
  else {
    skg_buf_append(out, r->t + a, e - a);
    skg_buf_putc(out, '\n');
  }
}

/* The value t[a..e) of label l as items one a line; with split, names
   run together are told apart. */
static void value_items(const run *r, const label *l, size_t a, size_t e,
                        size_t la, size_t le, bool split, skg_buf *out) {
  size_t s = a;
  int paren = 0; /* "Hard Eight Pictures (1, 2)": the note's commas */
  for (size_t i = a; i < e;) {
    paren += (r->t[i] == '(') - (r->t[i] == ')');
    size_t k = paren > 0 ? 0 : list_sep(r->t, i, e, l->kind);
    if (!k) {
      i++;
      continue;
    }
    value_item(r, l, s, i, la, le, split, out);
    s = i += k;
  }
  value_item(r, l, s, e, la, le, split, out);
}

static void add_field(const run *r, const label *l, const skg_buf *items,
                      size_t la, size_t le) {
  if (items->len)
    skg_docb_field_at(r->b, l->key, strlen(l->key), items->data, items->len, la,
                      le - la);
}

/* ---- the run of label lines ---- */

/* A label line t[a..e): its value as items; false when the line only
   starts with a label word ("Music was composed by ..."). */
static bool label_line(const run *r, const label *l, size_t a, size_t e,
                       size_t *va, skg_buf *items) {
  size_t v = l->end;
  while (v < e && (r->t[v] == ' ' || r->t[v] == '\t'))
    v++;
  if (v < e && strchr(":|=;", r->t[v]))
    v++;
  while (v < e && (r->t[v] == ' ' || r->t[v] == '\t'))
    v++;
  *va = v;
  if (v == e)
    return true; /* the value is on the lines below */
  if (prose(r->t, v, e))
    return false;
  if (l->kind != LIST_OTHER) /* a note ("(Songs)") gives no item */
    value_items(r, l, v, e, a, e, true, items);
  else if (skg_lex_has(SKG_LEX_INFOBOX_LITERALS, l->key, strlen(l->key)))
    skg_buf_append(items, r->t + v, e - v); /* a value: "104 minutes" */
  return true;
}

/* The first non-blank line before the run, when it names the page: it
   is short, no sentence, and the text names it again ("Harrow Point is
   a 2015 ..."), perhaps without a qualifier ("Harrow Point (film)"). */
static void guess_title(run *r) {
  size_t a = 0;
  while (a < r->first && isspace((unsigned char)r->t[a]))
    a++;
  size_t e = a;
  while (e < r->first && r->t[e] != '\n')
    e++;
  while (a < e && (r->t[a] == '#' || r->t[a] == ' '))
    a++;
  while (e > a && isspace((unsigned char)r->t[e - 1]))
    e--;
  static const char *const SITE[] = {" - Wikipedia", " \xE2\x80\x93 Wikipedia",
                                     " \xE2\x80\x94 Wikipedia"};
  for (size_t k = 0; k < SKG_ARRAY_LEN(SITE); k++) {
    size_t n = strlen(SITE[k]);
    if (e - a > n && memcmp(r->t + e - n, SITE[k], n) == 0)
      e -= n;
  }
  if (a == e || e - a > 100 || r->t[e - 1] == '.' ||
      !starts_name(r->t, a, e, LIST_COMPANIES))
    return;
  size_t core = e; /* without " (film)" */
  if (r->t[e - 1] == ')')
    for (size_t i = e; i-- > a + 1;)
      if (r->t[i] == '(' && r->t[i - 1] == ' ') {
        core = i - 1;
        break;
      }
  if (named_elsewhere(r, r->t + a, core - a, a, e))
    skg_docb_title(r->b, r->t + a, e - a);
}

/* A pending field: the run is taken only when it holds enough labels. */
typedef struct {
  label l;
  skg_buf items;
  size_t a, e;
  size_t va;    /* where the value starts on a label line */
  bool unsplit; /* names follow one a line: none run together */
} pending;

/* True when the items of a companies' field of p hold the line s[0..n). */
static bool company_item(const pending *p, size_t np, const char *s, size_t n) {
  for (size_t i = 0; i < np; i++) {
    const skg_buf *b = &p[i].items;
    if (p[i].l.kind != LIST_COMPANIES)
      continue;
    for (size_t a = 0; a + n < b->len + 1; a++)
      if ((a == 0 || b->data[a - 1] == '\n') &&
          memcmp(b->data + a, s, n) == 0 &&
          (a + n == b->len || b->data[a + n] == '\n'))
        return true;
  }
  return false;
}

/* "ProducerWarner Brothers" above "Production companyWarner Brothers":
   a name the run gives as a company is no person of a people's field
   (a people's label reads any name as a person's). */
static void drop_companies(pending *p, size_t np) {
  for (size_t i = 0; i < np; i++) {
    if (p[i].l.kind != LIST_PEOPLE || !p[i].items.len)
      continue;
    skg_buf keep = SKG_BUF_INIT;
    const char *d = p[i].items.data;
    for (size_t a = 0, e; a < p[i].items.len; a = e + 1) {
      const char *nl = memchr(d + a, '\n', p[i].items.len - a);
      e = nl ? (size_t)(nl - d) : p[i].items.len;
      if (!company_item(p, np, d + a, e - a)) {
        skg_buf_append(&keep, d + a, e - a);
        skg_buf_putc(&keep, '\n');
      }
    }
    skg_buf_free(&p[i].items);
    p[i].items = keep;
  }
}

static void flush(run *r, pending *p, size_t np, bool take, bool titled) {
  if (take) {
    if (!titled)
      guess_title(r);
    drop_companies(p, np);
    skg_docb_infobox(r->b, r->series ? "flat television" : "flat film",
                     r->series ? 15 : 9);
    for (size_t i = 0; i < np; i++)
      add_field(r, &p[i].l, &p[i].items, p[i].a, p[i].e);
  }
  for (size_t i = 0; i < np; i++)
    skg_buf_free(&p[i].items);
}

void skg_flat_infobox(skg_docb *b, bool titled) {
  run r = {skg_docb_str(b), skg_docb_len(b), b, 0, 0, false, false, false};
  pending *p = NULL;
  size_t np = 0, cap = 0;
  const label *cur = NULL; /* the label whose names may continue below */
  size_t head = 0;         /* its label line in p */
  unsigned gap = 0;
  size_t scan = r.n < SCAN_BYTES ? r.n : SCAN_BYTES;
  for (size_t a = 0; a < scan;) {
    size_t e = a;
    while (e < r.n && r.t[e] != '\n')
      e++;
    size_t next = e + 1, c = content_start(r.t, a, e);
    while (e > c && (r.t[e - 1] == '\r' || r.t[e - 1] == ' '))
      e--;
    label l;
    size_t va = e, e2 = e;
    skg_buf items = SKG_BUF_INIT;
    bool wrapped = false;
    if (c < e && wrapped_label(r.t, r.n, c, e, &l, &e2)) {
      wrapped = true; /* the label's second line is read with it */
      e = e2;
      next = e2 + 1;
    }
    if (c == e) {
      /* A blank line changes nothing, except after a label that had its
         value on its own line ("Music by: Ann Roe"): a line after the
         gap is a heading ("Broadcast history"), not one more name. */
      if (cur && p[head].va < p[head].e)
        cur = NULL;
    } else if ((wrapped || label_at(r.t, c, e, &l)) &&
               label_line(&r, &l, a, e, &va, &items)) {
      if (!r.labels++)
        r.first = a;
      r.series |= l.series;
      r.work |= l.work;
      r.notwork |= l.notwork;
      p = skg_xgrow(p, &cap, np + 1, sizeof *p);
      p[np++] = (pending){l, items, a, e, va, false};
      items = (skg_buf)SKG_BUF_INIT;
      head = np - 1;
      cur = &p[head].l;
      gap = 0;
    } else if (r.labels && cur && item_line(r.t, c, e, cur->kind)) {
      label same = *cur;
      pending *h = &p[head];
      if (!h->unsplit) { /* one name a line: the first one is whole too */
        skg_buf_clear(&h->items);
        if (h->va < h->e)
          value_items(&r, &same, h->va, h->e, h->a, h->e, false, &h->items);
        h->unsplit = true;
      }
      value_items(&r, &same, c, e, a, e, false, &items);
      p = skg_xgrow(p, &cap, np + 1, sizeof *p);
      p[np++] = (pending){same, items, a, e, c, true};
      items = (skg_buf)SKG_BUF_INIT;
      cur = &p[head].l;
    } else if (r.labels && cur &&
               (note_line(r.t, c, e) ||
                (cur->kind == LIST_OTHER && !prose(r.t, c, e)))) {
      /* "(Songs)" between the names of one label, or more of a value
         without names ("April 10, 2015 (United States)") */
      gap = 0;
    } else if (r.labels && !prose(r.t, c, e) && ++gap <= MAX_GAP) {
      cur = NULL; /* "104 minutes", an unknown label: the run goes on */
    } else if (r.labels) { /* the run ends */
      bool take = film_infobox(&r);
      flush(&r, p, np, take, titled);
      np = 0;
      cur = NULL;
      gap = 0;
      r.labels = 0;
      r.series = r.work = r.notwork = false;
      if (take) {
        skg_buf_free(&items);
        break;
      }
    }
    skg_buf_free(&items);
    a = next;
  }
  if (np || r.labels)
    flush(&r, p, np, film_infobox(&r), titled);
  free(p);
}
