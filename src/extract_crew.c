/* extract_crew.c: crew and companies named in the prose: "cinematographer
   Ann Roe", "Ann Roe, the showrunner of Night Ledger", "Ann Roe will serve
   as showrunner" (employers, "Studio president Ann Roe", are
   extract_crew_employers.c's). Other works named are
   extract_crew_works.c's; the makers named in the sentences about the
   article's own work are extract_lead_makers.c's, those named in the
   body's other sentences extract_crew_own.c's. The readers of role
   nouns, works and people lists are extract_crew_read.c's. */
#include "lexicon.h"
#include "xrules.h"

#include <ctype.h>
#include <string.h>

#include "xcrew.h"
#include "xmatch.h"
#include "xsent.h"

/* ---- crew ---- */

/* The known work whose title ends right before a role noun at p ("Night
   Ledger creator Ann Roe"), or SKG_NONE. */
static skg_eid work_before(const sent *s, size_t p) {
  for (size_t q = s->a; q + 1 < p; q++)
    if (word_start(s, q) && x_title_len(s->t, q, s->end, 0) == p - 1 - q) {
      skg_eid w = x_lookup(s->x, X_WORK, s->t + q, p - 1 - q, NULL);
      if (w != SKG_NONE)
        return w;
    }
  return SKG_NONE;
}

/* The work a possessive credits, its owner ending at e in the word that
   starts at w: a lower-case noun ("the film's", "the series'") is the
   article's work; a title the text knows is that work ("Dark Pier's
   director"); any other name is a person's or a firm's ("Godard's
   cinematographer"), no credit. */
static skg_eid owner_work(const sent *s, size_t w, size_t e) {
  if (!x_cap_at(s->t, w, s->end))
    return xc_prior_work_word(s, w) ? SKG_NONE : s->x->subject;
  for (size_t q = s->a; q < e; q++)
    if (word_start(s, q) && x_title_len(s->t, q, s->end, 0) == e - q) {
      skg_eid k = x_lookup(s->x, X_WORK, s->t + q, e - q, NULL);
      if (k != SKG_NONE)
        return k;
    }
  return SKG_NONE;
}

/* "filmed as Dark Pier (1931) by director Ann Roe": a role noun after
   "by" that follows a title dated in brackets belongs to that title;
   where the bracket starts (w: the word before the noun), else 0. */
static size_t year_paren_before(const sent *s, size_t w) {
  const size_t dated = XC_LEN(" (1931) "); /* dated_after's span, blank after */
  if (w < s->a + dated || !x_at(s->t, w, w + XC_LEN("by "), "by ") ||
      !dated_after(s, w - dated))
    return 0;
  return w - dated + 1;
}

/* The work a role noun at p credits, or SKG_NONE when it is no credit.
   The word before decides: none, a comma, the work's possessive ("the
   series'", owner_work) or a small word ("and", "the", "former", "hired") leave
   the article's work; a known work's title gives that work; any other
   capitalised word is a description ("Austrian composer", "Pixar director",
   "Art director") and so is any other lower-case word ("the opera composer").
   "his" and "her" point at another person's work ("Godard and his
   cinematographer"). */
static skg_eid credited_work(const sent *s, size_t p) {
  size_t sp = p - 1; /* the space before the role noun */
  if (p <= s->a + 1 || s->t[sp - 1] == ',')
    return s->x->subject;
  size_t w = p - 1;
  while (w > s->a && s->t[w - 1] != ' ')
    w--;
  /* "series creator Ann Roe", "the series' creators" in an episode
     article: the series' */
  if ((x_word_at(s->t, w, p - 1, "series") || x_word_at(s->t, w, p - 1, "show")) &&
      x_episode_series(s->x) != SKG_NONE)
    return x_episode_series(s->x);
  /* a possessive ("the film's", "Dark Pier's", "Godard's") ends the word
     before: "'", "'s" or "’s" (3 bytes and "s") */
  for (size_t k = 1; k <= 4 && p >= s->a + 1 + k; k++)
    if (x_possessive_at(s->t, p - 1 - k, p) == k)
      return owner_work(s, w, p - 1 - k);
  size_t y = year_paren_before(s, w);
  if (y)
    return work_before(s, y); /* the dated title's, known or none */
  /* data/role_open_words.txt: "and", "the", "hired", "that" (a clause
     starts: "a gag that creators A and B wanted") */
  if (xc_lex_at(s->t, w, p - 1, SKG_LEX_ROLE_OPEN_WORDS))
    return s->x->subject;
  /* "series creator Ann Roe" on a series' page: its own creator */
  xc_cur c = xc_at(s->t, s->a, w, p - 1);
  if (s->x->subject_type == SKG_ENT_SERIES &&
      XC_ALT(&c, "series|show|Series|Show"))
    return s->x->subject;
  return x_cap_at(s->t, w, s->end) ? work_before(s, p) : SKG_NONE;
}

