/* read_html.c: saved HTML pages (an encyclopedia or news article), parsed
   with libxml2's forgiving HTML parser. The article body is kept with its
   structure: headings are recorded, paragraphs, list items and table rows
   become lines (cells joined by "; "), links keep their targets, and a
   Wikipedia infobox table becomes fields. Navigation, scripts, styles,
   footers, edit links and footnote markers are dropped; the reference
   list stays (its citations say who writes for which outlet). */
#include "read.h"

#include "alloc.h"
#include "iri.h"

#include <libxml/HTMLparser.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The reader recurses into elements down to MAX_DEPTH; deeper content
   (libxml2 keeps any depth with HTML_PARSE_HUGE) is read by a loop
   without recursion, as plain lines: its text is kept, its headings,
   links and tables are not recorded. */
enum { MAX_DEPTH = 200 };

typedef struct {
  const char *name; /* for the warning */
  skg_docb *out;
  skg_docb *doc;
  bool targets; /* infobox values: links give their targets */
  bool infobox_done;
  bool flat_warned;
  unsigned depth;
} html;

static void walk(html *h, xmlNode *n);

/* Elements never read. */
static const char *const SKIP_TAGS[] = {
    "script", "style",  "noscript", "nav",    "header", "footer", "form",
    "button", "iframe", "svg",      "template", "head", "select", "input",
    "img",    "link",   "meta",     "object", "embed",  "audio",  "video",
    "map",    "canvas", "textarea", NULL};
/* Classes of page furniture. */
static const char *const SKIP_CLASSES[] = {
    "navbox",       "vertical-navbox", "mw-editsection", "reference",
    "noprint",      "mw-jump-link",    "toc",            "catlinks",
    "printfooter",  "mw-cite-backlink", "navigation-not-searchable",
    "sistersitebox", "metadata",       "hatnote",        "shortdescription",
    "ambox",        "sidebar",         "mw-empty-elt",   "portalbox",
    "navbar",       "authority-control", "mw-indicators", NULL};
/* Elements that are blocks: a line of their own. */
static const char *const BLOCK_TAGS[] = {
    "p",  "div", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "tbody",
    "thead", "tfoot", "blockquote", "pre", "section", "article", "main",
    "figure", "figcaption", "caption", "center", "hr", "body", "address",
    NULL};

static bool tag_in(const xmlNode *n, const char *const *v) {
  for (; *v; v++)
    if (strcasecmp((const char *)n->name, *v) == 0)
      return true;
  return false;
}

static bool is_tag(const xmlNode *n, const char *name) {
  return n->type == XML_ELEMENT_NODE &&
         strcasecmp((const char *)n->name, name) == 0;
}

/* Is word one of the space-separated words of attribute attr? */
static bool attr_has(xmlNode *n, const char *attr, const char *word) {
  xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
  bool yes = false;
  size_t k = strlen(word);
  for (const char *p = (const char *)v; p && *p && !yes;) {
    p += strspn(p, " \t\n");
    size_t w = strcspn(p, " \t\n");
    yes = w == k && strncmp(p, word, k) == 0;
    p += w;
  }
  xmlFree(v);
  return yes;
}

static bool skipped(xmlNode *n) {
  if (tag_in(n, SKIP_TAGS) || attr_has(n, "role", "navigation") ||
      attr_has(n, "id", "toc") || attr_has(n, "id", "siteSub") ||
      attr_has(n, "id", "contentSub") || attr_has(n, "aria-hidden", "true"))
    return true;
  for (const char *const *c = SKIP_CLASSES; *c; c++)
    if (attr_has(n, "class", *c))
      return true;
  xmlChar *style = xmlGetProp(n, (const xmlChar *)"style");
  bool hidden = style && (strstr((const char *)style, "display:none") ||
                          strstr((const char *)style, "display: none"));
  xmlFree(style);
  return hidden;
}

/* Text with no-break spaces as spaces and soft hyphens and zero-width
   spaces left out, so names and dates read as in plain text. */
static void put_text(html *h, const char *s) {
  const char *p = s;
  while (*p) {
    size_t k = strcspn(p, "\xC2\xE2");
    skg_docb_text(h->out, p, k);
    p += k;
    if (!*p)
      break;
    if (strncmp(p, "\xC2\xA0", 2) == 0) { /* strncmp: p may end early */
      skg_docb_text(h->out, " ", 1);
      p += 2;
    } else if (strncmp(p, "\xC2\xAD", 2) == 0) {
      p += 2;
    } else if (strncmp(p, "\xE2\x80\x8B", 3) == 0) {
      p += 3;
    } else {
      skg_docb_text(h->out, p, 1);
      p++;
    }
  }
}

static int hex(char c) {
  return c >= '0' && c <= '9'   ? c - '0'
         : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                : -1;
}

