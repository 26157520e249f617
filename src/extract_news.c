/* extract_news.c: casting and production news, where no lead sentence
   says what the page is about and one text may cover several works:
     "Jane Roe has joined the cast of Night Ledger as Vera Quill."
     "Tom Ash (Harbor Lights, "Dock Street") is the latest to join Night
      Ledger."
     "Ash will play Kay Brandt." "Night Ledger stars A, B and C."
     "Ann Lee will direct and produce Harbor Lights."
   The phrasings are data (data/news_cues.tsv); this file reads the slots
   they open. A work is named by a title (quoted or capitalised) or by
   "the series"/"the film", which means the work the item is about: the
   last one a cue named. Its type comes from the nouns around it ("limited
   series X", "X season 2"), else from the words of the whole text. */
#include "extract_lead_words.h"
#include "lexicon.h"
#include "xnews.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>

/* A character named at p ("Kay Brandt", not "a woman"), or SKG_NONE. */
static skg_eid character_at(nsent *s, size_t p, size_t *len) {
  size_t n = x_name_len(s->t, p, s->end);
  const char *kind = n ? skg_lex_get(SKG_LEX_NEWS_CUES, s->t + p, n) : NULL;
  *len = n;
  if (!n || (kind && strcmp(kind, "notchar") == 0) ||
      x_possessive_at(s->t, p + n, s->end) ||
      x_lookup(s->x, X_ANY & ~X_CHARACTER, s->t + p, n, NULL) != SKG_NONE)
    return SKG_NONE;
  return x_character(s->x, s->t + p, n, true);
}

/* The actors before v, each with its credits, typed Actor. */
static size_t actors_before(nsent *s, news *nw, size_t v, skg_eid *out) {
  named nm[MAX_LIST];
  size_t n = xn_subjects_before(s, v, nm, MAX_LIST), k = 0;
  for (size_t i = 0; i < n; i++) {
    skg_eid a = xn_person_at(s, nm[i].name.off, nm[i].name.len, SKG_ENT_ACTOR);
    if (a == SKG_NONE)
      continue;
    out[k++] = a;
    if (nm[i].credits.len)
      xn_credits(s, nw, a, nm[i].credits);
  }
  return k;
}

/* The actors of a list at p, cast in w, with their credits. Returns
   where the list ended. */
static size_t cast_list(nsent *s, news *nw, size_t p, wref *w,
                        const char *rule) {
  named nm[MAX_LIST];
  size_t stop, n = xn_names_after(s, p, nm, MAX_LIST, &stop);
  for (size_t i = 0; xn_has_work(w) && i < n; i++) {
    if (x_possessive_at(s->t, nm[i].name.off + nm[i].name.len, s->end))
      continue; /* "There's Ann Lee's new film" */
    skg_eid a = xn_person_at(s, nm[i].name.off, nm[i].name.len, SKG_ENT_ACTOR);
    if (a == SKG_NONE && n >= 3 && xn_mononym(s, nm[i].name))
      a = x_entity(s->x, SKG_ENT_ACTOR, s->t + nm[i].name.off, nm[i].name.len);
    if (a == SKG_NONE)
      continue;
    xn_perform(s, rule, a, SKG_NONE, w);
    if (nm[i].credits.len)
      xn_credits(s, nw, a, nm[i].credits);
  }
  return n ? stop : p;
}

/* The length of " alongside " or " opposite " at p, or 0. */
static size_t along_at(const char *t, size_t p, size_t end) {
  return x_at(t, p, end, " alongside ")  ? XC_LEN(" alongside ")
         : x_at(t, p, end, " opposite ") ? XC_LEN(" opposite ")
                                         : 0;
}

/* "... alongside [newly added cast member] A and B", "... opposite A":
   more cast of w. */
static void alongside(nsent *s, news *nw, size_t p, wref *w) {
  const char *t = s->t;
  size_t k = along_at(t, p, s->end);
  if (!k)
    return;
  p += k;
  for (int i = 0; i < 4 && p < s->end && islower((unsigned char)t[p]); i++) {
    size_t q = x_find(t, p, s->end, " ");
    p = q < s->end ? q + 1 : q;
  }
  cast_list(s, nw, p, w, "news-alongside");
}

/* Bytes the few words after a cue may span: before " character " (a
   description of the role), before " in " (a role and the work it is
   in), and an aside in brackets before a list. */
#define ROLE_WORDS_MAX 30
#define ROLE_IN_MAX 60
#define ASIDE_MAX 40

/* Past "non-binary character " in "as non-binary character Bon Clay";
   else p. */
static size_t after_character_noun(const nsent *s, size_t p) {
  static const char NOUN[] = " character ";
  size_t lim = p + ROLE_WORDS_MAX < s->end ? p + ROLE_WORDS_MAX : s->end;
  size_t c = islower((unsigned char)s->t[p]) ? x_find(s->t, p, lim, NOUN) : lim;
  return c < lim ? c + strlen(NOUN) : p;
}

