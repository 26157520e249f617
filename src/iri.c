/* iri.c: entity, fact, document, performance and review IRIs. */
#include "iri.h"

#include "norm.h"
#include "tabular.h"
#include "vocab.h"

#include <stdbool.h>
#include <string.h>

static bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
         (c >= 'A' && c <= 'F');
}

/* The scheme (RFC 3986 3.1: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ))
   and its ':', or 0 when base does not start with one. */
static size_t scheme_len(const char *b) {
  if (!is_alpha(b[0]))
    return 0;
  size_t i = 1;
  while (is_alpha(b[i]) || (b[i] >= '0' && b[i] <= '9') || b[i] == '+' ||
         b[i] == '-' || b[i] == '.')
    i++;
  return b[i] == ':' ? i + 1 : 0;
}

const char *skg_iri_check_abs(const char *base) {
  size_t len = strlen(base), s = scheme_len(base);
  if (!s || s == len)
    return "it has no scheme (as https:) or nothing after it";
  for (const char *p = base; *p; p++) {
    unsigned char c = (unsigned char)*p;
    if (c <= 0x20 || c == 0x7F)
      return "it holds a space or a control character";
    if (strchr("\"'<>\\^`{|}", c))
      return "it holds one of \" ' < > \\ ^ ` { | }";
    if (c == '%' && !(is_hex(p[1]) && is_hex(p[2])))
      return "it holds a '%' not followed by two hex digits";
  }
  skg_buf tmp = SKG_BUF_INIT;
  bool text = skg_tab_field(base, SKG_TAB_TSV, &tmp) == base;
  skg_buf_free(&tmp);
  if (!text)
    return "it holds invalid UTF-8 or a control character";
  return NULL;
}

const char *skg_iri_check_base(const char *base) {
  const char *why = skg_iri_check_abs(base);
  size_t len = strlen(base);
  if (why)
    return why;
  if (base[len - 1] != '/' && base[len - 1] != '#')
    return "it does not end in / or #";
  return NULL;
}

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

/* A document's slug (docs/rdf-model.md, document IRIs): what the page
   says it is, never where the file lies, so that two runs from different
   folders, or two people exporting the same page, give the same IRI.
   A page with an IRI of its own (a wiki page's URL, a canonical link,
   --source-iri) is that IRI without "http://" or "https://", every byte
   outside the unreserved set (RFC 3986 2.3: A-Z a-z 0-9 - . _ ~) encoded,
   '/' too, so the slug is one path segment; any other is "sha256-" and
   the digest of its text. The two never meet: a digest has no '.', an
   encoded IRI always has a "%2F" or a host with a dot. */
static void put_doc_slug(const skg_graph *g, uint32_t doc, skg_buf *out) {
  const skg_document *d = skg_graph_doc(g, doc);
  const char *src = d->source;
  if (!src) {
    char hex[2 * SKG_DIGEST_BYTES + 1];
    skg_buf_puts(out, "sha256-");
    skg_buf_puts(out, skg_document_sha256(d, hex));
    return;
  }
  if (strncmp(src, "https://", 8) == 0)
    src += 8;
  else if (strncmp(src, "http://", 7) == 0)
    src += 7;
  skg_norm_pct(src, strlen(src), out);
}

const char *skg_iri_doc_label(const skg_graph *g, uint32_t doc) {
  const skg_document *d = skg_graph_doc(g, doc);
  if (d->title)
    return d->title;
  const char *name = d->name ? d->name : "";
  const char *slash = strrchr(name, '/');
  return slash && slash[1] ? slash + 1 : name;
}

void skg_iri_doc(const skg_graph *g, const char *base, uint32_t doc,
                 skg_buf *out) {
  skg_buf_puts(out, base);
  skg_buf_puts(out, "doc/");
  put_doc_slug(g, doc, out);
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

/* DOCUMENT/START-END (docs/rdf-model.md, evidence): a sentence is named
   by its document and its byte span, not by the facts it supports or a
   count, so that every fact, performance and review it states shares one
   node, the same whatever else the run read, and the RDF of runs over
   disjoint documents (--shard) merges by concatenation. */
void skg_iri_sentence(const skg_graph *g, const char *base,
                      const skg_evidence *ev, skg_buf *out) {
  skg_iri_doc(g, base, ev->doc, out);
  skg_buf_printf(out, "/%u-%u", ev->byte_start, ev->byte_end);
}

void skg_iri_performance(const skg_graph *g, const char *base,
                         const skg_performance *p, skg_buf *out) {
  skg_buf_printf(out, "%sperformance/%s/%s/%s", base, bare_slug(g, p->actor),
                 bare_slug(g, p->character), bare_slug(g, p->work));
}

/* review/CRITIC/WORK, then the outlet's slug and the rating when known:
   one critic's two reviews of one work differ in one of them (graph.c). */
void skg_iri_review(const skg_graph *g, const char *base, const skg_review *r,
                    skg_buf *out) {
  skg_buf_printf(out, "%sreview/%s/%s", base, bare_slug(g, r->critic),
                 bare_slug(g, r->work));
  if (r->publication != SKG_NONE)
    skg_buf_printf(out, "/%s", bare_slug(g, r->publication));
  if (r->rating) {
    const char *rating = skg_sym_str(g, r->rating);
    skg_buf_puts(out, "/rating-");
    skg_norm_pct(rating, strlen(rating), out);
  }
}

void skg_iri_onto(const char *local, skg_buf *out) {
  skg_buf_puts(out, SKG_ONTO_NS);
  skg_buf_puts(out, local);
}