/* Where the article's work starts after " of ", " for " or " on " at q
   ("director of the film"), with its length in *n (0 if none); q when
   none of them is there. */
static size_t own_work_prep(const sent *s, size_t q, size_t *n) {
  xc_cur c = xc_at(s->t, s->a, q, s->end);
  *n = 0;
  if (!XC_EXACT(&c, " ") || !xc_lex_lower(&c, SKG_LEX_ROLE_WORK_PREPS))
    return q;
  *n = xc_own_work_len(s, c.p);
  return c.p;
}

/* Length of " of the film" / " for the series" / " on the film" at q
   (the article's work after a role noun), or 0. */
static size_t own_work_after(const sent *s, size_t q) {
  size_t n, w = own_work_prep(s, q, &n);
  return n ? w + n - q : 0;
}

/* True when the word t[p..p+n) occurs in lower case anywhere in the
   document ("another" for a sentence's "Another"): a common word, no
   name. */
static bool lower_in_doc(const sent *s, size_t p, size_t n) {
  char w[X_NAME_MAX + 1];
  if (n > X_NAME_MAX)
    return true;
  for (size_t i = 0; i < n; i++)
    w[i] = (char)tolower((unsigned char)s->t[p + i]);
  w[n] = '\0';
  const skg_doc *d = s->x->d;
  for (size_t q = x_find(d->text, 0, d->len, w); q < d->len;
       q = x_find(d->text, q + 1, d->len, w))
    if ((q == 0 || !isalpha((unsigned char)d->text[q - 1])) &&
        (q + n == d->len || !isalpha((unsigned char)d->text[q + n])))
      return true;
  return false;
}

/* A one-word name after a copula ("Ilango was the music director"): a
   person when it looks like one and the text never writes it in lower
   case, as Indian film credits often are one word. */
static void single_names(sent *s, const x_span *who, size_t n) {
  for (size_t i = 0; i < n; i++) {
    size_t p = who[i].off, k = who[i].len;
    if (!memchr(s->t + p, ' ', k) &&
        x_lookup(s->x, X_ANY, s->t + p, k, NULL) == SKG_NONE &&
        x_person_like(s->t + p, k, true) && !lower_in_doc(s, p, k))
      x_entity(s->x, SKG_ENT_PERSON, s->t + p, k);
  }
}

/* True when the role noun at p has an owner before it: a possessive
   ("the film's", "Roe's") or "its". */
static bool owned_role(const sent *s, size_t p) {
  size_t n = XC_LEN("its "); /* any case, as "Its" */
  if (p >= s->a + n && x_word_at(s->t, p - n, p - 1, "its"))
    return true;
  for (size_t k = 1; k <= 4 && p >= s->a + 1 + k; k++)
    if (x_possessive_at(s->t, p - 1 - k, p) == k)
      return true;
  return false;
}

/* True when the role noun at p follows "the" in apposition to a relation
   noun ("Wyler's daughter, the producer Ann Roe", "his wife, the actress
   and producer Ann Roe"): the noun says what the person does, not what
   they did on the work. */
static bool kin_appositive(const sent *s, size_t p) {
  size_t n = XC_LEN(", the ");
  if (p < s->a + n + 1 || !x_at(s->t, p - n, p, ", the "))
    return false;
  size_t e = p - n, w = e;
  while (w > s->a && s->t[w - 1] != ' ')
    w--;
  return skg_lex_has(SKG_LEX_TIES, s->t + w, e - w);
}

/* True when the words at q say what someone thinks of a work ("has named
   it his favourite", "praised", "cited it": other_works.tsv "opinion"):
   "Director Ann Roe has named Harbor Lights her favourite film" is a
   director speaking of the film, not its director. */
static bool opinion_at(const sent *s, size_t q) {
  xc_cur c = xc_at(s->t, s->a, q, s->end);
  if (!XC_EXACT(&c, " "))
    return false;
  xc_lex_lower(&c, SKG_LEX_PERFECT_AUX);
  size_t e = c.p;
  while (e < s->end && islower((unsigned char)s->t[e]))
    e++;
  const char *v = skg_lex_get(SKG_LEX_OTHER_WORKS, s->t + c.p, e - c.p);
  return v && strcmp(v, "opinion") == 0;
}

