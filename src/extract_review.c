/* extract_review.c: critics and their ratings in the reception part, and
   the outlets prose names. A review sentence attributes a judgement of the
   work to a person at an outlet:
     "Jane Roe of the Daily Courier called the series ..."
     "The Daily Courier's Jane Roe gave it 3 out of 5 stars"
     "Reviewing the film for Screen Weekly, Jane Roe felt ..."
   The same attribution outside the reception part, without a rating, is a
   journalist's piece: only writesFor. */
#include "lexicon.h"
#include "xmatch.h"
#include "xnews.h"
#include "xrules.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A person credited with a piece for an outlet, inside one sentence. */
typedef struct {
  x_span critic, pub;
  size_t end;     /* where the attribution ends */
  bool reviewing; /* "Reviewing X for Outlet, Critic": a review by form */
  bool named;     /* the form says the name is an outlet ("Writing for") */
  bool article;   /* "of the Outlet" */
  bool said;      /* the form holds the verb ("Jane Roe said in ...") */
  size_t from;    /* where its rating may start (0: after the byline) */
} attribution;

/* Sentences without any review cue after which the reception part is
   over. */
#define RECEPTION_GAP 4

/* Position after the word at pos and the spaces that follow it. */
static size_t next_word(const char *t, size_t pos, size_t end) {
  while (pos < end && t[pos] != ' ')
    pos++;
  return x_skip_space(t, pos, end);
}

/* Length of an outlet's name at pos: a capitalised name, "/Film", or a
   lower-case brand with a digit or capital inside ("io9"). */
static size_t pub_len(const char *t, size_t pos, size_t end) {
  if (pos < end && t[pos] == '/') {
    size_t n = x_name_len(t, pos + 1, end);
    return n ? n + 1 : 0;
  }
  size_t n = x_name_len(t, pos, end);
  if (n || pos >= end || !islower((unsigned char)t[pos]))
    return n;
  /* asked at most words of a review section: lower-case letters (the
     common case) are passed first, without a digit-or-capital test */
  size_t i = pos;
  bool mixed = false;
  for (; i < end; i++) {
    unsigned char c = (unsigned char)t[i];
    if (islower(c) || c == '.')
      continue;
    if (!isdigit(c) && !isupper(c))
      break;
    mixed = true;
  }
  while (i > pos && t[i - 1] == '.')
    i--;
  return mixed ? i - pos : 0;
}

/* ---- who wrote for which outlet ---- */

/* True when a whole word of data/said_verbs.txt ("said", "wrote") and a
   space end right before pos: "..., said Jane Roe in the Daily Courier". */
static bool said_before(const char *t, size_t pos) {
  if (pos < 2 || t[pos - 1] != ' ')
    return false;
  size_t w = pos - 1;
  while (w > 0 && isalpha((unsigned char)t[w - 1]))
    w--;
  return w < pos - 1 && skg_lex_has(SKG_LEX_SAID_VERBS, t + w, pos - 1 - w);
}

/* "Jane Roe of the Daily Courier", "Jane Roe for Screen Weekly", "Jane
   Roe said in the Daily Courier", "Jane Roe (Screen Weekly)". */
static bool person_of_outlet(const char *t, size_t pos, size_t end,
                             attribution *a) {
  /* "said in", "wrote in", ", writing for", "(": the form holds the
     verb; a bare " in " only after "said Jane Roe" */
  static const char *const SAID[] = {
      " said in ",      " says in ",     " wrote in ",    " writes in ",
      ", writing for ", ", writing in ", " writing for ", " (",
      " in ",           " on "};
  size_t n = x_name_len(t, pos, end), p = pos + n;
  if (!n || !x_person_like(t + pos, n, false))
    return false;
  bool said = false;
  xc_cur c = xc_at(t, pos, p, end);
  if (!XC_EXACT(&c, " of ") && !XC_EXACT(&c, " for ")) {
    size_t i = 0;
    while (i < SKG_ARRAY_LEN(SAID) && !x_at(t, p, end, SAID[i]))
      i++;
    if (i == SKG_ARRAY_LEN(SAID) ||
        ((!strcmp(SAID[i], " in ") || !strcmp(SAID[i], " on ")) &&
         !said_before(t, pos)))
      return false;
    xc_exact(&c, SAID[i], strlen(SAID[i]));
    said = true;
  }
  bool the = XC_EXACT(&c, "the ");
  p = c.p;
  size_t k = pub_len(t, p, end);
  if (!k || (said && t[p - 1] == '(' && !x_at(t, p + k, end, ")")))
    return false;
  *a = (attribution){{pos, n}, {p, k}, p + k, false, false, the, said, 0};
  return true;
}

