/* extract_lead_makers_cowrite.c: "directed by Ann Roe from a screenplay
   he co-wrote with Bo Li", a common way of a film's lead to say that the
   director wrote it with others: the partners after "with" are writers,
   and so is the maker the pronoun stands for, the person named right
   before "from a screenplay". Read by makers() of extract_lead_makers.c
   in the sentences about the article's work; the verbs are those of
   data/credit_verbs.tsv whose work-object column is writer. Two more
   readings of what follows a producers list live here too: people after
   ", with" that end the sentence ("produced by A, with B and C") and the
   company a producer is "of" ("produced by A of Lark Films"). */
#include "extract_lead_words.h"
#include "lexicon.h"
#include "xmakers.h"

#include <ctype.h>
#include <string.h>

/* Past "he ", "she " or "they " (and an optional "that " before) at t[p]:
   where the verb starts, or 0. */
static size_t pronoun_subject(const char *t, size_t p, size_t end) {
  xc_cur c = xc_at(t, p, p, end);
  XC_EXACT(&c, "that ");
  return XC_ALT(&c, "he|she|they") && t[c.p - 1] == ' ' ? c.p : 0;
}

/* Length of a verb of credit_verbs.tsv at t[p] that makes its subject a
   writer of the work ("co-wrote", "wrote"), or 0. */
static size_t writing_verb(const char *t, size_t p, size_t end) {
  size_t q = p;
  while (q < end && (islower((unsigned char)t[q]) || t[q] == '-'))
    q++;
  const char *v = skg_lex_get(SKG_LEX_CREDIT_VERBS, t + p, q - p);
  const char *tab = v ? strchr(v, '\t') : NULL;
  return tab && strncmp(tab + 1, "writer", XC_LEN("writer")) == 0 ? q - p : 0;
}

/* True when the name ending at v is the last of a makers list: a verb
   of data/maker_verbs.tsv and "by" come right before it ("directed by
   Ann Roe", not "a novel by Ann Roe"). */
static bool made_by(const x_ctx *x, size_t from, size_t v) {
  const char *t = x->d->text;
  size_t a = x_name_before(t, from, v);
  if (!XC_ENDS(t, from, a, " by "))
    return false;
  size_t e = a - XC_LEN(" by "), w = e;
  while (w > from && t[w - 1] != ' ')
    w--;
  return skg_lex_has(SKG_LEX_MAKER_VERBS, t + w, e - w);
}

/* The maker before " from a ", " from the " or " based on a " that ends
   at v, the noun's article (a space at t[v]): the pronoun's antecedent,
   a full name. */
static bool antecedent(x_ctx *x, size_t from, size_t v, x_span *it) {
  const char *t = x->d->text;
  /* data/source_cues.txt: "from a", "based on a", after a space */
  size_t s = xl_lex_ending(t, from, v + 1, SKG_LEX_SOURCE_CUES);
  if (s > v || s == from)
    return false;
  size_t e = s - XC_LEN(" ");
  size_t a = x_name_before(t, from, e);
  *it = (x_span){a, e - a};
  return a < e && made_by(x, from, e) && x_person_like(t + a, it->len, false);
}

/* Past "his brother ", "her longtime collaborator " at t[p]: a possessive
   and up to two lower-case words before a name; p when none. */
static size_t skip_relation(const char *t, size_t p, size_t end) {
  xc_cur c = xc_at(t, p, p, end);
  if (!XC_ALT(&c, "his|her|their") || t[c.p - 1] != ' ')
    return p;
  size_t q = c.p;
  for (int words = 0; words < 2 && q < end && islower((unsigned char)t[q]);
       words++) {
    while (q < end && islower((unsigned char)t[q]))
      q++;
    if (!x_at(t, q, end, " "))
      return p;
    q++;
  }
  return x_cap_at(t, q, end) ? q : p;
}

/* States that the person t[off..off+len) made the work as pr. */
static void add_person(x_ctx *x, const about *ab, skg_pred pr, size_t off,
                       size_t len) {
  const char *t = x->d->text;
  skg_eid e = x_lookup(x, X_PERSON, t + off, len, NULL);
  if (e == SKG_NONE)
    e = x_entity(x, SKG_ENT_PERSON, t + off, len);
  skg_graph_add_fact(x->g, ab->work, pr, e, &ab->ev);
}

static void add_writer(x_ctx *x, const about *ab, size_t off, size_t len) {
  add_person(x, ab, SKG_PRED_WRITER, off, len);
}

void xm_cowrote_with(x_ctx *x, const about *ab, size_t from, size_t noun,
                     size_t p, size_t end) {
  const char *t = x->d->text;
  if (!x_at(t, p, end, " ") || !XC_ENDS(t, from + 1, noun, " "))
    return;
  size_t q = pronoun_subject(t, p + 1, end), k;
  if (!q || !(k = writing_verb(t, q, end)))
    return;
  xc_cur c = xc_at(t, q, q + k, end);
  if (!XC_EXACT(&c, " with "))
    return;
  x_span before;
  if (!antecedent(x, from, noun - 1, &before))
    return; /* "the screenplay he co-wrote": whose, the text does not say */
  add_writer(x, ab, before.off, before.len);
  x_span who[MAX_ITEMS];
  size_t stop, n = x_name_list(t, skip_relation(t, c.p, end), end, who,
                               MAX_ITEMS, &stop);
  for (size_t i = 0; i < n; i++)
    if (x_person_like(t + who[i].off, who[i].len, false))
      add_writer(x, ab, who[i].off, who[i].len);
}

void xm_coproducers_with(x_ctx *x, const about *ab, const verb_group *g,
                         size_t p, size_t end) {
  const char *t = x->d->text;
  if (g->n != 1 || g->v[0]->p != SKG_PRED_PRODUCER || g->executive[0])
    return;
  xc_cur c = xc_at(t, p, p, end);
  if (!XC_EXACT(&c, ", with "))
    return;
  x_span who[MAX_ITEMS];
  size_t stop, n = x_name_list(t, c.p, end, who, MAX_ITEMS, &stop);
  /* the names end the sentence: not "with B as executive producer" */
  if (!n || !(stop == end || (t[stop] == '.' && stop + 1 == end)))
    return;
  for (size_t i = 0; i < n; i++)
    if (x_person_like(t + who[i].off, who[i].len, false) &&
        !x_company_like(t + who[i].off, who[i].len))
      add_person(x, ab, SKG_PRED_PRODUCER, who[i].off, who[i].len);
}

void xm_producer_of(x_ctx *x, const about *ab, const verb_group *g,
                    const maker_item *items, size_t n, size_t end) {
  const char *t = x->d->text;
  bool producer = false;
  for (size_t i = 0; i < g->n; i++)
    producer |= g->v[i]->p == SKG_PRED_PRODUCER && !g->executive[i];
  size_t of = XC_LEN(" of ");
  for (size_t j = 0; producer && j < n; j++) {
    size_t q = items[j].off + items[j].len, o;
    if (items[j].org || !x_at(t, q, end, " of ") ||
        !(o = x_org_len(t, q + of, end)) || !x_company_like(t + q + of, o) ||
        x_network_like(t + q + of, o))
      continue;
    skg_eid e = x_lookup(x, X_ORG, t + q + of, o, NULL);
    if (e == SKG_NONE)
      e = x_entity(x, SKG_ENT_COMPANY, t + q + of, o);
    skg_graph_add_fact(x->g, ab->work, SKG_PRED_PRODUCTION_COMPANY, e, &ab->ev);
  }
}
