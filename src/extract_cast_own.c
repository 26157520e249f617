/* extract_cast_own.c: the article's own cast, in episode articles also
   the series': names after a cue ("The main protagonists are A and B"),
   before a role verb ("A and B appear in the episode"), actors in
   parentheses ("Hal Brine (Tom Ash)"), passives ("Hal is played by Tom
   Ash") and the characters of plot summaries ("The episode follows Hal
   and Vera"). Apart from extract_cast_prose.c because here the work is
   hardly ever named: what these rules find goes to the article's work,
   or in an episode article to its series (own_perform). */
#include "lexicon.h"
#include "xcast.h"
#include "xmatch.h"

#include <ctype.h>
#include <pthread.h>
#include <string.h>

/* Actor (and character) of the article's work. In an episode article
   both belong to the series: guest stars and regulars are the series'
   cast, as the annotated data has it. */
void xc_own_perform(sent *s, const char *rule, skg_eid actor, skg_eid ch) {
  if (s->parent == SKG_NONE) {
    xc_perform(s, rule, actor, ch, s->x->subject);
    return;
  }
  xc_perform(s, rule, actor, ch, s->parent);
}

/* True when t[p..p+n) is a personal pronoun that opens a sentence ("She
   was portrayed by ..."): it stands for a character named before. */
static bool pronoun_name(const char *s, size_t n) {
  return skg_lex_has(SKG_LEX_PRONOUNS, s, n);
}

/* True when t[p..p+n) may name a character: no pronoun, and no person,
   work or company the text knows has that name. */
bool xc_char_name_ok(const sent *s, size_t p, size_t n) {
  return n && !pronoun_name(s->t + p, n) && !x_company_like(s->t + p, n) &&
         x_lookup(s->x, X_PERSON | X_WORK | X_ORG, s->t + p, n, NULL) ==
             SKG_NONE;
}

/* True when the word before c says the name at c is a place or a title,
   not a character: a preposition of place ("shot in Lake Town (New
   Wales)", "moved to Port Vell (Lorvania)") or a naming word ("remade as
   Quiet Bay (Jin Sato)", "titled Sea Wave (Umi Nami)"). */
static bool place_before(const sent *s, size_t c) {
  if (c <= s->a || s->t[c - 1] != ' ')
    return false;
  size_t w = c - 1;
  while (w > s->a && s->t[w - 1] != ' ')
    w--;
  if (w >= c - 1 || !skg_lex_has(SKG_LEX_PLACE_WORDS, s->t + w, c - 1 - w))
    return false;
  /* "The series centers on Vera Quill (Ann Roe)": a plot verb of
     data/plot_verbs.txt ends there, and the name is its character */
  const skg_lex plot = SKG_LEX_PLOT_VERBS;
  for (size_t i = 0; i < skg_lex_size(plot); i++) {
    const char *v = skg_lex_nth(plot, i);
    if (xc_ends(s->t, s->a, c, v, strlen(v)))
      return false;
  }
  return true;
}

/* True when the sentence names a prize before t[c] ("Academy Award for
   Best Costume Design, Black-and-White (Ann Roe)"): the parenthesis is a
   winner, whatever the words just before it. */
static bool prize_before(const sent *s, size_t c) {
  for (size_t w = s->a; w < c;) {
    size_t e = w;
    while (e < c && s->t[e] != ' ' && s->t[e] != ',')
      e++;
    if (skg_lex_has(SKG_LEX_PRIZE_WORDS, s->t + w, e - w))
      return true;
    w = e + 1;
  }
  return false;
}

/* Where the spaces and no-break spaces from p end. */
static size_t blanks_end(const sent *s, size_t p) {
  for (;;)
    if (xc_starts(s, p, " "))
      p++;
    else if (xc_starts(s, p, "\xC2\xA0")) /* U+00A0 */
      p += 2;
    else
      return p;
}

/* Length of the word at p when it is one of data/award_results.txt
   ("Won", "Nominated"), else 0. */
static size_t result_word(const sent *s, size_t p) {
  size_t e = p;
  while (e < s->end && isalpha((unsigned char)s->t[e]))
    e++;
  return e > p && skg_lex_has(SKG_LEX_AWARD_RESULTS, s->t + p, e - p) ? e - p
                                                                      : 0;
}

