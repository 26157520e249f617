#!/usr/bin/env python3
"""compare.py REF_DIR NEW_DIR: differences between two Re-DocRED gold folders."""
import os, sys
ref, new = sys.argv[1:3]
def load(d):
    L = {l.split('\t')[0]: l.rstrip('\n').split('\t') for l in open(os.path.join(d, 'list.tsv')) if not l.startswith('#')}
    return L
R, N = load(ref), load(new)
print('only in ref:', sorted(set(R) - set(N))); print('only in new:', sorted(set(N) - set(R)))
tot = [0, 0, 0]; art_diff = 0; ent_diff = 0
for n in sorted(set(R) & set(N)):
    def rd(d, f): return [l.rstrip('\n').split('\t') for l in open(os.path.join(d, n, f), encoding='utf-8') if not l.startswith('#')]
    a1 = open(os.path.join(ref, n, 'article.txt'), encoding='utf-8').read(); a2 = open(os.path.join(new, n, 'article.txt'), encoding='utf-8').read()
    if a1 != a2:
        art_diff += 1
        import difflib
        w1, w2 = a1.split(' '), a2.split(' ')
        for op in difflib.SequenceMatcher(None, w1, w2).get_opcodes():
            if op[0] != 'equal': print(f'  [{n}] article: {" ".join(w1[op[1]:op[2]])!r} -> {" ".join(w2[op[3]:op[4]])!r}')
    E1 = {e[0]: e for e in rd(ref, 'entities.tsv')}; E2 = {e[0]: e for e in rd(new, 'entities.tsv')}
    for k in sorted(set(E1) | set(E2)):
        if E1.get(k) != E2.get(k):
            ent_diff += 1; print(f'  [{n}] entity ref={E1.get(k)} new={E2.get(k)}')
    F1 = {tuple(f[:3]): f[3] for f in rd(ref, 'facts.tsv')}; F2 = {tuple(f[:3]): f[3] for f in rd(new, 'facts.tsv')}
    tot[0] += len(F1 & F2.keys() if False else set(F1) & set(F2)); tot[1] += len(set(F1) - set(F2)); tot[2] += len(set(F2) - set(F1))
    for k in sorted(set(F1) - set(F2)): print(f'  [{n}] fact only in ref: {k}')
    for k in sorted(set(F2) - set(F1)): print(f'  [{n}] fact only in new: {k}')
    for k in sorted(set(F1) & set(F2)):
        if F1[k] != F2[k]: print(f'  [{n}] evidence differs {k}:\n     ref={F1[k]}\n     new={F2[k]}')
print(f'facts: common={tot[0]} only-ref={tot[1]} only-new={tot[2]}; articles differing={art_diff}; entity rows differing={ent_diff}')
