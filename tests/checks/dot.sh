#!/bin/sh
# dot.sh: the diagram outputs read back by independent readers. Graphviz
# itself parses every golden DOT file (dot -Tcanon); the fixture's SVG and
# PNG (written by `test_dot --emit`) must be well-formed XML (xmllint) that
# shows every node label of the matching golden DOT (labels read by gvpr)
# as <text>, and a PNG with a sane IHDR. When the CLI is built, an export of
# examples/the-defenders.txt gets the same checks, and its PNG must be at
# least 800 px wide. Prints "ok - ..." / "not ok - ..." lines; BUILDDIR
# names the build directory.
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh # ok/pass/fail/skip/have, $T removed at exit
BUILDDIR=${BUILDDIR:-build}
export LC_ALL=C
PY=/usr/bin/python3
tmp=$T

# canon NAME DOT: Graphviz reads it back.
canon() {
  if ! have dot; then
    skip "$1: dot not installed"
  elif dot -Tcanon "$2" >/dev/null 2>"$tmp/log"; then
    pass "$1: dot -Tcanon reads it"
  else
    fail "$1: dot -Tcanon $2"; sed 's/^/# /' "$tmp/log" | head -5
  fi
}

# svg_labels NAME DOT SVG: well-formed, and every node label is a <text>.
svg_labels() {
  if ! have xmllint; then
    skip "$1: xmllint not installed"
  elif xmllint --noout "$3" >"$tmp/log" 2>&1; then
    pass "$1: xmllint reads the SVG"
  else
    fail "$1: xmllint --noout $3"; sed 's/^/# /' "$tmp/log" | head -5
  fi
  if ! have gvpr || [ ! -x "$PY" ]; then
    skip "$1: gvpr or $PY not installed"
    return
  fi
  # the legend's label is an HTML-like table, checked by boxed() below
  gvpr 'N [$.name != "legend"] { print($.label) }' "$2" >"$tmp/labels" 2>"$tmp/log" ||
    { fail "$1: gvpr cannot read $2"; return; }
  if "$PY" - "$3" "$tmp/labels" >"$tmp/log" 2>&1 <<'EOF'; then
import sys, xml.etree.ElementTree as ET
ns = "{http://www.w3.org/2000/svg}"
texts = {"".join(t.itertext()) for t in ET.parse(sys.argv[1]).iter(ns + "text")}
# DOT label escapes: \\ is one backslash once Graphviz has drawn it
labels = [l.replace("\\\\", "\\") for l in open(sys.argv[2], encoding="utf-8").read().splitlines()]
missing = [l for l in labels if l not in texts]
for l in missing:
    print("missing <text>%s</text>" % l)
sys.exit(1 if missing or not labels else 0)
EOF
    pass "$1: every node label of the DOT is a <text> in the SVG"
  else
    fail "$1: node labels missing from the SVG"; sed 's/^/# /' "$tmp/log" | head -5
  fi
}

# png NAME FILE MIN_WIDTH: signature, IHDR first, width and height sane.
png() {
  if [ ! -x "$PY" ]; then
    skip "$1: $PY not installed"
    return
  fi
  if out=$("$PY" - "$2" "$3" 2>&1 <<'EOF'
import struct, sys
data = open(sys.argv[1], "rb").read(32)
if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
    sys.exit("no PNG signature and IHDR")
w, h = struct.unpack(">II", data[16:24])
print("%dx%d" % (w, h))
if not (int(sys.argv[2]) <= w <= 32767 and 50 <= h <= 32767):
    sys.exit("odd size %dx%d" % (w, h))
EOF
  ); then
    pass "$1: PNG $out"
  else
    fail "$1: $out"
  fi
}

for f in tests/golden/fixture.*.dot; do
  [ -f "$f" ] && canon "$f" "$f"
done

if [ -x "$BUILDDIR/tests/test_dot" ] &&
  "$BUILDDIR/tests/test_dot" --emit "$tmp" >"$tmp/log" 2>&1; then
  for v in cast all; do
    svg_labels "fixture $v" "tests/golden/fixture.$v.dot" "$tmp/fixture.$v.svg"
    png "fixture $v" "$tmp/fixture.$v.png" 100
  done
else
  fail "$BUILDDIR/tests/test_dot --emit (build it with make unit)"
  sed 's/^/# /' "$tmp/log" 2>/dev/null | head -5
fi

if [ ! -x "$BUILDDIR/screenkg" ]; then
  skip "the-defenders diagrams: $BUILDDIR/screenkg not built"
  exit 0
