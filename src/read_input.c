/* read_input.c: inputs: files, folders and standard input, each opened as
   a decoded stream (instream.c: gzip, bzip2 and UTF-16 undone), its
   format recognised from the first bytes and handed to its reader. The
   top of the reader layer: it calls the readers, they never call it. */
#include "read.h"

#include "alloc.h"

#include <dirent.h>
#include <errno.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

static const char *const FORMAT_NAMES[] = {"auto", "text", "html", "jsonl",
                                           "mediawiki"};

const char *skg_in_format_name(skg_in_format f) {
  return f < SKG_IN_COUNT ? FORMAT_NAMES[f] : NULL;
}

bool skg_in_format_from_name(const char *name, skg_in_format *out) {
  for (size_t i = 0; i < SKG_IN_COUNT; i++)
    if (strcmp(name, FORMAT_NAMES[i]) == 0) {
      *out = (skg_in_format)i;
      return true;
    }
  return false;
}

/* ---- recognising the format ---- */

static bool has_ci(const char *s, size_t n, const char *needle) {
  size_t k = strlen(needle);
  for (size_t i = 0; i + k <= n; i++)
    if (strncasecmp(s + i, needle, k) == 0)
      return true;
  return false;
}

/* A first line that is a JSON object with a "text" member. */
static bool looks_jsonl(const char *s, size_t n) {
  const char *nl = memchr(s, '\n', n);
  size_t k = nl ? (size_t)(nl - s) : n;
  if (!k || s[0] != '{')
    return false;
  json_tokener *tok = json_tokener_new();
  json_object *o = json_tokener_parse_ex(tok, s, (int)k);
  bool yes = o && json_object_is_type(o, json_type_object) &&
             json_object_object_get_ex(o, "text", NULL);
  /* a first line longer than the peek cannot be parsed whole: then a
     "text" key near the start is evidence enough */
  if (!o && json_tokener_get_error(tok) == json_tokener_continue && !nl)
    yes = has_ci(s, n, "\"text\"");
  json_object_put(o);
  json_tokener_free(tok);
  return yes;
}

/* Does the first element of the XML at s[i..n) (after a declaration)
   start with "<page>": one page of an export without its wrapper? */
static bool bare_page(const char *s, size_t i, size_t n) {
  if (n - i >= 5 && memcmp(s + i, "<?xml", 5) == 0) {
    while (i + 1 < n && !(s[i] == '?' && s[i + 1] == '>'))
      i++;
    if (i + 1 >= n)
      return false;
    i += 2;
  }
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
    i++;
  return n - i > 5 && strncasecmp(s + i, "<page", 5) == 0 &&
         (s[i + 5] == '>' || s[i + 5] == ' ' || s[i + 5] == '\n');
}

static skg_in_format sniff(const char *s, size_t n) {
  size_t i = 0;
  if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
    i++;
  if (i < n && s[i] == '<') {
    if (has_ci(s + i, n - i, "<mediawiki") || bare_page(s, i, n))
      return SKG_IN_MEDIAWIKI;
    if (has_ci(s + i, n - i, "<!doctype html") || has_ci(s + i, n - i, "<html") ||
        has_ci(s + i, n - i, "<body") || has_ci(s + i, n - i, "<p>"))
      return SKG_IN_HTML;
  }
  if (i < n && s[i] == '{' && looks_jsonl(s + i, n - i))
    return SKG_IN_JSONL;
  return SKG_IN_TEXT;
}

/* ---- shards ---- */

/* Numbers the next document; true when it is the shard's (or there is no
   shard). */
static bool shard_take(skg_shard *sh) {
  if (!sh)
    return true;
  uint64_t i = sh->next++;
  return sh->n <= 1 || i % sh->n == sh->k;
}

/* A corpus reader's documents pass through these on their way to the real
   sink: each is numbered, and the shard's go on. */
typedef struct {
  const skg_sink *to;
  skg_shard *sh;
} shard_filter;

static skg_status shard_doc(void *ctx, skg_doc *d, uint64_t raw) {
  shard_filter *f = ctx;
  if (shard_take(f->sh))
    return f->to->doc(f->to->ctx, d, raw);
  skg_doc_free(d);
  return SKG_OK;
}

static void shard_skipped(void *ctx, const skg_error *err) {
  shard_filter *f = ctx;
  if (shard_take(f->sh))
    f->to->skipped(f->to->ctx, err);
}

/* ---- one file ---- */

