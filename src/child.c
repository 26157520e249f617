/* child.c: library work in a forked child with limits, its bytes back
   through a pipe (the diagram's layout and rendering: Graphviz plugins
   have crashed, aborted and run for minutes on our graphs, and a crash in
   the process would take every other output with it). */
#include "child.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* AddressSanitizer reserves terabytes of address space for its shadow:
   under it an address-space limit would fail every allocation. */
#if defined(__SANITIZE_ADDRESS__)
#define SKG_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SKG_ASAN 1
#endif
#endif

/* The child's exit status when the library called exit() itself. */
enum { EXITED_EARLY = 125, CANNOT_REPLY = 126 };

/* What the child sends before its bytes: its status, the length of its
   message and of its result. A reply shorter than announced is a child
   that died while writing. */
typedef struct {
  int32_t st;
  uint32_t msg_len;
  uint64_t len;
} reply;

/* The running child, for skg_child_kill from a signal handler (a signal
   handler has nothing else to reach); 0 when none. */
static volatile sig_atomic_t running;

void skg_child_kill(void) {
  if (running > 0)
    kill((pid_t)running, SIGKILL);
}

/* ---- the child ---- */

/* atexit in the child: a library that calls exit() ends the child here,
   before the parent's atexit handlers (which remove the parent's
   temporary files) and before stdio flushes buffers copied from the
   parent. */
static void exited_early(void) { _exit(EXITED_EARLY); }

/* The parent's handlers for signals that end the run remove its temporary
   files: in the child those signals take their default action. Fault
   signals keep theirs (a sanitizer's report). */
static void default_signals(void) {
  for (int sig = 1; sig < 32; sig++) {
    struct sigaction sa;
    if (sig == SIGKILL || sig == SIGSTOP || sig == SIGSEGV || sig == SIGBUS ||
        sig == SIGFPE || sig == SIGILL || sig == SIGABRT || sig == SIGTRAP ||
        sigaction(sig, NULL, &sa) != 0)
      continue;
    if (sa.sa_handler != SIG_DFL && sa.sa_handler != SIG_IGN)
      signal(sig, SIG_DFL);
  }
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
}

#ifndef SKG_ASAN
/* The address space in use now, in bytes (0 when unknown). */
static unsigned long long address_space(void) {
  FILE *f = fopen("/proc/self/statm", "r");
  char line[128] = "";
  if (f) {
    if (!fgets(line, sizeof line, f))
      line[0] = '\0';
    fclose(f);
  }
  unsigned long long pages = strtoull(line, NULL, 10); /* 0 if unknown */
  long page = sysconf(_SC_PAGESIZE);
  return pages * (unsigned long long)(page > 0 ? page : 4096);
}
#endif

static void set_limit(int resource, rlim_t want) {
  struct rlimit rl;
  if (getrlimit(resource, &rl) != 0)
    return;
  if (rl.rlim_max != RLIM_INFINITY && want > rl.rlim_max)
    want = rl.rlim_max;
  rl.rlim_cur = want;
  setrlimit(resource, &rl);
}

static void limit(const skg_child_limits *lim) {
  /* CPU time too, so that a child left behind by a killed parent ends */
  set_limit(RLIMIT_CPU, (rlim_t)lim->seconds + 1);
#ifndef SKG_ASAN
  unsigned long long now = address_space();
  if (lim->extra_mb && now)
    set_limit(RLIMIT_AS, (rlim_t)(now + (unsigned long long)lim->extra_mb *
                                            1048576u));
#endif
}

static int write_all(int fd, const void *data, size_t len) {
  const char *p = data;
  while (len) {
    ssize_t n = write(fd, p, len);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return -1;
    p += n;
    len -= (size_t)n;
  }
  return 0;
}

/* Test hook: SKG_TEST_CHILD_FAULT=abort makes the child abort, =exit makes
   it call exit(1) (as a library giving up would), =hang makes it sleep
   past the time limit, which the parent then sets to 1 s
   (tests/checks/bad.sh). Read before the work starts. */
static void test_fault(void) {
  const char *f = getenv("SKG_TEST_CHILD_FAULT");
  if (!f)
    return;
  if (strcmp(f, "abort") == 0)
    abort();
  if (strcmp(f, "exit") == 0)
    exit(1);
  if (strcmp(f, "hang") == 0)
    for (;;)
      pause();
}

static void child_main(int fd, skg_child_fn fn, void *ctx,
                       const skg_child_limits *lim) {
  atexit(exited_early);
  default_signals();
  limit(lim);
  test_fault();
  skg_buf out = SKG_BUF_INIT;
  skg_error err = {0};
  skg_status st = fn(ctx, &out, &err);
  if (st == SKG_OK)
    err.msg[0] = '\0';
  else
    out.len = 0;
  reply r = {(int32_t)st, (uint32_t)strlen(err.msg), out.len};
  if (write_all(fd, &r, sizeof r) || write_all(fd, err.msg, r.msg_len) ||
      (out.len && write_all(fd, out.data, out.len)))
    _exit(CANNOT_REPLY);
  _exit(0); /* no atexit handlers, no flush, no leak report */
}

