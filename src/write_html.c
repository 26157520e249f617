/* write_html.c: the diagram as one self-contained HTML page: the SVG that
   skg_write_svg writes, inline, with pan, zoom and search (src/html/page.js
   and page.css, compiled in). libxml2 reads the SVG back and xmlTextWriter
   writes the page as polyglot HTML, well-formed XML that an HTML parser
   reads the same way, so no markup is printed by hand and nothing on the
   page is fetched from anywhere. */
#include "write.h"

#include "html/assets.h"
#include "write_dot_view.h"
#include "write_html_data.h"
#include "xmlw.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <limits.h>
#include <string.h>

#define XW SKG_XW
#define XS SKG_XS

#define WHY_LEN SKG_XMLW_WHY_LEN
#define XHTML_NS "http://www.w3.org/1999/xhtml"
/* write_dot_legend.c draws the legend as one node named "legend". */
#define LEGEND_ID "legend"

/* ---- reading the SVG ---- */

static bool is_elem(xmlNodePtr n, const char *name) {
  return n && n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, XS(name)) == 0;
}

static xmlNodePtr child_elem(xmlNodePtr n, const char *name) {
  for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
    if (is_elem(c, name))
      return c;
  return NULL;
}

/* The text of n (NULL: ""), into b. */
static const char *text_of(xmlNodePtr n, skg_buf *b) {
  skg_buf_clear(b);
  xmlChar *s = n ? xmlNodeGetContent(n) : NULL;
  if (s)
    skg_buf_puts(b, (const char *)s);
  xmlFree(s);
  return skg_buf_str(b);
}

/* The page title is the diagram's own: the graph label, the first <text>
   directly in the top <g> ("NAME: Cast network"). */
static void page_title(xmlNodePtr svg, const skg_write_opts *o, skg_buf *out) {
  text_of(child_elem(child_elem(svg, "g"), "text"), out);
  if (!out->len)
    skg_buf_puts(out, o && o->name && *o->name ? o->name : "screenkg");
}

/* The legend node of the drawing: a g whose title is LEGEND_ID. */
static bool is_legend(xmlNodePtr n, skg_buf *b) {
  return is_elem(n, "g") &&
         strcmp(text_of(child_elem(n, "title"), b), LEGEND_ID) == 0;
}

/* ---- writing the SVG back ---- */

static int put_name(xmlTextWriterPtr w, xmlNsPtr ns, const xmlChar *name,
                    skg_buf *b, bool attr, const char *value) {
  skg_buf_clear(b);
  if (ns && ns->prefix)
    skg_buf_printf(b, "%s:", (const char *)ns->prefix);
  skg_buf_puts(b, (const char *)name);
  if (attr)
    return xmlTextWriterWriteAttribute(w, XS(skg_buf_str(b)), XS(value));
  return xmlTextWriterStartElement(w, XS(skg_buf_str(b)));
}

/* The root <svg> fills the stage (its viewBox keeps the drawing's
   proportions) and holds one <g id="viewport"> that page.js moves and
   scales; the fixed pt size goes. */
static int put_svg_root(xmlTextWriterPtr w, const char *title, const char *sfx,
                        skg_buf *b) {
  skg_buf_clear(b);
  skg_buf_printf(b, "diagram%s", sfx);
  XW(xmlTextWriterWriteAttribute(w, XS("id"), XS(skg_buf_str(b))));
  XW(xmlTextWriterWriteAttribute(w, XS("width"), XS("100%")));
  XW(xmlTextWriterWriteAttribute(w, XS("height"), XS("100%")));
  XW(xmlTextWriterWriteAttribute(w, XS("preserveAspectRatio"),
                                 XS("xMidYMid meet")));
  XW(xmlTextWriterWriteAttribute(w, XS("role"), XS("img")));
  XW(xmlTextWriterWriteAttribute(w, XS("aria-label"), XS(title)));
  XW(xmlTextWriterStartElement(w, XS("g")));
  skg_buf_clear(b);
  skg_buf_printf(b, "viewport%s", sfx);
  return xmlTextWriterWriteAttribute(w, XS("id"), XS(skg_buf_str(b)));
}

