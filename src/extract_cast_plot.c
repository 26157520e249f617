/* extract_cast_plot.c: characters of the article's work read from its
   plot summary ("The episode follows Hal and Vera", "Vera becomes
   jealous of her friends", "his wife Vera") and the people a work
   "features". Apart from extract_cast_own.c, which runs these in its
   order (xc_own_rules), to keep each file short; what they find is the
   article's work's, or in an episode article its series'. */
#include "extract_lead_words.h"
#include "lexicon.h"
#include "xcast.h"
#include "xcast_desc.h"
#include "xmatch.h"

#include <ctype.h>
#include <string.h>

/* True when the word ending at v says the work is the subject: "The
   episode follows", "The film's subplot, which sees", "It centers on". */
static bool work_subject_before(const sent *s, size_t v) {
  size_t w = v;
  while (w > s->a && s->t[w - 1] != ' ')
    w--;
  return w < v && skg_lex_has(SKG_LEX_WORK_SUBJECT_WORDS, s->t + w, v - w);
}

/* The character named t[p..p+n) of the article's work (in an episode
   article, of its series). */
static bool own_character(sent *s, const char *rule, size_t p, size_t n) {
  size_t job = x_acronym_job_skip(s->t, p, s->end); /* "CIA analyst Hal" */
  if (job != p) {
    p = job;
    n = x_name_len(s->t, p, s->end);
  }
  if (!xc_char_name_ok(s, p, n) || x_possessive_at(s->t, p + n, s->end) ||
      skg_lex_has(SKG_LEX_NOT_NAMES, s->t + p, n))
    return false;
  skg_eid ch = x_character(s->x, s->t + p, n, true);
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  skg_graph_add_fact(s->x->g, s->parent != SKG_NONE ? s->parent : s->x->subject,
                     SKG_PRED_HAS_CHARACTER, ch, &ev);
  return true;
}

/* After the characters a plot verb names, ending at p: "..., his wife
   Vera, and their son Tom", "and his dog Rex": relatives named with a
   possessive and a lower-case noun are characters of the work too. */
/* Past a short description of the character named before p (", a young
   lawyer,"): where its closing comma is, so that a relative after it
   ("..., and her brother Tom") is read; p itself when none. */
static size_t skip_description(const sent *s, size_t p) {
  xc_cur c = xc_at(s->t, s->a, p, s->end);
  if (!XC_EXACT(&c, ", ") || !XC_ALT(&c, "a|an"))
    return p;
  for (int w = 0; w < 5 && c.p < s->end && !x_cap_at(s->t, c.p, s->end); w++) {
    size_t q = c.p;
    while (q < s->end && (isalpha((unsigned char)s->t[q]) || s->t[q] == '-'))
      q++;
    if (q < s->end && s->t[q] == ',')
      return q;
    if (q == c.p || q >= s->end || s->t[q] != ' ')
      return p;
    c.p = q + 1;
  }
  return p;
}

static void kin_items(sent *s, size_t p) {
  for (int guard = 0; guard < 8; guard++) {
    p = skip_description(s, p);
    xc_cur k = xc_at(s->t, s->a, p, s->end);
    /* ", and his", ", her", " and their" (", and " before ", ") */
    if (!(XC_EXACT(&k, ", and ") || XC_EXACT(&k, ", ") ||
          XC_EXACT(&k, " and ")) ||
        !XC_ALT(&k, "his|her|their"))
      return;
    size_t q = k.p;
    size_t c = q, w = 0; /* one or two lower-case words: "wife", "pet dog" */
    for (; w < 2 && c < s->end && !x_cap_at(s->t, c, s->end); w++) {
      if (xc_lex_at(s->t, c, s->end,
                    SKG_LEX_KIN_STOPS)) /* "friends in New York" */
        return;
      c = x_find(s->t, c, s->end, " ") + 1;
    }
    size_t n = c > q && c < s->end ? x_name_len(s->t, c, s->end) : 0;
    if (!n)
      return;
    own_character(s, "cast-plot-kin", c, n);
    p = c + n;
  }
}

