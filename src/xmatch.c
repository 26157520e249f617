/* xmatch.c: the sentence cursor and the phrasing rows (xmatch.h). The
   rows of data/phrasings.tsv are compiled once per process (pthread_once:
   extraction runs on several threads) into a fixed array, read-only
   after. */
#include "xmatch.h"

#include "skg.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* ---- the cursor ---- */

xc_cur xc_at(const char *t, size_t lo, size_t p, size_t end) {
  return (xc_cur){t, lo, p, end};
}

static bool is_word_byte(char ch) {
  return ch != ' ' && ch != ',' && ch != ';' && ch != '.';
}

/* A letter or digit of a pattern's word: such a word starts and ends at
   a word boundary; a punctuation mark (",", ": ") need not. */
static bool wordish(char ch) {
  char lc = (char)(ch | 0x20);
  return (lc >= 'a' && lc <= 'z') || (ch >= '0' && ch <= '9');
}

/* Keeps a rarely taken path out of its caller's body. */
#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif

/* One space after what was matched goes with it: the cursor then sits on
   the next word, where the next match function looks. */
static void eat_space(xc_cur *c) {
  if (c->p < c->end && c->t[c->p] == ' ')
    c->p++;
}

/* xc_word once the first byte matched; out of line, so that xc_word's
   own path (most words differ at their first byte) saves no registers. */
NOINLINE static bool word_rest(xc_cur *c, const char *w, size_t n) {
  if (memcmp(c->t + c->p, w, n) != 0)
    return false;
  /* a word ends at a boundary; a punctuation mark is one already */
  if (wordish(w[n - 1]) && c->p + n < c->end && c->t[c->p + n] != ' ')
    return false;
  c->p += n;
  eat_space(c);
  return true;
}

bool xc_word(xc_cur *c, const char *w, size_t n) {
  if (n == 0 || c->p + n > c->end || c->t[c->p] != w[0])
    return false;
  return word_rest(c, w, n);
}

bool xc_exact(xc_cur *c, const char *w, size_t n) {
  if (c->p + n > c->end || (n && c->t[c->p] != w[0]) ||
      memcmp(c->t + c->p, w, n) != 0)
    return false;
  c->p += n;
  return true;
}

bool xc_alt(xc_cur *c, const char *alts, size_t n) {
  size_t i = 0;
  while (i < n) {
    size_t k = i;
    while (k < n && alts[k] != '|')
      k++;
    if (xc_word(c, alts + i, k - i))
      return true;
    i = k + 1;
  }
  return false;
}

static size_t word_end(const xc_cur *c, size_t p) {
  while (p < c->end && is_word_byte(c->t[p]))
    p++;
  return p;
}

void xc_skip_word(xc_cur *c) { c->p = word_end(c, c->p); }

bool xc_lex(xc_cur *c, skg_lex lex, const char **value) {
  size_t ends[3] = {0, 0, 0}, e = c->p;
  for (int i = 0; i < 3; i++) {
    e = word_end(c, e);
    ends[i] = e;
    if (e >= c->end || c->t[e] != ' ')
      break;
    e++;
  }
  for (int i = 2; i >= 0; i--) { /* the longest phrase first */
    if (!ends[i] || ends[i] <= c->p)
      continue;
    size_t n = ends[i] - c->p;
    const char *v = skg_lex_get(lex, c->t + c->p, n);
    if (!v && n > 1 && c->t[c->p + n - 1] == 's') /* "leaders" */
      v = skg_lex_get(lex, c->t + c->p, n - 1);
    if (!v)
      continue;
    *value = v;
    c->p += n;
    eat_space(c);
    return true;
  }
  return false;
}

bool xc_lex_word(xc_cur *c, skg_lex lex) {
  size_t e = c->p;
  while (e < c->end && wordish(c->t[e]))
    e++;
  if (e == c->p || !skg_lex_has(lex, c->t + c->p, e - c->p))
    return false;
  c->p = e;
  eat_space(c);
  return true;
}

