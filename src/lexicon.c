/* lexicon.c: look-ups in the generated tables. The tables are sorted (a
   binary search needs nothing more), but the rule families ask them at
   nearly every word of every sentence, and the binary search with its
   lower-casing compare was a tenth of the CPU of a real film page (perf).
   So each table gets, once per process, an open-addressing hash index
   over its lower-case keys; a look-up hashes s lower-cased and compares
   one or two keys. Words longer than a table's longest key, of a length
   no key has or starting with a byte no key starts with are refused
   before hashing. Keys are unique (scripts/embed_lexicons.sh sorts with
   -u), so the index answers what the binary search answered. */
#include "lexicon.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* A third filter after the first byte and the first two: of the words
   the two-byte filter lets through, most would hash and probe in vain
   (two thirds have a length some key has). */
enum { THREE_WORDS = 128 };

typedef struct {
  uint32_t *slot; /* entry index + 1; 0 = empty */
  size_t mask;    /* slots - 1 (a power of two) */
  size_t maxlen;  /* the longest key */
} lex_index;

static lex_index INDEX[SKG_LEX_COUNT];
/* The filters of each list, a table each (every look-up asks them and
   most stop there; a list's row is found with a shift, where one entry
   holding them all was found with a multiply): bit c of FIRST, a key
   starts with a byte that c lower-cases to; bit n of LENS, a key of n
   bytes (n < 64; bit 63: longer); TWO, a key's first two bytes hashed
   to 4,096 bits; THREE, its first three hashed to 8,192. */
static uint64_t FIRST[SKG_LEX_COUNT][4];
static uint64_t LENS[SKG_LEX_COUNT];
static uint64_t TWO[SKG_LEX_COUNT][64];
static uint64_t THREE[SKG_LEX_COUNT][THREE_WORDS];
static pthread_once_t INDEX_ONCE = PTHREAD_ONCE_INIT;
static int INDEX_OK; /* 0 if an allocation failed: binary search then */

/* ASCII lower-casing, as tolower does in the C locale and on the single
   bytes of UTF-8 text in any locale, without its call per byte. */
