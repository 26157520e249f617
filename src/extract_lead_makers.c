/* extract_lead_makers.c: what the sentences about the article's work say
   of it: its makers ("directed by A and B", "produced, written and
   directed by A", "The cinematography was by A"), cast verbs that join a
   group ("written by and starring A"), production companies, networks
   (extract_lead_networks.c: "It aired on Fox") and its universe or
   franchise; also sentences whose subject is a maker of it ("Ann Roe produced
   the film with B", "Bill Pope's cinematography"). Apart from extract_lead.c,
   which finds the work in the lead, because this runs later (the driver runs
   it, once the reference list is known) over every sentence whose subject is
   the work. "From director A", "the brainchild of A", "the directorial
   debut of A", "set in the X Universe" and "part of the X franchise" are
   rows of data/phrasings.tsv (family lead_makers); the cue words of the
   sentence tests are data/ lists (data/README.md). */
#include "extract_lead_words.h"
#include "lexicon.h"
#include "xcast_desc.h"
#include "xlead.h"
#include "xmakers.h"
#include "xmatch.h"
#include "xsections.h"

#include <pthread.h>
#include <string.h>
#include <strings.h>

/* The family's rows of data/phrasings.tsv, found once per process (a
   look-up by id compares every row's id). NULL: a row left out. */
static struct {
  const xp_row *director, *creator, *writer, *debut, *brainchild, *universe,
      *franchise;
} ROWS;
static pthread_once_t ROWS_ONCE = PTHREAD_ONCE_INIT;

static void find_rows(void) {
  ROWS.director = xp_row_of("lead_makers", "work-from-director");
  ROWS.creator = xp_row_of("lead_makers", "work-from-creator");
  ROWS.writer = xp_row_of("lead_makers", "work-from-writer-director");
  ROWS.debut = xp_row_of("lead_makers", "work-directorial-debut-of");
  ROWS.brainchild = xp_row_of("lead_makers", "work-brainchild-of");
  ROWS.universe = xp_row_of("lead_makers", "work-universe-set-in");
  ROWS.franchise = xp_row_of("lead_makers", "work-franchise-part-of");
}

/* ---- makers named in sentences about the work (the groups of verbs
   and nouns before them: extract_lead_groups.c) ---- */

/* States what verb v says about one item. */
/* The person of a maker item: its name, or its given name and the
   surname it shares ("Joel" of "Joel and Ethan Coen": Joel Coen). */
static skg_eid person_item(x_ctx *x, const char *t, const maker_item *it) {
  char full[X_SHARED_NAME_MAX];
  const char *s = t + it->off;
  size_t n = it->len;
  if (it->clen && it->len + 1 + it->clen < sizeof full) {
    memcpy(full, s, n);
    full[n] = ' ';
    memcpy(full + n + 1, t + it->coff, it->clen);
    s = full;
    n += 1 + it->clen;
  }
  skg_eid e = x_lookup(x, X_PERSON, s, n, NULL);
  return e != SKG_NONE ? e : x_entity(x, SKG_ENT_PERSON, s, n);
}

void xm_add_maker(x_ctx *x, const about *ab, const maker_verb *v,
                  bool executive, const char *t, const maker_item *it) {
  if (it->org) {
    if (v->flags & MV_ORG)
      skg_graph_add_fact(x->g, ab->work, SKG_PRED_PRODUCTION_COMPANY,
                         xl_company(x, t, it->off, it->len), &ab->ev);
    return;
  }
  if (!(v->flags & (MV_PERSON | MV_CAST))) /* "starred and produced by A" */
    return;
  if (v->p == SKG_PRED_CAST_MEMBER) {
    skg_eid ch = it->clen ? x_entity(x, SKG_ENT_CHARACTER, t + it->coff,
                                     it->clen)
                          : SKG_NONE;
    skg_eid actor = x_entity(x, SKG_ENT_ACTOR, t + it->off, it->len);
    skg_graph_add_performance(x->g, actor, ch, ab->work, &ab->ev);
    return;
  }
  skg_eid e = person_item(x, t, it);
  skg_graph_add_fact(x->g, ab->work,
                     executive ? SKG_PRED_EXECUTIVE_PRODUCER : v->p, e,
                     &ab->ev);
}

/* From a maker noun at p, the position after "is"/"are"/"was"/"were"
   within the next few words ("score and soundtrack are composed"). */
