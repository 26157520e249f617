/* doc.c: the document model: building a document from a reader's text and
   annotations, checking that it is text, splitting it into sentences.
   Bad input is reported with file, line, column and byte, never aborted on. */
#include "doc.h"

#include "alloc.h"
#include "buf.h"
#include "doc_clean.h"
#include "graph.h"
#include "norm.h"

#include <ctype.h>
#include <nettle/sha2.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct skg_docb {
  skg_buf text;
  bool space; /* white space seen and not yet written */
  skg_heading *heads;
  size_t nheads, capheads;
  skg_link *links;
  size_t nlinks, caplinks;
  skg_field *fields;
  size_t nfields, capfields;
  char *title, *infobox;
  skg_buf pages; /* skg_docb_page, one a line */
};

/* 1-based line and column (in code points) of byte offset pos. */
static void line_col(const char *t, size_t pos, unsigned *line, unsigned *col) {
  unsigned l = 1, c = 1;
  for (size_t i = 0; i < pos; i++) {
    if (t[i] == '\n')
      l++, c = 1;
    else if (((unsigned char)t[i] & 0xC0) != 0x80)
      c++;
  }
  *line = l;
  *col = c;
}

skg_status skg_check_bytes(const char *name, const char *t, size_t n,
                           size_t base, skg_error *err) {
  const char *nul = memchr(t, '\0', n);
  size_t bad;
  unsigned line, col;
  if (nul) {
    size_t pos = (size_t)(nul - t);
    line_col(t, pos, &line, &col);
    return skg_err(err, SKG_ERR_ENCODING, name, line, col, base + pos,
                   "binary data: NUL byte at byte %zu; expected UTF-8 text",
                   base + pos);
  }
  if (!skg_utf8_valid(t, n, &bad)) {
    line_col(t, bad, &line, &col);
    return skg_err(err, SKG_ERR_ENCODING, name, line, col, base + bad,
                   "invalid UTF-8 at byte %zu (0x%02X)", base + bad,
                   (unsigned char)t[bad]);
  }
  return SKG_OK;
}

static skg_status check_text(const char *name, const char *t, size_t n,
                             skg_error *err) {
  skg_status st;
  SKG_TRY(st, skg_check_bytes(name, t, n, 0, err));
  for (size_t i = 0; i < n; i++)
    if (t[i] != ' ' && t[i] != '\t' && t[i] != '\n' && t[i] != '\r')
      return SKG_OK;
  return skg_err(err, SKG_ERR_SYNTAX, name, 0, 0, SIZE_MAX,
                 "empty input: no text to read");
}

void skg_doc_digest(const skg_doc *d, char out[65]) {
  struct sha256_ctx ctx;
  uint8_t h[SHA256_DIGEST_SIZE];
  sha256_init(&ctx);
  sha256_update(&ctx, d->len, (const uint8_t *)d->text);
  sha256_digest(&ctx, sizeof h, h);
  for (size_t i = 0; i < sizeof h; i++)
    snprintf(out + 2 * i, 3, "%02x", h[i]);
}

/* Set once by the run before any document is read. */
static bool digest_all = true;

void skg_doc_set_digest_all(bool on) { digest_all = on; }
bool skg_doc_digest_all(void) { return digest_all; }

/* Fills the code-point offsets of each sentence in one pass. */
static void char_offsets(skg_doc *d) {
  size_t byte = 0, chars = 0;
  for (size_t i = 0; i < d->nsents; i++) {
    skg_span *s = &d->sents[i];
    chars += skg_utf8_count(d->text + byte, s->off - byte);
    s->char_off = chars;
    s->char_len = skg_utf8_count(d->text + s->off, s->len);
    chars += s->char_len;
    byte = s->off + s->len;
  }
  d->chars = chars + skg_utf8_count(d->text + byte, d->len - byte);
}

/* ---- the builder ---- */

skg_docb *skg_docb_new(void) { return skg_xcalloc(1, sizeof(skg_docb)); }

