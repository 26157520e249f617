#!/bin/sh
# readers.sh: the input readers from the command line: every format found
# from its content (and forced with --input-format), folders, standard
# input, gzip and bzip2; bad documents in a corpus reported with their
# place and skipped (hostile input, XXE, broken XML and gzip are in
# bad.sh); and the reference article converted into HTML, JSON Lines and a
# MediaWiki page exports the same facts as the plain text (tests/fixtures/convert.py restructures it mechanically).
. "$(dirname "$0")/../lib.sh"
SHARED=${SHARED:-../shared}
F=tests/fixtures

# run NAME CODE ARGS...: screenkg -q -f facts -o $T/NAME ARGS; checks the
# exit code; the facts are in $T/NAME/x.facts.tsv, stderr in $T/NAME.err.
run() {
  name=$1 code=$2; shift 2
  "$BIN" -q -f facts -n x -o "$T/$name" "$@" >"$T/$name.out" 2>"$T/$name.err"; rc=$?
  [ "$rc" -eq "$code" ] && return 0
  nok "$name: exit $rc, want $code" "$T/$name.err"; return 1
}
# has NAME LINE...: each tab-separated LINE is in NAME's facts.
has() {
  name=$1; shift
  for l in "$@"; do
    if ! grep -qxF "$(printf "$l")" "$T/$name/x.facts.tsv" 2>/dev/null; then
      nok "$name: lacks $(printf "$l" | tr '\t' ' ')" "$T/$name/x.facts.tsv"; return 1
    fi
  done
  ok "$name"
}
# err NAME PATTERN: NAME's stderr matches PATTERN (grep -E).
err() {
  grep -Eq "$2" "$T/$1.err" && ok "$1: reports /$2/" || nok "$1: stderr lacks /$2/" "$T/$1.err"
}

# Each format, recognised from content.
run html 0 $F/harbor-lights.html &&
  has html 'Harbor Lights\tFilm\tdirector\tMae Dorsey\tPerson' \
    'Jane Roe\tActor\tportrays\tVera Quill\tCharacter' \
    'Harbor Lights\tFilm\tcomposer\tPell Whitford\tPerson' \
    'Kit Farrow\tCritic\twritesFor\tDaily Courier\tPublication' \
    'Ron Okafor\tPerson\twritesFor\tThe Morning Star\tPublication'
grep -q 'script\|Nobody\|Main page\|last edited' "$T/html/x.facts.tsv" &&
  nok "html: navigation or script text extracted" || ok "html: navigation, script, footer dropped"

run jsonl 1 $F/corpus.jsonl &&
  has jsonl 'Tide Mark\tFilm\tdirector\tMae Dorsey\tPerson' \
    'Lena Voss\tActor\tportrays\tIris Quay\tCharacter' \
    'Élodie Brandt\tActor\tportrays\tCorinne Vale\tCharacter'
err jsonl 'corpus.jsonl:2:[0-9]+: bad JSON'
err jsonl 'corpus.jsonl:3:1: no "text" string'

run mediawiki 0 $F/dump.xml &&
  has mediawiki 'Night Ledger\tSeries\tcastMember\tRex Dunn\tActor' \
    'Night Ledger\tSeries\tcreator\tJane Roe\tPerson' \
    'Night Ledger\tSeries\tnetwork\tNorthwind TV\tCompany' \
    'Night Ledger\tSeries\tproductionCompany\tGray Finch Studios\tCompany' \
    'Tom Ash\tActor\tportrays\tHal Brine\tCharacter' \
    'Pia Dunmore\tPerson\twritesFor\tDaily Courier\tPublication' \
    'Ron Okafor\tPerson\twritesFor\tThe Morning Star\tPublication' \
    'Paper Kites\tFilm\twriter\tTim Sato\tPerson' \
    'Paper Kites\tFilm\tcastMember\tOmar Reyes\tActor'
grep -q 'Nobody' "$T/mediawiki/x.facts.tsv" && nok "mediawiki: talk page read" || ok "mediawiki: redirects and talk pages skipped"

# --only-works drops the page about a director.
"$BIN" -f facts -n x -o "$T/ow" --only-works --stats $F/dump.xml 2>"$T/ow.err" >/dev/null
grep -q '1 not about a work' "$T/ow.err" && ok "--only-works skips a page about a person" || nok "--only-works" "$T/ow.err"
grep -q '^screenkg: stats: entities' "$T/ow.err" && grep -q '^screenkg: stats: facts' "$T/ow.err" &&
  ok "--stats prints entities and facts by type" || nok "--stats" "$T/ow.err"

