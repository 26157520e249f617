#!/bin/sh
# provshare.sh [--kinds] FILE.nt: prints "PROV TOTAL PERCENT": the triples
# of an N-Triples export that are provenance (about documents, assertions,
# selectors and the run, or linking a node to its evidence) against all.
# With --kinds, first one line per kind of triple, "COUNT KIND", the
# provenance kinds (prov:...) and the others (data:...), so that what a
# change to the model saves can be measured (docs/rdf-model.md, Size).
# (The rule names on performance and review nodes count as their data,
# as the share was first measured.)
set -eu
kinds=0
if [ "${1:-}" = --kinds ]; then kinds=1; shift; fi
awk -v kinds="$kinds" '
  function kind(s, p) {
    if (s ~ /\/fact\//) {
      if (p ~ /rdf-syntax-ns#type>$/) return "prov:assertion-type"
      if (p ~ /rdf-syntax-ns#(subject|predicate|object)>$/) return "prov:assertion-spo"
      if (p ~ /#evidence>$/) return "prov:assertion-evidence"
      if (p ~ /#rule>$/) return "prov:assertion-rule"
      return "prov:assertion-other"
    }
    if (s ~ /\/doc\/.*\/position>$/) return "prov:position-selector"
    if (s ~ /\/doc\/.*\/quote>$/) return "prov:quote-selector"
    if (s ~ /\/doc\/[^\/]*\/[0-9]+-[0-9]+>$/) return "prov:sentence-resource"
    if (s ~ /\/doc\// || s ~ /\/e\//) return "prov:document"
    if (s ~ /\/run\//) return "prov:run"
    if (p ~ /prov#wasDerivedFrom>$/ || p ~ /#evidence>$/ ||
        p ~ /prov#wasGeneratedBy>$/) return "prov:node-evidence"
    if (s ~ /\/tool\//) return "data:tool"
    if (s ~ /\/performance\//) return "data:performance"
    if (s ~ /\/review\//) return "data:review"
    if (p ~ /rdf-syntax-ns#type>$/) return "data:entity-type"
    return "data:entity-fact-label-link"
  }
  { k = kind($1, $2); n[k]++; if (k ~ /^prov:/) prov++ }
  END {
    if (kinds) for (k in n) printf "%d %s\n", n[k], k | "sort -k2"
    if (kinds) close("sort -k2")
    printf "%d %d %.1f\n", prov, NR, NR ? 100 * prov / NR : 0
  }' "$1"
