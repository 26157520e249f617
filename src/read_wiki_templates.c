/* read_wiki_templates.c: the templates of wikitext. The first
   {{Infobox ...}} becomes fields; {{cite web}} and friends become the
   flattened citations the reference-list rule reads ("Roe, Jane (May 2,
   2019). "Title". Work."), gathered from <ref> and written where
   {{Reflist}} stands; list templates become lines and a few small ones
   their text. Any other template is dropped. Apart from read_wiki.c (the
   markup: blocks, links, tags) because each template is its own small
   format, read from its arguments. */
#include "read_wiki.h"

#include "alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- rendering into a string ---- */

/* Renders t[s) into out as text (lines for blocks); with targets, links
   give their targets. */
static void render_str(wiki *w, span s, bool targets, skg_buf *out) {
  skg_docb *saved = w->out;
  bool saved_targets = w->targets;
  skg_docb *b = w->nspare ? w->spare[--w->nspare] : skg_docb_new();
  w->out = b;
  w->targets = targets;
  wiki_render(w, s.a, s.e);
  skg_buf_puts(out, skg_docb_str(b));
  skg_docb_clear(b);
  w->spare = skg_xgrow(w->spare, &w->capspare, w->nspare + 1, sizeof *w->spare);
  w->spare[w->nspare++] = b;
  w->out = saved;
  w->targets = saved_targets;
}

/* The first of keys that the template has, rendered into out. */
static bool arg_str(wiki *w, const span *v, size_t nv, const char *const *keys,
                    skg_buf *out) {
  span s;
  for (; *keys; keys++)
    if (wiki_arg(w, v, nv, *keys, 0, &s)) {
      skg_buf_clear(out);
      render_str(w, s, false, out);
      for (size_t i = 0; i < out->len; i++)
        if (out->data[i] == '\n')
          out->data[i] = ' ';
      if (out->len)
        return true;
    }
  return false;
}

/* ---- citations ---- */

static const char *const K_LAST[] = {"last", "last1", "surname", NULL};
static const char *const K_FIRST[] = {"first", "first1", "given", NULL};
static const char *const K_LAST2[] = {"last2", "surname2", NULL};
static const char *const K_FIRST2[] = {"first2", "given2", NULL};
static const char *const K_AUTHOR[] = {"author", "author1", "authors", NULL};
static const char *const K_DATE[] = {"date", "year", NULL};
static const char *const K_TITLE[] = {"title", "episode", NULL};
static const char *const K_WORK[] = {"work",     "website", "newspaper",
                                     "magazine", "journal", "periodical",
                                     "publisher", "via",    NULL};
static const char *const K_ACCESS[] = {"access-date", "accessdate", NULL};

/* One author in the inverted form "Last, First" (or as given). */
static bool author(wiki *w, const span *v, size_t nv, const char *const *last,
                   const char *const *first, skg_buf *out) {
  skg_buf a = SKG_BUF_INIT, b = SKG_BUF_INIT;
  bool yes = arg_str(w, v, nv, last, &a);
  if (yes) {
    skg_buf_append(out, a.data, a.len);
    if (arg_str(w, v, nv, first, &b))
      skg_buf_printf(out, ", %s", b.data);
  }
  skg_buf_free(&a);
  skg_buf_free(&b);
  return yes;
}

/* {{cite web |last=Roe |first=Jane |date=May 2, 2019 |title=T |work=W}}
   -> Roe, Jane (May 2, 2019). "T". W. Retrieved D. */
