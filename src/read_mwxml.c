/* read_mwxml.c: MediaWiki XML exports and dumps
   (<mediawiki><page><title/><ns/><revision><text/></revision></page>),
   streamed with libxml2's xmlReader: one page in memory at a time, however
   large the dump. No entity substitution, no DTD loading, no network (no
   XXE); a page's wikitext goes to read_wiki.c. Redirects and pages outside
   the article namespace are skipped quietly, and so are, in a dump, the
   pages the cheap work filter drops (page_filter.h). */
#include "read.h"
#include "weblink.h"

#include "page_filter.h"

#include <libxml/xmlreader.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { F_NONE, F_TITLE, F_NS, F_TEXT } field;

typedef struct {
  skg_in *in;
  skg_status io_st; /* a failure of the input under the parser */
  skg_error io_err;
  bool xml_failed; /* the first parser error is in xml_err */
  skg_error xml_err;
  /* the page being read */
  field cur;
  skg_buf title, ns, text;
  skg_buf lang; /* the page's xml:lang (the dump's), names its wiki */
  size_t pages;
  /* The first page, held until a second one shows the file is a dump
     (then it is filtered like the others) or the file ends (a one-page
     export: never filtered by default). */
  skg_buf held_title, held_ns, held_text;
  bool redirect, held, held_redirect;
} mwxml;

static int io_read(void *ctx, char *buf, int len) {
  mwxml *m = ctx;
  size_t got;
  if (m->io_st != SKG_OK)
    return -1;
  m->io_st = skg_in_read(m->in, buf, (size_t)len, &got, &m->io_err);
  return m->io_st == SKG_OK ? (int)got : -1;
}

static int io_close(void *ctx) {
  (void)ctx;
  return 0;
}

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

/* A page ended: its document goes to the sink (or it is skipped). */
static skg_status end_page(mwxml *m, const skg_sink *sink) {
  m->pages++;
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
  int rc;
  skg_status st = SKG_OK;
  while (st == SKG_OK && (rc = xmlTextReaderRead(r)) == 1) {
    int type = xmlTextReaderNodeType(r);
    const xmlChar *name = xmlTextReaderConstLocalName(r);
    switch (type) {
    case XML_READER_TYPE_ELEMENT:
      if (m->held && is(name, "page"))
        st = flush_held(m, sink, true); /* a second page: a dump */
      start_element(m, r, name);
      break;
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
  return st != SKG_OK ? st : rc < 0 ? SKG_ERR_SYNTAX : SKG_OK;
}

skg_status skg_read_mwxml(skg_in *in, const skg_sink *sink, skg_error *err) {
  mwxml m = {0};
  m.in = in;
  /* Deliberately without XML_PARSE_NOENT, DTDLOAD, DTDATTR, DTDVALID and
     XINCLUDE: entities are not substituted and nothing outside the input
     is ever read. HUGE lifts the limits on one text node (long pages). */
  int opts = XML_PARSE_NONET | XML_PARSE_HUGE | XML_PARSE_NOWARNING |
             XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
  /* UTF-16 arrives as UTF-8 (read_input.c): its declaration no longer
     says what the bytes are */
  xmlTextReaderPtr r = xmlReaderForIO(io_read, io_close, &m, skg_in_name(in),
                                      skg_in_transcoded(in) ? "UTF-8" : NULL,
                                      opts);
  if (!r)
    return skg_err(err, SKG_ERR_NOMEM, skg_in_name(in), 0, 0, SIZE_MAX,
                   "cannot start the XML reader");
  xmlTextReaderSetStructuredErrorHandler(r, on_error, &m);
  skg_status st = pump(&m, r, sink);
  xmlFreeTextReader(r);
  /* a one-page export, or a dump broken before its second page; not after
     the sink failed */
  if (st != SKG_ERR_NOMEM && st != SKG_ERR_INTERNAL && st != SKG_ERR_WRITE) {
    skg_status held_st = flush_held(&m, sink, false);
    if (st == SKG_OK)
      st = held_st;
  }
  if (m.io_st != SKG_OK) {
    *err = m.io_err;
    st = m.io_st;
  } else if (st == SKG_ERR_SYNTAX) {
    if (m.xml_failed)
      *err = m.xml_err;
    else
      skg_err(err, st, skg_in_name(in), 0, 0, SIZE_MAX, "malformed XML");
  } else if (st == SKG_OK && m.pages == 0) {
    st = skg_err(err, SKG_ERR_SYNTAX, skg_in_name(in), 0, 0, SIZE_MAX,
                 "no <page> in the MediaWiki export");
  }
  skg_buf_free(&m.title);
  skg_buf_free(&m.ns);
  skg_buf_free(&m.text);
  skg_buf_free(&m.lang);
  skg_buf_free(&m.held_title);
  skg_buf_free(&m.held_ns);
  skg_buf_free(&m.held_text);
  return st;
}
