/* run.c: one run over the inputs (run.h): the reader's and the
   pipeline's callbacks, progress on a terminal, the outputs written all
   or none, --stream, signals, the summary and --stats. main.c reads the
   command line and calls skg_run; only these two files print. */
#include "run.h"

#include "alloc.h"
#include "child.h"
#include "doc.h"
#include "graph.h"
#include "out.h"
#include "page_filter.h"
#include "pipeline.h"
#include "read.h"
#include "read_bz2.h"
#include "skg.h"
#include "timings.h"
#include "vocab.h"
#include "write.h"
#include "write_projection.h"
#include "write_texts.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* The writer row of --format ntriples. */
size_t skg_run_ntriples_row(void) {
  size_t n, i = 0;
  const skg_writer *w = skg_writers(&n);
  while (i < n && strcmp(w[i].format, "ntriples") != 0)
    i++;
  return i;
}

static void report(const skg_error *err) {
  char line[1200];
  skg_error_format(err, line, sizeof line);
  fprintf(stderr, "screenkg: error: %s\n", line);
}

static int exit_code(skg_status st) {
  switch (st) {
  case SKG_OK:
    return EXIT_OK;
  case SKG_ERR_USAGE:
    return EXIT_USAGE;
  case SKG_ERR_SYNTAX:
  case SKG_ERR_ENCODING:
  case SKG_ERR_IO:
    return EXIT_INPUT;
  case SKG_ERR_WRITE:
    return EXIT_IO;
  default:
    return EXIT_INTERNAL;
  }
}

/* What a run read, for progress, the summary and --stats. The reader's
   callbacks run on the main thread, the pipeline's results on a worker:
   both take the lock. */
typedef struct {
  pthread_mutex_t lock;
  skg_graph *g;        /* the run's graph (not with --stream) */
  skg_pipe *pipe;      /* extraction */
  skg_out *out;        /* --stream: the N-Triples file */
  skg_nt_stream *nt;   /* --stream: its writer */
  skg_error write_err; /* --stream: why writing failed */
  char *stream_path;   /* --stream: the file, in messages */
  const skg_run_opts *o;
  skg_shard shard;  /* o->shard, counting the documents read */
  skg_status worst; /* worst status of an input */
  skg_status lost;  /* why an output was left out (reported), or SKG_OK */
  int ndocs;
  bool sourced; /* --source-iri went to the first document */
  size_t nfiles, nsents, nbad, nleft_out, nnot_works;
  uint64_t total; /* bytes of all inputs, 0 if unknown */
  uint64_t done;  /* bytes of the files before the current one */
  uint64_t cur_size;
  _Atomic uint64_t cur_raw; /* set by the reader without the lock */
  bool tty;
  struct timespec t0;
  double last_draw;
  skg_timings *timings; /* --timings: a row a document, in input order */
  uint64_t read_mark;   /* --timings: the reader's CPU clock after a push */
} reading;

static double since(const struct timespec *t0) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)(t.tv_sec - t0->tv_sec) + (t.tv_nsec - t0->tv_nsec) / 1e9;
}

/* One line of progress on a terminal, at most ten times a second:
   documents, MB/s, and the time left when the input size is known. */
static void progress(reading *r, bool force) {
  if (!r->tty)
    return;
  double secs = since(&r->t0);
  if (!force && secs - r->last_draw < 0.1)
    return;
  r->last_draw = secs;
  uint64_t bytes = r->done + r->cur_raw;
  double rate = secs > 0 ? (double)bytes / 1e6 / secs : 0;
  fprintf(stderr, "\rscreenkg: %d document%s, %.1f MB/s", r->ndocs,
          r->ndocs == 1 ? "" : "s", rate);
  if (r->total && bytes && bytes <= r->total && secs > 0.5) {
    double left = secs * (double)(r->total - bytes) / (double)bytes;
    fprintf(stderr, ", %3.0f%%, ETA %d:%02d",
            100.0 * (double)bytes / (double)r->total, (int)left / 60,
            (int)left % 60);
  }
  fputs("\033[K", stderr);
}

static void clear_progress(const reading *r) {
  if (r->tty)
    fputs("\r\033[K", stderr);
}

