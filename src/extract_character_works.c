/* extract_character_works.c: the works a character article says its
   character appears in. "Vera Quill is a fictional character appearing
   in the films Harbor Lights (1998) and Night Dock (2001)", "She first
   appeared in Harbor Lights (1998)", "Vera was introduced in the episode
   "Glass Harbor"": each film or series named after an appearance verb
   whose subject is the character (by name, pronoun or "The character")
   has the character. The appearance phrasing is row character-appears-in
   of data/phrasings.tsv (its verbs: data/appearance_verbs.txt). A
   performer's article ("Ann Roe is an American actress known for playing
   Vera Quill in the sitcom Harbor Lights") gives, by rows
   person-known-for-role(-as), each work its cast member and character.
   Part of
   the work-groups stage (run before the type
   rules); facts belong to the document's graph. */
#include "lexicon.h"
#include "xmatch.h"
#include "xsent.h"

#include <ctype.h>
#include <string.h>

#define MAX_WORKS 8

/* The character the article is about: the name that opens its first
   sentence, when the lead rules made it a character. */
static skg_eid article_character(x_ctx *x, size_t *n) {
  if (!x->d->nsents)
    return SKG_NONE;
  sent s = sent_of(x, 0);
  *n = x_name_len(s.t, s.a, s.end);
  return *n ? x_lookup(x, X_CHARACTER, s.t + s.a, *n, NULL) : SKG_NONE;
}

/* True when the sentence's subject is the character: its name (or a part
   of it), "She", "He", "The character". */
static bool about_character(sent *s, skg_eid c) {
  static const char *const PRON[] = {"She ", "He ", "The character "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(PRON); i++)
    if (x_at(s->t, s->a, s->end, PRON[i]))
      return true;
  size_t n = x_name_len(s->t, s->a, s->end);
  return n && x_lookup(s->x, X_CHARACTER, s->t + s->a, n, NULL) == c;
}

/* The work named at p: a known film or series, a dated title (a film), a
   quoted title after "episode" (the series' episode, a Series). */
static skg_eid work_at(sent *s, size_t p, skg_ent kind, size_t *n) {
  bool quoted = s->t[p] == '"';
  size_t q = p + quoted;
  *n = x_title_len(s->t, q, s->end, X_TITLE_POSS | X_TITLE_JOIN);
  if (!*n)
    return SKG_NONE;
  skg_eid w = x_lookup(s->x, X_WORK, s->t + q, *n, NULL);
  bool marked =
      dated_after(s, q + *n) || (quoted && x_at(s->t, q + *n, s->end, "\""));
  if (w == SKG_NONE && marked && x_work_name_ok(s->t + q, *n))
    w = x_entity(s->x, kind, s->t + q, *n);
  *n += quoted + (dated_after(s, q + *n) ? XC_LEN(" (1998)") : 0) +
        (quoted && x_at(s->t, q + *n, s->end, "\"") ? 1 : 0);
  return w;
}

/* Skips "the film(s) ", "its sequel ", "the television series " before a
   title at p; *kind gets the noun's type (Film when none). False when a
   noun of no film or series comes ("the novel"). */
static size_t skip_noun(const sent *s, size_t p, skg_ent *kind) {
  *kind = SKG_ENT_FILM;
  static const char *const DET[] = {"the", "its", "their", "his", "her"};
  xc_cur c = xc_at(s->t, s->a, p, s->end);
  for (size_t i = 0; i < SKG_ARRAY_LEN(DET); i++)
    xc_word(&c, DET[i], strlen(DET[i]));
  p = c.p;
  for (int w = 0; w < 3 && p < s->end && islower((unsigned char)s->t[p]); w++) {
    size_t e = p;
    while (e < s->end && (islower((unsigned char)s->t[e]) || s->t[e] == '-'))
      e++;
    const char *v = skg_lex_get(SKG_LEX_WORK_NOUNS, s->t + p, e - p);
    if (v)
      *kind = strncmp(v, "Series", 6) == 0 ? SKG_ENT_SERIES : SKG_ENT_FILM;
    else if (!x_word_at(s->t, p, s->end, "films") &&
             !x_word_at(s->t, p, s->end, "sequel") &&
             !x_word_at(s->t, p, s->end, "sequels") &&
             !x_word_at(s->t, p, s->end, "animated") &&
             !x_word_at(s->t, p, s->end, "original"))
      return 0; /* "the novel", "the comic book" */
    if (e >= s->end || s->t[e] != ' ')
      return 0;
    p = e + 1;
  }
  return p;
}

