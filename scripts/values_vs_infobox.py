#!/usr/bin/env python3
"""values_vs_infobox.py: the work's values screenkg exports (release
date, running time, genres, season and episode counts) against what the
page's first infobox states, on a folder of MediaWiki exports
(NAME/page.xml, as /work/shared/eval/wiki-dev/xml).

The infobox is read here by its own small parser, not screenkg's: its
first full date of released / first_aired / release_date ({{Film date}},
{{Start date}}, "18 August 2017", "August 18, 2017"), the number that
opens runtime ("124 minutes"; none for a range or a total), each genre
item, num_seasons, num_episodes. A value screenkg exports is right when
the infobox states it, wrong when the infobox states another value of
that predicate, extra when the infobox states none (a film infobox has
no genre field: the lead's genres are listed for a reader to judge);
missing: an infobox value screenkg does not export.
Usage: values_vs_infobox.py SCREENKG CORPUS_DIR [-v]
"""
import html
import os
import re
import subprocess
import sys
import tempfile

MONTHS = {m: i + 1 for i, m in enumerate(
    'january february march april may june july august september october '
    'november december'.split())}
PREDS = ('releaseDate', 'runningTime', 'genre', 'numberOfSeasons',
         'numberOfEpisodes')


def first_infobox(text):
    """The body of the first {{Infobox ...}}, braces matched."""
    m = re.search(r'\{\{\s*Infobox', text, re.I)
    if not m:
        return ''
    depth, i = 0, m.start()
    while i < len(text):
        if text.startswith('{{', i):
            depth, i = depth + 1, i + 2
        elif text.startswith('}}', i):
            depth, i = depth - 1, i + 2
            if depth == 0:
                return text[m.start() + 2:i - 2]
        else:
            i += 1
    return text[m.start():]


def fields(box):
    """{key: value} of the top-level fields of an infobox body."""
    out, depth, cur, key = {}, 0, [], None
    parts, i = [], 0
    while i < len(box):
        two = box[i:i + 2]
        if two in ('{{', '[['):
            depth += 1
            cur.append(two)
            i += 2
        elif two in ('}}', ']]'):
            depth -= 1
            cur.append(two)
            i += 2
        elif box[i] == '|' and depth == 0:
            parts.append(''.join(cur))
            cur, i = [], i + 1
        else:
            cur.append(box[i])
            i += 1
    parts.append(''.join(cur))
    for p in parts[1:]:
        if '=' in p:
            k, v = p.split('=', 1)
            out[k.strip().lower().replace('_', ' ')] = v.strip()
    return out


def clean(v):
    v = re.sub(r'<!--.*?-->', '', v, flags=re.S)
    v = re.sub(r'<ref[^>]*/>', '', v)
    v = re.sub(r'<ref.*?(</ref>|$)', '', v, flags=re.S)
    return v.strip()


def date_of(v):
    m = re.match(r'\{\{\s*(?:film|start) date\s*\|([^}]*)', v, re.I)
    if m:
        nums = [a.strip() for a in m.group(1).split('|') if '=' not in a]
        if len(nums) >= 3 and all(n.isdigit() for n in nums[:3]):
            return '%04d-%02d-%02d' % tuple(int(n) for n in nums[:3])
        return None
    m = re.match(r'(\d{1,2}) ([A-Za-z]+) (\d{4})', v)
    if m and m.group(2).lower() in MONTHS:
        return '%s-%02d-%02d' % (m.group(3), MONTHS[m.group(2).lower()],
                                 int(m.group(1)))
    m = re.match(r'([A-Za-z]+) (\d{1,2}),? (\d{4})', v)
    if m and m.group(1).lower() in MONTHS:
        return '%s-%02d-%02d' % (m.group(3), MONTHS[m.group(1).lower()],
                                 int(m.group(2)))
    return None


def genres_of(v):
    v = re.sub(r'\{\{\s*(?:ubl|unbulleted list|plainlist|flatlist|hlist)\s*\|?',
               '', v, flags=re.I).replace('}}', '')
    v = re.sub(r'\[\[(?:[^|\]]*\|)?([^\]]*)\]\]', r'\1', v)
    items = re.split(r'\||<br\s*/?>|\n\*|^\*|,', v)
    return {i.strip(' *').strip() for i in items if i.strip(' *').strip()}


def gold(path):
    with open(path, encoding='utf-8') as f:
        text = html.unescape(f.read())
    fs = {k: clean(v) for k, v in fields(first_infobox(text)).items()}
    g = {p: set() for p in PREDS}
    for k in ('released', 'first aired', 'release date'):
        if fs.get(k):
            d = date_of(fs[k])
            if d:
                g['releaseDate'].add(d)
            break
    m = re.match(r'(\d+)\s*(?:minutes|mins?)\b', fs.get('runtime', ''), re.I)
    if m:
        g['runningTime'].add('PT%sM' % m.group(1))
    g['genre'] = genres_of(fs.get('genre', ''))
    for k, p in (('num seasons', 'numberOfSeasons'),
                 ('num episodes', 'numberOfEpisodes')):
        m = re.match(r'([\d,]+)', fs.get(k, ''))
        if m:
            g[p].add(m.group(1).replace(',', ''))
    return g


def exported(binary, page):
    with tempfile.TemporaryDirectory() as d:
        subprocess.run([binary, '-q', '-o', d, '-n', 'p', '-f', 'facts', page],
                       check=True)
        got = {p: set() for p in PREDS}
        with open(os.path.join(d, 'p.facts.tsv'), encoding='utf-8') as f:
            for line in f:
                c = line.rstrip('\n').split('\t')
                if len(c) >= 5 and c[2] in got and c[4] == 'literal':
                    got[c[2]].add(c[3])
        return got


def main():
    verbose = '-v' in sys.argv
    args = [a for a in sys.argv[1:] if a != '-v']
    binary, corpus = args
    tot = {p: [0, 0, 0, 0] for p in PREDS}  # right wrong extra missing
    for name in sorted(os.listdir(corpus)):
        page = os.path.join(corpus, name, 'page.xml')
        if not os.path.exists(page):
            continue
        g, e = gold(page), exported(binary, page)
        for p in PREDS:
            for v in sorted(e[p]):
                k = 0 if v in g[p] else (1 if g[p] else 2)
                tot[p][k] += 1
                if k and verbose:
                    print('%s\t%s\t%s\t%s' % (name, ('wrong', 'extra')[k - 1],
                                              p, v))
            for v in sorted(g[p] - e[p]):
                tot[p][3] += 1
                if verbose:
                    print('%s\tmissing\t%s\t%s' % (name, p, v))
    print('predicate\tright\twrong\textra\tmissing')
    for p in PREDS:
        print('%s\t%d\t%d\t%d\t%d' % ((p,) + tuple(tot[p])))


if __name__ == '__main__':
    main()
