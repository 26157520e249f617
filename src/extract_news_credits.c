/* extract_news_credits.c: an actor's credit written before the name, as
   casting news introduces people:
     "The Gifted's Garret Dillahunt will be brought in ..."
     "Squid Game breakout actress Hoyeon has been tapped to star ..."
     "\"The Banshees of Inisherin\" actor Barry Keoghan is set to star ..."
   Each is a castMember fact of the credited work. The credit is an aside:
   the item's current work stays what the cues name. The credit nouns
   ("actor", "breakout star") and the words that stand there but name an
   industry or a prize, not a work ("Bollywood star"), are the rows of
   data/news_credits.tsv. Part of the news family (xnews.h). */
#include "extract_lead_words.h"
#include "lexicon.h"
#include "xnews.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>

size_t xn_real_possessive(const char *t, size_t lo, size_t i, size_t end) {
  size_t ps = x_possessive_at(t, i, end);
  /* "Alan Roe‘s": an opening curly quote typed for the apostrophe */
  if (!ps && i > lo && xn_word_char(t[i - 1]) &&
      x_at(t, i, end, "\xE2\x80\x98s") &&
      (i + XC_LEN("\xE2\x80\x98s") >= end ||
       !isalnum((unsigned char)t[i + XC_LEN("\xE2\x80\x98s")])))
    return XC_LEN("\xE2\x80\x98s");
  if (ps != 1 && ps != 3)
    return ps;
  if (i == lo || t[i - 1] != 's')
    return 0;
  for (size_t j = i; j-- > lo;) /* an opening quote before it */
    if (t[j] == '\'' || x_at(t, j, i, "\xE2\x80\x98"))
      return (j == lo || t[j - 1] == ' ') ? 0 : ps;
  return ps;
}

/* The first letters of the news_credits rows whose kind starts with kind, as a
   mask of 'a'..'z': a word that starts with none of them opens none of them, so
   most words cost no look-up. */
static uint32_t first_letters(const char *kind) {
  const skg_lexicon *lx = &SKG_LEXICONS[SKG_LEX_NEWS_CREDITS];
  uint32_t m = 0;
  for (size_t i = 0; i < lx->n; i++)
    if (strncmp(lx->v[i].value, kind, strlen(kind)) == 0 &&
        islower((unsigned char)lx->v[i].key[0]))
      m |= 1u << (lx->v[i].key[0] - 'a');
  return m;
}

static bool may_open(uint32_t mask, char c) {
  return c >= 'a' && c <= 'z' && (mask >> (c - 'a') & 1u);
}

/* Is the word t[a..b) a "nottitle" row of news_credits? */
static bool not_title_word(const char *t, size_t a, size_t b) {
  const char *k =
      b > a ? skg_lex_get(SKG_LEX_NEWS_CREDITS, t + a, b - a) : NULL;
  return k && strcmp(k, "nottitle") == 0;
}

/* A title fit to be a credit: no word of it an industry or a prize
   ("Academy Award-winning", "Bollywood"), no "-winning" compound. */
static bool credit_title(const char *t, size_t in, size_t n) {
  for (size_t w = in, e; w < in + n; w = e + 1) {
    e = w;
    while (e < in + n && t[e] != ' ')
      e++;
    if (not_title_word(t, w, e))
      return false;
    for (size_t i = w; i + 1 < e; i++)
      if (t[i] == '-' && islower((unsigned char)t[i + 1]))
        return false;
  }
  return true;
}

/* Is t[in..in+n) quoted in the text (the quote mark right before it)? */
static bool quoted_at(const char *t, size_t lo, size_t in) {
  return in > lo && (t[in - 1] == '"' || t[in - 1] == '\'' ||
                     XC_ENDS(t, lo, in, "\xE2\x80\x9C") ||
                     XC_ENDS(t, lo, in, "\xE2\x80\x98"));
}

/* The work a credit before a name titles, t[in..in+n) ("Dock Street
   star", "Dock Street director"): false when the title is an outlet's
   ("The Guardian's Tessa Moreau" is a critic of the outlet, and so is
   "The Daily Post's" when the list holds "Daily Post"), an industry's or
   a prize's, or no work. */
