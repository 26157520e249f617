/* pipeline.c: a worker pool over documents with in-order delivery. The
   documents in flight sit in a ring of slots indexed by their number; a
   worker takes the next unclaimed one. Whichever worker finds the slot at
   the head ready delivers it, and the ones after it that are ready, while
   holding the one delivery token: so results go out in push order, one at
   a time, as soon as they can, and never wait for the next push (a live
   feed read from a pipe gets its output at once). */
#include "pipeline.h"

#include "alloc.h"
#include "extract.h"
#include "extract_infobox.h"
#include "timings.h"

#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

/* Documents in flight per worker. A long article holds up delivery while
   the short ones after it are done; with too few slots the other workers
   then wait for space (4 slots gave 1.2x on two cores over a dump of
   mixed lengths, 16 give 1.9x). */
enum { MAX_JOBS = 256, SLOTS_PER_JOB = 16 };

typedef struct {
  skg_doc *d;
  uint64_t read_ns; /* with timed */
  skg_doc_result r;
  bool ready;
} slot;

struct skg_pipe {
  bool only_works;
  bool timed; /* skg_pipe_time */
  skg_pipe_fn done;
  void *ctx;
  skg_status st; /* first failure of done, or SKG_OK; under mu */

  pthread_t *threads;
  int nthreads;
  pthread_mutex_t mu;
  pthread_cond_t work;  /* a document was pushed, or stop */
  pthread_cond_t space; /* a result was delivered */
  bool delivering;      /* a worker holds the delivery token */
  slot *ring;
  size_t cap;
  /* Document numbers: taken <= pushed, delivered <= pushed, and
     pushed - delivered <= cap. */
  uint64_t pushed, taken, delivered;
  bool stop;
};

int skg_pipe_default_jobs(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? 1 : n > MAX_JOBS ? MAX_JOBS : (int)n;
}

/* Extracts d into a graph of its own and frees d. */
static skg_doc_result extract_doc(const skg_pipe *p, skg_doc *d) {
  skg_doc_result r = {0};
  if ((p->only_works || d->only_if_work) && !skg_extract_is_work(d)) {
    r.not_work = true;
  } else {
    r.g = skg_graph_new();
    r.st = skg_extract(r.g, d, &r.err);
    r.nsents = d->nsents;
    if (r.st != SKG_OK) {
      skg_graph_free(r.g);
      r.g = NULL;
    }
  }
  skg_doc_free(d);
  return r;
}

/* extract_doc, timed on this thread's CPU clock when asked. */
static skg_doc_result process(const skg_pipe *p, skg_doc *d, uint64_t read_ns) {
  if (!p->timed)
    return extract_doc(p, d);
  uint64_t t0 = skg_thread_cpu_ns();
  char *name = skg_xstrdup(d->name ? d->name : "");
  size_t bytes = d->len;
  skg_doc_result r = extract_doc(p, d);
  r.name = name;
  r.bytes = bytes;
  r.cpu_ns = read_ns + (skg_thread_cpu_ns() - t0);
  return r;
}

/* Hands r to the caller's function, or drops it when an earlier result
   failed (st); returns the pipeline's status after it. */
static skg_status hand_over(const skg_pipe *p, skg_status st,
                            skg_doc_result *r) {
  if (st != SKG_OK)
    skg_graph_free(r->g);
  else
    st = p->done(p->ctx, r);
  free(r->name);
  return st;
}

/* Delivers the head result and the ready ones after it, unless another
   worker is at it. Called with the lock held; the caller's function runs
   without it, so the other workers go on. */
static void deliver_ready(skg_pipe *p) {
  if (p->delivering)
    return;
  p->delivering = true;
  while (p->delivered < p->pushed) {
    slot *s = &p->ring[p->delivered % p->cap];
    if (!s->ready)
      break;
    skg_doc_result r = s->r;
    s->ready = false;
    skg_status st = p->st;
    pthread_mutex_unlock(&p->mu);
    st = hand_over(p, st, &r);
    pthread_mutex_lock(&p->mu);
    if (p->st == SKG_OK)
      p->st = st;
    p->delivered++;
    pthread_cond_broadcast(&p->space);
  }
  p->delivering = false;
}

static void *worker(void *arg) {
  skg_pipe *p = arg;
  pthread_mutex_lock(&p->mu);
  for (;;) {
    while (p->taken == p->pushed && !p->stop)
      pthread_cond_wait(&p->work, &p->mu);
    if (p->taken == p->pushed)
      break; /* stopping, and nothing left to take */
    slot *s = &p->ring[p->taken++ % p->cap];
    skg_doc *d = s->d;
    uint64_t read_ns = s->read_ns;
    s->d = NULL;
    pthread_mutex_unlock(&p->mu);
    skg_doc_result r = process(p, d, read_ns);
    pthread_mutex_lock(&p->mu);
    s->r = r;
    s->ready = true;
    deliver_ready(p);
  }
  pthread_mutex_unlock(&p->mu);
  return NULL;
}

skg_pipe *skg_pipe_new(int jobs, bool only_works, skg_pipe_fn done,
                       void *ctx) {
  skg_pipe *p = skg_xcalloc(1, sizeof *p);
  p->only_works = only_works;
  p->done = done;
  p->ctx = ctx;
  if (jobs <= 1)
    return p;
  if (jobs > MAX_JOBS)
    jobs = MAX_JOBS;
  p->cap = (size_t)jobs * SLOTS_PER_JOB;
  p->ring = skg_xcalloc(p->cap, sizeof *p->ring);
  p->threads = skg_xcalloc((size_t)jobs, sizeof *p->threads);
  pthread_mutex_init(&p->mu, NULL);
  pthread_cond_init(&p->work, NULL);
  pthread_cond_init(&p->space, NULL);
  for (int i = 0; i < jobs; i++)
    if (pthread_create(&p->threads[p->nthreads], NULL, worker, p) == 0)
      p->nthreads++;
  return p;
}

void skg_pipe_time(skg_pipe *p) { p->timed = true; }

skg_status skg_pipe_push(skg_pipe *p, skg_doc *d, uint64_t read_ns) {
  if (!p->nthreads) { /* no workers (--jobs 1, or none could start) */
    skg_doc_result r = process(p, d, read_ns);
    p->st = hand_over(p, p->st, &r);
    return p->st;
  }
  pthread_mutex_lock(&p->mu);
  while (p->st == SKG_OK && p->pushed - p->delivered == p->cap)
    pthread_cond_wait(&p->space, &p->mu);
  skg_status st = p->st;
  if (st == SKG_OK) {
    p->ring[p->pushed++ % p->cap] = (slot){d, read_ns, {0}, false};
    pthread_cond_signal(&p->work);
  }
  pthread_mutex_unlock(&p->mu);
  if (st != SKG_OK)
    skg_doc_free(d);
  return st;
}

skg_status skg_pipe_drain(skg_pipe *p) {
  if (!p->nthreads)
    return p->st;
  pthread_mutex_lock(&p->mu);
  while (p->delivered < p->pushed)
    pthread_cond_wait(&p->space, &p->mu);
  skg_status st = p->st;
  pthread_mutex_unlock(&p->mu);
  return st;
}

void skg_pipe_free(skg_pipe *p) {
  if (!p)
    return;
  if (p->ring) { /* set up for workers, even if none started */
    skg_pipe_drain(p);
    pthread_mutex_lock(&p->mu);
    p->stop = true;
    pthread_cond_broadcast(&p->work);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->nthreads; i++)
      pthread_join(p->threads[i], NULL);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->space);
  }
  free(p->threads);
  free(p->ring);
  free(p);
}