bool xc_name(xc_cur *c, x_span *out) {
  if (!x_cap_at(c->t, c->p, c->end))
    return false;
  size_t n = x_name_len(c->t, c->p, c->end);
  if (!n)
    return false;
  *out = (x_span){c->p, n};
  c->p += n;
  eat_space(c);
  return true;
}

size_t xc_names(xc_cur *c, x_span *out, size_t max) {
  size_t stop, n = x_name_list(c->t, c->p, c->end, out, max, &stop);
  if (n) {
    c->p = stop;
    eat_space(c);
  }
  return n;
}

bool xc_skip_to(xc_cur *c, const char *w, size_t n, size_t max) {
  for (size_t p = c->p; p < c->end && p <= c->p + max; p++) {
    if (p > c->lo && c->t[p - 1] != ' ' && wordish(w[0]))
      continue;
    xc_cur at = *c;
    at.p = p;
    if (xc_word(&at, w, n)) {
      *c = at;
      return true;
    }
  }
  return false;
}

size_t xc_list_sep(const char *t, size_t p, size_t end) {
  xc_cur c = xc_at(t, p, p, end);
  bool comma = XC_EXACT(&c, ",");
  if (!XC_EXACT(&c, " "))
    return 0;
  bool conj = XC_EXACT(&c, "and ");
  return comma || conj ? c.p - p : 0;
}

/* ---- compiling a row ---- */

/* Fields of a row's value, split at tabs into buf. */
enum { F_FAMILY, F_PATTERN, F_PRED, F_SUBJ, F_OBJ, F_COUNT };

static bool fail(char *why, size_t whylen, const char *fmt, const char *s) {
  snprintf(why, whylen, fmt, s);
  return false;
}

static bool lex_named(const char *s, size_t n, skg_lex *out) {
  for (int i = 0; i < SKG_LEX_COUNT; i++)
    if (strlen(SKG_LEXICON_NAMES[i]) == n &&
        memcmp(SKG_LEXICON_NAMES[i], s, n) == 0) {
      *out = (skg_lex)i;
      return true;
    }
  return false;
}

static bool slot_type(const char *s, size_t n, xp_slot_type *out) {
  static const struct {
    const char *name;
    xp_slot_type type;
  } TYPES[] = {{"mark", XS_MARK},
               {"name", XS_NAME},
               {"names", XS_NAMES},
               {"group", XS_GROUP}};
  for (size_t i = 0; i < SKG_ARRAY_LEN(TYPES); i++)
    if (strlen(TYPES[i].name) == n && memcmp(TYPES[i].name, s, n) == 0) {
      *out = TYPES[i].type;
      return true;
    }
  return false;
}

/* One word w[0..n) of a pattern into tok. */
static bool token(const char *w, size_t n, xp_token *tok, char *why,
                  size_t whylen) {
  char word[64];
  snprintf(word, sizeof word, "%.*s", (int)n, w);
  memset(tok, 0, sizeof *tok);
  if (n >= 3 && memcmp(w, "...", 3) == 0) {
    tok->kind = XP_SKIP;
    tok->max = n == 3 ? 40 : 0;
    for (size_t i = 3; i < n; i++) /* "...34": at most 34 bytes */
      if (w[i] < '0' || w[i] > '9' ||
          (tok->max = tok->max * 10 + (size_t)(w[i] - '0')) > 999)
        return fail(why, whylen, "'%s': ... takes a number of bytes", word);
  } else if (w[0] == '<') {
    tok->kind = XP_LEX;
    if (n < 3 || w[n - 1] != '>' || !lex_named(w + 1, n - 2, &tok->lex))
      return fail(why, whylen, "'%s' names no lexicon of data/", word);
  } else if (w[0] == '{') {
    tok->kind = XP_SLOT;
    if (n < 6 || w[2] != ':' || w[n - 1] != '}' ||
        !(w[1] >= 'A' && w[1] <= 'Z') || !slot_type(w + 3, n - 4, &tok->type))
      return fail(why, whylen,
                  "'%s' is no slot {L:type} (L a capital letter, type "
                  "mark, name, names or group)",
                  word);
    tok->slot = w[1];
  } else {
    tok->kind = w[0] == '?' ? XP_OPT : XP_LIT;
    size_t skip = tok->kind == XP_OPT;
    if (n - skip == 0 || n - skip >= XP_TEXT)
      return fail(why, whylen, "'%s': an empty or too long word", word);
    memcpy(tok->text, w + skip, n - skip);
  }
  return true;
}

