#!/usr/bin/env node
// shacl.js: validate an RDF export against SHACL shapes with
// rdf-validate-shacl (factory: @zazuko/env-node; rdf-ext makes it crash).
//
//   node tests/rdf/shacl.js DATA.ttl SHAPES.ttl [ONTOLOGY.ttl]
//
// The ontology, when given, is loaded into the data graph next to the data,
// so rdfs:subClassOf is visible to sh:class and sh:targetClass.
// Prints "conforms" and exits 0, or one line per violation
//   violation: FOCUS PATH: MESSAGE [value VALUE] (SHAPE COMPONENT)
// sorted, then a count, and exits 1. Usage or parse errors exit 2.
'use strict';

const { parseFile, termText, compareStrings } = require('./lib');

const SH = 'http://www.w3.org/ns/shacl#';

// A result's path as text: an IRI, or ^IRI for an inverse path.
function pathText(result) {
  const p = result.path;
  if (!p) return '-';
  if (p.termType === 'NamedNode') return `<${p.value}>`;
  const inv = result.pointer.out(result.ns.sh.resultPath).out(result.ns.sh.inversePath).term;
  return inv ? `^<${inv.value}>` : termText(p);
}

function nodeText(t) {
  if (!t) return '-';
  if (t.termType === 'NamedNode') return `<${t.value}>`;
  if (t.termType === 'Literal') return JSON.stringify(t.value) + (t.language ? '@' + t.language : '');
  return termText(t);
}

function shortIri(t) {
  if (!t) return '-';
  return t.value.startsWith(SH) ? 'sh:' + t.value.slice(SH.length) : nodeText(t);
}

async function main(argv) {
  if (argv.length < 2 || argv.length > 3) {
    process.stderr.write('usage: shacl.js DATA.ttl SHAPES.ttl [ONTOLOGY.ttl]\n');
    return 2;
  }
  const rdf = (await import('@zazuko/env-node')).default;
  const SHACLValidator = (await import('rdf-validate-shacl')).default;
  const [dataFile, shapesFile, ontoFile] = argv;
  let data, shapes;
  try {
    data = rdf.dataset(parseFile(dataFile));
    if (ontoFile) for (const q of parseFile(ontoFile)) data.add(q);
    shapes = rdf.dataset(parseFile(shapesFile));
  } catch (e) {
    process.stderr.write(`shacl: ${e.message}\n`);
    return 2;
  }
  // No network: an owl:imports of the ontology given on the command line is
  // served from it; any other import is an error.
  const importGraph = (iri) => {
    const onto = rdf.dataset([...data].filter((q) =>
      ontoFile && q.subject.equals(iri) && q.object.value === 'http://www.w3.org/2002/07/owl#Ontology'));
    if (onto.size === 0) throw new Error(`cannot load owl:imports <${iri.value}> (offline)`);
    return rdf.dataset(parseFile(ontoFile));
  };
  const validator = new SHACLValidator(shapes, { factory: rdf, importGraph });
  const report = await validator.validate(data);
  if (report.conforms) {
    process.stdout.write('conforms\n');
    return 0;
  }
  const lines = report.results.map((r) => {
    const msg = r.message.map((m) => m.value).join('; ') || '(no message)';
    const value = r.value ? ` [value ${nodeText(r.value)}]` : '';
    const shape = r.sourceShape && r.sourceShape.termType === 'NamedNode'
      ? `${nodeText(r.sourceShape)} ` : '';
    return `violation: ${nodeText(r.focusNode)} ${pathText(r)}: ${msg}${value}` +
      ` (${shape}${shortIri(r.sourceConstraintComponent)})`;
  });
  const unique = [...new Set(lines)].sort(compareStrings);
  process.stdout.write(unique.join('\n') + '\n');
  process.stdout.write(`${unique.length} violation(s)\n`);
  return 1;
}

main(process.argv.slice(2)).then(
  (rc) => { process.exitCode = rc; },
  (e) => { process.stderr.write(`shacl: ${e.stack || e}\n`); process.exitCode = 2; });
