/* read_bz2.c: bzip2 decompressed on threads (read_bz2.h). The reader's
   thread cuts the compressed bytes into jobs and puts them in a ring; the
   workers decompress the jobs that start a stream, each into its own
   buffer; the reader's thread serves the buffers in file order and
   decodes on its own whatever a worker could not: a job that continues
   the stream of the one before, the rest of a job whose output passed
   OUT_CAP (a bomb of zeros must not fill memory), data after a stream
   end. */
#include "read_bz2.h"

#include "alloc.h"

#include <bzlib.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum {
  READ_CHUNK = 1 << 20,
  MIN_JOB = 256 << 10, /* streams are grouped into jobs of at least this */
  MAX_JOB = 8 << 20,   /* a job is cut here when no stream starts before */
  OUT_CAP = 8 << 20,   /* a worker stops here; the reader goes on */
  MAX_THREADS = 64,
  MAGIC_LEN = 10 /* "BZh9" and the block magic 0x314159265359 */
};

static int bz2_jobs = 1;
static const char *bz2_index;

void skg_bz2_set_jobs(int jobs) {
  bz2_jobs = jobs > MAX_THREADS ? MAX_THREADS : jobs;
}
int skg_bz2_jobs(void) { return bz2_jobs; }
void skg_bz2_set_index(const char *path) { bz2_index = path; }

typedef struct {
  unsigned char *raw; /* the compressed bytes of the job */
  size_t len, used;   /* used: bytes fed to bz */
  uint64_t at;        /* file offset of raw[0] */
  bool start;         /* raw starts with a stream magic: a worker decodes */
  bz_stream *bz;      /* a stream being decoded, or NULL */
  char *out;          /* decoded by a worker: out[pos..len) to serve */
  size_t out_len, out_cap, out_pos;
  bool failed; /* corrupt data at at + used */
  bool done;   /* the worker is through with it (under mu) */
} job;

struct skg_bz2 {
  int fd;
  const char *name;
  unsigned char *acc; /* read, not yet in a job: acc[0] is at acc_at */
  size_t acc_len, acc_cap, scanned;
  uint64_t acc_at, raw_total;
  bool acc_start, eof;
  uint64_t *cuts; /* --dump-index offsets, sorted */
  size_t ncuts, next_cut;
  job *ring;
  size_t cap;
  uint64_t made, taken, head; /* head <= taken <= made <= head + cap */
  bool opened;                /* the head job was taken over by the reader */
  bz_stream *carried;         /* a stream the jobs before head left open */
  pthread_t threads[MAX_THREADS];
  int nthreads;
  pthread_mutex_t mu;
  pthread_cond_t work, done;
  bool stop;
};

static bz_stream *bz_new(void) {
  bz_stream *bz = skg_xcalloc(1, sizeof *bz);
  if (BZ2_bzDecompressInit(bz, 0, 0) != BZ_OK) {
    free(bz);
    return NULL;
  }
  return bz;
}

static void bz_free(bz_stream *bz) {
  if (bz)
    BZ2_bzDecompressEnd(bz);
  free(bz);
}

/* Feeds the rest of j's bytes to j->bz, decoding into out[0..cap). */
static int step(job *j, char *out, size_t cap, size_t *got) {
  size_t avail = j->len - j->used;
  j->bz->next_in = (char *)j->raw + j->used;
  j->bz->avail_in = avail > 1u << 30 ? 1u << 30 : (unsigned)avail;
  unsigned want = cap > 1u << 30 ? 1u << 30 : (unsigned)cap;
  j->bz->next_out = out;
  j->bz->avail_out = want;
  unsigned in0 = j->bz->avail_in;
  int rc = BZ2_bzDecompress(j->bz);
  j->used += in0 - j->bz->avail_in;
  *got = want - j->bz->avail_out;
  return rc;
}

/* A worker decodes a job that starts a stream, stream after stream, until
   its bytes end (a stream left open stays in j->bz), its output reaches
   OUT_CAP (the reader goes on) or the data is corrupt. */
static void decode_job(job *j) {
  if (!(j->bz = bz_new()))
    return; /* the reader tries again and reports it */
  for (;;) {
    if (j->out_len == j->out_cap) {
      if (j->out_cap >= OUT_CAP)
        return;
      j->out = skg_xgrow(j->out, &j->out_cap, j->out_len + READ_CHUNK, 1);
    }
    size_t got;
    int rc = step(j, j->out + j->out_len, j->out_cap - j->out_len, &got);
    j->out_len += got;
    if (rc == BZ_STREAM_END) {
      bz_free(j->bz);
      j->bz = j->used < j->len ? bz_new() : NULL;
      if (!j->bz)
        return;
    } else if (rc != BZ_OK) {
      j->failed = true;
      return;
    } else if (j->used == j->len && got == 0) {
      return; /* the stream goes on in the next job */
    }
  }
}

