/* xrules.h: the extraction rule families (extract_*.c), run in the order
   of the driver's table (extract.c), and the helpers one family offers
   another. The layer above xctx.h, which must not include this. */
#ifndef SKG_XRULES_H
#define SKG_XRULES_H

#include "xctx.h"

#include <stdbool.h>
#include <stddef.h>

/* ---- rule families: each reads the whole document; the driver
   (extract.c) calls them, one after the other, in its FAMILIES order ---- */
void x_rules_lead(x_ctx *x); /* extract_lead.c: title, type */
/* extract_lead_makers.c: makers, cast and networks named in the sentences
   about the work; run after the reference list is known. */
void x_rules_lead_makers(x_ctx *x);
/* extract_cast.c (with extract_cast_own.c, extract_cast_prose.c): cast
   lists and prose */
void x_rules_cast(x_ctx *x);
/* extract_roster.c: cast members the cast readers leave out */
void x_rules_roster(x_ctx *x);
void x_rules_crew(x_ctx *x); /* extract_crew.c: crew and companies */
/* extract_cats.c: the page's category lines ("Category:Films directed by
   A") */
void x_rules_categories(x_ctx *x);
/* extract_crew_own.c: the own work's makers named in the body ("A
   composed the film's score") */
void x_rules_crew_own(x_ctx *x);
/* extract_crew_awards.c: award categories the article lists ("Best
   Director (A)") */
void x_rules_crew_awards(x_ctx *x);
/* extract_crew_works.c: other works the prose names ("Harbor Lights
   (1998)", "the second season of X") and the series the article's
   series continues; run before and after the crew */
void x_rules_crew_works(x_ctx *x);
void x_rules_related_series(x_ctx *x);
/* Kinds of x_other_work_cue. */
#define X_CUE_WORK 1u /* about another work: "its sequel", "the novel" */
#define X_CUE_PLAN 2u /* about a plan that may not have happened: "invited" */
/* True when a word of t[a..end) of one of the kinds says the sentence's
   credits may not be the article's work's (data/other_works.tsv). */
bool x_other_work_cue(const char *t, size_t a, size_t end, unsigned kinds);
/* extract_infobox.c: starring, created by, directed by, music, network,
   production companies, ... of the article's work, from infobox fields.
   Runs after the lead (which names the work) and the reference list. */
void x_rules_infobox(x_ctx *x);
void x_rules_reviews(x_ctx *x); /* extract_review.c: critics, ratings */
void x_rules_news(x_ctx *x);    /* extract_news.c: casting news */
void x_rules_refs(x_ctx *x);    /* extract_refs.c: the reference list */
void x_rules_ties(x_ctx *x);    /* extract_ties.c: character relations */
void x_rules_types(x_ctx *x);   /* extract_types.c: kinds from context */
/* extract_work_groups.c: credits stated once for a group of works */
void x_rules_work_groups(x_ctx *x);
/* extract_character_works.c: the works a character article's character
   appears in; run by x_rules_work_groups */
void x_rules_character_works(x_ctx *x);

/* ---- the lead sentence (extract_lead.c) ---- */

/* The series the article's work is an episode of ("X is the ninth episode
   of the third season of the series Y"), found or created; SKG_NONE when
   the article is not about an episode. */
skg_eid x_episode_series(x_ctx *x);
/* Finds the lead: the first of the first sentences whose copula is
   followed by a work noun. Returns its index (or nsents), the work type,
   the title span and where the description starts. The title span's
   start is X_PAGE_TITLE when the title is the document's page title
   (d->title), not a span of its text. */
#define X_PAGE_TITLE ((size_t)-1)
size_t x_find_lead(const x_ctx *x, skg_ent *type, size_t *a, size_t *tl,
                   size_t *desc);
/* True when the lead is a season article's ("The fourth season of the
   series Y ..."): the subject is the series, the dates and counts the
   page states are the season's. */
bool x_lead_season(const x_ctx *x);
/* Words after which the description of the work stops. "and" stops it
   unless a capitalised word follows ("Italian and French drama film"). */
bool x_description_ends(const char *t, size_t p, size_t end);

#endif
