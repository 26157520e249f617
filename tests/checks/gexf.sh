#!/bin/sh
# gexf.sh: the GEXF 1.3 export (--format gexf) validated and read back.
# Exports of examples/the-defenders.txt (cast view) and examples/franchise
# (costars view, the default for several works), each with the SVG of the
# same run, written twice (same bytes). Each GEXF file is validated with
# xmllint against the GEXF 1.3 RELAX NG schema and, without its viz
# elements, against the GEXF 1.3 XSD (both vendored under tests/gexf/; see
# its README for why both), then read by networkx and compared with the
# SVG (tests/gexf_check.py: positions and sizes are the drawing's). A file
# with a broken colour must fail the schema (the validation can fail).
# Prints "ok - ..." / "not ok - ..." lines; BUILDDIR names the build dir.
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh
export LC_ALL=C
PY=/usr/bin/python3 # Debian's networkx is only visible to this Python
S=tests/gexf

if [ ! -x "$BIN" ]; then
  skip "gexf: $BIN not built"
  exit 0
fi
if ! have xmllint || [ ! -x "$PY" ]; then
  skip "gexf: xmllint or $PY not installed"
  exit 0
fi

# validate NAME FILE: RELAX NG for the whole file, XSD without viz.
validate() {
  if xmllint --noout --relaxng $S/gexf.rng "$2" >"$T/log" 2>&1; then
    pass "$1: valid against the GEXF 1.3 RELAX NG schema"
  else
    nok "$1: xmllint --relaxng $S/gexf.rng $2" "$T/log"
  fi
  if xmllint --noout --schema $S/gexf.xsd "$T/$1.noviz.gexf" >"$T/log" 2>&1; then
    pass "$1: valid against the GEXF 1.3 XSD (viz elements removed)"
  else
    nok "$1: xmllint --schema $S/gexf.xsd (without viz)" "$T/log"
  fi
}

# check NAME INPUT: export twice, read back, validate.
check() {
  mkdir -p "$T/$1"
  export_twice "$1: export of $2 (gexf, svg)" "$T/$1" -q -n x \
    --format gexf,svg "$2" || return 0
  "$PY" tests/gexf_check.py --name "$1" --svg "$T/$1/one/x.svg" \
    --strip "$T/$1.noviz.gexf" "$T/$1/one/x.gexf"
  [ $? -le 1 ] || fail "$1: tests/gexf_check.py crashed"
  validate "$1" "$T/$1/one/x.gexf"
}

check cast examples/the-defenders.txt
check costars examples/franchise

if grep -q '<graph mode="static" defaultedgetype="undirected">' \
  "$T/costars/one/x.gexf"; then
  pass "costars: the default view of a multi-work run, undirected"
else
  fail "costars: not the undirected costars view"
fi

# The schema rejects what it should: a colour channel above 255.
sed '0,/<viz:color r="[0-9]*"/s//<viz:color r="300"/' "$T/cast/one/x.gexf" \
  >"$T/broken.gexf"
if [ -s "$T/broken.gexf" ] && ! cmp -s "$T/broken.gexf" "$T/cast/one/x.gexf" &&
  ! xmllint --noout --relaxng $S/gexf.rng "$T/broken.gexf" >/dev/null 2>&1; then
  pass "a GEXF file with r=\"300\" fails the schema"
else
  fail "the RELAX NG check accepts r=\"300\""
fi

# A view with nothing to draw is still a valid GEXF file, with a warning.
expect "an empty view: exit 0 and a warning" 0 "critics view has nothing to draw" \
  -- -o - -f gexf --view critics examples/franchise
if grep -q '<nodes/>' "$T/out" &&
  xmllint --noout --relaxng $S/gexf.rng "$T/out" >/dev/null 2>&1; then
  pass "an empty view: a valid GEXF file without nodes"
else
  fail "an empty view: not a valid GEXF file without nodes"
fi
