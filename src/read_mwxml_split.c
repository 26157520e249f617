/* read_mwxml_split.c: a MediaWiki dump cut into pages at the byte level
   (read_mwxml.h). Markers are found by their bytes: "<page" followed by
   '>' or white space, "</page" followed by optional white space and '>'.
   Dumps escape '<' in wikitext, so the bytes cannot occur inside a page's
   text; a marker in a comment or CDATA section would cut a page wrongly,
   which the parser then reports. Each byte is scanned once. */
#include "read_mwxml.h"

#include "alloc.h"

#include <stdlib.h>
#include <string.h>

enum { BLOCK = 1 << 20, MARK_MAX = 16 /* bytes to decide a marker */ };

typedef enum { M_NONE, M_START, M_END, M_MORE } mark;

static bool blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* What the '<' at s[0..n) starts; M_MORE when n is too short to say. */
static mark mark_at(const char *s, size_t n) {
  if (n < 6)
    return M_MORE;
  if (memcmp(s, "<page", 5) == 0)
    return blank(s[5]) || s[5] == '>' ? M_START : M_NONE;
  if (n < 7)
    return M_MORE;
  if (memcmp(s, "</page", 6) != 0)
    return M_NONE;
  size_t i = 6;
  while (i < n && i < MARK_MAX && blank(s[i]))
    i++;
  if (i == n)
    return M_MORE;
  return s[i] == '>' ? M_END : M_NONE;
}

/* Reads one more block into the buffer; at the end or on a failure sets
   eof (the failure stays in io_st). */
static void more(skg_mw_split *sp) {
  if (sp->eof)
    return;
  if (sp->buf.data && sp->start > sp->buf.len / 2 && sp->start > BLOCK) {
    /* compact: what was parsed goes */
    memmove(sp->buf.data, sp->buf.data + sp->start, sp->buf.len - sp->start);
    sp->buf.len -= sp->start;
    sp->buf.data[sp->buf.len] = '\0';
    sp->start = 0;
  }
  if (!sp->block)
    sp->block = skg_xmalloc(BLOCK);
  size_t got = 0;
  sp->io_st = skg_in_read(sp->in, sp->block, BLOCK, &got, &sp->io_err);
  if (sp->io_st != SKG_OK || got == 0)
    sp->eof = true;
  else
    skg_buf_append(&sp->buf, sp->block, got);
  if (!sp->eof && skg_over_max(sp->buf.len - sp->start)) { /* one page */
    sp->io_st = skg_too_big(skg_in_name(sp->in), sp->byte + sp->buf.len - sp->start,
                            &sp->io_err);
    sp->eof = true;
  }
}

/* The offset from the start of the next marker at or after from, its
   kind in *kind; SIZE_MAX at the end of the input. */
static size_t find_mark(skg_mw_split *sp, size_t from, mark *kind) {
  for (;;) {
    const char *b = sp->buf.data ? sp->buf.data + sp->start : "";
    size_t n = sp->buf.len - sp->start;
    const char *lt = from < n ? memchr(b + from, '<', n - from) : NULL;
    if (!lt) {
      if (sp->eof)
        return SIZE_MAX;
      from = n;
      more(sp);
      continue;
    }
    size_t at = (size_t)(lt - b);
    mark m = mark_at(lt, n - at);
    if (m == M_MORE && !sp->eof) {
      from = at;
      more(sp);
      continue;
    }
    if (m == M_START || m == M_END) {
      *kind = m;
      return at;
    }
    from = at + 1;
  }
}

/* The length of the end tag at s ("</page  >"). */
static size_t end_len(const char *s) { return (size_t)(strchr(s, '>') - s) + 1; }

skg_mw_kind skg_mw_next(skg_mw_split *sp, size_t *len, size_t *page_at) {
  mark k = M_NONE;
  size_t p0, from = 0;
  /* a stray </page> between pages stays in the piece: the parser says */
  while ((p0 = find_mark(sp, from, &k)) != SIZE_MAX && k != M_START)
    from = p0 + 1;
  if (p0 == SIZE_MAX) {
    *len = sp->buf.len - sp->start;
    *page_at = SIZE_MAX;
    return SKG_MW_TAIL;
  }
  *page_at = p0;
  size_t e = find_mark(sp, p0 + 1, &k);
  if (e == SIZE_MAX) {
    *len = sp->buf.len - sp->start;
    return SKG_MW_BROKEN;
  }
  if (k == M_START) {
    *len = e;
    return SKG_MW_BROKEN;
  }
  *len = e + end_len(sp->buf.data + sp->start + e);
  return SKG_MW_PAGE;
}

const char *skg_mw_piece(const skg_mw_split *sp) {
  return sp->buf.data ? sp->buf.data + sp->start : "";
}

void skg_mw_consume(skg_mw_split *sp, size_t len) {
  /* from line break to line break: a page is thousands of bytes */
  const char *p = skg_mw_piece(sp), *end = p + len, *nl;
  while (p < end && (nl = memchr(p, '\n', (size_t)(end - p))) != NULL) {
    sp->line++, sp->col = 1;
    p = nl + 1;
  }
  sp->col += (size_t)(end - p);
  sp->byte += len;
  sp->start += len;
}

void skg_mw_split_free(skg_mw_split *sp) {
  skg_buf_free(&sp->buf);
  free(sp->block);
}

void skg_mw_header(const char *s, size_t n, skg_buf *out) {
  const char *end = s + n;
  const char *a = NULL;
  for (const char *p = s; p + 9 <= end; p++)
    if (memcmp(p, "<siteinfo", 9) == 0) {
      a = p;
      break;
    }
  const char *z = NULL;
  for (const char *p = a; p && p + 11 <= end; p++)
    if (memcmp(p, "</siteinfo>", 11) == 0) {
      z = p + 11;
      break;
    }
  if (!a || !z) {
    skg_buf_append(out, s, n);
    return;
  }
  skg_buf_append(out, s, (size_t)(a - s));
  for (const char *p = a; p < z; p++)
    if (*p == '\n')
      skg_buf_putc(out, '\n');
  skg_buf_append(out, z, (size_t)(end - z));
}
