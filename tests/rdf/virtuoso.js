#!/usr/bin/env node
// virtuoso.js: the same queries in Virtuoso and in Oxigraph. Runs every
// DIR/*.rq on a Virtuoso SPARQL endpoint (HTTP, JSON results; with
// "DEFINE input:inference RULES" unless RULES is "-") and on an Oxigraph
// store holding DATA and ONTOLOGY, and compares the two answers, formatted
// as tests/rdf/query.js prints them. Oxigraph does no inference, so the
// comparison is without it (RULES "-"); Virtuoso's backward chaining gives
// repeated solutions for a class both inferred and stated.
//
//   node tests/rdf/virtuoso.js ENDPOINT RULES DATA.ttl ONTOLOGY.ttl DIR
//
// Prints "ok NAME" or "not ok NAME" with both answers' first lines, then
// "N passed, N failed"; exits 1 on any difference or error.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { loadStore, runQuery } = require('./query');
const { tsvCell, resultsTable } = require('./lib');

// A decimal as Oxigraph writes it ("3.0" is "3"): the stores agree on the
// number, not on its lexical form.
function canonical(b) {
  const dec = 'http://www.w3.org/2001/XMLSchema#decimal';
  // Virtuoso writes a boolean as 1 or 0
  if (b.datatype === 'http://www.w3.org/2001/XMLSchema#boolean') {
    return b.value === '1' || b.value === 'true' ? 'true' : 'false';
  }
  if (b.datatype === dec && /^-?\d+(\.\d+)?$/.test(b.value)) {
    return b.value.includes('.') ? b.value.replace(/0+$/, '').replace(/\.$/, '') : b.value;
  }
  return b.value;
}

function cell(b) {
  if (!b) return '';
  if (b.type === 'bnode') return '_:' + b.value;
  return tsvCell(canonical(b));
}

// The query's answer from Virtuoso, via curl (no HTTP client of our own).
function virtuoso(endpoint, rules, text) {
  const q = rules === '-' ? text : `DEFINE input:inference "${rules}"\n${text}`;
  const r = spawnSync('curl', ['-sS', '--max-time', '60', '-G', endpoint,
    '--data-urlencode', `query=${q}`, '-H', 'Accept: application/sparql-results+json'],
  { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`curl: ${r.stderr}`);
  let parsed;
  try { parsed = JSON.parse(r.stdout); } catch (e) { throw new Error(r.stdout.slice(0, 300)); }
  return resultsTable(parsed, cell);
}

function main(argv) {
  if (argv.length !== 5) {
    process.stderr.write('usage: virtuoso.js ENDPOINT RULES DATA.ttl ONTOLOGY.ttl DIR\n');
    return 2;
  }
  const [endpoint, rules, data, onto, dir] = argv;
  const store = loadStore([data, onto]);
  let passed = 0;
  let failed = 0;
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.rq')).sort()) {
    const file = path.join(dir, f);
    const text = fs.readFileSync(file, 'utf8');
    const name = f.replace(/\.rq$/, '');
    try {
      const want = runQuery(store, text, file);
      const got = virtuoso(endpoint, rules, text);
      if (want === got) {
        process.stdout.write(`ok ${name}\n`);
        passed++;
        continue;
      }
      process.stdout.write(`not ok ${name}\n# oxigraph:\n${want.split('\n').slice(0, 4).map((l) => '#   ' + l).join('\n')}\n# virtuoso:\n${got.split('\n').slice(0, 4).map((l) => '#   ' + l).join('\n')}\n`);
    } catch (e) {
      process.stdout.write(`not ok ${name}: ${String(e.message || e).split('\n')[0]}\n`);
    }
    failed++;
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed || !passed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
