/* extract_news.c: casting and production news, where no lead sentence
   says what the page is about and one text may cover several works:
     "Jane Roe has joined the cast of Night Ledger as Vera Quill."
     "Tom Ash (Harbor Lights, "Dock Street") is the latest to join Night
      Ledger."
     "Ash will play Kay Brandt." "Night Ledger stars A, B and C."
     "Ann Lee will direct and produce Harbor Lights."
   The phrasings are data (data/news_cues.tsv); this file reads the slots
   they open. A work is named by a title (quoted or capitalised) or by
   "the series"/"the film", which means the work the item is about: the
   last one a cue named. Its type comes from the nouns around it ("limited
   series X", "X season 2"), else from the words of the whole text. */
#include "lexicon.h"
#include "xctx.h"

#include <ctype.h>
#include <string.h>

#define MAX_LIST 12
/* No type known yet (SKG_ENT_SERIES is 0). */
#define NO_TYPE SKG_ENT_COUNT
/* How far a quoted title may run, in bytes. */
#define QUOTE_MAX 120

/* One sentence under analysis, and the news item it belongs to. */
typedef struct {
  x_ctx *x;
  size_t si;
  const char *t;
  size_t a, end;
} nsent;


/* ---- text helpers ---- */

static bool is_word_char(char c) {
  return isalnum((unsigned char)c) || c == '-' || (c & 0x80);
}

/* Case-insensitive match of key at p, ending on a word boundary. */
static bool key_at(const char *t, size_t p, size_t end, const char *key) {
  size_t n = strlen(key);
  if (p + n > end)
    return false;
  for (size_t i = 0; i < n; i++)
    if (tolower((unsigned char)t[p + i]) != (unsigned char)key[i])
      return false;
  return p + n == end || !is_word_char(t[p + n]) || !is_word_char(key[n - 1]);
}

/* The longest cue of news_cues at p whose kind starts with kind; its
   length in *len, its kind in the return value (NULL if none). */
static const char *cue_at(const char *t, size_t p, size_t end,
                          const char *kind, size_t *len) {
  const skg_lexicon *lx = &SKG_LEXICONS[SKG_LEX_NEWS_CUES];
  const char *best = NULL;
  size_t bn = 0, kn = strlen(kind);
  if (p > 0 && is_word_char(t[p - 1]))
    return NULL;
  for (size_t i = 0; i < lx->n; i++) {
    size_t n = strlen(lx->v[i].key);
    if (n > bn && strncmp(lx->v[i].value, kind, kn) == 0 &&
        key_at(t, p, end, lx->v[i].key)) {
      best = lx->v[i].value;
      bn = n;
    }
  }
  *len = bn;
  return best;
}

static size_t skip_space(const char *t, size_t p, size_t end) {
  return x_skip_space(t, p, end);
}

/* Length of an opening quote at p (", ', “, ‘), or 0. */
static size_t open_quote(const char *t, size_t p, size_t end,
                         const char **close) {
  if (p < end && (t[p] == '"' || t[p] == '\'')) {
    *close = t[p] == '"' ? "\"" : "'";
    return 1;
  }
  if (x_at(t, p, end, "\xE2\x80\x9C")) {
    *close = "\xE2\x80\x9D";
    return 3;
  }
  if (x_at(t, p, end, "\xE2\x80\x98")) {
    *close = "\xE2\x80\x99";
    return 3;
  }
  return 0;
}

/* A quoted title at p: *in and *n get the title inside the quotes; returns
   the length with the quotes (and a comma or full stop the quote holds),
   or 0. The title must start with a capital or digit. */
static size_t quoted_title(const char *t, size_t p, size_t end, size_t *in,
                           size_t *n) {
  const char *close;
  size_t q = open_quote(t, p, end, &close);
  if (!q || p + q >= end ||
      !(x_cap_at(t, p + q, end) || isdigit((unsigned char)t[p + q])))
    return 0;
  size_t lim = p + q + QUOTE_MAX < end ? p + q + QUOTE_MAX : end;
  size_t c = x_find(t, p + q, lim, close);
  if (c == lim)
    return 0;
  size_t k = c;
  while (k > p + q && (t[k - 1] == ',' || t[k - 1] == '.'))
    k--;
  *in = p + q;
  *n = k - (p + q);
  return *n ? c + strlen(close) - p : 0;
}

/* ---- works ---- */

/* Series or Film from a work noun (work_nouns lexicon) of the words
   t[a..b), or NO_TYPE. */
static skg_ent noun_type(const char *t, size_t a, size_t b) {
  for (size_t p = a; p < b; p++) {
    if (p > a && t[p - 1] != ' ')
      continue;
    size_t e = p;
    while (e < b && t[e] != ' ' && t[e] != ',')
      e++;
    const char *v = skg_lex_get(SKG_LEX_WORK_NOUNS, t + p, e - p);
    if (v)
      return strcmp(v, "Series") == 0 ? SKG_ENT_SERIES : SKG_ENT_FILM;
    if (x_word_at(t, p, b, "season") || x_word_at(t, p, b, "episodes"))
      return SKG_ENT_SERIES;
  }
  return NO_TYPE;
}

