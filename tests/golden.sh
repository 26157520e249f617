#!/bin/sh
# golden.sh: checks or rewrites the golden files in tests/golden/.
#
#   tests/golden.sh            runs the unit tests, which compare each writer's
#                              output with its golden files
#   tests/golden.sh --update   runs them with SKG_UPDATE_GOLDEN=1, so each
#                              writer test writes its golden files instead;
#                              review `git diff tests/golden` before committing
#
# Generic on purpose: every $BUILDDIR/tests/test_* runs, whatever its format.
set -u
cd "$(dirname "$0")/.."
BUILDDIR=${BUILDDIR:-build}
export LC_ALL=C

case ${1:-} in
--update) update=1 ;;
"") update=0 ;;
*)
  echo "usage: tests/golden.sh [--update]" >&2
  exit 2
  ;;
esac

${MAKE:-make} --no-print-directory -s BUILDDIR="$BUILDDIR" unit || exit 1
mkdir -p tests/golden
status=0
for t in "$BUILDDIR"/tests/test_*; do
  [ -f "$t" ] && [ -x "$t" ] || continue
  if [ "$update" = 1 ]; then
    SKG_UPDATE_GOLDEN=1 "$t" || status=1
  else
    "$t" || status=1
  fi
done
if [ "$update" = 1 ] && command -v git >/dev/null 2>&1; then
  git status --short -- tests/golden
fi
exit $status
