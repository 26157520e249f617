#!/bin/sh
# vocab.sh: the ontology and its shapes declare every predicate of the one
# list src/predicates.def, and the ontology declares no fact predicate that
# the list lacks (a property aligned to Wikidata or schema.org, outside the
# Performance node, is one). The per-predicate shapes, the shapes' list of
# assertion predicates and tests/rdf/checks/unreified-facts.rq are made
# from that list by scripts/gen_shapes.py: they must be up to date.
if out=$(/usr/bin/python3 scripts/gen_shapes.py --check 2>&1); then
  echo 'ok - generated shapes and RDF checks are up to date (make shapes)'
else
  printf '%s\n' "$out" | sed 's/^/# /'
  echo 'not ok - generated shapes and RDF checks are stale: run make shapes'
fi
# ... and the freshness check can fail: a copy whose shapes lack one
# generated node shape (skgsh:editor) is stale.
root=$(pwd) t=$(mktemp -d)
mkdir -p "$t/src" "$t/ontology" "$t/tests/rdf/checks"
cp src/predicates.def "$t/src/" && cp ontology/*.ttl "$t/ontology/" &&
  cp tests/rdf/checks/unreified-facts.rq "$t/tests/rdf/checks/"
/usr/bin/python3 - "$t/ontology/shapes.ttl" <<'PY'
import re, sys
s = open(sys.argv[1]).read()
open(sys.argv[1], 'w').write(re.sub(r'^skgsh:editor a .*?\.\n', '', s,
                                    count=1, flags=re.S | re.M))
PY
if (cd "$t" && /usr/bin/python3 "$root/scripts/gen_shapes.py" --check \
      >/dev/null 2>&1); then
  echo 'not ok - a shapes file without skgsh:editor passes as up to date'
else
  echo 'ok - a shapes file without skgsh:editor is found stale'
fi
rm -rf "$t"
/usr/bin/python3 - <<'PY'
import re
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

ONTO = 'https://w3id.org/screenkg/ontology#'
names = re.findall(r'^X\(\w+, "(\w+)"', open('src/predicates.def').read(), re.M)
onto = rdflib.Graph().parse('ontology/screenkg.ttl', format='turtle')
shapes = rdflib.Graph().parse('ontology/shapes.ttl', format='turtle')
props = {str(s)[len(ONTO):] for t in (OWL.ObjectProperty, OWL.DatatypeProperty)
         for s in onto.subjects(RDF.type, t) if str(s).startswith(ONTO)}
in_shapes = {str(o)[len(ONTO):] for o in shapes.objects()
             if isinstance(o, rdflib.URIRef) and str(o).startswith(ONTO)}
print('ok - src/predicates.def lists %d predicates' % len(names)
      if names else 'not ok - no predicate read from src/predicates.def')
for n in names:
    print(('ok - ' if n in props else 'not ok - ') +
          'ontology declares skg:%s' % n)
    print(('ok - ' if n in in_shapes else 'not ok - ') +
          'shapes constrain skg:%s' % n)
# The converse: a property aligned to a Wikidata or schema.org property
# is a fact predicate, unless it belongs to a Performance (the n-ary
# actor-character-work node, written from the portrays facts).
PERF = rdflib.URIRef(ONTO + 'Performance')
for p in sorted(props - set(names)):
    s = rdflib.URIRef(ONTO + p)
    aligned = [str(o) for o in onto.objects(s) if 'wikidata.org/prop' in str(o)
               or str(o).startswith('https://schema.org/')]
    if aligned and PERF not in set(onto.objects(s, RDFS.domain)):
        print('not ok - skg:%s is aligned to %s but not in src/predicates.def'
              % (p, aligned[0]))
PY