/* True when the parenthesis closing at e is a winner's or a nominee's in
   a line of an awards list: a result follows after a dash ("Best Actor —
   Motion Picture Drama (Jane Roe) — Nominated") or opens the line ("Won:
   Best Art Direction - Color (Tom Ash)"). */
static bool award_line(const sent *s, size_t e) {
  static const char *const DASHES[] = {"\xE2\x80\x94", "\xE2\x80\x93", "-"};
  size_t k = result_word(s, s->a);
  if (k && xc_starts(s, s->a + k, ":"))
    return true;
  size_t p = blanks_end(s, e + 1);
  for (size_t i = 0; i < SKG_ARRAY_LEN(DASHES); i++)
    if (p > e + 1 && xc_starts(s, p, DASHES[i]))
      return result_word(s, blanks_end(s, p + strlen(DASHES[i]))) > 0;
  return false;
}

/* True when t[c..c+n) may be a character a surname in parentheses
   plays: a name with a lower-case letter ("Mike (Roe)"), not an
   abbreviation ("Bones, U.S. (Fox), 2005": a country, a network). */
static bool named_like_person(const sent *s, size_t c, size_t n) {
  bool lower = false;
  for (size_t i = c; i < c + n && !lower; i++)
    lower = islower((unsigned char)s->t[i]) != 0;
  return lower && x_person_like(s->t + c, n, true);
}

/* True when the one word at *it is the surname of a person the text
   names in full and already knows ("Mike (Roe)" after "starring Ann
   Roe"); *it becomes the full name. Not a word that only ends some other
   capitalised phrase ("Holy Grail (Book)"). */
static bool surname_of_known(const sent *s, x_span *it) {
  x_span full;
  if (!x_full_name(s->x, s->t + it->off, it->len, &full) ||
      x_lookup(s->x, X_PERSON, s->t + full.off, full.len, NULL) == SKG_NONE)
    return false;
  *it = full;
  return true;
}

/* The kind data/actor_lists.tsv gives the word at w..e ("actor",
   "include"), or NULL. */
static const char *list_word(const sent *s, size_t w, size_t e) {
  return e > w ? skg_lex_get(SKG_LEX_ACTOR_LISTS, s->t + w, e - w) : NULL;
}

/* True when an actor noun and then an "include" word come before c:
   "Actresses who auditioned for Vera and got other roles include Ann Lee
   (Mara), ...". */
static bool actor_list_before(const sent *s, size_t c) {
  bool actor = false;
  for (size_t w = s->a, e; w < c; w = e) {
    while (w < c && !isalpha((unsigned char)s->t[w]))
      w++;
    for (e = w; e < c && isalpha((unsigned char)s->t[e]);)
      e++;
    const char *k = list_word(s, w, e);
    if (k && strcmp(k, "actor") == 0)
      actor = true;
    else if (k && actor && strcmp(k, "include") == 0)
      return true;
  }
  return false;
}

/* True when another sentence of the text calls the person named
   t[a..a+n) an actor ("ex-soap actor Nick Berry"): the name before a
   parenthesis is then the actor ("the departure of Nick Berry (P.C. Nick
   Rowan)"). Not this sentence: "fading actor Rob Ray (Al Mow)" calls a
   character an actor. */
static bool called_actor(const sent *s, size_t a, size_t n) {
  char name[X_NAME_MAX + 1];
  if (n > X_NAME_MAX)
    return false;
  memcpy(name, s->t + a, n);
  name[n] = '\0';
  size_t len = s->x->d->len;
  for (size_t h = x_find(s->t, 0, len, name); h < len;
       h = x_find(s->t, h + 1, len, name)) {
    if ((h >= s->a && h < s->end) || h < 2 || s->t[h - 1] != ' ')
      continue;
    size_t w = h - 1;
    while (w > 0 && isalpha((unsigned char)s->t[w - 1]))
      w--;
    const char *k = list_word(s, w, h - 1);
    if (k && strcmp(k, "actor") == 0)
      return true;
  }
  return false;
}

/* True when the pair "t[c..p) (t[q..q+n))" gives the actor first: the
   name before the parenthesis is one, the one inside no person the text
   knows. */
