/* read_wiki.h: what the files of the wikitext reader share: the page
   being read, the scanning helpers (read_wiki_scan.c), the templates and
   citations (read_wiki_templates.c) and the renderer (read_wiki.c).
   Internal to the reader; its entry point is skg_read_wiki (read.h). */
#ifndef SKG_READ_WIKI_H
#define SKG_READ_WIKI_H

#include "buf.h"
#include "doc.h"

#include <stdbool.h>
#include <stddef.h>

enum {
  MAX_DEPTH = 40,     /* deeper nesting is dropped */
  MAX_ARGS = 256,     /* template arguments read */
  MAX_SCAN = 1 << 20, /* a template or link longer than this is junk */
};

typedef struct {
  size_t a, e;
} span;

/* The '=' of each argument of the template wiki_arg was asked about
   last (read_wiki_scan.c): a citation asks a dozen keys of the same
   arguments. Its split is known by its place, t[v[0].a..v[nv-1].e). */
typedef struct {
  const span *v;
  size_t nv, a, e;
  size_t eq[MAX_ARGS];
  int first[MAX_ARGS]; /* the first byte of each name as wiki_name_is
                          compares it; -1: an empty name */
} wiki_eqs;

typedef struct {
  const char *t; /* the wikitext */
  size_t n;
  skg_docb *out;     /* where text goes now */
  skg_docb *doc;     /* the page's document */
  skg_buf refs;      /* gathered citations, one a line */
  bool targets;      /* write link targets, not link text (infobox values) */
  bool in_ref;       /* inside <ref>: no nested gathering */
  bool refs_done;    /* {{Reflist}} was met */
  bool infobox_done; /* only the first infobox gives fields ... */
  bool infobox_work; /* ... unless a film or series infobox comes after
                        another kind (a franchise's, an album's) */
  unsigned depth;
  /* Openers ("{{", "[[") that close nowhere, read as text: one byte a
     position of t, or NULL when every pair closes (read_wiki.c). */
  unsigned char *broken;
  wiki_eqs *eqs; /* or NULL: wiki_arg then finds each '=' afresh */
  /* Cleared builders that rendered a template argument, for the next
     one (read_wiki_templates.c); the page's reader frees them. */
  skg_docb **spare;
  size_t nspare, capspare;
} wiki;

/* ---- scanning (read_wiki_scan.c) ---- */

/* Is the "{{" or "[[" at i one that closes nowhere (read as text)? */
bool wiki_broken(const wiki *w, size_t i);
/* True when t[i..e) starts with s. */
bool wiki_at(const wiki *w, size_t i, size_t e, const char *s);
/* Position after the comment at i ("<!--"), or e when unterminated. */
size_t wiki_skip_comment(const wiki *w, size_t i, size_t e);
/* Splits t[a..e) at the '|' that are not inside {{ }}, [[ ]] or a
   comment. Returns the number of parts (at most max). */
size_t wiki_split_bars(const wiki *w, size_t a, size_t e, span *v, size_t max);
/* s without the white space around it. */
span wiki_trim(const wiki *w, span s);
/* Is s (a template name) want, ignoring case, '_' for ' ' and spaces
   around? With prefix, s only has to start with want. */
bool wiki_name_is(const wiki *w, span s, const char *want, bool prefix);
/* True when name is one of the NULL-terminated list v (wiki_name_is). */
bool wiki_in_list(const wiki *w, span name, const char *const *v);
/* The '=' of a named argument, or SIZE_MAX for a positional one. */
size_t wiki_arg_eq(const wiki *w, span s);
/* The value of the named argument key (or of positional argument number
   pos, 1-based, when key is NULL) among the parts v[1..nv) of a
   template; false when absent or blank. */
bool wiki_arg(const wiki *w, const span *v, size_t nv, const char *key,
              size_t pos, span *out);

/* ---- templates and citations (read_wiki_templates.c) ---- */

/* The template whose inside ("{{" and "}}" left out) is t[a..e): the
   first infobox's fields, a citation, the gathered citations for
   {{Reflist}}, list items or the text of a few small templates; any
   other template is dropped. */
void wiki_template(wiki *w, size_t a, size_t e);
/* Writes the gathered citations, one a line. */
void wiki_place_refs(wiki *w);
/* <ref>...</ref>: its text t[a..e), one line, joins the gathered
   citations. */
void wiki_gather_ref(wiki *w, size_t a, size_t e);

/* ---- values (read_wiki_values.c) ---- */

/* A date template ({{Film date}}, {{Start date}}) as the text it shows,
   or {{IMDb title}} as the field "imdb id"; false for any other. */
bool wiki_value_template(wiki *w, const span *v, size_t nv);

/* ---- rendering (read_wiki.c) ---- */

/* Renders t[a..e) into w->out: block constructs at the start of a line,
   inline ones elsewhere; nesting deeper than MAX_DEPTH is dropped. */
void wiki_render(wiki *w, size_t a, size_t e);

#endif