/* A one-document file; not read on when the document is not the shard's. */
static skg_status read_whole(skg_in *in, skg_in_format f, const skg_sink *sink,
                             skg_shard *sh, skg_error *err) {
  if (!shard_take(sh))
    return SKG_OK;
  skg_buf all = SKG_BUF_INIT;
  skg_doc *d = NULL;
  skg_status st = skg_in_all(in, &all, err);
  if (st == SKG_OK && f == SKG_IN_HTML)
    st = skg_read_html(skg_in_name(in), skg_buf_str(&all), all.len, &d, err);
  else if (st == SKG_OK)
    st = skg_read_text(skg_in_name(in), skg_buf_str(&all), all.len, &d, err);
  skg_buf_free(&all);
  if (st == SKG_OK)
    st = sink->doc(sink->ctx, d, skg_in_raw(in));
  return st;
}

static skg_status read_stream(skg_in *in, skg_in_format f, const skg_sink *sink,
                              skg_shard *sh, skg_error *err) {
  skg_status st;
  const char *head;
  size_t n;
  SKG_TRY(st, skg_in_start(in, &head, &n, err));
  if (f == SKG_IN_AUTO)
    f = sniff(head, n);
  shard_filter filter = {sink, sh};
  skg_sink each = {sink->file, shard_doc, shard_skipped, &filter};
  const skg_sink *corpus = sh ? &each : sink;
  switch (f) {
  case SKG_IN_JSONL: return skg_read_jsonl(in, corpus, err);
  case SKG_IN_MEDIAWIKI: return skg_read_mwxml(in, corpus, err);
  default: return read_whole(in, f, sink, sh, err);
  }
}

static skg_status read_file(const char *path, skg_in_format f,
                            const skg_sink *sink, skg_shard *sh,
                            skg_error *err) {
  bool is_stdin = strcmp(path, "-") == 0;
  FILE *fp = is_stdin ? stdin : fopen(path, "rb");
  if (!fp)
    return skg_err(err, SKG_ERR_IO, path, 0, 0, SIZE_MAX, "cannot open: %s",
                   strerror(errno));
  struct stat sb;
  uint64_t size =
      !is_stdin && fstat(fileno(fp), &sb) == 0 ? (uint64_t)sb.st_size : 0;
  if (sink->file)
    sink->file(sink->ctx, path, size);
  skg_in *in = skg_in_open(is_stdin ? "<stdin>" : path, fp);
  skg_status st = read_stream(in, f, sink, sh, err);
  skg_in_close(in);
  if (!is_stdin)
    fclose(fp);
  return st;
}

/* ---- folders ---- */

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The entries of dir that are not hidden, sorted by byte order; *n gets
   the count. NULL (with err filled) when dir cannot be read. */
static char **list_dir(const char *dir, size_t *n, skg_error *err) {
  DIR *dp = opendir(dir);
  *n = 0;
  if (!dp) {
    skg_err(err, SKG_ERR_IO, dir, 0, 0, SIZE_MAX, "cannot open: %s",
            strerror(errno));
    return NULL;
  }
  char **v = NULL;
  size_t cap = 0;
  struct dirent *e;
  while ((e = readdir(dp)) != NULL) {
    if (e->d_name[0] == '.')
      continue;
    v = skg_xgrow(v, &cap, *n + 1, sizeof *v);
    size_t len = strlen(dir) + strlen(e->d_name) + 2;
    v[*n] = skg_xmalloc(len);
    bool slash = dir[0] && dir[strlen(dir) - 1] == '/';
    snprintf(v[(*n)++], len, "%s%s%s", dir, slash ? "" : "/", e->d_name);
  }
  closedir(dp);
  if (*n)
    qsort(v, *n, sizeof *v, by_name);
  return v ? v : skg_xcalloc(1, sizeof *v);
}

static void free_list(char **v, size_t n) {
  for (size_t i = 0; i < n; i++)
    free(v[i]);
  free(v);
}

