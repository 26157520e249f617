#!/usr/bin/python3
"""costars_check.py: the costars diagram of many articles is readable.

    /usr/bin/python3 tests/costars_check.py --name NAME [--edges X.edges.csv]
        DIAGRAM.svg [IMAGE.png]

Reads the Graphviz SVG of a --view costars run: every node label is at
least MIN_PT points (MIN_PT * 96 / 72 pixels in the PNG), no two labels'
boxes overlap (a label's box: its text's width estimated from Helvetica's
widest average advance, its font size high), there are labels at all, and
the picture is under MAX_PX pixels a side (from the PNG's header when
given, else from the SVG's size at 96 dpi). With --edges (the CSV edge
table of the same run), the main actors of each work are named: every
work with actors in the drawing has at least PER_WORK of them labelled
(all when it has fewer), whatever its size. Prints "ok - ..." / "not ok -
..." lines; exits 1 when a check failed.
"""
import argparse
import csv
import struct
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
MIN_PT = 10.0
MAX_PX = 5000
ADVANCE = 0.6  # of the font size: an upper bound of Helvetica's mean width
PER_WORK = 3  # TOP_PER_WORK of src/write_dot_costars.c


def labels(path):
    """[(text, x0, y0, x1, y1, size)] of the node labels."""
    out = []
    for g in ET.parse(path).getroot().iter(SVG + "g"):
        if g.get("class") != "node":
            continue
        for t in g.iter(SVG + "text"):
            size = float(t.get("font-size"))
            x, y, text = float(t.get("x")), float(t.get("y")), t.text or ""
            w = ADVANCE * size * len(text)
            out.append((text, x - w / 2, y - size, x + w / 2, y, size))
    return out


def drawn(path):
    """{node id (slug): labelled?} of the drawn nodes."""
    out = {}
    for g in ET.parse(path).getroot().iter(SVG + "g"):
        if g.get("class") == "node":
            title = g.find(SVG + "title")
            out[title.text] = g.find(".//" + SVG + "text") is not None
    return out


def unnamed_works(svg, edges):
    """Works whose drawn cast has fewer than PER_WORK labels (or fewer
    than all of it when smaller): [(work, drawn, labelled)]."""
    nodes = drawn(svg)
    cast = {}
    with open(edges, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["predicate"] == "castMember" and r["target"] in nodes:
                cast.setdefault(r["source"], set()).add(r["target"])
    bad = []
    for work, members in sorted(cast.items()):
        named = sum(nodes[m] for m in members)
        if named < min(PER_WORK, len(members)):
            bad.append((work, len(members), named))
    return bad, len(cast)


def overlaps(boxes):
    """The first pair of boxes that intersect, or None (sweep on x)."""
    boxes = sorted(boxes, key=lambda b: b[1])
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if b[1] >= a[3]:
                break
            if b[2] < a[4] and a[2] < b[4]:
                return a[0], b[0]
    return None


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--name", default="costars")
    ap.add_argument("--edges", help="NAME.edges.csv of the same run")
    ap.add_argument("svg")
    ap.add_argument("png", nargs="?")
    a = ap.parse_args()
    failed = False

    def check(ok, what, why=""):
        nonlocal failed
        failed |= not ok
        print(f"{'ok' if ok else 'not ok'} - {a.name}: {what}"
              + ("" if ok or not why else f": {why}"))

    boxes = labels(a.svg)
    check(len(boxes) >= 10, f"{len(boxes)} node labels", "too few")
    small = [b for b in boxes if b[5] < MIN_PT]
    check(not small, f"every label at least {MIN_PT:g} pt",
          small[:1] and f"{small[0][0]!r} is {small[0][5]} pt")
    pair = overlaps(boxes)
    check(pair is None, "no two labels overlap", pair)
    if a.edges:
        bad, nworks = unnamed_works(a.svg, a.edges)
        check(nworks and not bad, f"each of {nworks} works has its main "
              f"actors named (at least {PER_WORK})", bad[:2])
    if a.png:
        size = png_size(a.png)
        check(size is not None and max(size) < MAX_PX,
              f"the PNG is {size} px, under {MAX_PX} a side")
    else:
        root = ET.parse(a.svg).getroot()
        pt = [float(v) for v in root.get("viewBox").split()[2:]]
        check(max(pt) * 96 / 72 < MAX_PX,
              f"the picture is under {MAX_PX} px a side at 96 dpi")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
