/* out.c: temporary file + rename, and a registry of open temporaries so that
   an interrupted or failed run removes them (curl's Curl_fopen does the same
   temp-then-rename dance). */
#include "out.h"

#include "alloc.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct skg_out {
  FILE *f;
  bool finished; /* skg_out_finish succeeded: f is closed */
  char *path;    /* final name */
  char *tmp;     /* temporary name; NULL for stdout */
  int slot;      /* index in the registry, or -1 */
};

enum { MAX_OPEN = 64 };
/* Paths of open temporaries, for cleanup at exit or on a signal. This is the
   one piece of process-wide state: a signal handler has nothing else to
   reach. Plain char arrays so cleanup needs no allocation. */
static char open_tmp[MAX_OPEN][4096];
/* The process that opened them: a forked child (child.c) that exits or
   dies of a signal must not remove its parent's files. */
static volatile pid_t owner;

static int reserve_slot(const char *tmp) {
  owner = getpid();
  for (int i = 0; i < MAX_OPEN; i++)
    if (!open_tmp[i][0] && strlen(tmp) < sizeof open_tmp[i]) {
      memcpy(open_tmp[i], tmp, strlen(tmp) + 1);
      return i;
    }
  return -1;
}

static void release_slot(int slot) {
  if (slot >= 0)
    open_tmp[slot][0] = '\0';
}

void skg_out_cleanup_all(void) {
  if (owner != getpid())
    return;
  for (int i = 0; i < MAX_OPEN; i++)
    if (open_tmp[i][0]) {
      unlink(open_tmp[i]);
      open_tmp[i][0] = '\0';
    }
}

/* A write lock on the whole of an open temporary: it tells a later run
   that the file's process is alive (the kernel drops the lock when the
   process ends, however it ends). */
static int lock_whole(int fd) {
  struct flock lk = {0};
  lk.l_type = F_WRLCK;
  lk.l_whence = SEEK_SET;
  return fcntl(fd, F_SETLK, &lk);
}

/* True when name is ".BASE.XXXXXX", XXXXXX being what mkstemp puts. */
static bool is_temp_of(const char *name, const char *base) {
  size_t b = strlen(base);
  if (name[0] != '.' || strncmp(name + 1, base, b) != 0 || name[b + 1] != '.' ||
      strlen(name + b + 2) != 6)
    return false;
  for (const char *p = name + b + 2; *p; p++)
    if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') ||
          (*p >= 'A' && *p <= 'Z')))
      return false;
  return true;
}

void skg_out_sweep(const char *path) {
  if (strcmp(path, "-") == 0)
    return;
  const char *slash = strrchr(path, '/');
  size_t dlen = slash ? (size_t)(slash - path) : 0;
  char *dir = skg_xmalloc(dlen + 2);
  snprintf(dir, dlen + 2, "%.*s", (int)(slash ? dlen + 1 : 1),
           slash ? path : ".");
  const char *base = slash ? slash + 1 : path;
  DIR *d = opendir(dir);
  struct dirent *de;
  while (d && (de = readdir(d)) != NULL) {
    if (!is_temp_of(de->d_name, base))
      continue;
    size_t n = strlen(dir) + strlen(de->d_name) + 2;
    char *full = skg_xmalloc(n);
    snprintf(full, n, "%s%s%s", dir, slash ? "" : "/", de->d_name);
    int fd = open(full, O_RDWR | O_NOFOLLOW | O_NONBLOCK);
    struct stat sb;
    /* a live run holds the lock: its file stays */
    if (fd >= 0 && fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) &&
        lock_whole(fd) == 0)
      unlink(full);
    if (fd >= 0)
      close(fd);
    free(full);
  }
  if (d)
    closedir(d);
  free(dir);
}

static char *temp_name(const char *path) {
  const char *slash = strrchr(path, '/');
  size_t dir = slash ? (size_t)(slash - path + 1) : 0;
  size_t n = strlen(path) + 16;
  char *t = skg_xmalloc(n);
  snprintf(t, n, "%.*s.%s.XXXXXX", (int)dir, path, path + dir);
  return t;
}

