/* xnews.h: what the news rule files share: a sentence under analysis,
   the news item it belongs to, lazily created works, and the readers of
   cues, titles and names (extract_news_read.c, extract_news_subject.c).
   Internal to the news family; its entry point is x_rules_news (xctx.h).
   Review round-ups (extract_review_roundup.c) use it too. */
#ifndef SKG_XNEWS_H
#define SKG_XNEWS_H

#include "xmatch.h"
#include "xrules.h"

#include <stdbool.h>
#include <stddef.h>

#define MAX_LIST 12
/* No type known yet (SKG_ENT_SERIES is 0). */
#define NO_TYPE SKG_ENT_COUNT
/* How far a quoted title may run, in bytes. */
#define QUOTE_MAX 120

/* One sentence under analysis, and the news item it belongs to. */
typedef struct {
  x_ctx *x;
  size_t si;
  const char *t;
  size_t a, end;
} nsent;

/* A work a sentence names, created only when a fact is stated about it,
   so a title read on a page that turns out to hold no news leaves no
   node behind. */
typedef struct {
  size_t off, n;         /* the title, when e is not known yet */
  size_t net_off, net_n; /* a network named with it ("Netflix's X") */
  size_t si;             /* the sentence that named it */
  skg_eid e;             /* known, or created */
  skg_ent ty;
} wref;

/* The news item the sentences are about, carried from one to the next. */
typedef struct {
  wref work;        /* the work of the current item */
  skg_ent doc_type; /* Series or Film, from the text's words */
  skg_eid headline; /* the work a review headline names */
  wref by;          /* the work of the last "directed by" ... */
  size_t by_si;     /* ... in sentence by_si - 1 (0: none) */
  wref opening;     /* the work the first sentence names */
  wref release;     /* the work a release sentence names ("X hits
                       theaters on May 19"): the text's work when no cue
                       named one */
  skg_eid director; /* the last person a news verb made a director */
  x_span untitled;  /* or the name of one who directs an untitled item
                       ("Roe is directing the movie"), made a node only
                       when a later reference needs it */
  wref series;      /* the last current work typed Series at the end of
                       a sentence: "The series cast will also include"
                       after an aside about a film */
  wref film;        /* and the last one typed Film */
} news;

/* No work. */
#define XN_NO_WORK ((wref){.e = SKG_NONE, .ty = NO_TYPE})

static inline bool xn_has_work(const wref *w) {
  return w->e != SKG_NONE || w->n;
}

/* A name before v with its credits: "Tom Ash (Harbor Lights, "Dock
   Street")". */
typedef struct {
  x_span name, credits; /* credits.len 0 when none */
  bool company;         /* a company word followed the name ("Plan B
                           productions"): the name is a company's */
} named;

/* A letter, digit, hyphen or non-ASCII byte: inside a word. */
bool xn_word_char(char c);

/* Case-insensitive match of key at p, ending on a word boundary. */
bool xn_key_at(const char *t, size_t p, size_t end, const char *key);

/* A quoted title at t[p]: *in and *n get the title inside the quotes;
   returns the length with the quotes (and a comma or full stop the quote
   holds), or 0. The title starts with a capital or a digit. */
size_t xn_quoted_title(const char *t, size_t p, size_t end, size_t *in,
                       size_t *n);

/* The longest cue of news_cues at p whose kind starts with kind; its
   length in *len, its kind in the return value (NULL if none). */
const char *xn_cue_at(const char *t, size_t p, size_t end, const char *kind,
                      size_t *len);

/* Series or Film from a work noun (work_nouns lexicon) of the words
   t[a..b), or NO_TYPE. */
skg_ent xn_noun_type(const char *t, size_t a, size_t b);

/* "the series", "the film", "The supernatural show", "The movie musical"
   with no title after: the current item's work. Returns the phrase's
   length, or 0. */
size_t xn_work_reference(const nsent *s, size_t p);

/* The work titled t[p..p+n), with the type its context gives: a known
   one, or one to create. False when the name is a known person, company
   or group, a network or a common word. */
bool xn_work_ref(nsent *s, news *nw, size_t p, size_t n, skg_ent hint,
                 wref *out);

/* The entity of w, created now if need be, with its network. */
skg_eid xn_realise(x_ctx *x, wref *w);
/* The network named at net: by its full name when the networks list
   holds it with "The " ("the aughts CW show": The CW). */
