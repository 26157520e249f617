/* write_csv.c: the graph as two RFC 4180 tables for pandas, igraph and
   spreadsheets: one row per entity (NAME.nodes.csv) and one row per fact
   (NAME.edges.csv). Ids are the entity slugs, as in GraphML; docs/tables.md
   lists the columns. */
#include "write.h"

#include "buf.h"
#include "iri.h"
#include "tabular.h"
#include "write_jsonlist.h"

#include <string.h>

#define NODE_COLS 6
#define EDGE_COLS 8

static const char *const NODE_HEADER[NODE_COLS] = {
    "id", "label", "type", "class", "iri", "alt_labels"};
static const char *const EDGE_HEADER[EDGE_COLS] = {
    "source",         "predicate", "target",   "value",
    "evidence_count", "rule",      "document", "sentence"};

/* RFC 4180: a field holding a comma, a quote, CR or LF is quoted, its
   quotes doubled. Other fields go out as they are, so ids stay bare.
   Control characters and invalid UTF-8 are replaced first (tabular.c). */
static void put_field(FILE *out, const char *s) {
  skg_buf tmp = SKG_BUF_INIT;
  s = skg_tab_field(s, SKG_TAB_CSV, &tmp);
  if (!s[strcspn(s, ",\"\r\n")]) {
    fputs(s, out);
    skg_buf_free(&tmp);
    return;
  }
  fputc('"', out);
  for (; *s; s++) {
    if (*s == '"')
      fputc('"', out);
    fputc(*s, out);
  }
  fputc('"', out);
  skg_buf_free(&tmp);
}

/* RFC 4180 ends every record, the last one too, with CRLF. */
static void put_row(FILE *out, const char *const *fields, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (i)
      fputc(',', out);
    put_field(out, fields[i]);
  }
  fputs("\r\n", out);
}

/* Write errors stick to the stream; flushing here reports the last ones. */
static skg_status finish(FILE *out, skg_error *err) {
  if (fflush(out) || ferror(out))
    return skg_err(err, SKG_ERR_WRITE, NULL, 0, 0, SIZE_MAX,
                   "CSV: write error");
  return SKG_OK;
}

static const char *slug_of(const skg_graph *g, skg_eid e) {
  return skg_sym_str(g, skg_graph_entity_at(g, e)->slug);
}

static void put_node(const skg_graph *g, FILE *out, const char *base, skg_eid e,
                     skg_buf *iri, skg_buf *alt) {
  const skg_entity *en = skg_graph_entity_at(g, e);
  skg_buf_clear(iri);
  skg_iri_entity(g, base, e, iri);
  skg_buf_clear(alt);
  for (uint32_t i = 0; i < en->nalt; i++)
    skg_jlist_add(alt, skg_sym_str(g, en->alt[i]));
  const char *row[NODE_COLS] = {slug_of(g, e),
                                skg_sym_str(g, en->label),
                                skg_ent_info_of(en->type)->name,
                                skg_class_name(skg_ent_class(en->type)),
                                skg_buf_str(iri),
                                skg_jlist_end(alt)};
  put_row(out, row, NODE_COLS);
}

/* --csv-bom: a UTF-8 byte-order mark first, which spreadsheet programs
   (Excel above all) need to read the file as UTF-8 and not mangle accented
   names; RFC 4180 tools other than those may take it for part of the
   first header. */
static void put_bom(FILE *out, const skg_write_opts *o) {
  if (o && o->csv_bom)
    fputs("\xef\xbb\xbf", out);
}

skg_status skg_write_csv_nodes(const skg_graph *g, FILE *out,
                               const skg_write_opts *o, skg_error *err) {
  const char *base = o && o->base ? o->base : SKG_DEFAULT_BASE;
  skg_buf iri = SKG_BUF_INIT, alt = SKG_BUF_INIT;
  put_bom(out, o);
  put_row(out, NODE_HEADER, NODE_COLS);
  for (skg_eid e = 0; e < skg_graph_n_entities(g); e++)
    put_node(g, out, base, e, &iri, &alt);
  skg_buf_free(&iri);
  skg_buf_free(&alt);
  return finish(out, err);
}

/* Literal facts keep target empty and their object in value; the first
   evidence (when any) gives rule, document and sentence. */
static void put_edge(const skg_graph *g, FILE *out, const skg_fact *f) {
  char nev[16];
  snprintf(nev, sizeof nev, "%u", f->nstated);
  const skg_evidence *ev = f->nev ? &f->ev[0] : NULL;
  const char *row[EDGE_COLS] = {slug_of(g, f->s),
                                skg_pred_info_of(f->p)->name,
                                f->o != SKG_NONE ? slug_of(g, f->o) : "",
                                f->o != SKG_NONE ? "" : skg_sym_str(g, f->lit),
                                nev,
                                ev ? skg_sym_str(g, ev->rule) : "",
                                ev ? skg_iri_doc_label(g, ev->doc)
                                   : "", /* never a local path */
                                ev ? skg_sym_str(g, ev->sentence) : ""};
  put_row(out, row, EDGE_COLS);
}

skg_status skg_write_csv_edges(const skg_graph *g, FILE *out,
                               const skg_write_opts *o, skg_error *err) {
  put_bom(out, o);
  put_row(out, EDGE_HEADER, EDGE_COLS);
  for (size_t i = 0; i < skg_graph_n_facts(g); i++)
    put_edge(g, out, skg_graph_fact_at(g, i));
  return finish(out, err);
}
