/* xliterals.h: the values an article states about its work (release
   date, running time, genres, season and episode counts, aggregator
   scores), from its infobox (extract_literals.c) and its prose
   (extract_literals_prose.c). Values are literal facts of the article's
   work, written in the lexical form of their XML Schema datatype
   (write_turtle.c types them): "2017-08-18", "PT124M", "78", "7.1". */
#ifndef SKG_XLITERALS_H
#define SKG_XLITERALS_H

#include "vocab.h"
#include "xctx.h"

#include <stdbool.h>
#include <stddef.h>

/* Both sources; called by the infobox stage (extract_infobox.c), once the
   lead has named the article's work. */
void x_rules_literals(x_ctx *x);
/* The prose rules (extract_literals_prose.c); given[pred]: the infobox
   gave that value already (a release date, a running time), or the page
   is a season article, whose premiere, counts and scores are the
   season's: the prose gives none. */
void x_rules_literals_prose(x_ctx *x, const bool *given);

/* The genres the lead's description names before its work noun ("a
   2016 American superhero film": "Superhero"; extract_literals_genre.c),
   called when the infobox lists none. */
void x_lit_lead_genres(x_ctx *x);
/* Where a cue of literal_cues.tsv's kind starts in t[pos..end) (whole
   words, any case; its length in *n), or end. */
size_t x_lit_find_cue(const char *t, size_t pos, size_t end, const char *kind,
                      size_t *n);
/* The counts a series' prose gave so far (or its infobox, or none to
   give: a season article). */
typedef struct {
  bool seasons, episodes;
} x_lit_counts;
/* The season and episode counts sentence si states of the article's
   series ("The series ran for three seasons", "It consisted of 13
   episodes", "over five seasons and 110 episodes";
   extract_literals_count.c), each the first the prose states. */
void x_lit_count_sentence(x_ctx *x, size_t si, x_lit_counts *c);
/* Length of sentence si's subject when it is the article's work ("The
   film", "It", the title), else 0. */
size_t x_lit_subject(x_ctx *x, size_t si);
/* How the work continues or adapts another (extract_work_relations.c):
   "It is a spin-off of Y", "a sequel to the 1998 film Y". */
void x_rules_work_relations(x_ctx *x);

/* Reads a full date at t[pos] ("August 18, 2017", "18 August 2017",
   "2017-08-18") into out as YYYY-MM-DD; returns its length, 0 if none. */
size_t x_lit_date(const char *t, size_t pos, size_t end, char out[11]);
/* Reads "N minutes" ("124 min", "124 mins.") at t[pos] into out as
   "PT124M"; 0 for none or a range ("45-48 minutes"). */
size_t x_lit_minutes(const char *t, size_t pos, size_t end, char out[16]);
/* Reads a whole number ("1,200") at t[pos] into out without its commas;
   returns its length, 0 if none or too long. */
size_t x_lit_count(const char *t, size_t pos, size_t end, char out[16]);
/* Reads a decimal ("7.1", "8") at t[pos] into out, always with a
   fraction ("8.0"); returns its length in t, like x_lit_count. */
size_t x_lit_decimal(const char *t, size_t pos, size_t end, char out[16]);
/* Adds the literal fact pred = value of the article's work. */
void x_lit_add(x_ctx *x, skg_pred pred, const char *value, size_t si,
               const char *rule);

#endif
