#!/usr/bin/env node
// n3parse.js: parse an RDF file with N3.js (an independent third parser next
// to raptor's rapper and serd's serdi) and print its triple count.
//
//   node tests/rdf/n3parse.js FILE [turtle|ntriples]
//
// Prints the number of triples on stdout and exits 0; on a syntax error prints
// "n3parse: FILE: MESSAGE" (N3.js names the line) on stderr and exits 1.
// The format defaults to the file's extension (.nt is N-Triples, else Turtle).
'use strict';

const { parseFile } = require('./lib');

function main(argv) {
  if (argv.length < 1 || argv.length > 2 || argv[0] === '-h' || argv[0] === '--help') {
    process.stderr.write('usage: n3parse.js FILE [turtle|ntriples]\n');
    return 2;
  }
  let quads;
  try {
    quads = parseFile(argv[0], argv[1]);
  } catch (e) {
    process.stderr.write(`n3parse: ${e.message}\n`);
    return 1;
  }
  process.stdout.write(`${quads.length}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
