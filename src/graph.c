/* graph.c: entities, facts, performances and reviews, with identity decided
   here and only here (class + identity key). The sort that makes every
   writer deterministic is graph_finish.c's; the records both files read
   are in graph_rec.h. */
#include "graph_rec.h"

#include "alloc.h"
#include "buf.h"
#include "intern.h"
#include "norm.h"
#include "table.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

/* ---- strings ---- */

skg_sym skg_graph_intern(skg_graph *g, const char *s, size_t n) {
  return skg_intern_put(&g->strs, s, n);
}

const char *skg_sym_str(const skg_graph *g, skg_sym s) {
  return skg_intern_str(&g->strs, s);
}

static skg_sym intern_str(skg_graph *g, const char *s) {
  return skg_graph_intern(g, s, strlen(s));
}

skg_graph *skg_graph_new(void) {
  skg_graph *g = skg_xcalloc(1, sizeof *g);
  intern_str(g, ""); /* symbol 0 */
  return g;
}

/* Frees what only building needs: the lookup indexes, the per-entity label
   lists and the build records of entities, facts, performances and reviews
   (with their evidence arrays while no public record holds them yet).
   skg_graph_finish calls it once the public arrays are made, so that the
   largest graphs (a million small documents, bench/memory.md) do not hold
   both; skg_graph_free calls it for a graph never finished. */
void graph_free_indexes(skg_graph *g, bool strings_too) {
  if (strings_too)
    skg_intern_drop_index(&g->strs);
  skg_table_free(&g->key_index);
  skg_table_free(&g->fact_index);
  skg_table_free(&g->perf_index);
  skg_table_free(&g->review_index);
  skg_table_free(&g->seen_index);
  free(g->seen);
  free(g->keys);
  g->seen = NULL;
  g->keys = NULL;
  g->nseen = g->capseen = g->nkeys = g->capkeys = 0;
}

void graph_free_ent_records(skg_graph *g) {
  for (size_t i = 0; g->ents && i < g->nents; i++)
    free(g->ents[i].labels);
  free(g->ents);
  g->ents = NULL;
}

static void free_build_records(skg_graph *g) {
  graph_free_indexes(g, true);
  graph_free_ent_records(g);
  for (size_t i = 0; !g->out_facts && g->facts && i < g->nfacts; i++)
    free(g->facts[i].ev.v);
  for (size_t i = 0; !g->out_perfs && g->perfs && i < g->nperfs; i++)
    free(g->perfs[i].ev.v);
  for (size_t i = 0; !g->out_reviews && g->reviews && i < g->nreviews; i++)
    free(g->reviews[i].ev.v);
  free(g->facts);
  free(g->perfs);
  free(g->reviews);
  g->facts = NULL;
  g->perfs = NULL;
  g->reviews = NULL;
}

void skg_graph_free(skg_graph *g) {
  if (!g)
    return;
  free_build_records(g);
  /* after finish the evidence arrays are the public records' (the build
     records are gone); before it, nobody holds them but the build records */
  for (size_t i = 0; g->out_facts && i < g->nfacts; i++)
    free((void *)g->out_facts[i].ev);
  for (size_t i = 0; g->out_perfs && i < g->nperfs; i++)
    free((void *)g->out_perfs[i].ev);
  for (size_t i = 0; g->out_reviews && i < g->nreviews; i++)
    free((void *)g->out_reviews[i].ev);
  skg_intern_free(&g->strs);
  graph_free_docs(g);
  free(g->out_ents);
  free(g->alt_pool);
  free(g->out_facts);
  free(g->out_perfs);
  free(g->out_reviews);
  free(g);
}

/* ---- entities ---- */

static int key_eq(const void *ctx, uint32_t rec, const void *probe) {
  const skg_graph *g = ctx;
  const key_rec *p = probe;
  return g->keys[rec].cls == p->cls && g->keys[rec].key == p->key;
}

static uint64_t key_hash(skg_class c, skg_sym key) {
  return skg_hash_mix((uint64_t)c, key);
}

