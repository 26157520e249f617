/* fixture.h: a small hand-made graph that every writer's golden test uses.
   Invented names; awkward characters on purpose (accents, quotes, '&', '<',
   '/'), one of each entity type and most fact kinds. */
#ifndef SKG_FIXTURE_H
#define SKG_FIXTURE_H

#include "graph.h"
#include "harness.h"
#include "write.h"

#include <string.h>

#define FX_ENT(g, t, s) skg_graph_entity(g, t, s, strlen(s))

static skg_graph *fixture_graph(void) {
  skg_graph *g = skg_graph_new();
  uint32_t d = skg_graph_add_doc(g, "fixtures/night-ledger.txt",
                                 "0123456789abcdef0123456789abcdef"
                                 "0123456789abcdef0123456789abcdef",
                                 120);
  const char *s1 = "The Night Ledger stars Élise Marchand as Vera Quill.";
  const char *s2 = "Sam Critic of The Daily Reel gave it 3 out of 5 stars.";
  skg_evidence e1 = {d, 0, 53, 0, 52, skg_graph_intern(g, s1, strlen(s1)),
                     skg_graph_intern(g, "cast-prose", 10), 0, 0};
  skg_evidence e2 = {d, 54, 108, 53, 107, skg_graph_intern(g, s2, strlen(s2)),
                     skg_graph_intern(g, "review", 6), 0, 0};
  skg_eid series = FX_ENT(g, SKG_ENT_SERIES, "The Night Ledger");
  skg_eid film = FX_ENT(g, SKG_ENT_FILM, "Harbor Lights & <Shadows>");
  skg_eid elise = FX_ENT(g, SKG_ENT_ACTOR, "Élise Marchand");
  skg_eid jane = FX_ENT(g, SKG_ENT_ACTOR, "Jane Roe");
  skg_eid vera = FX_ENT(g, SKG_ENT_CHARACTER, "Vera Quill");
  skg_eid tom = FX_ENT(g, SKG_ENT_CHARACTER, "Tom \"Tommy\" Hale");
  skg_eid dir = FX_ENT(g, SKG_ENT_PERSON, "Ada O'Brien");
  skg_eid co = FX_ENT(g, SKG_ENT_COMPANY, "A/B Films, Inc.");
  skg_eid net = FX_ENT(g, SKG_ENT_COMPANY, "StreamCo+");
  skg_eid pub = FX_ENT(g, SKG_ENT_PUBLICATION, "The Daily Reel");
  skg_eid critic = FX_ENT(g, SKG_ENT_CRITIC, "Sam Critic");
  skg_eid order = FX_ENT(g, SKG_ENT_GROUP, "The Order");
  skg_graph_add_label(g, tom, "Tommy Hale", 10);
  skg_graph_add_performance(g, elise, vera, series, &e1);
  skg_graph_add_performance(g, jane, tom, series, NULL);
  skg_graph_add_performance(g, jane, SKG_NONE, film, NULL);
  skg_graph_add_literal(g, vera, SKG_PRED_ALIAS, "The Quill", 9, &e1);
  skg_graph_add_fact(g, series, SKG_PRED_DIRECTOR, dir, NULL);
  skg_graph_add_fact(g, series, SKG_PRED_PRODUCTION_COMPANY, co, NULL);
  skg_graph_add_fact(g, series, SKG_PRED_NETWORK, net, NULL);
  skg_graph_add_fact(g, tom, SKG_PRED_FRIEND_OF, vera, NULL);
  skg_graph_add_fact(g, vera, SKG_PRED_LEADER_OF, order, NULL);
  skg_graph_add_fact(g, tom, SKG_PRED_MEMBER_OF, order, NULL);
  skg_graph_add_literal(g, series, SKG_PRED_PART_OF, "Ledgerverse", 11, NULL);
  skg_graph_add_review(g, critic, pub, series, "3/5", &e2);
  skg_graph_finish(g);
  return g;
}

/* A full disk: writing g with w to /dev/full must fail with SKG_ERR_WRITE
   and a message (containing want, when given). Skipped where /dev/full
   does not exist. */
static inline void fx_full_disk(const skg_graph *g, skg_write_fn w,
                                const skg_write_opts *o, const char *want,
                                const char *what) {
  FILE *full = fopen("/dev/full", "wb");
  if (!full)
    return;
  skg_error err = {0};
  OK(w(g, full, o, &err) == SKG_ERR_WRITE, "%s: a full disk is a write error",
     what);
  OK(err.msg[0] && (!want || strstr(err.msg, want)), "%s: message '%s'", what,
     err.msg);
  fclose(full);
}

#endif