/* The pattern's words into out->tok; the cue (first word that is no
   slot) is a literal or a lexicon, a leading slot at most one. */
static bool pattern(const char *s, xp_row *out, char *why, size_t whylen) {
  out->ntok = 0;
  while (*s) {
    size_t n = strcspn(s, " ");
    if (n && out->ntok == XP_MAX_TOKENS)
      return fail(why, whylen, "more than %s words in the pattern", "10");
    if (n && !token(s, n, &out->tok[out->ntok++], why, whylen))
      return false;
    s += n + (s[n] == ' ');
  }
  size_t cue = 0;
  while (cue < out->ntok && out->tok[cue].kind == XP_SLOT)
    cue++;
  if (cue == out->ntok || cue > 1 ||
      (out->tok[cue].kind != XP_LIT && out->tok[cue].kind != XP_LEX))
    return fail(why, whylen, "%s",
                "the pattern must start with a word or <lexicon> (after at "
                "most one slot)");
  for (size_t i = 0; i < out->ntok; i++)
    if (out->tok[i].kind == XP_SKIP &&
        (i + 1 == out->ntok || out->tok[i + 1].kind != XP_LIT))
      return fail(why, whylen, "%s", "'...' must be followed by a word");
  return true;
}

static bool has_slot(const xp_row *r, char letter) {
  for (size_t i = 0; i < r->ntok; i++)
    if (r->tok[i].kind == XP_SLOT && r->tok[i].slot == letter)
      return true;
  return false;
}

static bool has_lex(const xp_row *r) {
  for (size_t i = 0; i < r->ntok; i++)
    if (r->tok[i].kind == XP_LEX)
      return true;
  return false;
}

/* The predicate column: a predicates.def name or "<lexicon>". */
static bool predicate(const char *s, xp_row *out, char *why, size_t whylen) {
  out->pred_lex = s[0] == '<';
  if (out->pred_lex)
    return has_lex(out) ? true
                        : fail(why, whylen,
                               "predicate '%s' but no <lexicon> in the "
                               "pattern",
                               s);
  return skg_pred_from_name(s, &out->pred)
             ? true
             : fail(why, whylen, "unknown predicate '%s' (src/predicates.def)",
                    s);
}

/* A subject or object column: a slot letter of the pattern or "-". */
static bool role(const char *s, const xp_row *r, char *out, char *why,
                 size_t whylen) {
  if (strlen(s) != 1 || (s[0] != '-' && !has_slot(r, s[0])))
    return fail(why, whylen, "'%s' is no slot of the pattern, nor '-'", s);
  *out = s[0];
  return true;
}

bool xp_compile(const char *id, const char *value, xp_row *out, char *why,
                size_t whylen) {
  char buf[512], *f[F_COUNT];
  memset(out, 0, sizeof *out);
  out->id = id;
  size_t vn = strlen(value);
  if (vn >= sizeof buf)
    return fail(why, whylen, "%s", "the row is too long");
  memcpy(buf, value, vn + 1);
  /* one more column than tabs: a sixth is counted, not stored */
  size_t nf = 0;
  for (char *p = buf; p && nf <= F_COUNT; nf++) {
    if (nf < F_COUNT)
      f[nf] = p;
    p = strchr(p, '\t');
    if (p)
      *p++ = '\0';
  }
  if (nf != F_COUNT)
    return fail(why, whylen, "%s",
                "want 6 columns: id, family, pattern, predicate, subject, "
                "object");
  for (size_t i = 0; i < F_COUNT; i++)
    if (!*f[i])
      return fail(why, whylen, "%s", "an empty column");
  size_t fn = strlen(f[F_FAMILY]);
  if (fn >= sizeof out->family)
    return fail(why, whylen, "family '%s' is too long", f[F_FAMILY]);
  memcpy(out->family, f[F_FAMILY], fn + 1);
  return pattern(f[F_PATTERN], out, why, whylen) &&
         predicate(f[F_PRED], out, why, whylen) &&
         role(f[F_SUBJ], out, &out->subj, why, whylen) &&
         role(f[F_OBJ], out, &out->obj, why, whylen);
}

