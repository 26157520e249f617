#!/usr/bin/env python3
"""reachable.py: how many gold facts the text names at all, and screenkg's
recall among those ("recall of facts the text names").

Silver gold comes from the infobox and Re-DocRED gold from annotators who
read the whole page; a fact whose subject or object is never named in the
text screenkg reads cannot be extracted from it, so the gap between two
sets' recall is only a weakness of the rules where it remains among the
facts the text names.  Two ceilings are counted for every gold fact:

  named     both the subject's and the object's names (label or any alias,
            compared as score.py compares labels: case, accents and
            punctuation folded, whole words) occur somewhere in the text;
  together  the object's name occurs in one sentence or list line that also
            names the subject -- for the page's own work (the subject of
            most gold facts) "the film", "the series", a sentence starting
            "It" or a list line (a cast or crew list) stand for the name.  A rough upper
            bound of "stated", not a proof of it.

Each is counted twice: with full names only, and with a person's surname
alone counting as a mention of that person (--surname prints the second
column set; both are always printed in the totals).

Prints totals only, one row per predicate and one for all, so it may be
run on held-out sets that must never be opened page by page.  --misses N
lists up to N facts stated together (second ceiling) that screenkg missed, for open sets only (it
refuses a path naming wikiB or redocred-test).

usage: reachable.py [--bin SCREENKG | --facts-dir DIR] [--predicates p,q]
                    [--label TEXT] [--misses N] [--score SCORE_PY] CORPUS
CORPUS holds one folder per page with article.txt, entities.tsv and
facts.tsv (the silver prose and Re-DocRED layouts, FORMAT.md).
Exit status 0, or 2 when an input cannot be read."""
import argparse
import importlib.util
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCORE = os.path.join(HERE, '..', '..', '..', 'shared', 'eval', 'score.py')
CLOSED_SETS = ('wikiB', 'redocred-test')   # never looked at page by page
# Words that let a sentence speak of the page's work without its title.
WORK_NOUNS = {'film', 'films', 'movie', 'series', 'show', 'episode', 'season',
              'miniseries', 'sitcom', 'programme', 'program', 'serial',
              'documentary', 'picture', 'feature', 'drama', 'comedy'}
# A sentence ends at . ! ? before a space and a capital or a quote.
SENT_END = re.compile(r'(?<=[.!?])["\u201d]?\s+(?=["\u201c(]?[A-Z0-9])')