static unsigned char lower_byte(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

/* lower_byte of every byte, made by index_all before any look-up: the
   hash and the filters lower every byte they read, a load each. */
static unsigned char LOWER[256];

static unsigned char lower(unsigned char c) { return LOWER[c]; }

/* FNV-1a over s[0..n) lower-cased as the compare lower-cases it. */
static const uint32_t HASH_SEED = 2166136261u;

static uint32_t hash_step(uint32_t h, unsigned char c) {
  return (h ^ (uint32_t)lower(c)) * 16777619u;
}

static uint32_t hash_lower(const char *s, size_t n) {
  uint32_t h = HASH_SEED;
  for (size_t i = 0; i < n; i++)
    h = hash_step(h, (unsigned char)s[i]);
  return h;
}

/* The two-byte filter's bit for s[0], s[1] lower-cased. */
static unsigned two_hash(const char *s) {
  return ((unsigned)lower((unsigned char)s[0]) << 5 ^
          lower((unsigned char)s[1])) &
         4095u;
}

/* False when no key starts with the byte s[0] (lower-cased). The set
   holds the bytes that lower-case to a key's first byte (index_one), so
   s[0] is read as it is. */
static bool first_may(skg_lex lex, const char *s) {
  unsigned char c = (unsigned char)s[0];
  return FIRST[lex][c >> 6] & ((uint64_t)1 << (c & 63));
}

static void set_bit(uint64_t *set, unsigned char b) {
  set[b >> 6] |= (uint64_t)1 << (b & 63);
}

/* Marks in first the bytes that lower-case to c, a key's first
   byte: c itself unless it is a capital (lower-casing never gives one,
   so it starts no match), and the capital of a lower-case letter. */
static void mark_first(uint64_t first[4], unsigned char c) {
  if (lower_byte(c) == c)
    set_bit(first, c);
  if (c >= 'a' && c <= 'z')
    set_bit(first, (unsigned char)(c - ('a' - 'A')));
}

/* The three-byte filter's bit for s[0..3) lower-cased. */
static unsigned three_hash(const char *s) {
  return ((unsigned)lower((unsigned char)s[0]) << 10 ^
          (unsigned)lower((unsigned char)s[1]) << 5 ^
          lower((unsigned char)s[2])) &
         (THREE_WORDS * 64u - 1);
}

/* False when no key of three bytes or more starts with s[0..3)
   (lower-cased). */
static bool three_may(skg_lex lex, const char *s) {
  unsigned h3 = three_hash(s);
  return THREE[lex][h3 >> 6] & ((uint64_t)1 << (h3 & 63));
}

/* False when no key starts with the two bytes of s (lower-cased). */
static bool two_may(skg_lex lex, const char *s) {
  unsigned h2 = two_hash(s);
  return TWO[lex][h2 >> 6] & ((uint64_t)1 << (h2 & 63));
}

static int index_one(int k) {
  lex_index *ix = &INDEX[k];
  const skg_lexicon *l = &SKG_LEXICONS[k];
  size_t slots = 16;
  while (slots < 2 * l->n)
    slots *= 2;
  ix->slot = calloc(slots, sizeof *ix->slot);
  if (!ix->slot)
    return 0;
  ix->mask = slots - 1;
  for (size_t i = 0; i < l->n; i++) {
    size_t len = strlen(l->v[i].key);
    if (len > ix->maxlen)
      ix->maxlen = len;
    LENS[k] |= (uint64_t)1 << (len < 63 ? len : 63);
    if (len)
      mark_first(FIRST[k], (unsigned char)l->v[i].key[0]);
    if (len > 1) {
      unsigned h2 = two_hash(l->v[i].key);
      TWO[k][h2 >> 6] |= (uint64_t)1 << (h2 & 63);
    }
    if (len > 2) {
      unsigned h3 = three_hash(l->v[i].key);
      THREE[k][h3 >> 6] |= (uint64_t)1 << (h3 & 63);
    }
    size_t h = hash_lower(l->v[i].key, len) & ix->mask;
    while (ix->slot[h])
      h = (h + 1) & ix->mask;
    ix->slot[h] = (uint32_t)(i + 1);
  }
  return 1;
}

static void index_all(void) {
  for (size_t c = 0; c < sizeof LOWER; c++)
    LOWER[c] = lower_byte((unsigned char)c);
  for (int k = 0; k < SKG_LEX_COUNT; k++)
    if (!index_one(k))
      return;
  INDEX_OK = 1;
}

/* Compares key (lower-case, NUL-terminated) with s[0..n) lower-cased. */
static int cmp(const char *key, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    int a = (unsigned char)key[i];
    int b = lower((unsigned char)s[i]);
    if (!a || a != b)
      return a - b;
  }
  return (unsigned char)key[n];
}

