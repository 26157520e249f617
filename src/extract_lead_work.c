/* extract_lead_work.c: the work a character or season lead names after
   "in", "on" or "season of" ("a fictional character on the ABC soap opera
   Harbor Days", "The third season of Ann Roe's animated series Harbor
   Lights"): the owner's possessive, the network and the work noun that
   describe it, and its title. Moved out of extract_lead.c, whose
   character_lead and season_at call these. */
#include "extract_lead_work.h"
#include "lexicon.h"
#include "xmatch.h"

#include <string.h>

/* Length of a work noun of one to three words at t[p] ("film", "soap
   opera", "animated feature film" is read word by word), 0 if none; *type
   gets what it names. */
static size_t work_noun_at(const char *t, size_t p, size_t end, skg_ent *type) {
  size_t best = 0, q = p;
  for (int words = 0; words < 3 && q < end; words++) {
    while (q < end && t[q] != ' ' && t[q] != ',')
      q++;
    const char *v = skg_lex_get(SKG_LEX_WORK_NOUNS, t + p, q - p);
    if (v) {
      best = q - p;
      *type = strcmp(v, "Film") == 0 ? SKG_ENT_FILM : SKG_ENT_SERIES;
    }
    if (q >= end || t[q] != ' ')
      break;
    q++;
  }
  return best;
}

/* True when the word at p is the last before a title ("drama Y"). */
static bool noun_end(const char *t, size_t p, size_t end) {
  size_t w = x_find(t, p, end, " ");
  return w < end && x_cap_at(t, w + 1, end);
}

/* True when a work noun follows within a few lower-case words of p:
   the capitalised word before p then describes the work ("the American
   soap opera", "the ABC daytime drama"), it is not its title. */
static bool noun_follows(const char *t, size_t p, size_t end) {
  skg_ent type;
  for (int words = 0; words < 3 && x_at(t, p, end, " "); words++) {
    p++;
    if (x_cap_at(t, p, end))
      return false;
    if (work_noun_at(t, p, end, &type) ||
        (x_word_at(t, p, end, "drama") && noun_end(t, p, end)))
      return true;
    while (p < end && t[p] != ' ')
      p++;
  }
  return false;
}

/* The network named in the capitalised words t[p..p+n) before a work
   noun: "ABC", "the British Channel 4" (a name the scanner ends before its
   number, after a nationality): a networks lexicon name starting at one
   of the words, else the whole when it reads as a network. Returns it, or
   none when there is none. */
static x_span network_in(const char *t, size_t p, size_t n, size_t end,
                         x_span none) {
  size_t e = p + n;
  if (x_at(t, e, end, " ") && e + 1 < end && t[e + 1] >= '0' && t[e + 1] <= '9')
    for (e++; e < end && t[e] >= '0' && t[e] <= '9';)
      e++;
  for (size_t w = p; w < e; w++)
    if ((w == p || t[w - 1] == ' ') &&
        skg_lex_has(SKG_LEX_NETWORKS, t + w, e - w))
      return (x_span){w, e - w};
  return x_network_like(t + p, n) ? (x_span){p, n} : none;
}

/* The owner, network and kind before a title (extract_lead_work.h). */
size_t x_owner_and_kind(const char *t, size_t p, size_t end, x_span *own,
                        x_span *net, skg_ent *type) {
  size_t on = x_org_len(t, p, end), k;
  *own = (x_span){0, 0};
  *net = (x_span){0, 0};
  if (on && (k = x_possessive_at(t, p + on, end)) && t[p + on + k] == ' ') {
    *own = (x_span){p, on};
    p += on + k + 1;
  }
  *type = SKG_ENT_COUNT;
  for (int words = 0; words < 8 && p < end; words++) {
    size_t w = p, cn = x_cap_at(t, p, end) ? x_org_len(t, p, end) : 0;
    if (cn && !noun_follows(t, p + cn, end))
      break;
    if (x_word_at(t, p, end, "by")) /* "films, created by Tom Roe": a maker */
      break;
    if (cn)
      *net = network_in(t, p, cn, end, *net);
    size_t nn = cn ? 0 : work_noun_at(t, p, end, type);
    if (!cn && !nn && x_word_at(t, p, end, "drama") && noun_end(t, p, end))
      *type = SKG_ENT_SERIES; /* "the American medical drama Y" */
    p += cn ? cn : nn;
    while (p < end && t[p] != ' ' && t[p] != ',')
      p++;
    if (p < end && t[p] == ',')
      p++;
    p = x_skip_space(t, p, end);
    if (p == w)
      break;
  }
  return *type != SKG_ENT_COUNT && x_cap_at(t, p, end) ? p : 0;
}

/* extract_lead_work.h: a title over "and the", "of the" ... */
size_t x_long_title_len(const char *t, size_t p, size_t end) {
  size_t n = x_title_len(t, p, end, X_TITLE_JOIN);
  for (bool more = n > 0; more;) { /* another pair may follow */
    /* " and the ", " of the ": a small word, "the", a capital */
    xc_cur c = xc_at(t, p, p + n, end);
    more = XC_EXACT(&c, " ") && XC_ALT(&c, "and|of|in|on|or") &&
           XC_EXACT(&c, "the ") && x_cap_at(t, c.p, end);
    if (more)
      n = c.p - p + x_title_len(t, c.p, end, X_TITLE_JOIN);
  }
  return n;
}
