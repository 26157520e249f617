/* doc.h: a document: the text of one article, its sentences as spans, and
   what the reader knew about its structure (section headings, links,
   infobox fields). Every reader (read_*.c) makes the same model, so the
   extractors never know where the text came from; the graph never sees
   one. */
#ifndef SKG_DOC_H
#define SKG_DOC_H

#include "skg.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct {
  size_t off, len;           /* bytes into the document text */
  size_t char_off, char_len; /* the same span in code points */
} skg_span;

/* A section heading: its span in the text is the heading line itself
   ("Cast"); the section runs to the next heading of the same or a higher
   level (smaller number). */
typedef struct {
  size_t off, len;
  unsigned level; /* 1 = page title, 2 = "== Cast ==" / <h2>, ... */
} skg_heading;

/* A link: the span of its surface text and the page it points at, as the
   source names it ("Jane Roe (actress)" for [[Jane Roe (actress)|Roe]]). */
typedef struct {
  size_t off, len;
  char *target;
} skg_link;

/* An infobox field: key as written, lower case, spaces for underscores
   ("starring", "created by"); value is plain text with one item per line
   ("Jane Roe\nTom Ash"), links replaced by their targets. */
typedef struct {
  char *key, *value;
  size_t off, len; /* its line "key: value; value" at the end of the text */
} skg_field;

typedef struct {
  char *name;     /* as given by the user, or "FILE#Page title" */
  char *text;     /* UTF-8, NUL-terminated, without a byte-order mark */
  size_t len;     /* bytes */
  size_t chars;   /* code points */
  skg_span *sents;
  size_t nsents;
  char sha256[65]; /* hex digest of the text; "" when not made (--texts) */
  /* What the reader knew; all may be empty (plain text has none). */
  char *title;    /* page title, or NULL */
  /* The page's own IRI, or NULL: a wiki page's URL, an HTML page's
     canonical link, --source-iri. Names the document in the RDF, so that
     the IRI does not depend on the folder (docs/rdf-model.md). */
  char *source;
  /* Pages linked where the text keeps no link (an infobox value is its
     link's target), one a line, or NULL. */
  char *pages;
  char *infobox;  /* infobox template name ("Infobox film"), or NULL */
  skg_heading *headings;
  size_t nheadings;
  skg_link *links;
  size_t nlinks;
  skg_field *fields;
  size_t nfields;
  /* A page of a dump let through by the cheap work filter (page_filter.h):
     extracted only if the --only-works test says it is about a work. */
  bool only_if_work;
} skg_doc;

/* Reads a plain-text article from path ("-" is standard input) and splits
   it into sentences. Fails with file and position on a missing or
   unreadable file, a directory, an empty file, a NUL byte (binary data) or
   invalid UTF-8. The caller frees *out with skg_doc_free. */
skg_status skg_doc_load(const char *path, skg_doc **out, skg_error *err);

/* The same from memory: name is used in messages; data is copied. */
skg_status skg_doc_from_memory(const char *name, const char *data, size_t n,
                               skg_doc **out, skg_error *err);

void skg_doc_free(skg_doc *d);

/* The hex SHA-256 of d's text, into out[65]. */
void skg_doc_digest(const skg_doc *d, char out[65]);
/* Whether the extraction makes every document's digest (the default), or
   only that of a document whose IRI it is (no source of its own). The
   digest is 3 % of a run's CPU, and only RDF (its provenance, and that
   IRI) and --texts read it: a run without RDF turns it off. It is made
   when a document is extracted (xctx.c), not when it is read: a dump's
   pages that turn out not to be about a work never pay for it, and the
   workers, not the reading thread, do. */
void skg_doc_set_digest_all(bool on);
bool skg_doc_digest_all(void);

/* The value of infobox field key (lower case), or NULL. */
const char *skg_doc_field(const skg_doc *d, const char *key);

/* ---- building a document (for readers) ---- */

