/* extract_refs.c: the reference list. Flattened citations name who wrote
   what for which outlet:
     Roe, Jane (May 2, 2019). "Night Ledger renewed". Daily Courier.
   gives Person "Jane Roe" writesFor Publication "Daily Courier". The list
   also tells the other families where prose ends (x->refs_start). The
   sentence splitter cuts citations into pieces, so this file reads the raw
   text with its own scanner over the citation's parts: author, (date),
   "title", outlet, [publisher], then a date, "Archived ..." or
   "Retrieved ...". Names inside titles are never read. */
#include "extract_lead_words.h"
#include "lexicon.h"
#include "xrules.h"

#include <ctype.h>
#include <string.h>

/* An author as printed: "Roe, Jane" (comma > 0) or "Jane Roe". */
typedef struct {
  x_span name;
  size_t comma; /* the comma of the inverted form, or 0 */
} author;

#define MAX_AUTHORS 6

/* A citation read from the text; nauthors is 0 when it names none. */
typedef struct {
  author authors[MAX_AUTHORS];
  size_t nauthors;
  x_span outlet; /* the work or site that published the piece */
  size_t start, end;
} citation;

/* Citations further apart than this (bytes) are not one list: a reference
   list has one after the other, while inline citations of prose rendered
   with its references (a few in one paragraph, issue 11) stand a sentence
   or more apart and must not end the prose there. */
#define REFS_GAP 400
/* A reference list has at least this many citations in a run. */
#define REFS_MIN 3
/* Bytes an author's or outlet's name may span at most. */
#define NAME_MAX_LEN 120
/* Bytes a date in parentheses, "(May 2, 2019)", or a medium note after a
   title, "(Podcast).", may span at most. */
#define PAREN_MAX_LEN 40
/* Bytes a quoted title, and a citation part, may span at most. */
#define TITLE_MAX_LEN 500
#define PART_MAX_LEN 300

/* Length of "(May 2, 2019)" / "(2019)" / "(2 May 2019)" at pos: a short
   parenthesis with a four-digit year in it; 0 otherwise. */
static size_t paren_date_len(const char *t, size_t pos, size_t end) {
  if (pos >= end || t[pos] != '(')
    return 0;
  size_t digits = 0, i = pos + 1;
  bool year = false;
  for (; i < end && i < pos + PAREN_MAX_LEN && t[i] != ')'; i++) {
    digits = isdigit((unsigned char)t[i]) ? digits + 1 : 0;
    year = year || digits == 4;
    if (t[i] == '"' || t[i] == '(')
      return 0;
  }
  return i < end && t[i] == ')' && year ? i + 1 - pos : 0;
}

/* Length of the quoted title at pos ("...", “...”), up to and excluding
   the period that follows it; a medium note after the title is part of
   it: "Episode 81" (Podcast). Nested quotes end with the outer one:
   "Star says: "Wait for it"". 0 when pos opens no title. */
static size_t title_len(const char *t, size_t pos, size_t end) {
  bool curly = x_at(t, pos, end, "\xE2\x80\x9C");
  if (!curly && (pos >= end || t[pos] != '"'))
    return 0;
  const char *close = curly ? "\xE2\x80\x9D" : "\"";
  size_t cl = strlen(close);
  for (size_t i = pos + 1; i < end && i < pos + TITLE_MAX_LEN; i++) {
    if (!x_at(t, i, end, close))
      continue;
    size_t j = i + cl;
    if (j < end && t[j] == '.')
      return j - pos;
    size_t k = paren_date_len(t, j + 1, end); /* not a date: a medium */
    if (!k && j + 1 < end && t[j] == ' ' && t[j + 1] == '(') {
      size_t lim = j + PAREN_MAX_LEN < end ? j + PAREN_MAX_LEN : end;
      size_t r = x_find(t, j + 1, lim, ").");
      if (r < end && r < j + PAREN_MAX_LEN)
        return r + 1 - pos;
    }
  }
  return 0;
}

/* End of the citation part that starts at pos: the next period followed
   by white space or the end of the text. A period after a single capital
   ("The A.V. Club") is an abbreviation, not an end. */
