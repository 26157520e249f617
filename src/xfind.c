/* xfind.c: x_find (xctx.h), the substring search every rule family runs
   over sentences and the whole text: hundreds of cue needles a sentence,
   nearly all of them absent. It was a byte loop calling memcmp at each
   byte equal to the needle's first, then glibc's memmem, whose per-call
   set-up dominated on haystacks the size of a sentence (a sixth of the
   CPU of a real film page, perf).

   Now, while a document is being extracted (x_find_doc, from
   x_ctx_init), each thread keeps for each sentence of that document, and
   for the last few other ranges of its text it was asked about, a set of
   the byte pairs the range holds (hashed into 2048 bits). A needle with a pair
   the set lacks is not in the range, nor in any later part of it, and is
   answered without reading the text; otherwise memchr looks for the needle's
   rarest byte and memcmp checks each hit. Candidates come in the order of their
   starts, so the first that matches is the first occurrence, as before.
   Only the registered document's text is filtered: it is const while
   the families run, so a range's set stays true until the next
   document.

   The same registration keeps a small direct-mapped memo of x_name_len
   answers for that text (x_memo_name_get/put): a name's length is a
   function of the bytes alone, and the families ask for it at the same
   positions many times; and one of the other-work cues of a sentence
   (x_memo_cue_get/put, extract_crew_own_ref.c), which half of the
   families ask of each sentence.

   x_gate_cues answers for a whole cue table at once which cues a range
   may hold, from the same pair set and each cue's two rarest pairs
   (kept per thread at the table's first use), so a family's loop calls
   x_find only for those: a clear bit is exact, a set bit only "maybe". */
#include "xctx.h"

#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Keeps a rarely taken path out of its caller's body. */
#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif

enum {
  PAIR_WORDS = 32, /* 2048 bits */
  SLOTS = 4,       /* other ranges remembered a thread */
  MIN_RANGE = 48,  /* shorter ranges are scanned at once */
  MAX_RANGE = 256, /* longer ones (a paragraph, the whole text) too: a
                      set of up to 2,048 bytes cost more to fill than
                      the scans it spared (1 % of a real page) */
};

typedef struct {
  const char *t; /* the text, the registered document's */
  size_t a, end; /* the range t[a..end) whose pairs are set; end 0: none */
  unsigned last; /* clock of the last use, for replacing the oldest */
  uint64_t pairs[PAIR_WORDS];
} range_set;

/* x_name_len answers remembered a thread: at 2,048 slots, answers the
   families asked again had been replaced (1.3 % of the instructions of
   the wiki-dev xml folder went to asking them afresh) */
enum { MEMO_SLOTS = 8192 };
enum { CUE_SLOTS = 4096 }; /* x_other_work_cue answers (sentences) */

typedef struct {
  uint32_t pos, end, n, gen; /* gen: the document's, 0 never */
} memo_slot;

/* The document being read: a set per sentence, made at its first search
   (the families walk the sentences once each, so a few remembered ranges
   would be made again and again), and a few other ranges (clauses). */
static _Thread_local struct {
  const skg_doc *d;
  range_set *sent; /* d->nsents sets, or NULL */
  size_t hint;     /* the sentence of the last search */
  unsigned clock;
  range_set r[SLOTS];
  range_set *last; /* the set of the last search, for the next one: the
                       families search one sentence many times in a row */
  const char *last_t; /* last's text and range, copied: x_find compares */
  size_t last_a;      /* them without reading last first; last_end 0: */
  size_t last_end;    /* no last (x_find never asks an empty range) */
  uint32_t gen;    /* bumped for each document: older memo slots are void */
  memo_slot memo[MEMO_SLOTS];
  memo_slot cue[CUE_SLOTS];
} CACHE;

/* True when the sentences come in order without overlap, so a range's
   sentence is found by its end with a binary search. */
static bool sentences_ordered(const skg_doc *d) {
  for (size_t i = 1; i < d->nsents; i++)
    if (d->sents[i].off < d->sents[i - 1].off + d->sents[i - 1].len)
      return false;
  return true;
}

void x_find_doc(const skg_doc *d) {
  free(CACHE.sent);
  CACHE.sent = NULL;
  CACHE.d = d;
  CACHE.hint = 0;
  CACHE.last = NULL;
  CACHE.last_end = 0;
  for (size_t i = 0; i < SLOTS; i++)
    CACHE.r[i].end = 0;
  if (++CACHE.gen == 0) { /* wrapped: every slot void again */
    memset(CACHE.memo, 0, sizeof CACHE.memo);
    memset(CACHE.cue, 0, sizeof CACHE.cue);
    CACHE.gen = 1;
  }
  if (d && d->nsents && sentences_ordered(d))
    CACHE.sent = calloc(d->nsents, sizeof *CACHE.sent); /* NULL: no sets */
}

