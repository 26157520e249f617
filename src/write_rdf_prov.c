/* write_rdf_prov.c: the provenance part of the RDF export
   (docs/rdf-model.md): reified facts, the sentences they cite, the
   documents and the run. A sentence is one oa:SpecificResource with a
   position and a quote selector, written once and shared by every fact,
   performance and review it states. */
#include "write_rdf.h"

#include "alloc.h"
#include "iri.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

/* True when ev[i]'s rule is not among ev[0..i) (lists are short: one
   entry per sentence of a node). */
static bool new_rule(const skg_evidence *ev, uint32_t i) {
  for (uint32_t k = 0; k < i; k++)
    if (ev[k].rule == ev[i].rule)
      return false;
  return true;
}

void rdf_write_evidence(emitter *em, raptor_term *s, const skg_evidence *ev,
                        uint32_t nev) {
  if (s && s->type == RAPTOR_TERM_TYPE_URI &&
      rdf_skips_prefix(em, (const char *)raptor_uri_as_string(s->value.uri)))
    return; /* another Turtle pass's: not even the sentences' IRIs */
  skg_buf b = SKG_BUF_INIT;
  for (uint32_t i = 0; i < nev; i++) {
    skg_buf_clear(&b);
    skg_iri_sentence(em->g, em->base, &ev[i], &b);
    rdf_put_iri(em, s, SKG "evidence", skg_buf_str(&b));
  }
  for (uint32_t i = 0; i < nev; i++)
    if (new_rule(ev, i))
      rdf_put_str(em, s, SKG "rule", skg_sym_str(em->g, ev[i].rule));
  skg_buf_free(&b);
}

/* A fact without evidence (only hand-made graphs have them) gets no
   assertion: an assertion must cite at least one sentence. */
void rdf_write_assertion(emitter *em, const skg_fact *f) {
  if (!f->nev || rdf_on_review(f))
    return;
  skg_buf node = SKG_BUF_INIT, b = SKG_BUF_INIT;
  skg_iri_fact(em->g, em->base, f, &node);
  raptor_term *s = rdf_iri(em, skg_buf_str(&node));
  rdf_put_iri(em, s, RDF "type", SKG "Assertion");
  rdf_put_iri(em, s, RDF "subject", rdf_entity_iri(em, f->s, &b));
  rdf_put_iri(em, s, RDF "predicate",
              rdf_onto_iri(skg_pred_info_of(f->p)->name, &b));
  rdf_emit(em, s, RDF "object", rdf_fact_object(em, f));
  rdf_write_evidence(em, s, f->ev, f->nev);
  rdf_drop(s);
  skg_buf_free(&node);
  skg_buf_free(&b);
}

/* True when ev[i]'s document is not among ev[0..i). */
static bool new_doc(const skg_evidence *ev, uint32_t i) {
  for (uint32_t k = 0; k < i; k++)
    if (ev[k].doc == ev[i].doc)
      return false;
  return true;
}

/* The graph named by a document's IRI says what the document states: one
   quad per fact and document, where reification takes five triples or
   more. A fact without evidence stays in the default graph. */
void rdf_write_fact_graphs(emitter *em, const skg_fact *f) {
  if (rdf_on_review(f))
    return;
  if (!f->nev) {
    rdf_write_fact(em, f);
    return;
  }
  skg_buf b = SKG_BUF_INIT;
  for (uint32_t i = 0; i < f->nev; i++) {
    if (!new_doc(f->ev, i))
      continue;
    em->graph = rdf_iri(em, rdf_doc_iri(em, f->ev[i].doc, &b));
    rdf_write_fact(em, f);
    rdf_drop(em->graph);
    em->graph = NULL;
  }
  skg_buf_free(&b);
}

/* ---- sentences ---- */

/* What is left of one evidence list: the sentences are the merge of all
   cited lists, each already sorted by (document, start, end) (graph.h). A
   heap of lists instead of an array of every piece sorted: with a
   million small documents that array and qsort's copy of it were a
   fifth of the graph's memory (bench/memory.md), written again for
   every Turtle pass. */
typedef struct {
  const skg_evidence *at, *end;
} ev_run;

typedef struct {
  ev_run *v;
  size_t n, cap;
} ev_heap;

static int cmp_ev(const skg_evidence *a, const skg_evidence *b) {
  if (a->doc != b->doc)
    return a->doc < b->doc ? -1 : 1;
  if (a->byte_start != b->byte_start)
    return a->byte_start < b->byte_start ? -1 : 1;
  return (a->byte_end > b->byte_end) - (a->byte_end < b->byte_end);
}

static bool run_less(const ev_heap *h, size_t i, size_t j) {
  return cmp_ev(h->v[i].at, h->v[j].at) < 0;
}

