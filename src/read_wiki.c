/* read_wiki.c: one page of MediaWiki wikitext into the document model.
   Headings, paragraphs, list items and table rows become lines; links
   keep their target ([[Jane Roe (actress)|Roe]] is "Roe" in the text and
   a link to "Jane Roe (actress)"); the first {{Infobox ...}} becomes
   fields; {{cite web}} and friends become the flattened citations the
   reference-list rule reads ("Roe, Jane (May 2, 2019). "Title". Work."),
   gathered from <ref> and written where {{Reflist}} stands (or at the
   end). Other templates, comments, files and categories are dropped.
   Braces and brackets are matched by depth; an unbalanced "{{" or "[["
   is dropped, never a crash, and nesting is cut at a fixed depth.
   This file renders the markup (blocks, links, tags, inline text) and is
   the entry point; the templates and citations are
   read_wiki_templates.c's, the scanning helpers both use
   read_wiki_scan.c's (read_wiki.h). */
#include "read_wiki.h"
#include "read.h"

#include "alloc.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- scanning ---- */

static bool at_ci(const wiki *w, size_t i, size_t e, const char *s) {
  size_t k = strlen(s);
  return i + k <= e && strncasecmp(w->t + i, s, k) == 0;
}

/* The bytes match and pair_pass act on ('<' of a comment, the pairs'
   brackets, pair_pass's line starts); they pass over any other at one
   look. */
static const bool PAIR_BYTE[256] = {['<'] = true, ['\n'] = true, ['{'] = true,
                                    ['['] = true, ['}'] = true,  [']'] = true};

/* Position of the pair close ("}}" or "]]") that matches the open pair at
   i, or SIZE_MAX. Comments are skipped; both kinds nest. */
static size_t match(const wiki *w, size_t i, size_t e, char open, char close) {
  int depth = 0;
  if (wiki_broken(w, i))
    return SIZE_MAX;
  size_t lim = e - i > MAX_SCAN ? i + MAX_SCAN : e;
  size_t stop = lim ? lim - 1 : 0; /* a pair's second byte before lim */
  for (size_t j = i; (j = skg_next_of(w->t, j, stop, PAIR_BYTE)) < stop; j++) {
    const char *p = w->t + j; /* open, close: '{' '}' or '[' ']' */
    if (p[0] == '<' && wiki_at(w, j, lim, "<!--")) {
      j = wiki_skip_comment(w, j, lim) - 1;
    } else if (p[0] == open && p[1] == open && !wiki_broken(w, j)) {
      depth++;
      j++;
    } else if (p[0] == close && p[1] == close) {
      if (--depth == 0)
        return j;
      j++;
    }
  }
  return SIZE_MAX;
}

/* ---- unbalanced pairs ---- */

/* One unbalanced "{{" or "[[" must not cost the page: before rendering,
   the openers that close nowhere are found and read as text, so that
   the pairs around them still match. A link does not run into the next
   block (a blank line, a heading, a list item, an argument line); a link
   still open when its template closes is broken; a template left open
   at the end is broken, unless a template opened inside it took its
   closing line ("| starring = {{ubl|A|B}" then "}}"): then that inner
   one is the broken one and the outer template closes where it meant
   to. */

typedef struct {
  size_t pos;
  char kind; /* '{' or '[' */
} opener;

typedef struct {
  size_t open, close;
} closed_pair;

typedef struct {
  opener *stack;
  size_t nstack, capstack;
  closed_pair *closed;
  size_t nclosed, capclosed;
} pairs;

static bool bol(const wiki *w, size_t i) { return i == 0 || w->t[i - 1] == '\n'; }

static void mark_broken(wiki *w, size_t i) {
  if (!w->broken)
    w->broken = skg_xcalloc(w->n, 1);
  w->broken[i] = 1;
}

/* Pops the links left open on top of the stack: broken. */
static void drop_open_links(wiki *w, pairs *p) {
  while (p->nstack && p->stack[p->nstack - 1].kind == '[')
    mark_broken(w, p->stack[--p->nstack].pos);
}