/* True when the names after "tells the story of", "is about" are
   people: two or more person-like names, or one with a description after
   a comma ("Vera Quill, a nurse", "Hal, who ..."); "is about World War
   II" and "concerns Anglo-French relations" are not. */
static bool plot_people(const sent *s, const x_span *it, size_t n,
                        size_t stop) {
  static const char *const APPOSITION[] = {
      ", a ", ", an ", ", the ", ", who ", ", his ", ", her ", ", their "};
  for (size_t k = 0; k < n; k++)
    if (!x_person_like(s->t + it[k].off, it[k].len, true))
      return false;
  for (size_t i = 0; n == 1 && i < SKG_ARRAY_LEN(APPOSITION); i++)
    if (xc_starts(s, stop, APPOSITION[i]))
      return true;
  return n >= 2;
}

/* True when the document's lead or sentence s calls the work a true
   story (data/nonfiction_words.txt: "documentary", "biographical"): the
   people it is about are real, no characters. */
static bool nonfiction(const sent *s) {
  skg_ent type;
  size_t a, tl, desc, si = x_find_lead(s->x, &type, &a, &tl, &desc);
  const skg_doc *d = s->x->d;
  size_t lo = si < d->nsents ? d->sents[si].off : s->a;
  size_t hi = si < d->nsents ? d->sents[si].off + d->sents[si].len : s->a;
  for (int pass = 0; pass < 2; pass++, lo = s->a, hi = s->end)
    for (size_t p = lo; p < hi; p++)
      if ((p == lo || d->text[p - 1] == ' ') &&
          xc_lex_at(d->text, p, hi, SKG_LEX_NONFICTION_WORDS))
        return true;
  return false;
}

/* True when s is the document's lead ("a 1998 film about A"). */
static bool in_lead(const sent *s) {
  skg_ent type;
  size_t a, tl, desc;
  return x_find_lead(s->x, &type, &a, &tl, &desc) == s->si;
}

/* "is about a young man, Hal, who ...", "the story of two brothers, Hal
   and Tom, who": a few lower-case words that describe them, a comma, then
   the names, which a comma or "who" ends. Returns how many names it
   read into it (up to max), *stop after them; 0 if none. */
static size_t appositive_names(const sent *s, size_t p, x_span *it, size_t max,
                               size_t *stop) {
  for (int words = 0; words < 6 && p < s->end && !x_cap_at(s->t, p, s->end);
       words++) {
    while (p < s->end && s->t[p] != ' ' && s->t[p] != ',' && s->t[p] != '.')
      p++;
    if (xc_starts(s, p, ", ") && words > 0) {
      size_t n = x_name_list(s->t, p + XC_LEN(", "), s->end, it, max, stop);
      return n && (xc_starts(s, *stop, ",") || xc_starts(s, *stop, " who "))
                 ? n
                 : 0;
    }
    if (p >= s->end || s->t[p] != ' ')
      return 0;
    p++;
  }
  return 0;
}

/* What the names after a plot verb of data/plot_character_verbs.tsv
   must be (its value), each kind from PLOT_PEOPLE on asking what the one
   before asks: from " tells the story of " on the names must be people's
   (plot_people); from " depicts " on not in a documentary; " about " (the
   last) only in the lead, right after a work's noun ("a 1998 film about
   A"). " sees " also reads "sees A marry B". */
typedef enum {
  PLOT_ANY,
  PLOT_SEES,
  PLOT_PEOPLE,
  PLOT_REAL,
  PLOT_LEAD
} plot_kind;

static plot_kind plot_kind_of(const char *v) {
  static const char *const KINDS[] = {"any", "sees", "people", "real", "lead"};
  for (size_t k = 0; k < SKG_ARRAY_LEN(KINDS); k++)
    if (strcmp(v, KINDS[k]) == 0)
      return (plot_kind)k;
  return PLOT_ANY;
}