static bool credit_work(nsent *s, news *nw, size_t in, size_t n, wref *w) {
  /* "Prime Video's Legally Blonde prequel": a network's, even when the
     title read is only its last word */
  size_t pw = x_word_before(s->t, 0, in);
  if (x_network_like(s->t + in, n) || x_network_like(s->t + pw, in + n - pw))
    return false;
  /* "And Deadpool's Karan Soni": a sentence's first word is no title's
     ("The Gifted" keeps its article) */
  size_t w1 = 0;
  while (w1 < n && s->t[in + w1] != ' ')
    w1++;
  if (in == s->a && w1 < n && skg_lex_has(SKG_LEX_NOT_NAMES, s->t + in, w1) &&
      !x_at(s->t, in, in + n, "The ") && !x_at(s->t, in, in + n, "A ") &&
      !x_at(s->t, in, in + n, "An ")) {
    in += w1 + 1;
    n -= w1 + 1;
  }
  size_t the = x_at(s->t, in, in + n, "The ") ? XC_LEN("The ") : 0;
  if (skg_lex_has(SKG_LEX_PUBLICATIONS, s->t + in, n) ||
      skg_lex_has(SKG_LEX_PUBLICATIONS, s->t + in + the, n - the) ||
      x_lookup(s->x, X_ANY & ~X_WORK, s->t + in, n, NULL) != SKG_NONE)
    return false;
  return credit_title(s->t, in, n) && xn_work_ref(s, nw, in, n, NO_TYPE, w);
}

/* The castMember fact of the work titled t[in..in+n) and the actor named
   at c (n2 bytes). */
static void credit_fact(nsent *s, news *nw, size_t in, size_t n, size_t c,
                        size_t n2) {
  wref w;
  if (!credit_work(s, nw, in, n, &w))
    return;
  skg_eid a = xn_person_at(s, c, n2, SKG_ENT_ACTOR);
  if (a == SKG_NONE)
    return;
  skg_eid we = xn_realise(s->x, &w);
  skg_evidence ev = x_evidence(s->x, s->si, "news-credit");
  skg_graph_add_performance(s->x->g, a, SKG_NONE, we, &ev);
}

/* The name right after position c, when it reads as a person's (two
   words or more unless single is set); its length, or 0. */
static size_t person_after(const nsent *s, size_t c, bool single) {
  size_t n = c < s->end ? x_name_len(s->t, c, s->end) : 0;
  if (!n || !x_person_like(s->t + c, n, single) ||
      x_lookup(s->x, X_WORK, s->t + c, n, NULL) != SKG_NONE)
    return 0;
  return n;
}

/* One unquoted word is a credit's title only when the text knows it as
   one or it is no common word: "Heartstopper breakout", not "Irish
   actor". */
static bool title_fits(const nsent *s, size_t in, size_t n) {
  return memchr(s->t + in, ' ', n) || quoted_at(s->t, s->a, in) ||
         !(xn_common_word(s->x, s->t + in, n) || xn_demonym(s->t + in, n) ||
           skg_lex_has(SKG_LEX_NOT_NAMES, s->t + in, n));
}

/* "Squid Game breakout actress Hoyeon": a title, a credit noun at p, a
   name. */
static void noun_credit(nsent *s, news *nw, size_t p) {
  size_t len = xn_credit_noun_at(s->t, p, s->end), in, n;
  /* a title's last byte and a space before the noun, a space after it */
  if (!len || p <= s->a + 1 || s->t[p - 1] != ' ' || p + len >= s->end ||
      s->t[p + len] != ' ')
    return;
  size_t c = p + len + 1, n2 = person_after(s, c, true);
  if (!n2 || !xn_title_ending(s, p - 1, &in, &n) || !title_fits(s, in, n))
    return;
  credit_fact(s, nw, in, n, c, n2);
}

/* The longest "crew:" row of news_credits at p ("director", "writer-
   producer"): its length, its kind in *kind; 0 when none. */
static size_t crew_noun_at(const char *t, size_t p, size_t end,
                           const char **kind) {
  size_t best = 0, e = p;
  for (int w = 0; w < 2 && e < end; w++) {
    e = xn_word_end(t, e, end);
    const char *k = skg_lex_get(SKG_LEX_NEWS_CREDITS, t + p, e - p);
    if (k && strncmp(k, "crew:", XC_LEN("crew:")) == 0) {
      best = e - p;
      *kind = k;
    }
    if (e >= end || t[e] != ' ')
      break;
    e++;
  }
  return best;
}

/* "Harbor Lights director Ann Lee", "\"Dock Street\" scribe Roe": a
   title, a crew noun at p (a "crew:" row of news_credits, whose kind
   names the jobs: "crew:writer,producer"), a name. The person holds
   each job on the titled work; the item's work stays. */