static size_t skip_to_verb(const char *t, size_t p, size_t end) {
  /* data/maker_noun_be.txt, in its order: the first of " is " anywhere
     in the window before the first " are " */
  enum { WINDOW = 40 };
  size_t lim = p + WINDOW < end ? p + WINDOW : end;
  for (size_t i = 0; i < skg_lex_size(SKG_LEX_MAKER_NOUN_BE); i++) {
    const char *be = skg_lex_nth(SKG_LEX_MAKER_NOUN_BE, i);
    size_t q = x_find(t, p, lim, be);
    if (q < lim)
      return q + strlen(be);
  }
  return p;
}

/* "produced by Lark Media (the people behind Harbor Row, Deal or No Deal,
   and other shows)": the company made the works it is said to be behind. */
static void behind_works(x_ctx *x, const about *ab, const maker_item *it,
                         size_t end) {
  const char *t = x->d->text;
  xc_cur c = xc_at(t, it->off, it->off + it->len, end);
  if (!XC_EXACT(&c, " (the ") || !xc_lex_lower(&c, SKG_LEX_BEHIND_NOUNS) ||
      !XC_EXACT(&c, "behind "))
    return;
  skg_eid co = xl_company(x, t, it->off, it->len);
  for (int guard = 0; guard < 16; guard++) {
    size_t n = x_title_len(t, c.p, end, X_TITLE_JOIN);
    if (!n)
      break;
    skg_eid w = x_lookup(x, X_WORK, t + c.p, n, NULL);
    if (w == SKG_NONE)
      w = x_entity(x, SKG_ENT_SERIES, t + c.p, n);
    skg_graph_add_fact(x->g, w, SKG_PRED_PRODUCTION_COMPANY, co, &ab->ev);
    c.p += n;
    if (!XC_EXACT(&c, ", and "))
      XC_EXACT(&c, ", ");
  }
}

/* " in lead roles", " in the lead roles", " in pivotal roles", " in
   the title role" at t[p]: the list before it was the cast. */
static bool in_roles(const char *t, size_t p, size_t end) {
  xc_cur c = xc_at(t, p, p, end);
  if (!XC_EXACT(&c, " in "))
    return false;
  p = c.p;
  for (int words = 0; words < 3 && p < end; words++) {
    if (x_word_at(t, p, end, "role") || x_word_at(t, p, end, "roles") ||
        x_word_at(t, p, end, "lead"))
      return true;
    while (p < end && t[p] != ' ' && t[p] != ',' && t[p] != '.')
      p++;
    if (p >= end || t[p] != ' ')
      return false;
    p++;
  }
  return false;
}

/* After a maker noun at p, where the names start when only a copula and
   a verb of doing come between it and "by" ("music by A", "cinematography
   was by A", "cinematography was handled by A"), or 0. */
static size_t noun_by(const char *t, size_t p, size_t end) {
  for (int words = 0; words < 4 && x_at(t, p, end, " "); words++) {
    xc_cur c = xc_at(t, p, p, end);
    if (XC_EXACT(&c, " by "))
      return c.p;
    /* data/maker_noun_gaps.txt: "was", "handled", "also" */
    size_t k = xc_lex_len(t, p + 1, end, SKG_LEX_MAKER_NOUN_GAPS);
    if (!k)
      return 0;
    /* "credited to A": a gap word whose value is "to" */
    const char *v = skg_lex_get(SKG_LEX_MAKER_NOUN_GAPS, t + p + 1, k);
    p += 1 + k;
    c = xc_at(t, p, p, end);
    if (v && strcmp(v, "to") == 0 && XC_EXACT(&c, " to "))
      return c.p;
  }
  return 0;
}

/* Keeps the verbs of g that say what the maker noun says ("music
   composed and conducted by": composed); true when one is left. */
static bool keep_noun_verbs(verb_group *g, const maker_verb *noun) {
  size_t k = 0;
  for (size_t i = 0; i < g->n; i++)
    if (g->v[i]->p == noun->p) {
      g->executive[k] = g->executive[i];
      g->v[k++] = g->v[i];
    }
  g->n = k;
  return k > 0;
}

/* "directed by A and B", "produced, written and directed by A", "The
   cinematography was by A and B", "starring A, B and C", "starred A as
   Helen and B as Paris" anywhere in [p, end). */
/* States what each verb of g says about each of the n items. In a group
   with a cast verb ("directed, produced by and starring Raj Roe and Ann
   Lee") the crew verbs are the first name's; all are cast. */