/* The characters that a plot verb of kind, whose object starts at p, names:
   "follows the adventures of A", "centers on the relationship between A
   and B", "is about a young man, A, who", "sees A marry B". */
static bool verb_characters(sent *s, plot_kind kind, size_t p) {
  const skg_lex of = SKG_LEX_PLOT_OBJECT_PHRASES; /* in file order */
  x_span it[8];
  size_t stop;
  for (size_t k = 0; k < skg_lex_size(of); k++)
    if (xc_starts(s, p, skg_lex_nth(of, k)))
      p += strlen(skg_lex_nth(of, k));
  size_t n = x_name_list(s->t, p, s->end, it, 8, &stop);
  bool apposed = !n && (n = appositive_names(s, p, it, 8, &stop));
  if ((kind >= PLOT_PEOPLE && !apposed &&
       !plot_people(s, it, n, stop)) ||       /* "is about World War II" */
      (kind >= PLOT_REAL && nonfiction(s)) || /* "a documentary about A" */
      (kind == PLOT_LEAD && !in_lead(s)))
    return false;
  bool told = false;
  for (size_t k = 0; k < n; k++)
    told |= own_character(s, "cast-plot", it[k].off, it[k].len);
  if (n)
    kin_items(s, stop);
  if (n != 1 || kind != PLOT_SEES ||
      !xc_starts(s, stop, " ")) /* "sees A marry B" */
    return told;
  size_t w = x_find(s->t, stop + 1, s->end, " ");
  if (w < s->end && !x_cap_at(s->t, stop + 1, s->end))
    own_character(s, "cast-plot", w + 1, x_name_len(s->t, w + 1, s->end));
  return told;
}

/* "based on the DC Comics superhero Night Falcon", "based on the Marvel
   character Vera Quill": after at most three capitalised words of its
   publisher, a noun of data/source_characters.txt and a name: the
   character the work is about is one of its characters ("based on the
   character of the same name" names none). Only in the article's first
   sentence, which describes its work: a later one may describe a sequel
   ("Its sequel, Cold Sea, is based on ..."). */
static void source_character(sent *s) {
  static const char BASED[] = "based on the ";
  size_t p = s->si == 0 ? x_find(s->t, s->a, s->end, BASED) : s->end;
  if (p == s->end)
    return;
  xc_cur c = xc_at(s->t, s->a, p + XC_LEN(BASED), s->end);
  for (int words = 0; words <= 3 && c.p < s->end; words++) {
    size_t n = xc_lex_len(s->t, c.p, s->end, SKG_LEX_SOURCE_CHARACTERS);
    if (n && x_at(s->t, c.p + n, s->end, " ")) {
      size_t q = c.p + n + 1;
      own_character(s, "cast-source-character", q, x_name_len(s->t, q, s->end));
      return;
    }
    if (!x_cap_at(s->t, c.p, s->end))
      return;
    xc_skip_word(&c);
    if (!XC_EXACT(&c, " "))
      return;
  }
}

/* "The episode follows Hal and Vera as they ...", "The episode sees Hal
   Brine marry Vera", "a subplot, which sees Hal stay at ...", "It tells
   the story of Hal", "The series follows the adventures of Hal", "the two
   main characters, Hal and Vera": characters of the work. */
static void while_clauses(sent *s);
void xc_plot_characters(sent *s) {
  if (s->x->subject != SKG_NONE)
    source_character(s);
  bool told = false;
  const skg_lex pv = SKG_LEX_PLOT_CHARACTER_VERBS; /* in file order */
  for (size_t i = 0; i < skg_lex_size(pv); i++) {
    const char *verb = skg_lex_nth(pv, i);
    for (size_t v = x_find(s->t, s->a, s->end, verb); v < s->end;
         v = x_find(s->t, v + 1, s->end, verb))
      if (work_subject_before(s, v) && s->x->subject != SKG_NONE)
        told |= verb_characters(s, plot_kind_of(skg_lex_nth_value(pv, i)),
                                v + strlen(verb));
  }
  if (told)
    while_clauses(s);
  static const char MAIN[] = " main characters";
  size_t v = x_find(s->t, s->a, s->end, MAIN);
  if (v == s->end || s->x->subject == SKG_NONE)
    return;
  x_span it[8];
  size_t stop, p = v + XC_LEN(MAIN);
  p = x_skip_space(s->t, p + xc_starts(s, p, ","), s->end);
  size_t n = x_name_list(s->t, p, s->end, it, 8, &stop);
  for (size_t k = 0; n >= 2 && k < n; k++)
    own_character(s, "cast-main-characters", it[k].off, it[k].len);
}