/* Length of a critic noun after an outlet ("Variety critic Jane Roe"),
   with its space, or 0. */
static size_t critic_noun(const char *t, size_t pos, size_t end) {
  /* data/critic_nouns.txt, between two spaces */
  if (!x_at(t, pos, end, " "))
    return 0;
  size_t n = xc_lex_len(t, pos + 1, end, SKG_LEX_CRITIC_NOUNS);
  return n && x_at(t, pos + 1 + n, end, " ") ? n + 1 : 0;
}

/* "The Daily Courier's Jane Roe", "io9's Jane Roe", "Variety critic Jane
   Roe". */
static bool outlet_possessive(const char *t, size_t pos, size_t end,
                              attribution *a) {
  size_t k = pub_len(t, pos, end);
  size_t ps = k ? x_possessive_at(t, pos + k, end) : 0;
  if (k && !ps)
    ps = critic_noun(t, pos + k, end);
  /* "Screen Weekly magazine's Jane Roe" (data/outlet_kind_words.txt) */
  if (k && !ps && x_at(t, pos + k, end, " ")) {
    size_t m = xc_lex_len(t, pos + k + 1, end, SKG_LEX_OUTLET_KIND_WORDS);
    size_t q = m ? x_possessive_at(t, pos + k + 1 + m, end) : 0;
    ps = q ? 1 + m + q : 0;
  }
  size_t c = pos + k + ps + 1;
  if (!ps || c >= end || t[c - 1] != ' ')
    return false;
  size_t n = x_name_len(t, c, end);
  if (!n || !x_person_like(t + c, n, false))
    return false;
  *a = (attribution){{c, n}, {pos, k}, c + n, false, false, false, false, 0};
  return true;
}

/* At the sentence start: "Reviewing the first season for Screen Weekly,
   Jane Roe felt ...", "In her review for ...", and the plain byline
   "Writing for Screen Weekly, Jane Roe ...". */
static bool reviewing_for(const char *t, size_t a, size_t end,
                          attribution *at) {
  if (!xc_lex_at(t, a, end, SKG_LEX_REVIEW_OPENERS))
    return false;
  size_t comma = x_find(t, a, end, ", ");
  if (comma == end || comma - a > 160)
    return false;
  size_t f = comma, p;
  while (f > a && !x_at(t, f, end, " for "))
    f--;
  if (f == a)
    return false;
  xc_cur q = xc_at(t, a, f, end), cc = xc_at(t, a, comma, end);
  XC_EXACT(&q, " for ");
  XC_EXACT(&q, "the ");
  XC_EXACT(&cc, ", ");
  p = q.p;
  size_t c = cc.p, n = x_name_len(t, c, end);
  if (pub_len(t, p, end) != comma - p || !n || !x_person_like(t + c, n, false))
    return false;
  bool review = !x_word_at(t, a, end, "Writing");
  *at = (attribution){{c, n}, {p, comma - p}, c + n, review,
                      true,   false,          false, 0};
  return true;
}

/* At the sentence start, the outlet first and the critic after it:
   "Screen Weekly: Jane Roe gave it ...", "In Screen Weekly, Jane Roe
   wrote ...", and a round-up's "But Screen Weekly was less kind, with
   Jane Roe giving it two stars" (whose rating may come before the
   name). The outlet must be one the document or the lexicon knows. */