/* "A and B will team with Ann Lee in Y, based on ...": A and B are cast
   in Y; whom they team with may be its director or a co-star, so no
   fact of hers. Nothing when no work follows the name. */
static void team_rule(nsent *s, news *nw, size_t p, size_t len) {
  size_t q = x_skip_space(s->t, p + len, s->end);
  wref w;
  if (!xn_join_person(s, nw, q, &w))
    return;
  skg_eid actors[MAX_LIST];
  size_t n = actors_before(s, nw, p, actors);
  for (size_t i = 0; i < n; i++)
    xn_perform(s, "news-team", actors[i], SKG_NONE, &w);
}

/* "has joined the Season 2 cast of Y": past "the Season N cast of ",
   at the work; q when that is not there. */
static size_t past_season_cast(const nsent *s, size_t q) {
  const char *t = s->t;
  if (!x_at(t, q, s->end, "the Season ") && !x_at(t, q, s->end, "the season "))
    return q;
  size_t d = q + XC_LEN("the Season ");
  while (d < s->end && isdigit((unsigned char)t[d]))
    d++;
  return d > q + XC_LEN("the Season ") && x_at(t, d, s->end, " cast of ")
             ? d + XC_LEN(" cast of ")
             : q;
}

/* "X has joined the cast of Y [as Z]", "X joins "Y" on NBC", "X will
   star in Y alongside A". */
static void join_rule(nsent *s, news *nw, size_t p, size_t len, bool weak) {
  size_t wl, q = x_skip_space(s->t, p + len, s->end);
  size_t sc = weak ? past_season_cast(s, q) : q;
  if (sc != q) { /* the cast of a season is the work's */
    q = sc;
    weak = false;
  }
  wref jw;
  if (weak && xn_join_person(s, nw, q, &jw)) { /* "joins Ann Lee in Y" */
    skg_eid actors[MAX_LIST];
    size_t n = actors_before(s, nw, p, actors);
    for (size_t i = 0; i < n; i++)
      xn_perform(s, "news-join", actors[i], SKG_NONE, &jw);
    if (n)
      cast_list(s, nw, q, &jw, "news-join");
    return;
  }
  wref before = nw->work, w = xn_work_at(s, nw, q, &wl);
  if (!xn_has_work(&w))
    return;
  if (weak && !xn_typed_work(s, q, wl, &w)) {
    nw->work = before; /* "boards Flight 180" names no item */
    return;
  }
  x_span an = xn_appositive_network(s, q + wl);
  if (an.len && !w.net_n && w.e == SKG_NONE) { /* "Y, Peacock's series" */
    w.net_off = an.off;
    w.net_n = an.len;
    nw->work = w;
  }
  skg_eid actors[MAX_LIST];
  size_t n = actors_before(s, nw, p, actors), cl;
  skg_eid ch = SKG_NONE;
  size_t as = x_at(s->t, q + wl, s->end, " as ") ? XC_LEN(" as ")
              : x_at(s->t, q + wl, s->end, " in the role of ")
                  ? XC_LEN(" in the role of ")
                  : 0;
  if (n == 1 && as)
    ch = character_at(s, after_character_noun(s, q + wl + as), &cl);
  for (size_t i = 0; i < n; i++)
    xn_perform(s, "news-join", actors[i], ch, &w);
  if (n && x_at(s->t, q + wl, s->end, " on ")) { /* "joins Y on NBC" */
    size_t c = q + wl + XC_LEN(" on "), k = x_name_len(s->t, c, s->end);
    if (k && x_network_like(s->t + c, k)) {
      skg_evidence ev = x_evidence(s->x, s->si, "news-network");
      skg_eid net = x_entity(s->x, SKG_ENT_COMPANY, s->t + c, k);
      skg_graph_add_fact(s->x->g, xn_realise(s->x, &w), SKG_PRED_NETWORK, net,
                         &ev);
    }
  }
  if (n)
    alongside(s, nw, q + wl, &w);
}

/* Past a description before a character's name ("first-year medical
   student Jules Millin", "the villain Marcus"): up to four lower-case
   words, none of which opens a clause or names a part ("a woman who",
   "the lead role in"); p when there is none. */
static size_t past_description(const nsent *s, size_t p) {
  const char *t = s->t;
  size_t q = p;
  for (int w = 0; w < 4 && q < s->end && islower((unsigned char)t[q]); w++) {
    size_t e = q;
    while (e < s->end && (islower((unsigned char)t[e]) || t[e] == '-'))
      e++;
    /* the word is lower case, as the list: no case to ignore */
    if (skg_lex_has(SKG_LEX_NEWS_DESCRIPTION_STOPS, t + q, e - q))
      return p;
    if (e >= s->end || t[e] != ' ')
      return p;
    q = e + 1;
  }
  return q < s->end && x_cap_at(t, q, s->end) ? q : p;
}

