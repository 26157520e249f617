/* extract_lead_verbs.h: the maker verb tables of data/maker_verbs.tsv and
   data/active_verbs.tsv, and the maker noun tables of data/maker_nouns.tsv
   and data/group_nouns.tsv (the phrasing of extract_lead_makers.c and
   extract_lead_active.c) read into maker_verb rows. */
#ifndef SKG_EXTRACT_LEAD_VERBS_H
#define SKG_EXTRACT_LEAD_VERBS_H

#include "lexicon.h"
#include "xmakers.h"

/* Reads one row (key "directed", value "director\tperson") into *out,
   whose w points into the lexicon's constant data; false when the
   predicate or a kind is unknown (test_maker_verbs.c checks every row). */
bool xm_verb_parse(const skg_lex_entry *e, maker_verb *out);

/* The rows of lex (SKG_LEX_MAKER_VERBS, SKG_LEX_ACTIVE_VERBS,
   SKG_LEX_MAKER_NOUNS or SKG_LEX_GROUP_NOUNS; none for another) that
   parse, built once per process; *n their count. Static storage: never
   freed. */
const maker_verb *xm_verb_table(skg_lex lex, size_t *n);

#endif
