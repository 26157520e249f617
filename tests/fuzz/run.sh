#!/bin/sh
# run.sh: runs every libFuzzer target built in BUILDDIR (make fuzz builds
# them) for FUZZ_SECONDS each, starting from tests/fuzz/corpus/<target>/,
# and prints libFuzzer's final statistics per target: executions, coverage
# (cov: edges, ft: features), corpus size, peak RSS. A crash, leak, timeout
# or sanitizer report prints the reproducer's path and fails the run.
# Usage: BUILDDIR=build/fuzz FUZZ_SECONDS=20 tests/fuzz/run.sh [TARGET...]
set -u
cd "$(dirname "$0")/../.."
BUILDDIR=${BUILDDIR:-build/fuzz}
SECS=${FUZZ_SECONDS:-20}
targets=${*:-$(ls tests/fuzz/fuzz_*.c | sed 's|.*/||; s|\.c$||')}
status=0
printf '%-12s %10s %8s %8s %7s %8s  %s\n' target execs exec/s cov ft corpus result
for t in $targets; do
  bin=$BUILDDIR/$t
  if [ ! -x "$bin" ]; then
    echo "$t: not built ($bin)"; status=1; continue
  fi
  # Inputs found in this run go to a scratch corpus in the build tree; the
  # checked-in seeds are only read.
  work=$BUILDDIR/corpus/$t
  art=$BUILDDIR/artifacts/$t/
  mkdir -p "$work" "$art"
  dict=""
  [ -f "tests/fuzz/$t.dict" ] && dict="-dict=tests/fuzz/$t.dict"
  log=$BUILDDIR/$t.log
  # Graphviz keeps its plugins for the process: those leaks are not ours.
  LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0" \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$bin" -max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 \
      -max_len=8192 -print_final_stats=1 -artifact_prefix="$art" $dict \
      "$work" "tests/fuzz/corpus/$t" >"$log" 2>&1
  rc=$?
  done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1)
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  cov=$(echo "$done_line" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
  ft=$(echo "$done_line" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
  corp=$(echo "$done_line" | sed -n 's/.*corp: \([0-9]*\/[0-9a-zA-Z]*\).*/\1/p')
  if [ $rc -eq 0 ] && [ -n "$done_line" ]; then
    result=ok
  else
    result="FAILED (exit $rc)"; status=1
  fi
  printf '%-12s %10s %8s %8s %7s %8s  %s\n' "$t" "${execs:-?}" "${speed:-?}" \
    "${cov:-?}" "${ft:-?}" "${corp:-?}" "$result"
  [ -n "$done_line" ] && echo "  $done_line"
  if [ "$result" != ok ]; then
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written|#[0-9]+ +in ' "$log" |
      head -30 | sed 's/^/  /'
    echo "  full log: $log"
  fi
done
exit $status
