/* extract_lead.c: the lead sentence names the work the article is about and
   what it is: "Harbor Lights is a 1998 American crime film directed by
   ..." or "The Night Ledger is an American television miniseries created
   by ...". Everything else in the document is read relative to it. */
#include "lexicon.h"
#include "xctx.h"

#include <string.h>

/* Copula that separates a lead's title from its description. */
static const char *const COPULAS[] = {" is a ", " is an ", " was a ",
                                      " was an ", " is the ", " was the "};

/* Position of the first copula in the sentence (or end); *len its length. */
static size_t find_copula(const char *t, size_t a, size_t end, size_t *len) {
  size_t best = end;
  for (size_t i = 0; i < SKG_ARRAY_LEN(COPULAS); i++) {
    size_t p = x_find(t, a, end, COPULAS[i]);
    if (p < best) {
      best = p;
      *len = strlen(COPULAS[i]);
    }
  }
  return best;
}

/* Words after which the description of the work stops. */
static bool description_ends(const char *t, size_t p, size_t end) {
  static const char *const STOPS[] = {"created", "directed", "written",
                                      "produced", "developed", "based",
                                      "starring", "that", "which", "about",
                                      "set", "from", "by", "for", "on",
                                      "in", "and", "with", "featuring"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(STOPS); i++)
    if (x_word_at(t, p, end, STOPS[i]))
      return true;
  return t[p] == ',' || t[p] == '(' || t[p] == ';';
}

/* Finds the work noun ("television miniseries", "film") in the
   description: the longest lexicon phrase ending at the last word before
   the description stops. Returns Series or Film, or SKG_ENT_COUNT. */
static skg_ent work_type(const char *t, size_t a, size_t end) {
  size_t words[32], nw = 0, p = a;
  while (p < end && nw < 32 && !description_ends(t, p, end)) {
    words[nw++] = p;
    while (p < end && t[p] != ' ' && t[p] != ',')
      p++;
    p = x_skip_space(t, p, end);
  }
  for (size_t last = nw; last-- > 0;) {
    size_t wend = words[last];
    while (wend < end && t[wend] != ' ' && t[wend] != ',')
      wend++;
    for (size_t first = last >= 3 ? last - 3 : 0; first <= last; first++) {
      const char *v = skg_lex_get(SKG_LEX_WORK_NOUNS, t + words[first],
                                  wend - words[first]);
      if (v)
        return strcmp(v, "Film") == 0 ? SKG_ENT_FILM : SKG_ENT_SERIES;
    }
  }
  return SKG_ENT_COUNT;
}

/* "Studio's Title" is also known as "Title": the brand prefix is dropped
   in most of the article. */
static void brand_alias(x_ctx *x, const char *t, size_t a, size_t n) {
  for (size_t i = a; i + 3 < a + n; i++) {
    size_t k = x_possessive_at(t, i, a + n);
    if (k && t[i + k] == ' ' && x_cap_at(t, i + k + 1, a + n)) {
      x_alias(x, x->subject, t + i + k + 1, a + n - (i + k + 1));
      return;
    }
  }
}

void x_rules_lead(x_ctx *x) {
  const skg_doc *d = x->d;
  for (size_t si = 0; si < d->nsents && si < 3; si++) {
    const skg_span *s = &d->sents[si];
    const char *t = d->text;
    size_t end = s->off + s->len, clen = 0;
    size_t cop = find_copula(t, s->off, end, &clen);
    if (cop == end)
      continue;
    skg_ent type = work_type(t, cop + clen, end);
    size_t tl = cop - s->off;
    if (type == SKG_ENT_COUNT || !tl || tl > 200 || !x_cap_at(t, s->off, end))
      continue;
    x->subject_type = type;
    x->subject = x_entity(x, type, t + s->off, tl);
    brand_alias(x, t, s->off, tl);
    return;
  }
}
