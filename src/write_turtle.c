/* write_turtle.c: the RDF export of docs/rdf-model.md, as Turtle or
   N-Triples, written by raptor2's serializers (never by hand). */
#include "write.h"

#include "alloc.h"
#include "buf.h"
#include "iri.h"
#include "value_types.h"
#include "weblink.h"
#include "write_rdf.h"
#include "write_turtle_split.h"

#include <errno.h>
#include <raptor2.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Declared in this order, so the Turtle header never changes; the entity
   base gets the prefix "kg" (added last, it depends on the options). rdf:
   is missing on purpose: raptor's Turtle serializer declares it first by
   itself and refuses a second declaration. */
static const struct {
  const char *prefix, *iri;
} PREFIXES[] = {
    {"skg", SKG},   {"schema", SCHEMA}, {"rdfs", RDFS},
    {"owl", OWL},   {"xsd", XSD},       {"skos", SKOS},
    {"prov", PROV}, {"oa", OA},         {"wdt", WDT},
};

/* ---- output ----
   raptor's own file-handle stream calls fputc, which locks the FILE, for
   every byte of every IRI; this stream gathers raptor's bytes into 64 kB
   blocks for one fwrite each, which takes a large export's writing time
   down by about a third. A write error is remembered and reported at the
   end (the error status is sticky, like em->st). */

enum { BLOCK = 64 * 1024 };

static void out_fail(emitter *em) {
  em->out_failed = true;
  em->out_errno = errno;
}

static int out_flush(emitter *em) {
  if (em->nblock && !em->out_failed &&
      fwrite(em->block, 1, em->nblock, em->out) != em->nblock)
    out_fail(em);
  em->nblock = 0;
  return em->out_failed;
}

static int out_byte(void *ctx, const int byte) {
  emitter *em = ctx;
  if (em->skip) { /* a later pass's header */
    em->skip--;
    em->skipped++;
    return 0;
  }
  if (em->nblock == BLOCK && out_flush(em))
    return 1;
  em->block[em->nblock++] = (unsigned char)byte;
  return 0;
}

/* Returns the number of items written, as fwrite does (raptor's own file
   stream returns fwrite's count, and raptor passes it on). */
static int out_bytes(void *ctx, const void *ptr, size_t size, size_t nmemb) {
  emitter *em = ctx;
  size_t len = size * nmemb;
  if (em->skip) { /* a later pass's header */
    size_t n = len < em->skip ? len : em->skip;
    em->skip -= n;
    em->skipped += n;
    ptr = (const char *)ptr + n;
    len -= n;
  }
  if (len > BLOCK - em->nblock && out_flush(em))
    return 0;
  if (len >= BLOCK) {
    if (fwrite(ptr, 1, len, em->out) != len)
      out_fail(em);
  } else {
    memcpy(em->block + em->nblock, ptr, len);
    em->nblock += len;
  }
  return em->out_failed ? 0 : (int)nmemb;
}

static int out_end(void *ctx) { return out_flush(ctx); }

static const raptor_iostream_handler OUT_HANDLER = {
    .version = 2,
    .write_byte = out_byte,
    .write_bytes = out_bytes,
    .write_end = out_end,
};

/* Writes what raptor gave so far to the FILE and flushes it; false on a
   write error. */
static bool out_sync(emitter *em) {
  out_flush(em);
  if (!em->out_failed && (fflush(em->out) != 0 || ferror(em->out)))
    out_fail(em);
  return !em->out_failed;
}

/* raptor reports through the world's log handler; keep the first error
   for skg_error instead of letting raptor print it. */
static void on_log(void *data, raptor_log_message *m) {
  emitter *em = data;
  if (m->level < RAPTOR_LOG_LEVEL_ERROR || em->msg[0])
    return;
  snprintf(em->msg, sizeof em->msg, "%s", m->text ? m->text : "raptor error");
}

/* raptor's free functions complain on stderr about NULL, so guard them. */
void rdf_drop(raptor_term *t) {
  if (t)
    raptor_free_term(t);
}

