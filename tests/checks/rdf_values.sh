#!/bin/sh
# rdf_values.sh: what an article states about its work, in the RDF
# (docs/rdf-model.md, "Values of the work"). An invented MediaWiki page
# (infobox dates, running time, genres, counts, qid, {{IMDb title}}) and an
# invented plain-text article (prose release date, Rotten Tomatoes and
# Metacritic, a sequel) are exported; rapper and serdi read the Turtle
# and N-Triples alike; the export conforms to the SHACL shapes; the values
# are typed literals (xsd:date, xsd:duration, xsd:integer, xsd:decimal),
# the scores schema:AggregateRating nodes, the IMDb id a schema:sameAs
# link, the Wikidata item an owl:sameAs link, the sequel a skg:follows
# with its assertion; and the shapes do reject a release date written as
# text. The film's lead gives its genre ("a 2019 American crime film":
# "Crime"), an invented series article its season and episode counts in
# prose, and an invented season article (MediaWiki) no date, count or
# Wikidata item of its series: they are the season's.
# Prints "ok - ..." / "not ok - ..." lines; BUILDDIR names the build dir.
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh
export LC_ALL=C
if [ ! -x "$BIN" ]; then skip "work values: $BIN not built"; exit 0; fi
ID='https://w3id.org/screenkg/id/'
SKG='https://w3id.org/screenkg/ontology#'
XSD='http://www.w3.org/2001/XMLSchema#'
cat >"$T/page.xml" <<'XML'
<mediawiki xml:lang="en"><page><title>Copper Tides (TV series)</title><ns>0</ns>
<revision><text>{{Infobox television
| genre = {{ubl|Mystery|Period drama}}
| creator = [[Ana Pell]]
| num_seasons = 3
| num_episodes = 24
| runtime = 44 minutes
| first_aired = {{Start date|2016|3|4}}
| qid = Q98765432
}}
'''''Copper Tides''''' is a British mystery television series.
==External links==
* {{IMDb title|0456789|Copper Tides}}</text></revision></page></mediawiki>
XML
cat >"$T/film.txt" <<'TXT'
Night Ledger is a 2019 American crime film directed by Ann Roe, a sequel to the 2016 film Day Ledger.

The film premiered at the Kestrel Film Festival on 11 August 2019. On Rotten Tomatoes, the film holds an approval rating of 78% based on 120 reviews, with an average rating of 7/10. On Metacritic, the film has a score of 65 out of 100.
TXT
cat >"$T/series.txt" <<'TXT'
Gray Pier is an American legal drama television series created by Ana Pell.

The series ran for 110 episodes over five seasons on Northwind TV.
TXT
cat >"$T/season.xml" <<'XML'
<mediawiki xml:lang="en"><page><title>Harbor Days season 4</title><ns>0</ns>
<revision><text>{{Infobox television season
| season_number = 4
| num_episodes = 13
| first_aired = {{Start date|2019|9|14}}
| genre = Crime drama
| qid = Q98765431
}}
The fourth season of the American crime drama television series '''''Harbor Days''''' premiered on [[Northwind TV]] on September 14, 2019.</text></revision></page></mediawiki>
XML
if ! "$BIN" -q -o "$T/o" -n x -f turtle,ntriples "$T/page.xml" "$T/film.txt" \
  "$T/series.txt" "$T/season.xml" 2>"$T/err"; then
  nok "export of the page and the article" "$T/err"; exit 0
fi
nt=$T/o/x.nt ttl=$T/o/x.ttl
want=$(wc -l <"$nt" | tr -d ' ')
rdf_parsers_read turtle "$ttl" "$want"
if have node && [ -d node_modules/rdf-validate-shacl ]; then
  if node tests/rdf/shacl.js "$ttl" ontology/shapes.ttl ontology/screenkg.ttl >"$T/shacl" 2>&1; then
    ok "the export conforms to the shapes"
  else nok "the export does not conform to the shapes" "$T/shacl"; fi
  sed 's|"2019-08-11"^^<http://www.w3.org/2001/XMLSchema#date>|"11 August 2019"@en|' \
    "$nt" >"$T/bad.nt"
  if ! cmp -s "$nt" "$T/bad.nt" &&
     ! node tests/rdf/shacl.js "$T/bad.nt" ontology/shapes.ttl ontology/screenkg.ttl >"$T/shacl" 2>&1 &&
     grep -q 'skg:releaseDate: the object is an xsd:date' "$T/shacl"; then
    ok "the shapes reject a release date written as text"
  else nok "a release date written as text conforms" "$T/shacl"; fi