static void note(reading *r, skg_status st) {
  if (r->worst == SKG_OK)
    r->worst = st;
}

static void on_file(void *ctx, const char *path, uint64_t size) {
  reading *r = ctx;
  (void)path;
  pthread_mutex_lock(&r->lock);
  r->done += r->cur_size > r->cur_raw ? r->cur_size : r->cur_raw;
  r->cur_size = size;
  r->cur_raw = 0;
  r->nfiles++;
  pthread_mutex_unlock(&r->lock);
}

/* Names the output (OUTDIR/NAME.EXT, "-" for standard output) in an error
   that does not name a file. */
static void name_file(skg_error *err, const char *path) {
  if (!err->file[0])
    snprintf(err->file, sizeof err->file, "%s",
             strcmp(path, "-") == 0 ? "<stdout>" : path);
}

/* Statuses that stop the run: no memory, a bug, output that cannot be
   written. */
static bool fatal(skg_status st) {
  return st == SKG_ERR_NOMEM || st == SKG_ERR_INTERNAL || st == SKG_ERR_WRITE;
}

/* A document's graph, in input order: merged into the run's graph, or
   with --stream written out at once. A failure to write stops the run. */
static skg_status take_result(reading *r, skg_doc_result *res) {
  if (res->not_work) {
    r->nnot_works++;
    return SKG_OK;
  }
  if (res->st != SKG_OK) {
    clear_progress(r);
    report(&res->err);
    note(r, res->st);
    return fatal(res->st) ? res->st : SKG_OK;
  }
  r->ndocs++;
  r->nsents += res->nsents;
  skg_status st = SKG_OK;
  uint64_t t0 = r->timings ? skg_thread_cpu_ns() : 0;
  if (r->nt) {
    skg_graph_finish(res->g);
    st = skg_nt_stream_write(r->nt, res->g, &r->write_err);
    if (st != SKG_OK)
      name_file(&r->write_err, r->stream_path);
  } else {
    skg_graph_merge(r->g, res->g);
  }
  skg_graph_free(res->g);
  if (r->timings)
    skg_timings_add(r->timings, res->name, res->bytes,
                    res->cpu_ns + (skg_thread_cpu_ns() - t0));
  progress(r, false);
  return st;
}

static skg_status on_result(void *ctx, skg_doc_result *res) {
  reading *r = ctx;
  pthread_mutex_lock(&r->lock);
  skg_status st = take_result(r, res);
  pthread_mutex_unlock(&r->lock);
  return st;
}

/* --texts: the document's text beside the export; a failure to write
   it stops the run like any output's. */
static skg_status save_text(reading *r, const skg_doc *d) {
  skg_error err = {0};
  skg_status st = skg_texts_write(r->o->texts, d, &err);
  if (st != SKG_OK) {
    pthread_mutex_lock(&r->lock);
    clear_progress(r);
    report(&err);
    note(r, st);
    pthread_mutex_unlock(&r->lock);
  }
  return st;
}

/* A document read: off to extraction (the pipeline frees it). */
static skg_status on_doc(void *ctx, skg_doc *d, uint64_t raw) {
  reading *r = ctx;
  if (r->o->texts && !d->sha256[0]) /* its file name */
    skg_doc_digest(d, d->sha256);
  skg_status st = r->o->texts ? save_text(r, d) : SKG_OK;
  if (st != SKG_OK) {
    skg_doc_free(d);
    return st;
  }
  /* --timings: the reader's CPU since the last push is this document's
     reading (the pipeline adds its extraction, take_result its merge). */
  uint64_t read_ns = r->timings ? skg_thread_cpu_ns() - r->read_mark : 0;
  r->cur_raw = raw; /* atomic: the lock may be held for a whole merge */
  if (r->o->source_iri && !r->sourced) { /* the reader's thread only */
    free(d->source);
    d->source = skg_xstrdup(r->o->source_iri);
    r->sourced = true;
  }
  st = skg_pipe_push(r->pipe, d, read_ns);
  if (r->timings)
    r->read_mark = skg_thread_cpu_ns();
  return st;
}