static skg_sym make_key(skg_graph *g, const char *label, size_t n) {
  skg_buf b = SKG_BUF_INIT;
  skg_norm_key(label, n, &b);
  skg_sym k = b.len ? skg_graph_intern(g, b.data, b.len) : 0;
  skg_buf_free(&b);
  return k;
}

static skg_eid lookup_key(const skg_graph *g, skg_class c, skg_sym key) {
  key_rec p = {c, key, 0};
  uint32_t r = skg_table_get(&g->key_index, key_hash(c, key), key_eq, g, &p);
  return r == UINT32_MAX ? SKG_NONE : g->keys[r].e;
}

static void index_key(skg_graph *g, skg_class c, skg_sym key, skg_eid e) {
  if (lookup_key(g, c, key) != SKG_NONE)
    return; /* first claim wins: an alias never steals another's name */
  g->keys = skg_xgrow(g->keys, &g->capkeys, g->nkeys + 1, sizeof *g->keys);
  g->keys[g->nkeys] = (key_rec){c, key, e};
  skg_table_put(&g->key_index, key_hash(c, key), (uint32_t)g->nkeys++);
}

/* Grows a per-entity or per-fact list (labels, evidence), which most often
   holds one item: it starts at one, not at skg_xgrow's eight, which with a
   million small documents was most of the graph's memory. */
static void *grow_small(void *p, size_t *cap, size_t need, size_t size) {
  if (*cap == 0 && need == 1) {
    *cap = 1;
    return skg_xrealloc(p, size);
  }
  return skg_xgrow(p, cap, need, size);
}

static void note_label(ent_rec *r, skg_sym label, skg_sym key,
                       uint32_t count) {
  for (size_t i = 0; i < r->nlabels; i++)
    if (r->labels[i].label == label) {
      r->labels[i].count += count;
      return;
    }
  r->labels = grow_small(r->labels, &r->cap, r->nlabels + 1, sizeof *r->labels);
  r->labels[r->nlabels++] = (label_use){label, key, count};
}

/* The entity of class(t) with identity key key, created with type t if
   there is none; an existing one's type is raised to t if t ranks higher.
   Both skg_graph_entity and a merge decide identity here. */
static skg_eid entity_for_key(skg_graph *g, skg_ent t, skg_sym key) {
  skg_class c = skg_ent_class(t);
  skg_eid e = lookup_key(g, c, key);
  if (e == SKG_NONE) {
    g->ents = skg_xgrow(g->ents, &g->capents, g->nents + 1, sizeof *g->ents);
    e = (skg_eid)g->nents++;
    g->ents[e] = (ent_rec){t, key, NULL, 0, 0, 0};
    index_key(g, c, key, e);
  } else if (skg_ent_info_of(t)->rank >
             skg_ent_info_of(g->ents[e].type)->rank) {
    g->ents[e].type = t;
  }
  return e;
}

skg_eid skg_graph_entity(skg_graph *g, skg_ent t, const char *label,
                         size_t n) {
  skg_sym key = make_key(g, label, n);
  if (!key)
    return SKG_NONE;
  skg_sym lab = skg_graph_intern(g, label, n);
  skg_eid e = entity_for_key(g, t, key);
  note_label(&g->ents[e], lab, key, 1);
  return e;
}

skg_eid skg_graph_entity_keyed(skg_graph *g, skg_ent t, const char *label,
                               size_t n, const char *key_text, size_t kn) {
  skg_sym key = make_key(g, key_text, kn);
  if (!key || !make_key(g, label, n))
    return SKG_NONE;
  skg_eid e = entity_for_key(g, t, key);
  /* noted under the identity key, so that the name can be canonical */
  note_label(&g->ents[e], skg_graph_intern(g, label, n), key, 1);
  return e;
}

void skg_graph_entity_link(skg_graph *g, skg_eid e, const char *url) {
  if (e < g->nents && !g->ents[e].same_as && url && *url)
    g->ents[e].same_as = intern_str(g, url);
}

