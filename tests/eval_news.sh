#!/bin/sh
# eval_news.sh: measures extraction on the hand-written news and review
# gold sets (all predicates) with ../shared/eval/score.py and prints both
# tables: tests/eval/news (real casting-news and review round-up excerpts,
# the development set of the news rules) and tests/eval/news-heldout
# (gold written before any rule was tuned on it).
# Usage: tests/eval_news.sh [--errors N]
set -eu
cd "$(dirname "$0")/.."
BUILDDIR=${BUILDDIR:-build}
SHARED=${SHARED:-../shared}
BIN=$BUILDDIR/screenkg
ERRS=0
[ "${1:-}" = "--errors" ] && ERRS=${2:-40}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for set in news news-heldout; do
  echo "== $set: tests/eval/$set (all predicates)"
  mkdir -p "$out/$set"
  for d in tests/eval/$set/*/; do
    name=$(basename "$d")
    "$BIN" -q -o "$out/$set" -n "$name" --format facts "$d/article.txt" ||
      echo "screenkg failed on $name" >&2
  done
  /usr/bin/python3 "$SHARED/eval/score.py" --corpus "tests/eval/$set" \
    --facts-dir "$out/$set" --per-predicate --show-errors "$ERRS"
  echo
done