def load_score(path):
    spec = importlib.util.spec_from_file_location('score', path)
    if spec is None or spec.loader is None:
        raise OSError('cannot load %s' % path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def units(text):
    """The text's sentences and list lines, each as (words, is_list_line)."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        is_list = len(line) < 160 and not line.endswith(('.', '!', '?', ':'))
        for sent in SENT_END.split(line):
            out.append((sent, is_list))
    return out


def padded(sc, s):
    return ' ' + sc.key(s) + ' '


def names_of(sc, gold, eid, surname):
    """Normalised names of a gold entity (padded for whole-word search)."""
    e = gold.entities[eid]
    keys = {k for k, ids in gold.by_key.items() if eid in ids and k}
    if surname and e['classes'] is not None and 'PERSON' in e['classes']:
        keys |= {k.split()[-1] for k in list(keys) if len(k.split()) > 1}
    return [' %s ' % k for k in keys]


class Page:
    """The text of one page, searchable by normalised name."""
    def __init__(self, sc, text):
        self.whole = padded(sc, text)
        self.units = [(padded(sc, s), lst) for s, lst in units(text)]

    def has(self, names):
        return any(n in self.whole for n in names)

    def together(self, subj, obj, work_subject):
        for u, lst in self.units:
            if not any(n in u for n in obj):
                continue
            if any(n in u for n in subj):
                return True
            if work_subject and (lst or u.startswith(' it ') or
                                 WORK_NOUNS & set(u.split())):
                return True
        return False


def fact_parts(key):
    """(subject id, object id or None) of a score.py fact key."""
    p, s, obj = key
    return s, (obj[1] if obj[0] == 'e' else None)


def own_work(gold):
    """The page's own work: the work that is the subject of most gold
    facts (the one "the film" or a cast list speaks of)."""
    count = {}
    for k in gold.facts:
        c = gold.entities[k[1]]['classes']
        if k[0] != 'type' and c is not None and 'WORK' in c:
            count[k[1]] = count.get(k[1], 0) + 1
    return max(sorted(count), key=count.get) if count else None


def reach(sc, gold, page, key, surname, own):
    """(named, together) for one gold fact; own is the page's work."""
    s, o = fact_parts(key)
    sn = names_of(sc, gold, s, surname)
    if key[0] == 'type' or o is None:
        return page.has(sn), page.has(sn)
    on = names_of(sc, gold, o, surname)
    named = page.has(sn) and page.has(on)
    return named, named and page.together(sn, on, s == own)


def matched_keys(sc, gold, export, preds):
    res = sc.score_doc(gold, export, preds)
    missed = set(res['misses'])
    facts = {k: v for k, v in gold.facts.items() if k[0] in preds}
    return facts, {k for k, v in facts.items() if '\t'.join(v) not in missed}


def export_all(binary, corpus, names, outdir):
    for n in names:
        art = os.path.join(corpus, n, 'article.txt')
        subprocess.run([binary, '-q', '-o', outdir, '-n', n, '--format', 'facts', art],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)


COLS = ('named', 'named+sur', 'together', 'together+sur')


def tally(sc, corpus, names, facts_dir, preds, want_misses):
    """Per predicate: gold, tp, and per ceiling column [reachable, tp]."""
    per, misses = {}, []
    for n in names:
        d = os.path.join(corpus, n)
        gold = sc.Gold(d)
        with open(os.path.join(d, 'article.txt'), encoding='utf-8', errors='replace') as f:
            page = Page(sc, f.read())
        export = sc.read_export(os.path.join(facts_dir, n + '.facts.tsv'), missing_ok=True)
        facts, hit = matched_keys(sc, gold, export, preds)
        own = own_work(gold)
        for k in facts:
            row = per.setdefault(k[0], {'gold': 0, 'tp': 0, **{c: [0, 0] for c in COLS}})
            row['gold'] += 1
            row['tp'] += k in hit
            flags = reach(sc, gold, page, k, False, own) + reach(sc, gold, page, k, True, own)
            for c, ok in zip(('named', 'together', 'named+sur', 'together+sur'), flags):
                row[c][0] += ok
                row[c][1] += ok and k in hit
            if want_misses and flags[1] and k not in hit and k[0] != "type":
                misses.append('%s\t%s' % (n, '\t'.join(facts[k])))
    return per, misses


def fmt(row):
    g = row['gold']
    cells = ['%5d  %5.3f' % (g, row['tp'] / g if g else 0)]
    for c in COLS:
        r, t = row[c]
        cells.append('%4d %5.3f %5.3f' % (r, r / g if g else 0, t / r if r else 0))
    return '  '.join(cells)


def totals(per):
    total = {'gold': 0, 'tp': 0, **{c: [0, 0] for c in COLS}}
    for row in per.values():
        total['gold'] += row['gold']
        total['tp'] += row['tp']
        for c in COLS:
            total[c] = [a + b for a, b in zip(total[c], row[c])]
    return total


def report(per, label):
    """One row per predicate: gold, recall, then for each ceiling the facts
    it keeps, their share of the gold and screenkg's recall among them."""
    print('== %s: recall of facts the text names' % label)
    print('%-18s %5s  %5s  %s' % ('predicate', 'gold', 'R', '  '.join(
        '%-16s' % ('%s: n share R' % c) for c in COLS)))
    for p in sorted(per):
        print('%-18s %s' % (p, fmt(per[p])))
    print('%-18s %s' % ('all', fmt(totals(per))))


def summary_line(total, label):
    g = total['gold'] or 1
    n, t = total['named'], total['together']
    print('%s: recall %.3f; text names %d of %d facts (%.3f), recall of those %.3f; '
          'in one sentence %d (%.3f), recall of those %.3f' %
          (label, total['tp'] / g, n[0], total['gold'], n[0] / g, n[1] / (n[0] or 1),
           t[0], t[0] / g, t[1] / (t[0] or 1)))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('corpus')
    ap.add_argument('--bin')
    ap.add_argument('--facts-dir')
    ap.add_argument('--predicates')
    ap.add_argument('--label')
    ap.add_argument('--misses', type=int, default=0)
    ap.add_argument('--short', action='store_true', help='one summary line only')
    ap.add_argument('--score', default=os.environ.get('SCORE_PY', DEFAULT_SCORE))
    a = ap.parse_args(argv)
    if a.misses and any(c in os.path.realpath(a.corpus) or c in a.corpus for c in CLOSED_SETS):
        print('reachable.py: --misses is refused on a held-out set (totals only)', file=sys.stderr)
        return 2
    if bool(a.bin) == bool(a.facts_dir):
        print('reachable.py: give exactly one of --bin and --facts-dir', file=sys.stderr)
        return 2
    try:
        sc = load_score(a.score)
    except (OSError, SyntaxError) as e:
        print('reachable.py: %s: %s' % (a.score, e), file=sys.stderr)
        return 2
    try:
        names = sorted(n for n in os.listdir(a.corpus)
                       if os.path.isfile(os.path.join(a.corpus, n, 'facts.tsv')))
        preds = a.predicates.split(',') if a.predicates else [p for p in sc.PREDICATES]
        with tempfile.TemporaryDirectory() as tmp:
            facts_dir = a.facts_dir or tmp
            if a.bin:
                export_all(os.path.abspath(a.bin), a.corpus, names, tmp)
            per, misses = tally(sc, a.corpus, names, facts_dir, preds, a.misses)
    except (OSError, sc.InputError) as e:
        print('reachable.py: %s' % e, file=sys.stderr)
        return 2
    label = a.label or os.path.basename(os.path.normpath(a.corpus))
    if not a.short:
        report(per, label)
    summary_line(totals(per), label)
    for m in misses[:a.misses]:
        print(m)
    return 0


if __name__ == '__main__':
    sys.exit(main())
