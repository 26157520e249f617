/* extract_crew_awards.c: the award categories an article lists credit
   the makers of its own work: "nominated for Best Director (Ann Roe)",
   "Best Cinematography for Ann Roe", and rows of a flattened awards table
   ("Best Screenplay Ann Roe, Bo Li Won Best Actor ..."). The categories
   are data (award_categories.tsv). */
#include "lexicon.h"
#include "xmatch.h"
#include "xrules.h"

#include <ctype.h>
#include <string.h>

#define MAX_LIST 12

typedef struct {
  x_ctx *x;
  const char *t;
  size_t si, a, end;
} sent;

static bool at(const sent *s, size_t p, const char *w) {
  return x_at(s->t, p, s->end, w);
}

static bool word_start(const sent *s, size_t p) {
  return p == s->a || s->t[p - 1] == ' ' || s->t[p - 1] == '(' ||
         s->t[p - 1] == '\"';
}

/* Length of the award category at p ("Best Adapted Screenplay"), the
   longest of award_categories.tsv; sets *pr. 0 if none. */
static size_t award_at(const sent *s, size_t p, skg_pred *pr) {
  /* a flattened table may run cells together: "Ann RoeBest Director" */
  if (!at(s, p, "Best ") ||
      !(word_start(s, p) || islower((unsigned char)s->t[p - 1])))
    return 0;
  size_t best = 0, q = p;
  for (int nw = 0; nw < 4 && q < s->end; nw++) {
    while (q < s->end && isalpha((unsigned char)s->t[q]))
      q++;
    const char *v = skg_lex_get(SKG_LEX_AWARD_CATEGORIES, s->t + p, q - p);
    if (v && strcmp(v, "-") != 0 && skg_pred_from_name(v, pr))
      best = q - p;
    if (q >= s->end || s->t[q] != ' ')
      break;
    q++;
  }
  return best;
}

/* A name read from a flattened award table, s[p..p+n): cut where two
   cells ran together ("Ann RoeBest Actor", "Ann MarshAwards": a capital
   after "Best" or a long lower-case run, unlike "McKay"), before a
   result word ("Ann Roe Nominated") and before a prize's name ("Ann Roe
   Silver Ribbon", award_categories.tsv "prize" words). Returns the length
   kept. */
static size_t table_name_len(const sent *s, size_t p, size_t n) {
  size_t run = 0;
  for (size_t i = p; i < p + n; i++) {
    if (islower((unsigned char)s->t[i])) {
      run++;
      continue;
    }
    if (isupper((unsigned char)s->t[i]) && run &&
        (run >= 4 || at(s, i, "Best "))) {
      n = i - p;
      break;
    }
    run = 0;
  }
  size_t prev = p; /* start of the word before w */
  for (size_t w = p, nw = 0; w < p + n; nw++) {
    size_t e = w;
    while (e < p + n && s->t[e] != ' ')
      e++;
    const char *v = skg_lex_get(SKG_LEX_AWARD_CATEGORIES, s->t + w, e - w);
    /* "Ann Roe Best Supporting Actor": the next category's first word */
    if ((v && strcmp(v, "-") == 0) || (nw && at(s, w, "Best ")))
      return w > p ? w - 1 - p : 0;
    /* "Ann Roe Silver Ribbon": a prize's own name ran into the cell; the
       name keeps its first two words at least ("Ann Bear" stays) */
    if (v && strcmp(v, "prize") == 0 && nw >= 3)
      return prev - 1 - p;
    prev = w;
    w = e + 1;
  }
  return n;
}

/* The people an award category at q names; a work, a company or a
   character named there is no maker. With known, only people the text
   already knows ("Best Director for Ann Roe", not "for Dark Pier"). */
static void award_names(sent *s, skg_pred pr, size_t q, bool known) {
  x_span who[MAX_LIST];
  size_t stop, n = x_name_list(s->t, q, s->end, who, MAX_LIST, &stop);
  skg_evidence ev = x_evidence(s->x, s->si, "crew-award");
  for (size_t i = 0; i < n; i++) {
    const char *w = s->t + who[i].off;
    size_t len = table_name_len(s, who[i].off, who[i].len);
    if (!len || at(s, who[i].off, "Best ")) /* the next category */
      break;
    skg_eid e = x_lookup(s->x, X_PERSON, w, len, NULL);
    if (e == SKG_NONE && !known &&
        x_lookup(s->x, X_WORK | X_ORG | X_CHARACTER, w, len, NULL) ==
            SKG_NONE &&
        x_person_like(w, len, false))
      e = x_entity(s->x, SKG_ENT_PERSON, w, len);
    if (e != SKG_NONE)
      skg_graph_add_fact(s->x->g, s->x->subject, pr, e, &ev);
    if (len != who[i].len) /* the cell ended inside the name */
      break;
  }
}

/* Whether t[p..e) is a word of a sub-category: 2 for one that can end it
   ("Adapted", "Color", "Scoring": award_categories.tsv "sub" and "-"
   words), 1 for a joining word ("of", "a": "join"), else 0. */