/* Frees what a builder and a document both hold. */
static void free_annotations(skg_link *links, size_t nlinks, skg_field *fields,
                             size_t nfields) {
  for (size_t i = 0; i < nlinks; i++)
    free(links[i].target);
  for (size_t i = 0; i < nfields; i++) {
    free(fields[i].key);
    free(fields[i].value);
  }
  free(links);
  free(fields);
}

static void docb_reset(skg_docb *b) {
  skg_buf_free(&b->text);
  skg_buf_free(&b->pages);
  free_annotations(b->links, b->nlinks, b->fields, b->nfields);
  free(b->heads);
  free(b->title);
  free(b->infobox);
  memset(b, 0, sizeof *b);
}

/* A page renders each template argument it reads into a builder of its
   own: reusing one saves an allocation and the text's growth each time. */
void skg_docb_clear(skg_docb *b) {
  skg_buf text = b->text;
  b->text = (skg_buf){NULL, 0, 0};
  docb_reset(b);
  skg_buf_clear(&text);
  b->text = text;
}

void skg_docb_free(skg_docb *b) {
  if (!b)
    return;
  docb_reset(b);
  free(b);
}

static bool at_line_start(const skg_docb *b) {
  return b->text.len == 0 || b->text.data[b->text.len - 1] == '\n';
}

static bool blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

void skg_docb_text(skg_docb *b, const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    if (blank(s[i])) {
      b->space = true;
      i++;
      continue;
    }
    if (b->space && !at_line_start(b))
      skg_buf_putc(&b->text, ' ');
    b->space = false;
    /* a run of other bytes goes in one append, and so do the single
       spaces between its words: each would be written as it stands */
    size_t j = i + 1;
    for (;;) {
      while (j < n && !blank(s[j]))
        j++;
      if (j + 1 < n && s[j] == ' ' && !blank(s[j + 1]))
        j += 2;
      else
        break;
    }
    skg_buf_append(&b->text, s + i, j - i);
    i = j;
  }
}

void skg_docb_raw(skg_docb *b, const char *s, size_t n) {
  skg_buf_append(&b->text, s, n);
  b->space = false;
}

void skg_docb_break(skg_docb *b) {
  b->space = false;
  if (!at_line_start(b))
    skg_buf_putc(&b->text, '\n');
}

size_t skg_docb_len(const skg_docb *b) { return b->text.len; }

const char *skg_docb_str(const skg_docb *b) { return skg_buf_str(&b->text); }

/* Narrows [*from, len) to exclude edge white space; false when empty. */
static bool trim_span(const skg_docb *b, size_t *from, size_t *len) {
  size_t a = *from, e = b->text.len;
  while (a < e && isspace((unsigned char)b->text.data[a]))
    a++;
  while (e > a && isspace((unsigned char)b->text.data[e - 1]))
    e--;
  *from = a;
  *len = e - a;
  return e > a;
}

void skg_docb_heading(skg_docb *b, size_t from, unsigned level) {
  size_t len;
  if (from <= b->text.len && trim_span(b, &from, &len)) {
    b->heads = skg_xgrow(b->heads, &b->capheads, b->nheads + 1, sizeof *b->heads);
    b->heads[b->nheads++] = (skg_heading){from, len, level};
  }
  skg_docb_break(b);
}

void skg_docb_page(skg_docb *b, const char *target, size_t n) {
  if (n && !memchr(target, '\n', n)) {
    skg_buf_append(&b->pages, target, n);
    skg_buf_putc(&b->pages, '\n');
  }
}

void skg_docb_link(skg_docb *b, size_t from, const char *target, size_t n) {
  size_t len;
  if (from > b->text.len || !n || !trim_span(b, &from, &len))
    return;
  b->links = skg_xgrow(b->links, &b->caplinks, b->nlinks + 1, sizeof *b->links);
  b->links[b->nlinks++] = (skg_link){from, len, skg_xstrndup(target, n)};
}

void skg_docb_field(skg_docb *b, const char *key, size_t kn,
                    const char *value, size_t vn) {
  char *k = skg_xstrndup(key, kn);
  for (char *p = k; *p; p++)
    *p = *p == '_' ? ' ' : (char)tolower((unsigned char)*p);
  b->fields = skg_xgrow(b->fields, &b->capfields, b->nfields + 1,
                        sizeof *b->fields);
  b->fields[b->nfields++] = (skg_field){k, skg_xstrndup(value, vn), 0, 0};
}

