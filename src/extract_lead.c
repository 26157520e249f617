/* extract_lead.c: the lead sentence names the work the article is about and
   what it is: "Harbor Lights is a 1998 American crime film directed by
   ..." or "The Night Ledger is an American television miniseries created
   by ...". Everything else in the document is read relative to it. Also
   the leads of character articles ("Vera Quill is a fictional character
   introduced in ...") and the series of an episode article. What the
   sentences about the work say of it (makers, networks) is
   extract_lead_makers.c's. */
#include "extract_lead_title.h"
#include "extract_lead_words.h"
#include "extract_lead_work.h"
#include "lexicon.h"
#include "xmatch.h"
#include "xrules.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* Copula that separates a lead's title from its description; the last two
   cover a title followed by a parenthesis and no verb ("Title (also known
   as ...) a 1974 film"). Searched as text, the first in the sentence
   wins (a table of C, not a data/ list: its spaces and parenthesis are
   the cue). */
static const char *const COPULAS[] = {" is a ",   " is an ", " was a ",
                                      " was an ", " is the ", " was the ",
                                      ") a ",     ") an ",
                                      /* a template left out of a rendered
                                         page leaves two spaces */
                                      " is  a ", " is  an "};

/* A capitalised copula ("Harbor Lights Is a 1952 thriller"), only where
   the sentence has none of COPULAS: a title may hold one ("Love Is a
   Harbor is a 1955 film"). */
static const char *const CAPITAL_COPULAS[] = {" Is a ", " Is an "};

/* Position of the first copula in the sentence (or end); *len its length. */
static size_t find_copula(const char *t, size_t a, size_t end, size_t *len) {
  size_t best = x_find_first(t, a, end, COPULAS, SKG_ARRAY_LEN(COPULAS), len);
  if (best == end)
    best = x_find_first(t, a, end, CAPITAL_COPULAS,
                        SKG_ARRAY_LEN(CAPITAL_COPULAS), len);
  if (best < end && t[best] == ')') { /* the parenthesis is not the title's */
    best++;
    (*len)--;
  }
  return best;
}

bool x_description_ends(const char *t, size_t p, size_t end) {
  /* a stop word only where a word starts: not the "on" that ends
     "television" for a caller that steps byte by byte */
  if (p > 0 && isalnum((unsigned char)t[p - 1]))
    return t[p] == ',' || t[p] == '(' || t[p] == ';';
  /* data/description_stops.txt: "directed", "based", "which", "hosted" */
  if (xc_lex_at(t, p, end, SKG_LEX_DESCRIPTION_STOPS))
    return true;
  if (x_word_at(t, p, end, "and")) /* not "the 12th and final episode" */
    return !x_cap_at(t, p + sizeof "and", end) && /* the word after */
           !x_word_at(t, p + sizeof "and", end, "final") &&
           !x_word_at(t, p + sizeof "and", end, "last");
  return t[p] == ',' || t[p] == '(' || t[p] == ';';
}

/* Finds the work noun ("television miniseries", "film") in the
   description: the longest lexicon phrase ending at the last word before
   the description stops. Returns Series or Film, or SKG_ENT_COUNT. */
/* True when the word at p is a head noun that a work noun can modify
   without the phrase naming a work: a role ("film director"), or a kind of
   person or organisation ("film critic", "television company"). */
static bool modified_head(const char *t, size_t p, size_t end) {
  size_t q = p;
  while (q < end && t[q] != ' ' && t[q] != ',' && t[q] != '.')
    q++;
  /* data/head_nouns.txt: "critic", "company", "station" */
  return skg_lex_has(SKG_LEX_ROLES, t + p, q - p) ||
         xc_lex_at(t, p, q, SKG_LEX_HEAD_NOUNS);
}

/* "an American television legal drama", "a British TV comedy": with no
   work noun, "television" or "TV" before the last word of the description
   still says it is a series, unless that word is a person's or a
   company's ("television presenter", "TV station"). */
static skg_ent television_kind(const char *t, const size_t *words, size_t nw,
                               size_t end) {
  size_t i = 0;
  while (i < nw && !x_word_at(t, words[i], end, "television") &&
         !x_word_at(t, words[i], end, "TV"))
    i++;
  if (i + 1 >= nw || nw - i > 3) /* "television legal drama" at most */
    return SKG_ENT_COUNT;
  for (size_t j = i + 1; j < nw; j++)
    if (modified_head(t, words[j], end))
      return SKG_ENT_COUNT;
  return SKG_ENT_SERIES;
}