static bool actor_first(const sent *s, size_t c, size_t p, size_t q, size_t n) {
  return x_person_like(s->t + c, p - c, false) &&
         x_lookup(s->x, X_PERSON, s->t + q, n, NULL) == SKG_NONE &&
         (actor_list_before(s, c) || called_actor(s, c, p - c));
}

/* True when a maker's "by" comes right before the name at c ("Written
   by Ann Roe (Dark Pier), the film ...", "music by Ann Roe (Dark Pier)"):
   the parentheses hold the maker's earlier works, not an actor, and the
   name is a maker's, not a character's. A maker verb only when it opens
   the sentence: in a plot "a plan devised by Hal (Tom Roe)", "shot by
   Hal (Tom Roe)" name a character and its actor. */
static bool maker_by_before(const sent *s, size_t c) {
  if (c < s->a + XC_LEN(" by ") ||
      !x_at(s->t, c - XC_LEN(" by "), s->end, " by "))
    return false;
  size_t b = c - XC_LEN("by ");
  if (x_word_before_is(s->t, s->a, b, SKG_LEX_MAKER_VERBS, NULL))
    return memchr(s->t + s->a, ' ', b - 1 - s->a) == NULL;
  /* "The score is by A": a gap word of data/maker_noun_gaps.txt may
     stand between the maker noun and "by" */
  for (int gap = 0; gap < 2; gap++) {
    if (x_word_before_is(s->t, s->a, b, SKG_LEX_MAKER_NOUNS, NULL))
      return true;
    if (!x_word_before_is(s->t, s->a, b, SKG_LEX_MAKER_NOUN_GAPS, NULL))
      return false;
    for (b--; b > s->a && s->t[b - 1] != ' ';) /* to the gap word's start */
      b--;
  }
  return false;
}

/* "the first appearance of Dr. Vera Quill (Jane Roe)", "its lead
   character, Hal Brine (Tom Ash), who ...": a character with its actor in
   parentheses. */
static void paren_actor(sent *s) {
  static const char PAREN[] = " (";
  for (size_t p = x_find(s->t, s->a, s->end, PAREN), q; p < s->end;
       p = x_find(s->t, q, s->end, PAREN)) {
    q = p + XC_LEN(PAREN);
    size_t n = x_name_len(s->t, q, s->end);
    size_t g = xc_generation_dot(s, q, n); /* "(Sammy Roe Jr.)" */
    x_span full = {q, n}; /* "Mike (Roe)" where the text names Ann Roe */
    if (!n || q + n + g >= s->end || s->t[q + n + g] != ')' ||
        (!x_person_like(s->t + q, n, false) && !surname_of_known(s, &full)) ||
        x_lookup(s->x, X_ANY & ~X_PERSON, s->t + q, n, NULL) != SKG_NONE)
      continue;
    size_t c = x_name_before(s->t, s->a, p);
    if (c == p || !xc_char_name_ok(s, c, p - c) || x_award_like(s->t + q, n) ||
        x_award_like(s->t + c, p - c) || /* "Best Director (Jane Roe)" */
        prize_before(s, c) ||            /* "Academy Award for X, Y (Ann)" */
        maker_by_before(s, c) ||         /* "Written by Ann (Dark Pier)" */
        place_before(s, c) ||            /* "in Lake Town (New Wales)" */
        award_line(s, q + n) ||          /* "Best Actor (Ann Roe) - Won" */
        (full.off != q && !named_like_person(s, c, p - c)))
      continue;
    if (x_short_form_of(s->t + q, n, s->t + c, p - c))
      continue; /* "the Irish Republican Army (IRA)": a short form */
    x_span role = {c, p - c};
    if (full.off == q && actor_first(s, c, p, q, n)) {
      role = full; /* "Nick Berry (P.C. Nick Rowan)" */
      full = (x_span){c, p - c};
    }
    skg_eid actor = xc_actor_at(s, full.off, full.len, false), other;
    skg_eid ch = actor != SKG_NONE
                     ? x_character(s->x, s->t + role.off, role.len, true)
                     : SKG_NONE;
    if (actor != SKG_NONE && (other = xc_other_work_before(s, c)) != SKG_NONE)
      xc_perform(s, "cast-paren", actor, ch, other);
    else if (actor != SKG_NONE)
      xc_own_perform(s, "cast-paren", actor, ch);
  }
}

