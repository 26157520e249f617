#!/bin/sh
# shard.sh: --shard K/N. Shards of one corpus, run in parallel, give
# N-Triples whose concatenation (sort -u) is the single-process export
# (docs/scale.md): every document in exactly one shard, evidence selector
# IRIs that do not depend on the other documents, per-document extraction.
# The corpus: the Re-DocRED articles of ../shared (when present), the mixed
# examples/corpus/ (HTML, JSON Lines, a MediaWiki dump, text) and the
# reference article. Also: the recipe's xargs -P line, JSON Lines on
# standard input, empty shards, option errors, and loading the merged
# shards into a triple store.
BUILDDIR=${BUILDDIR:-build}
BIN=$BUILDDIR/screenkg
SHARED=${SHARED:-../shared}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export LC_ALL=C

ok() { echo "ok - $1"; }
nok() { echo "not ok - $1"; [ -n "${2:-}" ] && [ -f "$2" ] && sed 's/^/#   /' "$2" | head -20; }
# same WHAT A B: sorted-unique files A and B are equal.
same() {
  if cmp -s "$2" "$3"; then
    ok "$1"
  else
    diff "$2" "$3" >"$T/diff"
    nok "$1 ($(grep -c '^[<>]' "$T/diff") lines differ)" "$T/diff"
  fi
}

set -- examples/corpus examples/the-defenders.txt
[ -d "$SHARED/eval/redocred-dev" ] && set -- "$SHARED"/eval/redocred-dev/*/article.txt "$@"

"$BIN" -q --stats -o - -f ntriples "$@" >"$T/one.nt" 2>"$T/err" || nok "single run" "$T/err"
# Every document is numbered, the dump's pages left out by design too.
numbered=$(sed -n 's/^screenkg: stats: documents \([0-9]*\) extracted, \([0-9]*\) bad (skipped), \([0-9]*\) not articles.*, \([0-9]*\) not about a work.*/\1 \2 \3 \4/p' "$T/err" |
  awk '{ print $1 + $2 + $3 + $4 }')
sort -u "$T/one.nt" >"$T/one.sorted"
ndocs=$(grep -c "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/screenkg/ontology#Document> \.$" "$T/one.sorted")

# Four shards in parallel, merged by concatenation.
for k in 1 2 3 4; do
  "$BIN" -q --shard $k/4 -o - -f ntriples "$@" >"$T/part$k.nt" 2>"$T/err$k" &
done
wait
cat "$T"/part1.nt "$T"/part2.nt "$T"/part3.nt "$T"/part4.nt | sort -u >"$T/merged.nt"
same "4 shards in parallel, sort -u, equal the single run ($ndocs documents)" \
  "$T/one.sorted" "$T/merged.nt"
for k in 1 2 3 4; do
  [ -s "$T/err$k" ] && nok "shard $k/4 wrote to stderr" "$T/err$k"
done

# Each document is in exactly one shard.
doc='<https://w3id.org/screenkg/ontology#Document> .'
n=$(cat "$T"/part?.nt | grep -cF "$doc")
[ "$n" -eq "$ndocs" ] && [ "$(grep -lF "$doc" "$T"/part?.nt | wc -l)" -eq 4 ] &&
  ok "each of the $ndocs documents is in one shard, every shard has some" ||
  nok "documents over shards: $n, want $ndocs"

# A shard is deterministic too.
"$BIN" -q --shard 2/4 -o - -f ntriples "$@" >"$T/again.nt" 2>/dev/null
cmp -s "$T/part2.nt" "$T/again.nt" && ok "shard 2/4 twice: the same bytes" ||
  nok "shard 2/4 differs between runs"

# One document a shard (and empty shards past the last document): the
# extraction of a document does not depend on the others.
n=$((numbered + 3))
seq 1 $n | xargs -P 4 -I{} sh -c \
  "'$BIN' -q --shard {}/$n -o - -f ntriples \"\$@\" >'$T/one-{}.nt'" sh "$@"
cat "$T"/one-*.nt | sort -u >"$T/merged-n.nt"
same "$n shards, one document each, equal the single run" "$T/one.sorted" "$T/merged-n.nt"
"$BIN" -q --shard $n/$n -o - -f ntriples "$@" >"$T/empty.nt" 2>"$T/err"
rc=$?
[ "$rc" -eq 0 ] && [ ! -s "$T/empty.nt" ] &&
  ok "a shard without documents writes nothing and exits 0" ||
  nok "empty shard: exit $rc" "$T/err"

