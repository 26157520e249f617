#!/usr/bin/python3
"""mirror_gold.py DIR...: turns DIR/gold.txt (compact hand-written gold) into
DIR/entities.tsv and DIR/facts.tsv in the format of shared/eval/FORMAT.md.
gold.txt lines:
  Subject [Type] | predicate | Object [Type] | evidence   (object "\"lit\"" = literal)
  A Label [Type] | alias1|alias2
  # comment"""
import re, sys, os
def slug(s): return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')
pre = {'Film': 'w', 'Series': 'w', 'Actor': 'p', 'Person': 'p', 'Critic': 'p',
       'Character': 'c', 'Company': 'o', 'Publication': 'o', 'Group': 'g', '*': 'x'}
cls = {'Film': 'W', 'Series': 'W', 'Actor': 'P', 'Person': 'P', 'Critic': 'P',
       'Character': 'C', 'Company': 'O', 'Publication': 'O', 'Group': 'G', '*': '*'}
def ent(tok, ents, order):
    m = re.match(r'^(.*?)\s*\[([^\]]+)\]$', tok.strip())
    if not m: raise SystemExit('no type: %r' % tok)
    label, t = m.group(1).strip(), m.group(2).strip()
    key = (label, cls[t])
    if key not in ents:
        ents[key] = {'id': pre[t] + ':' + slug(label) + ('' if cls[t] != 'C' or True else ''),
                     'types': [], 'label': label, 'aliases': []}
        order.append(key)
    if t not in ents[key]['types']: ents[key]['types'].append(t)
    return ents[key]
for d in sys.argv[1:]:
    ents, order, facts = {}, [], []
    for ln in open(os.path.join(d, 'gold.txt'), encoding='utf-8'):
        ln = ln.rstrip('\n')
        if not ln.strip() or ln.startswith('#'): continue
        if ln.startswith('A '):
            e, al = ln[2:].split('|', 1)
            ent(e, ents, order)['aliases'] += [a.strip() for a in al.split('|')]
            continue
        parts = [p.strip() for p in ln.split(' | ', 3)]
        if len(parts) != 4: raise SystemExit('%s: bad line %r' % (d, ln))
        s = ent(parts[0], ents, order)
        o = parts[2] if parts[2].startswith('"') else ent(parts[2], ents, order)
        facts.append((s, parts[1], o, parts[3]))
    ids = {}
    for k in order:
        e = ents[k]; base = e['id']; n = 2
        while e['id'] in ids.values() and ids.get(k) != e['id']:
            e['id'] = '%s-%d' % (base, n); n += 1
        ids[k] = e['id']
    with open(os.path.join(d, 'entities.tsv'), 'w', encoding='utf-8') as f:
        f.write('# hand-written gold, see ../../README.md; made by mkgold.py from gold.txt\n')
        for k in order:
            e = ents[k]
            f.write('\t'.join([e['id'], ','.join(e['types']), e['label'], '|'.join(e['aliases'])]) + '\n')
    with open(os.path.join(d, 'facts.tsv'), 'w', encoding='utf-8') as f:
        f.write('# hand-written gold, see ../../README.md; made by mkgold.py from gold.txt\n')
        for s, p, o, ev in facts:
            f.write('\t'.join([s['id'], p, o if isinstance(o, str) else o['id'], ev]) + '\n')