/* Drops a leading word of the not_names lexicon from a list item ("With
   Ann Lee and Tom Ash are co-protagonists"). */
static x_span strip_not_name(const sent *s, x_span it) {
  size_t w = x_find(s->t, it.off, it.off + it.len, " ");
  if (w < it.off + it.len &&
      skg_lex_has(SKG_LEX_NOT_NAMES, s->t + it.off, w - it.off))
    return (x_span){w + 1, it.off + it.len - w - 1};
  return it;
}

/* True when a possessive and a capitalised name follow the item a
   ("opposite Red Lane's Ann Lee", "opposite Tom Roe's Hal Brine"): the
   item names a work the next name is known for, or an actor whose
   character it is; which one the form does not say, so neither is read
   as the cast (news rules read the actor after a work's possessive). */
static bool possessive_of_name(const sent *s, x_span a) {
  size_t e = a.off + a.len, k = x_possessive_at(s->t, e, s->end);
  return k && x_at(s->t, e + k, s->end, " ") &&
         x_cap_at(s->t, e + k + XC_LEN(" "), s->end);
}

/* Adds the names of a list to the article's cast; one-word names only
   in lists of three or more, or when single says the cue is enough. */
static void own_cast_list(sent *s, const char *rule, const x_span *it, size_t n,
                          bool single) {
  for (size_t i = 0; i < n; i++) {
    x_span a = strip_not_name(s, it[i]);
    if (possessive_of_name(s, a))
      continue;
    xc_own_perform(s, rule, xc_actor_at(s, a.off, a.len, single || n >= 3),
                   SKG_NONE);
  }
}

/* Cues after which the article's cast is listed (data/cast_list_cues.tsv,
   in its order); single: one-word names are taken even alone ("opposite
   Priya in the lead"). */
typedef struct {
  const char *cue;
  bool single;
} cast_cue;

/* What must follow a list verb (data/cast_list_verbs.tsv): a role word
   within three words ("play significant roles", "appear in supporting
   roles"), a work noun ("appear in the episode") or "co-protagonists" */
enum { THEN_ROLE, THEN_WORK, THEN_COPROT };
typedef struct {
  const char *v;
  int then;
} list_verb;

/* The three cue tables, read from data/ once a run (pthread_once, before
   any worker reads them) into arrays the gates of x_gate_cues read:
   X_GATE_MAX entries at most each, as the gates hold. */
static struct {
  cast_cue cues[X_GATE_MAX];
  list_verb verbs[X_GATE_MAX];
  const char *whole[X_GATE_MAX];
  size_t ncues, nverbs, nwhole;
} TABLES;
static pthread_once_t TABLES_ONCE = PTHREAD_ONCE_INIT;

static int then_of(const char *v) {
  return strcmp(v, "work") == 0     ? THEN_WORK
         : strcmp(v, "coprot") == 0 ? THEN_COPROT
                                    : THEN_ROLE;
}

static void read_tables(void) {
  const skg_lex cues = SKG_LEX_CAST_LIST_CUES, verbs = SKG_LEX_CAST_LIST_VERBS,
                whole = SKG_LEX_CAST_LIST_WHOLE;
  for (size_t i = 0; i < skg_lex_size(cues) && i < X_GATE_MAX; i++)
    TABLES.cues[TABLES.ncues++] =
        (cast_cue){skg_lex_nth(cues, i),
                   strcmp(skg_lex_nth_value(cues, i), "single") == 0};
  for (size_t i = 0; i < skg_lex_size(verbs) && i < X_GATE_MAX; i++)
    TABLES.verbs[TABLES.nverbs++] = (list_verb){
        skg_lex_nth(verbs, i), then_of(skg_lex_nth_value(verbs, i))};
  TABLES.nwhole = xc_lex_cues(whole, TABLES.whole, X_GATE_MAX);
}

/* "The main protagonists are A and B", "The programme's regular
   presenters are currently A and B", "featured guest performances by A,
   B and C", "With the special participation of A and B", "opposite A in
   the lead", "joining hands with A", "paired up with A", "The lead roles
   are played by A and B", "Guest stars include A and B", "guest
   appearances from A". */