static void credit_group(x_ctx *x, const about *to, const verb_group *g,
                         const char *t, const maker_item *items, size_t n) {
  bool cast = false;
  for (size_t i = 0; i < g->n; i++)
    cast = cast || g->v[i]->p == SKG_PRED_CAST_MEMBER;
  for (size_t i = 0; i < g->n; i++)
    for (size_t j = 0; j < n; j++)
      if (!cast || j == 0 || g->v[i]->p == SKG_PRED_CAST_MEMBER)
        xm_add_maker(x, to, g->v[i], g->executive[i], t, &items[j]);
}

/* "based on the novels written by Ann Roe": the people a maker verb of
   another work names made that work, not the article's; they are still
   people of the text, so that a later "alongside Roe" finds them. */
static void source_makers(x_ctx *x, const char *t, size_t list, size_t end) {
  maker_item items[MAX_ITEMS];
  size_t stop, n = xm_read_items(x, t, list, end, MV_PERSON, items, &stop);
  for (size_t j = 0; j < n; j++)
    if (!items[j].org &&
        x_lookup(x, X_PERSON, t + items[j].off, items[j].len, NULL) ==
            SKG_NONE &&
        x_person_like(t + items[j].off, items[j].len, true))
      x_entity(x, SKG_ENT_PERSON, t + items[j].off, items[j].len);
}

/* The list after the maker noun at t[p] ("music by A"), with the noun
   as the only verb of *g; or 0, after which a writer noun may still
   name co-writers ("from a screenplay he co-wrote with B"). */
static size_t noun_list(x_ctx *x, const about *ab, size_t from, size_t p,
                        size_t end, const maker_verb *noun, verb_group *g) {
  const char *t = x->d->text;
  size_t q = noun_by(t, p + strlen(noun->w), end);
  if (q) {
    g->v[0] = noun;
    g->executive[0] = false;
    g->n = 1;
  } else if (noun->p == SKG_PRED_WRITER)
    xm_cowrote_with(x, ab, from, p, p + strlen(noun->w), end);
  return q;
}

static void makers(x_ctx *x, const about *ab, size_t p, size_t end) {
  const char *t = x->d->text;
  for (size_t from = p; p < end; p++) {
    verb_group g;
    size_t list = xm_read_verbs(t, p, end, &g);
    if (!list && p > 0 && t[p - 1] == ' ')
      list = xm_noun_group(t, p, end, &g);
    if (!list && p > 0 && t[p - 1] == ' ')
      list = xm_mixed_group(t, p, end, &g);
    const maker_verb *noun =
        list ? NULL : xm_noun_at(SKG_LEX_MAKER_NOUNS, t, p, end);
    if (noun && (list = xm_read_verbs(t, skip_to_verb(t, p, end), end, &g))) {
      /* "The score and soundtrack are composed by"; the noun says what
         was made: "The score was written by A" names no writer */
      if (!keep_noun_verbs(&g, noun)) {
        p = list; /* not "written by" at the verb either */
        continue;
      }
      noun = NULL;
    }
    if (noun) /* "music by", "The cinematography was by" */
      list = noun_list(x, ab, from, p, end, noun, &g);
    if (!list || xm_not_carried_out(t, from, p))
      continue;
    if (xm_other_work_verb(x, from, p)) {
      source_makers(x, t, list, end);
      continue;
    }
    /* "the sequel to the 1980 film Harbor Row, directed by A": the makers
       are that film's */
    about other;
    const about *to = xm_about_titled(x, ab, from, p, &other);
    unsigned flags = 0;
    for (size_t i = 0; i < g.n; i++)
      flags |= g.v[i]->flags;
    maker_item items[MAX_ITEMS];
    size_t stop, n = xm_read_items(x, t, list, end, flags, items, &stop);
    if ((flags & MV_ROLES) && !in_roles(t, stop, end))
      n = 0;
    credit_group(x, to, &g, t, items, n);
    if (to != ab) {
      p = n ? stop : p;
      continue;
    }
    for (size_t j = 0; j < n; j++)
      if (items[j].org)
        behind_works(x, ab, &items[j], end);
    if (n) {
      xm_makers_tail(x, ab, t, stop, end);
      xm_coproducers_with(x, ab, &g, stop, end);
      xm_producer_of(x, ab, &g, items, n, end);
      p = stop;
    }
  }
}

/* "a 1962 Japanese drama film by Yoshi Ozaki", "a British sitcom by Ann
   Roe", "a 1998 film from director Ann Roe": "by" right after the lead's
   description names the film's director or the series' creator ("based
   on a novel by" stops the description before). */
