#!/bin/sh
# run_mirror.sh: scores screenkg on the hand-gold web and news sets of
# issue 11: HELDOUT_DIR/mirror/wiki and HELDOUT_DIR/mirror/news (web
# copies of encyclopedia pages, casting news and a review round-up;
# mirror-pages.txt), HELDOUT_DIR/news2 (news2-pages.txt) and
# HELDOUT_DIR/news3 (news3-pages.txt). A set whose folder is missing is
# skipped with a note on standard error; the script fails only when none
# is there.
# Usage: tests/heldout/run_mirror.sh SCREENKG HELDOUT_DIR [--errors N]
# Prints one score.py table (all predicates, per predicate) for each set.
set -eu
[ $# -ge 2 ] || { echo "usage: $0 SCREENKG HELDOUT_DIR [--errors N]" >&2; exit 2; }
bin=$1
errs=0
[ "${3:-}" = "--errors" ] && errs=${4:-40}
shared=${SHARED:-$(dirname "$0")/../../../shared}
. "$(dirname "$0")/../score_set.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
scored=0
# score_one DIR TITLE KEY: one set's table, or a note when DIR is missing.
score_one() {
  if [ ! -d "$1" ]; then
    echo "no $1: $2 skipped" >&2
    return 0
  fi
  [ $scored -eq 0 ] || echo
  echo "== $2 ($(ls "$1" | wc -l) pages, hand-written gold, all predicates)"
  score_set "$bin" "$1" "$out/$3" "$shared" "$errs"
  scored=$((scored + 1))
}
score_one "$2/mirror/wiki" "mirror wiki" mirror-wiki
score_one "$2/mirror/news" "mirror news" mirror-news
score_one "$2/news2" news2 news2
score_one "$2/news3" news3 news3
[ $scored -gt 0 ] || { echo "no set found in $2" >&2; exit 2; }
