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
  gvpr 'N { print($.label) }' "$2" >"$tmp/labels" 2>"$tmp/log" ||
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
