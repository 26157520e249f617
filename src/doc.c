/* doc.c: reads a plain-text article, checks that it is text, and splits it.
   Bad input is reported with file, line, column and byte, never aborted on. */
#include "doc.h"

#include "alloc.h"
#include "norm.h"

#include <errno.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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

static skg_status check_text(const char *name, const char *t, size_t n,
                             skg_error *err) {
  const char *nul = memchr(t, '\0', n);
  size_t bad;
  unsigned line, col;
  if (nul) {
    size_t pos = (size_t)(nul - t);
    line_col(t, pos, &line, &col);
    return skg_err(err, SKG_ERR_ENCODING, name, line, col, pos,
                   "binary data: NUL byte at byte %zu; expected UTF-8 text",
                   pos);
  }
  if (!skg_utf8_valid(t, n, &bad)) {
    line_col(t, bad, &line, &col);
    return skg_err(err, SKG_ERR_ENCODING, name, line, col, bad,
                   "invalid UTF-8 at byte %zu (0x%02X)", bad,
                   (unsigned char)t[bad]);
  }
  for (size_t i = 0; i < n; i++)
    if (t[i] != ' ' && t[i] != '\t' && t[i] != '\n' && t[i] != '\r')
      return SKG_OK;
  return skg_err(err, SKG_ERR_SYNTAX, name, 0, 0, SIZE_MAX,
                 "empty input: no text to read");
}

static void digest(skg_doc *d) {
  struct sha256_ctx ctx;
  uint8_t h[SHA256_DIGEST_SIZE];
  sha256_init(&ctx);
  sha256_update(&ctx, d->len, (const uint8_t *)d->text);
  sha256_digest(&ctx, sizeof h, h);
  for (size_t i = 0; i < sizeof h; i++)
    snprintf(d->sha256 + 2 * i, 3, "%02x", h[i]);
}

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

skg_status skg_doc_from_memory(const char *name, const char *data, size_t n,
                               skg_doc **out, skg_error *err) {
  *out = NULL;
  if (n >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
    data += 3; /* a byte-order mark is accepted and dropped */
    n -= 3;
  }
  skg_status st = check_text(name, data, n, err);
  if (st)
    return st;
  skg_doc *d = skg_xcalloc(1, sizeof *d);
  d->name = skg_xstrdup(name);
  d->text = skg_xstrndup(data, n);
  d->len = n;
  d->nsents = skg_split_sentences(d->text, d->len, &d->sents);
  char_offsets(d);
  digest(d);
  *out = d;
  return SKG_OK;
}

static skg_status read_all(FILE *f, const char *name, char **buf, size_t *n,
                           skg_error *err) {
  size_t cap = 0, len = 0;
  char *b = NULL;
  for (;;) {
    b = skg_xgrow(b, &cap, len + 65536, 1);
    size_t k = fread(b + len, 1, cap - len, f);
    len += k;
    if (k == 0)
      break;
  }
  if (ferror(f)) {
    free(b);
    return skg_err(err, SKG_ERR_IO, name, 0, 0, SIZE_MAX, "read error: %s",
                   strerror(errno));
  }
  *buf = b;
  *n = len;
  return SKG_OK;
}

skg_status skg_doc_load(const char *path, skg_doc **out, skg_error *err) {
  *out = NULL;
  bool is_stdin = strcmp(path, "-") == 0;
  struct stat sb;
  if (!is_stdin && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))
    return skg_err(err, SKG_ERR_IO, path, 0, 0, SIZE_MAX,
                   "is a directory, not a text file");
  FILE *f = is_stdin ? stdin : fopen(path, "rb");
  if (!f)
    return skg_err(err, SKG_ERR_IO, path, 0, 0, SIZE_MAX, "cannot open: %s",
                   strerror(errno));
  char *buf = NULL;
  size_t n = 0;
  skg_status st = read_all(f, path, &buf, &n, err);
  if (!is_stdin)
    fclose(f);
  if (st == SKG_OK)
    st = skg_doc_from_memory(is_stdin ? "<stdin>" : path, buf, n, out, err);
  free(buf);
  return st;
}

void skg_doc_free(skg_doc *d) {
  if (!d)
    return;
  free(d->name);
  free(d->text);
  free(d->sents);
  free(d);
}
