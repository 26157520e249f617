#!/usr/bin/python3
"""graphml_check.py: the GraphML and CSV exports of one graph checked
against each other, each read by an independent reader.

    /usr/bin/python3 tests/graphml_check.py [--name NAME]
        [--projection P.coappear.graphml] G.graphml N.csv E.csv

The CSV tables are read with the csv module (headers as in docs/tables.md,
every edge endpoint a known node). The GraphML file is read with
networkx.read_graphml and, when python3-igraph is importable, with
igraph.Graph.Read_GraphML; both must show the nodes, edges and attribute
values of the tables. With --projection, the co-appearance projection is
read with networkx (and igraph) and compared with the projection
recomputed from the main GraphML: actor pairs and their shared works from
castMember edges, character pairs and their ties. List values (altLabels,
alias, works, ties; the CSV's alt_labels) must be JSON arrays of strings
and are compared as lists. Numeric values (counts and scores: attr.type
int; the average rating: double) must read back as Python ints and
floats, each key typed as the ontology's rdfs:range says (xsd:integer,
xsd:decimal), and a second value of one (or one that is no number) is in
moreValues, a JSON object {"name": [values]}. Prints "ok - ..." / "not ok - ..." lines and exits 1
when a check failed. Run it with /usr/bin/python3: Debian's networkx and
igraph are not visible to other Pythons on PATH.
"""
import argparse
import csv
import io
import json
import os
import re
import sys

NODE_HEADER = ["id", "label", "type", "class", "iri", "alt_labels"]
EDGE_HEADER = ["source", "predicate", "target", "value", "evidence_count",
               "rule", "document", "sentence"]
# The character ties of the projection, in the vocabulary's order (src/predicates.def).
TIES = ["friendOf", "loverOf", "mentorOf", "allyOf", "neighborOf",
        "employeeOf", "siblingOf", "parentOf", "colleagueOf"]


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


def jlist(value):
    """A list field (docs/tables.md): a JSON array of strings, "" or absent
    for none. Anything else is returned as it is, to fail the comparison."""
    if value in (None, ""):
        return []
    try:
        got = json.loads(value)
    except ValueError:
        return ("not JSON", value)
    if isinstance(got, list) and all(isinstance(x, str) for x in got):
        return got
    return ("not a list of strings", value)


def check_lists(nodes, rep):
    bad = [n["alt_labels"] for n in nodes
           if not isinstance(jlist(n["alt_labels"]), list)
           or not n["alt_labels"].startswith("[")]
    rep.check(not bad, "nodes.csv: every alt_labels is a JSON array of "
              "strings", bad[:2])


def literal_attrs(edges):
    """Literal rows folded into node attributes, as the GraphML writer does."""
    out = {}
    for e in edges:
        if not e["target"]:
            vals = out.setdefault(e["source"], {}).setdefault(e["predicate"], [])
            vals.append(e["value"])
    return {(s, p): v for s, d in out.items() for p, v in d.items()}


NMTOKEN = re.compile(r"^[\w.:-]+$")


def check_ids(path, rep):
    """Every id is an NMTOKEN, as the GraphML schema types them (no '/'),
    node ids "n0", "n1", ... in order (a subset of them in a projection)."""
    import xml.etree.ElementTree as ET
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    root = ET.parse(path).getroot()
    ids = [el.get(a) for el in root.iter() for a in ("id", "source", "target")
           if el.get(a) is not None]
    bad = [i for i in ids if not NMTOKEN.match(i)]
    rep.check(ids and not bad, f"{os.path.basename(path)}: {len(ids)} ids and "
              "ends, all NMTOKENs", bad[:3])
    nums = [int(n.get("id")[1:]) for n in root.iter(ns + "node")
            if re.match(r"^n\d+$", n.get("id"))]
    rep.check(len(nums) == len(list(root.iter(ns + "node"))) and
              nums == sorted(set(nums)),
              f"{os.path.basename(path)}: node ids n<number>, ascending")


def by_slug(g):
    """g with its nodes renamed from "n3" to their slug, the id of the
    CSV tables."""
    import networkx as nx
    return nx.relabel_nodes(g, {n: d["slug"] for n, d in g.nodes(data=True)})


ONTOLOGY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                        "ontology", "screenkg.ttl")
GRAPHML_OF_XSD = {"integer": "int", "decimal": "double"}
PY_OF_GRAPHML = {"int": int, "double": float}


def ontology_ranges():
    """{property: GraphML type} of the ontology's datatype properties,
    read independently of the C table (src/value_types.c)."""
    text = open(ONTOLOGY, encoding="utf-8").read()
    out = {}
    for m in re.finditer(r"^skg:(\w+) a owl:DatatypeProperty ;(.*?)\.\s*$",
                         text, re.S | re.M):
        r = re.search(r"rdfs:range xsd:(\w+)", m.group(2))
        out[m.group(1)] = GRAPHML_OF_XSD.get(r.group(1) if r else "", "string")
    return out