static size_t part_end(const char *t, size_t pos, size_t end) {
  for (size_t i = pos; i < end && i < pos + PART_MAX_LEN; i++) {
    if (t[i] == '\n')
      return i;
    if (t[i] != '.' || (i + 1 < end && t[i + 1] != ' ' && t[i + 1] != '\n'))
      continue;
    size_t cap = i - 1; /* the capital before the period, when i > 0 */
    bool initial = i >= 1 && isupper((unsigned char)t[cap]) &&
                   (cap == 0 || t[cap - 1] == ' ' || t[cap - 1] == '.');
    if (!initial)
      return i;
  }
  return end;
}

/* True when the part at pos closes a citation's outlet: a date, a year,
   "Archived from ...", "Retrieved ...", a time code, or the text's end. */
static bool closes_outlet(const char *t, size_t pos, size_t end) {
  if (pos >= end || t[pos] == '\n' || isdigit((unsigned char)t[pos]))
    return true;
  if (xc_lex_at(t, pos, end, SKG_LEX_CITATION_CLOSERS))
    return true;
  size_t w = pos;
  while (w < end && isalpha((unsigned char)t[w]))
    w++;
  return skg_lex_has(SKG_LEX_MONTHS, t + pos, w - pos) && w + 1 < end &&
         t[w] == ' ' && isdigit((unsigned char)t[w + 1]);
}

/* True when t[a..b) can be an outlet's name: short, no quotes, starts
   with a capital, "/" ("/Film") or a lower-case brand ("io9"). */
static bool outlet_like(const char *t, size_t a, size_t b) {
  if (b <= a || b - a > 80 || closes_outlet(t, a, b))
    return false;
  size_t words = 1;
  for (size_t i = a; i < b; i++) {
    if (t[i] == '"' || t[i] == '(' || t[i] == ':' || t[i] == '|')
      return false;
    words += t[i] == ' ';
  }
  bool brand = islower((unsigned char)t[a]) && b - a > 2;
  return words <= 8 && (x_cap_at(t, a, b) || t[a] == '/' || brand);
}

/* Reads ". Outlet." after a title whose closing period is at pos, and an
   optional publisher part ("Daily Courier. Courier Group. May 2, 2019."):
   the outlet must be closed by a date, "Archived"/"Retrieved", a line
   end or the text end, so a title-like sentence in prose does not pass. */
static bool read_outlet(const char *t, size_t pos, size_t end, citation *c) {
  size_t a = x_skip_space(t, pos + 1, end);
  size_t b = part_end(t, a, end);
  if (!outlet_like(t, a, b))
    return false;
  c->outlet = (x_span){a, b - a};
  c->end = b;
  if (b >= end || t[b] == '\n')
    return true;
  size_t n = x_skip_space(t, b + 1, end);
  if (closes_outlet(t, n, end))
    return true;
  size_t pb = part_end(t, n, end); /* a publisher, then the closer */
  if (!outlet_like(t, n, pb))
    return false;
  c->end = pb;
  return pb >= end || t[pb] == '\n' ||
         closes_outlet(t, x_skip_space(t, pb + 1, end), end);
}

/* Reads one author name at pos: "Roe, Jane", "Roe, Jane Q." or, when
   inverted is false, "Jane Roe". Returns the position after it, or pos. */
static size_t read_name(const char *t, size_t pos, size_t end, author *au,
                        bool inverted) {
  if (end - pos > NAME_MAX_LEN) /* names are short: keeps the scan linear */
    end = pos + NAME_MAX_LEN;
  size_t p = pos + x_name_len(t, pos, end);
  au->comma = 0;
  size_t given = p + XC_LEN(", "); /* where the given name starts */
  if (p > pos && x_at(t, p, end, ", ") && x_name_len(t, given, end)) {
    au->comma = p;
    p = given + x_name_len(t, given, end);
  } else if (inverted) {
    return pos;
  }
  au->name = (x_span){pos, p - pos};
  return p;
}

/* Reads the authors at pos and what follows them up to the title:
     Roe, Jane (May 2, 2019).      Roe, Jane; Quill, Tom (2019).
     Roe, Jane Q. (2019).          Roe, Jane.
     Jane Roe (May 2, 2019).
   The given-first form needs the date, which keeps prose out. Returns
   where the title starts, or 0. */
