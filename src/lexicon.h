/* lexicon.h: the general-knowledge word lists of data/ (see data/README.md),
   compiled in as sorted tables. */
#ifndef SKG_LEXICON_H
#define SKG_LEXICON_H

#include <stdbool.h>
#include <stddef.h>

typedef enum {
  SKG_LEX_ACTIVE_VERBS,
  SKG_LEX_ACTOR_SLOT_WORDS,
  SKG_LEX_APPEARANCE_VERBS,
  SKG_LEX_AWARD_CATEGORIES,
  SKG_LEX_AWARD_WORDS,
  SKG_LEX_CAST_COLUMNS,
  SKG_LEX_CAST_HEADINGS,
  SKG_LEX_CAST_VERB_MODALS,
  SKG_LEX_CATEGORIES,
  SKG_LEX_CLAUSE_OPENERS,
  SKG_LEX_COMPANY_SUFFIXES,
  SKG_LEX_CREDIT_NOUNS,
  SKG_LEX_CREDIT_VERBS,
  SKG_LEX_DESCRIPTION_STOPS,
  SKG_LEX_FEATURE_STOPS,
  SKG_LEX_GENERIC_WORDS,
  SKG_LEX_GROUP_CREDITS,
  SKG_LEX_GROUP_NOUNS,
  SKG_LEX_INFOBOX_FIELDS,
  SKG_LEX_INFOBOX_LABELS,
  SKG_LEX_INFOBOX_LITERALS,
  SKG_LEX_JOB_TITLES,
  SKG_LEX_KIN_STOPS,
  SKG_LEX_LIST_BULLETS,
  SKG_LEX_LITERAL_CUES,
  SKG_LEX_MADE_FOR_VERBS,
  SKG_LEX_MAKER_NOUNS,
  SKG_LEX_MAKER_VERBS,
  SKG_LEX_MONTH_NUMBERS,
  SKG_LEX_MONTHS,
  SKG_LEX_NAME_TAIL_STOPS,
  SKG_LEX_NETWORK_VERBS,
  SKG_LEX_NETWORKS,
  SKG_LEX_NEWS_CREDITS,
  SKG_LEX_NEWS_CUES,
  SKG_LEX_NOT_NAMES,
  SKG_LEX_NOUN_NEXT_WORDS,
  SKG_LEX_OPENER_WORDS,
  SKG_LEX_ORG_WORDS,
  SKG_LEX_OTHER_WORK_WORDS,
  SKG_LEX_OTHER_WORKS,
  SKG_LEX_PERSON_NOUNS,
  SKG_LEX_PHRASINGS,
  SKG_LEX_PLACE_WORDS,
  SKG_LEX_PLOT_ADVERBS,
  SKG_LEX_PLOT_NOT_VERBS,
  SKG_LEX_PRIZE_WORDS,
  SKG_LEX_PRONOUNS,
  SKG_LEX_PUBLICATIONS,
  SKG_LEX_RATING_VERBS,
  SKG_LEX_REPRISE_AUX,
  SKG_LEX_REVIEW_ADVERBS,
  SKG_LEX_REVIEW_VERBS,
  SKG_LEX_ROLES,
  SKG_LEX_SELF_ROLES,
  SKG_LEX_TIES,
  SKG_LEX_TITLE_ROLE_VERBS,
  SKG_LEX_TITLES,
  SKG_LEX_VOICE_VERBS,
  SKG_LEX_WORK_CATEGORIES,
  SKG_LEX_WORK_INFOBOXES,
  SKG_LEX_WORK_NOUNS,
  SKG_LEX_WORK_RELATIONS,
  SKG_LEX_WORK_SUBJECT_WORDS,
  SKG_LEX_COUNT
} skg_lex;

typedef struct {
  const char *key;   /* lower-case */
  const char *value; /* the rest of the line ("" for plain lists) */
} skg_lex_entry;

typedef struct {
  const skg_lex_entry *v;
  size_t n;
} skg_lexicon;

extern const skg_lexicon SKG_LEXICONS[SKG_LEX_COUNT];
/* Each lexicon's file name without its extension ("ties"). */
extern const char *const SKG_LEXICON_NAMES[SKG_LEX_COUNT];

/* Looks s[0..n) up, ignoring ASCII case; returns its value or NULL. */
const char *skg_lex_get(skg_lex lex, const char *s, size_t n);
static inline bool skg_lex_has(skg_lex lex, const char *s, size_t n) {
  return skg_lex_get(lex, s, n) != NULL;
}

#endif