enum { NOUN_WORDS = 4 };

/* True when the word at p says the article is a character's ("the
   title character of the 1995 film Y", "the main protagonist of the
   2004 film Y"). */
static bool character_word(const char *t, size_t p, size_t end) {
  return xc_lex_at(t, p, end, SKG_LEX_CHARACTER_WORDS);
}

/* "a 2014 American biographical sports and true crime drama film
   produced by": a description cut at "and" whose words after it, to the
   next stop, end with a film's work noun. */
static bool film_after_and(const char *t, size_t stop, size_t end) {
  if (!x_word_at(t, stop, end, "and"))
    return false;
  size_t p = x_skip_space(t, stop + XC_LEN("and"), end), last = p;
  for (int words = 0; words < 6 && p < end; words++) {
    if (x_description_ends(t, p, end))
      break;
    last = p;
    p = x_skip_space(t, xl_word_end(t, p, end), end);
  }
  size_t e = xl_word_end(t, last, end);
  const char *v = skg_lex_get(SKG_LEX_WORK_NOUNS, t + last, e - last);
  return e > last && v && strcmp(v, "Film") == 0 &&
         (e >= end || !isalpha((unsigned char)t[e]));
}

static skg_ent work_type(const char *t, size_t a, size_t end) {
  size_t words[32], nw = 0, p = a;
  bool noun = false; /* a work noun came first: "a film about the character" */
  while (p < end && nw < 32 && !x_description_ends(t, p, end)) {
    if (!noun && character_word(t, p, end)) /* a character article */
      return SKG_ENT_COUNT;
    words[nw++] = p;
    size_t w = p;
    while (p < end && t[p] != ' ' && t[p] != ',')
      p++;
    noun = noun || skg_lex_has(SKG_LEX_WORK_NOUNS, t + w, p - w);
    if (p > w && t[p - 1] == ':')
      break; /* "Ann Lee is the latest face to visit Y: the Z veteran has
                joined Netflix's series": news, the colon ends it */
    p = x_skip_space(t, p, end);
  }
  for (size_t last = nw; last-- > 0;) {
    size_t wend = words[last];
    while (wend < end && t[wend] != ' ' && t[wend] != ',' &&
           !(t[wend] == '.' && wend + 1 == end))
      wend++;
    /* a work noun of up to four words ends at the last word */
    size_t back = NOUN_WORDS - 1;
    for (size_t first = last >= back ? last - back : 0; first <= last;
         first++) {
      const char *v = skg_lex_get(SKG_LEX_WORK_NOUNS, t + words[first],
                                  wend - words[first]);
      if (!v)
        continue;
      /* "a Norwegian film director", "a television production company":
         the work noun only modifies the head noun that follows it. */
      if (last + 1 < nw && modified_head(t, words[last + 1], end))
        return SKG_ENT_COUNT;
      return strcmp(v, "Film") == 0 ? SKG_ENT_FILM : SKG_ENT_SERIES;
    }
  }
  skg_ent tv = television_kind(t, words, nw, end);
  if (tv != SKG_ENT_COUNT || film_after_and(t, p, end))
    return tv != SKG_ENT_COUNT ? tv : SKG_ENT_FILM;
  return xl_genre_kind(t, words, nw, p, end);
}

/* "Studio's Title" is also known as "Title": the brand prefix is dropped
   in most of the article. */
static void brand_alias(x_ctx *x, const char *t, size_t a, size_t n) {
  for (size_t i = a; i + XC_LEN("'s ") < a + n; i++) {
    size_t k = x_possessive_at(t, i, a + n);
    if (k && t[i + k] == ' ' && x_cap_at(t, i + k + 1, a + n)) {
      x_alias(x, x->subject, t + i + k + 1, a + n - (i + k + 1));
      return;
    }
  }
}

/* Length of the words that introduce another title inside the lead's
   parenthesis ("also known as ", "English: "), or 0. */
static size_t alt_cue_len(const char *t, size_t p, size_t end) {
  /* data/alt_title_cues.txt: "also known as", "English:", "lit." */
  size_t n = xc_lex_len(t, p, end, SKG_LEX_ALT_TITLE_CUES);
  return n && x_at(t, p + n, end, " ") ? n + 1 : 0;
}