/* True when a maker verb that no description stop lists comes at p with
   "by" after it ("a 1998 film scripted by A", "penned by A"): its own
   rule credits the names, which are no "film by A". */
static bool maker_verb_by(const char *t, size_t p, size_t end) {
  size_t n = xc_lex_len(t, p, end, SKG_LEX_MAKER_VERBS);
  return n && x_word_at(t, p + n + 1, end, "by");
}

/* True when a maker verb of pred with its names comes in t[p..end) ("a
   film by Ann Roe, directed by Bo Li": Bo Li is the director). */
static bool verb_later(const char *t, size_t p, size_t end, skg_pred pred) {
  for (; p < end; p++) {
    verb_group g;
    if (t[p - 1] != ' ' || !xm_read_verbs(t, p, end, &g))
      continue;
    for (size_t i = 0; i < g.n; i++)
      if (g.v[i]->p == pred)
        return true;
  }
  return false;
}

static void work_by(x_ctx *x, const about *ab, size_t p, size_t end) {
  const char *t = x->d->text;
  bool source = false; /* "a film adaptation of the novel by A" */
  while (p < end && !x_description_ends(t, p, end) &&
         !maker_verb_by(t, p, end)) {
    source = source || xc_lex_at(t, p, end, SKG_LEX_MAKER_SOURCE_CUES);
    while (p < end && t[p] != ' ' && t[p] != ',')
      p++;
    p = x_skip_space(t, p, end);
  }
  if (source && x_word_at(t, p, end, "by")) { /* the source's author */
    source_makers(x, t, p + sizeof "by", end);
    return;
  }
  /* "a 1998 crime film from director Ann Roe", "from creator Ann Roe":
     rows work-from-director (a film's) and work-from-creator (a series');
     "from writer-director" (row work-from-writer-director) credits the
     writer too */
  bool film = x->subject_type == SKG_ENT_FILM;
  const xp_row *r = film ? ROWS.director : ROWS.creator;
  const xp_row *w = film ? ROWS.writer : NULL;
  xp_match m;
  size_t list = 0;
  if (r && xp_at(r, t, p, p, end, &m))
    list = xp_slot(&m, r->obj)->off;
  bool writer = list && w && xp_at(w, t, p, p, end, &m);
  if (!list && x_word_at(t, p, end, "by"))
    list = p + sizeof "by"; /* and the space after */
  if (!list || list >= end)
    return;
  maker_item items[MAX_ITEMS];
  size_t stop,
      n = xm_read_items(x, t, list, end, MV_PERSON | MV_ORG, items, &stop);
  maker_verb v = {"", film ? SKG_PRED_DIRECTOR : SKG_PRED_CREATOR, MV_PERSON};
  bool later = n && verb_later(t, stop, end, v.p);
  if (later) /* "a film by A, directed by B": A is a person, no director */
    source_makers(x, t, list, end);
  for (size_t i = 0; i < n; i++) {
    const char *s = t + items[i].off;
    if (x_network_like(s, items[i].len))
      continue;
    if (items[i].org && x_company_like(s, items[i].len)) /* "by Lark Films" */
      skg_graph_add_fact(x->g, ab->work, SKG_PRED_PRODUCTION_COMPANY,
                         xl_company(x, t, items[i].off, items[i].len), &ab->ev);
    else if (!later && !items[i].org && memchr(s, ' ', items[i].len)) {
      /* a name of two words or more ("by DreamWorks" names no one) */
      xm_add_maker(x, ab, &v, false, t, &items[i]);
      if (writer)
        xm_add_maker(x, ab, &(maker_verb){"", w->pred, MV_PERSON}, false, t,
                     &items[i]);
    }
  }
}

/* "It is set in the Marvel Cinematic Universe (MCU)", "part of the Star
   Wars franchise": the fictional universe or franchise of the work. */
static void part_of(x_ctx *x, const about *ab, size_t p, size_t end) {
  const char *t = x->d->text;
  const xp_row *u = ROWS.universe, *f = ROWS.franchise;
  xp_match m;
  xp_run run = xp_run_of(u, t, p, p, end, NULL);
  if (xp_run_next(&run, &m)) { /* "... Cinematic Universe" */
    size_t q = xp_slot(&m, u->obj)->off, n = x_title_len(t, q, end, 0);
    size_t last = XC_LEN("Universe");
    if (n > last + 1 && x_word_at(t, q + n - last, end, "Universe"))
      skg_graph_add_literal(x->g, ab->work, u->pred, t + q, n, &ab->ev);
  }
  run = xp_run_of(f, t, p, p, end, NULL);
  if (xp_run_next(&run, &m)) { /* "the Star Wars franchise" */
    size_t q = xp_slot(&m, f->obj)->off, n = x_title_len(t, q, end, 0);
    if (n && x_word_at(t, q + n + 1, end, "franchise"))
      skg_graph_add_literal(x->g, ab->work, f->pred, t + q, n, &ab->ev);
  }
}

