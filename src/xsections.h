/* xsections.h: which work a sentence of a page is about, when the page
   holds more than one article's work (xsections.c). One answer for the
   cast family (extract_cast.c), the own-work crew rules
   (extract_crew_own.c) and the lead makers (extract_lead_makers.c).
   Also the line layout every family reads through it: the blank lines
   between two texts, the line above another. */
#ifndef SKG_XSECTIONS_H
#define SKG_XSECTIONS_H

#include "xctx.h"

#include <stdbool.h>
#include <stddef.h>

/* What a sentence is about. work: the page's work (x->subject) or, from
   a second article's lead under its own title line on ("Fallen (1998
   film)" above "Fallen is a 1998 American thriller film ..."), that
   article's work. other: the sentence is in the paragraph of another
   dated work's lead with no title line ("Harbor Row is a 1998 American
   drama film directed by A"), whose credits go to no work of the page.
   desc: at the second article's lead itself, where its description
   starts ("1998 American thriller film directed by ..."), for the rules
   that read a lead; else 0. The memo of a context's walk (xctx.h) holds
   one per sentence. */
struct xs_about {
  skg_eid work;
  bool other;
  size_t desc;
};
typedef struct xs_about xs_about;

/* What sentence si (before x->refs_start) is about. lead is the page's
   lead sentence (x_find_lead; d->nsents when none), the same at every
   call of a document. The sentences are walked once, in order, as far as
   asked (a second article's work is made a Film or Series then, if new);
   with no subject every sentence is the page's. */
xs_about xs_about_of(x_ctx *x, size_t si, size_t lead);

/* True when sentence si starts a line (a paragraph of plain text, a
   title line), after any spaces or tabs. */
bool xs_opens_paragraph(const skg_doc *d, size_t si);

/* Line layout, the one reader of blank lines: the white space (' ',
   '\t', '\r', '\n') around t[p] goes into *gap (bounded by end after p);
   returns how many line breaks it holds. Two or more: a blank line parts
   the text before the gap from the text after it ("Copper Sky", a blank
   line, "Dan Cole will star ..."). gap->off 0: nothing but white space
   before p, the text's top. */
size_t xs_gap(const char *t, size_t p, size_t end, x_span *gap);
/* The nearest line above the line starting at a that holds more than
   white space, its trailing white space left out, in *line (blank lines
   between the two are passed over); false at the text's top. */
bool xs_line_above(const char *t, size_t a, x_span *line);

/* The page's subject and its type, kept while a rule stands another
   article's work in for them. */
typedef struct {
  skg_eid subject;
  skg_ent type;
} xs_saved;
/* What sentence si is about (xs_about_of), its work made the context's
   subject and subject_type for the rules that credit "the work"; the
   page's are kept in *saved. Every call must be paired with xs_leave
   before the next, as xs_about_of reads the page's subject. */
xs_about xs_enter(x_ctx *x, size_t si, size_t lead, xs_saved *saved);
/* Puts back the page's subject and type that xs_enter kept. */
void xs_leave(x_ctx *x, const xs_saved *saved);

#endif
