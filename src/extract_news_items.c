/* extract_news_items.c: which work a news item is about: titles that a
   work noun or a network's possessive introduces ("its limited series
   Night Ledger", "Netflix's Night Ledger"), a round-up's item headers
   ("Night Ledger: The cast is growing"), an appositive ("Harbor Lights,
   Ann Lee's ninth film, ..."), references that name a network ("the hit
   HBO series"), a release sentence ("Fast Lane hits theaters on May 19",
   the text's work when no cue names one), the text's Series or Film
   words, and the "adds" and "headline" cues ("Y has added A to its
   cast", "Reviews are in for Y"). Part of the news family (xnews.h);
   called by extract_news.c. */
#include "lexicon.h"
#include "xnews.h"

#include <ctype.h>
#include <string.h>

/* True when the word ending right before t[v] (a space) is one of the
   determiners of news_cues ("the", "its", "new", "limited"). */
static bool det_before(const nsent *s, size_t v) {
  size_t w = v;
  while (w > s->a && s->t[w - 1] != ' ')
    w--;
  const char *k =
      w < v ? skg_lex_get(SKG_LEX_NEWS_CUES, s->t + w, v - w) : NULL;
  return k && strcmp(k, "det") == 0;
}

/* A round-up's item header opens the sentence: "Night Ledger: The cast
   is growing", "Night Ledger – Netflix"; a review's headline "Night
   Ledger review: ...". A one-word header the text also
   writes in lower case is a common word ("Editing: ..."). */
static void header_title(nsent *s, news *nw) {
  static const char *const DASH[] = {" \xE2\x80\x93 ", " - ", " \xE2\x80\x94 "};
  const char *t = s->t;
  size_t hn = x_title_len(t, s->a, s->end, X_TITLE_POSS);
  wref hw;
  if (!hn)
    return;
  /* the look for the word in lower case reads the whole text: last */
  if (x_at(t, s->a + hn, s->end, ": ") &&
      x_find(t, s->a + hn, s->end, " cast") < s->end &&
      xn_work_ref(s, nw, s->a, hn, xn_noun_type(t, s->a + hn, s->end), &hw) &&
      !xn_common_word(s->x, t + s->a, hn))
    nw->work = hw;
  /* "Dock Street review: a quiet storm", the page's first line: the
     review's work, the subject of the reviews rules */
  size_t q = x_skip_space(t, s->a + hn, s->end), cl;
  /* "Harbor Lights: Last Watch gets rave reviews": the subtitle is the
     title's when the cue follows it */
  size_t sa = s->a + hn + XC_LEN(": ");
  size_t sub = x_at(t, s->a + hn, s->end, ": ")
                   ? x_title_len(t, sa, s->end, X_TITLE_POSS)
                   : 0;
  if (sub && xn_cue_at(t, x_skip_space(t, sa + sub, s->end), s->end,
                       "reviewhead", &cl)) {
    hn = sa + sub - s->a;
    q = x_skip_space(t, sa + sub, s->end);
  }
  if (s->si == 0 && nw->headline == SKG_NONE &&
      xn_cue_at(t, q, s->end, "reviewhead", &cl) &&
      xn_work_ref(s, nw, s->a, hn, xn_noun_type(t, q, s->end), &hw)) {
    nw->work = hw;
    nw->headline = xn_realise(s->x, &hw);
  }
  if (s->si == 0 && nw->headline == SKG_NONE &&
      xn_cue_at(t, s->a, s->end, "reviewhead", &cl)) {
    hw = xn_work_at(s, nw, x_skip_space(t, s->a + cl, s->end), &q);
    if (xn_has_work(&hw)) /* "Review: Dock Street is a quiet storm" */
      nw->headline = xn_realise(s->x, &hw);
  }
  for (size_t i = 0; i < SKG_ARRAY_LEN(DASH); i++) {
    size_t c = s->a + hn + strlen(DASH[i]);
    size_t k =
        x_at(t, s->a + hn, s->end, DASH[i]) ? x_name_len(t, c, s->end) : 0;
    if (k && x_network_like(t + c, k) &&
        xn_work_ref(s, nw, s->a, hn, SKG_ENT_SERIES, &hw) &&
        !xn_common_word(s->x, t + s->a, hn)) {
      hw.net_off = c;
      hw.net_n = k;
      xn_realise(s->x, &hw); /* a title and its network: a fact already */
      nw->work = hw;
    }
  }
}