/* True when a list of people's names ends at p as a list of the people
   themselves: the sentence's end, a comma, or a preposition; not a
   possessive or a noun they modify ("Ann Lee's music", "Elvis Roe
   songs"). */
static bool people_end(const sent *s, size_t p) {
  static const char *const NEXT[] = {" in ",   " as ",    " and ",
                                     " with ", " among ", " alongside ",
                                     " who ",  " along ", " ("};
  if (p >= s->end || strchr(".,;:(", s->t[p]))
    return true;
  for (size_t i = 0; i < SKG_ARRAY_LEN(NEXT); i++)
    if (xc_starts(s, p, NEXT[i]))
      return true;
  return false;
}

/* After the verb at q: "an ensemble cast, including", "a supporting cast
   of", "the voice cast, led by the voices of": an article, up to three
   lower-case words, "cast", a cue of data/cast_opening_cues.txt. Returns
   where the names start, or 0. */
static size_t cast_list_start(const sent *s, size_t q) {
  enum { WORDS = 3 };
  xc_cur c = xc_at(s->t, s->a, q, s->end);
  XC_EXACT(&c, " "); /* the space after the verb, if its reader left it */
  if (!XC_ALT(&c, "a |an |the "))
    return 0;
  for (int w = 0; !XC_EXACT(&c, "cast"); w++) {
    if (w == WORDS || c.p >= s->end || !islower((unsigned char)s->t[c.p]))
      return 0;
    xc_skip_word(&c);
    if (!XC_EXACT(&c, " "))
      return 0;
  }
  /* "cast, including", "cast of", not "casting" */
  if (!XC_EXACT(&c, ", ") && !XC_EXACT(&c, " "))
    return 0;
  const char *cue;
  if (!xc_lex(&c, SKG_LEX_CAST_OPENING_CUES, &cue))
    return 0;
  XC_WORD(&c, "the voices of");
  size_t p = x_skip_space(s->t, c.p, s->end); /* "cast of  A" */
  return p < s->end && x_cap_at(s->t, p, s->end) ? p : 0;
}

/* "The film features an ensemble cast, including Ann Lee, Tom Ash and
   Bob Ray", "It also includes a supporting cast of A and B", "The series
   has a voice cast led by A": a work subject, a verb of
   data/cast_have_verbs.txt and its cast's list: each person is cast. */
static void cast_list(sent *s) {
  if (x_find(s->t, s->a, s->end, " cast") == s->end)
    return; /* speed: most sentences name no cast */
  /* "a supporting cast of A" is row roster-supporting's (extract_roster.c) */
  const xp_row *r = xp_row_of("roster", "roster-supporting");
  xp_match m;
  if (r && xp_find(r, s->t, s->a, s->a, s->end, &m))
    return;
  for (size_t v = x_find(s->t, s->a, s->end, " "); v < s->end;
       v = x_find(s->t, v + 1, s->end, " ")) {
    xc_cur c = xc_at(s->t, s->a, v + 1, s->end);
    if (!xc_lex_word(&c, SKG_LEX_CAST_HAVE_VERBS) ||
        !work_subject_before(s, XC_BEFORE(s, v, " also")))
      continue;
    size_t p = cast_list_start(s, c.p);
    x_span it[16];
    size_t stop,
        n = p ? x_name_list(s->t, p, s->end, it, SKG_ARRAY_LEN(it), &stop) : 0;
    if (!n || !people_end(s, stop))
      continue;
    for (size_t k = 0; k < n; k++)
      if (x_person_like(s->t + it[k].off, it[k].len, false))
        xc_own_perform(s, "cast-list-cue",
                       xc_actor_at(s, it[k].off, it[k].len, false), SKG_NONE);
  }
}

