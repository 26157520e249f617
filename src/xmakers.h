/* xmakers.h: what extract_lead_makers.c shares with extract_lead_items.c,
   the reader of a makers list ("directed by A, B and C", "produced by Ann
   Roe's company, Lark Films"), extract_lead_others.c, which tells
   whether a maker verb credits another work, and extract_lead_active.c
   (sentences whose subject is a maker: "Lark Films produced the film"):
   the kinds of maker verbs, a read name and the shared steps; and
   extract_lead_groups.c, the reader of the groups of maker verbs and nouns
   before a list ("produced, written and directed by"). Internal to those
   files. */
#ifndef SKG_XMAKERS_H
#define SKG_XMAKERS_H

#include "lexicon.h"
#include "xlead.h"

#define MV_PERSON 1u /* people named after it get the predicate */
#define MV_ORG 2u    /* companies named after it produced the work */
#define MV_CAST 4u   /* a cast verb: needs no "by" ("starring A") */
#define MV_DESC                                                                \
  8u /* a description may precede the name ("hosted by                         \
        former model Ann Roe") */
#define MV_STRICT                                                              \
  32u /* an org verb whose names must read as a company's                      \
         ("made by Lark Films", not "made by Ann Roe") */
#define MV_ROLES                                                               \
  16u /* a cast verb that names the cast only with "in                         \
         (the) lead roles" after the list ("features A and B                   \
         in lead roles"); otherwise it features anything */

/* A maker verb or noun ("directed", "music"), the predicate it credits
   and its MV_ flags. */
typedef struct {
  const char *w;
  skg_pred p;
  unsigned flags;
} maker_verb;

#define MAX_VERBS 6

/* A group of maker verbs and whether they need a "by" before the list. */
typedef struct {
  const maker_verb *v[MAX_VERBS];
  bool executive[MAX_VERBS]; /* "executive produced" */
  size_t n;
} verb_group;

/* One name of a makers list: a company or a person, and for a cast verb
   the character after "as". */
typedef struct {
  size_t off, len;
  bool org;
  /* character, or clen 0; for a person who shares a surname ("Joel" of
     "Joel and Ethan Coen"), that surname */
  size_t coff, clen;
} maker_item;

/* The longest "given name surname" a shared surname makes. */
#define X_SHARED_NAME_MAX 128

/* Reads the list of makers at t[p] ("A", "A and B", "A, B, and C") for a
   verb of these MV_ flags into out (MAX_ITEMS); returns how many, *stop
   where the list ends. */
size_t xm_read_items(x_ctx *x, const char *t, size_t p, size_t end,
                     unsigned flags, maker_item *out, size_t *stop);
/* " under his banner ", " through her production company ": where the
   name of the maker's company starts, or 0. */
size_t xm_banner_at(const char *t, size_t p, size_t end);
/* "the French studio C", "the British broadcaster N": up to max words
   at p that describe a maker, a lower-case noun of the list nouns, then
   the maker's name; with org, also lower-case words before a name that
   reads as a company's ("the newly formed Lark Pictures"). Returns where
   the name starts, or 0 (extract_lead_items.c). */
size_t xm_described_name(const char *t, size_t p, size_t end, skg_lex nouns,
                         int max, bool org);
/* Skips where a company comes from, before its name: a nationality and
   a company noun ("American companies Lark Films", "German company Lark
   Films": data/maker_origins.txt) or a place and "-based" ("Boston-based
   Lark Films"). Returns where the name starts, or p. */
size_t xm_origin_skip(const char *t, size_t p, size_t end);
/* True when the single word s[0..n), named as a maker, may be a person
   known by one name. */
bool xm_one_name(const x_ctx *x, const char *s, size_t n);
/* The full name in the document that ends in the word s[0..n), or {0, 0}. */
x_span xm_full_name_of(x_ctx *x, const char *s, size_t n);

/* ---- extract_lead_groups.c ---- */

/* The entry of tab[0..n) that is the word at t[p], or NULL. */
const maker_verb *xm_verb_at(const char *t, size_t p, size_t end,
                             const maker_verb *tab, size_t n);
