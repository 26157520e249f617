/* extract_types.c: names whose kind the context tells, even when no fact
   links them: members of a list whose other members are known companies
   or characters, names after a class noun ("the analytics firm Quark"),
   names with a company suffix, labels that released a record, and the
   eponymous team an article's characters form. Runs last, when the other
   families have introduced the names it compares against. */
#include "extract_lead_words.h"
#include "lexicon.h"
#include "xrules.h"

#include <ctype.h>
#include <string.h>

enum { MAX_LIST = 16 };

/* True when any class already knows s[0..n), or it is a well-known
   network. The graph is asked too: the reference list makes its authors
   people without naming them in the text's name table, and a critic
   named there is not also a company. */
static bool known(const x_ctx *x, const char *s, size_t n) {
  if (x_network_like(s, n))
    return true;
  for (unsigned c = 0; c < SKG_CLASS_COUNT; c++)
    if (x_lookup(x, 1u << c, s, n, NULL) != SKG_NONE ||
        skg_graph_find(x->g, (skg_class)c, s, n) != SKG_NONE)
      return true;
  return false;
}

/* True when the gap t[a..b) between two list members holds a conjunction. */
static bool joined_gap(const char *t, size_t a, size_t b) {
  for (size_t i = a; i + 1 < b; i++)
    if (t[i] == '&' || x_at(t, i, b, "and"))
      return true;
  return false;
}

/* True when the list v[0..n) ends with a conjunction ("A, B and C", "A
   and B") and no earlier gap has one. "Streamline Pictures, Ann Roe said
   ..." is a clause after a phrase, not a list, and gives its names no
   kind; "for Studio Kestrel and Cy Dee and Eve Marr for the BBC" chains
   two credit groups, so a company ending one says nothing of the people
   opening the next. */
static bool joined_list(const char *t, const x_span *v, size_t n) {
  for (size_t i = 1; i + 1 < n; i++)
    if (joined_gap(t, v[i - 1].off + v[i - 1].len, v[i].off))
      return false;
  return joined_gap(t, v[n - 2].off + v[n - 2].len, v[n - 1].off);
}

/* The type a known list member gives its unknown neighbours: Company or
   Character; SKG_ENT_COUNT for anything else. */
static skg_ent list_kind(const x_ctx *x, const char *s, size_t n) {
  skg_eid e = x_lookup(x, X_ORG, s, n, NULL);
  if ((e != SKG_NONE && skg_graph_type(x->g, e) == SKG_ENT_COMPANY) ||
      (e == SKG_NONE && x_network_like(s, n)))
    return SKG_ENT_COMPANY;
  if (x_lookup(x, X_CHARACTER, s, n, NULL) != SKG_NONE &&
      x_lookup(x, X_PERSON | X_WORK | X_ORG, s, n, NULL) == SKG_NONE)
    return SKG_ENT_CHARACTER;
  return SKG_ENT_COUNT;
}

/* Words that start many capitalised phrases that are not names. */
static bool weak_start(const char *s, size_t n) {
  size_t w = 0;
  while (w < n && s[w] != ' ')
    w++;
  return skg_lex_has(SKG_LEX_NOT_NAMES, s, w) ||
         skg_lex_has(SKG_LEX_MONTHS, s, w);
}

/* True when the last word of the two-or-more-word name s[0..n) stands
   alone somewhere in the prose ("Kubrick decided ..."): people are called
   by their surname, companies are not called by their last word. */
static bool surname_used(x_ctx *x, const char *s, size_t n) {
  size_t w = n;
  while (w > 0 && s[w - 1] != ' ')
    w--;
  return w && n - w >= 3 && x_word_alone(x, s + w, n - w);
}

/* "Netflix, Quark, and Zeta Media expressing interest": when every known
   member of a list is of the kind wanted (Company or Character), the
   unknown members are of that kind too. */
static void type_list(x_ctx *x, size_t si, const x_span *v, size_t n,
                      skg_ent kind) {
  const char *t = x->d->text;
  size_t nknown = 0;
  if (!joined_list(t, v, n))
    return;
  for (size_t i = 0; i < n; i++) {
    if (!known(x, t + v[i].off, v[i].len))
      continue;
    if (list_kind(x, t + v[i].off, v[i].len) != kind)
      return;
    nknown++;
  }
  if (!nknown)
    return;
  for (size_t i = 0; i < n; i++) {
    const char *s = t + v[i].off;
    if (x_network_like(s, v[i].len))
      x_entity(x, SKG_ENT_COMPANY, s, v[i].len);
    if (known(x, s, v[i].len) || weak_start(s, v[i].len))
      continue;
    if (kind == SKG_ENT_CHARACTER) {
      if (!x_person_like(s, v[i].len, true))
        continue;
      skg_evidence ev = x_evidence(x, si, "list-kind");
      x_nickname_aliases(x, x_character(x, s, v[i].len, true), s, v[i].len,
                         &ev);
    } else if (!x_person_like(s, v[i].len, false) ||
               !surname_used(x, s, v[i].len)) {
      /* "filed by Ann Roe and Zeta Pictures", where the text says "Roe
         decided": Ann Roe is a person, not a company */
      x_entity(x, kind, s, v[i].len);
    }
  }
}