skg_eid xn_network_entity(x_ctx *x, x_span net);

/* actor played ch (either may be missing, not both) in work, and
   person is pred of work, with rule as evidence; nothing when a party
   is missing (extract_news_read.c). */
void xn_perform(nsent *s, const char *rule, skg_eid actor, skg_eid ch,
                wref *work);
void xn_crew_fact(nsent *s, const char *rule, wref *work, skg_pred p,
                  skg_eid person);

/* "Netflix's " before a title: the network's name span, or n = 0. */
x_span xn_network_possessive(const nsent *s, size_t p);

/* The work named at p (a title, quoted or capitalised, maybe after "the"
   or a network's possessive, or a reference to the current work); *len
   gets the length read. It becomes the current work. */
wref xn_work_at(nsent *s, news *nw, size_t p, size_t *len);

/* The work a cue at v speaks of when it comes after it: "The film stars",
   "Three Generations stars", "the film, which stars": the current work
   or a title ending there. */
wref xn_work_before(nsent *s, news *nw, size_t v);

/* Is the word that ends right before e (after q) a genre that introduces
   a title ("the action comedy Y")? The "det" rows of news_cues longer
   than four letters. */
bool xn_genre_before(const nsent *s, size_t q, size_t e);

/* A title (quoted or capitalised) that ends exactly at v; where its words
   start (inside the quotes) in *in, their length in *n. */
bool xn_title_ending(const nsent *s, size_t v, size_t *in, size_t *n);

/* The longest credit noun of news_credits at p ("actor", "breakout
   actress"): its length, or 0. */
size_t xn_credit_noun_at(const char *t, size_t p, size_t end);

/* Credits written before an actor's name, as castMember facts: "The
   Gifted's Garret Dillahunt", "Squid Game breakout actress Hoyeon"
   (extract_news_credits.c). The current work stays. */
void xn_credit_prefixes(nsent *s, news *nw);

/* "X, best known for A and B", "X has appeared in A and B": castMember
   facts of the actor's earlier works; when item_titles took one of them
   for the current work, before is put back (extract_news_credits.c). */
void xn_known_for(nsent *s, news *nw, const wref *before);

/* "Her credits include A and B", "The 41-year-old actor's resume
   includes A": castMember facts of the actor the text named last (a
   "resume" cue of news_cues; extract_news_credits.c). */
void xn_resume_credits(nsent *s, news *nw);

/* "The Frozen and Glee actor will join ...": the titles are the works of
   the actor the previous sentence named (extract_news_credits.c). */
void xn_credit_reference(nsent *s, news *nw);
/* "Showrunner Ann Roe added:", "series co-creators A and B told Variety":
   a job noun of news_cues (kind job:PRED), names, then a colon or a
   speech verb (kind speech): the names hold that job on the item's work
   (extract_news_jobs.c). */
void xn_job_titles(nsent *s, news *nw);
/* "will join BBC and Disney+'s iconic sci-fi drama": the networks of the
   item's work (extract_news_networks.c). */
void xn_possessive_networks(nsent *s, news *nw);
/* "Netflix's Emmy-winning dramedy Dock Street": the network's work,
   typed by its noun (extract_news_networks.c). */
void xn_network_titles(nsent *s, news *nw);
/* "The series, which returns to BBC Three and iPlayer next year",
   "\"Dock Street\" is due to air on BBC Three" (a "netverb" cue at p,
   len bytes): the networks of the work before the cue (extract_news_
   networks.c). */
void xn_network_verb(nsent *s, news *nw, size_t p, size_t len);
/* A round-up's lone title line over a section (sentence s of a page of
   n read sentences holding two such lines or more): the item's work from
   there on (extract_news_sections.c). */
void xn_section_title(nsent *s, news *nw, size_t n);
/* "will appear in \"Dock Street\" on Apple TV+": the networks after the
   work w that ended at e; returns where they end (past a comma), or e. */
size_t xn_network_after(nsent *s, wref *w, size_t e);
/* The subject of a cue at v that is such a reference ("Per Deadline, the
   Dock Street star will be seen in Y"): the actor the previous sentence
   named, the titles as its credits. */
bool xn_reference_subject(const nsent *s, size_t v, named *out);
/* Where the titles of a reference "the A and B actor" ending at v start,
   the credit noun's start in *noun; v (and *noun v) when there is none
   (extract_news_subject.c). */