/* ---- which sentences are about the work ---- */

/* True when a work noun of this kind (work_nouns.tsv) names another work
   than the article's: "The film" on a series' page (a film of the series),
   "The television series" on a film's page (the series it adapts); a bare
   "series" may be a film's franchise. */
static bool other_kind(const x_ctx *x, const char *kind, const char *noun,
                       size_t n) {
  if (x->subject_type == SKG_ENT_SERIES)
    return strcmp(kind, "Film") == 0;
  return x->subject_type == SKG_ENT_FILM && strcmp(kind, "Series") == 0 &&
         !(n == XC_LEN("series") && strncasecmp(noun, "series", n) == 0);
}

/* True when a word for a part of the work made apart from it follows a
   work noun at p ("The series' theme song", "The film trailer"): the
   phrase names that part. */
static bool part_noun(const char *t, size_t p, size_t end) {
  xc_cur c = xc_at(t, p, p, end);
  if (!XC_EXACT(&c, "'s"))
    XC_EXACT(&c, "'");
  /* data/part_nouns.txt (not "finale" or "pilot": an episode's own page
     is typed a series) */
  return XC_EXACT(&c, " ") && xc_lex_at(t, c.p, end, SKG_LEX_PART_NOUNS);
}

/* Length of "The film", "This series", "The television series" at t[p],
   or 0; 0 too when the noun names another kind of work (other_kind). */
static size_t work_phrase(const x_ctx *x, size_t p, size_t end) {
  const char *t = x->d->text;
  if (!x_word_at(t, p, end, "The") && !x_word_at(t, p, end, "This"))
    return 0;
  xc_cur c = xc_at(t, p, p, end);
  xc_skip_word(&c);
  size_t a = c.p + 1, best = 0; /* the noun after the space */
  size_t q = a;
  for (int words = 0; words < 3 && q < end; words++) {
    while (q < end && t[q] != ' ' && t[q] != ',' && t[q] != '\'')
      q++;
    const char *kind = skg_lex_get(SKG_LEX_WORK_NOUNS, t + a, q - a);
    if (kind)
      best = other_kind(x, kind, t + a, q - a) ? 0 : q - p;
    q++;
  }
  return best && !part_noun(t, p + best, end) ? best : 0;
}

/* "The screenplay", "The background score and soundtrack": a subject
   that names a part of the work; returns 0 or where the noun starts, so
   that the noun rule of makers() reads it. */
static size_t maker_noun_phrase(const char *t, size_t p, size_t end) {
  if (!x_word_at(t, p, end, "The") && !x_word_at(t, p, end, "Its"))
    return 0; /* "The screenplay", "Its screenplay" */
  /* "The black and white cinematography", not "The soundtrack includes
     rock music": a word ending in "s" may be a verb, and stops it */
  xc_cur c = xc_at(t, p, p, end);
  xc_skip_word(&c);
  for (size_t q = c.p + 1, words = 0; q < end && words < 5; words++) {
    if (xm_noun_at(SKG_LEX_MAKER_NOUNS, t, q, end))
      return q - p;
    const char *v =
        skg_lex_get(SKG_LEX_OTHER_WORKS, t + q, x_find(t, q, end, " ") - q);
    if (v && strcmp(v, "part") == 0)
      return 0; /* "The film's trailer music": the trailer's */
    while (q < end && t[q] != ' ')
      q++;
    if (q < end && t[q - 1] == 's' && !x_at(t, q - XC_LEN("'s"), end, "'s"))
      return 0;
    q++;
  }
  return 0;
}

/* "Music for the film was composed by", "Cinematography was by": a
   sentence that opens with a maker noun, alone or of the work, and goes
   on with its verb (not "Music videos were directed by"). */
static bool bare_maker_noun(const char *t, size_t p, size_t end) {
  const maker_verb *noun = xm_noun_at(SKG_LEX_MAKER_NOUNS, t, p, end);
  if (!noun)
    return false;
  xc_cur c = xc_at(t, p, p + strlen(noun->w), end), of = c;
  /* "Music for the film was", "Cinematography was by" */
  if (XC_EXACT(&of, " ") && xc_lex_lower(&of, SKG_LEX_MAKER_NOUN_PREPS) &&
      XC_WORD(&of, "the") && XC_ALT(&of, "film|series"))
    c = of;
  else if (!XC_EXACT(&c, " "))
    return false;
  return xc_lex_lower(&c, SKG_LEX_MAKER_NOUN_VERBS) != NULL;
}