/* True when the words at q say the people before did not take the job
   ("Directors Ann Roe and Bo Li turned down the project";
   data/refusal_verbs.txt): their role noun is their trade. */
static bool refusal_at(const sent *s, size_t q) {
  xc_cur c = xc_at(s->t, s->a, q, s->end);
  if (!XC_EXACT(&c, " "))
    return false;
  xc_lex_lower(&c, SKG_LEX_REFUSAL_FILLERS);
  return xc_lex_at(s->t, c.p, s->end, SKG_LEX_REFUSAL_VERBS);
}

/* True when the sentence names someone else "as" the role pr ("Director
   Ann Roe stayed on as producer, with Bo Li as director"): the role noun
   before Ann Roe was her trade, the work's role is Bo Li's. */
static bool role_as_other(const sent *s, size_t from, skg_pred pr) {
  for (size_t v = x_find(s->t, from, s->end, " as "); v < s->end;
       v = x_find(s->t, v + 1, s->end, " as ")) {
    skg_pred other;
    xc_cur c = xc_at(s->t, s->a, v, s->end);
    if (XC_EXACT(&c, " as ") && xc_role_at(s, c.p, &other) && other == pr)
      return true;
  }
  return false;
}

/* "Director Ann Roe said this film was the inspiration for her Night
   Dock series", "... inspired his Night Dock": the maker's own work the
   sentence names, a Series when "series" follows; SKG_NONE when none. */
static skg_eid inspired_work(sent *s) {
  /* data/inspired_cues.txt, in its order: the first cue (its first
     place) whose title reads gives the work */
  for (size_t i = 0; i < skg_lex_size(SKG_LEX_INSPIRED_CUES); i++) {
    const char *cue = skg_lex_nth(SKG_LEX_INSPIRED_CUES, i);
    size_t v = x_find(s->t, s->a, s->end, cue);
    size_t p = v + strlen(cue);
    size_t n = v < s->end ? x_title_len(s->t, p, s->end, 0) : 0;
    if (!n || !x_work_name_ok(s->t + p, n))
      continue;
    skg_eid w = x_lookup(s->x, X_WORK, s->t + p, n, NULL);
    bool series = x_word_at(s->t, p + n + 1, s->end, "series") ||
                  x_at(s->t, p + n, s->end, " series");
    return w != SKG_NONE ? w
                         : x_entity(s->x, series ? SKG_ENT_SERIES : SKG_ENT_FILM,
                                    s->t + p, n);
  }
  return SKG_NONE;
}

/* "director Ann Roe, then a film student, made a short": an aside on
   what the person was at the time tells that the role noun is the trade
   they came to, not a credit on the work. */
static bool then_aside(const sent *s, size_t q) {
  xc_cur c = xc_at(s->t, s->a, q, s->end);
  return XC_EXACT(&c, ", then ") && c.p < s->end &&
         islower((unsigned char)s->t[c.p]);
}

/* True when the sentence names a titled work other than the article's
   in [from, to) ("the writer Ann Roe, but she was committed to the film
   Prime Colours" after the role noun): the role noun before it may be
   that work's. One named before ("After working on the film Night Ferry,
   producer Ann Roe wanted to make", "songs (from the 1975 film Dusk)
   recreated by composer Ann Roe") leaves the credit, unless "with" ties
   the role noun to it (partner_on_other_title). */
static bool names_other_title_in(const sent *s, size_t from, size_t to) {
  for (size_t v = x_find(s->t, from, to, "the "); v < to;
       v = x_find(s->t, v + 1, to, "the ")) {
    if (v > s->a && s->t[v - 1] != ' ')
      continue;
    skg_ent type; /* "the hit series Night Ferry" (xwords.c) */
    size_t a = x_work_noun_title(s->t, v, s->end, true, &type);
    size_t n = a && x_cap_at(s->t, a, s->end)
                   ? x_title_len(s->t, a, s->end, X_TITLE_JOIN)
                   : 0;
    if (n && x_lookup(s->x, X_WORK, s->t + a, n, NULL) != s->x->subject)
      return true;
  }
  return false;
}

static bool names_other_title(const sent *s, size_t from) {
  return names_other_title_in(s, from, s->end);
}

/* True when the role noun at p follows "with" after a titled work other
   than the article's ("went on to create the series Night Ferry, with
   writer Ann Roe"): she was a partner on that work. */
static bool partner_on_other_title(const sent *s, size_t p) {
  size_t w = p - XC_LEN("with ");
  return p >= s->a + XC_LEN(" with ") && x_word_at(s->t, w, p, "with") &&
         s->t[w - 1] == ' ' && names_other_title_in(s, s->a, w);
}

