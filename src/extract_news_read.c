/* extract_news_read.c: the readers the news rules use: cues of
   data/news_cues.tsv, titles (quoted or capitalised) and the works they
   name, created only when a fact is stated. The people readers are in
   extract_news_people.c. */
#include "extract_lead_words.h"
#include "lexicon.h"
#include "xnews.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* ---- text helpers ---- */

bool xn_word_char(char c) {
  return isalnum((unsigned char)c) || c == '-' || (c & 0x80);
}

size_t xn_word_end(const char *t, size_t p, size_t end) {
  while (p < end && xn_word_char(t[p]))
    p++;
  return p;
}

/* Case-insensitive match of key at p, ending on a word boundary. */
bool xn_key_at(const char *t, size_t p, size_t end, const char *key) {
  size_t n = strlen(key);
  if (p + n > end)
    return false;
  for (size_t i = 0; i < n; i++)
    if (tolower((unsigned char)t[p + i]) != (unsigned char)key[i])
      return false;
  return p + n == end || !xn_word_char(t[p + n]) || !xn_word_char(key[n - 1]);
}

/* The longest cue of news_cues at p whose kind starts with kind; its
   length in *len, its kind in the return value (NULL if none). */
/* Index of the first cue whose key does not sort below w. */
static size_t cue_lower_bound(const skg_lexicon *lx, const char *w) {
  size_t lo = 0, hi = lx->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(lx->v[mid].key, w) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

const char *xn_cue_at(const char *t, size_t p, size_t end, const char *kind,
                      size_t *len) {
  const skg_lexicon *lx = &SKG_LEXICONS[SKG_LEX_NEWS_CUES];
  const char *best = NULL;
  size_t bn = 0, kn = strlen(kind), wn = 0;
  char w[32];
  *len = 0;
  if (p >= end || (p > 0 && xn_word_char(t[p - 1])))
    return NULL;
  /* the first word (or punctuation mark) at p, lower-cased: only the
     keys that start with it are tried, so a page costs a binary search
     a word, whatever the size of the table */
  if (!xn_word_char(t[p]))
    w[wn++] = t[p];
  else
    while (wn + 1 < sizeof w && p + wn < end && xn_word_char(t[p + wn])) {
      w[wn] = (char)tolower((unsigned char)t[p + wn]);
      wn++;
    }
  w[wn] = '\0';
  for (size_t i = cue_lower_bound(lx, w); i < lx->n; i++) {
    const char *k = lx->v[i].key;
    if (strncmp(k, w, wn) != 0)
      break;
    size_t n = strlen(k);
    /* the key's first word ends there too ("cast, which includes") */
    if (!xn_word_char(k[wn]) && n > bn &&
        strncmp(lx->v[i].value, kind, kn) == 0 && xn_key_at(t, p, end, k)) {
      best = lx->v[i].value;
      bn = n;
    }
  }
  *len = bn;
  return best;
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
size_t xn_quoted_title(const char *t, size_t p, size_t end, size_t *in,
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
skg_ent xn_noun_type(const char *t, size_t a, size_t b) {
  for (size_t p = a; p < b; p++) {
    if (p > a && t[p - 1] != ' ')
      continue;
    size_t e = xn_word_end(t, p, b); /* "film." is "film" */
    const char *v = skg_lex_get(SKG_LEX_WORK_NOUNS, t + p, e - p);
    if (v)
      return strcmp(v, "Series") == 0 ? SKG_ENT_SERIES : SKG_ENT_FILM;
    if (x_word_at(t, p, b, "season") || x_word_at(t, p, b, "episodes"))
      return SKG_ENT_SERIES;
  }
  return NO_TYPE;
}

/* Bytes before and after a title that context_type reads. */
#define CONTEXT_BEFORE 24
#define CONTEXT_AFTER 12

/* The type a title at [p, p+n) gets from the few words around it. */
static skg_ent context_type(const nsent *s, size_t p, size_t n) {
  size_t lo = p > s->a + CONTEXT_BEFORE ? p - CONTEXT_BEFORE : s->a;
  while (lo < p && lo > s->a && s->t[lo - 1] != ' ')
    lo++;
  skg_ent ty = xn_noun_type(s->t, lo, p);
  if (ty != NO_TYPE)
    return ty;
  size_t hi = p + n + CONTEXT_AFTER < s->end ? p + n + CONTEXT_AFTER : s->end;
  return xn_noun_type(s->t, p + n, hi);
}

/* The length of a network's name at q ("HBO", "Apple TV+"), or 0. */
static size_t network_at(const char *t, size_t q, size_t end) {
  size_t k =
      q < end && !islower((unsigned char)t[q]) ? x_name_len(t, q, end) : 0;
  if (!k || !x_network_like(t + q, k))
    return 0;
  return q + k < end && t[q + k] == '+' ? k + 1 : k;
}

/* Is the word that ends right before e (after q) a genre that introduces
   a title ("the action comedy Y", "the thriller Y")? Those are the "det"
   rows of news_cues that are no article. */
bool xn_genre_before(const nsent *s, size_t q, size_t e) {
  size_t w = e > q + 1 ? e - 1 : q;
  while (w > q && s->t[w - 1] != ' ')
    w--;
  const char *k =
      e > w + 1 ? skg_lex_get(SKG_LEX_NEWS_CUES, s->t + w, e - 1 - w) : NULL;
  return k && strcmp(k, "det") == 0 && e - 1 - w > 4;
}

/* The length of a trade paper's size of a series at q, "6 x 45′",
   "8x60", "10-episode", when a space follows it; 0 if none. A bare
   number ("the 2016 film") is none: a year names another work. */
static size_t size_token(const char *t, size_t q, size_t end) {
  static const char PRIME[] = "\xE2\x80\xB2";
  size_t e = q;
  while (e < end && isdigit((unsigned char)t[e]))
    e++;
  if (e == q || e >= end)
    return 0;
  if (t[e] == '-') { /* "10-episode" */
    size_t w = e + 1;
    while (w < end && islower((unsigned char)t[w]))
      w++;
    return w > e + 1 && w < end && t[w] == ' ' ? w - q : 0;
  }
  if (x_at(t, e, end, " x "))
    e += XC_LEN(" x ");
  else if (t[e] == 'x')
    e++;
  else
    return 0;
  size_t d = e;
  while (e < end && isdigit((unsigned char)t[e]))
    e++;
  if (e == d)
    return 0;
  if (x_at(t, e, end, PRIME))
    e += XC_LEN(PRIME);
  else if (e < end && t[e] == '\'')
    e++;
  return e < end && t[e] == ' ' ? e - q : 0;
}

/* "the series", "the film", "The supernatural show", "The movie musical",
   "The 6 x 45′ series" with no title after: the current item's work.
   Returns the phrase's length, or 0. */
size_t xn_work_reference(const nsent *s, size_t p) {
  static const char *const DET[] = {"the ", "The ", "its ", "this "};
  const char *t = s->t;
  for (size_t i = 0; i < SKG_ARRAY_LEN(DET); i++) {
    if (!x_at(t, p, s->end, DET[i]))
      continue;
    size_t q = p + strlen(DET[i]), noun_end = 0;
    bool net = false;
    for (int w = 0; w < 4 && q < s->end; w++) {
      size_t e = q, k = network_at(t, q, s->end);
      if (k && q + k < s->end && t[q + k] == ' ') {
        q += k + 1; /* "the hit HBO series" */
        net = true;
        continue;
      }
      size_t z = size_token(t, q, s->end);
      if (z) {
        q += z + 1; /* "The 6 x 45′ series" */
        continue;
      }
      if (!islower((unsigned char)t[q]))
        break;
      while (e < s->end && (islower((unsigned char)t[e]) || t[e] == '-'))
        e++;
      /* after a network a genre is a work noun: "the ABC medical drama" */
      if (xn_noun_type(t, q, e) != NO_TYPE ||
          (net && xn_genre_before(s, q, e + 1)))
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

/* "Harry Potter's Daniel Radcliffe": a credit and an actor's name, not
   a title like "Grey's Anatomy" (one word after the possessive). */
static bool credit_and_name(const char *t, size_t p, size_t n) {
  for (size_t i = p + 1; i < p + n; i++) {
    size_t ps = x_possessive_at(t, i, p + n);
    if (ps && i + ps < p + n && t[i + ps] == ' ')
      return x_person_like(t + i + ps + 1, p + n - (i + ps + 1), false);
  }
  return false;
}

/* Is the capitalised run t[p..p+n) a pronoun's work in a title-cased
   headline ("Her Second Feature Film", "His Next Movie"), no title? */
static bool pronoun_work(const char *t, size_t p, size_t n) {
  static const char *const PRON[] = {"Her ", "His ", "Their ", "Its "};
  size_t w = p + n;
  while (w > p && t[w - 1] != ' ')
    w--;
  if (w == p || !skg_lex_get(SKG_LEX_WORK_NOUNS, t + w, p + n - w))
    return false;
  for (size_t i = 0; i < SKG_ARRAY_LEN(PRON); i++)
    if (x_at(t, p, p + n, PRON[i]))
      return true;
  return false;
}

/* The work titled t[p..p+n), with the type its context gives: a known
   one, or one to create. False when the name is a known person, company
   or group, a network or a common word. */
bool xn_work_ref(nsent *s, news *nw, size_t p, size_t n, skg_ent hint,
                 wref *out) {
  const char *t = s->t;
  *out = (wref){.off = p,
                .n = n,
                .si = s->si,
                .e = x_lookup(s->x, X_WORK, t + p, n, NULL),
                .ty = NO_TYPE};
  size_t ps = x_possessive_at(t, p + n, s->end);
  if (out->e == SKG_NONE && ps) /* "Grey's", short for "Grey's Anatomy" */
    out->e = x_lookup(s->x, X_WORK, t + p, n + ps, NULL);
  if (out->e != SKG_NONE)
    return true;
  if (x_lookup(s->x, X_ANY & ~X_WORK, t + p, n, NULL) != SKG_NONE ||
      x_network_like(t + p, n) || credit_and_name(t, p, n))
    return false;
  size_t w1 = 0;
  while (w1 < n && t[p + w1] != ' ')
    w1++;
  if (w1 == n && skg_lex_has(SKG_LEX_NOT_NAMES, t + p, n))
    return false;
  if (pronoun_work(t, p, n))
    return false; /* "Set To Direct Her Second Feature Film" */
  skg_ent ty = hint != NO_TYPE ? hint : context_type(s, p, n);
  out->ty = ty != NO_TYPE ? ty : nw->doc_type;
  return true;
}

/* Longest network name the networks list holds with its article. */
#define NETWORK_NAME_MAX 64

/* The network named at net: by its full name when the networks list
   holds it with "The " ("the aughts CW show": The CW). */
skg_eid xn_network_entity(x_ctx *x, x_span net) {
  const char *t = x->d->text;
  char full[NETWORK_NAME_MAX];
  int k = net.len < sizeof full ? snprintf(full, sizeof full, "The %.*s",
                                           (int)net.len, t + net.off)
                                : -1;
  if (k > 0 && (size_t)k < sizeof full &&
      skg_lex_has(SKG_LEX_NETWORKS, full, (size_t)k))
    return x_entity(x, SKG_ENT_COMPANY, full, (size_t)k);
  return x_entity(x, SKG_ENT_COMPANY, t + net.off, net.len);
}

/* The entity of w, created now if need be, with its network. */
skg_eid xn_realise(x_ctx *x, wref *w) {
  const char *t = x->d->text;
  if (w->e == SKG_NONE && w->n) {
    w->e = x_entity(x, w->ty, t + w->off, w->n);
    /* "Grey's Anatomy" is "Grey's" in the rest of the text */
    for (size_t i = w->off + 1; w->e != SKG_NONE && i < w->off + w->n; i++) {
      size_t ps = x_possessive_at(t, i, w->off + w->n);
      if (ps && i + ps < w->off + w->n && t[i + ps] == ' ') {
        x_alias(x, w->e, t + w->off, i + ps - w->off);
        break;
      }
    }
  }
  if (w->e != SKG_NONE && w->net_n) {
    skg_evidence ev = x_evidence(x, w->si, "news-network");
    skg_eid c = xn_network_entity(x, (x_span){w->net_off, w->net_n});
    skg_graph_add_fact(x->g, w->e, SKG_PRED_NETWORK, c, &ev);
    w->net_n = 0;
  }
  return w->e;
}

/* "Netflix's " before a title: the network's name span, or n = 0. */
x_span xn_network_possessive(const nsent *s, size_t p) {
  size_t n = x_name_len(s->t, p, s->end);
  size_t ps = n ? x_possessive_at(s->t, p + n, s->end) : 0;
  if (!ps || !x_network_like(s->t + p, n))
    return (x_span){p, 0};
  return (x_span){p, n + ps + 1};
}

/* "Season 3 of ", "season two of ", "the third season of ", "the first
   installment of " (an "instalment" row of news_cues) before a title:
   where the title starts, or p. *alone is set for "Season 3" with
   no "of" after it, a season of the current work. */
static size_t season_of(const nsent *s, size_t p, bool *alone) {
  const char *t = s->t;
  size_t q = p;
  *alone = false;
  if (x_at(t, q, s->end, "the "))
    q = x_skip_space(t, x_find(t, q + XC_LEN("the "), s->end, " "), s->end);
  size_t k;
  if (!xn_cue_at(t, q, s->end, "instalment", &k))
    return p;
  q += k;
  if (q < s->end && t[q] == ' ' && q + 1 < s->end && t[q + 1] != 'o')
    q = x_find(t, q + 1, s->end, " "); /* the number */
  if (x_at(t, q, s->end, " of "))
    return q + XC_LEN(" of ");
  *alone = q > p;
  return p;
}

/* Length of a title-cased title at p that a work noun introduced ("the
   sitcom Only Murders in the Building produced by ..."): capitalised
   words and short joining words, ending on a capitalised one. */
static size_t titlecase_len(const char *t, size_t p, size_t end) {
  size_t last = p;
  for (size_t w = p; w < end;) {
    size_t e = w;
    while (e < end && t[e] != ' ' && t[e] != ',' && t[e] != '.')
      e++;
    bool cap = x_cap_at(t, w, end) || isdigit((unsigned char)t[w]);
    if (!cap && (e - w > 3 || e == w))
      break;
    if (cap)
      last = e;
    if (e >= end || t[e] != ' ')
      break;
    w = e + 1;
  }
  return last - p;
}

/* A quoted title up to six words on ("English-Language 'Women At War'
   Remake", "Greg Berlanti's Hulu pilot "Foster Dade""), over capitalised
   or lower-case words but no punctuation; a network among them is the
   work's. Returns the quote's start, or p. */
static size_t quote_ahead(const nsent *s, size_t p, x_span *net) {
  const char *t = s->t;
  size_t w = p, in, n;
  x_span found = {0, 0}; /* the network's, only when a quote follows */
  for (int i = 0; i < 6 && w < s->end; i++) {
    if (x_word_at(t, w, s->end, "with") || x_word_at(t, w, s->end, "and"))
      return p; /* "a new film with Abel "The Weeknd" Tesfaye" */
    size_t k = x_name_len(t, w, s->end);
    if (k && x_network_like(t + w, k))
      found = (x_span){w, k};
    size_t e = x_find(t, w, s->end, " ");
    if (e >= s->end || t[e - 1] == ',' || t[e - 1] == '.')
      return p;
    w = e + 1;
    if (xn_quoted_title(t, w, s->end, &in, &n)) {
      if (found.len)
        *net = found;
      return w;
    }
  }
  return p;
}

/* Past the lower-case words at e and at most one network's name among
   them ("hit HBO", "anthology", "Apple TV+"), which *net gets. */
static size_t past_network_words(const nsent *s, size_t e, x_span *net) {
  const char *t = s->t;
  for (int i = 0; i < 6 && e < s->end; i++) {
    if (xn_cue_at(t, e, s->end, "genrestop", &(size_t){0}))
      break; /* "series based on the Gallow podcast": another work */
    size_t k = network_at(t, e, s->end);
    if (k && !net->len && e + k + 1 < s->end && t[e + k] == ' ' &&
        islower((unsigned char)t[e + k + 1])) {
      *net = (x_span){e, k};
      e += k + 1;
    } else if (islower((unsigned char)t[e])) {
      e = x_skip_space(t, x_find(t, e, s->end, " "), s->end);
    } else {
      break;
    }
  }
  return e;
}

/* A title read up to a date drops the date: "joined the cast of Harbor
   Lights on July 19" is about "Harbor Lights", not "Harbor Lights on
   July". Returns the length without " on|in Month...". */
static size_t cut_date_tail(const char *t, size_t in, size_t n) {
  static const char *const PREP[] = {" on ", " in ", " from ", " since "};
  for (size_t p = in + 1; p < in + n; p++)
    for (size_t i = 0; i < SKG_ARRAY_LEN(PREP); i++) {
      size_t k = strlen(PREP[i]), w = p + k, e = w;
      if (w >= in + n || memcmp(t + p, PREP[i], k) != 0)
        continue;
      while (e < in + n && t[e] != ' ' && t[e] != ',')
        e++;
      if (skg_lex_has(SKG_LEX_MONTHS, t + w, e - w))
        return p - in;
    }
  return n;
}

/* A title's subtitle after a colon ("Harbor Lights: Final Watch as
   ..."): the length of the title at q (n bytes) with it, when the
   subtitle ends where a title does (before " as ", ", ", ".", " in ",
   " on ", " (" or the sentence's end); else n. A clause after the
   colon ("Dock Street: Ann Lee will ...") is no subtitle. */
static size_t colon_tail(const nsent *s, size_t q, size_t n) {
  static const char *const END[] = {" as ", ", ", ".", " in ", " on ", " ("};
  const char *t = s->t;
  size_t c = q + n + XC_LEN(": ");
  if (q == s->a || !x_at(t, q + n, s->end, ": "))
    return n;
  size_t m = x_title_len(t, c, s->end, X_TITLE_POSS);
  if (!m || x_lookup(s->x, X_PERSON, t + c, m, NULL) != SKG_NONE)
    return n;
  if (c + m >= s->end)
    return c + m - q;
  for (size_t i = 0; i < SKG_ARRAY_LEN(END); i++)
    if (x_at(t, c + m, s->end, END[i]))
      return c + m - q;
  return n;
}

/* The work named at p: a title, quoted or capitalised, maybe after "the",
   a network's possessive, "the sitcom", "Season 3 of", or a reference to
   the current work ("the series", "Season 3"); *len gets the length
   read. It becomes the current work. */
/* "a WWII spy thriller with the tentative title Y": where the title
   after a described work starts (a "worktitle" cue of news_cues within
   six words of "a"/"an" at p), or p; the words' type in *ty. */
static size_t described_title(const nsent *s, size_t p, skg_ent *ty) {
  const char *t = s->t;
  size_t w = p, len;
  if (!x_at(t, p, s->end, "a ") && !x_at(t, p, s->end, "an "))
    return p;
  for (int i = 0; i < 6 && w < s->end; i++) {
    w = x_find(t, w, s->end, " ") + 1;
    if (w >= s->end || XC_ENDS(t, s->a, w, ", ") || XC_ENDS(t, s->a, w, ". "))
      return p;
    if (xn_cue_at(t, w, s->end, "worktitle", &len)) {
      *ty = xn_noun_type(t, p, w);
      return x_skip_space(t, w + len, s->end);
    }
  }
  return p;
}

/* Parts a bare title may hold between commas ("Run Fast, Stay Low,
   Look Back"). */
#define COMMA_PARTS_MAX 4

/* "Go, My Dear, a thriller", "Run Fast, Stay Low, Look Back, Deadline
   reports": a bare title at q (n bytes) that goes on after commas, each
   part capitalised, when a description (", a", ", an") or a reporter's
   clause (", Deadline reports") follows its last part: the length with
   the parts; else n. */
static size_t comma_tail(const nsent *s, size_t q, size_t n) {
  const char *t = s->t;
  size_t e = q + n;
  for (int i = 0; i < COMMA_PARTS_MAX && x_at(t, e, s->end, ", "); i++) {
    size_t c = e + XC_LEN(", ");
    if (x_at(t, c, s->end, "a ") || x_at(t, c, s->end, "an "))
      return i ? e - q : n;
    size_t k = x_title_len(t, c, s->end, 0), r = c + k + 1;
    if (!k || r >= s->end || (t[r - 1] != ' ' && t[r - 1] != ','))
      return n;
    if (t[r - 1] == ' ' && xl_lower_lex_len(t, r, s->end, SKG_LEX_REPORT_VERBS))
      return i ? e - q : n; /* ", Deadline reports" */
    e = c + k;
  }
  return n;
}

/* Words after a maker's possessive that end in a work noun. */
#define MAKER_WORDS_MAX 3

/* "join Tom Abrams' next film, an untitled ...": a name at [q, q+n)
   whose possessive goes on in lower-case words to a work noun and no
   title names a maker's untitled work, not a work. "Dock Street's
   second season" is not such (season is no work noun of the list). */
static bool maker_possessive(const nsent *s, size_t q, size_t n) {
  const char *t = s->t;
  size_t ps = x_possessive_at(t, q + n, s->end);
  size_t w = q + n + ps, last = 0, e = w;
  if (!ps || w >= s->end || t[w] != ' ')
    return false;
  for (int i = 0;
       i < MAKER_WORDS_MAX && ++w < s->end && islower((unsigned char)t[w]);
       i++) {
    e = xn_word_end(t, w, s->end);
    last = w;
    w = e;
    if (w >= s->end || t[w] != ' ')
      break;
  }
  return last && skg_lex_get(SKG_LEX_WORK_NOUNS, t + last, e - last) &&
         !(e + 1 < s->end && t[e] == ' ' && x_cap_at(t, e + 1, s->end));
}

/* "the sitcom Only Murders in the Building" at *q: the noun types it
   (*ty); a network among the words is the work's (*net2: "the Apple
   TV+ series Dock Street", "Amazon's show Reacher"). The title's
   length, its start in *q and *in, its length in *n; 0 (nothing set
   but *net2) when no title follows. */
static size_t noun_title(const nsent *s, size_t *q, skg_ent *ty, x_span *net2,
                         size_t *in, size_t *n) {
  const char *t = s->t;
  size_t e = x_at(t, *q, s->end, "the ") ? *q + XC_LEN("the ") : *q;
  x_span tn = {0, 0};
  e = past_network_words(s, e, &tn);
  if (tn.len)
    *net2 = tn;
  skg_ent nty = xn_noun_type(t, *q, e);
  bool genre = nty == NO_TYPE && xn_genre_before(s, *q, e);
  if (e >= s->end || !x_cap_at(t, e, s->end) ||
      (e != *q + XC_LEN("the ") && nty == NO_TYPE && !genre))
    return 0;
  *q = e;
  *ty = nty != NO_TYPE ? nty : *ty;
  *in = e;
  *n = nty != NO_TYPE || genre ? titlecase_len(t, e, s->end) : 0;
  return *n;
}

wref xn_work_at(nsent *s, news *nw, size_t p, size_t *len) {
  const char *t = s->t;
  bool alone;
  skg_ent dty = NO_TYPE;
  size_t d = described_title(s, p, &dty);
  if (d != p) {
    wref w = xn_work_at(s, nw, d, len);
    if (!xn_has_work(&w))
      return w;
    if (w.e == SKG_NONE && dty != NO_TYPE)
      w.ty = nw->work.ty = dty;
    *len += d - p;
    return w;
  }
  /* "the fourth season of Y" is Y's season, no reference to the item */
  size_t q0 = season_of(s, p, &alone),
         r = q0 == p ? xn_work_reference(s, p) : 0;
  *len = 0;
  if (r || alone) { /* "the series", "Season 3" */
    size_t e = x_find(t, x_find(t, p, s->end, " ") + 1, s->end, " ");
    *len = r ? r : e - p;
    return nw->work;
  }
  x_span net = xn_network_possessive(s, q0), net2 = {0, 0};
  size_t q = q0 + net.len, in, n;
  size_t k = xn_quoted_title(t, q, s->end, &in, &n);
  skg_ent ty = net.len ? SKG_ENT_SERIES : NO_TYPE;
  if (!k) {
    size_t w2 = quote_ahead(s, q, &net2);
    if (w2 != q) {
      q = w2;
      k = xn_quoted_title(t, q, s->end, &in, &n);
    }
  }
  if (!k && (x_at(t, q, s->end, "the ") || net.len || network_at(t, q, s->end)))
    k = noun_title(s, &q, &ty, &net2, &in, &n);
  if (!k) {
    n = x_title_len(t, q, s->end, X_TITLE_POSS);
    n = n ? colon_tail(s, q, cut_date_tail(t, q, n)) : 0;
    n = n ? comma_tail(s, q, n) : 0;
    if (n && maker_possessive(s, q, n))
      return XN_NO_WORK;
    in = q;
    k = n;
  }
  wref w;
  if (!n || !xn_work_ref(s, nw, in, n, ty, &w))
    return XN_NO_WORK;
  x_span nt = net.len ? (x_span){q0, x_name_len(t, q0, s->end)} : net2;
  if (nt.len) {
    w.net_off = nt.off;
    w.net_n = nt.len;
  }
  *len = q + k - p;
  nw->work = w;
  return w;
}

/* Start of the title (quoted or capitalised) that ends exactly at v, or
   v: "... Harbor Lights stars ...", "\"Dock Street\", directed by". */
static size_t title_before(const nsent *s, size_t lo, size_t v, size_t *in,
                           size_t *n) {
  for (size_t p = lo; p < v; p++) {
    if (p > s->a && s->t[p - 1] != ' ')
      continue;
    if (xn_network_possessive(s, p).len)
      continue; /* "Netflix's Night Ledger": the title starts after */
    size_t k = xn_quoted_title(s->t, p, v, in, n);
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

bool xn_title_ending(const nsent *s, size_t v, size_t *in, size_t *n) {
  /* a title is short: no need to try every word of a long sentence */
  size_t lo = v > s->a + X_NAME_MAX ? v - X_NAME_MAX : s->a;
  return title_before(s, lo, v, in, n) != v;
}

/* The work a cue at v speaks of when it comes after it: "The film stars",
   "Three Generations stars", "the film, which stars": the current work
   or a title ending there. */
/* Bytes before a verb where xn_work_before looks for "the" and a work. */
#define WORK_BEFORE_MAX 30

wref xn_work_before(nsent *s, news *nw, size_t v) {
  const char *t = s->t;
  size_t e = v;
  while (e > s->a && (t[e - 1] == ' ' || t[e - 1] == ','))
    e--;
  size_t lo = e > s->a + WORK_BEFORE_MAX ? e - WORK_BEFORE_MAX : s->a;
  for (size_t p = lo; p < e; p++) {
    if ((p > s->a && t[p - 1] != ' ') ||
        !(x_at(t, p, e, "the ") || x_at(t, p, e, "The ")))
      continue;
    size_t r = xn_work_reference(s, p), c = p + r;
    while (r && c < e && (islower((unsigned char)t[c]) || t[c] == ' '))
      c++; /* "The movie musical" */
    if (r && c == e)
      return nw->work;
  }
  size_t in, n, st = title_before(s, s->a, e, &in, &n);
  wref w;
  if (st == e || !xn_work_ref(s, nw, in, n, NO_TYPE, &w))
    return XN_NO_WORK;
  if (nw->work.e == SKG_NONE && nw->work.n && nw->work.off == in)
    return nw->work; /* "TBS series X, which stars": the item's title */
  /* a bare title the text has not named before is the sentence's
     subject and more than a word: "Bollywood stars X" is not a work */
  bool genre = st > s->a + 1 && t[st - 1] == ' ' &&
               xn_genre_before(s, s->a, st); /* "the drama Y, in which" */
  if (w.e == SKG_NONE && in == st && !genre &&
      (st != s->a || !memchr(t + in, ' ', n)))
    return XN_NO_WORK;
  nw->work = w;
  return w;
}

bool xn_common_word(const x_ctx *x, const char *w, size_t n) {
  char low[64];
  if (n >= sizeof low || memchr(w, ' ', n))
    return false;
  for (size_t i = 0; i < n; i++)
    low[i] = (char)tolower((unsigned char)w[i]);
  low[n] = '\0';
  const char *t = x->d->text;
  size_t end = x->d->len;
  for (size_t p = x_find(t, 0, end, low); p < end;
       p = x_find(t, p + 1, end, low))
    if ((p == 0 || !xn_word_char(t[p - 1])) &&
        (p + n == end || !xn_word_char(t[p + n])))
      return true;
  return false;
}

/* ---- facts (of the news rules; extract_news.c, extract_news_makers.c) ---- */

void xn_perform(nsent *s, const char *rule, skg_eid actor, skg_eid ch,
                wref *work) {
  if (actor == SKG_NONE || (ch == SKG_NONE && !xn_has_work(work)))
    return;
  skg_eid w = xn_realise(s->x, work);
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  skg_graph_add_performance(s->x->g, actor, ch, w, &ev);
}

void xn_crew_fact(nsent *s, const char *rule, wref *work, skg_pred p,
                  skg_eid person) {
  if (!xn_has_work(work) || person == SKG_NONE)
    return;
  skg_eid w = xn_realise(s->x, work);
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  skg_graph_add_fact(s->x->g, w, p, person, &ev);
}
