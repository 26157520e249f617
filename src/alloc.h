/* alloc.h: the only allocation calls; out of memory exits with code 4. */
#ifndef SKG_ALLOC_H
#define SKG_ALLOC_H

#include <stddef.h>

/* Each returns memory the caller frees with free(); never NULL. On
   exhaustion they print "screenkg: error: out of memory", run the atexit
   hooks (which remove temporary output files) and exit 4. */
void *skg_xmalloc(size_t n);
void *skg_xcalloc(size_t n, size_t size);
void *skg_xrealloc(void *p, size_t n);
/* Grows an array to hold at least `need` items of `size` bytes, doubling. */
void *skg_xgrow(void *p, size_t *cap, size_t need, size_t size);
char *skg_xstrdup(const char *s);
char *skg_xstrndup(const char *s, size_t n);

#endif
