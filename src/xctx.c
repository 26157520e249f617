/* xctx.c: the extraction context every rule family shares: evidence, the
   document's name table (full names, surnames and given names resolved to
   entities), publications and characters. It sits below the rule
   families: it calls none of them (tests/checks/layers.sh). */
#include "xctx.h"

#include "alloc.h"
#include "buf.h"
#include "lexicon.h"
#include "norm.h"
#include "quote.h"
#include "weblink.h"

#include <assert.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

skg_evidence x_evidence(x_ctx *x, size_t si, const char *rule) {
  const skg_span *s = &x->d->sents[si];
  const char *t = x->d->text;
  size_t pre, post; /* the quote's context, for RDF (quote.h) */
  skg_quote_context(t, x->d->len, s->off, s->off + s->len, &pre, &post);
  /* The offsets are 32-bit (graph.h SKG_MAX_OFFSET): skg_docb_finish
     refuses a document whose text is longer, so no sentence the rules see
     ends past it, and a code point is at least a byte. */
  assert(x->d->len <= SKG_MAX_OFFSET);
  skg_evidence ev = {
      x->doc,
      (uint32_t)s->off,
      (uint32_t)(s->off + s->len),
      (uint32_t)s->char_off,
      (uint32_t)(s->char_off + s->char_len),
      skg_graph_intern(x->g, x->d->text + s->off, s->len),
      skg_graph_intern(x->g, rule, strlen(rule)),
      skg_graph_intern(x->g, t + pre, s->off - pre),
      skg_graph_intern(x->g, t + s->off + s->len, post - (s->off + s->len))};
  return ev;
}

/* ---- the name table ---- */

typedef struct {
  const char *key;
  unsigned cls;
} name_probe;

static int name_eq(const void *ctx, uint32_t rec, const void *probe) {
  const x_ctx *x = ctx;
  const name_probe *p = probe;
  return x->names[rec].cls == p->cls && strcmp(x->names[rec].key, p->key) == 0;
}

static uint64_t name_hash(const char *key, unsigned cls) {
  return skg_hash_mix(skg_hash_bytes(key, strlen(key)), cls);
}

/* Adds key -> e; a partial name (surname, given name) that two entities
   share becomes ambiguous (e = SKG_NONE) and resolves to nothing. */
static void put_name(x_ctx *x, const char *key, unsigned cls, skg_eid e,
                     bool partial) {
  name_probe p = {key, cls};
  uint64_t h = name_hash(key, cls);
  uint32_t r = skg_table_get(&x->name_index, h, name_eq, x, &p);
  if (r != UINT32_MAX) {
    x_name *nm = &x->names[r];
    if (nm->e != e && nm->partial) {
      if (!partial) { /* a full name beats a partial one */
        nm->e = e;
        nm->partial = false;
      } else {
        nm->e = SKG_NONE;
      }
    }
    return;
  }
  x->names = skg_xgrow(x->names, &x->capnames, x->nnames + 1, sizeof *x->names);
  x->names[x->nnames] = (x_name){skg_xstrdup(key), cls, e, partial};
  skg_table_put(&x->name_index, h, (uint32_t)x->nnames++);
}

/* get_name with the key's hash (skg_hash_bytes) already made. */
static skg_eid get_name_hashed(const x_ctx *x, const char *key, uint64_t kh,
                               unsigned cls, bool *partial) {
  name_probe p = {key, cls};
  uint32_t r =
      skg_table_get(&x->name_index, skg_hash_mix(kh, cls), name_eq, x, &p);
  if (r == UINT32_MAX)
    return SKG_NONE;
  if (partial)
    *partial = x->names[r].partial;
  return x->names[r].e;
}

static skg_eid get_name(const x_ctx *x, const char *key, unsigned cls,
                        bool *partial) {
  return get_name_hashed(x, key, skg_hash_bytes(key, strlen(key)), cls,
                         partial);
}

/* x_lookup's answers of get_name for one key, a class each: its two
   passes ask the same classes, and the key is hashed once. */