static size_t read_authors(const char *t, size_t pos, size_t end, citation *c) {
  size_t p = read_name(t, pos, end, &c->authors[0], false);
  if (p == pos)
    return 0;
  c->nauthors = 1;
  while (c->authors[0].comma && c->nauthors < MAX_AUTHORS &&
         x_at(t, p, end, "; ")) {
    size_t next = p + XC_LEN("; ");
    size_t q = read_name(t, next, end, &c->authors[c->nauthors], true);
    if (q == next)
      return 0;
    c->nauthors++;
    p = q;
  }
  size_t k = x_at(t, p, end, " (") ? paren_date_len(t, p + 1, end) : 0;
  if (k)
    p += 1 + k;
  else if (!c->authors[0].comma)
    return 0;
  if (p < end && t[p] == '.')
    p++;
  else if (t[p - 1] != '.') /* "Roe, Jane Q." kept the period */
    return 0;
  return x_skip_space(t, p, end);
}

/* Reads one citation starting at pos (an author or a quoted title). */
static bool read_citation(const char *t, size_t pos, size_t end, citation *c) {
  memset(c, 0, sizeof *c);
  c->start = pos;
  size_t tt = pos;
  if (!title_len(t, pos, end) && !(tt = read_authors(t, pos, end, c)))
    return false;
  size_t tl = title_len(t, tt, end);
  return tl && read_outlet(t, tt + tl, end, c);
}

/* True when the outlet's last word marks a firm, not an outlet: only the
   unambiguous suffixes ("Network", "Media" and "Film" also end the names
   of sites and magazines). */
static bool firm_like(const char *s, size_t n) {
  static const char *const FIRM[] = {
      "Studios",   "Studio",        "Pictures",    "Productions", "Inc",
      "LLC",       "Ltd",           "Corporation", "Corp",        "Records",
      "Animation", "Entertainment", "Films"};
  while (n && s[n - 1] == '.')
    n--;
  size_t w = n;
  while (w && s[w - 1] != ' ')
    w--;
  for (size_t i = 0; w && i < SKG_ARRAY_LEN(FIRM); i++)
    if (strlen(FIRM[i]) == n - w && memcmp(s + w, FIRM[i], n - w) == 0)
      return true;
  return false;
}

/* The Publication for an outlet name. A network, a company's name ("Acme
   Studios") or a name the document already knows as a company is the
   company's own site, not a publication: no entity. */
static skg_eid outlet_entity(x_ctx *x, const char *s, size_t n) {
  bool known = skg_lex_has(SKG_LEX_PUBLICATIONS, s, n);
  if (!known && (skg_lex_has(SKG_LEX_NETWORKS, s, n) || firm_like(s, n)))
    return SKG_NONE;
  if (x_lookup(x, X_ORG, s, n, NULL) != SKG_NONE)
    return x_publication(x, s, n);
  return x_entity(x, SKG_ENT_PUBLICATION, s, n);
}

/* Writes the author's name given-first into buf ("Roe, Jane" -> "Jane
   Roe"); returns its length, or 0 when it does not fit. */
static size_t author_name(const char *t, const author *au, char *buf,
                          size_t cap) {
  size_t a = au->name.off, n = au->name.len;
  if (n + 1 >= cap)
    return 0;
  if (!au->comma) {
    memcpy(buf, t + a, n);
    return n;
  }
  size_t first = au->comma + XC_LEN(", "); /* the given name */
  size_t sur = au->comma - a, given = a + n - first;
  memcpy(buf, t + first, given);
  buf[given] = ' ';
  memcpy(buf + given + 1, t + a, sur);
  return sur + given + 1;
}

/* Journalists are not registered in the name table: a cited reporter
   named Cox must not make the surname "Cox" of an actor ambiguous. The
   review rules register the ones who appear in prose. */
static void emit_citation(x_ctx *x, const citation *c) {
  const char *t = x->d->text;
  skg_eid pub = outlet_entity(x, t + c->outlet.off, c->outlet.len);
  for (size_t i = 0; pub != SKG_NONE && i < c->nauthors; i++) {
    char name[256];
    size_t n = author_name(t, &c->authors[i], name, sizeof name);
    /* "Daily Courier (2019)." is the outlet, not a person; "Roe, Jane"
       is a person by its form. */
    bool inverted = c->authors[i].comma != 0;
    if (!n || (!inverted && x_publication(x, name, n) != SKG_NONE) ||
        !x_person_like(name, n, false))
      continue;
    skg_eid p = skg_graph_entity(x->g, SKG_ENT_PERSON, name, n);
    skg_evidence ev =
        x_evidence(x, x_sent_at(x, c->authors[i].name.off), "reference-list");
    skg_graph_add_fact(x->g, p, SKG_PRED_WRITES_FOR, pub, &ev);
  }
}

