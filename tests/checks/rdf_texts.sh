#!/bin/sh
# rdf_texts.sh: --texts DIR publishes the text every offset refers to
# (docs/rdf-model.md, "Checking the offsets"). For a plain-text, an HTML,
# a JSON Lines and a MediaWiki input (and all wiki-dev pages when the
# shared corpus is there), every selector's quote must be found at its
# offsets in DIR/SHA256.txt, and every document's skg:sha256 and
# skg:characters must be those of its text (tests/rdf/offsets.js). Against the HTML file
# itself the same check must fail: the offsets are not the file's.
# Prints "ok - ..." / "not ok - ..." lines; BUILDDIR names the build dir.
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh
export LC_ALL=C
if [ ! -x "$BIN" ]; then skip "texts: $BIN not built"; exit 0; fi
if [ ! -d node_modules/n3 ] || ! have node; then
  skip "texts: node or node_modules missing (run scripts/setup.sh)"; exit 0
fi

# offsets NAME INPUT...: export INPUT with --texts and check the offsets.
offsets() {
  name=$1; shift
  rm -rf "$T/o" "$T/texts"
  if ! "$BIN" -q -o "$T/o" -n x -f turtle --texts "$T/texts" "$@" 2>"$T/err"; then
    nok "$name: export with --texts" "$T/err"; return
  fi
  if node tests/rdf/offsets.js "$T/o/x.ttl" "$T/texts" >"$T/log" 2>&1; then
    ok "$name: quotes at their offsets in the published text ($(sed -n 's/ passed, 0 failed$//p' "$T/log") selectors and documents)"
  else
    nok "$name: offsets do not match the published text" "$T/log"
  fi
}

offsets "plain text" examples/the-defenders.txt
offsets "HTML" examples/corpus/copper-bay.html
offsets "JSON Lines" examples/corpus/films.jsonl
offsets "MediaWiki dump" examples/corpus/wiki/testpedia-pages.xml.gz
dev=/work/shared/eval/wiki-dev/xml
if [ -d "$dev" ]; then
  # shellcheck disable=SC2086
  offsets "all $(ls "$dev" | wc -l | tr -d ' ') wiki-dev pages" "$dev"/*/page.xml
else
  skip "wiki-dev pages: $dev missing"
fi

# Each file is named by the digest of its bytes.
bad=0
for f in "$T/texts"/*.txt; do
  [ "$(sha256sum <"$f" | cut -d' ' -f1).txt" = "$(basename "$f")" ] || bad=$((bad + 1))
done
if [ "$bad" = 0 ]; then ok "each text file is named by its sha256"
else nok "$bad text files not named by their sha256"; fi

# The check can fail: the HTML file's bytes are not the extracted text.
"$BIN" -q -o "$T/h" -n x -f turtle examples/corpus/copper-bay.html 2>/dev/null
mkdir -p "$T/raw" && cp examples/corpus/copper-bay.html "$T/raw/"
if node tests/rdf/offsets.js "$T/h/x.ttl" "$T/raw" >/dev/null 2>&1; then
  nok "offsets.js passes the HTML file itself (it cannot fail)"
else ok "offsets.js rejects the HTML file's bytes as the text"; fi

# --texts naming a file: a clear error, exit 3, no output.
: >"$T/afile"
expect "--texts naming a file" 3 'texts.*not a folder' -q -o "$T/e" -n x \
  -f turtle --texts "$T/afile" examples/the-defenders.txt
empty_dir "--texts naming a file" "$T/e"
