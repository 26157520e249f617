/* write_html_data.c: the facts of the entities an HTML page draws, with
   their sentences and documents, as one JSON object (write_html_data.h)
   that page.js reads for its side panel and edge tooltips. json-c writes
   the JSON, so every string is escaped by the library. A sentence that
   backs several facts is written once (sents) and referred to by index. */
#include "write_html_data.h"

#include "alloc.h"
#include "iri.h"
#include "table.h"
#include "write_dot_view.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const skg_graph *g;
  const unsigned char *keep; /* the diagram's drawn entities */
  json_object *sents, *ents;
  skg_table index; /* sentence symbol -> its place in sents */
  skg_sym *syms;   /* the symbols in sents order */
  size_t nsyms, cap;
} ctx;

static int sym_eq(const void *c, uint32_t rec, const void *probe) {
  return ((const ctx *)c)->syms[rec] == *(const skg_sym *)probe;
}

/* The place of sentence s in sents, added on first sight. */
static size_t sentence_index(ctx *c, skg_sym s) {
  uint64_t h = skg_hash_mix(0, s);
  uint32_t rec = skg_table_get(&c->index, h, sym_eq, c, &s);
  if (rec != UINT32_MAX)
    return rec;
  c->syms = skg_xgrow(c->syms, &c->cap, c->nsyms + 1, sizeof *c->syms);
  c->syms[c->nsyms] = s;
  skg_table_put(&c->index, h, (uint32_t)c->nsyms);
  json_object_array_add(c->sents, json_object_new_string(skg_sym_str(c->g, s)));
  return c->nsyms++;
}

static json_object *str(const char *s) { return json_object_new_string(s); }

/* Adds entity e to ents (once) and returns its slug. */
static const char *entity(ctx *c, skg_eid e) {
  const skg_entity *en = skg_graph_entity_at(c->g, e);
  const char *slug = skg_sym_str(c->g, en->slug);
  if (!json_object_object_get_ex(c->ents, slug, NULL)) {
    json_object *a = json_object_new_array();
    json_object_array_add(a, str(skg_sym_str(c->g, en->label)));
    json_object_array_add(a, str(skg_ent_info_of(en->type)->label));
    json_object_array_add(a, str(skg_class_name(skg_ent_class(en->type))));
    json_object_object_add(c->ents, slug, a);
  }
  return slug;
}

static json_object *fact(ctx *c, const skg_fact *f) {
  json_object *a = json_object_new_array();
  json_object_array_add(a, str(entity(c, f->s)));
  json_object_array_add(a, str(skg_pred_info_of(f->p)->label));
  json_object_array_add(a, f->o == SKG_NONE ? NULL : str(entity(c, f->o)));
  json_object_array_add(a, f->o == SKG_NONE ? str(skg_sym_str(c->g, f->lit))
                                            : NULL);
  json_object *ev = json_object_new_array();
  for (uint32_t i = 0; i < f->nev; i++) {
    json_object *pair = json_object_new_array();
    json_object_array_add(pair, json_object_new_int64((int64_t)sentence_index(
                                    c, f->ev[i].sentence)));
    json_object_array_add(pair, json_object_new_int64(f->ev[i].doc));
    json_object_array_add(ev, pair);
  }
  json_object_array_add(a, ev);
  json_object_array_add(a, json_object_new_int64(f->nstated));
  return a;
}

static json_object *build(ctx *c) {
  json_object *root = json_object_new_object();
  json_object *docs = json_object_new_array();
  for (size_t i = 0; i < skg_graph_n_docs(c->g); i++)
    json_object_array_add(docs, /* its name, never a local path */
                          str(skg_iri_doc_label(c->g, (uint32_t)i)));
  json_object *facts = json_object_new_array();
  for (size_t i = 0; i < skg_graph_n_facts(c->g); i++) {
    const skg_fact *f = skg_graph_fact_at(c->g, i);
    if (c->keep[f->s] || (f->o != SKG_NONE && c->keep[f->o]))
      json_object_array_add(facts, fact(c, f));
  }
  json_object_object_add(root, "docs", docs);
  json_object_object_add(root, "sents", c->sents);
  json_object_object_add(root, "ents", c->ents);
  json_object_object_add(root, "facts", facts);
  return root;
}

/* Marks in keep (one byte per entity) what the diagram of g with o draws;
   false when o is invalid. */
static bool mark_drawn(const skg_graph *g, const skg_write_opts *o,
                       unsigned char *keep) {
  dg_diagram d;
  skg_error err = {0};
  bool ok = dg_prepare(&d, g, o, &err) == SKG_OK;
  for (size_t e = 0; ok && e < skg_graph_n_entities(g); e++)
    keep[e] |= d.keep[e] != 0;
  dg_free(&d);
  return ok;
}

bool skg_html_facts_json(const skg_graph *g, const skg_write_opts *o,
                         const skg_write_opts *o2, skg_buf *out) {
  unsigned char *keep = skg_xcalloc(skg_graph_n_entities(g) + 1, 1);
  bool ok = mark_drawn(g, o, keep) && (!o2 || mark_drawn(g, o2, keep));
  if (ok) {
    ctx c = {.g = g,
             .keep = keep,
             .sents = json_object_new_array(),
             .ents = json_object_new_object()};
    json_object *root = build(&c);
    const char *s = json_object_to_json_string_ext(
        root, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE);
    ok = s != NULL;
    if (ok)
      skg_buf_puts(out, s);
    json_object_put(root);
    skg_table_free(&c.index);
    free(c.syms);
  }
  free(keep);
  return ok;
}
