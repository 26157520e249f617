/* extract_ties.c: relations between characters (friendOf, mentorOf, ...)
   and their fictional groups (memberOf, leaderOf), from the descriptions
   of cast lists ("Jane Roe as Vera Quill: Hal's sister and a member of the
   Order") and from a few prose phrasings. Relation nouns come from
   data/ties.tsv; names resolve to characters only, so the actor Tom Quill
   is never taken for the character Vera Quill. */
#include "lexicon.h"
#include "xrules.h"

#include <string.h>

typedef struct {
  x_ctx *x;
  size_t si;
  const char *t;
  size_t a, end;
} tsent;

static bool at(const tsent *s, size_t p, const char *w) {
  size_t n = strlen(w);
  return p + n <= s->end && memcmp(s->t + p, w, n) == 0;
}

static size_t word_end(const tsent *s, size_t p) {
  while (p < s->end && s->t[p] != ' ' && s->t[p] != ',' && s->t[p] != ';' &&
         s->t[p] != '.')
    p++;
  return p;
}

/* A relation noun at p: the longest lexicon phrase of one to three words
   (a plural "leaders" counts as "leader"). Sets *pred, *inverse and *len. */
static bool tie_noun(const tsent *s, size_t p, skg_pred *pred, bool *inverse,
                     size_t *len) {
  size_t ends[3] = {0, 0, 0}, e = p;
  for (int i = 0; i < 3; i++) {
    e = word_end(s, e);
    ends[i] = e;
    if (e >= s->end || s->t[e] != ' ')
      break;
    e++;
  }
  for (int i = 2; i >= 0; i--) {
    if (!ends[i] || ends[i] <= p)
      continue;
    size_t n = ends[i] - p;
    const char *v = skg_lex_get(SKG_LEX_TIES, s->t + p, n);
    if (!v && n > 1 && s->t[p + n - 1] == 's')
      v = skg_lex_get(SKG_LEX_TIES, s->t + p, n - 1);
    const char *tab = v ? strchr(v, '\t') : NULL;
    char name[32];
    if (!tab || (size_t)(tab - v) >= sizeof name)
      continue;
    memcpy(name, v, (size_t)(tab - v));
    name[tab - v] = '\0';
    if (!skg_pred_from_name(name, pred))
      continue;
    *inverse = tab[1] == '-';
    *len = n;
    return true;
  }
  return false;
}

static bool group_pred(skg_pred p) {
  return p == SKG_PRED_MEMBER_OF || p == SKG_PRED_LEADER_OF;
}

/* The fictional group named at p ("the Order" -> Order): a known group,
   else a new one unless the name belongs to a person, work or company. */
static skg_eid group_at(tsent *s, size_t p, size_t *n) {
  if (at(s, p, "the "))
    p += 4;
  *n = x_name_len(s->t, p, s->end);
  if (!*n)
    return SKG_NONE;
  skg_eid g = x_lookup(s->x, X_GROUP, s->t + p, *n, NULL);
  if (g == SKG_NONE &&
      x_lookup(s->x, X_ANY & ~X_GROUP, s->t + p, *n, NULL) == SKG_NONE)
    g = x_entity(s->x, SKG_ENT_GROUP, s->t + p, *n);
  return g;
}

static void tie(tsent *s, const char *rule, skg_eid a, skg_pred p, skg_eid b,
                bool inverse) {
  if (a == SKG_NONE || b == SKG_NONE || a == b)
    return;
  skg_evidence ev = x_evidence(s->x, s->si, rule);
  if (inverse)
    skg_graph_add_fact(s->x->g, b, p, a, &ev);
  else
    skg_graph_add_fact(s->x->g, a, p, b, &ev);
}

/* Characters named in a list at p: "Hal and Vera Quill" gives Hal Quill
   (when known) and Vera Quill. Returns how many, stores them in out. */