/* A name can start at p: at the sentence start, after a space, an opening
   parenthesis or a colon ("Category:Zeta Films"), or after a period that
   ends a word with no space after it ("Roe.Zeta Films", a lost break). */
static bool name_start(const char *t, size_t a, size_t p) {
  if (p == a || t[p - 1] == ' ' || t[p - 1] == '(' || t[p - 1] == ':')
    return true;
  size_t dot = p - 1;
  return t[dot] == '.' && dot > a && islower((unsigned char)t[dot - 1]);
}

/* True when the word before p is a small number ("the 50 Greatest
   Movies"): a ranked list, not a company. A year ("In 1994 Zeta Films
   ...") is not. */
static bool after_number(const char *t, size_t a, size_t p) {
  if (p <= a || t[p - 1] != ' ') /* a space at a has no digits before it */
    return false;
  size_t q = p - 1, digits = 0;
  while (q > a && isdigit((unsigned char)t[q - 1]))
    q--, digits++;
  return digits && digits < 4 && (q == a || t[q - 1] == ' ');
}

static void lists_in(x_ctx *x, size_t si) {
  const skg_span *s = &x->d->sents[si];
  const char *t = x->d->text;
  size_t end = s->off + s->len;
  for (size_t p = s->off; p < end; p++) {
    if (!x_cap_at(t, p, end) || !name_start(t, s->off, p))
      continue;
    /* Company names may hold small words ("Nine and a Half Fingers,
       Inc."), so companies are read as an organisation list. */
    x_span v[MAX_LIST];
    size_t stop, n = x_org_list(t, p, end, v, MAX_LIST, &stop);
    if (n >= 2)
      type_list(x, si, v, n, SKG_ENT_COMPANY);
    size_t stop2, n2 = x_name_list(t, p, end, v, MAX_LIST, &stop2);
    if (n2 >= 2)
      type_list(x, si, v, n2, SKG_ENT_CHARACTER);
    /* Move past what was read, so a long run of capitals is read once. */
    size_t k = x_name_len(t, p, end);
    stop = stop > stop2 ? stop : stop2;
    p = (stop > p + k ? stop : p + k) - 1;
  }
}

/* "the marketing analytics firm Quark", "the visual effects company Zeta":
   a class noun, then the name. */
static const char *const FIRM_NOUNS[] = {
    "firm ",     "company ", "studio ",      "label ",
    "vendor ",   "agency ",  "distributor ", "broadcaster ",
    "startup ",  "publisher "};

static void firm_nouns_in(x_ctx *x, size_t si) {
  const skg_span *s = &x->d->sents[si];
  const char *t = x->d->text;
  size_t end = s->off + s->len;
  for (size_t i = 0; i < SKG_ARRAY_LEN(FIRM_NOUNS); i++) {
    size_t nl = strlen(FIRM_NOUNS[i]);
    for (size_t p = x_find(t, s->off, end, FIRM_NOUNS[i]); p < end;
         p = x_find(t, p + nl, end, FIRM_NOUNS[i])) {
      if (p > s->off && isalpha((unsigned char)t[p - 1]))
        continue;
      size_t k = x_org_len(t, p + nl, end);
      if (k && !known(x, t + p + nl, k) && !weak_start(t + p + nl, k))
        x_entity(x, SKG_ENT_COMPANY, t + p + nl, k);
    }
  }
}

/* Suffix names ("Hargate Costumes", "Zeta Records") are companies, but
   award categories ("Best Original Music") are not. */
static bool award_like(const char *s, size_t n) {
  static const char *const AWARD[] = {"Best ", "Outstanding ", "Original "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(AWARD); i++)
    if (n > strlen(AWARD[i]) && memcmp(s, AWARD[i], strlen(AWARD[i])) == 0)
      return true;
  return false;
}

/* True when the name at p follows a possessive ("Lion's Gate Films",
   "Kiki's Delivery Service"): the name may begin before it, so the part
   after it is no name of its own. */
static bool after_possessive(const char *t, size_t a, size_t p) {
  static const char *const ENDS[] = {"'s ", "\xE2\x80\x99s ", "s' "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(ENDS); i++) {
    size_t k = strlen(ENDS[i]);
    if (xc_ends(t, a + 1, p, ENDS[i], k)) /* a byte before it at least */
      return true;
  }
  return false;
}

