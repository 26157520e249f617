#!/usr/bin/env python3
"""gen_multistream.py: a MediaWiki dump in Wikipedia's mix, compressed the
way Wikipedia publishes its "multistream" dumps, for make bench and the
dump tests.

Usage: gen_multistream.py [--films N] [--copies K] [--plain] [--works-only]
                          OUT.xml.bz2

The film and series pages are the real pages of ../shared/eval/wiki-dev/xml
(their <page> elements as they are), or, with --films N, N invented ones
(for the tests, which must not depend on ../shared). Around them go
invented pages that are not about a work, in about Wikipedia's
proportion: 97 of every 100 articles (settlements, people, species,
albums, companies; a person of the film industry now and then, whose lead
says "film" without being about one), plus one redirect for every two
articles and a talk page now and then. --copies K repeats the whole set K
times with distinct titles; --works-only leaves the other pages out.
Deterministic (a fixed seed).

Like Wikipedia's dumps: the <siteinfo> head is one bzip2 stream, then each
run of 100 pages is one stream, then the closing tag; OUT.index.txt is
the index ("OFFSET:PAGEID:TITLE", OFFSET the byte where the page's stream
starts). With --plain the XML itself is written (no compression, no
index). OUT.json: pages, films, bytes of XML. Written to temporary files
and renamed.
"""
import argparse
import bz2
import glob
import json
import os
import random
import re
import sys
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("SHARED") or os.path.join(ROOT, "..", "shared")
HEAD = ('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" '
        'version="0.10" xml:lang="en">\n  <siteinfo>\n    <sitename>'
        'screenkg bench</sitename>\n  </siteinfo>\n')
TAIL = "</mediawiki>\n"
PER_STREAM = 100
WORK_SHARE = 0.03

SYL = ["ka", "lo", "ven", "mar", "tis", "bel", "dru", "an", "sor", "qui",
       "fen", "ha", "rok", "mel", "tur", "es", "vin", "pal", "nor", "zed"]


def word(rng, n=None):
    return "".join(rng.choice(SYL) for _ in range(n or rng.randint(2, 3)))


def name(rng):
    return word(rng).capitalize() + " " + word(rng).capitalize()


def filler(rng, sentences):
    out = []
    for _ in range(sentences):
        ws = [word(rng) for _ in range(rng.randint(8, 20))]
        ws[0] = ws[0].capitalize()
        if rng.random() < 0.3:
            ws[rng.randrange(len(ws))] = f"[[{name(rng)}]]"
        out.append(" ".join(ws) + ".")
    return " ".join(out)


def sections(rng, heads):
    """The body: the sections named, then more, to about the 14 kB of an
    average English Wikipedia article (95 GB of XML over about 6.8
    million articles and 10 million short redirects)."""
    more = [f"{word(rng).capitalize()} {word(rng)}"
            for _ in range(rng.randint(2, 6))]
    return "".join(f"\n\n== {h} ==\n{filler(rng, rng.randint(10, 30))}"
                   for h in heads + more)


def settlement(rng, t):
    country = word(rng).capitalize() + "ia"
    return t, (f"{{{{Infobox settlement\n| name = {t}\n| country = {country}"
               f"\n| population_total = {rng.randint(500, 90000)}\n}}}}\n"
               f"'''{t}''' is a town in the {word(rng).capitalize()} region "
               f"of [[{country}]]. {filler(rng, 3)}"
               + sections(rng, ["History", "Geography", "Economy"]) +
               f"\n\n[[Category:Towns in {country}]]")


def person(rng, t):
    job = rng.choice(["painter", "footballer", "politician", "chemist",
                      "poet", "architect"])
    y = rng.randint(1850, 1995)
    return t, (f"{{{{Infobox person\n| name = {t}\n| birth_date = {y}\n}}}}"
               f"\n'''{t}''' (born {y}) is a {word(rng).capitalize()} {job}."
               f" {filler(rng, 3)}" + sections(rng, ["Early life", "Career"])
               + f"\n\n[[Category:{y} births]]\n[[Category:Living people]]")


def film_person(rng, t):
    """Of the film industry: its lead names a film, it is about no work."""
    return t, (f"{{{{Infobox person\n| name = {t}\n| occupation = Actor\n}}}}"
               f"\n'''{t}''' is an actor known for the film ''"
               f"{word(rng).capitalize()} {word(rng).capitalize()}''. "
               f"{filler(rng, 2)}" + sections(rng, ["Career"]) +
               "\n\n[[Category:Living people]]")


def species(rng, t):
    return t, (f"{{{{Speciesbox\n| genus = {word(rng).capitalize()}\n}}}}\n"
               f"'''''{t}''''' is a species of moth of the family "
               f"{word(rng).capitalize()}idae. {filler(rng, 2)}"
               + sections(rng, ["Description"]) +
               f"\n\n[[Category:Moths described in {rng.randint(1800, 2000)}]]")


def album(rng, t):
    return t, (f"{{{{Infobox album\n| name = {t}\n| type = studio\n}}}}\n"
               f"'''''{t}''''' is the second studio album by "
               f"[[{name(rng)}]]. {filler(rng, 3)}"
               + sections(rng, ["Background", "Track listing"]) +
               "\n\n[[Category:Albums]]")


