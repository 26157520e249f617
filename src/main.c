/* main.c: the command line: options, wiring of reader -> extractor -> graph
   -> writers, messages and exit codes. The only place that prints or exits
   (besides skg_xmalloc's out-of-memory exit). */
#include "alloc.h"
#include "doc.h"
#include "extract.h"
#include "graph.h"
#include "out.h"
#include "skg.h"
#include "vocab.h"
#include "write.h"

#include <getopt.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

enum {
  EXIT_OK = 0,
  EXIT_INPUT = 1,    /* bad input: unreadable, not text, empty */
  EXIT_USAGE = 2,    /* bad option or argument */
  EXIT_IO = 3,       /* cannot write the output */
  EXIT_INTERNAL = 4, /* out of memory or a bug */
};

enum { MAX_FORMATS = 16 };

typedef struct {
  const char *outdir, *name;
  bool want[MAX_FORMATS]; /* by writer row */
  bool quiet;
  skg_write_opts w;
} options;

static const char *const DEFAULT_FORMATS =
    "turtle,ntriples,graphml,dot,svg,facts,csv";

static void usage(FILE *f) {
  size_t n;
  const skg_writer *w = skg_writers(&n);
  fprintf(f,
          "Usage: screenkg [OPTION]... FILE...\n"
          "Extract a film and television knowledge graph (cast, crew, "
          "companies,\ncritics, character ties) from articles in plain "
          "text, with the sentence\nbehind every fact, and write it as RDF, "
          "GraphML, Graphviz and tables.\nFILE '-' reads standard input.\n\n"
          "Options:\n"
          "  -o, --output DIR      write into DIR (default: output); '-' "
          "writes the one\n                        selected format to "
          "standard output\n"
          "  -n, --name NAME       output file names NAME.EXT (default: the "
          "first\n                        input's file name without its "
          "extension)\n"
          "  -f, --format LIST     comma-separated formats (default: all but "
          "png):\n");
  for (size_t i = 0; i < n; i++)
    if (i == 0 || strcmp(w[i].format, w[i - 1].format) != 0)
      fprintf(f, "                          %-9s %s\n", w[i].format, w[i].what);
  fprintf(f,
          "  -b, --base IRI        base IRI of entities (default: %s)\n"
          "      --no-provenance   leave documents, assertions and evidence "
          "out of RDF\n"
          "      --explain         facts export: add rule, place and "
          "sentence columns\n"
          "      --view VIEW       diagram: cast (default), crew, critics, "
          "all\n"
          "      --focus LABEL     diagram: only what is near this entity\n"
          "      --depth N         diagram: steps around --focus (default 2)\n"
          "      --layout ENGINE   diagram: dot, neato, fdp, sfdp, circo, "
          "twopi\n                        (default: dot for small graphs, "
          "sfdp for large)\n"
          "  -q, --quiet           no progress or summary on stderr\n"
          "  -h, --help            show this help and exit\n"
          "  -V, --version         show the version and exit\n\n"
          "Exit status: 0 success, 1 bad input (nothing written), 2 usage "
          "error,\n3 cannot write output, 4 out of memory or internal "
          "error.\n",
          SKG_DEFAULT_BASE);
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

/* NAME defaults to the first input's base name without its extension. */
static char *default_name(const char *path) {
  if (strcmp(path, "-") == 0)
    return skg_xstrdup("stdin");
  const char *b = strrchr(path, '/');
  b = b ? b + 1 : path;
  char *s = skg_xstrdup(*b ? b : "screenkg");
  char *dot = strrchr(s, '.');
  if (dot && dot != s)
    *dot = '\0';
  return s;
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
      {"quiet", no_argument, NULL, 'q'},
      {"help", no_argument, NULL, 'h'},
      {"version", no_argument, NULL, 'V'},
      {NULL, 0, NULL, 0}};
  int c, rc;
  if ((rc = parse_formats(DEFAULT_FORMATS, o)))
    return rc;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":o:n:f:b:qhV", LONG, NULL)) != -1) {
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
    case 'D': o->w.depth = atoi(optarg); break;
    case 'L': o->w.layout = optarg; break;
    case 'q': o->quiet = true; break;
    case 'h': usage(stdout); return -1;
    case 'V': printf("screenkg %s\n", SKG_VERSION); return -1;
    case ':': return fail_usage("option '%s' needs an argument", argv[optind - 1]);
    default: return fail_usage("unknown option '%s'", argv[optind - 1]);
    }
  }
  return EXIT_OK;
}

