/* read_input.c: one input file or standard input (folders: read_dir.c);
   gzip and bzip2 undone on the fly; the format recognised from the first
   bytes; each input handed to its reader. */
#include "read.h"
#include "read_file.h"

#include "alloc.h"

#include <bzlib.h>
#include <errno.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

enum { RAW_CHUNK = 65536, PEEK = 4096 };

typedef enum { CODEC_NONE, CODEC_GZIP, CODEC_BZIP2 } codec;
/* The text's encoding, known from its first bytes: UTF-8 (or anything
   else, checked later), or UTF-16 with its byte-order mark, turned into
   UTF-8 here so that every reader sees UTF-8. */
typedef enum { ENC_UNKNOWN, ENC_BYTES, ENC_UTF16LE, ENC_UTF16BE } text_enc;

struct skg_in {
  const char *name;
  FILE *f;
  codec codec;
  z_stream z;
  bz_stream bz;
  bool z_end; /* the current gzip member ended */
  unsigned char *raw;
  size_t raw_pos, raw_len;
  bool raw_eof;
  uint64_t raw_total;
  char *buf; /* decoded bytes not yet consumed: buf[pos..len) */
  size_t pos, len, cap;
  bool eof;
  text_enc enc;
  unsigned char *u16; /* UTF-16 bytes not yet turned into UTF-8 */
  size_t u16_len;
};

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

const char *skg_in_name(const skg_in *in) { return in->name; }
uint64_t skg_in_raw(const skg_in *in) { return in->raw_total; }
bool skg_in_transcoded(const skg_in *in) {
  return in->enc == ENC_UTF16LE || in->enc == ENC_UTF16BE;
}

static bool quiet_readers;
static uint64_t max_document = SKG_MAX_DOCUMENT_DEFAULT;

void skg_read_set_quiet(bool quiet) { quiet_readers = quiet; }
bool skg_read_quiet(void) { return quiet_readers; }
void skg_read_set_max_document(uint64_t bytes) { max_document = bytes; }

skg_status skg_too_big(const char *name, uint64_t at, skg_error *err) {
  return skg_err(err, SKG_ERR_SYNTAX, name, 0, 0, (size_t)at,
                 "a document of more than %llu bytes (--max-document-bytes, "
                 "decompressed): reading stopped at byte %llu",
                 (unsigned long long)max_document, (unsigned long long)at);
}

bool skg_over_max(uint64_t bytes) { return max_document && bytes > max_document; }

/* ---- raw bytes and decompression ---- */

static skg_status fill_raw(skg_in *in, skg_error *err) {
  if (in->raw_pos < in->raw_len || in->raw_eof)
    return SKG_OK;
  /* read(2), not fread: from a pipe it returns what has arrived instead
     of waiting for a whole chunk, so a live feed is answered at once. */
  ssize_t k;
  do
    k = read(fileno(in->f), in->raw, RAW_CHUNK);
  while (k < 0 && errno == EINTR);
  if (k < 0)
    return skg_err(err, SKG_ERR_IO, in->name, 0, 0, SIZE_MAX,
                   "read error: %s", strerror(errno));
  in->raw_pos = 0;
  in->raw_len = (size_t)k;
  in->raw_total += (uint64_t)k;
  in->raw_eof = k == 0;
  return SKG_OK;
}

/* The position is the compressed byte where decoding stopped: the end of
   a truncated file, about where corrupt data starts. */
static skg_status truncated(skg_in *in, skg_error *err, const char *what) {
  uint64_t at = in->raw_total - (in->raw_len - in->raw_pos);
  return skg_err(err, SKG_ERR_SYNTAX, in->name, 0, 0, (size_t)at,
                 "%s data is truncated or corrupt at byte %llu", what,
                 (unsigned long long)at);
}