static void *worker(void *arg) {
  skg_bz2 *z = arg;
  pthread_mutex_lock(&z->mu);
  for (;;) {
    while (z->taken == z->made && !z->stop)
      pthread_cond_wait(&z->work, &z->mu);
    if (z->stop)
      break;
    job *j = &z->ring[z->taken++ % z->cap];
    pthread_mutex_unlock(&z->mu);
    if (j->start)
      decode_job(j);
    pthread_mutex_lock(&z->mu);
    j->done = true;
    pthread_cond_broadcast(&z->done);
  }
  pthread_mutex_unlock(&z->mu);
  return NULL;
}

/* ---- cutting the input into jobs ---- */

static bool magic_at(const unsigned char *s) {
  static const unsigned char BLOCK[] = {0x31, 0x41, 0x59, 0x26, 0x53, 0x59};
  return s[0] == 'B' && s[1] == 'Z' && s[2] == 'h' && s[3] >= '1' &&
         s[3] <= '9' && memcmp(s + 4, BLOCK, sizeof BLOCK) == 0;
}

static skg_status read_more(skg_bz2 *z, skg_error *err) {
  z->acc = skg_xgrow(z->acc, &z->acc_cap, z->acc_len + READ_CHUNK, 1);
  ssize_t k;
  do
    k = read(z->fd, z->acc + z->acc_len, READ_CHUNK);
  while (k < 0 && errno == EINTR);
  if (k < 0)
    return skg_err(err, SKG_ERR_IO, z->name, 0, 0, SIZE_MAX,
                   "read error: %s", strerror(errno));
  z->acc_len += (size_t)k;
  z->raw_total += (uint64_t)k;
  z->eof = k == 0;
  return SKG_OK;
}

/* Where the job in acc ends: the first stream start (from the index, or
   found by its magic) at least MIN_JOB in; SIZE_MAX when none is in acc
   yet. */
static size_t find_cut(skg_bz2 *z) {
  if (z->cuts) {
    while (z->next_cut < z->ncuts &&
           z->cuts[z->next_cut] < z->acc_at + MIN_JOB)
      z->next_cut++;
    if (z->next_cut == z->ncuts)
      return SIZE_MAX;
    uint64_t r = z->cuts[z->next_cut] - z->acc_at;
    return r + MAGIC_LEN <= z->acc_len ? (size_t)r : SIZE_MAX;
  }
  size_t i = z->scanned > MIN_JOB ? z->scanned : MIN_JOB;
  for (; i + MAGIC_LEN <= z->acc_len; i++) {
    const unsigned char *b = memchr(z->acc + i, 'B', z->acc_len - i);
    if (!b)
      break;
    i = (size_t)(b - z->acc);
    if (i + MAGIC_LEN <= z->acc_len && magic_at(b))
      return i;
  }
  z->scanned = z->acc_len >= MAGIC_LEN ? z->acc_len - MAGIC_LEN + 1 : 0;
  return SIZE_MAX;
}

/* Reads on until a job can be cut, and puts it in the ring. */
static skg_status make_job(skg_bz2 *z, skg_error *err) {
  skg_status st;
  size_t cut;
  while ((cut = find_cut(z)) == SIZE_MAX && !z->eof && z->acc_len < MAX_JOB)
    SKG_TRY(st, read_more(z, err));
  if (cut == SIZE_MAX)
    cut = z->acc_len; /* the end, or a cut inside a stream */
  job *j = &z->ring[z->made % z->cap];
  *j = (job){.raw = z->acc, .len = cut, .at = z->acc_at,
             .start = z->acc_start, .done = z->nthreads == 0};
  size_t rest = z->acc_len - cut;
  z->acc_cap = rest + READ_CHUNK;
  z->acc = skg_xmalloc(z->acc_cap);
  memcpy(z->acc, j->raw + cut, rest);
  z->acc_len = rest;
  z->acc_at += cut;
  z->acc_start = rest >= MAGIC_LEN && magic_at(z->acc);
  z->scanned = 0;
  pthread_mutex_lock(&z->mu);
  z->made++;
  pthread_cond_signal(&z->work);
  pthread_mutex_unlock(&z->mu);
  return SKG_OK;
}

/* ---- serving the output in order ---- */

static skg_status corrupt(const skg_bz2 *z, uint64_t at, skg_error *err) {
  return skg_err(err, SKG_ERR_SYNTAX, z->name, 0, 0, (size_t)at,
                 "bzip2 data is truncated or corrupt at byte %llu",
                 (unsigned long long)at);
}

