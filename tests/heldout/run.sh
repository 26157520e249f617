#!/usr/bin/env bash
# run.sh: scores screenkg on the held-out sets built as README.md says.
# Usage: tests/heldout/run.sh BIN HELDOUT_DIR
# Prints the Re-DocRED test subset's scores (mapped predicates) and the two
# silver lines (all infobox facts; own-work crew and companies) for the
# held-out Wikipedia pages as prose and as MediaWiki exports. wikiE's halves
# (wikiE1 open, wikiE2 held out; 1,242 pages, about four minutes on a
# shared machine) are skipped with WIKIE=0.
set -u
[ $# -ge 2 ] || { echo "usage: $0 SCREENKG HELDOUT_DIR" >&2; exit 2; }
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dir=$2
shared=${SHARED:-$(dirname "$0")/../../../shared}/eval
py=/usr/bin/python3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
preds=castMember,director,writer,producer,productionCompany,network,creator,composer,cinematographer,hasCharacter

echo "== Re-DocRED test, film/TV subset (mapped predicates)"
mkdir -p "$out/redocred"
for d in "$dir"/redocred-test/*/; do
  "$bin" -q -o "$out/redocred" -n "$(basename "$d")" --format facts "$d/article.txt" ||
    echo "screenkg failed on $d" >&2
done
$py "$shared/score.py" --corpus "$dir/redocred-test" --facts-dir "$out/redocred" \
  --predicates "$preds" | tail -n 1
# reach SET LABEL [FACTS_DIR PREDICATES]: how many gold facts the text names
# at all, and the recall among them (totals only; reachable.py).
reach() {
  if [ $# -ge 4 ]; then src=(--facts-dir "$3" --predicates "$4"); else src=(--bin "$bin"); fi
  $py "$(dirname "$0")/reachable.py" --short --score "$shared/score.py" \
    "${src[@]}" --label "$2" "$1"
}
reach "$dir/redocred-test" "Re-DocRED test, recall of facts the text names" "$out/redocred" "$preds"
for half in wikiA wikiB wiki wikiD wikiE1 wikiE2; do
  [ -d "$dir/$half" ] || continue
  case $half in wikiE*) [ "${WIKIE:-1}" = 0 ] && continue ;; esac
  for kind in prose xml; do
    echo "== $half $kind ($(ls "$dir/$half/$kind" | wc -l) pages, silver gold)"
    bash "$shared/silver/run.sh" "$bin" "$dir/$half/$kind" "$kind"
    [ "$kind" = prose ] && reach "$dir/$half/$kind" "$half prose, recall of facts the text names"
  done
done