static int check_options(const options *o, int nfiles) {
  static const char *const VIEWS[] = {"cast", "crew", "critics", "all"};
  if (nfiles == 0)
    return fail_usage("%s", "no input files");
  if (o->w.view) {
    bool ok = false;
    for (size_t i = 0; i < SKG_ARRAY_LEN(VIEWS); i++)
      ok |= strcmp(o->w.view, VIEWS[i]) == 0;
    if (!ok)
      return fail_usage("unknown view '%s' (cast, crew, critics, all)",
                        o->w.view);
  }
  const char *b = o->w.base;
  size_t bl = strlen(b);
  if (!strstr(b, "://") || !bl || (b[bl - 1] != '/' && b[bl - 1] != '#'))
    return fail_usage("--base '%s' must be an absolute IRI ending in / or #",
                      b);
  if (o->w.depth < 0)
    return fail_usage("%s", "--depth must be 0 or more");
  int nwant = 0;
  for (int i = 0; i < MAX_FORMATS; i++)
    nwant += o->want[i];
  if (nwant == 0)
    return fail_usage("%s", "--format selects no output");
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

/* Reads and extracts each input; a bad input is reported and skipped.
   Returns the worst status seen; *ndocs counts the good ones. */
static skg_status read_inputs(skg_graph *g, char **files, int n,
                              const options *o, int *ndocs) {
  skg_status worst = SKG_OK;
  bool tty = !o->quiet && isatty(STDERR_FILENO);
  for (int i = 0; i < n; i++) {
    if (tty)
      fprintf(stderr, "\rscreenkg: reading %d/%d %s\033[K", i + 1, n, files[i]);
    skg_error err = {0};
    skg_doc *d = NULL;
    skg_status st = skg_doc_load(files[i], &d, &err);
    if (st == SKG_OK)
      st = skg_extract(g, d, &err);
    skg_doc_free(d);
    if (st != SKG_OK) {
      if (tty)
        fputs("\r\033[K", stderr);
      report(&err);
      if (worst == SKG_OK)
        worst = st;
      continue;
    }
    (*ndocs)++;
  }
  if (tty)
    fputs("\r\033[K", stderr);
  return worst;
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

/* Writes every wanted format to a temporary file first and renames them all
   only when all succeeded: a failed run leaves no file, new or half. */
static skg_status write_outputs(const skg_graph *g, const options *o,
                                skg_error *err) {
  size_t n;
  const skg_writer *w = skg_writers(&n);
  skg_out *outs[MAX_FORMATS] = {0};
  bool to_stdout = strcmp(o->outdir, "-") == 0;
  skg_status st = to_stdout ? SKG_OK : ensure_dir(o->outdir, err);
  for (size_t i = 0; i < n && i < MAX_FORMATS && st == SKG_OK; i++) {
    if (!o->want[i])
      continue;
    size_t len = strlen(o->outdir) + strlen(o->name) + strlen(w[i].ext) + 2;
    char *path = skg_xmalloc(len);
    snprintf(path, len, "%s/%s%s", o->outdir, o->name, w[i].ext);
    if (to_stdout)
      snprintf(path, len, "-");
    st = skg_out_open(path, &outs[i], err);
    if (st == SKG_OK)
      st = w[i].write(g, skg_out_file(outs[i]), &o->w, err);
    if (st != SKG_OK && !err->file[0])
      snprintf(err->file, sizeof err->file, "%s", path);
    free(path);
  }
  for (size_t i = 0; i < n && i < MAX_FORMATS; i++) {
    if (!outs[i])
      continue;
    if (st == SKG_OK)
      st = skg_out_commit(outs[i], err);
    else
      skg_out_abort(outs[i]);
  }
  return st;
}

static void on_signal(int sig) {
  skg_out_cleanup_all();
  signal(sig, SIG_DFL);
  raise(sig);
}

static void summary(const skg_graph *g, int ndocs, const options *o,
                    double secs) {
  if (o->quiet)
    return;
  fprintf(stderr,
          "screenkg: %d document%s, %zu entities, %zu facts, %zu "
          "performances, %zu reviews -> %s/%s.* (%.2f s)\n",
          ndocs, ndocs == 1 ? "" : "s", skg_graph_n_entities(g),
          skg_graph_n_facts(g), skg_graph_n_performances(g),
          skg_graph_n_reviews(g), o->outdir, o->name, secs);
}

static int run(int argc, char **argv, options *o) {
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  skg_graph *g = skg_graph_new();
  int ndocs = 0;
  skg_status in = read_inputs(g, argv + optind, argc - optind, o, &ndocs);
  if (ndocs == 0) {
    skg_graph_free(g);
    return exit_code(in);
  }
  skg_graph_finish(g);
  skg_error err = {0};
  skg_status st = write_outputs(g, o, &err);
  if (st != SKG_OK)
    report(&err);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  if (st == SKG_OK)
    summary(g, ndocs, o,
            (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);
  skg_graph_free(g);
  return st != SKG_OK ? exit_code(st) : exit_code(in);
}

int main(int argc, char **argv) {
  options o = {.outdir = "output",
               .w = {.base = SKG_DEFAULT_BASE, .provenance = true, .depth = 2}};
  int rc = parse_args(argc, argv, &o);
  if (rc)
    return rc < 0 ? EXIT_OK : rc;
  if ((rc = check_options(&o, argc - optind)))
    return rc;
  char *name = NULL;
  if (!o.name)
    o.name = name = default_name(argv[optind]);
  o.w.name = o.name;
  signal(SIGINT, on_signal);
  signal(SIGTERM, on_signal);
  atexit(skg_out_cleanup_all);
  rc = run(argc, argv, &o);
  free(name);
  if (fclose(stdout) != 0 && rc == EXIT_OK) {
    fputs("screenkg: error: cannot write to standard output\n", stderr);
    rc = EXIT_IO;
  }
  return rc;
}
