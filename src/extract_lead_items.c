/* extract_lead_items.c: reads the list of makers after a maker verb in a
   sentence about the article's work ("directed by A, B and C", "produced
   by the London office of Lark Media", "produced by Ann Roe under the
   banner of Lark Films"): each item a person or a company, and for a cast
   verb the character after "as". Apart from extract_lead_makers.c, which
   finds the verbs and states the facts. */
#include "extract_lead_words.h"
#include "lexicon.h"
#include "xcast_desc.h"
#include "xmakers.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>

/* True when s[0..n) at this place names a company rather than a person. */
static bool org_name(const x_ctx *x, const char *s, size_t n, bool single) {
  if (x_company_like(s, n) || x_network_like(s, n) ||
      x_lookup(x, X_ORG, s, n, NULL) != SKG_NONE)
    return true;
  /* "Endemol USA": a word in capitals after the first is no person's */
  size_t last = n;
  while (last > 0 && s[last - 1] != ' ')
    last--;
  if (last && n - last >= 2 &&
      strspn(s + last, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == n - last)
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
  bool poss = x_cap_at(t, q, end);
  if (poss) { /* "Ann Roe's" */
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
    /* "stars as Hal Brine", "stars the character Vera Quill": a role
       (data/character_words.txt), no one who plays it */
    if (x_word_at(t, q, end, "as") ||
        xc_lex_at(t, q, end, SKG_LEX_CHARACTER_WORDS))
      return p;
    size_t w = q;
    while (q < end && t[q] != ' ' && t[q] != ',' && t[q] != '.')
      q++;
    /* "Ann Roe's son, Tom Roe": the possessor's relative (a noun of
       data/ties.tsv), in apposition */
    if (poss && x_at(t, q, end, ", ") && x_cap_at(t, q + XC_LEN(", "), end) &&
        skg_lex_has(SKG_LEX_TIES, t + w, q - w)) {
      q += XC_LEN(", ");
      words++;
      break;
    }
    if (q >= end || t[q] != ' ')
      return p;
    q++;
  }
  size_t n = words ? x_name_len(t, q, end) : 0;
  return n && x_person_like(t + q, n, false) ? q : p;
}

/* True when the single word s[0..n), named as a maker, may be a person
   known by one name ("directed by Nissar", "music by Ilaiyaraaja"). */
bool xm_one_name(const x_ctx *x, const char *s, size_t n) {
  return n >= 3 && !memchr(s, ' ', n) && x_person_like(s, n, true) &&
         x_lookup(x, X_WORK | X_ORG | X_CHARACTER, s, n, NULL) == SKG_NONE;
}

/* The full name in the document that ends in the word s[0..n) ("Ann Roe"
   for "Roe"): a maker named by surname alone was named in full elsewhere.
   {0, 0} when there is none or two people share the word (x_full_name). */
x_span xm_full_name_of(x_ctx *x, const char *s, size_t n) {
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
  xc_cur c = xc_at(t, p, p + o, end);
  if (!XC_EXACT(&c, " of "))
    return o;
  XC_EXACT(&c, "the ");
  size_t k = x_org_len(t, c.p, end);
  return k ? c.p + k - p : o;
}

/* "by the London office of Lark Media", "by the animation division of
   Lark Media": after "the", a few words and a unit noun then "of"; the
   maker is the company after it. Returns where its name starts, or 0. */
static size_t unit_of(const char *t, size_t p, size_t end) {
  for (int words = 0; words < 4 && p < end; words++) {
    /* data/unit_nouns.txt, lower case: "office", "division", "arm" */
    size_t n = xl_lower_lex_len(t, p, end, SKG_LEX_UNIT_NOUNS);
    xc_cur c = xc_at(t, p, p + n, end);
    if (n && XC_EXACT(&c, " of "))
      return x_cap_at(t, c.p, end) ? c.p : 0;
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
size_t xm_banner_at(const char *t, size_t p, size_t end) {
  xc_cur c = xc_at(t, p, p, end);
  if (!XC_EXACT(&c, " ") || !XC_ALT(&c, "under|through|via|for") ||
      t[c.p - 1] != ' ' || !XC_ALT(&c, "his|her|their|the|its") ||
      t[c.p - 1] != ' ')
    return 0;
  /* data/banner_nouns.txt: "banner", "production company" */
  size_t k = xc_lex_len(t, c.p, end, SKG_LEX_BANNER_NOUNS);
  if (!k)
    return 0;
  c.p += k;
  if (!XC_EXACT(&c, ","))
    XC_EXACT(&c, " of");
  return XC_EXACT(&c, " ") ? c.p : 0;
}

/* True when a one-word maker at t[p] ends cleanly: the sentence, a comma,
   "and", a parenthesis or a banner follow ("Horror & Fantasy" is not a
   name). */
static bool clean_end(const char *t, size_t p, size_t end) {
  if (p >= end || strchr(".,;()", t[p]))
    return true;
  xc_cur c = xc_at(t, p, p, end);
  return (XC_EXACT(&c, " ") && XC_ALT(&c, "and|under|in|for|with") &&
          t[c.p - 1] == ' ') ||
         xm_banner_at(t, p, end);
}

/* After a name at p: "'s company, Lark Films", "'s production company
   Lark Films", "'s banner Lark Films", "'s Lark Films" (the name starts
   at a); returns where the company's name
   starts, or 0. The maker is the company, not the person. */
/* Length of a lower-case word for a company after a name at p ("Golden
   Lantern films"), or 0. */
static size_t kind_word_len(const char *t, size_t p, size_t end) {
  /* data/company_kind_words.txt, lower case: "films", "studios" */
  xc_cur c = xc_at(t, p, p, end);
  if (!XC_EXACT(&c, " "))
    return 0;
  size_t k = xl_lower_lex_len(t, c.p, end, SKG_LEX_COMPANY_KIND_WORDS);
  return k ? c.p + k - p : 0;
}

/* True when the company-like name t[p..p+o) is a person's name of n
   bytes, " of " and a company's ("Ann Roe of Lark Films"): the person
   and the company she works for, not one name (xm_producer_of reads the
   companies of a list). */
static bool person_of_company(const char *t, size_t p, size_t n, size_t o) {
  size_t of = XC_LEN(" of ");
  return n && o > n + of && x_at(t, p + n, p + o, " of ") &&
         memchr(t + p, ' ', n) && x_person_like(t + p, n, false) &&
         !x_company_like(t + p, n) &&
         x_company_like(t + p + n + of, o - n - of);
}

/* Length of " of Lark Films" at t[p] after a person's name, a company's
   name with a suffix; 0 otherwise. */
static size_t company_after_of(const char *t, size_t p, size_t end) {
  size_t of = XC_LEN(" of "), o;
  return x_at(t, p, end, " of ") && (o = x_org_len(t, p + of, end)) &&
                 x_company_like(t + p + of, o)
             ? of + o
             : 0;
}

static size_t company_of(const char *t, size_t a, size_t p, size_t end) {
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
  /* data/owned_company_nouns.txt: "company", "production house" */
  size_t w = xc_lex_len(t, p, end, SKG_LEX_OWNED_COMPANY_NOUNS);
  xc_cur c = xc_at(t, p, p + w, end);
  XC_EXACT(&c, ",");
  return w && XC_EXACT(&c, " ") && x_org_len(t, c.p, end) ? c.p : 0;
}

/* xmakers.h: up to max words that describe a maker at t[p], a noun of
   nouns, then the name; with org, also lower-case words and a name that
   reads as a company's. */
size_t xm_described_name(const char *t, size_t p, size_t end, skg_lex nouns,
                         int max, bool org) {
  bool lower = true; /* no capital yet: not "The Ann Roe Company" */
  for (int words = 0; words < max && p < end; words++) {
    size_t k = xl_lower_lex_len(t, p, end, nouns);
    if (k && x_at(t, p + k, end, " ") && x_cap_at(t, p + k + 1, end))
      return p + k + 1;
    size_t o = org && words && lower ? x_org_len(t, p, end) : 0;
    if (o && x_company_like(t + p, o))
      return p;
    lower = lower && !x_cap_at(t, p, end);
    xc_cur c = xc_at(t, p, p, end); /* the next word */
    xc_skip_word(&c);
    if (!XC_EXACT(&c, " "))
      return 0;
    p = c.p;
  }
  return 0;
}

/* "by the French studio Lark Films", "by the independent production
   company Lark Films", "by Belgian company Lark Films": up to three words
   that describe a company after "the" (one without it: not "by Ann Roe
   through her company C"), a noun of data/company_nouns.txt, then the
   company's name; or "the", lower-case words and a name that reads as a
   company's ("by the newly formed Lark Pictures"). Returns where the
   name starts, or 0. */
static size_t described_company(const char *t, size_t p, size_t end) {
  bool the = x_word_at(t, p, end, "the");
  if (the)
    p += XC_LEN("the ");
  return xm_described_name(t, p, end, SKG_LEX_COMPANY_NOUNS, the ? 4 : 2, the);
}

/* Length of the character's name after "as" at t[p]: a name, or a title
   of data/titles.txt and the name after it ("as Dr. Watts", where the
   name scanner alone stops at "Dr"). */
static size_t character_len(const char *t, size_t p, size_t end) {
  size_t w = p;
  while (w < end && t[w] != ' ')
    w++;
  size_t n = w < end && skg_lex_has(SKG_LEX_TITLES, t + p, w - p)
                 ? x_name_len(t, w + 1, end)
                 : 0;
  return n ? w + 1 + n - p : x_name_len(t, p, end);
}

/* Length of a duo's name at t[p] whose first name is n bytes long
   ("Salim–Javed", "Laxmikant–Pyarelal": two names joined by an en dash,
   credited as one), or n. */
static size_t duo_len(const char *t, size_t p, size_t n, size_t end) {
  static const char DASH[] = "\xe2\x80\x93"; /* U+2013 EN DASH */
  size_t d = p + n, k = XC_LEN(DASH);
  if (!n || !x_at(t, d, end, DASH))
    return n;
  size_t m = x_name_len(t, d + k, end);
  return m && !memchr(t + d + k, ' ', m) ? n + k + m : n;
}

/* The items at t[p] that only a company can be ("the French studio C",
   "the X office of C", "by the X", "by 20th Century Fox"): sets *it and
   returns the item's end, or 0 when such a start names no company;
   SIZE_MAX when t[p] starts none of them. */
static size_t company_item(const char *t, size_t p, size_t end, unsigned flags,
                           maker_item *it) {
  size_t o;
  size_t named = (flags & MV_ORG) ? described_company(t, p, end) : 0;
  if (named && (o = x_org_len(t, named, end))) { /* "the French studio C" */
    *it = (maker_item){named, o, true, 0, 0};
    return named + o;
  }
  bool the = (flags & MV_ORG) && x_word_at(t, p, end, "the");
  size_t after = p + XC_LEN("the "); /* x_word_at: a space or mark */
  size_t unit = the ? unit_of(t, after, end) : 0;
  if (unit && (o = x_org_len(t, unit, end))) { /* "the X office of C" */
    *it = (maker_item){unit, o, true, 0, 0};
    return unit + o;
  }
  if (the) { /* "by the X" */
    if (!(o = the_org_len(t, after, end)))
      return 0;
    *it = (maker_item){after, o, true, 0, 0};
    return after + o;
  }
  if (p < end && t[p] >= '0' && t[p] <= '9') { /* "by 20th Century Fox" */
    if (!(flags & MV_ORG) || !(o = x_org_len(t, p, end)))
      return 0;
    *it = (maker_item){p, o, true, 0, 0};
    return p + o;
  }
  return SIZE_MAX;
}

/* The character after a cast item ending at t[p] (" as FBI agent Hal
   Brine", " as Vera / Vesna"), into it->coff/clen; returns the end of
   what was read. */
static size_t item_character(const char *t, size_t p, size_t end,
                             maker_item *it) {
  xc_cur c = xc_at(t, p, p, end);
  if (XC_EXACT(&c, " as ") && c.p < end &&
      (c.p = x_acronym_job_skip(t, c.p, end)) < end && /* "FBI agent" */
      (it->clen = character_len(t, c.p, end))) {
    it->coff = c.p;
    p = it->coff + it->clen;
    c = xc_at(t, p, p, end);
    if (XC_EXACT(&c, " / ") && c.p < end) /* "as Vera / Vesna" */
      p = c.p + x_name_len(t, c.p, end);
  }
  return p;
}

/* A one-word item t[p..p+n) no person of the text is called: a surname
   of someone named in full (it then names that person), or a person
   known by one name; returns its end, or 0. */
static size_t one_word_item(x_ctx *x, const char *t, size_t p, size_t n,
                            size_t end, unsigned flags, maker_item *it) {
  x_span full = xm_full_name_of(x, t + p, n);
  if (full.len) {
    it->off = full.off;
    it->len = full.len;
    return p + n;
  }
  if (!(flags & MV_PERSON) || !clean_end(t, p + n, end) ||
      !xm_one_name(x, t + p, n))
    return 0;
  return p + n;
}

/* True when the text knows the surname sur[0..sn) as shared by the
   given name g[0..gn): it names "Jon Marlow" in full elsewhere, or "the
   Marlow brothers" (data/sibling_nouns.txt). */
static bool surname_shared(const x_ctx *x, const char *g, size_t gn,
                           const char *sur, size_t sn) {
  char buf[X_SHARED_NAME_MAX];
  if (gn + sn + 2 >= sizeof buf)
    return false;
  memcpy(buf, g, gn);
  buf[gn] = ' ';
  memcpy(buf + gn + 1, sur, sn);
  if (x_lookup(x, X_PERSON, buf, gn + 1 + sn, NULL) != SKG_NONE)
    return true;
  for (size_t i = 0; i < skg_lex_size(SKG_LEX_SIBLING_NOUNS); i++) {
    const char *noun = skg_lex_nth(SKG_LEX_SIBLING_NOUNS, i);
    size_t nn = strlen(noun);
    if (1 + sn + 1 + nn >= sizeof buf)
      continue;
    buf[0] = ' '; /* " Marlow brothers" */
    memcpy(buf + 1, sur, sn);
    buf[1 + sn] = ' ';
    memcpy(buf + 2 + sn, noun, nn + 1);
    if (x_find(x->d->text, 0, x->d->len, buf) < x->d->len)
      return true;
  }
  return false;
}

/* "produced by Joel and Ethan Coen": the one word t[p..p+n) before " and "
   and a person's full name is a given name that shares that name's
   surname; sets it->coff/clen to the surname. */
static bool shared_surname(x_ctx *x, const char *t, size_t p, size_t n,
                           size_t end, maker_item *it) {
  xc_cur c = xc_at(t, p + n, p + n, end);
  if (memchr(t + p, ' ', n) || x_company_like(t + p, n) ||
      x_lookup(x, X_PERSON, t + p, n, NULL) != SKG_NONE ||
      xm_full_name_of(x, t + p, n).len || !XC_EXACT(&c, " and ") || c.p >= end)
    return false;
  size_t m = x_name_len(t, c.p, end), last = c.p + m;
  if (!m || !x_person_like(t + c.p, m, false) || x_company_like(t + c.p, m))
    return false;
  while (last > c.p && t[last - 1] != ' ')
    last--;
  if (last == c.p || memchr(t + c.p, ' ', m) != t + last - 1)
    return false; /* two words exactly: "Ethan Coen" */
  if (!surname_shared(x, t + p, n, t + last, c.p + m - last))
    return false;
  it->coff = last;
  it->clen = c.p + m - last;
  return true;
}

/* True when the one word s[0..n), named as a maker that may be a person,
   is the surname of someone the text names in full ("produced by
   Howard" after "Ron Howard"): a person, not a company. */
static bool known_surname(x_ctx *x, const char *s, size_t n, unsigned flags) {
  return (flags & MV_PERSON) && !memchr(s, ' ', n) && !x_company_like(s, n) &&
         xm_full_name_of(x, s, n).len;
}

size_t xm_origin_skip(const char *t, size_t p, size_t end) {
  enum { MAX_PLACE = 40 };
  size_t w = p, n;
  while (w < end && isalpha((unsigned char)t[w]))
    w++;
  if (w > p && w + 1 < end && t[w] == ' ' &&
      skg_lex_has(SKG_LEX_MAKER_ORIGINS, t + p, w - p)) {
    /* "American companies A", "the German company A"
       (data/company_nouns.txt) */
    size_t q = w + 1;
    if ((n = xc_lex_len(t, q, end, SKG_LEX_COMPANY_NOUNS)) ||
        x_word_at(t, q, end, "companies"))
      q += n ? n : XC_LEN("companies");
    return q > w + 1 && x_at(t, q, end, " ") && x_cap_at(t, q + 1, end) ? q + 1
                                                                        : p;
  }
  size_t b = x_find(t, p, end, "-based ");
  if (b >= end || b - p > MAX_PLACE || !x_cap_at(t, p, end))
    return p;
  for (size_t q = p; q < b; q++)
    if (!isalpha((unsigned char)t[q]) && t[q] != ' ')
      return p;
  b += XC_LEN("-based ");
  return x_cap_at(t, b, end) ? b : p;
}

/* True when the word t[q..e) may describe a maker: a capitalised word
   ("American", "Argentine-born") or a lower-case one that closes no
   phrase ("acclaimed"; not "and", "of", "the"). */
static bool describing_word(const char *t, size_t q, size_t e, size_t end) {
  return x_cap_at(t, q, end) ||
         (e > q && !skg_lex_has(SKG_LEX_ADJECTIVE_STOPS, t + q, e - q) &&
          !skg_lex_has(SKG_LEX_PHRASE_STOPS, t + q, e - q));
}

/* Past "American director ", "the Argentine-born Brazilian filmmaker ",
   "Vietnam War veteran ", "acclaimed American director " at t[p]: "the"
   or up to three describing words (a nationality, "X-born", a war), then
   a lower-case noun of data/maker_descriptors.txt with a capital after
   it; or p. */
static size_t descriptor_skip(const char *t, size_t p, size_t end) {
  bool the = x_word_at(t, p, end, "the");
  size_t q = the ? p + XC_LEN("the ") : p;
  for (int w = 0; w <= 3 && q < end; w++) {
    size_t k = xl_lower_lex_len(t, q, end, SKG_LEX_MAKER_DESCRIPTORS);
    if (k && (w || the) && x_at(t, q + k, end, " ") &&
        x_cap_at(t, q + k + 1, end))
      return q + k + 1;
    xc_cur c = xc_at(t, q, q, end); /* the next word */
    xc_skip_word(&c);
    if (w == 3 || !describing_word(t, q, c.p, end) || !XC_EXACT(&c, " "))
      return p;
    q = c.p;
  }
  return p;
}

/* Reads one item at t[p]; returns its end or 0. */
static size_t read_item(x_ctx *x, const char *t, size_t p, size_t end,
                        unsigned flags, maker_item *it) {
  if (flags & MV_DESC)
    p = skip_description(t, p, end);
  p += role_noun_len(t, p, end); /* "written by showrunner A" */
  p = descriptor_skip(t, p, end); /* "by American director A" */
  p = xm_origin_skip(t, p, end); /* "American companies A" */
  size_t o = company_item(t, p, end, flags, it);
  if (o != SIZE_MAX)
    return o;
  p = x_desc_skip(t, skip_epithet(t, p, end), end); /* "newcomer A" */
  o = x_org_len(t, p, end);
  size_t n = x_name_len(t, p, end);
  if (!(flags & MV_CAST) && n && !memchr(t + p, ' ', n))
    n = duo_len(t, p, n, end); /* "written by Salim–Javed" */
  if (person_of_company(t, p, n, o))
    o = 0;
  size_t owned = n ? company_of(t, p, p + n, end) : 0;
  if (owned && (flags & MV_ORG)) { /* "by Ann Roe's company, Lark Films" */
    size_t o2 = x_org_len(t, owned, end);
    *it = (maker_item){owned, o2 ? o2 : x_name_len(t, owned, end), true, 0, 0};
    return owned + it->len + kind_word_len(t, owned + it->len, end);
  }
  if (owned)
    return 0;
  *it = (maker_item){p, n, false, 0, 0};
  if ((flags & MV_PERSON) && !(flags & MV_CAST) && n &&
      shared_surname(x, t, p, n, end, it))
    return p + n; /* "produced by Joel and Ethan Coen": Joel Coen */
  bool org_only = (flags & (MV_ORG | MV_PERSON)) == MV_ORG;
  /* "produced by A under the banner of C": A is a person */
  bool banner = n && xm_banner_at(t, p + n, end);
  if (o && (flags & MV_ORG) && !known_surname(x, t + p, o, flags) &&
      ((org_only && !(flags & MV_STRICT)) ||
       (!banner && org_name(x, t + p, o, true)))) {
    it->len = o;
    it->org = true;
    return p + o;
  }
  if (n && !(flags & MV_CAST) &&
      x_lookup(x, X_PERSON, t + p, n, NULL) == SKG_NONE &&
      !memchr(t + p, ' ', n))
    return one_word_item(x, t, p, n, end, flags, it);
  if (!n || !(x_person_like(t + p, n, flags & MV_CAST) ||
              x_lookup(x, X_PERSON, t + p, n, NULL) != SKG_NONE))
    return 0;
  if ((flags & MV_CAST) && !memchr(t + p, ' ', n)) { /* "It stars Roe" */
    x_span full = xm_full_name_of(x, t + p, n);
    if (full.len) {
      it->off = full.off;
      it->len = full.len;
    }
  }
  p += n;
  return (flags & MV_CAST) ? item_character(t, p, end, it) : p;
}

/* Where a name that runs into the next sentence or a citation without a
   space ends ("Ann Roe.Lentz", "Tom Ash.On the trail"): a word of two
   lower-case letters or more, a full stop, a capital. Initials ("J.R.")
   do not count. Returns that full stop's position, or 0. */
static bool ascii_lower(char ch) { return ch >= 'a' && ch <= 'z'; }

static size_t glued_end(const char *t, size_t off, size_t len) {
  enum { LOWER_RUN = 2 }; /* the letters before the full stop */
  for (size_t i = off + LOWER_RUN; i + 1 < off + len; i++)
    if (t[i] == '.' && ascii_lower(t[i - 1]) && ascii_lower(t[i - LOWER_RUN]) &&
        t[i + 1] >= 'A' && t[i + 1] <= 'Z')
      return i;
  return 0;
}

/* Length of ", Jr." or ", Sr." after a name at p (or the period of "Jr."
   the name scanner left out), which is no other name; 0 if none. */
static size_t generation_len(const char *t, size_t p, size_t end) {
  size_t g = XC_LEN(" Jr"); /* "Roe Jr.": the name ends before the "." */
  xc_cur c = xc_at(t, p >= g ? p - g : p, p >= g ? p - g : p, end);
  if (p >= g && x_at(t, p, end, ".") &&
      (XC_EXACT(&c, " Jr") || XC_EXACT(&c, " Sr")))
    return XC_LEN(".");
  c = xc_at(t, p, p, end); /* ", Jr.", ", Sr", not ", Sri Devi" */
  if (!XC_EXACT(&c, ", ") || !(XC_EXACT(&c, "Jr") || XC_EXACT(&c, "Sr")))
    return 0;
  xc_cur dot = c;
  if (XC_EXACT(&dot, ".") &&
      (dot.p >= end || !isalnum((unsigned char)t[dot.p])))
    return dot.p - p;
  return c.p >= end || !isalnum((unsigned char)t[c.p]) ? c.p - p : 0;
}

/* True when a verb of data/maker_verbs.tsv starts at t[q] ("starring"):
   the list of makers before it has ended ("directed by A, starring
   former wrestler B": B directed nothing). */
static bool maker_verb_at(const char *t, size_t q, size_t end) {
  size_t e = q;
  while (e < end && (islower((unsigned char)t[e]) || t[e] == '-'))
    e++;
  return e > q && skg_lex_has(SKG_LEX_MAKER_VERBS, t + q, e - q);
}

/* Length of "his real-life wife ", "her long-time partner " at t[p]: a
   possessive, a hyphenated adjective and a kin noun of data/ties.tsv
   (x_kin_len reads one without the adjective), or 0. */
static size_t kin_adjective_len(const char *t, size_t p, size_t end) {
  xc_cur c = xc_at(t, p, p, end);
  if (!XC_ALT(&c, "his|her|their"))
    return 0;
  XC_EXACT(&c, " "); /* when the word match left the space */
  size_t a = c.p, e = x_find(t, a, end, " ");
  if (e >= end || !islower((unsigned char)t[a]) || !memchr(t + a, '-', e - a))
    return 0;
  size_t n = e + 1, m = n;
  while (m < end && islower((unsigned char)t[m]))
    m++;
  const char *v = skg_lex_get(SKG_LEX_TIES, t + n, m - n);
  static const char *const KIN[] = {"parentOf", "siblingOf", "loverOf"};
  for (size_t i = 0; v && m < end && t[m] == ' ' && i < SKG_ARRAY_LEN(KIN); i++)
    if (strncmp(v, KIN[i], strlen(KIN[i])) == 0)
      return m + 1 - p;
  return 0;
}

/* Length of the separator before the next item at t[p] (", ", ", and ",
   ", & ", " and ", " & "; with kin, also a kin phrase after it: " and his
   son ") when a capital follows it (or a performer's description: "and
   newcomer A"; after a maker list, not one after a maker verb), or 0. */
static size_t separator_len(const char *t, size_t p, size_t end, bool kin,
                            bool cast) {
  xc_cur c = xc_at(t, p, p, end);
  bool comma = XC_EXACT(&c, ", ");
  if (!comma && !XC_EXACT(&c, " "))
    return 0;
  bool conj = XC_EXACT(&c, "and ") || XC_EXACT(&c, "& ");
  if (!comma && !conj)
    return 0;
  size_t k = kin ? x_kin_len(t, c.p, end) : 0;
  size_t q = c.p + (k || !kin ? k : kin_adjective_len(t, c.p, end));
  /* "A and the Belgian company C": read_item reads the description; "A
     and newcomer B" (issue 11), not after a maker verb in a maker list */
  return x_cap_at(t, q, end) || described_company(t, q, end) ||
                 (x_desc_skip(t, q, end) != q &&
                  (cast || !maker_verb_at(t, q, end)))
             ? q - p
             : 0;
}

/* "starring A and B as C and D" (x_parallel_roles): gives each of the
   n cast items its character; returns where the roles end, or 0. */
static size_t parallel_items(const char *t, size_t end, maker_item *out,
                             size_t n) {
  x_span act[MAX_ITEMS], role[MAX_ITEMS + 1];
  for (size_t i = 0; i < n; i++) {
    if ((i + 1 < n && out[i].clen) || out[i].org)
      return 0;
    act[i] = (x_span){out[i].off, out[i].len};
  }
  size_t e = x_parallel_roles(t, out[n - 1].coff, end, act, n, role);
  for (size_t i = 0; e && i < n; i++) {
    out[i].coff = role[i].off;
    out[i].clen = role[i].len;
  }
  return e;
}

/* Reads the list of makers at t[p]: "A", "A and B", "A, B, and C". */
size_t xm_read_items(x_ctx *x, const char *t, size_t p, size_t end,
                     unsigned flags, maker_item *out, size_t *stop) {
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
    size_t par = (flags & MV_CAST) && out[n - 1].clen && n >= 2
                     ? parallel_items(t, end, out, n)
                     : 0;
    if (par) {
      *stop = par;
      return n;
    }
    q += gen;
    if ((flags & MV_ORG) && !out[n - 1].org) /* "A of Lark Films, B" */
      q += company_after_of(t, q, end);
    xc_cur c = xc_at(t, q, q, end);
    if (XC_EXACT(&c, " (") && c.p < end) /* "A (the ...)" */
      q = x_find(t, q, end, ")") + 1;
    *stop = p = q < end ? q : end;
    /* "A and his son B" (after a full name: x_kin_len) */
    bool kin = memchr(t + out[n - 1].off, ' ', out[n - 1].len) != NULL;
    size_t sep = separator_len(t, p, end, kin, flags & MV_CAST);
    if (!sep)
      break;
    p += sep;
  }
  return n;
}
