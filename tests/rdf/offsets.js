#!/usr/bin/env node
// offsets.js: check evidence against the input documents: for each sentence
// (an oa:SpecificResource), the text between oa:start and oa:end (Unicode
// code points) and between skg:byteStart and skg:byteEnd (UTF-8 bytes) must
// both equal the quote's oa:exact, its oa:prefix and oa:suffix the text just
// before and after; and each
// document's skg:sha256 and skg:characters must match its file. As in
// screenkg, the document text is the file less a leading UTF-8 byte-order
// mark: offsets, character count and digest all start after it.
//
//   node tests/rdf/offsets.js DATA.ttl [FILE_OR_DIR...]
//
// A document's IRI and label hold no path (docs/rdf-model.md), so each
// document is found by its text: among the files given (folders are
// searched, not recursively), the one whose text has the document's
// skg:sha256; default: the current directory. Plain-text inputs are their
// own text; for HTML, wikitext and JSON Lines give the folder screenkg
// --texts DIR wrote (DIR/SHA256.txt, the extracted text). Prints one line per
// problem, then "N passed, N failed" (one check per selector and document);
// exits 1 on any failure.
'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { parseFile, compareStrings, propsOf } = require('./lib');

const SKG = 'https://w3id.org/screenkg/ontology#';
const OA = 'http://www.w3.org/ns/oa#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';

// The text of a file: its bytes less a leading UTF-8 byte-order mark.
function textOf(file) {
  const bytes = fs.readFileSync(file);
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb &&
    bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

// sha256 of the text -> text, for the files given and those in the
// folders given.
function candidates(args) {
  const map = new Map();
  for (const a of args) {
    const files = fs.statSync(a).isDirectory()
      ? fs.readdirSync(a).map((f) => path.join(a, f)).filter((f) => fs.statSync(f).isFile())
      : [a];
    for (const f of files) {
      const text = textOf(f);
      map.set(crypto.createHash('sha256').update(text).digest('hex'), text);
    }
  }
  return map;
}

function main(argv) {
  if (argv.length < 1) {
    process.stderr.write('usage: offsets.js DATA.ttl [FILE_OR_DIR...]\n');
    return 2;
  }
  const byDigest = candidates(argv.length > 1 ? argv.slice(1) : ['.']);
  let quads;
  try {
    quads = parseFile(argv[0]);
  } catch (e) {
    process.stderr.write(`offsets: ${e.message}\n`);
    return 2;
  }
  const props = propsOf(quads);
  const one = (s, p) => ((props.get(s) || new Map()).get(p) || [])[0];
  const ofType = (t) => [...props.keys()].filter((s) =>
    (props.get(s).get(RDF_TYPE) || []).some((o) => o.value === t)).sort(compareStrings);

  let passed = 0;
  let failed = 0;
  const fail = (msg) => { process.stdout.write(`not ok ${msg}\n`); failed++; };
  const docs = new Map(); // IRI -> { bytes, text (array of code points) } or null
  for (const d of ofType(SKG + 'Document')) {
    const label = one(d, LABEL);
    const digest = one(d, SKG + 'sha256');
    const bytes = digest && byDigest.get(digest.value);
    if (!bytes) {
      fail(`<${d}>: no file given holds the text of ${label ? label.value : '(no label)'}`);
      docs.set(d, null);
      continue;
    }
    const cps = Array.from(bytes.toString('utf8'));
    docs.set(d, { bytes, cps });
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    const n = one(d, SKG + 'characters');
    const problems = [];
    if ((one(d, SKG + 'sha256') || {}).value !== sha) problems.push(`sha256 is not ${sha}`);
    if (!n || Number(n.value) !== cps.length) problems.push(`characters is not ${cps.length}`);
    if (problems.length) fail(`<${d}>: ${problems.join(', ')}`); else passed++;
  }
  // One oa:SpecificResource per sentence: its document (oa:hasSource), a
  // TextPositionSelector (code points and bytes) and a TextQuoteSelector
  // (exact, with the text just before and after as prefix and suffix).
  for (const r of ofType(OA + 'SpecificResource')) {
    const d = one(r, OA + 'hasSource');
    const doc = d && docs.get(d.value);
    if (!doc) {
      if (!d || !docs.has(d.value)) fail(`<${r}>: no oa:hasSource with a declared document`);
      continue;
    }
    const sels = ((props.get(r) || new Map()).get(OA + 'hasSelector') || []).map((o) => o.value);
    const isA = (x, t) => ((props.get(x) || new Map()).get(RDF_TYPE) || []).some((o) => o.value === OA + t);
    const pos = sels.find((x) => isA(x, 'TextPositionSelector'));
    const quote = sels.find((x) => isA(x, 'TextQuoteSelector'));
    if (!pos || !quote) { fail(`<${r}>: needs a position and a quote selector`); continue; }
    const str = (x, p) => { const o = one(x, p); return o ? o.value : undefined; };
    const num = (p) => { const o = one(pos, p); return o ? Number(o.value) : NaN; };
    const exact = str(quote, OA + 'exact');
    const [start, end, bStart, bEnd] = [num(OA + 'start'), num(OA + 'end'),
      num(SKG + 'byteStart'), num(SKG + 'byteEnd')];
    const byCp = doc.cps.slice(start, end).join('');
    const problems = [];
    if (byCp !== exact) problems.push(`text[${start},${end}) is ${JSON.stringify(byCp.slice(0, 60))}...`);
    if (!Number.isNaN(bStart) || !Number.isNaN(bEnd)) {
      const byBytes = doc.bytes.subarray(bStart, bEnd).toString('utf8');
      if (byBytes !== exact) problems.push(`bytes[${bStart},${bEnd}) is ${JSON.stringify(byBytes.slice(0, 60))}...`);
    }
    const prefix = str(quote, OA + 'prefix') || '';
    const suffix = str(quote, OA + 'suffix') || '';
    const pre = Array.from(prefix).length;
    if (doc.cps.slice(Math.max(0, start - pre), start).join('') !== prefix) problems.push('oa:prefix is not the text before');
    if (doc.cps.slice(end, end + Array.from(suffix).length).join('') !== suffix) problems.push('oa:suffix is not the text after');
    if (problems.length) fail(`<${r}>: the quote does not match: ${problems.join('; ')}`); else passed++;
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
