#!/usr/bin/env python3
"""Turns saved Wikipedia article pages (the HTML a browser gets) back into
wikitext close enough to the page's own for ../shared/eval/silver/build.py:
the infobox table becomes an {{Infobox film}} / {{Infobox television}}
template whose fields hold the linked names ([[Target|text]], one per
<br />), and the article body becomes paragraphs, headings, lists and
wikitables with its links. Used for the wikiD set (see README.md), whose
sources hold rendered pages, not exports.

  html_to_wikitext.py OUT_DIR PAGE.html...   (writes OUT_DIR/TITLE.mediawiki)

A page rendered without its frame (action=render) names no title: it is
read from PAGE.json beside it ({"title": ...}).

then wrap_wikitext.py turns the .mediawiki files into one-page exports.
Dropped, as the wikitext renders them to nothing or to non-prose: reference
marks and lists, edit links, the table of contents, hatnotes, navigation
boxes, image thumbnails, and the References / External links sections.
Needs python3-bs4.
"""
import json
import os
import re
import sys
import urllib.parse

from bs4 import BeautifulSoup, NavigableString, Tag

# infobox row label -> template field (the field names build.py scores)
LABELS = {
    'directed by': 'director', 'produced by': 'producer',
    'written by': 'writer', 'screenplay by': 'screenplay',
    'story by': 'story', 'based on': 'based_on', 'starring': 'starring',
    'voices of': 'voices', 'narrated by': 'narrator', 'music by': 'music',
    'composer': 'composer', 'composers': 'composer',
    'cinematography': 'cinematography', 'edited by': 'editing',
    'production company': 'studio', 'production companies': 'studio',
    'production companies ': 'studio', 'distributed by': 'distributor',
    'created by': 'creator', 'developed by': 'developer',
    'original network': 'network', 'network': 'network',
    'executive producer': 'executive_producer',
    'executive producers': 'executive_producer',
    'country': 'country', 'country of origin': 'country',
    'language': 'language', 'original language': 'language',
    'release date': 'released', 'running time': 'runtime',
    'no. of seasons': 'num_seasons', 'no. of series': 'num_series',
    'no. of episodes': 'num_episodes', 'genre': 'genre',
    # the labels of older pages (2014): "Producer(s)", "Original channel"
    'producer(s)': 'producer', 'executive producer(s)': 'executive_producer',
    'composer(s)': 'composer', 'production company(s)': 'studio',
    'original channel': 'network',
    'presented by': 'presenter', 'theme music composer': 'theme_music_composer',
}
DROP_SECTIONS = {'references', 'notes', 'external links', 'further reading',
                 'sources', 'bibliography', 'citations', 'footnotes'}
DROP_CLASSES = ('reference', 'mw-editsection', 'toc', 'hatnote', 'navbox',
                'thumb', 'reflist', 'references', 'metadata', 'sidebar',
                'mw-empty-elt', 'noprint', 'mbox-small', 'ambox', 'portal',
                'shortdescription', 'vertical-navbox', 'authority-control')


def link_target(a):
    # "/wiki/X" in a saved page, "//en.wikipedia.org/wiki/X" in a rendered
    # one (action=render)
    href = re.sub(r'^(?:https?:)?//en\.wikipedia\.org(?=/wiki/)', '', a.get('href', ''))
    if not href.startswith('/wiki/'):
        return None
    target = urllib.parse.unquote(href[len('/wiki/'):].split('#')[0])
    target = target.replace('_', ' ')
    if ':' in target:
        return None
    return target


def inline(node):
    """Wikitext of an inline node: links as [[T|text]], bold/italic marks."""
    if isinstance(node, NavigableString):
        return str(node).replace('\n', ' ')
    if not isinstance(node, Tag):
        return ''
    if node.name == 'br':
        return '<br />'
    inner = ''.join(inline(c) for c in node.children)
    if node.name == 'a':
        target = link_target(node)
        text = node.get_text()
        if target is None or not text.strip():
            return inner
        return '[[%s]]' % target if target == text else '[[%s|%s]]' % (target, text)
    if node.name == 'b':
        return "'''%s'''" % inner if inner.strip() else inner
    if node.name == 'i':
        return "''%s''" % inner if inner.strip() else inner
    return inner


