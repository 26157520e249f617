/* out.h: atomic output files. Everything screenkg writes goes through here:
   a temporary file in the target's directory, renamed into place only when
   complete, so a failed run never leaves a half-written file. */
#ifndef SKG_OUT_H
#define SKG_OUT_H

#include "skg.h"

#include <stdbool.h>
#include <stdio.h>

typedef struct skg_out skg_out;

/* Opens a temporary ".NAME.XXXXXX" beside path ("-" means stdout, written
   directly); SKG_ERR_WRITE when path is a directory. On success *out is
   set; its stream is skg_out_file(*out). */
skg_status skg_out_open(const char *path, skg_out **out, skg_error *err);
FILE *skg_out_file(skg_out *o);
/* Flushes, checks for write errors and closes, without renaming: a run
   with several outputs finishes them all before it renames any, so that a
   full disk leaves none in place. o stays the caller's (commit or abort);
   on failure err names the file. Finishing twice is fine. */
skg_status skg_out_finish(skg_out *o, skg_error *err);
/* Finishes (unless done) and renames into place. Frees o whatever happens;
   on failure the temporary file is removed. */
skg_status skg_out_commit(skg_out *o, skg_error *err);
/* Commits the outputs of one run together: finishes every non-NULL
   outs[i] and, when all succeeded, renames them into place in one step.
   During the renames every signal is blocked in this thread, and a
   run-ending signal caught by another thread waits (skg_out_defer_signal)
   until they are over, so an interrupted run leaves either all the old
   files or all the new ones. Each replaced file is kept under a temporary
   name (a hard link) until the last rename succeeded: when a rename
   fails, those before it are undone, the earlier files come back, and
   err names the file. Only SIGKILL or a power cut in the microseconds of
   the loop can leave a mix (POSIX has no rename of several files).
   Frees every outs[i] and sets it to NULL. */
skg_status skg_out_commit_all(skg_out **outs, size_t n, skg_error *err);
/* For a handler of a run-ending signal, first: true while
   skg_out_commit_all is renaming; the signal is then raised again once
   the renames are over, and the handler should return at once. */
bool skg_out_defer_signal(int sig);
/* Removes the temporary file and frees o (NULL is fine). */
void skg_out_abort(skg_out *o);
/* Removes the temporaries ".NAME.XXXXXX" of path (NAME its last part) that
   a killed run left behind (SIGKILL, a crash, a power cut): those that no
   live process holds. A run holds a write lock (fcntl) on each temporary
   from its creation until skg_out_finish closes it; in the moment between
   that and the rename, a run starting into the same folder and name could
   take the file for a leftover. "-" is ignored. */
void skg_out_sweep(const char *path);
/* The run lock of the outputs NAME.* in folder dir: a file ".NAME.lock"
   there, locked (fcntl) while the run renames its outputs into place, so
   that two runs into the same folder and name never mix their files: the
   second waits, with a note naming the first's process, then writes all of
   its own. The file is removed when the lock is let go (and by
   skg_out_cleanup_all on a signal); one left by a killed run is taken
   over. Best effort: where the file cannot be made (a read-only folder:
   the outputs then fail with their own names) or locked, *lock is NULL
   and the run goes on. */
typedef struct skg_out_lock skg_out_lock;
skg_status skg_out_lock_take(const char *dir, const char *name,
                             skg_out_lock **lock, skg_error *err);
/* Removes the lock file and lets go of it (NULL is fine). */
void skg_out_lock_drop(skg_out_lock *lock);

/* Removes every temporary file still open; safe from a signal handler's
   exit path and from atexit. */
void skg_out_cleanup_all(void);

#endif
