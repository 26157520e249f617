#!/usr/bin/env node
// query.js: load RDF files into an in-memory oxigraph store and run SPARQL
// queries on it, printing deterministic TSV.
//
//   node tests/rdf/query.js DATA.ttl [ONTOLOGY.ttl ...] QUERY.rq [QUERY.rq ...]
//
// Arguments ending in .rq are queries; all others are data files (Turtle, or
// N-Triples/N-Quads/TriG by extension), loaded into the default graph.
// SELECT: a header line with the variable names (without "?"), then one line
// per solution, sorted; IRIs and literals are printed as their lexical form,
// blank nodes as _:id, unbound as an empty cell; tab, newline and backslash
// are escaped as \t \n \\. ASK: "true" or "false". CONSTRUCT/DESCRIBE: the
// triples as sorted N-Triples lines. With more than one query, each result
// is preceded by "# FILE" and followed by an empty line.
// Exit status: 0, or 1 on a load or query error, 2 on usage errors.
'use strict';

const fs = require('fs');
const { formatOf, baseOf, tsvCell, compareStrings, resultsTable } = require('./lib');

// Load every data file into a new store; throws "FILE: message".
function loadStore(files) {
  const oxigraph = require('oxigraph');
  const store = new oxigraph.Store();
  for (const f of files) {
    try {
      store.load(fs.readFileSync(f, 'utf8'), { format: formatOf(f), base_iri: baseOf(f) });
    } catch (e) {
      throw new Error(`${f}: ${e.message || e}`);
    }
  }
  return store;
}

function cell(b) {
  if (!b) return '';
  switch (b.type) {
    case 'uri': case 'literal': case 'typed-literal': return tsvCell(b.value);
    case 'bnode': return '_:' + b.value;
    case 'triple': return tsvCell(`<< ${cell(b.value.subject)} ${cell(b.value.predicate)} ${cell(b.value.object)} >>`);
    default: return tsvCell(String(b.value));
  }
}

// Run one query and return its result as text (lines joined by "\n", with a
// trailing newline). Throws on a syntax or evaluation error.
function runQuery(store, text, file) {
  const opts = { base_iri: baseOf(file) };
  let json;
  try {
    json = store.query(text, { ...opts, results_format: 'application/sparql-results+json' });
  } catch (e) {
    // CONSTRUCT and DESCRIBE results are graphs, which oxigraph refuses to
    // write as SPARQL results: fall back to sorted N-Triples.
    if (!/RDF format/.test(String(e.message || e))) throw e;
    const nt = store.query(text, { ...opts, results_format: 'application/n-triples' });
    const lines = nt.split('\n').filter((l) => l.trim() !== '').sort(compareStrings);
    return lines.map((l) => l + '\n').join('');
  }
  const parsed = JSON.parse(json);
  return resultsTable(parsed, cell);
}

function main(argv) {
  const queries = argv.filter((a) => a.endsWith('.rq'));
  const data = argv.filter((a) => !a.endsWith('.rq'));
  if (queries.length === 0 || data.length === 0) {
    process.stderr.write('usage: query.js DATA.ttl [ONTOLOGY.ttl ...] QUERY.rq [QUERY.rq ...]\n');
    return 2;
  }
  let store;
  try {
    store = loadStore(data);
  } catch (e) {
    process.stderr.write(`query: ${e.message}\n`);
    return 1;
  }
  let rc = 0;
  for (const q of queries) {
    let out;
    try {
      out = runQuery(store, fs.readFileSync(q, 'utf8'), q);
    } catch (e) {
      process.stderr.write(`query: ${q}: ${e.message || e}\n`);
      rc = 1;
      continue;
    }
    if (queries.length > 1) out = `# ${q}\n${out}\n`;
    process.stdout.write(out);
  }
  return rc;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { loadStore, runQuery };