/* After an opening participle clause, where the predicate of a main
   clause about the work starts ("..., the film was written by", "...,
   Harbor Lights marked"), or 0. */
static size_t main_clause(const x_ctx *x, size_t p, size_t end) {
  const char *t = x->d->text;
  for (size_t c = x_find(t, p, end, ", "); c < end;
       c = x_find(t, c + 1, end, ", ")) {
    xc_cur k = xc_at(t, p, c, end);
    XC_EXACT(&k, ", ");
    size_t w = k.p, n = work_phrase(x, w, end);
    if (n)
      return w + n;
    if (XC_EXACT(&k, "it "))
      return k.p - 1; /* at the space, as after a work phrase */
    n = x_title_len(t, w, end, X_TITLE_JOIN);
    if (n && x_lookup(x, X_WORK, t + w, n, NULL) == x->subject)
      return w + n;
  }
  return 0;
}

/* True when sentence si holds a word of lex. */
static bool has_word(const skg_doc *d, size_t si, skg_lex lex) {
  const char *t = d->text;
  size_t p = d->sents[si].off, end = p + d->sents[si].len;
  for (size_t a = p; p < end; p++)
    if ((p == a || t[p - 1] == ' ') && xc_lex_at(t, p, end, lex))
      return true;
  return false;
}

/* True when sentence si speaks of a work other than the article's: a
   dub, a version, a remake, the novel ("Fox released the studio's dub on
   VHS"), which a following "It" may mean. */
static bool names_other_work(const skg_doc *d, size_t si) {
  const skg_span *s = &d->sents[si];
  return has_word(d, si, SKG_LEX_OTHER_WORK_NOUNS) ||
         x_other_work_cue(d->text, s->off, s->off + s->len, X_CUE_WORK);
}

/* True when sentence si, inside a paragraph, follows one that introduced
   a sequel, remake or other version ("A sequel, Harbor Lights 2, was
   released in 2017. Directed by A, the film follows ..."): "the film"
   goes on with that one. A novel or a play before ("based on the novel")
   changes nothing: the film is still the article's. */
static bool after_other_film(const x_ctx *x, size_t si, size_t lead) {
  return si > 0 && si - 1 != lead && !xs_opens_paragraph(x->d, si) &&
         has_word(x->d, si - 1, SKG_LEX_FOLLOW_ON_WORKS);
}

/* True when the sentence opens with a participle clause ("Based on",
   "Set in", "Inspired by", "Shot in") or a preposition of time ("Upon
   its final episode", "After the success of"): its subject comes after
   it. */
static bool participle_at(const char *t, size_t p, size_t end) {
  size_t q = p;
  while (q < end && t[q] != ' ' && t[q] != ',')
    q++;
  if (q - p < 3 || !x_cap_at(t, p, end))
    return false;
  if (XC_ENDS(t, p, q, "ed") || XC_ENDS(t, p, q, "ing"))
    return true;
  return xc_lex_at(t, p, end, SKG_LEX_CLAUSE_OPENERS); /* "Set", "Upon" */
}

/* True when a work phrase ending at p goes on with a possessive and a
   thing made apart from the work ("The film's trailer was produced by
   A", "The film's sequel"): the sentence's subject is that thing. */
static bool part_of_work(const char *t, size_t p, size_t end) {
  size_t k = x_possessive_at(t, p, end);
  if (!k || !x_at(t, p + k, end, " "))
    return false;
  size_t a = p + k + 1, e = a;
  while (e < end && t[e] != ' ' && t[e] != ',' && t[e] != '.')
    e++;
  const char *v = skg_lex_get(SKG_LEX_OTHER_WORKS, t + a, e - a);
  return (v && strcmp(v, "work") == 0) ||
         xc_lex_at(t, a, end, SKG_LEX_WORK_EXTRAS); /* "trailer", "tie-in" */
}

/* "A British and American joint venture, the film was co-produced by
   A": a noun phrase in apposition to the subject after it (only up to
   the first comma, so that no other clause comes between); where the
   work's phrase after the comma ends, or 0. */
