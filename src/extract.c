/* extract.c: the rule driver. Rule families run in a fixed order, the one
   of FAMILIES below and nowhere else: the lead and the reference list first
   (they say what the article is about and which names are publications),
   then cast, crew, reviews and character ties, which resolve names
   against what the earlier families introduced. The context they share
   (evidence, the name table) is xctx.c's. */
#include "extract.h"

#include "skg.h"
#include "weblink.h"
#include "xrules.h"

/* Every rule family, in run order. A family may read what an earlier one
   put in the graph or the name table, never what a later one will. */
static void (*const FAMILIES[])(x_ctx *x) = {
    x_rules_lead,           /* the work, its title and type */
    x_rules_refs,           /* the reference list: publications */
    x_rules_infobox,        /* infobox fields */
    x_rules_news,           /* casting news */
    x_rules_cast,           /* cast lists and cast prose */
    x_rules_roster,         /* cast members the cast readers leave out */
    x_rules_lead_makers,    /* makers named in the sentences about the work,
                               once the reference list is known */
    x_rules_categories,     /* "Category:Films directed by A" */
    x_rules_crew_own,       /* "A composed the film's score" */
    x_rules_crew_awards,    /* "Best Director (A)" */
    x_rules_crew_works,     /* other works the prose names, before the crew */
    x_rules_crew,           /* crew and companies, sentence by sentence */
    x_rules_related_series, /* the series the article's series continues */
    x_rules_reviews,        /* critics, ratings */
    x_rules_ties,           /* character relations */
    x_rules_work_groups,    /* credits stated once for a group of works */
    x_rules_types,          /* kinds from context, once every name is in */
};

skg_status skg_extract(skg_graph *g, const skg_doc *d, skg_error *err) {
  (void)err;
  x_ctx x;
  x_ctx_init(&x, g, d);
  for (size_t i = 0; i < SKG_ARRAY_LEN(FAMILIES); i++)
    FAMILIES[i](&x);
  if (x.subject != SKG_NONE && skg_weblink_is_wikipedia(d->source))
    skg_graph_entity_link(g, x.subject, d->source); /* the page itself */
  x_ctx_free(&x);
  return SKG_OK;
}