static size_t char_list(tsent *s, size_t p, skg_eid *out, size_t max) {
  x_span sp[8];
  size_t stop, n = x_name_list(s->t, p, s->end, sp, 8, &stop), k = 0;
  const char *last = n ? s->t + sp[n - 1].off : NULL;
  const char *sur = last ? memchr(last, ' ', sp[n - 1].len) : NULL;
  for (size_t i = 0; i < n && k < max; i++) {
    const char *c = s->t + sp[i].off;
    size_t cn = sp[i].len;
    skg_eid e = SKG_NONE;
    char buf[256];
    size_t surn = sur ? sp[n - 1].len - (size_t)(sur - last) : 0;
    if (sur && !memchr(c, ' ', cn) && cn + surn < sizeof buf) {
      memcpy(buf, c, cn);
      memcpy(buf + cn, sur, surn);
      e = x_character(s->x, buf, cn + surn, false);
    }
    if (e == SKG_NONE)
      e = x_character(s->x, c, cn, false);
    if (e != SKG_NONE)
      out[k++] = e;
  }
  return k;
}

/* State while reading one description. */
typedef struct {
  skg_eid subj;  /* the described character */
  skg_eid poss;  /* the last "Hal's" */
  skg_eid group; /* the last group named, for "its leader" */
} desc;

/* The objects of a relation noun ending at q: "of/for/to NAMES", "at
   Hal's ..." or the possessor before it; "at Quill Detective Agency"
   adds memberOf the agency. */
static void noun_objects(tsent *s, desc *d, skg_pred p, bool inv, size_t q) {
  static const char *const PREPS[] = {" of ", " for ", " to "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(PREPS); i++) {
    if (!at(s, q, PREPS[i]))
      continue;
    size_t o = q + strlen(PREPS[i]), n;
    if (group_pred(p)) {
      skg_eid g = group_at(s, o, &n);
      tie(s, "tie-of", d->subj, p, g, false);
      d->group = g != SKG_NONE ? g : d->group;
      return;
    }
    skg_eid objs[8];
    size_t k = char_list(s, o, objs, 8);
    for (size_t j = 0; j < k; j++)
      tie(s, "tie-of", d->subj, p, objs[j], inv);
    if (k)
      return;
  }
  if (group_pred(p))
    return;
  if (at(s, q, " at ") && x_cap_at(s->t, q + 4, s->end)) {
    size_t n = x_name_len(s->t, q + 4, s->end);
    if (x_possessive_at(s->t, q + 4 + n, s->end)) {
      tie(s, "tie-at", d->subj, p, x_character(s->x, s->t + q + 4, n, false),
          inv);
      return;
    }
    size_t gn;
    tie(s, "tie-at", d->subj, SKG_PRED_MEMBER_OF, group_at(s, q + 4, &gn),
        false);
  }
  tie(s, "tie-possessive", d->subj, p, d->poss, inv);
}

/* "One of the five "blades" of the Order" -> memberOf the Order. */
static size_t one_of(tsent *s, desc *d, size_t p) {
  size_t q = x_find(s->t, p + 6, s->end, " of the ");
  if (q == s->end || q - p > 40)
    return p + 7;
  size_t n;
  skg_eid g = group_at(s, q + 4, &n);
  tie(s, "tie-one-of", d->subj, SKG_PRED_MEMBER_OF, g, false);
  d->group = g != SKG_NONE ? g : d->group;
  return q + 8 + n;
}

/* "who runs her own agency, Quill Investigations", "who runs Quill
   Investigations" -> leaderOf. */
static size_t runs(tsent *s, desc *d, size_t p) {
  size_t q = p + 5;
  if (at(s, q, "her own ") || at(s, q, "his own ") || at(s, q, "their own ")) {
    q = x_find(s->t, q, s->end, ", ");
    if (q == s->end || q - p > 40)
      return p + 5;
    q += 2;
  }
  if (!x_cap_at(s->t, q, s->end))
    return p + 5;
  size_t n;
  skg_eid g = group_at(s, q, &n);
  tie(s, "tie-runs", d->subj, SKG_PRED_LEADER_OF, g, false);
  return q + n;
}