/* True when t[a..b) is one to three lower-case words and spaces: the
   genre words between a network and its work noun ("TBS anthology
   series X", "HBO limited drama series X"). */
static bool genre_run(const nsent *s, size_t a, size_t b) {
  int words = 0;
  for (size_t p = a; p < b; p++) {
    if (s->t[p] == ' ')
      continue;
    if (!islower((unsigned char)s->t[p]))
      return false;
    words++;
    while (p + 1 < b && s->t[p + 1] != ' ')
      p++;
  }
  return words <= 3;
}

/* Bytes before a work noun where "its" makes the sentence's network the
   work's. */
#define ITS_MAX 20

/* Titles that a work noun after a determiner or a network's possessive
   introduces ("its limited series Night Ledger", "the thriller film
   Night Ledger", "Netflix's Night Ledger") open an item; a sentence that
   starts with the network ("Netflix is adding to the cast of its series
   X", "TBS anthology series X, which ...") names the work's network. */
void xn_item_titles(nsent *s, news *nw) {
  const char *t = s->t;
  size_t netn = x_name_len(t, s->a, s->end), cl;
  bool net = netn && (x_network_like(t + s->a, netn) ||
                      xn_cue_at(t, x_skip_space(t, s->a + netn, s->end), s->end,
                                "adds", &cl));
  header_title(s, nw);
  for (size_t p = s->a; p < s->end; p++) {
    if (p > s->a && t[p - 1] != ' ')
      continue;
    if (xn_network_possessive(s, p).len) {
      size_t wl;
      xn_work_at(s, nw, p, &wl);
      continue;
    }
    if (!x_cap_at(t, p, s->end) || p <= s->a + 1) /* a noun's letter, ' ' */
      continue;
    if (XC_ENDS(t, s->a, p, ", ") && xn_comma_title(s, nw, p))
      break; /* "the hit comedy-drama, Lantern Hill." */
    /* the word right before the title is the noun, after a determiner */
    size_t sp = p - 1, lo = sp; /* the byte before the title */
    while (lo > s->a && t[lo - 1] != ' ')
      lo--;
    skg_ent ty = xn_noun_type(t, lo, sp);
    size_t n = ty != NO_TYPE ? x_title_len(t, p, s->end, X_TITLE_POSS) : 0;
    wref w;
    bool opener = net && genre_run(s, s->a + netn, lo);
    if (!n || !islower((unsigned char)t[sp - 1]) || lo < s->a + 1 ||
        !(opener || det_before(s, lo - 1)) || !xn_work_ref(s, nw, p, n, ty, &w))
      continue;
    if (opener || (net && x_find(t, lo > s->a + ITS_MAX ? lo - ITS_MAX : s->a,
                                 lo, "its ") < lo)) {
      w.net_off = s->a;
      w.net_n = netn;
    }
    nw->work = w;
    p += n;
  }
}

/* "Harbor Lights, Ann Lee's ninth film, had its premiere ...": a title
   opening the sentence with an appositive that says what it is; the
   person whose work it is directed it. */
void xn_appositive(nsent *s, news *nw) {
  const char *t = s->t;
  size_t n = x_title_len(t, s->a, s->end, X_TITLE_POSS);
  size_t p = s->a + n + XC_LEN(", ");
  if (!n || !x_at(t, s->a + n, s->end, ", "))
    return;
  size_t k = x_name_len(t, p, s->end);
  size_t ps = k ? x_possessive_at(t, p + k, s->end) : 0;
  if (!ps || !x_person_like(t + p, k, false))
    return;
  size_t q = p + k + ps + 1, c = x_find(t, q, s->end, ",");
  skg_ent ty = c < s->end && c - q < 40 ? xn_noun_type(t, q, c) : NO_TYPE;
  wref w;
  if (ty == NO_TYPE || !xn_work_ref(s, nw, s->a, n, ty, &w))
    return;
  nw->work = w;
  if (s->si == 0)
    nw->opening = w; /* the work the text opens with */
  skg_eid d = xn_person_at(s, p, k, SKG_ENT_PERSON);
  if (d != SKG_NONE) {
    skg_evidence ev = x_evidence(s->x, s->si, "news-appositive");
    skg_graph_add_fact(s->x->g, xn_realise(s->x, &w), SKG_PRED_DIRECTOR, d,
                       &ev);
  }
}