static void swap_runs(ev_heap *h, size_t i, size_t j) {
  ev_run t = h->v[i];
  h->v[i] = h->v[j];
  h->v[j] = t;
}

static void sift_down(ev_heap *h, size_t i) {
  for (;;) {
    size_t l = 2 * i + 1, m = i;
    if (l < h->n && run_less(h, l, m))
      m = l;
    if (l + 1 < h->n && run_less(h, l + 1, m))
      m = l + 1;
    if (m == i)
      return;
    swap_runs(h, i, m);
    i = m;
  }
}

static void add_run(ev_heap *h, const skg_evidence *ev, uint32_t nev) {
  if (!nev)
    return;
  h->v = skg_xgrow(h->v, &h->cap, h->n + 1, sizeof *h->v);
  h->v[h->n++] = (ev_run){ev, ev + nev};
}

/* Every evidence list the export cites, as a heap by first piece. */
static ev_heap cited(const emitter *em) {
  const skg_graph *g = em->g;
  ev_heap h = {0};
  for (size_t i = 0; i < skg_graph_n_facts(g); i++) {
    const skg_fact *f = skg_graph_fact_at(g, i);
    if (!rdf_on_review(f) && !em->graphs) /* quads cite documents */
      add_run(&h, f->ev, f->nev);
  }
  for (size_t i = 0; i < skg_graph_n_performances(g); i++) {
    const skg_performance *p = skg_graph_performance_at(g, i);
    if (rdf_perf_written(p))
      add_run(&h, p->ev, p->nev);
  }
  for (size_t i = 0; i < skg_graph_n_reviews(g); i++) {
    const skg_review *rv = skg_graph_review_at(g, i);
    add_run(&h, rv->ev, rv->nev);
  }
  for (size_t i = h.n / 2; i-- > 0;)
    sift_down(&h, i);
  return h;
}

/* The smallest piece left, moving its list on; NULL when all are done. */
static const skg_evidence *next_piece(ev_heap *h) {
  if (!h->n)
    return NULL;
  const skg_evidence *ev = h->v[0].at++;
  if (h->v[0].at == h->v[0].end)
    h->v[0] = h->v[--h->n];
  sift_down(h, 0);
  return ev;
}

/* The quote: the sentence, and the text around it when the reader gave
   one, so that it can be found again after the offsets have moved. */
static void write_quote(emitter *em, const char *sel, const skg_evidence *ev) {
  raptor_term *s = rdf_iri(em, sel);
  rdf_put_iri(em, s, RDF "type", OA "TextQuoteSelector");
  rdf_put_str(em, s, OA "exact", skg_sym_str(em->g, ev->sentence));
  if (ev->prefix)
    rdf_put_str(em, s, OA "prefix", skg_sym_str(em->g, ev->prefix));
  if (ev->suffix)
    rdf_put_str(em, s, OA "suffix", skg_sym_str(em->g, ev->suffix));
  rdf_drop(s);
}

static void write_position(emitter *em, const char *sel,
                           const skg_evidence *ev) {
  raptor_term *s = rdf_iri(em, sel);
  rdf_put_iri(em, s, RDF "type", OA "TextPositionSelector");
  rdf_put_int(em, s, OA "start", ev->char_start);
  rdf_put_int(em, s, OA "end", ev->char_end);
  rdf_put_int(em, s, SKG "byteStart", ev->byte_start);
  rdf_put_int(em, s, SKG "byteEnd", ev->byte_end);
  rdf_drop(s);
}

static void write_sentence(emitter *em, const skg_evidence *ev) {
  skg_buf node = SKG_BUF_INIT, b = SKG_BUF_INIT, pos = SKG_BUF_INIT,
          quote = SKG_BUF_INIT;
  skg_iri_sentence(em->g, em->base, ev, &node);
  if (rdf_skips_prefix(em, skg_buf_str(&node))) { /* its three subjects */
    skg_buf_free(&node);
    return;
  }
  skg_buf_printf(&pos, "%s/position", skg_buf_str(&node));
  skg_buf_printf(&quote, "%s/quote", skg_buf_str(&node));
  raptor_term *s = rdf_iri(em, skg_buf_str(&node));
  rdf_put_iri(em, s, RDF "type", OA "SpecificResource");
  rdf_put_iri(em, s, OA "hasSource", rdf_doc_iri(em, ev->doc, &b));
  rdf_put_iri(em, s, OA "hasSelector", skg_buf_str(&pos));
  rdf_put_iri(em, s, OA "hasSelector", skg_buf_str(&quote));
  rdf_drop(s);
  write_position(em, skg_buf_str(&pos), ev);
  write_quote(em, skg_buf_str(&quote), ev);
  skg_buf_free(&node);
  skg_buf_free(&b);
  skg_buf_free(&pos);
  skg_buf_free(&quote);
}