fi
mkdir "$tmp/cli"
if "$BUILDDIR/screenkg" -q -o "$tmp/cli" -n defenders --format dot,svg,png \
  examples/the-defenders.txt >"$tmp/log" 2>&1; then
  pass "the-defenders: dot, svg and png exported"
  canon "the-defenders" "$tmp/cli/defenders.dot"
  svg_labels "the-defenders" "$tmp/cli/defenders.dot" "$tmp/cli/defenders.svg"
  png "the-defenders" "$tmp/cli/defenders.png" 800
else
  fail "the-defenders: screenkg exited $?"; sed 's/^/# /' "$tmp/log" | head -5
fi

# The co-star network of the franchise (three articles, so it is the
# default view): every edge joins two actors of the co-appearance
# projection, with the pen width 2w - 1 (at most 9) of its w shared works,
# every co-appearance edge is drawn, the same bytes come out twice, and the
# PNG stays under 5,000 px a side.
mkdir "$tmp/fr" "$tmp/fr2"
if "$BUILDDIR/screenkg" -q -o "$tmp/fr" -n fr --format dot,coappear,png \
  examples/franchise/ >"$tmp/log" 2>&1 &&
  "$BUILDDIR/screenkg" -q -o "$tmp/fr2" -n fr --format dot \
    examples/franchise/ >>"$tmp/log" 2>&1; then
  if cmp -s "$tmp/fr/fr.dot" "$tmp/fr2/fr.dot"; then
    pass "costars: the same DOT twice"
  else
    fail "costars: two runs differ"
  fi
  if ! have gvpr || [ ! -x "$PY" ]; then
    skip "costars: gvpr or $PY not installed"
  else
    gvpr 'BEG_G { print("layout ", $.layout) } E { if ($.tail.name != "legend") print($.tail.name, " ", $.head.name, " ", $.penwidth) }' \
      "$tmp/fr/fr.dot" >"$tmp/edges" 2>"$tmp/log"
    if "$PY" - "$tmp/edges" "$tmp/fr/fr.coappear.graphml" >"$tmp/log" 2>&1 <<'PYEOF'; then
import sys, xml.etree.ElementTree as ET
ns = "{http://graphml.graphdrawing.org/xmlns}"
root = ET.parse(sys.argv[2]).getroot()
keys = {k.get("id"): k.get("attr.name") for k in root.iter(ns + "key")}
def data(el):
    return {keys[d.get("key")]: d.text for d in el.findall(ns + "data")}
nodes = {n.get("id"): data(n) for n in root.iter(ns + "node")}
want = {}
for e in root.iter(ns + "edge"):
    d = data(e)
    if d["kind"] == "co-appearance":
        w = int(float(d["weight"]))
        want[(nodes[e.get("source")]["iri"].split("/id/")[1],
              nodes[e.get("target")]["iri"].split("/id/")[1])] = min(2 * w - 1, 9)
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert lines[0] == "layout neato", lines[0]
got = {}
for l in lines[1:]:
    a, b, pw = l.split(" ")
    assert a.startswith("person/") and b.startswith("person/"), l
    got[(a, b)] = int(pw)
