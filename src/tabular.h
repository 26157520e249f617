/* tabular.h: the text of one field of a line-based table (the facts TSV,
   the CSV tables), made safe for any reader of lines and fields. */
#ifndef SKG_TABULAR_H
#define SKG_TABULAR_H

#include "buf.h"

typedef enum {
  SKG_TAB_TSV, /* tab, CR, LF and the other line breaks become a space */
  SKG_TAB_CSV  /* CR, LF and tab stay: the writer quotes (RFC 4180) */
} skg_tab_mode;

/* Returns s as a field: invalid UTF-8 (each byte of a bad sequence) and
   control characters (C0 but the kept breaks, DEL, C1) become U+FFFD,
   and in TSV every character that a reader could take for the end of a
   field or a line (tab, LF, CR, VT, FF, U+0085, U+2028, U+2029) becomes a
   space. The result is s itself when nothing changes, else the text of
   tmp (the caller's buffer, cleared first; the caller frees it). */
const char *skg_tab_field(const char *s, skg_tab_mode mode, skg_buf *tmp);

#endif