/* The type a title at [p, p+n) gets from the few words around it. */
static skg_ent context_type(const nsent *s, size_t p, size_t n) {
  size_t lo = p > s->a + 24 ? p - 24 : s->a;
  while (lo < p && lo > s->a && s->t[lo - 1] != ' ')
    lo++;
  skg_ent ty = noun_type(s->t, lo, p);
  if (ty != NO_TYPE)
    return ty;
  size_t hi = p + n + 12 < s->end ? p + n + 12 : s->end;
  return noun_type(s->t, p + n, hi);
}

/* "the series", "the film", "The supernatural show", "The movie musical"
   with no title after: the current item's work. Returns the phrase's
   length, or 0. */
static size_t work_reference(const nsent *s, size_t p) {
  static const char *const DET[] = {"the ", "The ", "its ", "this "};
  const char *t = s->t;
  for (size_t i = 0; i < SKG_ARRAY_LEN(DET); i++) {
    if (!x_at(t, p, s->end, DET[i]))
      continue;
    size_t q = p + strlen(DET[i]), noun_end = 0;
    for (int w = 0; w < 3 && q < s->end && islower((unsigned char)t[q]); w++) {
      size_t e = q;
      while (e < s->end && (islower((unsigned char)t[e]) || t[e] == '-'))
        e++;
      if (noun_type(t, q, e) != NO_TYPE)
        noun_end = e;
      if (e >= s->end || t[e] != ' ')
        break;
      q = e + 1;
    }
    if (noun_end && (noun_end + 1 >= s->end || t[noun_end] != ' ' ||
                     !x_cap_at(t, noun_end + 1, s->end)))
      return noun_end - p;
  }
  return 0;
}

/* A work a sentence names, created only when a fact is stated about it,
   so a title read on a page that turns out to hold no news leaves no
   node behind. */
typedef struct {
  skg_eid e;     /* known, or created */
  size_t off, n; /* the title, when e is not known yet */
  skg_ent ty;
  size_t net_off, net_n; /* a network named with it ("Netflix's X") */
  size_t si;             /* the sentence that named it */
} wref;

typedef struct {
  wref work;         /* the work of the current item */
  skg_ent doc_type;  /* Series or Film, from the text's words */
  skg_eid headline;  /* the work a review headline names */
  wref by;           /* the work of the last "directed by" ... */
  size_t by_si;      /* ... in sentence by_si - 1 (0: none) */
  wref opening;      /* the work the first sentence names */
} news;

static const wref NO_WORK = {SKG_NONE, 0, 0, NO_TYPE, 0, 0, 0};

static bool has_work(const wref *w) { return w->e != SKG_NONE || w->n; }

/* The work titled t[p..p+n), with the type its context gives: a known
   one, or one to create. False when the name is a known person, company
   or group, a network or a common word. */
static bool work_ref(nsent *s, news *nw, size_t p, size_t n, skg_ent hint,
                     wref *out) {
  const char *t = s->t;
  *out = (wref){x_lookup(s->x, X_WORK, t + p, n, NULL), p, n, NO_TYPE, 0, 0,
                s->si};
  if (out->e != SKG_NONE)
    return true;
  if (x_lookup(s->x, X_ANY & ~X_WORK, t + p, n, NULL) != SKG_NONE ||
      x_network_like(t + p, n))
    return false;
  size_t w1 = 0;
  while (w1 < n && t[p + w1] != ' ')
    w1++;
  if (w1 == n && skg_lex_has(SKG_LEX_NOT_NAMES, t + p, n))
    return false;
  skg_ent ty = hint != NO_TYPE ? hint : context_type(s, p, n);
  out->ty = ty != NO_TYPE ? ty : nw->doc_type;
  return true;
}

/* The entity of w, created now if need be, with its network. */
static skg_eid realise(x_ctx *x, wref *w) {
  const char *t = x->d->text;
  if (w->e == SKG_NONE && w->n)
    w->e = x_entity(x, w->ty, t + w->off, w->n);
  if (w->e != SKG_NONE && w->net_n) {
    skg_evidence ev = x_evidence(x, w->si, "news-network");
    skg_eid c = x_entity(x, SKG_ENT_COMPANY, t + w->net_off, w->net_n);
    skg_graph_add_fact(x->g, w->e, SKG_PRED_NETWORK, c, &ev);
    w->net_n = 0;
  }
  return w->e;
}

/* "Netflix's " before a title: the network's name span, or n = 0. */
static x_span network_possessive(const nsent *s, size_t p) {
  size_t n = x_name_len(s->t, p, s->end);
  size_t ps = n ? x_possessive_at(s->t, p + n, s->end) : 0;
  if (!ps || !x_network_like(s->t + p, n))
    return (x_span){p, 0};
  return (x_span){p, n + ps + 1};
}

/* The work named at p (a title, quoted or capitalised, maybe after "the"
   or a network's possessive, or a reference to the current work); *len
   gets the length read. It becomes the current work. */