/* Is the phrase at r a reference to a work that names a network ("the
   Apple TV+ series")? */
static bool network_reference(const nsent *s, size_t r) {
  size_t len = xn_work_reference(s, r);
  for (size_t q = r; q < r + len; q++) {
    size_t k = s->t[q - 1] == ' ' ? x_name_len(s->t, q, r + len) : 0;
    if (k && x_network_like(s->t + q, k))
      return true;
  }
  return false;
}

/* Past "James Gunn's bloody " before a title: a person's possessive and
   up to three lower-case words; p when no capitalised word follows. */
static size_t past_maker_words(const nsent *s, size_t p) {
  const char *t = s->t;
  size_t n = x_name_len(t, p, s->end);
  size_t ps = n ? x_possessive_at(t, p + n, s->end) : 0;
  if (!ps || !x_person_like(t + p, n, false) || x_network_like(t + p, n) ||
      p + n + ps >= s->end || t[p + n + ps] != ' ')
    return p;
  size_t q = p + n + ps + 1;
  for (int w = 0; w < 3 && q < s->end && islower((unsigned char)t[q]); w++)
    q = x_skip_space(t, x_find(t, q, s->end, " "), s->end);
  return q < s->end && x_cap_at(t, q, s->end) ? q : p;
}

/* "X will play Z [in|on Y]"; "X will play a woman ..." is only cast. */
static void role_rule(nsent *s, news *nw, size_t p, size_t len) {
  skg_eid actors[MAX_LIST];
  size_t n = actors_before(s, nw, p, actors);
  size_t q = x_skip_space(s->t, p + len, s->end), cl = 0, wl;
  /* with no actor ("The alum has been cast as Z in Y") Y is still the
     item's work */
  skg_eid ch = n ? character_at(s, q, &cl) : SKG_NONE;
  if (n && ch == SKG_NONE && past_description(s, q) != q) {
    q = past_description(s, q);
    ch = character_at(s, q, &cl);
  }
  wref w = nw->work;
  size_t in = q + cl;
  if (ch == SKG_NONE) { /* "will play the lead role in the thriller Y" */
    size_t lim = q + ROLE_IN_MAX < s->end ? q + ROLE_IN_MAX : s->end;
    in = x_find(s->t, q, lim, " in ");
    in = in < lim ? in : s->end;
  }
  if (x_at(s->t, in, s->end, " in ") || x_at(s->t, in, s->end, " on ")) {
    size_t r = in + XC_LEN(" in "); /* or " on " */
    for (int i = 0; ch == SKG_NONE && i < 3 && r < s->end &&
                    islower((unsigned char)s->t[r]) && !xn_work_reference(s, r);
         i++) {
      size_t sp = x_find(s->t, r, s->end, " ");
      r = sp < s->end ? sp + 1 : sp;
    }
    /* "plays Kay in Ann Lee's Harbor Lights": the maker's film */
    wref w2 = xn_work_at(s, nw, past_maker_words(s, r), &wl);
    if (xn_has_work(&w2))
      w = w2;
    /* "Kay Lim, who plays Hale in the Apple TV+ series, will appear in
       Y": an aside about another show, not the item's */
    if (network_reference(s, r) && x_find(s->t, s->a, p, ", who ") < p)
      w = XN_NO_WORK;
  }
  for (size_t i = 0; i < n; i++)
    xn_perform(s, "news-role", actors[i], n == 1 ? ch : SKG_NONE, &w);
}

/* "Y stars A, B and C", "the film, which stars A and B". */
static void stars_rule(nsent *s, news *nw, size_t p, size_t len) {
  if (!islower((unsigned char)s->t[p]) && s->t[p] != ',')
    return; /* "The Fault in Our Stars" */
  size_t q = x_skip_space(s->t, p + len, s->end);
  if (!x_name_len(s->t, q, s->end))
    return;
  wref w = xn_work_before(s, nw, p);
  cast_list(s, nw, q, &w, "news-stars");
}

/* Past an aside in brackets and a colon before a list ("includes [deep
   breath]: A and B", "includes: A, B"); p when there is none. */
static size_t past_aside(const nsent *s, size_t p) {
  const char *t = s->t;
  size_t q = p;
  if (q < s->end && (t[q] == '[' || t[q] == '(')) {
    size_t lim = q + ASIDE_MAX < s->end ? q + ASIDE_MAX : s->end;
    size_t c = x_find(t, q, lim, t[q] == '[' ? "]" : ")");
    if (c >= s->end || c >= q + ASIDE_MAX)
      return p;
    q = c + 1;
  }
  if (q < s->end && t[q] == ':')
    q++;
  return x_skip_space(t, q, s->end);
}

