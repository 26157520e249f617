/* assets.h: the HTML page's script and style sheet (page.js, page.css),
   compiled in by scripts/embed_files.sh; NUL-terminated UTF-8 text. */
#ifndef SKG_HTML_ASSETS_H
#define SKG_HTML_ASSETS_H

extern const char SKG_HTML_PAGE_JS[];
extern const char SKG_HTML_PAGE_CSS[];

#endif