static unsigned pair_hash(const char *p) {
  return (((unsigned)(unsigned char)p[0] << 4) ^ (unsigned char)p[1]) &
         (PAIR_WORDS * 64u - 1);
}

static void fill(range_set *r, const char *t, size_t a, size_t end) {
  memset(r->pairs, 0, sizeof r->pairs);
  for (size_t i = a; i + 1 < end; i++) {
    unsigned h = pair_hash(t + i);
    r->pairs[h >> 6] |= (uint64_t)1 << (h & 63);
  }
  r->t = t;
  r->a = a;
  r->end = end;
}

static size_t sent_end(const skg_doc *d, size_t i) {
  return d->sents[i].off + d->sents[i].len;
}

/* Index of the first sentence ending at or after end: the one of the last
   search or the next (the families walk the sentences in order), else a
   binary search. */
static size_t sentence_index(const skg_doc *d, size_t end) {
  size_t h = CACHE.hint;
  for (size_t i = h; i < d->nsents && i < h + 2; i++)
    if (sent_end(d, i) >= end && (i == 0 || sent_end(d, i - 1) < end))
      return CACHE.hint = i;
  size_t lo = 0, hi = d->nsents;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (sent_end(d, mid) < end)
      lo = mid + 1;
    else
      hi = mid;
  }
  return CACHE.hint = lo;
}

/* The set of the sentence ending at end, when it holds pos; or NULL. */
static range_set *sentence_set(const char *t, size_t pos, size_t end) {
  const skg_doc *d = CACHE.d;
  size_t i = sentence_index(d, end);
  if (i == d->nsents || sent_end(d, i) != end || d->sents[i].off > pos)
    return NULL;
  range_set *r = &CACHE.sent[i];
  if (!r->end)
    fill(r, t, d->sents[i].off, end);
  return r->end ? r : NULL; /* an empty sentence has no set */
}

/* Makes r the set of the last search. */
static range_set *remember(range_set *r) {
  CACHE.last = r;
  CACHE.last_t = r->t;
  CACHE.last_a = r->a;
  CACHE.last_end = r->end;
  return r;
}

/* The pair set of a remembered range holding t[pos..end), made when the
   range is worth it; NULL when there is none. */
static const range_set *set_for(const char *t, size_t pos, size_t end) {
  if (!CACHE.d || t != CACHE.d->text)
    return NULL;
  range_set *r = CACHE.last;
  if (r && r->end == end && r->a <= pos)
    return r;
  r = CACHE.sent ? sentence_set(t, pos, end) : NULL;
  if (r)
    return remember(r);
  range_set *old = &CACHE.r[0];
  for (size_t i = 0; i < SLOTS; i++) {
    r = &CACHE.r[i];
    if (r->end == end && r->a <= pos) {
      r->last = ++CACHE.clock;
      return remember(r);
    }
    if (old->end && (!r->end || r->last < old->last))
      old = r; /* a free slot, else the least recently used */
  }
  if (end - pos < MIN_RANGE || end - pos > MAX_RANGE)
    return NULL;
  fill(old, t, pos, end);
  old->last = ++CACHE.clock;
  return remember(old);
}

/* False when some byte pair of the needle (NUL-terminated, two bytes or
   more) is missing from the set. Walks the needle without its length: most
   needles are absent and lose on an early pair, so strlen would cost more
   than the test. */
static bool may_hold(const range_set *r, const char *needle) {
  for (const char *p = needle; p[1]; p++) {
    unsigned h = pair_hash(p);
    if (!(r->pairs[h >> 6] & ((uint64_t)1 << (h & 63))))
      return false;
  }
  return true;
}

/* Rough frequency of a byte in English prose (per mille); bytes not
   listed are rare (capitals, most punctuation). */