skg_eid skg_graph_find(const skg_graph *g, skg_class c, const char *label,
                       size_t n) {
  skg_buf b = SKG_BUF_INIT;
  skg_norm_key(label, n, &b);
  skg_eid e = SKG_NONE;
  if (b.len) {
    uint32_t k = skg_intern_find(&g->strs, b.data, b.len);
    if (k != UINT32_MAX)
      e = lookup_key(g, c, k);
  }
  skg_buf_free(&b);
  return e;
}

void skg_graph_add_label(skg_graph *g, skg_eid e, const char *label,
                         size_t n) {
  if (e >= g->nents)
    return;
  skg_sym key = make_key(g, label, n);
  if (!key)
    return;
  note_label(&g->ents[e], skg_graph_intern(g, label, n), key, 0);
  index_key(g, skg_ent_class(g->ents[e].type), key, e);
}

skg_ent skg_graph_type(const skg_graph *g, skg_eid e) {
  return g->finished ? g->out_ents[e].type : g->ents[e].type;
}

void skg_graph_set_type(skg_graph *g, skg_eid e, skg_ent t) {
  if (!g->finished && e < g->nents &&
      skg_ent_class(t) == skg_ent_class(g->ents[e].type))
    g->ents[e].type = t;
}

/* ---- facts ---- */

/* Nine 32-bit fields and no padding: most of a graph of many small
   documents is evidence (bench/memory.md). */
_Static_assert(sizeof(skg_evidence) == 36, "skg_evidence is 36 bytes");

/* A new, empty evidence list with the graph's next id. */
static ev_list new_list(skg_graph *g) {
  return (ev_list){NULL, 0, 0, 0, g->nlists++};
}

static uint64_t seen_hash(uint32_t list, uint32_t byte_start) {
  return skg_hash_mix(list, byte_start);
}

static int seen_eq(const void *ctx, uint32_t rec, const void *probe) {
  const ev_seen *a = &((const skg_graph *)ctx)->seen[rec], *b = probe;
  return a->list == b->list && a->byte_start == b->byte_start;
}

/* True when list l already has a piece of evidence for ev's sentence;
   otherwise notes that it now has. */
static bool seen_before(skg_graph *g, const ev_list *l,
                        const skg_evidence *ev) {
  if (ev->doc != g->seen_doc || !g->nseen) { /* a new document */
    skg_table_free(&g->seen_index);
    g->nseen = 0;
    g->seen_doc = ev->doc;
  }
  ev_seen probe = {l->id, ev->byte_start};
  uint64_t h = seen_hash(l->id, ev->byte_start);
  if (skg_table_get(&g->seen_index, h, seen_eq, g, &probe) != UINT32_MAX)
    return true;
  g->seen = skg_xgrow(g->seen, &g->capseen, g->nseen + 1, sizeof *g->seen);
  g->seen[g->nseen] = probe;
  skg_table_put(&g->seen_index, h, (uint32_t)g->nseen++);
  return false;
}

/* One sentence is one piece of evidence. Evidence comes document by
   document (a document's graph has one; merging adds them in input
   order), so only pieces of ev's document can be the same: they are
   looked up in a hash set of the current document's pieces (a scan of the
   list made one document repeating a fact 50,000 times quadratic). */
static void add_ev(skg_graph *g, ev_list *l, const skg_evidence *ev) {
  if (!ev)
    return;
  /* Only the first document's pieces (the smallest after sorting) and the
     current one's (to find repeats) are needed: a middle document's go
     when the next begins; they stay counted in total. */
  if (g->first_evidence_only && l->n && l->v[l->n - 1].doc != ev->doc)
    while (l->n && l->v[l->n - 1].doc != l->v[0].doc)
      l->n--;
  if (seen_before(g, l, ev))
    return;
  size_t cap = l->cap;
  l->v = grow_small(l->v, &cap, (size_t)l->n + 1, sizeof *l->v);
  l->cap = (uint32_t)cap;
  l->v[l->n++] = *ev;
  l->total++;
}

