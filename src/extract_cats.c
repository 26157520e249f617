/* extract_cats.c: the categories of a Wikipedia page kept in its text
   ("Category:Films directed by Ann Roe", "Category:Northfield Pictures
   films", a web copy's "Categories: A | B" line, a saved page's bare
   category lines). A category is about the page itself, so each one that names a
   maker credits the article's own work. The phrases are data
   (data/categories.tsv). */
#include "lexicon.h"
#include "xrules.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#define CATEGORY "Category:"
#define STUDIO_MARK '=' /* categories.tsv: a distributing studio's name */
#define STUDIO_NAME_MAX 80
#define CATEGORIES "Categories:"

/* A category's text without a trailing qualifier: "Films scored by Ann Roe
   (composer)" ends before " (composer)". */
static size_t category_end(const char *t, size_t a, size_t e) {
  while (e > a && isspace((unsigned char)t[e - 1]))
    e--;
  if (e > a && t[e - 1] == ')')
    for (size_t q = e - 1; q > a; q--)
      if (t[q] == '(' && t[q - 1] == ' ')
        return q - 1;
  return e;
}

/* Position of phrase ph (lower case) in t[a..e) as whole words, ignoring
   case; e when absent. */
static size_t find_phrase(const char *t, size_t a, size_t e, const char *ph) {
  size_t n = strlen(ph);
  /* word by word, and the first byte turns most words away before a
     call: every category line is asked for every phrase */
  for (size_t p = a; p + n <= e;) {
    if (tolower((unsigned char)t[p]) == tolower((unsigned char)ph[0]) &&
        strncasecmp(t + p, ph, n) == 0 && (p + n == e || t[p + n] == ' '))
      return p;
    const char *sp = memchr(t + p, ' ', e - p);
    if (!sp)
      break;
    p = (size_t)(sp - t) + 1;
  }
  return e;
}

static void credit(x_ctx *x, size_t si, skg_pred pr, const char *t, size_t p,
                   size_t n) {
  if (pr == SKG_PRED_PRODUCER && x_company_like(t + p, n))
    pr = SKG_PRED_PRODUCTION_COMPANY; /* "Films produced by A Pictures" */
  bool org = pr == SKG_PRED_PRODUCTION_COMPANY || pr == SKG_PRED_NETWORK;
  skg_eid e = x_lookup(x, org ? X_ORG : X_PERSON, t + p, n, NULL);
  /* A category names one maker in full; one-word names ("Ilaiyaraaja")
     are common among them. */
  if (e == SKG_NONE && org)
    e = x_entity(x, SKG_ENT_COMPANY, t + p, n);
  else if (e == SKG_NONE && x_person_like(t + p, n, true))
    e = x_entity(x, SKG_ENT_PERSON, t + p, n);
  if (e == SKG_NONE)
    return;
  skg_evidence ev = x_evidence(x, si, "crew-category");
  skg_graph_add_fact(x->g, x->subject, pr, e, &ev);
}

static bool distributing_studio(const char *t, size_t p, size_t n);
static bool named_as_maker(const x_ctx *x, const char *t, size_t p, size_t n);

/* "Films directed by Ann Roe": the name runs to the end of the category. */
static bool by_phrase(x_ctx *x, size_t si, const char *t, size_t a, size_t e,
                      const skg_lex_entry *l) {
  size_t p = find_phrase(t, a, e, l->key);
  skg_pred pr;
  /* the row's predicate only once its phrase is there: most lines hold
     none */
  if (p == e || p + strlen(l->key) + 1 >= e ||
      !skg_pred_from_name(l->value, &pr))
    return false;
  size_t q = p + strlen(l->key) + 1;
  size_t n = x_name_len(t, q, e);
  if (q + n != e) /* "Warner Bros. Television Studios" */
    n = x_org_len(t, q, e);
  if (q + n != e)
    return false;
  bool co = x_company_like(t + q, n);
  if (pr == SKG_PRED_PRODUCTION_COMPANY ? !co
                                        : co && pr != SKG_PRED_PRODUCER)
    return false;
  /* "Television series by Buena Vista Television": a syndicator's
     category lists the series it sold as well as those it made */
  if (pr == SKG_PRED_PRODUCTION_COMPANY && distributing_studio(t, q, n) &&
      !named_as_maker(x, t, q, n))
    return true; /* read, but not evidence enough */
  credit(x, si, pr, t, q, n);
  return true;
}

