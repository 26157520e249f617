#!/bin/sh
# rdf.sh: the Turtle and N-Triples exports read back by independent parsers
# (raptor's rapper, serd's serdi, N3.js when installed) and checked with the
# SHACL shapes. Each file set is the golden fixture output and, when the CLI
# is built, a real export of examples/the-defenders.txt. The Turtle file must
# parse to the same triples as the N-Triples file, one triple a line.
# Prints "ok - ..." / "not ok - ..." lines; BUILDDIR names the build dir
# (tests/lib.sh).
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh
export LC_ALL=C
tmp=$T # lib.sh's temporary folder, removed at exit

# Shows a failed command's output as comments.
show() { sed 's/^/# /' "$tmp/log"; }

# expect_count DESC WANT GOT: GOT (a triple count) must equal WANT.
expect_count() {
  if [ "$3" = "$2" ]; then pass "$1 ($3 triples)"
  elif [ "$3" = error ]; then fail "$1: parse error"; show
  else fail "$1: $3 triples, want $2"; show; fi
}

# Triples in FILE according to rapper (-i SYNTAX), or "error".
rapper_count() {
  if rapper -i "$1" -c "$2" >"$tmp/log" 2>&1; then
    sed -n 's/.*returned \([0-9][0-9]*\) triple.*/\1/p' "$tmp/log"
  else echo error; fi
}

serdi_count() {
  if serdi -i turtle -o ntriples "$1" >"$tmp/serdi.nt" 2>"$tmp/log"; then
    wc -l <"$tmp/serdi.nt" | tr -d ' '
  else echo error; fi
}

n3_count() {
  node tests/rdf/n3parse.js "$1" 2>"$tmp/log" || echo error
}

# roundtrip NAME TTL NT: all parsers agree with the N-Triples line count.
roundtrip() {
  name=$1 ttl=$2 nt=$3
  want=$(wc -l <"$nt" | tr -d ' ')
  if have rapper; then
    expect_count "$name: rapper reads the Turtle" "$want" "$(rapper_count turtle "$ttl")"
    expect_count "$name: rapper reads the N-Triples" "$want" "$(rapper_count ntriples "$nt")"
    rapper -q -i turtle -o ntriples "$ttl" 2>"$tmp/log" | sort >"$tmp/a.nt"
    sort "$nt" >"$tmp/b.nt"
    if cmp -s "$tmp/a.nt" "$tmp/b.nt"; then pass "$name: Turtle and N-Triples hold the same triples"
    else fail "$name: Turtle and N-Triples differ"; diff "$tmp/a.nt" "$tmp/b.nt" | head -5 | sed 's/^/# /'; fi
  else
    skip "$name: rapper not installed"
  fi
  if have serdi; then
    expect_count "$name: serdi reads the Turtle" "$want" "$(serdi_count "$ttl")"
  else
    skip "$name: serdi not installed"
  fi
  if [ -d node_modules/n3 ] && have node; then
    expect_count "$name: N3.js reads the Turtle" "$want" "$(n3_count "$ttl")"
    expect_count "$name: N3.js reads the N-Triples" "$want" "$(n3_count "$nt")"
  else
    skip "$name: N3.js not installed"
  fi
}

# shacl NAME TTL: the export conforms to ontology/shapes.ttl.
shacl() {
  if [ ! -f tests/rdf/shacl.js ] || [ ! -f ontology/shapes.ttl ] ||
     [ ! -f ontology/screenkg.ttl ] || [ ! -d node_modules/rdf-validate-shacl ]; then
    skip "$1: SHACL shapes or validator missing"
  elif node tests/rdf/shacl.js "$2" ontology/shapes.ttl ontology/screenkg.ttl \
      >"$tmp/log" 2>&1; then
    pass "$1: conforms to the SHACL shapes"
  else
    fail "$1: SHACL violations"; head -20 "$tmp/log" | sed 's/^/# /'
  fi
}

roundtrip "golden" tests/golden/fixture.ttl tests/golden/fixture.nt
shacl "golden" tests/golden/fixture.ttl

ex=examples/the-defenders.txt
if [ ! -x "$BIN" ] || [ ! -f "$ex" ]; then
  skip "export of $ex: $BIN not built"
  exit 0
fi
export_twice "export of $ex" "$tmp" -n defenders --format turtle,ntriples \
  "$ex" || exit 0
if [ "$(wc -l <"$tmp/one/defenders.nt")" -gt 0 ]; then
  pass "export: has triples"
else
  fail "export: no triples"
fi
roundtrip "export" "$tmp/one/defenders.ttl" "$tmp/one/defenders.nt"
shacl "export" "$tmp/one/defenders.ttl"