/* A role noun at p and where the names after it start: "the
   screenwriter Ann Roe", "the director of the film was" (ow: the own work
   after the noun), "The film's screenwriter, Ann Roe, said" (appos:
   names between commas after an owner). */
typedef struct {
  skg_pred pr;
  size_t k, ow, q; /* the noun's length, " of the film"'s, the names */
  bool appos;
} role_hit;

/* Reads the role noun at word start p into h; false when there is none
   or it is a title-cased label. */
static bool role_noun_at(const sent *s, size_t p, role_hit *h) {
  h->k = xc_role_at(s, p, &h->pr);
  if (!h->k)
    return false;
  h->ow = own_work_after(s, p + h->k);
  h->q = p + h->k + h->ow + 1;
  /* "The film's screenwriter, Ann Roe, said": names between commas,
     after an owner ("The director, A," may be another work's) */
  xc_cur c = xc_at(s->t, s->a, p + h->k, s->end);
  h->appos = !h->ow && XC_EXACT(&c, ", ") && x_cap_at(s->t, c.p, s->end) &&
             owned_role(s, p);
  h->q += h->appos;
  if (h->q >= s->end || s->t[h->q - 1] != ' ')
    return false;
  /* A capitalised role noun inside a sentence is a title-cased label
     ("Ann Roe as Fake Director Bo Li", "Festival Director Bo Li"), but
     not after the article that opens it ("The Director of Photography
     was Ann Roe"). */
  size_t sp = p - 1; /* the space before the noun */
  return !(p > s->a + 1 && isupper((unsigned char)s->t[p]) &&
           s->t[sp - 1] != '.' && s->t[sp - 1] != ':' &&
           !(sp == s->a + XC_LEN("The") && x_word_at(s->t, s->a, sp, "The")));
}

/* The work the role noun at p credits, or SKG_NONE when the sentence
   says it is another work's, a trade or an opinion. *other: whether the
   sentence is about another work (-1: not yet known). */
static skg_eid role_work(sent *s, size_t p, int *other) {
  skg_eid w = credited_work(s, p);
  if (w == s->x->subject && inspired_work(s) != SKG_NONE)
    w = inspired_work(s); /* a maker speaking of the film as a model */
  if (w != s->x->subject)
    return w;
  if (*other < 0)
    *other = x_other_work_cue(s->t, s->a, s->end, X_CUE_WORK) ||
             xc_it_after_other_work(s);
  if (w == SKG_NONE || *other) /* "hired him for a version of X" */
    return SKG_NONE;
  if (names_other_title(s, p) || partner_on_other_title(s, p))
    return SKG_NONE;
  if (kin_appositive(s, p))
    return SKG_NONE; /* "Roe's daughter, the producer Ann Roe": her trade */
  size_t by = XC_LEN("by ");
  if (p >= s->a + by + 1 && x_at(s->t, p - by, p, "by ") &&
      x_word_before_is(s->t, s->a, p - by, SKG_LEX_OTHER_WORKS, "opinion"))
    return SKG_NONE; /* "praised by director Ann Roe": she speaks of it */
  return w;
}

/* Whether the lead sentence credits a director with a verb of
   maker_verbs.tsv ("a 1955 drama film directed by Ann Roe"). */
static bool lead_names_director(const sent *s) {
  skg_ent ty;
  size_t a, tl, desc, si = x_find_lead(s->x, &ty, &a, &tl, &desc);
  if (si >= s->x->d->nsents)
    return false;
  const char *t = s->x->d->text;
  size_t p = s->x->d->sents[si].off, end = p + s->x->d->sents[si].len;
  while (p < end) {
    size_t e = p;
    while (e < end && t[e] != ' ')
      e++;
    const char *v = skg_lex_get(SKG_LEX_MAKER_VERBS, t + p, e - p);
    skg_pred pr;
    size_t n = v ? strcspn(v, "\t") : 0;
    if (v && skg_pred_from_span(v, n, &pr) && pr == SKG_PRED_DIRECTOR)
      return true;
    p = e + 1;
  }
  return false;
}

/* "Director Ann Roe has listed it among her favourites", "the idea came
   to director Bo Li": a bare director noun (no owner, no "of the film",
   no copula) on a page whose lead already names its director is someone
   speaking of the film or another work's director, not a second one. */
static bool other_director(const sent *s, const role_hit *h, size_t p,
                           bool copula) {
  if (h->pr != SKG_PRED_DIRECTOR || h->ow || copula || h->appos ||
      owned_role(s, p)) /* "the film's director", "its director" */
    return false;
  return lead_names_director(s);
}