static bool has_template(const pairs *p) {
  for (size_t k = 0; k < p->nstack; k++)
    if (p->stack[k].kind == '{')
      return true;
  return false;
}

/* One pass over the page: pairs matched as match() does, broken
   links marked, templates closed recorded; the templates left open stay
   on the stack. */
static void pair_pass(wiki *w, pairs *p) {
  p->nstack = p->nclosed = 0;
  size_t stop = w->n ? w->n - 1 : 0;
  for (size_t j = 0; (j = skg_next_of(w->t, j, stop, PAIR_BYTE)) < stop; j++) {
    const char *c = w->t + j;
    if (c[0] == '<' && wiki_at(w, j, w->n, "<!--")) {
      j = wiki_skip_comment(w, j, w->n) - 1;
    } else if (c[0] == '\n' && strchr("\n=*#|!{}", c[1])) {
      drop_open_links(w, p); /* a new block: the link is left open */
    } else if ((c[0] == '{' || c[0] == '[') && c[1] == c[0] && !wiki_broken(w, j)) {
      p->stack = skg_xgrow(p->stack, &p->capstack, p->nstack + 1, sizeof *p->stack);
      p->stack[p->nstack++] = (opener){j, c[0]};
      j++;
    } else if (c[0] == '}' && c[1] == '}' && has_template(p)) {
      drop_open_links(w, p);
      p->closed = skg_xgrow(p->closed, &p->capclosed, p->nclosed + 1, sizeof *p->closed);
      p->closed[p->nclosed++] = (closed_pair){p->stack[--p->nstack].pos, j};
      j++;
    } else if (c[0] == ']' && c[1] == ']' && p->nstack &&
               p->stack[p->nstack - 1].kind == '[') {
      p->nstack--;
      j++;
    }
  }
  drop_open_links(w, p);
}

/* The template opened inside the open template at outer that took the
   closing line meant for it: opened inside a line, closed at the start
   of one, and followed by a line that is no argument ("| key = ..."). */
static size_t thief(const wiki *w, const pairs *p, size_t outer) {
  size_t last = SIZE_MAX;
  for (size_t k = 0; k < p->nclosed; k++) {
    const closed_pair *c = &p->closed[k];
    if (c->open < outer || bol(w, c->open) || !bol(w, c->close))
      continue;
    size_t nl = c->close;
    while (nl < w->n && w->t[nl] != '\n')
      nl++;
    if (nl + 1 >= w->n || w->t[nl + 1] != '|')
      return c->open;
    last = c->open;
  }
  return last;
}

/* Marks the openers that close nowhere (w->broken). */
static void find_broken(wiki *w) {
  pairs p = {0};
  for (int round = 0; round < 16; round++) {
    pair_pass(w, &p);
    if (!p.nstack)
      break;
    size_t outer = p.stack[0].pos, t = thief(w, &p, outer);
    mark_broken(w, t != SIZE_MAX ? t : outer);
  }
  for (size_t k = 0; k < p.nstack; k++) /* still open after 16 rounds */
    mark_broken(w, p.stack[k].pos);
  free(p.stack);
  free(p.closed);
}

/* One warning a page with broken openers, at the first of them (a dump
   may hold thousands of such pages), with its place in the wikitext. */
static void warn_broken(const wiki *w, const char *name) {
  unsigned line = 1, col = 1, more = 0;
  size_t first = SIZE_MAX;
  for (size_t i = 0; w->broken && i < w->n; i++) {
    if (w->broken[i] && first != SIZE_MAX)
      more++;
    if (w->broken[i] && first == SIZE_MAX)
      first = i;
    if (first != SIZE_MAX)
      continue;
    if (w->t[i] == '\n')
      line++, col = 1;
    else if (((unsigned char)w->t[i] & 0xC0) != 0x80)
      col++;
  }
  if (first == SIZE_MAX)
    return;
  if (more)
    fprintf(stderr,
            "screenkg: warning: %s: wikitext line %u, column %u: unbalanced "
            "'%c%c' read as text (and %u more on the page)\n",
            name, line, col, w->t[first], w->t[first], more);
  else
    fprintf(stderr,
            "screenkg: warning: %s: wikitext line %u, column %u: unbalanced "
            "'%c%c' read as text\n",
            name, line, col, w->t[first], w->t[first]);
}