/* The title part of a lead's subject: quotes dropped, and the text cut at
   a parenthesis ("Title (Other Title)") or at a comma before a lower-case
   word ("Title, also known as ..."). Returns the title's length; *alt and
   *altn get a parenthesised other title when it looks like one. */
static size_t lead_title(const char *t, size_t *a, size_t n, size_t *alt,
                         size_t *altn) {
  size_t s = *a, e = *a + n;
  *altn = 0;
  if (t[s] == '"' && t[e - 1] == '"') {
    s++;
    e--;
  }
  size_t marks = 0; /* emphasis marks: "**Title** (...)", "'''Title'''" */
  while (s + marks < e && strchr("*_'", t[s + marks]) && t[s + marks] == t[s])
    marks++;
  for (size_t i = s; i + 1 < e; i++) {
    xc_cur c = xc_at(t, s, i, e);
    if (XC_EXACT(&c, " (")) {
      size_t close = x_find(t, c.p, e, ")");
      size_t q = c.p + alt_cue_len(t, c.p, close);
      size_t k = x_title_len(t, q, close, X_TITLE_JOIN);
      if (close < e && k && (q + k == close || t[q + k] == ',' ||
                             t[q + k] == ';')) {
        *alt = q;
        *altn = k;
      }
      e = i;
      break;
    }
    if (XC_EXACT(&c, ", ") && c.p < e && !x_cap_at(t, c.p, e)) {
      e = i;
      break;
    }
  }
  /* "Title  is a ...": a doubled space is not part of the title */
  while (e > s + 1 && t[e - 1] == ' ')
    e--;
  if (marks && e - s >= marks + marks &&
      strspn(t + e - marks, "*_'") >= marks && t[e - 1] == t[s]) {
    s += marks;
    e -= marks;
  }
  *a = s;
  return e - s;
}

/* ---- finding the lead ---- */

/* Where the first word of lex between two spaces starts, the space before
   it at most max bytes after p, or end; *len the length of the word and
   its two spaces. */
static size_t spaced_word(const char *t, size_t p, size_t end, size_t max,
                          skg_lex lex, size_t *len) {
  for (size_t q = p; q < end && q <= p + max; q++) {
    size_t n = t[q] == ' ' ? xc_lex_len(t, q + 1, end, lex) : 0;
    if (n && x_at(t, q + 1 + n, end, " ")) {
      *len = n + XC_LEN("  ");
      return q;
    }
  }
  return end;
}

/* "X is the ninth episode of the third season of the series Y", "... of
   Y's ninth season", "the season finale of the third season of Y": the
   series the episode belongs to. */
enum { EPISODE_WINDOW = 40 };

static skg_eid episode_series(x_ctx *x, size_t p, size_t end) {
  /* "the fifth episode", "the season finale", "the series premiere"
     (data/episode_nouns.txt) */
  const char *t = x->d->text;
  if (p > 0 && t[p - 1] == ' ') /* "is an episode": the noun right at p */
    p--;
  size_t len,
      ep = spaced_word(t, p, end, EPISODE_WINDOW, SKG_LEX_EPISODE_NOUNS, &len);
  if (ep == end)
    return SKG_NONE;
  size_t stop = x_find(t, ep, end, ", "), best = 0, bn = 0;
  if (stop == end)
    stop = end - 1;
  for (size_t q = ep; q < stop; q++) {
    if (t[q - 1] != ' ' || !x_cap_at(t, q, stop))
      continue;
    size_t n = x_title_len(t, q, stop, X_TITLE_POSS);
    best = q;
    bn = n;
    q += n;
  }
  if (!bn || skg_lex_has(SKG_LEX_NOT_NAMES, t + best, bn))
    return SKG_NONE;
  return x_entity(x, SKG_ENT_SERIES, t + best, bn);
}

/* The lead is looked for among the first sentences of the document, past
   lines that are not prose: a title line, navigation, image captions
   ("thumb|..."), the lines of a flattened infobox. Only this many prose
   sentences may precede it, so that a later sentence about another work
   ("Lolita is a 1962 film ...") never becomes the subject. */
