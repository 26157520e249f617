/* xctx.h: what the extraction rule families share: the per-document
   context, evidence, the name scanner and the document's name table (full
   names, surnames and given names resolved to entities). The layer below
   the families (HACKING.md, "Layers"): nothing here calls a family; the
   families and the driver are declared in xrules.h. */
#ifndef SKG_XCTX_H
#define SKG_XCTX_H

#include "doc.h"
#include "graph.h"
#include "lexicon.h"
#include "table.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A word of the prose, by the hash of its text, and the name it ends or
   is (xname.c: x_full_name, x_word_alone). */
typedef struct x_word_ref {
  uint64_t h;
  size_t off, len;
} x_word_ref;

/* A name the document has introduced, and the entity it stands for. */
typedef struct {
  char *key;   /* identity key of the surface form */
  unsigned cls; /* skg_class */
  skg_eid e;
  bool partial; /* a surname or given name, not a full name */
} x_name;

/* The lead sentence of the document (x_find_lead, extract_lead.c): a
   function of the document alone that families ask for at every
   sentence, so it is found once and remembered here. */
typedef struct {
  bool known;
  size_t si, a, tl, desc;
  skg_ent type;
} x_lead_memo;

/* A page the document links: s[0..n), not NUL-terminated for an
   infobox's (skg_doc.pages). */
typedef struct {
  const char *s;
  size_t n;
} x_page;

typedef struct {
  skg_graph *g;
  const skg_doc *d;
  uint32_t doc;          /* graph document index */
  skg_eid subject;       /* the work the article is about, or SKG_NONE */
  skg_ent subject_type;  /* Series or Film */
  size_t refs_start;     /* where prose ends: the reference list or the
                            infobox lines (doc.c), else nsents */
  x_name *names;
  size_t nnames, capnames;
  skg_table name_index;
  /* person-like names of the prose by last word, and lone capitalised
     words, built on first use (xname.c) */
  x_word_ref *fulls, *alones;
  size_t nfulls, nalones;
  bool words_indexed;
  x_lead_memo lead; /* filled at the first x_find_lead */
  /* the pages the document links (its links' targets, then its infobox's
     pages), measured once at the first entity (xctx.c): every entity
     walks them */
  x_page *pages;
  size_t npages;
  bool pages_listed;
  /* what each sentence is about, walked in order as far as asked
     (xsections.c): nsections of them so far */
  struct xs_about *sections;
  size_t nsections;
} x_ctx;

/* Class masks for look-ups. */
#define X_WORK (1u << SKG_CLASS_WORK)
#define X_PERSON (1u << SKG_CLASS_PERSON)
#define X_CHARACTER (1u << SKG_CLASS_CHARACTER)
#define X_ORG (1u << SKG_CLASS_ORG)
#define X_GROUP (1u << SKG_CLASS_GROUP)
#define X_ANY 0x1Fu

/* Starts the context of document d, whose facts go to g: no subject yet,
   prose up to the infobox lines (doc.c) or the end. x_ctx_free frees what
   the context owns (the name table, the word indexes), not g or d. */
void x_ctx_init(x_ctx *x, skg_graph *g, const skg_doc *d);
/* The same for a scratch graph no output reads (a rule run alone to decide
   something, skg_extract_is_work): the document's digest is not made. */
void x_ctx_init_scratch(x_ctx *x, skg_graph *g, const skg_doc *d);
void x_ctx_free(x_ctx *x);

/* Evidence for a fact stated by sentence si, found by rule. */
skg_evidence x_evidence(x_ctx *x, size_t si, const char *rule);

/* Creates (or finds) the entity named s[0..n) with type t in the graph and
   registers the name, its last word and its first word in the document's
   name table, so later surname references resolve to it. A person is one
   node: a one-word name joins the one person the document names with that
   surname or given name, "Ann Roe" and "Ann Marie Roe" are one (the other
   spelling becomes an alias). An award, a festival or an interview is no
   film, series or company, and a phrase of common words ("Anime Film") no
   company: SKG_NONE. */
skg_eid x_entity(x_ctx *x, skg_ent t, const char *s, size_t n);
/* Registers another surface form for e (an alias the text uses). */
void x_alias(x_ctx *x, skg_eid e, const char *s, size_t n);

/* Resolves a mention to an entity of one of the classes in mask: a full
   name this document introduced, else a surname or given name
   that one known entity of those classes has. SKG_NONE if unknown or
   ambiguous. *cls (may be NULL) gets the entity's class. */
skg_eid x_lookup(const x_ctx *x, unsigned mask, const char *s, size_t n,
                 unsigned *cls);
