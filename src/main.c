/* main.c: the command line: options, wiring of reader -> extractor -> graph
   -> writers, messages and exit codes. The only place that prints or exits
   (besides skg_xmalloc's out-of-memory exit). */
#include "alloc.h"
#include "child.h"
#include "doc.h"
#include "extract.h"
#include "extract_infobox.h"
#include "graph.h"
#include "iri.h"
#include "out.h"
#include "page_filter.h"
#include "pipeline.h"
#include "read.h"
#include "read_bz2.h"
#include "skg.h"
#include "vocab.h"
#include "write.h"
#include "write_projection.h"
#include "write_texts.h"

#include <errno.h>
#include <getopt.h>
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

enum {
  EXIT_OK = 0,
  EXIT_INPUT = 1,    /* bad input: unreadable, not text, empty, malformed */
  EXIT_USAGE = 2,    /* bad option or argument */
  EXIT_IO = 3,       /* cannot write the output */
  EXIT_INTERNAL = 4, /* out of memory or a bug */
};

enum { MAX_FORMATS = 16 };
/* Long options without a short letter (past any char). */
enum {
  OPT_ALL_PAGES = 0x100,
  OPT_DUMP_INDEX,
  OPT_MAX_DOCUMENT,
  OPT_MAX_NODES,
  OPT_TEXTS,
  OPT_GRAPHS
};

typedef struct {
  const char *outdir, *name;
  bool want[MAX_FORMATS]; /* by writer row */
  bool quiet, stats, only_works, stream;
  bool all_pages; /* --all-pages: no work filter on dumps */
  const char *dump_index; /* --dump-index FILE */
  int jobs; /* extraction threads; 1: none */
  skg_in_format in_format;
  skg_shard shard; /* --shard K/N: k = K - 1, n = N; n = 0 without */
  uint64_t max_document; /* --max-document-bytes; 0: no limit */
  const char *source_iri; /* --source-iri: the one input's own IRI */
  const char *texts;      /* --texts DIR: extracted texts (write_texts.h) */
  bool graphs;            /* --graphs: also --format nquads */
  skg_write_opts w;
} options;

static const char *const DEFAULT_FORMATS =
    "turtle,ntriples,graphml,coappear,dot,svg,facts,csv";

