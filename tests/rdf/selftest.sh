#!/usr/bin/env bash
# selftest.sh: check the ontology, the SHACL shapes, the fixtures and the
# tests/rdf tools against each other with three independent Turtle parsers
# (raptor's rapper, serd's serdi, N3.js), rdf-validate-shacl and oxigraph.
#
#   bash tests/rdf/selftest.sh        (from anywhere; needs `npm ci` first)
#
# Prints "ok - ..." or "not ok - ..." per check (details of a failure as "#"
# lines), then "N passed, N failed"; exits 1 when any check failed.
set -u
cd "$(dirname "$0")/../.." || exit 2
export LC_ALL=C

pass=0
fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/skg-selftest.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

ok() { pass=$((pass + 1)); printf 'ok - %s\n' "$1"; }
not_ok() {
  fail=$((fail + 1))
  printf 'not ok - %s\n' "$1"
  [ -s "$tmp/out" ] && head -n 20 "$tmp/out" | sed 's/^/#   /'
}
# check DESCRIPTION COMMAND...: ok when COMMAND exits 0 (output in $tmp/out).
check() {
  local what=$1
  shift
  if "$@" >"$tmp/out" 2>&1; then ok "$what"; else not_ok "$what"; fi
}

# Tools.
for tool in node rapper serdi diff; do
  check "$tool is installed" command -v "$tool"
done
if [ ! -d node_modules/oxigraph ] || [ ! -d node_modules/rdf-validate-shacl ] ||
  [ ! -d node_modules/n3 ] || [ ! -d node_modules/@zazuko/env-node ]; then
  : >"$tmp/out"
  not_ok "node_modules is installed (run: npm ci)"
  printf '%d passed, %d failed\n' "$pass" "$fail"
  exit 1
fi

# Syntax: every Turtle file parses with all three parsers, to the same count.
ttl_files=(ontology/screenkg.ttl ontology/shapes.ttl tests/rdf/fixtures/*.ttl)
for f in "${ttl_files[@]}"; do
  n_rapper=x n_serdi=y n_n3=z
  if rapper -q -i turtle -c "$f" >"$tmp/out" 2>&1 &&
    rapper -i turtle -c "$f" 2>"$tmp/err" >/dev/null; then
    n_rapper=$(sed -n 's/.*returned \([0-9]*\) triples.*/\1/p' "$tmp/err")
    ok "rapper parses $f ($n_rapper triples)"
  else
    not_ok "rapper parses $f"
  fi
  if serdi -i turtle -o ntriples "$f" >"$tmp/nt" 2>"$tmp/out"; then
    n_serdi=$(grep -c . "$tmp/nt")
    ok "serdi parses $f ($n_serdi triples)"
  else
    not_ok "serdi parses $f"
  fi
  if node tests/rdf/n3parse.js "$f" >"$tmp/out" 2>&1; then
    n_n3=$(cat "$tmp/out")
    ok "N3.js parses $f ($n_n3 triples)"
  else
    not_ok "N3.js parses $f"
  fi
  : >"$tmp/out"
  if [ "$n_rapper" = "$n_serdi" ] && [ "$n_serdi" = "$n_n3" ]; then
    ok "parsers agree on $f"
  else
    echo "rapper=$n_rapper serdi=$n_serdi n3=$n_n3" >"$tmp/out"
    not_ok "parsers agree on $f"
  fi
done

# The parsers are strict: a '/' in a prefixed local name is an error.
sed 's#^<work/the-defenders> skg:castMember <person/charlie-cox> .#@prefix id: <https://w3id.org/screenkg/id/> .\nid:work/the-defenders skg:castMember id:person/charlie-cox .#' \
  tests/rdf/fixtures/good.ttl >"$tmp/slash.ttl"
check "rapper rejects a '/' in a prefixed name" sh -c "! rapper -q -i turtle -c '$tmp/slash.ttl'"
check "N3.js rejects a '/' in a prefixed name" sh -c "! node tests/rdf/n3parse.js '$tmp/slash.ttl'"

# The ontology mirrors src/vocab.c and declares what docs/rdf-model.md uses.
check "ontology mirrors src/vocab.c and docs/rdf-model.md" \
  node tests/rdf/vocab.js ontology/screenkg.ttl src/vocab.c docs/rdf-model.md

# SHACL: the good fixtures conform, with and without the ontology loaded.
for f in tests/rdf/fixtures/good*.ttl tests/rdf/fixtures/sample.ttl; do
  check "$f conforms" node tests/rdf/shacl.js "$f" ontology/shapes.ttl ontology/screenkg.ttl
  check "$f conforms without the ontology" node tests/rdf/shacl.js "$f" ontology/shapes.ttl
done

# SHACL: each bad fixture has violations, including the one it was made for.
for f in tests/rdf/fixtures/bad-*.ttl; do
  expect=$(sed -n 's/^# expect: //p' "$f" | head -n 1)
  node tests/rdf/shacl.js "$f" ontology/shapes.ttl ontology/screenkg.ttl >"$tmp/out" 2>&1
  rc=$?
  if [ "$rc" -eq 1 ] && [ -n "$expect" ] && grep -qF -- "$expect" "$tmp/out"; then
    ok "$f does not conform ($expect)"
  else
    echo "exit status $rc; expected a violation containing: $expect" >>"$tmp/out"
    not_ok "$f does not conform ($expect)"
  fi
done

# SPARQL consistency checks that SHACL Core cannot express.
for f in tests/rdf/fixtures/good*.ttl tests/rdf/fixtures/sample.ttl; do
  check "SPARQL checks pass on $f" \
    node tests/rdf/expect.js "$f" ontology/screenkg.ttl tests/rdf/checks
done

# SPARQL checks fail on the fixtures made for them ("# sparql-expect:
# NAME"): what SHACL Core cannot say (an assertion whose fact is missing).
for f in tests/rdf/fixtures/*.ttl; do
  for name in $(sed -n 's/^# sparql-expect: //p' "$f"); do
    node tests/rdf/expect.js "$f" ontology/screenkg.ttl tests/rdf/checks >"$tmp/out" 2>&1
    rc=$?
    if [ "$rc" -eq 1 ] && grep -qx "not ok $name" "$tmp/out"; then
      ok "$f fails the SPARQL check $name"
    else
      echo "exit status $rc; expected 'not ok $name'" >>"$tmp/out"
      not_ok "$f fails the SPARQL check $name"
    fi
  done
done

# Evidence offsets match the document text (code points and bytes).
for f in tests/rdf/fixtures/good.ttl tests/rdf/fixtures/sample.ttl; do
  check "evidence offsets of $f match examples/" node tests/rdf/offsets.js "$f" examples
done

# The example queries give the expected answers on the sample export.
check "example queries answer as expected on sample.ttl" \
  node tests/rdf/expect.js tests/rdf/fixtures/sample.ttl ontology/screenkg.ttl \
  examples/queries tests/rdf/fixtures/sample-expected

printf '%d passed, %d failed\n' "$pass" "$fail"
[ "$fail" -eq 0 ]
