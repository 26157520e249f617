#!/bin/sh
# graphml.sh: the GraphML and CSV exports read back by independent readers:
# xmllint validates them against the GraphML 1.0 XSD (vendored under
# tests/graphml/, see its README; no network), then tests/graphml_check.py
# reads the CSV tables with Python's csv module and the GraphML with
# networkx (and igraph when installed) and checks that both writers
# describe one graph, every list field a JSON array, and that the
# co-appearance projection (NAME.coappear.graphml) has the weights networkx
# recomputes from the main GraphML's castMember and tie edges.
# Each file set is the golden fixture output and, when the CLI is built, a
# real export of examples/the-defenders.txt (exported twice: same bytes)
# and one of examples/franchise (several works).
# The schema must also reject each tests/graphml/bad-*.graphml (and accept
# good.graphml), so that the validation is known to be able to fail.
# Prints "ok - ..." / "not ok - ..." lines; BUILDDIR names the build dir
# (tests/lib.sh).
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh
export LC_ALL=C
PY=/usr/bin/python3 # Debian's networkx is only visible to this Python
tmp=$T # lib.sh's temporary folder, removed at exit
XSD=tests/graphml/graphml.xsd

# The schema itself: it accepts the good file and rejects every bad one.
if have xmllint; then
  for f in tests/graphml/*.graphml; do
    case $f in */bad-*) want=1 ;; *) want=0 ;; esac
    xmllint --noout --schema $XSD "$f" >"$tmp/log" 2>&1
    got=$?
    if [ $want = 1 ] && [ $got -ne 0 ] && grep -q 'fails to validate' "$tmp/log"; then
      pass "XSD rejects $f"
    elif [ $want = 0 ] && [ $got -eq 0 ]; then
      pass "XSD accepts $f"
    else
      nok "XSD on $f: xmllint exited $got" "$tmp/log"
    fi
  done
fi

# check_set NAME GRAPHML NODES EDGES PROJECTION
check_set() {
  if ! command -v xmllint >/dev/null 2>&1; then
    skip "$1: xmllint not installed"
  elif xmllint --noout --schema $XSD "$2" "$5" >"$tmp/log" 2>&1; then
    pass "$1: the GraphML and the projection are valid against the GraphML XSD"
  else
    nok "$1: xmllint --schema $XSD $2 $5" "$tmp/log"
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

ex=examples/the-defenders.txt
if [ ! -x "$BIN" ] || [ ! -f "$ex" ]; then
  skip "export of $ex: $BIN not built"
  exit 0
fi
export_twice "export of $ex (graphml, csv, coappear)" "$tmp" -n x \
  --format graphml,csv,coappear "$ex" || exit 0
check_set export "$tmp/one/x.graphml" "$tmp/one/x.nodes.csv" \
  "$tmp/one/x.edges.csv" "$tmp/one/x.coappear.graphml"

# A run of several works (aliases, the franchise's partOf, lists of works
# in the projection): the same checks.
mkdir "$tmp/fr"
if "$BIN" -q -o "$tmp/fr" -n x --format graphml,csv,coappear examples/franchise \
  >"$tmp/log" 2>&1; then
  check_set franchise "$tmp/fr/x.graphml" "$tmp/fr/x.nodes.csv" \
    "$tmp/fr/x.edges.csv" "$tmp/fr/x.coappear.graphml"
else
  nok "export of examples/franchise: screenkg exited $?" "$tmp/log"
fi

# Typed values: the premiere, approval, reviews, average and Metacritic
# score of the example read back by networkx as a string, ints and a float.
if "$PY" -c '
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
want = {"releaseDate": json.dumps(["2017-07-31"]), "approvalRating": 78,
        "approvalReviews": 100, "averageRating": 6.6, "metascore": 63}
sys.exit(not any(all(d.get(k) == v and type(d.get(k)) is type(v)
                     for k, v in want.items()) for _, d in g.nodes(data=True)))
' "$tmp/one/x.graphml" 2>"$tmp/log"; then
  pass "export: the work's values read back as numbers (78, 100, 6.6, 63)"
else
  nok "export: the work's values are not the numbers 78, 100, 6.6, 63" "$tmp/log"
fi

# Two pages giving one (invented) film two Metacritic scores: the int key
# holds one, moreValues the other, and the file is still valid GraphML.
mkdir "$tmp/multi" "$tmp/multi/in"
for s in 65 71; do
  printf '%s %s %s\n' 'Glass Orchard is a 2019 American drama film directed' \
    'by Mara Venn. On Metacritic, the film has a score of' "$s out of 100." \
    >"$tmp/multi/in/p$s.txt"
done
if "$BIN" -q -o "$tmp/multi" -n x --format graphml,csv,coappear "$tmp/multi/in" \
  >"$tmp/log" 2>&1 && grep -q 'data key="n_moreValues"' "$tmp/multi/x.graphml" ; then
  check_set two-values "$tmp/multi/x.graphml" "$tmp/multi/x.nodes.csv" \
    "$tmp/multi/x.edges.csv" "$tmp/multi/x.coappear.graphml"
else
  nok "two Metacritic scores: no moreValues (screenkg exited $?)" "$tmp/log"
fi

# --csv-bom: both tables start with a UTF-8 byte-order mark, and are
# otherwise the tables written without it (a spreadsheet's utf-8-sig read
# sees the same rows as a plain read of those).
mkdir "$tmp/bom"
if "$BIN" -q -o "$tmp/bom" -n x --format csv --csv-bom "$ex" >"$tmp/log" 2>&1; then
  for t in nodes edges; do
    if [ "$(head -c 3 "$tmp/bom/x.$t.csv" | od -An -tx1 | tr -d ' \n')" = efbbbf ] &&
      tail -c +4 "$tmp/bom/x.$t.csv" | cmp -s - "$tmp/one/x.$t.csv" &&
      "$PY" -c '
import csv, sys
a = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8-sig")))
b = list(csv.reader(open(sys.argv[2], newline="", encoding="utf-8")))
sys.exit(a != b or a[0][0] not in ("id", "source"))' "$tmp/bom/x.$t.csv" "$tmp/one/x.$t.csv"; then
      pass "--csv-bom: x.$t.csv is EF BB BF, then the plain table"
    else
      fail "--csv-bom: x.$t.csv"
    fi
  done
else
  fail "--csv-bom: screenkg exited $?"; sed 's/^/# /' "$tmp/log" | head -5
fi