/* Writes element n and what is in it through the writer: elements,
   attributes, namespace declarations and text. Comments (Graphviz's
   version among them) are left out. The root's ids end in sfx ("" for
   the first tab). */
static int put_svg(xmlTextWriterPtr w, xmlNodePtr n, bool root,
                   const char *title, const char *sfx, skg_buf *b) {
  XW(put_name(w, n->ns, n->name, b, false, NULL));
  for (xmlNsPtr ns = n->nsDef; ns; ns = ns->next) {
    skg_buf_clear(b);
    skg_buf_puts(b, "xmlns");
    if (ns->prefix)
      skg_buf_printf(b, ":%s", (const char *)ns->prefix);
    XW(xmlTextWriterWriteAttribute(w, XS(skg_buf_str(b)), ns->href));
  }
  for (xmlAttrPtr a = n->properties; a; a = a->next) {
    if (root && !a->ns &&
        (xmlStrcmp(a->name, XS("width")) == 0 ||
         xmlStrcmp(a->name, XS("height")) == 0))
      continue;
    xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
    skg_buf name = SKG_BUF_INIT;
    /* Graphviz numbers ids the same way in every drawing (node1, edge1):
       the second tab's take its suffix to stay unique on the page. */
    skg_buf_clear(b);
    skg_buf_puts(b, v ? (char *)v : "");
    if (*sfx && !a->ns && xmlStrcmp(a->name, XS("id")) == 0)
      skg_buf_puts(b, sfx);
    int rc = put_name(w, a->ns, a->name, &name, true, skg_buf_str(b));
    skg_buf_free(&name);
    xmlFree(v);
    XW(rc);
  }
  if (root)
    XW(put_svg_root(w, title, sfx, b));
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (is_legend(c, b))
      continue; /* the page's own legend says it (put_legend) */
    if (c->type == XML_ELEMENT_NODE)
      XW(put_svg(w, c, false, title, sfx, b));
    else if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
             c->content)
      XW(xmlTextWriterWriteString(w, c->content));
  }
  if (root)
    XW(xmlTextWriterEndElement(w)); /* the viewport */
  return xmlTextWriterEndElement(w);
}

/* ---- the page ---- */

static int put_attr(xmlTextWriterPtr w, const char *name, const char *value) {
  return xmlTextWriterWriteAttribute(w, XS(name), XS(value));
}

/* Opens an HTML element with its attributes (name, value pairs,
   NULL-ended); the caller closes it with xmlTextWriterFullEndElement:
   <div/> is no empty div in HTML. */
static int start_elem(xmlTextWriterPtr w, const char *name,
                      const char *const *attrs) {
  XW(xmlTextWriterStartElement(w, XS(name)));
  for (; attrs && attrs[0]; attrs += 2)
    XW(put_attr(w, attrs[0], attrs[1]));
  return 0;
}

/* HTML's void elements that the page uses: they take no end tag (and
   <meta/> reads as <meta> in HTML). */
static bool is_void(const char *name) {
  return strcmp(name, "meta") == 0 || strcmp(name, "input") == 0;
}

/* A whole element: attributes, text (or NULL) and end tag. */
static int put_elem(xmlTextWriterPtr w, const char *name,
                    const char *const *attrs, const char *text) {
  XW(start_elem(w, name, attrs));
  if (text)
    XW(xmlTextWriterWriteString(w, XS(text)));
  return is_void(name) ? xmlTextWriterEndElement(w)
                       : xmlTextWriterFullEndElement(w);
}

/* Script and style text in a CDATA section between comment markers, as
   polyglot HTML has it: an XML parser reads the section, an HTML parser
   raw text whose first and last lines are comments. For JavaScript, open
   is "//" and close ""; for CSS "/\*" and "*\/". */
