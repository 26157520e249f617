/* extract_news_networks.c: networks a casting item names with a plain
   reference to its work, without a title: "Ann Roe will join BBC and
   Disney+'s iconic sci-fi drama". Each network of the possessive list is
   the item's network (a title after the nouns, "Netflix's drama Dock
   Street", is read by the title readers instead). Part of the news family
   (xnews.h). Owner: h-news2 (issue 11). */
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