static bool outlet_first(const char *t, size_t a, size_t end, attribution *at) {
  size_t p = a;
  bool in = x_word_at(t, p, end, "In");
  if (in || x_word_at(t, p, end, "But"))
    p = next_word(t, p, end);
  xc_cur cur = xc_at(t, a, p, end);
  XC_EXACT(&cur, "the ");
  p = cur.p;
  size_t k = pub_len(t, p, end), from = 0, the = XC_LEN("The ");
  if (k > the && x_at(t, p, end, "The ") &&
      !skg_lex_has(SKG_LEX_PUBLICATIONS, t + p, k) &&
      skg_lex_has(SKG_LEX_PUBLICATIONS, t + p + the, k - the)) {
    p += the; /* "The Daily Courier:" where the lexicon says "Daily Courier" */
    k -= the;
  }
  size_t c = p + k;
  if (!k)
    return false;
  cur = xc_at(t, a, c, end);
  if (XC_EXACT(&cur, ": ") || (in && XC_EXACT(&cur, ", ")))
    c = cur.p;
  else {
    size_t w = x_find(t, c, end, ", with ");
    if (in || w == end)
      return false;
    c = w + XC_LEN(", with ");
    from = a;
  }
  size_t n = x_name_len(t, c, end);
  if (!n || !x_person_like(t + c, n, false))
    return false;
  /* "..., with Jane Roe giving it two stars", not "..., with Jane Roe
     in the lead" */
  if (from && !xc_lex_at(t, x_skip_space(t, c + n, end), end,
                         SKG_LEX_REVIEW_PARTICIPLES))
    return false;
  *at = (attribution){{c, n}, {p, k}, c + n, false, false, false, false, from};
  return true;
}

/* Finds the attributions of sentence [a, end), in order. */
static size_t find_attributions(const char *t, size_t a, size_t end,
                                attribution *out, size_t max) {
  size_t n = 0, p = a, w = next_word(t, a, end);
  /* "And The Daily Courier's Jane Roe": the conjunction is no outlet's
     (as outlet_first's "But") */
  if ((x_word_at(t, a, end, "And") || x_word_at(t, a, end, "But")) &&
      x_cap_at(t, w, end))
    p = w;
  if (reviewing_for(t, a, end, &out[0]) || outlet_first(t, a, end, &out[0])) {
    p = out[0].end;
    n = 1;
  }
  while (p < end && n < max) {
    if (outlet_possessive(t, p, end, &out[n]) ||
        person_of_outlet(t, p, end, &out[n])) {
      p = out[n++].end;
      continue;
    }
    size_t k = pub_len(t, p, end);
    p = next_word(t, p + (k ? k : 1), end);
  }
  return n;
}

/* ---- what the sentence says the person did ---- */

/* True when a word of lex (a whole word, any case) is at pos. */

/* True when a verb of judging or reporting (data/review_verbs.txt) follows
   the byline ending at pos, after commas and adverbs
   (data/review_adverbs.txt): "Jane Roe of the Daily Courier also felt",
   "... called the series", "... gave it 3 stars". */
static bool verb_follows(const char *t, size_t pos, size_t end) {
  /* "Jane Roe, who saw it twice, said": past a relative aside */
  if (x_at(t, pos, end, ", who ")) {
    size_t c = x_find(t, pos + XC_LEN(", who "), end, ",");
    if (c < end && c - pos < 80)
      pos = c;
  }
  while (pos < end && (t[pos] == ' ' || t[pos] == ','))
    pos++;
  for (int i = 0; i < 3 && xc_lex_at(t, pos, end, SKG_LEX_REVIEW_ADVERBS); i++)
    pos = next_word(t, pos, end);
  return xc_lex_at(t, pos, end, SKG_LEX_REVIEW_VERBS);
}

/* Reads a number at pos as digits into out: "3", "6.5", "3½", "three",
   "three and a half". Returns the length read, or 0. */
static size_t number_at(const char *t, size_t pos, size_t end, char *out,
                        size_t cap) {
  size_t p = pos;
  const char *w = NULL; /* a number word's digits (data/rating_numbers.tsv) */
  while (p < end && (isdigit((unsigned char)t[p]) ||
                     (t[p] == '.' && p > pos && p + 1 < end &&
                      isdigit((unsigned char)t[p + 1]))))
    p++;
  if (p == pos) {
    size_t n = xc_lex_len(t, pos, end, SKG_LEX_RATING_NUMBERS);
    w = n ? skg_lex_get(SKG_LEX_RATING_NUMBERS, t + pos, n) : NULL;
    p = pos + n;
  }
  if (p == pos || p - pos + sizeof ".5" >= cap)
    return 0;
  if (w)
    snprintf(out, cap, "%s", w);
  else
    snprintf(out, cap, "%.*s", (int)(p - pos), t + pos);
  size_t len = strlen(out); /* leaves room for ".5": checked above */
  xc_cur c = xc_at(t, pos, p, end);
  if (XC_EXACT(&c, "\xC2\xBD") || /* "3½" */
      XC_EXACT(&c, " and a half") || XC_EXACT(&c, "-and-a-half"))
    snprintf(out + len, cap - len, ".5");
  return c.p - pos;
}