/* The noun of lex (SKG_LEX_MAKER_NOUNS, SKG_LEX_GROUP_NOUNS) at t[p], or
   NULL. */
const maker_verb *xm_noun_at(skg_lex lex, const char *t, size_t p, size_t end);
/* "produced, written, and directed by", "written by and starring" at
   t[p]: reads the verbs into g; where the names start, or 0. */
size_t xm_read_verbs(const char *t, size_t p, size_t end, verb_group *g);
/* "story, screenplay and direction by" at t[p] (two nouns or more):
   reads the nouns into g; where the names start, or 0. */
size_t xm_noun_group(const char *t, size_t p, size_t end, verb_group *g);
/* "screenplay, dialogue and directed by" at t[p] (verbs and nouns
   mixed): reads the group into g; where the names start, or 0. */
size_t xm_mixed_group(const char *t, size_t p, size_t end, verb_group *g);

/* ---- extract_lead_makers.c ---- */

/* States what verb v says about one item of a makers list. */
void xm_add_maker(x_ctx *x, const about *ab, const maker_verb *v,
                  bool executive, const char *t, const maker_item *it);

/* ---- extract_lead_makers_cowrite.c ---- */

/* "The film was produced by A, with B, C and D.": after a list of a
   single producer verb ending at p, the people named after ", with" are
   producers too when their names end the sentence ("with B as executive
   producer", "with B starring" credit nothing). */
void xm_coproducers_with(x_ctx *x, const about *ab, const verb_group *g,
                         size_t p, size_t end);
/* "produced by Ann Roe of Lark Films and Bo Li of Finch Pictures": in
   the n items of a list of a producer verb, the company after " of " that
   follows a person (the list read the person alone) is a production
   company. */
void xm_producer_of(x_ctx *x, const about *ab, const verb_group *g,
                    const maker_item *items, size_t n, size_t end);
/* "directed by A from a screenplay he co-wrote with B": after the
   writer noun at t[noun] (ending at p) of a sentence about the work
   starting at from, A and B are writers. */
void xm_cowrote_with(x_ctx *x, const about *ab, size_t from, size_t noun,
                     size_t p, size_t end);

/* ---- extract_lead_active.c ---- */

/* The person named just before t[v]: a full name, a known surname or the
   full name a surname stands for; false when none ("He composed"). */
bool xm_name_before(x_ctx *x, size_t lo, size_t v, maker_item *it);
/* "Ann Roe made her directorial debut with the film": its director. */
void xm_debut_with(x_ctx *x, size_t si);
/* "Lark Films produced the film", "Ann Roe had previously directed Harbor
   Row (1980)": a company that made the work, or another work a person
   made, in sentence si. */
void xm_active_makers(x_ctx *x, size_t si);

/* ---- extract_lead_others.c ---- */

/* True when the maker verb at v is denied or was never carried out ("was
   never directed by A", "would have been directed by A"). */
bool xm_not_carried_out(const char *t, size_t from, size_t v);
/* True when the maker verb at v (a sentence about the work starting at
   from) belongs to another work named before it ("the novel written by
   A", "the film Blue Lotus (2010), which was directed by A"). */
bool xm_other_work_verb(const x_ctx *x, size_t from, size_t v);
/* The work other than the article's that a title right before ", " at v
   names ("the 1980 film Harbor Row, directed by", "a short film titled
   X, directed by", "dubbed into Tamil as X, produced by"), or SKG_NONE. */
skg_eid xm_titled_before(x_ctx *x, size_t lo, size_t v);
/* What a verb at v speaks about: the work xm_titled_before names, filled
   into *other (with ab's evidence; other is the caller's), else ab. */
const about *xm_about_titled(x_ctx *x, const about *ab, size_t lo, size_t v,
                             about *other);
/* What follows a makers list at p: "for the streaming service N"
   (network), "under his banner C", "in association with A, B", "through
   A" (production companies); extract_lead_tail.c. */
void xm_makers_tail(x_ctx *x, const about *ab, const char *t, size_t p,
                    size_t end);

#endif