static void on_skipped(void *ctx, const skg_error *err) {
  reading *r = ctx;
  pthread_mutex_lock(&r->lock);
  if (err->st == SKG_OK && strcmp(err->msg, SKG_PAGE_NOT_WORK) == 0) {
    r->nnot_works++;              /* dropped by the dump's page filter */
  } else if (err->st == SKG_OK) { /* a redirect, another namespace */
    r->nleft_out++;
  } else {
    r->nbad++;
    clear_progress(r);
    report(err);
    note(r, err->st);
  }
  pthread_mutex_unlock(&r->lock);
}

/* True when an RDF format is written: their provenance names every
   document's digest (doc.h, skg_doc_set_digest_all). */
static bool wants_rdf(const skg_run_opts *o) {
  size_t n;
  const skg_writer *w = skg_writers(&n);
  bool rdf = o->stream || o->graphs;
  for (size_t i = 0; i < n && i < MAX_FORMATS; i++)
    rdf |= o->want[i] && (strcmp(w[i].format, "turtle") == 0 ||
                          strcmp(w[i].format, "ntriples") == 0 ||
                          strcmp(w[i].format, "nquads") == 0);
  return rdf;
}

/* Reads and extracts each input; a bad input (or a bad document in one)
   is reported and skipped. r->worst gets the worst status seen. */
static void read_inputs(reading *r, char **files, int n) {
  skg_sink sink = {on_file, on_doc, on_skipped, r};
  r->tty = !r->o->quiet && isatty(STDERR_FILENO);
  skg_read_set_quiet(r->o->quiet);
  skg_page_filter_set(r->o->only_works  ? SKG_WORKS_ALL
                      : r->o->all_pages ? SKG_WORKS_OFF
                                        : SKG_WORKS_DUMPS);
  skg_bz2_set_jobs(r->o->jobs); /* multistream bzip2 on threads */
  skg_bz2_set_index(r->o->dump_index);
  skg_read_set_max_document(r->o->max_document);
  skg_doc_set_digest_all(wants_rdf(r->o));
  r->pipe = skg_pipe_new(r->o->jobs, r->o->only_works, on_result, r);
  if (r->timings) {
    skg_pipe_time(r->pipe);
    r->read_mark = skg_thread_cpu_ns();
  }
  for (int i = 0; r->tty && i < n; i++)
    r->total += skg_input_size(files[i]);
  for (int i = 0; i < n; i++) {
    skg_error err = {0};
    skg_status st =
        skg_read_shard(files[i], r->o->in_format, &r->shard, &sink, &err);
    if (st != SKG_OK) {
      pthread_mutex_lock(&r->lock);
      clear_progress(r);
      if (err.st != SKG_OK) { /* not yet reported by on_skipped */
        report(&err);
        r->nbad++;
      }
      note(r, st);
      pthread_mutex_unlock(&r->lock);
      if (fatal(st))
        break;
    }
  }
  skg_status st = skg_pipe_drain(r->pipe); /* the last documents */
  if (st != SKG_OK)
    note(r, st);
  skg_pipe_free(r->pipe);
  r->pipe = NULL;
  r->done += r->cur_size > r->cur_raw ? r->cur_size : r->cur_raw;
  r->cur_size = 0;
  r->cur_raw = 0;
  clear_progress(r);
}

/* mkdir -p: the folders of dir from the top, each made when missing. */
static int make_dirs(const char *dir) {
  char *p = skg_xstrdup(dir);
  int rc = 0;
  for (char *q = p + 1; *q && rc == 0; q++)
    if (*q == '/' && q[-1] != '/') {
      *q = '\0';
      if (mkdir(p, 0777) != 0 && errno != EEXIST)
        rc = -1;
      *q = '/';
    }
  if (rc == 0 && mkdir(p, 0777) != 0 && errno != EEXIST)
    rc = -1;
  free(p);
  return rc;
}

static skg_status ensure_dir(const char *dir, skg_error *err) {
  struct stat sb;
  if (stat(dir, &sb) == 0)
    return S_ISDIR(sb.st_mode)
               ? SKG_OK
               : skg_err(err, SKG_ERR_WRITE, dir, 0, 0, SIZE_MAX,
                         "output path exists and is not a directory");
  if (make_dirs(dir) != 0)
    return skg_err(err, SKG_ERR_WRITE, dir, 0, 0, SIZE_MAX,
                   "cannot create output directory: %s", strerror(errno));
  return SKG_OK;
}

