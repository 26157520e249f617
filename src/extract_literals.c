/* extract_literals.c: the values an infobox states about the article's
   work, and the readers of values both sources share.
     released: August 18, 2017   runtime: 124 minutes   genre: Crime drama
     num seasons: 2              num episodes: 18
   become releaseDate "2017-08-18", runningTime "PT124M", genre "Crime
   drama", numberOfSeasons "2", numberOfEpisodes "18" of the work
   (data/infobox_literals.tsv says which field is which). A field that
   holds a range or several values of one kind ("45-48 minutes", two
   release dates) gives its first full value; a field with none ("1994",
   "September 1989": no full date) gives nothing. The evidence is the
   field's line, as for the infobox's other facts. */
#include "xliterals.h"

#include "extract_lead_words.h"
#include "graph.h"
#include "lexicon.h"
#include "vocab.h"
#include "xrules.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Digits of a date's year, and of its month or day in "2017-08-18". */
enum { YEAR_LEN = 4, PART_LEN = 2 };

static size_t digits(const char *t, size_t pos, size_t end) {
  size_t n = 0;
  while (pos + n < end && isdigit((unsigned char)t[pos + n]))
    n++;
  return n;
}

/* The value of the n digits at t[pos] (n is small: a year, a day). */
static long digits_value(const char *t, size_t pos, size_t n) {
  long v = 0;
  for (size_t i = 0; i < n; i++)
    v = v * 10 + (t[pos + i] - '0');
  return v;
}

/* The month named by the word at t[pos] (1..12), its length in *n. */
static int month_at(const char *t, size_t pos, size_t end, size_t *n) {
  size_t k = 0;
  while (pos + k < end && isalpha((unsigned char)t[pos + k]))
    k++;
  const char *v = k ? skg_lex_get(SKG_LEX_MONTH_NUMBERS, t + pos, k) : NULL;
  *n = k + (v && pos + k < end && t[pos + k] == '.'); /* "Aug." */
  return v ? (int)strtol(v, NULL, 10) : 0;
}

static bool write_date(char out[11], long y, int m, long d) {
  static const int DAYS[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1850 || y > 2100 || m < 1 || m > 12 || d < 1 || d > DAYS[m - 1])
    return false;
  /* by hand: the checks above bound every part, which snprintf's
     truncation warning cannot see */
  const long parts[] = {y / 100, y % 100, m, d};
  for (size_t i = 0, k = 0; i < 4; i++) {
    out[k++] = (char)('0' + parts[i] / 10);
    out[k++] = (char)('0' + parts[i] % 10);
    if (i)
      out[k++] = i < 3 ? '-' : '\0';
  }
  return true;
}

/* "2017-08-18" */
static size_t iso_date(const char *t, size_t pos, size_t end, char out[11]) {
  /* where the month, the day and the date end; a '-' before each part */
  size_t mo = pos + YEAR_LEN + 1, d = mo + PART_LEN + 1, e = d + PART_LEN;
  if (digits(t, pos, end) != YEAR_LEN || e > end || t[mo - 1] != '-' ||
      digits(t, mo, end) != PART_LEN || t[d - 1] != '-' ||
      digits(t, d, end) != PART_LEN || digits(t, e, end))
    return 0;
  return write_date(out, digits_value(t, pos, YEAR_LEN),
                    (int)digits_value(t, mo, PART_LEN),
                    digits_value(t, d, PART_LEN))
             ? e - pos
             : 0;
}

size_t x_lit_date(const char *t, size_t pos, size_t end, char out[11]) {
  size_t n = iso_date(t, pos, end, out), mn, p;
  if (n)
    return n;
  int m = month_at(t, pos, end, &mn);
  if (m) { /* "August 18, 2017" */
    p = pos + mn;
    if (p >= end || t[p] != ' ' || !(n = digits(t, p + 1, end)) || n > 2)
      return 0;
    long d = digits_value(t, p + 1, n);
    p += 1 + n;
    if (x_at(t, p, end, ", "))
      p += XC_LEN(", ");
    else if (x_at(t, p, end, " "))
      p += 1;
    else
      return 0;
    return digits(t, p, end) == YEAR_LEN &&
                   write_date(out, digits_value(t, p, YEAR_LEN), m, d)
               ? p + YEAR_LEN - pos
               : 0;
  }
  n = digits(t, pos, end); /* "18 August 2017" */
  if (!n || n > 2 || pos + n >= end || t[pos + n] != ' ')
    return 0;
  p = pos + n + 1;
  if (!(m = month_at(t, p, end, &mn)) || !x_at(t, p + mn, end, " "))
    return 0;
  p += mn + 1;
  return digits(t, p, end) == YEAR_LEN &&
                 write_date(out, digits_value(t, p, YEAR_LEN), m,
                            digits_value(t, pos, n))
             ? p + YEAR_LEN - pos
             : 0;
}