static size_t apposition_end(const x_ctx *x, size_t p, size_t end) {
  const char *t = x->d->text;
  size_t n, c = x_find(t, p, end, ", ") + XC_LEN(", ");
  if ((x_word_at(t, p, end, "A") || x_word_at(t, p, end, "An")) && c < end &&
      (n = work_phrase(x, c, end)))
    return c + n;
  return 0;
}

/* Where the predicate of sentence si starts when its subject is the work
   ("It ...", "The film ...", the title), or 0. A sentence opening with
   maker verbs whose main clause is about the work ("Written by A, the
   episode aired ...") counts from its start. */
static size_t about_work(const x_ctx *x, size_t si, size_t lead) {
  const char *t = x->d->text;
  const skg_span *s = &x->d->sents[si];
  size_t p = s->off + (t[s->off] == '"'), end = s->off + s->len, n;
  /* "It" opening a paragraph is the article's work; inside one it may go
     on with another work the sentence before was about (a dub, a
     remake). */
  if (x_word_at(t, p, end, "It"))
    return si == 0 || xs_opens_paragraph(x->d, si) || si - 1 == lead ||
                   about_work(x, si - 1, lead) ||
                   !names_other_work(x->d, si - 1)
               ? p + XC_LEN("It")
               : 0;
  if ((n = work_phrase(x, p, end)))
    return part_of_work(t, p + n, end) || after_other_film(x, si, lead)
               ? 0
               : p + n;
  if ((n = maker_noun_phrase(t, p, end)))
    return p + n;
  /* "Filming took place in Paris, produced by A", "Production was handled
     by Lark Films": the work's own making */
  if (x_cap_at(t, p, end) &&
      (n = xc_lex_len(t, p, end, SKG_LEX_MAKING_NOUNS)) &&
      x_at(t, p + n, end, " "))
    return p + n; /* data/making_nouns.txt */
  if (bare_maker_noun(t, p, end))
    return p;
  if ((n = x_title_len(t, p, end, X_TITLE_JOIN)) &&
      x_lookup(x, X_WORK, t + p, n, NULL) == x->subject)
    return p + n;
  verb_group g;
  /* "The directed by A and produced by B." right after the lead: the
     work's noun left out, as stub pages of one writing style do */
  if (si == lead + 1 && x_word_at(t, p, end, "The") &&
      xm_read_verbs(t, p + sizeof "The", end, &g))
    return p + XC_LEN("The");
  size_t c = x_find(t, p, end, ", the ");
  if (xm_read_verbs(t, p, end, &g) && c < end &&
      work_phrase(x, c + XC_LEN(", "), end))
    return after_other_film(x, si, lead) ? 0 : p;
  /* "Based on the novel by A, the film was written by B": the clause
     before the comma is about another work; the main clause is about
     this one. */
  if (participle_at(t, p, end))
    return main_clause(x, p, end);
  if ((n = apposition_end(x, p, end)))
    return n;
  /* "The Night Ledger, along with its sister shows, was removed from
     Streamco. They began streaming on Zeta+": "They" goes on with a
     sentence whose subject was the work (one step back only). */
  if (x_word_at(t, p, end, "They") && si > 0 &&
      !x_word_at(t, x->d->sents[si - 1].off, end, "They") &&
      about_work(x, si - 1, lead))
    return p + XC_LEN("They");
  return 0;
}

/* "The film marks the directorial debut of Ann Roe", "It was Ann Roe's
   directorial debut.": in a sentence about the work, its director ("Ann
   Roe's directorial debut, Harbor Row" names another work). */
static void directorial_debut(x_ctx *x, const about *ab, size_t p, size_t end) {
  const char *t = x->d->text;
  maker_verb v = {"", SKG_PRED_DIRECTOR, MV_PERSON};
  maker_item it;
  const xp_row *r = ROWS.debut;
  xp_match m;
  size_t n;
  xp_run run = xp_run_of(r, t, p, p, end, NULL);
  if (xp_run_next(&run, &m)) {
    /* "the directorial debut of filmmaker Ann Roe" */
    size_t q = x_desc_skip(t, xp_slot(&m, r->obj)->off, end);
    if ((n = x_name_len(t, q, end)) && x_person_like(t + q, n, false)) {
      it = (maker_item){q, n, false, 0, 0};
      v.p = r->pred;
      xm_add_maker(x, ab, &v, false, t, &it);
    }
  }
  /* data/debut_possessives.txt, in its order */
  for (size_t i = 0; i < skg_lex_size(SKG_LEX_DEBUT_POSSESSIVES); i++) {
    const char *poss = skg_lex_nth(SKG_LEX_DEBUT_POSSESSIVES, i);
    size_t q = x_find(t, p, end, poss);
    size_t after = q + strlen(poss);
    if (q < end && (after >= end || strchr(".;", t[after]) ||
                    x_at(t, after, end, " and ")) &&
        xm_name_before(x, p, q, &it))
      xm_add_maker(x, ab, &v, false, t, &it);
  }
}

