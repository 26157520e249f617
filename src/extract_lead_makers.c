/* extract_lead_makers.c: what the sentences about the article's work say
   of it: its makers ("directed by A and B", "produced, written and
   directed by A", "The cinematography was by A"), cast verbs that join a
   group ("written by and starring A"), production companies, networks
   (extract_lead_networks.c: "It aired on Fox") and its universe or
   franchise; also sentences whose subject is a maker of it ("Ann Roe produced
   the film with B", "Bill Pope's cinematography"). Apart from extract_lead.c,
   which finds the work in the lead, because this runs later (the driver runs
   it, once the reference list is known) over every sentence whose subject is
   the work. */
#include "lexicon.h"
#include "xlead.h"

#include <ctype.h>
#include <string.h>

/* ---- makers named in sentences about the work ---- */

#define MV_PERSON 1u /* people named after it get the predicate */
#define MV_ORG 2u    /* companies named after it produced the work */
#define MV_CAST 4u   /* a cast verb: needs no "by" ("starring A") */
#define MV_DESC 8u   /* a description may precede the name ("hosted by
                        former model Ann Roe") */
#define MV_STRICT                                                              \
  32u                /* an org verb whose names must read as a company's       \
                        ("made by Lark Films", not "made by Ann Roe") */
#define MV_ROLES 16u /* a cast verb that names the cast only with "in
                        (the) lead roles" after the list ("features A and B
                        in lead roles"); otherwise it features anything */

typedef struct {
  const char *w;
  skg_pred p;
  unsigned flags;
} maker_verb;

static const maker_verb MAKER_VERBS[] = {
    {"directed", SKG_PRED_DIRECTOR, MV_PERSON},
    {"co-directed", SKG_PRED_DIRECTOR, MV_PERSON},
    {"helmed", SKG_PRED_DIRECTOR, MV_PERSON},
    {"written", SKG_PRED_WRITER, MV_PERSON},
    {"co-written", SKG_PRED_WRITER, MV_PERSON},
    {"penned", SKG_PRED_WRITER, MV_PERSON},
    {"scripted", SKG_PRED_WRITER, MV_PERSON},
    {"adapted", SKG_PRED_WRITER, MV_PERSON},
    {"created", SKG_PRED_CREATOR, MV_PERSON},
    {"co-created", SKG_PRED_CREATOR, MV_PERSON},
    {"developed", SKG_PRED_CREATOR, MV_PERSON},
    {"co-developed", SKG_PRED_CREATOR, MV_PERSON},
    {"conceived", SKG_PRED_CREATOR, MV_PERSON},
    {"devised", SKG_PRED_CREATOR, MV_PERSON},
    {"produced", SKG_PRED_PRODUCER, MV_PERSON | MV_ORG},
    {"co-produced", SKG_PRED_PRODUCER, MV_PERSON | MV_ORG},
    {"composed", SKG_PRED_COMPOSER, MV_PERSON},
    {"scored", SKG_PRED_COMPOSER, MV_PERSON},
    {"photographed", SKG_PRED_CINEMATOGRAPHER, MV_PERSON},
    {"filmed", SKG_PRED_CINEMATOGRAPHER, MV_PERSON},
    /* joins a group but says nothing we keep: "composed and conducted by" */
    {"conducted", SKG_PRED_COMPOSER, 0},
    /* ... and so do crafts we do not keep: "written, directed, produced,
       and edited by A", "shot and directed by A" */
    {"edited", SKG_PRED_EDITOR, MV_PERSON},
    {"co-edited", SKG_PRED_EDITOR, MV_PERSON},
    {"shot", SKG_PRED_COMPOSER, 0},
    {"choreographed", SKG_PRED_COMPOSER, 0},
    {"animated", SKG_PRED_PRODUCTION_COMPANY, MV_ORG},
    {"made", SKG_PRED_PRODUCTION_COMPANY, MV_ORG | MV_STRICT},
    {"hosted", SKG_PRED_CAST_MEMBER, MV_PERSON | MV_DESC},
    {"presented", SKG_PRED_CAST_MEMBER, MV_PERSON | MV_DESC},
    /* The cast itself is extract_cast.c's ("starring A, B and C"); these
       only join a group: "written by and starring A". */
    {"starring", SKG_PRED_CAST_MEMBER, MV_CAST},
    {"starred", SKG_PRED_CAST_MEMBER, MV_CAST},
    {"stars", SKG_PRED_CAST_MEMBER, MV_CAST},
    {"co-starring", SKG_PRED_CAST_MEMBER, MV_CAST},
    {"co-starred", SKG_PRED_CAST_MEMBER, MV_CAST},
    {"co-stars", SKG_PRED_CAST_MEMBER, MV_CAST},
    {"features", SKG_PRED_CAST_MEMBER, MV_CAST | MV_ROLES},
    {"featured", SKG_PRED_CAST_MEMBER, MV_CAST | MV_ROLES},
    {"feature", SKG_PRED_CAST_MEMBER, MV_CAST | MV_ROLES},
};

/* Nouns that say who made something in "The cinematography was by A". */
static const maker_verb MAKER_NOUNS[] = {
    {"cinematography", SKG_PRED_CINEMATOGRAPHER, MV_PERSON},
    {"music", SKG_PRED_COMPOSER, MV_PERSON},
    {"score", SKG_PRED_COMPOSER, MV_PERSON},
    {"screenplay", SKG_PRED_WRITER, MV_PERSON},
    {"teleplay", SKG_PRED_WRITER, MV_PERSON},
    {"script", SKG_PRED_WRITER, MV_PERSON},
};

#define MAX_VERBS 6

/* A group of maker verbs and whether they need a "by" before the list. */
typedef struct {
  const maker_verb *v[MAX_VERBS];
  bool executive[MAX_VERBS]; /* "executive produced" */
  size_t n;
} verb_group;

static const maker_verb *verb_at(const char *t, size_t p, size_t end,
                                 const maker_verb *tab, size_t n) {
  if (p > 0 && t[p - 1] != ' ' && t[p - 1] != '"')
    return NULL;
  for (size_t i = 0; i < n; i++)
    if (x_word_at(t, p, end, tab[i].w))
      return &tab[i];
  return NULL;
}

/* Skips the words between "adapted" and "by" ("adapted to the screen
   by"): a few words that say how, never a name. */
static size_t skip_manner(const char *t, size_t p, size_t end) {
  static const char *const MANNER[] = {"to", "for", "the", "screen",
                                       "television", "jointly", "originally",
                                       "together", "mainly", "solely"};
  for (int guard = 0; guard < 4 && p < end && t[p] == ' '; guard++) {
    size_t i;
    for (i = 0; i < SKG_ARRAY_LEN(MANNER); i++)
      if (x_word_at(t, p + 1, end, MANNER[i]))
        break;
    if (i == SKG_ARRAY_LEN(MANNER))
      break;
    p += 1 + strlen(MANNER[i]);
  }
  return p;
}

/* Reads "produced, written, and directed by", "written by and starring",
   "starred and produced by" at t[p]; returns where the list of names
   starts, or 0 when there is no group or a verb lacks its "by". */
static size_t read_verbs(const char *t, size_t p, size_t end, verb_group *g) {
  bool need_by = false;
  g->n = 0;
  while (g->n < MAX_VERBS) {
    const maker_verb *v =
        verb_at(t, p, end, MAKER_VERBS, SKG_ARRAY_LEN(MAKER_VERBS));
    if (!v)
      break;
    g->executive[g->n] = p >= 10 && x_word_at(t, p - 10, end, "executive");
    g->v[g->n++] = v;
    p = skip_manner(t, p + strlen(v->w), end);
    if (!(v->flags & MV_CAST))
      need_by = true;
    if (x_word_at(t, p + 1, end, "by") && t[p] == ' ') {
      p += 3;
      need_by = false;
    }
    static const char *const SEPS[] = {", and ", ", ", " and "};
    size_t i;
    for (i = 0; i < SKG_ARRAY_LEN(SEPS); i++)
      if (p + strlen(SEPS[i]) <= end &&
          memcmp(t + p, SEPS[i], strlen(SEPS[i])) == 0 &&
          verb_at(t, p + strlen(SEPS[i]), end, MAKER_VERBS,
                  SKG_ARRAY_LEN(MAKER_VERBS)))
        break;
    if (i == SKG_ARRAY_LEN(SEPS))
      break;
    p += strlen(SEPS[i]);
  }
  if (!g->n || need_by || p >= end || t[p] != ' ')
    return 0;
  return p + 1;
}

