/* harness.h: the unit tests' tiny harness. A failed check prints
   "FAIL FILE:LINE: ..."; DONE() prints "FILE: N passed, N failed" and returns
   the exit status. */
#ifndef SKG_HARNESS_H
#define SKG_HARNESS_H

#include <stdio.h>
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

#endif
