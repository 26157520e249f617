/* extract_literals_genre.c: the genres the lead's description names
   before its work noun (data/genres.txt):
     "X is a 2016 American superhero film"            genre "Superhero"
     "X is an American crime drama television series" genre "Crime drama"
     "X is a 1994 British romantic comedy film"       genre "Romantic comedy"
     "X is an American sitcom"                        genre "Sitcom"
   The value is the genre as the text writes it, its first letter
   capitalised, as an infobox lists it ("Crime drama"): the work noun is
   not part of it. Years, nationalities, languages and other modifiers
   ("animated", "independent") are passed over; "a 2016 American film"
   names no genre. The description stops where x_description_ends says
   ("directed by", "based on", "and" before a lower-case word) and before
   another noun phrase ("of", "to", "the": "a sequel to the 1984 horror
   film Y" is about Y), so only the work's own description is read, and
   only in the lead sentence. */
#include "xliterals.h"

#include "lexicon.h"
#include "skg.h"
#include "vocab.h"
#include "xmatch.h"
#include "xrules.h"

#include <ctype.h>
#include <string.h>

enum {
  MAX_WORDS = 16, /* a description is short: "a 2012 American 3D
                     computer-animated comedy film" */
  MAX_PHRASE = 4, /* words of the longest genre or work noun */
  MAX_GENRES = 8
};

typedef struct {
  size_t a, n;
} span;

/* Where the word at p ends: a space, a comma or a final period. */
static size_t word_end(const char *t, size_t p, size_t end) {
  while (p < end && t[p] != ' ' && t[p] != ',' &&
         !(t[p] == '.' && (p + 1 == end || t[p + 1] == ' ')))
    p++;
  return p;
}

/* Length of the longest phrase of lexicon lex (up to MAX_PHRASE words)
   that starts at t[p], or 0. */
static size_t phrase_at(skg_lex lex, const char *t, size_t p, size_t end) {
  size_t best = 0, q = p;
  for (int w = 0; w < MAX_PHRASE && q < end; w++) {
    q = word_end(t, q, end);
    if (skg_lex_has(lex, t + p, q - p))
      best = q - p;
    if (q >= end || t[q] != ' ')
      break;
    q++;
  }
  return best;
}

/* A word that opens another noun phrase inside the description ("a
   sequel to the 1984 horror film Y"): what follows is not the work's. */
static bool other_phrase(const char *t, size_t p, size_t end) {
  return xc_lex_at(t, p, end, SKG_LEX_PHRASE_OPENERS);
}

static void add_genre(x_ctx *x, size_t si, const char *t, span g) {
  char v[64];
  if (g.n >= sizeof v)
    return;
  memcpy(v, t + g.a, g.n);
  v[g.n] = '\0';
  v[0] = (char)toupper((unsigned char)v[0]);
  x_lit_add(x, SKG_PRED_GENRE, v, si, "lead-genre");
}

/* The genres of the description t[p..end) into g (at most MAX_GENRES);
   their number, 0 when no work noun ends them ("a 2016 American film"
   has none; "an American sitcom": the genre is the noun). */
static size_t description_genres(const char *t, size_t p, size_t end, span *g) {
  size_t ng = 0;
  bool last_genre = false; /* the word before the stop was a genre's */
  for (int w = 0; w < MAX_WORDS && p < end; w++) {
    if (x_description_ends(t, p, end) || (w && other_phrase(t, p, end)))
      break;
    size_t n = phrase_at(SKG_LEX_GENRES, t, p, end);
    if (!n && phrase_at(SKG_LEX_WORK_NOUNS, t, p, end))
      return ng; /* "film", "television series" */
    if (n && ng < MAX_GENRES)
      g[ng++] = (span){p, n};
    last_genre = n != 0;
    p = n ? p + n : word_end(t, p, end);
    if (p >= end || t[p] != ' ')
      break;
    p++;
  }
  /* "an American sitcom", "a British television crime drama": the
     description ends on a genre, which is its head noun */
  return last_genre ? ng : 0;
}

void x_lit_lead_genres(x_ctx *x) {
  skg_ent type;
  size_t a, tl, desc;
  size_t si = x_find_lead(x, &type, &a, &tl, &desc);
  if (si >= x->d->nsents)
    return;
  const skg_span *s = &x->d->sents[si];
  const char *t = x->d->text;
  size_t end = s->off + s->len, p = x_skip_space(t, desc, end);
  if (x_word_at(t, p, end, "a") || x_word_at(t, p, end, "an") ||
      x_word_at(t, p, end, "the"))
    p = x_skip_space(t, word_end(t, p, end), end);
  span g[MAX_GENRES];
  size_t ng = description_genres(t, p, end, g);
  for (size_t i = 0; i < ng; i++)
    add_genre(x, si, t, g[i]);
}
