/* read_mwxml.c: MediaWiki XML exports and dumps
   (<mediawiki><page><title/><ns/><revision><text/></revision></page>),
   streamed with libxml2's xmlReader: one page in memory at a time, however
   large the dump. No entity substitution, no DTD loading, no network (no
   XXE); a page's wikitext goes to read_wiki.c. Redirects and pages outside
   the article namespace are skipped quietly, and so are, in a dump, the
   pages the cheap work filter drops (page_filter.h).

   A dump is cut at the byte level into pieces of one page each (from the
   end of the page before to this page's </page>; read_mwxml_split.c), and
   each piece is parsed on its own behind the dump's header (its prolog,
   DTD and root tag, without <siteinfo>). A malformed page is then
   reported with its position in the file and skipped, and reading
   resumes at the next <page>: one broken page no longer loses every page
   after it. A whole page's piece is followed by the end tags of the
   elements the header leaves open, so that the parser sees a complete
   document: without them libxml2's reader, meeting the end of its input
   in the same chunk as the </page>, reports "Extra content at the end of
   the document" before handing the </page> over, and a well-formed page
   was skipped (one in about 800 of a dump, by where its end fell). */
#include "read.h"
#include "read_mwxml.h"
#include "weblink.h"

#include "page_filter.h"

#include <libxml/xmlreader.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { F_NONE, F_TITLE, F_NS, F_TEXT } field;

typedef struct {
  skg_in *in;
  bool xml_failed; /* the piece's first parser error is in xml_err */
  skg_error xml_err; /* its line and column are the piece's, not the file's */
  /* the page being read */
  field cur;
  skg_buf title, ns, text;
  bool redirect;
  bool in_page, page_done;
  bool page_is_root; /* a file of one bare <page>: no root end to check */
  skg_buf lang; /* the page's xml:lang (the dump's), names its wiki */
  size_t pages;
  /* The first page, held until a second one shows the file is a dump
     (then it is filtered like the others) or the file ends (a one-page
     export: never filtered by default). */
  skg_buf held_title, held_ns, held_text;
  bool held, held_redirect;
  skg_buf closer; /* end tags of what the header opens ("</mediawiki>") */
} mwxml;

