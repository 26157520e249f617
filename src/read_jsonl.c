/* read_jsonl.c: JSON Lines corpora, one article a line, as Wikipedia
   extractors and dataset exports write them:
     {"id": "12", "title": "Night Ledger", "text": "Night Ledger is ..."}
   Parsed with json-c; a bad line is reported (file:line) and skipped. */
#include "read.h"

#include "alloc.h"
#include "norm.h"

#include <json-c/json.h>
#include <stdio.h>
#include <string.h>

/* The string member key of o, or NULL. */
static const char *member(json_object *o, const char *key, size_t *n) {
  json_object *v;
  if (!json_object_object_get_ex(o, key, &v) ||
      !json_object_is_type(v, json_type_string))
    return NULL;
  *n = (size_t)json_object_get_string_len(v);
  return json_object_get_string(v);
}

/* Column of the first "\u0000" escape in s[0..n), else 1: a line of
   valid UTF-8 decodes to text that is not only through that escape. */
static unsigned escape_col(const char *s, size_t n) {
  for (size_t i = 0; i + 6 <= n; i++)
    if (memcmp(s + i, "\\u0000", 6) == 0)
      return (unsigned)skg_utf8_count(s, i) + 1;
  return 1;
}

/* Makes the document of one line; name is "FILE#Title" or "FILE:LINE".
   off is the line's byte offset in the file. */
static skg_status line_doc(const char *file, unsigned lineno, size_t off,
                           const char *s, size_t n, skg_doc **out,
                           skg_error *err) {
  /* The raw line first, so that a bad byte is placed in the file (json-c
     would stop at a NUL byte and call it the end of the data). */
  if (skg_check_bytes(file, s, n, off, err) != SKG_OK) {
    err->line = lineno;
    return err->st;
  }
  json_tokener *tok = json_tokener_new();
  json_object *o = json_tokener_parse_ex(tok, s, (int)n);
  enum json_tokener_error je = json_tokener_get_error(tok);
  size_t at = json_tokener_get_parse_end(tok);
  skg_status st = SKG_OK;
  if (!o || je != json_tokener_success) {
    if (je == json_tokener_continue)
      je = json_tokener_error_parse_eof;
    st = skg_err(err, SKG_ERR_SYNTAX, file, lineno, (unsigned)at + 1, SIZE_MAX,
                 "bad JSON: %s", json_tokener_error_desc(je));
  } else if (at < n && strspn(s + at, " \t\r") != n - at) {
    st = skg_err(err, SKG_ERR_SYNTAX, file, lineno, (unsigned)at + 1, SIZE_MAX,
                 "bad JSON: text after the object");
  } else if (!json_object_is_type(o, json_type_object)) {
    st = skg_err(err, SKG_ERR_SYNTAX, file, lineno, 1, SIZE_MAX,
                 "not a JSON object");
  }
  size_t tn = 0, hn = 0;
  const char *text = st ? NULL : member(o, "text", &tn);
  const char *title = st ? NULL : member(o, "title", &hn);
  if (!st && !text)
    st = skg_err(err, SKG_ERR_SYNTAX, file, lineno, 1, SIZE_MAX,
                 "no \"text\" string in the object");
  if (!st) {
    char name[1024];
    if (title && hn)
      snprintf(name, sizeof name, "%s#%.*s", file, (int)(hn < 500 ? hn : 500),
               title);
    else
      snprintf(name, sizeof name, "%s:%u", file, lineno);
    skg_docb *b = skg_docb_new();
    if (title)
      skg_docb_title(b, title, hn);
    skg_docb_raw(b, text, tn);
    skg_flat_infobox(b, title && hn);
    st = skg_docb_finish(b, name, out, err);
    skg_docb_free(b);
    if (st) { /* say which line, not where in the decoded string */
      err->line = lineno;
      err->col = escape_col(s, n);
      snprintf(err->file, sizeof err->file, "%s", file);
      if (st == SKG_ERR_ENCODING)
        snprintf(err->msg, sizeof err->msg,
                 "binary data: \"text\" holds a NUL character (\\u0000)");
    }
  }
  json_object_put(o);
  json_tokener_free(tok);
  return st;
}

skg_status skg_read_jsonl(skg_in *in, const skg_sink *sink, skg_error *err) {
  skg_buf line = SKG_BUF_INIT;
  skg_status st = SKG_OK;
  unsigned lineno = 0;
  size_t off = 0, next = 0; /* byte offsets of this line and the next */
  for (;;) {
    bool eof;
    if ((st = skg_in_line(in, &line, &eof, err)) != SKG_OK || eof)
      break;
    lineno++;
    off = next;
    next += line.len + 1;
    size_t n = line.len;
    while (n && (line.data[n - 1] == '\r' || line.data[n - 1] == ' '))
      n--;
    if (n == 0)
      continue; /* blank lines separate nothing */
    skg_error e = {0};
    skg_doc *d = NULL;
    if (line_doc(skg_in_name(in), lineno, off, line.data, n, &d, &e) !=
        SKG_OK) {
      sink->skipped(sink->ctx, &e);
      continue;
    }
    if ((st = sink->doc(sink->ctx, d, skg_in_raw(in))) != SKG_OK)
      break;
  }
  skg_buf_free(&line);
  return st;
}