static void usage(FILE *f) {
  size_t n;
  const skg_writer *w = skg_writers(&n);
  fprintf(f,
          "Usage: screenkg [OPTION]... INPUT...\n"
          "Extract a film and television knowledge graph (cast, crew, "
          "companies,\ncritics, character ties) from articles, with the "
          "sentence behind every\nfact, and write it as RDF, GraphML, "
          "Graphviz and tables. An INPUT is a\nfile, a folder (read "
          "recursively, hidden files left out) or '-' (standard\ninput); "
          "files are plain text, HTML pages, JSON Lines corpora or MediaWiki\n"
          "XML dumps, gzip- or bzip2-compressed or not, recognised from "
          "their content.\n\n"
          "Options:\n"
          "  -o, --output DIR      write into DIR (default: output); '-' "
          "writes the one\n                        selected format to "
          "standard output\n"
          "  -n, --name NAME       output file names NAME.EXT (default: the "
          "first\n                        input's file name without its "
          "extension); a file\n                        name, not a path\n"
          "  -f, --format LIST     comma-separated formats (default: all but "
          "png and html):\n");
  for (size_t i = 0; i < n; i++)
    if (i == 0 || strcmp(w[i].format, w[i - 1].format) != 0)
      fprintf(f, "                          %-9s %s\n", w[i].format, w[i].what);
  fputs("      --texts DIR       write each document's extracted text, the "
        "text the RDF's\n                        offsets refer to, as "
        "DIR/SHA256.txt\n"
        "      --graphs          also write N-Quads, the facts in one named "
        "graph per\n                        document (--format nquads with "
        "the others)\n",
        f);
  fprintf(f,
          "  -b, --base IRI        base IRI of entities, absolute, ending in / "
          "or #\n                        (default: %s)\n"
          "      --source-iri IRI  the one input's own IRI (its web address): "
          "names the\n                        document in the RDF instead of "
          "a digest of its text\n"
          "      --no-provenance   leave documents, assertions and evidence "
          "out of RDF\n"
          "      --explain         facts export: add rule, place and "
          "sentence columns\n"
          "      --csv-bom         CSV tables: start with a UTF-8 byte-order "
          "mark, so that\n                        spreadsheets read accented "
          "names right\n"
          "      --view VIEW       diagram: cast, crew, critics, all, "
          "costars (actors\n                        linked by shared works; "
          "the default for several\n                        documents with "
          "several casts, cast otherwise)\n"
          "      --all-labels      costars diagram: label every actor, not "
          "only the main\n                        ones\n"
          "      --focus LABEL     diagram: only what is near this entity "
          "(a misspelt\n                        label gets the closest as a "
          "suggestion)\n"
          "      --depth N         diagram: steps around --focus (default 2)\n"
          "      --via costars     diagram: --focus follows co-star links "
          "(people), not\n                        every drawn edge\n"
          "      --min-degree N    diagram: hide entities with fewer than N "
          "drawn facts\n"
          "      --all-nodes       diagram: also draw entities without a "
          "drawn fact and\n                        reference-list bylines "
          "(critics without a review)\n"
          "      --layout ENGINE   diagram: dot, neato, fdp, sfdp, circo, "
          "twopi\n                        (default: dot for small graphs, "
          "sfdp for large)\n"
          "      --input-format F  auto (default), text, html, jsonl, "
          "mediawiki\n"
          "      --only-works      keep only pages about a film or a series "
          "(an Infobox\n                        film/television, or a lead "
          "sentence typing one);\n"
          "                        the default for a MediaWiki dump of 2+ pages\n"
          "      --all-pages       extract every article of a dump, not only "
          "works\n"
          "      --dump-index FILE the multistream index of a .bz2 dump "
          "(OFFSET:ID:TITLE\n"
          "                        lines): where its streams start\n"
          "      --shard K/N       extract only documents K, K+N, K+2N, ... "
          "(1-based,\n                        in input order); the N-Triples "
          "of shards 1/N..N/N\n                        merge by "
          "concatenation\n"
          "  -j, --jobs N          extract N documents at a time (default: "
          "the number of\n                        processors); the output "
          "is the same for any N\n"
          "      --stream          with --format ntriples: write each "
          "document's triples\n                        as soon as it is "
          "extracted, keeping no whole graph\n                        in "
          "memory (an entity or fact found in several\n                  "
          "      documents is written once for each)\n"
          "      --stats           print what was read and found on stderr\n"
          "      --max-document-bytes N  stop reading a file, JSON line or "
          "page beyond N\n                        bytes once decompressed "
          "(K, M, G: binary multiples;\n                        default 64M; "
          "0: no limit)\n"
          "      --max-nodes N     diagrams: draw at most N nodes, those "
          "with the most\n                        links (default %d; 0: no "
          "limit)\n"
          "  -q, --quiet           no progress or summary on stderr\n"
          "  -h, --help            show this help and exit\n"
          "  -V, --version         show the version and exit\n\n"
          "Exit status: 0 success; 1 bad input: each bad file, JSON line or "
          "page is\nreported (file:line or file#title) and skipped, the rest "
          "is written, nothing\nwhen no document was good; 2 usage error; 3 "
          "cannot write output (also over a\nfile size limit, and -o - into "
          "a pipe closed early, as '| head', which ends\nwithout a message); "
          "4 out of memory or internal error, or a diagram that\nGraphviz "
          "could not draw (reported and left out; the other outputs are "
          "written).\nA view with nothing to draw (--view critics without "
          "reviews) is not an error:\nthe diagram is written with a line "
          "saying why, stderr has a warning (also\nwith -q), the status "
          "is 0.\n",
          SKG_DEFAULT_BASE, SKG_MAX_NODES_DEFAULT);
}

static int fail_usage(const char *fmt, const char *arg) {
  fprintf(stderr, "screenkg: error: ");
  fprintf(stderr, fmt, arg);
  fprintf(stderr, "\nTry 'screenkg --help' for more information.\n");
  return EXIT_USAGE;
}