static void free_job(job *j) {
  bz_free(j->bz);
  free(j->raw);
  free(j->out);
  memset(j, 0, sizeof *j);
}

/* The reader takes the head job over once its worker is done. A stream
   left open by the job before continues here: the worker's output (from
   a false stream start, if any) is dropped. */
static void open_head(skg_bz2 *z, job *j) {
  pthread_mutex_lock(&z->mu);
  while (!j->done)
    pthread_cond_wait(&z->done, &z->mu);
  pthread_mutex_unlock(&z->mu);
  z->opened = true;
  if (!z->carried)
    return;
  bz_free(j->bz);
  j->bz = z->carried;
  z->carried = NULL;
  j->used = j->out_len = j->out_pos = 0;
  j->failed = false;
}

/* The job to serve from, NULL at the end of the input. */
static skg_status head_job(skg_bz2 *z, job **out, skg_error *err) {
  skg_status st;
  *out = NULL;
  while (z->made - z->head < z->cap && !(z->eof && z->acc_len == 0))
    SKG_TRY(st, make_job(z, err));
  if (z->head == z->made)
    return SKG_OK;
  job *j = &z->ring[z->head % z->cap];
  if (!z->opened)
    open_head(z, j);
  *out = j;
  return SKG_OK;
}

/* Decodes more of j on the reader's thread, into out[0..cap). */
static skg_status decode_here(skg_bz2 *z, job *j, char *out, size_t cap,
                              size_t *got, skg_error *err) {
  *got = 0;
  if (!j->bz && j->used < j->len && !(j->bz = bz_new()))
    return skg_err(err, SKG_ERR_NOMEM, z->name, 0, 0, SIZE_MAX, "bzip2");
  if (!j->bz)
    return SKG_OK;
  int rc = step(j, out, cap, got);
  if (rc == BZ_STREAM_END) {
    bz_free(j->bz);
    j->bz = NULL;
  } else if (rc != BZ_OK) {
    return corrupt(z, j->at + j->used, err);
  } else if (*got == 0 && j->used == j->len) {
    z->carried = j->bz; /* the stream goes on in the next job */
    j->bz = NULL;
  }
  return SKG_OK;
}

skg_status skg_bz2_read(skg_bz2 *z, char *out, size_t cap, size_t *got,
                        skg_error *err) {
  skg_status st;
  *got = 0;
  for (;;) {
    job *j;
    SKG_TRY(st, head_job(z, &j, err));
    if (!j)
      return z->carried ? corrupt(z, z->acc_at, err) : SKG_OK;
    if (j->out_pos < j->out_len) {
      size_t k = j->out_len - j->out_pos < cap ? j->out_len - j->out_pos : cap;
      memcpy(out, j->out + j->out_pos, k);
      j->out_pos += k;
      *got = k;
      return SKG_OK;
    }
    if (j->failed)
      return corrupt(z, j->at + j->used, err);
    if (j->bz || j->used < j->len) {
      SKG_TRY(st, decode_here(z, j, out, cap, got, err));
      if (*got)
        return SKG_OK;
      continue;
    }
    free_job(j); /* served whole */
    z->head++;
    z->opened = false;
  }
}

/* ---- the index and the decoder ---- */

