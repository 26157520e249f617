/* read_wiki_values.c: templates that stand for a value of the page's
   work, which the wikitext reader would otherwise drop:
     {{Film date|2016|03|04|Sundance}}  -> "March 4, 2016 (Sundance)"
     {{Start date|df=y|2016|3|4}}       -> "4 March 2016"
     {{IMDb title|0106308|Night Dock}}  -> the field "imdb id: tt0106308"
   A date reads as Wikipedia shows it (day first with df=y), so the
   release date of an infobox, and one written in prose ("premiered on
   {{Start date|...}}"), is text that the value rules
   (extract_literals*.c) read. The IMDb id of the external links becomes
   an infobox-like field at the end of the text, the evidence of the
   work's id. */
#include "read_wiki.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const char *const DATES[] = {"film date",    "start date",
                                    "release date", "start date and age",
                                    "end date",     NULL};
static const char *const IMDB[] = {"imdb title", NULL};

/* The number of up to max digits that s is, or -1. */
static long number(const wiki *w, span s, size_t max) {
  long v = 0;
  if (s.e <= s.a || s.e - s.a > max)
    return -1;
  for (size_t i = s.a; i < s.e; i++) {
    if (!isdigit((unsigned char)w->t[i]))
      return -1;
    v = v * 10 + (w->t[i] - '0');
  }
  return v;
}

/* One date from positional arguments first.. (year, month, day); false
   when the year is missing. */
static bool date(wiki *w, const span *v, size_t nv, size_t first,
                 bool day_first) {
  static const char *const MONTHS[] = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  span s;
  long y = wiki_arg(w, v, nv, NULL, first, &s) ? number(w, s, 4) : -1;
  long m = wiki_arg(w, v, nv, NULL, first + 1, &s) ? number(w, s, 2) : -1;
  long d = wiki_arg(w, v, nv, NULL, first + 2, &s) ? number(w, s, 2) : -1;
  char text[48];
  if (y < 1000)
    return false;
  if (m < 1 || m > 12)
    snprintf(text, sizeof text, "%ld", y);
  else if (d < 1 || d > 31)
    snprintf(text, sizeof text, "%s %ld", MONTHS[m - 1], y);
  else if (day_first)
    snprintf(text, sizeof text, "%ld %s %ld", d, MONTHS[m - 1], y);
  else
    snprintf(text, sizeof text, "%s %ld, %ld", MONTHS[m - 1], d, y);
  skg_docb_text(w->out, text, strlen(text));
  return true;
}

/* {{Film date}} takes (year, month, day, place) groups, one a release;
   the others one date. */
static void dates(wiki *w, const span *v, size_t nv) {
  span s;
  bool day_first =
      wiki_arg(w, v, nv, "df", 0, &s) && (w->t[s.a] == 'y' || w->t[s.a] == 'Y');
  bool film = wiki_name_is(w, v[0], "film date", false);
  for (size_t g = 1; date(w, v, nv, g, day_first); g += 4) {
    if (!film)
      return;
    if (wiki_arg(w, v, nv, NULL, g + 3, &s)) {
      skg_docb_text(w->out, " (", 2);
      wiki_render(w, s.a, s.e);
      skg_docb_text(w->out, ")", 1);
    }
    skg_docb_break(w->out);
  }
}

/* {{IMDb title|0106308|...}}, {{IMDb title|id=tt0106308}}: the field
   "imdb id" = "tt0106308" (seven digits at least, as IMDb writes them). */
static void imdb(wiki *w, const span *v, size_t nv) {
  span s;
  if (!wiki_arg(w, v, nv, "id", 0, &s) && !wiki_arg(w, v, nv, NULL, 1, &s))
    return;
  if (s.e - s.a > 2 && strncmp(w->t + s.a, "tt", 2) == 0)
    s.a += 2;
  long id = number(w, s, 9);
  char text[24];
  if (id <= 0)
    return;
  snprintf(text, sizeof text, "tt%07ld", id);
  skg_docb_field(w->doc, "imdb id", 7, text, strlen(text));
}

bool wiki_value_template(wiki *w, const span *v, size_t nv) {
  if (wiki_in_list(w, v[0], DATES))
    dates(w, v, nv);
  else if (wiki_in_list(w, v[0], IMDB))
    imdb(w, v, nv);
  else
    return false;
  return true;
}
