#!/usr/bin/env node
// store.js: load RDF files into one oxigraph Store (a real store instance,
// in memory: the npm build of oxigraph has no on-disk storage) and report
// its size; optionally write everything it holds to a file, so that another
// process can load it back.
//
//   node tests/rdf/store.js [--dump OUT.nq] DATA [DATA ...]
//
// Data files are read by extension as in query.js (Turtle by default).
// Prints "N quads"; with --dump, writes the store as sorted N-Quads to OUT.
// Exit status: 0, 1 on a load or write error, 2 on usage errors.
'use strict';

const fs = require('fs');
const { loadStore } = require('./query');
const { compareStrings } = require('./lib');

function main(argv) {
  let dump = null;
  if (argv[0] === '--dump') {
    dump = argv[1];
    argv = argv.slice(2);
  }
  if (argv.length === 0 || (dump !== null && !dump)) {
    process.stderr.write('usage: store.js [--dump OUT.nq] DATA [DATA ...]\n');
    return 2;
  }
  let store;
  try {
    store = loadStore(argv);
  } catch (e) {
    process.stderr.write(`store: ${e.message}\n`);
    return 1;
  }
  if (dump) {
    try {
      const nq = store.dump({ format: 'application/n-quads' });
      const lines = nq.split('\n').filter((l) => l !== '').sort(compareStrings);
      fs.writeFileSync(dump, lines.map((l) => l + '\n').join(''));
    } catch (e) {
      process.stderr.write(`store: ${dump}: ${e.message || e}\n`);
      return 1;
    }
  }
  process.stdout.write(`${store.size} quads\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
