/* extract_crew_works.c: other works named in the prose: "Harbor Lights
   (1998)" is a film, "Ann Roe's Harbor Lights (1998)" hers, "the second
   season of Night Ledger" a series, and the series the article's series
   continues or crosses over with ("a spin-off of Night Ledger"), and the
   network of another series ("the 1999 Channel 4 sitcom Spaced"). */
#include "lexicon.h"
#include "xmatch.h"
#include "xsent.h"

#include <ctype.h>
#include <string.h>

/* Position after a four-digit year in parentheses at p (" (1998)"), or 0. */
static size_t year_paren(const sent *s, size_t p) {
  return dated_after(s, p) ? p + XC_LEN(" (1998)") : 0;
}

/* "played Vera Quill in Harbor Lights (1998)", "as Vera in Harbor Lights
   (1998)": after a role verb, the title that x_title_len runs on from
   the character's name ("Vera Quill in Harbor Lights") starts after the
   first " in "; the start a of the title otherwise. */
static size_t role_title(const sent *s, size_t a, size_t e) {
  size_t i = x_find(s->t, a, e, " in ");
  if (i >= e || a < s->a + XC_LEN("a ") || s->t[a - 1] != ' ')
    return a;
  size_t w = a - 1;
  while (w > s->a && isalpha((unsigned char)s->t[w - 1]))
    w--;
  /* data/role_title_verbs.txt, in lower case as the list is */
  xc_cur c = xc_at(s->t, s->a, w, a);
  if (xc_lex_lower(&c, SKG_LEX_ROLE_TITLE_VERBS) && c.p == a)
    return x_cap_at(s->t, i + XC_LEN(" in "), e) ? i + XC_LEN(" in ") : a;
  return a;
}

/* "historian Ann Roe (1850)", "the director Tom Ash (2004)": a name
   right after a noun for a person (data/person_nouns.txt, the head nouns
   of data/head_nouns.txt, the roles of data/roles.tsv) is that person's,
   the year one of their life or work, not a film's. */
static bool person_noun_before(const sent *s, size_t p) {
  return x_word_before_is(s->t, s->a, p, SKG_LEX_PERSON_NOUNS, NULL) ||
         x_word_before_is(s->t, s->a, p, SKG_LEX_HEAD_NOUNS, NULL) ||
         x_word_before_is(s->t, s->a, p, SKG_LEX_ROLES, NULL);
}

/* "Harbor Lights (1998)": a title with its year is a film unless the text
   already knows the work. "Ann Roe's Harbor Lights (1998)": Ann Roe
   directed it. */
static void dated_titles(sent *s) {
  for (size_t p = s->a; p < s->end; p++) {
    if (!word_start(s, p) || !x_cap_at(s->t, p, s->end) ||
        (p > s->a && s->t[p - 1] == '"'))
      continue;
    size_t n = x_title_len(s->t, p, s->end, X_TITLE_JOIN | X_TITLE_POSS);
    if (!n || !year_paren(s, p + n))
      continue;
    size_t q = p, k = 0; /* a person's possessive before the title */
    while (q < p + n && !(k = x_possessive_at(s->t, q, p + n)))
      q++;
    bool by = k && q + k < p + n && x_person_like(s->t + p, q - p, false);
    if (!by && person_noun_before(s, p)) {
      p += n;
      continue;
    }
    size_t ta = by ? q + k + 1 : p;
    ta = role_title(s, ta, p + n);
    skg_eid w = x_lookup(s->x, X_WORK, s->t + ta, p + n - ta, NULL);
    if (w == SKG_NONE)
      w = x_entity(s->x, SKG_ENT_FILM, s->t + ta, p + n - ta);
    if (by)
      fact(s, w, SKG_PRED_DIRECTOR, person(s, p, q - p), "crew-possessive");
    p += n;
  }
}

/* "the second season of Night Ledger", "the first episode of Night
   Ledger", "the series Night Ledger", "Night Ledger season 2": series. */
static void series_mentions(sent *s) {
  /* data/series_cues.txt, in its order: the series are made cue by cue */
  for (size_t i = 0; i < skg_lex_size(SKG_LEX_SERIES_CUES); i++) {
    const char *cue = skg_lex_nth(SKG_LEX_SERIES_CUES, i);
    for (size_t p = x_find(s->t, s->a, s->end, cue); p < s->end;
         p = x_find(s->t, p + 1, s->end, cue)) {
      size_t q = p + strlen(cue), n = x_title_len(s->t, q, s->end, 0);
      if (n && !x_possessive_at(s->t, q + n, s->end) && /* "Ann's journey" */
          x_lookup(s->x, X_WORK, s->t + q, n, NULL) == SKG_NONE)
        x_entity(s->x, SKG_ENT_SERIES, s->t + q, n);
    }
  }
  for (size_t p = x_find(s->t, s->a, s->end, " season "); p < s->end;
       p = x_find(s->t, p + 1, s->end, " season ")) {
    xc_cur c = xc_at(s->t, s->a, p, s->end);
    XC_EXACT(&c, " season "); /* found there */
    if (!isdigit((unsigned char)s->t[c.p]))
      continue;
    size_t b = p; /* the title right before: the leftmost that ends here */
    for (size_t q = s->a; q < p && b == p; q++)
      if (word_start(s, q) && x_title_len(s->t, q, s->end, 0) == p - q)
        b = q;
    if (b < p && x_lookup(s->x, X_WORK, s->t + b, p - b, NULL) == SKG_NONE)
      x_entity(s->x, SKG_ENT_SERIES, s->t + b, p - b);
  }
}