static void crew_credit(nsent *s, news *nw, size_t p) {
  const char *kind = NULL;
  size_t len = crew_noun_at(s->t, p, s->end, &kind), in, n;
  if (!len || p <= s->a + 1 || s->t[p - 1] != ' ' || p + len >= s->end ||
      s->t[p + len] != ' ')
    return;
  size_t c = p + len + 1, n2 = person_after(s, c, true);
  wref w;
  if (!n2 || !xn_title_ending(s, p - 1, &in, &n) || !title_fits(s, in, n))
    return;
  /* "Rust and Bone scribe X", "the Hulk and Heat director": where the
     title starts is unsure; ""Dock Street" director X" and ""Dock
     Street," director X" are title_director's */
  bool quoted = quoted_at(s->t, s->a, in);
  if (XC_ENDS(s->t, s->a, in, " and ") || XC_ENDS(s->t, s->a, in, " & ") ||
      (quoted && x_word_at(s->t, p, s->end, "director")) ||
      !credit_work(s, nw, in, n, &w))
    return;
  skg_eid e = xn_person_at(s, c, n2, SKG_ENT_PERSON);
  for (const char *k = kind + XC_LEN("crew:"); e != SKG_NONE && *k;) {
    size_t m = strcspn(k, ",");
    skg_pred pred;
    if (skg_pred_from_span(k, m, &pred))
      xn_crew_fact(s, "news-crew-credit", &w, pred, e);
    k += m + (k[m] == ',');
  }
}

/* "The Gifted's Garret Dillahunt": a title, a possessive ending at i, a
   name of two words or more. A title that reads as a person's name
   ("Charlie Hart's Ann Lee") is the person's, not a credit, unless it is
   quoted, known as a work or starts with "The". */
static void possessive_credit(nsent *s, news *nw, size_t i) {
  size_t ps = xn_real_possessive(s->t, s->a, i, s->end), in, n;
  if (!ps || i + ps >= s->end || s->t[i + ps] != ' ')
    return;
  size_t c = i + ps + 1, n2 = person_after(s, c, false);
  if (!n2 || !xn_title_ending(s, i, &in, &n))
    return;
  /* "RuPaul's Drag Race star X": the name is the title's own end */
  if (c + n2 < s->end && s->t[c + n2] == ' ' &&
      xn_credit_noun_at(s->t, c + n2 + 1, s->end))
    return;
  const char *t = s->t;
  if (xn_headline_case(s, c, n2))
    return; /* "Ann Lee Joins Tom Ash In Kay Brandt's Upcoming Debut" */
  bool safe = quoted_at(t, s->a, in) || !memchr(t + in, ' ', n) ||
              x_at(t, in, in + n, "The ") ||
              x_lookup(s->x, X_WORK, t + in, n, NULL) != SKG_NONE;
  if (!safe && x_person_like(t + in, n, false))
    return;
  credit_fact(s, nw, in, n, c, n2);
}

void xn_credit_prefixes(nsent *s, news *nw) {
  const char *t = s->t;
  uint32_t credit = first_letters("credit"), crew = first_letters("crew:");
  for (size_t p = s->a + 1; p < s->end; p++) {
    if (t[p] == '\'' || (unsigned char)t[p] == 0xE2) {
      if (xn_word_char(t[p - 1]) || t[p - 1] == '"')
        possessive_credit(s, nw, p);
    } else if (t[p - 1] == ' ') {
      if (may_open(credit, t[p]))
        noun_credit(s, nw, p);
      if (may_open(crew, t[p]))
        crew_credit(s, nw, p);
    }
  }
}

/* ---- "best known for A and B", "has appeared in A, B and C" ---- */

/* Where the longest news_credits row of the kind at p ends, or p:
   "knownfor" (the cue), "knownfill" (words before its list). */
static size_t credits_row_at(const char *t, size_t p, size_t end,
                             const char *kind) {
  size_t best = p, e = p;
  for (int w = 0; w < 4 && e < end; w++) {
    e = xn_word_end(t, e, end);
    const char *k = skg_lex_get(SKG_LEX_NEWS_CREDITS, t + p, e - p);
    if (k && strcmp(k, kind) == 0)
      best = e;
    if (e >= end || t[e] != ' ')
      break;
    e++;
  }
  return best;
}

/* The closing mark of a quote opening at q, straight or curly ("X", 'X',
   “X”, ‘X’); *ql and *cl get the lengths of the opening and closing
   marks (*ql 0 when no quote opens at q). A curly closing single quote
   with a letter after it is an apostrophe ("‘Don’t Look’"). */
static size_t quote_close(const char *t, size_t q, size_t end, size_t *ql,
                          size_t *cl) {
  *ql = *cl = 0;
  if (q < end && (t[q] == '"' || t[q] == '\'')) {
    *ql = *cl = 1;
    return x_find(t, q + 1, end, t[q] == '"' ? "\"" : "'");
  }
  bool dbl = x_at(t, q, end, "\xE2\x80\x9C");
  if (!dbl && !x_at(t, q, end, "\xE2\x80\x98"))
    return q;
  *ql = *cl = XC_LEN("\xE2\x80\x9C");
  const char *close = dbl ? "\xE2\x80\x9D" : "\xE2\x80\x99";
  size_t c = x_find(t, q + *ql, end, close);
  while (!dbl && c < end && c + *cl < end && xn_word_char(t[c + *cl]))
    c = x_find(t, c + *cl, end, close);
  return c;
}

