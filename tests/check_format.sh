#!/bin/sh
# check_format.sh: the formatting part of `make lint`: clang-format with the
# repository's .clang-format (docs/STYLE.md) must leave unchanged
#   - every file listed in tests/format-clean.txt, whole;
#   - every C file added since BASE, whole;
#   - every line of src/ and tests/unit/ changed since BASE (git diff BASE,
#     uncommitted changes included), by clang-format-diff.
# Reformatting the whole tree at once would touch almost every file at the
# time several branches change them; this keeps what is clean clean and
# formats the rest as it is touched.
# Usage: tests/check_format.sh [BASE]   (no BASE: only the listed files)
# Prints what to run to fix it; exits 1 on any finding, 0 otherwise.
set -u
cd "$(dirname "$0")/.."
CF=${CLANG_FORMAT:-clang-format}
CFD=${CLANG_FORMAT_DIFF:-clang-format-diff}
base=${1:-}
bad=0
files=$(grep -v '^#' tests/format-clean.txt)
if [ -n "$base" ]; then
  files="$files $(git diff --name-only --diff-filter=A "$base" -- \
    'src/*.c' 'src/*.h' 'tests/unit/*.c' 'tests/unit/*.h')"
fi
for f in $(printf '%s\n' $files | sort -u); do
  [ -f "$f" ] || continue
  if ! "$CF" --dry-run --Werror "$f" >/dev/null 2>&1; then
    echo "$f: not formatted (clang-format -i $f)"
    bad=1
  fi
done
if [ -n "$base" ]; then
  out=$(git diff -U0 --no-color "$base" -- 'src/*.c' 'src/*.h' \
    'tests/unit/*.c' 'tests/unit/*.h' | "$CFD" -p1 -binary "$CF")
  if [ -n "$out" ]; then
    printf '%s\n' "$out"
    echo "lines changed since $base are not formatted (git diff -U0 $base |" \
      "$CFD -p1 -i)"
    bad=1
  fi
fi
exit $bad
