/* extract_lead.c: the lead sentence names the work the article is about and
   what it is: "Harbor Lights is a 1998 American crime film directed by
   ..." or "The Night Ledger is an American television miniseries created
   by ...". Everything else in the document is read relative to it. Also
   the leads of character articles ("Vera Quill is a fictional character
   introduced in ...") and the series of an episode article. What the
   sentences about the work say of it (makers, networks) is
   extract_lead_makers.c's. */
#include "lexicon.h"
#include "xctx.h"

#include <string.h>

/* Copula that separates a lead's title from its description; the last two
   cover a title followed by a parenthesis and no verb ("Title (also known
   as ...) a 1974 film"). */
static const char *const COPULAS[] = {" is a ",   " is an ", " was a ",
                                      " was an ", " is the ", " was the ",
                                      ") a ",     ") an "};

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
  if (best < end && t[best] == ')') { /* the parenthesis is not the title's */
    best++;
    (*len)--;
  }
  return best;
}

bool x_description_ends(const char *t, size_t p, size_t end) {
  static const char *const STOPS[] = {"created", "directed", "written",
                                      "produced", "developed", "based",
                                      "starring", "that", "which", "about",
                                      "set", "from", "by", "for", "on",
                                      "in", "with", "featuring", "who"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(STOPS); i++)
    if (x_word_at(t, p, end, STOPS[i]))
      return true;
  if (x_word_at(t, p, end, "and"))
    return !x_cap_at(t, p + 4, end);
  return t[p] == ',' || t[p] == '(' || t[p] == ';';
}

/* Finds the work noun ("television miniseries", "film") in the
   description: the longest lexicon phrase ending at the last word before
   the description stops. Returns Series or Film, or SKG_ENT_COUNT. */
/* True when the word at p is a head noun that a work noun can modify
   without the phrase naming a work: a role ("film director"), or a kind of
   person or organisation ("film critic", "television company"). */
static bool modified_head(const char *t, size_t p, size_t end) {
  static const char *const HEADS[] = {
      "actor",   "actress", "critic",   "star",     "executive", "editor",
      "maker",   "historian", "scholar", "student",  "company",   "studio",
      "festival", "award",  "awards",   "critics",  "personality", "presenter",
      "host",    "journalist", "distributor", "network", "channel", "format"};
  size_t q = p;
  while (q < end && t[q] != ' ' && t[q] != ',' && t[q] != '.')
    q++;
  if (skg_lex_has(SKG_LEX_ROLES, t + p, q - p))
    return true;
  for (size_t i = 0; i < SKG_ARRAY_LEN(HEADS); i++)
    if (x_word_at(t, p, q, HEADS[i]))
      return true;
  return false;
}

