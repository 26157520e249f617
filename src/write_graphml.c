/* write_graphml.c: the graph as GraphML for networkx, igraph and Gephi:
   entities are nodes, entity-to-entity facts are directed edges, literal
   facts (alias, partOf, rating) are node attributes. docs/tables.md lists
   the keys. */
#include "write.h"

#include "value_types.h"

#include "write_jsonlist.h"
#include "xmlw.h"

#define XW SKG_XW

/* Types are the spec's own: igraph rejects "integer", and drops a key that
   has no type. The node keys label, type, class and iri come first
   (xmlw.c); the keys of literal predicates (n_alias, ...) come from the
   vocabulary, typed by value_types.h: a count is an int, the average
   rating a double, so that a reader gets numbers, not text. */
static const skg_xmlw_key KEYS[] = {
    {"n_altLabels", "node", "altLabels", "string"},
    {"n_moreValues", "node", "moreValues", "string"},
    {"e_predicate", "edge", "predicate", "string"},
    {"e_label", "edge", "label", "string"},
    {"e_evidence", "edge", "evidence", "int"},
    {"e_rule", "edge", "rule", "string"},
    {"e_sentence", "edge", "sentence", "string"},
    {"e_weight", "edge", "weight", "int"},
};

typedef struct {
  skg_xmlw *x;
  const skg_graph *g;
  const char *base;
  skg_buf id; /* scratch: a key id */
} ctx;

static int put_keys(ctx *c) {
  XW(skg_xmlw_node_keys(c->x));
  XW(skg_xmlw_keys(c->x, KEYS, SKG_ARRAY_LEN(KEYS)));
  for (int p = 0; p < SKG_PRED_COUNT; p++) {
    const skg_pred_info *pi = skg_pred_info_of((skg_pred)p);
    if (!pi->literal)
      continue;
    skg_buf_clear(&c->id);
    skg_buf_printf(&c->id, "n_%s", pi->name);
    skg_xmlw_key k = {skg_buf_str(&c->id), "node", pi->name,
                      skg_value_graphml(skg_pred_value_type((skg_pred)p))};
    XW(skg_xmlw_keys(c->x, &k, 1));
  }
  return 0;
}

static int put_data(ctx *c, const char *key, const char *value) {
  return skg_xmlw_data(c->x, key, value);
}

static bool numeric(skg_value_type t) {
  return t == SKG_VT_INT || t == SKG_VT_DECIMAL;
}

/* The values of one literal predicate of an entity, facts [i, j). A text
   predicate's data is all of them, a JSON array (write_jsonlist.h). A
   numeric one's data is one number, the first value that is one; the
   others (a second score from another page, a value that is no number)
   are added to *more, a JSON object {"name": [values]}, so that a key
   typed int never holds anything but an int. */
static int put_values(ctx *c, size_t i, size_t j, skg_buf *more) {
  const skg_pred_info *pi = skg_pred_info_of(skg_graph_fact_at(c->g, i)->p);
  skg_value_type t = skg_pred_value_type(skg_graph_fact_at(c->g, i)->p);
  skg_buf vals = SKG_BUF_INIT, extra = SKG_BUF_INIT;
  const char *one = NULL;
  for (size_t k = i; k < j; k++) {
    const char *v = skg_sym_str(c->g, skg_graph_fact_at(c->g, k)->lit);
    if (!numeric(t))
      skg_jlist_add(&vals, v);
    else if (!one && skg_value_parses(t, v))
      one = v;
    else
      skg_jlist_add(&extra, v);
  }
  skg_buf_clear(&c->id);
  skg_buf_printf(&c->id, "n_%s", pi->name);
  int rc = 0;
  if (one || vals.len)
    rc = put_data(c, skg_buf_str(&c->id), one ? one : skg_jlist_end(&vals));
  if (extra.len) {
    skg_buf_putc(more, more->len ? ',' : '{');
    skg_buf_printf(more, "\"%s\":%s", pi->name, skg_jlist_end(&extra));
  }
  skg_buf_free(&vals);
  skg_buf_free(&extra);
  return rc;
}

/* The end of the run of literal facts from i on with i's subject and
   predicate: the values of one predicate of one entity. */
