/* extract_cast_title.c: the characters an article's work is named after
   or names with the noun "character": the title role ("starring Jane Roe
   in the title role"), "featuring the character Vera Quill", "the
   characters A and B", "the pulp hero of the same name". Apart from
   extract_cast_own.c, which runs them (xc_own_rules), for its size: these
   rules read the lead's title, not a cast list. */
#include "lexicon.h"
#include "xcast.h"
#include "xmatch.h"

#include <string.h>

/* The character a title role names: the lead's title when it reads as a
   name ("Vera Quill", "Captain Hal"), else the name after its last " of "
   ("The Trials of Vera Quill"); SKG_NONE when neither does. */
static skg_eid title_character(sent *s) {
  skg_ent type;
  size_t a, n, desc;
  if (x_find_lead(s->x, &type, &a, &n, &desc) == s->x->d->nsents)
    return SKG_NONE;
  const char *t = a == X_PAGE_TITLE ? s->x->d->title : s->x->d->text + a;
  static const char OF[] = " of ";
  for (size_t i = n; i >= strlen(OF); i--)
    if (XC_ENDS(t, 0, i, OF)) {
      t += i;
      n -= i;
      break;
    }
  size_t w = 0; /* "Captain Hal": a title word, then the name */
  while (w < n && t[w] != ' ')
    w++;
  size_t k = w < n && skg_lex_has(SKG_LEX_TITLES, t, w) ? w + 1 : 0;
  if (x_name_len(t, 0, n) != n || !x_person_like(t + k, n - k, true) ||
      x_lookup(s->x, X_PERSON | X_ORG, t, n, NULL) != SKG_NONE)
    return SKG_NONE;
  return x_character(s->x, t, n, true);
}

/* True when the noun at p after "the title" is one the verb takes
   (value: its row of data/title_role_verbs.tsv, "role character"):
   "in the title role", "stars as the title character". */
static bool title_noun(const sent *s, size_t p, const char *value) {
  static const char *const NOUNS[] = {"role", "character"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(NOUNS); i++)
    if (strstr(value, NOUNS[i]) && xc_starts(s, p, NOUNS[i]))
      return true;
  return false;
}

/* "starring Jane Roe in the title role", "Jane Roe stars as the title
   character": the actor plays the character the work is named after. */
void xc_title_role(sent *s) {
  const xp_row *r = xp_row_of("cast_own", "cast-title-role");
  if (s->x->subject == SKG_NONE || s->parent != SKG_NONE)
    return;
  /* speed: the matcher only where x_find saw "the title" */
  xp_run u = xp_run_of(r, s->t, s->a, s->a, s->end, " the title ");
  xp_match m;
  while (xp_run_next(&u, &m)) {
    size_t v = m.cue - 1; /* the space before the verb */
    if (m.cue == s->a || !title_noun(s, m.end, m.lex_value))
      continue;
    size_t a = x_name_before(s->t, s->a, v);
    skg_eid actor = a < v ? xc_actor_at(s, a, v - a, false) : SKG_NONE;
    skg_eid ch = title_character(s);
    if (ch != SKG_NONE)
      xc_own_perform(s, r->id, actor, ch);
  }
}

/* True when sentence s is about the article's work: the lead, or one
   that opens with "It" or "The film" (series, show). */
static bool about_own_work(sent *s) {
  /* left in C: the capital is the cue ("The film " opening a sentence,
     not "The Film Society"), which a lower-cased lexicon would lose */
  static const char *const OPEN[] = {"It ", "The film ", "The series ",
                                     "The show ", "The movie "};
  skg_ent type;
  size_t a, tl, desc;
  for (size_t i = 0; i < SKG_ARRAY_LEN(OPEN); i++)
    if (xc_starts(s, s->a, OPEN[i]))
      return true;
  return x_find_lead(s->x, &type, &a, &tl, &desc) == s->si;
}

/* "featuring the characters Vera Quill and Hal Brine": each name of the
   list after the plural noun at c that names no known person or company
   is a character of the work. */
static void named_characters(sent *s, size_t c, const skg_evidence *ev) {
  x_span it[8];
  size_t stop, n = x_name_list(s->t, c, s->end, it, 8, &stop);
  if (n < 2)
    return; /* "the characters Vera and Hal", never one word alone */
  for (size_t k = 0; k < n; k++) {
    const char *w = s->t + it[k].off;
    if (x_lookup(s->x, X_PERSON | X_ORG | X_WORK, w, it[k].len, NULL) ==
            SKG_NONE &&
        !skg_lex_has(SKG_LEX_NOT_NAMES, w, it[k].len))
      skg_graph_add_fact(s->x->g, s->x->subject, SKG_PRED_HAS_CHARACTER,
                         x_character(s->x, w, it[k].len, true), ev);
  }
}

/* True when the text credits the name t[0..n) after " by " somewhere
   ("directed by Tom Ash", "played by Ann Roe"): a maker or an actor,
   whom the makers' rules, run after the cast's, have not named yet. */
static bool credited_by(const sent *s, const char *t, size_t n) {
  const skg_doc *d = s->x->d;
  for (size_t v = x_find(d->text, 0, d->len, " by "); v < d->len;
       v = x_find(d->text, v + 1, d->len, " by ")) {
    size_t c = v + XC_LEN(" by ");
    if (c + n <= d->len && memcmp(d->text + c, t, n) == 0 &&
        x_name_len(d->text, c, d->len) == n)
      return true;
  }
  return false;
}

/* True when the name of length n at p may be a character the article's
   work has: no possessive after it ("the character of Vera's diary"),
   no known or credited person, no company, no word of not_names, no
   title cut off
   by the sentence's end ("the character of Mr"), no other work. */