/* "the hit HBO series", "its Apple TV+ show": a reference to the current
   work that names its network. */
void xn_reference_networks(nsent *s, news *nw) {
  const char *t = s->t;
  for (size_t p = s->a; p < s->end && xn_has_work(&nw->work); p++) {
    size_t r = (p == s->a || t[p - 1] == ' ') ? xn_work_reference(s, p) : 0;
    if (r && x_find(t, s->a, p, ", who ") < p)
      r = 0; /* "X, who plays Z in the Apple TV+ series": another show */
    for (size_t q = p; r && q < p + r; q++) {
      size_t k = t[q - 1] == ' ' ? x_name_len(t, q, p + r) : 0;
      if (!k || !x_network_like(t + q, k))
        continue;
      k += q + k < p + r && t[q + k] == '+'; /* "Apple TV+" */
      wref w = nw->work;
      w.net_off = q;
      w.net_n = k;
      w.si = s->si;
      xn_realise(s->x, &w);
      nw->work.e = w.e;
      break;
    }
    p += r;
  }
}

/* Series or Film by the text's words: "season", "series", "episode"
   against "film", "movie". */
skg_ent xn_text_type(const skg_doc *d, size_t end) {
  int ser = 0, fil = 0;
  for (size_t p = 0; p < end; p++) {
    if (p > 0 && xn_word_char(d->text[p - 1]))
      continue;
    /* one word of a list at most starts at p ("film" is no word of
       "films"), so these count as the per-word tests did */
    ser += xc_lex_at(d->text, p, end, SKG_LEX_TEXT_SERIES_WORDS);
    fil += xc_lex_at(d->text, p, end, SKG_LEX_TEXT_FILM_WORDS);
  }
  return ser > fil ? SKG_ENT_SERIES : SKG_ENT_FILM;
}

/* Past the list bullets that open a news item ("- •Ann Lee has joined
   ...", data/list_bullets.txt): a one-byte bullet before a space, a
   longer one ("•") glued to the name too. */
static size_t past_bullets(const char *t, size_t a, size_t end) {
  size_t p = a;
  while (p < end) {
    size_t k = 1;
    while ((unsigned char)t[p] >= 0x80 && p + k < end &&
           ((unsigned char)t[p + k] & 0xC0) == 0x80)
      k++; /* one UTF-8 character */
    if (!skg_lex_has(SKG_LEX_LIST_BULLETS, t + p, k) ||
        (k == 1 && !x_at(t, p + 1, end, " ")))
      return p;
    p = x_skip_space(t, p + k, end);
  }
  return p;
}

/* Past a dateline that opens a news text ("date 2022-07-26 Grey's
   Anatomy has added ...", "2024-01-12 ") or a list item's bullets: the
   sentence starts after them. */
size_t xn_past_dateline(const char *t, size_t a, size_t end) {
  size_t p = a = past_bullets(t, a, end);
  if (x_at(t, p, end, "date "))
    p += XC_LEN("date ");
  size_t d = p;
  while (d < end && (isdigit((unsigned char)t[d]) || t[d] == '-'))
    d++;
  if (d - p < 8 || d >= end || t[d] != ' ' || !isdigit((unsigned char)t[p]))
    return a;
  return x_skip_space(t, d, end);
}

/* "Night Ledger returns on April 12 on Northwind in the UK and Streamly+
   elsewhere": the networks a release sentence names after its cue, from
   p, are the work's. */