static const char *bsearch_get(const skg_lexicon *l, const char *s, size_t n) {
  size_t lo = 0, hi = l->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = cmp(l->v[mid].key, s, n);
    if (c == 0)
      return l->v[mid].value;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

/* 1 once the indexes are built, 2 once building them failed: the
   look-ups then skip pthread_once, a library call at every word, and
   test this one flag for both (INDEX_OK is read only on the rare path). */
static _Atomic int INDEX_READY;

static void index_all_once(void) {
  index_all();
  INDEX_READY = INDEX_OK ? 1 : 2;
}

/* Keeps the look-up's rarely taken path out of skg_lex_get, whose own
   path (most words start no key) then saves no registers. */
#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif

/* The look-up of s[0..n) in the index of lex, s[0] being a byte some key
   starts with (or n being 0, or s[0] NUL). */
NOINLINE static const char *probe(skg_lex lex, const char *s, size_t n) {
  const skg_lexicon *l = &SKG_LEXICONS[lex];
  const lex_index *ix = &INDEX[lex];
  /* The compare stops at a NUL of s: a key equal to the bytes before it
     matched; so does the index. No NUL within the longest key: a longer s
     is no key either. The length is known (strnlen) before the hash, so
     a length no key has costs no hashing. */
  size_t lim = n < ix->maxlen + 1 ? n : ix->maxlen + 1;
  size_t k = strnlen(s, lim);
  if (k < lim)
    n = k;
  if (n > ix->maxlen || !(LENS[lex] & ((uint64_t)1 << (n < 63 ? n : 63))))
    return NULL;
  uint32_t h = hash_lower(s, n);
  for (size_t i = h & ix->mask; ix->slot[i]; i = (i + 1) & ix->mask) {
    const skg_lex_entry *e = &l->v[ix->slot[i] - 1];
    if (cmp(e->key, s, n) == 0)
      return e->value;
  }
  return NULL;
}

/* The three-byte filter, then the look-up; a function of its own, so
   that neither skg_lex_get's path nor this one needs a frame (probe's
   calls do). */
NOINLINE static const char *indexed_get(skg_lex lex, const char *s, size_t n) {
  /* three bytes, none NUL: so would the key have */
  if (n > 2 && s[0] && s[1] && s[2] && !three_may(lex, s))
    return NULL;
  return probe(lex, s, n);
}

/* Builds the indexes at the first look-up; without them (an allocation
   failed), the binary search. */
NOINLINE static const char *unready_get(skg_lex lex, const char *s, size_t n) {
  pthread_once(&INDEX_ONCE, index_all_once);
  if (INDEX_READY != 1)
    return bsearch_get(&SKG_LEXICONS[lex], s, n);
  return skg_lex_get(lex, s, n);
}

const char *skg_lex_get(skg_lex lex, const char *s, size_t n) {
  if (INDEX_READY != 1)
    return unready_get(lex, s, n);
  if (n && s[0]) { /* most words start no key: refused before anything */
    if (!first_may(lex, s))
      return NULL;
    /* s[1] not NUL: the key would have two bytes or more, so the
       two-byte filter answers before the NUL is looked for (and
       indexed_get's three-byte one) */
    if (n > 1 && s[1] && !two_may(lex, s))
      return NULL;
  }
  return indexed_get(lex, s, n);
}

/* skg_lex_may_start before the indexes are built: builds them. Out of
   line, so that skg_lex_may_start's own path saves no registers. */
NOINLINE static bool unready_may_start(skg_lex lex, const char *s, size_t n) {
  pthread_once(&INDEX_ONCE, index_all_once);
  return INDEX_READY != 1 || skg_lex_may_start(lex, s, n);
}

bool skg_lex_may_start(skg_lex lex, const char *s, size_t n) {
  if (INDEX_READY != 1)
    return unready_may_start(lex, s, n);
  if (!n || !s[0])
    return true;
  if (!first_may(lex, s))
    return false;
  /* a one-byte key, or a look-up cut to one byte by a NUL, is not in the
     two-byte filter */
  if (n < 2 || !s[1] || (LENS[lex] & 2u))
    return true;
  if (!two_may(lex, s))
    return false;
  /* nor a two-byte one, or a look-up of two bytes, in the three-byte
     filter; any longer look-up at s starts with s[0..3) */
  if (n < 3 || !s[2] || (LENS[lex] & 4u))
    return true;
  return three_may(lex, s);
}

/* The longest key, from the index; measured here when building the
   indexes failed (the binary search then answers). */
size_t skg_lex_maxlen(skg_lex lex) {
  if (INDEX_READY != 1) {
    pthread_once(&INDEX_ONCE, index_all_once);
    if (INDEX_READY != 1) {
      size_t best = 0;
      for (size_t i = 0; i < SKG_LEXICONS[lex].n; i++) {
        size_t n = strlen(SKG_LEXICONS[lex].v[i].key);
        best = n > best ? n : best;
      }
      return best;
    }
  }
  return INDEX[lex].maxlen;
}