/* The output folder, created if missing; nothing to do for -o -. */
static skg_status ensure_outdir(const skg_run_opts *o, skg_error *err) {
  return strcmp(o->outdir, "-") == 0 ? SKG_OK : ensure_dir(o->outdir, err);
}

/* OUTDIR/NAME.EXT, or "-" for standard output; the caller frees it. */
static char *out_path(const skg_run_opts *o, const skg_writer *w) {
  if (strcmp(o->outdir, "-") == 0)
    return skg_xstrdup("-");
  size_t len = strlen(o->outdir) + strlen(o->name) + strlen(w->ext) + 2;
  char *path = skg_xmalloc(len);
  snprintf(path, len, "%s/%s%s", o->outdir, o->name, w->ext);
  return path;
}

/* True when format is wanted. */
static bool wants_format(const skg_run_opts *o, const char *format) {
  size_t n;
  const skg_writer *w = skg_writers(&n);
  for (size_t i = 0; i < n && i < MAX_FORMATS; i++)
    if (o->want[i] && strcmp(w[i].format, format) == 0)
      return true;
  return false;
}

/* True when a wanted format draws the diagram. */
static bool wants_diagram(const skg_run_opts *o) {
  static const char *const DIAGRAMS[] = {"dot", "svg", "png", "html", "gexf"};
  size_t n;
  const skg_writer *w = skg_writers(&n);
  bool any = false;
  for (size_t i = 0; i < n && i < MAX_FORMATS; i++)
    for (size_t j = 0; j < SKG_ARRAY_LEN(DIAGRAMS); j++)
      any |= o->want[i] && strcmp(w[i].format, DIAGRAMS[j]) == 0;
  return any;
}

/* Writes every wanted format to a temporary file first and renames them all
   only when all succeeded: a failed run leaves no file, new or half. The
   one exception is a writer's own failure (SKG_ERR_INTERNAL: Graphviz
   crashed or ran out of time drawing the diagram): that output is
   reported and left out, the others are written, and *lost says so. */
static skg_status write_outputs(const skg_graph *g, const skg_run_opts *o,
                                skg_error *err, skg_status *lost) {
  size_t n;
  const skg_writer *w = skg_writers(&n);
  skg_out *outs[MAX_FORMATS] = {0};
  skg_out_lock *lock = NULL;
  skg_status st = ensure_outdir(o, err);
  if (st == SKG_OK && strcmp(o->outdir, "-") != 0)
    st = skg_out_lock_take(o->outdir, o->name, &lock, err);
  for (size_t i = 0; i < n && i < MAX_FORMATS && st == SKG_OK; i++) {
    char *path = out_path(o, &w[i]); /* every format: any may be left */
    skg_out_sweep(path);
    free(path);
  }
  for (size_t i = 0; i < n && i < MAX_FORMATS && st == SKG_OK; i++) {
    if (!o->want[i])
      continue;
    char *path = out_path(o, &w[i]);
    st = skg_out_open(path, &outs[i], err);
    if (st == SKG_OK)
      st = w[i].write(g, skg_out_file(outs[i]), &o->w, err);
    if (st != SKG_OK && st != SKG_ERR_USAGE) /* an option, not the file */
      name_file(err, path);
    if (st == SKG_ERR_INTERNAL && outs[i]) {
      report(err);
      skg_out_abort(outs[i]);
      outs[i] = NULL;
      *lost = st;
      *err = (skg_error){0};
      st = SKG_OK;
    }
    free(path);
  }
  /* A diagram with nothing in it is written (a title saying so), and
     the run still succeeds, but the user hears why. */
  char why[256];
  if (st == SKG_OK && wants_diagram(o) &&
      skg_diagram_empty(g, &o->w, why, sizeof why))
    fprintf(stderr, "screenkg: warning: %s\n", why);
  if (st == SKG_OK && wants_diagram(o) &&
      skg_diagram_capped(g, &o->w, why, sizeof why))
    fprintf(stderr, "screenkg: warning: %s\n", why);
  size_t largest;
  size_t ncapped =
      wants_format(o, "coappear") ? skg_costars_capped(g, &largest) : 0;
  if (st == SKG_OK && ncapped) {
    skg_costar *pairs = NULL;
    size_t npairs = skg_costars(g, &pairs);
    free(pairs);
    fprintf(stderr,
            "screenkg: warning: co-appearance: %zu cast%s of more than %d "
            "members (the largest %zu): only the pairs among the %d with "
            "the most works are linked (%zu co-appearance edges)\n",
            ncapped, ncapped == 1 ? "" : "s", SKG_COSTAR_MAX_CAST, largest,
            SKG_COSTAR_MAX_CAST, npairs);
  }
  /* Every output complete (flushed, closed) before any is renamed, and
     then all renamed as one step (out.h). */
  if (st == SKG_OK)
    st = skg_out_commit_all(outs, n < MAX_FORMATS ? n : MAX_FORMATS, err);
  for (size_t i = 0; i < n && i < MAX_FORMATS; i++)
    skg_out_abort(outs[i]);
  skg_out_lock_drop(lock);
  return st;
}