/* The title of a credit list's item at q, quoted or capitalised: its
   words in *in and *n; returns where the item ends (past the quote), or
   q when none is there. */
static size_t list_title(const nsent *s, size_t q, size_t *in, size_t *n) {
  const char *t = s->t;
  *in = q;
  *n = 0;
  size_t ql, cl;
  size_t c = quote_close(t, q, s->end, &ql, &cl);
  if (ql) {
    if (c >= s->end || c - q > QUOTE_MAX)
      return q;
    *in = q + ql;
    *n = c - *in;
    while (*n && (t[*in + *n - 1] == ',' || t[*in + *n - 1] == '.'))
      (*n)--;
    return *n ? c + cl : q;
  }
  *in = q;
  *n = x_title_len(t, q, s->end, X_TITLE_POSS);
  /* "Solo: A Star Wars Story": a subtitle after a colon goes on */
  size_t sub = *n && x_at(t, q + *n, s->end, ": ")
                   ? x_title_len(t, q + *n + XC_LEN(": "), s->end, X_TITLE_POSS)
                   : 0;
  if (sub)
    *n += XC_LEN(": ") + sub;
  /* "Mission: Quiet 2": a sequel's number ends the title */
  size_t d = q + *n + 1;
  while (*n && d < s->end && isdigit((unsigned char)t[d]))
    d++;
  if (*n && d > q + *n + 1 && t[q + *n] == ' ' &&
      (d >= s->end || !xn_word_char(t[d])))
    *n = d - q;
  return q + *n;
}

/* Where a quoted title starts when words that say whose or what it is
   come first ("the sequel 'X'", "Marvel's 'X'", "Ann Roe's horror
   thriller 'X'"); p when no quote follows them. */
static size_t past_item_words(const nsent *s, size_t p) {
  const char *t = s->t;
  size_t q = p, n = x_name_len(t, p, s->end);
  size_t ps = n ? x_possessive_at(t, p + n, s->end) : 0;
  if (ps && p + n + ps < s->end && t[p + n + ps] == ' ')
    q = p + n + ps + 1;
  for (int w = 0; w < 3 && q < s->end && islower((unsigned char)t[q]); w++)
    q = x_skip_space(t, x_find(t, q, s->end, " "), s->end);
  bool quote =
      q < s->end && q > p &&
      (t[q] == '"' || t[q] == '\'' || x_at(t, q, s->end, "\xE2\x80\x9C") ||
       x_at(t, q, s->end, "\xE2\x80\x98"));
  return quote ? q : p;
}

/* actor's performance in w, or, when maker is set, w's director. */
static void credit_fact_of(nsent *s, wref *w, skg_eid actor, const char *rule,
                           bool maker) {
  skg_eid we = xn_realise(s->x, w);
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  if (maker)
    skg_graph_add_fact(s->x->g, we, SKG_PRED_DIRECTOR, actor, &ev);
  else
    skg_graph_add_performance(s->x->g, actor, SKG_NONE, we, &ev);
}

/* The titles of a credit list at p ("The CW's Reign and CBS' SEAL Team",
   "Chewing Gum, Black Mirror and I May Destroy You"), each a castMember
   fact with the actor, or a director fact when maker is set; returns
   where the list ends. An item that is no title ends it. */
static size_t maker_list(nsent *s, news *nw, size_t p, skg_eid actor,
                         skg_ent hint, const char *rule, bool maker) {
  const char *t = s->t;
  static const char *const SEP[] = {", and ", " and ", ", "};
  for (int i = 0; i < MAX_LIST && p < s->end; i++) {
    x_span net = xn_network_possessive(s, p);
    size_t lead = net.len ? 0 : past_item_words(s, p) - p;
    size_t in, n, after = list_title(s, p + net.len + lead, &in, &n);
    wref w;
    if (after == p + net.len + lead || !credit_title(t, in, n) ||
        !xn_work_ref(s, nw, in, n, hint, &w))
      return p;
    if (net.len) {
      w.net_off = net.off;
      w.net_n = x_name_len(t, net.off, s->end);
    }
    /* "'X' trilogy": a franchise, no film of the list; the list goes on */
    size_t fr, fl = x_skip_space(t, after, s->end) - after;
    if (fl && xn_cue_at(t, after + fl, s->end, "franchise", &fr))
      after += fl + fr;
    else
      credit_fact_of(s, &w, actor, rule, maker);
    p = after;
    size_t k = 0;
    while (k < SKG_ARRAY_LEN(SEP) && !x_at(t, p, s->end, SEP[k]))
      k++;
    if (k == SKG_ARRAY_LEN(SEP))
      return p;
    p += strlen(SEP[k]);
  }
  return p;
}