/* The bytes of the owner before a company's name in s[0..n): "Ann
   Roe's " of "Ann Roe's Lark Pictures", "Ann Roe of " of "Ann Roe of
   Lark Pictures", when the owner is a person the text knows (so "Lion's
   Gate Films" stays whole) and a company-like name follows; 0 if none. */
size_t x_owner_len(const x_ctx *x, const char *s, size_t n);

/* ---- the name scanner (xname.c) ---- */

/* No name, title or company name is longer than this many bytes. The
   bound keeps every rule that tries a name at each position linear in the
   text, whatever runs of capitalised words it holds. */
#define X_NAME_MAX 256

/* Length of the capitalised name that starts at t[pos] and ends before
   end, or 0: words that start with a capital (any script), joined by
   spaces, with initials ("J."), hyphens and apostrophes inside words
   (Carrie-Anne, D'Onofrio), quoted nicknames between words (Franklin
   "Foggy" Nelson) and lower-case particles (de, van, da, von, bin).
   A trailing possessive "'s" is not part of the name, nor a trailing word
   of the name_tail_stops lexicon ("The" after a lost period). A name ends
   where a lost line break glued the next one to it ("Ann RoeBen Pike")
   and at a period with no space after it ("Roe.Pike"). */
size_t x_name_len(const char *t, size_t pos, size_t end);
/* True when s[0..n) looks like a person's name: 2 to 5 words, no company
   suffix or organisation word (org_words) after the first word, not only
   common words (x_generic_name), first word not in the not_names lexicon,
   no digit, '&', ':' or trailing comma. One-word names are allowed when
   single is true (characters are often one word). */
bool x_person_like(const char *s, size_t n, bool single);
/* True when s[0..n) can name a film or series: not an award, prize or
   festival ("Saturn Award for Best Horror Film", "Golden Globe"), not a
   talk with a person ("Interview with Ann Roe"). */
bool x_work_name_ok(const char *s, size_t n);
/* True when s[0..n) is made only of common industry words, company
   suffixes and small words ("Anime Film", "Visual Effects", "Top Ten
   Films"): a phrase, not the name of a company or a person. */
bool x_generic_name(const char *s, size_t n);
/* True when a word after the first of s[0..n) is of the org_words
   lexicon: an organisation that is no company ("Quarry Student Union") or
   a place ("United States", "Vole City"). */
bool x_institution_like(const char *s, size_t n);
/* True when s[0..n), two words or more, ends in a company suffix
   ("Studios", "Inc.", ...) or opens with a company word of
   company_openers.txt ("Studio Kestrel"). */
bool x_company_like(const char *s, size_t n);
/* The same, by the suffix alone: what a bare mention may be typed a
   company by ("Studio" opening a name is not enough there). */
bool x_company_suffixed(const char *s, size_t n);
/* True when the word at t[pos] starts with a capital letter. The ASCII
   answer is given inline (the families ask at nearly every byte);
   x_cap_at_rest reads a UTF-8 letter's category. */
bool x_cap_at_rest(const char *t, size_t pos, size_t end);
static inline bool x_cap_at(const char *t, size_t pos, size_t end) {
  if (pos >= end)
    return false;
  unsigned char c0 = (unsigned char)t[pos];
  if (c0 < 0x80) /* the only ASCII of categories Lu and Lt */
    return c0 >= 'A' && c0 <= 'Z';
  return x_cap_at_rest(t, pos, end);
}
/* Length of a possessive ending at t[pos] ("'s", "'", "’s"), or 0. */
size_t x_possessive_at(const char *t, size_t pos, size_t end);
/* Case-insensitive ASCII prefix test of word w at t[pos]; also checks
   that w ends at a word boundary. */
bool x_word_at_rest(const char *t, size_t pos, size_t end, const char *w);
static inline bool x_word_at(const char *t, size_t pos, size_t end,
                             const char *w) {
  /* speed: most calls fail on the first byte (two bytes equal in any case
     are equal with bit 5 set), and this saves them the call */
  if (w[0] && (pos >= end || (t[pos] | 0x20) != (w[0] | 0x20)))
    return false;
  return x_word_at_rest(t, pos, end, w);
}
/* Skips spaces from pos; returns the new position. */
size_t x_skip_space(const char *t, size_t pos, size_t end);
/* True when t[pos..end) starts with s (case-sensitive). Use it, not
   x_find(...) == pos, which would scan to the end on a miss. */