/* ---- the rows of data/phrasings.tsv ---- */

/* Room for the rows; rows beyond it are left out (and test_xmatch.c
   fails, as for a row that does not compile). */
#define MAX_ROWS 64

static xp_row ROWS[MAX_ROWS];
static size_t N_ROWS;
static pthread_once_t ONCE = PTHREAD_ONCE_INIT;

/* A row's gate: the alternatives of one required literal word, each
   NUL-terminated, an empty string after the last; empty: no gate. */
typedef struct {
  char alts[XP_TEXT + 1];
  /* each alternative's length; a text of XP_TEXT - 1 bytes holds at most
     XP_TEXT / 2 alternatives ("a|b|..."), n of them here */
  unsigned char len[XP_TEXT / 2];
  bool plain; /* the cue is one literal word (plain_cue): x_find finds it */
  size_t n;
} xp_gate;

/* Per row of ROWS, its gate (gate_of), looked for in the sentence
   before xp_find walks it. */
static xp_gate GATES[MAX_ROWS];

/* The shortest non-empty alternative of a literal's '|' list (an empty
   one matches nothing, so it is no way round the gate). */
static size_t shortest_alt(const char *alts) {
  size_t best = SIZE_MAX;
  for (const char *a = alts; *a;) {
    size_t k = strcspn(a, "|");
    if (k && k < best)
      best = k;
    a += k + (a[k] == '|');
  }
  return best == SIZE_MAX ? 0 : best;
}

/* The required literal (no optional word) whose shortest alternative is
   longest, its alternatives split at '|': every match holds one of them,
   byte for byte, after the cue, so a sentence without any has no match;
   the longest is the likeliest to be missing ("supporting", "cameo"). */
static bool plain_cue(const xp_row *r);

static void gate_of(const xp_row *r, xp_gate *g) {
  size_t best = 0, len = 0;
  for (size_t i = 0; i < r->ntok; i++) {
    size_t n = r->tok[i].kind == XP_LIT ? shortest_alt(r->tok[i].text) : 0;
    if (n > len) {
      best = i;
      len = n;
    }
  }
  memset(g, 0, sizeof *g);
  g->plain = plain_cue(r);
  if (!len)
    return;
  char *o = g->alts;
  for (const char *a = r->tok[best].text; *a;) {
    size_t k = strcspn(a, "|");
    if (k) { /* the text holds at most XP_TEXT - 1 bytes: room enough */
      memcpy(o, a, k);
      o += k + 1;
      g->len[g->n++] = (unsigned char)k;
    }
    a += k + (a[k] == '|');
  }
}

static void read_rows(void) {
  const skg_lexicon *l = &SKG_LEXICONS[SKG_LEX_PHRASINGS];
  char why[160];
  for (size_t i = 0; i < l->n && N_ROWS < MAX_ROWS; i++)
    N_ROWS +=
        xp_compile(l->v[i].key, l->v[i].value, &ROWS[N_ROWS], why, sizeof why);
  for (size_t i = 0; i < N_ROWS; i++)
    gate_of(&ROWS[i], &GATES[i]);
}

const xp_row *xp_rows(size_t *n, size_t *in_data) {
  pthread_once(&ONCE, read_rows);
  *n = N_ROWS;
  *in_data = SKG_LEXICONS[SKG_LEX_PHRASINGS].n;
  return ROWS;
}

static const xp_row *row_of(const char *family, const char *id) {
  pthread_once(&ONCE, read_rows);
  for (size_t i = 0; i < N_ROWS; i++) /* the first byte before strcmp */
    if (ROWS[i].id[0] == id[0] && strcmp(ROWS[i].id, id) == 0)
      return strcmp(ROWS[i].family, family) == 0 ? &ROWS[i] : NULL;
  return NULL;
}

