/* extract_character_works.c: the works a character article says its
   character appears in. "Vera Quill is a fictional character appearing
   in the films Harbor Lights (1998) and Night Dock (2001)", "She first
   appeared in Harbor Lights (1998)", "Vera was introduced in the episode
   "Glass Harbor"": each film or series named after an appearance verb
   whose subject is the character (by name, pronoun or "The character")
   has the character. The appearance phrasing is row character-appears-in
   of data/phrasings.tsv (its verbs: data/appearance_verbs.txt). Part of
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
    xc_cur sep = xc_at(s->t, s->a, q + n, s->end); /* ", and ", ", ", " and " */
    if (XC_WORD(&sep, ", "))
      XC_WORD(&sep, "and");
    else if (!XC_WORD(&sep, " and"))
      return;
    p = sep.p;
  }
}

void x_rules_character_works(x_ctx *x) {
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
