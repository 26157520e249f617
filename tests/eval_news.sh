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
. tests/score_set.sh
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

for set in news news-heldout; do
  echo "== $set: tests/eval/$set (all predicates)"
  score_set "$BIN" "tests/eval/$set" "$out/$set" "$SHARED" "$ERRS"
  echo
done