bool x_at_rest(const char *t, size_t pos, size_t end, const char *s);
static inline bool x_at(const char *t, size_t pos, size_t end, const char *s) {
  if (s[0] && (pos >= end || t[pos] != s[0])) /* speed, as x_word_at */
    return false;
  return x_at_rest(t, pos, end, s);
}
/* Finds needle (ASCII, case-sensitive) in t[pos..end); returns its
   position or end. */
size_t x_find(const char *t, size_t pos, size_t end, const char *needle);
/* The earliest of the needles cues[0..n) in t[pos..end): its position,
   or end; *len the length of the one found (the table's first of those
   starting there), untouched when none is. */
size_t x_find_first(const char *t, size_t pos, size_t end,
                    const char *const *cues, size_t n, size_t *len);
/* Tells x_find of this thread which document the families are reading
   (NULL: none), so that it may remember what ranges of its text hold
   (xfind.c); the document must not change until the next call, which
   frees what was remembered. x_ctx_init and x_ctx_free call it. */
void x_find_doc(const skg_doc *d);
/* A memo of x_name_len (xname.c) for the text of that document: the
   families ask the same position again and again (a byline parser three
   times a word). x_memo_name_get gives the length remembered for
   t[pos..end) and true, or false; x_memo_name_put remembers one. Other
   texts are never remembered. */
bool x_memo_name_get(const char *t, size_t pos, size_t end, size_t *n);
void x_memo_name_put(const char *t, size_t pos, size_t end, size_t n);
/* The same for the other-work cue kinds of t[pos..end)
   (x_other_work_cue, extract_crew_own_ref.c), a function of its bytes. */
bool x_memo_cue_get(const char *t, size_t pos, size_t end, unsigned *kinds);
void x_memo_cue_put(const char *t, size_t pos, size_t end, unsigned kinds);

/* A cue table's gate (xfind.c): for each of the first X_GATE_MAX cues of
   a table, two byte pairs of it (its rarest), read once at the first use.
   x_gate_cues answers which cues t[pos..end) may hold: bit i clear means
   x_find(t, pos, end, cue i) == end (and so for any later pos), bit i
   set means nothing (x_find tells). A family's loop over a table asks
   it once a sentence and skips the cues whose bit is clear, instead of
   one x_find call a cue. Tables are arrays of elements of `stride`
   bytes whose first member is the cue (const char *). Keep gates
   _Thread_local: each thread fills its own. */
enum { X_GATE_MAX = 64 };
typedef struct {
  uint16_t key[X_GATE_MAX][2]; /* the pairs' hashes; ~0: always pass */
  size_t n;                    /* cues read; 0: not yet */
} x_gate;
uint64_t x_gate_cues(x_gate *g, const void *table, size_t n, size_t stride,
                     const char *t, size_t pos, size_t end);
/* Whether cue i may be in the range x_gate_cues answered m for. */
static inline bool x_gate_may(uint64_t m, size_t i) {
  return i >= X_GATE_MAX || ((m >> i) & 1u);
}

/* A span of the document text. */
typedef struct {
  size_t off, len;
} x_span;

/* Reads a list of names at t[pos..end): "A", "A and B", "A, B, and C",
   "A, B and C"; each item is a capitalised name (x_name_len). Stores up to
   max spans in out; returns how many, and sets *stop to where the list
   ended. */
size_t x_name_list(const char *t, size_t pos, size_t end, x_span *out,
                   size_t max, size_t *stop);
/* Length of "his son " at pos (his, her or their, a kin noun of the ties
   lexicon, the space after it), or 0: in "created by A and his son B" the
   kin words stand between two items of one list (xwords.c). */
size_t x_kin_len(const char *t, size_t pos, size_t end);

/* The full name a one-word person mention s[0..n) ("Roe") stands for:
   the one two-to-four-word person-like name ending in that word ("Ann
   Roe") the document's prose holds. False when there is none, or two
   ("Ann Roe", "Ben Roe"). */
bool x_full_name(x_ctx *x, const char *s, size_t n, x_span *out);
/* True when the capitalised word s[0..n) stands alone somewhere in the
   prose, with no capitalised word joined to it ("Roe decided"): the way
   a text calls a person by surname. */
bool x_word_alone(x_ctx *x, const char *s, size_t n);

/* ---- shared look-ups (xctx.c) ---- */

/* Index of the sentence that holds byte offset off: the last sentence
   that starts at or before it (0 when off precedes every sentence). */
size_t x_sent_at(const x_ctx *x, size_t off);
/* The Publication named s[0..n): an entity the document (or the graph)
   already typed Publication, else a name of the publications lexicon
   (with or without a leading "The "), created then. SKG_NONE for any
   other name, so an unknown outlet is never guessed. */