/* Decodes %XX escapes in place (not %00). */
static void unescape(char *s) {
  char *o = s;
  for (const char *p = s; *p; p++) {
    int hi = p[0] == '%' ? hex(p[1]) : -1, lo = hi >= 0 ? hex(p[2]) : -1;
    if (lo >= 0 && (hi || lo)) {
      *o++ = (char)(hi * 16 + lo);
      p += 2;
    } else {
      *o++ = *p;
    }
  }
  *o = '\0';
}

/* The page an href names: "/wiki/Jane_Roe_(actress)" -> "Jane Roe
   (actress)"; another site's address as it is; NULL for special pages
   and fragments. With bare, no " (disambiguation)" either. The caller
   frees the result. */
static char *link_target(xmlNode *a, bool bare) {
  static const char *const NS[] = {"File:",   "Special:",   "Help:",
                                   "Category:", "Wikipedia:", "Template:",
                                   "Portal:", "Talk:",      "Image:"};
  xmlChar *href = xmlGetProp(a, (const xmlChar *)"href");
  if (!href || href[0] == '#' || !href[0]) {
    xmlFree(href);
    return NULL;
  }
  const char *p = (const char *)href, *w = strstr(p, "/wiki/");
  bool wiki = w || strncmp(p, "./", 2) == 0;
  char *t = skg_xstrdup(wiki ? (w ? w + 6 : p + 2) : p);
  xmlFree(href);
  if (!wiki)
    return t;
  t[strcspn(t, "#?")] = '\0';
  unescape(t);
  for (char *q = t; *q; q++)
    *q = *q == '_' ? ' ' : *q;
  for (size_t i = 0; i < SKG_ARRAY_LEN(NS); i++)
    if (strncmp(t, NS[i], strlen(NS[i])) == 0)
      *t = '\0';
  char *paren = strrchr(t, '(');
  if (bare && paren && paren > t + 1 && paren[-1] == ' ' &&
      t[strlen(t) - 1] == ')')
    paren[-1] = '\0';
  if (!*t) {
    free(t);
    return NULL;
  }
  return t;
}

static void anchor(html *h, xmlNode *a) {
  char *target = link_target(a, h->targets);
  if (h->targets && target) {
    skg_docb_text(h->out, " ", 1);
    skg_docb_text(h->out, target, strlen(target));
    skg_docb_text(h->out, " ", 1);
  } else {
    size_t mark = skg_docb_len(h->out);
    for (xmlNode *c = a->children; c; c = c->next)
      walk(h, c);
    if (target)
      skg_docb_link(h->out, mark, target, strlen(target));
  }
  free(target);
}

/* The text of n rendered on its own, as lines ("" when none). */
static void render_str(html *h, xmlNode *n, bool targets, skg_buf *out) {
  skg_docb *saved = h->out;
  bool saved_targets = h->targets;
  h->out = skg_docb_new();
  h->targets = targets;
  for (xmlNode *c = n->children; c; c = c->next)
    walk(h, c);
  skg_buf_puts(out, skg_docb_str(h->out));
  skg_docb_free(h->out);
  h->out = saved;
  h->targets = saved_targets;
}

/* A row label as a field key: one line, and without the "(s)" of
   "Producer(s)", "Production company(s)", as the label tables spell them. */
static void label_key(skg_buf *k) {
  size_t n = 0;
  for (size_t i = 0; i < k->len; i++) {
    if (i + 3 <= k->len && memcmp(k->data + i, "(s)", 3) == 0) {
      i += 2;
      continue;
    }
    k->data[n++] = k->data[i] == '\n' ? ' ' : k->data[i];
  }
  k->len = n;
  k->data[n] = '\0';
}

/* A Wikipedia infobox: rows of a label (th) and a value (td) become
   fields ("Starring" -> "Jane Roe\nTom Ash"). */
static void infobox(html *h, xmlNode *table) {
  h->infobox_done = true;
  skg_docb_infobox(h->doc, "infobox", 7);
  xmlNode *stack[8];
  size_t top = 0;
  stack[top++] = table;
  while (top) { /* rows may sit in tbody */
    xmlNode *p = stack[--top];
    for (xmlNode *r = p->children; r; r = r->next) {
      if ((is_tag(r, "tbody") || is_tag(r, "thead")) && top < 8)
        stack[top++] = r;
      if (!is_tag(r, "tr"))
        continue;
      xmlNode *th = NULL, *td = NULL;
      for (xmlNode *c = r->children; c; c = c->next)
        if (is_tag(c, "th") && !th && !td)
          th = c;
        else if (is_tag(c, "td") && !td)
          td = c;
      if (!th || !td)
        continue;
      skg_buf k = SKG_BUF_INIT, v = SKG_BUF_INIT;
      render_str(h, th, false, &k);
      render_str(h, td, true, &v);
      label_key(&k);
      if (k.len && v.len)
        skg_docb_field(h->doc, k.data, k.len, v.data, v.len);
      skg_buf_free(&k);
      skg_buf_free(&v);
    }
  }
}