static size_t credit_list(nsent *s, news *nw, size_t p, skg_eid actor,
                          skg_ent hint, const char *rule) {
  return maker_list(s, nw, p, actor, hint, rule, false);
}

/* "Ann Lee is an Oscar winner, and is known for X": a second predicate
   after ", and" has the subject that opens the sentence, when that is a
   person the text has already named (or written) before. */
static bool coordinated_subject(const nsent *s, size_t v, named *out) {
  static const char AND[] = ", and";
  size_t k = strlen(AND), n = x_name_len(s->t, s->a, s->end);
  if (!xc_ends(s->t, s->a, v, AND, k) || !n ||
      !x_at(s->t, s->a + n, s->end, " is ") ||
      !x_person_like(s->t + s->a, n, false) ||
      x_lookup(s->x, X_ANY & ~X_PERSON, s->t + s->a, n, NULL) != SKG_NONE)
    return false;
  /* a person the text named before (the news item's subject), not a
     title read once ("Harbor Lights is a drama, and is known for") */
  char name[X_NAME_MAX + 1];
  if (n > X_NAME_MAX)
    return false;
  memcpy(name, s->t + s->a, n);
  name[n] = '\0';
  if (x_lookup(s->x, X_PERSON, s->t + s->a, n, NULL) == SKG_NONE &&
      x_find(s->t, 0, s->a, name) >= s->a)
    return false;
  *out = (named){.name = {s->a, n}, .credits = {s->a + n, 0}};
  return true;
}

static bool recent_actor(const nsent *s, x_span *out, bool single);

/* "He also appeared in": a pronoun that opens the sentence and ends at v,
   whose previous sentence names no one ("His other credits include
   ..."): the one actor of the three sentences before. */
static bool pronoun_actor(const nsent *s, size_t v, named *out) {
  x_span a = {0, 0};
  if (!((v == s->a + XC_LEN("He") && x_at(s->t, s->a, v, "He")) ||
        (v == s->a + XC_LEN("She") && x_at(s->t, s->a, v, "She"))) ||
      !recent_actor(s, &a, true))
    return false;
  *out = (named){.name = a, .credits = {a.off + a.len, 0}};
  return true;
}

/* "Adelaide Kane, best known for Reign, will play ...", "Kirwan has
   appeared in Chewing Gum and Black Mirror": the actor's earlier works.
   Titles the list names are no item of the text: when item_titles took
   one for the current work, before is put back. */
void xn_known_for(nsent *s, news *nw, const wref *before) {
  const char *t = s->t;
  uint32_t known = first_letters("knownfor");
  for (size_t p = s->a + 1; p < s->end; p++) {
    if (t[p - 1] != ' ' || !may_open(known, t[p]))
      continue;
    size_t e = credits_row_at(t, p, s->end, "knownfor");
    if (e == p || e + 1 >= s->end || t[e] != ' ')
      continue;
    /* "known for her work in movies like A": the list after the words */
    size_t f = e;
    for (int i = 0; i < 2 && f + 1 < s->end && t[f] == ' '; i++) {
      size_t g = credits_row_at(t, f + 1, s->end, "knownfill");
      if (g == f + 1 || g + 1 >= s->end || t[g] != ' ')
        break;
      f = g;
    }
    skg_ent hint = xn_noun_type(t, e, f);
    named nm;
    size_t v = p; /* "Ann Lee, best known for": the name before the comma */
    while (v > s->a && t[v - 1] == ' ')
      v--;
    if (v > s->a && t[v - 1] == ',')
      v--;
    bool who =
        xn_subjects_before(s, v, &nm, 1) == 1 || coordinated_subject(s, v, &nm);
    skg_eid a = who ? xn_person_at(s, nm.name.off, nm.name.len, SKG_ENT_ACTOR)
                    : SKG_NONE;
    if (a == SKG_NONE && pronoun_actor(s, v, &nm))
      a = xn_person_at(s, nm.name.off, nm.name.len, SKG_ENT_ACTOR);
    if (a == SKG_NONE)
      continue;
    size_t stop = credit_list(s, nw, f + 1, a, hint, "news-known-for");
    if (nw->work.si == s->si && nw->work.off > e && nw->work.off < stop)
      nw->work = *before;
    p = stop > p ? stop - 1 : p;
  }
}

/* ---- "Her credits include A and B" ---- */

/* The last actor named in the three sentences before s (the nearest
   sentence first): whom "Her credits include" and "The 41-year-old
   actor's resume includes" speak of. */