static wref work_at(nsent *s, news *nw, size_t p, size_t *len) {
  const char *t = s->t;
  size_t r = work_reference(s, p);
  *len = 0;
  if (r) {
    *len = r;
    return nw->work;
  }
  x_span net = network_possessive(s, p);
  size_t q = p + net.len, in, n;
  size_t k = quoted_title(t, q, s->end, &in, &n);
  if (!k) {
    /* "English-Language 'Women At War' Remake": a quote two words on */
    size_t w2 = q;
    for (int i = 0; i < 2 && !k && w2 < s->end; i++) {
      w2 = x_find(t, w2, s->end, " ");
      w2 = w2 < s->end ? w2 + 1 : w2;
      k = x_cap_at(t, q, s->end) ? quoted_title(t, w2, s->end, &in, &n) : 0;
    }
    if (k)
      q = w2;
  }
  if (!k) {
    if (x_at(t, q, s->end, "the ") && x_cap_at(t, q + 4, s->end))
      q += 4;
    n = x_title_len(t, q, s->end, X_TITLE_POSS);
    in = q;
    k = n;
  }
  wref w;
  if (!n ||
      !work_ref(s, nw, in, n, net.len ? SKG_ENT_SERIES : NO_TYPE, &w))
    return NO_WORK;
  if (net.len) {
    w.net_off = p;
    w.net_n = x_name_len(t, p, s->end);
  }
  *len = q + k - p;
  nw->work = w;
  return w;
}

/* Start of the title (quoted or capitalised) that ends exactly at v, or
   v: "... Harbor Lights stars ...", "\"Dock Street\", directed by". */
static size_t title_before(const nsent *s, size_t v, size_t *in, size_t *n) {
  for (size_t p = s->a; p < v; p++) {
    if (p > s->a && s->t[p - 1] != ' ')
      continue;
    if (network_possessive(s, p).len)
      continue; /* "Netflix's Night Ledger": the title starts after */
    size_t k = quoted_title(s->t, p, v, in, n);
    if (k && p + k == v)
      return p;
    size_t m = x_title_len(s->t, p, v, X_TITLE_POSS);
    if (m && p + m == v) {
      *in = p;
      *n = m;
      return p;
    }
  }
  return v;
}

/* The work a cue at v speaks of when it comes after it: "The film stars",
   "Three Generations stars", "the film, which stars": the current work
   or a title ending there. */
static wref work_before(nsent *s, news *nw, size_t v) {
  const char *t = s->t;
  size_t e = v;
  while (e > s->a && (t[e - 1] == ' ' || t[e - 1] == ','))
    e--;
  size_t lo = e > s->a + 30 ? e - 30 : s->a;
  for (size_t p = lo; p < e; p++) {
    if ((p > s->a && t[p - 1] != ' ') ||
        !(x_at(t, p, e, "the ") || x_at(t, p, e, "The ")))
      continue;
    size_t r = work_reference(s, p), c = p + r;
    while (r && c < e && (islower((unsigned char)t[c]) || t[c] == ' '))
      c++; /* "The movie musical" */
    if (r && c == e)
      return nw->work;
  }
  size_t in, n;
  wref w;
  if (title_before(s, e, &in, &n) == e ||
      !work_ref(s, nw, in, n, NO_TYPE, &w))
    return NO_WORK;
  nw->work = w;
  return w;
}

/* ---- people ---- */

/* The person named t[p..p+n): a known one (surname too), else a new one
   of type ty when the name looks like a person's. Known ones are raised
   to ty. */
static skg_eid person_at(nsent *s, size_t p, size_t n, skg_ent ty) {
  size_t w = 0;
  while (w < n && s->t[p + w] != ' ')
    w++;
  if (w < n && skg_lex_has(SKG_LEX_TITLES, s->t + p, w) &&
      x_person_like(s->t + p + w + 1, n - w - 1, false)) {
    p += w + 1; /* "Sir Tom Ash" is Tom Ash */
    n -= w + 1;
  }
  skg_eid e = x_lookup(s->x, X_PERSON, s->t + p, n, NULL);
  if (e != SKG_NONE) {
    if (ty == SKG_ENT_ACTOR)
      skg_graph_set_type(s->x->g, e, SKG_ENT_ACTOR);
    return e;
  }
  if (x_lookup(s->x, X_ANY & ~X_PERSON, s->t + p, n, NULL) != SKG_NONE ||
      !x_person_like(s->t + p, n, false) || x_network_like(s->t + p, n))
    return SKG_NONE;
  return x_entity(s->x, ty, s->t + p, n);
}

/* A name before v with its credits: "Tom Ash (Harbor Lights, "Dock
   Street")". */
typedef struct {
  x_span name, credits; /* credits.len 0 when none */
} named;

/* One name ending at v, with the credits in parentheses after it.
   Returns false when no name ends there. */
static bool named_before(const nsent *s, size_t v, named *out) {
  const char *t = s->t;
  out->credits = (x_span){v, 0};
  if (v > s->a && t[v - 1] == ')') {
    size_t o = v - 1;
    while (o > s->a && t[o] != '(' && v - o < QUOTE_MAX)
      o--;
    if (t[o] != '(' || o < s->a + 2 || t[o - 1] != ' ')
      return false;
    out->credits = (x_span){o + 1, v - 1 - (o + 1)};
    v = o - 1;
  }
  size_t st = x_name_before(t, s->a, v);
  if (st == v)
    return false;
  out->name = (x_span){st, v - st};
  return true;
}

/* The subjects of a cue at v: "A", "A and B", "A, B and C" (each maybe
   with credits). A comma only continues a list that an "and" closed, so
   "Per Variety, Newton joins" names Newton alone. */