/* The families ask for their rows by string literals at every sentence:
   the row found is remembered a thread by the strings' addresses, and
   taken again when its id and family still read the same (a caller's
   buffer may hold other text at the same address next time). */
enum { ROW_MEMO = 64 }; /* a power of two */

const xp_row *xp_row_of(const char *family, const char *id) {
  static _Thread_local struct {
    const char *family, *id;
    const xp_row *row;
  } memo[ROW_MEMO];
  size_t h = ((uintptr_t)id >> 3 ^ (uintptr_t)family >> 5) & (ROW_MEMO - 1);
  const xp_row *m = memo[h].row;
  if (m && memo[h].id == id && memo[h].family == family &&
      strcmp(m->id, id) == 0 && strcmp(m->family, family) == 0)
    return m;
  const xp_row *r = row_of(family, id);
  memo[h].family = family;
  memo[h].id = id;
  memo[h].row = r;
  return r;
}

/* ---- matching ---- */

static x_span *new_slot(xp_match *m, char letter) {
  if (m->nslots == XP_MAX_SLOTS)
    return NULL;
  m->letter[m->nslots] = letter;
  m->nlist[m->nslots] = 0;
  return &m->span[m->nslots++];
}

/* A slot after the cue: marks or consumes per its type. */
static bool slot(const xp_token *tk, xc_cur *c, xp_match *m) {
  size_t k = m->nslots;
  x_span *sp = new_slot(m, tk->slot);
  if (!sp)
    return false;
  *sp = (x_span){c->p, 0};
  switch (tk->type) {
  case XS_MARK:
    return true;
  case XS_NAME:
    return xc_name(c, sp);
  case XS_GROUP:
    xc_word(c, "the", 3);
    return xc_name(c, sp);
  case XS_NAMES: {
    size_t start = c->p;
    m->nlist[k] = xc_names(c, m->list[k], XP_LIST);
    x_span *last = &m->list[k][m->nlist[k] ? m->nlist[k] - 1 : 0];
    *sp = (x_span){start, m->nlist[k] ? last->off + last->len - start : 0};
    return m->nlist[k] > 0;
  }
  }
  return false;
}

bool xp_lex_pred(const char *v, skg_pred *pred, bool *inverse) {
  const char *tab = v ? strchr(v, '\t') : NULL;
  if (!tab)
    return false;
  *inverse = tab[1] == '-';
  return skg_pred_from_span(v, (size_t)(tab - v), pred);
}

static bool tokens(const xp_row *r, size_t i, xc_cur *c, xp_match *m);

/* "...": the rest of the pattern at the first word within max bytes
   where it all fits. */
static bool skip(const xp_row *r, size_t i, xc_cur *c, xp_match *m) {
  const char *w = r->tok[i + 1].text;
  bool word = wordish(w[0]);
  size_t nslots = m->nslots;
  for (size_t p = c->p; p < c->end && p <= c->p + r->tok[i].max; p++) {
    if (word && p > c->lo && c->t[p - 1] != ' ')
      continue;
    xc_cur at = *c;
    at.p = p;
    m->nslots = nslots; /* slots of a failed try are forgotten */
    if (tokens(r, i + 1, &at, m)) {
      *c = at;
      return true;
    }
  }
  return false;
}

/* The tokens from i on, at the cursor; then the predicate. */
static bool tokens(const xp_row *r, size_t i, xc_cur *c, xp_match *m) {
  for (; i < r->ntok; i++) {
    const xp_token *tk = &r->tok[i];
    size_t n = strlen(tk->text);
    bool ok = true;
    switch (tk->kind) {
    case XP_LIT:
      ok = xc_alt(c, tk->text, n);
      break;
    case XP_OPT:
      xc_alt(c, tk->text, n);
      break;
    case XP_LEX:
      ok = xc_lex(c, tk->lex, &m->lex_value);
      break;
    case XP_SLOT:
      ok = slot(tk, c, m);
      break;
    case XP_SKIP:
      return skip(r, i, c, m);
    }
    if (!ok)
      return false;
  }
  m->end = c->p;
  return r->pred_lex ? xp_lex_pred(m->lex_value, &m->pred, &m->inverse)
                     : (m->pred = r->pred, m->inverse = false, true);
}