/* ---- the parent ---- */

static double now_s(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Reads the child's reply into raw until it closes the pipe or the
   deadline passes; returns -1 on time out, 0 otherwise. */
static int read_reply(int fd, double deadline, skg_buf *raw) {
  char chunk[65536];
  for (;;) {
    double left = deadline - now_s();
    if (left <= 0)
      return -1;
    struct pollfd p = {fd, POLLIN, 0};
    int n = poll(&p, 1, (int)(left * 1000) + 1);
    if (n < 0 && errno == EINTR)
      continue;
    if (n == 0)
      continue; /* the deadline is checked at the top */
    ssize_t got = n > 0 ? read(fd, chunk, sizeof chunk) : -1;
    if (got < 0 && errno == EINTR)
      continue;
    if (got <= 0)
      return 0;
    skg_buf_append(raw, chunk, (size_t)got);
  }
}

/* Why the child gave no usable reply, from its wait status. */
static skg_status failed(const skg_child_limits *lim, int status,
                         bool timed_out, unsigned seconds, skg_error *err) {
  const char *w = lim->what;
  if (timed_out)
    return skg_err(err, SKG_ERR_INTERNAL, NULL, 0, 0, SIZE_MAX,
                   "%s took more than %u s: stopped (a smaller diagram: "
                   "--focus, --view)",
                   w, seconds);
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    return skg_err(err, SKG_ERR_INTERNAL, NULL, 0, 0, SIZE_MAX,
                   "%s crashed (signal %d: %s)", w, sig, strsignal(sig));
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == EXITED_EARLY)
    return skg_err(err, SKG_ERR_INTERNAL, NULL, 0, 0, SIZE_MAX,
                   "%s ended its process (out of memory?)", w);
  return skg_err(err, SKG_ERR_INTERNAL, NULL, 0, 0, SIZE_MAX,
                 "%s stopped without a result (exit status %d)", w,
                 WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

/* Unpacks a complete reply: fn's status and message, or its bytes. */
static skg_status unpack(const skg_buf *raw, skg_buf *out, skg_error *err) {
  reply r;
  memcpy(&r, raw->data, sizeof r);
  const char *msg = raw->data + sizeof r;
  if ((skg_status)r.st != SKG_OK)
    return skg_err(err, (skg_status)r.st, NULL, 0, 0, SIZE_MAX, "%.*s",
                   (int)r.msg_len, msg);
  skg_buf_append(out, msg + r.msg_len, (size_t)r.len);
  return SKG_OK;
}

skg_status skg_child_run(skg_child_fn fn, void *ctx,
                         const skg_child_limits *lim, skg_buf *out,
                         skg_error *err) {
  /* Test hook: SKG_CHILD_INPROCESS=1 does the work in this process, with
     no child and no limits, so that a fuzzer and the sanitizers see what
     the library does (tests/fuzz/fuzz_diagram.c sets it). */
  const char *inproc = getenv("SKG_CHILD_INPROCESS");
  if (inproc && strcmp(inproc, "1") == 0)
    return fn(ctx, out, err);
  unsigned seconds = lim->seconds;
  const char *fault = getenv("SKG_TEST_CHILD_FAULT"); /* test hook, above */
  if (fault && strcmp(fault, "hang") == 0)
    seconds = 1;
  int fds[2];
  fflush(NULL); /* or the child could write the parent's buffers again */
  if (pipe(fds) != 0)
    return skg_err(err, SKG_ERR_INTERNAL, NULL, 0, 0, SIZE_MAX,
                   "cannot start %s: %s", lim->what, strerror(errno));
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    child_main(fds[1], fn, ctx, lim);
  }
  close(fds[1]);
  if (pid < 0) {
    close(fds[0]);
    return skg_err(err, SKG_ERR_INTERNAL, NULL, 0, 0, SIZE_MAX,
                   "cannot start %s: %s", lim->what, strerror(errno));
  }
  running = (sig_atomic_t)pid;
  skg_buf raw = SKG_BUF_INIT;
  bool timed_out = read_reply(fds[0], now_s() + seconds, &raw) < 0;
  close(fds[0]);
  if (timed_out)
    kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
    ;
  running = 0;
  reply r = {0};
  if (raw.len >= sizeof r)
    memcpy(&r, raw.data, sizeof r);
  skg_status st;
  if (!timed_out && WIFEXITED(status) && WEXITSTATUS(status) == 0 &&
      raw.len >= sizeof r && raw.len - sizeof r == r.msg_len + r.len)
    st = unpack(&raw, out, err);
  else
    st = failed(lim, status, timed_out, seconds, err);
  skg_buf_free(&raw);
  return st;
}
