#!/bin/sh
# run_mirror.sh: scores screenkg on the mirror/news set of issue 11 (web
# copies of encyclopedia pages, casting news and a review round-up, with
# hand-written gold; mirror-pages.txt says how it was built).
# Usage: tests/heldout/run_mirror.sh SCREENKG HELDOUT_DIR [--errors N]
# Prints one score.py table (all predicates, per predicate) for each half:
# HELDOUT_DIR/mirror/wiki and HELDOUT_DIR/mirror/news, then for
# HELDOUT_DIR/news2 (a second casting-news set, news2-pages.txt) if present.
set -eu
[ $# -ge 2 ] || { echo "usage: $0 SCREENKG HELDOUT_DIR [--errors N]" >&2; exit 2; }
bin=$1
dir=$2/mirror
errs=0
[ "${3:-}" = "--errors" ] && errs=${4:-40}
shared=${SHARED:-$(dirname "$0")/../../../shared}
. "$(dirname "$0")/../score_set.sh"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for half in wiki news; do
  [ -d "$dir/$half" ] || { echo "no $dir/$half" >&2; exit 2; }
  echo "== mirror $half ($(ls "$dir/$half" | wc -l) pages, hand-written gold, all predicates)"
  score_set "$bin" "$dir/$half" "$out/$half" "$shared" "$errs"
  echo
done
if [ -d "$2/news2" ]; then
  echo "== news2 ($(ls "$2/news2" | wc -l) pages, hand-written gold, all predicates)"
  score_set "$bin" "$2/news2" "$out/news2" "$shared" "$errs"
fi