void skg_graph_keep_first_evidence(skg_graph *g) {
  g->first_evidence_only = true;
}

static uint64_t fact_hash(const fact_key *f) {
  uint64_t h = skg_hash_mix(f->s, f->p);
  return skg_hash_mix(skg_hash_mix(h, f->o), f->lit);
}

static int fact_eq(const void *ctx, uint32_t rec, const void *probe) {
  const fact_key *a = &((const skg_graph *)ctx)->facts[rec].f;
  const fact_key *b = probe;
  return a->s == b->s && a->p == b->p && a->o == b->o && a->lit == b->lit;
}

static fact_rec *put_fact(skg_graph *g, fact_key f, const skg_evidence *ev) {
  if (f.o != SKG_NONE && skg_pred_info_of(f.p)->symmetric && f.o < f.s) {
    skg_eid t = f.s;
    f.s = f.o;
    f.o = t;
  }
  uint64_t h = fact_hash(&f);
  uint32_t r = skg_table_get(&g->fact_index, h, fact_eq, g, &f);
  if (r == UINT32_MAX) {
    g->facts =
        skg_xgrow(g->facts, &g->capfacts, g->nfacts + 1, sizeof *g->facts);
    r = (uint32_t)g->nfacts++;
    g->facts[r] = (fact_rec){f, new_list(g)};
    skg_table_put(&g->fact_index, h, r);
  }
  add_ev(g, &g->facts[r].ev, ev);
  return &g->facts[r];
}

void skg_graph_add_fact(skg_graph *g, skg_eid s, skg_pred p, skg_eid o,
                        const skg_evidence *ev) {
  if (s == SKG_NONE || o == SKG_NONE || s >= g->nents || o >= g->nents ||
      skg_pred_info_of(p)->literal)
    return;
  if (s == o)
    return; /* nobody is their own friend, series or mentor */
  put_fact(g, (fact_key){s, p, o, 0}, ev);
}

void skg_graph_add_literal(skg_graph *g, skg_eid s, skg_pred p,
                           const char *lit, size_t n, const skg_evidence *ev) {
  if (s == SKG_NONE || s >= g->nents || !n || !skg_pred_info_of(p)->literal)
    return;
  put_fact(g, (fact_key){s, p, SKG_NONE, skg_graph_intern(g, lit, n)}, ev);
}

static int perf_eq(const void *ctx, uint32_t rec, const void *probe) {
  const skg_performance *a = &((const skg_graph *)ctx)->perfs[rec].p;
  const skg_performance *b = probe;
  return a->actor == b->actor && a->character == b->character &&
         a->work == b->work;
}

static perf_rec *put_perf(skg_graph *g, skg_eid actor, skg_eid character,
                          skg_eid work) {
  skg_performance p = {actor, character, work, NULL, 0};
  uint64_t h = skg_hash_mix(skg_hash_mix(actor, character), work);
  uint32_t r = skg_table_get(&g->perf_index, h, perf_eq, g, &p);
  if (r == UINT32_MAX) {
    g->perfs =
        skg_xgrow(g->perfs, &g->capperfs, g->nperfs + 1, sizeof *g->perfs);
    r = (uint32_t)g->nperfs++;
    g->perfs[r] = (perf_rec){p, new_list(g)};
    skg_table_put(&g->perf_index, h, r);
  }
  return &g->perfs[r];
}

void skg_graph_add_performance(skg_graph *g, skg_eid actor, skg_eid character,
                               skg_eid work, const skg_evidence *ev) {
  if (actor == SKG_NONE)
    return;
  if (character != SKG_NONE)
    skg_graph_add_fact(g, actor, SKG_PRED_PORTRAYS, character, ev);
  if (work == SKG_NONE)
    return;
  skg_graph_add_fact(g, work, SKG_PRED_CAST_MEMBER, actor, ev);
  if (character == SKG_NONE)
    return;
  skg_graph_add_fact(g, work, SKG_PRED_HAS_CHARACTER, character, ev);
  add_ev(g, &put_perf(g, actor, character, work)->ev, ev);
}

