#!/bin/sh
# clutter.sh: what diagrams leave out, recomputed from the CSV edge table of
# the same input (an independent reading of the graph). Graphviz's gvpr
# lists the nodes drawn in the DOT export.
#  - the "all" view draws exactly the ends of entity-to-entity facts, less
#    reference-list bylines (writesFor of a critic with no review);
#    --all-nodes draws every entity;
#  - the critics view draws no critic without a review; --all-nodes does;
#  - --min-degree 3 draws a smaller subset, never an entity alone;
#  - --focus ACTOR --via costars --depth N draws exactly the actors within N
#    co-star steps (actors sharing a work, from castMember rows).
# Prints "ok - ..." / "not ok - ..." lines; BUILDDIR names the build dir.
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh
export LC_ALL=C
PY=/usr/bin/python3

# built, and both readers there, or nothing to check
[ -x "$BIN" ] && have gvpr && [ -x "$PY" ] ||
  { skip "clutter: needs $BIN, gvpr and $PY"; exit 0; }

# nodes OUT ARGS...: the entity nodes (those with an IRI) of the DOT export,
# sorted, into OUT.
nodes() {
  out=$1; shift
  "$BIN" -q -o - -f dot "$@" >"$T/d.dot" 2>"$T/err" &&
    gvpr 'N [$.URL != ""] { print($.name); }' "$T/d.dot" | sort >"$out"
}

ex=examples/the-defenders.txt
"$BIN" -q -o "$T" -n x -f csv "$ex" || { fail "clutter: csv export"; exit 0; }

# The expected node set of the "all" view, from the edge table.
"$PY" - "$T/x.edges.csv" >"$T/want.all" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")) if r["target"]]
reviewers = {r["source"] for r in rows if r["predicate"] == "reviewed"}
ends = set()
for r in rows:
    if r["predicate"] == "writesFor" and r["source"] not in reviewers:
        continue  # a byline
    ends.update((r["source"], r["target"]))
print("\n".join(sorted(ends)))
PY
nodes "$T/all" --view all "$ex"
nodes "$T/all.all" --view all --all-nodes "$ex"
total=$(($(wc -l <"$T/x.nodes.csv") - 1))
if [ -s "$T/all" ] && cmp -s "$T/all" "$T/want.all"; then
  pass "all view: the $(wc -l <"$T/all") ends of facts between entities, no isolated node, no byline"
else
  fail "all view: $(wc -l <"$T/all") nodes, $(wc -l <"$T/want.all") expected"
  diff "$T/all" "$T/want.all" | head -5 | sed 's/^/# /'
fi
if [ "$(wc -l <"$T/all.all")" -eq "$total" ]; then
  pass "all view --all-nodes: all $total entities"
else
  fail "all view --all-nodes: $(wc -l <"$T/all.all") of $total entities"
fi

# Critics: each drawn critic reviews something, unless --all-nodes.
"$PY" - "$T/x.edges.csv" >"$T/bylines" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
reviewers = {r["source"] for r in rows if r["predicate"] == "reviewed"}
print("\n".join(sorted({r["source"] for r in rows
                        if r["predicate"] == "writesFor" and r["source"] not in reviewers})))
PY
nodes "$T/crit" --view critics "$ex"
nodes "$T/crit.all" --view critics --all-nodes "$ex"
shown=$(comm -12 "$T/crit" "$T/bylines" | wc -l)
shown_all=$(comm -12 "$T/crit.all" "$T/bylines" | wc -l)
if [ -s "$T/bylines" ] && [ -s "$T/crit" ] && [ "$shown" -eq 0 ] &&
  [ "$shown_all" -eq "$(wc -l <"$T/bylines")" ]; then
  pass "critics view: the $shown_all byline critics only with --all-nodes"
else
  fail "critics view: $shown bylines drawn by default, $shown_all with --all-nodes"
fi

# --min-degree 3: fewer nodes, all of them drawn by default too.
nodes "$T/min3" --view all --min-degree 3 "$ex"
if [ -s "$T/min3" ] && [ "$(wc -l <"$T/min3")" -lt "$(wc -l <"$T/all")" ] &&
  [ -z "$(comm -23 "$T/min3" "$T/all")" ]; then
  pass "--min-degree 3: $(wc -l <"$T/min3") of the $(wc -l <"$T/all") nodes"
else
  fail "--min-degree 3: $(wc -l <"$T/min3") nodes"
fi
expect "--via nowhere is a usage error" 2 "unknown --via 'nowhere'" -- \
  -q -o - -f dot --via nowhere "$ex"

# --via costars on the franchise (three works, casts that overlap).
fr=examples/franchise
"$BIN" -q -o "$T" -n fr -f csv "$fr" || { fail "clutter: franchise csv"; exit 0; }
# the actor in the fewest casts, for a focus whose steps show
focus=$("$PY" - "$T/fr.edges.csv" "$T/fr.nodes.csv" <<'PY'
import collections, csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
label = {r["id"]: r["label"] for r in csv.DictReader(open(sys.argv[2], newline="", encoding="utf-8"))}
works = collections.Counter(r["target"] for r in rows if r["predicate"] == "castMember")
print(label[min(sorted(works), key=lambda a: works[a])])
PY
)
for depth in 1 2; do
  "$PY" - "$T/fr.edges.csv" "$T/fr.nodes.csv" "$focus" "$depth" >"$T/want.via" <<'PY'
import collections, csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
ids = {r["label"]: r["id"] for r in csv.DictReader(open(sys.argv[2], newline="", encoding="utf-8"))}
cast = collections.defaultdict(set)
for r in rows:
    if r["predicate"] == "castMember":
        cast[r["source"]].add(r["target"])
near = collections.defaultdict(set)
for members in cast.values():
    for a in members:
        near[a] |= members - {a}
seen, frontier = {ids[sys.argv[3]]}, {ids[sys.argv[3]]}
for _ in range(int(sys.argv[4])):
    frontier = {b for a in frontier for b in near[a]} - seen
    seen |= frontier
print("\n".join(sorted(seen)))
PY
  nodes "$T/via" --view cast --focus "$focus" --depth "$depth" --via costars "$fr"
  grep '^person/' "$T/via" >"$T/via.people"
  if [ -s "$T/via.people" ] && cmp -s "$T/via.people" "$T/want.via"; then
    pass "--focus '$focus' --depth $depth --via costars: the $(wc -l <"$T/want.via") actors within $depth co-star steps"
  else
    fail "--via costars, depth $depth: $(tr '\n' ' ' <"$T/via.people"), want $(tr '\n' ' ' <"$T/want.via")"
  fi
done