#define LEAD_PROSE 3
#define LEAD_WINDOW 60
/* The longest title a lead may open with. */
enum { TITLE_MAX = 200 };

/* True when the subject s[a..a+n) is a pronoun ("It is the second
   film ..."): such a sentence goes on about a subject named before. */
static bool pronoun(const char *t, size_t a, size_t n) {
  /* data/lead_pronouns.txt, capitalised: the sentence's first word */
  return n && x_cap_at(t, a, a + n) &&
         skg_lex_has(SKG_LEX_LEAD_PRONOUNS, t + a, n);
}

/* "is a 1988 Japanese animated film ...": a lead whose subject was
   dropped with its markup (plain-text renderings remove the bold title).
   Returns where the description starts after the opening copula, or 0. */
static size_t subjectless(const char *t, const skg_span *s) {
  enum { ALSO_MAX = 120 }; /* the other name's clause */
  size_t p = s->off, end = s->off + s->len;
  if (t[p] == '(') { /* "(Japanese: ..., Hepburn: ...) is a" */
    p = x_find(t, p, end, ") ");
    if (p == end)
      return 0;
    p += XC_LEN(") ");
  } else if (t[p] == ',') { /* ", also known as Night Tide, is a" */
    p = x_find(t, p + 1, p + ALSO_MAX < end ? p + ALSO_MAX : end, ", ");
    if (p == end || p > s->off + ALSO_MAX)
      return 0;
    p += XC_LEN(", ");
  }
  /* "is a ", "was the ": the space after the article too */
  xc_cur c = xc_at(t, p, p, end);
  return XC_ALT(&c, "is|was") && XC_ALT(&c, "a|an|the") && t[c.p - 1] == ' '
             ? c.p
             : 0;
}

/* "The second season of the American drama series Harbor Days premiered
   on NBC ...", "The third season of Harbor Days, an American sitcom,
   ...": a season article, whose lead has no copula. The series is the
   work the text is read against; its description starts after "season
   of" (*desc), so that a network before the title counts ("the ABC
   sitcom Y"). Returns Series, or SKG_ENT_COUNT when s is no such lead. */
static skg_ent season_at(const char *t, const skg_span *s, size_t *a,
                         size_t *tl, size_t *desc) {
  enum { ORDINAL_MAX = 30 }; /* "The second season", "The thirty-first ..." */
  size_t end = s->off + s->len, p = s->off;
  if (!x_word_at(t, p, end, "The"))
    return SKG_ENT_COUNT;
  size_t q = x_find(t, p, end, " season of ");
  if (q == end || q > p + ORDINAL_MAX)
    return SKG_ENT_COUNT;
  q += XC_LEN(" season of ");
  x_span own, net;
  skg_ent type;
  size_t ti = x_owner_and_kind(t, q, end, &own, &net, &type);
  if (!ti && x_cap_at(t, q, end)) { /* "of Harbor Days, an American sitcom" */
    ti = q;
    type = SKG_ENT_SERIES;
  }
  size_t n = ti ? x_long_title_len(t, ti, end) : 0;
  if (!n || type != SKG_ENT_SERIES)
    return SKG_ENT_COUNT;
  *a = ti;
  *tl = n;
  *desc = q;
  return type;
}

/* True when a lead's title may open at p: a capital, or a digit ("1920
   is a series of horror films", "12 Rooms is a 1998 film"); a year
   before a copula says what the year was, which names no work noun, so
   work_type keeps such a sentence out. */
static bool title_opens(const char *t, size_t p, size_t end) {
  return x_cap_at(t, p, end) || (p < end && isdigit((unsigned char)t[p]));
}

/* Sentence si is the lead when it says what a work is: its type, title
   and description as for x_find_lead. The subject of a subjectless lead
   is the document's title line (title_above), else the page title the
   reader knew. */
