#!/bin/sh
# owl_dl.sh: ontology/screenkg.ttl is in the OWL 2 DL profile, as the OWL
# API's profile checker (Debian's libowlapi-java, run by
# tests/rdf/owl/DlProfile.java) says; and the checker does catch a break of
# the profile: the same ontology with skg:Assertion under rdf:Statement
# (reserved vocabulary as a class) must fail.
# Prints "ok - ..." / "not ok - ..." lines.
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh
if ! have java || [ ! -f /usr/share/java/owlapi-api.jar ]; then
  skip "OWL 2 DL profile: java or libowlapi-java not installed"
  exit 0
fi
# Debian's jars, with one SLF4J binding's worth of noise sent away.
check() { java -cp '/usr/share/java/*' tests/rdf/owl/DlProfile.java "$1" 2>/dev/null; }
if check ontology/screenkg.ttl >"$T/log"; then
  ok "ontology/screenkg.ttl is in the OWL 2 DL profile (OWL API)"
else
  nok "ontology/screenkg.ttl is not in the OWL 2 DL profile" "$T/log"
fi
sed 's|^skg:Assertion a owl:Class ;$|skg:Assertion a owl:Class ; rdfs:subClassOf rdf:Statement ;|' \
  ontology/screenkg.ttl >"$T/broken.ttl"
if ! cmp -s ontology/screenkg.ttl "$T/broken.ttl" && ! check "$T/broken.ttl" >"$T/log" &&
   grep -q 'rdf:Statement' "$T/log"; then
  ok "the checker rejects skg:Assertion under rdf:Statement"
else
  nok "the checker did not reject rdf:Statement as a superclass" "$T/log"
fi
