/* read_input.c: one input file or standard input (folders: read_dir.c),
   opened as a decoded stream (instream.c: gzip, bzip2 and UTF-16 undone),
   its format recognised from the first bytes and handed to its reader. The
   top of the reader layer: it calls the readers, they never call it. */
#include "read.h"
#include "read_file.h"

#include "alloc.h"

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

skg_status skg_read_file(const char *path, skg_in_format f,
                         const skg_sink *sink, skg_shard *sh, skg_error *err) {
  bool is_stdin = strcmp(path, "-") == 0;
  FILE *fp = is_stdin ? stdin : fopen(path, "rb");
  if (!fp)
    return skg_err(err, SKG_ERR_IO, path, 0, 0, SIZE_MAX, "cannot open: %s%s",
                   strerror(errno),
                   strstr(path, "://") ? " (web addresses are not fetched: "
                                         "save the page and give its file)"
                                       : "");
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