/* "The series features identical twin brothers Tom Ash and Kay Ash": a
   work subject, a short lower-case description, then full names. A cast
   named after a cue ("features an ensemble cast, including A") is
   cast_list's, tried first. */
void xc_features_people(sent *s) {
  if (s->x->subject != SKG_NONE)
    cast_list(s);
  static const char FEATURES[] = " features ";
  size_t v = x_find(s->t, s->a, s->end, FEATURES);
  if (v == s->end ||
      !work_subject_before(s, XC_BEFORE(s, v, " also")) || /* "also features" */
      s->x->subject == SKG_NONE)
    return;
  size_t p = v + XC_LEN(FEATURES);
  for (int k = 0; k < 5 && p < s->end && !x_cap_at(s->t, p, s->end); k++) {
    size_t w = x_find(s->t, p, s->end, " ");
    if (xc_lex_at(s->t, p, s->end,
                  SKG_LEX_FEATURE_STOPS)) /* "features music by" */
      return;
    p = w + 1;
  }
  x_span it[8];
  size_t stop, n = x_name_list(s->t, p, s->end, it, 8, &stop);
  if (!n || !people_end(s, stop)) /* "features Ann Lee's music" */
    return;
  for (size_t k = 0; k < n; k++)
    if (x_person_like(s->t + it[k].off, it[k].len, false))
      xc_own_perform(s, "cast-features",
                     xc_actor_at(s, it[k].off, it[k].len, false), SKG_NONE);
}

/* True when the word at p is a plot verb in the present tense: lower
   case, ending in "s" ("becomes", "takes", "tries"), and not a verb of
   saying, which a critic or a maker is the subject of ("says", "notes"),
   nor one of an actor ("makes a cameo", "plays", "voices"). */
static bool plot_verb_at(const sent *s, size_t p) {
  size_t w = p;
  while (w < s->end && s->t[w] >= 'a' && s->t[w] <= 'z')
    w++;
  if (w - p < 3 || (w < s->end && s->t[w] != ' '))
    return false;
  const char *last = s->t + w - 1; /* "becomes", not "kisses" */
  if (last[0] != 's' || last[-1] == 's')
    return false;
  /* a plural noun is no verb: "Nine songs are performed" */
  return !skg_lex_has(SKG_LEX_PLOT_NOT_VERBS, s->t + p, w - p) &&
         !xc_lex_at(s->t, w + 1, s->end, SKG_LEX_NOUN_NEXT_WORDS);
}

/* True when the capitalised word at p opens a sentence without naming
   anyone: a number, a quantifier or a preposition ("Nine songs are",
   "Upon its airing", "Several critics"). */
static bool opener_word(const sent *s, size_t p) {
  return xc_lex_at(s->t, p, s->end, SKG_LEX_OPENER_WORDS);
}

/* Where the verb after a plot sentence's subject ending at q starts:
   right after it, after an adverb ("Vera later discovers"), or after a
   clause between commas that opens with a preposition ("Vera, per Hal's
   advice, calls"); 0 when none. A clause that opens with an article or a
   relative pronoun describes a person ("Ann Lee, a guest star, plays"). */
