#!/usr/bin/env python3
"""Wraps raw wikitext files (one page each, the page title as the file name
without its extension) as one-page MediaWiki exports that
../shared/eval/silver/build.py reads. Used for the wikiC set (see README.md):

  git -C atlas show b2587ed2b:"src/test/resources/.../film/Hackers.mediawiki" > Hackers.mediawiki
  wrap_wikitext.py OUT_DIR FILE.mediawiki...   (writes OUT_DIR/TITLE.xml)
"""
import html
import os
import sys


def export(title, text):
    return ('<page>\n    <title>%s</title>\n    <ns>0</ns>\n    <revision>\n'
            '      <model>wikitext</model>\n      <format>text/x-wiki</format>\n'
            '      <text xml:space="preserve">%s</text>\n    </revision>\n'
            '  </page>\n' % (html.escape(title, quote=False),
                             html.escape(text, quote=False)))


def main(argv):
    if len(argv) < 3:
        sys.stderr.write('usage: wrap_wikitext.py OUT_DIR FILE...\n')
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    for path in argv[2:]:
        title = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding='utf-8') as f:
            text = f.read()
        tmp = os.path.join(out, title + '.xml.tmp')
        with open(tmp, 'w', encoding='utf-8') as f:
            f.write(export(title, text))
        os.replace(tmp, os.path.join(out, title + '.xml'))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