else skip "SHACL: node_modules missing (run scripts/setup.sh)"; fi

# has DESC TRIPLE: the N-Triples line is in the export.
has() {
  if grep -qxF "$2" "$nt"; then ok "$1"; else nok "$1: no $2"; fi
}
tides="<${ID}work/copper-tides>" ledger="<${ID}work/night-ledger>"
has "infobox {{Start date}}: an xsd:date" \
  "$tides <${SKG}releaseDate> \"2016-03-04\"^^<${XSD}date> ."
has "infobox runtime: an xsd:duration" \
  "$tides <${SKG}runningTime> \"PT44M\"^^<${XSD}duration> ."
has "infobox episodes: an xsd:integer" \
  "$tides <${SKG}numberOfEpisodes> \"24\"^^<${XSD}integer> ."
has "infobox seasons: an xsd:integer" \
  "$tides <${SKG}numberOfSeasons> \"3\"^^<${XSD}integer> ."
has "infobox genres: English strings" "$tides <${SKG}genre> \"Period drama\"@en ."
has "{{IMDb title}}: the id" "$tides <${SKG}imdbId> \"tt0456789\" ."
has "{{IMDb title}}: schema:sameAs the IMDb page" \
  "$tides <https://schema.org/sameAs> <https://www.imdb.com/title/tt0456789/> ."
has "infobox qid: owl:sameAs the Wikidata item" \
  "$tides <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q98765432> ."
has "prose premiere: an xsd:date" \
  "$ledger <${SKG}releaseDate> \"2019-08-11\"^^<${XSD}date> ."
has "Rotten Tomatoes average: an xsd:decimal with its fraction" \
  "$ledger <${SKG}averageRating> \"7.0\"^^<${XSD}decimal> ."
has "the sequel follows the first film" "$ledger <${SKG}follows> <${ID}work/day-ledger> ."
has "... as its assertion says" \
  "<${ID}fact/work/night-ledger/follows/work/day-ledger> <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <${SKG}follows> ."
rt="<${ID}work/night-ledger/rating/rotten-tomatoes-approval>"
has "the approval is a schema:AggregateRating of the work" \
  "$ledger <https://schema.org/aggregateRating> $rt ."
has "... out of 100" "$rt <https://schema.org/bestRating> \"100\"^^<${XSD}integer> ."
has "... of 120 reviews" "$rt <https://schema.org/reviewCount> \"120\"^^<${XSD}integer> ."
has "the Metacritic score is reified with its evidence" \
  "<${ID}fact/work/night-ledger/metascore/literal/65> <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> \"65\"^^<${XSD}integer> ."
has "the film's lead names its genre" "$ledger <${SKG}genre> \"Crime\"@en ."
pier="<${ID}work/gray-pier>" days="<${ID}work/harbor-days>"
has "prose seasons: an xsd:integer" \
  "$pier <${SKG}numberOfSeasons> \"5\"^^<${XSD}integer> ."
has "prose episodes: an xsd:integer" \
  "$pier <${SKG}numberOfEpisodes> \"110\"^^<${XSD}integer> ."
has "a season article's genre is the series'" "$days <${SKG}genre> \"Crime drama\"@en ."
grep -F "$days " "$nt" |
  grep -E '(releaseDate|numberOfEpisodes|wikidataItem|www\.wikidata\.org)' >"$T/season"
if [ -s "$T/season" ]; then
  nok "a season article gives its series the season's date, count or item" "$T/season"
else ok "a season article gives its series no date, count or item of the season"; fi
