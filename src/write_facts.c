/* write_facts.c: the flat facts export (docs/facts.md; the form that
   eval/FORMAT.md scores), one fact a line: subject_label, subject_type,
   predicate, object_label, object_type.
   With explain, three more columns say which rule found the fact, where
   (document:byte-byte) and the sentence. */
#include "write.h"

#include "buf.h"
#include "iri.h"
#include "tabular.h"

#include <string.h>

/* A field never holds a tab, a line break, a control character or
   invalid UTF-8 (tabular.c): it would split the line, or the reader. */
static void put_field(FILE *out, const char *s) {
  skg_buf tmp = SKG_BUF_INIT;
  fputs(skg_tab_field(s, SKG_TAB_TSV, &tmp), out);
  skg_buf_free(&tmp);
}

static void put_explain(const skg_graph *g, FILE *out, const skg_evidence *ev,
                        uint32_t nev) {
  if (!nev)
    return;
  const skg_evidence *e = &ev[0];
  fputc('\t', out);
  put_field(out, skg_sym_str(g, e->rule));
  fputc('\t', out);
  put_field(out, skg_iri_doc_label(g, e->doc)); /* never a local path */
  fprintf(out, ":%u-%u\t", e->byte_start, e->byte_end);
  put_field(out, skg_sym_str(g, e->sentence));
}

static void put_entity(const skg_graph *g, FILE *out, skg_eid e) {
  const skg_entity *en = skg_graph_entity_at(g, e);
  put_field(out, skg_sym_str(g, en->label));
  fprintf(out, "\t%s", skg_ent_info_of(en->type)->name);
}

static void put_fact(const skg_graph *g, FILE *out, const skg_fact *f,
                     bool explain) {
  put_entity(g, out, f->s);
  fprintf(out, "\t%s\t", skg_pred_info_of(f->p)->name);
  if (f->o != SKG_NONE) {
    put_entity(g, out, f->o);
  } else {
    put_field(out, skg_sym_str(g, f->lit));
    fputs("\tliteral", out);
  }
  if (explain)
    put_explain(g, out, f->ev, f->nev);
  fputc('\n', out);
}

skg_status skg_write_facts(const skg_graph *g, FILE *out,
                           const skg_write_opts *o, skg_error *err) {
  bool explain = o && o->explain;
  for (skg_eid e = 0; e < skg_graph_n_entities(g); e++) {
    const char *t = skg_ent_info_of(skg_graph_entity_at(g, e)->type)->name;
    put_entity(g, out, e);
    fprintf(out, "\ttype\t%s\ttype\n", t);
  }
  for (size_t i = 0; i < skg_graph_n_facts(g); i++)
    put_fact(g, out, skg_graph_fact_at(g, i), explain);
  if (ferror(out))
    return skg_err(err, SKG_ERR_WRITE, NULL, 0, 0, SIZE_MAX, "write error");
  return SKG_OK;
}
