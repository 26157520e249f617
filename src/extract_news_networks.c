/* extract_news_networks.c: networks a casting item names with a plain
   reference to its work, without a title: "Ann Roe will join BBC and
   Disney+'s iconic sci-fi drama". Each network of the possessive list is
   the item's network (a title after the nouns, "Netflix's drama Dock
   Street", is read by the title readers instead). Part of the news family
   (xnews.h). Owner: h-news2 (issue 11). A title after the network's
   words of praise and its work noun is that network's work, whatever the
   sentence says of it (xn_network_titles, h-news6). */
#include "lexicon.h"
#include "xnews.h"

#include <ctype.h>
#include <string.h>

#define MAX_NETS 3

/* Length of the network name at p ("BBC", "Disney+"), or 0. */
static size_t network_len(const nsent *s, size_t p) {
  size_t k = x_name_len(s->t, p, s->end);
  if (k && p + k < s->end && s->t[p + k] == '+')
    k++;
  return k && x_network_like(s->t + p, k) ? k : 0;
}

/* The networks of a possessive list at p ("BBC and Disney+'s"): their
   spans in nets, where the possessive ends in *after; how many, or 0. */
static size_t network_list(const nsent *s, size_t p, x_span *nets,
                           size_t *after) {
  size_t n = 0;
  while (n < MAX_NETS) {
    size_t k = network_len(s, p);
    if (!k)
      return 0;
    nets[n++] = (x_span){p, k};
    size_t ps = x_possessive_at(s->t, p + k, s->end);
    if (ps) {
      *after = p + k + ps;
      return n;
    }
    if (!x_at(s->t, p + k, s->end, " and "))
      return 0;
    p += k + XC_LEN(" and ");
  }
  return 0;
}

/* True when t[q..) is lower-case words ending in a work noun or a genre
   ("iconic sci-fi drama") with no title after them. */
static bool untitled_reference(const nsent *s, size_t q) {
  const char *t = s->t;
  size_t e = q;
  for (int words = 0; words < 5 && e < s->end && islower((unsigned char)t[e]);
       words++) {
    while (e < s->end && t[e] != ' ' && t[e] != ',' && t[e] != '.')
      e++;
    if (xn_noun_type(t, q, e) != NO_TYPE ||
        (e < s->end && xn_genre_before(s, q, e + 1)))
      return e >= s->end || t[e] != ' ' || e + 1 >= s->end ||
             !(isupper((unsigned char)t[e + 1]) || t[e + 1] == '"');
    if (e < s->end && t[e] == ' ')
      e++;
  }
  return false;
}

void xn_possessive_networks(nsent *s, news *nw) {
  const char *t = s->t;
  for (size_t p = s->a; xn_has_work(&nw->work) && p < s->end; p++) {
    if (p > s->a && t[p - 1] != ' ')
      continue;
    x_span nets[MAX_NETS];
    size_t after = p, n = network_list(s, p, nets, &after);
    if (!n || after + 1 >= s->end || t[after] != ' ' ||
        !untitled_reference(s, after + 1))
      continue;
    for (size_t i = 0; i < n; i++) {
      wref w = nw->work;
      w.net_off = nets[i].off;
      w.net_n = nets[i].len;
      w.si = s->si;
      xn_realise(s->x, &w);
    }
    p = after;
  }
}

/* Words between a network's possessive and a work noun: "hit", "Emmy-
   winning", another title used as a modifier ("Addams Family" spinoff). */
#define PRAISE_WORDS_MAX 6

/* Past one word of praise at q: a lower-case word, a capitalised word
   with a lower-case part after a hyphen ("Emmy-winning") or a quoted
   title a lower-case word follows; q when none. */
static size_t past_praise_word(const nsent *s, size_t q) {
  const char *t = s->t;
  size_t in, n, e = q;
  size_t k = xn_quoted_title(t, q, s->end, &in, &n);
  if (k)
    return q + k + 1 < s->end && t[q + k] == ' ' &&
                   islower((unsigned char)t[q + k + 1])
               ? q + k + 1
               : q;
  while (e < s->end && t[e] != ' ' && t[e] != ',' && t[e] != '.')
    e++;
  size_t h = x_find(t, q, e, "-");
  bool word = islower((unsigned char)t[q]) ||
              (h + 1 < e && islower((unsigned char)t[h + 1]));
  return word && e + 1 < s->end && t[e] == ' ' ? e + 1 : q;
}