skg_eid x_publication(x_ctx *x, const char *s, size_t n);

/* ---- works and companies (xname.c) ---- */

/* Flags of x_title_len. */
#define X_TITLE_JOIN 1u /* "and"/"or" and ": " go on ("Deal or No Deal") */
#define X_TITLE_POSS 2u /* a possessive goes on ("Grey's Anatomy") */

/* Length of a work title at t[pos]: a capitalised name (x_name_len) that
   goes on over one or two small words between capitalised words ("The
   Hunt for Red October", "Half in the Bag", "Ash vs Evil Dead") and, per
   flags, over joiners and possessives; 0 if none. */
size_t x_title_len(const char *t, size_t pos, size_t end, unsigned flags);
/* (xwords.c) Length of a work noun of data/work_nouns.tsv at t[pos]
   ("film", "television series"), the space after it included; *type gets
   its kind (Film or Series); 0 if none. */
size_t x_work_noun_len(const char *t, size_t pos, size_t end, skg_ent *type);
/* (xwords.c) After "the " at t[p], at most one word -- a year ("the 1980
   film"), or with adjective any lower-case word ("the hit series") --
   and a work noun of data/work_nouns.tsv with the space after it: where
   what follows the noun starts (the title, if one is there), *type the
   noun's kind; 0 when no work noun is there. The one reading of "the
   <work noun> Title" that the crew and cast families share. */
size_t x_work_noun_title(const char *t, size_t p, size_t end, bool adjective,
                         skg_ent *type);
/* True when s[0..n) holds a word of two or more capitals that spells the
   initials of consecutive words of o[0..m): a short form of that name
   ("Provisional IRA" of "Provisional Irish Republican Army"), no other. */
bool x_short_form_of(const char *s, size_t n, const char *o, size_t m);
/* Where the word that ends right before t[p] (a space) starts, searching
   no further left than lo; p when there is none. */
size_t x_word_before(const char *t, size_t lo, size_t p);
/* True when s[0..n) holds a word of award_words.txt, a word of an
   award's name ("Best Director", "Academy Award"): no character's or
   actor's name, and a line about awards. */
bool x_award_like(const char *s, size_t n);
/* True when the word before the space at t[p - 1] (not before lo) has
   the value kind in lexicon lex ("trailer" is a "part" in other_works),
   or, with kind NULL, is any word of lex. */
bool x_word_before_is(const char *t, size_t lo, size_t p, skg_lex lex,
                      const char *kind);
/* Length of a company name at t[pos]: a capitalised name with small inner
   words ("Nine and a Half Fingers"), a leading ordinal ("20th Century
   Fox"), a trailing "+" ("Studio+") and a trailing ", Inc." / ", LLC"; 0
   if none. A possessive ends it. */
size_t x_org_len(const char *t, size_t pos, size_t end);
/* Reads a list of company names ("A, B, Inc., and the C"); an item may
   start with "the ", which is not part of it. Like x_name_list. */
size_t x_org_list(const char *t, size_t pos, size_t end, x_span *out,
                  size_t max, size_t *stop);
/* True when s[0..n) names a broadcaster: a networks lexicon name, a name
   that starts with one and goes on with a region or channel ("BBC Two",
   "HGTV Canada"), or one ending in Network, Channel or TV. */
bool x_network_like(const char *s, size_t n);

/* ---- cast and character helpers (xname.c, xctx.c) ---- */

/* Start of the capitalised name that ends exactly at v (t[v] is the
   character after it), searching no further left than lo; leading words
   of the not_names lexicon ("However", "In") are left out. Returns v when
   no name ends there. */
size_t x_name_before(const char *t, size_t lo, size_t v);
/* The character named s[0..n): a known character (full name, alias,
   surname or given name), else the same without leading title words of
   the titles lexicon ("Madame Gao" -> "Gao", "NYPD Captain Irving
   Forbush" -> "Irving Forbush"). When create is true and nothing is
   known, creates it, without the titles when two or more words remain,
   and registers the titled form as an alias. SKG_NONE otherwise. */
skg_eid x_character(x_ctx *x, const char *s, size_t n, bool create);

/* A nickname in quotes inside the name s[0..n) of e ("Bernard "Bernie"
   Salt") adds the literal alias "Bernie" and the alias "Bernie Salt". */
void x_nickname_aliases(x_ctx *x, skg_eid e, const char *s, size_t n,
                        const skg_evidence *ev);

#endif