static int by_offset(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* One index line "OFFSET:ID:TITLE": its offset. */
static bool index_line(const char *s, uint64_t *off) {
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (end == s || *end != ':' || errno || s[0] == '-' || s[0] == '+')
    return false;
  *off = (uint64_t)v;
  return true;
}

/* Reads up to cap bytes of the index into buf; 0 at the end. */
static size_t index_block(FILE *f, BZFILE *bf, char *buf, size_t cap,
                          int *bzerr) {
  if (!bf)
    return fread(buf, 1, cap, f);
  if (*bzerr == BZ_STREAM_END)
    return 0;
  int k = BZ2_bzRead(bzerr, bf, buf, (int)cap);
  return k > 0 && (*bzerr == BZ_OK || *bzerr == BZ_STREAM_END) ? (size_t)k : 0;
}

/* Adds the offset of each line of buf[0..n) (the last one may be cut:
   *keep gets its length, moved to the front); *ln counts lines. */
static skg_status index_lines(skg_bz2 *z, const char *path, char *buf,
                              size_t n, bool last, size_t *keep, size_t *ln,
                              size_t *cap, skg_error *err) {
  size_t a = 0;
  for (;;) {
    char *nl = memchr(buf + a, '\n', n - a);
    if (!nl && !last)
      break;
    size_t e = nl ? (size_t)(nl - buf) : n;
    if (e == a && !nl)
      break;
    ++*ln;
    uint64_t off;
    buf[e] = '\0';
    if (e > a && !index_line(buf + a, &off))
      return skg_err(err, SKG_ERR_SYNTAX, path, (unsigned)*ln, 1, SIZE_MAX,
                     "not a multistream index line (OFFSET:ID:TITLE)");
    if (e > a) {
      z->cuts = skg_xgrow(z->cuts, cap, z->ncuts + 1, sizeof *z->cuts);
      z->cuts[z->ncuts++] = off;
    }
    a = e + 1;
    if (!nl)
      break;
  }
  *keep = a < n ? n - a : 0;
  memmove(buf, buf + (a < n ? a : n), *keep);
  return SKG_OK;
}

/* Reads the index (plain, or bzip2 known by its "BZh"): the offsets. */
static skg_status read_index(skg_bz2 *z, const char *path, skg_error *err) {
  enum { BLOCK = 1 << 16 };
  FILE *f = fopen(path, "rb");
  if (!f)
    return skg_err(err, SKG_ERR_IO, path, 0, 0, SIZE_MAX, "cannot open: %s",
                   strerror(errno));
  int c0 = getc(f), bzerr = BZ_OK;
  ungetc(c0, f);
  BZFILE *bf = c0 == 'B' ? BZ2_bzReadOpen(&bzerr, f, 0, 0, NULL, 0) : NULL;
  char *buf = skg_xmalloc(2 * BLOCK + 1);
  size_t keep = 0, ln = 0, cap = 0;
  skg_status st = SKG_OK;
  for (;;) {
    if (keep >= BLOCK) { /* a line of 64 kB: not an index */
      st = skg_err(err, SKG_ERR_SYNTAX, path, (unsigned)ln + 1, 1, SIZE_MAX,
                   "not a multistream index line (OFFSET:ID:TITLE)");
      break;
    }
    size_t k = index_block(f, bf, buf + keep, BLOCK, &bzerr);
    st = index_lines(z, path, buf, keep + k, k == 0, &keep, &ln, &cap, err);
    if (st != SKG_OK || k == 0)
      break;
  }
  if (st == SKG_OK && bf && bzerr != BZ_STREAM_END)
    st = skg_err(err, SKG_ERR_SYNTAX, path, 0, 0, SIZE_MAX,
                 "bzip2 data is truncated or corrupt");
  if (bf)
    BZ2_bzReadClose(&bzerr, bf);
  fclose(f);
  free(buf);
  if (st == SKG_OK && z->ncuts)
    qsort(z->cuts, z->ncuts, sizeof *z->cuts, by_offset);
  return st;
}

skg_status skg_bz2_open(int fd, const char *name, const unsigned char *first,
                        size_t n, skg_bz2 **out, skg_error *err) {
  skg_bz2 *z = skg_xcalloc(1, sizeof *z);
  z->fd = fd;
  z->name = name;
  z->acc_cap = n + READ_CHUNK;
  z->acc = skg_xmalloc(z->acc_cap);
  memcpy(z->acc, first, n);
  z->acc_len = n;
  z->raw_total = n;
  z->acc_start = n >= MAGIC_LEN && magic_at(z->acc);
  skg_status st = bz2_index ? read_index(z, bz2_index, err) : SKG_OK;
  if (st != SKG_OK) {
    skg_bz2_free(z);
    return st;
  }
  int threads = bz2_jobs < 1 ? 1 : bz2_jobs;
  z->cap = 2 * (size_t)threads + 2;
  z->ring = skg_xcalloc(z->cap, sizeof *z->ring);
  pthread_mutex_init(&z->mu, NULL);
  pthread_cond_init(&z->work, NULL);
  pthread_cond_init(&z->done, NULL);
  for (int i = 0; i < threads; i++)
    if (pthread_create(&z->threads[z->nthreads], NULL, worker, z) == 0)
      z->nthreads++;
  *out = z;
  return SKG_OK;
}

uint64_t skg_bz2_raw(const skg_bz2 *z) { return z->raw_total; }

void skg_bz2_free(skg_bz2 *z) {
  if (!z)
    return;
  if (z->ring) {
    pthread_mutex_lock(&z->mu);
    z->stop = true;
    pthread_cond_broadcast(&z->work);
    pthread_mutex_unlock(&z->mu);
    for (int i = 0; i < z->nthreads; i++)
      pthread_join(z->threads[i], NULL);
    for (size_t i = 0; i < z->cap; i++)
      free_job(&z->ring[i]);
    pthread_mutex_destroy(&z->mu);
    pthread_cond_destroy(&z->work);
    pthread_cond_destroy(&z->done);
  }
  bz_free(z->carried);
  free(z->ring);
  free(z->acc);
  free(z->cuts);
  free(z);
}