static size_t plot_verb_after(const sent *s, size_t q) {
  size_t o = XC_AFTER(s, q, " ");
  if (o) {
    xc_cur c = xc_at(s->t, s->a, o, s->end);
    if (!xc_lex_word(&c, SKG_LEX_PLOT_ADVERBS)) /* "Vera later discovers" */
      return o;
    /* one byte past the adverb, the space the cursor ate or not */
    return c.p + (s->t[c.p - 1] != ' ');
  }
  if (!(o = XC_AFTER(s, q, ", ")))
    return 0;
  size_t c = x_find(s->t, o, s->end, ", ");
  if (c == s->end || c - q > 60 || memchr(s->t + o, ';', c - o))
    return 0;
  return xc_lex_at(s->t, o, s->end, SKG_LEX_PLOT_CLAUSE_OPENERS)
             ? XC_AFTER(s, c, ", ")
             : 0;
}

/* Where the plot sentence's subject starts after an opener that names
   the work ("In the episode, Vera becomes ...", "In this episode, Hal
   ..."; the noun one of data/work_subject_words.txt), or s->a. */
static size_t after_work_opener(const sent *s) {
  xc_cur c = xc_at(s->t, s->a, s->a, s->end);
  if (!XC_ALT(&c, "In |During ") || !XC_ALT(&c, "the |this ") ||
      !xc_lex_word(&c, SKG_LEX_WORK_SUBJECT_WORDS) || !XC_EXACT(&c, ", "))
    return s->a;
  return c.p;
}

/* Where the subject starts after a plot opener of an episode article
   ("Meanwhile, Vera and Hal start a band", data/plot_openers.txt), or
   s->a. */
static size_t after_plot_opener(const sent *s) {
  xc_cur c = xc_at(s->t, s->a, s->a, s->end);
  if (s->parent == SKG_NONE || !xc_lex_word(&c, SKG_LEX_PLOT_OPENERS) ||
      !XC_EXACT(&c, ", "))
    return s->a;
  return c.p;
}

/* True when a modal verb of data/plot_modals.txt and a lower-case verb
   start at p ("Hal must find a new job"). */
static bool plot_modal_at(const sent *s, size_t p) {
  xc_cur c = xc_at(s->t, s->a, p, s->end);
  return xc_lex_word(&c, SKG_LEX_PLOT_MODALS) && c.p < s->end &&
         s->t[c.p - 1] == ' ' && islower((unsigned char)s->t[c.p]);
}

/* True when a plot verb or a modal and a verb follow the subject that
   ends at e ("Vera becomes", "Vera must find"). */
static bool plot_verb_follows(const sent *s, size_t e) {
  size_t q = plot_verb_after(s, e);
  return q && (plot_verb_at(s, q) || plot_modal_at(s, q));
}

/* True when t[p..p+n) may be a character named as a plot sentence's
   subject: a person-like name no person, work or company of the text
   has, not an opener ("Nine songs"). */
static bool subject_name(const sent *s, size_t p, size_t n) {
  return n && n <= 40 && !skg_lex_has(SKG_LEX_NOT_NAMES, s->t + p, n) &&
         !opener_word(s, p) && x_person_like(s->t + p, n, true) &&
         x_lookup(s->x, X_WORK | X_ORG | X_PERSON, s->t + p, n, NULL) ==
             SKG_NONE;
}

/* True when the word at p is a plot verb in the plural present after
   two subjects ("Hal and his wife Vera adopt a dog", "Hal and Vera are
   forced to"): lower case, no "s" at its end, not a word of
   data/plot_not_verbs.txt. */
static bool plural_verb_at(const sent *s, size_t p) {
  size_t w = p;
  while (w < s->end && s->t[w] >= 'a' && s->t[w] <= 'z')
    w++;
  return w - p >= 2 && w < s->end && s->t[w] == ' ' && s->t[w - 1] != 's' &&
         !skg_lex_has(SKG_LEX_PLOT_NOT_VERBS, s->t + p, w - p);
}

/* After an opener that names the work, "Hal and Vera adopt a dog", "Hal
   and his wife Vera adopt": two characters, a plural verb. */
