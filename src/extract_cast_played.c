/* extract_cast_played.c: "Ann Roe played Vera Quill" (past tense, as plot
   and production sections tell it; the row cast-played of
   data/phrasings.tsv): the actor is in the cast of the work named after
   the character ("in Night Ledger", a work the text knows) or else of the
   article's. The bare past tense says less than "plays" (a sport, an
   instrument, a venue, a description before the name), so the rule is
   guarded on both sides (issue 11):
   - the subject is a person's name right before the verb, never a
     pronoun or "who" (whose antecedent this does not read);
   - the object is a capitalised name that is a character: no possessive
     ("played Vera's sister"), no name the text knows as a person, work
     or company, and no description before the real name ("played Harbor
     Prison guard Hal Brine": a lower-case word other than those of
     data/played_role_links.txt followed by a capitalised one);
   - "in" followed by a work the text does not know ("in the 2019 film
     Glass Orchard", "in London") gives nothing: the role may be another
     work's; nor does a sentence about another work (x_other_work_cue).
   Run by xc_prose_rules (extract_cast_prose.c). */
#include "lexicon.h"
#include "xcast.h"
#include "xcast_desc.h"

#include <ctype.h>
#include <pthread.h>
#include <string.h>

static const xp_row *ROW;
static pthread_once_t ROW_ONCE = PTHREAD_ONCE_INIT;

static void find_row(void) { ROW = xp_row_of("cast_prose", "cast-played"); }

/* Length of the lower-case word at p, 0 when none is there. */
static size_t lower_word(const sent *s, size_t p) {
  size_t q = p;
  while (q < s->end && s->t[q] >= 'a' && s->t[q] <= 'z')
    q++;
  return q < s->end && s->t[q] == ' ' ? q - p : 0;
}

/* True when what follows the character at e shows it was a description
   ("Harbor Prison guard Hal Brine") or another work's role ("Vera in the
   2019 film Glass Orchard"): the words after e do not end its mention. */
static bool description_after(sent *s, size_t e, skg_eid work) {
  if (!xc_starts(s, e, " "))
    return false;   /* the sentence, a comma, a bracket: the name ends */
  size_t w = e + 1; /* the word after the blank */
  size_t n = lower_word(s, w);
  if (!n)
    return x_cap_at(s->t, w, s->end);
  if (work == SKG_NONE && xc_starts(s, w, "in "))
    return true;           /* "in" a work the text does not know */
  size_t next = w + n + 1; /* the word after that one */
  return x_cap_at(s->t, next, s->end) &&
         !skg_lex_has(SKG_LEX_PLAYED_ROLE_LINKS, s->t + w, n);
}

/* True when the word before the name at a is capitalised too behind a
   quote or bracket ("\"Tommy Lee Ash played" reads "Lee Ash"): the name
   read back is cut short. */
static bool cut_name(const sent *s, size_t a) {
  size_t sp = a - 1; /* the blank before the name */
  if (a <= s->a + 1 || s->t[sp] != ' ' || !isalpha((unsigned char)s->t[sp - 1]))
    return false;
  size_t w = sp;
  while (w > s->a && s->t[w - 1] != ' ')
    w--;
  while (w < a && !isalnum((unsigned char)s->t[w]))
    w++;
  return w < a && isupper((unsigned char)s->t[w]);
}

/* The length of the character's name at c, 0 when it is none: a
   capitalised name, no possessive, no award, no name of a person, work
   or company, no description ("Harbor Prison guard Hal"); *w gets the
   work named after it, if any. */
static size_t role_name(sent *s, size_t c, skg_eid *w) {
  size_t cn = x_cap_at(s->t, c, s->end) ? xc_char_len(s, c) : 0;
  if (!cn || x_possessive_at(s->t, c + cn, s->end) ||
      x_award_like(s->t + c, cn) || !xc_char_name_ok(s, c, cn))
    return 0;
  *w = xc_work_after(s, c + cn);
  return description_after(s, c + cn, *w) ? 0 : cn;
}

static void played_at(sent *s, size_t v, size_t c) {
  skg_eid w;
  size_t cn = role_name(s, c, &w);
  if (!cn)
    return;
  size_t a = x_name_before(s->t, s->a, v);
  if (a == v || cut_name(s, a) || x_award_like(s->t + a, v - a))
    return;
  skg_eid actor = xc_actor_at(s, a, v - a, false);
  if (actor == SKG_NONE)
    return;
  xc_perform(s, ROW->id, actor, xc_character_at(s, c, cn),
             w != SKG_NONE ? w : s->x->subject);
}

void xc_played(sent *s) {
  pthread_once(&ROW_ONCE, find_row);
  if (!ROW || s->x->subject == SKG_NONE ||
      x_other_work_cue(s->t, s->a, s->end, X_CUE_WORK | X_CUE_PLAN))
    return;
  /* speed: the matcher only where x_find saw the verb */
  xp_run u = xp_run_of(ROW, s->t, s->a, s->a, s->end, " played ");
  xp_match m;
  while (xp_run_next(&u, &m))
    if (m.cue > s->a)
      played_at(s, m.cue - 1, xp_slot(&m, ROW->obj)->off);
}

/* True when s holds a word of data/award_rival_cues.txt. */
static bool rival_named(const sent *s) {
  const skg_lex l = SKG_LEX_AWARD_RIVAL_CUES;
  for (size_t i = 0; i < skg_lex_size(l); i++)
    for (size_t v = x_find(s->t, s->a, s->end, skg_lex_nth(l, i)); v < s->end;
         v = x_find(s->t, v + 1, s->end, skg_lex_nth(l, i)))
      if (x_word_at(s->t, v, s->end, skg_lex_nth(l, i)) && v > s->a &&
          !isalnum((unsigned char)s->t[v - 1]))
        return true;
  return false;
}