/* Copies the studio name t[p..p+n) into name (STUDIO_NAME_MAX + 1 bytes)
   as a C string, the needle x_find takes; false when it is too long. */
static bool studio_name(char *name, const char *t, size_t p, size_t n) {
  if (n > STUDIO_NAME_MAX)
    return false;
  memcpy(name, t + p, n);
  name[n] = '\0';
  return true;
}

/* A test of one prose sentence t[a..e) against a studio's name (n bytes,
   a C string). */
typedef bool prose_test(const char *t, size_t a, size_t e, const char *name,
                        size_t n);

/* True when test holds for one sentence of the prose before the
   references and the studio name t[p..p+n): the one walk over the prose
   that named_as_maker() and credited_by() share. */
static bool some_prose_sentence(const x_ctx *x, const char *t, size_t p,
                                size_t n, prose_test *test) {
  char name[STUDIO_NAME_MAX + 1];
  if (!studio_name(name, t, p, n))
    return false;
  const skg_doc *d = x->d;
  for (size_t si = 0; si < x->refs_start && si < d->nsents; si++) {
    size_t a = d->sents[si].off, e = a + d->sents[si].len;
    if (test(d->text, a, e, name, n))
      return true;
  }
  return false;
}

/* The sentence t[a..e) names the company and is about making
   ("produced", "production", "co-producer"): lower case only, so an
   award row's "Outstanding Production" is no such sentence. */
static bool makes_with_name(const char *t, size_t a, size_t e, const char *name,
                            size_t n) {
  (void)n;
  return x_find(t, a, e, name) < e && x_find(t, a, e, "produc") < e;
}

/* True when the prose (before the references) names the company
   t[p..p+n) in a sentence about making. */
static bool named_as_maker(const x_ctx *x, const char *t, size_t p, size_t n) {
  return some_prose_sentence(x, t, p, n, makes_with_name);
}

#define BY_LIST_REACH 48 /* bytes from a credit's "by" to a name in its list */

/* True when t[b..p) holds only the names of a credit list: capitalised
   words, possessives, commas, "and" ("Ann Roe, Hong Kong's "). */
static bool names_only(const char *t, size_t b, size_t p) {
  for (size_t q = b; q < p; q++)
    if ((q == b || t[q - 1] == ' ') && islower((unsigned char)t[q]) &&
        !x_at(t, q, p, "and "))
      return false;
  return true;
}

/* The sentence t[a..e) names the studio in the list after a making
   verb's "by" ("produced by Hong Kong's Lark Harvest", "co-produced by Ann
   Roe and Lark Harvest"). */
static bool by_list_with_name(const char *t, size_t a, size_t e,
                              const char *name, size_t n) {
  static const char *const CUES[] = {"produced by ", "financed by "};
  for (size_t k = 0; k < SKG_ARRAY_LEN(CUES); k++)
    for (size_t c = x_find(t, a, e, CUES[k]); c < e;
         c = x_find(t, c + 1, e, CUES[k])) {
      size_t b = c + strlen(CUES[k]);
      size_t z = e < b + BY_LIST_REACH ? e : b + BY_LIST_REACH;
      size_t q = x_find(t, b, z, name);
      /* "produced by Hong Kong's Lark Harvest": a name with a
         possessive owns or places the credited company */
      if (q < z && names_only(t, b, q) && !x_possessive_at(t, q + n, e))
        return true;
    }
  return false;
}

/* True when the prose (before the references) names t[p..p+n) in the
   list after a making verb's "by". */
static bool credited_by(const x_ctx *x, const char *t, size_t p, size_t n) {
  return some_prose_sentence(x, t, p, n, by_list_with_name);
}

/* "Lark Harvest films": a studio name without a company suffix credits
   the work when the prose credits it too, and the text does not know it
   as someone else. */
static bool suffixless_studio(x_ctx *x, const char *t, size_t p, size_t n) {
  return x_lookup(x, X_PERSON | X_WORK | X_CHARACTER, t + p, n, NULL) ==
             SKG_NONE &&
         credited_by(x, t, p, n);
}

/* A studio that distributes far more films than it makes (data
   categories.tsv, "=Name" lines): its "Name films" category lists both,
   so it credits a maker only when the prose also names it as one. */
static bool distributing_studio(const char *t, size_t p, size_t n) {
  char key[1 + STUDIO_NAME_MAX]; /* STUDIO_MARK and the name */
  if (n > STUDIO_NAME_MAX)
    return false;
  key[0] = STUDIO_MARK;
  memcpy(key + 1, t + p, n);
  return skg_lex_has(SKG_LEX_CATEGORIES, key, n + 1);
}

