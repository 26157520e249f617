#!/usr/bin/env python3
"""gen_dump.py: writes a MediaWiki XML export of a given size from the
shared articles, for the dump rows of make bench.

Usage: gen_dump.py BYTES OUT

The articles (../shared/seeds/*.txt, then ../shared/eval/redocred-dev/
*/article.txt, in name order) become pages in the format src/read_mwxml.c
reads: <mediawiki><page><title/><ns>0</ns><id/><revision><id/><text/>
</revision></page>...</mediawiki>. The whole set is repeated, each copy's
titles made distinct ("Title (copy 12)"; the extractor drops a title's
parenthesis, and these articles have no infobox, so the copies add pages,
not works), until the next page would take the file past BYTES. The file
is streamed to OUT.tmp and renamed: the dump is never in memory, and an
interrupted run leaves no OUT. OUT.json records the target, the size and
the number of pages; a later call with the same target and an intact OUT
reuses it. Deterministic: a smaller dump is a prefix of a larger one, but
for its closing tag.
"""
import glob
import json
import os
import re
import sys
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
VERSION = 1  # bump when the output changes: old dumps are rebuilt

HEAD = ('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" '
        'version="0.10" xml:lang="en">\n  <siteinfo>\n    <sitename>'
        'screenkg bench</sitename>\n  </siteinfo>\n')
TAIL = "</mediawiki>\n"


def title_of(path, text):
    """The subject of the lead sentence ("X is a 1994 film ..."), else the
    article's folder or file name."""
    lead = text.strip().split("\n", 1)[0]
    m = re.match(r"(.{2,80}?) (?:is|was|are|were) ", lead)
    if m:
        return m.group(1)
    base = os.path.basename(os.path.dirname(path)) \
        if path.endswith("article.txt") else os.path.basename(path)
    return os.path.splitext(base)[0].replace("-", " ")


def articles():
    paths = sorted(glob.glob(os.path.join(SHARED, "seeds", "*.txt")))
    paths += sorted(glob.glob(os.path.join(SHARED, "eval", "redocred-dev",
                                           "*", "article.txt")))
    if not paths:
        sys.exit(f"gen_dump: no articles under {SHARED}")
    out = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            text = f.read().strip() + "\n"
        # Escaped once: every copy of a page shares its text.
        out.append((title_of(p, text), escape(text)))
    return out


def page(title, pid, body):
    return (f"  <page>\n    <title>{escape(title)}</title>\n    <ns>0</ns>\n"
            f"    <id>{pid}</id>\n    <revision>\n      <id>{pid}</id>\n"
            f'      <text xml:space="preserve">{body}</text>\n'
            f"    </revision>\n  </page>\n").encode("utf-8")


def reusable(out, target):
    try:
        with open(out + ".json") as f:
            meta = json.load(f)
        return (meta.get("version") == VERSION and meta["target"] == target
                and os.path.getsize(out) == meta["bytes"]) and meta
    except (OSError, ValueError, KeyError):
        return None


def generate(target, out):
    """Writes the dump; returns its metadata (bytes, pages, articles)."""
    meta = reusable(out, target)
    if meta:
        return meta
    arts = articles()
    tail = TAIL.encode()
    tmp = out + ".tmp"
    size = pages = 0
    with open(tmp, "wb", buffering=1 << 20) as f:
        head = HEAD.encode()
        f.write(head)
        size = len(head)
        copy = 0
        while True:
            for title, body in arts:
                t = title if copy == 0 else f"{title} (copy {copy})"
                b = page(t, pages + 1, body)
                if size + len(b) + len(tail) > target:
                    break
                f.write(b)
                size += len(b)
                pages += 1
            else:
                copy += 1
                continue
            break
        f.write(tail)
        size += len(tail)
    if pages == 0:
        os.unlink(tmp)
        sys.exit(f"gen_dump: {target} bytes is too small for one page")
    os.replace(tmp, out)
    meta = {"version": VERSION, "target": target, "bytes": size,
            "pages": pages, "articles": len(arts)}
    with open(out + ".json", "w") as f:
        json.dump(meta, f)
    return meta


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    meta = generate(int(float(argv[1])), argv[2])
    print(json.dumps(meta))


if __name__ == "__main__":
    main(sys.argv)
