/* extract_cast_pairs.c: actor-character pairs a cast sentence lists past
   what the cue list reads: "It stars Tom Ash as Vera, a nurse, and Ann
   Lee as Mara, her sister" (an apposition ends the cue list), "starring
   Tom Ash as the nurse Vera Quill and Ann Lee as her sister Mara" (a
   description before the character), "along with Ann Lee as Mara", and
   "while Ann Lee plays her sister Mara". Each pair is a performance in
   the article's work (in an episode article, its series). Also the
   guests before a guest verb ("Ann Lee and Bo Lind guest starred") and
   the characters a plot names ("follows a young woman named Vera").
   Part of the cast family (xcast.h); facts belong to the document's
   graph. */
#include "lexicon.h"
#include "xcast.h"

#include <ctype.h>
#include <pthread.h>
#include <string.h>

/* True when the sentence says it lists a cast: a word of starring, or
   "cast", "along with" or "co-stars". */
static bool cast_sentence(const sent *s) {
  static const char *const CUES[] = {" star",      "Star",         " co-star",
                                     " cast ",     " along with ", " features ",
                                     " featuring "};
  static _Thread_local x_gate gate;
  uint64_t may = x_gate_cues(&gate, CUES, SKG_ARRAY_LEN(CUES), sizeof CUES[0],
                             s->t, s->a, s->end);
  for (size_t i = 0; i < SKG_ARRAY_LEN(CUES); i++)
    if (x_gate_may(may, i) && x_find(s->t, s->a, s->end, CUES[i]) < s->end)
      return true;
  return false;
}

/* Where the name after a description's comma at p starts ("plays the
   villain, Hal Brine."), when the name ends the clause: the sentence's
   end, a comma, a semicolon or a parenthesis after it, not a verb or a
   role of its own ("the villain, Ben Pike the hero"); else 0. */
static size_t apposed_name(const sent *s, size_t p) {
  size_t n = x_cap_at(s->t, p, s->end) ? xc_char_len(s, p) : 0;
  if (!n)
    return 0;
  size_t e = p + n;
  return e >= s->end || strchr(".,;", s->t[e]) || xc_starts(s, e, " (") ? p : 0;
}

/* Skips a description before a character's name: an article or a
   possessive pronoun, then up to three lower-case words that are no
   preposition ("the nurse", "her younger sister"), or a possessive name
   and such words ("Vera's father Hal", "Vera's father, Hal"); returns
   where the name starts, or 0 when a preposition or the sentence's end
   comes first ("as a nurse in New York"), or no lower-case word follows
   the possessive ("as Vera's Mother", "as Vera's"). */
size_t xc_skip_description(const sent *s, size_t p) {
  size_t n = x_name_len(s->t, p, s->end), k;
  bool owner = n && (k = x_possessive_at(s->t, p + n, s->end)) &&
               xc_starts(s, p + n + k, " "); /* "Vera's father, Hal" */
  if (owner)
    p += n + k + 1;
  int w = 0;
  for (; w < 4 && p < s->end && !x_cap_at(s->t, p, s->end); w++) {
    if (xc_lex_at(s->t, p, s->end, SKG_LEX_ROLE_DESCRIPTION_STOPS))
      return 0;
    size_t q = p;
    while (q < s->end && islower((unsigned char)s->t[q]))
      q++;
    if (q > p && (w || owner) && xc_starts(s, q, ", "))
      return apposed_name(s, q + XC_LEN(", ")); /* "the villain, Hal" */
    if (q == p || q >= s->end || s->t[q] != ' ')
      return 0;
    p = q + 1;
  }
  return (!owner || w) && p < s->end && x_cap_at(s->t, p, s->end) ? p : 0;
}

/* The character named at p, when it is one: a name no person, work or
   company of the text has, not followed by a possessive ("as Vera's
   mother"). */
static skg_eid pair_character(sent *s, size_t p) {
  size_t n = xc_char_len(s, p);
  if (!n || x_possessive_at(s->t, p + n, s->end) || x_award_like(s->t + p, n) ||
      x_lookup(s->x, X_PERSON | X_WORK | X_ORG, s->t + p, n, NULL) !=
          SKG_NONE ||
      !x_person_like(s->t + p, n, true))
    return SKG_NONE;
  return xc_character_at(s, p, n);
}

/* True when the words before a name starting at a are where a cast list
   puts an actor: the sentence's start, a comma, "and", "with", a word of
   starring, "while". Not "in the musical Side Story as Riff" (a title),
   nor a run of names of a flattened table. */