static void cast_after_cue(sent *s) {
  const cast_cue *cues = TABLES.cues;
  const size_t ncues = TABLES.ncues;
  static _Thread_local x_gate gate;
  uint64_t may =
      x_gate_cues(&gate, cues, ncues, sizeof cues[0], s->t, s->a, s->end);
  for (size_t i = 0; i < ncues; i++)
    for (size_t v = x_gate_may(may, i) ? x_find(s->t, s->a, s->end, cues[i].cue)
                                       : s->end;
         v < s->end; v = x_find(s->t, v + 1, s->end, cues[i].cue)) {
      size_t p = v + strlen(cues[i].cue), stop;
      for (int k = 0; k < 2; k++) /* "are currently", "are also" */
        if (x_word_at(s->t, p, s->end, "currently") ||
            x_word_at(s->t, p, s->end, "also"))
          p = x_find(s->t, p, s->end, " ") + 1;
      x_span it[24];
      size_t n = x_name_list(s->t, p, s->end, it, 24, &stop);
      own_cast_list(s, "cast-cue", it, n, cues[i].single);
    }
}

/* "The show was hosted by former model and television personality Ann
   Lee", "hosted by A and B": the hosts of a series are its cast. The
   descriptors before the name (lower-case words, ", ", "and") are
   skipped; a film's host is not cast ("premiere hosted by"). */
static void hosted_by(sent *s) {
  size_t v = x_find(s->t, s->a, s->end, " hosted by ");
  if (v == s->end || s->x->subject_type != SKG_ENT_SERIES)
    return;
  size_t p = v + XC_LEN(" hosted by ");
  for (int k = 0; k < 8 && p < s->end && !x_cap_at(s->t, p, s->end); k++) {
    size_t w = x_find(s->t, p, s->end, " ");
    if (w == s->end || w - p < 1)
      return;
    p = w + 1;
  }
  x_span it[8];
  size_t stop, n = x_name_list(s->t, p, s->end, it, 8, &stop);
  for (size_t i = 0; i < n; i++)
    if (x_person_like(s->t + it[i].off, it[i].len, false))
      xc_own_perform(s, "cast-host",
                     xc_actor_at(s, it[i].off, it[i].len, false), SKG_NONE);
}

/* True when the role word at p is said to be in another work: "a small
   role in the sequel", "the lead role in Harbor Row" (a title that is not
   the article's work). */
static bool role_elsewhere(sent *s, size_t p) {
  size_t q = p;
  while (q < s->end && isalpha((unsigned char)s->t[q]))
    q++;
  if (!(q = XC_AFTER(s, q, " in ")))
    return false;
  size_t n = x_title_len(s->t, q, s->end, X_TITLE_JOIN);
  if (n)
    return x_lookup(s->x, X_WORK, s->t + q, n, NULL) != s->x->subject;
  if (xc_starts(s, q, "the ") || xc_starts(s, q, "a "))
    q = x_find(s->t, q, s->end, " ") + 1;
  return xc_lex_at(s->t, q, s->end, SKG_LEX_OTHER_WORK_WORDS);
}

/* True when "the cast" ending at p is said to be another work's: "of
   the sequel", "of Harbor Row" (a title not the article's work), "in the
   remake". */
static bool cast_of_other(sent *s, size_t p) {
  if (!xc_starts(s, p, " of ") && !xc_starts(s, p, " in "))
    return false;
  size_t q = p + XC_LEN(" of ");
  size_t n = x_title_len(s->t, q, s->end, X_TITLE_JOIN);
  if (n)
    return x_lookup(s->x, X_WORK, s->t + q, n, NULL) != s->x->subject;
  return !xc_lex_len(s->t, q, s->end, SKG_LEX_CAST_OWN_REFS); /* the film */
}

/* Length of "play significant roles", "played pivotal roles", "appear in
   the episode", "starred in the film", "are co-protagonists", "lead the
   cast" at v, or 0. may: the sentence's gates of the tables of
   data/cast_list_whole.txt and data/cast_list_verbs.tsv (list_verb_in): a verb
   the sentence lacks starts nowhere. */
