/* extract_infobox.c: facts straight from infobox fields. A wikitext
     {{Infobox television | starring = {{Plainlist| * [[Jane Roe]] * Tom Ash}}
       | network = [[Northwind TV]] }}
   (or a saved page's infobox table, "Starring" / "Network" rows) says Jane
   Roe and Tom Ash are cast members and Northwind TV the network of the
   article's work. Values come one item a line, links already replaced by
   their targets (read_wiki.c, read_html.c). The evidence is the field
   itself: the text of the article does not hold it. */
#include "extract_infobox.h"

#include "buf.h"
#include "graph.h"
#include "lexicon.h"
#include "table.h"
#include "vocab.h"
#include "xliterals.h"
#include "xrules.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* What a field states (data/infobox_fields.tsv): pred of the work, with
   items of type; castMember a performance. */
typedef struct {
  skg_pred pred;
  skg_ent type;
} field_rule;

bool skg_infobox_field_rule(const char *key, skg_pred *pred, skg_ent *type) {
  const char *v = skg_lex_get(SKG_LEX_INFOBOX_FIELDS, key, strlen(key));
  const char *tab = v ? strchr(v, '\t') : NULL;
  return tab && skg_pred_from_span(v, (size_t)(tab - v), pred) &&
         skg_ent_from_name(tab + 1, type);
}

/* Infobox templates of works, and the type of the work. */
static bool work_infobox(const char *name, skg_ent *type) {
  static const struct {
    const char *name;
    skg_ent type;
  } KINDS[] = {{"infobox film", SKG_ENT_FILM},
               {"infobox television", SKG_ENT_SERIES},
               {"infobox tv", SKG_ENT_SERIES},
               {"infobox television series", SKG_ENT_SERIES},
               {"infobox film series", SKG_ENT_FILM},
               /* lines of an infobox in plain text (read_flat.c) */
               {"flat film", SKG_ENT_FILM},
               {"flat television", SKG_ENT_SERIES}};
  for (size_t i = 0; name && i < SKG_ARRAY_LEN(KINDS); i++) {
    size_t k = strlen(KINDS[i].name);
    if (strncasecmp(name, KINDS[i].name, k) == 0 && !name[k]) {
      *type = KINDS[i].type;
      return true;
    }
  }
  return false;
}

/* Narrows s[*a..*e) to one item: no edge spaces, no sub-label
   ("Score: Jane Roe"; a sub-label alone is no item), no trailing note in
   parentheses ("Jane Roe (season 1)"), no trailing footnote marker. */
static void clean_item(const char *s, size_t *a, size_t *e) {
  static const char *const DASHES[] = {"\xe2\x80\x93", "\xe2\x80\x94", "-"};
  while (*a < *e && isspace((unsigned char)s[*a]))
    (*a)++;
  /* a crew line "Producer \xe2\x80\x93 Jane Roe": the dash is no part of the name */
  for (size_t k = 0; k < SKG_ARRAY_LEN(DASHES); k++) {
    size_t n = strlen(DASHES[k]);
    if (*e - *a > n && strncmp(s + *a, DASHES[k], n) == 0 &&
        isspace((unsigned char)s[*a + n])) {
      *a += n;
      while (*a < *e && isspace((unsigned char)s[*a]))
        (*a)++;
      break;
    }
  }
  for (size_t i = *a, words = 1; i < *e && words <= 3 && s[i] != '('; i++) {
    if (s[i] == ':') {
      *a = i + 1;
      while (*a < *e && isspace((unsigned char)s[*a]))
        (*a)++;
      break;
    }
    words += s[i] == ' ';
  }
  while (*e > *a && (isspace((unsigned char)s[*e - 1]) || s[*e - 1] == ','))
    (*e)--;
  while (*e > *a && s[*e - 1] == ']') { /* "Jane Roe[1]", "[note 2]" */
    size_t p = *e - 1;
    while (p > *a && s[p] != '[' && *e - p < 16)
      p--;
    if (s[p] != '[' || p == *a)
      break;
    *e = p;
    while (*e > *a && isspace((unsigned char)s[*e - 1]))
      (*e)--;
  }
  if (*e > *a && s[*e - 1] == ')') {
    size_t p = *e;
    while (p > *a && s[p - 1] != '(')
      p--;
    if (p > *a + 1) {
      *e = p - 1;
      while (*e > *a && isspace((unsigned char)s[*e - 1]))
        (*e)--;
    }
  }
}

/* True when v[i..) is ", Jr." or another generational suffix that
   belongs to the name before the comma ("Lorenzo Semple, Jr."). */
static bool name_suffix_at(const char *v, size_t i) {
  static const char *const SUFFIXES[] = {"Jr.", "Jr", "Sr.", "Sr",
                                         "II",  "III", "IV"};
  if (v[i] != ',' || v[i + 1] != ' ')
    return false;
  const char *w = v + i + 2;
  for (size_t k = 0; k < SKG_ARRAY_LEN(SUFFIXES); k++) {
    size_t n = strlen(SUFFIXES[k]);
    if (strncmp(w, SUFFIXES[k], n) == 0 &&
        (!w[n] || w[n] == '\n' || w[n] == ',' || w[n] == ' ' || w[n] == '('))
      return true;
  }
  return false;
}

/* Values that fill a field without naming anyone ("Various", "TBA";
   data/infobox_placeholders.txt): a one-word person name is accepted
   here, so these must be refused. */
static bool placeholder(const char *s, size_t n) {
  return skg_lex_has(SKG_LEX_INFOBOX_PLACEHOLDERS, s, n);
}