static bool actor_slot(const sent *s, size_t a) {
  const char *at = s->t + a; /* ", Ann Lee", "(Ann Lee" */
  if (a == s->a || (a > s->a + 1 && (at[-2] == ',' || at[-1] == '(')))
    return true;
  if (a <= s->a || at[-1] != ' ')
    return false;
  size_t w = a - 1;
  while (w > s->a && s->t[w - 1] != ' ')
    w--;
  return w < a - 1 &&
         skg_lex_has(SKG_LEX_ACTOR_SLOT_WORDS, s->t + w, a - 1 - w);
}

/* The actor whose name ends right before v, in an actor's slot: a known
   person, or a full name that looks like a person's. */
static skg_eid pair_actor(sent *s, size_t v) {
  size_t a = x_name_before(s->t, s->a, v);
  if (a >= v || !actor_slot(s, a))
    return SKG_NONE;
  return xc_actor_at(s, a, v - a, false);
}

/* "starring A and B as the title characters C and D": the names before
   the cue at v and those after the description, from p, pair up in
   order; states each pair and returns true, else false. */
static bool parallel_after_description(sent *s, size_t v, size_t p) {
  x_span act[8], role[8];
  size_t stop, n = xc_parallel_at(s, v, p, act, role, 8, &stop);
  skg_eid work = s->parent != SKG_NONE ? s->parent : s->x->subject;
  for (size_t i = 0; i < n; i++) {
    skg_eid ch = pair_character(s, role[i].off);
    skg_eid actor = xc_actor_at(s, act[i].off, act[i].len, false);
    if (ch != SKG_NONE && actor != SKG_NONE)
      xc_perform(s, "cast-pairs", actor, ch, work);
  }
  return n > 0;
}

static void pairs_after(sent *s, const char *cue, bool need_description) {
  size_t k = strlen(cue);
  for (size_t v = x_find(s->t, s->a, s->end, cue); v < s->end;
       v = x_find(s->t, v + 1, s->end, cue)) {
    size_t p = xc_skip_description(s, v + k);
    x_span act[8], role[8];
    size_t stop;
    if (!p || (need_description && p == v + k) ||
        xc_parallel_at(s, v, v + k, act, role, 8, &stop))
      continue; /* "A and B as C and D" is xc_prose_rules' */
    if (p != v + k && parallel_after_description(s, v, p))
      continue;
    skg_eid ch = pair_character(s, p);
    skg_eid actor = ch != SKG_NONE ? pair_actor(s, v) : SKG_NONE;
    if (actor == SKG_NONE)
      continue;
    skg_eid work = s->parent != SKG_NONE ? s->parent : s->x->subject;
    xc_perform(s, "cast-pairs", actor, ch, work);
  }
}

/* The guest verbs (data/cast_guest_verbs.txt) and the plot verbs
   (data/plot_verbs.txt), in their order, read once a run (pthread_once,
   before any worker reads them) into the tables the gates of
   x_gate_cues read. */
static struct {
  const char *guest[X_GATE_MAX], *plot[X_GATE_MAX];
  size_t nguest, nplot;
} VERB_TABLES;
static pthread_once_t VERB_TABLES_ONCE = PTHREAD_ONCE_INIT;

static void read_cues(void) {
  VERB_TABLES.nguest =
      xc_lex_cues(SKG_LEX_CAST_GUEST_VERBS, VERB_TABLES.guest, X_GATE_MAX);
  VERB_TABLES.nplot =
      xc_lex_cues(SKG_LEX_PLOT_VERBS, VERB_TABLES.plot, X_GATE_MAX);
}

/* "Ann Lee and Bo Lind guest starred in the episode", "Ann Lee made a
   guest appearance as Mara": the people before a guest verb are cast of
   the article's work (an episode's series), with the character after
   "as". */
static void guests_before(sent *s) {
  const char *const *verbs = VERB_TABLES.guest;
  skg_eid work = s->parent != SKG_NONE ? s->parent : s->x->subject;
  static _Thread_local x_gate gate;
  uint64_t may = x_gate_cues(&gate, verbs, VERB_TABLES.nguest, sizeof verbs[0],
                             s->t, s->a, s->end);
  for (size_t i = 0; i < VERB_TABLES.nguest; i++) {
    size_t v =
        x_gate_may(may, i) ? x_find(s->t, s->a, s->end, verbs[i]) : s->end;
    if (v == s->end)
      continue;
    x_span it[8];
    size_t n, a = xc_list_before(s, s->a, v, it, 8, &n);
    if (!n || !actor_slot(s, a))
      continue;
    enum { AS_WITHIN = 20 }; /* "made a guest appearance in 2004 as" */
    size_t as = x_find(s->t, v, s->end, " as ");
    skg_eid ch = n == 1 && as < s->end && as < v + strlen(verbs[i]) + AS_WITHIN
                     ? pair_character(s, XC_AFTER(s, as, " as "))
                     : SKG_NONE;
    for (size_t k = 0; k < n; k++)
      xc_perform(s, "cast-guest", xc_actor_at(s, it[k].off, it[k].len, false),
                 ch, work);
  }
}

