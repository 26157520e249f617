/* extract_lead_networks.c: the networks that carried the article's work,
   read from the sentences about it ("It aired on Fox", "broadcast by
   Channel 4", "ABC's last series", "a weekday BBC Two programme"). Apart
   from extract_lead_makers.c, which finds the sentences about the work
   and calls these. The phrasings "made for N", "moved to N", "cancelled
   by N" and "N aired the series" are rows network-made-for,
   network-moved, network-cancelled-by and lead-network-verb of
   data/phrasings.tsv. */
#include "extract_lead_words.h"
#include "lexicon.h"
#include "xlead.h"
#include "xmakers.h"
#include "xmatch.h"

#include <ctype.h>
#include <string.h>

/* Verbs after which "on N" names the network that carried the work. */
static const char *const AIR_VERBS[] = {
    "aired",       "airs",     "air",          "premiered", "premieres",
    "debuted",     "debuts",   "broadcast",    "released",  "streamed",
    "streaming",   "screened", "shown",        "ran",       "runs",
    "carried",     "moved",    "telecast",     "televised", "transmitted",
    "broadcasted", "ordered",  "commissioned", "picked",    "streams"};

/* True when the name s[0..n) ends in " Television" ("Sony Entertainment
   Television"): after "on" a channel, though a studio's name may end so
   ("produced by Lark Television"). */
static bool television_tail(const char *s, size_t n) {
  static const char TV[] = " Television";
  return XC_ENDS(s, 1, n, TV); /* and more before it: n > its length */
}

/* True when a word of t[p..p+n) after its first is all capitals or
   digits ("Gullwing MX", "Canal 9"): no person's name has such a word. */
static bool coded_word(const char *t, size_t p, size_t n) {
  for (size_t i = p, e = p + n; i < e;) {
    size_t w = i;
    while (w < e && t[w] != ' ')
      w++;
    bool coded = i > p && w > i;
    for (size_t k = i; k < w; k++)
      coded = coded &&
              (isupper((unsigned char)t[k]) || isdigit((unsigned char)t[k]));
    if (coded)
      return true;
    i = w + 1;
  }
  return false;
}

/* True when the name t[p..p+n), after "a series aired on", can be a
   network the lexicon does not know: not a date ("on January 5", "on
   Sunday evenings"), a holiday or a stage ("premiered on Broadway"), nor
   a person, and ending where a network's name would ("on Asiavision in
   1990", "on Asiavision, ..."). */
static bool loose_network(const char *t, size_t p, size_t n, size_t end) {
  static const char *const NOT[] = {
      "Monday",    "Tuesday",      "Wednesday", "Thursday", "Friday",
      "Saturday",  "Sunday",       "Mondays",   "Tuesdays", "Wednesdays",
      "Thursdays", "Fridays",      "Saturdays", "Sundays",  "Broadway",
      "Christmas", "Thanksgiving", "Halloween", "Easter",   "New"};
  static const char *const AFTER[] = {
      " in ", " from ", " on ", " and ", " between ", " for ", " until ",
      " starting ", " as ", " at ", " since ",
      /* the network's other name: "on Pop (previously the N Network)" */
      " (previously ", " (formerly ", " (now ", " (then ", " (later "};
  size_t w = p;
  while (w < p + n && t[w] != ' ')
    w++;
  if (skg_lex_has(SKG_LEX_MONTHS, t + p, w - p) ||
      skg_lex_has(SKG_LEX_NOT_NAMES, t + p, w - p) ||
      (x_person_like(t + p, n, false) && !coded_word(t, p, n) &&
       !skg_lex_has(SKG_LEX_NETWORK_FIRST_WORDS, t + p, w - p)) ||
      n > 40)
    return false;
  for (size_t i = 0; i < SKG_ARRAY_LEN(NOT); i++)
    if (x_word_at(t, p, end, NOT[i]))
      return false;
  if (p + n >= end || strchr(".,;(", t[p + n]))
    return true;
  for (size_t i = 0; i < SKG_ARRAY_LEN(AFTER); i++)
    if (x_at(t, p + n, end, AFTER[i]))
      return true;
  return false;
}

