#!/bin/sh
# merge.sh: many articles, one graph. The three articles of
# tests/fixtures/merge/ (invented names) name the same people and works:
# each entity is one node (identity: class + normalised name), its other
# spellings are skos:altLabel, a fact stated in three articles is one triple
# with three evidence selectors, and a person who acts in one article and
# directs in another is one Actor with both facts. The order of the inputs
# does not change the graph. Then the franchise example (examples/franchise/)
# and its co-appearance projection.
BUILDDIR=${BUILDDIR:-build}
BIN=$BUILDDIR/screenkg
M=tests/fixtures/merge
ID=https://w3id.org/screenkg/id/
SKG=https://w3id.org/screenkg/ontology#
RDF=http://www.w3.org/1999/02/22-rdf-syntax-ns#
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export LC_ALL=C

ok() { echo "ok - $1"; }
nok() { echo "not ok - $1"; [ -n "${2:-}" ] && [ -f "$2" ] && sed 's/^/#   /' "$2" | head -20; }
# count FILE FIXED-STRING: number of lines of FILE holding the string.
count() { grep -cF -- "$2" "$1"; }
# want N WHAT FILE FIXED-STRING: exactly N lines of FILE hold the string.
want() {
  n=$(count "$3" "$4")
  [ "$n" -eq "$1" ] && ok "$2" || nok "$2 (found $n, want $1)" "$3"
}

"$BIN" -q -o - -f facts $M/brinewater.txt $M/brinewater-reunion.txt \
  $M/harbour-lines.txt >"$T/facts.tsv" 2>"$T/err" || nok "facts export" "$T/err"
"$BIN" -q -o - -f ntriples $M/brinewater.txt $M/brinewater-reunion.txt \
  $M/harbour-lines.txt >"$T/all.nt" 2>"$T/err" || nok "N-Triples export" "$T/err"
tab=$(printf '\t')

# The facts export: one row per fact, however many articles state it.
want 1 "facts: the castMember stated in three articles is one row" "$T/facts.tsv" \
  "Brinewater${tab}Series${tab}castMember${tab}Noé Varga${tab}Actor"
want 1 "facts: the actor is one entity with one type" "$T/facts.tsv" \
  "Ines Calloway${tab}Actor${tab}type${tab}"
want 1 "facts: she is in the series' cast" "$T/facts.tsv" \
  "Brinewater${tab}Series${tab}castMember${tab}Ines Calloway${tab}Actor"
want 1 "facts: and directs the film" "$T/facts.tsv" \
  "Brinewater Reunion${tab}Film${tab}director${tab}Ines Calloway${tab}Actor"
want 0 "facts: no second node for another spelling" "$T/facts.tsv" "Noe Varga"

# N-Triples: one triple, three provenance records.
fact="<${ID}fact/work/brinewater/castMember/person/noe-varga>"
want 1 "ntriples: one castMember triple" "$T/all.nt" \
  "<${ID}work/brinewater> <${SKG}castMember> <${ID}person/noe-varga> ."
want 3 "ntriples: three evidence selectors of the assertion" "$T/all.nt" \
  "$fact <${SKG}evidence> "
# Each piece of evidence is a sentence of one document (oa:hasSource).
n=$(grep -F "$fact <${SKG}evidence> " "$T/all.nt" | sed 's/.*<\(.*\)> \.$/\1/' |
  while read -r e; do
    grep -F "<$e> <http://www.w3.org/ns/oa#hasSource> " "$T/all.nt"
  done | awk '{print $3}' | sort -u | wc -l)
[ "$n" -eq 3 ] && ok "ntriples: the evidence sentences come from three documents" ||
  nok "ntriples: the evidence sentences come from $n documents, want 3" "$T/all.nt"

# One node with both roles.
p="<${ID}person/ines-calloway>"
want 1 "ntriples: the actor-director has one screenkg type" "$T/all.nt" "$p <${RDF}type> <${SKG}"
want 1 "ntriples: ... and it is skg:Actor" "$T/all.nt" "$p <${RDF}type> <${SKG}Actor> ."
want 1 "ntriples: ... castMember of the series" "$T/all.nt" \
  "<${ID}work/brinewater> <${SKG}castMember> $p ."
want 1 "ntriples: ... director of the film" "$T/all.nt" \
  "<${ID}work/brinewater-reunion> <${SKG}director> $p ."

# Alternative names accumulate on the one node.
v="<${ID}person/noe-varga>"
want 1 "ntriples: one canonical label, the most used form" "$T/all.nt" \
  "$v <http://www.w3.org/2000/01/rdf-schema#label> \"No\\u00E9 Varga\"@en ."
want 1 "ntriples: the other spelling is an altLabel" "$T/all.nt" \
  "$v <http://www.w3.org/2004/02/skos/core#altLabel> \"Noe Varga\"@en ."

# Input order does not matter (folder, or the files the other way round).
"$BIN" -q -o - -f ntriples $M/harbour-lines.txt $M/brinewater-reunion.txt \
  $M/brinewater.txt >"$T/rev.nt" 2>"$T/err" || nok "reversed export" "$T/err"
sort -u "$T/all.nt" >"$T/a" && sort -u "$T/rev.nt" >"$T/b"
cmp -s "$T/a" "$T/b" && ok "the same graph whatever the input order" ||
  { diff "$T/a" "$T/b" >"$T/d"; nok "input order changes the graph" "$T/d"; }

# The franchise example: a series, its spin-off and a film share actors.
if "$BIN" -q -o "$T/fr" -n franchise -f coappear,facts examples/franchise/ \
  2>"$T/err"; then
  ok "franchise example exports"
else
  nok "franchise example exports" "$T/err"
fi
g=$T/fr/franchise.coappear.graphml
# id_of SLUG: the GraphML node id ("n3") of the entity with that slug.
id_of() {
  awk -v s="$1" '
    /<node id="/ { split($0, q, "\""); id = q[2] }
    index($0, "<data key=\"n_slug\">" s "</data>") { print id; exit }' "$g"
}
# edge A B: the data of the co-appearance edge between A and B (slugs).
edge() {
  awk -v s="$(id_of "$1")" -v t="$(id_of "$2")" '
    /<edge / { on = index($0, "source=\"" s "\"") && index($0, "target=\"" t "\"") }
    on { print }
    /<\/edge>/ { on = 0 }' "$g"
}
edge person/maren-sollit person/tobias-quell >"$T/e1"
if grep -qF '<data key="e_weight">3</data>' "$T/e1" &&
  grep -qF '<data key="e_works">[&quot;Thornbury Row&quot;,&quot;Thornbury Station&quot;,&quot;Thornbury Nights&quot;]</data>' "$T/e1"; then
  ok "franchise: the two leads co-appear in all three works (weight 3)"
else
  nok "franchise: leads' co-appearance edge" "$g"
fi
edge person/ivo-brennick person/maren-sollit >"$T/e2"
grep -qF '<data key="e_weight">2</data>' "$T/e2" &&
  ok "franchise: spin-off and film cast co-appear twice (weight 2)" ||
  nok "franchise: spin-off actor's edge" "$g"
[ -z "$(edge person/ivo-brennick person/rufus-penmore)" ] &&
  ok "franchise: actors who never share a work have no edge" ||
  nok "franchise: an edge between actors of different works" "$g"