/* ---- documents and the run ---- */

static void write_doc(emitter *em, uint32_t i) {
  const skg_document *d = skg_graph_doc(em->g, i);
  skg_buf b = SKG_BUF_INIT;
  char hex[2 * SKG_DIGEST_BYTES + 1];
  if (rdf_skips_prefix(em, rdf_doc_iri(em, i, &b))) {
    skg_buf_free(&b);
    return;
  }
  raptor_term *s = rdf_iri(em, skg_buf_str(&b));
  rdf_put_iri(em, s, RDF "type", SKG "Document");
  rdf_put_iri(em, s, RDF "type", PROV "Entity");
  rdf_put_str(em, s, RDFS "label", skg_iri_doc_label(em->g, i));
  if (d->source)
    rdf_put_iri(em, s, SCHEMA "url", d->source);
  rdf_put_str(em, s, SKG "sha256", skg_document_sha256(d, hex));
  rdf_put_int(em, s, SKG "characters", d->chars);
  rdf_drop(s);
  skg_buf_free(&b);
}

/* The run's time: SOURCE_DATE_EPOCH (reproducible-builds.org) as an
   xsd:dateTime in UTC, or "" when it is unset or not a number of seconds.
   Never the clock: the same input gives the same bytes (STYLE.md). */
static void run_time(char out[32]) {
  const char *e = getenv("SOURCE_DATE_EPOCH");
  out[0] = '\0';
  if (!e || !*e || strlen(e) > 15 || strspn(e, "0123456789") != strlen(e))
    return;
  time_t t = (time_t)strtoll(e, NULL, 10);
  struct tm tm;
  if (gmtime_r(&t, &tm))
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* The run (a prov:Activity) and the tool (a prov:SoftwareAgent), once
   per export; named by the version and the time, so that shards of one
   run (--shard, the same SOURCE_DATE_EPOCH) describe one activity. */
static void write_run_head(emitter *em, const char *run, const char *when) {
  skg_buf tool = SKG_BUF_INIT;
  skg_buf_printf(&tool, "%stool/screenkg-%s", em->base, SKG_VERSION);
  raptor_term *s = rdf_iri(em, run);
  rdf_put_iri(em, s, RDF "type", PROV "Activity");
  rdf_put_iri(em, s, PROV "wasAssociatedWith", skg_buf_str(&tool));
  if (*when)
    rdf_emit(em, s, PROV "startedAtTime", rdf_typed(em, when, "dateTime"));
  rdf_drop(s);
  s = rdf_iri(em, skg_buf_str(&tool));
  rdf_put_iri(em, s, RDF "type", PROV "SoftwareAgent");
  rdf_put_str(em, s, RDFS "label", "screenkg");
  rdf_put_str(em, s, SCHEMA "softwareVersion", SKG_VERSION);
  rdf_drop(s);
  skg_buf_free(&tool);
}

/* A graph without documents (an empty shard) says nothing, not even the
   run: its output stays empty. */
static void write_run(emitter *em) {
  if (!skg_graph_n_docs(em->g))
    return;
  char when[32];
  run_time(when);
  skg_buf run = SKG_BUF_INIT, b = SKG_BUF_INIT;
  skg_buf_printf(&run, "%srun/screenkg-%s", em->base, SKG_VERSION);
  if (*when)
    skg_buf_printf(&run, "/%s", getenv("SOURCE_DATE_EPOCH"));
  if (!em->run_written)
    write_run_head(em, skg_buf_str(&run), when);
  em->run_written = true;
  raptor_term *s = rdf_iri(em, skg_buf_str(&run));
  bool skip = rdf_skips_prefix(em, skg_buf_str(&run)); /* another pass's */
  for (size_t i = 0; !skip && i < skg_graph_n_docs(em->g); i++)
    rdf_put_iri(em, s, PROV "used", rdf_doc_iri(em, (uint32_t)i, &b));
  rdf_drop(s);
  skg_buf_free(&run);
  skg_buf_free(&b);
}

void rdf_write_sources(emitter *em) {
  ev_heap h = cited(em);
  const skg_evidence *last = NULL;
  skg_buf doc = SKG_BUF_INIT;
  bool skip_doc = false;
  for (const skg_evidence *ev; (ev = next_piece(&h)); last = ev) {
    if (!last || last->doc != ev->doc) /* a sentence's IRI begins so */
      skip_doc = rdf_skips_prefix(em, rdf_doc_iri(em, ev->doc, &doc));
    if (!skip_doc && (!last || cmp_ev(last, ev) != 0))
      write_sentence(em, ev);
  }
  skg_buf_free(&doc);
  free(h.v);
  for (size_t i = 0; i < skg_graph_n_docs(em->g); i++)
    write_doc(em, (uint32_t)i);
  write_run(em);
}