static size_t subjects_before(const nsent *s, size_t v, named *out,
                              size_t max) {
  const char *t = s->t;
  size_t n = 0;
  bool list = false;
  while (v > s->a && t[v - 1] == ' ')
    v--;
  while (n < max && named_before(s, v, &out[n])) {
    size_t st = out[n++].name.off;
    if (st >= s->a + 6 && memcmp(t + st - 6, ", and ", 6) == 0) {
      v = st - 6;
      list = true;
    } else if (st >= s->a + 5 && memcmp(t + st - 5, " and ", 5) == 0) {
      v = st - 5;
      list = true;
    } else if (list && st >= s->a + 2 && memcmp(t + st - 2, ", ", 2) == 0) {
      v = st - 2;
    } else {
      break;
    }
  }
  return n;
}

/* The names of a list at p ("A, B (Dock Street), and C", "A and One
   Direction star B"), each with the credits in parentheses after it;
   stops at the first item that is not a name. */
static size_t names_after(const nsent *s, size_t p, named *out, size_t max,
                          size_t *stop) {
  const char *t = s->t;
  size_t n = 0;
  while (n < max && p < s->end) {
    size_t k = x_name_len(t, p, s->end);
    if (!k)
      break;
    if (x_at(t, p + k, s->end, " star ")) { /* "One Direction star X" */
      size_t q = p + k + 6, m = x_name_len(t, q, s->end);
      if (m) {
        p = q;
        k = m;
      }
    }
    out[n] = (named){{p, k}, {p + k, 0}};
    p += k;
    if (x_at(t, p, s->end, " (")) {
      size_t lim = p + QUOTE_MAX < s->end ? p + QUOTE_MAX : s->end;
      size_t c = x_find(t, p, lim, ")");
      if (c == lim)
        break;
      out[n].credits = (x_span){p + 2, c - p - 2};
      p = c + 1;
    }
    n++;
    if (x_at(t, p, s->end, ", and "))
      p += 6;
    else if (x_at(t, p, s->end, " and "))
      p += 5;
    else if (x_at(t, p, s->end, ", "))
      p += 2;
    else
      break;
  }
  *stop = p;
  return n;
}

/* Length of a title-cased credit at p, up to the next ", " or end: every
   word capitalised (or a digit), or a short joining word ("Son of a
   Gun", "12 Years a Slave"); 0 if not. */
static size_t credit_len(const char *t, size_t p, size_t end) {
  size_t e = x_find(t, p, end, ", "), letters = 0;
  if (p >= e || !(x_cap_at(t, p, e) || isdigit((unsigned char)t[p])))
    return 0;
  for (size_t i = p; i < e; i++)
    letters += isalpha((unsigned char)t[i]) || (t[i] & 0x80);
  if (!letters)
    return 0; /* "(2019)" is a year */
  for (size_t w = p; w < e;) {
    size_t we = w;
    while (we < e && t[we] != ' ')
      we++;
    if (!x_cap_at(t, w, e) && !isdigit((unsigned char)t[w]) && we - w > 3)
      return 0;
    w = we < e ? we + 1 : we;
  }
  return e - p;
}

/* The works in an actor's credits "(Harbor Lights, "Dock Street")": each
   item a whole title; a quoted one, in a text that leaves film titles
   bare, is a series. All or nothing: "(Emmy winner)" is no credit. */
static void credits(nsent *s, news *nw, skg_eid actor, x_span c) {
  const char *t = s->t;
  size_t p = c.off, end = c.off + c.len;
  wref works[MAX_LIST];
  size_t n = 0;
  while (p < end && n < MAX_LIST) {
    size_t in, k, m = quoted_title(t, p, end, &in, &k);
    skg_ent hint = m ? SKG_ENT_SERIES : nw->doc_type;
    if (!m) {
      k = credit_len(t, p, end);
      in = p;
      m = k;
    }
    if (!m || (p + m < end && !x_at(t, p + m, end, ", ")) ||
        skg_lex_has(SKG_LEX_MONTHS, t + in, k) ||
        !work_ref(s, nw, in, k, hint, &works[n]))
      return;
    n++;
    p += m + (p + m < end ? 2 : 0);
  }
  for (size_t i = 0; i < n; i++) {
    skg_eid w = realise(s->x, &works[i]);
    skg_evidence ev = x_evidence(s->x, s->si, "news-credits");
    skg_graph_add_performance(s->x->g, actor, SKG_NONE, w, &ev);
  }
}

/* ---- facts ---- */

static void perform(nsent *s, const char *rule, skg_eid actor,
                    skg_eid ch, wref *work) {
  if (actor == SKG_NONE || (ch == SKG_NONE && !has_work(work)))
    return;
  skg_eid w = realise(s->x, work);
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  skg_graph_add_performance(s->x->g, actor, ch, w, &ev);
}

static void crew_fact(nsent *s, const char *rule, wref *work,
                      skg_pred p, skg_eid person) {
  if (!has_work(work) || person == SKG_NONE)
    return;
  skg_eid w = realise(s->x, work);
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  skg_graph_add_fact(s->x->g, w, p, person, &ev);
}

/* A character named at p ("Kay Brandt", not "a woman"), or SKG_NONE. */
static skg_eid character_at(nsent *s, size_t p, size_t *len) {
  size_t n = x_name_len(s->t, p, s->end);
  const char *kind = n ? skg_lex_get(SKG_LEX_NEWS_CUES, s->t + p, n) : NULL;
  *len = n;
  if (!n || (kind && strcmp(kind, "notchar") == 0) ||
      x_possessive_at(s->t, p + n, s->end) ||
      x_lookup(s->x, X_ANY & ~X_CHARACTER, s->t + p, n, NULL) != SKG_NONE)
    return SKG_NONE;
  return x_character(s->x, s->t + p, n, true);
}

