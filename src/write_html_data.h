/* write_html_data.h: the facts behind the HTML page's side panel and edge
   tooltips, as JSON (write_html_data.c), for write_html.c. */
#ifndef SKG_WRITE_HTML_DATA_H
#define SKG_WRITE_HTML_DATA_H

#include "buf.h"
#include "graph.h"
#include "write.h"

/* Appends to out the JSON object page.js reads: every fact with an end
   among the entities the diagram of g with o draws (or, when o2 is not
   NULL, the diagram with o2: the page's second tab), with its sentences
   and their documents, and the entities those facts name:

     {"docs": [NAME, ...], "sents": [TEXT, ...],
      "ents": {SLUG: [LABEL, TYPE, CLASS], ...},
      "facts": [[S, PREDICATE LABEL, O or null, LITERAL or null,
                 [[SENTENCE, DOC], ...], STATED], ...]}

   S and O are slugs (the SVG node titles), SENTENCE and DOC indices into
   sents and docs, STATED the number of sentences that state the fact
   (more than listed when the run kept only the first document's).
   Returns false when o draws nothing valid (an unknown view: the diagram
   writer reports that) or json-c fails; out is then unchanged. */
bool skg_html_facts_json(const skg_graph *g, const skg_write_opts *o,
                         const skg_write_opts *o2, skg_buf *out);

#endif