/* Reads a description from p: relation nouns find their objects. */
static void describe(tsent *s, skg_eid subj, size_t p) {
  desc d = {subj, SKG_NONE, SKG_NONE};
  while (p < s->end) {
    skg_pred pr;
    bool inv;
    size_t n;
    if (s->t[p] == ' ' || s->t[p] == ',' || s->t[p] == ';') {
      p++;
      continue;
    }
    if (at(s, p, "One of ") || at(s, p, "one of ")) {
      p = one_of(s, &d, p);
    } else if (at(s, p, "its ") && tie_noun(s, p + 4, &pr, &inv, &n) &&
               group_pred(pr)) {
      tie(s, "tie-its", subj, pr, d.group, false);
      p += 4 + n;
    } else if (at(s, p, "runs ")) {
      p = runs(s, &d, p);
    } else if (at(s, p, "works with ")) { /* "who now works with Hal" */
      skg_eid o[8];
      size_t k = char_list(s, p + 11, o, 8);
      for (size_t j = 0; j < k; j++)
        tie(s, "tie-works-with", subj, SKG_PRED_COLLEAGUE_OF, o[j], false);
      p += 11;
    } else if (x_cap_at(s->t, p, s->end) && (n = x_name_len(s->t, p, s->end))) {
      size_t k = x_possessive_at(s->t, p + n, s->end);
      if (k)
        d.poss = x_character(s->x, s->t + p, n, false);
      p += n + k;
    } else if (tie_noun(s, p, &pr, &inv, &n)) {
      noun_objects(s, &d, pr, inv, p + n);
      p += n;
    } else {
      p = word_end(s, p);
      if (p < s->end && s->t[p] == '.')
        p++;
    }
  }
}

/* A cast list item "Actor as Character[ / Alias]: description". */
static void cast_description(tsent *s) {
  size_t an = x_name_len(s->t, s->a, s->end);
  if (!an || !at(s, s->a + an, " as "))
    return;
  size_t c = s->a + an + 4, colon = x_find(s->t, c, s->end, ": ");
  if (colon == s->end || colon - c > 120)
    return;
  size_t cn = x_find(s->t, c, colon, " / ") - c;
  skg_eid ch = x_lookup(s->x, X_CHARACTER, s->t + c, cn, NULL);
  if (ch != SKG_NONE)
    describe(s, ch, colon + 2);
}

/* The last character named in t[lo..v). */
static skg_eid last_character(tsent *s, size_t lo, size_t v) {
  skg_eid found = SKG_NONE;
  for (size_t p = lo; p < v; p++) {
    if ((p > lo && s->t[p - 1] != ' ') || !x_cap_at(s->t, p, v))
      continue;
    size_t n = x_name_len(s->t, p, v);
    skg_eid e = x_character(s->x, s->t + p, n, false);
    if (e != SKG_NONE &&
        x_lookup(s->x, X_PERSON, s->t + p, n, NULL) == SKG_NONE)
      found = e;
    p += n;
  }
  return found;
}

static tsent tsent_of(x_ctx *x, size_t si) {
  const skg_span *sp = &x->d->sents[si];
  return (tsent){x, si, x->d->text, sp->off, sp->off + sp->len};
}

/* "Hal would act as ... a mentor to Vera Quill": the last character named
   before is the subject. */
static void noun_to(tsent *s) {
  for (size_t v = x_find(s->t, s->a, s->end, " a "); v < s->end;
       v = x_find(s->t, v + 1, s->end, " a ")) {
    skg_pred pr;
    bool inv;
    size_t n;
    if (!tie_noun(s, v + 3, &pr, &inv, &n) || group_pred(pr) ||
        !at(s, v + 3 + n, " to "))
      continue;
    skg_eid o[8];
    size_t k = char_list(s, v + 7 + n, o, 8);
    skg_eid subj = k ? last_character(s, s->a, v) : SKG_NONE;
    for (size_t j = 0; j < k; j++)
      tie(s, "tie-noun-to", subj, pr, o[j], inv);
  }
}