/* A table row: cells joined by "; ", one line. */
static void row(html *h, xmlNode *tr) {
  bool first = true;
  skg_docb_break(h->out);
  for (xmlNode *c = tr->children; c; c = c->next) {
    if (!is_tag(c, "td") && !is_tag(c, "th")) {
      walk(h, c);
      continue;
    }
    if (skipped(c))
      continue;
    size_t mark = skg_docb_len(h->out);
    if (!first)
      skg_docb_text(h->out, "; ", 2);
    for (xmlNode *k = c->children; k; k = k->next)
      walk(h, k);
    if (skg_docb_len(h->out) == mark + (first ? 0 : 1))
      continue; /* an empty cell adds nothing */
    first = false;
  }
  skg_docb_break(h->out);
}

static void element(html *h, xmlNode *n) {
  const char *name = (const char *)n->name;
  if (skipped(n))
    return;
  if (is_tag(n, "table") && attr_has(n, "class", "infobox")) {
    if (!h->infobox_done && h->out == h->doc)
      infobox(h, n);
    return;
  }
  if (is_tag(n, "a")) {
    anchor(h, n);
    return;
  }
  if (is_tag(n, "br")) {
    skg_docb_break(h->out);
    return;
  }
  if (is_tag(n, "tr")) {
    row(h, n);
    return;
  }
  if ((name[0] == 'h' || name[0] == 'H') && name[1] >= '1' && name[1] <= '6' &&
      !name[2]) {
    skg_docb_break(h->out);
    size_t mark = skg_docb_len(h->out);
    for (xmlNode *c = n->children; c; c = c->next)
      walk(h, c);
    skg_docb_heading(h->out, mark, (unsigned)(name[1] - '0'));
    return;
  }
  bool block = tag_in(n, BLOCK_TAGS);
  if (block)
    skg_docb_break(h->out);
  for (xmlNode *c = n->children; c; c = c->next)
    walk(h, c);
  if (block)
    skg_docb_break(h->out);
  else if (is_tag(n, "td") || is_tag(n, "th"))
    skg_docb_text(h->out, " ", 1);
}

/* Starts node n of a flat walk: its text, or a line break before a
   block; true when its children are to be read. */
static bool flat_enter(html *h, xmlNode *n) {
  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
    put_text(h, (const char *)n->content);
    return false;
  }
  if (n->type != XML_ELEMENT_NODE || skipped(n))
    return false;
  if (tag_in(n, BLOCK_TAGS))
    skg_docb_break(h->out);
  return true;
}

static void flat_leave(html *h, xmlNode *n) {
  if (n->type != XML_ELEMENT_NODE)
    return;
  if (tag_in(n, BLOCK_TAGS))
    skg_docb_break(h->out);
  else if (is_tag(n, "td") || is_tag(n, "th"))
    skg_docb_text(h->out, " ", 1);
}

/* Reads the subtree at top in document order with a loop, not recursion,
   so any depth fits in the stack. */
static void walk_flat(html *h, xmlNode *top) {
  if (!h->flat_warned && !skg_read_quiet())
    fprintf(stderr,
            "screenkg: warning: %s:%ld: HTML nested deeper than %d elements: "
            "read from here as plain lines (headings, links and tables "
            "inside are not recorded)\n",
            h->name, xmlGetLineNo(top), MAX_DEPTH);
  h->flat_warned = true;
  xmlNode *n = top;
  for (;;) {
    if (flat_enter(h, n) && n->children) {
      n = n->children;
      continue;
    }
    for (;;) { /* n is done: its next sibling, or up */
      flat_leave(h, n);
      if (n == top)
        return;
      if (n->next) {
        n = n->next;
        break;
      }
      n = n->parent;
    }
  }
}

static void walk(html *h, xmlNode *n) {
  if (h->depth >= MAX_DEPTH) {
    walk_flat(h, n);
    return;
  }
  h->depth++;
  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
    put_text(h, (const char *)n->content);
  else if (n->type == XML_ELEMENT_NODE)
    element(h, n);
  h->depth--;
}

/* Depth-first search for the first element satisfying want. */
static xmlNode *find(xmlNode *n, bool (*want)(xmlNode *), unsigned depth) {
  for (; n && depth < MAX_DEPTH; n = n->next) {
    if (n->type != XML_ELEMENT_NODE)
      continue;
    if (want(n))
      return n;
    xmlNode *f = find(n->children, want, depth + 1);
    if (f)
      return f;
  }
  return NULL;
}