static void citation(wiki *w, const span *v, size_t nv) {
  skg_buf c = SKG_BUF_INIT, s = SKG_BUF_INIT, date = SKG_BUF_INIT;
  bool who = author(w, v, nv, K_LAST, K_FIRST, &c);
  if (!who && arg_str(w, v, nv, K_AUTHOR, &s)) {
    skg_buf_append(&c, s.data, s.len);
    who = true;
  }
  if (who) {
    skg_buf sec = SKG_BUF_INIT;
    if (author(w, v, nv, K_LAST2, K_FIRST2, &sec))
      skg_buf_printf(&c, "; %s", sec.data);
    skg_buf_free(&sec);
  }
  bool dated = arg_str(w, v, nv, K_DATE, &date);
  if (who)
    skg_buf_printf(&c, dated ? " (%s). " : ". ", date.data);
  if (arg_str(w, v, nv, K_TITLE, &s))
    skg_buf_printf(&c, "\"%s\". ", s.data);
  if (arg_str(w, v, nv, K_WORK, &s))
    skg_buf_printf(&c, "%s. ", s.data);
  if (!who && dated)
    skg_buf_printf(&c, "%s. ", date.data);
  if (arg_str(w, v, nv, K_ACCESS, &s))
    skg_buf_printf(&c, "Retrieved %s. ", s.data);
  skg_docb_text(w->out, c.data ? c.data : "", c.len);
  skg_docb_text(w->out, " ", 1);
  skg_buf_free(&c);
  skg_buf_free(&s);
  skg_buf_free(&date);
}

void wiki_place_refs(wiki *w) {
  skg_docb_break(w->out);
  const char *p = skg_buf_str(&w->refs);
  while (*p) {
    const char *nl = strchr(p, '\n');
    size_t k = nl ? (size_t)(nl - p) : strlen(p);
    skg_docb_text(w->out, p, k);
    skg_docb_break(w->out);
    p += k + (nl != NULL);
  }
  skg_buf_clear(&w->refs);
  w->refs_done = true;
}

void wiki_gather_ref(wiki *w, size_t a, size_t e) {
  if (w->in_ref)
    return;
  skg_buf s = SKG_BUF_INIT;
  w->in_ref = true;
  render_str(w, (span){a, e}, false, &s);
  w->in_ref = false;
  for (size_t i = 0; i < s.len; i++)
    if (s.data[i] == '\n')
      s.data[i] = ' ';
  if (s.len) {
    skg_buf_append(&w->refs, s.data, s.len);
    skg_buf_putc(&w->refs, '\n');
  }
  skg_buf_free(&s);
}

/* ---- templates ---- */

/* Infoboxes of a film or a series: the page's own work. */
static bool work_infobox(const wiki *w, span name) {
  static const char *const WORKS[] = {"infobox film", "infobox television",
                                      "infobox tv", NULL};
  for (const char *const *k = WORKS; *k; k++)
    if (wiki_name_is(w, name, *k, true))
      return true;
  return false;
}

/* Infobox fields: key = value, the value as lines of plain text. The
   first infobox gives them; a franchise page's (or a song's) is replaced
   by a film or series infobox further down, which is about the work. */
static void infobox(wiki *w, const span *v, size_t nv) {
  span name = wiki_trim(w, v[0]);
  bool work = work_infobox(w, name);
  if (w->infobox_done && (w->infobox_work || !work))
    return;
  w->infobox_done = true;
  w->infobox_work = work;
  skg_docb_infobox(w->doc, w->t + name.a, name.e - name.a);
  for (size_t i = 1; i < nv; i++) {
    size_t eq = wiki_arg_eq(w, v[i]);
    if (eq == SIZE_MAX)
      continue;
    span k = wiki_trim(w, (span){v[i].a, eq}),
         val = wiki_trim(w, (span){eq + 1, v[i].e});
    if (k.e == k.a || val.e == val.a)
      continue;
    skg_buf s = SKG_BUF_INIT;
    render_str(w, val, true, &s);
    if (s.len)
      skg_docb_field(w->doc, w->t + k.a, k.e - k.a, s.data, s.len);
    skg_buf_free(&s);
  }
}

/* Templates whose first (or last) positional argument is their text. */
static const char *const KEEP_FIRST[] = {
    "nowrap", "nobold", "noitalic", "small", "big", "ill", "interlanguage link",
    "tooltip", "abbr", "lang-en", "visible anchor", "anchor text", "em",
    "strong", "quote", "blockquote", "center", "resize", "nobr", "nihongo",
    "nihongo2", "nihongo3", "nihongo foot", "interlanguage link multi", "illm",
    NULL};