static skg_ent work_type(const char *t, size_t a, size_t end) {
  size_t words[32], nw = 0, p = a;
  while (p < end && nw < 32 && !x_description_ends(t, p, end)) {
    words[nw++] = p;
    while (p < end && t[p] != ' ' && t[p] != ',')
      p++;
    p = x_skip_space(t, p, end);
  }
  for (size_t last = nw; last-- > 0;) {
    size_t wend = words[last];
    while (wend < end && t[wend] != ' ' && t[wend] != ',' &&
           !(t[wend] == '.' && wend + 1 == end))
      wend++;
    for (size_t first = last >= 3 ? last - 3 : 0; first <= last; first++) {
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
  for (size_t i = s; i + 1 < e; i++) {
    if (t[i] == ' ' && t[i + 1] == '(') {
      size_t close = x_find(t, i + 2, e, ")");
      size_t k = x_title_len(t, i + 2, close, X_TITLE_JOIN);
      if (close < e && k == close - (i + 2)) {
        *alt = i + 2;
        *altn = k;
      }
      e = i;
      break;
    }
    if (t[i] == ',' && t[i + 1] == ' ' && i + 2 < e && !x_cap_at(t, i + 2, e)) {
      e = i;
      break;
    }
  }
  *a = s;
  return e - s;
}

/* ---- finding the lead ---- */

/* "X is the ninth episode of the third season of the series Y", "... of
   Y's ninth season": the series the episode belongs to. */
static skg_eid episode_series(x_ctx *x, size_t p, size_t end) {
  const char *t = x->d->text;
  size_t ep = x_find(t, p, end, " episode ");
  if (ep == end || ep > p + 40)
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

size_t x_find_lead(const x_ctx *x, skg_ent *type, size_t *a, size_t *tl,
                   size_t *desc) {
  const skg_doc *d = x->d;
  const char *t = d->text;
  for (size_t si = 0; si < d->nsents && si < 3; si++) {
    const skg_span *s = &d->sents[si];
    size_t end = s->off + s->len, clen = 0;
    size_t cop = find_copula(t, s->off, end, &clen);
    if (cop == end)
      continue;
    *type = work_type(t, cop + clen, end);
    *a = s->off;
    size_t alt, altn;
    *tl = lead_title(t, a, cop - s->off, &alt, &altn);
    if (*type == SKG_ENT_COUNT || !*tl || *tl > 200 || !x_cap_at(t, *a, end))
      continue;
    *desc = cop + clen;
    return si;
  }
  return d->nsents;
}

/* ---- character articles ---- */

/* Skips the words between "in" and a title in a character lead: an
   owner's possessive ("Ann Roe's", "Lark Pictures'"), then lower-case
   words, numbers and a work noun ("49th animated feature film"). Sets
   the owner's span, the work type and returns where the title starts,
   or 0. */
static size_t owner_and_kind(const char *t, size_t p, size_t end, x_span *own,
                             skg_ent *type) {
  size_t on = x_org_len(t, p, end), k;
  *own = (x_span){0, 0};
  if (on && (k = x_possessive_at(t, p + on, end)) && t[p + on + k] == ' ') {
    *own = (x_span){p, on};
    p += on + k + 1;
  }
  *type = SKG_ENT_COUNT;
  for (int words = 0; words < 8 && p < end && !x_cap_at(t, p, end); words++) {
    size_t w = p;
    while (p < end && t[p] != ' ' && t[p] != ',')
      p++;
    const char *v = skg_lex_get(SKG_LEX_WORK_NOUNS, t + w, p - w);
    if (v)
      *type = strcmp(v, "Film") == 0 ? SKG_ENT_FILM : SKG_ENT_SERIES;
    if (p < end && t[p] == ',')
      p++;
    p = x_skip_space(t, p, end);
  }
  return *type != SKG_ENT_COUNT && x_cap_at(t, p, end) ? p : 0;
}

/* A title that may also go on over two small words ("The Prince and the
   Frog", "The Return of the Tide"), which x_title_len stops at. */
static size_t long_title_len(const char *t, size_t p, size_t end) {
  static const char *const PAIRS[] = {" and the ", " of the ", " in the ",
                                      " on the ", " or the "};
  size_t n = x_title_len(t, p, end, X_TITLE_JOIN);
  for (bool more = n > 0; more;) { /* another pair may follow */
    more = false;
    for (size_t i = 0; i < SKG_ARRAY_LEN(PAIRS) && !more; i++) {
      size_t k = strlen(PAIRS[i]);
      if (x_at(t, p + n, end, PAIRS[i]) &&
          x_cap_at(t, p + n + k, end)) {
        n += k + x_title_len(t, p + n + k, end, X_TITLE_JOIN);
        more = true;
      }
    }
  }
  return n;
}

/* "Vera Quill is a fictional character introduced in Ann Roe's 1967
   animated film, The Harbor Tale", "Vera is a main character who appears
   in Lark Pictures' animated feature film Harbor Lights (2009)": the
   article is about a character, so the work it appears in is the work
   the rest of the text is read against. A person's possessive names the
   producer, a company's the production company. */
static void character_lead(x_ctx *x) {
  const char *t = x->d->text;
  if (!x->d->nsents)
    return;
  const skg_span *s = &x->d->sents[0];
  size_t end = s->off + s->len, clen = 0, alt, altn, a = s->off;
  size_t cop = find_copula(t, s->off, end, &clen);
  size_t ch = x_find(t, cop, end, " character ");
  if (cop == end || ch == end || ch > cop + clen + 30)
    return;
  size_t in = x_find(t, ch, end, " in ");
  if (in == end || in > ch + 40)
    return;
  x_span own;
  skg_ent type;
  size_t ti = owner_and_kind(t, in + 4, end, &own, &type);
  size_t tn = ti ? long_title_len(t, ti, end) : 0;
  size_t cn = lead_title(t, &a, cop - s->off, &alt, &altn);
  if (!tn || !cn || x_name_len(t, a, a + cn) != cn)
    return;
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

void x_rules_lead(x_ctx *x) {
  skg_ent type;
  size_t a, tl, desc, alt = 0, altn;
  size_t si = x_find_lead(x, &type, &a, &tl, &desc);
  if (si == x->d->nsents) {
    character_lead(x);
    return;
  }
  const char *t = x->d->text;
  x->subject_type = type;
  x->subject = x_entity(x, type, t + a, tl);
  size_t ta = x->d->sents[si].off;
  lead_title(t, &ta, desc - ta, &alt, &altn);
  if (altn)
    x_alias(x, x->subject, t + alt, altn);
  brand_alias(x, t, a, tl);
}