/* A letter grade at pos, in quotes ("B+", “A−”) or, after "a"/"an",
   bare ("a B+", not "a B-movie"). Writes "B+" to out. */
static bool grade_at(const char *t, size_t pos, size_t end, bool article,
                     char *out) {
  const char *close = NULL;
  if (x_at(t, pos, end, "\"") || x_at(t, pos, end, "'"))
    close = t[pos] == '"' ? "\"" : "'";
  else if (x_at(t, pos, end, "\xE2\x80\x9C"))
    close = "\xE2\x80\x9D";
  size_t p = pos + (close ? (close[0] == '\xE2' ? 3 : 1) : 0), g = 1;
  if (p >= end || t[p] < 'A' || t[p] > 'F' || t[p] == 'E')
    return false;
  char sign = 0;
  if (p + 1 < end && (t[p + 1] == '+' || t[p + 1] == '-')) {
    sign = t[p + 1];
    g = 2;
  } else if (x_at(t, p + 1, end, "\xE2\x88\x92")) { /* minus sign */
    sign = '-';
    g = 4;
  }
  size_t after = p + g;
  if (close ? !x_at(t, after, end, close)
            : !article || (after < end && (isalnum((unsigned char)t[after]) ||
                                           t[after] == '-')))
    return false;
  out[0] = t[p];
  out[1] = sign;
  out[2] = '\0';
  return true;
}

/* A rating at pos, normalised into out (at least 32 bytes):
   "3 out of 5 stars" and "3 stars out of 5" -> "3/5", "a 6.5 out of 10"
   -> "6.5/10", "three and a half out of four" -> "3.5/4", "a "B+"" -> "B+". */
static bool rating_at(const char *t, size_t pos, size_t end, char *out) {
  static const char *const MIDS[] = {" out of ", "/", " stars out of ",
                                     " star out of "};
  size_t p = pos;
  if (x_at(t, p, end, "a ") || x_at(t, p, end, "an "))
    p = next_word(t, p, end);
  if (grade_at(t, p, end, p != pos, out))
    return true;
  char n[12], m[12];
  size_t k = number_at(t, p, end, n, sizeof n);
  for (size_t i = 0; k && i < SKG_ARRAY_LEN(MIDS); i++) {
    size_t q = p + k + strlen(MIDS[i]);
    if (x_at(t, p + k, end, MIDS[i]) && number_at(t, q, end, m, sizeof m)) {
      snprintf(out, 32, "%s/%s", n, m);
      return true;
    }
  }
  /* "gave it four stars": star ratings without a scale are out of five,
     as the outlets that print them use */
  if (k && (x_at(t, p + k, end, " stars") || x_at(t, p + k, end, " star")) &&
      strtod(n, NULL) <= 5) {
    snprintf(out, 32, "%s/5", n);
    return true;
  }
  return false;
}

/* The work named between "gave" and the rating ("gave Harbor Lights 3
   stars"), when it is one the document knows; else *work is kept. */
static void object_work(const x_ctx *x, size_t a, size_t b, skg_eid *work) {
  const char *t = x->d->text;
  size_t n = x_name_len(t, a, b);
  if (!n)
    return;
  while (n && t[a + n - 1] == ' ')
    n--;
  skg_eid w = x_lookup(x, X_WORK, t + a, n, NULL);
  if (w != SKG_NONE)
    *work = w;
}

/* Finds "gave|awarding|rated <object> <rating>" in [pos, end): a verb of
   data/rating_verbs.txt, then a rating within eight words. */
