#!/bin/sh
# same_output.sh: a pure refactor changes no output. Writes, with one
# binary, facts --explain and Turtle for the reference article, Re-DocRED
# dev (and its rebuild dev-check), wiki-dev prose and xml, wikiA prose and
# xml, the news sets, the text of every tests/extract spec case, plus the
# `make run` and `make franchise` outputs, into OUT; run it with the old
# and the new binary and compare the two folders byte for byte:
#   scripts/same_output.sh old/screenkg /tmp/a
#   scripts/same_output.sh build/screenkg /tmp/b
#   diff -r /tmp/a /tmp/b && echo same
# SHARED and HELDOUT name the shared data and the held-out sets; a set
# that is not there is left out. A tool for refactors, not a test (it
# compares two binaries), so it lives here and not in tests/checks/.
set -u
if [ $# -ne 2 ]; then
  echo "usage: scripts/same_output.sh BIN OUTDIR" >&2
  exit 2
fi
BIN=$1 OUT=$2
case $BIN in /*) ;; */*) BIN=$PWD/$BIN ;; esac
case $OUT in /*) ;; *) OUT=$PWD/$OUT ;; esac
SHARED=${SHARED:-/work/shared} HELDOUT=${HELDOUT:-/work/heldout}
cd "$(dirname "$0")/.."
rm -rf "$OUT"; mkdir -p "$OUT"
one() { # one SET NAME FILE
  [ -f "$3" ] || return 0
  mkdir -p "$OUT/$1"
  "$BIN" -q -o "$OUT/$1" -n "$2" -f facts --explain "$3" >/dev/null 2>&1 ||
    echo "$1/$2: exit $?" >>"$OUT/errors.txt"
  "$BIN" -q -o "$OUT/$1" -n "$2" -f turtle "$3" >/dev/null 2>&1 ||
    echo "$1/$2 turtle: exit $?" >>"$OUT/errors.txt"
}
one ref the-defenders "$SHARED/seeds/000_84111ec70c4c5ad7.txt"
for d in "$SHARED"/eval/redocred-dev/*/; do one redocred "$(basename "$d")" "$d/article.txt"; done
for d in "$SHARED"/eval/wiki-dev/prose/*/; do one wikidev-p "$(basename "$d")" "$d/article.txt"; done
for d in "$SHARED"/eval/wiki-dev/xml/*/; do one wikidev-x "$(basename "$d")" "$d/page.xml"; done
for d in "$HELDOUT"/wikiA/prose/*/; do one wikiA-p "$(basename "$d")" "$d/article.txt"; done
for d in "$HELDOUT"/wikiA/xml/*/; do one wikiA-x "$(basename "$d")" "$d/page.xml"; done
for d in "$HELDOUT"/dev-check/*/; do one dev-check "$(basename "$d")" "$d/article.txt"; done
# every spec case's text, so that a rule no corpus page fires is compared too
mkdir -p "$OUT/spec-in"
/usr/bin/python3 - "$OUT/spec-in" tests/extract/*.spec <<'PY2'
import os, sys
sys.path.insert(0, 'tests')
from extract_spec import parse
for path in sys.argv[2:]:
    for c in parse(path):
        name = '%s-%d' % (os.path.basename(path)[:-5], c['line'])
        with open(os.path.join(sys.argv[1], name + '.txt'), 'w') as f:
            f.write('\n'.join(c['text']) + '\n')
PY2
for f in "$OUT"/spec-in/*.txt; do one specs "$(basename "$f" .txt)" "$f"; done
rm -rf "$OUT/spec-in"
for s in tests/eval/news tests/eval/news-heldout; do
  for d in "$s"/*/; do one "$(basename "$s")" "$(basename "$d")" "$d/article.txt"; done
done
mkdir -p "$OUT/run" "$OUT/franchise"
"$BIN" -q -o "$OUT/run" --format turtle,ntriples,graphml,coappear,dot,svg,html,facts,csv \
  examples/the-defenders.txt >/dev/null 2>&1 || echo "run: exit $?" >>"$OUT/errors.txt"
"$BIN" -q -o "$OUT/franchise" -n franchise examples/franchise/ >/dev/null 2>&1 ||
  echo "franchise: exit $?" >>"$OUT/errors.txt"
find "$OUT" -type f | wc -l
