#!/bin/sh
# jobs.sh: --jobs and --stream. Documents are extracted in parallel, each
# into a graph of its own, and merged in input order: every output is the
# same, byte for byte, for any number of workers. --stream writes each
# document's N-Triples as soon as it is extracted: as a set of triples the
# same as the whole graph's, first lines out before the input ends, and
# the same rules for bad input and failed writes as any other run.
. tests/lib.sh
export LC_ALL=C
SHARED=${SHARED:-../shared}

# A corpus of every reader, shared entities across articles, and one bad
# document (reported and skipped; the rest is exported).
C="examples/corpus examples/franchise tests/fixtures/merge tests/bad/bad-line.jsonl"
[ -d "$SHARED/eval/redocred-dev" ] && C="$C $SHARED/eval/redocred-dev"
FORMATS=turtle,ntriples,graphml,coappear,dot,facts,csv

for j in 1 2 5; do
  mkdir -p "$T/j$j"
  "$BIN" -q --jobs $j -o "$T/j$j" -n c -f $FORMATS $C 2>"$T/j$j.err"
  echo $? >"$T/j$j.rc"
done
[ "$(cat "$T/j1.rc")" -eq 1 ] && grep -q "bad-line.jsonl:" "$T/j1.err" &&
  ok "jobs 1: the bad document is reported, exit 1" ||
  nok "jobs 1: exit $(cat "$T/j1.rc")" "$T/j1.err"
n=$(ls "$T/j1" | wc -l)
[ "$n" -ge 8 ] && ok "jobs 1: $n files written" || nok "jobs 1: $n files written"
for j in 2 5; do
  if diff -r "$T/j1" "$T/j$j" >"$T/diff" 2>&1; then
    ok "jobs $j: every file byte-identical to jobs 1"
  else
    nok "jobs $j: output differs from jobs 1" "$T/diff"
  fi
  cmp -s "$T/j1.err" "$T/j$j.err" && [ "$(cat "$T/j$j.rc")" -eq 1 ] &&
    ok "jobs $j: the same messages and exit code" ||
    nok "jobs $j: messages or exit code differ" "$T/j$j.err"
done
mkdir -p "$T/jd"
"$BIN" -q -o "$T/jd" -n c -f $FORMATS $C 2>/dev/null
diff -r "$T/j1" "$T/jd" >/dev/null 2>&1 &&
  ok "default jobs: byte-identical to jobs 1" ||
  nok "default jobs: output differs from jobs 1"

# Without RDF provenance the run keeps only each fact's first evidence and
# a count: the tables must be the same bytes as when it keeps all of it.
mkdir -p "$T/light" "$T/full"
"$BIN" -q -o "$T/light" -n c -f graphml,coappear,csv,facts --explain $C 2>/dev/null
"$BIN" -q -o "$T/full" -n c -f graphml,coappear,csv,facts,ntriples --explain $C 2>/dev/null
rm -f "$T/full/c.nt"
[ -n "$(ls -A "$T/light")" ] && diff -r "$T/light" "$T/full" >"$T/diff" 2>&1 &&
  ok "first evidence only: GraphML, CSV and facts the same as with all evidence" ||
  nok "first evidence only: tables differ" "$T/diff"

# Many small documents: more than the workers' queue holds at once.
awk 'BEGIN { for (i = 0; i < 400; i++)
  printf "{\"title\": \"Film %d\", \"text\": \"Tide Mark %d is a 2003 British film directed by Mae Dorsey. It stars Lena Voss%d as Iris Quay and Otto Kern as Abel Wren%d.\"}\n", i, i, i % 7, i }' >"$T/many.jsonl"
"$BIN" -q -j 1 -o - -f ntriples "$T/many.jsonl" >"$T/many1.nt" 2>&1
"$BIN" -q -j 3 -o - -f ntriples "$T/many.jsonl" >"$T/many3.nt" 2>&1
[ -s "$T/many1.nt" ] && cmp -s "$T/many1.nt" "$T/many3.nt" &&
  ok "400 documents, jobs 3: same bytes as jobs 1" ||
  nok "400 documents, jobs 3: output differs" "$T/many3.nt"

expect "--jobs 0 is refused" 2 "jobs '0' must be" -- --jobs 0 examples/the-defenders.txt
expect "--jobs x is refused" 2 "jobs 'x' must be" -- -j x examples/the-defenders.txt
expect "--jobs 257 is refused" 2 "jobs '257' must be" -- --jobs 257 examples/the-defenders.txt