/* The actors before v, each with its credits, typed Actor. */
static size_t actors_before(nsent *s, news *nw, size_t v, skg_eid *out) {
  named nm[MAX_LIST];
  size_t n = subjects_before(s, v, nm, MAX_LIST), k = 0;
  for (size_t i = 0; i < n; i++) {
    skg_eid a = person_at(s, nm[i].name.off, nm[i].name.len, SKG_ENT_ACTOR);
    if (a == SKG_NONE)
      continue;
    out[k++] = a;
    if (nm[i].credits.len)
      credits(s, nw, a, nm[i].credits);
  }
  return k;
}

/* The actors of a list at p, cast in w, with their credits. Returns
   where the list ended. */
static size_t cast_list(nsent *s, news *nw, size_t p, wref *w,
                        const char *rule) {
  named nm[MAX_LIST];
  size_t stop, n = names_after(s, p, nm, MAX_LIST, &stop);
  for (size_t i = 0; has_work(w) && i < n; i++) {
    skg_eid a = person_at(s, nm[i].name.off, nm[i].name.len, SKG_ENT_ACTOR);
    if (a == SKG_NONE)
      continue;
    perform(s, rule, a, SKG_NONE, w);
    if (nm[i].credits.len)
      credits(s, nw, a, nm[i].credits);
  }
  return n ? stop : p;
}

/* "... alongside [newly added cast member] A and B": more cast of w. */
static void alongside(nsent *s, news *nw, size_t p, wref *w) {
  const char *t = s->t;
  if (!x_at(t, p, s->end, " alongside "))
    return;
  p += strlen(" alongside ");
  for (int i = 0; i < 4 && p < s->end && islower((unsigned char)t[p]); i++) {
    size_t q = x_find(t, p, s->end, " ");
    p = q < s->end ? q + 1 : q;
  }
  cast_list(s, nw, p, w, "news-alongside");
}

/* "X has joined the cast of Y [as Z]", "X will star in Y alongside A". */
static void join_rule(nsent *s, news *nw, size_t p, size_t len) {
  size_t wl, q = skip_space(s->t, p + len, s->end);
  wref w = work_at(s, nw, q, &wl);
  if (!has_work(&w))
    return;
  skg_eid actors[MAX_LIST];
  size_t n = actors_before(s, nw, p, actors), cl;
  skg_eid ch = SKG_NONE;
  if (n == 1 && x_at(s->t, q + wl, s->end, " as "))
    ch = character_at(s, q + wl + 4, &cl);
  for (size_t i = 0; i < n; i++)
    perform(s, "news-join", actors[i], ch, &w);
  if (n && x_at(s->t, q + wl, s->end, " on ")) { /* "joins Y on NBC" */
    size_t c = q + wl + 4, k = x_name_len(s->t, c, s->end);
    if (k && x_network_like(s->t + c, k)) {
      skg_evidence ev = x_evidence(s->x, s->si, "news-network");
      skg_eid net = x_entity(s->x, SKG_ENT_COMPANY, s->t + c, k);
      skg_graph_add_fact(s->x->g, realise(s->x, &w), SKG_PRED_NETWORK, net,
                         &ev);
    }
  }
  if (n)
    alongside(s, nw, q + wl, &w);
}

/* "X will play Z [in|on Y]"; "X will play a woman ..." is only cast. */
static void role_rule(nsent *s, news *nw, size_t p, size_t len) {
  skg_eid actors[MAX_LIST];
  size_t n = actors_before(s, nw, p, actors);
  if (!n)
    return;
  size_t q = skip_space(s->t, p + len, s->end), cl, wl;
  skg_eid ch = character_at(s, q, &cl);
  wref w = nw->work;
  size_t in = q + cl;
  if (ch == SKG_NONE) { /* "will play the lead role in the thriller Y" */
    size_t lim = q + 60 < s->end ? q + 60 : s->end;
    in = x_find(s->t, q, lim, " in ");
    in = in < lim ? in : s->end;
  }
  if (x_at(s->t, in, s->end, " in ") || x_at(s->t, in, s->end, " on ")) {
    size_t r = in + 4;
    for (int i = 0; ch == SKG_NONE && i < 3 && r < s->end &&
                    islower((unsigned char)s->t[r]) && !work_reference(s, r);
         i++) {
      size_t sp = x_find(s->t, r, s->end, " ");
      r = sp < s->end ? sp + 1 : sp;
    }
    wref w2 = work_at(s, nw, r, &wl);
    if (has_work(&w2))
      w = w2;
  }
  for (size_t i = 0; i < n; i++)
    perform(s, "news-role", actors[i], n == 1 ? ch : SKG_NONE, &w);
}

/* "Y stars A, B and C", "the film, which stars A and B". */
static void stars_rule(nsent *s, news *nw, size_t p, size_t len) {
  if (!islower((unsigned char)s->t[p]) && s->t[p] != ',')
    return; /* "The Fault in Our Stars" */
  size_t q = skip_space(s->t, p + len, s->end);
  if (!x_name_len(s->t, q, s->end))
    return;
  wref w = work_before(s, nw, p);
  cast_list(s, nw, q, &w, "news-stars");
}

