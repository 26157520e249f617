#!/usr/bin/env python3
"""Build the film/TV subset of a Re-DocRED split in the gold format of
/work/shared/eval/FORMAT.md, following /work/shared/eval/redocred-dev/README.md.

usage: build_redocred.py SPLIT.json SELECTION.tsv OUT_DIR [SPLIT_NAME]

SELECTION.tsv (hand-checked, from propose.py's keyword candidates):
    title <TAB> kind (Film|Series) <TAB> category (film|series|episode|tvfilm|character) [<TAB> note]
Only those documents are built; a document without any mapped fact is skipped.
Hand merges / drops per document are in HAND below.
"""
import html, json, os, re, sys, unicodedata

# ---------------------------------------------------------------- hand edits
# title -> {'merge': [[name, name, ...], ...]  entities (by a mention name) merged into the first,
#           'drop':  [name, ...]                 work entities that are not film/TV (novel, song, ...),
#           'keep':  [name, ...]                 MISC entities that ARE film/TV works although only
#                                                 heads of ambiguous relations,
#           'notchar': [name, ...]               PER objects of P674/P1441 that are real people,
#           'rename': {name: label}              label fixed by hand (old name kept as alias),
#           'nomention': [name, ...]             mention names not used for labels/aliases
#                                                 (Re-DocRED coreference errors),
#           'kind': {name: 'Film'|'Series'}      work type when it differs from the document's,
#           'dropfact': [(head, pred, tail)]     a mapped fact that is plainly a Re-DocRED error
#                                                 caused by a broken entity (names as in the data)}
HAND = {
    # ---- dev split
    'La prima notte di quiete': {'merge': [['La prima notte di quiete', 'Indian Summer', 'Le Professeur', 'Oktober in Rimini']],
                                 'nomention': ['Der Nachsommer']},
    'Subramaniapuram': {'merge': [['Subramaniapuram', 'Prem Adda']]},
    'Vase de Noces': {'merge': [['Vase de Noces', 'Wedding Trough', 'The Pig Fucking Movie']]},
    'Song of Freedom': {'rename': {'Elder Wills': 'J. Elder Wills'}},   # DocRED split the sentence at "J."
    'Lost Verizon': {'notchar': ['Denis Leary']},          # real person (guest star), not a character
    'María la del Barrio': {'notchar': ['Thalía']},        # the lead actress, not a character
}
# HAND entries for the test split are appended from hand_test.py when present
try:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from hand_test import HAND_TEST
    HAND.update(HAND_TEST)
except ImportError:
    pass

# ---------------------------------------------------------------- mapping
WORK_REL = {'P161': 'castMember', 'P57': 'director', 'P58': 'writer', 'P162': 'producer',
            'P272': 'productionCompany', 'P449': 'network', 'P170': 'creator', 'P86': 'composer',
            'P344': 'cinematographer', 'P674': 'hasCharacter'}
FILM_ONLY = {'P161', 'P57', 'P58', 'P272', 'P449', 'P344'}  # relations only a film/TV work carries
OBJ_TYPE = {'castMember': 'Actor', 'hasCharacter': 'Character', 'productionCompany': 'Company',
            'network': 'Company'}  # others: crew -> Person (Company when ORG)
PFX = {'Film': 'w', 'Series': 'w', 'Actor': 'p', 'Person': 'p', 'Character': 'c', 'Company': 'o'}


# ---------------------------------------------------------------- text
NOSPACE_BEFORE = {',', '.', ';', ':', '!', '?', ')', "'s", "n't", '%', "'", "'re", "'ve", "'ll", "'d", "'m",
                  '’s', '’', '’re', '’ve', '’ll', '’d', '’m'}
QUOTES = {'"', '“', '”', '``', "''"}


def detok(tokens):
    """Join DocRED tokens back into text (see README)."""
    out = []          # list of pieces
    open_quote = False
    glue_next = False
    i = 0
    toks = [t.strip() for t in tokens if t.strip()]
    while i < len(toks):
        t = toks[i]
        # intra-word hyphen: word - word -> word-word
        if t in ('-', '–') and t == '-' and out and i + 1 < len(toks) and re.search(r'\w$', out[-1]) \
                and re.match(r'\w', toks[i + 1]):
            out[-1] = out[-1] + '-' + toks[i + 1]
            i += 2
            continue
        if t == '"':
            if not open_quote:
                out.append(t); glue_next = True; open_quote = True
            else:
                if out: out[-1] += t
                else: out.append(t)
                open_quote = False
            i += 1
            continue
        if glue_next and out:
            out[-1] += t; glue_next = False
        elif out and (t in NOSPACE_BEFORE or t.lower() in NOSPACE_BEFORE):
            out[-1] += t
        else:
            out.append(t)
        if t == '(':
            glue_next = True
        i += 1
    s = ' '.join(out)
    s = re.sub(r'\s*\(\s*\)', '', s)          # "( )" left over from removed pronunciations
    s = re.sub(r' {2,}', ' ', s)
    return s.strip()


