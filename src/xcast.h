/* xcast.h: what the cast rule files share: one sentence under analysis,
   the helpers that read actors, characters and works in it
   (extract_cast.c), and the two sets of prose rules run on each sentence
   (extract_cast_own.c, extract_cast_prose.c). Internal to those files; the
   family's entry point is x_rules_cast (xctx.h). */
#ifndef SKG_XCAST_H
#define SKG_XCAST_H

#include "xmatch.h"
#include "xrules.h"

#include <stdbool.h>
#include <stddef.h>

/* One sentence under analysis. */
typedef struct {
  x_ctx *x;
  size_t si;
  const char *t;
  size_t a, end;
  skg_eid parent; /* the series of an episode article, or SKG_NONE */
} sent;

/* Works the casting prose has named so far, in order, so that "returns as
   Kay from all of the previous series" can name them. */
typedef struct {
  skg_eid w[16];
  size_t n;
} work_memo;

/* ---- reading a sentence (extract_cast.c) ---- */

/* Sentence si, whole, with no parent series. */
sent xc_sent_of(x_ctx *x, size_t si);

/* Is w at t[p..)? False when p is past the end, or wrapped below 0 by a
   caller's "v - 5" at the start of the text. */
bool xc_starts(const sent *s, size_t p, const char *w);
/* Where the literal w[0..n) ends when it starts at p, else 0; with a
   string literal XC_AFTER(s, p, " as "), whose length the compiler
   counts. Read with the matcher's cursor (xc_exact). */
size_t xc_after(const sent *s, size_t p, const char *w, size_t n);
#define XC_AFTER(s, p, lit) xc_after((s), (p), (lit), XC_LEN(lit))
/* Where the literal w[0..n) starts when it ends at v within the sentence
   ("It also stars": " also" before " stars"), else v: XC_BEFORE(s, v,
   " also"). */
size_t xc_before(const sent *s, size_t v, const char *w, size_t n);
#define XC_BEFORE(s, v, lit) xc_before((s), (v), (lit), XC_LEN(lit))
/* The actor named t[p..p+n): a known person (full name or surname), typed
   Actor from now on, or a new Actor when the name looks like a person's
   (one word only when single is true). */
skg_eid xc_actor_at(sent *s, size_t p, size_t n, bool single);
/* 1 when the name t[p..p+n) ends in a generational suffix
   (data/name_generations.txt, "Jr") whose full stop t[p+n] holds, which
   the name scanner leaves out ("Hal Roe Jr. as Kay"); else 0. */
size_t xc_generation_dot(const sent *s, size_t p, size_t n);
/* Length of a character mention at p: a name, optionally " / Alias"
   ("Vera Quill / The Quill"). */
size_t xc_char_len(const sent *s, size_t p);
/* The character of a mention of length n at p (see xc_char_len); the part
   after " / " is an alias. */
skg_eid xc_character_at(sent *s, size_t p, size_t n);
/* The work named at p: a known Series or Film ("for Night Ledger"), or a
   title the text marks as a film with its year ("Harbor Lights (1998)").
   *n gets the mention's length. */
skg_eid xc_work_at(sent *s, size_t p, size_t *n);
/* True when a year in parentheses, " (1998)", follows at p. */
bool xc_year_after(const sent *s, size_t p);
/* The other work a sentence is about before c, to which a character
   (actor) pair there belongs: the series of "In the Night Ledger
   episode", the work of an opening "In the 1999 film Night Ledger," or
   "In Night Ledger (1999),"; SKG_NONE when none or the article's own
   (extract_cast_other.c). */
skg_eid xc_other_work_before(sent *s, size_t c);
/* "Ann Lee (who also appeared in \"Harbor Row\" as herself)", "Ann Lee,
   who starred in Harbor Row (1980)": the actor is in the cast of that
   other work (extract_cast_other.c, run by xc_prose_rules). */
void xc_appeared_in(sent *s);
/* True when a starring list at v is another work's cast though no title
   stands right before the verb: the clause's subject is another work ("A
   remake of it, starring A"), an appositive or a relative clause is about
   another title ("Dock Songs, a comedy starring B"), the noun before the
   verb is a work of another kind ("the series stars C" on a film's page)
   (extract_cast_other.c). */
bool xc_stars_other(const sent *s, size_t v);
/* The work after " in ", " for " or " from " at p (a known one only). */
skg_eid xc_work_after(sent *s, size_t p);
/* States that actor plays ch in work, found by rule; nothing when there
   is no actor and either the character or the work is missing, nor when
   no work is known and the article is not about one (a page about a
   city or a prize has no roles). */