raptor_term *rdf_iri(emitter *em, const char *s) {
  return raptor_new_term_from_uri_string(em->world, (const unsigned char *)s);
}

/* A literal: plain (dt and lang NULL), typed, or language-tagged. */
static raptor_term *lit(emitter *em, const char *s, raptor_uri *dt,
                        const char *lang) {
  return raptor_new_term_from_counted_literal(
      em->world, (const unsigned char *)s, strlen(s), dt,
      (const unsigned char *)lang, lang ? (unsigned char)strlen(lang) : 0);
}

raptor_term *rdf_typed(emitter *em, const char *s, const char *type) {
  char dt[64];
  snprintf(dt, sizeof dt, XSD "%s", type);
  raptor_uri *u = raptor_new_uri(em->world, (const unsigned char *)dt);
  raptor_term *t = u ? lit(em, s, u, NULL) : NULL;
  if (u)
    raptor_free_uri(u);
  return t;
}

/* True when the statement (s, p, o) belongs to another Turtle pass (or to
   none, in the survey, which counts it here): then the object term is not
   even made, so that a pass costs little more than its own statements. o
   is the object's text (write_turtle_split.h). */
static bool other_pass(emitter *em, raptor_term *s, const char *p,
                       const char *o) {
  return !em->st && s && !rdf_split_keeps(em->split, s, p, o);
}

/* The text other_pass orders a made object by: its IRI or lexical form. */
static const char *term_text(const raptor_term *o) {
  if (!o)
    return NULL;
  if (o->type == RAPTOR_TERM_TYPE_URI)
    return (const char *)raptor_uri_as_string(o->value.uri);
  if (o->type == RAPTOR_TERM_TYPE_LITERAL)
    return (const char *)o->value.literal.string;
  return NULL;
}

bool rdf_skips_prefix(const emitter *em, const char *prefix) {
  return !em->st && rdf_split_skips_prefix(em->split, prefix);
}

/* Serializes s p o once other_pass said yes. Borrows s, takes o; a NULL
   term is raptor out of memory. */
static void emit_kept(emitter *em, raptor_term *s, const char *p,
                      raptor_term *o) {
  raptor_term *pt = NULL;
  if (em->st || !s || !o || !(pt = rdf_iri(em, p))) {
    if (!em->st)
      em->st = SKG_ERR_NOMEM;
    rdf_drop(o);
    return;
  }
  /* The statement owns its terms from here on, even when it is NULL. */
  raptor_statement *t = raptor_new_statement_from_nodes(
      em->world, raptor_term_copy(s), pt, o,
      em->graph ? raptor_term_copy(em->graph) : NULL);
  if (!t)
    em->st = SKG_ERR_NOMEM;
  else if (raptor_serializer_serialize_statement(em->ser, t))
    em->st = SKG_ERR_WRITE;
  if (t)
    raptor_free_statement(t);
}

void rdf_emit(emitter *em, raptor_term *s, const char *p, raptor_term *o) {
  if (other_pass(em, s, p, term_text(o)))
    rdf_drop(o);
  else
    emit_kept(em, s, p, o);
}

void rdf_put_iri(emitter *em, raptor_term *s, const char *p, const char *o) {
  if (!other_pass(em, s, p, o))
    emit_kept(em, s, p, rdf_iri(em, o));
}

void rdf_put_str(emitter *em, raptor_term *s, const char *p, const char *o) {
  if (!other_pass(em, s, p, o))
    emit_kept(em, s, p, lit(em, o, NULL, NULL));
}

/* Names and labels are English text. */
static void put_en(emitter *em, raptor_term *s, const char *p, const char *o) {
  if (!other_pass(em, s, p, o))
    emit_kept(em, s, p, lit(em, o, NULL, "en"));
}

/* n in decimal into out[32]; snprintf's cost showed in the Turtle passes,
   which ask for the text of every number to place it in a pass. */