static size_t literal_run_end(const skg_graph *g, size_t i) {
  const skg_fact *f = skg_graph_fact_at(g, i);
  size_t j = i + 1;
  for (; j < skg_graph_n_facts(g); j++) {
    const skg_fact *nx = skg_graph_fact_at(g, j);
    if (nx->s != f->s || nx->p != f->p || nx->o != SKG_NONE)
      break;
  }
  return j;
}

/* Writes the literal predicates of entity e (put_values), then
   n_moreValues when a numeric one had more than one value. Facts are
   sorted by subject, then predicate, so e's literals are the facts from
   *next on whose subject is e; *next moves past them for the following
   entity. */
static int put_literals(ctx *c, skg_eid e, size_t *next) {
  size_t n = skg_graph_n_facts(c->g);
  skg_buf more = SKG_BUF_INIT;
  int rc = 0;
  while (rc >= 0 && *next < n && skg_graph_fact_at(c->g, *next)->s <= e) {
    const skg_fact *f = skg_graph_fact_at(c->g, *next);
    size_t j = *next + 1;
    if (f->s < e || f->o != SKG_NONE) {
      *next = j;
      continue;
    }
    j = literal_run_end(c->g, *next);
    rc = put_values(c, *next, j, &more);
    *next = j;
  }
  if (rc >= 0 && more.len) {
    skg_buf_putc(&more, '}');
    rc = put_data(c, "n_moreValues", skg_buf_str(&more));
  }
  skg_buf_free(&more);
  return rc;
}

static int put_alt_labels(ctx *c, const skg_entity *en) {
  if (!en->nalt)
    return 0;
  skg_buf alt = SKG_BUF_INIT;
  for (uint32_t i = 0; i < en->nalt; i++)
    skg_jlist_add(&alt, skg_sym_str(c->g, en->alt[i]));
  int rc = put_data(c, "n_altLabels", skg_jlist_end(&alt));
  skg_buf_free(&alt);
  return rc;
}

static int put_node(ctx *c, skg_eid e, size_t *next) {
  XW(skg_xmlw_node(c->x, c->g, c->base, e));
  XW(put_alt_labels(c, skg_graph_entity_at(c->g, e)));
  XW(put_literals(c, e, next));
  return xmlTextWriterEndElement(c->x->w);
}

/* The weight is the number of sentences that state the fact, at least 1 so
   that a fact added without evidence still counts in weighted measures. */
static int put_edge(ctx *c, const skg_fact *f, size_t n) {
  const skg_pred_info *pi = skg_pred_info_of(f->p);
  char num[32];
  XW(skg_xmlw_edge(c->x, c->g, n, f->s, f->o));
  XW(put_data(c, "e_predicate", pi->name));
  XW(put_data(c, "e_label", pi->label));
  snprintf(num, sizeof num, "%u", f->nstated);
  XW(put_data(c, "e_evidence", num));
  if (f->nev) {
    XW(put_data(c, "e_rule", skg_sym_str(c->g, f->ev[0].rule)));
    XW(put_data(c, "e_sentence", skg_sym_str(c->g, f->ev[0].sentence)));
  }
  snprintf(num, sizeof num, "%u", f->nstated ? f->nstated : 1);
  XW(put_data(c, "e_weight", num));
  return xmlTextWriterEndElement(c->x->w);
}

static int put_graph(ctx *c) {
  XW(skg_xmlw_graph(c->x, true));
  size_t next = 0;
  for (skg_eid e = 0; e < skg_graph_n_entities(c->g); e++)
    XW(put_node(c, e, &next));
  size_t nedge = 0;
  for (size_t i = 0; i < skg_graph_n_facts(c->g); i++) {
    const skg_fact *f = skg_graph_fact_at(c->g, i);
    if (f->o != SKG_NONE)
      XW(put_edge(c, f, nedge++));
  }
  return xmlTextWriterEndElement(c->x->w);
}

static int put_body(skg_xmlw *x, void *data) {
  ctx *c = data;
  c->x = x;
  XW(put_keys(c));
  return put_graph(c);
}

skg_status skg_write_graphml(const skg_graph *g, FILE *out,
                             const skg_write_opts *o, skg_error *err) {
  ctx c = {.g = g, .base = o && o->base ? o->base : SKG_DEFAULT_BASE};
  skg_status st = skg_xmlw_graphml(out, put_body, &c, err);
  skg_buf_free(&c.id);
  return st;
}