static bool recent_actor(const nsent *s, x_span *out, bool single) {
  const char *t = s->t;
  for (size_t k = 1; k <= 3 && k <= s->si; k++) {
    const skg_span *pr = &s->x->d->sents[s->si - k];
    int found = 0;
    for (size_t p = pr->off, end = pr->off + pr->len; p < end; p++) {
      if (p > pr->off && t[p - 1] != ' ')
        continue;
      size_t n = x_name_len(t, p, end);
      skg_eid e = n ? x_lookup(s->x, X_PERSON, t + p, n, NULL) : SKG_NONE;
      if (e != SKG_NONE && skg_graph_type(s->x->g, e) == SKG_ENT_ACTOR) {
        found += !found || memcmp(t + out->off, t + p, n) != 0;
        *out = (x_span){p, n};
      }
      p += n;
    }
    if (found)
      return !single || found == 1; /* "His other TV credits": whose? */
  }
  return false;
}

/* Words a pronoun's credits may have before the cue: "His" alone, or
   with up to three lower-case words or a short acronym ("His myriad
   other TV credits include"). */
static bool modifier_words(const char *t, size_t p, size_t v) {
  for (int w = 0; p < v; w++) {
    size_t e = p;
    while (e < v && t[e] != ' ')
      e++;
    bool acronym = e - p <= 3 && isupper((unsigned char)t[p]) &&
                   isupper((unsigned char)t[e - 1]);
    if (w == 3 || !(islower((unsigned char)t[p]) || acronym) || e == v)
      return false;
    p = e + 1;
  }
  return true;
}

/* Who the words t[a..v) before a credits cue speak of: a possessive
   pronoun ("Her"), a reference ending in an actor noun's possessive
   ("The 41-year-old actor's expansive"), each the text's recent actor,
   or a person's possessive ("Newton's"). */
static bool resume_owner(nsent *s, size_t a, size_t v, news *nw, x_span *who,
                         bool *maker) {
  static const char *const PRONOUN[] = {"Her ", "His ", "Their ",
                                        "her ", "his ", "their "};
  const char *t = s->t;
  for (size_t i = 0; i < SKG_ARRAY_LEN(PRONOUN); i++)
    if (x_at(t, a, v, PRONOUN[i]) &&
        modifier_words(t, a + strlen(PRONOUN[i]), v))
      return recent_actor(s, who, a + strlen(PRONOUN[i]) < v);
  for (size_t p = a; p < v; p++) {
    size_t ps = (t[p] == '\'' || (unsigned char)t[p] == 0xE2)
                    ? x_possessive_at(t, p, v)
                    : 0;
    if (!ps)
      continue;
    size_t st = x_name_before(t, a, p);
    skg_eid e = st == a && st < p
                    ? x_lookup(s->x, X_PERSON, t + st, p - st, NULL)
                    : SKG_NONE;
    /* a director's credits are no cast: only an actor's, or the films
       of one the text has named as a work's director ("Nolan's other
       blockbusters include X") */
    *maker = e != SKG_NONE && skg_graph_type(s->x->g, e) != SKG_ENT_ACTOR &&
             xn_is_text_director(s, nw, e);
    if (e != SKG_NONE &&
        (skg_graph_type(s->x->g, e) == SKG_ENT_ACTOR || *maker)) {
      *who = (x_span){st, p - st};
      return true;
    }
    size_t w = p; /* the word the possessive ends: "actor's" */
    while (w > a && t[w - 1] != ' ')
      w--;
    return w < p && xn_credit_noun_at(t, w, p) == p - w &&
           recent_actor(s, who, false);
  }
  return false;
}

void xn_resume_credits(nsent *s, news *nw) {
  const char *t = s->t;
  for (size_t p = s->a + 1; p < s->end; p++) {
    size_t len;
    const char *k =
        t[p - 1] == ' ' ? xn_cue_at(t, p, s->end, "resume", &len) : NULL;
    x_span who;
    bool maker = false;
    if (!k || p + len + 1 >= s->end ||
        !resume_owner(s, s->a, p, nw, &who, &maker))
      continue;
    skg_eid a = xn_person_at(s, who.off, who.len,
                             maker ? SKG_ENT_PERSON : SKG_ENT_ACTOR);
    /* "include films such as A", "include roles in A": up to four
       lower-case words before the first title */
    size_t q0 = x_skip_space(t, p + len, s->end), q = q0;
    for (int w = 0; w < 4 && q < s->end && islower((unsigned char)t[q]); w++)
      q = x_skip_space(t, x_find(t, q, s->end, " "), s->end);
    skg_ent ty = q > q0 ? xn_noun_type(t, q0, q) : NO_TYPE; /* "films" */
    if (q < s->end && t[q] == ':')
      q = x_skip_space(t, q + 1, s->end);
    if (a != SKG_NONE)
      maker_list(s, nw, q, a, ty, "news-resume", maker);
    return;
  }
}