typedef struct {
  const x_ctx *x;
  const char *key;
  uint64_t kh;
  unsigned asked; /* bit c: e[c] and partial[c] are set */
  skg_eid e[SKG_CLASS_COUNT];
  bool partial[SKG_CLASS_COUNT];
} name_asks;

static skg_eid ask_class(name_asks *a, unsigned c, bool *partial) {
  if (!(a->asked & (1u << c))) {
    a->partial[c] = false;
    a->e[c] = get_name_hashed(a->x, a->key, a->kh, c, &a->partial[c]);
    a->asked |= 1u << c;
  }
  *partial = a->partial[c];
  return a->e[c];
}

/* Registers the full key and, for people and characters, the first and
   last words of a multi-word name as partial names. */
static void register_name(x_ctx *x, skg_eid e, const char *s, size_t n) {
  unsigned cls = skg_ent_class(skg_graph_type(x->g, e));
  skg_buf key = SKG_BUF_INIT;
  skg_norm_key(s, n, &key);
  if (!key.len) {
    skg_buf_free(&key);
    return;
  }
  put_name(x, key.data, cls, e, false);
  if (cls == SKG_CLASS_PERSON || cls == SKG_CLASS_CHARACTER) {
    char *sp = strchr(key.data, ' ');
    char *last = strrchr(key.data, ' ');
    if (sp && last) {
      put_name(x, last + 1, cls, e, true);
      if (sp != last && cls == SKG_CLASS_PERSON) { /* "ann roe" */
        memmove(sp, last, strlen(last) + 1);
        put_name(x, key.data, cls, e, true);
      }
      *sp = '\0';
      put_name(x, key.data, cls, e, true);
    }
  }
  skg_buf_free(&key);
}

/* The person already named with the same first and last words as
   s[0..n) ("Ann Roe" and "Ann Marie Roe"), or SKG_NONE. A longer name
   joins only a shorter one the text named in full; a two-word name joins
   the one longer name that registered its first and last words; one word
   joins the one person with that surname or given name. */
static skg_eid same_person(const x_ctx *x, const char *s, size_t n) {
  skg_buf key = SKG_BUF_INIT;
  skg_norm_key(s, n, &key);
  char *sp = key.len ? strchr(key.data, ' ') : NULL;
  char *last = key.len ? strrchr(key.data, ' ') : NULL;
  skg_eid e = SKG_NONE;
  bool partial = false;
  if (key.len && !sp) /* "Roe" after "Ann Roe": the one person so named */
    e = get_name(x, key.data, SKG_CLASS_PERSON, NULL);
  else if (sp && get_name(x, key.data, SKG_CLASS_PERSON, NULL) == SKG_NONE) {
    if (sp != last) { /* "ann marie roe" -> "ann roe" */
      memmove(sp, last, strlen(last) + 1);
      e = get_name(x, key.data, SKG_CLASS_PERSON, &partial);
      e = partial ? SKG_NONE : e;
    } else {
      e = get_name(x, key.data, SKG_CLASS_PERSON, &partial);
      e = partial ? e : SKG_NONE;
    }
  }
  skg_buf_free(&key);
  return e;
}

/* The link (HTML, wikitext) whose surface is exactly s[0..n) in the
   document text, or NULL. Readers add links in text order, so the array is
   sorted by offset. */
static const skg_link *link_over(const x_ctx *x, const char *s, size_t n) {
  const skg_doc *d = x->d;
  if (!d->nlinks || s < d->text || s >= d->text + d->len)
    return NULL;
  size_t off = (size_t)(s - d->text), lo = 0, hi = d->nlinks;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (d->links[mid].off < off)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (; lo < d->nlinks && d->links[lo].off == off; lo++)
    if (d->links[lo].len == n)
      return &d->links[lo];
  return NULL;
}

/* Length of a link target without its disambiguation ("Jane Roe
   (actress)" -> "Jane Roe"). */
static size_t target_len(const char *target) {
  size_t n = strlen(target);
  if (n > 2 && target[n - 1] == ')') {
    const char *open = strrchr(target, '(');
    if (open && open > target + 1 && open[-1] == ' ')
      return (size_t)(open - 1 - target);
  }
  return n;
}