/* Marks the writer rows of each format in the comma-separated list. */
static int parse_formats(const char *list, options *o) {
  size_t n;
  const skg_writer *w = skg_writers(&n);
  memset(o->want, 0, sizeof o->want);
  const char *p = list;
  while (*p) {
    size_t len = strcspn(p, ",");
    bool found = false;
    for (size_t i = 0; i < n && i < MAX_FORMATS; i++)
      if (strlen(w[i].format) == len && strncmp(w[i].format, p, len) == 0)
        o->want[i] = found = true;
    if (!found && len) {
      char name[64];
      snprintf(name, sizeof name, "%.*s", (int)len, p);
      return fail_usage("unknown format '%s' (see --help)", name);
    }
    p += len + (p[len] == ',');
  }
  return EXIT_OK;
}

/* Adds the formats of list to those wanted (--graphs after any -f). */
static int parse_more_formats(const char *list, options *o) {
  bool had[MAX_FORMATS];
  memcpy(had, o->want, sizeof had);
  int rc = parse_formats(list, o);
  for (size_t i = 0; i < MAX_FORMATS; i++)
    o->want[i] |= had[i];
  return rc;
}

/* NAME defaults to the first input's base name without its extension
   (and without .gz / .bz2); a folder gives its own name. */
static char *default_name(const char *path) {
  if (strcmp(path, "-") == 0)
    return skg_xstrdup("stdin");
  char *p = skg_xstrdup(path);
  size_t n = strlen(p);
  while (n > 1 && p[n - 1] == '/')
    p[--n] = '\0';
  const char *b = strrchr(p, '/');
  b = b && b[1] ? b + 1 : p;
  char *s = skg_xstrdup(*b && strcmp(b, ".") != 0 && strcmp(b, "..") != 0 ? b : "screenkg");
  free(p);
  for (int round = 0; round < 2; round++) {
    char *dot = strrchr(s, '.');
    bool packed = dot && (strcmp(dot, ".gz") == 0 || strcmp(dot, ".bz2") == 0);
    if (dot && dot != s && (round == 1 || packed))
      *dot = '\0';
  }
  return s;
}

/* --shard K/N, 1 <= K <= N: document i (0-based, in input order) is read
   when i % N == K - 1. */
static int parse_shard(const char *arg, skg_shard *sh) {
  char *end;
  unsigned long long k = 0, n = 0;
  if (*arg >= '1' && *arg <= '9') {
    k = strtoull(arg, &end, 10);
    if (*end == '/' && end[1] >= '1' && end[1] <= '9')
      n = strtoull(end + 1, &end, 10);
    if (*end)
      n = 0;
  }
  if (n == 0 || k > n || n > 1000000)
    return fail_usage("--shard '%s' must be K/N with 1 <= K <= N <= 1000000",
                      arg);
  sh->k = k - 1;
  sh->n = n;
  return EXIT_OK;
}

/* --OPT ARG, a whole number from lo to hi, into *out. */
static int parse_count(const char *opt, const char *arg, long lo, long hi,
                       int *out) {
  char *end;
  long v = strtol(arg, &end, 10);
  if (end == arg || *end || v < lo || v > hi) {
    fprintf(stderr,
            "screenkg: error: --%s '%s' must be a number from %ld to %ld\n"
            "Try 'screenkg --help' for more information.\n",
            opt, arg, lo, hi);
    return EXIT_USAGE;
  }
  *out = (int)v;
  return EXIT_OK;
}

/* --OPT ARG, a size in bytes with an optional K, M or G (powers of 1024),
   into *out. */
static int parse_bytes(const char *opt, const char *arg, uint64_t *out) {
  char *end;
  errno = 0;
  unsigned long long v = *arg >= '0' && *arg <= '9' ? strtoull(arg, &end, 10) : 0;
  int shift = 0;
  if (*arg >= '0' && *arg <= '9' && *end && !end[1])
    shift = *end == 'K' || *end == 'k' ? 10 : *end == 'M' ? 20 : *end == 'G' ? 30 : -1;
  if (*arg < '0' || *arg > '9' || errno || shift < 0 || (*end && !shift) ||
      v > (UINT64_MAX >> 30)) {
    fprintf(stderr,
            "screenkg: error: --%s '%s' must be a number of bytes, with K, M "
            "or G after it or not (0: no limit)\n"
            "Try 'screenkg --help' for more information.\n",
            opt, arg);
    return EXIT_USAGE;
  }
  *out = (uint64_t)v << shift;
  return EXIT_OK;
}