static bool is_mw_content(xmlNode *n) {
  return attr_has(n, "id", "mw-content-text");
}
static bool is_mw_output(xmlNode *n) {
  return attr_has(n, "class", "mw-parser-output");
}
static bool is_main(xmlNode *n) {
  return is_tag(n, "main") || attr_has(n, "role", "main");
}
static bool is_article(xmlNode *n) { return is_tag(n, "article"); }
static bool is_body(xmlNode *n) { return is_tag(n, "body"); }
static bool is_first_heading(xmlNode *n) {
  return attr_has(n, "id", "firstHeading");
}
static bool is_title(xmlNode *n) { return is_tag(n, "title"); }

/* The element that holds the article: MediaWiki's content, else <main>,
   <article>, <body>, the root. */
static xmlNode *article_root(xmlNode *root) {
  xmlNode *n = find(root, is_mw_content, 0);
  if (n) {
    xmlNode *o = find(n->children, is_mw_output, 0);
    return o ? o : n;
  }
  if ((n = find(root, is_mw_output, 0)) || (n = find(root, is_main, 0)) ||
      (n = find(root, is_article, 0)) || (n = find(root, is_body, 0)))
    return n;
  return root;
}

static void page_title(html *h, xmlNode *root) {
  xmlNode *t = find(root, is_first_heading, 0);
  if (!t)
    t = find(root, is_title, 0);
  if (!t)
    return;
  skg_buf s = SKG_BUF_INIT;
  render_str(h, t, false, &s);
  if (s.len)
    skg_docb_title(h->doc, s.data, s.len);
  skg_buf_free(&s);
}

static bool is_canonical(xmlNode *n) {
  return is_tag(n, "link") && attr_has(n, "rel", "canonical");
}

/* The page's <link rel="canonical" href="...">, when it is an absolute
   IRI: the page's own name, whatever the file is called (iri.h). */
static char *canonical_of(xmlNode *root) {
  xmlNode *n = find(root, is_canonical, 0);
  xmlChar *href = n ? xmlGetProp(n, (const xmlChar *)"href") : NULL;
  char *iri = href && !skg_iri_check_abs((const char *)href)
                  ? skg_xstrdup((const char *)href)
                  : NULL;
  xmlFree(href);
  return iri;
}

/* UTF-8 unless the page declares another charset. */
static const char *encoding_of(const char *data, size_t n) {
  size_t k = n < 2048 ? n : 2048;
  for (size_t i = 0; i + 8 < k; i++)
    if (strncasecmp(data + i, "charset=", 8) == 0) {
      size_t v = i + 8; /* < k <= n */
      v += data[v] == '"' || data[v] == '\'';
      /* the page may end inside the value: compare only what it holds */
      return n - v >= 5 && strncasecmp(data + v, "utf-8", 5) == 0 ? "UTF-8"
                                                                  : NULL;
    }
  return "UTF-8";
}

skg_status skg_read_html(const char *name, const char *data, size_t n,
                         skg_doc **out, skg_error *err) {
  *out = NULL;
  if (n > INT_MAX)
    return skg_err(err, SKG_ERR_SYNTAX, name, 0, 0, SIZE_MAX,
                   "HTML page too large");
  /* A page in UTF-8 (the default) is checked on its raw bytes, so that the
     position is the file's: libxml2 would pass bad bytes on into the text,
     and stop at a NUL byte without a word. */
  const char *enc = encoding_of(data, n);
  skg_status st;
  if (enc && (st = skg_check_bytes(name, data, n, 0, err)) != SKG_OK)
    return st;
  /* XML_PARSE_HUGE (which the HTML parser takes): without it libxml2 drops everything nested deeper
     than 256 elements, without a word. */
  int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
             HTML_PARSE_NONET | XML_PARSE_HUGE;
  htmlDocPtr doc = htmlReadMemory(data, (int)n, name, enc, opts);
  xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
  if (!root) {
    xmlFreeDoc(doc);
    return skg_err(err, SKG_ERR_SYNTAX, name, 0, 0, SIZE_MAX,
                   "empty input: no HTML to read");
  }
  html h = {0};
  h.name = name;
  h.doc = h.out = skg_docb_new();
  page_title(&h, root);
  char *canonical = canonical_of(root);
  xmlNode *art = article_root(root);
  if (art == root || is_tag(art, "body")) /* a saved page without markers */
    walk(&h, art);
  else
    for (xmlNode *c = art->children; c; c = c->next)
      walk(&h, c);
  xmlFreeDoc(doc);
  if (!h.infobox_done) /* a copied page: its infobox may be lines */
    skg_flat_infobox(h.doc, false);
  st = skg_docb_finish(h.doc, name, out, err);
  skg_docb_free(h.doc);
  if (*out)
    (*out)->source = canonical;
  else
    free(canonical);
  return st;
}