size_t xn_reference_at(const nsent *s, size_t v, size_t *noun);
/* The actor the previous sentence names: its span in *out. */
bool xn_previous_actor(const nsent *s, x_span *out);
/* A word shaped like a nationality ("Irish", "Korean"). */
bool xn_demonym(const char *w, size_t n);

/* "Martin McDonagh's "The Banshees of Inisherin"", "Jordan Peele's horror
   thriller 'Us'": director facts (extract_news_credits.c). */
void xn_possessive_directors(nsent *s, news *nw);
/* A possessive at i, but a bare apostrophe only after an "s" ("Jones'
   film") and when it closes no quote ("'The Copper Saints' trilogy"):
   its length, or 0 (extract_news_credits.c). */
size_t xn_real_possessive(const char *t, size_t lo, size_t i, size_t end);
/* "Charlize Theron's Cipher, who's also back": an actor's possessive
   and the part it names in the current work (extract_news_parts.c). */
void xn_actor_parts(nsent *s, news *nw);
/* "the 'X' director has ...", "the filmmaker's epic 'X'": X is a film
   of the text's director, nw->director (extract_news_director.c). */
void xn_director_references(nsent *s, news *nw);
/* The text's director: nw->director, else the person nw->untitled
   names, made a node now; SKG_NONE when there is neither. */
skg_eid xn_text_director(nsent *s, news *nw);
/* Whether e is the text's director: the one known, or the one named so
   far without a title ("Roe is writing and directing the movie"), which
   becomes a node only now that a reference needs it. */
bool xn_is_text_director(nsent *s, news *nw, skg_eid e);

/* The person named t[p..p+n): a known one (surname too), else a new one
   of type ty when the name looks like a person's. Known ones are raised
   to ty. */
skg_eid xn_person_at(nsent *s, size_t p, size_t n, skg_ent ty);

/* Where the word of xn_word_char bytes that starts at t[p] ends, no
   further than end ("film." is "film"); p when none starts there. */
size_t xn_word_end(const char *t, size_t p, size_t end);
/* True when that word is a credit noun ("actress Ann", "rapper Quavo"):
   the name at p is a person's, even one word. */
bool xn_credit_before(const char *t, size_t lo, size_t p);

/* The subjects of a cue at v (extract_news_subject.c): "A", "A and B",
   "A, B and C" (each maybe with credits). A comma only continues a list
   that an "and" closed, so "Per Variety, Newton joins" names Newton
   alone. */
size_t xn_subjects_before(const nsent *s, size_t v, named *out, size_t max);

/* Past the source an adapting verb takes and the " and " before the
   next verb ("adapting Fink's book and executive producing"), or q
   (extract_news_verbs.c). */
size_t xn_past_source(const nsent *s, size_t q);
/* "\"Y\" for Acme Pictures", "Y at Copperline Entertainment": the
   company produces Y (extract_news_makers.c). */
void xn_company_works(nsent *s, news *nw);
/* Most verbs an aux may govern: "will write, direct and produce". */
#define XN_VERBS_MAX 6
/* The verbs of news_cues ("v:PRED") from q on (and job nouns inside a
   list a verb ends), joined by ", ", ", and ", " and ", " & " or a
   source they adapt ("adapt the novel and direct"): their predicates
   into preds (*n of them, XN_VERBS_MAX at most); where they end, or
   SIZE_MAX when a verb names no predicate (extract_news_verbs.c). */
size_t xn_read_verbs(const nsent *s, size_t q, skg_pred *preds, size_t *n);
/* "Acme Studios is producing.": nm, a company, produces the current
   work. */
void xn_company_producing(nsent *s, news *nw, const named *nm);
/* The company named at s->t[off..off+len) produced w: the fact, its
   evidence the rule (extract_news_verbs.c). */
void xn_production_company(nsent *s, wref *w, size_t off, size_t len,
                           const char *rule);
/* "Ann Lee, creator of", "Copperline Pictures, the studio behind": the
   name that ends at the ", " before the cue at p, in *name; false when
   no ", " ends at p or no name ends there (extract_news_makers.c). */
bool xn_name_before_comma(const nsent *s, size_t p, x_span *name);

/* "executive produced by Pastel (Moonlight) and Plan B productions": the
   maker nm[i] of a list of n after a producer cue, when it is a company,
   is w's production company, and that of the works of its credits. True
   when it is a company (its facts made), false when it is a person. */
