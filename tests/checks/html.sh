#!/bin/sh
# html.sh: the HTML diagram page (--format html) of examples/the-defenders.txt.
# Twice the same bytes; well-formed XML (the page is polyglot HTML) that
# libxml2's HTML parser reads too; the same SVG nodes as --format svg; no
# URL but the XML namespaces and the entities' IRIs in links, and nothing
# loaded from elsewhere. Then tests/html/page.test.js drives Debian's
# chromium through playwright-core (offline, file://): search for the first
# actor of the facts export, highlight, zoom, pan, a screenshot that must be
# a PNG of some size. Prints "ok - ..." / "not ok - ..." lines; BUILDDIR
# names the build directory.
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh # ok/pass/fail/skip/have, $T removed at exit
BUILDDIR=${BUILDDIR:-build}
export LC_ALL=C
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
tmp=$T

if [ ! -x "$BUILDDIR/screenkg" ]; then
  skip "html page: $BUILDDIR/screenkg not built"
  exit 0
fi

for run in a b; do
  if ! "$BUILDDIR/screenkg" -q -o "$tmp/$run" -n page --format html,svg,facts \
    --explain examples/the-defenders.txt >"$tmp/log" 2>&1; then
    fail "html: screenkg exited $?"; sed 's/^/# /' "$tmp/log" | head -5
    exit 0
  fi
done
page=$tmp/a/page.html
pass "html: page.html exported"
if cmp -s "$page" "$tmp/b/page.html"; then
  pass "html: two runs give the same bytes"
else
  fail "html: two runs differ"
fi

if ! have xmllint; then
  skip "html: xmllint not installed"
else
  if xmllint --noout "$page" >"$tmp/log" 2>&1; then
    pass "html: well-formed XML (xmllint)"
  else
    fail "html: xmllint --noout"; sed 's/^/# /' "$tmp/log" | head -5
  fi
  # libxml2's HTML parser knows HTML 4 only: new and SVG tags are all it
  # may complain about.
  xmllint --html --noout "$page" 2>&1 | grep 'error :' |
    grep -v 'error : Tag [a-zA-Z]* invalid$' >"$tmp/log"
  if [ ! -s "$tmp/log" ]; then
    pass "html: xmllint --html finds nothing but SVG and HTML5 tags"
  else
    fail "html: xmllint --html"; sed 's/^/# /' "$tmp/log" | head -5
  fi
fi

# The page's own legend lists the drawing's rows: node swatches and lines
# for the edge styles (a dashed one for "character of another work").
tr -d '\n' <"$page" | sed 's/> */>/g' >"$tmp/flat"
if grep -q '<span class="swatch line" style="background:#1d3557"></span>plays (actor to character)</li>' "$tmp/flat" &&
  grep -q '<span class="swatch" style="background:#90be6d"></span>Character</li>' "$tmp/flat" &&
  grep -q 'repeating-linear-gradient(90deg,#a8b2c1[^"]*"></span>character of another work' "$tmp/flat"; then
  pass "html: the legend lists node and edge styles, dashes dashed"
else
  fail "html: the legend lacks node or edge styles"
fi

# The page leaves the drawing's legend node out: its own legend says it.
# (the first tab: a second, the co-star view, follows in its own <main>)
want=$(($(grep -c '<g id="node[0-9]*" class="node">' "$tmp/a/page.svg") - 1))
got=$(sed -n '/<main id="stage" /,/<\/main>/p' "$page" |
  grep -c '<g id="node[0-9]*" class="node">')
if [ "$want" -gt 0 ] && [ "$want" = "$got" ] && ! grep -q '<title>legend</title>' "$page" &&
  grep -q '<title>legend</title>' "$tmp/a/page.svg"; then
  pass "html: the page draws the $want entity nodes of the SVG export, and one legend"
else
  fail "html: $got nodes on the page, $want in the SVG export"
fi

# Every URL is an XML namespace or the IRI an entity links to.
grep -o 'xlink:href="[^"]*"' "$page" | sed 's/^xlink:href="//; s/"$//' |
  sort -u >"$tmp/links"
grep -o 'https\{0,1\}://[^"<>[:space:]]*' "$page" | sort -u |
  grep -v -x -e 'http://www.w3.org/2000/svg' -e 'http://www.w3.org/1999/xlink' \
    -e 'http://www.w3.org/1999/xhtml' | comm -23 - "$tmp/links" >"$tmp/log"
if [ -s "$tmp/links" ] && [ ! -s "$tmp/log" ]; then
  pass "html: no URL but namespaces and $(wc -l <"$tmp/links") entity links"
else
  fail "html: unexpected URLs"; sed 's/^/# /' "$tmp/log" | head -5
fi
if grep -n -i -e '<link' -e '<script[^>]*src=' -e '<img' -e '<iframe' \
  -e '@import' -e 'url(' -e '@font-face' "$page" >"$tmp/log"; then
  fail "html: loads something from elsewhere"; sed 's/^/# /' "$tmp/log" | head -5
else
  pass "html: no external script, style sheet, font or image"
fi

# The browser test.
if [ ! -x "$CHROMIUM" ]; then
  skip "html in a browser: $CHROMIUM not installed"
  exit 0
fi
if ! have node || [ ! -d node_modules/playwright-core ]; then
  skip "html in a browser: node or node_modules/playwright-core missing"
  exit 0
fi
actor=$(awk -F '\t' '$2 == "Actor" && $3 == "portrays" { print $1; exit }' \
  "$tmp/a/page.facts.tsv")
if [ -z "$actor" ]; then
  fail "html: no actor in the facts export"
  exit 0
fi
mkdir "$tmp/profile"
shot=$tmp/search.png
CHROMIUM=$CHROMIUM timeout 180 node tests/html/page.test.js "$page" "$actor" \
  "$shot" "$tmp/profile" "$tmp/a/page.facts.tsv" >"$tmp/browser" 2>&1
rc=$?
grep -e '^ok - ' -e '^not ok - ' "$tmp/browser"
if [ "$rc" -ne 0 ] && ! grep -q '^not ok - ' "$tmp/browser"; then
  fail "html: browser test exited $rc"; sed 's/^/# /' "$tmp/browser" | head -5
fi
for s in "$tmp/search-first.png" "$shot" "$tmp/search-panel.png" \
  "$tmp/search-costars.png"; do
  size=$(wc -c <"$s" 2>/dev/null || echo 0)
  sig=$(od -An -tx1 -N8 "$s" 2>/dev/null | tr -d ' \n')
  if [ "$sig" = 89504e470d0a1a0a ] && [ "$size" -gt 20000 ]; then
    pass "html: screenshot $(basename "$s") is a PNG of $size bytes"
  else
    fail "html: screenshot $(basename "$s") ($size bytes, signature '$sig')"
  fi
done
# SHOTS=DIR keeps the screenshots, to look at them.
if [ -n "${SHOTS:-}" ]; then
  mkdir -p "$SHOTS" && cp "$tmp"/search*.png "$SHOTS/"
fi
