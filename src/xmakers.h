/* xmakers.h: what extract_lead_makers.c shares with extract_lead_items.c,
   the reader of a makers list ("directed by A, B and C", "produced by Ann
   Roe's company, Lark Films"), and extract_lead_others.c, which tells
   whether a maker verb credits another work: the kinds of maker verbs and
   one read name. Internal to those three files. */
#ifndef SKG_XMAKERS_H
#define SKG_XMAKERS_H

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

/* One name of a makers list: a company or a person, and for a cast verb
   the character after "as". */
typedef struct {
  size_t off, len;
  bool org;
  size_t coff, clen; /* character, or clen 0 */
} maker_item;

/* Reads the list of makers at t[p] ("A", "A and B", "A, B, and C") for a
   verb of these MV_ flags into out (MAX_ITEMS); returns how many, *stop
   where the list ends. */
size_t xm_read_items(x_ctx *x, const char *t, size_t p, size_t end,
                     unsigned flags, maker_item *out, size_t *stop);
/* " under his banner ", " through her production company ": where the
   name of the maker's company starts, or 0. */
size_t xm_banner_at(const char *t, size_t p, size_t end);
/* True when the single word s[0..n), named as a maker, may be a person
   known by one name. */
bool xm_one_name(const x_ctx *x, const char *s, size_t n);
/* The full name in the document that ends in the word s[0..n), or {0, 0}. */
x_span xm_full_name_of(x_ctx *x, const char *s, size_t n);

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

#endif
