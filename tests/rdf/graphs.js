#!/usr/bin/env node
// graphs.js: the N-Quads export (--format nquads) against the N-Triples
// export of the same run (docs/rdf-model.md, "Named graphs"): the facts
// in each document's named graph are exactly the reified facts
// (skg:Assertion) of the N-Triples whose evidence lies in that document;
// every graph is named by a skg:Document of the default graph; the
// N-Quads has no skg:Assertion; and every default-graph triple of the
// N-Quads is in the N-Triples.
//
//   node tests/rdf/graphs.js EXPORT.nt EXPORT.nq
//
// Prints one line per problem, then "N passed, N failed"; exits 1 on any
// failure, 2 on a usage or parse error.
'use strict';

const { parseFile, termText, propsOf } = require('./lib');

const SKG = 'https://w3id.org/screenkg/ontology#';
const OA = 'http://www.w3.org/ns/oa#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

const key = (s, p, o) => `${termText(s)}\u0001${termText(p)}\u0001${o.termType}:${termText(o)}`;

// "s p o" -> set of document IRIs, from the reified facts of the N-Triples.
function assertedIn(nt) {
  const props = propsOf(nt);
  const all = (s, p) => (props.get(s) || new Map()).get(p) || [];
  const want = new Map();
  for (const [s, ps] of props) {
    if (!(ps.get(RDF + 'type') || []).some((o) => o.value === SKG + 'Assertion')) continue;
    const k = key(all(s, RDF + 'subject')[0], all(s, RDF + 'predicate')[0], all(s, RDF + 'object')[0]);
    if (!want.has(k)) want.set(k, new Set());
    for (const e of all(s, SKG + 'evidence'))
      for (const d of all(e.value, OA + 'hasSource')) want.get(k).add(d.value);
  }
  return want;
}

function main(argv) {
  if (argv.length !== 2) {
    process.stderr.write('usage: graphs.js EXPORT.nt EXPORT.nq\n');
    return 2;
  }
  let nt, nq;
  try {
    nt = parseFile(argv[0]);
    nq = parseFile(argv[1]);
  } catch (e) {
    process.stderr.write(`graphs: ${e.message}\n`);
    return 2;
  }
  let passed = 0, failed = 0;
  const check = (good, msg) => { if (good) passed++; else { failed++; process.stdout.write(`not ok ${msg}\n`); } };
  const want = assertedIn(nt);
  const got = new Map();
  const ntKeys = new Set(nt.map((q) => key(q.subject, q.predicate, q.object)));
  const docs = new Set(nq.filter((q) => q.graph.termType === 'DefaultGraph' &&
    q.predicate.value === RDF + 'type' && q.object.value === SKG + 'Document').map((q) => q.subject.value));
  let extra = 0, assertions = 0;
  for (const q of nq) {
    const k = key(q.subject, q.predicate, q.object);
    if (q.graph.termType === 'DefaultGraph') {
      if (!ntKeys.has(k)) extra++;
      if (q.predicate.value === RDF + 'type' && q.object.value === SKG + 'Assertion') assertions++;
      continue;
    }
    if (!got.has(k)) got.set(k, new Set());
    got.get(k).add(q.graph.value);
  }
  check(extra === 0, `${extra} default-graph triples are not in ${argv[0]}`);
  check(assertions === 0, `${assertions} skg:Assertion in the N-Quads`);
  check(want.size > 0, 'no reified fact in the N-Triples');
  const graphs = new Set([...got.values()].flatMap((s) => [...s]));
  const unnamed = [...graphs].filter((g) => !docs.has(g));
  check(unnamed.length === 0, `graphs not named by a skg:Document: ${unnamed.slice(0, 3).join(' ')}`);
  for (const [k, ds] of want) {
    const g = got.get(k) || new Set();
    const same = g.size === ds.size && [...ds].every((d) => g.has(d));
    check(same, `${k.replace(/\u0001/g, ' ')}: in graphs [${[...g].join(' ')}], its evidence in [${[...ds].join(' ')}]`);
  }
  for (const k of got.keys()) check(want.has(k), `${k.replace(/\u0001/g, ' ')}: in a named graph, not an assertion`);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