void skg_docb_field_at(skg_docb *b, const char *key, size_t kn,
                       const char *value, size_t vn, size_t off, size_t len) {
  if (!len || off + len > b->text.len)
    return;
  skg_docb_field(b, key, kn, value, vn);
  b->fields[b->nfields - 1].off = off;
  b->fields[b->nfields - 1].len = len;
}

void skg_docb_title(skg_docb *b, const char *s, size_t n) {
  free(b->title);
  b->title = skg_xstrndup(s, n);
}

void skg_docb_infobox(skg_docb *b, const char *s, size_t n) {
  free(b->infobox);
  b->infobox = skg_xstrndup(s, n);
  free_annotations(NULL, 0, b->fields, b->nfields);
  b->fields = NULL;
  b->nfields = b->capfields = 0;
}

/* The infobox is part of the page a reader sees, so its fields end the
   text, one line each ("starring: Jane Roe; Tom Ash"): a fact read from a
   field then has a real span of the text as its evidence. */
static void append_fields(skg_docb *b) {
  size_t own = 0;
  while (own < b->nfields && b->fields[own].len)
    own++;
  if (own == b->nfields)
    return; /* none, or all with their own line */
  if (b->text.data && b->text.len && b->text.data[b->text.len - 1] != '\n')
    skg_buf_putc(&b->text, '\n');
  for (size_t i = 0; i < b->nfields; i++) {
    skg_field *f = &b->fields[i];
    if (f->len)
      continue; /* its line is in the text already (skg_docb_field_at) */
    f->off = b->text.len;
    skg_buf_puts(&b->text, f->key);
    skg_buf_puts(&b->text, ": ");
    size_t vn = strlen(f->value);
    while (vn && (f->value[vn - 1] == '\n' || f->value[vn - 1] == ' '))
      vn--;
    for (size_t j = 0; j < vn; j++)
      if (f->value[j] == '\n')
        skg_buf_puts(&b->text, "; ");
      else
        skg_buf_putc(&b->text, f->value[j]);
    f->len = b->text.len - f->off;
    skg_buf_putc(&b->text, '\n');
  }
}

/* Moves the reader's spans to where their text is after the cleaning. */
static void remap_spans(skg_docb *b, const skg_clean_log *log) {
  for (size_t i = 0; i < b->nheads; i++) {
    size_t end = skg_clean_remap(log, b->heads[i].off + b->heads[i].len);
    b->heads[i].off = skg_clean_remap(log, b->heads[i].off);
    b->heads[i].len = end - b->heads[i].off;
  }
  for (size_t i = 0; i < b->nlinks; i++) {
    size_t end = skg_clean_remap(log, b->links[i].off + b->links[i].len);
    b->links[i].off = skg_clean_remap(log, b->links[i].off);
    b->links[i].len = end - b->links[i].off;
  }
  for (size_t i = 0; i < b->nfields; i++) {
    if (!b->fields[i].len)
      continue; /* its line is appended later */
    size_t end = skg_clean_remap(log, b->fields[i].off + b->fields[i].len);
    b->fields[i].off = skg_clean_remap(log, b->fields[i].off);
    b->fields[i].len = end - b->fields[i].off;
  }
}

/* Replaces what XML 1.0 forbids in the text and in every string the
   reader gave (doc_clean.h), with one warning for the document. */
