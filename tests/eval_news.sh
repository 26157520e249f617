#!/bin/sh
# eval_news.sh: measures extraction on the hand-written news and review
# gold set (tests/eval/news: real casting-news and review round-up
# excerpts, all predicates) with ../shared/eval/score.py. Prints the table.
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

echo "== news and reviews: tests/eval/news (all predicates)"
for d in tests/eval/news/*/; do
  name=$(basename "$d")
  "$BIN" -q -o "$out" -n "$name" --format facts "$d/article.txt" ||
    echo "screenkg failed on $name" >&2
done
/usr/bin/python3 "$SHARED/eval/score.py" --corpus tests/eval/news \
  --facts-dir "$out" --per-predicate --show-errors "$ERRS"
