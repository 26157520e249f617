/* extract_news_director.c: the films of the text's director named by
   reference, as news about a director's next film names them:
     "the 'Harbor Lights' director has now secured another name"
     "the filmmaker's best picture-winning epic 'Harbor Lights'"
   Each quoted title is a film of the director the text is about: the
   last person a news cue made a director (news.director), or the one
   who directs an untitled item (news.untitled). A director
   noun is a "job:director" row of data/news_cues.tsv. Part of the news
   family (xnews.h). */
#include "lexicon.h"
#include "xnews.h"

#include <ctype.h>
#include <string.h>

/* Lower-case words a maker's possessive may stand before the title with
   ("the filmmaker's best picture-winning historical epic 'X'"). */
#define REF_WORDS_MAX 4

/* Is the word t[a..b) a director noun ("director", "filmmaker")? */
static bool director_noun(const char *t, size_t a, size_t b) {
  const char *k = b > a ? skg_lex_get(SKG_LEX_NEWS_CUES, t + a, b - a) : NULL;
  return k && strcmp(k, "job:director") == 0;
}

/* Is "the" or "The" right before t[b]? */
static bool the_before(const nsent *s, size_t b) {
  return b >= s->a + XC_LEN("the ") &&
         (x_at(s->t, b - XC_LEN("the "), b, "the ") ||
          x_at(s->t, b - XC_LEN("the "), b, "The "));
}

/* "the 'X' director has ...": "the" before the opening quote at p, a
   director noun after the closing one (m bytes on), and no name after
   it (""Maniac" director Ann Roe" names its own director). */
static bool noun_after(const nsent *s, size_t p, size_t m) {
  const char *t = s->t;
  size_t d = p + m + 1, e;
  if (!the_before(s, p) || d >= s->end || t[d - 1] != ' ')
    return false;
  e = xn_word_end(s->t, d, s->end);
  return director_noun(t, d, e) &&
         (e >= s->end || t[e] != ' ' || !x_name_len(t, e + 1, s->end));
}

/* Where the possessive that ends the word t[b..e) starts ("'s", "’s"),
   or e. */
static size_t possessive_start(const char *t, size_t b, size_t e) {
  /* t[e] ends the word: the "s" is the possessive's last letter */
  if (XC_ENDS(t, b, e, "'s"))
    return e - XC_LEN("'s");
  if (XC_ENDS(t, b, e, "\xE2\x80\x99s"))
    return e - XC_LEN("\xE2\x80\x99s");
  return e;
}

/* "the filmmaker's best picture-winning historical epic 'X'": "the", a
   director noun, its possessive and a few lower-case words end at the
   opening quote at p. */
static bool possessive_before(const nsent *s, size_t p) {
  const char *t = s->t;
  for (int i = 0; i <= REF_WORDS_MAX; i++) {
    if (p <= s->a + 1 || t[p - 1] != ' ')
      return false;
    size_t b = x_word_before(t, s->a, p), e = p - 1;
    size_t ap = b < e ? possessive_start(t, b, e) : e;
    if (ap < e)
      return director_noun(t, b, ap) && the_before(s, b);
    if (b >= e || !islower((unsigned char)t[b]))
      return false;
    p = b;
  }
  return false;
}

skg_eid xn_text_director(nsent *s, news *nw) {
  if (nw->director == SKG_NONE && nw->untitled.len) {
    nw->director =
        xn_person_at(s, nw->untitled.off, nw->untitled.len, SKG_ENT_PERSON);
    nw->untitled.len = 0;
  }
  return nw->director;
}

bool xn_is_text_director(nsent *s, news *nw, skg_eid e) {
  if (nw->director == SKG_NONE && nw->untitled.len &&
      x_lookup(s->x, X_PERSON, s->t + nw->untitled.off, nw->untitled.len,
               NULL) != e)
    return false;
  return xn_text_director(s, nw) == e;
}

void xn_director_references(nsent *s, news *nw) {
  const char *t = s->t;
  if (nw->director == SKG_NONE && !nw->untitled.len)
    return;
  for (size_t p = s->a; p < s->end; p++) {
    size_t in, n, m = xn_quoted_title(t, p, s->end, &in, &n);
    if (!m)
      continue;
    wref w;
    if ((noun_after(s, p, m) || possessive_before(s, p)) &&
        xn_work_ref(s, nw, in, n, NO_TYPE, &w))
      xn_crew_fact(s, "news-director-ref", &w, SKG_PRED_DIRECTOR,
                   xn_text_director(s, nw));
    p += m - 1;
  }
}