/* "Netflix's hit "Red Lane" spinoff series "Dock Street"", "Netflix's
   Emmy-winning dramedy Dock Street", "the aughts CW show Dock Street",
   "BBC comedy-drama "Dock Street"": the title after the network's words,
   when the last of them is a work noun or a genre, is a work of that
   network (one network: a list is read by xn_possessive_networks). */
void xn_network_titles(nsent *s, news *nw) {
  const char *t = s->t;
  for (size_t p = s->a; p < s->end; p++) {
    if (p > s->a && t[p - 1] != ' ')
      continue;
    x_span net[MAX_NETS]; /* network_list fills up to MAX_NETS */
    size_t after = p, in, n, k = network_len(s, p);
    size_t nets = network_list(s, p, net, &after);
    if (!nets && k) { /* "the aughts CW show Dock Street" */
      net[0] = (x_span){p, k};
      after = p + k;
    }
    if (nets > 1 || !k || after + 1 >= s->end || t[after] != ' ')
      continue;
    size_t q = after + 1;
    skg_ent ty = NO_TYPE;
    for (int i = 0; i < PRAISE_WORDS_MAX; i++) {
      if (ty != NO_TYPE &&
          (xn_quoted_title(t, q, s->end, &in, &n) || x_cap_at(t, q, s->end)))
        break; /* the noun's title */
      size_t r = past_praise_word(s, q);
      if (r == q)
        break;
      skg_ent nty = xn_noun_type(t, q, r - 1);
      ty = nty != NO_TYPE             ? nty
           : xn_genre_before(s, q, r) ? SKG_ENT_SERIES /* as xn_work_at */
                                      : NO_TYPE;
      q = r;
    }
    if (ty == NO_TYPE || q == after + 1)
      continue;
    if (!xn_quoted_title(t, q, s->end, &in, &n)) {
      in = q;
      n = x_title_len(t, q, s->end, 0);
    }
    wref w;
    if (!n || !xn_work_ref(s, nw, in, n, ty, &w))
      continue;
    skg_eid we = xn_realise(s->x, &w), c = xn_network_entity(s->x, net[0]);
    skg_evidence ev = x_evidence(s->x, s->si, "news-network");
    if (we != SKG_NONE && c != SKG_NONE)
      skg_graph_add_fact(s->x->g, we, SKG_PRED_NETWORK, c, &ev);
    p = in + n;
  }
}

/* Networks of a list at q ("BBC Three and iPlayer", "Hulu, FX and
   Disney+") made networks of w; where the list ends, or q when it names
   none. */
static size_t network_facts(nsent *s, wref *w, size_t q) {
  size_t end = q;
  skg_evidence ev = x_evidence(s->x, s->si, "news-network-verb");
  for (size_t n = 0; n < MAX_NETS; n++) {
    size_t k = network_len(s, q);
    skg_eid c = k ? xn_network_entity(s->x, (x_span){q, k}) : SKG_NONE;
    skg_eid we = c != SKG_NONE ? xn_realise(s->x, w) : SKG_NONE;
    if (we == SKG_NONE)
      break;
    skg_graph_add_fact(s->x->g, we, SKG_PRED_NETWORK, c, &ev);
    q = end = q + k;
    if (x_at(s->t, q, s->end, ", and "))
      q += XC_LEN(", and ");
    else if (x_at(s->t, q, s->end, " and "))
      q += XC_LEN(" and ");
    else if (x_at(s->t, q, s->end, ", "))
      q += XC_LEN(", ");
    else
      break;
  }
  return end;
}

void xn_network_verb(nsent *s, news *nw, size_t p, size_t len) {
  wref before = nw->work, w = xn_work_before(s, nw, p);
  size_t q = x_skip_space(s->t, p + len, s->end);
  if (!xn_has_work(&w) || network_facts(s, &w, q) == q)
    nw->work = before; /* "Ann Lee returns to Paris" names no item */
}

size_t xn_network_after(nsent *s, wref *w, size_t e) {
  if (!xn_has_work(w) || !x_at(s->t, e, s->end, " on "))
    return e;
  size_t q = e + XC_LEN(" on "), end = network_facts(s, w, q);
  /* "on AppleTV+, alongside A": A's list goes on after the comma */
  return end == q ? e : end < s->end && s->t[end] == ',' ? end + 1 : end;
}