#if LIBXML_VERSION >= 21200
static void on_error(void *ctx, const xmlError *e) {
#else
static void on_error(void *ctx, xmlErrorPtr e) {
#endif
  mwxml *m = ctx;
  if (m->xml_failed || e->level < XML_ERR_ERROR)
    return;
  m->xml_failed = true;
  char msg[400];
  snprintf(msg, sizeof msg, "%s", e->message ? e->message : "malformed XML");
  size_t k = strlen(msg);
  while (k && (msg[k - 1] == '\n' || msg[k - 1] == ' '))
    msg[--k] = '\0';
  for (char *p = msg; *p; p++) /* one line ("... encoding !\nBytes: ...") */
    if (*p == '\n')
      *p = ' ';
  skg_err(&m->xml_err, SKG_ERR_SYNTAX, skg_in_name(m->in), (unsigned)e->line,
          (unsigned)(e->int2 > 0 ? e->int2 : 1), SIZE_MAX, "XML: %s", msg);
}

static bool is(const xmlChar *name, const char *want) {
  return name && strcmp((const char *)name, want) == 0;
}

/* A page goes to the sink, or is skipped: a redirect, another namespace,
   or (filter) a page the cheap work test drops. A page the filter lets
   through is marked for the --only-works test of the extraction. */
static skg_status emit_page(mwxml *m, const skg_sink *sink, const skg_buf *tb,
                            const skg_buf *nsb, const skg_buf *text,
                            bool redirect, bool filter) {
  const char *title = tb->len ? tb->data : "(untitled)";
  char name[1024];
  snprintf(name, sizeof name, "%s#%s", skg_in_name(m->in), title);
  skg_error e = {0};
  if (redirect || (nsb->len && strcmp(nsb->data, "0") != 0)) {
    skg_err(&e, SKG_OK, name, 0, 0, SIZE_MAX, "not an article");
    sink->skipped(sink->ctx, &e);
    return SKG_OK;
  }
  if (filter && !skg_page_maybe_work(skg_buf_str(text), text->len)) {
    skg_err(&e, SKG_OK, name, 0, 0, SIZE_MAX, "%s", SKG_PAGE_NOT_WORK);
    sink->skipped(sink->ctx, &e);
    return SKG_OK;
  }
  skg_doc *d = NULL;
  skg_status st = skg_read_wiki(name, title, skg_buf_str(text), text->len,
                                &d, &e);
  if (st != SKG_OK || !d) {
    sink->skipped(sink->ctx, &e);
    return SKG_OK;
  }
  d->only_if_work = filter;
  skg_buf url = SKG_BUF_INIT;
  if (tb->len && skg_weblink_wikipedia(skg_buf_str(&m->lang), title, tb->len,
                                       &url))
    d->source = url.data; /* the document takes the buffer's bytes */
  else
    skg_buf_free(&url);
  return sink->doc(sink->ctx, d, skg_in_raw(m->in));
}

static void swap_buf(skg_buf *a, skg_buf *b) {
  skg_buf t = *a;
  *a = *b;
  *b = t;
}

/* The held first page goes out; dump says whether more pages follow. */
static skg_status flush_held(mwxml *m, const skg_sink *sink, bool dump) {
  if (!m->held)
    return SKG_OK;
  m->held = false;
  bool filter = skg_page_filter_mode() == SKG_WORKS_ALL ||
                (dump && skg_page_filter_mode() == SKG_WORKS_DUMPS);
  return emit_page(m, sink, &m->held_title, &m->held_ns, &m->held_text,
                   m->held_redirect, filter);
}

/* A page ended: its document goes to the sink (or it is skipped); the
   first is held until it is known whether the file is a dump. */
static skg_status end_page(mwxml *m, const skg_sink *sink) {
  m->pages++;
  m->page_done = true;
  if (m->pages == 1) {
    swap_buf(&m->title, &m->held_title);
    swap_buf(&m->ns, &m->held_ns);
    swap_buf(&m->text, &m->held_text);
    m->held_redirect = m->redirect;
    m->held = true;
    return SKG_OK;
  }
  skg_status st;
  SKG_TRY(st, flush_held(m, sink, true));
  return emit_page(m, sink, &m->title, &m->ns, &m->text, m->redirect,
                   skg_page_filter_mode() != SKG_WORKS_OFF);
}

static void start_element(mwxml *m, xmlTextReaderPtr r, const xmlChar *name) {
  bool empty = xmlTextReaderIsEmptyElement(r) == 1;
  if (is(name, "page")) {
    m->in_page = true;
    m->page_is_root = xmlTextReaderDepth(r) == 0;
    skg_buf_clear(&m->title);
    skg_buf_clear(&m->ns);
    skg_buf_clear(&m->text);
    skg_buf_clear(&m->lang);
    const xmlChar *lang = xmlTextReaderConstXmlLang(r);
    if (lang)
      skg_buf_puts(&m->lang, (const char *)lang);
    m->redirect = false;
  } else if (is(name, "redirect")) {
    m->redirect = true;
  } else if (is(name, "title") && !empty) {
    skg_buf_clear(&m->title);
    m->cur = F_TITLE;
  } else if (is(name, "ns") && !empty) {
    skg_buf_clear(&m->ns);
    m->cur = F_NS;
  } else if (is(name, "text")) {
    skg_buf_clear(&m->text); /* a full-history dump: the last revision */
    m->cur = empty ? F_NONE : F_TEXT;
  }
}

static void add_text(mwxml *m, const xmlChar *v) {
  skg_buf *b = m->cur == F_TITLE ? &m->title
               : m->cur == F_NS  ? &m->ns
               : m->cur == F_TEXT ? &m->text
                                  : NULL;
  if (b && v)
    skg_buf_puts(b, (const char *)v);
}

static skg_status pump(mwxml *m, xmlTextReaderPtr r, const skg_sink *sink) {
  int rc = 1;
  skg_status st = SKG_OK;
  while (st == SKG_OK && !m->page_done && (rc = xmlTextReaderRead(r)) == 1) {
    int type = xmlTextReaderNodeType(r);
    const xmlChar *name = xmlTextReaderConstLocalName(r);
    switch (type) {
    case XML_READER_TYPE_ELEMENT: start_element(m, r, name); break;
    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
      add_text(m, xmlTextReaderConstValue(r));
      break;
    case XML_READER_TYPE_END_ELEMENT:
      if (is(name, "title") || is(name, "ns") || is(name, "text"))
        m->cur = F_NONE;
      if (is(name, "page"))
        st = end_page(m, sink);
      break;
    default: break; /* entity references stay unexpanded: no XXE */
    }
  }
  if (st != SKG_OK || m->page_done)
    return st; /* the rest of the piece is the missing end of the root */
  return rc < 0 ? SKG_ERR_SYNTAX : SKG_OK;
}

/* Where a piece sits in what the parser reads (the header, a line break,
   spaces up to the piece's column, the piece) and in the file: the
   parser's positions are mapped back to the file's. */
typedef struct {
  unsigned first;        /* the parser's line of the piece's first line */
  bool padded;           /* columns on that line are the file's already */
  unsigned long line, col; /* the piece's start in the file */
  unsigned page_line, page_col; /* its <page>'s */
} place;

enum { MAX_PAD = 4096 }; /* a one-line dump: columns are then shifted */

static void map_pos(const place *pl, skg_error *e) {
  if (!e->line || e->line < pl->first)
    return; /* unknown, or in the header: the file's own lines */
  if (e->line == pl->first && !pl->padded)
    e->col += (unsigned)pl->col - 1;
  e->line = (unsigned)(pl->line + (e->line - pl->first));
}

/* Makes what the parser reads for the piece at s[0..n) into syn. */
static place make_input(const skg_buf *header, const skg_mw_split *sp,
                        const char *s, size_t n, skg_buf *syn) {
  place pl = {1, true, 1, 1, 0, 0};
  skg_buf_clear(syn);
  if (header->data) {
    skg_buf_append(syn, header->data, header->len);
    skg_buf_putc(syn, '\n');
    pl.first = 1;
    for (size_t i = 0; i < header->len; i++)
      pl.first += header->data[i] == '\n';
    pl.first++;
    pl.line = sp->line;
    pl.col = sp->col;
    pl.padded = sp->col <= MAX_PAD;
    for (unsigned long i = 1; pl.padded && i < sp->col; i++)
      skg_buf_putc(syn, ' ');
  }
  skg_buf_append(syn, s, n);
  return pl;
}

/* The file position of the piece's "<page" at s + at. */
static void page_place(const skg_mw_split *sp, const char *s, size_t at,
                       place *pl) {
  unsigned long line = sp->line, col = sp->col;
  for (size_t i = 0; at != SIZE_MAX && i < at; i++)
    if (s[i] == '\n')
      line++, col = 1;
    else
      col++;
  pl->page_line = (unsigned)line;
  pl->page_col = (unsigned)col;
}

static skg_status parse_piece(mwxml *m, const skg_buf *syn, const char *enc,
                              const skg_sink *sink) {
  m->xml_failed = m->in_page = m->page_done = false;
  m->cur = F_NONE;
  if (syn->len > INT_MAX)
    return skg_err(&m->xml_err, SKG_ERR_SYNTAX, skg_in_name(m->in), 0, 0,
                   SIZE_MAX, "XML: a page of more than 2 GB");
  /* Deliberately without XML_PARSE_NOENT, DTDLOAD, DTDATTR, DTDVALID and
     XINCLUDE: entities are not substituted and nothing outside the input
     is ever read. HUGE lifts the limits on one text node (long pages). */
  int opts = XML_PARSE_NONET | XML_PARSE_HUGE | XML_PARSE_NOWARNING |
             XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
  xmlTextReaderPtr r = xmlReaderForMemory(syn->data ? syn->data : "",
                                          (int)syn->len, skg_in_name(m->in),
                                          enc, opts);
  if (!r)
    return SKG_ERR_NOMEM;
  xmlTextReaderSetStructuredErrorHandler(r, on_error, m);
  skg_status st = pump(m, r, sink);
  xmlFreeTextReader(r);
  return st;
}

/* A page that did not parse: reported with its place and skipped. */
static void skip_page(mwxml *m, const skg_sink *sink, skg_error *e) {
  size_t k = strlen(e->msg);
  snprintf(e->msg + k, sizeof e->msg - k,
           " (page %zu%s%s%s: skipped; reading resumes at the next <page>)",
           m->pages + 1, m->title.len ? ", \"" : "",
           m->title.len ? m->title.data : "", m->title.len ? "\"" : "");
  m->pages++;
  sink->skipped(sink->ctx, e);
}

/* Parses one piece; SKG_ERR_SYNTAX with *err set when the whole input
   fails (its header, or what follows the last page). */
static skg_status one_piece(mwxml *m, skg_mw_kind kind, bool first,
                            const place *pl, const skg_buf *syn,
                            const char *enc, const skg_sink *sink,
                            skg_error *err) {
  skg_status st = parse_piece(m, syn, enc, sink);
  if (st != SKG_ERR_SYNTAX)
    return st;
  skg_error e = m->xml_err;
  if (!m->xml_failed)
    skg_err(&e, st, skg_in_name(m->in), 0, 0, SIZE_MAX, "malformed XML");
  map_pos(pl, &e);
  if (kind == SKG_MW_BROKEN) { /* libxml2 says "Extra content" or worse */
    char why[sizeof e.msg];
    snprintf(why, sizeof why, "%s",
             strncmp(e.msg, "XML: ", 5) == 0 ? e.msg + 5 : e.msg);
    skg_err(&e, st, skg_in_name(m->in), pl->page_line, pl->page_col,
            SIZE_MAX, "XML: <page> without </page> (libxml2: %s)", why);
  }
  if (kind == SKG_MW_TAIL || (first && !m->in_page)) {
    *err = e;
    return st;
  }
  skip_page(m, sink, &e);
  return SKG_OK;
}

#if LIBXML_VERSION >= 21200
static void quiet(void *ctx, const xmlError *e) { (void)ctx, (void)e; }
#else
static void quiet(void *ctx, xmlErrorPtr e) { (void)ctx, (void)e; }
#endif

enum { CLOSE_DEPTH = 8, CLOSE_NAME = 256 };

/* The end tags, innermost first, of the elements left open at the end of
   the header s[0..n), into out; out stays empty when they cannot be told
   (no element, too deep, a name too long): pieces then go as they are. */
static void header_closer(const char *s, size_t n, skg_buf *out) {
  char open[CLOSE_DEPTH][CLOSE_NAME];
  int depth = 0;
  bool ok = n > 0 && n <= INT_MAX;
  xmlTextReaderPtr r =
      ok ? xmlReaderForMemory(s, (int)n, NULL, NULL,
                              XML_PARSE_NONET | XML_PARSE_NOWARNING |
                                  XML_PARSE_NOERROR)
         : NULL;
  if (r)
    xmlTextReaderSetStructuredErrorHandler(r, quiet, NULL);
  while (r && ok && xmlTextReaderRead(r) == 1) {
    int type = xmlTextReaderNodeType(r);
    const char *name = (const char *)xmlTextReaderConstName(r);
    if (type == XML_READER_TYPE_ELEMENT && !xmlTextReaderIsEmptyElement(r)) {
      ok = depth < CLOSE_DEPTH && name && strlen(name) < CLOSE_NAME;
      if (ok)
        snprintf(open[depth++], CLOSE_NAME, "%s", name);
    } else if (type == XML_READER_TYPE_END_ELEMENT && depth > 0) {
      depth--;
    }
  }
  if (r)
    xmlFreeTextReader(r);
  skg_buf_clear(out);
  while (ok && depth > 0) {
    skg_buf_puts(out, "</");
    skg_buf_puts(out, open[--depth]);
    skg_buf_putc(out, '>');
  }
}

static bool blank_text(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
      return false;
  return true;
}

skg_status skg_read_mwxml(skg_in *in, const skg_sink *sink, skg_error *err) {
  mwxml m = {0};
  m.in = in;
  skg_mw_split sp = {0};
  sp.in = in;
  sp.line = sp.col = 1;
  skg_buf header = SKG_BUF_INIT, syn = SKG_BUF_INIT;
  /* UTF-16 arrives as UTF-8 (read_input.c): its declaration no longer
     says what the bytes are */
  const char *enc = skg_in_transcoded(in) ? "UTF-8" : NULL;
  skg_status st = SKG_OK;
  for (bool first = true;; first = false) {
    size_t len, page_at;
    skg_mw_kind kind = skg_mw_next(&sp, &len, &page_at);
    bool to_end = sp.eof && sp.start + len == sp.buf.len;
    if (to_end && sp.io_st != SKG_OK)
      break; /* cut by a read failure: that is what is reported */
    const char *s = skg_mw_piece(&sp);
    place pl = make_input(&header, &sp, s, len, &syn);
    page_place(&sp, s, page_at, &pl);
    if (first && page_at != SIZE_MAX) {
      skg_mw_header(s, page_at, &header);
      header_closer(header.data, header.len, &m.closer);
    }
    if (kind == SKG_MW_PAGE && m.closer.len)
      skg_buf_append(&syn, m.closer.data, m.closer.len);
    if (kind == SKG_MW_TAIL && m.page_is_root && blank_text(s, len))
      break; /* after a bare <page>: nothing to close */
    st = one_piece(&m, kind, first, &pl, &syn, enc, sink, err);
    skg_mw_consume(&sp, len);
    if (st != SKG_OK || kind == SKG_MW_TAIL || (to_end && kind != SKG_MW_PAGE))
      break;
  }
  /* a one-page export, or a dump broken before its second page; not after
     the sink failed */
  if (st != SKG_ERR_NOMEM && st != SKG_ERR_INTERNAL && st != SKG_ERR_WRITE) {
    skg_status held_st = flush_held(&m, sink, false);
    if (st == SKG_OK)
      st = held_st;
  }
  if (sp.io_st != SKG_OK) {
    *err = sp.io_err;
    st = sp.io_st;
  } else if (st == SKG_OK && m.pages == 0) {
    st = skg_err(err, SKG_ERR_SYNTAX, skg_in_name(in), 0, 0, SIZE_MAX,
                 "no <page> in the MediaWiki export");
  }
  skg_mw_split_free(&sp);
  skg_buf_free(&header);
  skg_buf_free(&syn);
  skg_buf_free(&m.title);
  skg_buf_free(&m.ns);
  skg_buf_free(&m.text);
  skg_buf_free(&m.lang);
  skg_buf_free(&m.held_title);
  skg_buf_free(&m.held_ns);
  skg_buf_free(&m.held_text);
  skg_buf_free(&m.closer);
  return st;
}