/* Where the next item of a list starts after the item ending at e, past
   its separator (", and ", ", ", " and "); 0 when no separator follows. */
static size_t next_item(const sent *s, size_t e) {
  size_t k = xc_list_sep(s->t, e, s->end);
  return k ? e + k : 0;
}

/* The works listed at p: "A (1998) and B (2001)", "the film A and its
   sequel B"; the facts name rule. */
static void credit_list(sent *s, size_t p, skg_eid c, const char *rule) {
  for (int k = 0; k < MAX_WORKS && p < s->end; k++) {
    skg_ent kind;
    size_t q = skip_noun(s, p, &kind), n;
    skg_eid w = q && q < s->end ? work_at(s, q, kind, &n) : SKG_NONE;
    if (w == SKG_NONE)
      return;
    skg_evidence ev = x_evidence(s->x, s->si, rule);
    skg_graph_add_fact(s->x->g, w, SKG_PRED_HAS_CHARACTER, c, &ev);
    if (!(p = next_item(s, q + n)))
      return;
  }
}

/* ---- performer articles: "Ann Roe is an American actress known for
   playing Vera Quill in the sitcom Harbor Lights" ---- */

/* The performer the article is about: the name that opens the first
   sentence, a copula after it (past an aside "(born 1970)"), and a
   performer noun (data/performer_nouns.txt) among the next words. The
   span of the name (len 0 when the article is no performer's); the
   entity is made only when a role is credited. */
static x_span article_performer(x_ctx *x) {
  x_span none = {0, 0};
  if (!x->d->nsents)
    return none;
  sent s = sent_of(x, 0);
  size_t n = x_name_len(s.t, s.a, s.end);
  if (!n || !x_person_like(s.t + s.a, n, false))
    return none;
  size_t p = s.a + n;
  if (x_at(s.t, p, s.end, " (")) {
    const char *q = memchr(s.t + p, ')', s.end - p);
    if (!q)
      return none;
    p = (size_t)(q - s.t) + 1;
  }
  if (!x_at(s.t, p, s.end, " is a") && !x_at(s.t, p, s.end, " was a"))
    return none;
  for (int w = 0; w < 8 && p < s.end; w++) {
    while (p < s.end && s.t[p] != ' ')
      p++;
    size_t e = ++p;
    while (e < s.end && (isalpha((unsigned char)s.t[e]) || s.t[e] == '-'))
      e++;
    if (skg_lex_has(SKG_LEX_PERFORMER_NOUNS, s.t + p, e - p))
      return (x_span){s.a, n};
  }
  return none;
}

/* Where the title starts after the words at p that end with a work noun
   (data/work_nouns.tsv: "the American sitcom ", "the British Channel 4
   soap opera "), *kind its type; 0 when no noun comes within a few words
   or a word ends the clause first. */
static size_t noun_end(const sent *s, size_t p, skg_ent *kind) {
  xc_cur c = xc_at(s->t, s->a, p, s->end);
  size_t after = 0;
  for (int w = 0; w < 8 && c.p < s->end; w++) {
    const char *v;
    if (xc_lex(&c, SKG_LEX_WORK_NOUNS, &v)) {
      *kind = strncmp(v, "Series", 6) == 0 ? SKG_ENT_SERIES : SKG_ENT_FILM;
      after = c.p;
      continue;
    }
    if (after && isupper((unsigned char)s->t[c.p]))
      return after;
    size_t q = c.p;
    xc_skip_word(&c);
    if (c.p == q || c.p >= s->end || s->t[c.p] != ' ')
      return 0; /* a comma or a stop ends the clause */
    c.p++;
  }
  return 0;
}

/* The title at p after a work noun ("the sitcom Harbor Lights"): the
   noun says it is a work even when no year or quote marks it. *n gets
   the title's length. */