static const char *decimal(size_t n, char out[32]) {
  char *c = out + 31;
  *c = '\0';
  do
    *--c = (char)('0' + n % 10);
  while ((n /= 10));
  return c;
}

void rdf_put_int(emitter *em, raptor_term *s, const char *p, size_t n) {
  char buf[32];
  const char *text = decimal(n, buf);
  if (!other_pass(em, s, p, text))
    emit_kept(em, s, p, lit(em, text, em->xsd_integer, NULL));
}

const char *rdf_entity_iri(emitter *em, skg_eid e, skg_buf *b) {
  skg_buf_clear(b);
  skg_iri_entity(em->g, em->base, e, b);
  return skg_buf_str(b);
}

const char *rdf_doc_iri(emitter *em, uint32_t doc, skg_buf *b) {
  skg_buf_clear(b);
  skg_iri_doc(em->g, em->base, doc, b);
  return skg_buf_str(b);
}

const char *rdf_onto_iri(const char *local, skg_buf *b) {
  skg_buf_clear(b);
  skg_iri_onto(local, b);
  return skg_buf_str(b);
}

static const char *label(emitter *em, skg_eid e) {
  return skg_sym_str(em->g, skg_graph_entity_at(em->g, e)->label);
}

/* Works, people and companies carry their schema.org class as well
   (schema:TVSeries, schema:Movie, schema:Person, schema:Organization), so a
   schema.org query finds them without a reasoner; characters and
   fictional groups do not: they are not real people or organisations. */
static bool schema_typed(skg_ent t) {
  return t != SKG_ENT_CHARACTER && t != SKG_ENT_GROUP &&
         skg_ent_info_of(t)->schema;
}

/* An entity a wiki page links: its Wikipedia page (schema:sameAs, the
   page about it) and its DBpedia resource (owl:sameAs, the same thing). */
static void write_same_as(emitter *em, raptor_term *s, const char *page) {
  skg_buf b = SKG_BUF_INIT;
  rdf_put_iri(em, s, SCHEMA "sameAs", page);
  if (skg_weblink_dbpedia_of(page, &b))
    rdf_put_iri(em, s, OWL "sameAs", skg_buf_str(&b));
  skg_buf_free(&b);
}

static void write_entity(emitter *em, skg_eid e) {
  const skg_entity *en = skg_graph_entity_at(em->g, e);
  skg_buf b = SKG_BUF_INIT;
  raptor_term *s = rdf_iri(em, rdf_entity_iri(em, e, &b));
  const skg_ent_info *t = skg_ent_info_of(en->type);
  rdf_put_iri(em, s, RDF "type", rdf_onto_iri(t->name, &b));
  if (schema_typed(en->type)) { /* found without inference */
    skg_buf_clear(&b);
    skg_buf_printf(&b, SCHEMA "%s", t->schema);
    rdf_put_iri(em, s, RDF "type", skg_buf_str(&b));
  }
  put_en(em, s, RDFS "label", skg_sym_str(em->g, en->label));
  for (uint32_t i = 0; i < en->nalt; i++)
    put_en(em, s, SKOS "altLabel", skg_sym_str(em->g, en->alt[i]));
  if (en->same_as) /* links out: the web of data can join on these */
    write_same_as(em, s, skg_sym_str(em->g, en->same_as));
  rdf_drop(s);
  skg_buf_free(&b);
}

/* The XML Schema datatype of a literal predicate whose value is no text
   (the extractor, extract_literals.c, wrote its lexical form), or NULL:
   value_types.c, the table the GraphML writer types its keys by too. */
static const char *literal_datatype(skg_pred p) {
  return skg_value_xsd(skg_pred_value_type(p));
}

/* A fact's object: an entity, or a literal. Literals are English text,
   except a rating ("3/5"), which is a plain string, and the typed values
   of literal_datatype (a date, a count). */
