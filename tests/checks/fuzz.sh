#!/bin/sh
# fuzz.sh: a short libFuzzer run of every tests/fuzz target (FUZZ_SECONDS,
# default 10 s each, under ASan+UBSan): no crash, leak, timeout or
# sanitizer report. Skipped when clang or its fuzzer runtime is missing.
BUILDDIR=${BUILDDIR:-build}
SECS=${FUZZ_SECONDS:-10}
if ! command -v clang >/dev/null 2>&1 ||
   ! echo 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n);
int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; (void)n; return 0; }' |
     clang -fsanitize=fuzzer -x c -o /dev/null - >/dev/null 2>&1; then
  echo "ok - fuzz skipped: clang's libFuzzer runtime is not installed"
  exit 0
fi
T=$(mktemp)
trap 'rm -f "$T"' EXIT
if ! make --no-print-directory -s BUILDDIR="$BUILDDIR" FUZZ_SECONDS="$SECS" FUZZ_CASES=0 fuzz >"$T" 2>&1; then
  grep -q ' ok$' "$T" || grep -q 'FAILED' "$T" || { echo "not ok - fuzz targets do not build"; sed 's/^/#   /' "$T" | tail -20; exit 0; }
fi
for t in tests/fuzz/fuzz_*.c; do
  name=$(basename "$t" .c)
  line=$(grep "^$name " "$T")
  case $line in
    *" ok") echo "ok - fuzz $name ${SECS}s: $(echo "$line" | awk '{print $2 " runs, cov " $4 ", ft " $5}')" ;;
    "") echo "not ok - fuzz $name: did not run"; sed 's/^/#   /' "$T" | tail -20 ;;
    *) echo "not ok - fuzz $name"; grep -A12 "^$name " "$T" | sed 's/^/#   /' ;;
  esac
done
