/* instream.c: the decoded byte stream of one input: raw bytes read as
   they arrive, gzip and bzip2 undone on the fly, UTF-16 turned into
   UTF-8. Below the readers, which read documents from it, and below
   read_input.c, which opens inputs and hands each to its reader. */
#include "instream.h"

#include "alloc.h"
#include "read_bz2.h"

#include <bzlib.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

enum { RAW_CHUNK = 65536, PEEK = 4096 };

/* CODEC_BZIP2_MT: on threads (read_bz2.c), with --jobs 2 or more */
typedef enum { CODEC_NONE, CODEC_GZIP, CODEC_BZIP2, CODEC_BZIP2_MT } codec;
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
  skg_bz2 *mt;
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

const char *skg_in_name(const skg_in *in) { return in->name; }
uint64_t skg_in_raw(const skg_in *in) { return in->raw_total; }
bool skg_in_transcoded(const skg_in *in) {
  return in->enc == ENC_UTF16LE || in->enc == ENC_UTF16BE;
}

/* ---- the readers' one setting ---- */

static uint64_t max_document = SKG_MAX_DOCUMENT_DEFAULT;

void skg_read_set_max_document(uint64_t bytes) {
  max_document = bytes && bytes < SKG_MAX_DOCUMENT_CEILING
                     ? bytes
                     : SKG_MAX_DOCUMENT_CEILING;
}

skg_status skg_too_big(const char *name, uint64_t at, skg_error *err) {
  return skg_err(err, SKG_ERR_SYNTAX, name, 0, 0, (size_t)at,
                 "a document of more than %llu bytes (--max-document-bytes, "
                 "decompressed): reading stopped at byte %llu",
                 (unsigned long long)max_document, (unsigned long long)at);
}

bool skg_over_max(uint64_t bytes) { return bytes > max_document; }

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
    return skg_err(err, SKG_ERR_IO, in->name, 0, 0, SIZE_MAX, "read error: %s",
                   strerror(errno));
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
  if (in->codec == CODEC_BZIP2_MT) {
    st = skg_bz2_read(in->mt, out, cap, got, err);
    in->raw_total = skg_bz2_raw(in->mt);
    return st;
  }
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
    if (*got < 2 ||
        !((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) {
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
    SKG_TRY(st,
            text_decode(in, in->buf + in->len, in->cap - in->len, &got, err));
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

static skg_status open_codec(skg_in *in, skg_error *err) {
  skg_status st;
  SKG_TRY(st, fill_raw(in, err));
  const unsigned char *r = in->raw;
  size_t n = in->raw_len;
  if (n >= 2 && r[0] == 0x1F && r[1] == 0x8B) {
    in->codec = CODEC_GZIP;
    if (inflateInit2(&in->z, 15 + 16) != Z_OK)
      return skg_err(err, SKG_ERR_NOMEM, in->name, 0, 0, SIZE_MAX, "zlib");
  } else if (n >= 4 && memcmp(r, "BZh", 3) == 0 && r[3] >= '1' && r[3] <= '9' &&
             skg_bz2_jobs() > 1) {
    in->codec = CODEC_BZIP2_MT; /* takes the bytes read so far */
    in->raw_pos = in->raw_len;
    return skg_bz2_open(fileno(in->f), in->name, r, n, &in->mt, err);
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

/* ---- opening, the start, closing ---- */

skg_in *skg_in_open(const char *name, FILE *f) {
  skg_in *in = skg_xcalloc(1, sizeof *in);
  in->name = name;
  in->f = f;
  in->raw = skg_xmalloc(RAW_CHUNK);
  return in;
}

skg_status skg_in_start(skg_in *in, const char **head, size_t *n,
                        skg_error *err) {
  skg_status st;
  SKG_TRY(st, open_codec(in, err));
  SKG_TRY(st, peek(in, err));
  *head = in->buf + in->pos;
  *n = in->len - in->pos;
  return SKG_OK;
}

void skg_in_close(skg_in *in) {
  if (in->codec == CODEC_GZIP)
    inflateEnd(&in->z);
  else if (in->codec == CODEC_BZIP2)
    BZ2_bzDecompressEnd(&in->bz);
  skg_bz2_free(in->mt);
  free(in->raw);
  free(in->buf);
  free(in->u16);
  free(in);
}
