/* main.c: the command line: the options, their parsing and checks,
   --help; the run itself (reader -> extractor -> graph -> writers,
   messages, exit codes) is run.c's. With run.c the only place that
   prints or exits (besides skg_xmalloc's out-of-memory exit). */
#include "alloc.h"
#include "iri.h"
#include "out.h"
#include "pipeline.h"
#include "read.h"
#include "run.h"
#include "skg.h"
#include "strdist.h"
#include "vocab.h"
#include "write.h"

#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Long options without a short letter (past any char). */
enum {
  OPT_ALL_PAGES = 0x100,
  OPT_DUMP_INDEX,
  OPT_MAX_DOCUMENT,
  OPT_MAX_NODES,
  OPT_TEXTS,
  OPT_GRAPHS,
  OPT_TIMINGS
};

static const char *const DEFAULT_FORMATS =
    "turtle,ntriples,graphml,coappear,dot,svg,facts,csv";

/* Whether name is one of the comma-separated words of list. */
static bool in_list(const char *list, const char *name) {
  size_t n = strlen(name);
  for (const char *p = list; *p;) {
    size_t len = strcspn(p, ",");
    if (len == n && strncmp(p, name, n) == 0)
      return true;
    p += len + (p[len] == ',');
  }
  return false;
}

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
          "  -f, --format LIST     comma-separated formats (default: those "
          "marked *):\n");
  for (size_t i = 0; i < n; i++)
    if (i == 0 || strcmp(w[i].format, w[i - 1].format) != 0)
      fprintf(f, "                        %c %-9s %s\n",
              in_list(DEFAULT_FORMATS, w[i].format) ? '*' : ' ', w[i].format,
              w[i].what);
  fputs("      --texts DIR       write each document's extracted text, the "
        "text the RDF's\n                        offsets refer to, as "
        "DIR/SHA256.txt\n"
        "      --graphs          also write N-Quads, the facts in one named "
        "graph per\n                        document (--format nquads with "
        "the others)\n"
        "      --timings FILE    write each document's CPU time as a TSV "
        "(document,\n                        bytes of its text, CPU ms), "
        "in input order: which\n                        pages are slow\n",
        f);
  fprintf(
      f,
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
      "at most 4G - 1, which 0 gives)\n"
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

/* A usage error for the format p[0..len), naming the closest format when
   it looks like a typo of one: format names are short, so one edit in
   three letters ("yaml" is not a typo of "html"). */
static int unknown_format(const char *p, size_t len, const skg_writer *w,
                          size_t n) {
  char name[64], msg[160];
  snprintf(name, sizeof name, "%.*s", (int)len, p);
  const char *near = NULL;
  size_t best = strlen(name) / 3 + 1;
  for (size_t i = 0; i < n; i++) {
    size_t d = skg_edit_distance(name, w[i].format);
    if (d < best) {
      best = d;
      near = w[i].format;
    }
  }
  if (!near)
    return fail_usage("unknown format '%s' (see --help)", name);
  snprintf(msg, sizeof msg, "unknown format '%%s'; did you mean '%s'?", near);
  return fail_usage(msg, name);
}

/* Marks the writer rows of each format in the comma-separated list. */
static int parse_formats(const char *list, skg_run_opts *o) {
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
    if (!found && len)
      return unknown_format(p, len, w, n);
    p += len + (p[len] == ',');
  }
  return EXIT_OK;
}

/* Adds the formats of list to those wanted (--graphs after any -f). */
static int parse_more_formats(const char *list, skg_run_opts *o) {
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
   at most max, into *out. */
static int parse_bytes(const char *opt, const char *arg, uint64_t max,
                       uint64_t *out) {
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
            "or G after it or not (0: the largest)\n"
            "Try 'screenkg --help' for more information.\n",
            opt, arg);
    return EXIT_USAGE;
  }
  if (((uint64_t)v << shift) > max) {
    fprintf(stderr,
            "screenkg: error: --%s '%s' is too large: at most %llu bytes "
            "(4G - 1, what 0 gives)\n"
            "Try 'screenkg --help' for more information.\n",
            opt, arg, (unsigned long long)max);
    return EXIT_USAGE;
  }
  *out = (uint64_t)v << shift;
  return EXIT_OK;
}

static int parse_args(int argc, char **argv, skg_run_opts *o) {
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
      {"timings", required_argument, NULL, OPT_TIMINGS},
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
    case OPT_TIMINGS:
      o->timings = optarg;
      break;
    case OPT_MAX_DOCUMENT:
      if ((rc = parse_bytes("max-document-bytes", optarg,
                            SKG_MAX_DOCUMENT_CEILING, &o->max_document)))
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
static int check_options(const skg_run_opts *o, char **files, int nfiles) {
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
  if (o->stream && (nwant != 1 || !o->want[skg_run_ntriples_row()]))
    return fail_usage("%s", "--stream writes N-Triples only: give it with "
                            "--format ntriples");
  if (strcmp(o->outdir, "-") == 0 && nwant != 1)
    return fail_usage("%s", "-o - (standard output) takes exactly one format "
                            "that writes one file");
  return EXIT_OK;
}
int main(int argc, char **argv) {
  skg_run_opts o = {.outdir = "output",
                    .jobs = skg_pipe_default_jobs(),
                    .max_document = SKG_MAX_DOCUMENT_DEFAULT,
                    .w = {.base = SKG_DEFAULT_BASE,
                          .provenance = true,
                          .depth = 2,
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
  skg_run_catch_signals(&o);
  atexit(skg_out_cleanup_all);
  rc = skg_run(argv + optind, argc - optind, &o);
  free(name);
  if (fclose(stdout) != 0 && rc == EXIT_OK) {
    fputs("screenkg: error: cannot write to standard output\n", stderr);
    rc = EXIT_IO;
  }
  return rc;
}