/* Credits w with the names after the role noun of h; where they stop, or
   0 when they name no one it credits. */
static size_t role_people(sent *s, const role_hit *h, size_t p, skg_eid w) {
  bool plural = s->t[p + h->k - 1] == 's';
  /* "The cinematographer (of the film) was" */
  xc_cur c = xc_at(s->t, s->a, h->q, s->end), d = c;
  const char *cv = xc_lex_lower(&d, SKG_LEX_ROLE_COPULAS);
  bool copula = cv && strcmp(cv, plural ? "plural" : "one") == 0;
  if (copula)
    c = d;
  if (h->ow && !copula) /* "the director of the film Ann Roe" is no list */
    return 0;
  if (w == s->x->subject && other_director(s, h, p, copula))
    return 0;
  x_span who[MAX_LIST];
  size_t stop, n = xc_people(s, c.p, who, MAX_LIST, &stop);
  if (!n || opinion_at(s, stop) || refusal_at(s, stop) ||
      (h->appos && !starts(s, stop, ",")) || then_aside(s, stop))
    return 0;
  if (w == s->x->subject &&
      (xc_other_part_at(s, stop) || role_as_other(s, stop, h->pr)))
    return 0; /* "Composer Ann Roe wrote a song for it": her trade */
  skg_pred pr = h->pr;
  xc_credit(s, who, plural ? n : 1, &pr, 1, &w, 1, false, "crew-role-name");
  return stop;
}

/* "cinematographer Ann Roe, production designer Bo Li, and costume
   designer Cy Dee", "Executive producer Ann Roe", "Night Ledger creator
   Ann Roe", "directors Ann Roe and Bo Li", "The executive producers were
   Ann Roe and Bo Li". */
static void role_names(sent *s) {
  int other = -1; /* about another work? not yet known */
  for (size_t p = s->a; p < s->end; p++) {
    role_hit h;
    skg_eid w;
    size_t stop;
    /* speed: word_start is xc_role_at's first test, with no call */
    if (word_start(s, p) && role_noun_at(s, p, &h) &&
        (w = role_work(s, p, &other)) != SKG_NONE &&
        (stop = role_people(s, &h, p, w)))
      p = stop;
  }
}

/* "Ann Roe, director of the miniseries' first two episodes", "A and B,
   the showrunners for the second season of X", "A, B, and C—the
   showrunners of X, Y, and Z, respectively". */
static void appositive_roles(sent *s) {
  for (size_t c = s->a; c < s->end; c++) {
    if (s->t[c] != ',' && s->t[c] != '\xE2') /* speed: the bytes that start
                                                 neither are most */
      continue;
    xc_cur k = xc_at(s->t, s->a, c, s->end);
    if (!XC_EXACT(&k, ", ") && !XC_EXACT(&k, "\xE2\x80\x94")) /* em dash */
      continue;
    size_t q = k.p;
    skg_pred r[3];
    size_t nr, own = xc_own_possessive_len(s, q);
    q = xc_roles_at(s, q, r, &nr);
    if (nr && own) { /* "Ann Roe, the film's cinematographer," */
      x_span who[MAX_LIST];
      size_t nwho = xc_people_before(s, c, who, MAX_LIST);
      xc_credit(s, who, nwho, r, nr, &s->x->subject, 1, false,
                "crew-appositive");
      continue;
    }
    k = xc_at(s->t, s->a, q, s->end);
    if (!nr || !(XC_EXACT(&k, " of ") || XC_EXACT(&k, " for ")))
      continue;
    q = k.p;
    skg_eid w[MAX_LIST]; /* only a series has showrunners */
    skg_ent make =
        nr == 1 && r[0] == SKG_PRED_SHOWRUNNER ? SKG_ENT_SERIES : SKG_ENT_COUNT;
    size_t stop, nw = xc_work_refs(s, q, w, MAX_LIST, &stop, make);
    x_span who[MAX_LIST];
    size_t nwho = nw ? xc_people_before(s, c, who, MAX_LIST) : 0;
    bool pair = starts(s, stop, ", respectively") ||
                starts(s, stop, "\xE2\x80\x94respectively");
    xc_credit(s, who, nwho, r, nr, w, nw, pair, "crew-appositive");
  }
}

/* Skips back over adverbs and auxiliaries before a verb at e ("also",
   "would") and over an appositive (", the showrunner of X,"); returns
   where the agent's name must end. */