static bool mentioned_character(const sent *s, size_t p, size_t n) {
  const char *t = s->t + p;
  skg_eid w = n ? x_lookup(s->x, X_WORK, t, n, NULL) : SKG_NONE;
  return n && !x_possessive_at(s->t, p + n, s->end) &&
         x_lookup(s->x, X_PERSON | X_ORG, t, n, NULL) == SKG_NONE &&
         !skg_lex_has(SKG_LEX_NOT_NAMES, t, n) &&
         !skg_lex_has(SKG_LEX_TITLES, t, n) && !credited_by(s, t, n) &&
         (w == SKG_NONE || w == s->x->subject);
}

/* True when a title follows a work noun or a genre in the sentence and
   is not the article's work ("In the 2005 animated film Night Dock",
   "in the comedy Harbor Row"): its characters may be that work's. */
static bool titled_other_work(const sent *s) {
  for (size_t p = s->a + 1; p < s->end; p++) {
    if (s->t[p - 1] != ' ' || !x_cap_at(s->t, p, s->end))
      continue;
    size_t w = p - 1;
    while (w > s->a && s->t[w - 1] != ' ')
      w--;
    size_t wn = p - 1 - w, n = x_title_len(s->t, p, s->end, 0);
    if (n && wn &&
        (skg_lex_has(SKG_LEX_WORK_NOUNS, s->t + w, wn) ||
         skg_lex_has(SKG_LEX_GENRES, s->t + w, wn)) &&
        x_lookup(s->x, X_WORK, s->t + p, n, NULL) != s->x->subject)
      return true;
  }
  return false;
}

/* "Critics praised the character of Vera Quill", "the characters of Hal
   and Mara were merged" (data/character_mention_cues.tsv): in any
   sentence of the article that names no other work, the character the
   phrase names is one of the article's work. */
static void mentioned_characters(sent *s) {
  skg_evidence ev = x_evidence(s->x, s->si, "cast-character-of");
  const skg_lex l = SKG_LEX_CHARACTER_MENTION_CUES;
  int other = -1; /* whether it names another work, asked at a cue */
  for (size_t i = 0; i < skg_lex_size(l); i++) {
    const char *cue = skg_lex_nth(l, i);
    size_t k = strlen(cue);
    for (size_t v = x_find(s->t, s->a, s->end, cue); v < s->end;
         v = x_find(s->t, v + 1, s->end, cue)) {
      size_t c = v + k + 1;
      if ((v > s->a && s->t[v - 1] != ' ') || !xc_starts(s, v + k, " "))
        continue;
      if (other < 0) /* the sentence-wide tests, once a cue is seen */
        other = x_other_work_cue(s->t, s->a, s->end, X_CUE_WORK | X_CUE_PLAN) ||
                xc_names_other_work(s) || titled_other_work(s);
      if (other)
        return;
      if (strcmp(skg_lex_nth_value(l, i), "list") == 0) {
        named_characters(s, c, &ev);
        continue;
      }
      size_t cn = x_cap_at(s->t, c, s->end) ? xc_char_len(s, c) : 0;
      if (mentioned_character(s, c, cn))
        skg_graph_add_fact(s->x->g, s->x->subject, SKG_PRED_HAS_CHARACTER,
                           x_character(s->x, s->t + c, cn, true), &ev);
    }
  }
}

/* "the third film featuring the character Vera Quill", "based on the
   comic strip character Vera Quill", "about the pulp hero of the same
   name": in a sentence about the work, a character the text names with
   the noun "character", or the one the work is named after. */
void xc_named_character(sent *s) {
  if (s->x->subject == SKG_NONE || s->parent != SKG_NONE)
    return;
  if (!about_own_work(s)) {
    mentioned_characters(s);
    return;
  }
  skg_evidence ev = x_evidence(s->x, s->si, "cast-named-character");
  for (size_t v = x_find(s->t, s->a, s->end, " character "); v < s->end;
       v = x_find(s->t, v + 1, s->end, " character ")) {
    size_t c = v + XC_LEN(" character "), cn = xc_char_len(s, c);
    /* the work may be named after the character ("Vera Quill ...
       featuring the character Vera Quill"); a person or company not */
    if (!cn || x_possessive_at(s->t, c + cn, s->end) ||
        x_lookup(s->x, X_PERSON | X_ORG, s->t + c, cn, NULL) != SKG_NONE ||
        skg_lex_has(SKG_LEX_NOT_NAMES, s->t + c, cn))
      continue;
    skg_eid w = x_lookup(s->x, X_WORK, s->t + c, cn, NULL);
    if (w == SKG_NONE || w == s->x->subject)
      skg_graph_add_fact(s->x->g, s->x->subject, SKG_PRED_HAS_CHARACTER,
                         x_character(s->x, s->t + c, cn, true), &ev);
  }
  ev = x_evidence(s->x, s->si, "cast-named-characters");
  for (size_t v = x_find(s->t, s->a, s->end, " characters "); v < s->end;
       v = x_find(s->t, v + 1, s->end, " characters "))
    named_characters(s, v + XC_LEN(" characters "), &ev);
  ev = x_evidence(s->x, s->si, "cast-same-name");
  const skg_lex same = SKG_LEX_CAST_SAME_NAME; /* in its order */
  for (size_t i = 0; i < skg_lex_size(same); i++) {
    skg_eid ch = x_find(s->t, s->a, s->end, skg_lex_nth(same, i)) < s->end
                     ? title_character(s)
                     : SKG_NONE;
    if (ch != SKG_NONE)
      skg_graph_add_fact(s->x->g, s->x->subject, SKG_PRED_HAS_CHARACTER, ch,
                         &ev);
  }
}
