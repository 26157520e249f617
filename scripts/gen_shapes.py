#!/usr/bin/python3
"""gen_shapes.py: write the per-predicate parts of the SHACL shapes and of
the RDF checks from the one predicate list, so that adding a predicate needs
no hand edit there.

Sources: src/predicates.def (names, which are symmetric) and
ontology/screenkg.ttl (each predicate's rdfs:domain and rdfs:range).
Targets: the regions between "# BEGIN generated" and "# END generated"
lines in ontology/shapes.ttl (one node shape per predicate; the list of
assertion predicates in sh:in) and tests/rdf/checks/unreified-facts.rq
(its VALUES list). Text outside the regions is left alone.

A predicate that needs more than its domain and range (skg:rating: one per
review) keeps a hand-written shape skgsh:NAME outside the regions; the
generator then leaves it out. A predicate whose domain is skg:Review is said
by a review node, not asserted, so it is in neither list.

  scripts/gen_shapes.py          rewrite the regions in place
  scripts/gen_shapes.py --check  exit 1 (and print a diff) when stale
"""
import difflib
import re
import sys

import os

import rdflib
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDFS

ONTO = 'https://w3id.org/screenkg/ontology#'
SHAPES = 'ontology/shapes.ttl'
UNREIFIED = 'tests/rdf/checks/unreified-facts.rq'

# Ontology class (or union, by its member names) -> value shape and the
# words of its message. Per CLASS, not per predicate: a new predicate over
# known classes needs no row here.
VALUE = {
    'Work': ('skgsh:AnyWork', 'a Series or Film'),
    'Series': ('skgsh:AnySeries', 'a Series'),
    'Person': ('skgsh:AnyPerson', 'a person'),
    'Actor': ('skgsh:AnyActor', 'an Actor'),
    'Critic': ('skgsh:AnyCritic', 'a Critic'),
    'Character': ('skgsh:AnyCharacter', 'a Character'),
    'Company': ('skgsh:AnyCompany', 'a Company'),
    'Publication': ('skgsh:AnyPublication', 'a Publication'),
    'Group': ('skgsh:AnyGroup', 'a Group'),
    'langString': ('skgsh:String', 'a string'),
    'integer': ('skgsh:Integer', 'an xsd:integer'),
    'string': ('skgsh:String', 'a string'),
    'decimal': ('skgsh:Decimal', 'an xsd:decimal'),
    'Person|Company': ('skgsh:AnyCastMember',
                       'an Actor, Person or Company'),
}


def local(node):
    return re.split(r'[#/]', str(node))[-1]


def class_key(onto, node):
    """The VALUE key of a domain or range: a name, or a union's names."""
    members = onto.value(node, OWL.unionOf)
    if members is None:
        return local(node)
    return '|'.join(local(m) for m in Collection(onto, members))


def predicates():
    """(name, symmetric) in the order of src/predicates.def."""
    text = open('src/predicates.def').read()
    rows = re.findall(r'^X\(\w+, "(\w+)", \w+, (true|false),',
                      text, re.M)
    if not rows:
        sys.exit('gen_shapes.py: src/predicates.def: no X(...) row read')
    return [(n, s == 'true') for n, s in rows]


def value(onto, name, prop):
    node = onto.value(rdflib.URIRef(ONTO + name), prop)
    if node is None:
        sys.exit('gen_shapes.py: ontology/screenkg.ttl: skg:%s has no %s'
                 % (name, local(prop)))
    key = class_key(onto, node)
    if key not in VALUE:
        sys.exit('gen_shapes.py: skg:%s: no value shape for %s (add one to '
                 'VALUE in scripts/gen_shapes.py)' % (name, key))
    return VALUE[key]