static int parse_args(int argc, char **argv, options *o) {
  static const struct option LONG[] = {
      {"output", required_argument, NULL, 'o'},
      {"name", required_argument, NULL, 'n'},
      {"format", required_argument, NULL, 'f'},
      {"base", required_argument, NULL, 'b'},
      {"no-provenance", no_argument, NULL, 'P'},
      {"explain", no_argument, NULL, 'E'},
      {"view", required_argument, NULL, 'W'},
      {"focus", required_argument, NULL, 'F'},
      {"depth", required_argument, NULL, 'D'},
      {"layout", required_argument, NULL, 'L'},
      {"all-labels", no_argument, NULL, 'A'},
      {"all-nodes", no_argument, NULL, 'N'},
      {"min-degree", required_argument, NULL, 'M'},
      {"via", required_argument, NULL, 'v'},
      {"csv-bom", no_argument, NULL, 'B'},
      {"input-format", required_argument, NULL, 'I'},
      {"only-works", no_argument, NULL, 'O'},
      {"all-pages", no_argument, NULL, OPT_ALL_PAGES},
      {"dump-index", required_argument, NULL, OPT_DUMP_INDEX},
      {"shard", required_argument, NULL, 'K'},
      {"jobs", required_argument, NULL, 'j'},
      {"stream", no_argument, NULL, 'T'},
      {"source-iri", required_argument, NULL, 'U'},
      {"texts", required_argument, NULL, OPT_TEXTS},
      {"graphs", no_argument, NULL, OPT_GRAPHS},
      {"stats", no_argument, NULL, 'S'},
      {"max-document-bytes", required_argument, NULL, OPT_MAX_DOCUMENT},
      {"max-nodes", required_argument, NULL, OPT_MAX_NODES},
      {"quiet", no_argument, NULL, 'q'},
      {"help", no_argument, NULL, 'h'},
      {"version", no_argument, NULL, 'V'},
      {NULL, 0, NULL, 0}};
  int c, rc;
  if ((rc = parse_formats(DEFAULT_FORMATS, o)))
    return rc;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":o:n:f:b:j:qhV", LONG, NULL)) != -1) {
    switch (c) {
    case 'o': o->outdir = optarg; break;
    case 'n': o->name = optarg; break;
    case 'f':
      if ((rc = parse_formats(optarg, o)))
        return rc;
      break;
    case 'b': o->w.base = optarg; break;
    case 'P': o->w.provenance = false; break;
    case 'E': o->w.explain = true; break;
    case 'W': o->w.view = optarg; break;
    case 'F': o->w.focus = optarg; break;
    case 'D':
      if ((rc = parse_count("depth", optarg, 0, 1000, &o->w.depth)))
        return rc;
      break;
    case 'L': o->w.layout = optarg; break;
    case 'A': o->w.all_labels = true; break;
    case 'N': o->w.all_nodes = true; break;
    case 'M':
      if ((rc = parse_count("min-degree", optarg, 0, 1000000,
                            &o->w.min_degree)))
        return rc;
      break;
    case 'v': o->w.via = optarg; break;
    case 'B': o->w.csv_bom = true; break;
    case 'I':
      if (!skg_in_format_from_name(optarg, &o->in_format))
        return fail_usage("unknown input format '%s' (auto, text, html, "
                          "jsonl, mediawiki)", optarg);
      break;
    case 'O': o->only_works = true; break;
    case OPT_ALL_PAGES: o->all_pages = true; break;
    case OPT_DUMP_INDEX: o->dump_index = optarg; break;
    case 'K':
      if ((rc = parse_shard(optarg, &o->shard)))
        return rc;
      break;
    case 'j':
      if ((rc = parse_count("jobs", optarg, 1, 256, &o->jobs)))
        return rc;
      break;
    case 'T': o->stream = true; break;
    case 'U': o->source_iri = optarg; break;
    case OPT_TEXTS:
      o->texts = optarg;
      break;
    case OPT_GRAPHS:
      o->graphs = true;
      break;
    case 'S': o->stats = true; break;
    case OPT_MAX_DOCUMENT:
      if ((rc = parse_bytes("max-document-bytes", optarg, &o->max_document)))
        return rc;
      break;
    case OPT_MAX_NODES:
      if ((rc = parse_count("max-nodes", optarg, 0, 10000000, &o->w.max_nodes)))
        return rc;
      break;
    case 'q': o->quiet = true; break;
    case 'h': usage(stdout); return -1;
    case 'V': printf("screenkg %s\n", SKG_VERSION); return -1;
    case ':': return fail_usage("option '%s' needs an argument", argv[optind - 1]);
    default: return fail_usage("unknown option '%s'", argv[optind - 1]);
    }
  }
  return o->graphs ? parse_more_formats("nquads", o) : EXIT_OK;
}