static int put_code(xmlTextWriterPtr w, const char *elem, const char *code,
                    const char *open, const char *close, skg_buf *b) {
  skg_buf_clear(b);
  skg_buf_printf(b, "%s\n%s\n%s", close, code, open);
  XW(xmlTextWriterStartElement(w, XS(elem)));
  XW(xmlTextWriterWriteString(w, XS(open)));
  XW(xmlTextWriterWriteCDATA(w, XS(skg_buf_str(b))));
  if (*close)
    XW(xmlTextWriterWriteString(w, XS(close)));
  return xmlTextWriterFullEndElement(w);
}

static int put_head(xmlTextWriterPtr w, const char *title, skg_buf *b) {
  static const char *const charset[] = {"charset", "utf-8", NULL};
  static const char *const viewport[] = {"name", "viewport", "content",
                                         "width=device-width, initial-scale=1",
                                         NULL};
  static const char *const generator[] = {"name", "generator", "content",
                                          "screenkg", NULL};
  XW(xmlTextWriterStartElement(w, XS("head")));
  XW(put_elem(w, "meta", charset, NULL));
  XW(put_elem(w, "meta", viewport, NULL));
  XW(put_elem(w, "meta", generator, NULL));
  XW(put_elem(w, "title", NULL, title));
  XW(put_code(w, "style", SKG_HTML_PAGE_CSS, "/*", "*/", b));
  return xmlTextWriterFullEndElement(w);
}

/* The search box, its suggestions, the zoom buttons and a status line. */
static int put_bar(xmlTextWriterPtr w, const char *title) {
  static const char *const bar[] = {"class", "bar", NULL};
  static const char *const search[] = {"class", "search", "role", "search",
                                       NULL};
  static const char *const label[] = {"for", "q", "class", "vh", NULL};
  static const char *const input[] = {"id",
                                      "q",
                                      "type",
                                      "search",
                                      "placeholder",
                                      "Find a person, character or work",
                                      "autocomplete",
                                      "off",
                                      "spellcheck",
                                      "false",
                                      "role",
                                      "combobox",
                                      "aria-autocomplete",
                                      "list",
                                      "aria-expanded",
                                      "false",
                                      "aria-controls",
                                      "suggest",
                                      NULL};
  static const char *const clear[] = {
      "id", "clear", "type", "button", "title", "Clear the search (Esc)", NULL};
  static const char *const suggest[] = {"id",     "suggest", "role", "listbox",
                                        "hidden", "hidden",  NULL};
  static const char *const status[] = {"id", "status", "aria-live", "polite",
                                       NULL};
  static const char *const zoom[] = {"class",      "zoom", "role", "group",
                                     "aria-label", "Zoom", NULL};
  static const char *const in[] = {"id",    "zoom-in",     "type", "button",
                                   "title", "Zoom in (+)", NULL};
  static const char *const out[] = {
      "id", "zoom-out", "type", "button", "title", "Zoom out (\xe2\x88\x92)",
      NULL};
  static const char *const reset[] = {
      "id",    "zoom-reset",          "type", "button",
      "title", "Fit the drawing (0)", NULL};
  XW(start_elem(w, "header", bar));
  XW(put_elem(w, "h1", NULL, title));
  XW(start_elem(w, "div", search));
  XW(put_elem(w, "label", label, "Find"));
  XW(put_elem(w, "input", input, NULL));
  XW(put_elem(w, "button", clear, "Clear"));
  XW(put_elem(w, "ul", suggest, NULL));
  XW(xmlTextWriterFullEndElement(w));
  XW(put_elem(w, "p", status, NULL));
  XW(start_elem(w, "div", zoom));
  XW(put_elem(w, "button", in, "+"));
  XW(put_elem(w, "button", out, "\xe2\x88\x92"));
  XW(put_elem(w, "button", reset, "Reset"));
  XW(xmlTextWriterFullEndElement(w));
  return xmlTextWriterFullEndElement(w);
}