/* One review per review: the same critic and work, and no outlet or
   rating that contradicts (a sentence without a rating adds to a rated
   review; two ratings of one work are two reviews). */
static int review_eq(const void *ctx, uint32_t rec, const void *probe) {
  const skg_review *a = &((const skg_graph *)ctx)->reviews[rec].r;
  const skg_review *b = probe;
  return a->critic == b->critic && a->work == b->work &&
         (a->publication == b->publication || a->publication == SKG_NONE ||
          b->publication == SKG_NONE) &&
         (a->rating == b->rating || !a->rating || !b->rating);
}

/* The review of work by critic; what it lacks (outlet, rating) is taken
   from publication and rating, what it has is kept. */
static review_rec *put_review(skg_graph *g, skg_eid critic,
                              skg_eid publication, skg_eid work,
                              skg_sym rating) {
  skg_review probe = {critic, work, publication, rating, NULL, 0};
  uint64_t h = skg_hash_mix(critic, work);
  uint32_t r = skg_table_get(&g->review_index, h, review_eq, g, &probe);
  if (r == UINT32_MAX) {
    g->reviews = skg_xgrow(g->reviews, &g->capreviews, g->nreviews + 1,
                           sizeof *g->reviews);
    r = (uint32_t)g->nreviews++;
    g->reviews[r] = (review_rec){probe, new_list(g)};
    skg_table_put(&g->review_index, h, r);
  }
  skg_review *rv = &g->reviews[r].r;
  if (rv->publication == SKG_NONE)
    rv->publication = publication;
  if (!rv->rating)
    rv->rating = rating;
  return &g->reviews[r];
}

void skg_graph_add_review(skg_graph *g, skg_eid critic, skg_eid publication,
                          skg_eid work, const char *rating,
                          const skg_evidence *ev) {
  if (critic == SKG_NONE || work == SKG_NONE)
    return;
  skg_graph_add_fact(g, critic, SKG_PRED_REVIEWED, work, ev);
  if (publication != SKG_NONE)
    skg_graph_add_fact(g, critic, SKG_PRED_WRITES_FOR, publication, ev);
  if (rating && *rating)
    skg_graph_add_literal(g, critic, SKG_PRED_RATING, rating, strlen(rating),
                          ev);
  skg_sym rsym = rating && *rating ? intern_str(g, rating) : 0;
  add_ev(g, &put_review(g, critic, publication, work, rsym)->ev, ev);
}

/* ---- merge ---- */

/* What a merge needs to translate src's numbers into dst's. */
typedef struct {
  skg_graph *dst;
  const skg_graph *src;
  skg_eid *ent;  /* src entity -> dst entity */
  uint32_t *doc; /* src document -> dst document */
  skg_sym *sym;  /* src string -> dst string, 0 until copied */
} merger;

/* A document's evidence repeats its sentences and rule names: each src
   string is hashed into dst once, then read from m->sym. */
static skg_sym copy_sym(merger *m, skg_sym s) {
  if (!s || m->sym[s])
    return m->sym[s];
  m->sym[s] =
      skg_graph_intern(m->dst, m->src->strs.strs[s], m->src->strs.lens[s]);
  return m->sym[s];
}

/* The dst entity for src entity r, found or created as skg_graph_entity
   would; its labels and their counts join dst's. */
static skg_eid merge_entity(merger *m, const ent_rec *r) {
  skg_eid e = entity_for_key(m->dst, r->type, copy_sym(m, r->key));
  for (size_t i = 0; i < r->nlabels; i++)
    note_label(&m->dst->ents[e], copy_sym(m, r->labels[i].label),
               copy_sym(m, r->labels[i].key), r->labels[i].count);
  if (r->same_as && !m->dst->ents[e].same_as)
    m->dst->ents[e].same_as = copy_sym(m, r->same_as);
  return e;
}

