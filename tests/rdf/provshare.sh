#!/bin/sh
# provshare.sh FILE.nt: prints "PROV TOTAL PERCENT": the triples of an
# N-Triples export that are provenance (about documents, assertions,
# selectors and the run, or linking a node to its evidence) against all.
set -eu
awk '
  { s = $1; p = $2 }
  s ~ /\/fact\// || s ~ /\/doc\// || s ~ /\/run\// || s ~ /\/e\// ||
  p ~ /prov#wasDerivedFrom>$/ || p ~ /#evidence>$/ || p ~ /prov#wasGeneratedBy>$/ { prov++ }
  END { printf "%d %d %.1f\n", prov, NR, NR ? 100 * prov / NR : 0 }' "$1"