skg_status skg_out_open(const char *path, skg_out **out, skg_error *err) {
  skg_out *o = skg_xcalloc(1, sizeof *o);
  o->slot = -1;
  o->path = skg_xstrdup(path);
  if (strcmp(path, "-") == 0) {
    o->f = stdout;
    *out = o;
    return SKG_OK;
  }
  struct stat sb;
  if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
    /* found now, not at the rename, when other outputs are in place */
    free(o->path);
    free(o);
    return skg_err(err, SKG_ERR_WRITE, path, 0, 0, SIZE_MAX,
                   "cannot create output file: a directory is in the way");
  }
  o->tmp = temp_name(path);
  /* No signal between creating the temporary and registering it: the
     handler would not know to remove it. */
  sigset_t block, old;
  sigfillset(&block);
  pthread_sigmask(SIG_BLOCK, &block, &old);
  int fd = mkstemp(o->tmp);
  if (fd >= 0) {
    o->slot = reserve_slot(o->tmp);
    lock_whole(fd); /* for skg_out_sweep of a later run */
  }
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  if (fd < 0) {
    skg_status st = skg_err(err, SKG_ERR_WRITE, path, 0, 0, SIZE_MAX,
                            "cannot create output file: %s", strerror(errno));
    free(o->tmp);
    free(o->path);
    free(o);
    return st;
  }
  /* mkstemp creates the file 0600; outputs are ordinary files, so give
     them the mode a plain fopen would (0666 less the umask). */
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  o->f = fdopen(fd, "wb");
  if (!o->f) {
    close(fd);
    skg_out_abort(o);
    return skg_err(err, SKG_ERR_WRITE, path, 0, 0, SIZE_MAX,
                   "cannot open output file: %s", strerror(errno));
  }
  *out = o;
  return SKG_OK;
}

FILE *skg_out_file(skg_out *o) { return o->f; }

static void release(skg_out *o) {
  release_slot(o->slot);
  free(o->tmp);
  free(o->path);
  free(o);
}

skg_status skg_out_finish(skg_out *o, skg_error *err) {
  if (o->finished)
    return SKG_OK;
  int bad = fflush(o->f) != 0 || ferror(o->f);
  int e = errno;
  if (o->f != stdout) {
    if (fclose(o->f) != 0 && !bad) {
      bad = 1;
      e = errno;
    }
    o->f = NULL;
  }
  if (bad)
    return skg_err(err, SKG_ERR_WRITE, o->tmp ? o->path : "<stdout>", 0, 0,
                   SIZE_MAX, "write error: %s", strerror(e));
  o->finished = true;
  return SKG_OK;
}

skg_status skg_out_commit(skg_out *o, skg_error *err) {
  skg_status st = skg_out_finish(o, err);
  if (st == SKG_OK && o->tmp && rename(o->tmp, o->path) != 0)
    st = skg_err(err, SKG_ERR_WRITE, o->path, 0, 0, SIZE_MAX, "write error: %s",
                 strerror(errno));
  if (st != SKG_OK && o->tmp)
    unlink(o->tmp);
  release(o);
  return st;
}

/* ---- committing a run's outputs as one step ---- */

/* Set while skg_out_commit_all renames: a run-ending signal that reaches
   a handler in any thread is noted and raised again once the renames are
   over, so the outputs are never left half old, half new. */
static volatile sig_atomic_t committing;
static volatile sig_atomic_t deferred_sig;

bool skg_out_defer_signal(int sig) {
  if (!committing || owner != getpid())
    return false;
  deferred_sig = sig;
  return true;
}

/* Test hook: SKG_TEST_RENAME=signal:N raises SIGTERM right after the N-th
   rename, fail:N makes the N-th rename fail (EIO). Read once, before the
   renames (getenv is not async-signal-safe, nor needed there). */
typedef struct {
  int signal_after, fail_at;
} rename_hook;

static rename_hook read_hook(void) {
  rename_hook h = {0, 0};
  const char *v = getenv("SKG_TEST_RENAME");
  if (v && strncmp(v, "signal:", 7) == 0)
    h.signal_after = (int)strtol(v + 7, NULL, 10);
  else if (v && strncmp(v, "fail:", 5) == 0)
    h.fail_at = (int)strtol(v + 5, NULL, 10);
  return h;
}

/* The earlier version of o->path, kept under a temporary name (a hard
   link) until every rename has succeeded; NULL when there is none (a
   first run) or the file system has no hard links (then a failed rename
   cannot bring it back). A killed run's copy is swept like any temporary. */
static char *keep_old(const skg_out *o) {
  struct stat sb;
  if (lstat(o->path, &sb) != 0 || !S_ISREG(sb.st_mode))
    return NULL;
  char *b = temp_name(o->path);
  int fd = mkstemp(b);
  if (fd >= 0) {
    close(fd);
    unlink(b); /* the name only: the run lock keeps other runs away */
    if (link(o->path, b) == 0)
      return b;
  }
  free(b);
  return NULL;
}

/* Puts back what the first k renames replaced. */
static void roll_back(skg_out **live, char **old, size_t k) {
  for (size_t i = 0; i < k; i++) {
    if (old[i])
      rename(old[i], live[i]->path);
    else
      unlink(live[i]->path);
  }
}

/* Renames live[0..n) in order; on a failure, undoes the renames before
   it. Returns the index that failed, or n. */