/* Removes temporary outputs, then dies of the same signal. It calls only
   kill(2) and unlink(2) (through skg_child_kill and skg_out_cleanup_all,
   which neither allocate nor lock), signal(2) and raise(3), all
   async-signal-safe. The signal stays blocked until the handler returns,
   so the raise takes effect then, with the default action. */
static void on_signal(int sig) {
  /* During the final renames: raised again once they are all done. */
  /* NOLINTNEXTLINE(bugprone-signal-handler,cert-sig30-c) */
  if (skg_out_defer_signal(sig))
    return;
  skg_child_kill();      /* NOLINT(bugprone-signal-handler,cert-sig30-c) */
  skg_out_cleanup_all(); /* NOLINT(bugprone-signal-handler,cert-sig30-c) */
  signal(sig, SIG_DFL);
  raise(sig);
}

/* -o - into a pipe whose reader is gone (| head): the output cannot be
   written, which is exit 3, without a message (the reader chose to stop
   reading). */
static void on_broken_stdout(int sig) {
  (void)sig;
  skg_child_kill();      /* NOLINT(bugprone-signal-handler,cert-sig30-c) */
  skg_out_cleanup_all(); /* NOLINT(bugprone-signal-handler,cert-sig30-c) */
  _exit(EXIT_IO);
}

/* Every signal whose default action ends the process and that can be
   caught removes the run's temporary files first. SIGPIPE: with -o - it
   ends the run quietly with exit 3; writing files it is only ever sent
   by kill, and is handled like the others. SIGXFSZ (a file size limit,
   ulimit -f) is ignored instead, so that the write fails with EFBIG and
   the run reports it and exits 3 like any failed write. The Graphviz
   child (child.c) puts the default actions back. */
void skg_run_catch_signals(const skg_run_opts *o) {
  static const int ENDING[] = {SIGHUP,  SIGINT,    SIGQUIT, SIGTERM,
                               SIGALRM, SIGUSR1,   SIGUSR2, SIGXCPU,
                               SIGPIPE, SIGVTALRM, SIGPROF};
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sigemptyset(&sa.sa_mask);
  for (size_t i = 0; i < SKG_ARRAY_LEN(ENDING); i++)
    sigaddset(&sa.sa_mask, ENDING[i]); /* one handler at a time */
  for (size_t i = 0; i < SKG_ARRAY_LEN(ENDING); i++) {
    struct sigaction old;
    /* nohup's SIGHUP stays ignored */
    if (ENDING[i] == SIGHUP && sigaction(SIGHUP, NULL, &old) == 0 &&
        old.sa_handler == SIG_IGN)
      continue;
    sa.sa_handler = ENDING[i] == SIGPIPE && strcmp(o->outdir, "-") == 0
                        ? on_broken_stdout
                        : on_signal;
    sigaction(ENDING[i], &sa, NULL);
  }
  signal(SIGXFSZ, SIG_IGN);
}

