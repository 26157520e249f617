#!/usr/bin/env python3
"""Write the fixtures of the held-out Wikipedia set (README.md, `wiki`).

usage: wiki_fixtures.py GIT_DIR COMMIT PAGES.txt OUT_DIR

GIT_DIR is a clone (or bare git directory) of piki/wikipedia-film-database;
for each title of PAGES.txt (one a line, `#` comments), the file
`test/fixtures/TITLE.xml` at COMMIT is written to OUT_DIR/TITLE.xml.
A fixture that holds several pages (`Actrius.xml` is the first eleven pages
of a Wikipedia dump, Actrius the last) is cut down to the `<page>` whose
title is TITLE: silver/build.py reads only the first page of a file.
"""
import re, subprocess, sys

def main(git_dir, commit, pages, out):
    titles = [l.rstrip('\n') for l in open(pages, encoding='utf-8')
              if l.strip() and not l.startswith('#')]
    for t in titles:
        raw = subprocess.run(['git', '-C', git_dir, 'show', f'{commit}:test/fixtures/{t}.xml'],
                             check=True, capture_output=True).stdout.decode('utf-8')
        pages_ = re.findall(r'<page>.*?</page>', raw, re.S)
        if len(pages_) > 1:
            own = [p for p in pages_ if re.search(r'<title>(.*?)</title>', p).group(1) == t]
            if len(own) != 1:
                sys.exit(f'{t}: {len(pages_)} pages, none titled so')
            raw = '  ' + own[0] + '\n'
        with open(f'{out}/{t}.xml', 'w', encoding='utf-8') as f:
            f.write(raw)
    print(len(titles), 'fixtures')

main(*sys.argv[1:5])