def detok_name(name):
    return detok(name.split(' '))


def slug(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')


# ---------------------------------------------------------------- build one document
def build(doc, kind, split):
    title = doc['title']
    hand = HAND.get(title, {})
    sents = [detok(s) for s in doc['sents']]
    V = doc['vertexSet']
    # entity -> merged representative
    rep = list(range(len(V)))

    def find(i):
        while rep[i] != i: i = rep[i]
        return i

    def names_of(i):
        return [detok_name(m['name']) for m in V[i]]

    def by_name(n):
        for i in range(len(V)):
            if n in names_of(i): return i
        raise KeyError(f'{title}: no entity named {n!r}')

    for group in hand.get('merge', []):
        a = find(by_name(group[0]))
        for n in group[1:]:
            b = find(by_name(n))
            if b != a: rep[b] = a
    # surname-only PER entity -> unique full-name PER entity ending with it
    for i, v in enumerate(V):
        if v[0]['type'] != 'PER': continue
        ns = set(names_of(i))
        if any(' ' in n for n in ns): continue
        full = [j for j in range(len(V)) if j != i and V[j][0]['type'] == 'PER'
                and any(n.split(' ')[-1] in ns and ' ' in n for n in names_of(j))]
        full = sorted({find(j) for j in full})
        if len(full) == 1: rep[find(i)] = full[0]
    groups = {}
    for i in range(len(V)): groups.setdefault(find(i), []).append(i)
    nomention = set(hand.get('nomention', []))

    def mentions(r):
        return [m for i in groups[r] for m in V[i] if detok_name(m['name']) not in nomention]

    def etype(r):
        return V[r][0]['type']

    def msents(r):
        return {m['sent_id'] for m in mentions(r)}

    # which entities are film/TV works
    drop = {find(by_name(n)) for n in hand.get('drop', [])}
    keep = {find(by_name(n)) for n in hand.get('keep', [])}
    film_heads = set()
    for l in doc['labels']:
        if l['r'] in FILM_ONLY: film_heads.add(find(l['h']))
        if l['r'] == 'P1441' and etype(find(l['t'])) not in ('PER', 'ORG', 'LOC', 'TIME', 'NUM'):
            pass
    topic = None
    for r in groups:
        if etype(r) not in ('PER', 'ORG', 'LOC', 'TIME', 'NUM') and 0 in msents(r):
            topic = r if topic is None else topic

    def is_work(r):
        if r in drop: return False
        if r in keep: return True
        if etype(r) in ('PER', 'ORG', 'LOC', 'TIME', 'NUM'): return False
        return r in film_heads or r == topic and CAT.get(title) != 'character'

    # raw facts
    raw = []
    for l in doc['labels']:
        h, t, r = find(l['h']), find(l['t']), l['r']
        if r == 'P1441':
            h, t, pred = t, h, 'hasCharacter'
        elif r in WORK_REL:
            pred = WORK_REL[r]
        else:
            continue
        raw.append((h, pred, t, r, l['evidence']))
    notchar = {find(by_name(n)) for n in hand.get('notchar', [])}
    dropfacts = {(find(by_name(a)), p, find(by_name(b))) for a, p, b in hand.get('dropfact', [])}
    kinds = {find(by_name(n)): k for n, k in hand.get('kind', {}).items()}
    cast = {t for h, p, t, r, e in raw if p == 'castMember' and is_work(h)}
    facts, seen = [], set()
    for h, pred, t, r, ev in raw:
        if not is_work(h) or h == t: continue
        ot = etype(t)
        if pred == 'hasCharacter':
            if ot != 'PER' or t in cast or t in notchar: continue
        if pred in ('castMember',) and ot != 'PER': continue
        if pred in ('director', 'writer', 'cinematographer', 'composer', 'creator') and ot not in ('PER', 'ORG'):
            continue
        if pred == 'producer' and ot == 'ORG': pred = 'producer_org'
        if pred in ('productionCompany', 'network') and ot not in ('ORG', 'PER', 'MISC'): continue
        key = (h, pred, t)
        if key in dropfacts: continue
        if key in seen: continue
        seen.add(key)
        facts.append((h, pred, t, ev))
    # producer with an ORG object -> productionCompany
    out, seen = [], set()
    for h, pred, t, ev in facts:
        if pred == 'producer_org': pred = 'productionCompany'
        if (h, pred, t) in seen: continue
        seen.add((h, pred, t)); out.append((h, pred, t, ev))
    facts = out
    if not facts: return None
    # types
    types = {}
    for h, pred, t, ev in facts:
        types.setdefault(h, set()).add(kinds.get(h, kind))
        ot = OBJ_TYPE.get(pred) or ('Company' if etype(t) == 'ORG' else 'Person')
        types.setdefault(t, set()).add(ot)
    if topic is not None and topic not in types:      # character articles: the character itself
        pass
    for r, ts in types.items():
        if 'Actor' in ts: ts.discard('Person')
    # the document's own topic entity is listed even without a fact (character articles)
    order = sorted(types, key=lambda r: min(groups[r]))
    first = None
    for r in sorted(groups, key=lambda r: min(groups[r])):
        if 0 in msents(r) and etype(r) == ('PER' if CAT.get(title) == 'character' else etype(r)) \
                and etype(r) not in ('TIME', 'NUM', 'LOC'):
            first = r; break
    if CAT.get(title) == 'character' and first is not None and first not in types:
        types[first] = {'Character'}
        order = sorted(types, key=lambda r: min(groups[r]))
    # labels, aliases, ids
    ents, ids = {}, {}
    used = set()
    for r in order:
        ns = []
        for m in mentions(r):
            n = detok_name(m['name'])
            if n not in ns: ns.append(n)
        own = [detok_name(m['name']) for m in V[r] if detok_name(m['name']) not in nomention] or ns
        label = max(own, key=len)   # a hand merge keeps the first entity's name as label
        for old, new in hand.get('rename', {}).items():
            if old in ns: label = new
        aliases = []
        for n in ns:
            if n.casefold() != label.casefold() and n.casefold() not in {a.casefold() for a in aliases}:
                aliases.append(n)
        ts = types[r]
        typ = ','.join(sorted(ts))
        pfx = 'w' if ts & {'Film', 'Series'} else 'o' if 'Company' in ts else 'c' if 'Character' in ts else 'p'
        eid = pfx + ':' + slug(label)
        k = 2
        while eid in used: eid = pfx + ':' + slug(label) + f'-{k}'; k += 1
        used.add(eid); ids[r] = eid
        ents[r] = (eid, typ, label, aliases)

    def evidence(h, t, ev):
        hs, ts_ = msents(h), msents(t)
        for s in ev:
            if s in hs and s in ts_: return sents[s]
        for s in ev:
            if s in ts_: return sents[s]
        for s in ev:
            if s in hs: return sents[s]
        both = sorted(hs & ts_)
        if both: return sents[both[0]]
        return sents[min(ts_)] if ts_ else ''

    head = f'# Re-DocRED {split}: {html.unescape(title)}\n'
    ent_txt = head + '# id\ttypes\tlabel\taliases\n' + ''.join(
        f'{e[0]}\t{e[1]}\t{e[2]}\t{"|".join(e[3])}\n' for e in (ents[r] for r in order))
    fact_txt = head + '# subject_id\tpredicate\tobject\tevidence\n' + ''.join(
        f'{ids[h]}\t{p}\t{ids[t]}\t{evidence(h, t, ev)}\n' for h, p, t, ev in facts)
    return ' '.join(sents) + '\n', ent_txt, fact_txt, len(facts)


CAT = {}


def main():
    split_file, sel_file, out = sys.argv[1:4]
    split = sys.argv[4] if len(sys.argv) > 4 else ('test' if 'test' in split_file else 'dev')
    docs = {d['title']: d for d in json.load(open(split_file, encoding='utf-8'))}
    sel = []
    for line in open(sel_file, encoding='utf-8'):
        if not line.strip() or line.startswith('#'): continue
        f = line.rstrip('\n').split('\t')
        sel.append((f[0], f[1], f[2]))
        CAT[f[0]] = f[2]
    os.makedirs(out, exist_ok=True)
    index = []
    for title, kind, cat in sel:
        res = build(docs[title], kind, split)
        if res is None:
            print('no mapped fact:', title, file=sys.stderr); continue
        art, ent, fac, n = res
        title = html.unescape(title)         # "Oliver &amp; Company" in the data
        name = slug(title)
        d = os.path.join(out, name); os.makedirs(d, exist_ok=True)
        open(os.path.join(d, 'article.txt'), 'w', encoding='utf-8').write(art)
        open(os.path.join(d, 'entities.tsv'), 'w', encoding='utf-8').write(ent)
        open(os.path.join(d, 'facts.tsv'), 'w', encoding='utf-8').write(fac)
        index.append((name, title, n))
    with open(os.path.join(out, 'list.tsv'), 'w', encoding='utf-8') as f:
        for r in index: f.write('\t'.join(map(str, r)) + '\n')
    print(len(index), 'documents,', sum(r[2] for r in index), 'facts', file=sys.stderr)


if __name__ == '__main__':
    main()