raptor_term *rdf_fact_object(emitter *em, const skg_fact *f) {
  skg_buf b = SKG_BUF_INIT;
  raptor_term *o;
  const char *dt = literal_datatype(f->p);
  if (f->o != SKG_NONE)
    o = rdf_iri(em, rdf_entity_iri(em, f->o, &b));
  else if (dt)
    o = rdf_typed(em, skg_sym_str(em->g, f->lit), dt);
  else
    o = lit(em, skg_sym_str(em->g, f->lit), NULL,
            skg_pred_value_type(f->p) == SKG_VT_CODE ? NULL : "en");
  skg_buf_free(&b);
  return o;
}

/* The aggregator scores as schema.org has them: one schema:AggregateRating
   node per score, WORK/rating/NAME, with its scale; the count of reviews
   (skg:approvalReviews) is that of both Rotten Tomatoes scores. */
static void write_aggregate(emitter *em, raptor_term *work, const skg_fact *f) {
  /* type: of the value and the best, as the facts have them (an average
     is a decimal with its fraction: raptor writes "10"^^xsd:decimal as
     the Turtle integer 10) */
  static const struct {
    skg_pred p;
    const char *node, *name, *best, *type;
  } SCORES[] = {
      {SKG_PRED_APPROVAL_RATING, "rotten-tomatoes-approval",
       "Rotten Tomatoes approval rating", "100", "integer"},
      {SKG_PRED_AVERAGE_RATING, "rotten-tomatoes-average",
       "Rotten Tomatoes average rating", "10.0", "decimal"},
      {SKG_PRED_METASCORE, "metacritic", "Metacritic score", "100", "integer"}};
  const char *v = skg_sym_str(em->g, f->lit);
  skg_buf b = SKG_BUF_INIT, w = SKG_BUF_INIT;
  rdf_entity_iri(em, f->s, &w);
  for (size_t i = 0; i < SKG_ARRAY_LEN(SCORES); i++) {
    bool counted = f->p == SKG_PRED_APPROVAL_REVIEWS && i < 2;
    if (f->p != SCORES[i].p && !counted)
      continue;
    skg_buf_clear(&b);
    skg_buf_puts(&b, skg_buf_str(&w));
    skg_buf_puts(&b, "/rating/");
    skg_buf_puts(&b, SCORES[i].node);
    raptor_term *r = rdf_iri(em, skg_buf_str(&b));
    if (counted) {
      rdf_emit(em, r, SCHEMA "reviewCount", rdf_typed(em, v, "integer"));
    } else {
      rdf_put_iri(em, work, SCHEMA "aggregateRating", skg_buf_str(&b));
      rdf_put_iri(em, r, RDF "type", SCHEMA "AggregateRating");
      put_en(em, r, SCHEMA "name", SCORES[i].name);
      rdf_emit(em, r, SCHEMA "ratingValue", rdf_typed(em, v, SCORES[i].type));
      rdf_emit(em, r, SCHEMA "bestRating",
               rdf_typed(em, SCORES[i].best, SCORES[i].type));
    }
    rdf_drop(r);
  }
  skg_buf_free(&b);
  skg_buf_free(&w);
}

/* A work's id as a link out: the IMDb page (schema:sameAs: a page that
   identifies the work, not the work itself) or the Wikidata item
   (owl:sameAs: the same thing); its scores as schema:AggregateRating. */
static void write_derived(emitter *em, raptor_term *s, const skg_fact *f) {
  const char *id = skg_sym_str(em->g, f->lit);
  skg_buf b = SKG_BUF_INIT;
  write_aggregate(em, s, f);
  if (f->p == SKG_PRED_IMDB_ID) {
    skg_buf_puts(&b, "https://www.imdb.com/title/");
    skg_buf_puts(&b, id);
    skg_buf_puts(&b, "/");
    rdf_put_iri(em, s, SCHEMA "sameAs", skg_buf_str(&b));
  } else if (f->p == SKG_PRED_WIKIDATA_ITEM) {
    skg_buf_puts(&b, "http://www.wikidata.org/entity/");
    skg_buf_puts(&b, id);
    rdf_put_iri(em, s, OWL "sameAs", skg_buf_str(&b));
  }
  skg_buf_free(&b);
}

