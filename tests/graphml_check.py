#!/usr/bin/python3
"""graphml_check.py: the GraphML and CSV exports of one graph checked
against each other, each read by an independent reader.

    /usr/bin/python3 tests/graphml_check.py [--name NAME] G.graphml N.csv E.csv

The CSV tables are read with the csv module (headers as in docs/tables.md,
every edge endpoint a known node). The GraphML file is read with
networkx.read_graphml and, when python3-igraph is importable, with
igraph.Graph.Read_GraphML; both must show the nodes, edges and attribute
values of the tables. Prints "ok - ..." / "not ok - ..." lines and exits 1
when a check failed. Run it with /usr/bin/python3: Debian's networkx and
igraph are not visible to other Pythons on PATH.
"""
import argparse
import csv
import io
import os
import sys

NODE_HEADER = ["id", "label", "type", "class", "iri", "alt_labels"]
EDGE_HEADER = ["source", "predicate", "target", "value", "evidence_count",
               "rule", "document", "sentence"]


class Report:
    def __init__(self, name):
        self.name, self.failed = name, 0

    def check(self, cond, what, why=""):
        if cond:
            print(f"ok - {self.name}: {what}")
        else:
            self.failed += 1
            print(f"not ok - {self.name}: {what}" + (f": {why}" if why else ""))

    def skip(self, what):
        print(f"ok - # SKIP {self.name}: {what}")

    def same(self, what, got, want):
        """got and want are {key: value}; reports the first difference."""
        bad = sorted(k for k in set(got) | set(want) if got.get(k) != want.get(k))
        why = bad and f"{bad[0]!r}: got {got.get(bad[0])!r}, " \
                      f"want {want.get(bad[0])!r} ({len(bad)} differ)"
        self.check(not bad, what, why)


def read_table(path, header, rep):
    name = os.path.basename(path)
    with open(path, newline="", encoding="utf-8") as f:
        text = f.read()
    rows = list(csv.reader(io.StringIO(text, newline="")))
    rep.check(rows and rows[0] == header, f"{name}: header",
              rows[0] if rows else "empty")
    lines_ok = all(line.endswith("\r\n") for line in
                   csv_records(text)) if text else False
    rep.check(lines_ok, f"{name}: every record ends in CRLF")
    widths = {len(r) for r in rows}
    rep.check(widths == {len(header)}, f"{name}: {len(header)} fields a row",
              sorted(widths))
    return [dict(zip(header, r)) for r in rows[1:]]


def csv_records(text):
    """Splits text into records, keeping line breaks inside quotes."""
    rec, quoted = [], False
    for ch in text:
        rec.append(ch)
        quoted ^= ch == '"'
        if ch == "\n" and not quoted:
            yield "".join(rec)
            rec = []
    if rec:
        yield "".join(rec)


def check_tables(nodes, edges, rep):
    ids = [n["id"] for n in nodes]
    rep.check(len(ids) == len(set(ids)), f"{len(ids)} node ids, all distinct")
    known = set(ids)
    bad = [e for e in edges if e["source"] not in known or
           (e["target"] and e["target"] not in known) or
           (not e["target"]) == (not e["value"])]
    rep.check(not bad, f"{len(edges)} edge rows: endpoints are nodes, "
              "exactly one of target and value", bad[:1])


def literal_attrs(edges):
    """Literal rows folded into node attributes, as the GraphML writer does."""
    out = {}
    for e in edges:
        if not e["target"]:
            vals = out.setdefault(e["source"], {}).setdefault(e["predicate"], [])
            vals.append(e["value"])
    return {(s, p): "|".join(v) for s, d in out.items() for p, v in d.items()}


def check_networkx(path, nodes, links, literals, rep):
    try:
        import networkx as nx
    except ImportError:
        rep.skip("networkx not importable")
        return
    g = nx.read_graphml(path, force_multigraph=True)
    rep.check(g.is_directed(), "networkx: directed")
    rep.check(g.number_of_nodes() == len(nodes),
              f"networkx: {len(nodes)} nodes", g.number_of_nodes())
    rep.check(g.number_of_edges() == len(links),
              f"networkx: {len(links)} edges", g.number_of_edges())
    for attr, col in (("label", "label"), ("type", "type"), ("class", "class"),
                      ("iri", "iri"), ("altLabels", "alt_labels")):
        rep.same(f"networkx: node {attr} = nodes.csv {col}",
                 {n: d.get(attr, "") for n, d in g.nodes(data=True)},
                 {n["id"]: n[col] for n in nodes})
    rep.same("networkx: literal node attributes = literal edge rows",
             {(n, k): v for n, d in g.nodes(data=True) for k, v in d.items()
              if k not in ("label", "type", "class", "iri", "altLabels")},
             literals)
    got = {k: (u, v, d["predicate"], d["evidence"])
           for u, v, k, d in g.edges(keys=True, data=True)}
    want = {f"e{i}": (e["source"], e["target"], e["predicate"],
                      int(e["evidence_count"])) for i, e in enumerate(links)}
    rep.same("networkx: edge id, ends, predicate, evidence = edges.csv", got,
             want)
    rep.check(all(type(d["evidence"]) is int and type(d["weight"]) is float
                  for _, _, d in g.edges(data=True)),
              "networkx: evidence is an int, weight a float")


def check_igraph(path, nodes, links, rep):
    try:
        import igraph
    except ImportError:
        rep.skip("python3-igraph not importable")
        return
    g = igraph.Graph.Read_GraphML(path)
    rep.check(g.is_directed(), "igraph: directed")
    rep.same("igraph: node id, label, type = nodes.csv",
             {v["id"]: (v["label"], v["type"]) for v in g.vs},
             {n["id"]: (n["label"], n["type"]) for n in nodes})
    vid = g.vs["id"]
    rep.same("igraph: edge id, ends, predicate, evidence = edges.csv",
             {e["id"]: (vid[e.source], vid[e.target], e["predicate"],
                        e["evidence"]) for e in g.es},
             {f"e{i}": (e["source"], e["target"], e["predicate"],
                        float(e["evidence_count"]))
              for i, e in enumerate(links)})


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--name", default="graphml")
    ap.add_argument("graphml")
    ap.add_argument("nodes")
    ap.add_argument("edges")
    a = ap.parse_args()
    rep = Report(a.name)
    nodes = read_table(a.nodes, NODE_HEADER, rep)
    edges = read_table(a.edges, EDGE_HEADER, rep)
    check_tables(nodes, edges, rep)
    links = [e for e in edges if e["target"]]
    check_networkx(a.graphml, nodes, links, literal_attrs(edges), rep)
    check_igraph(a.graphml, nodes, links, rep)
    return 1 if rep.failed else 0


if __name__ == "__main__":
    sys.exit(main())