/* "The show was the brainchild of Ann Lee": its creator. */
static void brainchild(x_ctx *x, const about *ab, size_t p, size_t end) {
  const xp_row *r = ROWS.brainchild;
  const char *t = x->d->text;
  xp_match m;
  xp_run run = xp_run_of(r, t, p, p, end, NULL);
  if (!xp_run_next(&run, &m))
    return;
  size_t q = xp_slot(&m, r->obj)->off, n = x_name_len(t, q, end);
  if (!n || !x_person_like(t + q, n, false))
    return;
  maker_item it = {q, n, false, 0, 0};
  maker_verb v = {"", r->pred, MV_PERSON};
  xm_add_maker(x, ab, &v, false, t, &it);
}

static void about_sentence(x_ctx *x, size_t si, size_t p, skg_eid parent) {
  const skg_span *s = &x->d->sents[si];
  size_t end = s->off + s->len;
  about ab = {x->subject, parent, x_evidence(x, si, "lead-makers")};
  makers(x, &ab, p, end);
  xl_coproduction(x, &ab, p, end);
  directorial_debut(x, &ab, p, end);
  brainchild(x, &ab, p, end);
  ab.ev = x_evidence(x, si, "lead-network");
  xl_networks(x, &ab, p, end);
  if (x->subject_type == SKG_ENT_SERIES)
    xl_possessive_network(x, &ab, p, end);
  /* "It is a Netflix original series": a network in a later description
     of the work, not in one of another work ("a remake of the NBC
     series") */
  xc_cur c = xc_at(x->d->text, p, p, end);
  if (si > 0 && XC_EXACT(&c, " ") &&
      xc_lex_lower(&c, SKG_LEX_DESCRIPTION_COPULAS) &&
      xc_lex_lower(&c, SKG_LEX_INDEFINITE_ARTICLES) && c.p < end)
    xl_description_network(x, &ab, c.p, x_find(x->d->text, p, end, " of "));
  ab.ev = x_evidence(x, si, "lead-universe");
  part_of(x, &ab, p, end);
}

/* The makers a lead sentence si names in its description from desc
   ("a 1998 American film directed by A for Lark Films") and after it. */
static void lead_sentence(x_ctx *x, size_t si, size_t desc, skg_eid parent) {
  const skg_span *s = &x->d->sents[si];
  about ab = {x->subject, parent, x_evidence(x, si, "lead-network")};
  xl_description_network(x, &ab, desc, s->off + s->len);
  ab.ev = x_evidence(x, si, "lead-description-company");
  xl_description_company(x, &ab, desc, s->off + s->len);
  ab.ev = x_evidence(x, si, "lead-work-by");
  work_by(x, &ab, desc, s->off + s->len);
  about_sentence(x, si, desc, parent);
}

void x_rules_lead_makers(x_ctx *x) {
  pthread_once(&ROWS_ONCE, find_rows);
  skg_ent type;
  size_t a, tl, desc;
  size_t lead = x_find_lead(x, &type, &a, &tl, &desc);
  if (lead == x->d->nsents || x->subject == SKG_NONE)
    return;
  skg_eid parent = x_episode_series(x);
  lead_sentence(x, lead, desc, parent);
  for (size_t si = lead + 1; si < x->refs_start; si++) {
    /* "Harbor Row is a 1998 film ... The score was composed by A": the
       paragraph of another work's lead credits nothing; a second
       article's, under its title line, credits its work (xsections.c) */
    xs_saved page;
    xs_about at = xs_enter(x, si, lead, &page);
    if (at.other) {
      xs_leave(x, &page);
      continue;
    }
    if (at.desc)
      lead_sentence(x, si, at.desc, parent);
    size_t p = at.desc ? 0 : about_work(x, si, lead);
    if (p)
      about_sentence(x, si, p, parent);
    else if (!at.desc)
      xm_active_makers(x, si);
    xm_debut_with(x, si);
    xl_active_network(x, si, parent);
    xl_subject_network(x, si, parent);
    xs_leave(x, &page);
  }
  for (size_t si = lead; si < x->refs_start; si++) {
    xl_studio_cues(x, si);
  }
}