/* The legend again, pinned in a corner of the stage, in place of the
   drawing's legend node (left out of the page's drawing, so it shows
   once): one item per row of that node's table, a swatch of the row's
   colour (a line for an edge style: its sample is a plain rectangle, a
   node's is rounded) and the row's text. */
typedef struct {
  char fill[32]; /* the row's colour, "" before its sample */
  bool line;
  int pieces; /* filled shapes in the sample: a dashed line has three */
} legend_row;

static int put_legend_item(xmlTextWriterPtr w, const legend_row *r,
                           const char *text, skg_buf *b) {
  skg_buf_clear(b);
  if (r->pieces > 1)
    skg_buf_printf(b,
                   "background:repeating-linear-gradient(90deg,%s 0 5px,"
                   "transparent 5px 8px)",
                   r->fill);
  else
    skg_buf_printf(b, "background:%s", r->fill);
  const char *const swatch[] = {"class", r->line ? "swatch line" : "swatch",
                                "style", skg_buf_str(b), NULL};
  XW(xmlTextWriterStartElement(w, XS("li")));
  XW(put_elem(w, "span", swatch, NULL));
  XW(xmlTextWriterWriteString(w, XS(text)));
  return xmlTextWriterFullEndElement(w);
}

/* The rows below n, in document order: a filled shape starts a row, the
   next text ends it. */
static int put_legend_rows(xmlTextWriterPtr w, xmlNodePtr n, legend_row *r,
                           skg_buf *b) {
  for (xmlNodePtr c = n->children; c; c = c->next) {
    if (is_elem(c, "path") || is_elem(c, "polygon")) {
      xmlChar *fill = xmlGetProp(c, XS("fill"));
      const char *f = fill ? (const char *)fill : "none";
      if (strcmp(f, "none") != 0 && strcmp(f, "white") != 0 &&
          strcmp(f, "transparent") != 0) {
        if (!r->fill[0]) {
          snprintf(r->fill, sizeof r->fill, "%s", f);
          r->line = is_elem(c, "polygon");
        }
        r->pieces++;
      }
      xmlFree(fill);
    } else if (is_elem(c, "text")) {
      const char *t = text_of(c, b);
      if (r->fill[0] && strcmp(t, "Legend") != 0) {
        char text[256];
        snprintf(text, sizeof text, "%s", t);
        XW(put_legend_item(w, r, text, b));
        r->fill[0] = '\0';
        r->pieces = 0;
      }
    } else if (c->type == XML_ELEMENT_NODE)
      XW(put_legend_rows(w, c, r, b));
  }
  return 0;
}

static int put_legend(xmlTextWriterPtr w, xmlNodePtr svg, skg_buf *b) {
  static const char *const aside[] = {"class", "legend", "aria-label", "Legend",
                                      NULL};
  XW(start_elem(w, "aside", aside));
  XW(start_elem(w, "ul", NULL));
  xmlNodePtr g = child_elem(svg, "g");
  legend_row r = {"", false, 0};
  for (xmlNodePtr n = g ? g->children : NULL; n; n = n->next)
    if (is_legend(n, b))
      XW(put_legend_rows(w, n, &r, b));
  XW(xmlTextWriterFullEndElement(w));
  return xmlTextWriterFullEndElement(w);
}

/* The facts behind the drawing (write_html_data.h) for page.js, in a
   hidden element's attribute: no second script element, and the writer
   escapes the JSON as any attribute value. */
static int put_facts(xmlTextWriterPtr w, const char *json) {
  static const char *const data[] = {"id", "facts", "hidden", "hidden", NULL};
  XW(start_elem(w, "div", data));
  XW(put_attr(w, "data-json", json));
  return xmlTextWriterFullEndElement(w);
}

/* The drawings of the page: the chosen view and, when there is one, the
   co-star view as a second tab (page.js makes the tabs). */