#define NETWORK_NAME_MAX 80
/* Bytes after an airing verb that may name its network. */
#define AIR_CLAUSE_MAX 200

/* The network named t[p..p+n) after "the": "on the WB network" names "The
   WB" when the lexicon knows the network with its article, else the name
   alone ("on the BBC"). */
static skg_eid network_after_the(x_ctx *x, size_t p, size_t n) {
  char name[NETWORK_NAME_MAX + 1];
  const size_t k = XC_LEN("The "), len = k + n;
  if (len > NETWORK_NAME_MAX)
    return xl_company(x, x->d->text, p, n);
  memcpy(name, "The ", k);
  memcpy(name + k, x->d->text + p, n);
  name[len] = '\0';
  if (!skg_lex_has(SKG_LEX_NETWORKS, name, len))
    return xl_company(x, x->d->text, p, n);
  skg_eid e = x_lookup(x, X_ORG, name, len, NULL);
  return e != SKG_NONE ? e : x_entity(x, SKG_ENT_COMPANY, name, len);
}

/* "the United Paramount Network (UPN)": where the short form the network
   lexicon knows starts in the parenthesis at t[p], or 0; the network goes
   by it. */
static size_t short_form(const char *t, size_t p, size_t end) {
  xc_cur c = xc_at(t, p, p, end);
  if (!XC_EXACT(&c, " ("))
    return 0;
  size_t a = c.p, n = x_org_len(t, a, end);
  return n && x_at(t, a + n, end, ")") &&
                 skg_lex_has(SKG_LEX_NETWORKS, t + a, n)
             ? a
             : 0;
}

/* "the British broadcaster ITV", "the Japanese network TV Tokyo",
   "cable network USA Network": up to four words that describe a network
   (at p, after "the" if any), a noun of data/network_nouns.txt, then its
   name. Returns where the name starts, or 0. */
static size_t described_network(const char *t, size_t p, size_t end) {
  enum { WORDS = 4 };
  return xm_described_name(t, p, end, SKG_LEX_NETWORK_NOUNS, WORDS, false);
}

/* Length of a sentence-opening name that goes on over a particle and an
   article, "Canal de las Estrellas", where the name scanner stops at
   "Canal"; n when none follows. */
static size_t particle_name(const char *t, size_t p, size_t n, size_t end) {
  xc_cur c = xc_at(t, p, p + n, end);
  /* both eat the blank after their word */
  if (!n || !XC_EXACT(&c, " ") || !xc_lex_word(&c, SKG_LEX_NAME_PARTICLES))
    return n;
  (void)xc_lex_lower(&c, SKG_LEX_NAME_ARTICLES); /* "las", an article */
  size_t k = x_cap_at(t, c.p, end) ? x_org_len(t, c.p, end) : 0;
  return k ? c.p + k - p : n;
}

/* Length of a network of the lexicon at t[p] whose name starts in lower
   case and holds a capital ("tvN"), which the name scanner skips; 0 if
   none. */
static size_t lower_network_len(const char *t, size_t p, size_t end) {
  if (p >= end || !islower((unsigned char)t[p]))
    return 0;
  size_t n = xc_lex_len(t, p, end, SKG_LEX_NETWORKS);
  for (size_t i = 1; i < n; i++)
    if (isupper((unsigned char)t[p + i]))
      return n;
  return 0;
}

/* Reads "[the] N [network]" at t[p] and states it when it is a network.
   Returns the end of the name or p. */