/* What a work's id or score implies beyond its fact (write_derived), in
   the default graph: not a fact of its own, so not in a document's graph
   of the N-Quads. */
static void write_fact_links(emitter *em, const skg_fact *f) {
  if (f->o != SKG_NONE)
    return;
  skg_buf b = SKG_BUF_INIT;
  raptor_term *s = rdf_iri(em, rdf_entity_iri(em, f->s, &b));
  write_derived(em, s, f);
  rdf_drop(s);
  skg_buf_free(&b);
}

/* A critic's rating is said by the review node (skg:rating there, and its
   schema:Rating): on the critic, two reviews' ratings could not be told
   apart. */
bool rdf_on_review(const skg_fact *f) { return f->p == SKG_PRED_RATING; }

void rdf_write_fact(emitter *em, const skg_fact *f) {
  if (rdf_on_review(f))
    return;
  skg_buf b = SKG_BUF_INIT, p = SKG_BUF_INIT;
  raptor_term *s = rdf_iri(em, rdf_entity_iri(em, f->s, &b));
  rdf_emit(em, s, rdf_onto_iri(skg_pred_info_of(f->p)->name, &p),
           rdf_fact_object(em, f));
  rdf_drop(s);
  skg_buf_free(&b);
  skg_buf_free(&p);
}

bool rdf_perf_written(const skg_performance *p) {
  return p->actor != SKG_NONE && p->character != SKG_NONE &&
         p->work != SKG_NONE;
}

static void write_performance(emitter *em, const skg_performance *p) {
  if (!rdf_perf_written(p))
    return;
  skg_buf node = SKG_BUF_INIT, b = SKG_BUF_INIT;
  skg_iri_performance(em->g, em->base, p, &node);
  raptor_term *s = rdf_iri(em, skg_buf_str(&node));
  rdf_put_iri(em, s, RDF "type", SKG "Performance");
  rdf_put_iri(em, s, SKG "performer", rdf_entity_iri(em, p->actor, &b));
  rdf_put_iri(em, s, SKG "character", rdf_entity_iri(em, p->character, &b));
  rdf_put_iri(em, s, SKG "work", rdf_entity_iri(em, p->work, &b));
  put_en(em, s, SCHEMA "characterName", label(em, p->character));
  if (em->provenance)
    rdf_write_evidence(em, s, p->ev, p->nev);
  rdf_drop(s);
  skg_buf_free(&node);
  skg_buf_free(&b);
}

/* Length of the xsd:decimal at s (digits, optionally '.' and digits), or 0. */
static size_t decimal_len(const char *s) {
  size_t n = strspn(s, "0123456789");
  if (n && s[n] == '.') {
    size_t frac = strspn(s + n + 1, "0123456789");
    return frac ? n + 1 + frac : 0;
  }
  return n;
}

/* Appends s[0..n) as a decimal with a fraction ("3" -> "3.0"), the form
   docs/rdf-model.md shows. */
static void put_decimal_text(skg_buf *b, const char *s, size_t n) {
  skg_buf_clear(b);
  skg_buf_append(b, s, n);
  if (!memchr(s, '.', n))
    skg_buf_puts(b, ".0");
}

static void put_dec(emitter *em, raptor_term *s, const char *p,
                    const char *text) {
  rdf_emit(em, s, p, lit(em, text, em->xsd_decimal, NULL));
}

/* The schema:Rating node. A normalised rating "N/M" is numeric (value and
   best; no worst: the text never says one); anything else ("B+") is a
   letter grade with no scale. */
static void write_rating(emitter *em, const char *node, const char *rating) {
  skg_buf b = SKG_BUF_INIT;
  raptor_term *s = rdf_iri(em, node);
  size_t n = decimal_len(rating);
  size_t m = n && rating[n] == '/' ? decimal_len(rating + n + 1) : 0;
  rdf_put_iri(em, s, RDF "type", SCHEMA "Rating");
  if (m && rating[n + 1 + m] == '\0') {
    put_decimal_text(&b, rating, n);
    put_dec(em, s, SCHEMA "ratingValue", skg_buf_str(&b));
    put_decimal_text(&b, rating + n + 1, m);
    put_dec(em, s, SCHEMA "bestRating", skg_buf_str(&b));
  } else {
    rdf_put_str(em, s, SCHEMA "ratingValue", rating);
  }
  rdf_drop(s);
  skg_buf_free(&b);
}