assert got == want, (sorted(got.items()), sorted(want.items()))
assert 3 in [(w + 1) // 2 for w in got.values()], "no edge of 3 shared works"
print(len(got), "edges")
PYEOF
      pass "costars: edges only between actors, widths match shared works ($(cat "$tmp/log"))"
    else
      fail "costars: edges differ from the projection"; sed 's/^/# /' "$tmp/log" | head -5
    fi
  fi
  png "costars" "$tmp/fr/fr.png" 300
  if [ -x "$PY" ] && "$PY" -c '
import struct, sys
w, h = struct.unpack(">II", open(sys.argv[1], "rb").read(24)[16:24])
sys.exit(0 if w < 5000 and h < 5000 else 1)' "$tmp/fr/fr.png"; then
    pass "costars: PNG under 5,000 px a side"
  else
    fail "costars: PNG of 5,000 px or more"
  fi
else
  fail "costars: screenkg exited $?"; sed 's/^/# /' "$tmp/log" | head -5
fi

# One legend, boxed, in every engine: in the SVG, every shape and text of
# the legend node lies inside its outer box (the first shape), no entity
# node overlaps that box, and it names node and edge styles.
boxed() { # NAME SVG
  if "$PY" - "$2" >"$tmp/log" 2>&1 <<'PYEOF'; then
import re, sys, xml.etree.ElementTree as ET
ns = "{http://www.w3.org/2000/svg}"
num = re.compile(r"-?\d+(?:\.\d+)?")
def pts(el):
    tag = el.tag[len(ns):]
    if tag == "ellipse":
        cx, cy, rx, ry = (float(el.get(k)) for k in ("cx", "cy", "rx", "ry"))
        return [(cx - rx, cy - ry), (cx + rx, cy + ry)]
    if tag in ("polygon", "polyline", "path"):
        v = [float(x) for x in num.findall(el.get("points") or el.get("d"))]
        return list(zip(v[0::2], v[1::2]))
    if tag == "text":
        return [(float(el.get("x")), float(el.get("y")))]
    return []
def box(p):
    xs, ys = [x for x, _ in p], [y for _, y in p]
    return min(xs), min(ys), max(xs), max(ys)
legend, others = None, []
for g in ET.parse(sys.argv[1]).iter(ns + "g"):
    if g.get("class") != "node":
        continue
    shapes = [e for e in g.iter() if pts(e)]
    if g.find(ns + "title").text == "legend":
        legend = shapes
    elif shapes:
        others.append((g.find(ns + "title").text,
                       box([p for e in shapes for p in pts(e)])))
assert legend, "no legend node"
x0, y0, x1, y1 = box(pts(legend[0]))
e = 0.01
for el in legend[1:]:
    for x, y in pts(el):
        assert x0 - e <= x <= x1 + e and y0 - e <= y <= y1 + e, \
            "legend %s at %.1f,%.1f outside its box" % (el.tag[len(ns):], x, y)
for name, (a0, b0, a1, b1) in others:
    assert a1 < x0 or a0 > x1 or b1 < y0 or b0 > y1, name + " overlaps the legend"
texts = [t.text for t in legend if t.tag == ns + "text"]
assert texts[0] == "Legend" and len(texts) >= 3, texts
print(len(legend), "shapes and texts in the box:", ", ".join(texts[1:4]), "...")
PYEOF
    pass "$1: legend boxed ($(cat "$tmp/log"))"
  else
    fail "$1: legend not boxed"; sed 's/^/# /' "$tmp/log" | tail -3
  fi
}
mkdir "$tmp/legend"
for e in dot neato fdp sfdp; do
  if "$BUILDDIR/screenkg" -q -o "$tmp/legend" -n $e --format svg --view all \
    --layout $e examples/the-defenders.txt >"$tmp/log" 2>&1; then
    boxed "legend, all view, $e" "$tmp/legend/$e.svg"
  else
    fail "legend, $e: screenkg exited $?"; sed 's/^/# /' "$tmp/log" | head -5
  fi
done
if "$BUILDDIR/screenkg" -q -o "$tmp/legend" -n costars --format svg \
  examples/franchise/ >"$tmp/log" 2>&1; then
  boxed "legend, costars view, neato" "$tmp/legend/costars.svg"
fi

# A view with nothing to draw: a warning naming why, exit status 0, and the
# diagram written all the same (its title says it). A misspelt --focus gets
# the closest label.
printf 'Quill Street is a 2001 film directed by Ann Marlow.\n' >"$tmp/one.txt"
"$BUILDDIR/screenkg" -q -o "$tmp/legend" -n empty --format svg \
  --view critics "$tmp/one.txt" >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc -eq 0 ] && [ -s "$tmp/legend/empty.svg" ] &&
  grep -q "^screenkg: warning: the critics view has nothing to draw: no review was found$" "$tmp/err"; then
  pass "nothing to draw: warning, exit 0, diagram written"
else
  fail "nothing to draw: exit $rc"; sed 's/^/# /' "$tmp/err" | head -3
fi
"$BUILDDIR/screenkg" -q -o "$tmp/legend" -n typo --format dot \
  --focus "Charlei Cox" examples/the-defenders.txt >"$tmp/out" 2>"$tmp/err"
rc=$?
if [ $rc -eq 2 ] && grep -q "^screenkg: error: no entity labelled 'Charlei Cox' to focus on; did you mean 'Charlie Cox'?" "$tmp/err" &&
  [ ! -e "$tmp/legend/typo.dot" ]; then
  pass "unknown --focus: exit 2 and did you mean 'Charlie Cox'"
else
  fail "unknown --focus: exit $rc"; sed 's/^/# /' "$tmp/err" | head -3
fi
