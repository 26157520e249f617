/* test_html.c: the HTML diagram page on the shared fixture: the SVG inside
   is the one skg_write_svg writes, the page is well-formed XML with one
   inline SVG, its script and style, no comment and no DOCTYPE but HTML's,
   the same bytes twice, and errors come back as statuses. The page in a
   browser is tests/checks/html.sh's. */
#include "fixture.h"
#include "harness.h"
#include "write.h"

#include "html/assets.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <stdlib.h>

/* Graphviz and the font stack keep caches for the process (test_dot.c). */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void) {
  return "leak:libgvplugin_dot_layout\nleak:libgvplugin_pango\n"
         "leak:libfontconfig\nleak:libpango\nleak:libcairo\n";
}
const char *__lsan_default_options(void);
const char *__lsan_default_options(void) { return "print_suppressions=0"; }
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "fast_unwind_on_malloc=0"; }

/* Writes with fn into *text (the caller frees it). */
static skg_status render(skg_write_fn fn, const skg_graph *g,
                         const skg_write_opts *o, char **text, size_t *len,
                         skg_error *err) {
  *text = NULL;
  FILE *f = open_memstream(text, len);
  skg_status st = fn(g, f, o, err);
  fclose(f);
  return st;
}

static long count(xmlDocPtr doc, const char *xpath) {
  xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
  xmlXPathRegisterNs(ctx, BAD_CAST "h",
                     BAD_CAST "http://www.w3.org/1999/xhtml");
  xmlXPathRegisterNs(ctx, BAD_CAST "s", BAD_CAST "http://www.w3.org/2000/svg");
  xmlXPathObjectPtr r = xmlXPathEvalExpression(BAD_CAST xpath, ctx);
  long n = r && r->nodesetval ? r->nodesetval->nodeNr : -1;
  xmlXPathFreeObject(r);
  xmlXPathFreeContext(ctx);
  return n;
}

static void test_same_svg(const skg_graph *g, const skg_write_opts *o) {
  char *file;
  size_t len;
  skg_error err = {0};
  skg_status st = render(skg_write_svg, g, o, &file, &len, &err);
  skg_buf mem = SKG_BUF_INIT;
  OK(skg_render_svg(g, o, &mem, &err) == SKG_OK, "render: %s", err.msg);
  OK(st == SKG_OK && len == mem.len && len > 0 &&
         memcmp(file, mem.data, mem.len) == 0,
     "skg_render_svg differs from skg_write_svg (%zu, %zu bytes)", len,
     mem.len);
  skg_buf_free(&mem);
  free(file);
}

static void test_doc(xmlDocPtr doc) {
  OK(count(doc, "/h:html/h:body/h:main/s:svg[@id='diagram']") == 1,
     "no svg#diagram in main");
  OK(count(doc, "//s:svg/s:g[@id='viewport']/s:g[@class='graph']") == 1,
     "no viewport around the graph");
  OK(count(doc, "//s:svg[@id='diagram']/@width[.='100%']") == 1,
     "svg not sized to fit");
  /* the fixture's two actors share a work: the co-star view is a tab */
  OK(count(doc, "/h:html/h:body/h:main[@id='stage-costars']/s:svg"
                "[@id='diagram-costars']/s:g[@id='viewport-costars']") == 1,
     "no co-star tab");
  OK(count(doc, "//s:g[@class='node']") > 10, "nodes missing");
  OK(count(doc, "//s:g[@class='edge']") > 10, "edges missing");
  OK(count(doc, "//h:aside[@class='legend']/h:ul/h:li") > 2, "legend missing");
  OK(count(doc, "//h:input[@id='q']") == 1, "no search box");
  OK(count(doc, "//h:script") == 1 && count(doc, "//h:style") == 1,
     "script and style once each");
  OK(count(doc, "//h:title[.='fixture: Knowledge graph']") == 1,
     "page title is not the diagram's");
}

static void test_page(const skg_graph *g, const skg_write_opts *o) {
  char *page, *again;
  size_t len, len2;
  skg_error err = {0};
  OK(render(skg_write_html, g, o, &page, &len, &err) == SKG_OK, "html: %s",
     err.msg);
  OK(len > 15 && memcmp(page, "<!DOCTYPE html>", 15) == 0,
     "no HTML doctype first");
  OK(!strstr(page, "<!--") && !strstr(page, "svg11.dtd"),
     "a comment or the SVG DTD is left");
  OK(strstr(page, SKG_HTML_PAGE_JS) && strstr(page, SKG_HTML_PAGE_CSS),
     "script or style sheet missing");
  xmlDocPtr doc =
      xmlReadMemory(page, (int)len, "page.html", NULL,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  OK(doc != NULL, "the page is not well-formed XML");
  if (doc)
    test_doc(doc);
  xmlFreeDoc(doc);
  render(skg_write_html, g, o, &again, &len2, &err);
  OK(len2 == len && memcmp(again, page, len) == 0, "two pages differ");
  free(again);
  free(page);
}

static void test_errors(const skg_graph *g) {
  skg_write_opts o = {.name = "fixture", .view = "nope"};
  char *text;
  size_t len;
  skg_error err = {0};
  skg_status st = render(skg_write_html, g, &o, &text, &len, &err);
  OK(st == SKG_ERR_USAGE, "bad view: status %d", (int)st);
  free(text);
  o.view = "cast";
  fx_full_disk(g, skg_write_html, &o, NULL, "html");
}

int main(void) {
  skg_graph *g = fixture_graph();
  skg_write_opts o = {.name = "fixture", .view = "all"};
  test_same_svg(g, &o);
  test_page(g, &o);
  test_errors(g);
  skg_graph_free(g);
  xmlCleanupParser();
  return DONE();
}