static void write_review(emitter *em, const skg_review *r) {
  skg_buf node = SKG_BUF_INIT, rating = SKG_BUF_INIT, b = SKG_BUF_INIT;
  skg_iri_review(em->g, em->base, r, &node);
  skg_buf_printf(&rating, "%s/rating", skg_buf_str(&node));
  raptor_term *s = rdf_iri(em, skg_buf_str(&node));
  rdf_put_iri(em, s, RDF "type", SKG "Review");
  rdf_put_iri(em, s, RDF "type", SCHEMA "Review"); /* found without inference */
  rdf_put_iri(em, s, SCHEMA "author", rdf_entity_iri(em, r->critic, &b));
  if (r->publication != SKG_NONE)
    rdf_put_iri(em, s, SCHEMA "publisher",
                rdf_entity_iri(em, r->publication, &b));
  rdf_put_iri(em, s, SCHEMA "itemReviewed", rdf_entity_iri(em, r->work, &b));
  if (r->rating) {
    rdf_put_str(em, s, SKG "rating", skg_sym_str(em->g, r->rating));
    rdf_put_iri(em, s, SCHEMA "reviewRating", skg_buf_str(&rating));
  }
  if (em->provenance)
    rdf_write_evidence(em, s, r->ev, r->nev);
  if (r->rating)
    write_rating(em, skg_buf_str(&rating), skg_sym_str(em->g, r->rating));
  rdf_drop(s);
  skg_buf_free(&node);
  skg_buf_free(&rating);
  skg_buf_free(&b);
}

/* Everything, in the graph's sorted order: entities, facts, assertions,
   performances, reviews, then the sentences, documents and run they came
   from. N-Triples keeps this order; Turtle comes out sorted by subject
   IRI (raptor groups by subject), also fixed. */
static void write_graph(emitter *em) {
  const skg_graph *g = em->g;
  for (skg_eid e = 0; e < skg_graph_n_entities(g); e++)
    write_entity(em, e);
  bool quads = em->graphs && em->provenance;
  for (size_t i = 0; i < skg_graph_n_facts(g); i++)
    if (quads)
      rdf_write_fact_graphs(em, skg_graph_fact_at(g, i));
    else
      rdf_write_fact(em, skg_graph_fact_at(g, i));
  for (size_t i = 0; i < skg_graph_n_facts(g); i++)
    write_fact_links(em, skg_graph_fact_at(g, i));
  for (size_t i = 0; !quads && em->provenance && i < skg_graph_n_facts(g); i++)
    rdf_write_assertion(em, skg_graph_fact_at(g, i));
  for (size_t i = 0; i < skg_graph_n_performances(g); i++)
    write_performance(em, skg_graph_performance_at(g, i));
  for (size_t i = 0; i < skg_graph_n_reviews(g); i++)
    write_review(em, skg_graph_review_at(g, i));
  if (em->provenance)
    rdf_write_sources(em);
}

/* Declares one prefix; raptor copies the namespace. */
static void declare(emitter *em, const char *prefix, const char *ns) {
  raptor_uri *u = raptor_new_uri(em->world, (const unsigned char *)ns);
  if (!u || raptor_serializer_set_namespace(em->ser, u,
                                            (const unsigned char *)prefix))
    em->st = u ? SKG_ERR_WRITE : SKG_ERR_NOMEM;
  if (u)
    raptor_free_uri(u);
}

static void declare_prefixes(emitter *em) {
  for (size_t i = 0; i < SKG_ARRAY_LEN(PREFIXES); i++)
    declare(em, PREFIXES[i].prefix, PREFIXES[i].iri);
  declare(em, "kg", em->base);
}