static bool is_dir(const char *path) {
  struct stat sb;
  return strcmp(path, "-") != 0 && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* A file in a folder that is no article: data, code, notes, pictures
   ("facts.tsv", "README.md", "poster.jpg"), known from its extension
   (that of "x.tsv.gz" too) or from its name ("README", "LICENSE").
   Named on the command line, any file is read. */
static bool not_an_article(const char *path) {
  static const char *const EXT[] = {
      "tsv",  "csv",  "json", "md",   "markdown", "rst",  "yaml", "yml",
      "toml", "ini",  "cfg",  "conf", "log",      "sh",   "py",   "c",
      "h",    "js",   "css",  "png",  "jpg",      "jpeg", "gif",  "svg",
      "webp", "pdf",  "zip",  "tar",  "ttl",      "nt",   "rdf",  "graphml",
      "dot",  "sqlite", "db", "xlsx", "docx",     "odt",  "ods",  "lock"};
  static const char *const NAMES[] = {"readme", "license", "licence",
                                      "copying", "notice", "changelog",
                                      "makefile", "authors"};
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t n = strlen(base);
  for (size_t k = 0; k < 2; k++) /* "x.tsv.gz", "x.tsv.bz2" */
    if ((n > 3 && strcmp(base + n - 3, ".gz") == 0) ||
        (n > 4 && strcmp(base + n - 4, ".bz2") == 0))
      n -= base[n - 1] == '2' ? 4 : 3;
  size_t dot = n;
  while (dot > 0 && base[dot - 1] != '.')
    dot--;
  if (dot > 1) {
    for (size_t k = 0; k < SKG_ARRAY_LEN(EXT); k++)
      if (n - dot == strlen(EXT[k]) && strncasecmp(base + dot, EXT[k], n - dot) == 0)
        return true;
    n = dot - 1; /* "README.txt" is still a README */
  }
  for (size_t k = 0; k < SKG_ARRAY_LEN(NAMES); k++)
    if (n == strlen(NAMES[k]) && strncasecmp(base, NAMES[k], n) == 0)
      return true;
  return false;
}

static bool fatal(skg_status st) {
  return st == SKG_ERR_NOMEM || st == SKG_ERR_INTERNAL || st == SKG_ERR_WRITE;
}

/* Reads every file under dir; a failing file is reported through
   sink->skipped and the next one read. *nfiles counts the files tried. */
static skg_status read_dir(const char *dir, skg_in_format f,
                           const skg_sink *sink, skg_shard *sh, size_t *nfiles,
                           skg_error *err) {
  size_t n;
  char **v = list_dir(dir, &n, err);
  if (!v)
    return err->st;
  skg_status worst = SKG_OK;
  for (size_t i = 0; i < n; i++) {
    skg_error e = {0};
    skg_status st;
    if (is_dir(v[i])) {
      st = read_dir(v[i], f, sink, sh, nfiles, &e);
    } else if (not_an_article(v[i])) {
      if (!skg_read_quiet())
        fprintf(stderr,
                "screenkg: note: %s skipped: a data or project file, not "
                "an article (name it on the command line to read it)\n",
                v[i]);
      continue;
    } else {
      (*nfiles)++;
      st = read_file(v[i], f, sink, sh, &e);
    }
    if (fatal(st)) {
      *err = e;
      worst = st;
      break;
    }
    if (st != SKG_OK && e.st != SKG_OK)
      sink->skipped(sink->ctx, &e);
    if (st != SKG_OK && worst == SKG_OK)
      worst = st;
  }
  free_list(v, n);
  return worst;
}

skg_status skg_read_shard(const char *path, skg_in_format format,
                          skg_shard *sh, const skg_sink *sink, skg_error *err) {
  if (!is_dir(path))
    return read_file(path, format, sink, sh, err);
  size_t nfiles = 0;
  skg_status st = read_dir(path, format, sink, sh, &nfiles, err);
  if (st == SKG_OK && nfiles == 0)
    return skg_err(err, SKG_ERR_IO, path, 0, 0, SIZE_MAX,
                   "is a directory without input files");
  return st; /* err->st stays SKG_OK when each failure was reported */
}

skg_status skg_read_input(const char *path, skg_in_format format,
                          const skg_sink *sink, skg_error *err) {
  return skg_read_shard(path, format, NULL, sink, err);
}

uint64_t skg_input_size(const char *path) {
  struct stat sb;
  if (strcmp(path, "-") == 0 || stat(path, &sb) != 0)
    return 0;
  if (!S_ISDIR(sb.st_mode))
    return (uint64_t)sb.st_size;
  skg_error e;
  size_t n;
  char **v = list_dir(path, &n, &e);
  uint64_t sum = 0;
  if (!v)
    return 0;
  for (size_t i = 0; i < n; i++)
    sum += skg_input_size(v[i]);
  free_list(v, n);
  return sum;
}

/* ---- one text file (doc.h) ---- */

/* Takes the one document of a plain-text input. */
static skg_status keep_doc(void *ctx, skg_doc *d, uint64_t raw) {
  (void)raw;
  *(skg_doc **)ctx = d;
  return SKG_OK;
}

/* A folder is refused before reading; one put in the file's place in the
   meantime is read as a folder, and its files are no document of ours. */
static void skip_file(void *ctx, const skg_error *err) {
  (void)ctx;
  (void)err;
}

skg_status skg_doc_load(const char *path, skg_doc **out, skg_error *err) {
  *out = NULL;
  struct stat sb;
  if (strcmp(path, "-") != 0 && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
    return skg_err(err, SKG_ERR_IO, path, 0, 0, SIZE_MAX,
                   "is a directory, not a text file");
  skg_sink sink = {NULL, keep_doc, skip_file, out};
  return skg_read_input(path, SKG_IN_TEXT, &sink, err);
}