/* The writer row of --format ntriples. */
static size_t ntriples_row(void) {
  size_t n, i = 0;
  const skg_writer *w = skg_writers(&n);
  while (i < n && strcmp(w[i].format, "ntriples") != 0)
    i++;
  return i;
}

static int check_options(const options *o, char **files, int nfiles) {
  static const char *const VIEWS[] = {"cast", "crew", "critics", "all",
                                      "costars"};
  if (nfiles == 0)
    return fail_usage("%s", "no input files");
  /* Only one reader can have standard input. */
  int dashes = 0;
  for (int i = 0; i < nfiles; i++)
    dashes += strcmp(files[i], "-") == 0;
  if (dashes > 1)
    return fail_usage("%s", "'-' (standard input) given more than once");
  if (o->w.via && strcmp(o->w.via, "graph") != 0 &&
      strcmp(o->w.via, "costars") != 0)
    return fail_usage("unknown --via '%s' (graph, costars)", o->w.via);
  if (o->w.view) {
    bool ok = false;
    for (size_t i = 0; i < SKG_ARRAY_LEN(VIEWS); i++)
      ok |= strcmp(o->w.view, VIEWS[i]) == 0;
    if (!ok)
      return fail_usage("unknown view '%s' (cast, crew, critics, all, "
                        "costars)",
                        o->w.view);
  }
  const char *why = skg_iri_check_base(o->w.base);
  if (why) {
    fprintf(stderr,
            "screenkg: error: --base '%s' must be an absolute IRI ending in / "
            "or #: %s\nTry 'screenkg --help' for more information.\n",
            o->w.base, why);
    return EXIT_USAGE;
  }
  if (o->source_iri && nfiles != 1)
    return fail_usage("--source-iri '%s' names one input, not several",
                      o->source_iri);
  if (o->source_iri && skg_iri_check_abs(o->source_iri))
    return fail_usage("--source-iri '%s' must be an absolute IRI",
                      o->source_iri);
  /* NAME names files inside the output folder, never a path out of it */
  if (o->name && (!*o->name || strchr(o->name, '/') ||
                  strcmp(o->name, ".") == 0 || strcmp(o->name, "..") == 0))
    return fail_usage("--name '%s' must be a file name: not empty, no '/', "
                      "not '.' or '..'",
                      o->name);
  if (o->w.depth < 0)
    return fail_usage("%s", "--depth must be 0 or more");
  int nwant = 0;
  for (int i = 0; i < MAX_FORMATS; i++)
    nwant += o->want[i];
  if (nwant == 0)
    return fail_usage("%s", "--format selects no output");
  if (o->stream && (nwant != 1 || !o->want[ntriples_row()]))
    return fail_usage("%s", "--stream writes N-Triples only: give it with "
                            "--format ntriples");
  if (strcmp(o->outdir, "-") == 0 && nwant != 1)
    return fail_usage("%s", "-o - (standard output) takes exactly one format "
                            "that writes one file");
  return EXIT_OK;
}

static void report(const skg_error *err) {
  char line[1200];
  skg_error_format(err, line, sizeof line);
  fprintf(stderr, "screenkg: error: %s\n", line);
}