static size_t network_at(x_ctx *x, const about *ab, size_t p, size_t end,
                         bool loose) {
  const char *t = x->d->text;
  static const char ON[] = "on ";
  bool on = XC_ENDS(t, 0, p, ON);
  xc_cur c = xc_at(t, p, p, end);
  bool the = XC_WORD(&c, "the");
  p = c.p;
  size_t described = described_network(t, p, end);
  if (described) { /* "the British broadcaster ITV": the noun says so */
    p = described;
    the = false;
  }
  size_t n = x_org_len(t, p, end), d = p + n + 1;
  if (!n && (n = lower_network_len(t, p, end))) {
    xl_add_network(x, ab, xl_company(x, t, p, n)); /* "aired on tvN" */
    return p + n;
  }
  if (!n)
    return p;
  if (on && loose && skg_lex_has(SKG_LEX_NETWORK_FIRST_WORDS, t + p, n)) {
    n = particle_name(t, p, n, end); /* "on Canal de las Estrellas" */
    d = p + n + 1;
  }
  while (d < end && t[d] >= '0' && t[d] <= '9')
    d++;
  /* "Channel 4", which the name scanner ends before the digit; after "a
     series aired on", "Canal 9" too */
  if (d > p + n + 1 && t[p + n] == ' ' &&
      (x_network_like(t + p, d - p) ||
       (on && loose && loose_network(t, p, d - p, end))))
    n = d - p;
  size_t w = p + n + 1; /* "network" and "channel" have one length */
  bool named =
      w + XC_LEN("network") <= end &&
      (x_word_at(t, w, end, "network") || x_word_at(t, w, end, "channel"));
  size_t a = short_form(t, p + n, end);
  /* after "the British broadcaster" a name that is no date, holiday or
     person ("the channel Saturdays at 9") */
  described = described && loose_network(t, p, n, end);
  if (named || a || described || x_network_like(t + p, n) ||
      (on && television_tail(t + p, n)) ||
      (on && loose && loose_network(t, p, n, end))) {
    xl_add_network(x, ab,
                   a     ? xl_company(x, t, a, x_org_len(t, a, end))
                   : the ? network_after_the(x, p, n)
                         : xl_company(x, t, p, n));
  }
  return p + n;
}

/* True when the company name s[0..n) says it distributes ("Lark
   Releasing", "Vole Film Distributors", "Heron Home Entertainment") or
   is a record label ("Heron Records", which released the soundtrack): it
   released the film or its music; it did not make it. */
static bool distributor_name(const char *s, size_t n) {
  static const char *const TAILS[] = {
      " Releasing",          " Distribution", " Distributors", " Distributing",
      " Home Entertainment", " Home Video",   " Records"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(TAILS); i++) {
    size_t k = strlen(TAILS[i]);
    if (xc_ends(s, 1, n, TAILS[i], k)) /* n > k */
      return true;
  }
  return false;
}

/* Bytes after a releasing company searched for the country it released
   the work in. */
#define REGION_REACH 48

/* "released theatrically by Lark Pictures in the United States",
   "released by Lark Pictures on 9 May 2011 in North America": a country
   or region (not a month: "in August 1946") soon after the company at
   t[q] says it distributed the work there. */
static bool region_after(const char *t, size_t q, size_t end) {
  size_t lim = q + REGION_REACH < end ? q + REGION_REACH : end;
  for (size_t i = x_find(t, q, lim, " in "); i < lim;
       i = x_find(t, i + 1, lim, " in ")) {
    size_t w = i + XC_LEN(" in "), k = w;
    while (k < end && isalpha((unsigned char)t[k]))
      k++;
    if (x_at(t, w, end, "the U") ||
        (x_cap_at(t, w, end) && !skg_lex_has(SKG_LEX_MONTHS, t + w, k - w)))
      return true;
  }
  return false;
}

/* True when a word that speaks of a part or another release of the
   work (literal_cues.tsv's "other": soundtrack, DVD, sequel) stands
   between p and the verb ("The soundtrack was released by Lark
   Pictures"): what was released is not the work. */
static bool other_release_before(const char *t, size_t p, size_t verb) {
  for (size_t a = p; p < verb; p++) {
    if (p > a && t[p - 1] != ' ')
      continue;
    size_t e = p;
    while (e < verb && (isalpha((unsigned char)t[e]) || t[e] == '-'))
      e++;
    const char *v = skg_lex_get(SKG_LEX_LITERAL_CUES, t + p, e - p);
    if (v && strcmp(v, "other") == 0)
      return true;
  }
  return false;
}