/* ---- links ---- */

static bool wiki_find_ci(const wiki *w, size_t a, size_t e, const char *s) {
  for (size_t i = a; i < e; i++)
    if (at_ci(w, i, e, s))
      return true;
  return false;
}

/* Namespaces whose links are not text: files, categories, other
   languages' pages. */
static bool drop_namespace(const wiki *w, span t) {
  static const char *const NS[] = {"file",     "image", "category", "media",
                                   "wikt",     "wiktionary", "commons", "s",
                                   "q",        "wikisource", "wikiquote", NULL};
  size_t colon = t.a;
  while (colon < t.e && w->t[colon] != ':')
    colon++;
  if (colon == t.e || w->t[t.a] == ':')
    return false;
  span pre = {t.a, colon};
  if (wiki_in_list(w, pre, NS))
    return true;
  size_t k = colon - t.a; /* "fr:", "zh-yue:": another language */
  bool lang = k >= 2 && k <= 7;
  for (size_t i = t.a; i < colon && lang; i++)
    lang = islower((unsigned char)w->t[i]) || w->t[i] == '-';
  return lang;
}

/* The page a link target names: no leading ':', no "#section", '_' as
   ' '; with bare, no " (disambiguation)" either. */
static void clean_target(const wiki *w, span t, bool bare, skg_buf *out) {
  t = wiki_trim(w, t);
  if (t.a < t.e && w->t[t.a] == ':')
    t.a++;
  for (size_t i = t.a; i < t.e; i++)
    if (w->t[i] == '#') {
      t.e = i;
      break;
    }
  t = wiki_trim(w, t);
  if (bare && t.e > t.a && w->t[t.e - 1] == ')') {
    size_t i = t.e;
    while (i > t.a && w->t[i - 1] != '(')
      i--;
    if (i > t.a + 1 && w->t[i - 2] == ' ')
      t.e = i - 2;
  }
  for (size_t i = t.a; i < t.e; i++)
    skg_buf_putc(out, w->t[i] == '_' ? ' ' : w->t[i]);
}

/* True when a link's text names something else than its target page:
   a section link ([[Ann Roe#Career|Roe Films]]: the company, not the
   person) or a text that goes on after the target's name ([[Cal
   Vane|Cal Vane Movies]]). The text is then what the value names. */
static bool text_names_other(const wiki *w, const span *v,
                             const skg_buf *target) {
  span tg = wiki_trim(w, v[0]), tx = wiki_trim(w, v[1]);
  for (size_t i = tg.a; i < tg.e; i++)
    if (w->t[i] == '#')
      return tx.e > tx.a;
  size_t n = target->len;
  return n && tx.e - tx.a > n + 1 &&
         memcmp(w->t + tx.a, target->data, n) == 0 &&
         w->t[tx.a + n] == ' ';
}