static const unsigned char FREQ[256] = {
    [' '] = 180, ['e'] = 127, ['t'] = 91, ['a'] = 82, ['o'] = 75, ['i'] = 70,
    ['n'] = 67,  ['s'] = 63,  ['h'] = 61, ['r'] = 60, ['d'] = 43, ['l'] = 40,
    ['c'] = 28,  ['u'] = 28,  ['m'] = 24, ['w'] = 24, ['f'] = 22, ['g'] = 20,
    ['y'] = 20,  ['p'] = 19,  ['b'] = 15, [','] = 12, ['.'] = 12, ['v'] = 10,
    ['k'] = 8,   ['0'] = 5,   ['1'] = 5,  ['2'] = 5,  ['9'] = 5,  ['-'] = 3,
    ['j'] = 2,   ['x'] = 2,   ['q'] = 1,  ['z'] = 1};

/* The needle's length and the index of its rarest byte (the first of
   equals), in one walk. */
static size_t rarest(const char *needle, size_t *n) {
  size_t best = 0, i = 1;
  unsigned f = FREQ[(unsigned char)needle[0]];
  for (; needle[i]; i++)
    if (FREQ[(unsigned char)needle[i]] < f) {
      best = i;
      f = FREQ[(unsigned char)needle[i]];
    }
  *n = i;
  return best;
}

/* needle (n bytes) in t[pos..end), its rarest byte at k. */
static size_t scan(const char *t, size_t pos, size_t end, const char *needle,
                   size_t n, size_t k) {
  unsigned char c = (unsigned char)needle[k];
  /* a match starting at s has needle[k] at s + k, pos <= s <= end - n */
  const char *p = t + pos + k, *last = t + end - n + k;
  while (p <= last) {
    const char *hit = memchr(p, c, (size_t)(last - p) + 1);
    if (!hit)
      break;
    /* the first byte inline: a call to memcmp costs more than most
       candidates, which already differ there */
    if (hit[-(ptrdiff_t)k] == needle[0] && memcmp(hit - k, needle, n) == 0)
      return (size_t)(hit - k - t);
    p = hit + 1;
  }
  return end;
}

/* The search itself, out of line: x_find's own path (most needles are
   answered by the pair set) then saves no registers and sets up no frame. */
NOINLINE static size_t find_in(const char *t, size_t pos, size_t end,
                               const char *needle) {
  size_t n;
  size_t k = rarest(needle, &n);
  if (n > end - pos)
    return end;
  return scan(t, pos, end, needle, n, k);
}

/* A needle of one byte: memchr alone, without find_in's walk of the
   needle for its length and rarest byte. */
NOINLINE static size_t find_byte(const char *t, size_t pos, size_t end,
                                 char c) {
  const char *hit = memchr(t + pos, c, end - pos);
  return hit ? (size_t)(hit - t) : end;
}

/* x_find for a range other than the last one searched. */
NOINLINE static size_t find_other(const char *t, size_t pos, size_t end,
                                  const char *needle) {
  const range_set *r = set_for(t, pos, end);
  if (r && !may_hold(r, needle))
    return end;
  return find_in(t, pos, end, needle);
}

/* Every call out of x_find is its last act, so the common path (the
   last range again, a needle the pair set turns away) saves no
   registers. */
size_t x_find(const char *t, size_t pos, size_t end, const char *needle) {
  if (!needle[0])
    return end;
  if (!needle[1]) /* a pair set only answers needles of two bytes or more */
    return pos < end ? find_byte(t, pos, end, needle[0]) : end;
  /* the families ask one range in a row; a set is only made for the
     registered text (set_for), and x_find_doc forgets the last one. A
     range within it holds no more pairs than it does, an empty one none
     (pos >= end is left to the rarer paths below) */
  if (CACHE.last_end != end || CACHE.last_a > pos || CACHE.last_t != t)
    return pos < end ? find_other(t, pos, end, needle) : end;
  /* the first pair apart, from the two bytes read above: two needles in
     three are turned away by it */
  const range_set *r = CACHE.last;
  unsigned h = pair_hash(needle);
  if (!(r->pairs[h >> 6] & ((uint64_t)1 << (h & 63))))
    return end;
  if (!may_hold(r, needle + 1) || pos >= end)
    return end;
  return find_in(t, pos, end, needle);
}

/* The slot of t[pos..end) in a memo of nslots slots (a power of two),
   or NULL when t is not the registered text or the offsets do not fit
   the slot. */
static memo_slot *memo_slot_of(memo_slot *memo, size_t nslots, const char *t,
                               size_t pos, size_t end) {
  if (!CACHE.d || t != CACHE.d->text || end >= UINT32_MAX)
    return NULL;
  uint32_t h = ((uint32_t)pos * 2654435761u) ^ ((uint32_t)end * 40503u);
  return &memo[(h >> 7) & (nslots - 1)];
}