static void suffixes_in(x_ctx *x, size_t si) {
  const skg_span *s = &x->d->sents[si];
  const char *t = x->d->text;
  size_t end = s->off + s->len;
  for (size_t p = s->off; p < end; p++) {
    if (!(x_cap_at(t, p, end) || isdigit((unsigned char)t[p])) ||
        !name_start(t, s->off, p))
      continue;
    size_t k = x_org_len(t, p, end); /* "20th Century Fox" starts with 2 */
    if (!k)
      continue;
    const char *n = t + p;
    /* by its suffix only: a bare "Studio Kestrel" (company_openers.txt)
       stays untyped here, as a credit still makes it a company */
    if (x_company_suffixed(n, k) && !known(x, n, k) && !weak_start(n, k) &&
        !award_like(n, k) && x_work_name_ok(n, k) && /* no festival */
        !x_institution_like(n, k) && /* "Visual Effects Society ..." */
        !after_number(t, s->off, p) && !after_possessive(t, s->off, p) &&
        (p + k >= end || t[p + k] != '\''))
      x_entity(x, SKG_ENT_COMPANY, n, k);
    p += k;
  }
}

/* "released digitally by Zeta Records and Quark Music": whoever releases
   or distributes is a company. */
static void releasers_in(x_ctx *x, size_t si) {
  static const char *const VERBS[] = {"released ", "distributed ",
                                      "issued "};
  const skg_span *s = &x->d->sents[si];
  const char *t = x->d->text;
  size_t end = s->off + s->len;
  for (size_t i = 0; i < SKG_ARRAY_LEN(VERBS); i++) {
    size_t p = x_find(t, s->off, end, VERBS[i]);
    if (p == end)
      continue;
    size_t by = x_find(t, p, end, " by ");
    if (by == end || by - p > 40)
      continue;
    x_span v[MAX_LIST];
    size_t stop;
    size_t n = x_org_list(t, by + XC_LEN(" by "), end, v, MAX_LIST, &stop);
    /* neither a person nor a state ("issued by the United States") */
    for (size_t j = 0; j < n; j++)
      if (!known(x, t + v[j].off, v[j].len) &&
          !x_person_like(t + v[j].off, v[j].len, false) &&
          !x_institution_like(t + v[j].off, v[j].len))
        x_entity(x, SKG_ENT_COMPANY, t + v[j].off, v[j].len);
  }
}

/* The team named after the work: "Quill, Hale, and Rook, who form the
   eponymous superhero team" in an article titled "The Night Watch" makes
   the three characters members of the group "The Night Watch". */
static const char *const EPONYMOUS[] = {"who form the eponymous ",
                                        "who make up the eponymous ",
                                        "forming the eponymous "};

/* The article's title without a brand possessive ("Studio's Title"). */
static bool group_name(const x_ctx *x, x_span *out) {
  const skg_span *s = &x->d->sents[0];
  const char *t = x->d->text;
  size_t end = s->off + s->len;
  size_t cop = x_find(t, s->off, end, " is ");
  if (cop == end)
    return false;
  size_t a = s->off;
  for (size_t i = a; i + XC_LEN("'s ") < cop; i++) {
    size_t k = x_possessive_at(t, i, cop);
    if (k && t[i + k] == ' ' && x_cap_at(t, i + k + 1, cop)) {
      a = i + k + 1;
      break;
    }
  }
  *out = (x_span){a, cop - a};
  return cop > a;
}

static void eponymous_in(x_ctx *x, size_t si) {
  const skg_span *s = &x->d->sents[si];
  const char *t = x->d->text;
  size_t end = s->off + s->len;
  x_span g;
  for (size_t i = 0; i < SKG_ARRAY_LEN(EPONYMOUS); i++) {
    size_t p = x_find(t, s->off, end, EPONYMOUS[i]);
    size_t lo = p - XC_LEN(", "); /* the comma before "who" */
    if (p == end || p < XC_LEN(", ") || t[lo] != ',' || !group_name(x, &g))
      continue;
    /* The list ends at the comma before "who"; find where it starts. */
    size_t a = lo;
    while (a > s->off && t[a - 1] != ':' && t[a - 1] != ';' &&
           !(t[a - 1] == ' ' && a >= 2 && islower((unsigned char)t[a]) &&
             t[a] != 'a'))
      a--;
    x_span v[MAX_LIST];
    size_t stop = a, n = 0;
    for (size_t q = a; q < lo && !n; q++)
      if (x_cap_at(t, q, lo) && name_start(t, s->off, q))
        n = x_name_list(t, q, lo, v, MAX_LIST, &stop);
    if (n < 2 || stop != lo)
      continue;
    skg_evidence ev = x_evidence(x, si, "eponymous-team");
    skg_eid grp = x_entity(x, SKG_ENT_GROUP, t + g.off, g.len);
    for (size_t j = 0; j < n; j++)
      skg_graph_add_fact(x->g, x_character(x, t + v[j].off, v[j].len, false),
                         SKG_PRED_MEMBER_OF, grp, &ev);
  }
}

void x_rules_types(x_ctx *x) {
  for (size_t si = 0; si < x->refs_start; si++) {
    eponymous_in(x, si);
    lists_in(x, si);
    firm_nouns_in(x, si);
    suffixes_in(x, si);
    releasers_in(x, si);
  }
}