def key_types(path):
    import xml.etree.ElementTree as ET
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    return {k.get("attr.name"): k.get("attr.type")
            for k in ET.parse(path).getroot().iter(ns + "key")
            if k.get("for") == "node"}


def as_value(v, typ):
    """A CSV value as a reader of a key of GraphML type typ sees it."""
    try:
        return PY_OF_GRAPHML[typ](v) if typ in PY_OF_GRAPHML else v
    except ValueError:
        return v


def check_types(path, g, rep):
    """Literal keys typed as the ontology's ranges; numeric values numbers."""
    kt, rng = key_types(path), ontology_ranges()
    lit = {k: t for k, t in kt.items() if k in rng}
    rep.check(lit and all(t == rng[k] for k, t in lit.items()),
              f"{len(lit)} literal keys typed as the ontology's ranges "
              "(int for xsd:integer, double for xsd:decimal)",
              {k: (t, rng[k]) for k, t in lit.items() if t != rng[k]})
    bad = [(n, k, v) for n, d in g.nodes(data=True) for k, v in d.items()
           if kt.get(k) in PY_OF_GRAPHML
           and type(v) is not PY_OF_GRAPHML[kt[k]]]
    rep.check(not bad, "networkx: int and double values read back as "
              "Python ints and floats", bad[:3])
    return kt


def node_literals(g, kt):
    """{(node, predicate): [values]} of the GraphML, the numeric ones
    and moreValues put back together; sorted, as moreValues keeps no
    order with the number."""
    out = {}
    for n, d in g.nodes(data=True):
        more = json.loads(d.get("moreValues", "{}"))
        for k, v in d.items():
            if k in ("label", "type", "class", "iri", "slug", "altLabels",
                     "moreValues"):
                continue
            out[(n, k)] = [v] if kt.get(k) in PY_OF_GRAPHML else jlist(v)
        for k, vs in more.items():
            out.setdefault((n, k), []).extend(
                as_value(v, kt.get(k)) for v in vs)
    return {nk: sorted(v, key=repr) for nk, v in out.items()}


def check_networkx(path, nodes, links, literals, rep):
    try:
        import networkx as nx
    except ImportError:
        rep.skip("networkx not importable")
        return
    g = by_slug(nx.read_graphml(path, force_multigraph=True))
    rep.check(g.is_directed(), "networkx: directed")
    rep.check(g.number_of_nodes() == len(nodes),
              f"networkx: {len(nodes)} nodes", g.number_of_nodes())
    rep.check(g.number_of_edges() == len(links),
              f"networkx: {len(links)} edges", g.number_of_edges())
    for attr, col in (("label", "label"), ("type", "type"), ("class", "class"),
                      ("iri", "iri")):
        rep.same(f"networkx: node {attr} = nodes.csv {col}",
                 {n: d.get(attr, "") for n, d in g.nodes(data=True)},
                 {n["id"]: n[col] for n in nodes})
    rep.same("networkx: node altLabels = nodes.csv alt_labels (JSON lists)",
             {n: jlist(d.get("altLabels")) for n, d in g.nodes(data=True)},
             {n["id"]: jlist(n["alt_labels"]) for n in nodes})
    kt = check_types(path, g, rep)
    rep.same("networkx: literal node attributes = literal edge rows",
             node_literals(g, kt),
             {(n, k): sorted((as_value(x, kt.get(k)) for x in v), key=repr)
              for (n, k), v in literals.items()})
    got = {k: (u, v, d["predicate"], d["evidence"])
           for u, v, k, d in g.edges(keys=True, data=True)}
    want = {f"e{i}": (e["source"], e["target"], e["predicate"],
                      int(e["evidence_count"])) for i, e in enumerate(links)}
    rep.same("networkx: edge id, ends, predicate, evidence = edges.csv", got,
             want)
    rep.check(all(type(d["evidence"]) is int and type(d["weight"]) is int
                  for _, _, d in g.edges(data=True)),
              "networkx: evidence and weight are ints")


def check_igraph(path, nodes, links, rep):
    try:
        import igraph
    except ImportError:
        rep.skip("python3-igraph not importable")
        return
    g = igraph.Graph.Read_GraphML(path)
    rep.check(g.is_directed(), "igraph: directed")
    rep.same("igraph: node slug, label, type = nodes.csv",
             {v["slug"]: (v["label"], v["type"]) for v in g.vs},
             {n["id"]: (n["label"], n["type"]) for n in nodes})
    vid = g.vs["slug"]
    rep.same("igraph: edge id, ends, predicate, evidence = edges.csv",
             {e["id"]: (vid[e.source], vid[e.target], e["predicate"],
                        e["evidence"]) for e in g.es},
             {f"e{i}": (e["source"], e["target"], e["predicate"],
                        float(e["evidence_count"]))
              for i, e in enumerate(links)})