/* "Ann Lee is set to direct Y, in which she'll star opposite B": the
   subjects of the sentence's aux, and B, cast in Y. */
static void inwhich_rule(nsent *s, news *nw, size_t p, size_t len) {
  named nm[MAX_LIST];
  wref w = xn_work_before(s, nw, p);
  size_t n = xn_has_work(&w) ? xn_aux_subjects(s, p, nm, MAX_LIST) : 0;
  for (size_t i = 0; i < n; i++)
    xn_perform(s, "news-inwhich",
               xn_person_at(s, nm[i].name.off, nm[i].name.len, SKG_ENT_ACTOR),
               SKG_NONE, &w);
  /* "... with the drama Y, in which she co-starred alongside B": B is
     Y's cast whoever "she" is */
  if (n || xn_has_work(&w))
    alongside(s, nw, p + len, &w);
}

/* "The cast also features A, B and C", "Joining the already cast A and B
   will be C and D": cast of the current work. */
static void castlist_rule(nsent *s, news *nw, size_t p, size_t len, bool are) {
  wref w = xn_has_work(&nw->work) ? nw->work : nw->release;
  size_t q = past_aside(s, x_skip_space(s->t, p + len, s->end));
  w = xn_work_of_kind(s, nw, &w, p); /* "The series cast" */
  if (!xn_has_work(&w))
    return;
  size_t q0 = q;
  if (are && (q = xn_past_are(s, q)) == q0)
    return;               /* "Also returning, ..." names no list */
  if (xn_pair_at(s, q)) { /* "... includes A as B, C as D" */
    xn_pair_list(s, q, &w, "news-castlist");
    return;
  }
  size_t stop = cast_list(s, nw, q, &w, "news-castlist");
  static const char *const MORE[] = {" will be ", " are ", " is "};
  for (size_t i = 0; stop > q && i < SKG_ARRAY_LEN(MORE); i++)
    if (x_at(s->t, stop, s->end, MORE[i])) {
      cast_list(s, nw, stop + strlen(MORE[i]), &w, "news-castlist");
      break;
    }
}

/* Bytes before a "castthat" cue that may hold its cast noun ("new cast
   members for the next season that also include"). */
#define CAST_NOUN_MAX 48

/* "... is among new cast members for the next season that also include
   A and B": a "castthat" cue opens a cast list of the current work only
   when the word "cast" stands a few words before it ("a film that also
   includes A" names no cast). */
static void castthat_rule(nsent *s, news *nw, size_t p, size_t len) {
  size_t lo = p > s->a + CAST_NOUN_MAX ? p - CAST_NOUN_MAX : s->a;
  if (x_find(s->t, lo, p, " cast ") < p)
    castlist_rule(s, nw, p, len, false);
}

/* "the follow-up will also feature Ann Lee as Vera Quill": one actor
   and the part, or a list of actors, in the current work; after a
   "hascast" cue ("Dock Street has cast Ann Lee as Vera"), in the work
   the cue's subject names, and nothing when it names none. */
static void feature_rule(nsent *s, news *nw, size_t p, size_t len,
                         bool subject) {
  named nm[MAX_LIST];
  wref was = nw->work, w = subject ? xn_work_before(s, nw, p) : nw->work;
  size_t q = x_skip_space(s->t, p + len, s->end), stop, cl;
  size_t n = xn_names_after(s, q, nm, MAX_LIST, &stop);
  bool as = n == 1 && x_at(s->t, stop, s->end, " as ");
  /* "Tom Ash has cast Ann Lee as his lead", "... as Vera in Y": a new
     subject that reads as a person's name is the one casting, unless
     one actor and a part close the sentence */
  if (subject && w.e == SKG_NONE && x_person_like(s->t + w.off, w.n, false)) {
    size_t c = stop + XC_LEN(" as "), k = as ? x_name_len(s->t, c, s->end) : 0;
    if (!k || (c + k < s->end && s->t[c + k] != '.')) {
      nw->work = was; /* the name is no item's title either */
      return;
    }
  }
  skg_eid ch = as ? character_at(s, stop + XC_LEN(" as "), &cl) : SKG_NONE;
  for (size_t i = 0; xn_has_work(&w) && i < n; i++)
    xn_perform(s, subject ? "news-hascast" : "news-feature",
               xn_person_at(s, nm[i].name.off, nm[i].name.len, SKG_ENT_ACTOR),
               ch, &w);
}

/* Past " in " or " on " after a past part's name at p, maybe after an
   aside between commas ("Kay, albeit ages ago, on Y"); p when neither. */
