#!/bin/sh
# sanitize.sh: a full export of the example, every format, in whatever build
# BUILDDIR holds; under the sanitizer build (tests/run.sh) any
# AddressSanitizer, LeakSanitizer or UBSan report fails it.
BUILDDIR=${BUILDDIR:-build}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
LSAN_OPTIONS="suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0" \
  "$BUILDDIR/screenkg" -q -o "$T" --format turtle,ntriples,graphml,coappear,dot,svg,png,facts,csv \
  examples/the-defenders.txt 2>"$T/err"
rc=$?
if [ $rc -eq 0 ] && ! grep -Eq 'Sanitizer|runtime error' "$T/err"; then
  echo "ok - full export is clean ($BUILDDIR)"
else
  echo "not ok - full export ($BUILDDIR): exit $rc"
  sed 's/^/#   /' "$T/err" | head -40
fi