static int sub_word(const sent *s, size_t p, size_t e) {
  const char *v = skg_lex_get(SKG_LEX_AWARD_CATEGORIES, s->t + p, e - p);
  if (!v)
    return 0;
  if (strcmp(v, "join") == 0)
    return 1;
  return strcmp(v, "sub") == 0 || strcmp(v, "-") == 0 ? 2 : 0;
}

/* Length of a sub-category at p read word by word ("Adapted Screenplay"
   in "Best Writing, Adapted Screenplay Ann Roe", where one space parts it
   from the name), when a capitalised word that is none follows; else 0. */
static size_t sub_category_len(const sent *s, size_t p) {
  size_t q = p, end = p;
  int last = 0;
  while (q < s->end && isalpha((unsigned char)s->t[q])) {
    size_t e = q;
    while (e < s->end && (isalpha((unsigned char)s->t[e]) || s->t[e] == '-'))
      e++;
    int w = sub_word(s, q, e);
    /* "Scoring of a Dramatic Picture": unknown words, no split; a word
       in lower case starts no name ("... for the Screen at the guild") */
    if (!w)
      return last == 2 ? end - p : 0;
    last = w;
    end = e;
    if (!at(s, e, " ") || at(s, e, "  "))
      return 0; /* a cell's end: x_name_len reads it */
    q = e + 1;
  }
  /* "Written Directly for the Screen (Ann Roe)", "... Screen – Ann Roe" */
  return last == 2 && q > p ? end - p : 0;
}

/* Length of a sub-category in parentheses at p, "(Adapted Screenplay)"
   after "Best Writing", its ")" included: only words of one. 0 if
   none. */
static size_t sub_paren_len(const sent *s, size_t p) {
  if (!at(s, p, "("))
    return 0;
  size_t q = p + 1;
  while (q < s->end && isalpha((unsigned char)s->t[q])) {
    size_t e = q;
    while (e < s->end && (isalpha((unsigned char)s->t[e]) || s->t[e] == '-'))
      e++;
    if (!sub_word(s, q, e))
      return 0;
    if (at(s, e, ")"))
      return e + 1 - p;
    if (!at(s, e, " "))
      return 0;
    q = e + 1;
  }
  return 0;
}

/* Length of what goes on with a category's own words after it ("Best
   Original Screenplay Written Directly for the Screen", "Best Writing
   (Adapted Screenplay)"), from the category's end c; 0 if nothing. Sets
   *paren for one in parentheses, after which only prose names people
   ("(Motion Picture) Golden Globe and Ann Roe was nominated"). */
static size_t category_tail(const sent *s, size_t c, bool *paren) {
  size_t k = sub_paren_len(s, c + 1);
  *paren = at(s, c, " ") && k;
  if (*paren)
    return 1 + k;
  return at(s, c, " ") && !at(s, c + 1, "Best ")
             ? (k = sub_category_len(s, c + 1)) ? 1 + k : 0
             : 0;
}

/* "Best Director (Ann Roe)", "Best Cinematography for Ann Roe", "Best
   Music, Original Score  Ann Roe" (a flattened table row): the awards
   an article lists are its work's. */
static void awards(sent *s) {
  int own = -1; /* not yet known */
  for (size_t p = s->a; p < s->end; p++) {
    skg_pred pr;
    size_t k = award_at(s, p, &pr);
    if (!k)
      continue;
    bool paren_tail;
    k += category_tail(s, p + k, &paren_tail);
    xc_cur c = xc_at(s->t, s->a, p + k, s->end), d = c;
    bool sub = XC_EXACT(&d, ", ") && x_cap_at(s->t, d.p, s->end) &&
               !at(s, d.p, "Best "); /* ", Original Score  Ann Roe" */
    if (sub) {
      size_t sk = sub_category_len(s, d.p);
      c.p = d.p + (sk ? sk : x_name_len(s->t, d.p, s->end));
    }
    if (sub && !at(s, c.p, " "))
      continue;
    /* "Best Director for Dark Pier" names a film, "Best Director (Ann
       Roe)" in a sentence about a remake may be the remake's; a table row
       is the article's own list. */
    d = c;
    bool paren = !sub && XC_EXACT(&d, " (");
    bool known = !sub && !paren && XC_EXACT(&d, " for ");
    bool prose = paren || known;
    if (prose && !(own < 0 ? (own = !x_other_work_cue(s->t, s->a, s->end,
                                                      X_CUE_WORK | X_CUE_PLAN))
                           : own))
      continue;
    if (prose)
      c = d;
    else if (paren_tail)
      continue;
    else
      while (c.p < s->end && s->t[c.p] == ' ')
        c.p++;
    if (c.p > p + k && x_cap_at(s->t, c.p, s->end) && !at(s, c.p, "Best "))
      award_names(s, pr, c.p, known);
    p = c.p - 1;
  }
}

void x_rules_crew_awards(x_ctx *x) {
  if (x->subject == SKG_NONE)
    return;
  for (size_t si = 0; si < x->refs_start; si++) {
    const skg_span *sp = &x->d->sents[si];
    sent s = {x, x->d->text, si, sp->off, sp->off + sp->len};
    awards(&s);
  }
}
