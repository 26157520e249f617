#!/usr/bin/env python3
"""name_audit.py: counts, per class, the exported entities whose name or
type looks wrong (issue 11 point 7) over the OPEN sets only: Person-typed
labels holding a company word, labels ending in a stop word or
punctuation, en-dash joined person names, possessive person labels, a
one-word person beside the one full name that shares its word.
Usage: name_audit.py SCREENKG OUT.tsv [HELDOUT_DIR [SHARED_DIR]]
Prints counts per class and set; OUT.tsv lists every hit. Never point it
at wikiB or redocred-test (read their totals only)."""
import os, subprocess, sys, re, collections
BIN = sys.argv[1]; OUT = sys.argv[2]
H = sys.argv[3] if len(sys.argv) > 3 else '/work/heldout'
S = sys.argv[4] if len(sys.argv) > 4 else '/work/shared'
SETS = {
 'wikiC': H + '/wikiC/prose', 'wikiD': H + '/wikiD/prose',
 'wikidev': S + '/eval/wiki-dev/prose', 'redocred': S + '/eval/redocred-dev',
 'mwiki': H + '/mirror/wiki', 'mnews': H + '/mirror/news', 'news2': H + '/news2'}
def words(p):
    return [l.strip() for l in open(p) if l.strip() and not l.startswith('#')]
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'data') + '/'
cw = set(words(D+'company_suffixes.txt')) | {w.capitalize() for w in words(D+'company_kind_words.txt')}
cw |= {'Productions','Pictures','Films','Arts','Multimedia','Entertainment','Studios','Studio','Limited','Media','Company','Records','Network','Group','Inc','Inc.','Ltd','Ltd.','LLC','Corporation'}
stops = {'and','or','the','of','in','on','at','to','for','with','by','as','from','a','an','is','was','who','which','that','has','had','said','also','will','his','her','their'}
PERS = {'Person','Actor','Critic'}
cls = collections.defaultdict(list)
def docs(root):
    for n in sorted(os.listdir(root)):
        p = os.path.join(root, n)
        if os.path.isdir(p):
            a = os.path.join(p, 'article.txt')
            if os.path.exists(a): yield n, a
        elif os.path.isfile(p): yield n, p
for s, root in SETS.items():
    if not os.path.isdir(root):
        continue
    for n, p in docs(root):
        r = subprocess.run([BIN, '-f', 'facts', '-o', '-', p], capture_output=True, text=True)
        ents = {}
        for line in r.stdout.splitlines():
            f = line.split('\t')
            if len(f) >= 5 and f[2] == 'type': ents[f[0]] = f[1]
        persons = [l for l, t in ents.items() if t in PERS]
        for l, t in ents.items():
            toks = l.split()
            key = f'{s}/{n}\t{t}\t{l}'
            if t in PERS and any(w.strip(',.') in cw for w in toks): cls['person_companyword'].append(key)
            if toks and (toks[-1].lower() in stops or re.search(r'[,;:.!?\-–—(\'"]$', l) and not re.search(r'\b[A-Z]\.$|Jr\.$|Sr\.$|Inc\.$|Ltd\.$|Co\.$|Bros\.$', l)):
                cls['tail_stop_punct'].append(key)
            if t in PERS and '–' in l: cls['endash_join'].append(key)
            if t in PERS and re.search(r"['’]s\b", l): cls['possessive'].append(key)
            if t == 'Company' and len(toks) == 1 and toks[0] in cw: cls['company_bare_word'].append(key)
        bylast = collections.defaultdict(list)
        for l in persons:
            bylast[l.split()[-1]].append(l)
        for last, ls in bylast.items():
            if len(ls) > 1 and any(len(x.split()) == 1 for x in ls) and sum(len(x.split())>1 for x in ls) == 1:
                cls['surname_split'].append(f'{s}/{n}\t' + ' | '.join(ls))
with open(OUT, 'w') as o:
    for c, v in sorted(cls.items()):
        print(c, len(v), collections.Counter(x.split('/')[0] for x in v).most_common())
        for x in v: o.write(c + '\t' + x + '\n')
