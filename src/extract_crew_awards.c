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

/* Whether v, a value of award_categories.tsv, is that of a word no name
   starts with ("-": "Nominated", "Video"; "other": "Song"). */
static bool end_word(const char *v) {
  return v && (strcmp(v, "-") == 0 || strcmp(v, "other") == 0);
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
    /* "Best Black-and-White Cinematography": a hyphen joins a word */
    while (q < s->end && (isalpha((unsigned char)s->t[q]) || s->t[q] == '-'))
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
   result word ("Ann Roe Nominated") or the next category ("Ann Roe Best
   Actor"), and before a prize's name ("Ann Roe Silver Ribbon",
   award_categories.tsv "prize" words). Returns the length kept. */
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
    if (end_word(v) || (nw && at(s, w, "Best ")))
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
  return strcmp(v, "sub") == 0 || end_word(v) ? 2 : 0;
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
    /* "Best Screenplay Written Directly for the Screen, Ann Roe": a comma
       ends the written-out category */
    if (at(s, e, ", ") && w == 2 && q > p)
      return end - p;
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

/* Whether the word t[p..e) may stand in a category's tail before a
   dash: 1 for lower case ("nomination", "or"), a year, or a word of
   award_categories.tsv ("Color", "Scoring", "Comedy"), 0 for a name,
   -1 for a word that makes the category another job's ("Song"). */
static int tail_word(const sent *s, size_t p, size_t e) {
  const char *v = skg_lex_get(SKG_LEX_AWARD_CATEGORIES, s->t + p, e - p);
  if (v && strcmp(v, "other") == 0)
    return -1; /* "Best Music – Song": another job's category */
  return v || !isupper((unsigned char)s->t[p]);
}

/* Length of a dash or colon parting the cells of an awards list line at
   p ("Best Cinematography – Ann Roe", "Best Sound: Bo Li"), or 0. The
   spacing is the cue. */
static size_t dash_len(const sent *s, size_t p) {
  static const char *const seps[] = {" \xE2\x80\x93 " /* "–" */,
                                     " \xE2\x80\x94 " /* "—" */, " - ", ": ",
                                     " : "};
  for (size_t i = 0; i < sizeof seps / sizeof *seps; i++)
    if (at(s, p, seps[i]))
      return strlen(seps[i]);
  return 0;
}

/* Where the nominees start after a category's dash or colon in a line of
   an awards list, q being the category's end: "Best Cinematography – Ann
   Roe", "Best Music, Scoring of a Dramatic Picture – Ann Roe", "Best
   Cinematography (Color): Ann Roe", "Best Screenplay – Adapted – Ann
   Roe", "Best Screenplay - Adapted Ann Roe", "... – (Ann Roe)", and
   without a dash, a bracket after the sub-category ("Best
   Cinematography, Color (Ann Roe)"). The first name after the last
   dash is the nominee's, unless a lower-case word, a number or a comma
   came between ("– the prize went to Ann Roe", "– 1999 Lakeside
   Awards", "– Drama, Ann Roe for Best Actor"). 0 if none. */
static size_t after_dash(const sent *s, size_t q) {
  bool dash = false, lower = false;
  for (size_t p = q; p < s->end && p - q <= 96;) {
    size_t n = dash_len(s, p);
    if (n) {
      dash = true, lower = false, p += n;
      continue;
    }
    unsigned char c = (unsigned char)s->t[p];
    if (c == ' ' || c == ',' || c == '(' || c == ')') {
      lower |= dash && c == ','; /* "Best Picture – Drama, Ann Roe for" */
      p++;
      continue;
    }
    if (!isalnum(c) || at(s, p, "Best "))
      return 0;
    size_t e = p;
    while (e < s->end && (isalnum((unsigned char)s->t[e]) || s->t[e] == '-'))
      e++;
    int w = tail_word(s, p, e);
    if (w < 0)
      return 0;
    bool open = s->t[p - 1] == '('; /* "Best Music, Original Score (Ann" */
    if (!w)
      return (dash ? !lower : open) && x_cap_at(s->t, p, s->end) ? p : 0;
    lower |= dash && !isupper(c); /* "– the prize went to", "– 1999 Ann" */
    p = e;
  }
  return 0;
}

/* Whether a word of s[0..n) names a prize ("Golden Globe", "Silver
   Ribbon", "Academy Award-nominations"): prize_words.txt, award_words.txt
   and the prize words of award_categories.tsv. */
static bool prize_name(const char *s, size_t n) {
  for (size_t w = 0; w < n;) {
    size_t e = w;
    while (e < n && s[e] != ' ' && s[e] != '-')
      e++;
    const char *v = skg_lex_get(SKG_LEX_AWARD_CATEGORIES, s + w, e - w);
    if (skg_lex_has(SKG_LEX_PRIZE_WORDS, s + w, e - w) ||
        skg_lex_has(SKG_LEX_AWARD_WORDS, s + w, e - w) ||
        (v && strcmp(v, "prize") == 0))
      return true;
    w = e + 1;
  }
  return false;
}

/* "Ann Roe for Best Cinematography" in a list of the nominations: the
   person named right before " for " and the category at p. A film's
   title stands there as often before "Best Picture", so no producer. */
static void name_before(sent *s, skg_pred pr, size_t p) {
  if (pr == SKG_PRED_PRODUCER || !XC_ENDS(s->t, s->a, p, " for "))
    return;
  size_t v = p - XC_LEN(" for "), a = x_name_before(s->t, s->a, v);
  const char *w = s->t + a;
  if (a == v || prize_name(w, v - a)) /* "the Golden Globe for Best" */
    return;
  skg_eid e = x_lookup(s->x, X_PERSON, w, v - a, NULL);
  if (e == SKG_NONE &&
      x_lookup(s->x, X_ANY & ~X_PERSON, w, v - a, NULL) == SKG_NONE &&
      x_person_like(w, v - a, false))
    e = x_entity(s->x, SKG_ENT_PERSON, w, v - a);
  skg_evidence ev = x_evidence(s->x, s->si, "crew-award");
  if (e != SKG_NONE)
    skg_graph_add_fact(s->x->g, s->x->subject, pr, e, &ev);
}

/* Whether the sentence names no other work nor a plan (asked once). */
static bool own_sentence(const sent *s, int *own) {
  if (*own < 0)
    *own = !x_other_work_cue(s->t, s->a, s->end, X_CUE_WORK | X_CUE_PLAN);
  return *own;
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
   Music, Original Score  Ann Roe" (a flattened table row), "Best
   Cinematography – Ann Roe" (a list line), "Ann Roe for Best
   Cinematography": the awards an article lists are its work's. */
static void awards(sent *s, int *own) {
  for (size_t p = s->a; p < s->end; p++) {
    skg_pred pr;
    size_t k = award_at(s, p, &pr);
    if (!k)
      continue;
    if (own_sentence(s, own))
      name_before(s, pr, p);
    bool paren_tail;
    k += category_tail(s, p + k, &paren_tail);
    size_t n = after_dash(s, p + k);
    if (n) {
      if (own_sentence(s, own))
        award_names(s, pr, n, false);
      p = n - 1;
      continue;
    }
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
    if (prose && !own_sentence(s, own))
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

/* Whether a word of data/award_rival_cues.txt ("Winner was", "lost to")
   stands in the 60 bytes before p, after the last category ("Best"): the
   names after it are another work's. */
static bool rival_before(const sent *s, size_t p) {
  size_t w = p - s->a > 60 ? p - 60 : s->a;
  for (size_t i = w; i < p; i++)
    if (at(s, i, "Best "))
      w = i;
  for (; w < p; w++)
    if ((w == s->a || s->t[w - 1] == ' ') &&
        xc_lex_len(s->t, w, p, SKG_LEX_AWARD_RIVAL_CUES))
      return true;
  return false;
}

/* The producers an awards line names in brackets after the prize's
   winner: "Best Picture Won Lark Films (Ann Roe, Producer)", "(Ann Roe
   and Bo Li, producers)", "Best Picture (producer, Ann Roe)", in a
   sentence about the own work. */
static void bracket_producers(sent *s, int *own) {
  static const char PAREN[] = " (";
  if (x_find(s->t, s->a, s->end, "roducer") == s->end ||
      !x_award_like(s->t + s->a, s->end - s->a) || !own_sentence(s, own))
    return;
  for (size_t p = x_find(s->t, s->a, s->end, PAREN); p < s->end;
       p = x_find(s->t, p + 1, s->end, PAREN)) {
    xc_cur c = xc_at(s->t, s->a, p + XC_LEN(PAREN), s->end);
    bool first = XC_ALT(&c, "producer, |Producer, ");
    size_t close = x_find(s->t, c.p, s->end, ")");
    const char *t = s->t;
    if (close - c.p > 80 || !x_cap_at(t, c.p, close) ||
        !(first || XC_ENDS(t, c.p, close, ", producer") ||
          XC_ENDS(t, c.p, close, ", Producer") ||
          XC_ENDS(t, c.p, close, "producers") ||
          XC_ENDS(t, c.p, close, "Producers")) ||
        rival_before(s, p)) /* "Winner was Dark Pier (Ann Roe, Producer)" */
      continue;
    sent in = *s; /* the names end at the bracket */
    in.end = close;
    award_names(&in, SKG_PRED_PRODUCER, c.p, false);
  }
}

void x_rules_crew_awards(x_ctx *x) {
  if (x->subject == SKG_NONE)
    return;
  for (size_t si = 0; si < x->refs_start; si++) {
    const skg_span *sp = &x->d->sents[si];
    sent s = {x, x->d->text, si, sp->off, sp->off + sp->len};
    int own = -1; /* not yet known: own_sentence() */
    awards(&s, &own);
    bracket_producers(&s, &own);
  }
}