size_t x_lit_count(const char *t, size_t pos, size_t end, char out[16]) {
  size_t p = pos, k = 0;
  while (p < end && (isdigit((unsigned char)t[p]) ||
                     (t[p] == ',' && p > pos && digits(t, p + 1, end) == 3))) {
    if (t[p] != ',') {
      if (k >= 9)
        return 0;
      out[k++] = t[p];
    }
    p++;
  }
  out[k] = '\0';
  return k ? p - pos : 0;
}

size_t x_lit_decimal(const char *t, size_t pos, size_t end, char out[16]) {
  size_t n = digits(t, pos, end), f = 0;
  if (!n || n > 4)
    return 0;
  if (pos + n < end && t[pos + n] == '.')
    f = digits(t, pos + n + 1, end);
  if (f > 4)
    return 0;
  size_t len = n + (f ? 1 + f : 0);
  memcpy(out, t + pos, len);
  if (!f) { /* "8" is written "8.0" */
    memcpy(out + len, ".0", sizeof ".0");
  } else
    out[len] = '\0';
  return len;
}

size_t x_lit_minutes(const char *t, size_t pos, size_t end, char out[16]) {
  char num[16];
  size_t n = x_lit_count(t, pos, end, num), p = pos + n;
  if (!n || n > 4 || strspn(num, "0") == n || !x_at(t, p, end, " "))
    return 0; /* "45–48 minutes": the dash ends the number */
  p++;
  if (!x_word_at(t, p, end, "minutes") && !x_word_at(t, p, end, "min") &&
      !x_word_at(t, p, end, "mins"))
    return 0;
  while (p < end && isalpha((unsigned char)t[p]))
    p++;
  size_t k = 0; /* "PT" and at most 4 digits and "M" */
  out[k++] = 'P';
  out[k++] = 'T';
  for (const char *c = num; *c; c++)
    out[k++] = *c;
  out[k++] = 'M';
  out[k] = '\0';
  return p - pos;
}

void x_lit_add(x_ctx *x, skg_pred pred, const char *value, size_t si,
               const char *rule) {
  skg_evidence ev = x_evidence(x, si, rule);
  skg_graph_add_literal(x->g, x->subject, pred, value, strlen(value), &ev);
}

/* A genre item: words, no digits, short ("Crime drama"). Returns
   whether the field gave one. */
static bool add_genres(x_ctx *x, const char *v, size_t si, const char *rule) {
  bool any = false;
  for (const char *a = v; *a;) {
    size_t n = strcspn(a, "\n");
    size_t b = 0, e = n;
    while (b < e && isspace((unsigned char)a[b]))
      b++;
    while (e > b && (isspace((unsigned char)a[e - 1]) || a[e - 1] == ','))
      e--;
    bool ok = e > b && e - b < 40 && isalpha((unsigned char)a[b]);
    for (size_t i = b; ok && i < e; i++)
      ok = !isdigit((unsigned char)a[i]) && a[i] != '(' && a[i] != ':';
    if (ok) {
      skg_evidence ev = x_evidence(x, si, rule);
      skg_graph_add_literal(x->g, x->subject, SKG_PRED_GENRE, a + b, e - b,
                            &ev);
      any = true;
    }
    a += n + (a[n] == '\n');
  }
  return any;
}

/* An id of kind imdb ("tt0106308", "106308": "tt" and seven digits at
   least) or qid ("Q42") at v[p]; its length, 0 if none. */
static size_t id_value(const char *kind, const char *v, size_t p, size_t end,
                       char out[16]) {
  bool imdb = strcmp(kind, "imdb") == 0;
  const char *head = imdb ? "tt" : "Q";
  size_t h = strlen(head), n;
  char num[16];
  if (strncmp(v + p, head, h) != 0 && (!imdb || !isdigit((unsigned char)v[p])))
    return 0;
  size_t q = p + (strncmp(v + p, head, h) == 0 ? h : 0);
  if (!(n = x_lit_count(v, q, end, num)) || strchr(num, ',') ||
      digits(v, q, end) != n || n > 10)
    return 0;
  size_t pad = imdb && n < 7 ? 7 - n : 0;
  size_t k = 0; /* head, zeros, digits: at most 1 + 10 bytes and NUL */
  for (size_t i = 0; i < h; i++)
    out[k++] = head[i];
  for (size_t i = 0; i < pad; i++)
    out[k++] = '0';
  for (const char *c = num; *c; c++)
    out[k++] = *c;
  out[k] = '\0';
  return q + n - p;
}

