#!/usr/bin/env python3
"""Runs the data-driven extraction cases of tests/extract/*.spec.

A case is a title line "### ...", the input text (one or more lines), a line
"---", then expected facts-export lines (tab-separated, as in FORMAT.md).
A line starting with "!" is a fact that must NOT be exported; a line
"!predicate" alone means no fact with that predicate may be exported.
Type lines are only checked when listed. An expected line may carry a
sixth column, the rule that must have stated it (as --explain names it):
then the case runs with --explain and that rule must be among the fact's.
Prints "ok - FILE:LINE title" or "not ok - ..." with what was missing or
unexpected.
Usage: extract_spec.py [-k TEXT] SCREENKG SPEC...
  -k TEXT   run only the cases whose title or file name contains TEXT
"""
import os
import subprocess
import sys
import tempfile


def parse(path):
    cases, cur, part = [], None, None
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if line.startswith('### '):
                cur = {'title': line[4:], 'line': n, 'text': [], 'want': [], 'not': []}
                cases.append(cur)
                part = 'text'
            elif cur is None or (not line.strip() and part == 'want'):
                continue
            elif line == '---':
                part = 'want'
            elif part == 'text':
                cur['text'].append(line)
            elif line.startswith('!'):
                cur['not'].append(line[1:])
            else:
                cur['want'].append(line)
    return cases


def run(binary, text, explain=False):
    """The facts export of text; with explain, also {fact: set of rules}."""
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, 'case.txt')
        with open(src, 'w', encoding='utf-8') as f:
            f.write(text + '\n')
        cmd = [binary, '-q', '-o', d, '-n', 'case', '--format', 'facts', src]
        p = subprocess.run(cmd + (['--explain'] if explain else []),
                           capture_output=True, text=True)
        if p.returncode != 0:
            return None, p.stderr, {}
        rules = {}
        with open(os.path.join(d, 'case.facts.tsv'), encoding='utf-8') as f:
            got = []
            for line in f:
                cols = line.rstrip('\n').split('\t')
                fact = '\t'.join(cols[:5])
                got.append(fact)
                if len(cols) > 5:
                    rules.setdefault(fact, set()).add(cols[5])
        return got, '', rules


def check(binary, path, case):
    want = [w.split('\t') for w in case['want']]
    explain = any(len(w) > 5 for w in want)
    got, err, rules = run(binary, '\n'.join(case['text']), explain)
    where = '%s:%d %s' % (path, case['line'], case['title'])
    if got is None:
        return False, where, ['screenkg failed: ' + err.strip()]
    gotset = set(got)
    problems = []
    for w in want:
        fact = '\t'.join(w[:5])
        if fact not in gotset:
            problems.append('missing:    ' + fact)
        elif len(w) > 5 and w[5] not in rules.get(fact, ()):
            problems.append('rule:       %s by %s, not %s' % (
                fact, ', '.join(sorted(rules.get(fact, ()))) or '?', w[5]))
    for n in case['not']:
        if '\t' in n:
            if n in gotset:
                problems.append('unexpected: ' + n)
        else:
            problems += ['unexpected: ' + g for g in got if g.split('\t')[2:3] == [n]]
    if problems:
        problems.append('exported:')
        problems += ['    ' + g for g in got if '\ttype\t' not in g]
    return not problems, where, problems


def main():
    args = sys.argv[1:]
    only = None
    if len(args) > 1 and args[0] == '-k':
        only, args = args[1], args[2:]
    binary, specs = args[0], args[1:]
    failed = 0
    for path in specs:
        for case in parse(path):
            if only and only not in case['title'] and only not in path:
                continue
            ok, where, problems = check(binary, path, case)
            print(('ok - ' if ok else 'not ok - ') + where)
            for p in problems:
                print('#   ' + p)
            failed += not ok
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