static bool memo_get(memo_slot *memo, size_t nslots, const char *t, size_t pos,
                     size_t end, size_t *n) {
  const memo_slot *m = memo_slot_of(memo, nslots, t, pos, end);
  if (!m || m->gen != CACHE.gen || m->pos != pos || m->end != end)
    return false;
  *n = m->n;
  return true;
}

static void memo_put(memo_slot *memo, size_t nslots, const char *t, size_t pos,
                     size_t end, size_t n) {
  memo_slot *m = memo_slot_of(memo, nslots, t, pos, end);
  if (m && n < UINT32_MAX)
    *m = (memo_slot){(uint32_t)pos, (uint32_t)end, (uint32_t)n, CACHE.gen};
}

bool x_memo_name_get(const char *t, size_t pos, size_t end, size_t *n) {
  return memo_get(CACHE.memo, MEMO_SLOTS, t, pos, end, n);
}

void x_memo_name_put(const char *t, size_t pos, size_t end, size_t n) {
  memo_put(CACHE.memo, MEMO_SLOTS, t, pos, end, n);
}

bool x_memo_cue_get(const char *t, size_t pos, size_t end, unsigned *kinds) {
  size_t n;
  if (!memo_get(CACHE.cue, CUE_SLOTS, t, pos, end, &n))
    return false;
  *kinds = (unsigned)n;
  return true;
}

void x_memo_cue_put(const char *t, size_t pos, size_t end, unsigned kinds) {
  memo_put(CACHE.cue, CUE_SLOTS, t, pos, end, kinds);
}

/* The key of a pair: how common it is in prose, by its bytes' rough
   frequencies (rare bytes count as 1). */
static unsigned pair_weight(const char *p) {
  return (FREQ[(unsigned char)p[0]] + 1u) * (FREQ[(unsigned char)p[1]] + 1u);
}

/* The hashes of the two rarest pairs of cue (the same one twice when it
   has a single pair); both ~0 for a cue no pair set answers. */
static void gate_key(uint16_t key[2], const char *cue) {
  key[0] = key[1] = UINT16_MAX;
  if (!cue || !cue[0] || !cue[1])
    return;
  unsigned w0 = UINT_MAX, w1 = UINT_MAX;
  for (const char *p = cue; p[1]; p++) {
    unsigned w = pair_weight(p);
    uint16_t h = (uint16_t)pair_hash(p);
    if (w < w0) {
      key[1] = key[0];
      w1 = w0;
      key[0] = h;
      w0 = w;
    } else if (w < w1) {
      key[1] = h;
      w1 = w;
    }
  }
  if (key[1] == UINT16_MAX)
    key[1] = key[0];
}

static bool has_pair(const range_set *r, unsigned h) {
  return (r->pairs[h >> 6] >> (h & 63)) & 1u;
}

/* The gate answers from the same set x_find would test: a pair missing
   from it is missing from the range, so x_find would return end. */
uint64_t x_gate_cues(x_gate *g, const void *table, size_t n, size_t stride,
                     const char *t, size_t pos, size_t end) {
  if (n > X_GATE_MAX)
    n = X_GATE_MAX; /* x_gate_may passes the rest */
  if (!g->n) {
    for (size_t i = 0; i < n; i++)
      gate_key(g->key[i],
               *(const char *const *)(const void *)((const char *)table +
                                                    i * stride));
    g->n = n;
  }
  if (pos >= end)
    return 0; /* x_find answers end for every needle */
  const range_set *r =
      CACHE.last_end == end && CACHE.last_a <= pos && CACHE.last_t == t
          ? CACHE.last
          : set_for(t, pos, end);
  if (!r)
    return UINT64_MAX;
  uint64_t m = 0;
  for (size_t i = 0; i < n; i++) {
    const uint16_t *k = g->key[i];
    if (k[0] == UINT16_MAX || (has_pair(r, k[0]) && has_pair(r, k[1])))
      m |= (uint64_t)1 << i;
  }
  return m;
}

size_t x_find_first(const char *t, size_t pos, size_t end,
                    const char *const *cues, size_t n, size_t *len) {
  size_t best = end;
  for (size_t i = 0; i < n; i++) {
    size_t p = x_find(t, pos, end, cues[i]);
    if (p < best) {
      best = p;
      *len = strlen(cues[i]);
    }
  }
  return best;
}