bool xn_company_maker(nsent *s, news *nw, wref *w, skg_pred pred,
                      const named *nm, size_t i, size_t n);

/* A one-word name that may be a performer's stage name in a list of
   people ("A and B and Zendaro and C"): one capitalised word of letters
   the text knows as nothing else and never writes in lower case. */
bool xn_mononym(const nsent *s, x_span nm);

/* The subjects of the sentence's first aux cue before lim ("Ann Lee is
   set to direct Y, in which she'll star"): how many, into out. */
size_t xn_aux_subjects(const nsent *s, size_t lim, named *out, size_t max);

/* The names of a list at p ("A, B (Dock Street), and C", "A and One
   Direction star B"), each with the credits in parentheses after it;
   stops at the first item that is not a name. */
size_t xn_names_after(const nsent *s, size_t p, named *out, size_t max,
                      size_t *stop);

/* The works in an actor's credits "(Harbor Lights, "Dock Street")": each
   item a whole title; a quoted one, in a text that leaves film titles
   bare, is a series. All or nothing: "(Emmy winner)" is no credit. */
void xn_credits(nsent *s, news *nw, skg_eid actor, x_span c);
/* The same for a maker named with a credit cue ("directed by Ann Roe
   ("Dock Street", "Harbor Lights")"): person pred-of each work. */
void xn_maker_credits(nsent *s, news *nw, skg_eid person, skg_pred pred,
                      x_span c);

/* True when the one word w[0..n) also stands in lower case in the
   document: a common word ("Editing"), not a title ("Lancelot"). */
bool xn_common_word(const x_ctx *x, const char *w, size_t n);

/* ---- what an item is about (extract_news_items.c) ---- */

/* Titles that a work noun or a network's possessive introduces ("its
   limited series X", "Netflix's X") and a round-up's item header: the
   current work. */
void xn_item_titles(nsent *s, news *nw);
/* "Harbor Lights, Ann Lee's ninth film, ...": the current work, and its
   director. */
void xn_appositive(nsent *s, news *nw);
/* "the hit HBO series": the network of the current work. */
void xn_reference_networks(nsent *s, news *nw);
/* Series or Film by the words of the text up to end. */
skg_ent xn_text_type(const skg_doc *d, size_t end);
/* Past a dateline that opens a news text ("date 2022-07-26 ") or the
   bullets of a list item ("- •"). */
size_t xn_past_dateline(const char *t, size_t a, size_t end);
/* The work a release sentence of the first n names ("X hits theaters on
   May 19", release cues of news_cues), with the networks it names, into
   nw->release. */
void xn_release_work(x_ctx *x, size_t n, news *nw);
/* "A cast has been set for Y" (a "castset" cue at p, len bytes): Y is
   the current work. */
void xn_cast_set(nsent *s, news *nw, size_t p, size_t len);
/* "Netflix's Night Ledger has added A to its cast" (an "adds" cue) and
   "Reviews are in for Ann Lee's Y" (a "headline" cue; kind says which)
   at p, len bytes: the item's work, the text's. */
void xn_item_rule(nsent *s, news *nw, size_t p, size_t len, const char *kind);

/* "Dock Street" on a line, "Starring: A, B" on the next (a castline
   cue of news_cues opening the sentence): A and B are cast in it, the
   current work (extract_news_blocks.c). */
void xn_cast_blocks(nsent *s, news *nw);

/* ---- review round-ups (extract_review_roundup.c, used by
   extract_review.c) ---- */

/* The heading of the review round-up section the text at pos is in (a
   title line with a star-rating line under it, above pos), and the work
   type the star line suggests (Film unless it names a series). False when
   pos is in no such section. */
bool xn_roundup_title(const x_ctx *x, size_t pos, x_span *title, skg_ent *type);

/* Cast in the sections of a review round-up: "Joshua (Tom Ash)" under a
   rated heading is a performance in the heading's work. */
void xn_roundup_cast(x_ctx *x);

/* extract_news_lists.c: is the name at p followed by " as " (an actor
   and a part: "Ann Lee as Vera Quill")? */
bool xn_pair_at(const nsent *s, size_t p);

/* A list of actors and parts at p ("A as B, C as Femi's Uncle D and E as
   F"): performances in w. Returns where the list ended. */