static int exit_code(skg_status st) {
  switch (st) {
  case SKG_OK: return EXIT_OK;
  case SKG_ERR_USAGE: return EXIT_USAGE;
  case SKG_ERR_SYNTAX:
  case SKG_ERR_ENCODING:
  case SKG_ERR_IO: return EXIT_INPUT;
  case SKG_ERR_WRITE: return EXIT_IO;
  default: return EXIT_INTERNAL;
  }
}

/* What a run read, for progress, the summary and --stats. The reader's
   callbacks run on the main thread, the pipeline's results on a worker:
   both take the lock. */
typedef struct {
  pthread_mutex_t lock;
  skg_graph *g;       /* the run's graph (not with --stream) */
  skg_pipe *pipe;     /* extraction */
  skg_out *out;       /* --stream: the N-Triples file */
  skg_nt_stream *nt;  /* --stream: its writer */
  skg_error write_err; /* --stream: why writing failed */
  char *stream_path;   /* --stream: the file, in messages */
  const options *o;
  skg_shard shard;  /* o->shard, counting the documents read */
  skg_status worst; /* worst status of an input */
  skg_status lost;  /* why an output was left out (reported), or SKG_OK */
  int ndocs;
  bool sourced; /* --source-iri went to the first document */
  size_t nfiles, nsents, nbad, nleft_out, nnot_works;
  uint64_t total;     /* bytes of all inputs, 0 if unknown */
  uint64_t done;      /* bytes of the files before the current one */
  uint64_t cur_size;
  _Atomic uint64_t cur_raw; /* set by the reader without the lock */
  bool tty;
  struct timespec t0;
  double last_draw;
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
    fprintf(stderr, ", %3.0f%%, ETA %d:%02d", 100.0 * (double)bytes / (double)r->total,
            (int)left / 60, (int)left % 60);
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
  if (r->nt) {
    skg_graph_finish(res->g);
    st = skg_nt_stream_write(r->nt, res->g, &r->write_err);
    if (st != SKG_OK)
      name_file(&r->write_err, r->stream_path);
  } else {
    skg_graph_merge(r->g, res->g);
  }
  skg_graph_free(res->g);
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
  skg_status st = r->o->texts ? save_text(r, d) : SKG_OK;
  if (st != SKG_OK) {
    skg_doc_free(d);
    return st;
  }
  r->cur_raw = raw; /* atomic: the lock may be held for a whole merge */
  if (r->o->source_iri && !r->sourced) { /* the reader's thread only */
    free(d->source);
    d->source = skg_xstrdup(r->o->source_iri);
    r->sourced = true;
  }
  return skg_pipe_push(r->pipe, d);
}