static size_t list_role_verb(sent *s, size_t v, const uint64_t may[2]) {
  for (size_t i = 0; i < TABLES.nwhole; i++)
    if (x_gate_may(may[0], i) && xc_starts(s, v, TABLES.whole[i]))
      return cast_of_other(s, v + strlen(TABLES.whole[i]))
                 ? 0
                 : strlen(TABLES.whole[i]);
  for (size_t i = 0; i < TABLES.nverbs; i++) {
    if (!x_gate_may(may[1], i) || !xc_starts(s, v, TABLES.verbs[i].v))
      continue;
    size_t p = v + strlen(TABLES.verbs[i].v), w = x_find(s->t, p, s->end, " ");
    if (TABLES.verbs[i].then == THEN_COPROT) {
      if (xc_starts(s, p, "co-protagonists"))
        return w - v;
      continue;
    }
    if (TABLES.verbs[i].then == THEN_WORK) { /* "appear in the episode" */
      for (w = p; w < s->end && isalpha((unsigned char)s->t[w]);)
        w++;
      if (skg_lex_has(SKG_LEX_WORK_NOUNS, s->t + p, w - p))
        return w - v;
      continue;
    }
    for (int k = 0; k < 3 && p < s->end; k++) { /* "significant roles" */
      w = x_find(s->t, p, s->end, " ");
      if (x_word_at(s->t, p, s->end, "roles") ||
          x_word_at(s->t, p, s->end, "role") ||
          x_word_at(s->t, p, s->end, "leads"))
        return role_elsewhere(s, p) ? 0 : p - v;
      if (x_cap_at(s->t, p, s->end))
        break;
      p = w + 1;
    }
  }
  return 0;
}

/* True when some verb of list_role_verb occurs in the sentence; may
   gets the gates of both tables. */
static bool list_verb_in(sent *s, uint64_t may[2]) {
  static _Thread_local x_gate whole, verbs;
  may[0] = x_gate_cues(&whole, TABLES.whole, TABLES.nwhole,
                       sizeof TABLES.whole[0], s->t, s->a, s->end);
  may[1] = x_gate_cues(&verbs, TABLES.verbs, TABLES.nverbs,
                       sizeof TABLES.verbs[0], s->t, s->a, s->end);
  for (size_t i = 0; i < TABLES.nwhole; i++)
    if (x_gate_may(may[0], i) &&
        x_find(s->t, s->a, s->end, TABLES.whole[i]) < s->end)
      return true;
  for (size_t i = 0; i < TABLES.nverbs; i++)
    if (x_gate_may(may[1], i) &&
        x_find(s->t, s->a, s->end, TABLES.verbs[i].v) < s->end)
      return true;
  return false;
}

/* "A, B, C, and D play significant roles in the film", "A and B appear in
   the episode", "With A and B are co-protagonists": the list before the
   verb is the article's cast. */
static void cast_before_verb(sent *s) {
  uint64_t may[2];
  if (!list_verb_in(s, may)) /* speed: most sentences have none of them */
    return;
  for (size_t v = x_find(s->t, s->a, s->end, " "); v < s->end;
       v = x_find(s->t, v + 1, s->end, " ")) {
    if (!list_role_verb(s, v, may) || v == s->a)
      continue;
    x_span it[24];
    size_t n;
    xc_list_before(s, xc_clause_start(s, v), v, it, 24, &n);
    own_cast_list(s, "cast-list-verb", it, n, false);
  }
}

/* Where row r matches at the word that ends right before the " by " at
   by ("voiced by", "(played by"): the verb's start, or 0. The rows are
   tried only there: most sentences have no " by ", and x_find skips
   them faster than the matcher would. */
static size_t verb_before_by(const sent *s, const xp_row *r, size_t by,
                             xp_match *m) {
  size_t w = by;
  while (w > s->a && isalpha((unsigned char)s->t[w - 1]))
    w--;
  if (!r || w == by || w <= s->a || !xp_at(r, s->t, s->a, w, s->end, m))
    return 0;
  return w;
}

/* "Vera Quill was voiced by Jane Roe in the original 1967 film", "Hal is
   played by Tom Ash", "whose persona was portrayed by Tom Ash and his
   wife Vera by Jane Roe": the character before the verb, the actor after
   it, then gapped pairs "and [his wife] C by D". */