static bool lead_at(const skg_doc *d, size_t si, skg_ent *type, size_t *a,
                    size_t *tl, size_t *desc) {
  const char *t = d->text;
  const skg_span *s = &d->sents[si];
  size_t end = s->off + s->len, clen = 0, alt, altn;
  size_t open = subjectless(t, s);
  if (open) {
    *type = work_type(t, open, end);
    *tl = x_subject_title(d, si, a);
    *desc = open;
    return *type != SKG_ENT_COUNT && *tl;
  }
  size_t cop = find_copula(t, s->off, end, &clen);
  if (cop == end || cop > s->off + TITLE_MAX)
    return (*type = season_at(t, s, a, tl, desc)) != SKG_ENT_COUNT;
  *type = work_type(t, cop + clen, end);
  *a = s->off;
  *tl = lead_title(t, a, cop - s->off, &alt, &altn);
  *desc = cop + clen;
  return *type != SKG_ENT_COUNT && *tl && *tl <= TITLE_MAX &&
         title_opens(t, *a, end) && !pronoun(t, *a, *tl);
}

static size_t find_lead(const x_ctx *x, skg_ent *type, size_t *a, size_t *tl,
                        size_t *desc) {
  const skg_doc *d = x->d;
  int prose = 0;
  for (size_t si = 0; si < d->nsents && si < LEAD_WINDOW; si++) {
    if (x_lead_prose(d->text, &d->sents[si]) && ++prose > LEAD_PROSE)
      break;
    if (lead_at(d, si, type, a, tl, desc))
      return si;
  }
  return d->nsents;
}

/* Once per document (x_lead_memo): x is the caller's own context, const
   only in the signature, so the memo may be written through it. */
size_t x_find_lead(const x_ctx *x, skg_ent *type, size_t *a, size_t *tl,
                   size_t *desc) {
  x_lead_memo *m = &((x_ctx *)x)->lead;
  if (!m->known) {
    m->si = find_lead(x, &m->type, &m->a, &m->tl, &m->desc);
    m->known = true;
  }
  *type = m->type, *a = m->a, *tl = m->tl, *desc = m->desc;
  return m->si;
}

/* ---- character articles ---- */

/* A passive verb that names the actor of a character at the cursor
   ("portrayed by "); consumes it. */
static bool portrayed_at(xc_cur *c) {
  xc_cur v = *c;
  if (!XC_ALT(&v, "portrayed|played|voiced") || !XC_EXACT(&v, "by "))
    return false;
  *c = v;
  return true;
}

/* The actors named at t[p] ("Jane Roe", "Jane Roe and Ann Lee") play the
   article's character ch in its work. */
static void portrayers(x_ctx *x, size_t si, size_t p, size_t end, skg_eid ch) {
  x_span it[6];
  size_t stop, n = x_name_list(x->d->text, p, end, it, 6, &stop);
  skg_evidence ev = x_evidence(x, si, "lead-character-portrayed");
  for (size_t i = 0; i < n; i++) {
    const char *s = x->d->text + it[i].off;
    skg_eid a = x_lookup(x, X_PERSON, s, it[i].len, NULL);
    if (a == SKG_NONE && x_lookup(x, X_ANY, s, it[i].len, NULL) == SKG_NONE &&
        x_person_like(s, it[i].len, false))
      a = x_entity(x, SKG_ENT_ACTOR, s, it[i].len);
    if (a == SKG_NONE)
      continue;
    skg_graph_set_type(x->g, a, SKG_ENT_ACTOR);
    skg_graph_add_performance(x->g, a, ch, x->subject, &ev);
  }
}

/* "She is portrayed by Jane Roe", "The character was played by Jane Roe
   and Ann Lee", "He has been voiced by Jane Roe since 1998": in a
   character article a pronoun or "The character" is the article's
   character. Returns where the actors start, or 0. */
static size_t pronoun_portrayed(const char *t, size_t p, size_t end) {
  xc_cur c = xc_at(t, p, p, end);
  if (!XC_ALT(&c, "She|He|The character|The role") || t[c.p - 1] != ' ')
    return 0;
  /* data/portrayal_fillers.txt: "is", "has been", "originally" */
  for (size_t n; (n = xc_lex_len(t, c.p, end, SKG_LEX_PORTRAYAL_FILLERS)) &&
                 x_at(t, c.p + n, end, " ");)
    c.p += n + 1;
  return portrayed_at(&c) ? c.p : 0;
}

/* The actors of the article's character: ", portrayed by A" right after
   the work's title in the lead, then sentences whose subject is the
   character by pronoun ("She is portrayed by A"). A sentence naming the
   character is the cast rules' (extract_cast_own.c). */