static void on_skipped(void *ctx, const skg_error *err) {
  reading *r = ctx;
  pthread_mutex_lock(&r->lock);
  if (err->st == SKG_OK && strcmp(err->msg, SKG_PAGE_NOT_WORK) == 0) {
    r->nnot_works++; /* dropped by the dump's page filter */
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
  r->pipe = skg_pipe_new(r->o->jobs, r->o->only_works, on_result, r);
  for (int i = 0; r->tty && i < n; i++)
    r->total += skg_input_size(files[i]);
  for (int i = 0; i < n; i++) {
    skg_error err = {0};
    skg_status st =
        skg_read_shard(files[i], r->o->in_format, &r->shard, &sink, &err);
    if (st != SKG_OK) {
      pthread_mutex_lock(&r->lock);
      clear_progress(r);
      if (err.st != SKG_OK)
        report(&err);
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

static skg_status ensure_dir(const char *dir, skg_error *err) {
  struct stat sb;
  if (stat(dir, &sb) == 0)
    return S_ISDIR(sb.st_mode)
               ? SKG_OK
               : skg_err(err, SKG_ERR_WRITE, dir, 0, 0, SIZE_MAX,
                         "output path exists and is not a directory");
  if (mkdir(dir, 0777) != 0)
    return skg_err(err, SKG_ERR_WRITE, dir, 0, 0, SIZE_MAX,
                   "cannot create output directory");
  return SKG_OK;
}

/* The output folder, created if missing; nothing to do for -o -. */
static skg_status ensure_outdir(const options *o, skg_error *err) {
  return strcmp(o->outdir, "-") == 0 ? SKG_OK : ensure_dir(o->outdir, err);
}

/* OUTDIR/NAME.EXT, or "-" for standard output; the caller frees it. */
static char *out_path(const options *o, const skg_writer *w) {
  if (strcmp(o->outdir, "-") == 0)
    return skg_xstrdup("-");
  size_t len = strlen(o->outdir) + strlen(o->name) + strlen(w->ext) + 2;
  char *path = skg_xmalloc(len);
  snprintf(path, len, "%s/%s%s", o->outdir, o->name, w->ext);
  return path;
}

/* True when format is wanted. */
static bool wants_format(const options *o, const char *format) {
  size_t n;
  const skg_writer *w = skg_writers(&n);
  for (size_t i = 0; i < n && i < MAX_FORMATS; i++)
    if (o->want[i] && strcmp(w[i].format, format) == 0)
      return true;
  return false;
}

/* True when a wanted format draws the diagram. */
static bool wants_diagram(const options *o) {
  static const char *const DIAGRAMS[] = {"dot", "svg", "png", "html",
                                         "gexf"};
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
static skg_status write_outputs(const skg_graph *g, const options *o,
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
    if (st != SKG_OK)
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
  size_t ncapped = wants_format(o, "coappear") ? skg_costars_capped(g, &largest) : 0;
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
static void catch_signals(const options *o) {
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

static void summary(const skg_graph *g, int ndocs, const options *o,
                    double secs) {
  if (o->quiet)
    return;
  char where[1024];
  if (strcmp(o->outdir, "-") == 0)
    snprintf(where, sizeof where, "standard output");
  else
    snprintf(where, sizeof where, "%s/%s.%s", o->outdir, o->name,
             g ? "*" : "nt");
  if (!g) {
    fprintf(stderr, "screenkg: %d document%s streamed -> %s (%.2f s)\n",
            ndocs, ndocs == 1 ? "" : "s", where, secs);
    return;
  }
  fprintf(stderr,
          "screenkg: %d document%s, %zu entities, %zu facts, %zu "
          "performances, %zu reviews -> %s (%.2f s)\n",
          ndocs, ndocs == 1 ? "" : "s", skg_graph_n_entities(g),
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
static bool needs_all_evidence(const options *o) {
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
  char *path = out_path(r->o, &skg_writers(&n)[ntriples_row()]);
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
  if (r->o->stream)
    return close_stream(r, true, err);
  skg_graph_finish(r->g);
  return write_outputs(r->g, r->o, err, &r->lost);
}

static int run(int argc, char **argv, options *o) {
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
  read_inputs(&r, argv + optind, argc - optind);
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
      summary(r.g, r.ndocs, o, since(&r.t0));
  }
  if (o->stats)
    stats(&r, read_secs, since(&r.t0));
  skg_graph_free(r.g);
  free(r.stream_path);
  if (st == SKG_OK && r.lost != SKG_OK)
    st = r.lost;
  return st != SKG_OK ? exit_code(st) : exit_code(r.worst);
}

int main(int argc, char **argv) {
  options o = {.outdir = "output",
               .jobs = skg_pipe_default_jobs(),
               .max_document = SKG_MAX_DOCUMENT_DEFAULT,
               .w = {.base = SKG_DEFAULT_BASE, .provenance = true, .depth = 2,
                     .max_nodes = SKG_MAX_NODES_DEFAULT}};
  int rc = parse_args(argc, argv, &o);
  if (rc)
    return rc < 0 ? EXIT_OK : rc;
  if ((rc = check_options(&o, argv + optind, argc - optind)))
    return rc;
  char *name = NULL;
  if (!o.name)
    o.name = name = default_name(argv[optind]);
  o.w.name = o.name;
  catch_signals(&o);
  atexit(skg_out_cleanup_all);
  rc = run(argc, argv, &o);
  free(name);
  if (fclose(stdout) != 0 && rc == EXIT_OK) {
    fputs("screenkg: error: cannot write to standard output\n", stderr);
    rc = EXIT_IO;
  }
  return rc;
}