def node_shape(onto, name, symmetric):
    subj, subj_words = value(onto, name, RDFS.domain)
    obj, obj_words = value(onto, name, RDFS.range)
    lines = [
        'skgsh:%s a sh:NodeShape ;' % name,
        '    sh:targetSubjectsOf skg:%s ;' % name,
        '    sh:node %s ;' % subj,
        '    sh:message "skg:%s: the subject is %s" ;' % (name, subj_words),
        '    sh:property [ sh:path skg:%s ; sh:node %s ;' % (name, obj),
        '        sh:message "skg:%s: the object is %s" ]' % (name, obj_words),
    ]
    if symmetric:
        lines[-1] += ' ,'
        lines += [
            '      [ sh:path [ sh:inversePath skg:%s ] ; sh:disjoint skg:%s ;'
            % (name, name),
            '        sh:message "skg:%s is symmetric and written once per '
            'pair" ]' % name,
        ]
    lines[-1] += ' .'
    return '\n'.join(lines) + '\n'


def wrap(words, first, indent, width=80):
    """words after first, filled to width, later lines after indent."""
    out, line = [], first
    for w in words:
        if line != first and line != indent and len(line) + 1 + len(w) > width:
            out.append(line)
            line = indent
        line += w if line in (first, indent) else ' ' + w
    out.append(line)
    return '\n'.join(out) + '\n'


def regions(onto, hand):
    preds = predicates()
    asserted = [n for n, _ in preds if local(onto.value(
        rdflib.URIRef(ONTO + n), RDFS.domain)) != 'Review']
    shaped = [(n, s) for n, s in preds if n not in hand]
    blocks = [node_shape(onto, n, s) for n, s in shaped if not s]
    blocks.append('# Symmetric predicates are written once: never both a p '
                  'b and b p a (the\n# sh:disjoint below also rules out a '
                  'p a).\n')
    blocks += [node_shape(onto, n, s) for n, s in shaped if s]
    terms = ['skg:' + n for n in asserted]
    return {
        'shapes': '\n'.join(blocks),
        'sh:in': wrap(terms[:-1] + [terms[-1] + ' ) ;'],
                      ' ' * 8 + 'sh:in ( ', ' ' * 16),
        'values': wrap(terms, ' ' * 4, ' ' * 4),
    }


BEGIN = re.compile(r'^(\s*)# BEGIN generated by scripts/gen_shapes.py: '
                   r'(\S+)\n', re.M)


def fill(text, parts, path):
    """Replace every BEGIN..END region of text by its generated part."""
    out, pos = [], 0
    for m in BEGIN.finditer(text):
        end = text.find('# END generated', m.end())
        if end < 0 or m.group(2) not in parts:
            sys.exit('gen_shapes.py: %s: region "%s" unknown or unclosed'
                     % (path, m.group(2)))
        end = text.rfind('\n', 0, end) + 1
        out += [text[pos:m.end()], parts[m.group(2)]]
        pos = end
    if not out:
        sys.exit('gen_shapes.py: %s: no "# BEGIN generated" region' % path)
    return ''.join(out) + text[pos:]


def hand_written(shapes_text):
    """Predicates with a shape skgsh:NAME outside the generated regions."""
    outside = re.sub(r'# BEGIN generated.*?# END generated', '', shapes_text,
                     flags=re.S)
    return set(re.findall(r'^skgsh:(\w+) a sh:NodeShape', outside, re.M))


def main():
    check = sys.argv[1:] == ['--check']
    onto = rdflib.Graph().parse('ontology/screenkg.ttl', format='turtle')
    stale = False
    for path in (SHAPES, UNREIFIED):
        old = open(path).read()
        new = fill(old, regions(onto, hand_written(open(SHAPES).read())),
                   path)
        if new == old:
            continue
        if check:
            stale = True
            sys.stdout.writelines(difflib.unified_diff(
                old.splitlines(True), new.splitlines(True), path,
                path + ' (generated)'))
        else:
            tmp = path + '.tmp'
            with open(tmp, 'w') as f:
                f.write(new)
            os.replace(tmp, path)
            print('gen_shapes.py: rewrote %s' % path)
    if stale:
        sys.exit('gen_shapes.py: stale; run scripts/gen_shapes.py (make '
                 'shapes)')


if __name__ == '__main__':
    main()