static size_t agent_end(const sent *s, size_t e) {
  for (;;) { /* the words of data/agent_aux_words.txt, in any case */
    size_t w = e;
    while (w > s->a && s->t[w - 1] != ' ')
      w--;
    if (w == s->a || w == e ||
        !skg_lex_has(SKG_LEX_AGENT_AUX_WORDS, s->t + w, e - w))
      break;
    e = w - 1; /* the space before the word */
  }
  if (e > s->a && s->t[e - 1] == ',') { /* ", appositive," */
    size_t c = e - 1;
    while (c > s->a && s->t[c - 1] != ',')
      c--;
    return c > s->a ? c - 1 : e;
  }
  return e;
}

/* Where the phrase of one to three words of lex that ends at e starts,
   at the space before it (the phrase in lower case, as the list writes
   it: "Joined" is no verb of it); e when there is none. */
static size_t phrase_before(const sent *s, size_t e, skg_lex lex) {
  size_t w = e;
  for (int nw = 0; nw < 3; nw++) {
    while (w > s->a && s->t[w - 1] != ' ' &&
           !isupper((unsigned char)s->t[w - 1]))
      w--;
    if (w == s->a || w == e || s->t[w - 1] != ' ')
      return e;
    if (skg_lex_has(lex, s->t + w, e - w))
      return w - 1;
    w--; /* the space: one more word */
  }
  return e;
}

/* The makers named before the verb at v. "A and B, who served as
   editors": a relative clause is about the one name before its comma
   (not "the novel by A and B"'s list). */
static size_t agents_before(const sent *s, size_t v, x_span *who) {
  size_t e = agent_end(s, v), clause = XC_LEN(", who");
  if (e >= s->a + clause && x_at(s->t, e - clause, e, ", who")) {
    size_t comma = e - clause;
    size_t n = xc_people_before(s, comma, who, MAX_LIST);
    if (n > 1) {
      who[0] = who[n - 1];
      n = 1;
    }
    return n;
  }
  return xc_people_before(s, e, who, MAX_LIST);
}

/* "A also serves as an executive producer on the miniseries, along with
   B, C, and Studio head D", "A and B would serve as showrunners and
   executive producers on X", "with A serving as showrunner", "A joined
   as showrunner", "A was announced as the composer for the miniseries",
   "A previously served as cinematographer for the first season of X and
   the first episode of Y". */
static void serve_as(sent *s) {
  /* The verbs (data/serve_verbs.txt) are followed by " as "; found from
     the " as " back, so that the sentence is scanned once whatever the
     number of verbs. */
  for (size_t a = x_find(s->t, s->a, s->end, " as "); a < s->end;
       a = x_find(s->t, a + 1, s->end, " as ")) {
    size_t v = phrase_before(s, a, SKG_LEX_SERVE_VERBS);
    size_t b = a, with = XC_LEN("with "); /* "with Ann Roe as composer" */
    if (v == a) {
      b = x_name_before(s->t, s->a, a);
      if (b == a || b < s->a + with || !x_at(s->t, b - with, b, "with "))
        continue;
    }
    xc_cur c = xc_at(s->t, s->a, a, s->end);
    XC_EXACT(&c, " as ");
    skg_pred r[3];
    size_t nr, q = xc_roles_at(s, c.p, r, &nr), stop = q;
    if (!nr)
      continue;
    if (b < a) {
      x_span one = {b, a - b};
      skg_eid own = s->x->subject;
      xc_credit(s, &one, 1, r, nr, &own, 1, false, "crew-serve-as");
      continue;
    }
    skg_eid w[MAX_LIST] = {s->x->subject};
    size_t nw = 1;
    c = xc_at(s->t, s->a, q, s->end);
    if (XC_EXACT(&c, " on ") || XC_EXACT(&c, " for ")) {
      size_t o = c.p;
      nw = xc_work_refs(s, o, w, MAX_LIST, &stop, SKG_ENT_COUNT);
      /* "on the reshoots": a part of the article's work, unless the
         sentence is about another one ("on his next film") */
      if (!nw && o < s->end && !x_cap_at(s->t, o, s->end) &&
          !x_other_work_cue(s->t, s->a, s->end, X_CUE_WORK)) {
        w[0] = s->x->subject;
        nw = 1;
      }
    }
    x_span who[MAX_LIST];
    size_t nwho = agents_before(s, v, who);
    xc_credit(s, who, nwho, r, nr, w, nw, false, "crew-serve-as");
    /* ", along with A", ", alongside A" (data/partner_cues.txt), " alongside
       A" */
    c = xc_at(s->t, s->a, stop, s->end);
    xc_cur d = c;
    const char *cue;
    if ((XC_EXACT(&d, ", ") && xc_lex(&d, SKG_LEX_PARTNER_CUES, &cue) &&
         d.t[d.p - 1] == ' ') ||
        (d = c, XC_EXACT(&d, " alongside "))) {
      nwho = xc_people(s, d.p, who, MAX_LIST, &stop);
      xc_credit(s, who, nwho, r, nr, w, nw, false, "crew-serve-as");
    }
  }
}