/* Decodes more bytes into out[0..cap); *got = 0 only at the end. */
static skg_status decode(skg_in *in, char *out, size_t cap, size_t *got,
                         skg_error *err) {
  skg_status st;
  *got = 0;
  while (*got == 0) {
    SKG_TRY(st, fill_raw(in, err));
    size_t avail = in->raw_len - in->raw_pos;
    unsigned char *src = in->raw + in->raw_pos;
    if (in->codec == CODEC_NONE) {
      size_t k = avail < cap ? avail : cap;
      memcpy(out, src, k);
      in->raw_pos += k;
      *got = k;
      if (!k)
        return SKG_OK;
    } else if (in->codec == CODEC_GZIP) {
      if (in->raw_eof)
        return in->z_end ? SKG_OK : truncated(in, err, "gzip");
      if (in->z_end) { /* another gzip member follows */
        inflateReset(&in->z);
        in->z_end = false;
      }
      in->z.next_in = src;
      in->z.avail_in = (uInt)avail;
      in->z.next_out = (unsigned char *)out;
      in->z.avail_out = (uInt)cap;
      int rc = inflate(&in->z, Z_NO_FLUSH);
      if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
        return truncated(in, err, "gzip");
      in->z_end = rc == Z_STREAM_END;
      in->raw_pos += avail - in->z.avail_in;
      *got = cap - in->z.avail_out;
    } else {
      if (in->raw_eof)
        return in->z_end ? SKG_OK : truncated(in, err, "bzip2");
      if (in->z_end) { /* concatenated bzip2 streams (pbzip2) */
        BZ2_bzDecompressEnd(&in->bz);
        memset(&in->bz, 0, sizeof in->bz);
        BZ2_bzDecompressInit(&in->bz, 0, 0);
        in->z_end = false;
      }
      in->bz.next_in = (char *)src;
      in->bz.avail_in = (unsigned)avail;
      in->bz.next_out = out;
      in->bz.avail_out = (unsigned)cap;
      int rc = BZ2_bzDecompress(&in->bz);
      if (rc != BZ_OK && rc != BZ_STREAM_END)
        return truncated(in, err, "bzip2");
      in->z_end = rc == BZ_STREAM_END;
      in->raw_pos += avail - in->bz.avail_in;
      *got = cap - in->bz.avail_out;
    }
  }
  return SKG_OK;
}

/* ---- UTF-16 ---- */