/* "The cast also features A, B and C", "Joining the already cast A and B
   will be C and D": cast of the current work. */
static void castlist_rule(nsent *s, news *nw, size_t p, size_t len) {
  wref w = nw->work;
  size_t q = skip_space(s->t, p + len, s->end);
  size_t stop = cast_list(s, nw, q, &w, "news-castlist");
  static const char *const MORE[] = {" will be ", " are ", " is "};
  for (size_t i = 0; stop > q && i < SKG_ARRAY_LEN(MORE); i++)
    if (x_at(s->t, stop, s->end, MORE[i])) {
      cast_list(s, nw, stop + strlen(MORE[i]), &w, "news-castlist");
      break;
    }
}

/* "X will direct Y", "X is attached to write and produce Y", "X To
   Direct And Star In Y", "X will be starring in, directing, and
   co-producing Y", "X is set to star alongside A" (the current work). */
static void verbs_rule(nsent *s, news *nw, size_t p, size_t len) {
  const char *t = s->t;
  skg_pred preds[6];
  size_t n = 0, q = skip_space(t, p + len, s->end), vl;
  const char *v;
  while (n < SKG_ARRAY_LEN(preds) && (v = cue_at(t, q, s->end, "v:", &vl))) {
    if (!skg_pred_from_name(v + 2, &preds[n]))
      return;
    n++;
    q += vl;
    if (x_at(t, q, s->end, ", and "))
      q += 6;
    else if (x_at(t, q, s->end, ", "))
      q += 2;
    else if (key_at(t, q, s->end, " and "))
      q += 5;
    else if (x_at(t, q, s->end, " & "))
      q += 3;
    q = skip_space(t, q, s->end);
  }
  size_t wl = 0, cl;
  bool along = n == 1 && preds[0] == SKG_PRED_CAST_MEMBER &&
               x_at(t, q - 1, s->end, " alongside ");
  wref w = along ? nw->work : n ? work_at(s, nw, q, &wl) : NO_WORK;
  if (along)
    q--;
  if (!has_work(&w))
    return;
  named nm[MAX_LIST];
  size_t k = subjects_before(s, p, nm, MAX_LIST);
  /* "X is set to star in Y as Z" */
  skg_eid ch = k == 1 && x_at(t, q + wl, s->end, " as ")
                   ? character_at(s, q + wl + 4, &cl)
                   : SKG_NONE;
  bool cast = false;
  for (size_t i = 0; i < k; i++)
    for (size_t j = 0; j < n; j++) {
      bool c = preds[j] == SKG_PRED_CAST_MEMBER;
      skg_eid e = person_at(s, nm[i].name.off, nm[i].name.len,
                            c ? SKG_ENT_ACTOR : SKG_ENT_PERSON);
      if (c)
        perform(s, "news-verbs", e, ch, &w);
      else
        crew_fact(s, "news-verbs", &w, preds[j], e);
      cast = cast || (c && e != SKG_NONE);
    }
  if (cast)
    alongside(s, nw, q + wl, &w);
}

/* "Y, directed by X and Z", "Y is created by X", "The show created by X
   and executive produced by Z". */
static void by_rule(nsent *s, news *nw, size_t p, size_t len,
                    const char *kind) {
  static const char *const BE[] = {" is", " was", " will be", " are"};
  skg_pred pred;
  if (!skg_pred_from_name(kind + 3, &pred))
    return;
  named nm[MAX_LIST];
  size_t stop, n = names_after(s, skip_space(s->t, p + len, s->end), nm,
                               MAX_LIST, &stop);
  if (!n)
    return;
  size_t v = p;
  while (v > s->a && s->t[v - 1] == ' ')
    v--;
  for (size_t i = 0; i < SKG_ARRAY_LEN(BE); i++) {
    size_t b = strlen(BE[i]);
    if (v >= s->a + b && memcmp(s->t + v - b, BE[i], b) == 0) {
      v -= b;
      break;
    }
  }
  wref w = work_before(s, nw, v);
  if (!has_work(&w) && nw->by_si == s->si + 1)
    w = nw->by; /* "... and executive produced by Z" */
  for (size_t i = 0; has_work(&w) && i < n; i++)
    crew_fact(s, "news-by", &w, pred,
              person_at(s, nm[i].name.off, nm[i].name.len, SKG_ENT_PERSON));
  if (has_work(&w)) {
    nw->by = w;
    nw->by_si = s->si + 1;
  }
}

/* "X co-wrote the script with Y": writers of the current work (or of
   the work named after "for"). */
static void script_rule(nsent *s, news *nw, size_t p, size_t len) {
  const char *t = s->t;
  size_t q = p + len, wl;
  wref w = nw->work;
  static const char FOR[] = " for";
  if (q >= strlen(FOR) && x_at(t, q - strlen(FOR), s->end, FOR)) {
    wref w2 = work_at(s, nw, skip_space(t, q, s->end), &wl);
    if (!has_work(&w2))
      return;
    w = w2;
    q = skip_space(t, q, s->end) + wl;
  }
  named nm[MAX_LIST];
  size_t n = subjects_before(s, p, nm, MAX_LIST), stop;
  if (x_at(t, q, s->end, " with "))
    n += names_after(s, q + strlen(" with "), nm + n, MAX_LIST - n, &stop);
  for (size_t i = 0; i < n; i++)
    crew_fact(s, "news-script", &w, SKG_PRED_WRITER,
              person_at(s, nm[i].name.off, nm[i].name.len, SKG_ENT_PERSON));
}

