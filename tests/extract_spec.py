#!/usr/bin/env python3
"""Runs the data-driven extraction cases of tests/extract/*.spec.

A case is a title line "### ...", the input text (one or more lines), a line
"---", then expected facts-export lines (tab-separated, as in FORMAT.md).
A line starting with "!" is a fact that must NOT be exported; a line
"!predicate" alone means no fact with that predicate may be exported.
Type lines are only checked when listed. Prints "ok - FILE:LINE title" or
"not ok - ..." with what was missing or unexpected.
Usage: extract_spec.py SCREENKG SPEC...
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


def run(binary, text):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, 'case.txt')
        with open(src, 'w', encoding='utf-8') as f:
            f.write(text + '\n')
        p = subprocess.run([binary, '-q', '-o', d, '-n', 'case', '--format', 'facts', src],
                           capture_output=True, text=True)
        if p.returncode != 0:
            return None, p.stderr
        with open(os.path.join(d, 'case.facts.tsv'), encoding='utf-8') as f:
            return [l.rstrip('\n') for l in f], ''


def check(binary, path, case):
    got, err = run(binary, '\n'.join(case['text']))
    where = '%s:%d %s' % (path, case['line'], case['title'])
    if got is None:
        return False, where, ['screenkg failed: ' + err.strip()]
    gotset = set(got)
    problems = ['missing:    ' + w for w in case['want'] if w not in gotset]
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
    binary, specs = sys.argv[1], sys.argv[2:]
    failed = 0
    for path in specs:
        for case in parse(path):
            ok, where, problems = check(binary, path, case)
            print(('ok - ' if ok else 'not ok - ') + where)
            for p in problems:
                print('#   ' + p)
            failed += not ok
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