# Compressed, standard input, forced formats, folders.
gzip -c $F/dump.xml >"$T/dump.xml.gz"
bzip2 -c $F/dump.xml >"$T/dump.xml.bz2"
run gzip 0 "$T/dump.xml.gz" && has gzip 'Night Ledger\tSeries\tnetwork\tNorthwind TV\tCompany'
run bzip2 0 "$T/dump.xml.bz2" && has bzip2 'Night Ledger\tSeries\tnetwork\tNorthwind TV\tCompany'
run stdin 0 - <$F/harbor-lights.html && has stdin 'Harbor Lights\tFilm\tdirector\tMae Dorsey\tPerson'
run forced-text 0 --input-format text $F/harbor-lights.html
grep -q 'Harbor Lights	Film	director' "$T/forced-text/x.facts.tsv" 2>/dev/null &&
  nok "--input-format text reads HTML as HTML" || ok "--input-format text forces plain text"
run bad-format 2 --input-format yaml $F/dump.xml && err bad-format "unknown input format 'yaml'"
run folder 0 examples/corpus &&
  has folder 'Glass Orchard\tSeries\tcreator\tPia Stroud\tPerson' \
    'Salt Road\tFilm\tdirector\tOla Berg\tPerson' \
    'Copper Bay\tSeries\tnetwork\tGullwing TV\tCompany' \
    'Night Ledger\tSeries\tnetwork\tNorthwind TV\tCompany'
"$BIN" -q -f facts -o "$T/f2" -n x examples/corpus && cmp -s "$T/folder/x.facts.tsv" "$T/f2/x.facts.tsv" &&
  ok "folder: two runs are byte-identical" || nok "folder: two runs differ"
mkdir -p "$T/hidden/.git" && cp $F/harbor-lights.html "$T/hidden/.git/a.html" && cp $F/harbor-lights.html "$T/hidden/.b.html"
run hidden 1 "$T/hidden" && err hidden 'is a directory without input files'

# One bad file in a folder: reported, the rest exported, exit 1.
mkdir -p "$T/mixed" && cp $F/harbor-lights.html "$T/mixed/" && printf 'bad \377 bytes\n' >"$T/mixed/bad.txt"
run mixed 1 "$T/mixed" && err mixed 'bad.txt:1:5: invalid UTF-8' && has mixed 'Harbor Lights\tFilm\tdirector\tMae Dorsey\tPerson'