/* The entity a wiki link names, and its page (weblink.h). A person's
   qualifier is part of who they are: [[Jane Roe (writer)]] and [[Jane Roe
   (actress)]] are two people, both named "Jane Roe". */
static skg_eid linked_entity(x_ctx *x, skg_ent t, const char *target) {
  size_t n = target_len(target), full = strlen(target);
  skg_eid e = n < full && skg_ent_class(t) == SKG_CLASS_PERSON
                  ? skg_graph_entity_keyed(x->g, t, target, n, target, full)
                  : skg_graph_entity(x->g, t, target, n);
  skg_buf url = SKG_BUF_INIT;
  if (e != SKG_NONE && skg_weblink_page_of(x->d->source, target, &url))
    skg_graph_entity_link(x->g, e, skg_buf_str(&url));
  skg_buf_free(&url);
  return e;
}

/* A wiki page links a name once, at its first mention; its other
   mentions and its infobox (whose links the reader replaced by their
   targets) name the same page. */
static bool names_page(const char *t, size_t tn, const char *s, size_t n) {
  char page[X_NAME_MAX + 64];
  /* speed: asked for every link of the page at each entity; a target
     shorter than the name or of another first byte is not it */
  if (tn >= sizeof page || (n && (tn < n || t[0] != s[0])))
    return false;
  memcpy(page, t, tn);
  page[tn] = '\0';
  return (target_len(page) == n || tn == n) && strncmp(page, s, n) == 0;
}

static void link_to(x_ctx *x, skg_eid e, const char *t, size_t tn) {
  char page[X_NAME_MAX + 64];
  skg_buf url = SKG_BUF_INIT;
  memcpy(page, t, tn);
  page[tn] = '\0';
  if (skg_weblink_page_of(x->d->source, page, &url))
    skg_graph_entity_link(x->g, e, skg_buf_str(&url));
  skg_buf_free(&url);
}

/* The pages this document links, in order: its links' targets, then
   the pages of its infobox (d->pages, one a line, whose links the reader
   replaced by their targets). Measured once a document: each entity
   walked them all with a strlen or strcspn a page (1.5 % of a real
   page's instructions). */
static const x_page *linked_pages(x_ctx *x, size_t *n) {
  if (!x->pages_listed) {
    const skg_doc *d = x->d;
    size_t cap = d->nlinks;
    for (const char *p = d->pages; p && *p; p++)
      cap += *p == '\n';
    x->pages = skg_xmalloc((cap + 1) * sizeof *x->pages);
    for (size_t i = 0; i < d->nlinks; i++)
      x->pages[x->npages++] =
          (x_page){d->links[i].target, strlen(d->links[i].target)};
    for (const char *line = d->pages; line && *line;) {
      size_t tn = strcspn(line, "\n"); /* cap + 1: a last line unended */
      x->pages[x->npages++] = (x_page){line, tn};
      line += tn + (line[tn] == '\n');
    }
    x->pages_listed = true;
  }
  *n = x->npages;
  return x->pages;
}

static void link_by_name(x_ctx *x, skg_eid e, const char *s, size_t n) {
  const skg_doc *d = x->d;
  if (e == SKG_NONE || !skg_weblink_is_wikipedia(d->source))
    return;
  size_t np;
  const x_page *pg = linked_pages(x, &np);
  for (size_t i = 0; i < np; i++)
    if (names_page(pg[i].s, pg[i].n, s, n)) {
      link_to(x, e, pg[i].s, pg[i].n);
      return;
    }
}

/* The one qualified page the document links for the name s[0..n)
   ("Vera Lind (actress)" for "Vera Lind"), in its text or its infobox,
   copied into page; false when there is none or more than one (then
   "Jane Roe" alone does not say which Jane Roe). */
static bool one_qualified_page(x_ctx *x, const char *s, size_t n,
                               char page[X_NAME_MAX + 64]) {
  size_t np;
  const x_page *pg = linked_pages(x, &np);
  int found = 0;
  for (size_t i = 0; found < 2 && i < np; i++) {
    const char *p = pg[i].s;
    size_t tn = pg[i].n;
    /* the first byte before strncmp: most pages name another */
    if (tn < X_NAME_MAX + 64 && tn > n && (!n || p[0] == s[0]) &&
        strncmp(p, s, n) == 0 && p[n] == ' ' && p[n + 1] == '(' &&
        p[tn - 1] == ')' &&
        !(found && strncmp(page, p, tn) == 0 && page[tn] == '\0')) {
      memcpy(page, p, tn);
      page[tn] = '\0';
      found++;
    }
  }
  return found == 1;
}

