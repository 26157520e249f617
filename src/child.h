/* child.h: runs a piece of library work (Graphviz layout and rendering) in
   a forked child process with a time and memory limit, and gets its bytes
   back through a pipe, so that a crash, an abort or a runaway loop in the
   library costs one output, never the run or its other outputs. */
#ifndef SKG_CHILD_H
#define SKG_CHILD_H

#include "buf.h"
#include "skg.h"

/* The work done in the child: appends its result to out, or fails with
   err filled. It runs in a copy of the process: what it changes in memory
   is lost, only out and err come back. */
typedef skg_status (*skg_child_fn)(void *ctx, skg_buf *out, skg_error *err);

typedef struct {
  const char *what;  /* names the work in messages: "Graphviz" */
  unsigned seconds;  /* wall-clock limit; the child is killed after it */
  unsigned extra_mb; /* address space the child may add to the parent's
                        (RLIMIT_AS); 0: no limit */
} skg_child_limits;

/* Runs fn(ctx, ...) in a forked child under lim and appends what it
   produced to out. Returns fn's status and error when the child finished;
   SKG_ERR_INTERNAL with a message naming the signal, the exit or the time
   limit when it did not (nothing is appended then). Only one child runs at
   a time; call it from one thread, with no other thread running. */
skg_status skg_child_run(skg_child_fn fn, void *ctx,
                         const skg_child_limits *lim, skg_buf *out,
                         skg_error *err);

/* Kills the running child, if any; async-signal-safe, for the handler of
   a signal that ends the run. */
void skg_child_kill(void);

#endif
