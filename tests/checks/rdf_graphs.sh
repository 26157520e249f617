#!/bin/sh
# rdf_graphs.sh: --format nquads (docs/rdf-model.md, "Named graphs"): one
# named graph per document holding the facts it states, instead of
# reification. rapper and serdi parse the N-Quads; tests/rdf/graphs.js
# compares it with the N-Triples of the same run (each fact in the graph
# of every document its evidence lies in, and nowhere else); Oxigraph
# loads it and answers a GRAPH query; the provenance share of both
# exports is printed. A tampered file (a fact moved to a wrong graph) must
# fail graphs.js. Prints "ok - ..." / "not ok - ..." lines.
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh
export LC_ALL=C
if [ ! -x "$BIN" ]; then skip "graphs: $BIN not built"; exit 0; fi

in="examples/the-defenders.txt examples/corpus/glass-orchard.txt examples/corpus/copper-bay.html examples/corpus/films.jsonl"
# shellcheck disable=SC2086
"$BIN" -q -o "$T/o" -n x -f nquads,ntriples $in 2>"$T/err" ||
  nok "export N-Quads and N-Triples" "$T/err"
nq=$T/o/x.nq nt=$T/o/x.nt
lines=$(grep -c . "$nq")
rdf_parsers_read nquads "$nq" "$lines"
if [ "$(grep -cv ' \.$' "$nq")" = 0 ] && grep -q '> <[^>]*/doc/[^>]*> \.$' "$nq"; then
  ok "facts carry a document's graph"
else nok "no quad names a document's graph"; fi

# --graphs adds the N-Quads to the formats asked for, before or after -f.
"$BIN" -q -o "$T/g" -n x --graphs -f facts examples/the-defenders.txt 2>"$T/err"
if [ -s "$T/g/x.nq" ] && [ -s "$T/g/x.facts.tsv" ] && [ "$(ls "$T/g" | wc -l)" = 2 ]; then
  ok "--graphs writes the N-Quads beside the formats asked for"
else nok "--graphs: $(ls "$T/g" 2>/dev/null | tr '\n' ' ')" "$T/err"; fi
# --no-provenance: no documents, so no named graph either.
"$BIN" -q -o "$T/np" -n x -f nquads --no-provenance examples/the-defenders.txt 2>"$T/err"
if [ -s "$T/np/x.nq" ] && ! grep -q '/doc/' "$T/np/x.nq"; then
  ok "--no-provenance: the N-Quads has no document graph"
else nok "--no-provenance N-Quads still names documents" "$T/err"; fi

if [ ! -d node_modules/n3 ] || [ ! -d node_modules/oxigraph ] || ! have node; then
  skip "graphs: node or node_modules missing (run scripts/setup.sh)"; exit 0
fi
if node tests/rdf/graphs.js "$nt" "$nq" >"$T/log" 2>&1; then
  ok "each document's graph holds exactly the facts it states ($(sed -n 's/ passed, 0 failed$//p' "$T/log") checks)"
else nok "named graphs and reified facts differ" "$T/log"; fi

# The check can fail: one fact moved into another document's graph.
doc=$(grep -o '<[^>]*/doc/[^>]*> \.$' "$nq" | sort -u | tail -1 | cut -d' ' -f1)
awk -v d="$doc" 'done != 1 && / \.$/ && $NF == "." && $(NF-1) ~ /\/doc\// && $(NF-1) != d {
  $(NF-1) = d; done = 1 } { print }' "$nq" >"$T/bad.nq"
if cmp -s "$nq" "$T/bad.nq"; then nok "could not tamper with the N-Quads"
elif node tests/rdf/graphs.js "$nt" "$T/bad.nq" >/dev/null 2>&1; then
  nok "graphs.js passes a fact in a wrong graph"
else ok "graphs.js rejects a fact in a wrong graph"; fi

# Oxigraph keeps the graphs: which documents state a cast member.
cat >"$T/cast.rq" <<'Q'
PREFIX skg: <https://w3id.org/screenkg/ontology#>
SELECT (COUNT(DISTINCT ?doc) AS ?docs) (COUNT(*) AS ?n) WHERE {
  GRAPH ?doc { ?work skg:castMember ?person }
  ?doc a skg:Document .
}
Q
want_n=$(grep -c '#castMember> <[^>]*> <[^>]*/doc/' "$nq")
want_docs=$(grep '#castMember> <[^>]*> <[^>]*/doc/' "$nq" | awk '{print $(NF-1)}' | sort -u | wc -l | tr -d ' ')
if node tests/rdf/query.js "$nq" "$T/cast.rq" >"$T/res" 2>"$T/err" &&
   [ "$(sed -n 2p "$T/res")" = "$(printf '%s\t%s' "$want_docs" "$want_n")" ]; then
  ok "Oxigraph answers a GRAPH query ($want_n cast facts in $want_docs documents)"
else
  nok "GRAPH query: want $want_docs documents, $want_n facts" "$T/res"; cat "$T/err" | sed 's/^/#   /'
fi

echo "# provenance share: N-Triples $(sh tests/rdf/provshare.sh "$nt"), N-Quads $(sh tests/rdf/provshare.sh "$nq") (provenance, all, %)"