/* "This includes her mentor Hal": Hal is the mentor of the character the
   text is about (the last one named in this or the previous sentence). */
static void pronoun_noun(tsent *s) {
  static const char *const PRON[] = {" her ", " his "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(PRON); i++)
    for (size_t v = x_find(s->t, s->a, s->end, PRON[i]); v < s->end;
         v = x_find(s->t, v + 1, s->end, PRON[i])) {
      skg_pred pr;
      bool inv;
      size_t n, q = v + strlen(PRON[i]);
      if (!tie_noun(s, q, &pr, &inv, &n) || group_pred(pr) ||
          !at(s, q + n, " ") || !x_cap_at(s->t, q + n + 1, s->end))
        continue;
      size_t on = x_name_len(s->t, q + n + 1, s->end);
      skg_eid o = x_character(s->x, s->t + q + n + 1, on, false);
      skg_eid ref = last_character(s, s->a, v);
      if (ref == SKG_NONE && s->si > 0) {
        tsent prev = tsent_of(s->x, s->si - 1);
        ref = last_character(&prev, prev.a, prev.end);
      }
      tie(s, "tie-pronoun", o, pr, ref, inv);
    }
}

/* "Hal fought alongside Vera Quill and Jo Moss" -> allyOf. */
static void alongside(tsent *s) {
  size_t v = x_find(s->t, s->a, s->end, " fought alongside ");
  if (v == s->end)
    v = x_find(s->t, s->a, s->end, " fights alongside ");
  if (v == s->end)
    return;
  size_t p = x_name_before(s->t, s->a, v);
  skg_eid subj = p < v ? x_character(s->x, s->t + p, v - p, false) : SKG_NONE;
  x_span sp[8];
  size_t stop, n = subj != SKG_NONE
                       ? x_name_list(s->t, v + 18, s->end, sp, 8, &stop)
                       : 0;
  for (size_t i = 0; i < n; i++) {
    const char *c = s->t + sp[i].off;
    if (x_lookup(s->x, X_PERSON | X_WORK | X_ORG, c, sp[i].len, NULL) !=
        SKG_NONE)
      continue;
    tie(s, "tie-alongside", subj, SKG_PRED_ALLY_OF,
        x_character(s->x, c, sp[i].len, x_person_like(c, sp[i].len, false)),
        false);
  }
}

/* "... portray Hal and Vera, respectively, both being leaders of the
   Order": the characters just named share the relation. */
static void both_being(tsent *s) {
  size_t v = x_find(s->t, s->a, s->end, ", both being ");
  if (v == s->end)
    return;
  skg_pred pr;
  bool inv;
  size_t n, e = v;
  if (!tie_noun(s, v + 13, &pr, &inv, &n) || !group_pred(pr) ||
      !at(s, v + 13 + n, " of "))
    return;
  if (e > s->a + 14 && memcmp(s->t + e - 14, ", respectively", 14) == 0)
    e -= 14;
  size_t gn;
  skg_eid g = group_at(s, v + 17 + n, &gn);
  for (size_t p = s->a; p < e; p++) {
    if ((p > s->a && s->t[p - 1] != ' ') || !x_cap_at(s->t, p, e))
      continue;
    x_span sp[8];
    size_t stop, k = x_name_list(s->t, p, e, sp, 8, &stop);
    if (stop != e)
      continue;
    for (size_t i = 0; i < k; i++)
      tie(s, "tie-both-being",
          x_character(s->x, s->t + sp[i].off, sp[i].len, false), pr, g, false);
    return;
  }
}

void x_rules_ties(x_ctx *x) {
  for (size_t si = 0; si < x->refs_start; si++) {
    tsent s = tsent_of(x, si);
    cast_description(&s);
    noun_to(&s);
    pronoun_noun(&s);
    alongside(&s);
    both_being(&s);
  }
}