static void character_actors(x_ctx *x, size_t after_title, skg_eid ch) {
  const char *t = x->d->text;
  const skg_span *s = &x->d->sents[0];
  size_t end = s->off + s->len;
  xc_cur c = xc_at(t, s->off, after_title, end);
  XC_EXACT(&c, ")"); /* "Harbor Days (TV series), portrayed by" */
  if (XC_EXACT(&c, ", ") && portrayed_at(&c))
    portrayers(x, 0, c.p, end, ch);
  for (size_t si = 1; si < x->refs_start && si < x->d->nsents; si++) {
    s = &x->d->sents[si];
    size_t q = pronoun_portrayed(t, s->off, s->off + s->len);
    if (q)
      portrayers(x, si, q, s->off + s->len, ch);
  }
}

/* Length of an honorific and a space at t[p] ("Dr. ", "Captain "), or 0. */
static size_t honorific_len(const char *t, size_t p, size_t end) {
  size_t w = x_find(t, p, end, " ");
  return w < end && skg_lex_has(SKG_LEX_TITLES, t + p, w - p) ? w + 1 - p : 0;
}

/* Position of the first " KEY" in t[p..end): a space, then a key of lex
   as data/ writes it (lower case), whose value is value (any, when NULL);
   end when there is none. The words are searched as text, so " show"
   is found in " shown" too. */
static size_t first_key(const char *t, size_t p, size_t end, skg_lex lex,
                        const char *value) {
  const skg_lexicon *l = &SKG_LEXICONS[lex];
  size_t best = end;
  for (size_t i = 0; i < l->n; i++) {
    char w[40];
    int n = snprintf(w, sizeof w, " %s", l->v[i].key);
    if (n > 0 && (size_t)n < sizeof w &&
        (!value || strcmp(l->v[i].value, value) == 0)) {
      size_t q = x_find(t, p, end, w);
      best = q < best ? q : best;
    }
  }
  return best;
}

/* What a character's work is when its lead names no work noun: Series
   when the text speaks of a series, show or episode, else Film when it
   speaks of a film, else SKG_ENT_COUNT (the words and their kinds:
   data/character_work_kinds.tsv). */
static skg_ent kind_in_text(const skg_doc *d) {
  size_t end = d->len;
  if (first_key(d->text, 0, end, SKG_LEX_CHARACTER_WORK_KINDS, "Series") < end)
    return SKG_ENT_SERIES;
  if (first_key(d->text, 0, end, SKG_LEX_CHARACTER_WORK_KINDS, "Film") < end)
    return SKG_ENT_FILM;
  return SKG_ENT_COUNT;
}

/* True when a work's title ending at p ends there: the sentence's end,
   punctuation or a parenthesis, not a lower-case word it would modify
   ("in Greek mythology"). */
static bool title_ends_here(const char *t, size_t p, size_t end) {
  /* data/title_end_words.txt: "and", "by", "in", "portrayed" */
  return p >= end || strchr(".,;:()", t[p]) || !x_at(t, p, end, " ") ||
         x_cap_at(t, p + 1, end) || x_at(t, p, end, " (") ||
         xc_lex_at(t, p + 1, end, SKG_LEX_TITLE_END_WORDS);
}

/* Where the noun that makes a lead a character's starts: "character",
   "protagonist", "antagonist" (the first of them, searched as text:
   data/character_words.txt), or end. */
static size_t character_noun(const char *t, size_t p, size_t end) {
  return first_key(t, p, end, SKG_LEX_CHARACTER_WORDS, NULL);
}

/* "the Harbor Lights film series", "the Night Ledger television series":
   a title, then a work noun of work_nouns.tsv; its length, with *ti and
   *type set, or 0. */
static size_t title_then_noun(const char *t, size_t p, size_t end, size_t *ti,
                              skg_ent *type) {
  xc_cur c = xc_at(t, p, p, end);
  if (!XC_EXACT(&c, "the ") || !x_cap_at(t, c.p, end))
    return 0;
  size_t a = c.p, n = x_title_len(t, a, end, 0);
  if (!n || !x_at(t, a + n, end, " "))
    return 0;
  size_t q = a + n + 1, e = q;
  for (int words = 0; words < 2 && e < end; words++) {
    while (e < end && islower((unsigned char)t[e]))
      e++;
    const char *v = skg_lex_get(SKG_LEX_WORK_NOUNS, t + q, e - q);
    if (v && (e == end || !isalpha((unsigned char)t[e]))) {
      *ti = a;
      *type = strncmp(v, "Series", 6) == 0 ? SKG_ENT_SERIES : SKG_ENT_FILM;
      return n;
    }
    if (e >= end || t[e] != ' ')
      return 0;
    e++;
  }
  return 0;
}