static void release_networks(nsent *s, size_t p, wref *w) {
  const char *t = s->t;
  for (; p < s->end; p++) {
    size_t k = t[p - 1] == ' ' ? x_name_len(t, p, s->end) : 0;
    k += k && p + k < s->end && t[p + k] == '+'; /* "Apple TV+" */
    if (!k || !(x_network_like(t + p, k) ||
                (t[p + k - 1] == '+' && x_network_like(t + p, k - 1)))) {
      p += k;
      continue;
    }
    w->net_off = p;
    w->net_n = k;
    w->si = s->si;
    xn_realise(s->x, w);
    p += k;
  }
}

/* "Fast Lane hits theaters on May 19": a sentence that opens with a title
   and a release cue (kind "release" of news_cues, "release:film" when the
   cue says cinemas) names the text's work. The last such sentence wins;
   nw->release is only the fallback of a cast list that no cue gave a
   work. */
void xn_release_work(x_ctx *x, size_t n, news *nw) {
  for (size_t si = 0; si < n; si++) {
    const skg_span *sp = &x->d->sents[si];
    nsent s = {x, si, x->d->text, sp->off, sp->off + sp->len};
    s.a = xn_past_dateline(s.t, s.a, s.end);
    size_t tn = x_title_len(s.t, s.a, s.end, X_TITLE_POSS), len;
    const char *k = tn && x_at(s.t, s.a + tn, s.end, " ")
                        ? xn_cue_at(s.t, s.a + tn + 1, s.end, "release", &len)
                        : NULL;
    wref w;
    skg_ent ty = k && strcmp(k, "release:film") == 0 ? SKG_ENT_FILM : NO_TYPE;
    if (k && xn_work_ref(&s, nw, s.a, tn, ty, &w)) {
      release_networks(&s, s.a + tn + 1 + len, &w);
      nw->release = w;
    }
  }
}

/* "A cast of new faces has been set for BBC comedy "Salt Vigil"": a
   cast that a "castset" cue (at p, len bytes) says was set for the
   work after it makes that work the current one; the sentence must
   speak of a cast before the cue ("A deal has been set for X" does
   not), or the cue itself ("The cast of the Harbor series Night Ledger
   keeps on growing"). */
void xn_cast_set(nsent *s, news *nw, size_t p, size_t len) {
  size_t c = s->a, wl;
  /* Any case: the sentence may open on it ("Cast has been set for"). */
  while (c < p && !((c == s->a || !xn_word_char(s->t[c - 1])) &&
                    xn_key_at(s->t, c, p, "cast")))
    c++;
  if (c >= p && !xn_key_at(s->t, p, p + len, "cast"))
    return;
  xn_work_at(s, nw, x_skip_space(s->t, p + len, s->end), &wl);
}

/* "Y has added Jonathan Groff to its growing cast list": the names after
   the cue, when the sentence goes on to the cast, are cast of the item. */
static void added_cast(nsent *s, news *nw, size_t q) {
  q = x_skip_space(s->t, q, s->end);
  named nm[MAX_LIST];
  size_t stop, n = xn_names_after(s, q, nm, MAX_LIST, &stop);
  if (!n || !xn_has_work(&nw->work) ||
      !(x_at(s->t, stop, s->end, " to its ") ||
        x_at(s->t, stop, s->end, " to the ")) ||
      x_find(s->t, stop, s->end, " cast") >= s->end)
    return;
  wref w = nw->work;
  for (size_t i = 0; i < n; i++)
    if (x_person_like(s->t + nm[i].name.off, nm[i].name.len, false))
      xn_perform(s, "news-added",
                 xn_person_at(s, nm[i].name.off, nm[i].name.len, SKG_ENT_ACTOR),
                 SKG_NONE, &w);
}

/* Where the item of a list of pairs that starts at q ends: at "; " or
   the sentence's end. */
static size_t pair_end(const nsent *s, size_t q) {
  size_t e = x_find(s->t, q, s->end, "; ");
  while (e > q && (s->t[e - 1] == '.' || s->t[e - 1] == ' '))
    e--;
  return e;
}

