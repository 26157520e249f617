#!/usr/bin/env bash
# build.sh: rebuilds the held-out sets of README.md into DIR, from git copies
# (clones or bare git directories) of the five public source repositories.
# Usage: tests/heldout/build.sh DIR REDOCRED PIKI ATLAS WFS WTQ [DDS]
#   REDOCRED tonytan48/Re-DocRED        (commit ccfb54f)
#   PIKI     piki/wikipedia-film-database (commit e792e19)
#   ATLAS    atlasapi/atlas             (commit b2587ed2b)
#   WFS      TimGudlewski/wiki-film-scraper (commit 86157da)
#   WTQ      ppasupat/WikiTableQuestions (commit 7d455a5)
#   DDS      dbamman/dds                (commit ced2a2f; wikiE, only if given)
# Writes DIR/redocred-test, DIR/dev-check (the dev split rebuilt; compare.py
# against ../shared/eval/redocred-dev), DIR/wiki with the halves wikiA and
# wikiB, DIR/wikiC, DIR/wikiD, DIR/wikiE (with DDS), and their sources
# under DIR/src. Needs
# /usr/bin/python3 with python3-mwparserfromhell and python3-bs4.
# Builds only: it never prints a page of wikiB or of redocred-test.
set -eu
[ $# -eq 6 ] || [ $# -eq 7 ] || { sed -n 2,10p "$0" >&2; exit 2; }
dir=$1 rd=$2 piki=$3 atlas=$4 wfs=$5 wtq=$6 dds=${7:-}
here=$(cd "$(dirname "$0")" && pwd)
shared=${SHARED:-$here/../../../shared}/eval
py=/usr/bin/python3
mkdir -p "$dir/src/redocred"
cd "$dir"

# Re-DocRED: the test subset, and the dev split as a check of the converter
for s in dev test; do
  git -C "$rd" show "ccfb54f:data/${s}_revised.json" >"src/redocred/${s}_revised.json"
done
$py "$here/build_redocred.py" src/redocred/test_revised.json "$here/selection-test.tsv" redocred-test test
$py "$here/build_redocred.py" src/redocred/dev_revised.json "$here/selection-dev.tsv" dev-check dev
$py "$here/compare.py" "$shared/redocred-dev" dev-check | tail -n 1

# halves SET ODD EVEN: symbolic links to the odd- and even-numbered pages
# of SET (in `ls` order), as two half sets
halves() {
  i=0
  for n in $(LC_ALL=C ls "$1/prose"); do
    i=$((i + 1)); h=$3; [ $((i % 2)) = 1 ] && h=$2
    for k in prose xml; do
      mkdir -p "$h/$k"; ln -s "../../$1/$k/$n" "$h/$k/$n"
    done
  done
}

# wiki: the listed fixtures (Actrius cut out of its dump fragment), halves
rm -rf src/wiki-fixtures wiki wikiA wikiB
mkdir -p src/wiki-fixtures
$py "$here/wiki_fixtures.py" "$piki" e792e19 "$here/wiki-pages.txt" src/wiki-fixtures
$py "$shared/silver/build.py" src/wiki-fixtures wiki
halves wiki wikiA wikiB

# wikiC: the film and tv wikitext fixtures of atlas, wrapped as exports
rm -rf src/wikiC-wikitext src/wikiC-fixtures wikiC
mkdir -p src/wikiC-wikitext
res=src/test/resources/org/atlasapi/remotesite/wikipedia
git -C "$atlas" ls-tree --name-only b2587ed2b "$res/film/" "$res/tv/" | while IFS= read -r f; do
  git -C "$atlas" show "b2587ed2b:$f" >"src/wikiC-wikitext/$(basename "$f")"
done
$py "$here/wrap_wikitext.py" src/wikiC-fixtures src/wikiC-wikitext/*.mediawiki
$py "$shared/silver/build.py" src/wikiC-fixtures wikiC

# wikiD: rendered pages back to wikitext; the six left-out pages kept aside
rm -rf src/wfs src/wtq src/wikiD-wikitext src/wikiD-dropped src/wikiD-fixtures wikiD
mkdir -p src/wfs src/wtq src/wikiD-dropped
git -C "$wfs" archive 86157da src/wfs/pages | tar -x -C src/wfs --strip-components=3
grep -P '\twtq\t' "$here/wikiD-pages.txt" | cut -f3 | while read -r f; do
  mkdir -p "src/wtq/$(dirname "$f")"
  for e in html json; do git -C "$wtq" show "7d455a5:page/${f%.html}.$e" >"src/wtq/${f%.html}.$e"; done
done
$py "$here/html_to_wikitext.py" src/wikiD-wikitext src/wfs/*.html \
  $(grep -P '\twtq\t' "$here/wikiD-pages.txt" | cut -f3 | sed 's#^#src/wtq/#') >/dev/null
grep '^#   - dropped: ' "$here/wikiD-pages.txt" | sed 's/^#   - dropped: //' | while read -r t; do
  mv "src/wikiD-wikitext/$t.mediawiki" src/wikiD-dropped/
done
$py "$here/wrap_wikitext.py" src/wikiD-fixtures src/wikiD-wikitext/*.mediawiki
$py "$shared/silver/build.py" src/wikiD-fixtures wikiD

# wikiE: the listed film pages of dds (open development set)
[ -n "$dds" ] || exit 0
rm -rf src/dds src/wikiE-wikitext src/wikiE-fixtures wikiE
mkdir -p src/dds
git -C "$dds" archive ced2a2f homework/hw1/data/wiki/movies | tar -x -C src/dds --strip-components=5
grep -v '^#' "$here/wikiE-pages.txt" | cut -f3 | sed 's#^#src/dds/#' | tr '\n' '\0' |
  xargs -0 $py "$here/html_to_wikitext.py" src/wikiE-wikitext >/dev/null
ls -A src/wikiE-wikitext | sed 's#^#src/wikiE-wikitext/#' | tr '\n' '\0' |
  xargs -0 $py "$here/wrap_wikitext.py" src/wikiE-fixtures
$py "$shared/silver/build.py" src/wikiE-fixtures wikiE
# halves, as wiki's: wikiE1 (odd pages) open, wikiE2 (even) held out
rm -rf wikiE1 wikiE2
halves wikiE wikiE1 wikiE2
