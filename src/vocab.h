/* vocab.h: the scored vocabulary (entity types, predicates) and its IRIs.
   One table per enum; writers and the ontology share these names. */
#ifndef SKG_VOCAB_H
#define SKG_VOCAB_H

#include <stdbool.h>
#include <stddef.h>

#define SKG_ONTO_NS "https://w3id.org/screenkg/ontology#"
#define SKG_DEFAULT_BASE "https://w3id.org/screenkg/id/"

/* Coarse classes decide identity: the series "Luke Cage" and the character
   "Luke Cage" are two entities because their classes differ. */
typedef enum {
  SKG_CLASS_WORK,
  SKG_CLASS_PERSON,
  SKG_CLASS_CHARACTER,
  SKG_CLASS_ORG,
  SKG_CLASS_GROUP,
  SKG_CLASS_COUNT
} skg_class;

typedef enum {
  SKG_ENT_SERIES,
  SKG_ENT_FILM,
  SKG_ENT_ACTOR,
  SKG_ENT_CRITIC,
  SKG_ENT_PERSON,
  SKG_ENT_CHARACTER,
  SKG_ENT_COMPANY,
  SKG_ENT_PUBLICATION,
  SKG_ENT_GROUP,
  SKG_ENT_COUNT
} skg_ent;

/* One enum constant per row of predicates.def. */
typedef enum {
#define X(e, name, value, symmetric, label, schema, wikidata, kind)         \
  SKG_PRED_##e,
#include "predicates.def"
#undef X
  SKG_PRED_COUNT
} skg_pred;

typedef struct {
  const char *name;   /* facts-export name and ontology local name */
  skg_class cls;      /* identity class */
  int rank;           /* when two types of one class meet, the higher wins */
  const char *label;  /* English label */
  const char *schema; /* schema.org class it refines, or NULL */
  const char *colour; /* diagram fill colour */
  const char *shape;  /* diagram node shape */
} skg_ent_info;

/* What a predicate's object is: predicates.def's value column. */
typedef enum {
  SKG_VT_NODE,     /* an entity */
  SKG_VT_TEXT,     /* English text (alias, genre) */
  SKG_VT_CODE,     /* a code or id, no language (rating "3/5", imdbId) */
  SKG_VT_DATE,     /* xsd:date lexical form, "2017-07-31" */
  SKG_VT_DURATION, /* xsd:duration lexical form, "PT124M" */
  SKG_VT_INT,      /* a count or a score, "78" */
  SKG_VT_DECIMAL,  /* a decimal with its fraction, "6.60" */
} skg_value_type;

typedef struct {
  const char *name;     /* facts-export name and ontology local name */
  const char *label;    /* English label, also the diagram edge label */
  const char *schema;   /* schema.org property it refines, or NULL */
  const char *wikidata; /* Wikidata property id ("P161"), or NULL */
  skg_value_type value; /* what the object is */
  bool literal;         /* object is a literal: value is not SKG_VT_NODE */
  bool symmetric;       /* a p b == b p a */
} skg_pred_info;

const skg_ent_info *skg_ent_info_of(skg_ent t);
const skg_pred_info *skg_pred_info_of(skg_pred p);
skg_class skg_ent_class(skg_ent t);
const char *skg_class_name(skg_class c); /* "work", "person", ... */
/* Look-ups by name (exact, as in the facts export); false when unknown. */
bool skg_ent_from_name(const char *name, skg_ent *out);
bool skg_pred_from_name(const char *name, skg_pred *out);
/* The same for the name s[0..n), a part of a longer value ("writer" of
   "writer,producer" or of "writer\tverb"). */
bool skg_pred_from_span(const char *s, size_t n, skg_pred *out);

#endif