/* "a character on the American series Harbor Row on NBC": " on " and a
   network's name right after the title (the title scanner stops before
   them) name the work's network, unless the text named one before the
   title (*net). Returns where the text after them starts, or p. */
static size_t network_after(const char *t, size_t p, size_t end, x_span *net) {
  xc_cur c = xc_at(t, p, p, end);
  size_t n = XC_EXACT(&c, " on ") ? x_org_len(t, c.p, end) : 0;
  if (!n || !x_network_like(t + c.p, n))
    return p;
  if (!net->len)
    *net = (x_span){c.p, n};
  return c.p + n;
}

/* "Vera Quill is a fictional character introduced in Ann Roe's 1967
   animated film, The Harbor Tale", "Vera is a main character who appears
   in Lark Pictures' animated feature film Harbor Lights (2009)", "Vera
   Quill is a fictional character on the ABC soap opera Harbor Days,
   portrayed by Jane Roe": the article is about a character, so the work
   it appears in is the work the rest of the text is read against. A
   person's possessive names the producer, a company's the production
   company; a network before the work noun is the work's network. */
/* The work a character lead names after the character noun at ch ("a
   character in the ABC soap opera Harbor Days"): its title's length (0
   when none), *ti, *type, the owner and the network named before it;
   *after where the text after them goes on. */
static size_t character_work(const skg_doc *d, size_t ch, size_t end,
                             size_t *ti, skg_ent *type, x_span *own,
                             x_span *net, size_t *after) {
  enum { PREP_MAX = 40 }; /* "a main recurring character in" */
  const char *t = d->text;
  /* data/character_preps.txt: "in", "on", "from" */
  size_t inlen = 0, in = spaced_word(t, ch, end, PREP_MAX,
                                     SKG_LEX_CHARACTER_PREPS, &inlen);
  if (in == end)
    return 0;
  *ti = x_owner_and_kind(t, in + inlen, end, own, net, type);
  if (!*ti && x_cap_at(t, in + inlen, end)) { /* "a character in Harbor Days" */
    *ti = in + inlen;
    *type = kind_in_text(d);
  }
  size_t tn = *ti && *type != SKG_ENT_COUNT ? x_long_title_len(t, *ti, end) : 0;
  if (tn && !title_ends_here(t, *ti + tn, end)) /* "in Greek mythology" */
    tn = 0;
  if (!tn) /* "in the Harbor Lights film series" */
    tn = title_then_noun(t, in + inlen, end, ti, type);
  *after = tn ? network_after(t, *ti + tn, end, net) : *ti + tn;
  return tn;
}

static void character_lead(x_ctx *x) {
  const char *t = x->d->text;
  if (!x->d->nsents)
    return;
  const skg_span *s = &x->d->sents[0];
  size_t end = s->off + s->len, clen = 0, alt, altn, a = s->off;
  size_t cop = find_copula(t, s->off, end, &clen);
  /* "is one of the main characters" */
  size_t one = x_find(t, s->off, end, " is one of the ");
  if (one < cop) {
    cop = one;
    clen = XC_LEN(" is one of the ");
  }
  enum { ADJ_MAX = 30 }; /* "a main recurring character" */
  size_t ch = character_noun(t, cop, end);
  if (cop == end || ch == end || ch > cop + clen + ADJ_MAX)
    return;
  size_t cn = lead_title(t, &a, cop - s->off, &alt, &altn);
  size_t hon = honorific_len(t, a, a + cn); /* "Dr. Vera Quill" */
  if (!cn || x_name_len(t, a + hon, a + cn) != cn - hon)
    return;
  x_span own = {0, 0}, net = {0, 0};
  skg_ent type = SKG_ENT_COUNT;
  size_t ti = 0, after = 0,
         tn = character_work(x->d, ch, end, &ti, &type, &own, &net, &after);
  if (!tn) { /* "a fictional character created by Ann Roe": the works she
                appears in come later (extract_character_works.c) */
    x_entity(x, SKG_ENT_CHARACTER, t + a, cn);
    return;
  }
  skg_evidence ev = x_evidence(x, 0, "lead-character");
  x->subject_type = type;
  x->subject = x_entity(x, type, t + ti, tn);
  skg_eid c = x_entity(x, SKG_ENT_CHARACTER, t + a, cn);
  skg_graph_add_fact(x->g, x->subject, SKG_PRED_HAS_CHARACTER, c, &ev);
  if (own.len && x_company_like(t + own.off, own.len))
    skg_graph_add_fact(x->g, x->subject, SKG_PRED_PRODUCTION_COMPANY,
                       x_entity(x, SKG_ENT_COMPANY, t + own.off, own.len), &ev);
  else if (own.len && x_person_like(t + own.off, own.len, false))
    skg_graph_add_fact(x->g, x->subject, SKG_PRED_PRODUCER,
                       x_entity(x, SKG_ENT_PERSON, t + own.off, own.len), &ev);
  if (net.len)
    skg_graph_add_fact(x->g, x->subject, SKG_PRED_NETWORK,
                       x_entity(x, SKG_ENT_COMPANY, t + net.off, net.len), &ev);
  character_actors(x, after, c);
}