/* One name of a makers list: a company or a person, and for a cast verb
   the character after "as". */
typedef struct {
  size_t off, len;
  bool org;
  size_t coff, clen; /* character, or clen 0 */
} maker_item;

/* True when s[0..n) at this place names a company rather than a person. */
static bool org_name(const x_ctx *x, const char *s, size_t n, bool single) {
  if (x_company_like(s, n) || x_network_like(s, n) ||
      x_lookup(x, X_ORG, s, n, NULL) != SKG_NONE)
    return true;
  /* "Endemol USA": a word in capitals after the first is no person's */
  size_t last = n;
  while (last > 0 && s[last - 1] != ' ')
    last--;
  if (last && n - last >= 2 && strspn(s + last, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") ==
                                   n - last)
    return true;
  /* "Gemini Film Circuit", "Studio Ghibli": a company word inside a name
     that is no person's */
  for (size_t w = 0; memchr(s, ' ', n) && w < n; w++)
    if ((w == 0 || s[w - 1] == ' ') && !x_person_like(s, n, false)) {
      size_t e = w;
      while (e < n && s[e] != ' ')
        e++;
      if (skg_lex_has(SKG_LEX_COMPANY_SUFFIXES, s + w, e - w))
        return true;
    }
  /* "produced by Cineflix": one word that is nobody the text knows */
  return single && !memchr(s, ' ', n) &&
         x_lookup(x, X_PERSON, s, n, NULL) == SKG_NONE;
}

/* Skips a description before a name ("former model and carpenter"):
   lower-case words and commas, at most 12 words. */
static size_t skip_description(const char *t, size_t p, size_t end) {
  for (int words = 0; words < 12 && p < end && !x_cap_at(t, p, end); words++) {
    while (p < end && t[p] != ' ' && t[p] != '.' && t[p] != ';')
      p++;
    if (p >= end || t[p] != ' ')
      return end;
    p++;
  }
  return p;
}

/* Length of a crew role noun and a space at t[p] ("showrunner "), or 0. */
static size_t role_noun_len(const char *t, size_t p, size_t end) {
  size_t q = p;
  while (q < end && t[q] != ' ' && t[q] != ',')
    q++;
  if (q < end && t[q] == ' ' && skg_lex_has(SKG_LEX_ROLES, t + p, q - p) &&
      x_cap_at(t, q + 1, end))
    return q + 1 - p;
  return 0;
}

/* Skips a few lower-case words at t[p] that say who the maker is
   ("his cousin", "series regular", "Ann Roe's regular collaborator")
   when a person's name of two or more words follows; returns where the
   name starts, or p. */
static size_t skip_epithet(const char *t, size_t p, size_t end) {
  size_t q = p, k;
  if (x_cap_at(t, q, end)) { /* "Ann Roe's" */
    size_t n = x_name_len(t, q, end);
    if (!n || !(k = x_possessive_at(t, q + n, end)) || t[q + n + k] != ' ')
      return p;
    q += n + k + 1;
  }
  int words = 0;
  for (; words < 3 && q < end && !x_cap_at(t, q, end); words++) {
    if (x_word_at(t, q, end, "the") || x_word_at(t, q, end, "a") ||
        x_word_at(t, q, end, "and") || x_word_at(t, q, end, "an"))
      return p;
    while (q < end && t[q] != ' ' && t[q] != ',' && t[q] != '.')
      q++;
    if (q >= end || t[q] != ' ')
      return p;
    q++;
  }
  size_t n = words ? x_name_len(t, q, end) : 0;
  return n && x_person_like(t + q, n, false) ? q : p;
}

/* True when the single word s[0..n), named as a maker, may be a person
   known by one name ("directed by Nissar", "music by Ilaiyaraaja"). */
static bool one_name(const x_ctx *x, const char *s, size_t n) {
  return n >= 3 && !memchr(s, ' ', n) && x_person_like(s, n, true) &&
         x_lookup(x, X_WORK | X_ORG | X_CHARACTER, s, n, NULL) == SKG_NONE;
}

/* The full name in the document that ends in the word s[0..n) ("Ann Roe"
   for "Roe"): a maker named by surname alone was named in full elsewhere.
   {0, 0} when there is none or two people share the word (x_full_name). */
static x_span full_name_of(x_ctx *x, const char *s, size_t n) {
  x_span full = {0, 0};
  if (!x_full_name(x, s, n, &full))
    return (x_span){0, 0};
  return full;
}


/* "by the Experimental Cinema of Ruritania": after "the", a name of two
   words or more (going on over "of [the] X") is a company's, never a
   person's. Returns its length or 0. */
static size_t the_org_len(const char *t, size_t p, size_t end) {
  size_t o = x_org_len(t, p, end);
  if (!o || (!memchr(t + p, ' ', o) && !x_company_like(t + p, o)))
    return 0;
  size_t q = p + o + 4;
  if (x_at(t, p + o, end, " of the "))
    q += 4;
  if (x_at(t, p + o, end, " of ") && x_org_len(t, q, end))
    o = q + x_org_len(t, q, end) - p;
  return o;
}

/* "by the London office of Lark Media", "by the animation division of
   Lark Media": after "the", a few words and a unit noun then "of"; the
   maker is the company after it. Returns where its name starts, or 0. */
static size_t unit_of(const char *t, size_t p, size_t end) {
  static const char *const UNITS[] = {"office of ",     "division of ",
                                      "branch of ",     "unit of ",
                                      "subsidiary of ", "arm of "};
  for (int words = 0; words < 4 && p < end; words++) {
    for (size_t i = 0; i < SKG_ARRAY_LEN(UNITS); i++)
      if (x_at(t, p, end, UNITS[i]))
        return x_cap_at(t, p + strlen(UNITS[i]), end) ? p + strlen(UNITS[i])
                                                      : 0;
    while (p < end && t[p] != ' ' && t[p] != ',' && t[p] != '.')
      p++;
    if (p >= end || t[p] != ' ')
      return 0;
    p++;
  }
  return 0;
}

/* " under his banner ", " under the banner of ", " through her
   production company ", " under their company ": where the name of the
   maker's company starts, or 0. */
static size_t banner_at(const char *t, size_t p, size_t end) {
  static const char *const PREP[] = {" under ", " through ", " via ", " for "};
  static const char *const WHOSE[] = {"his ", "her ", "their ", "the ",
                                      "its "};
  static const char *const KIND[] = {"banner", "production company",
                                     "company", "production house",
                                     "production banner"};
  size_t i = 0, j = 0, k = 0;
  while (i < SKG_ARRAY_LEN(PREP) && !x_at(t, p, end, PREP[i]))
    i++;
  if (i == SKG_ARRAY_LEN(PREP))
    return 0;
  p += strlen(PREP[i]);
  while (j < SKG_ARRAY_LEN(WHOSE) && !x_at(t, p, end, WHOSE[j]))
    j++;
  if (j == SKG_ARRAY_LEN(WHOSE))
    return 0;
  p += strlen(WHOSE[j]);
  while (k < SKG_ARRAY_LEN(KIND) && !x_word_at(t, p, end, KIND[k]))
    k++;
  if (k == SKG_ARRAY_LEN(KIND))
    return 0;
  p += strlen(KIND[k]);
  p += x_at(t, p, end, ",") + x_at(t, p, end, " of") * 3;
  return x_at(t, p, end, " ") ? p + 1 : 0;
}

/* True when a one-word maker at t[p] ends cleanly: the sentence, a comma,
   "and", a parenthesis or a banner follow ("Horror & Fantasy" is not a
   name). */
static bool clean_end(const char *t, size_t p, size_t end) {
  return p >= end || strchr(".,;()", t[p]) || x_at(t, p, end, " and ") ||
         x_at(t, p, end, " under ") || x_at(t, p, end, " in ") ||
         x_at(t, p, end, " for ") || x_at(t, p, end, " with ") ||
         banner_at(t, p, end);
}

/* After a name at p: "'s company, Lark Films", "'s production company
   Lark Films", "'s banner Lark Films", "'s Lark Films" (the name starts
   at a); returns where the company's name
   starts, or 0. The maker is the company, not the person. */
/* Length of a lower-case word for a company after a name at p ("Golden
   Lantern films"), or 0. */
static size_t kind_word_len(const char *t, size_t p, size_t end) {
  static const char *const KIND[] = {" films", " pictures", " studios",
                                     " productions"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(KIND); i++) {
    size_t k = strlen(KIND[i]);
    if (x_at(t, p, end, KIND[i]) &&
        (p + k >= end || !isalnum((unsigned char)t[p + k])))
      return k;
  }
  return 0;
}

static size_t company_of(const char *t, size_t a, size_t p, size_t end) {
  static const char *const OWNED[] = {"company", "production company",
                                      "studio", "banner", "production house"};
  size_t k = x_possessive_at(t, p, end);
  if (!k || t[p + k] != ' ')
    return 0;
  p += k + 1;
  /* "by Ann Roe's Lark Productions"; a one-word owner's possessive is
     part of the company's name ("Vole's Gate Films") */
  size_t o = x_org_len(t, p, end);
  if (o && x_company_like(t + p, o) && memchr(t + a, ' ', p - k - 1 - a))
    return p;
  /* "by Port Vesna's Golden Lantern films": a name that a lower-case
     word for a company follows */
  size_t n = x_name_len(t, p, end);
  if (n && kind_word_len(t, p + n, end))
    return p;
  for (size_t i = 0; i < SKG_ARRAY_LEN(OWNED); i++) {
    size_t q = p + strlen(OWNED[i]);
    if (!x_word_at(t, p, end, OWNED[i]))
      continue;
    q += x_at(t, q, end, ",");
    if (x_at(t, q, end, " ") && x_org_len(t, q + 1, end))
      return q + 1;
  }
  return 0;
}

/* Reads one item at t[p]; returns its end or 0. */
static size_t read_item(x_ctx *x, const char *t, size_t p, size_t end,
                        unsigned flags, maker_item *it) {
  if (flags & MV_DESC)
    p = skip_description(t, p, end);
  p += role_noun_len(t, p, end); /* "written by showrunner A" */
  size_t o;
  size_t unit = (flags & MV_ORG) && x_word_at(t, p, end, "the")
                    ? unit_of(t, p + 4, end)
                    : 0;
  if (unit && (o = x_org_len(t, unit, end))) { /* "the X office of C" */
    *it = (maker_item){unit, o, true, 0, 0};
    return unit + o;
  }
  if ((flags & MV_ORG) && x_word_at(t, p, end, "the")) { /* "by the X" */
    if (!(o = the_org_len(t, p + 4, end)))
      return 0;
    *it = (maker_item){p + 4, o, true, 0, 0};
    return p + 4 + o;
  }
  if (p < end && t[p] >= '0' && t[p] <= '9') { /* "by 20th Century Fox" */
    if (!(flags & MV_ORG) || !(o = x_org_len(t, p, end)))
      return 0;
    *it = (maker_item){p, o, true, 0, 0};
    return p + o;
  }
  p = skip_epithet(t, p, end);
  o = x_org_len(t, p, end);
  size_t n = x_name_len(t, p, end);
  size_t owned = n ? company_of(t, p, p + n, end) : 0;
  if (owned && (flags & MV_ORG)) { /* "by Ann Roe's company, Lark Films" */
    size_t o2 = x_org_len(t, owned, end);
    *it = (maker_item){owned, o2 ? o2 : x_name_len(t, owned, end), true, 0, 0};
    return owned + it->len + kind_word_len(t, owned + it->len, end);
  }
  if (owned)
    return 0;
  *it = (maker_item){p, n, false, 0, 0};
  bool org_only = (flags & (MV_ORG | MV_PERSON)) == MV_ORG;
  /* "produced by A under the banner of C": A is a person */
  bool banner = n && banner_at(t, p + n, end);
  if (o && (flags & MV_ORG) &&
      ((org_only && !(flags & MV_STRICT)) ||
       (!banner && org_name(x, t + p, o, true)))) {
    it->len = o;
    it->org = true;
    return p + o;
  }
  if (n && !(flags & MV_CAST) && x_lookup(x, X_PERSON, t + p, n, NULL) ==
                                       SKG_NONE && !memchr(t + p, ' ', n)) {
    /* one word: a surname of someone named in full, or a person known
       by one name */
    x_span full = full_name_of(x, t + p, n);
    if (full.len) {
      it->off = full.off;
      it->len = full.len;
      return p + n;
    }
    if (!(flags & MV_PERSON) || !clean_end(t, p + n, end) ||
        !one_name(x, t + p, n))
      return 0;
    return p + n;
  }
  if (!n || !(x_person_like(t + p, n, flags & MV_CAST) ||
              x_lookup(x, X_PERSON, t + p, n, NULL) != SKG_NONE))
    return 0;
  if ((flags & MV_CAST) && !memchr(t + p, ' ', n)) { /* "It stars Roe" */
    x_span full = full_name_of(x, t + p, n);
    if (full.len) {
      it->off = full.off;
      it->len = full.len;
    }
  }
  p += n;
  if ((flags & MV_CAST) && p + 4 < end && memcmp(t + p, " as ", 4) == 0 &&
      (it->clen = x_name_len(t, p + 4, end))) {
    it->coff = p + 4;
    p = it->coff + it->clen;
    if (p + 3 < end && memcmp(t + p, " / ", 3) == 0)
      p += 3 + x_name_len(t, p + 3, end);
  }
  return p;
}

/* Where a name that runs into the next sentence or a citation without a
   space ends ("Ann Roe.Lentz", "Tom Ash.On the trail"): a word of two
   lower-case letters or more, a full stop, a capital. Initials ("J.R.")
   do not count. Returns that full stop's position, or 0. */
static size_t glued_end(const char *t, size_t off, size_t len) {
  for (size_t i = off + 2; i + 1 < off + len; i++)
    if (t[i] == '.' && t[i - 1] >= 'a' && t[i - 1] <= 'z' &&
        t[i - 2] >= 'a' && t[i - 2] <= 'z' && t[i + 1] >= 'A' &&
        t[i + 1] <= 'Z')
      return i;
  return 0;
}

/* Length of ", Jr." or ", Sr." after a name at p (or the period of "Jr."
   the name scanner left out), which is no other name; 0 if none. */
static size_t generation_len(const char *t, size_t p, size_t end) {
  static const char *const SUFFIX[] = {", Jr.", ", Sr.", ", Jr", ", Sr"};
  static const char *const ENDS[] = {" Jr", " Sr"}; /* "Roe Jr." */
  for (size_t i = 0; i < SKG_ARRAY_LEN(ENDS) && x_at(t, p, end, "."); i++)
    if (p >= strlen(ENDS[i]) && x_at(t, p - strlen(ENDS[i]), end, ENDS[i]))
      return strlen(".");
  for (size_t i = 0; i < SKG_ARRAY_LEN(SUFFIX); i++) {
    size_t k = strlen(SUFFIX[i]); /* not ", Sri Devi" */
    if (x_at(t, p, end, SUFFIX[i]) &&
        (p + k >= end || !isalnum((unsigned char)t[p + k])))
      return k;
  }
  return 0;
}

/* Reads the list of makers at t[p]: "A", "A and B", "A, B, and C". */
static size_t read_items(x_ctx *x, const char *t, size_t p, size_t end,
                         unsigned flags, maker_item *out, size_t *stop) {
  static const char *const SEPS[] = {", and ", ", & ", ", ", " and ", " & "};
  size_t n = 0;
  *stop = p;
  while (n < MAX_ITEMS) {
    size_t q = read_item(x, t, p, end, flags, &out[n]);
    if (!q)
      break;
    size_t glued = glued_end(t, out[n].off, out[n].len);
    if (glued && !out[n].clen) { /* "A. Roe.Lentz, Harris M. Fiction" */
      out[n].len = glued - out[n].off;
      *stop = glued;
      return n + 1;
    }
    size_t gen = generation_len(t, q, end); /* "Sam Roe, Jr., B" */
    /* ", Jr." is part of a maker's name (not the bare "." the scanner
       left); the cast is extract_cast.c's, which names it without */
    if (gen > 1 && !(flags & MV_CAST) && !out[n].org &&
        out[n].off + out[n].len == q)
      out[n].len += gen;
    n++;
    q += gen;
    if (q + 2 < end && t[q] == ' ' && t[q + 1] == '(') /* "A (the ...)" */
      q = x_find(t, q, end, ")") + 1;
    *stop = p = q < end ? q : end;
    size_t i;
    for (i = 0; i < SKG_ARRAY_LEN(SEPS); i++)
      if (p + strlen(SEPS[i]) < end &&
          memcmp(t + p, SEPS[i], strlen(SEPS[i])) == 0 &&
          x_cap_at(t, p + strlen(SEPS[i]), end))
        break;
    if (i == SKG_ARRAY_LEN(SEPS))
      break;
    p += strlen(SEPS[i]);
  }
  return n;
}

skg_eid xl_company(x_ctx *x, const char *t, size_t off, size_t len) {
  skg_eid e = x_lookup(x, X_ORG, t + off, len, NULL);
  return e != SKG_NONE ? e : x_entity(x, SKG_ENT_COMPANY, t + off, len);
}

void xl_add_network(x_ctx *x, const about *ab, skg_eid net) {
  skg_graph_add_fact(x->g, ab->work, SKG_PRED_NETWORK, net, &ab->ev);
  if (ab->parent != SKG_NONE)
    skg_graph_add_fact(x->g, ab->parent, SKG_PRED_NETWORK, net, &ab->ev);
}

/* States what verb v says about one item. */
static void add_maker(x_ctx *x, const about *ab, const maker_verb *v,
                      bool executive, const char *t, const maker_item *it) {
  if (it->org) {
    if (v->flags & MV_ORG)
      skg_graph_add_fact(x->g, ab->work, SKG_PRED_PRODUCTION_COMPANY,
                         xl_company(x, t, it->off, it->len), &ab->ev);
    return;
  }
  if (!(v->flags & (MV_PERSON | MV_CAST))) /* "starred and produced by A" */
    return;
  if (v->p == SKG_PRED_CAST_MEMBER) {
    skg_eid ch = it->clen ? x_entity(x, SKG_ENT_CHARACTER, t + it->coff,
                                     it->clen)
                          : SKG_NONE;
    skg_eid actor = x_entity(x, SKG_ENT_ACTOR, t + it->off, it->len);
    skg_graph_add_performance(x->g, actor, ch, ab->work, &ab->ev);
    return;
  }
  skg_eid e = x_lookup(x, X_PERSON, t + it->off, it->len, NULL);
  if (e == SKG_NONE)
    e = x_entity(x, SKG_ENT_PERSON, t + it->off, it->len);
  skg_graph_add_fact(x->g, ab->work,
                     executive ? SKG_PRED_EXECUTIVE_PRODUCER : v->p, e,
                     &ab->ev);
}

/* What follows a makers list: "for the streaming service N" (network),
   "under his banner C" (production company), "in association with A, B"
   (production companies). */
static void makers_tail(x_ctx *x, const about *ab, const char *t, size_t p,
                        size_t end) {
  x_span sp[MAX_ITEMS];
  size_t stop, n, q = banner_at(t, p, end), k;
  if (q) {
    if ((k = x_org_len(t, q, end)))
      skg_graph_add_fact(x->g, ab->work, SKG_PRED_PRODUCTION_COMPANY,
                         xl_company(x, t, q, k), &ab->ev);
    return;
  }
  if (x_at(t, p, end, " in association with ")) {
    n = x_org_list(t, p + 21, end, sp, MAX_ITEMS, &stop);
    for (size_t i = 0; i < n; i++)
      skg_graph_add_fact(x->g, ab->work, SKG_PRED_PRODUCTION_COMPANY,
                         xl_company(x, t, sp[i].off, sp[i].len), &ab->ev);
    return;
  }
  if (!x_at(t, p, end, " for "))
    return;
  p += 5;
  bool service = false; /* "the streaming service N", "the network N" */
  static const char *const KINDS[] = {"the streaming service ",
                                      "the streaming platform ",
                                      "the network ", "the channel "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(KINDS); i++)
    if (x_at(t, p, end, KINDS[i])) {
      p += strlen(KINDS[i]);
      service = true;
    }
  /* A film made "for" several companies was made for its financiers
     ("animated by S for T, U and V"), which neither broadcast nor
     produced it; one studio it was made for ("produced by A for Lark
     Pictures") produced it. */
  n = x_org_list(t, p, end, sp, MAX_ITEMS, &stop);
  bool financiers = !service && x->subject_type == SKG_ENT_FILM && n > 1;
  for (size_t i = 0; i < n; i++) {
    const char *s = t + sp[i].off;
    if (!financiers && (service || x_network_like(s, sp[i].len)))
      xl_add_network(x, ab, xl_company(x, t, sp[i].off, sp[i].len));
    else if (!service && !financiers && x_company_like(s, sp[i].len) &&
             !x_network_like(s, sp[i].len))
      skg_graph_add_fact(x->g, ab->work, SKG_PRED_PRODUCTION_COMPANY,
                         xl_company(x, t, sp[i].off, sp[i].len), &ab->ev);
  }
}

/* From a maker noun at p, the position after "is"/"are"/"was"/"were"
   within the next few words ("score and soundtrack are composed"). */
static size_t skip_to_verb(const char *t, size_t p, size_t end) {
  static const char *const BE[] = {" is ", " are ", " was ", " were "};
  size_t lim = p + 40 < end ? p + 40 : end;
  for (size_t i = 0; i < SKG_ARRAY_LEN(BE); i++) {
    size_t q = x_find(t, p, lim, BE[i]);
    if (q < lim)
      return q + strlen(BE[i]);
  }
  return p;
}

/* "produced by Lark Media (the people behind Harbor Row, Deal or No Deal,
   and other shows)": the company made the works it is said to be behind. */
static void behind_works(x_ctx *x, const about *ab, const maker_item *it,
                         size_t end) {
  static const char *const CUES[] = {" (the people behind ",
                                     " (the company behind ",
                                     " (the studio behind "};
  const char *t = x->d->text;
  size_t p = it->off + it->len;
  for (size_t i = 0; i < SKG_ARRAY_LEN(CUES); i++)
    if (x_at(t, p, end, CUES[i])) {
      size_t q = p + strlen(CUES[i]);
      skg_eid co = xl_company(x, t, it->off, it->len);
      for (int guard = 0; guard < 16; guard++) {
        size_t n = x_title_len(t, q, end, X_TITLE_JOIN);
        if (!n)
          break;
        skg_eid w = x_lookup(x, X_WORK, t + q, n, NULL);
        if (w == SKG_NONE)
          w = x_entity(x, SKG_ENT_SERIES, t + q, n);
        skg_graph_add_fact(x->g, w, SKG_PRED_PRODUCTION_COMPANY, co, &ab->ev);
        q += n;
        q += x_at(t, q, end, ", and ") ? 6
             : x_at(t, q, end, ", ")  ? 2
                                             : 0;
      }
    }
}

/* Words that name a work other than the article's. */
static const char *const OTHER_WORKS[] = {
    "dub",     "dubbed", "version", "remake", "sequel", "prequel",
    "novel",   "book",   "play",    "album",  "soundtrack", "game",
    "musical", "comic",  "manga",   "spin-off", "adaptation", "reboot"};
/* The ones that a maker participle right after them belongs to ("a remake
   of Harbor directed by A"); the score or soundtrack "composed by" is the
   work's own, an "adaptation of X directed by" may be the work itself. */
static const char *const OTHER_MADE[] = {
    "dub",    "remake", "sequel",  "prequel", "novel",    "book",
    "play",   "game",   "comic",   "manga",   "spin-off", "reboot",
    "lyrics", "album",  "novella", "memoir",  "poem"};

/* True when the maker verb at v belongs to another work named just
   before it, with no comma or "and" between ("a remake of the Telugu film
   Harbor directed by A", "the novel written by B"). */
static bool other_work_before(const char *t, size_t from, size_t v) {
  for (size_t q = v; q > from; q--) {
    if (t[q - 1] == ',' || t[q - 1] == ';' || t[q - 1] == '(' ||
        (t[q - 1] == ' ' && x_word_at(t, q, v, "and")))
      return false;
    if (t[q - 1] == ' ' && x_word_at(t, q, v, "story") && q >= from + 6 &&
        x_at(t, q - 6, v, "short ")) /* "a short story written by A" */
      return true;
    if (t[q - 1] == ' ' || q - 1 == from)
      for (size_t i = 0; i < SKG_ARRAY_LEN(OTHER_MADE); i++)
        if (x_word_at(t, q - (q - 1 == from && t[q - 1] != ' '), v,
                      OTHER_MADE[i]))
          return true;
  }
  return false;
}

/* True when the maker verb at v follows a comma after a word for another
   work: "on the sequel, directed by A". */
static bool other_noun_comma(const char *t, size_t from, size_t v) {
  if (v < from + 3 || !x_at(t, v - 2, v, ", "))
    return false;
  size_t w = v - 2;
  while (w > from && t[w - 1] != ' ')
    w--;
  for (size_t i = 0; i < SKG_ARRAY_LEN(OTHER_MADE); i++)
    if (x_word_at(t, w, v - 2, OTHER_MADE[i]) &&
        w + strlen(OTHER_MADE[i]) == v - 2)
      return true;
  return false;
}

/* True when the maker verb at v opens a relative clause ("..., which
   was directed by") about another work: the clause's noun before the
   comma is a title other than the work's ("the Tamil film Blue Lotus
   (2010), which was directed by A"), or a noun near a word for another
   work ("a remake of the 1990 film, which was"). */
static bool relative_to_other(const x_ctx *x, size_t from, size_t v) {
  static const char *const REL[] = {", which was ", ", which is ",
                                    ", which were ", ", which had been ",
                                    ", that was "};
  const char *t = x->d->text;
  size_t c = v;
  for (size_t i = 0; i < SKG_ARRAY_LEN(REL) && c == v; i++) {
    size_t k = strlen(REL[i]);
    if (v >= from + k && memcmp(t + v - k, REL[i], k) == 0)
      c = v - k;
  }
  if (c == v)
    return false;
  size_t e = c;
  if (e > from && t[e - 1] == ')') /* "Blue Lotus (2010)" */
    while (e > from && t[e] != '(')
      e--;
  while (e > from && t[e - 1] == ' ')
    e--;
  size_t a = x_name_before(t, from, e);
  if (a < e) /* a title ends there */
    return x_lookup(x, X_WORK, t + a, e - a, NULL) != x->subject;
  for (size_t q = e; q > from && q + 80 > e; q--) /* "a remake of the film" */
    for (size_t i = 0; i < SKG_ARRAY_LEN(OTHER_MADE); i++)
      if (t[q - 1] == ' ' && x_word_at(t, q, e, OTHER_MADE[i]))
        return true;
  return false;
}

/* The work other than the article's that a title names when it ends
   right before ", " at v and the text marks it as a work: "the 1980 film
   Harbor Row, directed by", "the series Harbor Row, created by", "Harbor
   Row (1980), written by", or a title the text already knows. SKG_NONE
   otherwise. */
/* Length of " (1980)" ending at e (a title's year), or 0. */
static size_t year_before(const char *t, size_t lo, size_t e) {
  static const char FORM[] = " (1980)";
  size_t k = strlen(FORM);
  if (e < lo + k || t[e - k] != ' ' || t[e - k + 1] != '(' || t[e - 1] != ')')
    return 0;
  return strspn(t + e - k + 2, "0123456789") == k - 3 ? k : 0;
}

static skg_eid titled_before(x_ctx *x, size_t lo, size_t v) {
  static const char *const KIND[] = {"film ",   "movie ", "series ",
                                     "sitcom ", "show ",  "miniseries "};
  const char *t = x->d->text;
  if (v < lo + 3 || !x_at(t, v - strlen(", "), v, ", "))
    return SKG_NONE;
  size_t e = v - strlen(", "), year = year_before(t, lo, e);
  e -= year;
  size_t a = x_name_before(t, lo, e);
  if (a == e)
    return SKG_NONE;
  skg_eid w = x_lookup(x, X_WORK, t + a, e - a, NULL);
  if (w == x->subject && w != SKG_NONE)
    return SKG_NONE;
  if (w != SKG_NONE)
    return w;
  for (size_t i = 0; i < SKG_ARRAY_LEN(KIND); i++) {
    size_t k = strlen(KIND[i]);
    if (a >= lo + k && memcmp(t + a - k, KIND[i], k) == 0)
      return x_entity(x,
                      strcmp(KIND[i], "film ") != 0 &&
                          strcmp(KIND[i], "movie ") != 0
                          ? SKG_ENT_SERIES
                          : SKG_ENT_FILM,
                      t + a, e - a);
  }
  return year ? x_entity(x, SKG_ENT_FILM, t + a, e - a) : SKG_NONE;
}

/* " in lead roles", " in the lead roles", " in pivotal roles", " in
   the title role" at t[p]: the list before it was the cast. */
static bool in_roles(const char *t, size_t p, size_t end) {
  if (!x_at(t, p, end, " in "))
    return false;
  p += 4;
  for (int words = 0; words < 3 && p < end; words++) {
    if (x_word_at(t, p, end, "role") || x_word_at(t, p, end, "roles") ||
        x_word_at(t, p, end, "lead"))
      return true;
    while (p < end && t[p] != ' ' && t[p] != ',' && t[p] != '.')
      p++;
    if (p >= end || t[p] != ' ')
      return false;
    p++;
  }
  return false;
}

/* After a maker noun at p, where the names start when only a copula and
   a verb of doing come between it and "by" ("music by A", "cinematography
   was by A", "cinematography was handled by A"), or 0. */
static size_t noun_by(const char *t, size_t p, size_t end) {
  static const char *const GAP[] = {"was", "is", "were", "are", "handled",
                                    "done", "provided", "also", "credited"};
  for (int words = 0; words < 4 && x_at(t, p, end, " "); words++) {
    if (x_at(t, p, end, " by "))
      return p + 4;
    size_t i = 0;
    while (i < SKG_ARRAY_LEN(GAP) && !x_word_at(t, p + 1, end, GAP[i]))
      i++;
    if (i == SKG_ARRAY_LEN(GAP))
      return 0;
    p += 1 + strlen(GAP[i]);
  }
  return 0;
}

/* True when the maker verb at v is denied: "not to be scored by A",
   "was never directed by A". */
static bool negated_before(const char *t, size_t from, size_t v) {
  static const char *const NEG[] = {"not ",      "never ",    "not to be ",
                                    "not be ",   "not been ", "never been ",
                                    "not being "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(NEG); i++) {
    size_t k = strlen(NEG[i]);
    if (v >= from + k && memcmp(t + v - k, NEG[i], k) == 0 &&
        (v == from + k || t[v - k - 1] == ' '))
      return true;
  }
  return false;
}

/* Keeps the verbs of g that say what the maker noun says ("music
   composed and conducted by": composed); true when one is left. */
static bool keep_noun_verbs(verb_group *g, const maker_verb *noun) {
  size_t k = 0;
  for (size_t i = 0; i < g->n; i++)
    if (g->v[i]->p == noun->p) {
      g->executive[k] = g->executive[i];
      g->v[k++] = g->v[i];
    }
  g->n = k;
  return k > 0;
}

/* "directed by A and B", "produced, written and directed by A", "The
   cinematography was by A and B", "starring A, B and C", "starred A as
   Helen and B as Paris" anywhere in [p, end). */
static void makers(x_ctx *x, const about *ab, size_t p, size_t end) {
  const char *t = x->d->text;
  for (size_t from = p; p < end; p++) {
    verb_group g;
    size_t list = read_verbs(t, p, end, &g);
    const maker_verb *noun =
        list ? NULL
             : verb_at(t, p, end, MAKER_NOUNS, SKG_ARRAY_LEN(MAKER_NOUNS));
    if (noun && (list = read_verbs(t, skip_to_verb(t, p, end), end, &g))) {
      /* "The score and soundtrack are composed by"; the noun says what
         was made: "The score was written by A" names no writer */
      if (!keep_noun_verbs(&g, noun)) {
        p = list; /* not "written by" at the verb either */
        continue;
      }
      noun = NULL;
    }
    if (noun) { /* "music by", "The cinematography was by" */
      size_t q = noun_by(t, p + strlen(noun->w), end);
      if (q) {
        g.v[0] = noun;
        g.executive[0] = false;
        g.n = 1;
        list = q;
      }
    }
    if (!list || negated_before(t, from, p) || other_work_before(t, from, p) ||
        relative_to_other(x, from, p) || other_noun_comma(t, from, p))
      continue;
    /* "the sequel to the 1980 film Harbor Row, directed by A": the makers
       are that film's */
    about other = {titled_before(x, from, p), SKG_NONE, ab->ev};
    const about *to = other.work != SKG_NONE ? &other : ab;
    unsigned flags = 0;
    for (size_t i = 0; i < g.n; i++)
      flags |= g.v[i]->flags;
    maker_item items[MAX_ITEMS];
    size_t stop, n = read_items(x, t, list, end, flags, items, &stop);
    if ((flags & MV_ROLES) && !in_roles(t, stop, end))
      n = 0;
    for (size_t i = 0; i < g.n; i++)
      for (size_t j = 0; j < n; j++)
        add_maker(x, to, g.v[i], g.executive[i], t, &items[j]);
    if (to != ab) {
      p = n ? stop : p;
      continue;
    }
    for (size_t j = 0; j < n; j++)
      if (items[j].org)
        behind_works(x, ab, &items[j], end);
    if (n) {
      makers_tail(x, ab, t, stop, end);
      p = stop;
    }
  }
}

/* "a 1962 Japanese drama film by Yoshi Ozaki", "a British sitcom by Ann
   Roe": "by" right after the lead's description names the film's
   director or the series' creator ("based on a novel by" stops the
   description before). */
static void work_by(x_ctx *x, const about *ab, size_t p, size_t end) {
  const char *t = x->d->text;
  while (p < end && !x_description_ends(t, p, end)) {
    while (p < end && t[p] != ' ' && t[p] != ',')
      p++;
    p = x_skip_space(t, p, end);
  }
  if (!x_word_at(t, p, end, "by") || p + 3 >= end)
    return;
  maker_item items[MAX_ITEMS];
  size_t stop,
      n = read_items(x, t, p + 3, end, MV_PERSON | MV_ORG, items, &stop);
  maker_verb v = {"", x->subject_type == SKG_ENT_FILM ? SKG_PRED_DIRECTOR
                                                     : SKG_PRED_CREATOR,
                  MV_PERSON};
  for (size_t i = 0; i < n; i++) {
    const char *s = t + items[i].off;
    if (x_network_like(s, items[i].len))
      continue;
    if (items[i].org && x_company_like(s, items[i].len)) /* "by Lark Films" */
      skg_graph_add_fact(x->g, ab->work, SKG_PRED_PRODUCTION_COMPANY,
                         xl_company(x, t, items[i].off, items[i].len), &ab->ev);
    else if (!items[i].org && memchr(s, ' ', items[i].len))
      add_maker(x, ab, &v, false, t, &items[i]); /* no one word: DreamWorks */
  }
}

/* "It is set in the Marvel Cinematic Universe (MCU)", "part of the Star
   Wars franchise": the fictional universe or franchise of the work. */
static void part_of(x_ctx *x, const about *ab, size_t p, size_t end) {
  const char *t = x->d->text;
  size_t q = x_find(t, p, end, "set in the ");
  if (q < end) {
    size_t n = x_title_len(t, q + 11, end, 0);
    if (n > 9 && x_word_at(t, q + 11 + n - 8, end, "Universe"))
      skg_graph_add_literal(x->g, ab->work, SKG_PRED_PART_OF, t + q + 11, n,
                            &ab->ev);
  }
  q = x_find(t, p, end, "part of the ");
  if (q < end) {
    size_t n = x_title_len(t, q + 12, end, 0);
    if (n && x_word_at(t, q + 13 + n, end, "franchise"))
      skg_graph_add_literal(x->g, ab->work, SKG_PRED_PART_OF, t + q + 12, n,
                            &ab->ev);
  }
}

/* ---- "Ann Roe directed the film" ---- */

/* Verbs whose subject made the work named as their object. */
static const maker_verb ACTIVE_VERBS[] = {
    {"directed", SKG_PRED_DIRECTOR, MV_PERSON},
    {"co-directed", SKG_PRED_DIRECTOR, MV_PERSON},
    {"wrote", SKG_PRED_WRITER, MV_PERSON},
    {"co-wrote", SKG_PRED_WRITER, MV_PERSON},
    {"produced", SKG_PRED_PRODUCER, MV_PERSON},
    {"co-produced", SKG_PRED_PRODUCER, MV_PERSON},
    {"scored", SKG_PRED_COMPOSER, MV_PERSON},
    {"composed", SKG_PRED_COMPOSER, MV_PERSON},
    {"created", SKG_PRED_CREATOR, MV_PERSON},
    {"co-created", SKG_PRED_CREATOR, MV_PERSON},
};

/* Reads "wrote and directed", "co-wrote, produced and directed" at t[p];
   returns the end of the group, or p. */
static size_t active_group(const char *t, size_t p, size_t end, verb_group *g) {
  g->n = 0;
  for (size_t q = p; g->n < MAX_VERBS;) {
    const maker_verb *v =
        verb_at(t, q, end, ACTIVE_VERBS, SKG_ARRAY_LEN(ACTIVE_VERBS));
    if (!v)
      break;
    g->executive[g->n] = false;
    g->v[g->n++] = v;
    p = q + strlen(v->w);
    q = p + (x_at(t, p, end, ", and ") ? 6
             : x_at(t, p, end, ", ")   ? 2
             : x_at(t, p, end, " and ") ? 5
                                        : 0);
    if (q == p)
      break;
  }
  return p;
}

/* True when what follows an object names another work: "the film
   Harbor", "the music for Harbor Row", "the film's sequel". */
static bool other_object(const char *t, size_t p, size_t end) {
  if (x_at(t, p, end, " for ") || x_at(t, p, end, " of "))
    p += 4 + (t[p + 4] == ' ');
  else if (!x_at(t, p, end, " "))
    return false;
  else
    p++;
  return x_cap_at(t, p, end);
}

/* Length of " the film" (or movie, series, show, episode) at t[p] when
   it is the object and names no other work ("the film Harbor", "the
   film's sequel"), or 0. */
static size_t the_work_object(const char *t, size_t p, size_t end) {
  static const char *const OBJ[] = {" the film's musical score",
                                    " the film's original score",
                                    " the film's score",
                                    " the film's music",
                                    " the musical score",
                                    " the score",
                                    " the music",
                                    " the film",
                                    " the movie",
                                    " the series",
                                    " the show",
                                    " the episode",
                                    " the screenplay",
                                    " the script",
                                    " the teleplay",
                                    " it"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(OBJ); i++) {
    size_t k = strlen(OBJ[i]);
    if (!x_at(t, p, end, OBJ[i])) /* first: t[p + k] is in the text */
      continue;
    bool whole = p + k == end || !(t[p + k] >= 'a' && t[p + k] <= 'z');
    if (whole && !x_possessive_at(t, p + k, end) &&
        !other_object(t, p + k, end))
      return k;
  }
  return 0;
}

/* The person named just before t[v] (a space): a full name, a known
   surname or the full name a surname stands for. */
static bool name_before(x_ctx *x, size_t lo, size_t v, maker_item *it) {
  const char *t = x->d->text;
  static const char *const PRONOUNS[] = {"He", "She", "They", "It", "We",
                                         "I"};
  for (size_t i = 0; i < SKG_ARRAY_LEN(PRONOUNS); i++) {
    size_t k = strlen(PRONOUNS[i]);
    if (v >= lo + k && memcmp(t + v - k, PRONOUNS[i], k) == 0 &&
        (v == lo + k || t[v - k - 1] == ' '))
      return false; /* "He composed the score": someone said before */
  }
  size_t a = x_name_before(t, lo, v);
  if (a == v || (a > lo && t[a - 1] != ' '))
    return false;
  *it = (maker_item){a, v - a, false, 0, 0};
  bool first = a == x->d->sents[x_sent_at(x, a)].off;
  if (x_person_like(t + a, v - a, false) || (first && one_name(x, t + a, v - a)) ||
      x_lookup(x, X_PERSON, t + a, v - a, NULL) != SKG_NONE)
    return true;
  x_span full = memchr(t + a, ' ', v - a) ? (x_span){0, 0}
                                          : full_name_of(x, t + a, v - a);
  it->off = full.off;
  it->len = full.len;
  return full.len > 0;
}

/* "Lark Films produced the film": a company right before a group with
   "produced" (or "co-produced") produced the work. True when it did. */
static bool company_before(x_ctx *x, size_t si, size_t v, const verb_group *g) {
  const char *t = x->d->text;
  size_t lo = x->d->sents[si].off, a = x_name_before(t, lo, v);
  size_t i = 0;
  while (i < g->n && g->v[i]->p != SKG_PRED_PRODUCER)
    i++;
  if (i == g->n || a == v || !x_company_like(t + a, v - a) ||
      x_network_like(t + a, v - a))
    return false;
  skg_evidence ev = x_evidence(x, si, "lead-makers-active");
  for (int guard = 0; guard < 8; guard++) { /* "A, B and C produced" */
    skg_graph_add_fact(x->g, x->subject, SKG_PRED_PRODUCTION_COMPANY,
                       xl_company(x, t, a, v - a), &ev);
    size_t k = a >= lo + 5 && x_at(t, a - 5, v, " and ") ? 5
               : a >= lo + 2 && x_at(t, a - 2, v, ", ")  ? 2
                                                         : 0;
    if (!k)
      break;
    v = a - k;
    a = x_name_before(t, lo, v);
    if (a == v || !x_company_like(t + a, v - a))
      break;
  }
  return true;
}

/* "Ann Roe made her directorial debut with the film": the work the debut
   was made with is the article's. */
static void debut_with(x_ctx *x, size_t si) {
  static const char *const MADE[] = {" made his directorial debut with",
                                     " made her directorial debut with",
                                     " made their directorial debut with"};
  const char *t = x->d->text;
  const skg_span *s = &x->d->sents[si];
  size_t end = s->off + s->len;
  for (size_t i = 0; i < SKG_ARRAY_LEN(MADE); i++) {
    size_t v = x_find(t, s->off, end, MADE[i]), q = v + strlen(MADE[i]);
    maker_item it;
    if (v == end || !the_work_object(t, q, end) ||
        !name_before(x, s->off, v, &it))
      continue;
    about ab = {x->subject, SKG_NONE, x_evidence(x, si, "lead-makers-debut")};
    maker_verb dv = {"", SKG_PRED_DIRECTOR, MV_PERSON};
    add_maker(x, &ab, &dv, false, t, &it);
  }
}

/* "Ann Roe had previously directed Harbor Row (1980)", "Roe also directed
   the 1980 film Harbor Row": a maker verb group at p..q whose object is
   another work the text marks as one (a work noun before it, a year
   after it, or a title it knows). The subject made that work. True when
   a maker was stated. */
static bool titled_object(x_ctx *x, size_t si, size_t p, size_t q,
                          const verb_group *g) {
  static const char *const ADV[] = {"also",  "had",     "has",  "previously",
                                    "later", "earlier", "once", "first"};
  static const struct {
    const char *noun;
    skg_ent type;
  } KIND[] = {{"film ", SKG_ENT_FILM},
              {"movie ", SKG_ENT_FILM},
              {"series ", SKG_ENT_SERIES},
              {"sitcom ", SKG_ENT_SERIES}};
  const char *t = x->d->text;
  const skg_span *s = &x->d->sents[si];
  size_t end = s->off + s->len, o = q + 1, e = p - 1;
  if (!x_at(t, q, end, " "))
    return false;
  skg_ent type = SKG_ENT_FILM;
  bool marked = false;
  if (x_word_at(t, o, end, "the")) { /* "the 1980 film Harbor Row" */
    size_t w = x_skip_space(t, o + 3, end);
    if (w < end && t[w] >= '0' && t[w] <= '9')
      w = x_find(t, w, end, " ") + 1;
    for (size_t i = 0; i < SKG_ARRAY_LEN(KIND) && !marked; i++)
      if (x_at(t, w, end, KIND[i].noun)) {
        marked = true;
        type = KIND[i].type;
        o = w + strlen(KIND[i].noun);
      }
    if (!marked)
      return false;
  }
  size_t n = x_cap_at(t, o, end) ? x_title_len(t, o, end, X_TITLE_JOIN) : 0;
  if (!n)
    return false;
  skg_eid w = x_lookup(x, X_WORK, t + o, n, NULL);
  if (w == x->subject)
    return false;
  marked = marked || w != SKG_NONE || x_at(t, o + n, end, " (1") ||
           x_at(t, o + n, end, " (2");
  for (bool more = true; more && e > s->off;) { /* "had previously" */
    more = false;
    for (size_t i = 0; i < SKG_ARRAY_LEN(ADV) && !more; i++) {
      size_t k = strlen(ADV[i]);
      if (e >= s->off + k + 1 && x_word_at(t, e - k, e, ADV[i]) &&
          t[e - k - 1] == ' ') {
        e -= k + 1;
        more = true;
      }
    }
  }
  maker_item it;
  if (!marked || !name_before(x, s->off, e, &it))
    return false;
  if (w == SKG_NONE)
    w = x_entity(x, type, t + o, n);
  about ab = {w, SKG_NONE, x_evidence(x, si, "lead-makers-other-work")};
  for (size_t i = 0; i < g->n; i++)
    add_maker(x, &ab, g->v[i], false, t, &it);
  return true;
}

/* "Lark Films produced the film", "Ann Roe had previously directed Harbor
   Row (1980)": a company that made the work, or another work a person
   made. */
static void active_makers(x_ctx *x, size_t si) {
  const char *t = x->d->text;
  const skg_span *s = &x->d->sents[si];
  size_t end = s->off + s->len;
  for (size_t p = s->off + 1; p < end; p++) {
    verb_group g;
    size_t q = t[p - 1] == ' ' ? active_group(t, p, end, &g) : p;
    size_t k = q > p ? the_work_object(t, q, end) : 0;
    if (k && company_before(x, si, p - 1, &g))
      return;
    /* "Ann Roe wrote the film" itself is crew's (crew-own-verb, which
       knows plans and other works); here only what it leaves: companies
       and other works. */
    if (q > p && !k && titled_object(x, si, p, q, &g))
      return;
  }
}

/* ---- which sentences are about the work ---- */

/* Length of "The film", "This series", "The television series" at t[p],
   or 0. */
static size_t work_phrase(const char *t, size_t p, size_t end) {
  if (!x_word_at(t, p, end, "The") && !x_word_at(t, p, end, "This"))
    return 0;
  size_t a = p + 4 + (t[p + 1] == 'h' && t[p + 2] == 'i'), best = 0;
  size_t q = a;
  for (int words = 0; words < 3 && q < end; words++) {
    while (q < end && t[q] != ' ' && t[q] != ',' && t[q] != '\'')
      q++;
    if (skg_lex_has(SKG_LEX_WORK_NOUNS, t + a, q - a))
      best = q - p;
    q++;
  }
  return best;
}

/* "The screenplay", "The background score and soundtrack": a subject
   that names a part of the work; returns 0 or where the noun starts, so
   that the noun rule of makers() reads it. */
static size_t maker_noun_phrase(const char *t, size_t p, size_t end) {
  if (!x_word_at(t, p, end, "The") && !x_word_at(t, p, end, "Its"))
    return 0; /* "The screenplay", "Its screenplay" */
  /* "The black and white cinematography", not "The soundtrack includes
     rock music": a word ending in "s" may be a verb, and stops it */
  for (size_t q = p + 4, words = 0; q < end && words < 5; words++) {
    if (verb_at(t, q, end, MAKER_NOUNS, SKG_ARRAY_LEN(MAKER_NOUNS)))
      return q - p;
    while (q < end && t[q] != ' ')
      q++;
    if (q < end && t[q - 1] == 's' && t[q - 2] != '\'')
      return 0;
    q++;
  }
  return 0;
}

/* "Music for the film was composed by", "Cinematography was by": a
   sentence that opens with a maker noun, alone or of the work, and goes
   on with its verb (not "Music videos were directed by"). */
static bool bare_maker_noun(const char *t, size_t p, size_t end) {
  static const char *const OF[] = {" for the film", " of the film",
                                   " for the series", " of the series"};
  static const char *const THEN[] = {" was ", " is ", " were ", " by "};
  const maker_verb *noun =
      verb_at(t, p, end, MAKER_NOUNS, SKG_ARRAY_LEN(MAKER_NOUNS));
  if (!noun)
    return false;
  size_t q = p + strlen(noun->w);
  for (size_t i = 0; i < SKG_ARRAY_LEN(OF); i++)
    if (x_at(t, q, end, OF[i]))
      q += strlen(OF[i]);
  for (size_t i = 0; i < SKG_ARRAY_LEN(THEN); i++)
    if (x_at(t, q, end, THEN[i]))
      return true;
  return false;
}

/* After an opening participle clause, where the predicate of a main
   clause about the work starts ("..., the film was written by", "...,
   Harbor Lights marked"), or 0. */
static size_t main_clause(const x_ctx *x, size_t p, size_t end) {
  const char *t = x->d->text;
  for (size_t c = x_find(t, p, end, ", "); c < end;
       c = x_find(t, c + 2, end, ", ")) {
    size_t n = work_phrase(t, c + 2, end);
    if (n)
      return c + 2 + n;
    if (x_at(t, c, end, ", it "))
      return c + 4;
    n = x_title_len(t, c + 2, end, X_TITLE_JOIN);
    if (n && x_lookup(x, X_WORK, t + c + 2, n, NULL) == x->subject)
      return c + 2 + n;
  }
  return 0;
}

/* True when sentence si starts a line (a paragraph of plain text). */
static bool opens_paragraph(const skg_doc *d, size_t si) {
  size_t o = d->sents[si].off;
  while (o > 0 && d->text[o - 1] == ' ')
    o--;
  return o == 0 || d->text[o - 1] == '\n';
}

/* True when sentence si speaks of a work other than the article's: a
   dub, a version, a remake, the novel ("Fox released the studio's dub on
   VHS"), which a following "It" may mean. */
static bool names_other_work(const skg_doc *d, size_t si) {
  const char *const *OTHER = OTHER_WORKS;
  const char *t = d->text;
  size_t p = d->sents[si].off, end = p + d->sents[si].len;
  for (size_t a = p; p < end; p++)
    if (p == a || t[p - 1] == ' ')
      for (size_t i = 0; i < SKG_ARRAY_LEN(OTHER_WORKS); i++)
        if (x_word_at(t, p, end, OTHER[i]))
          return true;
  return false;
}

/* True when the sentence opens with a participle clause ("Based on",
   "Set in", "Inspired by", "Shot in") or a preposition of time ("Upon
   its final episode", "After the success of"): its subject comes after
   it. */
static bool participle_at(const char *t, size_t p, size_t end) {
  size_t q = p;
  while (q < end && t[q] != ' ' && t[q] != ',')
    q++;
  if (q - p < 3 || !x_cap_at(t, p, end))
    return false;
  static const char *const OPENERS[] = {"Set",    "Shot",   "Made",  "Upon",
                                        "After",  "During", "Following",
                                        "Despite", "Before", "Like", "Unlike"};
  if (memcmp(t + q - 2, "ed", 2) == 0 || memcmp(t + q - 3, "ing", 3) == 0)
    return true;
  for (size_t i = 0; i < SKG_ARRAY_LEN(OPENERS); i++)
    if (x_word_at(t, p, end, OPENERS[i]))
      return true;
  return false;
}

/* Where the predicate of sentence si starts when its subject is the work
   ("It ...", "The film ...", the title), or 0. A sentence opening with
   maker verbs whose main clause is about the work ("Written by A, the
   episode aired ...") counts from its start. */
static size_t about_work(const x_ctx *x, size_t si, size_t lead) {
  const char *t = x->d->text;
  const skg_span *s = &x->d->sents[si];
  size_t p = s->off + (t[s->off] == '"'), end = s->off + s->len, n;
  /* "It" opening a paragraph is the article's work; inside one it may go
     on with another work the sentence before was about (a dub, a
     remake). */
  if (x_word_at(t, p, end, "It"))
    return si == 0 || opens_paragraph(x->d, si) || si - 1 == lead ||
                   about_work(x, si - 1, lead) ||
                   !names_other_work(x->d, si - 1)
               ? p + 2
               : 0;
  if ((n = work_phrase(t, p, end)) || (n = maker_noun_phrase(t, p, end)))
    return p + n;
  /* "Filming took place in Paris, produced by A", "Production was handled
     by Lark Films": the work's own making */
  static const char *const MAKING[] = {"Filming ", "Production ", "Shooting ",
                                       "Principal photography "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(MAKING); i++)
    if (x_at(t, p, end, MAKING[i]))
      return p + strlen(MAKING[i]) - 1;
  if (bare_maker_noun(t, p, end))
    return p;
  if ((n = x_title_len(t, p, end, X_TITLE_JOIN)) &&
      x_lookup(x, X_WORK, t + p, n, NULL) == x->subject)
    return p + n;
  verb_group g;
  size_t c = x_find(t, p, end, ", the ");
  if (read_verbs(t, p, end, &g) && c < end && work_phrase(t, c + 2, end))
    return p;
  /* "Based on the novel by A, the film was written by B": the clause
     before the comma is about another work; the main clause is about
     this one. */
  if (participle_at(t, p, end))
    return main_clause(x, p, end);
  /* "A British and American joint venture, the film was co-produced by
     A": a noun phrase in apposition to the subject after it (only up to
     the first comma, so that no other clause comes between) */
  c = x_find(t, p, end, ", ");
  if ((x_word_at(t, p, end, "A") || x_word_at(t, p, end, "An")) && c < end &&
      (n = work_phrase(t, c + 2, end)))
    return c + 2 + n;
  /* "The Night Ledger, along with its sister shows, was removed from
     Streamco. They began streaming on Zeta+": "They" goes on with a
     sentence whose subject was the work (one step back only). */
  if (x_word_at(t, p, end, "They") && si > 0 &&
      !x_word_at(t, x->d->sents[si - 1].off, end, "They") &&
      about_work(x, si - 1, lead))
    return p + 4;
  return 0;
}

/* "The film marks the directorial debut of Ann Roe", "It was Ann Roe's
   directorial debut.": in a sentence about the work, its director ("Ann
   Roe's directorial debut, Harbor Row" names another work). */
static void directorial_debut(x_ctx *x, const about *ab, size_t p,
                              size_t end) {
  static const char *const POSS[] = {"'s directorial debut",
                                     "\xe2\x80\x99s directorial debut"};
  const char *t = x->d->text;
  maker_verb v = {"", SKG_PRED_DIRECTOR, MV_PERSON};
  maker_item it;
  size_t q = x_find(t, p, end, "directorial debut of "), n;
  if (q < end && (n = x_name_len(t, q + 21, end)) &&
      x_person_like(t + q + 21, n, false)) {
    it = (maker_item){q + 21, n, false, 0, 0};
    add_maker(x, ab, &v, false, t, &it);
  }
  for (size_t i = 0; i < SKG_ARRAY_LEN(POSS); i++) {
    q = x_find(t, p, end, POSS[i]);
    size_t after = q + strlen(POSS[i]);
    if (q < end && (after >= end || strchr(".;", t[after]) ||
                    x_at(t, after, end, " and ")) &&
        name_before(x, p, q, &it))
      add_maker(x, ab, &v, false, t, &it);
  }
}

/* "The show was the brainchild of Ann Lee": its creator. */
static void brainchild(x_ctx *x, const about *ab, size_t p, size_t end) {
  static const char CUE[] = "the brainchild of ";
  const char *t = x->d->text;
  size_t q = x_find(t, p, end, CUE), n;
  maker_item it;
  if (q == end || !(n = x_name_len(t, q + strlen(CUE), end)) ||
      !x_person_like(t + q + strlen(CUE), n, false))
    return;
  it = (maker_item){q + strlen(CUE), n, false, 0, 0};
  maker_verb v = {"", SKG_PRED_CREATOR, MV_PERSON};
  add_maker(x, ab, &v, false, t, &it);
}

static void about_sentence(x_ctx *x, size_t si, size_t p, skg_eid parent) {
  const skg_span *s = &x->d->sents[si];
  size_t end = s->off + s->len;
  about ab = {x->subject, parent, x_evidence(x, si, "lead-makers")};
  makers(x, &ab, p, end);
  xl_coproduction(x, &ab, p, end);
  directorial_debut(x, &ab, p, end);
  brainchild(x, &ab, p, end);
  ab.ev = x_evidence(x, si, "lead-network");
  xl_networks(x, &ab, p, end);
  if (x->subject_type == SKG_ENT_SERIES)
    xl_possessive_network(x, &ab, p, end);
  /* "It is a Netflix original series": a network in a later description
     of the work, not in one of another work ("a remake of the NBC
     series") */
  static const char *const COPULA[] = {" is a ", " is an ", " was a ",
                                       " was an "};
  for (size_t i = 0; i < SKG_ARRAY_LEN(COPULA); i++)
    if (si > 0 && x_at(x->d->text, p, end, COPULA[i]))
      xl_description_network(x, &ab, p + strlen(COPULA[i]),
                             x_find(x->d->text, p, end, " of "));
  ab.ev = x_evidence(x, si, "lead-universe");
  part_of(x, &ab, p, end);
}

void x_rules_lead_makers(x_ctx *x) {
  skg_ent type;
  size_t a, tl, desc;
  size_t lead = x_find_lead(x, &type, &a, &tl, &desc);
  if (lead == x->d->nsents || x->subject == SKG_NONE)
    return;
  const skg_span *s = &x->d->sents[lead];
  skg_eid parent = x_episode_series(x);
  about ab = {x->subject, parent, x_evidence(x, lead, "lead-network")};
  xl_description_network(x, &ab, desc, s->off + s->len);
  ab.ev = x_evidence(x, lead, "lead-description-company");
  xl_description_company(x, &ab, desc, s->off + s->len);
  ab.ev = x_evidence(x, lead, "lead-work-by");
  work_by(x, &ab, desc, s->off + s->len);
  about_sentence(x, lead, desc, parent);
  for (size_t si = lead + 1; si < x->refs_start; si++) {
    size_t p = about_work(x, si, lead);
    if (p)
      about_sentence(x, si, p, parent);
    else
      active_makers(x, si);
    debut_with(x, si);
    xl_active_network(x, si, parent);
  }
  for (size_t si = lead; si < x->refs_start; si++) {
    xl_studio_cues(x, si);
  }
}
