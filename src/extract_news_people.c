/* extract_news_people.c: the people readers of the news rules: a name
   with its stage name or the full name the text gave before, lists of
   names after a cue, and the credits in parentheses after a name (the
   works an actor or a maker is known for). Split from
   extract_news_read.c, which reads cues and titles. */
#include "extract_lead_words.h"
#include "lexicon.h"
#include "xnews.h"

#include <ctype.h>
#include <string.h>

bool xn_credit_before(const char *t, size_t lo, size_t p) {
  size_t w = x_word_before(t, lo, p);
  return w < p && xn_credit_noun_at(t, w, p - 1) == p - 1 - w;
}

/* The person named t[p..p+n): a known one (surname too), else a new one
   of type ty when the name looks like a person's. Known ones are raised
   to ty. */
/* "Lady Gaga", "Queen Latifah": a title of the titles lexicon and one
   capitalised word, in an actor's slot, is a stage name. */
static bool stage_name(const char *t, size_t n, skg_ent ty) {
  size_t w = 0;
  while (w < n && t[w] != ' ')
    w++;
  if (ty != SKG_ENT_ACTOR || w >= n || !skg_lex_has(SKG_LEX_TITLES, t, w) ||
      !isupper((unsigned char)t[w + 1]))
    return false;
  for (size_t i = w + 1; i < n; i++)
    if (!isalpha((unsigned char)t[i]))
      return false;
  return true;
}

/* Where the line holding o starts, not before lo: a name that opens a
   line has no space before it for x_name_before to start at. */
static size_t line_start(const char *t, size_t lo, size_t o) {
  while (o > lo && t[o - 1] != '\n')
    o--;
  return o;
}

/* How far back a surname looks for its full name, in bytes. */
#define SURNAME_REACH 20000

/* The one full name the text wrote before s->a that ends in the surname
   t[p..p+n) ("Ridley" after "John Ridley"): its span, or len 0 when the
   text names no such person or more than one. */
static x_span full_name_of(const nsent *s, size_t p, size_t n) {
  const char *t = s->t;
  x_span one = {0, 0};
  size_t lo = s->a > SURNAME_REACH ? s->a - SURNAME_REACH : 0;
  char w[sizeof " " + X_NAME_MAX]; /* " Name" and its NUL */
  if (n + 1 > X_NAME_MAX)
    return one;
  w[0] = ' ';
  memcpy(w + 1, t + p, n);
  w[n + 1] = '\0';
  for (size_t o = x_find(t, lo, s->a, w); o < s->a;
       o = x_find(t, o + 1, s->a, w)) {
    /* from the line's start: "Ann Roe" alone on a section title line */
    size_t e = o + 1 + n, st = x_name_before(t, line_start(t, lo, o), e);
    if ((e < s->a && xn_word_char(t[e])) || st >= o ||
        !x_person_like(t + st, e - st, false))
      continue;
    if (one.len &&
        (one.len != e - st || memcmp(t + one.off, t + st, one.len) != 0))
      return (x_span){0, 0}; /* two people of that name */
    one = (x_span){st, e - st};
  }
  return one;
}

/* Does the name t[p..p+n) end in a credit noun of news_credits ("Cobra
   Kai Vet Joins Y", "Dock Street Star Signs On")? A headline's credit,
   no person's name. */
static bool credit_named(const char *t, size_t p, size_t n) {
  size_t w = n;
  while (w > 0 && t[p + w - 1] != ' ')
    w--;
  const char *k =
      w ? skg_lex_get(SKG_LEX_NEWS_CREDITS, t + p + w, n - w) : NULL;
  return k && strcmp(k, "credit") == 0;
}