skg_eid x_entity(x_ctx *x, skg_ent t, const char *s, size_t n) {
  if ((t == SKG_ENT_FILM || t == SKG_ENT_SERIES) && !x_work_name_ok(s, n))
    return SKG_NONE; /* an award or an interview is never a work */
  if (t == SKG_ENT_COMPANY && (!x_work_name_ok(s, n) || x_generic_name(s, n)))
    return SKG_NONE; /* nor a company, and "Anime Film" names no one */
  /* A link names the page of what it mentions: the strongest sign of
     identity there is, so its target is the entity's name and the
     surface form ("Roe" for [[Jane Roe (actress)|Roe]]) an alias. */
  const skg_link *l = link_over(x, s, n);
  skg_eid e;
  if (l) {
    e = linked_entity(x, t, l->target);
    if (e != SKG_NONE) {
      register_name(x, e, l->target, target_len(l->target));
      x_alias(x, e, s, n);
    }
    return e;
  }
  if (skg_ent_class(t) == SKG_CLASS_PERSON) {
    x_span full; /* "Roe" where the text names one Ann Roe: her */
    skg_eid same = same_person(x, s, n);
    if (same == SKG_NONE && x_full_name(x, s, n, &full))
      same = x_entity(x, t, x->d->text + full.off, full.len);
    if (same != SKG_NONE) {
      x_alias(x, same, s, n);
      return skg_graph_entity(x->g, t, s, n); /* same, its type raised */
    }
    /* "Vera Lind" in the infobox or unlinked in the text, where the page
       links [[Vera Lind (actress)]]: the one person of that page */
    char page[X_NAME_MAX + 64];
    if (one_qualified_page(x, s, n, page)) {
      e = linked_entity(x, t, page);
      if (e != SKG_NONE) {
        register_name(x, e, page, target_len(page));
        x_alias(x, e, s, n);
      }
      return e;
    }
  }
  e = skg_graph_entity(x->g, t, s, n);
  if (e != SKG_NONE)
    register_name(x, e, s, n);
  link_by_name(x, e, s, n);
  return e;
}

void x_alias(x_ctx *x, skg_eid e, const char *s, size_t n) {
  if (e == SKG_NONE)
    return;
  skg_graph_add_label(x->g, e, s, n);
  register_name(x, e, s, n);
}

/* A person named by a qualified link ("[[Jane Roe (writer)|Jane Roe]]")
   is the one of that page, not another "Jane Roe" of the document: found
   if it is that one, else SKG_NONE (the caller's x_entity makes it). */
static skg_eid qualified_person(const x_ctx *x, const char *s, size_t n,
                                skg_eid found) {
  const skg_link *l = link_over(x, s, n);
  size_t full = l ? strlen(l->target) : 0;
  if (!l || target_len(l->target) == full)
    return found;
  return skg_graph_find(x->g, SKG_CLASS_PERSON, l->target, full) == found
             ? found
             : SKG_NONE;
}

/* The key buffer of x_lookup, kept for the thread's next look-up (the
   families look up names at every other word, and a heap block a
   look-up cost more than the key); KEY_BUSY: a look-up is using it, so
   one nested in it makes its own. x_ctx_free frees it. */
static _Thread_local skg_buf KEY = SKG_BUF_INIT;
static _Thread_local bool KEY_BUSY;

/* The keys of the document's text that x_lookup made, by their place:
   the families look up the same span again and again (three look-ups in
   four, wiki-dev xml), and a key's making and hash were half of a
   look-up. A thread's slots and key bytes serve the document of its
   current context (x_ctx_init bumps the generation). */
/* Key bytes kept per document: a slot's old bytes stay in the buffer
   when it is reused, so a long document would grow it with every miss;
   past this, keys are made again instead of remembered (offsets fit in
   32 bits far below it). */