static void passive_at(sent *s, const char *rule, size_t v, size_t p) {
  size_t b = v; /* "Vera was voiced", "Vera is also played" */
  while (b > s->a) {
    size_t w = b;
    while (w > s->a && s->t[w - 1] != ' ')
      w--;
    if (w == b || w == s->a ||
        !(x_word_at(s->t, w, b, "was") || x_word_at(s->t, w, b, "is") ||
          x_word_at(s->t, w, b, "also") || x_word_at(s->t, w, b, "be")))
      break;
    b = w - 1;
  }
  size_t an = x_name_len(s->t, p, s->end);
  size_t c = x_name_before(s->t, s->a, b);
  skg_eid w = xc_work_after(s, p + an);
  for (int guard = 0; an && guard < 6; guard++) {
    skg_eid actor = xc_actor_at(s, p, an, false);
    skg_eid ch = c < b && xc_char_name_ok(s, c, b - c)
                     ? x_character(s->x, s->t + c, b - c, true)
                     : SKG_NONE;
    if (actor != SKG_NONE && ch != SKG_NONE)
      w != SKG_NONE ? xc_perform(s, rule, actor, ch, w)
                    : xc_own_perform(s, rule, actor, ch);
    /* "and his wife Vera by Jane Roe" */
    size_t and = XC_AFTER(s, p + an, " and ");
    if (!and)
      break;
    c = xc_skip_lower(s, and);
    size_t cn = x_name_len(s->t, c, s->end);
    size_t by = cn ? XC_AFTER(s, c + cn, " by ") : 0;
    if (!by)
      break;
    b = c + cn;
    p = by;
    an = x_name_len(s->t, p, s->end);
  }
}

static void passive_by(sent *s) {
  const xp_row *r = xp_row_of("cast_own", "cast-passive");
  xp_match m;
  for (size_t at = x_find(s->t, s->a, s->end, " by "); at < s->end;
       at = x_find(s->t, at + 1, s->end, " by ")) {
    size_t verb = verb_before_by(s, r, at, &m);
    if (verb && s->t[verb - 1] == ' ') /* " voiced by " */
      passive_at(s, r->id, verb - 1, xp_slot(&m, r->obj)->off);
  }
}

/* "Hal Brine (played by Tom Ash)", "Sugar and Spice, played by Ann Lee
   and Kay Moss", "author Hal Brine, portrayed by Tom Ash": the roles
   before the note, the actors after it, paired in order (or one role and
   its actor). The work is the article's. */
static void played_by_note(sent *s) {
  const xp_row *r = xp_row_of("cast_own", "cast-played-by");
  xp_match m;
  for (size_t at = x_find(s->t, s->a, s->end, " by "); at < s->end;
       at = x_find(s->t, at + 1, s->end, " by ")) {
    size_t w = verb_before_by(s, r, at, &m), v = w;
    if (w && (v = XC_BEFORE(s, w, " (")) == w) /* " (played by " */
      v = XC_BEFORE(s, w, ", ");               /* ", played by " */
    if (v == w)
      continue;
    x_span ch[8];
    size_t nc, na;
    xc_list_before(s, xc_clause_start(s, v), v, ch, 8, &nc);
    const x_span *act = xp_slot_list(&m, r->obj, &na);
    if (nc > 1 && nc != na) { /* "Tom Ash, Kay Moss and Hal Brine (played" */
      ch[0] = ch[nc - 1];
      nc = 1;
    }
    if (na != nc)
      continue;
    for (size_t k = 0; k < nc; k++) {
      if (!xc_char_name_ok(s, ch[k].off, ch[k].len) ||
          x_award_like(s->t + ch[k].off, ch[k].len))
        continue;
      skg_eid actor = xc_actor_at(s, act[k].off, act[k].len, false);
      if (actor != SKG_NONE)
        xc_own_perform(s, r->id, actor,
                       x_character(s->x, s->t + ch[k].off, ch[k].len, true));
    }
  }
}

/* True when what follows a name list at p ends it as a cast list: the
   sentence's end, a comma, "in (the) lead roles", "as Vera". */
