/* xmatch.h: the phrasing matcher. A sentence cursor whose match functions
   consume what they matched (so no caller counts offsets such as
   `v + 18` for " fought alongside "), and phrasing rows of
   data/phrasings.tsv compiled into patterns of those functions.

   A row (data/README.md, "Phrasings") is: rule id, family, pattern,
   predicate, subject slot, object slot. A pattern is words separated by
   spaces:
     fought        a literal word (case-sensitive); "fought|fights" one of
                   several; "," a punctuation mark glued to the word before
     <ties>        a phrase of one to three words of a lexicon of data/
                   (plural "s" allowed); its value is kept for the family
     {A:type}      a slot named by one letter: the matcher marks where it
                   starts and, per type, consumes a name (name), a list of
                   names (names), "the" and a name (group), or nothing
                   (mark); a slot first in the pattern is the text before
                   the cue (its span runs from the sentence start)
     ?word         an optional word
     ...           skips to the first place, at most 40 bytes on ("...34":
                   34), where the rest of the pattern fits
   The predicate is a predicates.def name, or "<lexicon>" when the phrase
   of that lexicon gives it (its value: predicate, tab, + or -). The
   subject and object are slot letters, or "-" when the family knows it
   (the character a cast list item describes).

   What a slot's text means (a character, a group) is the family's to
   resolve: the matcher finds, the family decides. Rows are read once
   per process, owned by this module, read-only after. */
#ifndef SKG_XMATCH_H
#define SKG_XMATCH_H

#include "lexicon.h"
#include "vocab.h"
#include "xctx.h"

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/* ---- the sentence cursor ---- */

/* A position p in the sentence t[lo..end). */
typedef struct {
  const char *t;
  size_t lo, p, end;
} xc_cur;

xc_cur xc_at(const char *t, size_t lo, size_t p, size_t end);
/* The literal word or words w at the cursor, ending at a word boundary;
   consumes them and one space after. */
bool xc_word(xc_cur *c, const char *w, size_t n);
/* Exactly the bytes w[0..n) at the cursor (no boundary, no space eaten:
   " (", " for ", ", " where the spacing itself is the cue); consumes
   them. */
bool xc_exact(xc_cur *c, const char *w, size_t n);
/* One of the '|'-separated alternatives of alts (the first that fits). */
bool xc_alt(xc_cur *c, const char *alts, size_t n);
/* The longest phrase of one to three words of lex at the cursor (or the
   same without a plural "s"); consumes it, sets *value to its value. */
bool xc_lex(xc_cur *c, skg_lex lex, const char **value);
/* Moves to the end of the word at the cursor (a space, ',', ';', '.'). */
void xc_skip_word(xc_cur *c);
/* The whole word (ASCII letters and digits) at the cursor when lex has
   it, in any case; consumes it. */
bool xc_lex_word(xc_cur *c, skg_lex lex);
/* A capitalised name (x_name_len) at the cursor; consumes it. */
bool xc_name(xc_cur *c, x_span *out);
/* A list of names (x_name_list) at the cursor; consumes it. */
size_t xc_names(xc_cur *c, x_span *out, size_t max);
/* Skips to the literal w within max bytes and past it. */
bool xc_skip_to(xc_cur *c, const char *w, size_t n, size_t max);

/* The length of a string literal, counted by the compiler: the one way
   the families write a literal's length (XC_LEN(" season of "), never
   11). */
#define XC_LEN(lit) (sizeof(lit) - 1)

/* The same with a string literal, whose length the compiler counts:
   XC_WORD(&c, "runs"), XC_EXACT(&c, " for "), XC_ALT(&c, "her|his"). */
#define XC_WORD(c, lit) xc_word((c), (lit), XC_LEN(lit))
#define XC_EXACT(c, lit) xc_exact((c), (lit), XC_LEN(lit))
#define XC_ALT(c, lit) xc_alt((c), (lit), XC_LEN(lit))
#define XC_SKIP_TO(c, lit, max) xc_skip_to((c), (lit), XC_LEN(lit), (max))

/* Length of ", and ", ", " or " and " between the members of a list at
   t[p] (exact bytes, one space), or 0. */
size_t xc_list_sep(const char *t, size_t p, size_t end);

/* ---- phrasing rows ---- */

enum { XP_MAX_TOKENS = 10, XP_MAX_SLOTS = 4, XP_TEXT = 40, XP_LIST = 8 };

typedef enum { XP_LIT, XP_OPT, XP_LEX, XP_SLOT, XP_SKIP } xp_kind;
typedef enum { XS_MARK, XS_NAME, XS_NAMES, XS_GROUP } xp_slot_type;

typedef struct {
  xp_kind kind;
  char text[XP_TEXT]; /* XP_LIT, XP_OPT: the word(s), '|' between */
  skg_lex lex;        /* XP_LEX */
  char slot;          /* XP_SLOT: its letter */
  xp_slot_type type;  /* XP_SLOT */
  size_t max;         /* XP_SKIP: at most this many bytes */
} xp_token;