skg_eid xn_person_at(nsent *s, size_t p, size_t n, skg_ent ty) {
  if (credit_named(s->t, p, n))
    return SKG_NONE;
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
  if (!memchr(s->t + p, ' ', n) &&
      x_lookup(s->x, X_ANY & ~X_PERSON, s->t + p, n, NULL) == SKG_NONE) {
    /* "Ridley" where the text named "John Ridley" before: that person */
    x_span f = full_name_of(s, p, n);
    if (f.len && x_lookup(s->x, X_ANY & ~X_PERSON, s->t + f.off, f.len, NULL) ==
                     SKG_NONE)
      return xn_person_at(s, f.off, f.len, ty);
  }
  if (x_lookup(s->x, X_ANY & ~X_PERSON, s->t + p, n, NULL) != SKG_NONE ||
      !(x_person_like(s->t + p, n, xn_credit_before(s->t, s->a, p)) ||
        stage_name(s->t + p, n, ty)) ||
      x_network_like(s->t + p, n))
    return SKG_NONE;
  return x_entity(s->x, ty, s->t + p, n);
}

size_t xn_credit_noun_at(const char *t, size_t p, size_t end) {
  size_t best = 0, e = p;
  for (int w = 0; w < 2 && e < end; w++) {
    e = xn_word_end(t, e, end);
    const char *k = skg_lex_get(SKG_LEX_NEWS_CREDITS, t + p, e - p);
    if (k && strcmp(k, "credit") == 0)
      best = e - p;
    if (e >= end || t[e] != ' ')
      break;
    e++;
  }
  return best;
}

/* The names of a list at p ("A, B (Dock Street), and C", "A and One
   Direction star B"), each with the credits in parentheses after it;
   stops at the first item that is not a name. */
