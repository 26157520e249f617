#!/usr/bin/env node
// expect.js: run every DIR/NAME.rq that has an expected result NAME.expected
// (TSV exactly as query.js prints it) and compare.
//
//   node tests/rdf/expect.js [--update] DATA.ttl ONTOLOGY.ttl DIR [EXPECTED_DIR]
//
// DATA and ONTOLOGY are loaded into one oxigraph store. Expected files are
// looked up in EXPECTED_DIR (default DIR), so one set of queries can be
// checked against several data sets. Prints "ok NAME" or "not ok NAME" and a
// unified diff (expected -> actual) per query, then "N passed, N failed".
// Exits 1 when any query differs or fails, or when no .expected file exists.
// --update (re)writes the .expected files from the current results instead.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { loadStore, runQuery } = require('./query');
const { compareStrings } = require('./lib');

function unifiedDiff(expected, actual, name) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skg-expect-'));
  try {
    const a = path.join(tmp, 'expected');
    const b = path.join(tmp, 'actual');
    fs.writeFileSync(a, expected);
    fs.writeFileSync(b, actual);
    const r = spawnSync('diff', ['-u', '--label', `${name}.expected`, '--label', `${name} (actual)`, a, b],
      { encoding: 'utf8' });
    if (r.error) return `--- expected\n${expected}--- actual\n${actual}`;
    return r.stdout;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function main(argv) {
  const update = argv[0] === '--update';
  if (update) argv = argv.slice(1);
  if (argv.length < 3 || argv.length > 4) {
    process.stderr.write('usage: expect.js [--update] DATA.ttl ONTOLOGY.ttl DIR [EXPECTED_DIR]\n');
    return 2;
  }
  const [data, onto, dir] = argv;
  const expDir = argv[3] || dir;
  let store;
  try {
    store = loadStore([data, onto]);
  } catch (e) {
    process.stderr.write(`expect: ${e.message}\n`);
    return 1;
  }
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.rq'))
    .map((f) => f.slice(0, -3)).sort(compareStrings);
  let passed = 0;
  let failed = 0;
  for (const name of names) {
    const expFile = path.join(expDir, `${name}.expected`);
    if (!update && !fs.existsSync(expFile)) {
      process.stdout.write(`# skip ${name}: no ${expFile}\n`);
      continue;
    }
    const qFile = path.join(dir, `${name}.rq`);
    let actual;
    try {
      actual = runQuery(store, fs.readFileSync(qFile, 'utf8'), qFile);
    } catch (e) {
      process.stdout.write(`not ok ${name}\n# ${qFile}: ${e.message || e}\n`);
      failed++;
      continue;
    }
    if (update) {
      fs.writeFileSync(expFile, actual);
      process.stdout.write(`# wrote ${expFile}\n`);
      continue;
    }
    const expected = fs.readFileSync(expFile, 'utf8');
    if (expected === actual) {
      process.stdout.write(`ok ${name}\n`);
      passed++;
    } else {
      process.stdout.write(`not ok ${name}\n${unifiedDiff(expected, actual, name)}`);
      failed++;
    }
  }
  if (update) return failed ? 1 : 0;
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  if (passed + failed === 0) {
    process.stderr.write(`expect: no .expected file for any query in ${dir}\n`);
    return 1;
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
