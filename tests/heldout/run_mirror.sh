#!/bin/sh
# run_mirror.sh: scores screenkg on the mirror/news set of issue 11 (web
# copies of encyclopedia pages, casting news and a review round-up, with
# hand-written gold; mirror-pages.txt says how it was built).
# Usage: tests/heldout/run_mirror.sh SCREENKG HELDOUT_DIR [--errors N]
# Prints one score.py table (all predicates, per predicate) for each half:
# HELDOUT_DIR/mirror/wiki and HELDOUT_DIR/mirror/news.
set -eu
[ $# -ge 2 ] || { echo "usage: $0 SCREENKG HELDOUT_DIR [--errors N]" >&2; exit 2; }
bin=$1
dir=$2/mirror
errs=0
[ "${3:-}" = "--errors" ] && errs=${4:-40}
shared=${SHARED:-$(dirname "$0")/../../../shared}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for half in wiki news; do
  [ -d "$dir/$half" ] || { echo "no $dir/$half" >&2; exit 2; }
  echo "== mirror $half ($(ls "$dir/$half" | wc -l) pages, hand-written gold, all predicates)"
  mkdir -p "$out/$half"
  for d in "$dir/$half"/*/; do
    name=$(basename "$d")
    "$bin" -q -o "$out/$half" -n "$name" --format facts "$d/article.txt" ||
      echo "screenkg failed on $name" >&2
  done
  /usr/bin/python3 "$shared/eval/score.py" --corpus "$dir/$half" \
    --facts-dir "$out/$half" --per-predicate --show-errors "$errs"
  echo
done