static size_t past_part_in(const nsent *s, size_t p) {
  const char *t = s->t;
  size_t q = p;
  if (x_at(t, q, s->end, ", ")) {
    size_t lim = q + ASIDE_MAX < s->end ? q + ASIDE_MAX : s->end;
    size_t c = x_find(t, q + XC_LEN(", "), lim, ",");
    q = c < lim ? c + 1 : p;
  }
  if (x_at(t, q, s->end, " in ") || x_at(t, q, s->end, " on "))
    return q + XC_LEN(" in ");
  return p;
}

/* "Ann Lee, who played Kay Brandt in Dock Street" (clause set), "He's
   also played Kay, albeit ages ago, on Dock Street": an earlier part of
   one actor, in the work the clause names (never the item's). */
static void past_role_rule(nsent *s, news *nw, size_t p, size_t len,
                           bool clause) {
  const char *t = s->t;
  named nm[2];
  size_t v = p; /* "Ann Lee, who": the name before the comma */
  while (v > s->a && (t[v - 1] == ' ' || (clause && t[v - 1] == ',')))
    v--;
  if (!clause && XC_ENDS(t, s->a, v, "'s"))
    v -= XC_LEN("'s"); /* "He's also played": he has */
  else if (!clause && XC_ENDS(t, s->a, v, "\xE2\x80\x99s"))
    v -= XC_LEN("\xE2\x80\x99s");
  if ((clause && v == p) || xn_subjects_before(s, v, nm, 2) != 1)
    return;
  size_t q = x_skip_space(t, p + len, s->end), wl;
  size_t cn = x_name_len(t, q, s->end), d = q + cn + 1;
  while (cn && d < s->end && isdigit((unsigned char)t[d]))
    d++; /* "Ratcatcher 2": a number ends the part's name */
  if (cn && d > q + cn + 1 && t[q + cn] == ' ')
    cn = d - q;
  size_t r = cn ? past_part_in(s, q + cn) : q;
  if (r == q + cn)
    return;
  wref before = nw->work;
  size_t r2 = past_maker_words(s, r);
  wref w = xn_work_at(s, nw, r2, &wl);
  nw->work = before;
  if (!wl || !xn_has_work(&w))
    return;
  if (r2 > r && w.e == SKG_NONE)
    w.ty = SKG_ENT_FILM; /* "James Gunn's The Suicide Squad": a film */
  skg_eid a = xn_person_at(s, nm[0].name.off, nm[0].name.len, SKG_ENT_ACTOR);
  skg_eid ch = x_lookup(s->x, X_ANY & ~X_CHARACTER, t + q, cn, NULL) == SKG_NONE
                   ? x_character(s->x, t + q, cn, true)
                   : SKG_NONE;
  if (a != SKG_NONE && ch != SKG_NONE)
    xn_perform(s, "news-past-role", a, ch, &w);
}

/* "X will direct Y", "X is attached to write and produce Y", "X To
   Direct And Star In Y", "X will be starring in, directing, and
   co-producing Y", "X is set to star alongside A" (the current work). */
/* The work of "X is set to star alongside A and B in the action comedy
   Y": the title after the first " in " past the list, else the current
   work. */
static wref along_work(nsent *s, news *nw, size_t q) {
  size_t in = x_find(s->t, q, s->end, " in "), wl;
  if (in < s->end) {
    size_t r = in + XC_LEN(" in ");
    wref before = nw->work, w = xn_work_at(s, nw, r, &wl);
    if (xn_has_work(&w))
      return w;
    nw->work = before;
  }
  return nw->work;
}

/* "Ann Roe is writing and directing the movie": no title read, but the
   one subject directs the item, and later references ("the filmmaker's
   epic 'X'") speak of her. */
static void untitled_director(nsent *s, news *nw, const named *nm,
                              const skg_pred *preds, size_t n) {
  const char *t = s->t;
  x_span nmn = nm->name;
  for (size_t j = 0; j < n; j++)
    if (preds[j] == SKG_PRED_DIRECTOR) {
      skg_eid e = x_lookup(s->x, X_PERSON, t + nmn.off, nmn.len, NULL);
      if (e != SKG_NONE && skg_graph_type(s->x->g, e) != SKG_ENT_ACTOR)
        nw->director = e;
      else if (e == SKG_NONE && x_person_like(t + nmn.off, nmn.len, true) &&
               !xn_headline_case(s, nmn.off, nmn.len))
        nw->untitled = nmn;
      return;
    }
}

/* The facts of the k subjects nm for the n verbs preds in w, ch the
   part a cast verb names; the last director is the text's. True when
   an actor was cast. */
static bool verb_facts(nsent *s, news *nw, const named *nm, size_t k,
                       const skg_pred *preds, size_t n, wref *w, skg_eid ch) {
  bool cast = false;
  for (size_t i = 0; i < k; i++)
    for (size_t j = 0; j < n; j++) {
      bool c = preds[j] == SKG_PRED_CAST_MEMBER;
      skg_eid e = xn_person_at(s, nm[i].name.off, nm[i].name.len,
                               c ? SKG_ENT_ACTOR : SKG_ENT_PERSON);
      if (c)
        xn_perform(s, "news-verbs", e, ch, w);
      else
        xn_crew_fact(s, "news-verbs", w, preds[j], e);
      if (preds[j] == SKG_PRED_DIRECTOR && e != SKG_NONE)
        nw->director = e;
      cast = cast || (c && e != SKG_NONE);
    }
  return cast;
}