def infobox_template(table):
    kind = 'film'
    fields = []
    for tr in table.find_all('tr'):
        th, td = tr.find('th'), tr.find('td')
        if th is None or td is None:
            continue
        label = re.sub(r'\s+', ' ', th.get_text(' ')).strip().lower()
        key = LABELS.get(label)
        if key is None:
            continue
        if key in ('network', 'creator', 'num_episodes', 'num_seasons'):
            kind = 'television'
        items = td.find_all('li')
        if items:
            parts = [inline(li).strip() for li in items]
        else:
            parts = [p.strip() for p in inline(td).split('<br />')]
        fields.append((key, '<br />'.join(p for p in parts if p)))
    name = table.find('th', class_=re.compile('summary|infobox-above'))
    lines = ['{{Infobox %s' % kind]
    if name is not None:
        lines.append('| name = %s' % name.get_text(' ').strip())
    lines += ['| %s = %s' % kv for kv in fields]
    lines.append('}}')
    return '\n'.join(lines)


def table_text(table):
    rows = ['{| class="wikitable"']
    for tr in table.find_all('tr'):
        rows.append('|-')
        for cell in tr.find_all(['th', 'td'], recursive=False):
            mark = '!' if cell.name == 'th' else '|'
            rows.append('%s %s' % (mark, inline(cell).strip()))
    rows.append('|}')
    return '\n'.join(rows)


def list_text(lst, depth=1):
    out = []
    mark = ('#' if lst.name == 'ol' else '*') * depth
    for li in lst.find_all('li', recursive=False):
        nested = [c for c in li.children if isinstance(c, Tag) and c.name in ('ul', 'ol')]
        for n in nested:
            n.extract()
        text = inline(li).strip()
        if text:
            out.append('%s %s' % (mark, text))
        for n in nested:
            out.extend(list_text(n, depth + 1))
    return out


def block(node, out):
    """Appends the wikitext lines of one top-level block to out."""
    if not isinstance(node, Tag):
        return
    if node.name in ('h2', 'h3', 'h4'):
        level = int(node.name[1])
        out.append('')
        out.append('%s %s %s' % ('=' * level, node.get_text(' ').strip(), '=' * level))
    elif node.name == 'p':
        text = inline(node).strip()
        if text:
            out.append('')
            out.append(text)
    elif node.name in ('ul', 'ol'):
        out.extend(list_text(node))
    elif node.name == 'dl':
        for c in node.find_all(['dt', 'dd'], recursive=False):
            out.append('%s %s' % (';' if c.name == 'dt' else ':', inline(c).strip()))
    elif node.name == 'table' and 'wikitable' in (node.get('class') or []):
        out.append(table_text(node))
    elif node.name == 'div':
        for c in node.children:
            block(c, out)


def convert(html, title=None):
    """(title, wikitext) of a page; title is for a page rendered without
    its frame (action=render), which names no title itself."""
    soup = BeautifulSoup(html, 'lxml')
    h1 = soup.find(id='firstHeading')
    if h1 is not None:
        title = h1.get_text().strip()
    elif title is None:
        title = soup.title.get_text().split(' - ')[0]
    body = (soup.select_one('#mw-content-text .mw-parser-output') or
            soup.select_one('#mw-content-text') or soup.body or soup)
    for el in body.find_all(['style', 'script', 'sup']):
        if el.name != 'sup' or 'reference' in (el.get('class') or []):
            el.decompose()
    for el in body.find_all(class_=lambda c: c and any(k in c for k in DROP_CLASSES)):
        el.decompose()
    box = body.find('table', class_='infobox')
    lines = []
    if box is not None:
        lines.append(infobox_template(box))
        box.decompose()
    dropping = False
    for node in list(body.children):
        if isinstance(node, Tag) and node.name == 'h2':
            dropping = node.get_text(' ').strip().lower() in DROP_SECTIONS
        if not dropping:
            block(node, lines)
    text = '\n'.join(lines)
    return title, re.sub(r'\n{3,}', '\n\n', text).strip() + '\n'


def main(argv):
    if len(argv) < 3:
        sys.stderr.write('usage: html_to_wikitext.py OUT_DIR PAGE.html...\n')
        return 2
    os.makedirs(argv[1], exist_ok=True)
    for path in argv[2:]:
        # a rendered page's title: PAGE.json beside it ({"title": ...}, as
        # WikiTableQuestions keeps them)
        side = os.path.splitext(path)[0] + '.json'
        given = None
        if os.path.exists(side):
            with open(side, encoding='utf-8') as f:
                given = json.load(f).get('title')
        with open(path, encoding='utf-8') as f:
            title, text = convert(f.read(), given)
        name = title.replace('/', '_')
        tmp = os.path.join(argv[1], name + '.mediawiki.tmp')
        with open(tmp, 'w', encoding='utf-8') as f:
            f.write(text)
        os.replace(tmp, os.path.join(argv[1], name + '.mediawiki'))
        print(title)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