/* True when the sentence names a film or series other than the
   article's (and its series), a known one or a title with its year:
   its pairs may be that work's cast ("with Bo Lind as Hal in Night Dock
   (1990)"). */
bool xc_names_other_work(const sent *s) {
  for (size_t p = s->a; p < s->end; p++) {
    if ((p > s->a && s->t[p - 1] != ' ' && s->t[p - 1] != '"') ||
        !x_cap_at(s->t, p, s->end))
      continue;
    size_t n = x_title_len(s->t, p, s->end, 0);
    skg_eid w = n ? x_lookup(s->x, X_WORK, s->t + p, n, NULL) : SKG_NONE;
    if (w == SKG_NONE && n && xc_year_after(s, p + n)) /* "Night Dock (1990)" */
      return true;
    if (w != SKG_NONE && w != s->x->subject && w != s->parent)
      return true;
    p += n;
  }
  return false;
}

/* True when the sentence tells the work's story: a plot verb of the work
   ("follows", "tells the story of", "is about", "centers on"). */
static bool plot_sentence(const sent *s) {
  const char *const *verbs = VERB_TABLES.plot;
  static _Thread_local x_gate gate;
  uint64_t may = x_gate_cues(&gate, verbs, VERB_TABLES.nplot, sizeof verbs[0],
                             s->t, s->a, s->end);
  for (size_t i = 0; i < VERB_TABLES.nplot; i++)
    if (x_gate_may(may, i) && x_find(s->t, s->a, s->end, verbs[i]) < s->end)
      return true;
  return false;
}

/* "The film follows a young woman named Vera Quill", "is about a boy
   called Hal": in a plot sentence, the name after a described person's
   "named" or "called" is a character of the work. */
static void named_characters(sent *s) {
  static const char *const CUES[] = {" named ", " called "};
  if (!plot_sentence(s))
    return;
  skg_eid work = s->parent != SKG_NONE ? s->parent : s->x->subject;
  for (size_t i = 0; i < SKG_ARRAY_LEN(CUES); i++)
    for (size_t v = x_find(s->t, s->a, s->end, CUES[i]); v < s->end;
         v = x_find(s->t, v + 1, s->end, CUES[i])) {
      /* a person noun before: "a young woman named", not "a town named" */
      size_t w = v;
      while (w > s->a && s->t[w - 1] != ' ')
        w--;
      const char *noun = s->t + w;
      if (!skg_lex_has(SKG_LEX_PERSON_NOUNS, noun, v - w))
        continue;
      skg_eid ch = pair_character(s, v + strlen(CUES[i]));
      skg_evidence ev = x_evidence(s->x, s->si, "cast-named");
      if (ch != SKG_NONE && work != SKG_NONE)
        skg_graph_add_fact(s->x->g, work, SKG_PRED_HAS_CHARACTER, ch, &ev);
    }
}

void xc_cast_pairs(sent *s) {
  pthread_once(&VERB_TABLES_ONCE, read_cues);
  static const char *const VERBS[] = {" plays ", " played ", " portrays ",
                                      " portrayed "};
  if (s->x->subject == SKG_NONE ||
      x_other_work_cue(s->t, s->a, s->end, X_CUE_WORK | X_CUE_PLAN) ||
      xc_names_other_work(s))
    return;
  if (cast_sentence(s))
    pairs_after(s, " as ", false);
  guests_before(s);
  named_characters(s);
  /* "Ann Lee plays Mara" the verb rules read; "plays her sister Mara"
     only this one */
  static _Thread_local x_gate gate;
  uint64_t may = x_gate_cues(&gate, VERBS, SKG_ARRAY_LEN(VERBS),
                             sizeof VERBS[0], s->t, s->a, s->end);
  for (size_t i = 0; i < SKG_ARRAY_LEN(VERBS); i++)
    if (x_gate_may(may, i))
      pairs_after(s, VERBS[i], true);
}