/* Prefixes (Turtle only: the N-Triples serializer has none), then start.
   No base IRI is given, so every IRI is written absolute. */
static void start(emitter *em, const char *syntax, FILE *out) {
  if (strcmp(syntax, "turtle") == 0)
    declare_prefixes(em);
  em->out = out;
  em->block = skg_xmalloc(BLOCK);
  em->io = raptor_new_iostream_from_handler(em->world, em, &OUT_HANDLER);
  if (!em->st && !em->io)
    em->st = SKG_ERR_NOMEM;
  if (!em->st && raptor_serializer_start_to_iostream(em->ser, NULL, em->io))
    em->st = SKG_ERR_WRITE;
}

static void open_raptor(emitter *em, const char *syntax) {
  em->world = raptor_new_world();
  if (!em->world)
    return;
  raptor_world_set_log_handler(em->world, em, on_log);
  /* By default raptor points libxml2's global error handlers at its own
     logger, so the HTML and XML readers' messages (on other threads, with
     --stream) would land in this export's error. Writing needs no
     libxml2: leave its handlers alone. */
  raptor_world_set_flag(em->world, RAPTOR_WORLD_FLAG_LIBXML_GENERIC_ERROR_SAVE,
                        0);
  raptor_world_set_flag(em->world,
                        RAPTOR_WORLD_FLAG_LIBXML_STRUCTURED_ERROR_SAVE, 0);
  if (raptor_world_open(em->world))
    return;
  em->ser = raptor_new_serializer(em->world, syntax);
  em->xsd_integer =
      raptor_new_uri(em->world, (const unsigned char *)XSD "integer");
  em->xsd_decimal =
      raptor_new_uri(em->world, (const unsigned char *)XSD "decimal");
}

static void close_raptor(emitter *em) {
  if (em->xsd_integer)
    raptor_free_uri(em->xsd_integer);
  if (em->xsd_decimal)
    raptor_free_uri(em->xsd_decimal);
  if (em->ser)
    raptor_free_serializer(em->ser);
  if (em->io) /* after the serializer, which writes to it */
    raptor_free_iostream(em->io);
  free(em->block);
  rdf_split_free(em->split); /* holds IRIs of the world */
  if (em->world)
    raptor_free_world(em->world);
}

static skg_status failure(const emitter *em, const char *syntax,
                          skg_error *err);

/* Turtle is written here: raptor groups the statements by subject. */
static void end_pass(emitter *em) {
  if (!em->st && raptor_serializer_serialize_end(em->ser))
    em->st = SKG_ERR_WRITE;
}

/* A fresh Turtle serializer on em's stream, for the next pass. */
static void restart(emitter *em) {
  if (em->st)
    return;
  raptor_free_serializer(em->ser);
  em->ser = raptor_new_serializer(em->world, "turtle");
  if (!em->ser) {
    em->st = SKG_ERR_NOMEM;
    return;
  }
  declare_prefixes(em);
  if (!em->st && raptor_serializer_start_to_iostream(em->ser, NULL, em->io))
    em->st = SKG_ERR_WRITE;
}

/* The survey, then one pass per range of subjects (write_turtle_split.c);
   most graphs take one pass. Every pass after the first drops the prefix
   header, whose length an empty serializer's output gives. */
static void write_turtle_passes(emitter *em) {
  em->split = rdf_split_new();
  write_graph(em);
  size_t k = rdf_split_passes(em->split);
  em->run_written = false;
  if (k == 1) {
    write_graph(em);
    end_pass(em);
    return;
  }
  em->skip = SIZE_MAX;
  end_pass(em);
  size_t header = em->skipped;
  for (size_t i = 0; i < k && !em->st; i++) {
    restart(em);
    em->skip = i ? header : 0;
    rdf_split_pass(em->split, i, k);
    em->run_written = false;
    write_graph(em);
    end_pass(em);
  }
}