/* True when a role read up to q ends its clause: ".", ",", ";", " and
   ", a note in parentheses ("was the executive producer (receiving top
   billing)"), the sentence's end ("Ann Roe was the cinematographer."),
   not " of the festival" or " who". */
static bool role_ends_clause(const sent *s, size_t q) {
  return q >= s->end || s->t[q] == '.' || s->t[q] == ',' || s->t[q] == ';' ||
         starts(s, q, " and ") || starts(s, q, " (");
}

/* True when the role read up to q is followed by the article's work and
   the clause ends there: " of the film.", " for the series,". */
static bool own_work_follows(const sent *s, size_t q) {
  size_t n, w = own_work_prep(s, q, &n);
  return n && role_ends_clause(s, w + n);
}

/* "Ann Roe was the film's cinematographer", "Ann Roe was the director of
   photography.", "Ann Roe is the cinematographer of the film.": after a
   copula the role counts only when the work is named or the role ends the
   clause in a sentence about no other work. */
static void copula_roles(sent *s) {
  /* data/role_copula_verbs.txt, in its order: the second loop credits
     verb by verb */
  const skg_lex verbs = SKG_LEX_ROLE_COPULA_VERBS;
  int other = -1; /* not yet known */
  for (size_t q = x_find(s->t, s->a, s->end, " the "); q < s->end;
       q = x_find(s->t, q + 1, s->end, " the ")) {
    size_t i, v = 0;
    for (i = 0; i < skg_lex_size(verbs); i++) {
      const char *verb = skg_lex_nth(verbs, i);
      size_t n = strlen(verb);
      if (xc_ends(s->t, s->a, q, verb, n)) {
        v = q - n;
        break;
      }
    }
    if (i == skg_lex_size(verbs))
      continue;
    skg_pred r[3];
    size_t nr, e = xc_roles_at(s, q + 1, r, &nr);
    if (!nr || (!xc_own_possessive_len(s, q + 1) && !own_work_follows(s, e) &&
                (!role_ends_clause(s, e) ||
                 (other < 0 ? (other = x_other_work_cue(s->t, s->a, s->end,
                                                        X_CUE_WORK))
                            : other))))
      continue;
    x_span who[MAX_LIST];
    size_t nwho = nr ? agents_before(s, v, who) : 0;
    single_names(s, who, nwho);
    xc_credit(s, who, nwho, r, nr, &s->x->subject, 1, false, "crew-copula");
  }
  /* "Ann Roe was music director.": no article */
  for (size_t i = 0; i < skg_lex_size(verbs); i++) {
    const char *verb = skg_lex_nth(verbs, i);
    for (size_t v = x_find(s->t, s->a, s->end, verb); v < s->end;
         v = x_find(s->t, v + 1, s->end, verb)) {
      size_t q = v + strlen(verb) + 1, nr = 0;
      skg_pred r[3];
      if (s->t[q - 1] != ' ' || !islower((unsigned char)s->t[q]) ||
          starts(s, q, "the ") || starts(s, q, "a ") || starts(s, q, "an "))
        continue;
      size_t e = xc_roles_at(s, q, r, &nr);
      if (!nr || !role_ends_clause(s, e) ||
          (other < 0
               ? (other = x_other_work_cue(s->t, s->a, s->end, X_CUE_WORK))
               : other))
        continue;
      x_span who[MAX_LIST];
      size_t nwho = agents_before(s, v, who);
      xc_credit(s, who, nwho, r, nr, &s->x->subject, 1, false, "crew-copula");
    }
  }
}

/* "Ann Roe replaced Bo Li as cinematographer": Ann Roe took the role on
   the article's work. */
static void replaced_as(sent *s) {
  static const char *const VERB = " replaced ";
  size_t v = x_find(s->t, s->a, s->end, VERB);
  if (v == s->end || x_other_work_cue(s->t, s->a, s->end, X_CUE_WORK))
    return;
  for (; v < s->end; v = x_find(s->t, v + 1, s->end, VERB)) {
    xc_cur c = xc_at(s->t, s->a, v, s->end);
    XC_EXACT(&c, " replaced ");
    skg_pred r[3];
    size_t nr = 0, n = x_name_len(s->t, c.p, s->end);
    c.p += n; /* "Bo Li" */
    if (n && XC_EXACT(&c, " as "))
      xc_roles_at(s, c.p, r, &nr);
    x_span who[MAX_LIST];
    size_t nwho = nr ? agents_before(s, v, who) : 0;
    skg_eid w = s->x->subject;
    xc_credit(s, who, nwho, r, nr, &w, 1, false, "crew-replaced");
  }
}