/* "Y has added three cast members: A (Dock Street) as Vera's classmate
   Dan; B as Kim; and C as Kim's cousin (and Dan's crush) Josh": each
   item an actor, maybe with credits, " as ", and a character whose name
   ends the item, cast in the current work. */
static void added_pairs(nsent *s, news *nw, size_t q) {
  const char *t = s->t;
  size_t c = x_find(t, q, s->end, ": ");
  q = c < s->end ? c + XC_LEN(": ") : x_skip_space(t, q, s->end);
  wref w = nw->work;
  while (q < s->end && xn_has_work(&w)) {
    if (x_at(t, q, s->end, "and "))
      q += XC_LEN("and ");
    named nm[1];
    size_t stop, e = pair_end(s, q);
    size_t k = xn_names_after(s, q, nm, 1, &stop), st = x_name_before(t, q, e);
    if (k != 1 || !x_at(t, stop, e, " as ") || st >= e || st <= stop ||
        t[st - 1] != ' ' || x_find(t, stop, st, " in ") < st ||
        x_find(t, stop, st, " on ") < st)
      return; /* "as a guest star in Season Five": no character */
    skg_eid a = xn_person_at(s, nm[0].name.off, nm[0].name.len, SKG_ENT_ACTOR);
    skg_eid ch =
        x_lookup(s->x, X_ANY & ~X_CHARACTER, t + st, e - st, NULL) == SKG_NONE
            ? x_character(s->x, t + st, e - st, true)
            : SKG_NONE;
    if (a != SKG_NONE && ch != SKG_NONE)
      xn_perform(s, "news-added-as", a, ch, &w);
    if (a != SKG_NONE && nm[0].credits.len)
      xn_credits(s, nw, a, nm[0].credits);
    q = x_skip_space(t, x_find(t, e, s->end, "; ") + 1, s->end);
  }
}

/* "Netflix's Night Ledger has added ..." names the item's work;
   "Reviews are in for Ann Lee's Harbor Lights" names the text's, and a
   person's possessive before it is the director's. */
void xn_item_rule(nsent *s, news *nw, size_t p, size_t len, const char *kind) {
  const char *t = s->t;
  if (strcmp(kind, "adds") == 0) {
    /* "Netflix is adding to the cast of its series X": not the work;
       "X has added another resident to its roster" is */
    size_t its = x_find(t, p, s->end, " its ");
    size_t q = its < s->end ? its + XC_LEN(" its ") : s->end;
    while (q < s->end && islower((unsigned char)t[q]))
      q = x_skip_space(t, x_find(t, q, s->end, " "), s->end);
    if (q >= s->end || !x_cap_at(t, q, s->end))
      xn_work_before(s, nw, p);
    added_cast(s, nw, p + len);
    added_pairs(s, nw, p + len);
    return;
  }
  size_t q = p + len;
  while (q < s->end && (t[q] == '.' || t[q] == ' ' || t[q] == ':'))
    q++;
  nsent next;
  if (q >= s->end && s->si + 1 < s->x->d->nsents) {
    /* "Review round-up for... | Harbor Lights": the title went on */
    const skg_span *sp = &s->x->d->sents[s->si + 1];
    next = (nsent){s->x, s->si + 1, t, sp->off, sp->off + sp->len};
    s = &next;
    q = s->a;
  }
  size_t n = x_name_len(t, q, s->end), ps = 0, wl;
  wref w;
  if (n && (ps = x_possessive_at(t, q + n, s->end)) &&
      x_person_like(t + q, n, false)) {
    w = xn_work_at(s, nw, q + n + ps + 1, &wl);
    xn_crew_fact(s, "news-headline", &w, SKG_PRED_DIRECTOR,
                 xn_has_work(&w) ? xn_person_at(s, q, n, SKG_ENT_PERSON)
                                 : SKG_NONE);
  } else {
    w = xn_work_at(s, nw, q, &wl);
  }
  /* a review round-up's headline names the text's work */
  if (xn_has_work(&w) && nw->headline == SKG_NONE)
    nw->headline = xn_realise(s->x, &w);
}
