/* vocab.c: the tables behind vocab.h; ontology/screenkg.ttl declares the same
   names, and tests/unit/test_vocab.c checks that they agree. */
#include "vocab.h"

#include "skg.h"

#include <string.h>

static const skg_ent_info ENTS[SKG_ENT_COUNT] = {
    [SKG_ENT_SERIES] = {"Series", SKG_CLASS_WORK, 1, "series", "TVSeries",
                        "#f4a261", "box"},
    [SKG_ENT_FILM] = {"Film", SKG_CLASS_WORK, 1, "film", "Movie", "#e76f51",
                      "box"},
    [SKG_ENT_ACTOR] = {"Actor", SKG_CLASS_PERSON, 2, "actor", "Person",
                       "#8ecae6", "ellipse"},
    [SKG_ENT_CRITIC] = {"Critic", SKG_CLASS_PERSON, 1, "critic", "Person",
                        "#b8c0ff", "ellipse"},
    [SKG_ENT_PERSON] = {"Person", SKG_CLASS_PERSON, 0, "person", "Person",
                        "#d9d9d9", "ellipse"},
    [SKG_ENT_CHARACTER] = {"Character", SKG_CLASS_CHARACTER, 0, "character",
                           "Person", "#90be6d", "diamond"},
    [SKG_ENT_COMPANY] = {"Company", SKG_CLASS_ORG, 1, "company",
                         "Organization", "#f9c74f", "hexagon"},
    [SKG_ENT_PUBLICATION] = {"Publication", SKG_CLASS_ORG, 0, "publication",
                             "Organization", "#cdb4db", "note"},
    [SKG_ENT_GROUP] = {"Group", SKG_CLASS_GROUP, 0, "fictional group",
                       "Organization", "#adb5bd", "octagon"},
};

static const skg_pred_info PREDS[SKG_PRED_COUNT] = {
#define X(e, name, value, symmetric, label, schema, wikidata, kind)            \
  [SKG_PRED_##e] = {name,     label,          schema,                          \
                    wikidata, SKG_VT_##value, SKG_VT_##value != SKG_VT_NODE,   \
                    symmetric},
#include "predicates.def"
#undef X
};

static const char *const CLASS_NAMES[SKG_CLASS_COUNT] = {
    "work", "person", "character", "org", "group"};

const skg_ent_info *skg_ent_info_of(skg_ent t) { return &ENTS[t]; }
const skg_pred_info *skg_pred_info_of(skg_pred p) { return &PREDS[p]; }
skg_class skg_ent_class(skg_ent t) { return ENTS[t].cls; }
const char *skg_class_name(skg_class c) { return CLASS_NAMES[c]; }

bool skg_ent_from_name(const char *name, skg_ent *out) {
  for (int i = 0; i < SKG_ENT_COUNT; i++)
    if (strcmp(ENTS[i].name, name) == 0) {
      *out = (skg_ent)i;
      return true;
    }
  return false;
}

/* Asked for the predicate column of lexicon rows many times a document:
   the first byte turns most names away without a call. */
bool skg_pred_from_span(const char *s, size_t n, skg_pred *out) {
  for (int i = 0; n && i < SKG_PRED_COUNT; i++)
    if (PREDS[i].name[0] == s[0] && strlen(PREDS[i].name) == n &&
        memcmp(PREDS[i].name, s, n) == 0) {
      *out = (skg_pred)i;
      return true;
    }
  return false;
}

bool skg_pred_from_name(const char *name, skg_pred *out) {
  return skg_pred_from_span(name, strlen(name), out);
}