/* Reads "[previously ]directed [for|on ]" at p, a verb of making of
   data/making_verbs.tsv (its predicate to *pr); returns the end, or p.
   An adverb read without a verb is kept: the caller credits a director
   then. */
static size_t making_at(const sent *s, size_t p, skg_pred *pr) {
  xc_cur c = xc_at(s->t, s->a, p, s->end);
  if (!XC_EXACT(&c, "previously "))
    XC_EXACT(&c, "also ");
  size_t e = c.p;
  while (e < s->end && isalnum((unsigned char)s->t[e]))
    e++;
  const char *v =
      e > c.p ? skg_lex_get(SKG_LEX_MAKING_VERBS, s->t + c.p, e - c.p) : NULL;
  if (!v || !skg_pred_from_name(v, pr))
    return c.p;
  c.p = e + 1; /* the verb and the byte after it */
  if (!XC_EXACT(&c, "for "))
    XC_EXACT(&c, "on ");
  return c.p;
}

/* The person a gerund clause at g is about: the last name before it that
   is followed by a verb ("Ann Roe was announced ...", "Ann Roe consulting
   ..."), not one after a possessive ("the studio's Phase One"). */
static size_t gerund_agent(const sent *s, size_t g, size_t *len) {
  size_t best = g;
  for (size_t p = s->a; p < g; p++) {
    if (!word_start(s, p) || !x_cap_at(s->t, p, s->end))
      continue;
    size_t n = x_name_len(s->t, p, g), q = p + n + 1, w = q;
    while (w < g && isalpha((unsigned char)s->t[w]))
      w++;
    size_t poss = XC_LEN("'s");
    bool verb = XC_ENDS(s->t, q + 1, w, "ing") /* more than "ing" */ ||
                x_word_at(s->t, q, g, "was") || x_word_at(s->t, q, g, "is");
    bool after_poss =
        p > s->a + poss && (x_at(s->t, p - 1 - poss, p - 1, "'s") ||
                            x_at(s->t, p - 1 - poss, p - 1, ".s"));
    if (n && verb && !after_poss &&
        (x_person_like(s->t + p, n, false) ||
         x_lookup(s->x, X_PERSON, s->t + p, n, NULL) != SKG_NONE)) {
      best = p;
      *len = n;
    }
    p += n;
  }
  return best;
}

/* "A, who also directed for X", "after previously composing for the
   first two seasons of X", "before directing the crossover film X". */
static void making_clauses(sent *s) {
  /* data/making_clause_cues.tsv, in its order: facts are credited cue
     by cue; the value says where the maker is named */
  const skg_lex cues = SKG_LEX_MAKING_CLAUSE_CUES;
  for (size_t i = 0; i < skg_lex_size(cues); i++) {
    const char *cue = skg_lex_nth(cues, i);
    bool names = !strcmp(skg_lex_nth_value(cues, i), "names");
    for (size_t c = x_find(s->t, s->a, s->end, cue); c < s->end;
         c = x_find(s->t, c + 1, s->end, cue)) {
      skg_pred pr = SKG_PRED_DIRECTOR;
      size_t q = making_at(s, c + strlen(cue), &pr), stop;
      if (q == c + strlen(cue))
        continue;
      skg_eid w[MAX_LIST];
      size_t nw = xc_work_refs(s, q, w, MAX_LIST, &stop, SKG_ENT_COUNT);
      x_span who[1];
      size_t nwho = 0;
      if (names)
        nwho = xc_people_before(s, c, who, 1);
      else if ((who[0].off = gerund_agent(s, c, &who[0].len)) < c)
        nwho = 1;
      xc_credit(s, who, nwho, &pr, 1, w, nw, false, "crew-making");
    }
  }
}

void x_rules_crew(x_ctx *x) {
  for (size_t si = 0; si < x->refs_start; si++) {
    sent s = sent_of(x, si);
    role_names(&s);
    appositive_roles(&s);
    serve_as(&s);
    replaced_as(&s);
    copula_roles(&s);
    making_clauses(&s);
    xc_employers(&s);
    xc_provided_series(&s);
  }
}