static bool two_subjects(sent *s, const char *rule, size_t p, size_t n) {
  xc_cur c = xc_at(s->t, s->a, p + n, s->end);
  if (!XC_EXACT(&c, " and "))
    return false;
  size_t q = c.p + x_kin_len(s->t, c.p, s->end);
  size_t n2 = x_name_len(s->t, q, s->end);
  if (!subject_name(s, q, n2) || !x_at(s->t, q + n2, s->end, " ") ||
      !plural_verb_at(s, q + n2 + 1))
    return false;
  bool told = own_character(s, rule, p, n);
  return own_character(s, rule, q, n2) || told;
}

/* True when the one-word name t[p..p+n) is the surname of a full name
   the prose holds that is no character's ("Moss" after "Kay Moss"). */
static bool person_surname(sent *s, size_t p, size_t n) {
  x_span full;
  return !memchr(s->t + p, ' ', n) && x_full_name(s->x, s->t + p, n, &full) &&
         x_lookup(s->x, X_CHARACTER, s->t + full.off, full.len, NULL) ==
             SKG_NONE;
}

/* True when a character is the subject of the clause at p, before a
   plot verb: "Vera becomes", "Vera must find", "Hal and Vera plan". */
static bool clause_subject(sent *s, const char *rule, size_t p) {
  size_t n = x_name_len(s->t, p, s->end);
  if (!subject_name(s, p, n) || person_surname(s, p, n))
    return false;
  if (plot_verb_follows(s, p + n))
    return own_character(s, rule, p, n);
  return two_subjects(s, rule, p, n);
}

/* In a sentence that tells the plot (one whose characters a rule of this
   file read), the subject of each clause after a cue of
   data/plot_clause_cues.txt (", while Vera tries to ...", ", while Hal
   and Dana plan a party") is a character of the work too. */
static void while_clauses(sent *s) {
  for (size_t p = s->a + 1; p < s->end; p++) {
    size_t n = s->t[p - 1] == ' ' || s->t[p] == ','
                   ? xc_lex_len(s->t, p, s->end, SKG_LEX_PLOT_CLAUSE_CUES)
                   : 0;
    if (n && x_at(s->t, p + n, s->end, " "))
      clause_subject(s, "cast-plot-while", p + n + 1);
  }
}

/* "When Vera loses her job, Hal ...", "After Hal leaves, Vera becomes":
   in an episode article, a sentence that opens with a word of
   data/plot_subordinators.txt, a character and a plot verb; the subject
   of the main clause after the next comma is one too. True when the
   sentence so opens. */
static bool subordinate(sent *s) {
  xc_cur c = xc_at(s->t, s->a, s->a, s->end);
  if (s->parent == SKG_NONE || !xc_lex_word(&c, SKG_LEX_PLOT_SUBORDINATORS))
    return false;
  size_t p = c.p + (s->t[c.p - 1] != ' ' && s->t[c.p] == ' ');
  size_t n = x_name_len(s->t, p, s->end);
  if (!subject_name(s, p, n) || person_surname(s, p, n))
    return false;
  bool told = plot_verb_follows(s, p + n);
  /* "After Hal is sent away, Vera decides": the main clause's plot verb
     says the subordinate one tells the plot too */
  size_t main = x_find(s->t, p + n, s->end, ", ");
  if (main < s->end &&
      clause_subject(s, "cast-plot-subordinate", main + XC_LEN(", ")))
    told = true;
  if (told && own_character(s, "cast-plot-subordinate", p, n))
    while_clauses(s);
  return true;
}

/* "Vera becomes jealous of her friends": in an episode article's plot,
   a sentence whose subject is a name no person, work or company of the
   text has, before a verb in the present tense, is about a character of
   the series; in any article, so is one after "In the film, ". */