/* List templates: each positional argument an item (or one "* " list). */
static const char *const LISTS[] = {"plainlist", "plain list", "unbulleted list",
                                    "ubl", "flatlist", "hlist", "bulleted list",
                                    "indented plainlist", "collapsible list",
                                    NULL};
/* Small templates that stand for a few characters. */
static const struct {
  const char *name, *text;
} SYMBOLS[] = {{"'", "'"}, {"'s", "'s"}, {"snd", " – "}, {"spaced ndash", " – "},
               {"ndash", "–"}, {"mdash", "—"}, {"nbsp", " "}, {"-", " "},
               {"'\"", "'\""}, {"\"'", "\"'"}};

/* Templates that break a line ({{br}}), and separators between items
   ({{middot}}): a line break in an infobox value, else " · ". */
static const char *const BREAKS[] = {"br", "break", "crlf", "clear", NULL};
static const char *const SEPARATORS[] = {"middot", "dot", "·", "•", "bull",
                                         "bullet", "spaced en dash", NULL};

static void items(wiki *w, const span *v, size_t nv) {
  for (size_t i = 1; i < nv; i++) {
    size_t eq = wiki_arg_eq(w, v[i]);
    if (eq != SIZE_MAX && eq - v[i].a < 16)
      continue; /* class=, title=, ... */
    /* "{{plainlist| *A\n*B}}": the first bullet does not start a line */
    span it = wiki_trim(w, v[i]);
    while (it.a < it.e && (w->t[it.a] == '*' || w->t[it.a] == '#'))
      it.a++;
    skg_docb_break(w->out);
    wiki_render(w, it.a, it.e);
    skg_docb_break(w->out);
  }
}

void wiki_template(wiki *w, size_t a, size_t e) {
  span *v = skg_xmalloc(MAX_ARGS * sizeof *v);
  size_t nv = wiki_split_bars(w, a, e, v, MAX_ARGS);
  span name = v[0], s;
  if (wiki_name_is(w, name, "infobox", true)) {
    infobox(w, v, nv);
  } else if (wiki_name_is(w, name, "cite", true) ||
             wiki_name_is(w, name, "citation", false)) {
    citation(w, v, nv);
  } else if (wiki_name_is(w, name, "reflist", true) ||
             wiki_name_is(w, name, "references", false)) {
    wiki_place_refs(w);
  } else if (wiki_in_list(w, name, LISTS)) {
    items(w, v, nv);
  } else if (wiki_value_template(w, v, nv)) {
    /* a date, an IMDb id (read_wiki_values.c) */
  } else if (wiki_in_list(w, name, BREAKS) ||
             (w->targets && wiki_in_list(w, name, SEPARATORS))) {
    skg_docb_break(w->out);
  } else if (wiki_in_list(w, name, SEPARATORS)) {
    skg_docb_text(w->out, " \xC2\xB7 ", 4);
  } else if ((wiki_in_list(w, name, KEEP_FIRST) &&
              wiki_arg(w, v, nv, NULL, 1, &s)) ||
             (wiki_name_is(w, name, "lang", false) &&
              wiki_arg(w, v, nv, NULL, 2, &s))) {
    wiki_render(w, s.a, s.e);
  } else if (wiki_name_is(w, name, "sortname", false) &&
             wiki_arg(w, v, nv, NULL, 2, &s)) {
    span f;
    if (wiki_arg(w, v, nv, NULL, 1, &f)) {
      wiki_render(w, f.a, f.e);
      skg_docb_text(w->out, " ", 1);
    }
    wiki_render(w, s.a, s.e);
  } else {
    for (size_t i = 0; i < SKG_ARRAY_LEN(SYMBOLS); i++)
      if (wiki_name_is(w, name, SYMBOLS[i].name, false) && nv == 1) {
        skg_docb_text(w->out, SYMBOLS[i].text, strlen(SYMBOLS[i].text));
        break;
      }
  }
  free(v);
}