# docs/scale.md, "one machine": xargs -P runs the shards (screenkg from
# PATH, the outputs into $T).
case $BUILDDIR in
/*) PATH="$BUILDDIR:$PATH" ;;
*) PATH="$(pwd)/$BUILDDIR:$PATH" ;;
esac
export PATH
seq 1 4 | xargs -P 4 -I{} sh -c \
  'screenkg -q --shard {}/4 -o - -f ntriples "$@" > "$0/xpart{}.nt"' "$T" "$@"
cat "$T"/xpart*.nt | sort -u >"$T/xmerged.nt"
same "xargs -P 4 recipe equals the single run" "$T/one.sorted" "$T/xmerged.nt"

# JSON Lines on standard input (Hadoop Streaming, Spark pipe()): shards of
# one stream merge like shards of files.
j=examples/corpus/films.jsonl
"$BIN" -q -o - -f ntriples --input-format jsonl - <$j | sort -u >"$T/j.nt"
grep -q '<https://w3id.org/screenkg/ontology#castMember>' "$T/j.nt" &&
  ok "JSON Lines on standard input gives N-Triples on standard output" ||
  nok "JSON Lines on stdin: no castMember" "$T/j.nt"
for k in 1 2 3; do
  "$BIN" -q --shard $k/3 -o - -f ntriples --input-format jsonl - <$j >"$T/j$k.nt"
done
cat "$T"/j?.nt | sort -u >"$T/jm.nt"
same "JSON Lines on stdin in 3 shards equals one run" "$T/j.nt" "$T/jm.nt"

# docs/scale.md, Hadoop Streaming / Spark pipe(): the corpus as JSON Lines
# (one titled article a line) cut into splits, each piped through the
# mapper command, the outputs merged: the graph of one run over the whole
# stream.
if [ -d "$SHARED/eval/redocred-dev" ]; then
  /usr/bin/python3 - "$SHARED"/eval/redocred-dev/*/article.txt >"$T/c.jsonl" <<'PY'
import json, os, sys
for p in sys.argv[1:]:
    title = os.path.basename(os.path.dirname(p))
    print(json.dumps({"title": title, "text": open(p, encoding="utf-8").read()}))
PY
  mapper='screenkg -q -o - -f ntriples --input-format jsonl -; [ $? -le 1 ]'
  sh -c "$mapper" <"$T/c.jsonl" | sort -u >"$T/c-one.nt"
  (cd "$T" && split -l 5 c.jsonl split.)
  for f in "$T"/split.*; do sh -c "$mapper" <"$f" || echo fail; done |
    sort -u >"$T/c-splits.nt"
  [ -s "$T/c-one.nt" ] && [ "$(ls "$T"/split.* | wc -l)" -gt 1 ] &&
    same "JSON Lines splits through the mapper equal one run" \
      "$T/c-one.nt" "$T/c-splits.nt" ||
    nok "JSON Lines corpus: no output or no splits"
fi

# Option errors: exit 2.
for bad in 0/4 5/4 1/0 4 a/b 1/4x -1/4 2/1; do
  "$BIN" -q --shard "$bad" -o - -f ntriples $j >/dev/null 2>"$T/err"
  rc=$?
  if [ "$rc" -eq 2 ] && grep -q "shard '$bad' must be K/N" "$T/err"; then
    ok "--shard $bad is a usage error"
  else
    nok "--shard $bad: exit $rc, want 2" "$T/err"
  fi
done

# The merged shards load into a triple store: as many quads as lines.
if [ -d node_modules/oxigraph ] && command -v node >/dev/null 2>&1; then
  out=$(node tests/rdf/store.js "$T/merged.nt" 2>&1)
  [ "$out" = "$(wc -l <"$T/merged.nt" | tr -d ' ') quads" ] &&
    ok "merged shards load into oxigraph ($out)" ||
    nok "oxigraph load: $out"
  # Only the IRI patterns: infobox evidence (offset 0, length 0) breaks
  # the shapes' start < end in the single run as well.
  node tests/rdf/shacl.js "$T/merged.nt" ontology/shapes.ttl \
    ontology/screenkg.ttl >"$T/shacl" 2>&1
  grep PatternConstraint "$T/shacl" >"$T/pattern"
  [ -s "$T/shacl" ] && [ ! -s "$T/pattern" ] &&
    ok "merged shards: every IRI matches its SHACL pattern" ||
    nok "merged shards: IRIs against the SHACL patterns" "$T/pattern"
else
  ok "# SKIP triple store: node_modules missing (run scripts/setup.sh)"
fi