def company(rng, t):
    return t, (f"{{{{Infobox company\n| name = {t}\n}}}}\n'''{t}''' is a "
               f"manufacturer of {word(rng)} equipment based in "
               f"[[{word(rng).capitalize()}]]. {filler(rng, 3)}"
               + sections(rng, ["History", "Products"]) +
               "\n\n[[Category:Manufacturing companies]]")


KINDS = [settlement, settlement, person, person, species, album, company,
         film_person]


def invented_work(rng, i):
    t = f"{word(rng).capitalize()} {word(rng).capitalize()} {i}"
    d, a, b = name(rng), name(rng), name(rng)
    return (f"  <page>\n    <title>{t}</title>\n    <ns>0</ns>\n"
            f"    <id>{i}</id>\n    <revision>\n      <text>"
            + escape(f"{{{{Infobox film\n| name = {t}\n| director = [[{d}]]"
                     f"\n| starring = {{{{Plainlist|\n* [[{a}]]\n* [[{b}]]\n"
                     f"}}}}\n}}}}\n'''''{t}''''' is a 2011 drama film "
                     f"directed by [[{d}]]. It stars [[{a}]] and [[{b}]].\n\n"
                     "[[Category:2011 films]]")
            + "</text>\n    </revision>\n  </page>\n")


def real_works():
    pages = []
    for p in sorted(glob.glob(os.path.join(SHARED, "eval", "wiki-dev", "xml",
                                           "*", "page.xml"))):
        with open(p, encoding="utf-8") as f:
            m = re.search(r" *<page>.*</page>\n?", f.read(), re.S)
        if m:
            pages.append("  " + m.group(0).lstrip() + "\n")
    if not pages:
        sys.exit(f"gen_multistream: no pages under {SHARED}/eval/wiki-dev/xml")
    return pages


def retitle(page, copy):
    if copy == 0:
        return page
    return re.sub(r"<title>([^<]*)</title>",
                  lambda m: f"<title>{m.group(1)} (copy {copy})</title>",
                  page, count=1)


def page(title, pid, body, ns=0, redirect=None):
    red = f'    <redirect title="{escape(redirect)}" />\n' if redirect else ""
    return (f"  <page>\n    <title>{escape(title)}</title>\n    <ns>{ns}</ns>"
            f"\n    <id>{pid}</id>\n{red}    <revision>\n      <id>{pid}</id>"
            f'\n      <text xml:space="preserve">{escape(body)}</text>\n'
            f"    </revision>\n  </page>\n")


def others(rng, pid, count):
    """count articles not about a work, each maybe after a redirect to it
    or followed by its talk page."""
    out = []
    for _ in range(count):
        t = name(rng) if rng.random() < 0.5 else word(rng).capitalize()
        t = f"{t} {pid}"
        title, body = rng.choice(KINDS)(rng, t)
        out.append(page(title, pid, body))
        if rng.random() < 0.5:
            out.append(page(title.lower(), pid + 1, f"#REDIRECT [[{title}]]",
                            redirect=title))
        if rng.random() < 0.05:
            out.append(page("Talk:" + title, pid + 2, filler(rng, 2), ns=1))
        pid += 3
    return out, pid


def build(works, copies, works_only=False):
    rng = random.Random(15)
    per_work = 0 if works_only else round((1 - WORK_SHARE) / WORK_SHARE)
    pages, pid = [], 1
    for c in range(copies):
        for w in works:
            pages.append(retitle(w, c))
            more, pid = others(rng, pid, per_work)
            pages.extend(more)
    return pages


def write(out, pages, plain):
    tmp, itmp = out + ".tmp", out + ".index.tmp"
    with open(tmp, "wb") as f, open(itmp, "w", encoding="utf-8") as ix:
        if plain:
            f.write((HEAD + "".join(pages) + TAIL).encode())
        else:
            f.write(bz2.compress(HEAD.encode()))
            for i in range(0, len(pages), PER_STREAM):
                off = f.tell()
                run = pages[i:i + PER_STREAM]
                for p in run:
                    pid = re.search(r"<id>(\d+)</id>", p).group(1)
                    t = re.search(r"<title>([^<]*)</title>", p).group(1)
                    ix.write(f"{off}:{pid}:{t}\n")
                f.write(bz2.compress("".join(run).encode()))
            f.write(bz2.compress(TAIL.encode()))
    os.replace(tmp, out)
    if plain:
        os.unlink(itmp)
    else:
        os.replace(itmp, out + ".index.txt")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--films", type=int, default=0)
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--plain", action="store_true")
    ap.add_argument("--works-only", action="store_true")
    ap.add_argument("out")
    a = ap.parse_args()
    works = ([invented_work(random.Random(i), i) for i in range(a.films)]
             if a.films else real_works())
    pages = build(works, a.copies, a.works_only)
    write(a.out, pages, a.plain)
    xml = len((HEAD + "".join(pages) + TAIL).encode())
    meta = {"pages": len(pages), "films": len(works) * a.copies,
            "articles": sum(1 for p in pages if "<ns>0</ns>" in p and
                            "<redirect" not in p), "xml_bytes": xml}
    with open(a.out + ".json", "w") as f:
        json.dump(meta, f)
    print(json.dumps(meta))


if __name__ == "__main__":
    main()
