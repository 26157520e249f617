/* strdist.c: edit distance for suggestions (--focus, --format). */
#include "strdist.h"

#include "alloc.h"

#include <stdlib.h>
#include <string.h>

/* Two rows at a time: memory grows with b only. */
size_t skg_edit_distance(const char *a, const char *b) {
  size_t m = strlen(b);
  size_t *row = skg_xmalloc((m + 1) * sizeof *row);
  for (size_t j = 0; j <= m; j++)
    row[j] = j;
  for (size_t i = 1; a[i - 1]; i++) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= m; j++) {
      size_t up = row[j];
      size_t best = diag + (a[i - 1] != b[j - 1]);
      if (up + 1 < best)
        best = up + 1;
      if (row[j - 1] + 1 < best)
        best = row[j - 1] + 1;
      row[j] = best;
      diag = up;
    }
  }
  size_t d = row[m];
  free(row);
  return d;
}

size_t skg_typo_limit(size_t len) { return len / 3 > 2 ? len / 3 : 2; }
