/* strdist.h: how far apart two strings are, for "did you mean" hints. */
#ifndef SKG_STRDIST_H
#define SKG_STRDIST_H

#include <stddef.h>

/* Levenshtein distance between a and b, counted in bytes. */
size_t skg_edit_distance(const char *a, const char *b);

/* The typo limit for a word of len bytes: a third of it, at least 2. */
size_t skg_typo_limit(size_t len);

#endif