static void summary(const skg_graph *g, int ndocs, size_t nbad,
                    const skg_run_opts *o, double secs) {
  if (o->quiet)
    return;
  char where[1024];
  if (strcmp(o->outdir, "-") == 0)
    snprintf(where, sizeof where, "standard output");
  else
    snprintf(where, sizeof where, "%s/%s.%s", o->outdir, o->name,
             g ? "*" : "nt");
  if (!g) {
    fprintf(stderr, "screenkg: %d document%s streamed -> %s (%.2f s)\n", ndocs,
            ndocs == 1 ? "" : "s", where, secs);
    return;
  }
  char bad[64] = "";
  if (nbad)
    snprintf(bad, sizeof bad, " (%zu input%s not read: see above)", nbad,
             nbad == 1 ? "" : "s");
  fprintf(stderr,
          "screenkg: %d document%s%s, %zu entities, %zu facts, %zu "
          "performances, %zu reviews -> %s (%.2f s)\n",
          ndocs, ndocs == 1 ? "" : "s", bad, skg_graph_n_entities(g),
          skg_graph_n_facts(g), skg_graph_n_performances(g),
          skg_graph_n_reviews(g), where, secs);
}

/* --stats: what was read and what was found, by type and predicate. */
static void stats(const reading *r, double read_secs, double secs) {
  const skg_graph *g = r->g;
  fprintf(stderr, "screenkg: stats: read %zu file%s, %.2f MB\n", r->nfiles,
          r->nfiles == 1 ? "" : "s", (double)r->done / 1e6);
  fprintf(stderr,
          "screenkg: stats: documents %d extracted, %zu bad (skipped), %zu "
          "not articles (redirects, other namespaces), %zu not about a "
          "work (--only-works, dumps)\n",
          r->ndocs, r->nbad, r->nleft_out, r->nnot_works);
  fprintf(stderr, "screenkg: stats: sentences %zu\n", r->nsents);
  if (!g) {
    fprintf(stderr, "screenkg: stats: entities and facts not counted "
                    "(--stream keeps no whole graph)\n");
    fprintf(stderr, "screenkg: stats: time %.2f s\n", secs);
    return;
  }
  size_t ents[SKG_ENT_COUNT] = {0}, facts[SKG_PRED_COUNT] = {0};
  for (size_t i = 0; i < skg_graph_n_entities(g); i++)
    ents[skg_graph_entity_at(g, (skg_eid)i)->type]++;
  for (size_t i = 0; i < skg_graph_n_facts(g); i++)
    facts[skg_graph_fact_at(g, i)->p]++;
  fprintf(stderr, "screenkg: stats: entities %zu:", skg_graph_n_entities(g));
  for (int t = 0; t < SKG_ENT_COUNT; t++)
    if (ents[t])
      fprintf(stderr, " %s %zu", skg_ent_info_of((skg_ent)t)->name, ents[t]);
  fprintf(stderr, "\nscreenkg: stats: facts %zu:", skg_graph_n_facts(g));
  for (int p = 0; p < SKG_PRED_COUNT; p++)
    if (facts[p])
      fprintf(stderr, " %s %zu", skg_pred_info_of((skg_pred)p)->name, facts[p]);
  fprintf(stderr,
          "\nscreenkg: stats: performances %zu, reviews %zu\n"
          "screenkg: stats: time %.2f s (reading and extraction %.2f s, "
          "%.2f MB/s)\n",
          skg_graph_n_performances(g), skg_graph_n_reviews(g), secs, read_secs,
          read_secs > 0 ? (double)r->done / 1e6 / read_secs : 0.0);
}

/* True when an output lists every piece of evidence: RDF with provenance.
   The other writers read a fact's first sentence and how many state it,
   so without RDF provenance the run's memory does not grow with every
   page that repeats a fact. */
static bool needs_all_evidence(const skg_run_opts *o) {
  size_t n;
  const skg_writer *w = skg_writers(&n);
  bool rdf = false;
  for (size_t i = 0; i < n && i < MAX_FORMATS; i++)
    rdf |= o->want[i] && (strcmp(w[i].format, "turtle") == 0 ||
                          strcmp(w[i].format, "ntriples") == 0 ||
                          strcmp(w[i].format, "nquads") == 0);
  return rdf && o->w.provenance;
}

