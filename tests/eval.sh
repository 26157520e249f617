#!/bin/sh
# eval.sh: measures extraction against the shared gold with
# ../shared/eval/score.py: the reference article (all predicates), the
# Re-DocRED development set (its mapped predicates only), the wiki-dev
# pages as prose and as MediaWiki exports (silver gold from their
# infoboxes) and the news and review sets of tests/eval (eval_news.sh).
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
# How much of the gold the text names at all (tests/heldout/reachable.py):
# the ceiling the rules work under, and their recall below it.
/usr/bin/python3 tests/heldout/reachable.py --short --score "$SHARED/eval/score.py" \
  --facts-dir "$out/redocred" --label "Re-DocRED dev, recall of facts the text names" \
  --predicates castMember,director,writer,producer,productionCompany,network,creator,composer,cinematographer,hasCharacter \
  "$SHARED/eval/redocred-dev"

# Real Wikipedia film pages scored against their own infobox ("silver
# gold", ../shared/eval/silver/README.md): as plain text without the
# infobox, and as MediaWiki exports with it.
for kind in prose xml; do
  echo
  echo "== wiki-dev $kind (silver gold from the infobox)"
  bash "$SHARED/eval/silver/run.sh" "$BIN" "$SHARED/eval/wiki-dev/$kind" "$kind"
done
echo
/usr/bin/python3 tests/heldout/reachable.py --short --score "$SHARED/eval/score.py" \
  --bin "$BIN" --label "wiki-dev prose, recall of facts the text names" \
  "$SHARED/eval/wiki-dev/prose"

# Casting news and reviews: short real passages with hand-written gold.
echo
BUILDDIR=$BUILDDIR SHARED=$SHARED sh tests/eval_news.sh --errors "$ERRS"