size_t xn_names_after(const nsent *s, size_t p, named *out, size_t max,
                      size_t *stop) {
  const char *t = s->t;
  size_t n = 0;
  while (n < max && p < s->end) {
    /* "presenter Rylan Clark": a performer noun before the name */
    size_t pn = xl_lower_lex_len(t, p, s->end, SKG_LEX_PERFORMER_NOUNS);
    if (pn && p + pn + 1 < s->end && t[p + pn] == ' ' &&
        x_name_len(t, p + pn + 1, s->end))
      p += pn + 1;
    size_t k = x_name_len(t, p, s->end);
    if (!k)
      break;
    size_t nb = p + k + 1; /* a credit noun after the name and a space */
    size_t cn =
        nb < s->end && t[p + k] == ' ' ? xn_credit_noun_at(t, nb, s->end) : 0;
    if (cn && nb + cn < s->end && t[nb + cn] == ' ') {
      /* "One Direction star X", "Dock Street actor X" */
      size_t q = nb + cn + 1, m = x_name_len(t, q, s->end);
      if (m) {
        p = q;
        k = m;
      }
    }
    size_t ps = x_possessive_at(t, p + k, s->end);
    if (ps && p + k + ps + 1 < s->end && t[p + k + ps] == ' ') {
      /* "The Gentlemen's Theo James": the credit's actor */
      size_t q = p + k + ps + 1, m = x_name_len(t, q, s->end);
      if (m && x_person_like(t + q, m, false)) {
        p = q;
        k = m;
      }
    }
    out[n] = (named){.name = {p, k}, .credits = {p + k, 0}};
    p += k;
    size_t ck =
        p + 1 < s->end && t[p] == ' '
            ? xl_lower_lex_len(t, p + 1, s->end, SKG_LEX_COMPANY_KIND_WORDS)
            : 0;
    if (ck) { /* "Brad Pitt's Plan B productions (Moonlight)" */
      out[n].company = true;
      p += 1 + ck;
    }
    if (x_at(t, p, s->end, " (")) {
      size_t lim = p + QUOTE_MAX < s->end ? p + QUOTE_MAX : s->end;
      size_t c = x_find(t, p, lim, ")");
      if (c == lim)
        break;
      size_t o = p + XC_LEN(" (");
      out[n].credits = (x_span){o, c - o};
      p = c + 1;
    }
    n++;
    if (x_at(t, p, s->end, ", and "))
      p += 6;
    else if (x_at(t, p, s->end, " as well as "))
      p += XC_LEN(" as well as ");
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

/* The type a work noun right before another mention of the title
   t[in..in+n) in the text gives ("his 2016 film Moonlight" for
   "(Moonlight)"), or NO_TYPE. */
static skg_ent noun_type_elsewhere(const nsent *s, size_t in, size_t n) {
  const char *t = s->x->d->text;
  size_t end = s->x->d->len;
  char w[XC_LEN(" ") + X_NAME_MAX + 1]; /* " Title" and its NUL */
  if (n + 1 >= sizeof w || t != s->t)
    return NO_TYPE;
  w[0] = ' ';
  memcpy(w + 1, t + in, n);
  w[n + 1] = '\0';
  for (size_t o = x_find(t, 0, end, w); o < end; o = x_find(t, o + 1, end, w)) {
    size_t e = o + 1 + n;
    if (o == in - 1 || (e < end && xn_word_char(t[e])))
      continue;
    skg_ent ty = xn_noun_type(t, x_word_before(t, 0, o + 1), o);
    if (ty != NO_TYPE)
      return ty;
  }
  return NO_TYPE;
}

/* The works of a person's credits "(Harbor Lights, "Dock Street")": each
   item a whole title; a quoted one, in a text that leaves film titles
   bare, is an actor's series (a maker's credits keep the text's type).
   All or nothing: "(Emmy winner)" is no credit. Returns how many. */
static size_t credit_works(nsent *s, news *nw, x_span c, bool actor,
                           wref *works) {
  const char *t = s->t;
  size_t p = c.off, end = c.off + c.len;
  size_t n = 0;
  while (p < end && n < MAX_LIST) {
    size_t in, k, m = xn_quoted_title(t, p, end, &in, &k);
    skg_ent hint = m && actor ? SKG_ENT_SERIES : nw->doc_type;
    if (!m) {
      k = credit_len(t, p, end);
      in = p;
      m = k;
    }
    skg_ent seen = k ? noun_type_elsewhere(s, in, k) : NO_TYPE;
    hint = seen != NO_TYPE ? seen : hint;
    /* items part at ", " or, quoted the American way, at ",\" " */
    size_t last = p + m - 1; /* the item's last byte */
    bool comma_in = m > 2 && (t[last] == ',' || t[last - 1] == ',');
    if (!m ||
        (p + m < end && !x_at(t, p + m, end, ", ") &&
         !(comma_in && t[p + m] == ' ')) ||
        skg_lex_has(SKG_LEX_MONTHS, t + in, k) ||
        !xn_work_ref(s, nw, in, k, hint, &works[n]))
      return 0;
    n++;
    p += m + (p + m < end ? (t[p + m] == ' ' ? 1 : 2) : 0);
  }
  return n;
}

void xn_credits(nsent *s, news *nw, skg_eid actor, x_span c) {
  wref works[MAX_LIST];
  size_t n = credit_works(s, nw, c, true, works);
  for (size_t i = 0; i < n; i++) {
    skg_eid w = xn_realise(s->x, &works[i]);
    skg_evidence ev = x_evidence(s->x, s->si, "news-credits");
    skg_graph_add_performance(s->x->g, actor, SKG_NONE, w, &ev);
  }
}

void xn_maker_credits(nsent *s, news *nw, skg_eid person, skg_pred pred,
                      x_span c) {
  wref works[MAX_LIST];
  size_t n = person == SKG_NONE ? 0 : credit_works(s, nw, c, false, works);
  for (size_t i = 0; i < n; i++) {
    skg_eid w = xn_realise(s->x, &works[i]);
    skg_evidence ev = x_evidence(s->x, s->si, "news-credits");
    if (w != SKG_NONE)
      skg_graph_add_fact(s->x->g, w, pred, person, &ev);
  }
}
