#!/bin/sh
# rdf_identity.sh: a document's IRI says what the page is, never where the
# file lies (docs/rdf-model.md, document IRIs). The same article exported
# from two folders, once by a relative and once by an absolute path, gives
# the same N-Triples and Turtle byte for byte, and no output format holds
# the folder; an HTML page is named by its canonical link, a wiki page by
# its Wikipedia URL, any page by --source-iri; no IRI percent-encodes an
# unreserved character (RFC 3986 2.3).
# Prints "ok - ..." / "not ok - ..." lines; BUILDDIR names the build dir.
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh
export LC_ALL=C
if [ ! -x "$BIN" ]; then skip "document identity: $BIN not built"; exit 0; fi
case $BIN in /*) abin=$BIN ;; *) abin=$PWD/$BIN ;; esac
ALL=turtle,ntriples,graphml,coappear,dot,svg,html,facts,csv

# The article in a folder whose name is unlike anything in the text.
dir=$T/Qz7-folder/inner
mkdir -p "$dir"
cp examples/the-defenders.txt "$dir/article.txt"
(cd "$dir" && "$abin" -q -o "$T/rel" -n x -f "$ALL" --explain article.txt) \
  >"$T/log" 2>&1 || nok "export by a relative path" "$T/log"
(cd / && "$abin" -q -o "$T/abs" -n x -f "$ALL" --explain "$dir/article.txt") \
  >"$T/log" 2>&1 || nok "export by an absolute path" "$T/log"
for f in x.nt x.ttl; do
  if [ -s "$T/rel/$f" ] && cmp -s "$T/rel/$f" "$T/abs/$f"; then
    ok "$f: the same bytes from two folders"
  else
    nok "$f: differs between a relative and an absolute path"
    diff "$T/rel/$f" "$T/abs/$f" | head -4 | sed 's/^/#   /'
  fi
done
leak=$(grep -l -e "Qz7-folder" -e "$T" "$T/abs"/* "$T/rel"/* 2>/dev/null | tr '\n' ' ')
if [ -z "$leak" ] && [ -n "$(ls "$T/abs")" ]; then
  ok "no output format holds the input's folder ($(ls "$T/abs" | wc -l | tr -d ' ') files)"
else
  nok "the input's folder is in: $leak"
fi
# Unreserved characters (A-Z a-z 0-9 - . _ ~) are never percent-encoded.
if grep -Eo '<[^>]*>' "$T/abs/x.nt" |
   grep -Eiq '%(2D|2E|5F|7E|3[0-9]|4[1-9A-F]|5[0-9A]|6[1-9A-F]|7[0-9A])'; then
  nok "an IRI percent-encodes an unreserved character"
  grep -Eo '<[^>]*>' "$T/abs/x.nt" |
    grep -Ei '%(2D|2E|5F|7E|3[0-9]|4[1-9A-F]|5[0-9A]|6[1-9A-F]|7[0-9A])' | head -3 | sed 's/^/#   /'
else
  ok "no IRI percent-encodes an unreserved character"
fi
digest=$(sha256sum "$dir/article.txt" | cut -c1-64)
if grep -q "<https://w3id.org/screenkg/id/doc/sha256-$digest> " "$T/abs/x.nt"; then
  ok "a plain-text document is named by the digest of its text"
else
  nok "no document doc/sha256-$digest"
fi

# doc_iri NAME FILE.nt WANT: the export names its one document WANT (the
# path below the base) and links it to the page with schema:url.
doc_iri() {
  got=$(sed -n 's|^<https://w3id.org/screenkg/id/doc/\([^>/]*\)> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/screenkg/ontology#Document> \.$|\1|p' "$2" | sort -u | tr '\n' ' ')
  if [ "$got" = "$3 " ]; then ok "$1: doc/$3"; else nok "$1: documents '$got', want '$3'"; fi
}
text='Harbor Lights is a 1998 American crime film directed by Mae Dorsey. It stars Jane Roe as Vera Quill.'
printf '<html><head><title>Harbor Lights</title><link rel="canonical" href="https://news.example.org/films/harbor-lights_1998?page=2"></head><body><p>%s</p></body></html>\n' "$text" >"$T/one.html"
cp "$T/one.html" "$T/copy-of-one.html"
"$BIN" -q -o "$T/h" -n h -f ntriples "$T/one.html" "$T/copy-of-one.html" 2>"$T/log" || nok "HTML export" "$T/log"
doc_iri "HTML with a canonical link, under two file names" "$T/h/h.nt" \
  'news.example.org%2Ffilms%2Fharbor-lights_1998%3Fpage%3D2'
if grep -q '<https://schema.org/url> <https://news.example.org/films/harbor-lights_1998?page=2> \.' "$T/h/h.nt"; then
  ok "HTML: schema:url is the canonical link"
else nok "HTML: no schema:url to the canonical link"; fi

cat >"$T/dump.xml" <<XML
<mediawiki xml:lang="en"><page><title>Harbor Lights (1998 film)</title><ns>0</ns>
<revision><text>'''Harbor Lights''' is a 1998 American crime film directed by [[Mae Dorsey]]. It stars [[Jane Roe (actress)|Jane Roe]] as Vera Quill.</text></revision></page></mediawiki>
XML
"$BIN" -q -o "$T/w" -n w -f ntriples "$T/dump.xml" 2>"$T/log" || nok "wiki export" "$T/log"
doc_iri "a wiki page" "$T/w/w.nt" 'en.wikipedia.org%2Fwiki%2FHarbor_Lights_%281998_film%29'

"$BIN" -q -o "$T/s" -n s -f ntriples --source-iri 'https://example.org/a/b~c' \
  "$dir/article.txt" 2>"$T/log" || nok "--source-iri export" "$T/log"
doc_iri "--source-iri" "$T/s/s.nt" 'example.org%2Fa%2Fb~c'
expect "--source-iri with two inputs" 2 "names one input" -- -q -o "$T/s2" \
  --source-iri https://example.org/a "$T/one.html" "$T/copy-of-one.html"
expect "--source-iri that is not an absolute IRI" 2 "absolute IRI" -- -q \
  -o "$T/s3" --source-iri 'not an iri' "$T/one.html"