enum { KEY_SLOTS = 4096, KEY_BYTES_MAX = 1 << 20 };

typedef struct {
  uint32_t pos, n, gen; /* gen 0: never */
  uint32_t off, len;    /* the key, in KEYS.bytes */
  uint64_t kh;          /* its skg_hash_bytes */
} key_slot;

static _Thread_local struct {
  uint32_t gen;
  skg_buf bytes; /* the keys, each NUL-terminated */
  key_slot slot[KEY_SLOTS];
} KEYS;

/* The slot of s[0..n) when it lies in the document's text and fits. */
static key_slot *key_slot_of(const x_ctx *x, const char *s, size_t n) {
  const skg_doc *d = x->d;
  if (s < d->text || s >= d->text + d->len || d->len >= UINT32_MAX)
    return NULL;
  uint32_t pos = (uint32_t)(s - d->text);
  uint32_t h = (pos * 2654435761u) ^ ((uint32_t)n * 40503u);
  return &KEYS.slot[(h >> 7) & (KEY_SLOTS - 1)];
}

/* skg_norm_key of s[0..n) into kb (empty), and its hash when not empty:
   remembered for the document's text. */
static void lookup_key(const x_ctx *x, const char *s, size_t n, skg_buf *kb,
                       uint64_t *kh) {
  key_slot *k = key_slot_of(x, s, n);
  if (k && k->gen == KEYS.gen && k->pos == (uint32_t)(s - x->d->text) &&
      k->n == n) {
    skg_buf_append(kb, KEYS.bytes.data + k->off, k->len);
    *kh = k->kh;
    return;
  }
  skg_norm_key(s, n, kb);
  *kh = kb->len ? skg_hash_bytes(kb->data, strlen(kb->data)) : 0;
  if (k && KEYS.bytes.len < KEY_BYTES_MAX) {
    *k = (key_slot){(uint32_t)(s - x->d->text), (uint32_t)n,       KEYS.gen,
                    (uint32_t)KEYS.bytes.len,   (uint32_t)kb->len, *kh};
    skg_buf_append(&KEYS.bytes, kb->data ? kb->data : "", kb->len);
    skg_buf_putc(&KEYS.bytes, '\0');
  }
}

/* A new document: the remembered keys are void. */
static void lookup_keys_reset(void) {
  skg_buf_clear(&KEYS.bytes);
  if (++KEYS.gen == 0) { /* wrapped: every slot void again */
    memset(KEYS.slot, 0, sizeof KEYS.slot);
    KEYS.gen = 1;
  }
}

skg_eid x_lookup(const x_ctx *x, unsigned mask, const char *s, size_t n,
                 unsigned *cls) {
  bool own = KEY_BUSY; /* own: a key of this call alone, freed at its end */
  skg_buf mine = SKG_BUF_INIT;
  skg_buf *kb = own ? &mine : &KEY;
  KEY_BUSY = true;
  skg_buf_clear(kb);
  uint64_t kh;
  lookup_key(x, s, n, kb, &kh);
  const skg_buf key = *kb;
  skg_eid found = SKG_NONE;
  unsigned fcls = 0;
  int fpass = 0;
  /* Full names first, in any allowed class; then partial names. Only the
     document's own names: the graph of the other documents is not asked,
     so a document extracts the same facts whatever else the run read
     ("Paris" in a film article is not another article's character), and
     the shards of --shard merge into the single run (docs/scale.md). */
  name_asks asks = {x, key.data, kh, 0, {0}, {0}};
  for (int pass = 0; pass < 2 && found == SKG_NONE && key.len; pass++) {
    /* the classes of mask in order, up to its last (most ask one) */
    for (unsigned c = 0, m = mask; c < SKG_CLASS_COUNT && m; c++, m >>= 1) {
      if (!(m & 1u))
        continue;
      bool partial = false;
      skg_eid e = ask_class(&asks, c, &partial);
      if (e == SKG_NONE || partial != (pass == 1))
        continue;
      if (found != SKG_NONE && found != e) {
        found = SKG_NONE; /* two classes claim it: ambiguous */
        break;
      }
      found = e;
      fcls = c;
      fpass = pass;
    }
  }
  /* "Ann Roe" reached through the first and last words of "Ann Marie
     Roe": the text spells her that way too, an alias of the one node */
  if (found != SKG_NONE && fpass == 1 && fcls == SKG_CLASS_PERSON &&
      strchr(key.data, ' '))
    skg_graph_add_label(x->g, found, s, n);
  if (own)
    skg_buf_free(&mine);
  else
    KEY_BUSY = false;
  if (found != SKG_NONE && fcls == SKG_CLASS_PERSON)
    found = qualified_person(x, s, n, found);
  if (cls)
    *cls = fcls;
  return found;
}