/* [[Target|text]]trail at a, closing at c; returns where it ends. */
static size_t link(wiki *w, size_t a, size_t c, size_t e) {
  span v[2];
  size_t nv = wiki_split_bars(w, a + 2, c, v, 2);
  size_t end = c + 2;
  if (drop_namespace(w, wiki_trim(w, v[0])))
    return end;
  while (end < e && isalpha((unsigned char)w->t[end])) /* [[film]]s */
    end++;
  skg_buf target = SKG_BUF_INIT;
  clean_target(w, v[0], w->targets, &target);
  /* [[Coen brothers|Joel Coen<br>Ethan Coen]]: the text names the people */
  bool several = nv == 2 && wiki_find_ci(w, v[1].a, v[1].e, "<br");
  if (w->targets && (several || (nv == 2 && text_names_other(w, v, &target)))) {
    wiki_render(w, v[1].a, v[1].e);
  } else if (w->targets) {
    skg_docb_text(w->out, skg_buf_str(&target), target.len);
    skg_docb_page(w->doc, skg_buf_str(&target), target.len); /* links out */
    size_t k = end; /* "[[Jane Roe]] [[Tom Ash]]": two items */
    while (k < e && (w->t[k] == ' ' || w->t[k] == '\t'))
      k++;
    if (wiki_at(w, k, e, "[["))
      skg_docb_break(w->out);
  } else {
    size_t mark = skg_docb_len(w->out);
    if (nv == 2 && wiki_trim(w, v[1]).e > wiki_trim(w, v[1]).a)
      wiki_render(w, v[1].a, v[1].e);
    else
      skg_docb_text(w->out, skg_buf_str(&target), target.len);
    skg_docb_text(w->out, w->t + c + 2, end - c - 2);
    skg_docb_link(w->out, mark, skg_buf_str(&target), target.len);
    if (w->out != w->doc) /* text rendered aside (a citation): its link */
      skg_docb_page(w->doc, skg_buf_str(&target), target.len);
  }
  skg_buf_free(&target);
  return end;
}

/* ---- tags, entities, external links ---- */

/* Tags dropped with everything inside them. */
static const char *const DROP_TAGS[] = {
    "math", "gallery", "timeline", "syntaxhighlight", "source", "score",
    "imagemap", "templatedata", "chem", "hiero", "graph", "mapframe",
    "maplink", "inputbox", "categorytree", NULL};

/* Length of the tag name at t[i] (after '<' or "</"). */
static size_t tag_name(const wiki *w, size_t i, size_t e) {
  size_t j = i;
  while (j < e && isalpha((unsigned char)w->t[j]))
    j++;
  return j - i;
}

/* Position after "</name>" from i, or e. */
static size_t close_tag(const wiki *w, size_t i, size_t e, span name,
                        size_t *inner_end) {
  size_t k = name.e - name.a;
  const char *lt; /* memchr to each '<': a tag's text holds few */
  for (size_t j = i; j + k + 3 <= e; j = (size_t)(lt - w->t) + 1) {
    lt = memchr(w->t + j, '<', e - k - 2 - j);
    if (!lt)
      break;
    j = (size_t)(lt - w->t);
    if (w->t[j + 1] == '/' &&
        strncasecmp(w->t + j + 2, w->t + name.a, k) == 0 &&
        w->t[j + 2 + k] == '>') {
      *inner_end = j;
      return j + k + 3;
    }
  }
  *inner_end = e;
  return e;
}

/* A tag at i ('<'); returns where reading goes on. */
static size_t tag(wiki *w, size_t i, size_t e) {
  bool closing = i + 1 < e && w->t[i + 1] == '/';
  size_t na = i + 1 + closing, nl = tag_name(w, na, e);
  if (!nl) {
    skg_docb_text(w->out, "<", 1);
    return i + 1;
  }
  size_t gt = na + nl;
  while (gt < e && w->t[gt] != '>' && w->t[gt] != '<')
    gt++;
  if (gt == e || w->t[gt] != '>') {
    skg_docb_text(w->out, "<", 1);
    return i + 1;
  }
  span name = {na, na + nl};
  bool empty = w->t[gt - 1] == '/';
  size_t after = gt + 1, inner_end;
  if (wiki_name_is(w, name, "br", false) || wiki_name_is(w, name, "p", false) ||
      wiki_name_is(w, name, "div", false) ||
      wiki_name_is(w, name, "li", false)) {
    skg_docb_break(w->out);
  } else if (closing) {
    /* an end tag without its start: nothing to do */
  } else if (wiki_name_is(w, name, "ref", false)) {
    if (!empty) {
      after = close_tag(w, after, e, name, &inner_end);
      wiki_gather_ref(w, gt + 1, inner_end);
    }
  } else if (wiki_name_is(w, name, "references", false)) {
    if (!empty)
      after = close_tag(w, after, e, name, &inner_end);
    wiki_place_refs(w);
  } else if (wiki_name_is(w, name, "nowiki", false) ||
             wiki_name_is(w, name, "pre", false)) {
    if (!empty) {
      after = close_tag(w, after, e, name, &inner_end);
      skg_docb_text(w->out, w->t + gt + 1, inner_end - gt - 1);
    }
  } else if (wiki_in_list(w, name, DROP_TAGS) && !empty) {
    after = close_tag(w, after, e, name, &inner_end);
  }
  return after;
}