/* "The film was released by Summit Pictures": a studio (not a network)
   that put the film out is taken as its production company; not one
   that released it in one country only. */
static bool released_by(x_ctx *x, const about *ab, size_t p, size_t end) {
  const char *t = x->d->text;
  size_t n = x_org_len(t, p, end);
  if (!n || !x_company_like(t + p, n) || x_network_like(t + p, n) ||
      distributor_name(t + p, n) || region_after(t, p + n, end))
    return false;
  skg_graph_add_fact(x->g, ab->work, SKG_PRED_PRODUCTION_COMPANY,
                     xl_company(x, t, p, n), &ab->ev);
  return true;
}

/* "released nationwide in the UK by N", "released in Japan by N": a
   company that released the work in one country distributed it there;
   it did not make it. */
static bool regional(const char *t, size_t verb, size_t by) {
  for (size_t q = x_find(t, verb, by, " in "); q < by;
       q = x_find(t, q + 1, by, " in "))
    if (x_cap_at(t, q + XC_LEN(" in "), by) ||
        x_at(t, q + XC_LEN(" in "), by, "the U"))
      return true;
  return false;
}

/* True when the network at on is the first after the air verb at verb:
   what stands between them speaks of it alone ("aired on N in Canada and
   on M in the United States" names where each ran, both the work's). */
static bool first_after_verb(const char *t, size_t verb, size_t on) {
  return x_find(t, verb, on, " on ") == on && x_find(t, verb, on, " by ") == on;
}

/* "It airs in Norway on N", "it was broadcast in the United States on
   N": a run named for one country (no month: "aired in May on N") is a
   run abroad, which a premiere ("premiered in the UK on N") is not (an
   "aired" may be the first run too, but names its country only abroad). */
static bool abroad(const char *t, size_t verb, size_t on) {
  static const char IN[] = " in ";
  if (!first_after_verb(t, verb, on))
    return false;
  for (size_t q = x_find(t, verb, on, IN); q < on;
       q = x_find(t, q + 1, on, IN)) {
    size_t a = q + XC_LEN(IN), w = a;
    while (w < on && t[w] != ' ' && t[w] != ',')
      w++;
    if ((x_cap_at(t, a, on) && !skg_lex_has(SKG_LEX_MONTHS, t + a, w - a)) ||
        x_at(t, a, on, "the U"))
      return true;
  }
  return false;
}

/* "shown in reruns on N", "aired in syndication on N": a word of
   data/rerun_nouns.txt between the verb and the first network after it
   makes the run a later one. */
static bool later_run(const char *t, size_t verb, size_t on) {
  if (!first_after_verb(t, verb, on))
    return false;
  for (size_t q = verb; q < on; q++)
    if (t[q] == ' ' && xc_lex_at(t, q + 1, on, SKG_LEX_RERUN_NOUNS))
      return true;
  return false;
}

/* Verbs of a first run ("premiered on HBO"), after which a film's
   network is its own. */
static const char *const FIRST_RUN[] = {"aired",     "airs",    "premiered",
                                        "premieres", "debuted", "debuts"};

/* True when t[p..end) speaks of a home-video release ("on Region 1 DVD
   by N", "on VHS and Betamax ... by N"): N published the video; it
   neither made nor broadcast the work. */
static bool home_video(const char *t, size_t p, size_t end) {
  static const char *const MEDIA[] = {
      "DVD",       "VHS",     "Blu-ray", "home video",   "Laserdisc",
      "LaserDisc", "Betamax", "Region ", "videocassette"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(MEDIA); i++)
    if (x_find(t, p, end, MEDIA[i]) < end)
      return true;
  return false;
}

/* "It aired on Fox", "first aired on May 5, 1993 on Nippon TV", "has
   aired on W Network and HGTV Canada in Canada and on HGTV", "released on
   the streaming service N", "broadcast by N". */
/* "It was made for ITV by Lark Television", "produced for the BBC",
   "created for Netflix": a maker verb then "for" a network (with no
   makers list between, which makers_tail reads). */