static void merge_ev(merger *m, ev_list *to, const ev_list *from) {
  for (size_t i = 0; i < from->n; i++) {
    skg_evidence ev = from->v[i];
    ev.doc = m->doc[ev.doc];
    ev.sentence = copy_sym(m, ev.sentence);
    ev.rule = copy_sym(m, ev.rule);
    ev.prefix = copy_sym(m, ev.prefix);
    ev.suffix = copy_sym(m, ev.suffix);
    add_ev(m->dst, to, &ev);
  }
}

static skg_eid map_ent(const merger *m, skg_eid e) {
  return e == SKG_NONE ? SKG_NONE : m->ent[e];
}

static void merge_facts(merger *m) {
  for (size_t i = 0; i < m->src->nfacts; i++) {
    const fact_rec *r = &m->src->facts[i];
    fact_key f = {map_ent(m, r->f.s), r->f.p, map_ent(m, r->f.o),
                  copy_sym(m, r->f.lit)};
    if (f.s == f.o)
      continue; /* two names of one entity: see skg_graph_add_fact */
    merge_ev(m, &put_fact(m->dst, f, NULL)->ev, &r->ev);
  }
}

static void merge_perfs_reviews(merger *m) {
  for (size_t i = 0; i < m->src->nperfs; i++) {
    const perf_rec *r = &m->src->perfs[i];
    perf_rec *to = put_perf(m->dst, map_ent(m, r->p.actor),
                            map_ent(m, r->p.character), map_ent(m, r->p.work));
    merge_ev(m, &to->ev, &r->ev);
  }
  for (size_t i = 0; i < m->src->nreviews; i++) {
    const review_rec *r = &m->src->reviews[i];
    review_rec *to = put_review(m->dst, map_ent(m, r->r.critic),
                                map_ent(m, r->r.publication),
                                map_ent(m, r->r.work), copy_sym(m, r->r.rating));
    merge_ev(m, &to->ev, &r->ev);
  }
}

void skg_graph_merge(skg_graph *dst, const skg_graph *src) {
  merger m = {dst, src, NULL, NULL, NULL};
  m.sym = skg_xcalloc(src->strs.n + 1, sizeof *m.sym);
  m.doc = skg_xcalloc(src->ndocs + 1, sizeof *m.doc);
  for (size_t i = 0; i < src->ndocs; i++)
    m.doc[i] = graph_merge_doc(dst, &src->docs[i]);
  m.ent = skg_xcalloc(src->nents + 1, sizeof *m.ent);
  for (size_t i = 0; i < src->nents; i++)
    m.ent[i] = merge_entity(&m, &src->ents[i]);
  /* Alternative names, in the order src claimed them: first claim wins. */
  for (size_t i = 0; i < src->nkeys; i++) {
    const key_rec *k = &src->keys[i];
    index_key(dst, k->cls, copy_sym(&m, k->key), m.ent[k->e]);
  }
  merge_facts(&m);
  merge_perfs_reviews(&m);
  free(m.ent);
  free(m.doc);
  free(m.sym);
}

/* ---- accessors ---- */

size_t skg_graph_n_docs(const skg_graph *g) { return g->ndocs; }
const skg_document *skg_graph_doc(const skg_graph *g, size_t i) {
  return &g->docs[i];
}
size_t skg_graph_n_entities(const skg_graph *g) { return g->nents; }
const skg_entity *skg_graph_entity_at(const skg_graph *g, skg_eid e) {
  return &g->out_ents[e];
}
size_t skg_graph_n_facts(const skg_graph *g) { return g->nfacts; }
const skg_fact *skg_graph_fact_at(const skg_graph *g, size_t i) {
  return &g->out_facts[i];
}
size_t skg_graph_n_performances(const skg_graph *g) { return g->nperfs; }
const skg_performance *skg_graph_performance_at(const skg_graph *g,
                                                size_t i) {
  return &g->out_perfs[i];
}
size_t skg_graph_n_reviews(const skg_graph *g) { return g->nreviews; }
const skg_review *skg_graph_review_at(const skg_graph *g, size_t i) {
  return &g->out_reviews[i];
}
