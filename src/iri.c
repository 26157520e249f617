/* iri.c: entity, fact, document, performance and review IRIs. */
#include "iri.h"

#include "norm.h"
#include "vocab.h"

#include <ctype.h>
#include <string.h>

void skg_iri_entity(const skg_graph *g, const char *base, skg_eid e,
                    skg_buf *out) {
  skg_buf_puts(out, base);
  skg_buf_puts(out, skg_sym_str(g, skg_graph_entity_at(g, e)->slug));
}

/* The part of an entity's slug after "class/". */
static const char *bare_slug(const skg_graph *g, skg_eid e) {
  const char *s = skg_sym_str(g, skg_graph_entity_at(g, e)->slug);
  const char *slash = strchr(s, '/');
  return slash ? slash + 1 : s;
}

/* "examples/the-defenders.txt" -> "the-defenders-txt" (docs/rdf-model.md):
   the file's own name, its ASCII punctuation read as word breaks (the key
   would drop it and glue the words). */
void skg_iri_doc(const skg_graph *g, const char *base, uint32_t doc,
                 skg_buf *out) {
  const char *name = skg_sym_str(g, skg_graph_doc(g, doc)->name);
  const char *slash = strrchr(name, '/');
  if (slash && slash[1])
    name = slash + 1;
  skg_buf words = SKG_BUF_INIT, key = SKG_BUF_INIT;
  for (const char *p = name; *p; p++)
    skg_buf_putc(&words, (*p & 0x80) || isalnum((unsigned char)*p) ? *p : ' ');
  skg_norm_key(skg_buf_str(&words), words.len, &key);
  skg_buf_free(&words);
  skg_buf_puts(out, base);
  skg_buf_puts(out, "doc/");
  skg_norm_slug(skg_buf_str(&key), out);
  skg_buf_free(&key);
}

void skg_iri_fact(const skg_graph *g, const char *base, const skg_fact *f,
                  skg_buf *out) {
  skg_buf_puts(out, base);
  skg_buf_puts(out, "fact/");
  skg_buf_puts(out, skg_sym_str(g, skg_graph_entity_at(g, f->s)->slug));
  skg_buf_putc(out, '/');
  skg_buf_puts(out, skg_pred_info_of(f->p)->name);
  skg_buf_putc(out, '/');
  if (f->o != SKG_NONE) {
    skg_buf_puts(out, skg_sym_str(g, skg_graph_entity_at(g, f->o)->slug));
  } else {
    const char *lit = skg_sym_str(g, f->lit);
    skg_buf_puts(out, "literal/");
    skg_norm_pct(lit, strlen(lit), out);
  }
}

void skg_iri_evidence(const char *node, uint32_t n, skg_buf *out) {
  skg_buf_printf(out, "%s/e%u", node, n);
}

void skg_iri_performance(const skg_graph *g, const char *base,
                         const skg_performance *p, skg_buf *out) {
  skg_buf_printf(out, "%sperformance/%s/%s/%s", base, bare_slug(g, p->actor),
                 bare_slug(g, p->character), bare_slug(g, p->work));
}

void skg_iri_review(const skg_graph *g, const char *base, const skg_review *r,
                    skg_buf *out) {
  skg_buf_printf(out, "%sreview/%s/%s", base, bare_slug(g, r->critic),
                 bare_slug(g, r->work));
}

void skg_iri_onto(const char *local, skg_buf *out) {
  skg_buf_puts(out, SKG_ONTO_NS);
  skg_buf_puts(out, local);
}