/* A character entity at i ('&'); returns where reading goes on. */
static size_t entity(wiki *w, size_t i, size_t e) {
  static const struct {
    const char *name, *text;
  } ENT[] = {{"&nbsp;", " "},  {"&amp;", "&"},    {"&lt;", "<"},
             {"&gt;", ">"},    {"&quot;", "\""},  {"&ndash;", "–"},
             {"&mdash;", "—"}, {"&apos;", "'"},   {"&thinsp;", " "},
             {"&minus;", "−"}, {"&hellip;", "…"}, {"&times;", "×"}};
  for (size_t k = 0; k < SKG_ARRAY_LEN(ENT); k++)
    if (wiki_at(w, i, e, ENT[k].name)) {
      skg_docb_text(w->out, ENT[k].text, strlen(ENT[k].text));
      return i + strlen(ENT[k].name);
    }
  skg_docb_text(w->out, "&", 1);
  return i + 1;
}

/* [http://x.example text]: the text; a bare bracketed URL: nothing. */
static size_t ext_link(wiki *w, size_t i, size_t e) {
  size_t j = i + 1;
  while (j < e && w->t[j] != ']' && w->t[j] != '\n')
    j++;
  if (j == e || w->t[j] != ']') {
    skg_docb_text(w->out, "[", 1);
    return i + 1;
  }
  size_t sp = i + 1;
  while (sp < j && w->t[sp] != ' ')
    sp++;
  if (sp < j)
    wiki_render(w, sp + 1, j);
  return j + 1;
}

static bool url_at(const wiki *w, size_t i, size_t e) {
  return at_ci(w, i, e, "http://") || at_ci(w, i, e, "https://") ||
         wiki_at(w, i, e, "//") || at_ci(w, i, e, "ftp://") ||
         at_ci(w, i, e, "mailto:");
}

/* ---- blocks ---- */

/* The end of the line at i, not counting line breaks inside templates or
   comments (a list item's {{cite}} may span lines). */
static size_t line_end(const wiki *w, size_t i, size_t e) {
  for (size_t j = i; j < e; j++) {
    if (w->t[j] == '\n')
      return j;
    if (w->t[j] == '{' && wiki_at(w, j, e, "{{")) {
      size_t m = match(w, j, e, '{', '}');
      if (m != SIZE_MAX)
        j = m + 1;
    } else if (w->t[j] == '<' && wiki_at(w, j, e, "<!--")) {
      j = wiki_skip_comment(w, j, e) - 1;
    }
  }
  return e;
}

/* "== Cast ==" at i, ending at le; false when the line is not one. */
static bool heading(wiki *w, size_t i, size_t le) {
  size_t k = 0, t = 0, end = le;
  while (i + k < le && w->t[i + k] == '=')
    k++;
  while (end > i + k && isspace((unsigned char)w->t[end - 1]))
    end--;
  while (end > i + k && w->t[end - 1] == '=' && t < k)
    end--, t++;
  if (!t || end <= i + k)
    return false;
  skg_docb_break(w->out);
  size_t mark = skg_docb_len(w->out);
  wiki_render(w, i + k, end);
  skg_docb_heading(w->out, mark, t < 6 ? t : 6);
  return true;
}