skg_eid x_episode_series(x_ctx *x) {
  skg_ent type;
  size_t a, tl, desc;
  size_t lead = x_find_lead(x, &type, &a, &tl, &desc);
  if (lead == x->d->nsents || x->subject == SKG_NONE)
    return SKG_NONE;
  const skg_span *s = &x->d->sents[lead];
  return episode_series(x, desc, s->off + s->len);
}

/* The work named s[0..n); an underscored title ("Harbor_Lights", a page
   name) is read with spaces. */
static skg_eid subject_entity(x_ctx *x, skg_ent type, const char *s,
                              size_t n) {
  char buf[X_NAME_MAX];
  if (!memchr(s, '_', n) || n >= sizeof buf)
    return x_entity(x, type, s, n);
  for (size_t i = 0; i < n; i++)
    buf[i] = s[i] == '_' ? ' ' : s[i];
  return x_entity(x, type, buf, n);
}

/* The title line above a lead that names its subject otherwise
   ("Health (film)" above "HealtH (also known as ...) is", "Sendhoorapandi"
   above "Senthoorapandi is") is another name of the work: the text may
   use it. */
static void title_alias(x_ctx *x, size_t si, size_t a, size_t tl) {
  const skg_doc *d = x->d;
  size_t ta, n = x_title_above(d, si, &ta);
  if (!n || a == X_PAGE_TITLE || ta == a)
    return;
  if (n == tl && memcmp(d->text + ta, d->text + a, n) == 0)
    return;
  x_alias(x, x->subject, d->text + ta, n);
}

void x_rules_lead(x_ctx *x) {
  skg_ent type;
  size_t a, tl, desc, alt = 0, altn, ln;
  size_t si = x_find_lead(x, &type, &a, &tl, &desc);
  if (si == x->d->nsents) {
    character_lead(x);
    return;
  }
  const char *t = x->d->text;
  x->subject_type = type;
  const char *lname;
  bool added = x_article_added(x->d, si, a, tl, &lname, &ln);
  if (added)
    x->subject = subject_entity(x, type, lname, ln);
  else
    x->subject = subject_entity(x, type, x_title_bytes(x->d, a), tl);
  size_t ta = x->d->sents[si].off;
  lead_title(t, &ta, desc - ta, &alt, &altn);
  if (altn)
    x_alias(x, x->subject, t + alt, altn);
  if (added) { /* the lead's name, the title's known */
    x_alias(x, x->subject, t + a, tl);
    return;
  }
  if (a != X_PAGE_TITLE)
    brand_alias(x, t, a, tl);
  title_alias(x, si, a, tl);
}

/* A season article's lead ("The fourth season of the series Y premiered
   on ..."): season_at makes the series its subject and starts the
   description just after "season of". The page's dates and counts are
   the season's, not the series' (extract_literals.c). */
bool x_lead_season(const x_ctx *x) {
  skg_ent type;
  size_t a, tl, desc;
  size_t si = x_find_lead(x, &type, &a, &tl, &desc);
  return si < x->d->nsents && XC_ENDS(x->d->text, 0, desc, " season of ");
}