void xc_plot_subject(sent *s) {
  if (s->si == 0 || s->x->subject == SKG_NONE)
    return;
  size_t p = after_work_opener(s);
  bool opener = p == s->a && (p = after_plot_opener(s)) != s->a;
  size_t n = x_name_len(s->t, p, s->end);
  x_span full;
  /* "Later, Roe wrote": a surname of a full name the prose holds is a
     person, whose sentences a plot opener may begin too */
  if (opener && !memchr(s->t + p, ' ', n) &&
      x_full_name(s->x, s->t + p, n, &full))
    return;
  /* outside an episode article only after "In the film, ": a film's
     text names its makers and critics at the start of sentences too */
  if (s->parent == SKG_NONE && p == s->a)
    return;
  if (p == s->a && subordinate(s))
    return;
  if (!subject_name(s, p, n))
    return;
  bool told = false;
  if (plot_verb_follows(s, p + n))
    told = own_character(s, "cast-plot-subject", p, n);
  else if (p != s->a)
    told = two_subjects(s, "cast-plot-subject", p, n);
  if (told)
    while_clauses(s);
}

/* The character a character article is about (its first sentence opens
   with the name of a character: "Vera Quill is a fictional character
   in ..."), or SKG_NONE. */
static skg_eid article_character(const sent *s) {
  const skg_doc *d = s->x->d;
  size_t p = d->nsents ? d->sents[0].off : 0;
  size_t n = d->nsents ? x_name_len(d->text, p, p + d->sents[0].len) : 0;
  return n ? x_lookup(s->x, X_CHARACTER, d->text + p, n, NULL) : SKG_NONE;
}

/* True when the subject of s ends at *p and is the character ch: its
   name (or part of it), or a pronoun ("He", "She"). */
static bool character_subject(const sent *s, skg_eid ch, size_t *p) {
  xc_cur c = xc_at(s->t, s->a, s->a, s->end);
  if (xc_lex_word(&c, SKG_LEX_SUBJECT_PRONOUNS)) {
    *p = c.p - (s->t[c.p - 1] == ' ');
    return true;
  }
  size_t n = x_name_len(s->t, s->a, s->end);
  *p = s->a + n;
  return n && x_lookup(s->x, X_CHARACTER, s->t + s->a, n, NULL) == ch;
}

/* Where the names start after "is the daughter of", "was the second
   wife of", "is also the older brother of" at p (a relation of
   data/ties.tsv, not a group's: "the leader of the Order"), or 0. */
static size_t kin_of(const sent *s, size_t p, bool more) {
  xc_cur c = xc_at(s->t, s->a, p, s->end);
  if (!(more ? XC_ALT(&c, ", and |, | and ") : XC_ALT(&c, " is | was ")) ||
      (XC_WORD(&c, "also"), !XC_WORD(&c, "the")))
    return 0;
  const char *v = NULL;
  for (int w = 0; w < 3 && !xc_lex(&c, SKG_LEX_TIES, &v); w++) {
    if (c.p >= s->end || !islower((unsigned char)s->t[c.p]))
      return 0;
    xc_skip_word(&c);
    if (!XC_EXACT(&c, " "))
      return 0;
  }
  if (!v || strncmp(v, "memberOf", 8) == 0 || strncmp(v, "leaderOf", 8) == 0)
    return 0;
  return XC_EXACT(&c, " of ") || XC_WORD(&c, "of") ? c.p : 0;
}

/* In a character article, "Vera is the daughter of Otto Quill and the
   sister of Mara", "He is the eldest son of Homer and Marge Pell": the
   relatives of the article's character are characters of its work. */
void xc_character_kin(sent *s) {
  if (s->si == 0 || s->x->subject == SKG_NONE)
    return;
  skg_eid ch = article_character(s);
  size_t p, q;
  if (ch == SKG_NONE || !character_subject(s, ch, &p))
    return;
  for (bool more = false; (q = kin_of(s, p, more)) != 0; more = true) {
    x_span it[8];
    size_t n = x_name_list(s->t, q, s->end, it, 8, &p);
    for (size_t k = 0; k < n; k++)
      if (x_lookup(s->x, X_PERSON | X_WORK | X_ORG, s->t + it[k].off, it[k].len,
                   NULL) == SKG_NONE)
        own_character(s, "cast-character-kin", it[k].off, it[k].len);
    if (!n)
      return;
  }
}