static void clean_doc(skg_docb *b, const char *name) {
  skg_clean_log log = {0};
  size_t other = 0;
  skg_clean_text(&b->text, &log);
  if (log.n)
    remap_spans(b, &log);
  b->title = skg_clean_str(b->title, &other);
  b->infobox = skg_clean_str(b->infobox, &other);
  for (size_t i = 0; i < b->nlinks; i++)
    b->links[i].target = skg_clean_str(b->links[i].target, &other);
  for (size_t i = 0; i < b->nfields; i++) {
    b->fields[i].key = skg_clean_str(b->fields[i].key, &other);
    b->fields[i].value = skg_clean_str(b->fields[i].value, &other);
  }
  if (log.count && !skg_read_quiet()) {
    unsigned line, col;
    line_col(b->text.data, log.first, &line, &col);
    fprintf(stderr,
            "screenkg: warning: %s: text line %u, column %u: U+%04X is not "
            "allowed in XML 1.0 or is a noncharacter; %zu code point%s "
            "replaced by U+FFFD\n",
            name, line, col, (unsigned)log.first_cp, log.count + other,
            log.count + other == 1 ? "" : "s");
  } else if (other && !skg_read_quiet()) {
    fprintf(stderr,
            "screenkg: warning: %s: %zu code point%s not allowed in XML "
            "replaced by U+FFFD in the title, links or infobox\n",
            name, other, other == 1 ? "" : "s");
  }
  skg_clean_log_free(&log);
}

skg_status skg_docb_finish(skg_docb *b, const char *name, skg_doc **out,
                           skg_error *err) {
  *out = NULL;
  const char *t = b->text.data ? b->text.data : "";
  size_t n = b->text.len;
  size_t skip = n >= 3 && memcmp(t, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  skg_status st = check_text(name, t + skip, n - skip, err);
  if (st) {
    docb_reset(b);
    return st;
  }
  skg_doc *d = skg_xcalloc(1, sizeof *d);
  d->name = skg_xstrdup(name);
  size_t bad_at, in_name = 0; /* "FILE#Title": the title part */
  if (skg_utf8_valid(d->name, strlen(d->name), &bad_at))
    d->name = skg_clean_str(d->name, &in_name);
  if (skip && b->text.data) { /* a byte-order mark is accepted and dropped */
    memmove(b->text.data, t + skip, n - skip + 1);
    b->text.len -= skip;
    for (size_t i = 0; i < b->nheads; i++)
      b->heads[i].off -= b->heads[i].off >= skip ? skip : 0;
    for (size_t i = 0; i < b->nlinks; i++)
      b->links[i].off -= b->links[i].off >= skip ? skip : 0;
    for (size_t i = 0; i < b->nfields; i++)
      b->fields[i].off -= b->fields[i].len && b->fields[i].off >= skip ? skip : 0;
  }
  clean_doc(b, d->name);
  append_fields(b);
  /* Evidence offsets are 32-bit; repairs can make a text longer than the
     --max-document-bytes it was read under. */
  if (b->text.len > SKG_MAX_OFFSET) {
    size_t len = b->text.len;
    free(d->name);
    free(d);
    docb_reset(b);
    return skg_err(err, SKG_ERR_SYNTAX, name, 0, 0, SIZE_MAX,
                   "the text is %zu bytes once read and repaired; a document "
                   "can have at most %lu",
                   len, (unsigned long)SKG_MAX_OFFSET);
  }
  d->text = b->text.data;
  d->len = b->text.len;
  d->title = b->title;
  d->infobox = b->infobox;
  d->headings = b->heads;
  d->nheadings = b->nheads;
  d->links = b->links;
  d->nlinks = b->nlinks;
  d->fields = b->fields;
  d->nfields = b->nfields;
  d->pages = b->pages.data;
  memset(b, 0, sizeof *b); /* the document owns it all now */
  d->nsents = skg_split_sentences(d->text, d->len, &d->sents);
  char_offsets(d);
  *out = d;
  return SKG_OK;
}

const char *skg_doc_field(const skg_doc *d, const char *key) {
  for (size_t i = 0; i < d->nfields; i++)
    if (strcmp(d->fields[i].key, key) == 0)
      return d->fields[i].value;
  return NULL;
}

void skg_doc_free(skg_doc *d) {
  if (!d)
    return;
  free_annotations(d->links, d->nlinks, d->fields, d->nfields);
  free(d->headings);
  free(d->title);
  free(d->source);
  free(d->pages);
  free(d->infobox);
  free(d->name);
  free(d->text);
  free(d->sents);
  free(d);
}
