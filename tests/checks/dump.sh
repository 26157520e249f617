#!/bin/sh
# dump.sh: MediaWiki dumps (issue 15). The cheap page filter: on a dump (a
# file of two pages or more) only the pages about a film or a series are
# rendered and extracted by default, --all-pages reads every article, a
# one-page export is read whatever it is about, and --only-works filters
# that too. Multistream bzip2 (Wikipedia's dumps): the streams
# decompressed on threads (--jobs 2), with stream starts from their magic
# or from --dump-index, give the very N-Triples of --jobs 1, of the same
# XML as one bzip2 stream and as gzip; truncated data and a bad index are
# reported with file and place.
. "$(dirname "$0")/../lib.sh"
D=tests/fixtures/dump

# stats NAME: the "documents" line of $T/NAME.err
stats() { grep '^screenkg: stats: documents' "$T/$1.err"; }
# run NAME CODE ARGS...: screenkg --stats -o - -f facts ARGS > $T/NAME.tsv,
# which must exit CODE
run() {
  name=$1 code=$2; shift 2
  "$BIN" -q --stats -o - -f facts "$@" >"$T/$name.tsv" 2>"$T/$name.err"
  rc=$?
  [ "$rc" -eq "$code" ] || nok "$name: exit $rc, want $code" "$T/$name.err"
}

run dflt 0 $D/mixed.xml
stats dflt | grep -q 'documents 2 extracted, 0 bad (skipped), 2 not articles .*, 2 not about a work' &&
  grep -q '^Lantern Row	Film	director	Oda Frey	Person$' "$T/dflt.tsv" &&
  grep -q '^Copper Vale	Series	creator	Rhea Stone	Person$' "$T/dflt.tsv" &&
  ok "a dump: the film (infobox) and the series (lead) kept, the town and the painter dropped" ||
  nok "default page filter: $(stats dflt)" "$T/dflt.tsv"
grep -q 'Cora Pike\|Salt Meadow\|Grey Harbor\|Edda Lorn' "$T/dflt.tsv" &&
  nok "a dropped page, a talk page or a redirect was read" "$T/dflt.tsv" ||
  ok "no fact from the talk page, the town or the painter"

run all 0 --all-pages $D/mixed.xml
stats all | grep -q 'documents 4 extracted, 0 bad (skipped), 2 not articles .*, 0 not about a work' &&
  ok "--all-pages: every article (not the redirect and the talk page)" ||
  nok "--all-pages: $(stats all)" "$T/all.err"

run one 0 $D/one-person.xml
stats one | grep -q 'documents 1 extracted, .*, 0 not about a work' &&
  ok "a one-page export is read whatever it is about" ||
  nok "one-page export: $(stats one)" "$T/one.err"
run onew 1 --only-works $D/one-person.xml # 1: no documents to export
stats onew | grep -q 'documents 0 extracted, .*, 1 not about a work' &&
  ok "--only-works filters a one-page export" ||
  nok "--only-works, one page: $(stats onew)" "$T/onew.err"

# Shards number the dropped pages too: their union is the single run.
for k in 1 2 3; do
  "$BIN" -q --shard $k/3 -o - -f ntriples $D/mixed.xml >"$T/sh$k.nt" 2>>"$T/sh.err"
done
"$BIN" -q -o - -f ntriples $D/mixed.xml | LC_ALL=C sort -u >"$T/sh.one"
cat "$T"/sh?.nt | LC_ALL=C sort -u | cmp -s - "$T/sh.one" &&
  ok "3 shards of the filtered dump merge into the single run" ||
  nok "shards of the filtered dump differ" "$T/sh.err"

# ---- multistream bzip2 ----
mkdir -p "$T/ms" "$T/one" "$T/gz"
if ! python3 bench/gen_multistream.py --films 10 "$T/ms/d.xml.bz2" >"$T/gen.out" 2>&1; then
  nok "gen_multistream.py" "$T/gen.out"; exit 0
fi
streams=$(cut -d: -f1 "$T/ms/d.xml.bz2.index.txt" | sort -u | wc -l)
[ "$(wc -c <"$T/ms/d.xml.bz2")" -gt 600000 ] && [ "$streams" -gt 4 ] &&
  ok "the test dump: $streams streams, $(wc -c <"$T/ms/d.xml.bz2") bytes (several decompression jobs)" ||
  nok "the test dump is too small to cut"
bzip2 -dc "$T/ms/d.xml.bz2" | bzip2 -c >"$T/one/d.xml.bz2"
bzip2 -dc "$T/ms/d.xml.bz2" | gzip -c >"$T/gz/d.xml.bz2"
# the same name in each folder: document IRIs are the paths as given
ABIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
nt() { # DIR OUT ARGS...: N-Triples of DIR/d.xml.bz2
  dir=$1 out=$2; shift 2
  (cd "$dir" && "$ABIN" -q --stats -o - -f ntriples "$@" d.xml.bz2) \
    >"$T/$out.nt" 2>"$T/$out.err" || nok "$out: exit $?" "$T/$out.err"
}
nt "$T/ms" j1 -j 1
nt "$T/ms" j2 -j 2
nt "$T/ms" ix -j 2 --dump-index d.xml.bz2.index.txt
nt "$T/one" single -j 2
nt "$T/gz" gzip -j 2
grep -q 'documents 10 extracted, 0 bad' "$T/j2.err" &&
  ok "the 10 films of the dump extracted, its other pages left out" ||
  nok "films of the test dump: $(grep documents "$T/j2.err")" "$T/j2.err"
[ -s "$T/j1.nt" ] && for r in j2 ix single gzip; do
  cmp -s "$T/j1.nt" "$T/$r.nt" && ok "multistream: $r gives the N-Triples of --jobs 1" ||
    nok "multistream: $r differs from --jobs 1"
done

head -c 700000 "$T/ms/d.xml.bz2" >"$T/ms/cut.xml.bz2"
expect "truncated multistream, --jobs 2" 1 'cut.xml.bz2: bzip2 data is truncated or corrupt at byte 700000' -- \
  -q -j 2 -o - -f ntriples "$T/ms/cut.xml.bz2"
printf '0:1:A\nnot an index\n' >"$T/bad.idx"
expect "a bad --dump-index line" 1 'bad.idx:2:1: not a multistream index line' -- \
  -q -j 2 --dump-index "$T/bad.idx" -o - -f ntriples "$T/ms/d.xml.bz2"
# Offsets that are no stream start (an index of another file): the
# decoder goes on sequentially there; the output does not change.
awk -F: '{ print $1 + 4096 ":" $2 ":" $3 }' "$T/ms/d.xml.bz2.index.txt" >"$T/ms/off.idx"
nt "$T/ms" off -j 2 --dump-index off.idx
[ -s "$T/j1.nt" ] && cmp -s "$T/j1.nt" "$T/off.nt" && ok "an index of wrong offsets changes nothing" ||
  nok "wrong index offsets change the output" "$T/off.err"