/* The actor a "for her role as B" sentence is about: the name that
   opens it ("Ann Roe won ... for her role as B"), or after "For his role
   as B, " the name after the comma; a known actor or a person-like full
   name. */
static skg_eid role_subject(sent *s, size_t c, size_t cn) {
  size_t a = s->a;
  if (xc_starts(s, a, "For ")) {
    a = XC_AFTER(s, c + cn, ", ");
    if (!a)
      return SKG_NONE;
  }
  size_t n = x_name_len(s->t, a, s->end);
  if (!n || x_possessive_at(s->t, a + n, s->end) || x_award_like(s->t + a, n))
    return SKG_NONE;
  /* an award line that also names a rival or the winner (a word of
     data/award_rival_cues.txt: "B had been nominated for his performance
     as C, but Ann Roe won for Cold Sea") may give another work's role:
     there only an actor the text already cast */
  skg_eid e = x_lookup(s->x, X_PERSON, s->t + a, n, NULL);
  if (e != SKG_NONE && skg_graph_type(s->x->g, e) == SKG_ENT_ACTOR)
    return e;
  if (rival_named(s))
    return SKG_NONE;
  return xc_actor_at(s, a, n, false);
}

/* Where the character starts after the cue at p: "her|his|their", a
   noun of data/role_performance_nouns.txt ("role", "performance",
   "portrayal"), "as|of"; else 0. */
static size_t role_cue(const sent *s, size_t p) {
  xc_cur c = xc_at(s->t, s->a, p, s->end);
  if (!XC_ALT(&c, "her |his |their ") ||
      !xc_lex_word(&c, SKG_LEX_ROLE_PERFORMANCE_NOUNS))
    return 0;
  XC_EXACT(&c, " "); /* the space after the noun, if the reader left it */
  if (!XC_ALT(&c, "as |of "))
    return 0;
  return c.p;
}

/* "Ann Roe won the Golden Lamp for her performance as Vera Quill", "For
   his role as Hal Brine, Ben Pike was nominated": the actor whose name
   opens the sentence (or follows the opening clause) played the
   character in the work named after it, or in the article's. Not when
   the role is another work's ("as Vera in Glass Orchard", a work the
   text does not know) or the sentence is about another work. */
void xc_role_as(sent *s) {
  if (s->x->subject == SKG_NONE ||
      x_other_work_cue(s->t, s->a, s->end, X_CUE_WORK | X_CUE_PLAN))
    return;
  for (size_t v = x_find(s->t, s->a, s->end, "or "); v < s->end;
       v = x_find(s->t, v + 1, s->end, "or ")) {
    if (v < s->a + 1 || !(s->t[v - 1] == 'F' || s->t[v - 1] == 'f') ||
        (v > s->a + 1 && s->t[v - 2] != ' '))
      continue; /* "For " or " for " */
    size_t c = role_cue(s, v + XC_LEN("or "));
    skg_eid w;
    size_t cn = c ? role_name(s, c, &w) : 0;
    if (!cn)
      continue;
    skg_eid actor = role_subject(s, c, cn);
    if (actor != SKG_NONE)
      xc_perform(s, "cast-role-as", actor, xc_character_at(s, c, cn),
                 w != SKG_NONE ? w : s->x->subject);
  }
}

/* True when s opens with its work as the subject: "It", "The film",
   "This episode" (a noun of data/work_subject_words.txt). */
static bool work_opens(const sent *s) {
  xc_cur c = xc_at(s->t, s->a, s->a, s->end);
  if (XC_WORD(&c, "It"))
    return true;
  return XC_ALT(&c, "The |This ") &&
         xc_lex_word(&c, SKG_LEX_WORK_SUBJECT_WORDS);
}

/* "The film marked the screen debut of Ann Roe", "It was the film
   debut of A and B": after a word of data/acting_debut_words.txt, the
   people whose debut the work was are in its cast ("the directorial
   debut of A" is a director's, extract_lead_makers.c). */
void xc_debut(sent *s) {
  static const char DEBUT[] = " debut of ";
  size_t v = x_find(s->t, s->a, s->end, DEBUT);
  if (v == s->end || s->x->subject == SKG_NONE || !work_opens(s) ||
      !x_word_before_is(s->t, s->a, v + 1, SKG_LEX_ACTING_DEBUT_WORDS, NULL))
    return;
  /* a count before the debut word is a box-office opening ("behind the
     four screen debut of Cold Sea", "its 3,000 screen debut") */
  size_t w = x_word_before(s->t, s->a, v + 1), b = x_word_before(s->t, s->a, w);
  if (b < w && (isdigit((unsigned char)s->t[b]) || s->t[b] == '$' ||
                x_word_before_is(s->t, s->a, w, SKG_LEX_NUMBER_WORDS, NULL)))
    return;
  x_span it[8];
  size_t p = x_desc_skip(s->t, v + XC_LEN(DEBUT), s->end); /* "actress A" */
  size_t stop, n = x_name_list(s->t, p, s->end, it, 8, &stop);
  if (x_possessive_at(s->t, stop, s->end))
    return; /* "the debut of Ann Roe's son" */
  for (size_t k = 0; k < n; k++)
    if (x_person_like(s->t + it[k].off, it[k].len, false))
      xc_own_perform(s, "cast-debut",
                     xc_actor_at(s, it[k].off, it[k].len, false), SKG_NONE);
}