/* What the subjects nm (k of them) of a verb list without a work do:
   "Copperline Studios is producing.", a headline's new item, an
   untitled film's director. */
static void verbs_without_work(nsent *s, news *nw, const named *nm, size_t k,
                               const skg_pred *preds, size_t n, size_t q,
                               const wref *w) {
  const char *t = s->t;
  if (n == 1 && preds[0] == SKG_PRED_PRODUCER && k == 1 &&
      (q >= s->end || t[q] == '.'))
    xn_company_producing(s, nw,
                         &nm[0]); /* "Copperline Studios is producing." */
  if (n && (xn_headline_work(s, w) ||
            (!xn_has_work(w) && xn_headline_case(s, 0, 0))))
    nw->work = XN_NO_WORK; /* a headline's new item, its title not read */
  if (!xn_has_work(w) && k == 1)
    untitled_director(s, nw, &nm[0], preds, n);
}

/* "A and B will write and direct Y [as Z]" (an "aux" cue at p, len
   bytes, then its verbs): the verbs' facts of the subjects in the work
   after them; "\"Y\" will star A, B", "will star alongside A in Y". */
static void verbs_rule(nsent *s, news *nw, size_t p, size_t len) {
  const char *t = s->t;
  skg_pred preds[XN_VERBS_MAX];
  size_t n, q = xn_read_verbs(s, x_skip_space(t, p + len, s->end), preds, &n);
  if (q == SIZE_MAX)
    return;
  size_t wl = 0, cl;
  wref ws;
  if (n == 1 && preds[0] == SKG_PRED_CAST_MEMBER &&
      xn_work_subject(s, nw, p, q, &ws)) { /* "\"Y\" will star A, B" */
    nw->work = ws;
    alongside(s, nw, cast_list(s, nw, q, &ws, "news-stars"), &ws);
    return;
  }
  bool along =
      n == 1 && preds[0] == SKG_PRED_CAST_MEMBER && along_at(t, q - 1, s->end);
  wref w = along ? along_work(s, nw, q)
           : n   ? xn_work_at(s, nw, q, &wl)
                 : XN_NO_WORK;
  if (along)
    q--;
  named nm[MAX_LIST];
  size_t k = xn_subjects_before(s, p, nm, MAX_LIST);
  verbs_without_work(s, nw, nm, k, preds, n, q, &w);
  /* "Ann Lee is writer Bo Vale's sister": a name with a possessive is
     no work of the verbs */
  if (!xn_has_work(&w) || xn_headline_work(s, &w) ||
      (wl && x_possessive_at(t, q + wl, s->end)))
    return;
  /* "X is set to star in Y as Z" */
  skg_eid ch =
      k == 1 && x_at(t, q + wl, s->end, " as ") /* "as the villain Z" too */
          ? character_at(s, past_description(s, q + wl + XC_LEN(" as ")), &cl)
          : SKG_NONE;
  bool cast = verb_facts(s, nw, nm, k, preds, n, &w, ch);
  /* "will appear in Y on Apple TV+, alongside A" */
  size_t ne = xn_network_after(s, &w, q + wl);
  if (cast)
    alongside(s, nw, ne, &w);
}

/* Does the name t[in..in+n) end in a generational suffix ("Jr", "Sr")
   that is written with a dot? */
static bool name_suffix_end(const char *t, size_t in, size_t n) {
  static const char *const SUFFIX[] = {" Jr", " Sr"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(SUFFIX); i++) {
    size_t k = strlen(SUFFIX[i]);
    if (xc_ends(t, in + 1, in + n, SUFFIX[i], k)) /* n > k */
      return true;
  }
  return false;
}

/* "Kate (Tessa Moreau)", "a teen, Ray (Moreau)": a character and, in
   parentheses, an actor the text has cast: a role in the current work. */
