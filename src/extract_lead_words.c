/* extract_lead_words.c: cue phrases of data/ lists read backwards from a
   position (extract_lead_words.h). */
#include "extract_lead_words.h"

#include "xmatch.h"
#include "xrules.h"

#include <string.h>

size_t xl_lex_ending(const char *t, size_t lo, size_t v, skg_lex lex) {
  const skg_lexicon *l = &SKG_LEXICONS[lex];
  if (v == lo || t[v - 1] != ' ')
    return v;
  for (size_t i = 0; i < l->n; i++) {
    size_t n = strlen(l->v[i].key);
    if (xc_ends(t, lo, v - 1, l->v[i].key, n) &&
        (v - 1 == lo + n || t[v - 1 - n - 1] == ' '))
      return v - 1 - n;
  }
  return v;
}

/* ---- a genre noun ending a lead's description ---- */

size_t xl_word_end(const char *t, size_t p, size_t end) {
  while (p < end && t[p] != ' ' && t[p] != ',' &&
         !(t[p] == '.' && p + 1 == end))
    p++;
  return p;
}

/* The kind data/genre_leads.tsv gives the word t[p..e) ("noun", "maker",
   "other"), a hyphenated word's by its last part ("neo-Western"), or
   NULL. */
static const char *genre_word(const char *t, size_t p, size_t e) {
  const char *v = skg_lex_get(SKG_LEX_GENRE_LEADS, t + p, e - p);
  const char *h = memchr(t + p, '-', e - p);
  while (!v && h) {
    p = (size_t)(h - t) + 1;
    v = skg_lex_get(SKG_LEX_GENRE_LEADS, t + p, e - p);
    h = memchr(t + p, '-', e - p);
  }
  return v;
}

/* genre_word() of the word at p. */
static const char *genre_at(const char *t, size_t p, size_t end) {
  return genre_word(t, p, xl_word_end(t, p, end));
}

static bool kind_is(const char *v, const char *kind) {
  return v && strcmp(v, kind) == 0;
}

/* True when the word at p is a year ("1955"). */
static bool year_at(const char *t, size_t p, size_t end) {
  size_t e = xl_word_end(t, p, end);
  if (e != p + 4 || (t[p] != '1' && t[p] != '2'))
    return false;
  for (size_t i = p; i < e; i++)
    if (t[i] < '0' || t[i] > '9')
      return false;
  return true;
}

skg_ent xl_genre_kind(const char *t, const size_t *words, size_t nw,
                      size_t stop, size_t end) {
  if (!nw)
    return SKG_ENT_COUNT;
  /* "a 1969 British costume drama made by": a maker word the stops
     leave in the description */
  bool made = nw > 1 && kind_is(genre_at(t, words[nw - 1], end), "maker");
  if (made)
    nw--;
  size_t last = words[nw - 1];
  const char *kind = genre_at(t, last, end);
  if (!(kind_is(kind, "noun") || kind_is(kind, "cued")) ||
      (!made && x_word_at(t, stop, end, "by"))) /* "a 1957 drama by" */
    return SKG_ENT_COUNT;
  bool year = false;
  for (size_t i = 0; i + 1 < nw; i++) {
    if (kind_is(genre_at(t, words[i], end), "other"))
      return SKG_ENT_COUNT; /* "a 1962 stage musical" */
    year = year || year_at(t, words[i], end);
  }
  size_t m =
      stop < end && t[stop] == ',' ? x_skip_space(t, stop + 1, end) : stop;
  bool maker = kind_is(genre_at(t, m, end), "maker");
  if (kind_is(kind, "cued")) /* "a 1998 musical with music by": a year */
    year = false;            /* is no cue for a stage work's noun */
  return year || maker || made ? SKG_ENT_FILM : SKG_ENT_COUNT;
}