/* The value of kind (date, minutes, count) that opens the field v, into
   out. A field that opens with anything else states no one value of the
   work: "45-48 minutes" (a range), "Total (5 films): 453 minutes", "Part
   one: March 17, 2000" (a film series' parts). */
static bool first_value(const char *kind, const char *v, char out[16]) {
  size_t end = strlen(v), p = x_skip_space(v, 0, end), n;
  if (strcmp(kind, "date") == 0)
    n = x_lit_date(v, p, end, out);
  else if (strcmp(kind, "minutes") == 0)
    n = x_lit_minutes(v, p, end, out);
  else if (strcmp(kind, "imdb") == 0 || strcmp(kind, "qid") == 0)
    n = id_value(kind, v, p, end, out);
  else
    n = x_lit_count(v, p, end, out);
  /* "8 (list of episodes)"; not "45\xe2\x80\x9348 minutes" */
  return n && (p + n == end || v[p + n] == ' ' || v[p + n] == '\n' ||
               v[p + n] == ',' || v[p + n] == '.' || v[p + n] == ';');
}

/* True when a season article's field of kind states the season's value,
   not the series': its dates (first aired), counts (its episodes) and
   Wikidata item. Its genres, running time and IMDb link are the
   series'. */
static bool seasons_kind(const char *kind) {
  return strcmp(kind, "date") == 0 || strcmp(kind, "count") == 0 ||
         strcmp(kind, "qid") == 0;
}

/* What a season article's prose states of the season ("It premiered on
   ...", "On Rotten Tomatoes, it holds ..."), whatever its subject. */
static const skg_pred SEASONS_OWN[] = {
    SKG_PRED_RELEASE_DATE,      SKG_PRED_NUMBER_OF_EPISODES,
    SKG_PRED_NUMBER_OF_SEASONS, SKG_PRED_APPROVAL_RATING,
    SKG_PRED_AVERAGE_RATING,    SKG_PRED_METASCORE};

/* One field; given: the predicates a field gave already (a value has one
   value: the first field's release date is the work's, a later one is
   another release; a second {{IMDb title}} is a dub's or a remake's);
   season: the page is a season article (x_lead_season). */
static void field(x_ctx *x, const skg_field *f, bool *given, bool season) {
  const char *v = skg_lex_get(SKG_LEX_INFOBOX_LITERALS, f->key, strlen(f->key));
  const char *tab = v ? strchr(v, '\t') : NULL;
  char out[16];
  skg_pred pred;
  if (!tab || !f->len)
    return;
  if (!skg_pred_from_span(v, (size_t)(tab - v), &pred) ||
      (pred != SKG_PRED_GENRE && given[pred]) ||
      (season && seasons_kind(tab + 1)))
    return;
  bool flat = x->d->infobox && strncmp(x->d->infobox, "flat ", 5) == 0;
  const char *rule = flat ? "infobox-lines" : "infobox";
  size_t si = x_sent_at(x, f->off);
  if (strcmp(tab + 1, "text") == 0) {
    given[pred] = add_genres(x, f->value, si, rule) || given[pred];
    return;
  }
  if (!first_value(tab + 1, f->value, out))
    return;
  x_lit_add(x, pred, out, si, rule);
  given[pred] = true;
}

void x_rules_literals(x_ctx *x) {
  if (x->subject == SKG_NONE)
    return;
  bool given[SKG_PRED_COUNT] = {false};
  bool season = x_lead_season(x);
  for (size_t i = 0; i < x->d->nfields; i++)
    field(x, &x->d->fields[i], given, season);
  if (!given[SKG_PRED_GENRE]) /* the infobox's list is the article's */
    x_lit_lead_genres(x);
  if (season) /* the prose's premiere, counts and scores: the season's */
    for (size_t i = 0; i < SKG_ARRAY_LEN(SEASONS_OWN); i++)
      given[SEASONS_OWN[i]] = true;
  x_rules_literals_prose(x, given);
  x_rules_work_relations(x);
}
