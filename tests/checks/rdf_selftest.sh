#!/bin/sh
# rdf_selftest.sh: the ontology and the SHACL shapes themselves: three
# parsers agree on them, good fixtures conform, and each bad fixture fails
# with the violation it was written for (tests/rdf/selftest.sh).
if [ ! -d node_modules/rdf-validate-shacl ]; then
  echo "ok - # SKIP node_modules missing (run scripts/setup.sh)"
  exit 0
fi
bash tests/rdf/selftest.sh