/* ---- "The Frozen and Glee actor will join ..." ---- */

/* The titles t[a..e) of a reference ("Frozen and Glee", "Spider-Man: No
   Way Home"), parted at ", " and " and ": castMember facts of actor. */
static void reference_credits(nsent *s, news *nw, size_t a, size_t e,
                              skg_eid actor) {
  const char *t = s->t;
  while (a < e) {
    size_t c = x_find(t, a, e, ", "), d = x_find(t, a, e, " and ");
    size_t j = c < d ? c : d;
    wref w;
    if (credit_title(t, a, j - a) &&
        xn_work_ref(s, nw, a, j - a, NO_TYPE, &w)) {
      skg_evidence ev = x_evidence(s->x, s->si, "news-reference");
      skg_graph_add_performance(s->x->g, actor, SKG_NONE, xn_realise(s->x, &w),
                                &ev);
    }
    a = j + (j == c ? XC_LEN(", ") : XC_LEN(" and "));
  }
}

/* "The Frozen and Glee actor will join ...": a reference to the actor
   the previous sentence named, then a verb; the titles are that actor's
   works. */
void xn_credit_reference(nsent *s, news *nw) {
  const char *t = s->t;
  size_t lim = s->a + X_NAME_MAX < s->end ? s->a + X_NAME_MAX : s->end;
  for (size_t p = s->a + 1; p < lim; p++) {
    size_t len = t[p - 1] == ' ' ? xn_credit_noun_at(t, p, s->end) : 0;
    size_t v = p + len + 1, noun;
    if (!len || v >= s->end || t[v - 1] != ' ' || !islower((unsigned char)t[v]))
      continue;
    size_t a = xn_reference_at(s, p + len, &noun);
    x_span who;
    if (a == p + len || !xn_previous_actor(s, &who))
      return;
    skg_eid actor = xn_person_at(s, who.off, who.len, SKG_ENT_ACTOR);
    if (actor != SKG_NONE)
      reference_credits(s, nw, a, noun - 1, actor);
    return;
  }
}

/* ---- "Martin McDonagh's "The Banshees of Inisherin"" ---- */

/* Are the words t[a..b) (each ending in a space) all "det" rows of
   news_cues ("new", "upcoming")? */
static bool det_words(const nsent *s, size_t a, size_t b) {
  for (size_t w = a, e; w < b; w = e + 1) {
    e = x_find(s->t, w, b, " ");
    const char *k = skg_lex_get(SKG_LEX_NEWS_CUES, s->t + w, e - w);
    if (!k || strcmp(k, "det") != 0)
      return false;
  }
  return true;
}

/* Where the last two words of t[a..b) start, in a capitalised run of a
   title-cased headline ("Joins Ann Lee In Tom Fell"); a when fewer. */
static size_t last_two_words(const char *t, size_t a, size_t b) {
  size_t w = b, spaces = 0;
  while (w > a && !(t[w - 1] == ' ' && ++spaces == 2))
    w--;
  return spaces == 2 ? w : a;
}

/* A person's possessive before a quoted title, or before a title that a
   genre or work noun introduces ("Jordan Peele's horror thriller 'Us'",
   "James Gunn's bloody The Suicide Squad"): the person directed it. The
   title names no item. */