/* A document under construction: readers append text and annotations,
   then skg_docb_finish checks, splits and hands over the document. Line
   breaks in the text end sentences, so blocks (paragraphs, list items,
   table rows, headings) each go on their own line. */
typedef struct skg_docb skg_docb;

/* Returns a new empty builder; free it with skg_docb_free (NULL is fine). */
skg_docb *skg_docb_new(void);
void skg_docb_free(skg_docb *b);
/* Empties b as if new, keeping the room of its text for the next one. */
void skg_docb_clear(skg_docb *b);
/* Appends s[0..n) as inline text: runs of white space (line breaks
   included) become one space, none at the start of a line. */
void skg_docb_text(skg_docb *b, const char *s, size_t n);
/* Appends s[0..n) verbatim (plain-text readers). */
void skg_docb_raw(skg_docb *b, const char *s, size_t n);
/* Ends the current line, if any: the next text starts a new block. */
void skg_docb_break(skg_docb *b);
/* Current length of the text in bytes (a mark for spans). */
size_t skg_docb_len(const skg_docb *b);
/* The text so far ("" when none); valid until the next append. */
const char *skg_docb_str(const skg_docb *b);
/* Records that text[from..now) is a heading of the given level (the
   caller appended it); the line is ended. Empty headings are dropped. */
void skg_docb_heading(skg_docb *b, size_t from, unsigned level);
/* Records that the page links target[0..n) where no link span is kept
   (skg_doc.pages). */
void skg_docb_page(skg_docb *b, const char *target, size_t n);
/* Records that text[from..now) links to target[0..n). */
void skg_docb_link(skg_docb *b, size_t from, const char *target, size_t n);
/* Adds an infobox field; key is lower-cased, '_' read as ' '. */
void skg_docb_field(skg_docb *b, const char *key, size_t kn,
                    const char *value, size_t vn);
/* Adds an infobox field whose line is already in the text, at
   text[off..off+len) (an infobox flattened into plain text): that line is
   its evidence, and no line is appended for it. */
void skg_docb_field_at(skg_docb *b, const char *key, size_t kn,
                       const char *value, size_t vn, size_t off, size_t len);
/* Sets the page title / the infobox template name (copied). A new
   infobox name drops the fields of the one before: a page has one. */
void skg_docb_title(skg_docb *b, const char *s, size_t n);
void skg_docb_infobox(skg_docb *b, const char *s, size_t n);
/* Checks the text (UTF-8, no NUL, not blank), splits sentences and makes
   the document named name; *out is the caller's to skg_doc_free. The
   builder is emptied either way and may be reused. */
skg_status skg_docb_finish(skg_docb *b, const char *name, skg_doc **out,
                           skg_error *err);

/* Checks that t[0..n) is UTF-8 text without NUL bytes. On failure fills
   err with name, the line and column in t (1-based, columns in code
   points) and the byte offset base + the offset in t, and returns
   SKG_ERR_ENCODING. Readers call it on their raw input, so that the
   position is the file's, not the extracted text's. */
skg_status skg_check_bytes(const char *name, const char *t, size_t n,
                           size_t base, skg_error *err);

/* Splits text[0..len) into sentences: boundaries after . ! ? (and closing
   quotes or brackets) followed by a space and a capital, a digit or an
   opening quote, unless the word before the stop is an initial ("S. J.")
   or a known abbreviation ("Inc.", "Jr.", "Dr."); every line break that
   ends a non-empty line is a boundary too. *out is allocated; returns the
   count. Spans exclude surrounding white space. */
size_t skg_split_sentences(const char *text, size_t len, skg_span **out);
/* The first j in [i, stop) with set[t[j]] true, or stop (i past stop:
   i): the splitter's and the wikitext scanners' way over the plain text
   between the bytes they act on (split.c). */
size_t skg_next_of(const char *t, size_t i, size_t stop, const bool set[256]);

#endif