static void made_for(x_ctx *x, const about *ab, size_t p, size_t end) {
  const xp_row *r = xp_row_of("lead_networks", "network-made-for");
  const char *t = x->d->text;
  /* from p + 1: the verb follows a space at or after p */
  xp_run u = xp_run_of(r, t, p, p + 1, end, NULL);
  xp_match m;
  while (xp_run_next(&u, &m)) {
    size_t q = xp_slot(&m, r->obj)->off;
    size_t n = x_org_len(t, q, end); /* "The WB" is a name with "The" */
    xc_cur c = xc_at(t, p, q, end);
    if (!(n && x_network_like(t + q, n)) && XC_WORD(&c, "the")) {
      q = c.p;
      n = x_org_len(t, q, end);
    }
    size_t described = described_network(t, q, end); /* "the Canadian
                                                        broadcaster N" */
    if (described && (n = x_org_len(t, described, end)))
      q = described;
    described = described && loose_network(t, q, n, end);
    if (n && (described || x_network_like(t + q, n)))
      xl_add_network(x, ab, xl_company(x, t, q, n));
  }
}

/* "After five seasons, it moved to N", "the series transferred from N to
   M": a series that changed networks ran on both. Only a named network
   counts ("moved to London" is a place). */
static void moved_network(x_ctx *x, const about *ab, size_t p, size_t end) {
  const xp_row *r = xp_row_of("lead_networks", "network-moved");
  const char *t = x->d->text;
  if (x->subject_type != SKG_ENT_SERIES)
    return;
  xp_run u = xp_run_of(r, t, p, p + 1, end, NULL);
  xp_match m;
  while (xp_run_next(&u, &m)) {
    xc_cur c = xc_at(t, p, xp_slot(&m, r->obj)->off, end);
    /* "to N", "from N to M" */
    for (int hops = 0; hops < 2 && XC_ALT(&c, "to|from"); hops++)
      c.p = x_skip_space(t, network_at(x, ab, c.p, end, false), end);
  }
}

/* "The series was cancelled in the United States by ABC", "renewed by
   N": a network that cancelled or renewed a series ran it. */
static void cancelled_by(x_ctx *x, const about *ab, size_t p, size_t end) {
  const xp_row *r = xp_row_of("lead_networks", "network-cancelled-by");
  if (x->subject_type != SKG_ENT_SERIES)
    return;
  xp_run u = xp_run_of(r, x->d->text, p, p + 1, end, NULL);
  xp_match m;
  while (xp_run_next(&u, &m))
    network_at(x, ab, xp_slot(&m, r->obj)->off, end, false);
}

/* True when the lead's description calls the film a television film ("a
   1998 American television film", data/tv_film_words.txt): it was made
   for its broadcast, which is then its first run. */
static bool tv_film(const x_ctx *x) {
  skg_ent type;
  size_t a, tl, p;
  size_t si = x_find_lead(x, &type, &a, &tl, &p);
  if (si >= x->d->nsents)
    return false;
  const char *t = x->d->text;
  size_t end = x->d->sents[si].off + x->d->sents[si].len;
  for (; p < end && !x_description_ends(t, p, end); p++)
    if (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '-') &&
        xc_lex_at(t, p, end, SKG_LEX_TV_FILM_WORDS))
      return true;
  return false;
}

/* Where the first air verb of t[p..end) starts (data order: the first
   verb of AIR_VERBS found anywhere wins over a later verb found earlier),
   or end. */
static size_t air_verb_at(const char *t, size_t p, size_t end) {
  for (size_t i = 0; i < SKG_ARRAY_LEN(AIR_VERBS); i++)
    for (size_t q = p; q < end; q++) {
      /* speed: memchr finds the next q with a space before it */
      const char *sp = memchr(t + q - 1, ' ', end - q);
      if (!sp)
        break;
      q = (size_t)(sp - t) + 1;
      /* not "streaming services such as N", a noun of
         data/network_nouns.txt after it */
      size_t after = q + strlen(AIR_VERBS[i]) + 1;
      if (x_word_at(t, q, end, AIR_VERBS[i]) &&
          !(after < end && t[after - 1] == ' ' &&
            xc_lex_at(t, after, end, SKG_LEX_NETWORK_NOUNS)))
        return q;
    }
  return end;
}

