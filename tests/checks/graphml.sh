#!/bin/sh
# graphml.sh: the GraphML and CSV exports read back by independent readers:
# xmllint for well-formedness, then tests/graphml_check.py, which reads the
# CSV tables with Python's csv module and the GraphML with networkx (and
# igraph when installed) and checks that both writers describe one graph,
# and that the co-appearance projection (NAME.coappear.graphml) has the
# weights networkx recomputes from the main GraphML's castMember and tie
# edges.
# Each file set is the golden fixture output and, when the CLI is built, a
# real export of examples/the-defenders.txt (exported twice: same bytes).
# Prints "ok - ..." / "not ok - ..." lines; BUILDDIR names the build dir.
# Schema validation needs graphml.xsd from the network, so it is left out.
set -u
cd "$(dirname "$0")/../.."
BUILDDIR=${BUILDDIR:-build}
export LC_ALL=C
PY=/usr/bin/python3 # Debian's networkx is only visible to this Python
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

pass() { echo "ok - $*"; }
fail() { echo "not ok - $*"; }
skip() { echo "ok - # SKIP $*"; }

# check_set NAME GRAPHML NODES EDGES PROJECTION
check_set() {
  if ! command -v xmllint >/dev/null 2>&1; then
    skip "$1: xmllint not installed"
  elif xmllint --noout "$2" "$5" >"$tmp/log" 2>&1; then
    pass "$1: xmllint reads the GraphML and the projection"
  else
    fail "$1: xmllint --noout $2 $5"; sed 's/^/# /' "$tmp/log" | head -5
  fi
  if [ ! -x "$PY" ]; then
    skip "$1: $PY not installed"
  else
    # The script prints its own ok / not ok lines; its exit status repeats
    # them, so only a crash (status above 1) is reported here.
    "$PY" tests/graphml_check.py --name "$1" --projection "$5" "$2" "$3" "$4"
    [ $? -le 1 ] || fail "$1: tests/graphml_check.py crashed"
  fi
}

check_set golden tests/golden/fixture.graphml tests/golden/fixture.nodes.csv \
  tests/golden/fixture.edges.csv tests/golden/fixture.coappear.graphml

bin=$BUILDDIR/screenkg
ex=examples/the-defenders.txt
if [ ! -x "$bin" ] || [ ! -f "$ex" ]; then
  skip "export of $ex: $bin not built"
  exit 0
fi
export_to() { # DIR
  "$bin" -o "$1" -n x --format graphml,csv,coappear "$ex" >"$tmp/log" 2>&1
}
if ! export_to "$tmp/one" || ! export_to "$tmp/two"; then
  fail "export of $ex"; sed 's/^/# /' "$tmp/log" | head -5
  exit 0
fi
pass "export of $ex (graphml, csv, coappear)"
same=1
for f in x.graphml x.nodes.csv x.edges.csv x.coappear.graphml; do
  cmp -s "$tmp/one/$f" "$tmp/two/$f" || same=0
done
if [ "$same" = 1 ]; then
  pass "export: two runs give the same bytes"
else
  fail "export: two runs differ"
fi
check_set export "$tmp/one/x.graphml" "$tmp/one/x.nodes.csv" \
  "$tmp/one/x.edges.csv" "$tmp/one/x.coappear.graphml"