/* An outlet credited as the author of an untitled piece:
     Daily Courier (May 2, 2019). Night Ledger trailer. Retrieved ...
   types it when the lexicon or the list already knows it. */
static void author_outlet(x_ctx *x, size_t pos) {
  const char *t = x->d->text;
  size_t end = x->d->len,
         lim = end - pos > NAME_MAX_LEN ? pos + NAME_MAX_LEN : end;
  size_t n = x_name_len(t, pos, lim);
  size_t k = n && x_at(t, pos + n, end, " (")
                 ? paren_date_len(t, pos + n + 1, end)
                 : 0;
  if (k && x_at(t, pos + n + 1 + k, end, ". "))
    x_publication(x, t + pos, n);
}

/* True when a citation could start at pos: the text's start, a line's
   start, or after the period ending the previous part. */
static bool part_start(const char *t, size_t pos) {
  return pos == 0 || t[pos - 1] == '\n' || XC_ENDS(t, 0, pos, ". ");
}

/* Reads every citation; returns where the first run of REFS_MIN or more
   close citations starts (the reference list), or the text's length.
   *any gets the first citation's start (or the length), *last_end the
   last one's end. */
static size_t read_citations(x_ctx *x, size_t *any, size_t *last_end) {
  const char *t = x->d->text;
  size_t end = x->d->len, first = end, run = 0, run_start = 0, prev = 0;
  *last_end = 0;
  *any = end;
  for (size_t i = 0; i < end; i++) {
    if (!part_start(t, i))
      continue;
    citation c;
    if (!read_citation(t, i, end, &c)) {
      author_outlet(x, i);
      continue;
    }
    emit_citation(x, &c);
    if (*any == end)
      *any = c.start;
    if (!run || c.start - prev > REFS_GAP) {
      run = 0;
      run_start = c.start;
    }
    if (++run == REFS_MIN && first == end)
      first = run_start;
    prev = *last_end = c.end;
    i = c.end;
  }
  return first;
}

/* "Retrieved May 2, 2019 – via Daily Courier." names the site that hosts
   the piece, a publication too. */
static void via_outlets(x_ctx *x, size_t from) {
  static const char *const DASHES[] = {"\xE2\x80\x93 via ", "\xE2\x80\x94 via ",
                                       "- via "};
  const char *t = x->d->text;
  size_t end = x->d->len;
  for (size_t i = 0; i < SKG_ARRAY_LEN(DASHES); i++) {
    size_t dl = strlen(DASHES[i]);
    for (size_t p = x_find(t, from, end, DASHES[i]); p < end;
         p = x_find(t, p + dl, end, DASHES[i])) {
      size_t a = p + dl, b = part_end(t, a, end);
      if (outlet_like(t, a, b))
        outlet_entity(x, t + a, b - a);
    }
  }
}

/* The links after the list: "Night Ledger at IMDb" names a site of the
   publications lexicon. The name scanner may run on into the next
   heading ("IMDb Portals"), so the longest lexicon prefix is taken. */
static void link_outlets(x_ctx *x, size_t from) {
  const char *t = x->d->text;
  size_t end = x->d->len;
  for (size_t p = x_find(t, from, end, " at "), a; p < end;
       p = x_find(t, a, end, " at ")) {
    a = p + XC_LEN(" at "); /* the site's name */
    size_t n = x_name_len(t, a, end);
    while (n && !skg_lex_has(SKG_LEX_PUBLICATIONS, t + a, n)) {
      while (n && t[a + n - 1] != ' ')
        n--;
      while (n && t[a + n - 1] == ' ')
        n--;
    }
    if (n)
      x_publication(x, t + a, n);
  }
}

void x_rules_refs(x_ctx *x) {
  size_t any, last_end;
  size_t first = read_citations(x, &any, &last_end);
  via_outlets(x, any);
  if (first == x->d->len)
    return;
  x->refs_start = x_sent_at(x, first);
  link_outlets(x, last_end);
}