bool xp_at(const xp_row *r, const char *t, size_t lo, size_t p, size_t end,
           xp_match *m) {
  memset(m, 0, sizeof *m);
  size_t cue = r->tok[0].kind == XP_SLOT;
  if (cue) { /* the text before the cue, without the space before it */
    x_span *sp = new_slot(m, r->tok[0].slot);
    size_t e = p;
    while (e > lo && t[e - 1] == ' ')
      e--;
    *sp = (x_span){lo, e - lo};
  }
  m->cue = p;
  xc_cur c = xc_at(t, lo, p, end);
  return tokens(r, cue, &c, m);
}

/* The bytes a literal cue can start with: the first byte of each of its
   '|'-separated alternatives (an empty one matches nothing). Returns that
   byte when there is only one, else -1. */
static int first_bytes(const char *alts, uint64_t set[4]) {
  int only = -1;
  for (const char *a = alts; *a; a++)
    if ((a == alts || a[-1] == '|') && *a != '|') {
      unsigned char ch = (unsigned char)*a;
      set[ch >> 6] |= (uint64_t)1 << (ch & 63);
      only = only == -1 || only == ch ? ch : -2;
    }
  return only < 0 ? -1 : only;
}

/* xp_at is asked only where a literal cue is: its first byte, then the
   cue itself, are checked here first, so that the match's set-up (clearing
   m) and the walk of the tokens are not paid at every word (the families
   search every sentence with several rows). */
/* False when no alternative of row r's gate is in t[from..end): then no
   match starts there. x_find answers most absent words from the
   sentence's byte pairs without reading it. The rows of the data have
   their gate made once; a row compiled elsewhere (a unit test) gets it
   made here. */
static bool gate_open(const xp_row *r, const char *t, size_t from, size_t end) {
  xp_gate own;
  const xp_gate *g = &own;
  if (r >= ROWS && r < ROWS + N_ROWS)
    g = &GATES[r - ROWS];
  else
    gate_of(r, &own);
  if (!g->alts[0] || from >= end)
    return true; /* no gate; an empty range is xp_find's to refuse */
  const char *a = g->alts;
  for (size_t i = 0; i < g->n; a += g->len[i++] + 1)
    if (x_find(t, from, end, a) < end)
      return true;
  return false;
}

bool xp_find(const xp_row *r, const char *t, size_t lo, size_t from, size_t end,
             xp_match *m) {
  if (!gate_open(r, t, from, end))
    return false;
  const xp_token *cue = &r->tok[r->tok[0].kind == XP_SLOT];
  /* a word starts a word; a punctuation mark may follow one */
  bool word = cue->kind == XP_LEX || wordish(cue->text[0]);
  bool lit = cue->kind == XP_LIT;
  uint64_t first[4] = {0, 0, 0, 0};
  size_t n = 0;
  int only = -1;
  if (lit) {
    only = first_bytes(cue->text, first);
    n = strlen(cue->text);
  }
  for (size_t p = from; p < end; p++) {
    if (only >= 0) { /* one byte starts every alternative: memchr jumps */
      const char *hit = memchr(t + p, only, end - p);
      if (!hit)
        break;
      p = (size_t)(hit - t);
    }
    if (word && p > lo && t[p - 1] != ' ') {
      /* within a word: on to the next word's start, not byte by byte */
      const char *sp = memchr(t + p, ' ', end - p);
      if (!sp || (p = (size_t)(sp - t) + 1) >= end)
        break;
      if (only >= 0 && t[p] != only)
        continue;
    }
    unsigned char ch = (unsigned char)t[p];
    if (lit && !(first[ch >> 6] & ((uint64_t)1 << (ch & 63))))
      continue; /* cheap refusal before the whole pattern */
    /* a lexicon cue: no key starts with these bytes, so xc_lex's look-ups
       of one to three words would all fail */
    if (!lit && !skg_lex_may_start(cue->lex, t + p, end - p))
      continue;
    if (lit) {
      xc_cur c = xc_at(t, lo, p, end);
      if (!xc_alt(&c, cue->text, n))
        continue;
    }
    if (xp_at(r, t, lo, p, end, m))
      return true;
  }
  return false;
}

