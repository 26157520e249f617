#!/bin/sh
# run.sh: runs every test and prints one summary line last:
# "N passed, N failed". Unit test binaries end with "FILE: N passed, N failed";
# check scripts (tests/checks/*.sh) print "ok - ..." / "not ok - ..." lines.
# Unless SKIP_SAN=1, the unit and CLI tests run again under AddressSanitizer
# + UndefinedBehaviorSanitizer, and jobs.sh under ThreadSanitizer, each in a
# build of its own.
set -u
cd "$(dirname "$0")/.."
BUILDDIR=${BUILDDIR:-build}
export BUILDDIR LC_ALL=C
log=$(mktemp)
trap 'rm -f "$log"' EXIT

run_unit() { # $1 = build dir
  for t in "$1"/tests/test_*; do
    [ -x "$t" ] || continue
    "$t" >>"$log" 2>&1 || echo "not ok - $t exited $?" >>"$log"
  done
}

run_checks() { # $1 = build dir, rest = scripts
  dir=$1; shift
  for s in "$@"; do
    [ -f "$s" ] || continue
    echo "# $s" >>"$log"
    BUILDDIR=$dir sh "$s" >>"$log" 2>&1 || echo "not ok - $s exited $?" >>"$log"
  done
}

run_unit "$BUILDDIR"
run_checks "$BUILDDIR" tests/checks/*.sh

# The same unit and CLI tests again under the sanitizers, in their own build.
if [ "${SKIP_SAN:-0}" != 1 ]; then
  san=$BUILDDIR/san
  # CFLAGS from the environment: on the command line it would replace the
  # Makefile's flags instead of being extended by them.
  if CFLAGS="-O1 -g" make --no-print-directory -s BUILDDIR="$san" CC=clang \
      SAN=address,undefined all unit >>"$log" 2>&1; then
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 run_unit "$san"
    # Graphviz, fontconfig and pango leak inside themselves (tests/lsan.supp).
    # bad.sh's one-line file is smaller here: the sanitizers are slow.
    ASAN_OPTIONS=detect_leaks=1 BAD_BIG_MB=10 \
    LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0" \
      run_checks "$san" tests/checks/cli.sh tests/checks/sanitize.sh \
        tests/checks/bad.sh
  else
    echo "not ok - sanitizer build failed" >>"$log"
  fi
fi

# The worker pool and the bzip2 threads (dump.sh) under ThreadSanitizer: a data race exits 66, which
# jobs.sh's exit-code checks report.
if [ "${SKIP_SAN:-0}" != 1 ]; then
  tsan=$BUILDDIR/tsan
  if CFLAGS="-O1 -g" make --no-print-directory -s BUILDDIR="$tsan" CC=clang \
      SAN=thread all >>"$log" 2>&1; then
    TSAN_OPTIONS=exitcode=66:halt_on_error=1 run_checks "$tsan" tests/checks/jobs.sh \
      tests/checks/dump.sh
  else
    echo "not ok - ThreadSanitizer build failed" >>"$log"
  fi
fi

cat "$log" | grep -v '^ok - ' | grep -v ': [0-9]* passed, 0 failed$' || true
awk '
  /^ok - /      { p++ }
  /^not ok - /  { f++ }
  / [0-9]+ passed, [0-9]+ failed$/ && !/^[0-9]+ passed/ {
    n = split($0, w, " "); p += w[n-3]; f += w[n-1]
  }
  END { printf "%d passed, %d failed\n", p, f; exit (f > 0) }
' "$log"
