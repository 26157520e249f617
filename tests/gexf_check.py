#!/usr/bin/python3
"""gexf_check.py: a GEXF export read back by networkx and compared with the
SVG diagram of the same view.

    /usr/bin/python3 tests/gexf_check.py [--name NAME] [--svg F.svg]
        [--strip OUT] F.gexf

The GEXF file is read with networkx.read_gexf. networkx 2.8 (Debian 12)
knows GEXF 1.1draft and 1.2draft only; version 1.3 is added to its table
of versions with the namespaces networkx 3 uses, the reader being the same.
Checks: every node has a label, a type, a class, an IRI, and viz colour,
position and size; the costars view (undirected) has integer community
ranks and weighted degrees, each node's weighted degree being the sum of
the weights of its edges. With --svg, the SVG of the same view (written
in the same run): the same nodes (by slug, the SVG node title), each
placed where the SVG draws it (the SVG flips y and translates: the
differences must agree to 0.05 pt) and, for ellipses, sized as the larger
radius (to 0.5 pt: the SVG measures the outline's polygon, not the node's
box). With --strip OUT, writes the file without its viz elements to OUT
(for the GEXF 1.3 XSD, whose viz part is unusable; tests/gexf/README.md).
Prints "ok - ..." / "not ok - ..." lines and exits 1 when a check failed.
"""
import argparse
import re
import sys
import xml.etree.ElementTree as ET

import networkx as nx
from networkx.readwrite.gexf import GEXF

GEXF.versions.setdefault("1.3", {
    "NS_GEXF": "http://gexf.net/1.3",
    "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
    "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
    "VERSION": "1.3",
})
VIZ = "{http://gexf.net/1.3/viz}"
SVG = "{http://www.w3.org/2000/svg}"

failed = False


def report(ok, what):
    global failed
    print(("ok - " if ok else "not ok - ") + what)
    failed = failed or not ok


def check_nodes(name, g):
    bad = [n for n, a in g.nodes(data=True)
           if not (a.get("label") and a.get("type") and a.get("class")
                   and a.get("iri", "").startswith("http")
                   and set(a.get("viz", {})) >= {"color", "position", "size"})]
    report(g.number_of_nodes() > 0 and not bad,
           f"{name}: {g.number_of_nodes()} nodes, each with label, type, "
           f"class, iri, viz colour, position and size"
           + (f" (not: {bad[:3]})" if bad else ""))


def check_costars(name, g):
    if g.is_directed():
        report(all(a.get("kind") != "costar" for *_, a in g.edges(data=True)),
               f"{name}: a directed view has no co-star edge")
        return
    wrong = []
    for n, a in g.nodes(data=True):
        total = sum(int(w) for *_, w in g.edges(n, data="weight"))
        if not isinstance(a.get("community"), int) or a.get("weighted_degree") != total:
            wrong.append(n)
    report(not wrong, f"{name}: costars view, integer communities, weighted "
           f"degree = sum of edge weights" + (f" (not: {wrong[:3]})" if wrong else ""))


def svg_nodes(path):
    """slug -> (cx, cy, larger radius) of each SVG node drawn as an ellipse,
    (x, y, None) for a polygon (the centre of its points' box), None for
    a path (rounded boxes)."""
    out = {}
    for grp in ET.parse(path).iter(SVG + "g"):
        if grp.get("class") != "node":
            continue
        title = grp.find(SVG + "title")
        ell = grp.find(".//" + SVG + "ellipse")
        poly = grp.find(".//" + SVG + "polygon")
        if title is None:
            continue
        if ell is None and poly is None:  # a rounded box: a path
            out[title.text] = None
        elif ell is not None:
            out[title.text] = (float(ell.get("cx")), float(ell.get("cy")),
                               max(float(ell.get("rx")), float(ell.get("ry"))))
        else:
            pts = [tuple(map(float, p.split(",")))
                   for p in poly.get("points").split()]
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            out[title.text] = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2, None)
    return out


def check_svg(name, g, svg):
    drawn = svg_nodes(svg)
    ours = {a["slug"]: a["viz"] for _, a in g.nodes(data=True)}
    missing = sorted(set(ours) - set(drawn))
    report(not missing and len(ours) > 0,
           f"{name}: every GEXF node is an SVG node"
           + (f" (not: {missing[:3]})" if missing else ""))
    common = sorted(s for s in set(ours) & set(drawn) if drawn[s])
    if not common:
        return
    first = common[0]
    dx = ours[first]["position"]["x"] - drawn[first][0]
    dy = ours[first]["position"]["y"] + drawn[first][1]
    off = [s for s in common
           if abs(ours[s]["position"]["x"] - drawn[s][0] - dx) > 0.05
           or abs(ours[s]["position"]["y"] + drawn[s][1] - dy) > 0.05]
    report(not off, f"{name}: positions are the SVG's ({len(common)} nodes)"
           + (f" (not: {off[:3]})" if off else ""))
    sized = [s for s in common if drawn[s][2] is not None]
    wrong = [s for s in sized if abs(ours[s]["size"] - drawn[s][2]) > 0.5]
    report(not wrong, f"{name}: sizes are the SVG's radii ({len(sized)} ellipses)"
           + (f" (not: {wrong[:3]})" if wrong else ""))


def strip_viz(path, out):
    ET.register_namespace("", "http://gexf.net/1.3")
    tree = ET.parse(path)
    for parent in tree.iter():
        for child in list(parent):
            if child.tag.startswith(VIZ):
                parent.remove(child)
    tree.write(out, xml_declaration=True, encoding="UTF-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--name", default="gexf")
    ap.add_argument("--svg")
    ap.add_argument("--strip")
    ap.add_argument("gexf")
    a = ap.parse_args()
    try:
        g = nx.read_gexf(a.gexf, version="1.3")
    except Exception as e:  # any reader failure is the check's failure
        report(False, f"{a.name}: networkx.read_gexf: {e}")
        return 1
    report(True, f"{a.name}: networkx.read_gexf reads {a.gexf}")
    check_nodes(a.name, g)
    check_costars(a.name, g)
    if a.svg:
        check_svg(a.name, g, a.svg)
    if a.strip:
        strip_viz(a.gexf, a.strip)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