# Robust input (issue 11, item 8).
# loud NAME CODE ARGS...: run without -q (warnings and notes are quiet
# under -q); the facts are in $T/NAME/x.facts.tsv, stderr in $T/NAME.err.
loud() {
  name=$1 code=$2; shift 2
  "$BIN" -f facts -n x -o "$T/$name" "$@" >"$T/$name.out" 2>"$T/$name.err"; rc=$?
  [ "$rc" -eq "$code" ] && return 0
  nok "$name: exit $rc, want $code" "$T/$name.err"; return 1
}
# One unbalanced "{{" or "[[" in an infobox costs only that value: the
# rest of the page is read, and a warning gives the place in the wikitext.
cat >"$T/unbal.xml" <<'EOF'
<mediawiki><page><title>Amber Weir</title><ns>0</ns><revision><text>{{Infobox film
| director = [[Noor Haddad
| starring = {{ubl|[[Lio Brandt]]|Suki Morrow}
| music = [[Evander Platt]]
| studio = Quillon Pictures
}}
'''''Amber Weir''''' is a 2004 Canadian drama film. {{cite web|title=Open
== Cast ==
* Lio Brandt as Hal Brine
</text></revision></page></mediawiki>
EOF
loud unbalanced 0 "$T/unbal.xml" &&
  has unbalanced 'Amber Weir\tFilm\tdirector\tNoor Haddad\tPerson' \
    'Amber Weir\tFilm\tcomposer\tEvander Platt\tPerson' \
    'Amber Weir\tFilm\tproductionCompany\tQuillon Pictures\tCompany'
err unbalanced "warning: .*unbal.xml#Amber Weir: wikitext line 2, column 14: unbalanced '\[\[' read as text \(and 2 more on the page\)"
run unbalanced-q 0 "$T/unbal.xml" && ! grep -q warning "$T/unbalanced-q.err" &&
  ok "unbalanced: quiet under -q" || nok "unbalanced: warns under -q" "$T/unbalanced-q.err"

# A file holding one bare <page> element (no <mediawiki> around it).
cat >"$T/bare.xml" <<'EOF'
<?xml version="1.0"?>
<page>
<title>Amber Weir</title>
<ns>0</ns>
<revision><text>{{Infobox film
| director = [[Noor Haddad]]
}}
'''Amber Weir''' is a 2004 film.</text></revision>
</page>
EOF
run bare 0 "$T/bare.xml" && has bare 'Amber Weir\tFilm\tdirector\tNoor Haddad\tPerson'

# UTF-16 with a byte-order mark, little- and big-endian, text and XML:
# the same facts as UTF-8, an astral character included.
printf 'Salt Road is a 2011 Swedish drama film directed by Ola Berg. It stars Jane Roe as Vera Quill, a smuggler. \360\237\216\254\n' >"$T/u8.txt"
run u8 0 "$T/u8.txt"
for enc in le be; do
  /usr/bin/python3 -c 'import sys; t=open(sys.argv[1],encoding="utf-8").read(); e=sys.argv[3]; bom=b"\xff\xfe" if e=="le" else b"\xfe\xff"; open(sys.argv[2],"wb").write(bom+t.encode("utf-16-"+e))' "$T/u8.txt" "$T/u16$enc.txt" $enc
  run "u16$enc" 0 "$T/u16$enc.txt" &&
    cmp -s "$T/u8/x.facts.tsv" "$T/u16$enc/x.facts.tsv" &&
    ok "UTF-16 $enc: the same facts as UTF-8" || nok "UTF-16 $enc: facts differ from UTF-8" "$T/u16$enc/x.facts.tsv"
done
/usr/bin/python3 -c 'import sys; t=open(sys.argv[1],encoding="utf-8").read().replace("<?xml version=\"1.0\"?>","<?xml version=\"1.0\" encoding=\"UTF-16\"?>"); open(sys.argv[2],"wb").write(b"\xff\xfe"+t.encode("utf-16-le"))' "$T/bare.xml" "$T/u16.xml"
run u16xml 0 "$T/u16.xml" && has u16xml 'Amber Weir\tFilm\tdirector\tNoor Haddad\tPerson'

# A folder reads its articles only: facts.tsv and README.md beside
# article.txt are skipped, each with a note; named, a file is read.
mkdir -p "$T/arts" && cp "$T/u8.txt" "$T/arts/article.txt" &&
  printf 'w:grey-mill\tdirector\tp:ann-roe\nThe Grey Mill is a 2001 film directed by Ann Roe.\n' >"$T/arts/facts.tsv" &&
  printf '# Notes\nThe Grey Mill is a 2001 film directed by Ann Roe.\n' >"$T/arts/README.md"
loud arts 0 "$T/arts" && has arts 'Salt Road\tFilm\tdirector\tOla Berg\tPerson'
grep -q 'Grey Mill\|Ann Roe' "$T/arts/x.facts.tsv" 2>/dev/null &&
  nok "folder: a data file read as an article" "$T/arts/x.facts.tsv" || ok "folder: facts.tsv and README.md not read"
err arts 'note: .*arts/facts.tsv skipped'
err arts 'note: .*arts/README.md skipped'
run named 0 "$T/arts/README.md" && has named 'The Grey Mill\tFilm\tdirector\tAnn Roe\tPerson'

# A flattened infobox in plain text: its lines are infobox facts.
printf 'Harrow Point\nDirected by\tDelia Marsh\nStarring\tCole Abernathy\nPriya Lindqvist\nProduction company\tBramblewood Pictures\nRunning time\t104 minutes\nHarrow Point is a 2015 American thriller film.\n' >"$T/flat.txt"
run flat 0 "$T/flat.txt" &&
  has flat 'Harrow Point\tFilm\tdirector\tDelia Marsh\tPerson' \
    'Harrow Point\tFilm\tcastMember\tPriya Lindqvist\tActor' \
    'Harrow Point\tFilm\tproductionCompany\tBramblewood Pictures\tCompany'

# The reference article in every format: the same facts as plain text.
SEED=$SHARED/seeds/000_84111ec70c4c5ad7.txt
if [ -f "$SEED" ]; then
  mkdir -p "$T/conv"
  /usr/bin/python3 $F/convert.py "$SEED" "$T/conv" "Marvel's The Defenders"
  "$BIN" -q -f facts -o "$T/conv" -n text "$SEED"
  for fmt in html jsonl xml; do
    "$BIN" -q -f facts -o "$T/conv" -n "$fmt" "$T/conv/article.$fmt" 2>"$T/conv/$fmt.err"
    sort "$T/conv/text.facts.tsv" >"$T/conv/a"; sort "$T/conv/$fmt.facts.tsv" 2>/dev/null >"$T/conv/b"
    missing=$(comm -23 "$T/conv/a" "$T/conv/b" | wc -l)
    if [ -s "$T/conv/b" ] && [ "$missing" -eq 0 ]; then
      ok "reference article as $fmt: all $(wc -l <"$T/conv/a") plain-text facts"
    else
      comm -23 "$T/conv/a" "$T/conv/b" >"$T/conv/miss"
      nok "reference article as $fmt: $missing plain-text facts missing" "$T/conv/miss"
    fi
  done
else
  ok "reference article conversions skipped: $SEED not found"
fi

# Link targets name entities: [[Jane Roe (actress)|Janie Roe]] is the
# actress Jane Roe, the surface form an alias, and she is one node with the
# Jane Roe of another article.
run linked 0 $F/linked.xml $F/linked-other.txt &&
  has linked 'Harbor Lights\tFilm\tcastMember\tJane Roe\tActor' \
    'Night Ledger\tFilm\tcastMember\tJane Roe\tActor' \
    'Harbor Lights\tFilm\tdirector\tAda Black\tPerson' \
    'Night Ledger\tFilm\tdirector\tAda Black\tPerson'

# Infobox facts cite their field's line, which ends the text: exports from
# wikitext and HTML conform to the shapes (a selector has start < end).
if [ -d node_modules/rdf-validate-shacl ]; then
  "$BIN" -q -f turtle -n ib -o "$T/ib" $F/dump.xml $F/harbor-lights.html 2>"$T/ib.err"
  if node tests/rdf/shacl.js "$T/ib/ib.ttl" ontology/shapes.ttl ontology/screenkg.ttl >"$T/ib.shacl" 2>&1; then
    ok "infobox evidence conforms to the shapes"
  else
    nok "infobox evidence conforms to the shapes" "$T/ib.shacl"
  fi
else
  ok "# SKIP infobox evidence vs shapes: node_modules missing"
fi

# A flattened infobox whose names stand on indented bullet lines below
# their label: each fact's evidence is the name's own line, not the line
# above it (the line's indentation lies before its sentence).
printf 'Harrow Point\nDirected by\tDelia Marsh\nStarring\n  \342\200\242 Cole Abernathy\n  \342\200\242 Priya Lindqvist\nRunning time\t104 minutes\n\nHarrow Point is a 2019 film.\n' >"$T/bullets.txt"
if "$BIN" -q -f facts --explain -n x -o "$T/bullets" "$T/bullets.txt" 2>"$T/bullets.err"; then
  n=$(awk -F'\t' '$3 == "castMember" && index($8, $4) { n++ } END { print n + 0 }' "$T/bullets/x.facts.tsv")
  [ "$n" -eq 2 ] && ok "indented bullet infobox lines: each name's own line as evidence" ||
    nok "indented bullet infobox lines: $n of 2 cast facts quote their own line" "$T/bullets/x.facts.tsv"
else
  nok "indented bullet infobox lines: exit $?" "$T/bullets.err"
fi

# An HTML infobox labels a row "Producer(s)", "Executive producer(s)": the
# field is read as "Producer" (the plain-text reader already did).
cat >"$T/plural.html" <<'HTML'
<html><head><title>Quill Harbor</title></head><body>
<table class="infobox"><tr><th>Executive producer(s)</th><td><ul><li>Ravi Anand</li><li>Lia Stroud</li></ul></td></tr>
<tr><th>Producer(s)</th><td>Oskar Venn</td></tr></table>
<p>Quill Harbor is a Canadian television sitcom.</p></body></html>
HTML
run plural-labels 0 "$T/plural.html" &&
  has plural-labels 'Quill Harbor\tSeries\texecutiveProducer\tRavi Anand\tPerson' \
    'Quill Harbor\tSeries\texecutiveProducer\tLia Stroud\tPerson' 'Quill Harbor\tSeries\tproducer\tOskar Venn\tPerson'