typedef struct {
  xmlNodePtr svg[2];
  size_t n;
  const char *facts; /* write_html_data.h's JSON */
} drawings;

/* One tab: <main id="stage" class="stage" data-title="TITLE"> with the
   drawing, its legend and the hint; the ids of the second end in
   "-costars" and it starts hidden. */
static int put_stage(xmlTextWriterPtr w, xmlNodePtr svg, size_t i, skg_buf *b) {
  static const char *const hint[] = {"class", "hint", NULL};
  const char *sfx = i ? "-costars" : "";
  skg_buf title = SKG_BUF_INIT;
  page_title(svg, NULL, &title);
  skg_buf_clear(b);
  skg_buf_printf(b, "stage%s", sfx);
  const char *const stage[] = {"id",    skg_buf_str(b), "class",
                               "stage", "data-title",   skg_buf_str(&title),
                               NULL};
  int rc = start_elem(w, "main", stage);
  if (rc >= 0 && i)
    rc = put_attr(w, "hidden", "hidden");
  if (rc >= 0)
    rc = put_svg(w, svg, true, skg_buf_str(&title), sfx, b);
  skg_buf_free(&title);
  XW(rc);
  XW(put_legend(w, svg, b));
  XW(put_elem(w, "p", hint,
              "Drag to pan \xc2\xb7 wheel or +/\xe2\x88\x92 to zoom \xc2\xb7 "
              "0 fits \xc2\xb7 / searches \xc2\xb7 click a node for its "
              "facts (Ctrl-click opens its IRI)"));
  return xmlTextWriterFullEndElement(w);
}

static int put_body(xmlTextWriterPtr w, const drawings *d, const char *title,
                    skg_buf *b) {
  XW(start_elem(w, "body", NULL));
  XW(put_bar(w, title));
  for (size_t i = 0; i < d->n; i++)
    XW(put_stage(w, d->svg[i], i, b));
  XW(put_facts(w, d->facts));
  XW(put_code(w, "script", SKG_HTML_PAGE_JS, "//", "", b));
  return xmlTextWriterFullEndElement(w);
}

static int put_page(xmlTextWriterPtr w, const drawings *d, const char *title) {
  skg_buf b = SKG_BUF_INIT;
  int rc = -1;
  if (xmlTextWriterSetIndent(w, 1) >= 0 &&
      xmlTextWriterSetIndentString(w, XS(" ")) >= 0 &&
      xmlTextWriterWriteDTD(w, XS("html"), NULL, NULL, NULL) >= 0 &&
      xmlTextWriterStartElement(w, XS("html")) >= 0 &&
      put_attr(w, "xmlns", XHTML_NS) >= 0 && put_attr(w, "lang", "en") >= 0 &&
      put_head(w, title, &b) >= 0 && put_body(w, d, title, &b) >= 0 &&
      xmlTextWriterFullEndElement(w) >= 0)
    rc = xmlTextWriterFlush(w);
  skg_buf_free(&b);
  return rc;
}

/* The page's code goes in CDATA sections inside script and style
   elements: neither may end them early. */
static bool code_fits(const char *code, const char *elem_end) {
  return !strstr(code, "]]>") && !strstr(code, elem_end);
}

static skg_status write_page(drawings *d, const skg_write_opts *o, FILE *out,
                             char *why) {
  skg_buf title = SKG_BUF_INIT;
  skg_status st = SKG_ERR_INTERNAL;
  if (!is_elem(d->svg[0], "svg")) {
    snprintf(why, WHY_LEN, "Graphviz wrote no <svg>");
    return st;
  }
  if (!code_fits(SKG_HTML_PAGE_JS, "</script") ||
      !code_fits(SKG_HTML_PAGE_CSS, "</style")) {
    snprintf(why, WHY_LEN, "page.js or page.css would end its element");
    return st;
  }
  if (d->n > 1 && !is_elem(d->svg[1], "svg"))
    d->n = 1;
  page_title(d->svg[0], o, &title);
  st = SKG_ERR_NOMEM;
  /* The writer owns the buffer and frees it; closing it leaves out open. */
  xmlOutputBufferPtr ob = xmlOutputBufferCreateFile(out, NULL);
  xmlTextWriterPtr w = ob ? xmlNewTextWriter(ob) : NULL;
  if (!w && ob)
    xmlOutputBufferClose(ob);
  if (w) {
    st = put_page(w, d, skg_buf_str(&title)) < 0 ? SKG_ERR_WRITE : SKG_OK;
    xmlFreeTextWriter(w);
  }
  skg_buf_free(&title);
  return st;
}