/* "making it equivalent to Night Ledger season 2.5, Dark Pier season
   1.5": a list of other series' seasons the work continues; "a spin-off
   of X", "a crossover with X". */
static void related_series(sent *s) {
  if (s->x->subject == SKG_NONE || s->x->subject_type != SKG_ENT_SERIES)
    return;
  /* data/related_series_cues.txt, in its order: "equivalent to" lists
     series, each other cue names one */
  for (size_t i = 0; i < skg_lex_size(SKG_LEX_RELATED_SERIES_CUES); i++) {
    const char *cue = skg_lex_nth(SKG_LEX_RELATED_SERIES_CUES, i);
    size_t p = x_find(s->t, s->a, s->end, cue);
    for (p += p < s->end ? strlen(cue) : 0; p < s->end;) {
      size_t n = x_title_len(s->t, p, s->end, 0);
      skg_eid w = n ? x_lookup(s->x, X_WORK, s->t + p, n, NULL) : SKG_NONE;
      if (w == SKG_NONE || w == s->x->subject ||
          skg_graph_type(s->x->g, w) != SKG_ENT_SERIES)
        break;
      fact(s, s->x->subject, SKG_PRED_RELATED_SERIES, w, "crew-related");
      xc_cur c = xc_at(s->t, s->a, p + n, s->end);
      if (XC_EXACT(&c, " season ")) /* " season 1.5, " then the next one */
        while (c.p < s->end && (isdigit((unsigned char)s->t[c.p]) ||
                                (s->t[c.p] == '.' && c.p + 1 < s->end &&
                                 isdigit((unsigned char)s->t[c.p + 1]))))
          c.p++;
      p = XC_EXACT(&c, ", and ") || XC_EXACT(&c, ", ") ? c.p : s->end;
      if (i)
        break;
    }
  }
}

/* Length of the network name of networks.txt at p (up to three words,
   the longest), or 0. */
static size_t network_at(const sent *s, size_t p) {
  size_t best = 0, q = p;
  for (int words = 0; words < 3 && q < s->end; words++) {
    while (q < s->end && s->t[q] != ' ')
      q++;
    if (skg_lex_has(SKG_LEX_NETWORKS, s->t + p, q - p))
      best = q - p;
    q++;
  }
  return best;
}

/* "the 1999 Channel 4 sitcom Spaced", "the NBC drama series Harbor Row":
   a network before a series noun (work_nouns.tsv) names the network of
   the title after it, another work than the article's. */
static void network_series(sent *s, size_t p) {
  size_t q = p + XC_LEN("the ");
  size_t y = strspn(s->t + q, "0123456789");
  if (y == 4)
    q += y + (s->t[q + y] == 's') + 1;
  size_t n = network_at(s, q), w = q + n + 1, e = w;
  for (int words = 0; n && words < 3 && e < s->end; words++) {
    while (e < s->end && islower((unsigned char)s->t[e]))
      e++;
    if (e >= s->end || s->t[e] != ' ')
      return;
    const char *v = skg_lex_get(SKG_LEX_WORK_NOUNS, s->t + w, e - w);
    size_t k = x_title_len(s->t, e + 1, s->end, 0);
    if (k && x_at(s->t, e + 1 + k, s->end, " '"))
      return; /* "Tanner '88": the title goes on */
    if (v && strncmp(v, "Series", 6) == 0 && k) {
      skg_eid t = x_lookup(s->x, X_WORK, s->t + e + 1, k, NULL);
      if (t == SKG_NONE && x_work_name_ok(s->t + e + 1, k))
        t = x_entity(s->x, SKG_ENT_SERIES, s->t + e + 1, k);
      if (t != SKG_NONE && t != s->x->subject)
        fact(s, t, SKG_PRED_NETWORK, company(s, q, n), "other-work-network");
      return;
    }
    e++;
  }
}

static void network_series_all(sent *s) {
  for (size_t p = x_find(s->t, s->a, s->end, "the "); p < s->end;
       p = x_find(s->t, p + 1, s->end, "the "))
    if (word_start(s, p))
      network_series(s, p);
}

void x_rules_crew_works(x_ctx *x) {
  for (size_t si = 0; si < x->refs_start; si++) {
    sent s = sent_of(x, si);
    dated_titles(&s);
    series_mentions(&s);
    network_series_all(&s);
  }
}

void x_rules_related_series(x_ctx *x) {
  for (size_t si = 0; si < x->refs_start; si++) {
    sent s = sent_of(x, si);
    related_series(&s);
  }
}
