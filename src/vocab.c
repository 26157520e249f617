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
    [SKG_PRED_PORTRAYS] = {"portrays", false, false, "portrays", NULL, NULL},
    [SKG_PRED_CAST_MEMBER] = {"castMember", false, false, "cast member",
                              "actor", "P161"},
    [SKG_PRED_HAS_CHARACTER] = {"hasCharacter", false, false, "has character",
                                "character", "P674"},
    [SKG_PRED_ALIAS] = {"alias", true, false, "alias", "alternateName", NULL},
    [SKG_PRED_CREATOR] = {"creator", false, false, "creator", "creator",
                          "P170"},
    [SKG_PRED_SHOWRUNNER] = {"showrunner", false, false, "showrunner",
                             "producer", NULL},
    [SKG_PRED_EXECUTIVE_PRODUCER] = {"executiveProducer", false, false,
                                     "executive producer", "producer",
                                     "P1431"},
    [SKG_PRED_PRODUCER] = {"producer", false, false, "producer", "producer",
                           "P162"},
    [SKG_PRED_DIRECTOR] = {"director", false, false, "director", "director",
                           "P57"},
    [SKG_PRED_WRITER] = {"writer", false, false, "writer", "author", "P58"},
    [SKG_PRED_CINEMATOGRAPHER] = {"cinematographer", false, false,
                                  "cinematographer", "contributor", "P344"},
    [SKG_PRED_PRODUCTION_DESIGNER] = {"productionDesigner", false, false,
                                      "production designer", "contributor",
                                      "P2554"},
    [SKG_PRED_COSTUME_DESIGNER] = {"costumeDesigner", false, false,
                                   "costume designer", "contributor",
                                   "P2515"},
    [SKG_PRED_COMPOSER] = {"composer", false, false, "composer", "musicBy",
                           "P86"},
    [SKG_PRED_PRODUCTION_COMPANY] = {"productionCompany", false, false,
                                     "production company",
                                     "productionCompany", "P272"},
    [SKG_PRED_NETWORK] = {"network", false, false, "original network", NULL,
                          "P449"},
    [SKG_PRED_RELATED_SERIES] = {"relatedSeries", false, true,
                                 "related series", "isRelatedTo", NULL},
    [SKG_PRED_PART_OF] = {"partOf", true, false, "part of franchise", NULL,
                          "P179"},
    [SKG_PRED_REVIEWED] = {"reviewed", false, false, "reviewed", NULL, NULL},
    [SKG_PRED_WRITES_FOR] = {"writesFor", false, false, "writes for",
                             "affiliation", NULL},
    [SKG_PRED_RATING] = {"rating", true, false, "rating given", NULL, NULL},
    [SKG_PRED_WORKS_FOR] = {"worksFor", false, false, "works for", "worksFor",
                            "P108"},
    [SKG_PRED_FRIEND_OF] = {"friendOf", false, true, "friend of", NULL, NULL},
    [SKG_PRED_LOVER_OF] = {"loverOf", false, true, "lover of", NULL, NULL},
    [SKG_PRED_MENTOR_OF] = {"mentorOf", false, false, "mentor of", NULL, NULL},
    [SKG_PRED_ALLY_OF] = {"allyOf", false, true, "ally of", NULL, NULL},
    [SKG_PRED_NEIGHBOR_OF] = {"neighborOf", false, true, "neighbour of", NULL,
                              NULL},
    [SKG_PRED_EMPLOYEE_OF] = {"employeeOf", false, false, "employee of", NULL,
                              NULL},
    [SKG_PRED_SIBLING_OF] = {"siblingOf", false, true, "sibling of", "sibling",
                             "P3373"},
    [SKG_PRED_PARENT_OF] = {"parentOf", false, false, "parent of", "children",
                            "P40"},
    [SKG_PRED_COLLEAGUE_OF] = {"colleagueOf", false, true, "colleague of",
                               "colleague", NULL},
    [SKG_PRED_MEMBER_OF] = {"memberOf", false, false, "member of", "memberOf",
                            "P463"},
    [SKG_PRED_LEADER_OF] = {"leaderOf", false, false, "leader of", NULL,
                            NULL},
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

bool skg_pred_from_name(const char *name, skg_pred *out) {
  for (int i = 0; i < SKG_PRED_COUNT; i++)
    if (strcmp(PREDS[i].name, name) == 0) {
      *out = (skg_pred)i;
      return true;
    }
  return false;
}