const x_span *xp_slot(const xp_match *m, char letter) {
  for (size_t i = 0; i < m->nslots; i++)
    if (m->letter[i] == letter)
      return &m->span[i];
  return NULL;
}

const x_span *xp_slot_list(const xp_match *m, char letter, size_t *n) {
  for (size_t i = 0; i < m->nslots; i++)
    if (m->letter[i] == letter) {
      *n = m->nlist[i];
      return m->list[i];
    }
  *n = 0;
  return NULL;
}

/* ---- running a row over a text ---- */

/* xp_run_of with a needed word: the search out of line, so that the
   common call (no word needed) saves no registers. */
NOINLINE static xp_run run_needing(const xp_row *r, const char *t, size_t lo,
                                   size_t from, size_t end, const char *need) {
  if (x_find(t, lo, end, need) == end)
    r = NULL;
  return (xp_run){r, t, lo, from, end};
}

xp_run xp_run_of(const xp_row *r, const char *t, size_t lo, size_t from,
                 size_t end, const char *need) {
  if (r && need)
    return run_needing(r, t, lo, from, end, need);
  return (xp_run){r, t, lo, from, end};
}

/* Whether r starts with one literal word, without alternatives. */
static bool plain_cue(const xp_row *r) {
  const xp_token *cue = &r->tok[0];
  return cue->kind == XP_LIT && wordish(cue->text[0]) &&
         !strchr(cue->text, '|');
}

/* The first match of r from from on, found with x_find when the row
   starts with one literal word (xp_at then reads the whole pattern
   there), else with xp_find. Whether it does is read from the row's
   gate, made once, for the rows of the data. */
static bool find_from(const xp_row *r, const char *t, size_t lo, size_t from,
                      size_t end, xp_match *m) {
  bool plain =
      r >= ROWS && r < ROWS + N_ROWS ? GATES[r - ROWS].plain : plain_cue(r);
  if (!plain)
    return xp_find(r, t, lo, from, end, m);
  const xp_token *cue = &r->tok[0];
  for (size_t p = x_find(t, from, end, cue->text); p < end;
       p = x_find(t, p + 1, end, cue->text))
    if ((p <= lo || t[p - 1] == ' ') && xp_at(r, t, lo, p, end, m))
      return true;
  return false;
}

bool xp_run_next(xp_run *u, xp_match *m) {
  if (!u->r || !find_from(u->r, u->t, u->lo, u->from, u->end, m)) {
    u->r = NULL;
    return false;
  }
  u->from = m->cue + 1;
  return true;
}

/* ---- a phrase of a list at a position ---- */

/* A phrase of lex at pos: the lexicon's own filters (skg_lex_may_start:
   the first three bytes) refuse most places before any look-up, and no
   look-up reads past the list's longest key (skg_lex_maxlen). */
size_t xc_lex_len(const char *t, size_t pos, size_t end, skg_lex lex) {
  if (pos >= end || !skg_lex_may_start(lex, t + pos, end - pos))
    return 0;
  size_t maxlen = skg_lex_maxlen(lex);
  size_t best = 0, q = pos, lim = end - pos > maxlen ? pos + maxlen : end;
  for (int bounds = 0; bounds < XC_LEX_BOUNDS && q <= lim; bounds++, q++) {
    while (q < end && wordish(t[q]))
      q++;
    if (q > pos && q <= lim && skg_lex_has(lex, t + pos, q - pos))
      best = q - pos;
  }
  return best;
}

/* ---- a lower-case word of a list ---- */

const char *xc_lex_lower(xc_cur *c, skg_lex lex) {
  size_t e = c->p;
  while (e < c->end && c->t[e] >= 'a' && c->t[e] <= 'z')
    e++;
  if (e == c->p || (e < c->end && c->t[e] != ' '))
    return NULL;
  const char *v = skg_lex_get(lex, c->t + c->p, e - c->p);
  if (v) {
    c->p = e;
    eat_space(c);
  }
  return v;
}