static size_t put_utf8(char *o, uint32_t c) {
  if (c < 0x80) {
    o[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    o[0] = (char)(0xC0 | (c >> 6));
    o[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    o[0] = (char)(0xE0 | (c >> 12));
    o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  o[0] = (char)(0xF0 | (c >> 18));
  o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
  o[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

static uint32_t unit_at(const skg_in *in, size_t i) {
  const unsigned char *b = in->u16 + i;
  return in->enc == ENC_UTF16LE ? (uint32_t)(b[0] | b[1] << 8)
                                : (uint32_t)(b[0] << 8 | b[1]);
}

/* Turns the whole code points of in->u16 into UTF-8 in out[0..cap);
   returns the bytes written. A lone surrogate becomes U+FFFD; at the end
   (last), so do a dangling byte and a high surrogate left alone. */
static size_t utf16_convert(skg_in *in, char *out, size_t cap, bool last) {
  size_t i = 0, k = 0;
  while (i + 2 <= in->u16_len && k + 4 <= cap) {
    uint32_t u = unit_at(in, i);
    if (u >= 0xD800 && u < 0xDC00) {
      if (i + 4 > in->u16_len && !last)
        break; /* its low half is still to come */
      uint32_t lo = i + 4 <= in->u16_len ? unit_at(in, i + 2) : 0;
      if (lo >= 0xDC00 && lo < 0xE000) {
        k += put_utf8(out + k, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
        i += 4;
        continue;
      }
      u = 0xFFFD;
    } else if (u >= 0xDC00 && u < 0xE000) {
      u = 0xFFFD;
    }
    k += put_utf8(out + k, u);
    i += 2;
  }
  if (last && i + 1 == in->u16_len && k + 3 <= cap) { /* an odd byte */
    k += put_utf8(out + k, 0xFFFD);
    i++;
  }
  memmove(in->u16, in->u16 + i, in->u16_len - i);
  in->u16_len -= i;
  return k;
}

/* decode(), then UTF-16 (known from its byte-order mark on the first
   bytes) turned into UTF-8. */
static skg_status text_decode(skg_in *in, char *out, size_t cap, size_t *got,
                              skg_error *err) {
  skg_status st;
  if (in->enc == ENC_BYTES)
    return decode(in, out, cap, got, err);
  if (in->enc == ENC_UNKNOWN) {
    SKG_TRY(st, decode(in, out, cap, got, err));
    const unsigned char *b = (const unsigned char *)out;
    if (*got < 2 || !((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) {
      in->enc = ENC_BYTES;
      return SKG_OK;
    }
    in->enc = b[0] == 0xFF ? ENC_UTF16LE : ENC_UTF16BE;
    in->u16 = skg_xmalloc(RAW_CHUNK);
    in->u16_len = *got - 2;
    memcpy(in->u16, out + 2, in->u16_len);
  }
  for (;;) {
    if ((*got = utf16_convert(in, out, cap, false)))
      return SKG_OK;
    size_t more;
    SKG_TRY(st, decode(in, (char *)in->u16 + in->u16_len,
                       RAW_CHUNK - in->u16_len, &more, err));
    in->u16_len += more;
    if (!more) {
      *got = utf16_convert(in, out, cap, true);
      return SKG_OK;
    }
  }
}

/* Makes at least want decoded bytes available in buf (fewer at the end). */
static skg_status fill(skg_in *in, size_t want, skg_error *err) {
  skg_status st;
  if (in->pos > 0 && in->pos == in->len)
    in->pos = in->len = 0;
  while (!in->eof && in->len - in->pos < want) {
    if (in->pos > 0) { /* keep the unread part at the front */
      memmove(in->buf, in->buf + in->pos, in->len - in->pos);
      in->len -= in->pos;
      in->pos = 0;
    }
    in->buf = skg_xgrow(in->buf, &in->cap, in->len + RAW_CHUNK, 1);
    size_t got;
    SKG_TRY(st, text_decode(in, in->buf + in->len, in->cap - in->len, &got, err));
    in->len += got;
    in->eof = got == 0;
  }
  return SKG_OK;
}

skg_status skg_in_read(skg_in *in, char *buf, size_t cap, size_t *got,
                       skg_error *err) {
  skg_status st;
  SKG_TRY(st, fill(in, 1, err));
  size_t k = in->len - in->pos < cap ? in->len - in->pos : cap;
  memcpy(buf, in->buf + in->pos, k);
  in->pos += k;
  *got = k;
  return SKG_OK;
}

skg_status skg_in_line(skg_in *in, skg_buf *line, bool *eof, skg_error *err) {
  skg_status st;
  skg_buf_clear(line);
  for (;;) {
    SKG_TRY(st, fill(in, 1, err));
    if (in->pos == in->len) {
      *eof = line->len == 0;
      return SKG_OK;
    }
    char *p = in->buf + in->pos;
    char *nl = memchr(p, '\n', in->len - in->pos);
    size_t k = nl ? (size_t)(nl - p) : in->len - in->pos;
    skg_buf_append(line, p, k);
    in->pos += k + (nl != NULL);
    if (skg_over_max(line->len))
      return skg_too_big(in->name, line->len, err);
    if (nl) {
      *eof = false;
      return SKG_OK;
    }
  }
}

skg_status skg_in_all(skg_in *in, skg_buf *all, skg_error *err) {
  skg_status st;
  for (;;) {
    SKG_TRY(st, fill(in, 1, err));
    if (in->pos == in->len)
      return SKG_OK;
    skg_buf_append(all, in->buf + in->pos, in->len - in->pos);
    in->pos = in->len;
    if (skg_over_max(all->len)) /* /dev/zero, a gzip bomb */
      return skg_too_big(in->name, all->len, err);
  }
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
    st = skg_read_html(in->name, skg_buf_str(&all), all.len, &d, err);
  else if (st == SKG_OK)
    st = skg_read_text(in->name, skg_buf_str(&all), all.len, &d, err);
  skg_buf_free(&all);
  if (st == SKG_OK)
    st = sink->doc(sink->ctx, d, in->raw_total);
  return st;
}

static skg_status open_codec(skg_in *in, skg_error *err) {
  skg_status st;
  SKG_TRY(st, fill_raw(in, err));
  const unsigned char *r = in->raw;
  size_t n = in->raw_len;
  if (n >= 2 && r[0] == 0x1F && r[1] == 0x8B) {
    in->codec = CODEC_GZIP;
    if (inflateInit2(&in->z, 15 + 16) != Z_OK)
      return skg_err(err, SKG_ERR_NOMEM, in->name, 0, 0, SIZE_MAX, "zlib");
  } else if (n >= 4 && memcmp(r, "BZh", 3) == 0 && r[3] >= '1' && r[3] <= '9') {
    in->codec = CODEC_BZIP2;
    if (BZ2_bzDecompressInit(&in->bz, 0, 0) != BZ_OK)
      return skg_err(err, SKG_ERR_NOMEM, in->name, 0, 0, SIZE_MAX, "bzip2");
  }
  return SKG_OK;
}

/* True when s[0..n) starts (after blanks) with a whole line that opens
   with '{': the first object of a JSON Lines feed. */
static bool first_object_done(const char *s, size_t n) {
  size_t i = 0;
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
    i++;
  return i < n && s[i] == '{' && memchr(s + i, '\n', n - i) != NULL;
}

/* Makes enough of the start available to recognise the format: PEEK
   bytes, or a JSON object's whole first line when a pipe delivers it and
   then waits (a live JSON Lines feed must not wait for 4 kB to get its
   first answer). Other formats wait for PEEK bytes: an XML prolog or a
   comment alone on the first line says nothing yet. */
static skg_status peek(skg_in *in, skg_error *err) {
  skg_status st;
  SKG_TRY(st, fill(in, 1, err));
  while (!in->eof && in->len - in->pos < PEEK &&
         !first_object_done(in->buf + in->pos, in->len - in->pos))
    SKG_TRY(st, fill(in, in->len - in->pos + 1, err));
  return SKG_OK;
}

static skg_status read_stream(skg_in *in, skg_in_format f, const skg_sink *sink,
                              skg_shard *sh, skg_error *err) {
  skg_status st;
  SKG_TRY(st, open_codec(in, err));
  SKG_TRY(st, peek(in, err));
  if (f == SKG_IN_AUTO)
    f = sniff(in->buf + in->pos, in->len - in->pos);
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
  skg_in in = {0};
  in.name = is_stdin ? "<stdin>" : path;
  in.f = is_stdin ? stdin : fopen(path, "rb");
  if (!in.f)
    return skg_err(err, SKG_ERR_IO, path, 0, 0, SIZE_MAX, "cannot open: %s",
                   strerror(errno));
  struct stat sb;
  uint64_t size = !is_stdin && fstat(fileno(in.f), &sb) == 0 ? (uint64_t)sb.st_size : 0;
  if (sink->file)
    sink->file(sink->ctx, path, size);
  in.raw = skg_xmalloc(RAW_CHUNK);
  skg_status st = read_stream(&in, f, sink, sh, err);
  if (in.codec == CODEC_GZIP)
    inflateEnd(&in.z);
  else if (in.codec == CODEC_BZIP2)
    BZ2_bzDecompressEnd(&in.bz);
  free(in.raw);
  free(in.buf);
  free(in.u16);
  if (!is_stdin)
    fclose(in.f);
  return st;
}