/* "Kate (Tessa Moreau)", "a teen, Ray (Moreau)": a character and, in
   parentheses, an actor the text has cast: a role in the current work. */
static void paren_roles(nsent *s, news *nw) {
  const char *t = s->t;
  for (size_t p = s->a; p + 2 < s->end; p++) {
    if (t[p] != ' ' || t[p + 1] != '(')
      continue;
    size_t st = x_name_before(t, s->a, p), in = p + 2;
    size_t n = x_name_len(t, in, s->end);
    if (st == p || !n || !x_at(t, in + n, s->end, ")"))
      continue;
    skg_eid a = x_lookup(s->x, X_PERSON, t + in, n, NULL);
    if (a == SKG_NONE || skg_graph_type(s->x->g, a) != SKG_ENT_ACTOR ||
        x_lookup(s->x, X_ANY & ~X_CHARACTER, t + st, p - st, NULL) != SKG_NONE)
      continue;
    size_t cl;
    skg_eid ch = character_at(s, st, &cl);
    wref w = nw->work;
    if (ch != SKG_NONE && cl == p - st)
      perform(s, "news-paren", a, ch, &w);
  }
}

/* "Netflix's Night Ledger has added ..." names the item's work;
   "Reviews are in for Ann Lee's Harbor Lights" names the text's, and a
   person's possessive before it is the director's. */
static void item_rule(nsent *s, news *nw, size_t p, size_t len,
                      const char *kind) {
  const char *t = s->t;
  if (strcmp(kind, "adds") == 0) {
    /* "Netflix is adding to the cast of its series X": not the work */
    if (x_find(t, p, s->end, " its ") == s->end)
      work_before(s, nw, p);
    return;
  }
  size_t q = p + len;
  while (q < s->end && (t[q] == '.' || t[q] == ' ' || t[q] == ':'))
    q++;
  nsent next;
  if (q >= s->end && s->si + 1 < s->x->d->nsents) {
    /* "Review round-up for... | Harbor Lights": the title went on */
    const skg_span *sp = &s->x->d->sents[s->si + 1];
    next = (nsent){s->x, s->si + 1, t, sp->off, sp->off + sp->len};
    s = &next;
    q = s->a;
  }
  size_t n = x_name_len(t, q, s->end), ps = 0, wl;
  wref w;
  if (n && (ps = x_possessive_at(t, q + n, s->end)) &&
      x_person_like(t + q, n, false)) {
    w = work_at(s, nw, q + n + ps + 1, &wl);
    crew_fact(s, "news-headline", &w, SKG_PRED_DIRECTOR,
              has_work(&w) ? person_at(s, q, n, SKG_ENT_PERSON) : SKG_NONE);
  } else {
    w = work_at(s, nw, q, &wl);
  }
  /* a review round-up's headline names the text's work */
  if (has_work(&w) && nw->headline == SKG_NONE)
    nw->headline = realise(s->x, &w);
}

/* Titles that a work noun or a network's possessive introduces ("its
   limited series Night Ledger", "Netflix's Night Ledger") open an item;
   a sentence that starts with the network ("Netflix is adding to the cast
   of its series X") names the work's network. */
static void item_titles(nsent *s, news *nw) {
  const char *t = s->t;
  size_t netn = x_name_len(t, s->a, s->end), cl;
  bool net = netn && (x_network_like(t + s->a, netn) ||
                      cue_at(t, skip_space(t, s->a + netn, s->end), s->end,
                             "adds", &cl));
  /* a round-up's item header: "Night Ledger: The cast is growing",
     "Night Ledger – Netflix" */
  size_t hn = x_title_len(t, s->a, s->end, X_TITLE_POSS);
  wref hw;
  if (hn && x_at(t, s->a + hn, s->end, ": ") &&
      x_find(t, s->a + hn, s->end, " cast") < s->end &&
      work_ref(s, nw, s->a, hn, noun_type(t, s->a + hn, s->end), &hw))
    nw->work = hw;
  static const char *const DASH[] = {" \xE2\x80\x93 ", " - ", " \xE2\x80\x94 "};
  for (size_t i = 0; hn && i < SKG_ARRAY_LEN(DASH); i++) {
    size_t c = s->a + hn + strlen(DASH[i]);
    size_t k = x_at(t, s->a + hn, s->end, DASH[i]) ? x_name_len(t, c, s->end) : 0;
    if (k && x_network_like(t + c, k) &&
        work_ref(s, nw, s->a, hn, SKG_ENT_SERIES, &hw)) {
      hw.net_off = c;
      hw.net_n = k;
      realise(s->x, &hw); /* a title and its network: a fact already */
      nw->work = hw;
    }
  }
  for (size_t p = s->a; p < s->end; p++) {
    if (p > s->a && t[p - 1] != ' ')
      continue;
    if (network_possessive(s, p).len) {
      size_t wl;
      work_at(s, nw, p, &wl);
      continue;
    }
    if (!x_cap_at(t, p, s->end) || p < s->a + 2)
      continue;
    /* the word right before the title is the noun */
    size_t lo = p - 1;
    while (lo > s->a && t[lo - 1] != ' ')
      lo--;
    skg_ent ty = noun_type(t, lo, p - 1);
    size_t n = ty != NO_TYPE ? x_title_len(t, p, s->end, X_TITLE_POSS) : 0;
    wref w;
    if (!n || !islower((unsigned char)t[p - 2]) ||
        !work_ref(s, nw, p, n, ty, &w))
      continue;
    if (net && x_find(t, lo > s->a + 20 ? lo - 20 : s->a, lo, "its ") < lo) {
      w.net_off = s->a;
      w.net_n = netn;
    }
    nw->work = w;
    p += n;
  }
}