/* Where the clause of the air verb at verb ends: at a ";" (not "; and":
   "on NBC; and from 1992 on ABC"), at most AIR_CLAUSE_MAX bytes on, and
   then at the end of a word, so that the bound cuts no name short ("on
   the UPN lineup" read as "UP"). */
static size_t clause_stop(const char *t, size_t verb, size_t end) {
  size_t stop = x_find(t, verb, end, ";");
  while (x_at(t, stop, end, "; and "))
    stop = x_find(t, stop + 1, end, ";");
  if (stop > verb + AIR_CLAUSE_MAX) {
    stop = verb + AIR_CLAUSE_MAX;
    while (stop < end && t[stop] != ' ')
      stop++;
  }
  return stop;
}

void xl_networks(x_ctx *x, const about *ab, size_t p, size_t end) {
  const char *t = x->d->text;
  made_for(x, ab, p, end);
  moved_network(x, ab, p, end);
  cancelled_by(x, ab, p, end);
  size_t verb = air_verb_at(t, p, end);
  if (verb == end)
    return;
  /* "a spin-off of Night Dock, which aired on NBC": a title right
     before ", which" and the verb that is not the article's work ran
     there */
  about other;
  ab = xm_about_titled(x, ab, p, verb, &other);
  bool released = x_word_at(t, verb, end, "released");
  size_t stop = clause_stop(t, verb, end);
  /* "is also broadcast on N", "currently airs on N" (data/rerun_words.txt):
     a later run, abroad or in repeats, is not the work's network */
  size_t aux = verb; /* "has also been aired on N": the word before "been" */
  if (XC_ENDS(t, p, aux, " been "))
    aux -= XC_LEN("been ");
  if (home_video(t, verb, stop) ||
      x_word_before_is(t, p, aux, SKG_LEX_RERUN_WORDS, NULL))
    return;
  /* A film "broadcast on CBS" or "shown on Fox Movie Channel" years
     later was not made for that network; only its first run says so. */
  bool first_run = x->subject_type != SKG_ENT_FILM || tv_film(x);
  bool premiere = false;
  for (size_t i = 0; i < SKG_ARRAY_LEN(FIRST_RUN); i++)
    premiere = premiere || x_word_at(t, verb, end, FIRST_RUN[i]);
  first_run = first_run || premiere;
  bool opened = x_word_at(t, verb, end, "premiered") ||
                x_word_at(t, verb, end, "premieres") ||
                x_word_at(t, verb, end, "debuted");
  /* a series that "aired on N" (or was "broadcast" or "shown" there): N
     may be a network the lexicon lacks */
  static const char *const SERIES_RUN[] = {"broadcast", "shown", "telecast"};
  bool loose = premiere;
  for (size_t i = 0; i < SKG_ARRAY_LEN(SERIES_RUN); i++)
    loose = loose || x_word_at(t, verb, end, SERIES_RUN[i]);
  loose = loose && x->subject_type == SKG_ENT_SERIES;
  for (size_t q = verb; q + XC_LEN(" on ") < stop; q++) {
    xc_cur c = xc_at(t, verb, q, stop);
    bool by = XC_EXACT(&c, " by "), on = by || XC_EXACT(&c, " on ");
    bool and = !on && XC_EXACT(&c, " and ");
    if (and) /* " and on N" too */
      XC_EXACT(&c, "on ");
    if (released && by && !regional(t, verb, q) &&
        !other_release_before(t, p, verb) && released_by(x, ab, c.p, stop))
      continue;
    if ((on || and) && first_run && (opened || !abroad(t, verb, q)) &&
        !later_run(t, verb, q))
      q = network_at(x, ab, c.p, stop, loose && on) - 1;
  }
}