static void paren_roles(nsent *s, news *nw) {
  const char *t = s->t;
  /* "... cast stalwarts, including Miranda Bailey (Chandra Wilson)": the
     pairs of a list of the cast, not "Tom Ash (Dock Street) joins" */
  size_t incl = x_find(t, s->a, s->end, " including ");
  bool cast_words = incl < s->end && x_find(t, s->a, incl, " cast ") < incl;
  /* "The limited series centers on Kay Brandt (Ann Lee), who ...": in a
     sentence about the work's story, too */
  size_t r = xn_work_reference(s, s->a), cue;
  if (r && xn_has_work(&nw->work) &&
      xn_cue_at(t, x_skip_space(t, s->a + r, s->end), s->end, "story", &cue)) {
    incl = s->a;
    cast_words = true;
  }
  for (size_t p = s->a; p + XC_LEN(" (") < s->end; p++) {
    if (t[p] != ' ' || t[p + 1] != '(')
      continue;
    size_t st = x_name_before(t, s->a, p), in = p + XC_LEN(" (");
    size_t n = x_name_len(t, in, s->end);
    /* "(James Roe Jr.)": the dot of the name's last abbreviation */
    size_t close = in + n;
    if (n && x_at(t, close, s->end, ".)") && name_suffix_end(t, in, n))
      close++;
    if (st == p || !n || !x_at(t, close, s->end, ")") ||
        XC_ENDS(t, s->a, st, "\xE2\x80\x9D ") || XC_ENDS(t, s->a, st, "\" "))
      continue; /* "Joe "Wild" Ferris (Ann Lee)": not "Ferris" alone */
    skg_eid a = x_lookup(s->x, X_PERSON, t + in, n, NULL);
    /* "cast stalwarts, including Miranda Bailey (Chandra Wilson)": in a
       sentence about the cast, a full name in parentheses is an actor */
    if (a == SKG_NONE && cast_words && p > incl &&
        x_person_like(t + in, n, false))
      a = xn_person_at(s, in, n, SKG_ENT_ACTOR);
    if (a == SKG_NONE || skg_graph_type(s->x->g, a) != SKG_ENT_ACTOR ||
        x_lookup(s->x, X_ANY & ~X_CHARACTER, t + st, p - st, NULL) != SKG_NONE)
      continue;
    size_t cl;
    skg_eid ch = character_at(s, st, &cl);
    wref w = nw->work;
    if (ch != SKG_NONE && cl == p - st)
      xn_perform(s, "news-paren", a, ch, &w);
  }
}

/* Where an aside cue of news_cues ("known for playing") starts in the
   sentence; s->end when there is none. */
static size_t aside_at(const nsent *s) {
  for (size_t p = s->a + 1, len; p < s->end; p++)
    if (s->t[p - 1] == ' ' && xn_cue_at(s->t, p, s->end, "aside", &len))
      return p;
  return s->end;
}

/* The readers that look at the whole sentence before its cues: titles,
   credits, possessives, parentheses. */
static void sentence_readers(nsent *s, news *nw, wref *before) {
  xn_item_titles(s, nw);
  xn_cast_blocks(s, nw);
  xn_appositive(s, nw);
  xn_credit_prefixes(s, nw);
  xn_credit_reference(s, nw);
  xn_job_titles(s, nw);
  xn_possessive_networks(s, nw);
  xn_network_titles(s, nw);
  xn_known_for(s, nw, before);
  xn_resume_credits(s, nw);
  xn_possessive_directors(s, nw);
  xn_company_works(s, nw);
  xn_actor_parts(s, nw);
  paren_roles(s, nw);
}

/* One signature for every cue handler, kind the cue's row kind (the
   handlers that read it get it whole); CUE wraps those that take no
   kind, a flag the kind decides, or the part after "crew:". */
typedef void cue_fn(nsent *s, news *nw, size_t p, size_t len, const char *kind);
#define CUE(name, call)                                                        \
  static void name(nsent *s, news *nw, size_t p, size_t len,                   \
                   const char *kind) {                                         \
    (void)kind;                                                                \
    call;                                                                      \
  }
CUE(team_cue, team_rule(s, nw, p, len))
CUE(role_cue, role_rule(s, nw, p, len))
CUE(stars_cue, stars_rule(s, nw, p, len))
CUE(inwhich_cue, inwhich_rule(s, nw, p, len))
CUE(castthat_cue, castthat_rule(s, nw, p, len))
CUE(playedby_cue, xn_played_by(s, nw, p, len))
CUE(script_cue, xn_script_rule(s, nw, p, len))
CUE(aux_cue, verbs_rule(s, nw, p, len))
CUE(castset_cue, xn_cast_set(s, nw, p, len))
CUE(behind_cue, xn_behind_rule(s, nw, p, len))
CUE(netverb_cue, xn_network_verb(s, nw, p, len))
CUE(join_cue, join_rule(s, nw, p, len, false))
CUE(joinweak_cue, join_rule(s, nw, p, len, true))
CUE(castlist_cue, castlist_rule(s, nw, p, len, false))
CUE(castare_cue, castlist_rule(s, nw, p, len, true))
CUE(feature_cue, feature_rule(s, nw, p, len, false))
CUE(hascast_cue, feature_rule(s, nw, p, len, true))
CUE(pastrole_cue, past_role_rule(s, nw, p, len, true))
CUE(played_cue, past_role_rule(s, nw, p, len, false))
CUE(crew_cue, xn_crew_list(s, nw, p, len, kind + XC_LEN("crew:")))