void xc_perform(sent *s, const char *rule, skg_eid actor, skg_eid ch,
                skg_eid work);
/* Where the character's name starts after a description at p ("the
   nurse Vera", "Hal's wife Vera", "the villain, Vera"), p when none
   comes first; 0 when no name follows the description
   (extract_cast_pairs.c). */
size_t xc_skip_description(const sent *s, size_t p);
/* True when the sentence names a film or series other than the
   article's (and its series), a known one or a title with its year
   (extract_cast_pairs.c). */
bool xc_names_other_work(const sent *s);
/* Skips up to three lower-case words ("as police captain Kay"). */
size_t xc_skip_lower(const sent *s, size_t p);
/* Start of a name list ending exactly at v ("Tom Ash and Ann Lee"
   before " portray"), or v. */
size_t xc_list_before(const sent *s, size_t lo, size_t v, x_span *out,
                      size_t max, size_t *n);
/* Start of the clause holding v: after the last "; " before it. */
size_t xc_clause_start(const sent *s, size_t v);
/* "A, B and C star as D, E and F[, respectively]": the list of names
   that ends at v and the list of roles from c on pair up
   (x_parallel_roles): how many pairs, the actors into act and the
   characters into role (each of max), where the roles end into *stop; 0
   when they do not. */
size_t xc_parallel_at(const sent *s, size_t v, size_t c, x_span *act,
                      x_span *role, size_t max, size_t *stop);
/* Fills out with the entries of lex in its file's order (a cue table
   for x_gate_cues), at most max; returns how many. */
size_t xc_lex_cues(skg_lex lex, const char **out, size_t max);

/* extract_cast_list.c: cast lists one item a line ("Jane Roe as Vera
   Quill", "Jane Roe – Vera Quill" under a cast heading) of the article's
   work; nothing when the article is not about a work. */
void xc_cast_lists(x_ctx *x);
/* extract_cast_flat.c: a cast table flattened into one line ("Character
   Actor Years Vera Quill Ann Lee 2004- ..."), rows of the article's work. */
void xc_flat_tables(x_ctx *x);
/* extract_cast_cells.c: the rows after the header of such a table whose
   cells two blanks part, from p; ncols columns, the actor's first or
   the role's. */
void xc_flat_cells(sent *s, size_t p, int ncols, bool actor_first);
/* extract_cast_cells.c: the actors of a voice cast table flattened into
   one line, the role first, whose header parts its columns by single
   blanks: each name after a gap of two blanks, from p. */
void xc_flat_gaps(sent *s, size_t p);

/* ---- the prose rules, run on each sentence in this order ---- */

/* extract_cast_own.c: the article's own cast (in an episode article, the
   series'): cue lists, actors in parentheses, passives, plot summaries. */
void xc_own_rules(sent *s);
/* Actor (and character) of the article's work, or in an episode article
   of its series (extract_cast_own.c). */
void xc_own_perform(sent *s, const char *rule, skg_eid actor, skg_eid ch);
/* True when t[p..p+n) may name a character: no pronoun, and no person,
   work or company the text knows has that name (extract_cast_own.c). */
bool xc_char_name_ok(const sent *s, size_t p, size_t n);
/* extract_cast_plot.c, run by xc_own_rules: plot summaries' characters
   ("The episode follows Hal and Vera"), a plot sentence's subject ("Vera
   becomes jealous"), the people a work features, the relatives of a
   character article's character ("He is the son of Hal"). */
void xc_plot_characters(sent *s);
void xc_plot_subject(sent *s);
void xc_features_people(sent *s);
void xc_character_kin(sent *s);
/* extract_cast_title.c, run by xc_own_rules: the title role ("Jane Roe
   in the title role") and the characters a work names ("featuring the
   character Vera Quill", "the hero of the same name"). */
void xc_title_role(sent *s);
void xc_named_character(sent *s);
/* extract_cast_prose.c: actors, their characters and the works they play
   them in; m carries the works named so far from sentence to sentence. */
void xc_prose_rules(sent *s, work_memo *m);
/* extract_cast_pairs.c: "Ann Lee as Mara, her sister" pairs past a list */
void xc_cast_pairs(sent *s);
/* extract_cast_played.c, run by xc_prose_rules: "Ann Roe played Vera
   Quill", guarded (a name on each side, no description), and "Ann Roe
   won ... for her performance as Vera Quill". */
void xc_played(sent *s);
void xc_role_as(sent *s);
/* "The film marked the screen debut of Ann Roe" (extract_cast_played.c). */
void xc_debut(sent *s);

#endif