/* "Northfield Pictures films", "Zeta network shows": the whole name before
   the tail, a company (or a network) by its own name. */
static bool tail_phrase(x_ctx *x, size_t si, const char *t, size_t a, size_t e,
                        const skg_lex_entry *l) {
  const char *tail = l->key + 1;
  size_t k = strlen(tail);
  skg_pred pr;
  /* a name of one byte or more, a space, the tail */
  if (e <= a + k + 1 || t[e - k - 1] != ' ' ||
      strncasecmp(t + e - k, tail, k) != 0 ||
      !skg_pred_from_name(l->value, &pr))
    return false;
  size_t n = e - k - 1 - a, m = x_org_len(t, a, e);
  if (m != n && !(m + 1 == n && t[a + m] == '.')) /* "Warner Bros." */
    return false;
  bool ok = pr == SKG_PRED_NETWORK ? x_network_like(t + a, n)
                                   : x_company_like(t + a, n) ||
                                         suffixless_studio(x, t, a, n);
  if (ok && distributing_studio(t, a, n) && !named_as_maker(x, t, a, n))
    return true; /* read, but not evidence enough */
  if (ok)
    credit(x, si, pr, t, a, n);
  return ok;
}

/* One category's text t[a..e): a phrase ending in "by" and a name, or
   (when tails is set) a company or network name and a tail ("films").
   Returns true when it credited someone. */
static bool category_text(x_ctx *x, size_t si, const char *t, size_t a,
                          size_t e, bool tails) {
  e = category_end(t, a, e);
  const skg_lexicon *lex = &SKG_LEXICONS[SKG_LEX_CATEGORIES];
  /* The longest phrase first would need sorting; a category holds one
     "by", so the first phrase that reads a whole name wins. */
  for (size_t i = 0; i < lex->n; i++) {
    const skg_lex_entry *l = &lex->v[i];
    if (l->key[0] == STUDIO_MARK || (l->key[0] == '-' && !tails))
      continue;
    if (l->key[0] == '-' ? tail_phrase(x, si, t, a, e, l)
                         : by_phrase(x, si, t, a, e, l))
      return true;
  }
  return false;
}

/* The end of the line that holds t[a]: the sentence splitter may have cut
   a category after an abbreviation ("Category:Warner Bros. films"). */
static size_t line_end(const skg_doc *d, size_t a) {
  const char *nl = memchr(d->text + a, '\n', d->len - a);
  return nl ? (size_t)(nl - d->text) : d->len;
}

/* True when sentence si is a line of its own. */
static bool whole_line(const skg_doc *d, size_t si) {
  const char *t = d->text;
  size_t a = d->sents[si].off, e = a + d->sents[si].len;
  while (a > 0 && t[a - 1] == ' ')
    a--;
  while (e < d->len && t[e] == ' ')
    e++;
  return (a == 0 || t[a - 1] == '\n') && (e == d->len || t[e] == '\n');
}

/* A page's categories in the three forms the text keeps them in: the
   "Category:X" lines of a plain-text dump, a web copy's "Categories: X |
   Y | Z" line, and the bare lines of a saved page's category list
   ("Films directed by Ann Roe"); a bare line is read only for a phrase
   with "by", since "Lark Pictures films" alone could be any line. */
static void category(x_ctx *x, size_t si) {
  const skg_span *s = &x->d->sents[si];
  const char *t = x->d->text;
  size_t a = s->off, e = s->off + s->len;
  if (x_at(t, a, e, CATEGORY)) {
    category_text(x, si, t, a + strlen(CATEGORY), line_end(x->d, a), true);
  } else if (x_at(t, a, e, CATEGORIES)) {
    e = line_end(x->d, a);
    for (size_t p = x_skip_space(t, a + strlen(CATEGORIES), e), q; p < e;
         p = q + strlen(" | ")) {
      q = x_find(t, p, e, " | ");
      category_text(x, si, t, p, q, true);
    }
  } else if (e > a && t[e - 1] != '.' && whole_line(x->d, si)) {
    category_text(x, si, t, a, e, false);
  }
}

void x_rules_categories(x_ctx *x) {
  if (x->subject == SKG_NONE)
    return;
  for (size_t si = 0; si < x->d->nsents; si++)
    category(x, si);
}
