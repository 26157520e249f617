/* extract_lead_items.c: reads the list of makers after a maker verb in a
   sentence about the article's work ("directed by A, B and C", "produced
   by the London office of Lark Media", "produced by Ann Roe under the
   banner of Lark Films"): each item a person or a company, and for a cast
   verb the character after "as". Apart from extract_lead_makers.c, which
   finds the verbs and states the facts. */
#include "lexicon.h"
#include "xmakers.h"

#include <ctype.h>
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
size_t xm_banner_at(const char *t, size_t p, size_t end) {
  static const char *const PREP[] = {" under ", " through ", " via ", " for "};
  static const char *const WHOSE[] = {"his ", "her ", "their ", "the ", "its "};
  static const char *const KIND[] = {
      "banner",           "production company", "company",
      "production house", "production banner",  "production tag",
      "production label"};
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
         xm_banner_at(t, p, end);
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
  static const char *const OWNED[] = {"company", "production company", "studio",
                                      "banner", "production house"};
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
  bool banner = n && xm_banner_at(t, p + n, end);
  if (o && (flags & MV_ORG) &&
      ((org_only && !(flags & MV_STRICT)) ||
       (!banner && org_name(x, t + p, o, true)))) {
    it->len = o;
    it->org = true;
    return p + o;
  }
  if (n && !(flags & MV_CAST) &&
      x_lookup(x, X_PERSON, t + p, n, NULL) == SKG_NONE &&
      !memchr(t + p, ' ', n)) {
    /* one word: a surname of someone named in full, or a person known
       by one name */
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
    if (t[i] == '.' && t[i - 1] >= 'a' && t[i - 1] <= 'z' && t[i - 2] >= 'a' &&
        t[i - 2] <= 'z' && t[i + 1] >= 'A' && t[i + 1] <= 'Z')
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
size_t xm_read_items(x_ctx *x, const char *t, size_t p, size_t end,
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
    /* "A and his son B" (after a full name: x_kin_len) */
    bool kin = memchr(t + out[n - 1].off, ' ', out[n - 1].len) != NULL;
    size_t i, k = 0;
    for (i = 0; i < SKG_ARRAY_LEN(SEPS); i++) {
      k = strlen(SEPS[i]);
      if (p + k >= end || memcmp(t + p, SEPS[i], k) != 0)
        continue;
      k += kin ? x_kin_len(t, p + k, end) : 0;
      if (x_cap_at(t, p + k, end))
        break;
    }
    if (i == SKG_ARRAY_LEN(SEPS))
      break;
    p += k;
  }
  return n;
}
