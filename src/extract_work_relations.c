/* extract_work_relations.c: how the article's work continues or adapts
   another work, in a sentence about the work (data/work_relations.tsv):
     "Night Ledger is a 2019 American film, a sequel to the 2016 film Day
      Ledger"                                 Night Ledger follows Day Ledger
     "It is a spin-off of the series Day Ledger" Day Ledger spinOff Night Ledger
     "The film is based on the television series Day Ledger"   basedOn
   The other work is named after a film or series noun ("the 1998 film",
   "the television series"), or is a work the article named already; a
   noun of no film or series ("the novel", "a true story", "characters")
   states nothing. Facts belong to the document's graph. */
#include "xliterals.h"

#include "lexicon.h"
#include "xsent.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* A cue of the lexicon at t[p] (whole words), its row in *row. */
static size_t relation_at(const sent *s, size_t p, const skg_lex_entry **row) {
  const skg_lexicon *l = &SKG_LEXICONS[SKG_LEX_WORK_RELATIONS];
  size_t best = 0;
  if (!word_start(s, p))
    return 0;
  for (size_t i = 0; i < l->n; i++) {
    size_t n = strlen(l->v[i].key);
    if (n > best && p + n < s->end && s->t[p + n] == ' ' &&
        strncasecmp(s->t + p, l->v[i].key, n) == 0) {
      best = n;
      *row = &l->v[i];
    }
  }
  return best;
}

/* Skips "the 1998 television series " before a title at p: *kind gets
   the noun's type, SKG_ENT_COUNT when there is none. Returns 0 when a
   lower-case word names no film or series ("the novel"). */
static size_t skip_noun(const sent *s, size_t p, skg_ent *kind) {
  *kind = SKG_ENT_COUNT;
  if (x_word_at(s->t, p, s->end, "the") || x_word_at(s->t, p, s->end, "a") ||
      x_word_at(s->t, p, s->end, "an"))
    p = x_skip_space(s->t, x_find(s->t, p, s->end, " "), s->end);
  for (int w = 0; w < 4 && p < s->end && !x_cap_at(s->t, p, s->end); w++) {
    size_t e = p;
    while (e < s->end && s->t[e] != ' ' && s->t[e] != ',')
      e++;
    bool year = e - p == 4 && isdigit((unsigned char)s->t[p]);
    const char *v = skg_lex_get(SKG_LEX_WORK_NOUNS, s->t + p, e - p);
    if (v)
      *kind = strncmp(v, "Series", 6) == 0 ? SKG_ENT_SERIES : SKG_ENT_FILM;
    else if (!year && !x_word_at(s->t, p, s->end, "television") &&
             !x_word_at(s->t, p, s->end, "animated") &&
             !x_word_at(s->t, p, s->end, "original"))
      return 0;
    if (e >= s->end || s->t[e] != ' ')
      return 0;
    p = e + 1;
  }
  return p;
}

/* The work named at p after a cue, or SKG_NONE. */
static skg_eid other_work(sent *s, size_t p) {
  skg_ent kind;
  size_t q = skip_noun(s, p, &kind);
  size_t n = q ? x_title_len(s->t, q, s->end, X_TITLE_POSS) : 0;
  if (!n || !x_work_name_ok(s->t + q, n))
    return SKG_NONE;
  skg_eid w = x_lookup(s->x, X_WORK, s->t + q, n, NULL);
  if (w == SKG_NONE && kind != SKG_ENT_COUNT)
    w = x_entity(s->x, kind, s->t + q, n);
  return w == s->x->subject ? SKG_NONE : w;
}

static void relations(sent *s) {
  const skg_lex_entry *row = NULL;
  for (size_t p = s->a; p < s->end; p++) {
    size_t n = relation_at(s, p, &row);
    if (!n)
      continue;
    skg_eid w = other_work(s, p + n + 1);
    const char *tab = strchr(row->value, '\t');
    skg_pred pred;
    if (w == SKG_NONE || !tab ||
        !skg_pred_from_span(row->value, (size_t)(tab - row->value), &pred))
      return;
    skg_evidence ev = x_evidence(s->x, s->si, "work-relation");
    bool forward = tab[1] == '+';
    skg_graph_add_fact(s->x->g, forward ? s->x->subject : w, pred,
                       forward ? w : s->x->subject, &ev);
    return; /* one relation a sentence: the first cue's */
  }
}

void x_rules_work_relations(x_ctx *x) {
  for (size_t si = 0; x->subject != SKG_NONE && si < x->refs_start; si++) {
    if (!x_lit_subject(x, si))
      continue;
    sent s = sent_of(x, si);
    relations(&s);
  }
}