static bool find_rating(const x_ctx *x, size_t pos, size_t end, char *out,
                        skg_eid *work) {
  const char *t = x->d->text;
  for (size_t p = pos; p < end; p = next_word(t, p, end)) {
    if (!xc_lex_at(t, p, end, SKG_LEX_RATING_VERBS))
      continue;
    size_t obj = next_word(t, p, end), q = obj;
    for (int i = 0; i < 8 && q < end; i++, q = next_word(t, q, end)) {
      size_t sp = q - 1; /* the space before word q */
      if (t[sp - 1] == ',' || t[sp - 1] == ';' || t[sp - 1] == ':')
        break;
      if (rating_at(t, q, end, out)) {
        object_work(x, obj, q, work);
        return true;
      }
    }
  }
  return false;
}

/* ---- the reception part ---- */

typedef struct {
  bool page;    /* the whole page is a review (review_page) */
  bool open;    /* inside the reception part */
  int gap;      /* sentences since the last review cue */
  skg_eid last; /* critic of the previous sentence, or SKG_NONE */
} reception;

/* Phrases that open or continue a reception part: "The review aggregator
   Rotten Tomatoes ...", "The film received mixed reviews ...". */
static bool reception_cue(const char *t, size_t a, size_t end) {
  static const char *const CUES[] = {"aggregator",        "Rotten Tomatoes",
                                     "Metacritic",        "critical reception",
                                     "critical response", "critically",
                                     " reviews",          "Critical reception",
                                     "Critical response", "approval rating",
                                     "average rating",    "critics",
                                     "Critics",           "Review round",
                                     "review round",      "Reviews "};
  static _Thread_local x_gate gate;
  uint64_t may =
      x_gate_cues(&gate, CUES, SKG_ARRAY_LEN(CUES), sizeof CUES[0], t, a, end);
  for (size_t i = 0; i < SKG_ARRAY_LEN(CUES); i++)
    if (x_gate_may(may, i) && x_find(t, a, end, CUES[i]) < end)
      return true;
  return false;
}

/* The outlet of a byline: one the document or the lexicon knows; after
   "Reviewing ... for" any outlet-like name, the form says what it is.
   "of the Empire" is rarely a magazine: a one-word lexicon name after
   "the" needs the document's word (the reference list). In a review
   round-up's section ("said Jane Roe on Screen Weekly" under a rated
   heading) the layout says the name is an outlet, as "Reviewing ... for"
   does. */
static skg_eid byline_outlet(x_ctx *x, const attribution *a, bool roundup) {
  const char *s = x->d->text + a->pub.off;
  if (a->article && !memchr(s, ' ', a->pub.len)) {
    skg_eid k = x_lookup(x, X_ORG, s, a->pub.len, NULL);
    if (k == SKG_NONE || skg_graph_type(x->g, k) != SKG_ENT_PUBLICATION)
      return SKG_NONE;
  }
  skg_eid e = x_publication(x, s, a->pub.len);
  if (e == SKG_NONE && (a->named || roundup) &&
      x_lookup(x, X_ORG, s, a->pub.len, NULL) == SKG_NONE)
    e = x_entity(x, SKG_ENT_PUBLICATION, s, a->pub.len);
  return e;
}

/* "..., according to the Daily Courier's Jane Roe": the byline is the
   source of the judgement before it. */
static bool according_to(const char *t, const attribution *a) {
  static const char *const CUE[] = {"according to the ", "according to "};
  size_t at = a->pub.off < a->critic.off ? a->pub.off : a->critic.off;
  for (size_t i = 0; i < SKG_ARRAY_LEN(CUE); i++) {
    size_t n = strlen(CUE[i]);
    if (xc_ends(t, 0, at, CUE[i], n))
      return true;
  }
  return false;
}

/* One byline with the text up to the next one (stop): a review when the
   form says so, a rating follows, or a judging verb follows inside the
   reception part; else, with a verb, only the journalist's writesFor.
   Returns the critic, or SKG_NONE. */