static skg_eid noun_title(sent *s, size_t p, skg_ent kind, size_t *n) {
  /* "and" ends the title: the next role of a list follows it */
  *n = x_title_len(s->t, p, s->end, X_TITLE_POSS);
  if (!*n || !x_work_name_ok(s->t + p, *n))
    return SKG_NONE;
  skg_eid w = x_lookup(s->x, X_WORK, s->t + p, *n, NULL);
  if (w == SKG_NONE)
    w = x_entity(s->x, kind, s->t + p, *n);
  if (dated_after(s, p + *n))
    *n += XC_LEN(" (1998)");
  return w;
}

/* The work named at p, after "in" or "on": a title after a work noun,
   else a known or dated title ("in Harbor Lights (1998)"). *e gets where
   its mention ends. */
static skg_eid role_work(sent *s, size_t p, size_t *e) {
  skg_ent kind;
  size_t q = noun_end(s, p, &kind), n = 0;
  skg_eid w = q ? noun_title(s, q, kind, &n) : SKG_NONE;
  if (!q && (q = skip_noun(s, p, &kind)) && q < s->end)
    w = work_at(s, q, kind, &n);
  *e = q + n;
  return w;
}

/* The role at p and the work after it ("Vera Quill in the sitcom Harbor
   Lights", "Vera on Harbor Lights (2004)"): the work gets the performer
   as cast member and the character, the performer portrays it. Returns
   where the work's mention ends, 0 when the text is no such role. */
static size_t credit_role(sent *s, size_t p, x_span who, const char *rule) {
  size_t cn = x_name_len(s->t, p, s->end), e;
  if (!cn) /* "Captain Brill": no person's name, the " in " after it says */
    return 0;
  xc_cur c = xc_at(s->t, s->a, p + cn, s->end);
  if (!XC_EXACT(&c, " in ") && !XC_EXACT(&c, " on "))
    return 0;
  skg_eid w = role_work(s, c.p, &e);
  skg_eid ch = w != SKG_NONE ? x_entity(s->x, SKG_ENT_CHARACTER, s->t + p, cn)
                             : SKG_NONE;
  skg_eid a = ch != SKG_NONE
                  ? x_entity(s->x, SKG_ENT_ACTOR, s->t + who.off, who.len)
                  : SKG_NONE;
  if (a == SKG_NONE)
    return 0;
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  skg_graph_add_fact(s->x->g, w, SKG_PRED_CAST_MEMBER, a, &ev);
  skg_graph_add_fact(s->x->g, w, SKG_PRED_HAS_CHARACTER, ch, &ev);
  skg_graph_add_fact(s->x->g, a, SKG_PRED_PORTRAYS, ch, &ev);
  return e;
}

/* The roles listed from p: "Vera in A, Joe in B and Ada in C". */
static void credit_roles(sent *s, size_t p, x_span who, const char *rule) {
  for (int k = 0; k < MAX_WORKS && p < s->end; k++) {
    size_t e = credit_role(s, p, who, rule);
    if (!e)
      return;
    if (!(p = next_item(s, e)))
      return;
  }
}

/* Each lead sentence (before the reference list) of a performer's
   article that says what the performer is known for playing. */
static void performer_roles(x_ctx *x) {
  static const char *const IDS[] = {"person-known-for-role",
                                    "person-known-for-role-as"};
  x_span who = article_performer(x);
  for (size_t si = 0; who.len && si < x->refs_start; si++) {
    sent s = sent_of(x, si);
    for (size_t i = 0; i < SKG_ARRAY_LEN(IDS); i++) {
      const xp_row *r = xp_row_of("character_works", IDS[i]);
      if (!r)
        continue;
      xp_run u = xp_run_of(r, s.t, s.a, s.a, s.end, NULL);
      xp_match m;
      while (xp_run_next(&u, &m))
        credit_roles(&s, xp_slot(&m, r->obj)->off, who, r->id);
    }
  }
}

void x_rules_character_works(x_ctx *x) {
  performer_roles(x);
  const xp_row *r = xp_row_of("character_works", "character-appears-in");
  size_t cn;
  skg_eid c = article_character(x, &cn);
  for (size_t si = 0; r && c != SKG_NONE && si < x->refs_start; si++) {
    sent s = sent_of(x, si);
    if (!about_character(&s, c))
      continue;
    xp_run u = xp_run_of(r, s.t, s.a, s.a, s.end, NULL);
    xp_match m;
    while (xp_run_next(&u, &m))
      credit_list(&s, xp_slot(&m, r->subj)->off, c, r->id);
  }
}