/* ---- shared look-ups ---- */

/* Whether t[a..b) holds no word: only space, bullets and marks. */
static bool blank_between(const char *t, size_t a, size_t b) {
  for (; a < b; a++)
    if (isalnum((unsigned char)t[a]))
      return false;
  return true;
}

/* The sentence holding off; when off is in the space before a sentence
   (an indented bullet line "  * Jane Roe" starts before its sentence),
   the sentence after it, not the one before. */
size_t x_sent_at(const x_ctx *x, size_t off) {
  const skg_span *s = x->d->sents;
  size_t lo = 0, hi = x->d->nsents;
  while (lo < hi) { /* first sentence starting after off */
    size_t mid = lo + (hi - lo) / 2;
    if (s[mid].off <= off)
      lo = mid + 1;
    else
      hi = mid;
  }
  if (lo && off >= s[lo - 1].off + s[lo - 1].len && lo < x->d->nsents &&
      blank_between(x->d->text, off, s[lo].off))
    return lo;
  return lo ? lo - 1 : 0;
}

/* A known ORG entity named s[0..n) that is a Publication, or SKG_NONE. */
static skg_eid known_publication(const x_ctx *x, const char *s, size_t n) {
  skg_eid e = x_lookup(x, X_ORG, s, n, NULL);
  if (e == SKG_NONE && n > 4 && memcmp(s, "The ", 4) == 0)
    e = x_lookup(x, X_ORG, s + 4, n - 4, NULL);
  if (e != SKG_NONE && skg_graph_type(x->g, e) != SKG_ENT_PUBLICATION)
    return SKG_NONE;
  return e;
}

skg_eid x_publication(x_ctx *x, const char *s, size_t n) {
  skg_eid e = known_publication(x, s, n);
  if (e != SKG_NONE || !n)
    return e;
  /* A name some ORG entity already has but as a Company stays a company. */
  if (x_lookup(x, X_ORG, s, n, NULL) != SKG_NONE)
    return SKG_NONE;
  if (skg_lex_has(SKG_LEX_PUBLICATIONS, s, n))
    return x_entity(x, SKG_ENT_PUBLICATION, s, n);
  return SKG_NONE;
}

/* A nickname in quotes inside a name ("Bernard "Bernie" Salt") gives the
   alias "Bernie Salt" and the literal alias "Bernie". */
void x_nickname_aliases(x_ctx *x, skg_eid e, const char *s, size_t n,
                        const skg_evidence *ev) {
  size_t q1 = x_find(s, 0, n, " \"");
  size_t q2 = q1 < n ? x_find(s, q1 + 2, n, "\" ") : n;
  if (e == SKG_NONE || q2 == n)
    return;
  size_t nick = q2 - q1 - 2, rest = n - (q2 + 1);
  skg_graph_add_literal(x->g, e, SKG_PRED_ALIAS, s + q1 + 2, nick, ev);
  skg_buf b = SKG_BUF_INIT;
  skg_buf_append(&b, s + q1 + 2, nick);
  skg_buf_append(&b, s + q2 + 1, rest);
  x_alias(x, e, b.data, b.len);
  skg_buf_free(&b);
}

/* ---- the context's life ---- */

/* x_ctx_init and x_ctx_init_scratch: digest says whether the document
   gets its digest in the graph. */
