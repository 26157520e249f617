/* timings.c: the rows of --timings (timings.h). */
#include "timings.h"

#include "alloc.h"
#include "out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
  char *name;
  size_t bytes;
  uint64_t cpu_ns;
} row;

struct skg_timings {
  skg_out *out; /* until committed */
  row *rows;
  size_t n, cap;
};

skg_timings *skg_timings_open(const char *path, skg_error *err) {
  skg_out *out = NULL;
  skg_out_sweep(path); /* a killed run's temporary */
  if (skg_out_open(path, &out, err) != SKG_OK)
    return NULL;
  skg_timings *t = skg_xcalloc(1, sizeof *t);
  t->out = out;
  return t;
}

void skg_timings_free(skg_timings *t) {
  if (!t)
    return;
  skg_out_abort(t->out);
  for (size_t i = 0; i < t->n; i++)
    free(t->rows[i].name);
  free(t->rows);
  free(t);
}

void skg_timings_add(skg_timings *t, const char *name, size_t bytes,
                     uint64_t cpu_ns) {
  if (t->n == t->cap) {
    t->cap = t->cap ? 2 * t->cap : 64;
    t->rows = skg_xrealloc(t->rows, t->cap * sizeof *t->rows);
  }
  t->rows[t->n++] = (row){skg_xstrdup(name ? name : ""), bytes, cpu_ns};
}

uint64_t skg_thread_cpu_ns(void) {
  struct timespec ts;
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
    return 0;
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* The name in one TSV field: a tab, line break or backslash (a path may
   hold them) written as \t, \n, \r, \\. */
static void put_field(FILE *f, const char *s) {
  for (; *s; s++) {
    const char *esc = *s == '\t'   ? "\\t"
                      : *s == '\n' ? "\\n"
                      : *s == '\r' ? "\\r"
                      : *s == '\\' ? "\\\\"
                                   : NULL;
    if (esc)
      fputs(esc, f);
    else
      putc(*s, f);
  }
}

skg_status skg_timings_commit(skg_timings *t, skg_error *err) {
  skg_out *out = t->out;
  t->out = NULL;
  FILE *f = skg_out_file(out);
  fputs("document\tbytes\tcpu_ms\n", f);
  for (size_t i = 0; i < t->n; i++) {
    put_field(f, t->rows[i].name);
    fprintf(f, "\t%zu\t%.3f\n", t->rows[i].bytes,
            (double)t->rows[i].cpu_ns / 1e6);
  }
  return skg_out_commit(out, err); /* frees out, removes it on failure */
}
