#!/bin/sh
# lint.sh: `make lint` finds nothing: the formatting check
# (tests/check_format.sh: .clang-format on the listed files and on the
# lines this branch changed since it left main) and the static analysis
# (cppcheck and clang-tidy over src/, configured in the Makefile,
# tests/cppcheck.supp and .clang-tidy). Each part is skipped, with an ok
# line saying so, when its tool is not installed.
BUILDDIR=${BUILDDIR:-build}
T=$(mktemp)
trap 'rm -f "$T"' EXIT
if ! command -v clang-format >/dev/null 2>&1 ||
  ! command -v clang-format-diff >/dev/null 2>&1; then
  echo "ok - format check skipped: clang-format not installed"
elif make --no-print-directory -s BUILDDIR="$BUILDDIR" lint-format >"$T" 2>&1; then
  echo "ok - make lint-format: formatted as .clang-format says"
else
  echo "not ok - make lint-format: $(grep -c 'not formatted' "$T") finding(s)"
  head -40 "$T" | sed 's/^/#   /'
fi
for tool in cppcheck clang-tidy; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "ok - lint skipped: $tool not installed"
    exit 0
  fi
done
if make --no-print-directory -s BUILDDIR="$BUILDDIR" lint-static >"$T" 2>&1; then
  echo "ok - make lint-static: cppcheck and clang-tidy clean on src/"
else
  n=$(grep -cE '(error|warning): ' "$T")
  echo "not ok - make lint-static: $n finding(s)"
  grep -E '(error|warning): ' "$T" | head -40 | sed 's/^/#   /'
fi
