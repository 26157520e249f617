#!/bin/sh
# eval.sh: measures extraction against the shared gold: the reference
# article (all predicates) and the Re-DocRED development set (its mapped
# predicates only), with ../shared/eval/score.py. Prints both tables.
# Usage: tests/eval.sh [--errors N]
set -eu
cd "$(dirname "$0")/.."
BUILDDIR=${BUILDDIR:-build}
SHARED=${SHARED:-../shared}
BIN=$BUILDDIR/screenkg
ERRS=0
[ "${1:-}" = "--errors" ] && ERRS=${2:-40}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

echo "== reference article: the-defenders (all predicates)"
"$BIN" -q -o "$out" -n the-defenders --format facts "$SHARED/seeds/000_84111ec70c4c5ad7.txt"
/usr/bin/python3 "$SHARED/eval/score.py" "$SHARED/eval/gold/the-defenders" \
  "$out/the-defenders.facts.tsv" --per-predicate --show-errors "$ERRS"

echo
echo "== Re-DocRED dev (mapped predicates)"
mkdir -p "$out/redocred"
for d in "$SHARED"/eval/redocred-dev/*/; do
  name=$(basename "$d")
  "$BIN" -q -o "$out/redocred" -n "$name" --format facts "$d/article.txt" ||
    echo "screenkg failed on $name" >&2
done
/usr/bin/python3 "$SHARED/eval/score.py" --corpus "$SHARED/eval/redocred-dev" \
  --facts-dir "$out/redocred" --per-predicate --show-errors "$ERRS" \
  --predicates castMember,director,writer,producer,productionCompany,network,creator,composer,cinematographer,hasCharacter