/* "It remained ABC's last series to air in standard definition", "it was
   NBC's highest-rated show": a series said to be one of a network's
   shows is that network's. A title after the possessive ("CBS's Perry
   Mason") is another work. */
void xl_possessive_network(x_ctx *x, const about *ab, size_t p, size_t end) {
  static const char *const SHOWS[] = {"series",    "show",   "shows", "program",
                                      "programme", "sitcom", "drama"};
  const char *t = x->d->text;
  for (; p < end; p++) {
    if ((p > 0 && t[p - 1] != ' ') || !x_cap_at(t, p, end))
      continue;
    size_t n = x_org_len(t, p, end), k = x_possessive_at(t, p + n, end);
    if (!n || !k || !x_network_like(t + p, n))
      continue;
    size_t q = p + n + k;
    for (int words = 0;
         words < 4 && x_at(t, q, end, " ") && !x_cap_at(t, q + 1, end);
         words++) {
      q++;
      for (size_t i = 0; i < SKG_ARRAY_LEN(SHOWS); i++)
        if (x_word_at(t, q, end, SHOWS[i])) {
          xl_add_network(x, ab, xl_company(x, t, p, n));
          return;
        }
      while (q < end && t[q] != ' ')
        q++;
    }
  }
}

/* "Newsnight is a weekday BBC Two current affairs programme": a network
   named inside the lead's description. */
void xl_description_network(x_ctx *x, const about *ab, size_t p, size_t end) {
  const char *t = x->d->text;
  for (; p < end && !x_description_ends(t, p, end); p++) {
    size_t n = t[p - 1] == ' ' ? lower_network_len(t, p, end) : 0;
    if (n) { /* "a tvN drama" */
      xl_add_network(x, ab, xl_company(x, t, p, n));
      p += n;
      continue;
    }
    if (t[p - 1] != ' ' || !x_cap_at(t, p, end))
      continue;
    n = x_org_len(t, p, end);
    if (x_network_like(t + p, n))
      xl_add_network(x, ab, xl_company(x, t, p, n));
    p += n;
  }
  /* "a sitcom on Nickelodeon that premiered in 1994": the network right
     after the description */
  xc_cur c = xc_at(t, p, p, end);
  size_t n = XC_WORD(&c, "on") ? x_org_len(t, c.p, end) : 0;
  if (n && x_cap_at(t, c.p, end) && x_network_like(t + c.p, n))
    xl_add_network(x, ab, xl_company(x, t, c.p, n));
}

/* Length of the work as an object at t[p]: "the series", "the show", "it"
   or the work's title; 0 if none. */
/* The length of the work's own title at t[p], or 0; the title read
   there may run on into the words after it ("Harbor Lights from March
   to July"), so its shorter word prefixes are asked too. */
static size_t titled(const x_ctx *x, size_t p, size_t end) {
  const char *t = x->d->text;
  for (size_t n = x_title_len(t, p, end, X_TITLE_JOIN); n; n--)
    if ((p + n == end || t[p + n] == ' ' || t[p + n] == ',' ||
         t[p + n] == '.') &&
        x_lookup(x, X_WORK, t + p, n, NULL) == x->subject)
      return n;
  return 0;
}

static size_t work_object(const x_ctx *x, size_t p, size_t end) {
  static const char *const OBJ[] = {"the series",
                                    "the show",
                                    "the programme",
                                    "the program",
                                    "the sitcom",
                                    "the drama",
                                    "it",
                                    "a second season",
                                    "a third season",
                                    "a full season",
                                    "a new season",
                                    "another season",
                                    "a second series",
                                    "a pilot"};
  const char *t = x->d->text;
  for (size_t i = 0; i < SKG_ARRAY_LEN(OBJ); i++)
    if (x_word_at(t, p, end, OBJ[i]))
      return strlen(OBJ[i]);
  return titled(x, p, end);
}