static bool cast_list_end(const sent *s, size_t p) {
  if (p >= s->end || strchr(".;", s->t[p]) || xc_starts(s, p, ", "))
    return true;
  if (xc_starts(s, p, " as ")) /* "as Vera", not "as executive producer" */
    return x_cap_at(s->t, p + XC_LEN(" as "), s->end);
  if (!xc_starts(s, p, " in "))
    return false;
  p += XC_LEN(" in ");
  for (int words = 0; words < 3 && p < s->end; words++) {
    if (x_word_at(s->t, p, s->end, "role") ||
        x_word_at(s->t, p, s->end, "roles") ||
        x_word_at(s->t, p, s->end, "lead"))
      return true;
    size_t w = x_find(s->t, p, s->end, " ");
    if (w == s->end)
      return false;
    p = w + 1;
  }
  return false;
}

/* "Harbor Lights is a 1998 crime film directed by Ada Black, with Tom
   Ash and Ann Lee": in the lead sentence, people's full names after ",
   with" that end like a cast list are the cast ("with music by A" and
   "with A as executive producer" are not). */
static void lead_with(sent *s) {
  skg_ent type;
  size_t a, tl, desc;
  size_t v = x_find(s->t, s->a, s->end, ", with ");
  if (v == s->end || x_find_lead(s->x, &type, &a, &tl, &desc) != s->si)
    return;
  x_span it[12];
  size_t stop,
      n = x_name_list(s->t, v + XC_LEN(", with "), s->end, it, 12, &stop);
  if (!n || !cast_list_end(s, stop))
    return;
  for (size_t i = 0; i < n; i++)
    if (!memchr(s->t + it[i].off, ' ', it[i].len) ||
        !x_person_like(s->t + it[i].off, it[i].len, false))
      return;
  own_cast_list(s, "cast-lead-with", it, n, false);
}

/* Where the character's name starts when the verb at v is followed by
   one of the phrases of value (its row of data/voice_verbs.tsv, "the
   voice of|the voices of") and a space; else 0. */
static size_t voice_rest(const sent *s, size_t v, const char *value) {
  size_t p = v;
  while (p < s->end && isalpha((unsigned char)s->t[p]))
    p++;
  if (p >= s->end || s->t[p] != ' ')
    return 0;
  for (const char *alt = value; *alt;) {
    size_t n = strcspn(alt, "|");
    if (p + 1 + n < s->end && memcmp(s->t + p + 1, alt, n) == 0 &&
        s->t[p + 1 + n] == ' ')
      return p + 1 + n + 1;
    alt += n + (alt[n] == '|');
  }
  return 0;
}

/* "Ann Lee provides the voice of Vera", "Tom Ash lent his voice to Hal":
   the actor before the verb voices the character after it, in the
   article's work (or in the one named after "in"). */
static void provides_voice(sent *s) {
  const xp_row *r = xp_row_of("cast_own", "cast-voice-of");
  /* speed: the matcher only where x_find saw " voice" */
  xp_run u = xp_run_of(r, s->t, s->a, s->a, s->end, " voice");
  xp_match m;
  while (xp_run_next(&u, &m)) {
    size_t v = m.cue - 1; /* the space before the verb */
    size_t c = m.cue > s->a ? voice_rest(s, m.cue, m.lex_value) : 0;
    size_t cn = c ? xc_char_len(s, c) : 0;
    size_t a = x_name_before(s->t, s->a, v);
    if (!cn || a == v || !xc_char_name_ok(s, c, cn))
      continue;
    skg_eid actor = xc_actor_at(s, a, v - a, false);
    skg_eid w = xc_work_after(s, c + cn);
    if (actor == SKG_NONE ||
        (w == SKG_NONE && cast_of_other(s, c + cn))) /* "in the sequel" */
      continue;
    skg_eid ch = x_character(s->x, s->t + c, cn, true);
    if (w != SKG_NONE)
      xc_perform(s, r->id, actor, ch, w);
    else
      xc_own_perform(s, r->id, actor, ch);
  }
}

void xc_own_rules(sent *s) {
  pthread_once(&TABLES_ONCE, read_tables);
  provides_voice(s);
  xc_named_character(s);
  xc_plot_subject(s);
  xc_title_role(s);
  lead_with(s);
  paren_actor(s);
  played_by_note(s);
  hosted_by(s);
  cast_after_cue(s);
  cast_before_verb(s);
  passive_by(s);
  xc_plot_characters(s);
  xc_features_people(s);
  xc_character_kin(s);
}