/* Graphviz's SVG names its DTD by URL: never fetched, never expanded. */
static xmlDocPtr read_svg(const skg_buf *svg) {
  return svg->len && svg->len <= INT_MAX
             ? xmlReadMemory(svg->data, (int)svg->len, "diagram.svg", "UTF-8",
                             XML_PARSE_NONET | XML_PARSE_NOBLANKS)
             : NULL;
}

/* The options of the second tab, the co-star view, into *o2: only when
   the chosen view is another and the co-star view draws something (with
   the same focus, if any). */
static bool costars_tab(const skg_graph *g, const skg_write_opts *o,
                        skg_write_opts *o2) {
  dg_diagram d;
  skg_error err = {0};
  bool other = dg_prepare(&d, g, o, &err) == SKG_OK && d.v != DG_VIEW_COSTARS;
  dg_free(&d);
  if (!other)
    return false;
  *o2 = o ? *o : (skg_write_opts){.depth = 2};
  o2->view = "costars";
  char why[128];
  bool ok = dg_prepare(&d, g, o2, &err) == SKG_OK &&
            !skg_diagram_empty(g, o2, why, sizeof why);
  dg_free(&d);
  return ok;
}

skg_status skg_write_html(const skg_graph *g, FILE *out,
                          const skg_write_opts *o, skg_error *err) {
  skg_buf svg[2] = {SKG_BUF_INIT, SKG_BUF_INIT};
  skg_status st = skg_render_svg(g, o, &svg[0], err);
  if (st) {
    skg_buf_free(&svg[0]);
    return st;
  }
  skg_write_opts o2;
  skg_error err2 = {0};
  /* a second tab that cannot be drawn is left out, not the page */
  bool tab = costars_tab(g, o, &o2) &&
             skg_render_svg(g, &o2, &svg[1], &err2) == SKG_OK;
  skg_buf facts = SKG_BUF_INIT;
  if (!skg_html_facts_json(g, o, tab ? &o2 : NULL, &facts))
    skg_buf_puts(&facts, "{}");
  char why[WHY_LEN] = "";
  xmlStructuredErrorFunc old_handler = xmlStructuredError;
  void *old_data = xmlStructuredErrorContext;
  xmlSetStructuredErrorFunc(why, skg_xmlw_keep_error);
  xmlDocPtr doc[2] = {read_svg(&svg[0]), tab ? read_svg(&svg[1]) : NULL};
  drawings d = {{xmlDocGetRootElement(doc[0]), xmlDocGetRootElement(doc[1])},
                doc[1] ? 2 : 1,
                skg_buf_str(&facts)};
  st = doc[0] ? write_page(&d, o, out, why) : SKG_ERR_INTERNAL;
  xmlFreeDoc(doc[0]);
  xmlFreeDoc(doc[1]);
  xmlSetStructuredErrorFunc(old_data, old_handler);
  skg_buf_free(&facts);
  skg_buf_free(&svg[0]);
  skg_buf_free(&svg[1]);
  if (st == SKG_OK && (fflush(out) || ferror(out)))
    st = SKG_ERR_WRITE;
  if (st)
    return skg_err(err, st, NULL, 0, 0, SIZE_MAX, "HTML: %s",
                   why[0] ? why : skg_strerror(st));
  return SKG_OK;
}
