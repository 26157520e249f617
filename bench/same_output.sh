#!/bin/sh
# same_output.sh: writes the facts (--explain) and Turtle exports of every
# shared evaluation page (wiki-dev xml and prose, Re-DocRED dev, the
# reference article) into one directory, so that a speed change can be
# shown to keep the output byte-identical: run it with the old and the new
# binary and `diff -r` the two directories.
# Usage: bench/same_output.sh BIN OUTDIR [SHARED]
set -eu
BIN=$1
OUT=$2
SHARED=${3:-/work/shared}
mkdir -p "$OUT"
run() { # name input
  "$BIN" -q -o - -f facts --explain "$2" >"$OUT/$1.facts" 2>"$OUT/$1.err" ||
    echo "exit $?" >>"$OUT/$1.err"
  "$BIN" -q -o - -f turtle "$2" >"$OUT/$1.ttl" 2>>"$OUT/$1.err" ||
    echo "exit $?" >>"$OUT/$1.err"
}
for d in "$SHARED"/eval/wiki-dev/xml/*/; do
  run "xml-$(basename "$d")" "$d/page.xml"
done
for d in "$SHARED"/eval/wiki-dev/prose/*/; do
  run "prose-$(basename "$d")" "$d/article.txt"
done
for d in "$SHARED"/eval/redocred-dev/*/; do
  [ -f "$d/article.txt" ] && run "redocred-$(basename "$d")" "$d/article.txt"
done
run reference "$SHARED/seeds/000_84111ec70c4c5ad7.txt"
