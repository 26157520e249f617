// lib.js: shared helpers of the tests/rdf scripts (file formats, parsing).
'use strict';

const fs = require('fs');
const path = require('path');
const url = require('url');

// Media type of an RDF file, from its extension (Turtle by default).
function formatOf(file, explicit) {
  const names = {
    turtle: 'text/turtle', ttl: 'text/turtle',
    ntriples: 'application/n-triples', nt: 'application/n-triples',
    nquads: 'application/n-quads', nq: 'application/n-quads',
    trig: 'application/trig',
  };
  if (explicit) {
    const f = names[explicit.toLowerCase()];
    if (!f) throw new Error(`unknown format '${explicit}' (turtle, ntriples, nquads, trig)`);
    return f;
  }
  return names[path.extname(file).slice(1).toLowerCase()] || 'text/turtle';
}

// Base IRI for relative IRIs in FILE: its file: URL, as rapper and serdi use.
function baseOf(file) {
  return url.pathToFileURL(path.resolve(file)).href;
}

// Parse FILE with N3.js; returns an array of RDF/JS quads. Throws with the
// file name and N3's message ("... on line N.") on a syntax error.
function parseFile(file, explicit) {
  const { Parser } = require('n3');
  const text = fs.readFileSync(file, 'utf8');
  const parser = new Parser({ format: formatOf(file, explicit), baseIRI: baseOf(file) });
  try {
    return parser.parse(text);
  } catch (e) {
    throw new Error(`${file}: ${e.message}`);
  }
}

// One RDF term as text: IRIs and literals by their lexical form, blank nodes
// as _:id, nested triples in N-Triples-star style.
function termText(t) {
  if (!t) return '';
  switch (t.termType) {
    case 'NamedNode': case 'Literal': return t.value;
    case 'BlankNode': return '_:' + t.value;
    case 'Quad': case 'Triple':
      return `<< ${termText(t.subject)} ${termText(t.predicate)} ${termText(t.object)} >>`;
    default: return String(t.value);
  }
}

// Make a TSV cell safe: tabs, newlines and backslashes escaped.
function tsvCell(s) {
  return s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

// Compare strings by UTF-16 code unit, independent of locale (so the order
// is the same on every machine).
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// subject IRI -> predicate IRI -> [object terms], for looking up a node's
// properties.
// A SPARQL JSON result as the text the query tests compare: "true"/"false"
// for ASK, else a header of the variables and one sorted tab-separated row
// per solution, each value written by cell (each store's own spelling).
function resultsTable(parsed, cell) {
  if (typeof parsed.boolean === 'boolean') return `${parsed.boolean}\n`;
  const vars = parsed.head.vars || [];
  const rows = parsed.results.bindings.map((b) => vars.map((v) => cell(b[v])).join('\t'));
  rows.sort(compareStrings);
  return [vars.join('\t'), ...rows].map((l) => l + '\n').join('');
}

function propsOf(quads) {
  const props = new Map();
  for (const q of quads) {
    const s = q.subject.value;
    if (!props.has(s)) props.set(s, new Map());
    const m = props.get(s);
    if (!m.has(q.predicate.value)) m.set(q.predicate.value, []);
    m.get(q.predicate.value).push(q.object);
  }
  return props;
}

module.exports = {
  formatOf, baseOf, parseFile, termText, tsvCell, compareStrings, resultsTable, propsOf,
};