size_t xn_pair_list(nsent *s, size_t p, wref *w, const char *rule);

/* Past the " are " of a "castare" cue ("Also returning for series two
   are"), or p when it has none within a few words. */
size_t xn_past_are(const nsent *s, size_t p);

/* "\"Night Ledger\" will star A": the work (quoted, or one the text
   knows) that opens the sentence and ends before the aux at v, when the
   name at q, after the verb, is a person's. */
bool xn_work_subject(nsent *s, news *nw, size_t v, size_t q, wref *out);

/* Do the words right after a title at e say it is a work: "(working
   title)", or an appositive with a network's possessive (", Peacock's
   limited series")? */
bool xn_typed_after(const nsent *s, size_t e);

/* The network of such an appositive (", Peacock's limited series"), or
   an empty span. */
x_span xn_appositive_network(const nsent *s, size_t e);

/* "the second season of the hit comedy-drama, Lantern Hill.": a title
   at p after a work noun or a genre and a comma, ending the sentence,
   opens an item. */
bool xn_comma_title(nsent *s, news *nw, size_t p);

/* False when the words of the sentence before p name a kind of work
   ("The series cast will also include") that w is not. */
bool xn_same_kind(const nsent *s, const wref *w, size_t p);
/* The work the cue at p speaks of: the current work, or, when the words
   before p name a kind it is not ("The series cast ..." after a sentence
   about an actor's film), the last current work of that kind; none when
   the text had none. */
wref xn_work_of_kind(const nsent *s, const news *nw, const wref *w, size_t p);
/* The type of w: its entity's, or the one its context gave. */
skg_ent xn_work_type(const nsent *s, const wref *w);

/* Is the name t[c..c+n) part of a title-cased headline rather than a
   person's: it holds a capitalised joining word ("Guide To Selling
   Out"), or nearly every word of the sentence is capitalised? */
bool xn_headline_case(const nsent *s, size_t c, size_t n);

/* Is w an unquoted title the text did not know, read in a title-cased
   headline ("Ann Lee Set To Direct Her Next Film, This Time With
   Netflix"), where any run of capitals reads as one? */
bool xn_headline_work(const nsent *s, const wref *w);

/* A work after a weak cue ("joins", "boards") at q, wl bytes: one the
   text knows, a quoted title, "the series", or a title typed by the
   words after it ("joins Night Ledger season 2", "(working title)"). */
bool xn_typed_work(const nsent *s, size_t q, size_t wl, const wref *w);

/* "My'hala has joined Ann Lee in Copper Sky, a thriller ...": the name
   at q, after a weak join, is a person's and the work follows " in "
   (typed, or described after a comma); *out gets it. */
bool xn_join_person(nsent *s, news *nw, size_t q, wref *out);

/* "a young soldier named Kay Brandt played by Amy Lott" (a "playedby"
   cue at p, len bytes): the name before it is a part in the current
   work, the name after it the actor. */
void xn_played_by(nsent *s, news *nw, size_t p, size_t len);

/* "Executive producers are A, B and C" (a "crew:PRED" cue at p, len
   bytes): PRED facts of the current work for the people listed. */
void xn_crew_list(nsent *s, news *nw, size_t p, size_t len, const char *pred);

/* extract_news_makers.c: the cues "by:PRED" ("Y, directed by X"),
   "of:PRED" ("Ann Lee, creator of Y, said"), "script" ("X co-wrote
   the script with Z") and "after:PRED" ("After directing Y, Ann Lee
   ...") at p, len bytes; kind is the cue's kind. */
void xn_by_rule(nsent *s, news *nw, size_t p, size_t len, const char *kind);
void xn_of_rule(nsent *s, news *nw, size_t p, size_t len, const char *kind);
void xn_script_rule(nsent *s, news *nw, size_t p, size_t len);
void xn_after_rule(nsent *s, news *nw, size_t p, size_t len, const char *kind);
/* "Acme Pictures, the studio behind Y" (a "behind" cue): Y's production
   company. */
void xn_behind_rule(nsent *s, news *nw, size_t p, size_t len);

/* extract_review_signoff.c: critics' quotes signed on their own line
   ("Jane Roe, The Daily Courier") under a heading line naming the work:
   reviewed and writesFor facts, when the text signs two quotes or more. */
void xn_signoff_reviews(x_ctx *x);

#endif