static void ctx_init(x_ctx *x, skg_graph *g, const skg_doc *d, bool digest) {
  *x = (x_ctx){0};
  x->g = g;
  x->d = d;
  x_find_doc(d);
  lookup_keys_reset();
  /* The digest (skg_doc_set_digest_all): of every document for RDF, else
     of a document whose IRI it is (iri.c: no source of its own). */
  char sha[65] = "";
  if (digest && !d->sha256[0] &&
      (skg_doc_digest_all() || !d->source || !d->source[0]))
    skg_doc_digest(d, sha);
  x->doc =
      skg_graph_add_doc(g, d->name, d->sha256[0] ? d->sha256 : sha, d->chars);
  skg_graph_doc_origin(g, x->doc, d->title, d->source);
  x->subject = SKG_NONE;
  x->subject_type = SKG_ENT_SERIES;
  x->refs_start = d->nsents;
  /* infobox lines appended to the text end it; a flattened infobox's own
     lines (read_flat.c) stand above the prose, which goes on after them */
  const skg_field *last = d->nfields ? &d->fields[d->nfields - 1] : NULL;
  if (last && d->fields[0].len && last->off + last->len + 1 >= d->len)
    x->refs_start = x_sent_at(x, d->fields[0].off);
}

void x_ctx_init(x_ctx *x, skg_graph *g, const skg_doc *d) {
  ctx_init(x, g, d, true);
}

void x_ctx_init_scratch(x_ctx *x, skg_graph *g, const skg_doc *d) {
  ctx_init(x, g, d, false);
}

void x_ctx_free(x_ctx *x) {
  x_find_doc(NULL);
  skg_buf_free(&KEY);
  skg_buf_free(&KEYS.bytes);
  for (size_t i = 0; i < x->nnames; i++)
    free(x->names[i].key);
  free(x->names);
  free(x->pages);
  free(x->sections);
  free(x->fulls);
  free(x->alones);
  skg_table_free(&x->name_index);
}

/* ---- characters ---- */

/* Number of leading title words ("NYPD Captain ") in s[0..n); *rest gets
   the offset of the name after them. */
static size_t title_words(const char *s, size_t n, size_t *rest) {
  size_t words = 0, p = 0;
  *rest = 0;
  while (p < n) {
    size_t w = 0;
    while (p + w < n && s[p + w] != ' ')
      w++;
    if (p + w >= n || !skg_lex_has(SKG_LEX_TITLES, s + p, w))
      break;
    p += w + 1;
    words++;
  }
  *rest = p;
  return words;
}

skg_eid x_character(x_ctx *x, const char *s, size_t n, bool create) {
  skg_eid e = x_lookup(x, X_CHARACTER, s, n, NULL);
  size_t rest;
  bool titled = title_words(s, n, &rest) > 0;
  if (e == SKG_NONE && titled)
    e = x_lookup(x, X_CHARACTER, s + rest, n - rest, NULL);
  if (e != SKG_NONE || !create)
    return e;
  /* "Doctor Quell" stays whole: one word left is too little to be sure
     the first word is a title and not part of the name. */
  if (!titled || !memchr(s + rest, ' ', n - rest))
    return x_entity(x, SKG_ENT_CHARACTER, s, n);
  e = x_entity(x, SKG_ENT_CHARACTER, s + rest, n - rest);
  x_alias(x, e, s, n);
  return e;
}

size_t x_owner_len(const x_ctx *x, const char *s, size_t n) {
  static const char OF[] = " of";
  for (size_t i = 1; i < n; i++) {
    size_t k = x_possessive_at(s, i, n);
    if (!k && i + sizeof OF < n && memcmp(s + i, OF, sizeof OF - 1) == 0)
      k = sizeof OF - 1;
    if (!k)
      continue;
    size_t c = i + k + 1; /* the company's first byte, past the space */
    /* after " of " only a known person ("the Royal Bank of Lark Films"
       is one name) */
    bool person =
        x_lookup(x, X_PERSON, s, i, NULL) != SKG_NONE ||
        (s[i] != ' ' && memchr(s, ' ', i) && x_person_like(s, i, false));
    if (c >= n || s[c - 1] != ' ' || !x_company_like(s + c, n - c) || !person)
      return 0;
    return c;
  }
  return 0;
}