/* "Harbor Lights, Ann Lee's ninth film, had its premiere ...": a title
   opening the sentence with an appositive that says what it is; the
   person whose work it is directed it. */
static void appositive(nsent *s, news *nw) {
  const char *t = s->t;
  size_t n = x_title_len(t, s->a, s->end, X_TITLE_POSS);
  size_t p = s->a + n + 2;
  if (!n || !x_at(t, s->a + n, s->end, ", "))
    return;
  size_t k = x_name_len(t, p, s->end);
  size_t ps = k ? x_possessive_at(t, p + k, s->end) : 0;
  if (!ps || !x_person_like(t + p, k, false))
    return;
  size_t q = p + k + ps + 1, c = x_find(t, q, s->end, ",");
  skg_ent ty = c < s->end && c - q < 40 ? noun_type(t, q, c) : NO_TYPE;
  wref w;
  if (ty == NO_TYPE || !work_ref(s, nw, s->a, n, ty, &w))
    return;
  nw->work = w;
  crew_fact(s, "news-appositive", &w, SKG_PRED_DIRECTOR,
            person_at(s, p, k, SKG_ENT_PERSON));
}

/* Applies every cue of the sentence, left to right. */
static void news_sentence(nsent *s, news *nw) {
  item_titles(s, nw);
  appositive(s, nw);
  paren_roles(s, nw);
  for (size_t p = s->a; p < s->end; p++) {
    if (p > s->a && is_word_char(s->t[p - 1]))
      continue;
    size_t len;
    const char *kind = cue_at(s->t, p, s->end, "", &len);
    if (!kind)
      continue;
    if (strcmp(kind, "join") == 0)
      join_rule(s, nw, p, len);
    else if (strcmp(kind, "role") == 0)
      role_rule(s, nw, p, len);
    else if (strcmp(kind, "stars") == 0)
      stars_rule(s, nw, p, len);
    else if (strcmp(kind, "castlist") == 0)
      castlist_rule(s, nw, p, len);
    else if (strcmp(kind, "script") == 0)
      script_rule(s, nw, p, len);
    else if (strcmp(kind, "aux") == 0)
      verbs_rule(s, nw, p, len);
    else if (strncmp(kind, "by:", 3) == 0)
      by_rule(s, nw, p, len, kind);
    else if (strcmp(kind, "adds") == 0 || strcmp(kind, "headline") == 0)
      item_rule(s, nw, p, len, kind);
    else
      continue; /* a verb without its aux */
    p += len - 1;
  }
}

/* Series or Film by the text's words: "season", "series", "episode"
   against "film", "movie". */
static skg_ent text_type(const skg_doc *d, size_t end) {
  static const char *const SER[] = {"series", "season", "episode", "show",
                                    "sitcom"};
  static const char *const FIL[] = {"film", "movie", "feature", "films",
                                    "movies", "filmmakers"};
  int ser = 0, fil = 0;
  for (size_t p = 0; p < end; p++) {
    if (p > 0 && is_word_char(d->text[p - 1]))
      continue;
    for (size_t i = 0; i < SKG_ARRAY_LEN(SER); i++)
      ser += x_word_at(d->text, p, end, SER[i]);
    for (size_t i = 0; i < SKG_ARRAY_LEN(FIL); i++)
      fil += x_word_at(d->text, p, end, FIL[i]);
  }
  return ser > fil ? SKG_ENT_SERIES : SKG_ENT_FILM;
}

void x_rules_news(x_ctx *x) {
  if (x->subject != SKG_NONE)
    return; /* a page about one work: its own rules read it */
  size_t n = x->refs_start < x->d->nsents ? x->refs_start : x->d->nsents;
  size_t tend = n ? x->d->sents[n - 1].off + x->d->sents[n - 1].len : 0;
  news nw = {NO_WORK, text_type(x->d, tend), SKG_NONE, NO_WORK, 0, NO_WORK};
  for (size_t si = 0; si < n; si++) {
    const skg_span *sp = &x->d->sents[si];
    nsent s = {x, si, x->d->text, sp->off, sp->off + sp->len};
    news_sentence(&s, &nw);
    if (si == 0)
      nw.opening = nw.work; /* the work the text opens with */
  }
  /* a review round-up is about the work its headline names: the
     reviews rules read it as the subject. Casting news is not handed to
     the article rules, whose cast lists would read "Ann Lee (Dock
     Street)" as a character and its actor. */
  if (nw.headline == SKG_NONE && has_work(&nw.opening) &&
      (x_find(x->d->text, 0, tend, " reviews") < tend ||
       x_find(x->d->text, 0, tend, " critics") < tend))
    nw.headline = realise(x, &nw.opening); /* "X had its premiere ...
                                              the first reviews" */
  if (nw.headline != SKG_NONE) {
    x->subject = nw.headline;
    x->subject_type = skg_graph_type(x->g, nw.headline);
  }
}