# --stream: the same triples as the whole graph, each document's as it goes.
for c in examples/franchise examples/corpus; do
  name=$(basename $c)
  "$BIN" -q -o "$T/s" -n graph -f ntriples $c 2>/dev/null
  "$BIN" -q -o "$T/s" -n stream -f ntriples --stream $c 2>"$T/s.err"
  sort -u "$T/s/graph.nt" >"$T/g.sorted"
  sort -u "$T/s/stream.nt" >"$T/st.sorted"
  if [ -s "$T/g.sorted" ] && cmp -s "$T/g.sorted" "$T/st.sorted"; then
    ok "stream, $name: the same set of triples as the whole graph"
  else
    nok "stream, $name: triples differ from the whole graph" "$T/s.err"
  fi
  n=$(rapper -i ntriples -c "$T/s/stream.nt" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p')
  [ "$n" = "$(wc -l <"$T/s/stream.nt" | tr -d ' ')" ] &&
    ok "stream, $name: rapper reads all $n lines" ||
    nok "stream, $name: rapper counts '$n' triples, $(wc -l <"$T/s/stream.nt") lines"
done
for j in 1 3; do
  "$BIN" -q -j $j -o - -f ntriples --stream "$T/many.jsonl" >"$T/stream$j.nt" 2>&1
done
[ -s "$T/stream1.nt" ] && cmp -s "$T/stream1.nt" "$T/stream3.nt" &&
  ok "stream, jobs 3: same bytes as jobs 1" || nok "stream, jobs 3: output differs"

# A live feed: the first document's triples come out while standard input
# is still open (waits at most 20 s; nothing here is a timing assertion).
for j in 1 2; do
  rm -f "$T/fifo" "$T/live.nt"
  mkfifo "$T/fifo"
  "$BIN" -q -j $j --stream -f ntriples -o - - <"$T/fifo" >"$T/live.nt" 2>"$T/live.err" &
  pid=$!
  exec 3>"$T/fifo"
  head -1 "$T/many.jsonl" >&3
  i=0
  while [ $i -lt 200 ] && [ ! -s "$T/live.nt" ]; do sleep 0.1; i=$((i + 1)); done
  n=$(wc -l <"$T/live.nt")
  sed -n 2p "$T/many.jsonl" >&3
  exec 3>&-
  wait $pid; rc=$?
  [ "$n" -gt 0 ] && grep -q "Film 0" "$T/live.nt" &&
    ok "stream, jobs $j: the first document's $n triples out before input ends" ||
    nok "stream, jobs $j: nothing written while input was open" "$T/live.err"
  [ $rc -eq 0 ] && grep -q "Film 1" "$T/live.nt" &&
    ok "stream, jobs $j: the second document follows, exit 0" ||
    nok "stream, jobs $j: exit $rc" "$T/live.err"
done

# A pipe that delivers an XML prolog alone first: the format is still
# recognised from the first 4 kB (only a JSON object's line is enough).
"$BIN" -q -f facts -o - examples/corpus/copper-bay.html >"$T/html-file.tsv" 2>&1
(printf '<?xml version="1.0"?>\n'; sleep 0.5; cat examples/corpus/copper-bay.html) |
  "$BIN" -q -f facts -o - - >"$T/html-pipe.tsv" 2>&1
[ -s "$T/html-file.tsv" ] && cmp -s "$T/html-file.tsv" "$T/html-pipe.tsv" &&
  ok "pipe with a prolog line first: read as HTML, same facts as the file" ||
  nok "pipe with a prolog line first: $(wc -l <"$T/html-pipe.tsv") facts, file $(wc -l <"$T/html-file.tsv")" "$T/html-pipe.tsv"

expect "stream needs ntriples" 2 "stream writes N-Triples only" -- --stream -f turtle examples/the-defenders.txt
expect "stream with two formats" 2 "stream writes N-Triples only" -- --stream -f ntriples,facts examples/the-defenders.txt
mkdir -p "$T/none"
expect "stream, no good document" 1 "tests/bad/empty.txt" -- -q --stream -f ntriples -o "$T/none" tests/bad/empty.txt
empty_dir "stream, no good document" "$T/none"
if [ -w /dev/full ]; then
  "$BIN" -q --stream -f ntriples -o - "$T/many.jsonl" >/dev/full 2>"$T/err"; rc=$?
  [ $rc -eq 3 ] && grep -q "^screenkg: error: <stdout>: .*\(write error\|No space left\)" "$T/err" &&
    ok "stream to a full disk: exit 3 with a message" ||
    nok "stream to a full disk: exit $rc" "$T/err"
fi
mkdir -p "$T/ro"
chmod 500 "$T/ro"
if [ ! -w "$T/ro" ]; then # root writes anywhere: then the case cannot be made
  expect "stream into a read-only folder" 3 "$T/ro" -- -q --stream -f ntriples -o "$T/ro" examples/the-defenders.txt
fi
chmod 700 "$T/ro"
expect "stream --stats" 0 "stats: documents 400 extracted" -- -q --stats --stream -f ntriples -o "$T/s" "$T/many.jsonl"

# Interrupted while streaming into a folder: the temporary file goes too.
# Not under ThreadSanitizer: its interceptor for unlink(2), called by the
# signal handler, can wait forever on a lock of its own runtime.
if [ -n "${TSAN_OPTIONS:-}" ]; then
  echo "# stream, SIGINT: not run under ThreadSanitizer"
  exit 0
fi
interrupt "stream, SIGINT" "$T/sig" -j 2 --stream -f ntriples
empty_dir "stream, SIGINT" "$T/sig"