static skg_eid byline(x_ctx *x, size_t si, const attribution *a, size_t stop,
                      const reception *r) {
  const char *t = x->d->text;
  char rating[32] = "";
  skg_eid work = x->subject;
  bool rated = find_rating(x, a->from ? a->from : a->end, stop, rating, &work);
  bool verb = a->said || verb_follows(t, a->end, stop) || according_to(t, a);
  if (!a->reviewing && !rated && !verb)
    return SKG_NONE;
  const char *name = t + a->critic.off;
  /* "Vera Quill of the Daily Courier" in a plot is a character */
  if (x_lookup(x, X_CHARACTER, name, a->critic.len, NULL) != SKG_NONE)
    return SKG_NONE;
  x_span head;
  skg_ent head_type;
  bool roundup =
      a->said && xn_roundup_title(x, a->critic.off, &head, &head_type);
  /* on a review page "Ann Lee of the Dock Ledger wrote:" names an
     outlet by its form, as a round-up's layout does */
  skg_eid pub = byline_outlet(x, a, roundup || (r->page && verb));
  if (pub == SKG_NONE)
    return SKG_NONE;
  if (roundup && (work == x->subject || work == SKG_NONE))
    work = x_entity(x, head_type, t + head.off, head.len);
  if ((a->reviewing || rated || r->open || roundup) && work != SKG_NONE) {
    skg_evidence ev = x_evidence(x, si, "review");
    skg_eid c = x_entity(x, SKG_ENT_CRITIC, name, a->critic.len);
    skg_graph_add_review(x->g, c, pub, work, rating, &ev);
    return c;
  }
  skg_evidence ev = x_evidence(x, si, "byline");
  skg_eid p = skg_graph_entity(x->g, SKG_ENT_PERSON, name, a->critic.len);
  skg_graph_add_fact(x->g, p, SKG_PRED_WRITES_FOR, pub, &ev);
  return SKG_NONE;
}

/* A critic named again at the sentence start, by surname or pronoun right
   after the review: "Roe gave it a B-.", "She awarded it 2 out of 4
   stars." The rating is the critic's. Returns the critic, or SKG_NONE. */
static skg_eid follow_up(x_ctx *x, size_t si, const reception *r) {
  const skg_span *s = &x->d->sents[si];
  const char *t = x->d->text;
  size_t a = s->off, end = a + s->len, p;
  skg_eid c = SKG_NONE;
  if (r->last != SKG_NONE && xc_lex_at(t, a, end, SKG_LEX_CRITIC_PRONOUNS)) {
    c = r->last;
    p = next_word(t, a, end);
  } else {
    size_t n = x_name_len(t, a, end);
    c = n ? x_lookup(x, X_PERSON, t + a, n, NULL) : SKG_NONE;
    if (c == SKG_NONE || skg_graph_type(x->g, c) != SKG_ENT_CRITIC)
      return SKG_NONE;
    p = a + n;
  }
  char rating[32] = "";
  skg_eid work = x->subject;
  if (find_rating(x, p, end, rating, &work) && work != SKG_NONE) {
    skg_evidence ev = x_evidence(x, si, "review");
    skg_graph_add_review(x->g, c, SKG_NONE, work, rating, &ev);
  }
  return c;
}

/* ---- outlets named in prose ---- */

/* The aggregator named at p: "Rotten Tomatoes". A name the document
   knows as a company is left alone. */
static void aggregator_at(x_ctx *x, size_t p, size_t end) {
  const char *t = x->d->text;
  size_t n = pub_len(t, p, end);
  if (!n || x_publication(x, t + p, n) != SKG_NONE ||
      x_lookup(x, X_ORG, t + p, n, NULL) != SKG_NONE)
    return;
  x_entity(x, SKG_ENT_PUBLICATION, t + p, n);
}

/* Review aggregators: "The review aggregator website Screen Tally
   reported ...", "On Screen Tally, the film holds an approval rating
   ...", "Screen Tally, which uses a weighted average, assigned ...". */
