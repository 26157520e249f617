/* weblink.c: Wikipedia and DBpedia IRIs of a page title. */
#include "weblink.h"

#include <stdbool.h>
#include <string.h>

/* A language code as a host label: letters, digits and '-', short. */
static const char *lang_or_en(const char *lang) {
  if (!lang || !*lang || strlen(lang) > 20 ||
      strspn(lang, "abcdefghijklmnopqrstuvwxyz0123456789-") != strlen(lang))
    return "en";
  return lang;
}

/* Appends the page name of title[0..n) (see weblink.h); false if empty. */
static bool put_page_name(const char *t, size_t n, skg_buf *out) {
  static const char HEX[] = "0123456789ABCDEF";
  const char *hash = memchr(t, '#', n);
  if (hash)
    n = (size_t)(hash - t);
  size_t start = out->len;
  bool gap = false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c == ' ' || c == '_' || c == '\t' || c == '\n') {
      gap = out->len > start;
      continue;
    }
    if (gap)
      skg_buf_putc(out, '_');
    gap = false;
    if (out->len == start && c >= 'a' && c <= 'z')
      c = (unsigned char)(c - 'a' + 'A');
    if (c < 0x20 || c == 0x7F || strchr("<>\"\\^`{|}%?", c)) {
      char e[3] = {'%', HEX[c >> 4], HEX[c & 15]};
      skg_buf_append(out, e, 3);
    } else {
      skg_buf_putc(out, (char)c);
    }
  }
  return out->len > start;
}

static bool put_with(skg_buf *out, const char *prefix, const char *t,
                     size_t n) {
  size_t mark = out->len;
  skg_buf_puts(out, prefix);
  if (put_page_name(t, n, out))
    return true;
  out->len = mark;
  if (out->data)
    out->data[mark] = '\0';
  return false;
}

bool skg_weblink_wikipedia(const char *lang, const char *title, size_t n,
                           skg_buf *out) {
  skg_buf prefix = SKG_BUF_INIT;
  skg_buf_printf(&prefix, "https://%s.wikipedia.org/wiki/", lang_or_en(lang));
  bool ok = put_with(out, skg_buf_str(&prefix), title, n);
  skg_buf_free(&prefix);
  return ok;
}

/* The language of a Wikipedia page URL, copied into lang; the page name
   after "/wiki/" in *name. */
static bool wikipedia_parts(const char *url, char lang[24],
                            const char **name) {
  static const char SCHEME[] = "https://", HOST[] = ".wikipedia.org/wiki/";
  if (!url || strncmp(url, SCHEME, sizeof SCHEME - 1) != 0)
    return false;
  const char *l = url + sizeof SCHEME - 1;
  size_t n = strspn(l, "abcdefghijklmnopqrstuvwxyz0123456789-");
  if (!n || n >= 24 || strncmp(l + n, HOST, sizeof HOST - 1) != 0 ||
      !l[n + sizeof HOST - 1])
    return false;
  memcpy(lang, l, n);
  lang[n] = '\0';
  *name = l + n + sizeof HOST - 1;
  return true;
}

bool skg_weblink_is_wikipedia(const char *url) {
  char lang[24];
  const char *name;
  return wikipedia_parts(url, lang, &name);
}

bool skg_weblink_page_of(const char *source, const char *title,
                         skg_buf *out) {
  char lang[24];
  const char *name;
  return wikipedia_parts(source, lang, &name) &&
         skg_weblink_wikipedia(lang, title, strlen(title), out);
}

bool skg_weblink_dbpedia_of(const char *url, skg_buf *out) {
  char lang[24];
  const char *name;
  if (!wikipedia_parts(url, lang, &name))
    return false;
  if (strcmp(lang, "en") == 0)
    skg_buf_puts(out, "http://dbpedia.org/resource/");
  else
    skg_buf_printf(out, "http://%s.dbpedia.org/resource/", lang);
  skg_buf_puts(out, name); /* already a page name, encoded as the page's */
  return true;
}
