#!/bin/sh
# check.sh: the fast subset of make test: every unit test binary, the
# vocabulary check (tests/checks/vocab.sh), the layers check
# (tests/checks/layers.sh) and the extraction spec cases (only those
# matching $SPEC when it is set), with one "N passed, N failed" line last.
# Under a minute on two cores.
set -u
cd "$(dirname "$0")/.."
BUILDDIR=${BUILDDIR:-build}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for t in "$BUILDDIR"/tests/test_*; do
  [ -f "$t" ] && [ -x "$t" ] || continue
  "$t" >>"$log" 2>&1 || echo "not ok - $t exited $?" >>"$log"
done
sh tests/checks/vocab.sh >>"$log"
BUILDDIR=$BUILDDIR sh tests/checks/layers.sh >>"$log"
if [ -n "${SPEC:-}" ]; then
  /usr/bin/python3 tests/extract_spec.py -k "$SPEC" "$BUILDDIR/screenkg" tests/extract/*.spec >>"$log"
else
  /usr/bin/python3 tests/extract_spec.py "$BUILDDIR/screenkg" tests/extract/*.spec >>"$log"
fi
grep -B1 -A12 '^not ok' "$log" | head -80
# unit binaries end with "FILE: N passed, N failed"; specs print ok lines
awk '/: [0-9]+ passed, [0-9]+ failed$/ { p += $(NF-3); f += $(NF-1); next }
     /^ok - / { p++ } /^not ok - / { f++ }
     END { printf "%d passed, %d failed\n", p, f; exit f > 0 }' "$log"