/* Splits a table cell line at "||" (or "!!" in a header row). */
static size_t split_cells(const wiki *w, size_t a, size_t e, span *v,
                          size_t max) {
  size_t n = 0, start = a;
  for (size_t j = a; j + 1 < e && n + 1 < max; j++) {
    if (w->t[j] == '{' && wiki_at(w, j, e, "{{")) {
      size_t m = match(w, j, e, '{', '}');
      j = m == SIZE_MAX ? j + 1 : m + 1;
    } else if (w->t[j] == '[' && wiki_at(w, j, e, "[[")) {
      size_t m = match(w, j, e, '[', ']');
      j = m == SIZE_MAX ? j + 1 : m + 1;
    } else if ((w->t[j] == '|' || w->t[j] == '!') && w->t[j + 1] == w->t[j]) {
      v[n++] = (span){start, j};
      start = j + 2;
      j++;
    }
  }
  v[n++] = (span){start, e};
  return n;
}

/* One cell: its text after an attribute part ("style="..." | text"). */
static void cell(wiki *w, span c, bool *first) {
  span v[2];
  if (wiki_split_bars(w, c.a, c.e, v, 2) == 2 &&
      wiki_arg_eq(w, v[0]) != SIZE_MAX)
    c = v[1];
  c = wiki_trim(w, c);
  if (c.e == c.a)
    return;
  if (!*first)
    skg_docb_text(w->out, "; ", 2);
  *first = false;
  wiki_render(w, c.a, c.e);
}

/* A table "{| ... |}" at i: a line per row, cells joined by "; ".
   Returns where it ends (e when unterminated). */
static size_t table(wiki *w, size_t i, size_t e) {
  bool first = true;
  size_t j = line_end(w, i, e) + 1; /* "{| class=..." */
  skg_docb_break(w->out);
  while (j < e) {
    size_t le = line_end(w, j, e), s = j;
    while (s < le && (w->t[s] == ' ' || w->t[s] == '\t'))
      s++;
    if (wiki_at(w, s, le, "|}")) {
      j = le + 1;
      break;
    }
    if (wiki_at(w, s, le, "{|")) {
      j = table(w, s, e);
      continue;
    }
    if (wiki_at(w, s, le, "|-") || wiki_at(w, s, le, "|+")) {
      skg_docb_break(w->out);
      first = true;
      if (w->t[s + 1] == '+') {
        wiki_render(w, s + 2, le);
        skg_docb_break(w->out);
      }
    } else if (s < le && (w->t[s] == '|' || w->t[s] == '!')) {
      span v[64];
      size_t nv = split_cells(w, s + 1, le, v, SKG_ARRAY_LEN(v));
      for (size_t k = 0; k < nv; k++)
        cell(w, v[k], &first);
    } else {
      skg_docb_text(w->out, " ", 1);
      wiki_render(w, j, le);
    }
    j = le + 1;
  }
  skg_docb_break(w->out);
  return j < e ? j : e;
}

/* A block construct at the start of a line; returns where it ends, or i
   when there is none. */
static size_t block(wiki *w, size_t i, size_t e) {
  char c = w->t[i];
  if (c == '\n') {
    skg_docb_break(w->out);
    return i + 1;
  }
  if (c == '=') {
    size_t le = line_end(w, i, e);
    return heading(w, i, le) ? le : i;
  }
  if (c == '*' || c == '#' || c == ':' || c == ';') {
    if (c == '#' && at_ci(w, i, e, "#redirect"))
      return i;
    size_t m = i, le = line_end(w, i, e);
    while (m < le && w->t[m] && strchr("*#:;", w->t[m]))
      m++;
    skg_docb_break(w->out);
    wiki_render(w, m, le);
    skg_docb_break(w->out);
    return le;
  }
  if (c == '{' && wiki_at(w, i, e, "{|"))
    return table(w, i, e);
  return i;
}

/* ---- inline ---- */

/* The bytes the inline renderer stops at; a table, as it asks at every
   byte of the text. */
static const bool SPECIAL[256] = {
    ['<'] = true,  ['{'] = true,  ['['] = true, ['&'] = true,
    ['\''] = true, ['\n'] = true, ['_'] = true};

/* A line break inside a paragraph is a space; before a blank line or a
   block it ends the paragraph. */
static size_t newline(wiki *w, size_t i, size_t e) {
  char n = i + 1 < e ? w->t[i + 1] : '\n';
  if (n == '\n' || (n && strchr("*#:;=", n)) ||
      (n == '{' && wiki_at(w, i + 1, e, "{|")))
    skg_docb_break(w->out);
  else
    skg_docb_text(w->out, " ", 1);
  return i + 1;
}