/* The cue kinds and their handlers, in dispatch order: first those that
   cast actors or name parts, then those that name makers, companies,
   networks or the item. prefix: kind starts with the row's kind. A kind
   in no row (a verb without its aux) applies nothing. */
static const struct {
  const char *kind;
  bool prefix;
  cue_fn *fn;
} CUES[] = {
    {"join", false, join_cue},         {"joinweak", false, joinweak_cue},
    {"team", false, team_cue},         {"role", false, role_cue},
    {"stars", false, stars_cue},       {"inwhich", false, inwhich_cue},
    {"castlist", false, castlist_cue}, {"castare", false, castare_cue},
    {"castthat", false, castthat_cue}, {"feature", false, feature_cue},
    {"hascast", false, hascast_cue},   {"pastrole", false, pastrole_cue},
    {"played", false, played_cue},     {"playedby", false, playedby_cue},
    {"crew:", true, crew_cue},         {"script", false, script_cue},
    {"aux", false, aux_cue},           {"of:", true, xn_of_rule},
    {"by:", true, xn_by_rule},         {"castset", false, castset_cue},
    {"behind", false, behind_cue},     {"after:", true, xn_after_rule},
    {"netverb", false, netverb_cue},   {"adds", false, xn_item_rule},
    {"headline", false, xn_item_rule},
};

/* Applies the cue of kind at p (len bytes): false when no row has it. */
static bool apply_cue(nsent *s, news *nw, size_t p, size_t len,
                      const char *kind) {
  for (size_t i = 0; i < SKG_ARRAY_LEN(CUES); i++) {
    const char *k = CUES[i].kind;
    if (CUES[i].prefix ? strncmp(kind, k, strlen(k)) == 0
                       : strcmp(kind, k) == 0) {
      CUES[i].fn(s, nw, p, len, kind);
      return true;
    }
  }
  return false;
}

/* Applies every cue of the sentence, left to right. */
static void news_sentence(nsent *s, news *nw) {
  wref before = nw->work;
  sentence_readers(s, nw, &before);
  for (size_t p = s->a; p < s->end; p++) {
    if (p > s->a && xn_word_char(s->t[p - 1]))
      continue;
    size_t len;
    const char *kind = xn_cue_at(s->t, p, s->end, "", &len);
    if (kind && apply_cue(s, nw, p, len, kind))
      p += len - 1;
  }
  xn_reference_networks(s, nw);
  xn_director_references(s, nw); /* after the cues that name him */
  /* "Ann Lee, known for playing the lead in Netflix's show X": a title
     after an aside cue is the actor's credit, not the item's work */
  size_t c = aside_at(s);
  if (c < s->end && nw->work.si == s->si && nw->work.off > c)
    nw->work = before;
}

void x_rules_news(x_ctx *x) {
  if (x->subject != SKG_NONE)
    return; /* a page about one work: its own rules read it */
  size_t n = x->refs_start < x->d->nsents ? x->refs_start : x->d->nsents;
  size_t tend = n ? x->d->sents[n - 1].off + x->d->sents[n - 1].len : 0;
  news nw = {.work = XN_NO_WORK,
             .doc_type = xn_text_type(x->d, tend),
             .headline = SKG_NONE,
             .by = XN_NO_WORK,
             .by_si = 0,
             .opening = XN_NO_WORK,
             .release = XN_NO_WORK,
             .director = SKG_NONE,
             .series = XN_NO_WORK,
             .film = XN_NO_WORK};
  xn_release_work(x, n, &nw);
  for (size_t si = 0; si < n; si++) {
    const skg_span *sp = &x->d->sents[si];
    nsent s = {x, si, x->d->text, sp->off, sp->off + sp->len};
    s.a = xn_past_dateline(s.t, s.a, s.end);
    xn_section_title(&s, &nw, n);
    news_sentence(&s, &nw);
    skg_ent ty = xn_work_type(&s, &nw.work);
    if (ty == SKG_ENT_SERIES)
      nw.series = nw.work;
    else if (ty == SKG_ENT_FILM)
      nw.film = nw.work;
  }
  /* a review round-up is about the work its headline names: the
     reviews rules read it as the subject. Casting news is not handed to
     the article rules, whose cast lists would read "Ann Lee (Dock
     Street)" as a character and its actor. */
  if (nw.headline == SKG_NONE && xn_has_work(&nw.opening) &&
      (x_find(x->d->text, 0, tend, " reviews") < tend ||
       x_find(x->d->text, 0, tend, " critics") < tend))
    nw.headline = xn_realise(x, &nw.opening); /* "X had its premiere ...
                                              the first reviews" */
  if (nw.headline != SKG_NONE) {
    x->subject = nw.headline;
    x->subject_type = skg_graph_type(x->g, nw.headline);
  }
}