static void aggregators(x_ctx *x, size_t si) {
  static const char *const SCORE[] = {"approval rating", "weighted average",
                                      "average rating", "average score",
                                      "Metascore"};
  const skg_span *s = &x->d->sents[si];
  const char *t = x->d->text;
  size_t a = s->off, end = a + s->len;
  size_t p = x_find(t, a, end, "aggregator");
  if (p < end) {
    p = next_word(t, p, end);
    while (xc_lex_at(t, p, end, SKG_LEX_AGGREGATOR_SITE_WORDS))
      p = next_word(t, p, end);
    aggregator_at(x, p, end);
  }
  bool score = false;
  static _Thread_local x_gate gate;
  uint64_t may = x_gate_cues(&gate, SCORE, SKG_ARRAY_LEN(SCORE),
                             sizeof SCORE[0], t, a, end);
  for (size_t i = 0; i < SKG_ARRAY_LEN(SCORE); i++)
    score = score || (x_gate_may(may, i) && x_find(t, a, end, SCORE[i]) < end);
  if (!score)
    return;
  if (xc_lex_at(t, a, end, SKG_LEX_AGGREGATOR_OPENERS))
    a = next_word(t, a, end);
  size_t n = pub_len(t, a, end), w = 0;
  while (w < n && t[a + w] != ' ')
    w++;
  if (!n || skg_lex_has(SKG_LEX_NOT_NAMES, t + a, w))
    return; /* "Critics gave the film an average rating ..." */
  if (x_at(t, a + n, end, ",") ||
      (a + n + 1 < end && t[a + n] == ' ' &&
       xc_lex_at(t, a + n + 1, end, SKG_LEX_AGGREGATOR_VERBS)))
    aggregator_at(x, a, end);
}

/* "The Daily Courier reported that ...": an outlet the document or the
   lexicon knows. A one-word lexicon name opening a sentence may be a
   common word ("People reported ...") and needs the document's word. */
static void reporting_outlets(x_ctx *x, size_t si) {
  const skg_span *s = &x->d->sents[si];
  const char *t = x->d->text;
  size_t a = s->off, end = a + s->len;
  for (size_t p = a; p < end;) {
    size_t k = pub_len(t, p, end);
    if (k && p + k + 1 < end && t[p + k] == ' ' &&
        xc_lex_at(t, p + k + 1, end, SKG_LEX_REPORT_VERBS)) {
      bool risky = p == a && !memchr(t + p, ' ', k);
      skg_eid e = x_lookup(x, X_ORG, t + p, k, NULL);
      if (!risky ||
          (e != SKG_NONE && skg_graph_type(x->g, e) == SKG_ENT_PUBLICATION))
        x_publication(x, t + p, k);
    }
    p = next_word(t, p + (k ? k : 1), end);
  }
}

/* Is the page a review of its subject, by its first line ("Dock Street
   review: a quiet storm", "Review: Dock Street ...", a reviewhead cue of
   news_cues before or after the title)? Then every
   critic's judgement in it is a review, rating or not. */
static bool review_page(const x_ctx *x) {
  if (x->subject == SKG_NONE || x->d->nsents == 0)
    return false;
  const char *t = x->d->text;
  size_t a = x->d->sents[0].off, end = a + x->d->sents[0].len, len;
  while (end > a && isspace((unsigned char)t[end - 1]))
    end--;
  if (end == a || t[end - 1] == '.')
    return false; /* a lead sentence, no headline */
  if (xn_cue_at(t, a, end, "reviewhead", &len))
    return true; /* "Review: Dock Street is a quiet storm" */
  for (size_t p = a + 1; p < end; p++)
    if (t[p - 1] == ' ' && xn_cue_at(t, p, end, "reviewhead", &len))
      return true;
  return false;
}

void x_rules_reviews(x_ctx *x) {
  bool page = review_page(x);
  reception r = {page, page, 0, SKG_NONE};
  const char *t = x->d->text;
  for (size_t si = 0; si < x->refs_start && si < x->d->nsents; si++) {
    size_t a = x->d->sents[si].off, end = a + x->d->sents[si].len;
    bool cue = reception_cue(t, a, end);
    if (cue) {
      r.open = true;
      r.gap = 0;
    }
    aggregators(x, si);
    reporting_outlets(x, si);
    attribution at[8];
    size_t n = find_attributions(t, a, end, at, SKG_ARRAY_LEN(at));
    skg_eid last = n ? SKG_NONE : follow_up(x, si, &r);
    for (size_t i = 0; i < n; i++) {
      size_t stop = i + 1 < n ? at[i + 1].critic.off : end;
      if (i + 1 < n && at[i + 1].pub.off < stop)
        stop = at[i + 1].pub.off;
      skg_eid c = byline(x, si, &at[i], stop, &r);
      last = c != SKG_NONE ? c : last;
    }
    r.last = last;
    if (cue || last != SKG_NONE)
      r.gap = 0;
    else if (++r.gap > RECEPTION_GAP && !r.page)
      r.open = false;
  }
  xn_roundup_cast(x);
  xn_signoff_reviews(x);
}