static void add_item(x_ctx *x, const field_rule *r, const char *s, size_t n,
                     const skg_evidence *ev) {
  unsigned char c = n ? (unsigned char)s[0] : 0;
  bool company = r->type == SKG_ENT_COMPANY;
  if (!n || n > 100 || !(isupper(c) || c >= 0x80 || (company && isdigit(c))) ||
      placeholder(s, n))
    return; /* "See below", a sentence, an empty line, "Various" */
  skg_eid e;
  if (company) {
    e = x_entity(x, SKG_ENT_COMPANY, s, n);
  } else {
    /* An infobox names people by the one name many are known by
       ("Ilaiyaraaja"), so one word is enough here. */
    size_t core = n; /* "Orrin Platt, Jr.": the name is tested without
                        its suffix, whose full stop is not a stray one */
    for (size_t i = 0; i + 1 < n; i++)
      if (name_suffix_at(s, i))
        core = i;
    if (!x_person_like(s, core, true))
      return;
    e = x_entity(x, r->type, s, n);
  }
  if (e == SKG_NONE)
    return;
  if (r->pred == SKG_PRED_CAST_MEMBER)
    skg_graph_add_performance(x->g, e, SKG_NONE, x->subject, ev);
  else
    skg_graph_add_fact(x->g, x->subject, r->pred, e, ev);
}

/* Length of a separator between two people at v[i] (", ", " and ",
   " & "; not the comma of "Lorenzo Semple, Jr."), or 0. */
static size_t people_sep(const char *v, size_t i) {
  static const char *const SEPS[] = {", and ", ", ", " and ", " & "};
  for (size_t k = 0; k < SKG_ARRAY_LEN(SEPS); k++) {
    size_t n = strlen(SEPS[k]);
    if (strncmp(v + i, SEPS[k], n) == 0)
      return k == 1 && name_suffix_at(v, i) ? 0 : n;
  }
  return 0;
}

/* Length of a separator between two companies at v[i] (", ": "[[Northwind
   TV|NTV]], [[Harbor TV|HTV]]"), or 0; not the comma before a legal form
   that ends the name ("Northfield Productions, Inc."), a word of
   company_suffixes.txt alone up to the next comma or line. */
static size_t company_sep(const char *v, size_t i, size_t n) {
  const size_t k = strlen(", ");
  if (i + k >= n || strncmp(v + i, ", ", k) != 0)
    return 0;
  size_t w = i + k, e = w;
  while (e < n && v[e] != ' ' && v[e] != ',' && v[e] != '\n')
    e++;
  bool last = e >= n || v[e] == ',' || v[e] == '\n';
  return last && skg_lex_has(SKG_LEX_COMPANY_SUFFIXES, v + w, e - w) ? 0 : k;
}

/* One field: an item a line; people's fields may also list "A, B" or
   "A and B". */
static void field(x_ctx *x, const field_rule *r, const skg_field *f) {
  if (!f->len)
    return; /* every reader's field has its line in the text (doc.c) */
  bool flat = x->d->infobox && strncmp(x->d->infobox, "flat ", 5) == 0;
  skg_evidence ev = x_evidence(x, x_sent_at(x, f->off),
                               flat ? "infobox-lines" : "infobox");
  const char *v = f->value;
  size_t n = strlen(v);
  for (size_t a = 0; a < n;) {
    size_t e = a;
    int paren = 0; /* "Jane Roe (1, 3)": the comma is the note's */
    size_t sep = 1;
    for (; e < n && v[e] != '\n'; e++) {
      paren += (v[e] == '(') - (v[e] == ')');
      if (paren <= 0 && (sep = r->type == SKG_ENT_COMPANY ? company_sep(v, e, n)
                                                          : people_sep(v, e)))
        break;
      sep = 1;
    }
    size_t next = e + sep, ia = a;
    clean_item(v, &ia, &e);
    add_item(x, r, v + ia, e - ia, &ev);
    a = next;
  }
}

/* A work named after the page title without its disambiguation
   ("Night Ledger (TV series)" -> "Night Ledger"). */
static skg_eid title_work(x_ctx *x, skg_ent type) {
  const char *t = x->d->title;
  size_t n = t ? strlen(t) : 0;
  const char *paren = t ? strrchr(t, '(') : NULL;
  if (paren && paren > t + 1 && paren[-1] == ' ' && t[n - 1] == ')')
    n = (size_t)(paren - 1 - t);
  return n ? x_entity(x, type, t, n) : SKG_NONE;
}

/* The fields that name people and companies. */
static void infobox_facts(x_ctx *x) {
  const skg_doc *d = x->d;
  skg_ent type;
  if (!d->nfields)
    return;
  if (x->subject == SKG_NONE && work_infobox(d->infobox, &type)) {
    x->subject = title_work(x, type);
    x->subject_type = type;
  }
  if (x->subject == SKG_NONE)
    return;
  for (size_t i = 0; i < d->nfields; i++) {
    field_rule r;
    if (skg_infobox_field_rule(d->fields[i].key, &r.pred, &r.type))
      field(x, &r, &d->fields[i]);
  }
}

void x_rules_infobox(x_ctx *x) {
  infobox_facts(x);
  x_rules_literals(x); /* the values: dates, running time, counts */
}

bool skg_extract_is_work(const skg_doc *d) {
  skg_ent type;
  if (work_infobox(d->infobox, &type))
    return true;
  /* Run the lead rule alone on a scratch graph, over every sentence. */
  skg_graph *g = skg_graph_new();
  x_ctx x;
  x_ctx_init_scratch(&x, g, d);
  x.refs_start = d->nsents;
  x_rules_lead(&x);
  skg_ent t = x.subject != SKG_NONE ? skg_graph_type(x.g, x.subject)
                                    : SKG_ENT_COUNT;
  x_ctx_free(&x);
  skg_graph_free(g);
  return t == SKG_ENT_SERIES || t == SKG_ENT_FILM;
}
