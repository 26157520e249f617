/* harness.h: the unit tests' tiny harness. A failed check prints
   "FAIL FILE:LINE: ..."; DONE() prints "FILE: N passed, N failed" and returns
   the exit status. */
#ifndef SKG_HARNESS_H
#define SKG_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int h_pass, h_fail;

#define OK(cond, ...)                                                          \
  do {                                                                         \
    if (cond) {                                                                \
      h_pass++;                                                                \
    } else {                                                                   \
      h_fail++;                                                                \
      printf("FAIL %s:%d: ", __FILE__, __LINE__);                         \
      printf(__VA_ARGS__);                                                     \
      printf("\n");                                                            \
    }                                                                          \
  } while (0)

#define STR_EQ(got, want)                                                      \
  do {                                                                         \
    const char *g_ = (got), *w_ = (want);                                      \
    OK(g_ && strcmp(g_, w_) == 0, "got \"%s\", want \"%s\"",                   \
       g_ ? g_ : "(null)", w_);                                                \
  } while (0)

#define DONE()                                                                 \
  (printf("%s: %d passed, %d failed\n", __FILE__, h_pass, h_fail),             \
   h_fail ? 1 : 0)

/* Compares got[0..n) with the golden file at path (relative to the repo
   root, where the tests run). With SKG_UPDATE_GOLDEN=1 in the environment
   it writes the file instead; the diff is reviewed before committing. */
#define GOLDEN(path, got, n)                                                   \
  do {                                                                         \
    char m_[256];                                                              \
    OK(golden_cmp(path, got, n, m_, sizeof m_), "%s: %s", path, m_);           \
  } while (0)

static inline int golden_cmp(const char *path, const char *got, size_t n,
                             char *msg, size_t size) {
  const char *up = getenv("SKG_UPDATE_GOLDEN");
  int update = up && strcmp(up, "1") == 0;
  FILE *f = fopen(path, update ? "wb" : "rb");
  snprintf(msg, size, "cannot open (SKG_UPDATE_GOLDEN=1 writes it)");
  if (!f)
    return 0;
  if (update) {
    int ok = fwrite(got, 1, n, f) == n;
    snprintf(msg, size, "cannot write");
    return (fclose(f) == 0) & ok;
  }
  size_t i = 0, line = 1, start = 0;
  int c;
  while ((c = getc(f)) != EOF && i < n && c == (unsigned char)got[i])
    if (got[i++] == '\n')
      line++, start = i;
  fclose(f);
  if (c == EOF && i == n)
    return 1;
  size_t len = 0;
  while (start + len < n && got[start + len] != '\n' && len < 80)
    len++;
  snprintf(msg, size, "output differs at line %zu: \"%.*s\"", line, (int)len,
           got + start);
  return 0;
}

#endif