static skg_status write_rdf(const skg_graph *g, FILE *out,
                            const skg_write_opts *o, const char *syntax,
                            skg_error *err) {
  emitter em = {.g = g,
                .base = o && o->base ? o->base : SKG_DEFAULT_BASE,
                .provenance = !o || o->provenance,
                .graphs = strcmp(syntax, "nquads") == 0};
  open_raptor(&em, syntax);
  if (!em.ser || !em.xsd_integer || !em.xsd_decimal) {
    em.st = SKG_ERR_NOMEM;
    goto done;
  }
  start(&em, syntax, out);
  if (strcmp(syntax, "turtle") == 0) {
    write_turtle_passes(&em);
  } else {
    write_graph(&em);
    end_pass(&em);
  }
  if (!em.st && !out_sync(&em))
    em.st = SKG_ERR_WRITE;
done:
  close_raptor(&em);
  return failure(&em, syntax, err);
}

/* em's sticky status as the writer's result. */
static skg_status failure(const emitter *em, const char *syntax,
                          skg_error *err) {
  if (!em->st)
    return SKG_OK;
  if (em->st == SKG_ERR_WRITE && em->out_errno)
    return skg_err(err, em->st, NULL, 0, 0, SIZE_MAX, "%s: write error: %s",
                   syntax, strerror(em->out_errno));
  return skg_err(err, em->st, NULL, 0, 0, SIZE_MAX, "%s: %s", syntax,
                 em->msg[0]                ? em->msg
                 : em->st == SKG_ERR_WRITE ? "write error"
                                           : skg_strerror(em->st));
}

skg_status skg_write_turtle(const skg_graph *g, FILE *out,
                            const skg_write_opts *o, skg_error *err) {
  return write_rdf(g, out, o, "turtle", err);
}

skg_status skg_write_ntriples(const skg_graph *g, FILE *out,
                              const skg_write_opts *o, skg_error *err) {
  return write_rdf(g, out, o, "ntriples", err);
}

skg_status skg_write_nquads(const skg_graph *g, FILE *out,
                            const skg_write_opts *o, skg_error *err) {
  return write_rdf(g, out, o, "nquads", err);
}

/* ---- N-Triples, one graph after another (--stream) ---- */

struct skg_nt_stream {
  emitter em;
};

skg_status skg_nt_stream_open(FILE *out, const skg_write_opts *o,
                              skg_nt_stream **sp, skg_error *err) {
  skg_nt_stream *s = skg_xcalloc(1, sizeof *s);
  s->em = (emitter){.base = o && o->base ? o->base : SKG_DEFAULT_BASE,
                    .provenance = !o || o->provenance};
  *sp = s;
  open_raptor(&s->em, "ntriples");
  if (!s->em.ser || !s->em.xsd_integer || !s->em.xsd_decimal)
    s->em.st = SKG_ERR_NOMEM;
  else
    start(&s->em, "ntriples", out);
  return failure(&s->em, "ntriples", err);
}

/* Each statement is written as it is made (N-Triples needs no grouping);
   the flush puts the graph's last lines out before the next one starts. */
skg_status skg_nt_stream_write(skg_nt_stream *s, const skg_graph *g,
                               skg_error *err) {
  s->em.g = g;
  write_graph(&s->em);
  s->em.g = NULL;
  if (!s->em.st && (raptor_serializer_flush(s->em.ser) || !out_sync(&s->em)))
    s->em.st = SKG_ERR_WRITE;
  return failure(&s->em, "ntriples", err);
}

skg_status skg_nt_stream_close(skg_nt_stream *s, skg_error *err) {
  if (!s)
    return SKG_OK;
  if (!s->em.st && s->em.ser && raptor_serializer_serialize_end(s->em.ser))
    s->em.st = SKG_ERR_WRITE;
  if (!s->em.st && !out_sync(&s->em))
    s->em.st = SKG_ERR_WRITE;
  close_raptor(&s->em);
  skg_status st = failure(&s->em, "ntriples", err);
  free(s);
  return st;
}