static void possessive_director(nsent *s, news *nw, size_t i) {
  const char *t = s->t;
  size_t ps = xn_real_possessive(t, s->a, i, s->end);
  size_t st = ps ? x_name_before(t, s->a, i) : i;
  if (st < i && !x_person_like(t + st, i - st, false))
    st = last_two_words(t, st, i); /* "... Joins Ann Lee In Tom Fell's" */
  if (st == i || !x_person_like(t + st, i - st, false) ||
      i + ps + 1 >= s->end || t[i + ps] != ' ')
    return;
  size_t q = i + ps + 1, in, n, lo = q, dl;
  /* "Chris Roe's Upcoming Directorial Debut 'X'", in any case */
  bool debut =
      xn_cue_at(t, lo, s->end, "debut", &dl) &&
      (x_at(t, lo + dl, s->end, " ") || x_at(t, lo + dl, s->end, ", "));
  if (debut)
    q = x_skip_space(t, lo + dl + (t[lo + dl] == ','), s->end);
  for (int w = 0; !debut && w < 3 && q < s->end && islower((unsigned char)t[q]);
       w++)
    q = x_skip_space(t, x_find(t, q, s->end, " "), s->end);
  bool quoted = list_title(s, q, &in, &n) != q && in != q;
  /* words between must name the kind of work ("horror thriller"), not
     say more ("other hits include", "second season as"); not "Hans
     Zimmer's "best" score"; before a quoted title they may say when it
     comes ("Ann Roe's new "X" trilogy") */
  size_t last = q > lo ? x_word_before(t, lo, q) : q;
  bool kind = debut || (q > lo && (xn_noun_type(t, last, q) != NO_TYPE ||
                                   xn_genre_before(s, lo, q) ||
                                   (quoted && det_words(s, lo, q))));
  if (!n || !(isupper((unsigned char)t[in]) || isdigit((unsigned char)t[in])) ||
      (q > lo && !kind) || (!quoted && !kind) || !credit_title(t, in, n))
    return;
  wref before = nw->work, w;
  if (!xn_work_ref(s, nw, in, n, NO_TYPE, &w))
    return;
  nw->work = before;
  skg_eid d = xn_person_at(s, st, i - st, SKG_ENT_PERSON);
  if (d == SKG_NONE || skg_graph_type(s->x->g, d) == SKG_ENT_ACTOR)
    return; /* "Charlize Theron's 'Cipher'": an actor's part */
  skg_eid we = xn_realise(s->x, &w);
  skg_evidence ev = x_evidence(s->x, s->si, "news-possessive");
  skg_graph_add_fact(s->x->g, we, SKG_PRED_DIRECTOR, d, &ev);
}

/* Where the quoted title that closes at c (a closing mark of cl bytes)
   opens, past its opening mark; c when no quote or a comma ends it
   ("star of "X," director Ann Roe": no title of hers). */
static size_t quote_open(const nsent *s, size_t c, size_t cl) {
  const char *t = s->t;
  const char *open = cl == 1 ? (t[c] == '"' ? "\"" : "'") : "\xE2\x80\x9C";
  if (c == s->a || t[c - 1] == ',')
    return c;
  for (size_t o = c; o-- > s->a && c - o <= QUOTE_MAX;)
    if (x_at(t, o, c, open))
      return (o == s->a || t[o - 1] == ' ') ? o + strlen(open) : c;
  return c;
}

/* ""Maniac" director Franck Khalfoun", "the "X" directors A and B": a
   quoted title right before a director noun and names; the names
   directed it. c is the closing quote. */
static void title_director(nsent *s, news *nw, size_t c) {
  const char *t = s->t;
  size_t cl = (t[c] == '"' || t[c] == '\'') ? 1 : XC_LEN("\xE2\x80\x9D"), k;
  if (cl == 1 ? c + 1 < s->end && xn_word_char(t[c + 1])
              : !x_at(t, c, s->end, "\xE2\x80\x9D"))
    return;
  if (x_at(t, c + cl, s->end, " director "))
    k = c + cl + XC_LEN(" director ");
  else if (x_at(t, c + cl, s->end, " directors "))
    k = c + cl + XC_LEN(" directors ");
  else
    return;
  size_t in = quote_open(s, c, cl), stop;
  named nm[MAX_LIST];
  size_t n = in < c ? xn_names_after(s, k, nm, MAX_LIST, &stop) : 0;
  wref before = nw->work, w;
  if (!n || !isupper((unsigned char)t[in]) || !credit_title(t, in, c - in) ||
      !xn_work_ref(s, nw, in, c - in, NO_TYPE, &w))
    return;
  nw->work = before;
  skg_eid we = SKG_NONE;
  for (size_t i = 0; i < n; i++) {
    x_span nmi = nm[i].name;
    if (nm[i].company || !x_person_like(t + nmi.off, nmi.len, false))
      continue;
    skg_eid d = xn_person_at(s, nmi.off, nmi.len, SKG_ENT_PERSON);
    if (d == SKG_NONE || skg_graph_type(s->x->g, d) == SKG_ENT_ACTOR)
      continue;
    we = we == SKG_NONE ? xn_realise(s->x, &w) : we;
    skg_evidence ev = x_evidence(s->x, s->si, "news-title-director");
    skg_graph_add_fact(s->x->g, we, SKG_PRED_DIRECTOR, d, &ev);
  }
}

void xn_possessive_directors(nsent *s, news *nw) {
  for (size_t p = s->a + 1; p < s->end; p++) {
    if ((s->t[p] == '\'' || (unsigned char)s->t[p] == 0xE2) &&
        xn_word_char(s->t[p - 1])) {
      possessive_director(s, nw, p);
    }
    if (s->t[p] == '"' || s->t[p] == '\'' ||
        x_at(s->t, p, s->end, "\xE2\x80\x9D"))
      title_director(s, nw, p);
  }
}