static size_t rename_all(skg_out **live, char **old, size_t n, rename_hook h,
                         int *e) {
  for (size_t i = 0; i < n; i++) {
    int rc = (int)i + 1 == h.fail_at ? (errno = EIO, -1)
                                     : rename(live[i]->tmp, live[i]->path);
    if (rc != 0) {
      *e = errno;
      roll_back(live, old, i);
      return i;
    }
    if ((int)i + 1 == h.signal_after)
      raise(SIGTERM);
  }
  return n;
}

skg_status skg_out_commit_all(skg_out **outs, size_t n, skg_error *err) {
  skg_status st = SKG_OK;
  for (size_t i = 0; i < n && st == SKG_OK; i++)
    if (outs[i])
      st = skg_out_finish(outs[i], err);
  skg_out **live = skg_xcalloc(n ? n : 1, sizeof *live);
  char **old = skg_xcalloc(n ? n : 1, sizeof *old);
  size_t m = 0;
  for (size_t i = 0; i < n; i++)
    if (outs[i] && outs[i]->tmp && st == SKG_OK)
      live[m++] = outs[i];
  rename_hook h = read_hook();
  sigset_t block, prev;
  sigfillset(&block);
  pthread_sigmask(SIG_BLOCK, &block, &prev);
  committing = 1;
  for (size_t i = 0; i < m; i++)
    old[i] = keep_old(live[i]);
  int e = 0;
  size_t bad = rename_all(live, old, m, h, &e);
  /* the copies the roll-back did not put back, or all after success */
  for (size_t i = bad == m ? 0 : bad; i < m; i++)
    if (old[i])
      unlink(old[i]);
  committing = 0;
  pthread_sigmask(SIG_SETMASK, &prev, NULL);
  if (st == SKG_OK && bad < m)
    st = skg_err(err, SKG_ERR_WRITE, live[bad]->path, 0, 0, SIZE_MAX,
                 "write error: %s (no output replaced)", strerror(e));
  for (size_t i = 0; i < n; i++)
    if (outs[i]) {
      if (outs[i]->tmp && (st != SKG_OK || bad < m))
        unlink(outs[i]->tmp);
      release(outs[i]);
      outs[i] = NULL;
    }
  for (size_t i = 0; i < m; i++)
    free(old[i]);
  free(live);
  free(old);
  if (deferred_sig)
    raise(deferred_sig); /* its handler now removes what is left, and ends */
  return st;
}

void skg_out_abort(skg_out *o) {
  if (!o)
    return;
  if (o->f && o->f != stdout)
    fclose(o->f);
  if (o->tmp)
    unlink(o->tmp);
  release(o);
}

/* ---- the run lock ---- */

struct skg_out_lock {
  int fd;
  char *path;
  int slot;
};

/* Takes the lock on fd, waiting (with a note, once) while another
   process holds it. */
static int lock_wait(int fd, const char *path) {
  struct flock lk = {0};
  lk.l_type = F_WRLCK;
  lk.l_whence = SEEK_SET;
  if (fcntl(fd, F_SETLK, &lk) == 0)
    return 0;
  if (errno != EACCES && errno != EAGAIN)
    return -1;
  struct flock who = lk;
  if (fcntl(fd, F_GETLK, &who) == 0 && who.l_type != F_UNLCK)
    fprintf(stderr,
            "screenkg: note: %s: another run (process %ld) is writing these "
            "outputs; waiting for it to finish\n",
            path, (long)who.l_pid);
  int rc;
  while ((rc = fcntl(fd, F_SETLKW, &lk)) != 0 && errno == EINTR)
    ;
  return rc;
}

skg_status skg_out_lock_take(const char *dir, const char *name,
                             skg_out_lock **lock, skg_error *err) {
  (void)err; /* kept for a stricter policy; today the lock is best effort */
  size_t n = strlen(dir) + strlen(name) + 16;
  char *path = skg_xmalloc(n);
  snprintf(path, n, "%s/.%s.lock", dir, name);
  for (;;) {
    int fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0 || lock_wait(fd, path) != 0) {
      /* A folder where nothing can be created: the first output says so,
         in its own name. A file system without locks: no lock. */
      if (fd >= 0)
        close(fd);
      free(path);
      *lock = NULL;
      return SKG_OK;
    }
    /* The run before may have removed the file between our open and our
       lock: then the lock is on a file nobody else will see. */
    struct stat a, b;
    if (fstat(fd, &a) == 0 && stat(path, &b) == 0 && a.st_dev == b.st_dev &&
        a.st_ino == b.st_ino) {
      skg_out_lock *l = skg_xmalloc(sizeof *l);
      *l = (skg_out_lock){fd, path, reserve_slot(path)};
      *lock = l;
      return SKG_OK;
    }
    close(fd);
  }
}

void skg_out_lock_drop(skg_out_lock *lock) {
  if (!lock)
    return;
  unlink(lock->path); /* before the lock goes: a waiting run then retries */
  release_slot(lock->slot);
  close(lock->fd);
  free(lock->path);
  free(lock);
}