/* Reads one inline construct (or a run of plain text) at i. */
static size_t inline_at(wiki *w, size_t i, size_t e) {
  const char *p = w->t + i;
  size_t m;
  if (p[0] == '<' && wiki_at(w, i, e, "<!--"))
    return wiki_skip_comment(w, i, e);
  if (p[0] == '{' && wiki_at(w, i, e, "{{")) {
    if ((m = match(w, i, e, '{', '}')) == SIZE_MAX)
      return i + 2; /* unbalanced: dropped */
    if (!wiki_at(w, i, e, "{{{")) /* {{{param}}} of a template page: dropped */
      wiki_template(w, i + 2, m);
    return m + 2;
  }
  if (p[0] == '[' && wiki_at(w, i, e, "[[")) {
    if ((m = match(w, i, e, '[', ']')) == SIZE_MAX)
      return i + 2;
    return link(w, i, m, e);
  }
  if (p[0] == '[' && url_at(w, i + 1, e))
    return ext_link(w, i, e);
  if (p[0] == '<')
    return tag(w, i, e);
  if (p[0] == '&')
    return entity(w, i, e);
  if (p[0] == '\n')
    return newline(w, i, e);
  if (p[0] == '\'' && i + 1 < e && p[1] == '\'') {
    while (i < e && w->t[i] == '\'')
      i++;
    return i;
  }
  if (p[0] == '_' && wiki_at(w, i, e, "__")) { /* __NOTOC__ */
    size_t j = i + 2;
    while (j < e && isupper((unsigned char)w->t[j]))
      j++;
    if (j > i + 2 && wiki_at(w, j, e, "__"))
      return j + 2;
  }
  size_t j = skg_next_of(w->t, i + 1, e, SPECIAL);
  skg_docb_text(w->out, p, j - i);
  return j;
}

void wiki_render(wiki *w, size_t a, size_t e) {
  if (w->depth >= MAX_DEPTH)
    return;
  w->depth++;
  size_t i = a;
  while (i < e) {
    if (i == 0 || w->t[i - 1] == '\n') {
      size_t j = block(w, i, e);
      if (j != i) {
        i = j;
        continue;
      }
    }
    i = inline_at(w, i, e);
  }
  w->depth--;
}

skg_status skg_read_wiki(const char *name, const char *title,
                         const char *wikitext, size_t n, skg_doc **out,
                         skg_error *err) {
  *out = NULL;
  size_t lead = 0; /* wikitext[0..n) need not end in a NUL */
  while (lead < n && isspace((unsigned char)wikitext[lead]))
    lead++;
  if (n - lead >= 9 && strncasecmp(wikitext + lead, "#redirect", 9) == 0)
    return skg_err(err, SKG_OK, name, 0, 0, SIZE_MAX, "a redirect page");
  wiki w = {0};
  w.t = wikitext;
  w.n = n;
  w.doc = w.out = skg_docb_new();
  w.eqs = skg_xmalloc(sizeof *w.eqs);
  w.eqs->v = NULL;
  if (title)
    skg_docb_title(w.doc, title, strlen(title));
  find_broken(&w);
  if (!skg_read_quiet())
    warn_broken(&w, name);
  wiki_render(&w, 0, n);
  if (w.refs.len) { /* no {{Reflist}}: the citations go last */
    skg_docb_break(w.doc);
    size_t mark = skg_docb_len(w.doc);
    skg_docb_text(w.doc, "References", 10);
    skg_docb_heading(w.doc, mark, 2);
    wiki_place_refs(&w);
  }
  skg_status st = skg_docb_finish(w.doc, name, out, err);
  skg_docb_free(w.doc);
  skg_buf_free(&w.refs);
  free(w.broken);
  free(w.eqs);
  for (size_t i = 0; i < w.nspare; i++)
    skg_docb_free(w.spare[i]);
  free(w.spare);
  return st;
}