typedef struct {
  const char *id;  /* the rule --explain names */
  char family[24]; /* the rule family that applies the row */
  xp_token tok[XP_MAX_TOKENS];
  size_t ntok;
  skg_pred pred;  /* unless pred_lex */
  bool pred_lex;  /* the <lexicon> phrase gives the predicate */
  char subj, obj; /* slot letters, '-': the family's */
} xp_row;

/* What one match found: each slot's span (a name, or where it starts for
   XS_MARK and from the sentence start for a leading slot), the lexicon
   value, the predicate and whether subject and object swap, and where
   the cue began and the match ended. */
typedef struct {
  char letter[XP_MAX_SLOTS];
  x_span span[XP_MAX_SLOTS];
  x_span list[XP_MAX_SLOTS][XP_LIST]; /* XS_NAMES: the names */
  size_t nlist[XP_MAX_SLOTS];
  size_t nslots;
  const char *lex_value;
  skg_pred pred;
  bool inverse;
  size_t cue, end;
} xp_match;

/* Compiles one row: id, and its value "family\tpattern\tpredicate\t
   subject\tobject". False with why filled for a malformed row. */
bool xp_compile(const char *id, const char *value, xp_row *out, char *why,
                size_t whylen);
/* The compiled row of that id (data/phrasings.tsv) when its family column
   is family, else NULL: a family finds only its own rows. */
const xp_row *xp_row_of(const char *family, const char *id);
/* All the compiled rows, and how many rows the data holds (a row that
   does not compile is left out: the unit test compares the two). */
const xp_row *xp_rows(size_t *n, size_t *in_data);
/* The first match of row in t[lo..end) whose cue starts at or after
   from; false when none. */
bool xp_find(const xp_row *row, const char *t, size_t lo, size_t from,
             size_t end, xp_match *m);
/* The row with its cue exactly at p (a family reading word by word). */
bool xp_at(const xp_row *row, const char *t, size_t lo, size_t p, size_t end,
           xp_match *m);
/* The predicate of a lexicon value "predicate\t+" (or "\t-": inverse). */
bool xp_lex_pred(const char *value, skg_pred *pred, bool *inverse);
/* The span of slot letter in m, or NULL. */
const x_span *xp_slot(const xp_match *m, char letter);
/* The names of an XS_NAMES slot, and how many. */
const x_span *xp_slot_list(const xp_match *m, char letter, size_t *n);

/* ---- a phrase of a list, reading backwards, and running a row over a
   text (h-rows2) ---- */

/* Length of the longest phrase of lex at t[pos] that ends at a word
   boundary (the end, or a byte that is no ASCII letter or digit), in
   any case; 0 when none. A phrase may hold hyphens and spaces
   ("co-produced", "principal photography": up to XC_LEX_BOUNDS
   boundaries). The one "word of a list at a position" test of the
   families (xc_lex_word is the cursor's, for one word): true of a list
   exactly when x_word_at is true of one of its words. */
enum { XC_LEX_BOUNDS = 4 };
size_t xc_lex_len(const char *t, size_t pos, size_t end, skg_lex lex);
static inline bool xc_lex_at(const char *t, size_t pos, size_t end,
                             skg_lex lex) {
  return xc_lex_len(t, pos, end, lex) > 0;
}

/* True when t[lo..v) ends with w[0..n): a cue read backwards from a
   position (", " before "which", " also" before "stars"). The one "ends
   with" test of the families; with a string literal XC_ENDS(t, lo, v,
   ", "). */
static inline bool xc_ends(const char *t, size_t lo, size_t v, const char *w,
                           size_t n) {
  return v >= lo + n && memcmp(t + v - n, w, n) == 0;
}
#define XC_ENDS(t, lo, v, lit) xc_ends((t), (lo), (v), (lit), XC_LEN(lit))

/* The matches of one row over t[lo..end), in order, each found from one
   byte after the last one's cue: the one way a family runs a row over a
   sentence (xp_find for a single match). */
typedef struct {
  const xp_row *r; /* NULL: no match left */
  const char *t;
  size_t lo, from, end;
} xp_run;

/* The run of row r over t[lo..end), its cues at or after from. It is
   empty when r is NULL, or when need is not NULL and t[lo..end) does not
   hold it (a quick x_find before a row whose cue is a lexicon phrase,
   which the matcher tries word by word: " voice" before <voice_verbs>). */
xp_run xp_run_of(const xp_row *r, const char *t, size_t lo, size_t from,
                 size_t end, const char *need);
/* The run's next match into m; false when none is left. The cue of a row
   that starts with one literal word is looked for with x_find, which
   skips text faster than the matcher's walk (a row with a leading slot
   keeps the walk: its cue is often a short word, "a", that x_find would
   stop at inside every word); the same matches either way. */
bool xp_run_next(xp_run *u, xp_match *m);

/* ---- a lower-case word of a list ---- */

/* The value in lex of the word of lower-case ASCII letters at the cursor
   that ends at a space or the end: what XC_ALT(c, "was|is|were") matches
   when lex lists those words (a rule's stop words as data; "Is" in a
   title is none). Consumes it and one space after; NULL when none. */
const char *xc_lex_lower(xc_cur *c, skg_lex lex);

#endif
