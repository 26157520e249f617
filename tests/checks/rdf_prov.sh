#!/bin/sh
# rdf_prov.sh: the provenance model of docs/rdf-model.md on the real export
# of examples/the-defenders.txt: one oa:SpecificResource per sentence,
# shared by every fact, performance and review it states (never one per
# fact); each with one position and one quote selector; a prov:Activity for
# the run, dated by SOURCE_DATE_EPOCH and by nothing else, left out with
# --no-provenance; and the provenance share of the triples, printed.
# Prints "ok - ..." / "not ok - ..." lines; BUILDDIR names the build dir.
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh
export LC_ALL=C
if [ ! -x "$BIN" ]; then skip "provenance: $BIN not built"; exit 0; fi
ex=examples/the-defenders.txt
RDF='http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
OA='http://www.w3.org/ns/oa#'

SOURCE_DATE_EPOCH=1500000000 "$BIN" -q -o "$T/a" -n x -f ntriples "$ex" 2>"$T/err" ||
  nok "export with SOURCE_DATE_EPOCH" "$T/err"
nt=$T/a/x.nt
# every sentence node cited, and every sentence node written
grep -F '<https://w3id.org/screenkg/ontology#evidence>' "$nt" | awk '{print $3}' | sort -u >"$T/cited"
grep -F "<$RDF> <${OA}SpecificResource>" "$nt" | awk '{print $1}' | sort >"$T/nodes"
if [ -s "$T/nodes" ] && cmp -s "$T/cited" "$T/nodes" && [ "$(uniq -d "$T/nodes" | wc -l)" -eq 0 ]; then
  ok "one sentence node per cited sentence ($(wc -l <"$T/nodes" | tr -d ' ') for $(grep -cF '#evidence>' "$nt") citations)"
else
  nok "sentence nodes and citations differ"
  diff "$T/cited" "$T/nodes" | head -5 | sed 's/^/#   /'
fi
# one position and one quote per sentence
for t in TextPositionSelector TextQuoteSelector; do
  n=$(grep -cF "<$RDF> <${OA}$t>" "$nt")
  if [ "$n" = "$(wc -l <"$T/nodes" | tr -d ' ')" ]; then ok "one oa:$t per sentence"
  else nok "$n oa:$t for $(wc -l <"$T/nodes" | tr -d ' ') sentences"; fi
done
if grep -qF '<http://www.w3.org/ns/prov#startedAtTime> "2017-07-14T02:40:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>' "$nt"; then
  ok "the run is dated by SOURCE_DATE_EPOCH"
else nok "no prov:startedAtTime from SOURCE_DATE_EPOCH"; fi
if [ "$(grep -cF "<$RDF> <http://www.w3.org/ns/prov#Activity>" "$nt")" = 1 ]; then
  ok "one prov:Activity for the run"
else nok "not one prov:Activity"; fi

# Without SOURCE_DATE_EPOCH: no time at all (the same input, the same bytes).
env -u SOURCE_DATE_EPOCH "$BIN" -q -o "$T/b" -n x -f ntriples "$ex" 2>/dev/null
if [ -s "$T/b/x.nt" ] && ! grep -q 'startedAtTime' "$T/b/x.nt"; then
  ok "without SOURCE_DATE_EPOCH the run has no time"
else nok "a time without SOURCE_DATE_EPOCH"; fi
"$BIN" -q -o "$T/c" -n x -f ntriples --no-provenance "$ex" 2>/dev/null
if [ -s "$T/c/x.nt" ] && ! grep -qE 'prov#Activity|oa#|ontology#evidence' "$T/c/x.nt"; then
  ok "--no-provenance: no run, sentences or evidence"
else nok "--no-provenance still writes provenance"; fi

# The share of provenance (reported; docs/rdf-model.md has the figures).
share=$(sh tests/rdf/provshare.sh "$T/b/x.nt")
set -- $share
# Before one node per sentence it was 85 %: a selector per fact and sentence.
if [ "${3%.*}" -lt 80 ]; then ok "provenance is $3 % of $2 triples (was 85 %)"
else nok "provenance is $3 % of $2 triples"; fi
