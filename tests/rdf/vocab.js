#!/usr/bin/env node
// vocab.js: check that the ontology mirrors the tables of src/vocab.c (and
// the predicates of src/predicates.def beside it) and
// documents every term: each entity type and predicate is declared with the
// right OWL kind, its English label, its schema.org refinement and Wikidata
// match, symmetric predicates are owl:SymmetricProperty; every skg: class
// and property has rdfs:label@en, rdfs:comment, and (properties) domain and
// range; every skg: term named in docs/rdf-model.md is declared.
//
//   node tests/rdf/vocab.js ONTOLOGY.ttl src/vocab.c [docs/rdf-model.md]
//
// Prints "not ok ..." per problem and "N passed, N failed"; exits 1 on any.
'use strict';

const fs = require('fs');
const { loadStore } = require('./query');

const P = `PREFIX skg: <https://w3id.org/screenkg/ontology#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX wdt: <http://www.w3.org/prop/direct/>
`;
const SKG = 'https://w3id.org/screenkg/ontology#';

// The C string literal or NULL as a JS value.
const cstr = (s) => (s === 'NULL' ? null : s.slice(1, -1));

function parseVocab(src) {
  const ents = [];
  const preds = [];
  const entRe = /\[SKG_ENT_\w+\]\s*=\s*\{\s*"(\w+)",\s*SKG_CLASS_\w+,\s*\d+,\s*"([^"]*)",\s*(NULL|"[^"]*")/g;
  const predRe = /\[SKG_PRED_\w+\]\s*=\s*\{\s*"(\w+)",\s*(true|false),\s*(true|false),\s*"([^"]*)",\s*(NULL|"[^"]*"),\s*(NULL|"[^"]*")\s*\}/g;
  for (const m of src.matchAll(entRe)) ents.push({ name: m[1], label: m[2], schema: cstr(m[3]) });
  // src/predicates.def: X(ENUM, name, value, symmetric, label, schema,
  // wikidata, kind), the one list the predicate tables are made from; the
  // object is a literal unless value is NODE
  const defRe = /^X\(\w+, "(\w+)", (\w+), (true|false), "([^"]*)", (NULL|"[^"]*"), (NULL|"[^"]*"), \w+\)/gm;
  for (const m of [...src.matchAll(predRe), ...src.matchAll(defRe)]) {
    const literal = m[2] === 'true' || (m[2] !== 'false' && m[2] !== 'NODE');
    preds.push({ name: m[1], literal, symmetric: m[3] === 'true',
      label: m[4], schema: cstr(m[5]), wikidata: cstr(m[6]) });
  }
  return { ents, preds };
}

function main(argv) {
  if (argv.length < 2 || argv.length > 3) {
    process.stderr.write('usage: vocab.js ONTOLOGY.ttl src/vocab.c [docs/rdf-model.md]\n');
    return 2;
  }
  const store = loadStore([argv[0]]);
  const ask = (q) => store.query(P + q);
  let passed = 0;
  let failed = 0;
  const check = (ok, what) => {
    if (ok) passed++; else { failed++; process.stdout.write(`not ok ${what}\n`); }
  };
  const def = require('path').join(require('path').dirname(argv[1]), 'predicates.def');
  const src = fs.readFileSync(argv[1], 'utf8') +
    (fs.existsSync(def) ? '\n' + fs.readFileSync(def, 'utf8') : '');
  const { ents, preds } = parseVocab(src);
  check(ents.length === 9, `vocab.c: 9 entity types parsed (got ${ents.length})`);
  const rows = (src.match(/^X\(/gm) || []).length;
  check(preds.length > 0 && preds.length === rows,
    `predicates.def: all ${rows} predicates parsed (got ${preds.length})`);
  for (const e of ents) {
    check(ask(`ASK { skg:${e.name} a owl:Class ; rdfs:label "${e.label}"@en }`),
      `skg:${e.name}: owl:Class with rdfs:label "${e.label}"@en`);
    if (e.schema) {
      check(ask(`ASK { skg:${e.name} rdfs:subClassOf|owl:equivalentClass schema:${e.schema} }`),
        `skg:${e.name}: refines schema:${e.schema}`);
    }
  }
  for (const p of preds) {
    const kind = p.literal ? 'owl:DatatypeProperty' : 'owl:ObjectProperty';
    check(ask(`ASK { skg:${p.name} a ${kind} ; rdfs:label "${p.label}"@en }`),
      `skg:${p.name}: ${kind} with rdfs:label "${p.label}"@en`);
    check(ask(`ASK { skg:${p.name} a owl:SymmetricProperty }`) === p.symmetric,
      `skg:${p.name}: ${p.symmetric ? 'is' : 'is not'} owl:SymmetricProperty`);
    if (p.schema) {
      check(ask(`ASK { skg:${p.name} rdfs:subPropertyOf schema:${p.schema} }`),
        `skg:${p.name}: rdfs:subPropertyOf schema:${p.schema}`);
    }
    if (p.wikidata) {
      check(ask(`ASK { skg:${p.name} skos:exactMatch|skos:closeMatch <http://www.wikidata.org/prop/direct/${p.wikidata}> }`),
        `skg:${p.name}: skos:exactMatch or closeMatch wdt:${p.wikidata}`);
    }
  }
  // Every skg: term is documented.
  const undocumented = store.query(P + `SELECT ?t WHERE {
    VALUES ?k { owl:Class owl:ObjectProperty owl:DatatypeProperty }
    ?t a ?k . FILTER (strstarts(str(?t), str(skg:)))
    FILTER NOT EXISTS {
      ?t rdfs:label ?l ; rdfs:comment ?c . FILTER (lang(?l) = "en")
      FILTER (?k = owl:Class || EXISTS { ?t rdfs:domain ?d ; rdfs:range ?r })
    } }`);
  for (const b of undocumented) check(false, `<${b.get('t').value}>: label@en, comment, domain, range`);
  passed++;
  if (argv[2]) {
    const doc = fs.readFileSync(argv[2], 'utf8');
    const used = [...new Set([...doc.matchAll(/skg:([A-Za-z][A-Za-z0-9]*)/g)].map((m) => m[1]))].sort();
    for (const n of used) {
      check(ask(`ASK { VALUES ?k { owl:Class owl:ObjectProperty owl:DatatypeProperty } <${SKG}${n}> a ?k }`),
        `skg:${n} (named in ${argv[2]}) is declared`);
    }
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