void xl_active_network(x_ctx *x, size_t si, skg_eid parent) {
  const xp_row *r = xp_row_of("lead_networks", "lead-network-verb");
  const char *t = x->d->text;
  const skg_span *s = &x->d->sents[si];
  size_t end = s->off + s->len;
  if (x->subject_type != SKG_ENT_SERIES)
    return;
  for (size_t p = s->off; p < end; p++) {
    if ((p > s->off && t[p - 1] != ' ') || !x_cap_at(t, p, end))
      continue;
    size_t n = x_org_len(t, p, end);
    if (p == s->off)
      n = particle_name(t, p, n, end);
    /* a name the lexicon lacks only opens the sentence and has the
       work's own title for object ("Canal Nueve aired Harbor Lights") */
    xc_cur v = xc_at(t, p, p + n, end);
    bool loose = p == s->off && n && n <= 40 && XC_EXACT(&v, " ") &&
                 XC_ALT(&v, "aired|broadcast");
    if (!n || !(loose || x_network_like(t + p, n))) {
      p += n;
      continue;
    }
    /* "NBC aired the series": the verb right after the name */
    xp_match m;
    size_t o;
    if (r && x_at(t, p + n, end, " ") &&
        xp_at(r, t, s->off, p + n + 1, end, &m) &&
        work_object(x, o = xp_slot(&m, r->obj)->off, end) &&
        (!loose || x_network_like(t + p, n) || titled(x, o, end))) {
      about ab = {x->subject, parent, x_evidence(x, si, r->id)};
      xl_add_network(x, &ab, xl_company(x, t, p, n));
    }
    p += n;
  }
}

/* "The first series was broadcast on N", "The pilot episode aired on
   N": a sentence that opens with a part of the series
   (data/series_part_openers.txt) names the series' network; not "The
   first series to air on N", another series. True when it opens so. */
static bool part_network(x_ctx *x, size_t si, skg_eid parent) {
  const char *t = x->d->text;
  size_t a = x->d->sents[si].off, end = a + x->d->sents[si].len;
  size_t n = xc_lex_len(t, a, end, SKG_LEX_SERIES_PART_OPENERS);
  if (!n || !x_at(t, a + n, end, " ") || x_word_at(t, a + n + 1, end, "to"))
    return false;
  about ab = {x->subject, parent, x_evidence(x, si, "lead-network-part")};
  xl_networks(x, &ab, a + n, end);
  return true;
}

/* "The CBS drama premiered in 2010", "The NBC sitcom stars A": a
   series' sentence that opens with a known network and a series noun
   (data/work_nouns.tsv) and goes on with a verb says where the series
   aired; not "The NBC sitcom Harbor Row", which names another work, nor
   "The Ohio drama". */
void xl_subject_network(x_ctx *x, size_t si, skg_eid parent) {
  const char *t = x->d->text;
  size_t a = x->d->sents[si].off, end = a + x->d->sents[si].len;
  if (x->subject_type != SKG_ENT_SERIES || part_network(x, si, parent) ||
      (!x_word_at(t, a, end, "The") && !x_word_at(t, a, end, "This")))
    return;
  xc_cur c = xc_at(t, a, a, end);
  xc_skip_word(&c);
  if (!XC_EXACT(&c, " "))
    return;
  size_t w = c.p, n = x_name_len(t, w, end), q = w + n + 1, e = q;
  if (!n || !x_network_like(t + w, n) || !x_at(t, w + n, end, " "))
    return;
  for (int words = 0; words < 2 && e < end; words++) {
    while (e < end && t[e] != ' ' && t[e] != ',')
      e++;
    /* a series noun ("sitcom") or a genre ("The CBS drama") */
    const char *kind = skg_lex_get(SKG_LEX_WORK_NOUNS, t + q, e - q);
    bool noun = kind ? strcmp(kind, "Series") == 0
                     : skg_lex_has(SKG_LEX_GENRES, t + q, e - q);
    if (noun && e + 1 < end &&
        (t[e] == ',' || islower((unsigned char)t[e + 1]))) {
      about ab = {x->subject, parent, x_evidence(x, si, "lead-network")};
      xl_add_network(x, &ab, xl_company(x, t, w, n));
      return;
    }
    e++;
  }
}