def expected_projection(g):
    """The projection recomputed from the main GraphML g (a networkx
    multigraph): {node: (works, workCount)} and {(u, v): (kind, weight,
    works, ties)} with u before v in node order, works a list in node
    order, as write_projection.c writes them."""
    order = {n: i for i, n in enumerate(g.nodes)}
    label = {n: d["label"] for n, d in g.nodes(data=True)}
    member, ties, cast = {}, {}, set()
    for u, v, d in g.edges(data=True):
        p = d["predicate"]
        if p in ("castMember", "hasCharacter"):
            member.setdefault(v, set()).add(u)
            if p == "castMember":
                cast.add(v)
        elif (p in TIES and u != v and g.nodes[u]["class"] == "character"
              and g.nodes[v]["class"] == "character"):
            ties.setdefault(tuple(sorted((u, v), key=order.get)),
                            set()).add(p)

    def joined(works):
        return [label[w] for w in sorted(works, key=order.get)]

    nodes = cast | {n for pair in ties for n in pair}
    want_nodes = {n: (joined(member.get(n, ())), len(member.get(n, ())))
                  for n in nodes}
    want_edges = {}
    actors = sorted(cast, key=order.get)
    for i, a in enumerate(actors):
        for b in actors[i + 1:]:
            shared = member[a] & member[b]
            if shared:
                want_edges[(a, b)] = ("co-appearance", len(shared),
                                      joined(shared), [])
    for (a, b), preds in ties.items():
        shared = member.get(a, set()) & member.get(b, set())
        want_edges[(a, b)] = ("tie", len(preds), joined(shared),
                              [p for p in TIES if p in preds])
    return want_nodes, want_edges


def check_projection(path, main_path, rep):
    try:
        import networkx as nx
    except ImportError:
        rep.skip("projection: networkx not importable")
        return
    g0 = nx.read_graphml(main_path, force_multigraph=True)
    p0 = nx.read_graphml(path, force_multigraph=True)
    rep.same("projection: node ids are the main GraphML's",
             {n: d["slug"] for n, d in p0.nodes(data=True)},
             {n: g0.nodes[n]["slug"] for n in p0.nodes if n in g0})
    g, p = by_slug(g0), by_slug(p0)
    rep.check(not p.is_directed(), "projection: undirected")
    rep.check(p.number_of_edges() == len({frozenset((u, v))
                                          for u, v in p.edges()}),
              "projection: one edge per pair")
    rep.same("projection: node label, type, iri = main GraphML",
             {n: (d["label"], d["type"], d["iri"])
              for n, d in p.nodes(data=True)},
             {n: (g.nodes[n]["label"], g.nodes[n]["type"], g.nodes[n]["iri"])
              for n in p.nodes if n in g})
    want_nodes, want_edges = expected_projection(g)
    rep.same("projection: nodes, works, workCount = castMember, "
             "hasCharacter and tie edges",
             {n: (jlist(d.get("works")), d["workCount"])
              for n, d in p.nodes(data=True)}, want_nodes)
    order = {n: i for i, n in enumerate(g.nodes)}
    rep.same("projection: edge kind, weight, works, ties = recomputed with "
             "networkx",
             {tuple(sorted((u, v), key=order.get)):
              (d["kind"], d["weight"], jlist(d.get("works")),
               jlist(d.get("ties")))
              for u, v, d in p.edges(data=True)}, want_edges)
    rep.check(all(type(d["weight"]) is int for _, _, d in p.edges(data=True))
              and all(type(d["workCount"]) is int
                      for _, d in p.nodes(data=True)),
              "projection: weight and workCount are ints")
    try:
        import igraph
    except ImportError:
        rep.skip("projection: python3-igraph not importable")
        return
    h = igraph.Graph.Read_GraphML(path)
    rep.check(not h.is_directed() and h.vcount() == p.number_of_nodes() and
              h.ecount() == p.number_of_edges() and
              sum(h.es["weight"] or [0]) == sum(
                  d["weight"] for _, _, d in p.edges(data=True)),
              "projection: igraph reads the same nodes, edges and weights")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--name", default="graphml")
    ap.add_argument("--projection", help="the co-appearance GraphML")
    ap.add_argument("graphml")
    ap.add_argument("nodes")
    ap.add_argument("edges")
    a = ap.parse_args()
    rep = Report(a.name)
    nodes = read_table(a.nodes, NODE_HEADER, rep)
    edges = read_table(a.edges, EDGE_HEADER, rep)
    check_tables(nodes, edges, rep)
    check_lists(nodes, rep)
    links = [e for e in edges if e["target"]]
    check_ids(a.graphml, rep)
    check_networkx(a.graphml, nodes, links, literal_attrs(edges), rep)
    check_igraph(a.graphml, nodes, links, rep)
    if a.projection:
        check_ids(a.projection, rep)
        check_projection(a.projection, a.graphml, rep)
    return 1 if rep.failed else 0


if __name__ == "__main__":
    sys.exit(main())