/* --stream: the N-Triples output, open before the first document. */
static skg_status open_stream(reading *r, skg_error *err) {
  size_t n;
  char *path = out_path(r->o, &skg_writers(&n)[skg_run_ntriples_row()]);
  skg_status st = ensure_outdir(r->o, err);
  if (st == SKG_OK) {
    skg_out_sweep(path);
    st = skg_out_open(path, &r->out, err);
  }
  if (st == SKG_OK)
    st = skg_nt_stream_open(skg_out_file(r->out), &r->o->w, &r->nt, err);
  if (st != SKG_OK)
    name_file(err, path);
  r->stream_path = path;
  return st;
}

/* --stream: ends the N-Triples output, renamed into place only when keep
   is true and everything was written. */
static skg_status close_stream(reading *r, bool keep, skg_error *err) {
  skg_status st = r->write_err.st;
  if (st != SKG_OK)
    *err = r->write_err;
  skg_error close_err = {0};
  skg_status cst = skg_nt_stream_close(r->nt, &close_err);
  r->nt = NULL;
  if (st == SKG_OK && cst != SKG_OK) {
    st = cst;
    *err = close_err;
    name_file(err, r->stream_path);
  }
  skg_out_lock *lock = NULL; /* the rename, as write_outputs's */
  if (keep && st == SKG_OK && strcmp(r->o->outdir, "-") != 0)
    st = skg_out_lock_take(r->o->outdir, r->o->name, &lock, err);
  if (keep && st == SKG_OK)
    st = skg_out_commit(r->out, err);
  else
    skg_out_abort(r->out);
  skg_out_lock_drop(lock);
  r->out = NULL;
  return st;
}

/* Writes the outputs of a run that found documents: the graph's formats,
   or the end of the stream. */
static skg_status finish_run(reading *r, skg_error *err) {
  skg_status st;
  if (r->o->stream) {
    st = close_stream(r, true, err);
  } else {
    skg_graph_finish(r->g);
    st = write_outputs(r->g, r->o, err, &r->lost);
  }
  if (st == SKG_OK && r->timings) {
    st = skg_timings_commit(r->timings, err);
    if (st != SKG_OK)
      name_file(err, r->o->timings);
  }
  return st;
}

int skg_run(char **files, int nfiles, const skg_run_opts *o) {
  reading r = {.lock = PTHREAD_MUTEX_INITIALIZER};
  clock_gettime(CLOCK_MONOTONIC, &r.t0);
  r.o = o;
  r.shard = o->shard;
  skg_error err = {0};
  if (o->texts && skg_texts_prepare(o->texts, &err) != SKG_OK) {
    report(&err);
    return EXIT_IO;
  }
  if (o->stream) {
    if (open_stream(&r, &err) != SKG_OK) {
      report(&err);
      close_stream(&r, false, &err);
      free(r.stream_path);
      return EXIT_IO;
    }
  } else {
    r.g = skg_graph_new();
    if (!needs_all_evidence(o))
      skg_graph_keep_first_evidence(r.g);
  }
  if (o->timings && !(r.timings = skg_timings_open(o->timings, &err))) {
    name_file(&err, o->timings);
    report(&err);
    if (o->stream)
      close_stream(&r, false, &err);
    skg_graph_free(r.g);
    free(r.stream_path);
    return EXIT_IO;
  }
  read_inputs(&r, files, nfiles);
  double read_secs = since(&r.t0);
  /* A shard may get no document (more shards than documents): its share
     of the graph is empty, and so is its output. */
  bool empty_share = o->shard.n > 1 && r.shard.next > 0;
  skg_status st = SKG_OK;
  if (r.ndocs == 0 && !empty_share) {
    if (r.worst == SKG_OK) {
      fputs("screenkg: error: no documents to export\n", stderr);
      r.worst = SKG_ERR_SYNTAX;
    }
    if (o->stream)
      close_stream(&r, false, &err);
  } else {
    st = finish_run(&r, &err);
    if (st != SKG_OK)
      report(&err);
    else
      summary(r.g, r.ndocs, r.nbad, o, since(&r.t0));
  }
  if (o->stats)
    stats(&r, read_secs, since(&r.t0));
  skg_graph_free(r.g);
  skg_timings_free(r.timings);
  free(r.stream_path);
  if (st == SKG_OK && r.lost != SKG_OK)
    st = r.lost;
  return st != SKG_OK ? exit_code(st) : exit_code(r.worst);
}
