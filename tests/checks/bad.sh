#!/bin/sh
# bad.sh: hostile input, tried on purpose. Every case expects one clear
# line naming the file and the position (or a skipped document while the
# rest of a corpus is exported), the documented exit code (README.md), and
# no partial output: the output folder gets nothing new, not even a hidden
# temporary. Small inputs are in tests/bad/; big ones are generated into
# a temporary folder. BAD_BIG_MB sets the size of the one-line file
# (default 100; the sanitizer run uses less).
. "$(dirname "$0")/../lib.sh"
B=tests/bad
F=tests/fixtures
EX=examples/the-defenders.txt
BIG_MB=${BAD_BIG_MB:-100}

# fails NAME CODE PATTERN FILE...: screenkg exits CODE with PATTERN on
# stderr and writes nothing into a fresh output folder.
fails() {
  name=$1 code=$2 pat=$3; shift 3
  mkdir -p "$T/o-$name"
  expect "$name" "$code" "^screenkg: error: $pat" -- -q -o "$T/o-$name" "$@"
  empty_dir "$name" "$T/o-$name"
}

# no_temp NAME DIR: no hidden temporary (.NAME.XXXXXX) is left in DIR.
no_temp() {
  if ls -A "$2" 2>/dev/null | grep -q '^\.'; then nok "$1 leaves temporaries: $(ls -A "$2" | tr '\n' ' ')"; else ok "$1 leaves no temporary"; fi
}

# Files that are not articles: exit 1, file and position.
mkdir -p "$T/emptydir"
head -c 4096 "$BIN" >"$T/program.bin"
fails "missing file" 1 ".*none.txt: cannot open: No such file" "$T/none.txt"
fails "empty directory" 1 ".*emptydir: is a directory without input files" "$T/emptydir"
fails "empty file" 1 "$B/empty.txt: empty input" $B/empty.txt
fails "blank file" 1 "$B/blank.txt: empty input" $B/blank.txt
fails "invalid UTF-8 byte" 1 "$B/bad-byte.txt:2:6: invalid UTF-8 at byte 16 \(0xFF\)" $B/bad-byte.txt
fails "lone continuation byte" 1 "$B/lone-continuation.txt:1:6: invalid UTF-8 at byte 5 \(0x80\)" $B/lone-continuation.txt
fails "overlong encoding" 1 "$B/overlong.txt:1:10: invalid UTF-8 at byte 9 \(0xC0\)" $B/overlong.txt
fails "UTF-16 surrogate" 1 "$B/surrogate.txt:1:13: invalid UTF-8 at byte 12 \(0xED\)" $B/surrogate.txt
fails "NUL byte" 1 "$B/nul.txt:1:5: binary data: NUL byte at byte 4" $B/nul.txt
fails "binary file (PNG)" 1 "$B/binary.png:[0-9]+:[0-9]+: binary data" $B/binary.png
fails "binary file (program)" 1 ".*program.bin:1:[0-9]+: (binary data|invalid UTF-8)" "$T/program.bin"
gzip -c "$T/program.bin" >"$T/program.gz"
fails "gzipped binary file" 1 ".*program.gz:1:[0-9]+: (binary data|invalid UTF-8)" "$T/program.gz"
mkdir -p "$T/o-stdin"
printf 'Lead \377.\n' | "$BIN" -q -o "$T/o-stdin" - 2>"$T/err"; rc=$?
[ $rc -eq 1 ] && grep -q '^screenkg: error: <stdin>:1:6: invalid UTF-8' "$T/err" &&
  ok "invalid UTF-8 on standard input" || nok "invalid UTF-8 on standard input: exit $rc" "$T/err"
empty_dir "invalid UTF-8 on standard input" "$T/o-stdin"

# The same in HTML and XML: the position is the file's, not the text's.
fails "HTML with an invalid byte" 1 "$B/bad-byte.html:2:9: invalid UTF-8 at byte 136" $B/bad-byte.html
fails "HTML with a NUL byte" 1 "$B/nul.html:2:6: binary data: NUL byte at byte 92" $B/nul.html
fails "XML with an invalid byte" 1 "$B/bad-byte.xml:3:6: XML: Input is not proper UTF-8.*Bytes: 0xFF" $B/bad-byte.xml
[ "$(wc -l <"$T/err")" -eq 1 ] && ok "XML error is one line" || nok "XML error is one line" "$T/err"
fails "truncated XML" 1 "$F/truncated.xml:[0-9]+:[0-9]+: XML: " $F/truncated.xml
fails "malformed XML" 1 "$F/malformed.xml:4:[0-9]+: XML: " $F/malformed.xml

# One bad input among good ones: reported, skipped, the rest exported, exit 1.
mkdir -p "$T/mixed"
expect "bad input among good" 1 "^screenkg: error: $B/nul.txt:1:5: " -- -q -o "$T/mixed" -n mixed --format facts $EX $B/nul.txt
[ -s "$T/mixed/mixed.facts.tsv" ] && ok "good inputs still exported" || nok "good inputs still exported"
no_temp "bad input among good" "$T/mixed"

# Malformed JSON Lines: each bad line reported with file:line:col and
# skipped, the good lines exported.
mkdir -p "$T/jsonl"
expect "malformed JSON Lines" 1 "$B/bad-line.jsonl:2:33: bad JSON: unexpected end of data" -- -q -f facts -n x -o "$T/jsonl" $B/bad-line.jsonl
grep -q "^screenkg: error: $B/bad-line.jsonl:4:29: invalid UTF-8 at byte 262 (0xFF)" "$T/err" &&
  grep -q "^screenkg: error: $B/bad-line.jsonl:5:33: binary data: \"text\" holds a NUL" "$T/err" &&
  ok "JSON Lines: raw and escaped bad bytes placed in the file" || nok "JSON Lines: bad bytes" "$T/err"
[ "$(wc -l <"$T/err")" -eq 3 ] && ok "JSON Lines: one line per bad line" || nok "JSON Lines: one line per bad line" "$T/err"
grep -q 'Tide Mark	Film	director	Ola Berg' "$T/jsonl/x.facts.tsv" 2>/dev/null &&
  grep -q 'Harbor Lights	Film	director	Mae Dorsey' "$T/jsonl/x.facts.tsv" &&
  ok "JSON Lines: the good lines exported" || nok "JSON Lines: the good lines exported" "$T/jsonl/x.facts.tsv"

# Compressed data cut short or damaged.
gzip -c $F/dump.xml | head -c 300 >"$T/cut.xml.gz"
bzip2 -c $F/dump.xml | head -c 300 >"$T/cut.xml.bz2"
gzip -c $F/dump.xml >"$T/crc.xml.gz"
printf '\377\377\377\377\377\377\377\377' | dd of="$T/crc.xml.gz" bs=1 seek=$(($(wc -c <"$T/crc.xml.gz") - 8)) conv=notrunc 2>/dev/null
fails "truncated gzip" 1 ".*cut.xml.gz: gzip data is truncated or corrupt at byte 300" "$T/cut.xml.gz"
fails "truncated bzip2" 1 ".*cut.xml.bz2: bzip2 data is truncated or corrupt at byte 300" "$T/cut.xml.bz2"
fails "gzip with a bad checksum" 1 ".*crc.xml.gz: gzip data is truncated or corrupt at byte [0-9]+" "$T/crc.xml.gz"

# Accepted: a byte-order mark and CRLF line ends.
expect "BOM and CRLF accepted" 0 "" -- -q -o "$T/crlf" --format facts $B/crlf-bom.txt
grep -q "Jane Roe	Actor	portrays	Vera Quill	Character" "$T/crlf/crlf-bom.facts.tsv" 2>/dev/null &&
  ok "CRLF text extracted" || nok "CRLF text extracted" "$T/crlf/crlf-bom.facts.tsv"

# Unbalanced wikitext: dropped, reading goes on.
expect "unbalanced {{ and [[ in wikitext" 0 "" -- -q -o "$T/wiki" -n x --format facts $B/unbalanced.xml
grep -q "Tom Ash	Actor	portrays	Hal Brine	Character" "$T/wiki/x.facts.tsv" 2>/dev/null &&
  ok "unbalanced wikitext: the rest of the page read" || nok "unbalanced wikitext" "$T/wiki/x.facts.tsv"

# A cast verb at the very start of the text (a sentence-level rule once
# looked 5 bytes before it: a read before the buffer under ASan).
expect "cast verb at the start of the text" 0 "" -- -q -o "$T/verb" -n x -f facts $B/verb-at-start.txt

# XXE: an external DTD, parameter and general entities are never resolved
# or fetched: nothing is opened but the input and the outputs, nothing
# connected.
for x in $F/xxe.xml $B/dtd.xml; do
  n=xxe-$(basename "$x" .xml)
  expect "$n: read" 0 "" -- -q -o "$T/$n" -n x -f facts,turtle "$x"
  if grep -rq 'root:' "$T/$n"; then nok "$n: /etc/passwd in the output"; else ok "$n: nothing of /etc/passwd in the output"; fi
  if strace -f -e trace=open,openat,connect -o "$T/$n.trace" "$BIN" -q -o "$T/$n" -n y -f facts "$x" 2>/dev/null; then
    if grep -E 'passwd|hostname|evil|attacker|connect\(' "$T/$n.trace" >"$T/$n.hits"; then
      nok "$n: an entity or the DTD was opened or fetched" "$T/$n.hits"
    else ok "$n: no file opened, no connection (strace)"; fi
  else
    ok "$n: strace not usable here, skipped"
  fi
done

# Deep nesting: 10,000 brackets and quotes in every format.
# rep(s, n): s n times, by doubling (appending in a loop is quadratic).
REP='function rep(s, n,  r) { r = ""; while (n > 0) { if (n % 2) r = r s; s = s s; n = int(n / 2) } return r }'
awk -v T="$T" "$REP"'
BEGIN {
  n = 10000; lead = "Harbor Lights is a 1998 American crime film directed by Mae Dorsey."
  print lead > (T "/nest.txt"); print rep("([", n) rep("\"\047", n) "x" > (T "/nest.txt")
  printf "<mediawiki><page><title>Harbor Lights</title><ns>0</ns><revision><text>\047\047\047%s\n%s%sx%s%s</text></revision></page></mediawiki>\n", lead, rep("{{", n), rep("[[", n), rep("]]", n), rep("}}", n) > (T "/nest.xml")
  printf "<html><body><p>%s</p>%sx%s</body></html>\n", lead, rep("<div><b>", n), rep("</b></div>", n) > (T "/nest.html")
  printf "{\"text\": \"%s\"}\n{\"text\": %s%s}\n", lead, rep("[", n), rep("]", n) > (T "/nest.jsonl")
  printf "<mediawiki><page><title>Deep</title><ns>0</ns>%s%s</page></mediawiki>\n", rep("<a>", n), rep("</a>", n) > (T "/nest-elements.xml")
}'
for f in nest.txt nest.xml nest.html; do
  expect "10,000 nested brackets ($f)" 0 "" -- -q -o "$T/n-$f" -n x -f facts "$T/$f"
done
mkdir -p "$T/n-jsonl"
expect "10,000 nested JSON arrays: line reported" 1 "^screenkg: error: .*nest.jsonl:2:[0-9]+: bad JSON: nesting too deep" -- -q -o "$T/n-jsonl" -n x -f facts "$T/nest.jsonl"
[ -s "$T/n-jsonl/x.facts.tsv" ] && ok "10,000 nested JSON arrays: the good line exported" || nok "nested JSON: good line"
fails "10,000 nested XML elements" 1 ".*nest-elements.xml(#Deep)?(:[0-9]+:[0-9]+)?: " "$T/nest-elements.xml"

# A sentence of 1 MB and names of 10,000 characters: exported, every format.
awk -v T="$T" "$REP"'
BEGIN {
  print "Harbor Lights is a 1998 American crime film starring Jane Roe" rep(", Jane Roe", 104858) "." > (T "/sentence.txt")
  printf "Harbor Lights is a 1998 American crime film starring %s Roe.\n%s Roe as %s Quill, a detective.\n", rep("Jane", 2500), rep("Jane", 2500), rep("Vera", 2500) > (T "/names.txt")
}'
expect "a sentence of 1 MB" 0 "" -- -q -o "$T/sent" -n x -f facts "$T/sentence.txt"
expect "names of 10,000 characters" 0 "" -- -q -o "$T/names" -n x -f turtle,ntriples,graphml,dot,svg,facts,csv "$T/names.txt"
grep -q "castMember	JaneJane" "$T/names/x.facts.tsv" 2>/dev/null && [ -s "$T/names/x.svg" ] &&
  ok "names of 10,000 characters: extracted and drawn" || nok "names of 10,000 characters" "$T/names/x.facts.tsv"

# One line of BIG_MB MB: it succeeds or fails cleanly, in bounded memory.
# The time is reported, never asserted.
{ head -c $((BIG_MB * 1048576)) /dev/zero | tr '\0' 'x'; echo; } >"$T/line.txt"
mkdir -p "$T/line"
if /usr/bin/time -v true >/dev/null 2>&1; then
  /usr/bin/time -v "$BIN" -q -o "$T/line" -n x -f facts "$T/line.txt" >/dev/null 2>"$T/line.err"; rc=$?
  kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$T/line.err")
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$T/line.err")
  echo "# one line of $BIG_MB MB: exit $rc, $wall wall clock, peak RSS $((kb / 1024)) MB"
  [ "$kb" -lt 2097152 ] && ok "one line of $BIG_MB MB: peak RSS under 2 GB" || nok "one line of $BIG_MB MB: peak RSS $kb kB"
else
  "$BIN" -q -o "$T/line" -n x -f facts "$T/line.txt" >/dev/null 2>"$T/line.err"; rc=$?
fi
rm -f "$T/line.txt"
if [ $rc -eq 0 ] && [ -f "$T/line/x.facts.tsv" ]; then ok "one line of $BIG_MB MB: exported"
elif [ $rc -eq 1 ] && [ -z "$(ls -A "$T/line")" ] && grep -q '^screenkg: error: ' "$T/line.err"; then ok "one line of $BIG_MB MB: refused cleanly"
else nok "one line of $BIG_MB MB: exit $rc" "$T/line.err"; fi

# Output that cannot be written: exit 3, nothing left behind.
expect "output folder cannot be created" 3 "^screenkg: error: /proc/screenkg-test: cannot create output directory" -- -q -o /proc/screenkg-test $EX
expect "output folder not writable" 3 "^screenkg: error: /proc/self/x.facts.tsv: cannot create output file" -- -q -o /proc/self -n x -f facts $EX
# (root ignores permission bits: the check above uses /proc instead.)
if [ "$(id -u)" -ne 0 ]; then
  mkdir -p "$T/ro" && chmod 555 "$T/ro"
  expect "read-only folder" 3 "cannot create output file" -- -q -o "$T/ro" $EX
  empty_dir "read-only folder" "$T/ro"
fi
mkdir -p "$T/inway/x.nt"
expect "a folder in the way of one output" 3 "^screenkg: error: .*inway/x.nt: cannot create output file" -- -q -o "$T/inway" -n x -f turtle,ntriples,facts $EX
[ "$(ls -A "$T/inway")" = "x.nt" ] && ok "a folder in the way: no other output written" || nok "a folder in the way leaves: $(ls -A "$T/inway" | tr '\n' ' ')"
if [ -w /dev/full ]; then
  for f in ntriples turtle graphml dot facts svg png; do
    "$BIN" -q -o - --format $f $EX >/dev/full 2>"$T/err"; rc=$?
    [ $rc -eq 3 ] && grep -q "^screenkg: error: <stdout>: .*\(write error\|No space left\)" "$T/err" &&
      ok "full disk (/dev/full), $f: exit 3" || nok "full disk, $f: exit $rc" "$T/err"
  done
fi

# Interrupted run: a long export is stopped with SIGINT while its outputs
# are being written; it dies of the signal and removes its temporaries.
interrupt "SIGINT" "$T/sig" --format turtle,ntriples,graphml,csv,facts
no_temp "SIGINT" "$T/sig"

# Names with tabs, line breaks, control characters and invalid UTF-8 (a
# file name in Latin-1, a JSON Lines title): every row of the facts
# export keeps its columns (5, 8 with --explain), the CSV tables parse to
# their columns, and every file is valid UTF-8 without control characters
# (but the TSV's tabs; CR and LF only quoted in the CSV).
d="$T/hyg"
mkdir -p "$d/in"
cp $EX "$d/in/$(printf 'bad\tname\nx\377\001.txt')"
printf '{"title": "Tab\\there\\nline\\u0001x\\u2028y\\u0085z", "text": "Harbor Lights is a 1998 American crime film directed by Mae Dorsey. It stars Jane Roe as Vera Quill."}\n' >"$d/in/t.jsonl"
expect "names with control characters and invalid UTF-8" 0 "" -- -q -o "$d/out" -n x -f facts,csv --explain "$d/in"
bad=$(awk -F'\t' 'NF != 5 && NF != 8' "$d/out/x.facts.tsv" | wc -l)
[ "$bad" -eq 0 ] && grep -q '	Tab here line' "$d/out/x.facts.tsv" && grep -q "	bad name x" "$d/out/x.facts.tsv" &&
  ok "facts --explain: every row keeps its columns" || nok "facts --explain: $bad rows split" "$d/out/x.facts.tsv"
for f in x.facts.tsv x.nodes.csv x.edges.csv; do
  if ! iconv -f UTF-8 -t UTF-8 "$d/out/$f" >/dev/null 2>&1; then nok "$f: invalid UTF-8"
  elif tr -d '\t\r\n' <"$d/out/$f" | LC_ALL=C grep -q '[[:cntrl:]]'; then nok "$f: control characters"
  else ok "$f: valid UTF-8, no control characters"; fi
done
LC_ALL=C grep -q "$(printf '\r')\$" "$d/out/x.facts.tsv" && nok "facts: a CR in a row" || ok "facts: no CR"
if have python3; then
  python3 -c 'import csv, sys
for path, n in ((sys.argv[1], 8), (sys.argv[2], 6)):
    rows = list(csv.reader(open(path, newline="", encoding="utf-8")))
    assert len(rows) > 2 and all(len(r) == n for r in rows), path
    assert n == 6 or any("bad\tname\nx\ufffd\ufffd.txt" in r[6] for r in rows[1:]), "file name"' "$d/out/x.edges.csv" "$d/out/x.nodes.csv" 2>"$T/err" &&
    ok "CSV tables parse to their columns, the file name kept but its bad bytes" || nok "CSV tables" "$T/err"
fi

# Every catchable signal that ends a run removes its temporaries, like
# SIGINT: the run is stopped while its outputs are being written and dies
# of the signal. (SIGXFSZ is ignored, so a write over the file size limit
# fails like any write, below.) Uses the JSON Lines of "SIGINT" above.
for sig in HUP QUIT TERM ALRM USR1 USR2 XCPU VTALRM PROF PIPE; do
  d="$T/sig-$sig"
  mkdir -p "$d"
  "$BIN" -q -o "$d" -n x -f turtle,ntriples,graphml,csv,facts "$T/interrupt.jsonl" 2>"$T/sig.err" &
  pid=$!
  i=0
  while [ $i -lt 3000 ] && kill -0 $pid 2>/dev/null && ! ls -A "$d" | grep -q '^\.'; do
    sleep 0.01; i=$((i + 1))
  done
  seen=$(ls -A "$d" | grep -c '^\.')
  kill -$sig $pid 2>/dev/null
  i=0
  while [ $i -lt 300 ] && kill -0 $pid 2>/dev/null; do sleep 0.1; i=$((i + 1)); done
  kill -0 $pid 2>/dev/null && kill -KILL $pid
  wait $pid; rc=$?
  if [ "$seen" -gt 0 ] && [ $rc -gt 128 ] && [ "$(kill -l $((rc - 128)))" = "$sig" ]; then
    ok "SIG$sig: sent while a temporary was open, the run dies of it"
  else nok "SIG$sig: temporaries seen $seen, exit $rc" "$T/sig.err"; fi
  empty_dir "SIG$sig" "$d"
done

# A killed run (SIGKILL: nothing can be cleaned) leaves its temporaries;
# the next run into the same folder and name removes them. Another
# name's, a file that is not a temporary and a live run's (locked, here
# by python's lockf) stay.
d="$T/leftover"
mkdir -p "$d"
"$BIN" -q -o "$d" -n x -f turtle,ntriples,graphml,csv,facts "$T/interrupt.jsonl" 2>/dev/null &
pid=$!
i=0
while [ $i -lt 3000 ] && kill -0 $pid 2>/dev/null && ! ls -A "$d" | grep -q '^\.'; do sleep 0.01; i=$((i + 1)); done
kill -KILL $pid; wait $pid 2>/dev/null
n=$(ls -A "$d" | grep -c '^\.x\.')
[ "$n" -gt 0 ] && ok "SIGKILL leaves temporaries ($n)" || nok "SIGKILL: no temporary seen"
: >"$d/.y.facts.tsv.AbC123"; : >"$d/.x.facts.tsv.keep"; : >"$d/.x.nt.Live12"; : >"$d/.x.graphml.Dead12"
if have python3; then
  python3 -c 'import fcntl, sys, time
f = open(sys.argv[1], "r+"); fcntl.lockf(f, fcntl.LOCK_EX); print("locked", flush=True); time.sleep(30)' "$d/.x.nt.Live12" >"$T/lock.out" &
  lock=$!
  i=0; while [ $i -lt 100 ] && ! grep -qs locked "$T/lock.out"; do sleep 0.05; i=$((i + 1)); done
fi
expect "the next run" 0 "" -- -q -o "$d" -n x -f facts $EX
[ -n "${lock:-}" ] && kill $lock 2>/dev/null
left=$(ls -A "$d" | tr '\n' ' ')
want=".x.facts.tsv.keep .y.facts.tsv.AbC123 x.facts.tsv "
have python3 && want=".x.facts.tsv.keep .x.nt.Live12 .y.facts.tsv.AbC123 x.facts.tsv "
[ "$left" = "$want" ] && ok "the next run removes the killed run's temporaries, only those" || nok "leftovers: the folder holds: $left"

# Over a file size limit (ulimit -f, SIGXFSZ): exit 3, the file named,
# nothing left; the same on standard output.
mkdir -p "$T/fsize"
(ulimit -f 100; exec "$BIN" -q -o "$T/fsize" -n x -f ntriples,facts $EX) 2>"$T/err"; rc=$?
[ $rc -eq 3 ] && grep -q "^screenkg: error: .*fsize/x.nt: .*write error: File too large" "$T/err" &&
  ok "file size limit: exit 3, the file named" || nok "file size limit: exit $rc" "$T/err"
empty_dir "file size limit" "$T/fsize"
(ulimit -f 100; exec "$BIN" -q -o - -f ntriples $EX >"$T/fsize.nt") 2>"$T/err"; rc=$?
[ $rc -eq 3 ] && grep -q "^screenkg: error: <stdout>: .*File too large" "$T/err" &&
  ok "file size limit on standard output: exit 3" || nok "file size limit on standard output: exit $rc" "$T/err"

# -o - into a pipe closed early: exit 3 without a message, not death by
# SIGPIPE (141).
for f in ntriples turtle graphml; do
  { "$BIN" -q -o - -f $f $EX 2>"$T/err"; echo $? >"$T/rc"; } | head -c 100 >/dev/null
  rc=$(cat "$T/rc")
  [ "$rc" -eq 3 ] && [ ! -s "$T/err" ] && ok "-o - -f $f | head: exit 3, quietly" || nok "-o - -f $f | head: exit $rc" "$T/err"
done

# A diagram that Graphviz cannot draw: layout and rendering run in a child
# process (src/child.c); the test hook SKG_TEST_CHILD_FAULT makes that child
# abort, call exit() or hang. The diagram fails with a message naming the
# file and why (exit 4), every other output is written, nothing is left
# behind, and a hang is stopped by the time limit (1 s under the hook).
for fault in abort exit hang; do
  case $fault in
    abort) why='crashed \(signal 6: Aborted\)' ;;
    exit) why='ended its process' ;;
    hang) why='took more than 1 s' ;;
  esac
  d="$T/gv-$fault"
  mkdir -p "$d"
  export SKG_TEST_CHILD_FAULT=$fault
  expect "Graphviz child: $fault" 4 "^screenkg: error: .*gv-$fault/x.svg: Graphviz layout and rendering $why" -- \
    -q -o "$d" -n x -f turtle,graphml,dot,svg,html,facts,csv $EX
  grep -Eq "gv-$fault/x.html: Graphviz layout and rendering $why" "$T/err" &&
    ok "Graphviz child: $fault: the HTML page fails too" || nok "Graphviz child: $fault: HTML page" "$T/err"
  [ "$(ls "$d" | tr '\n' ' ')" = "x.dot x.edges.csv x.facts.tsv x.graphml x.nodes.csv x.ttl " ] &&
    ok "Graphviz child: $fault: every other output written" || nok "Graphviz child: $fault: outputs: $(ls -A "$d" | tr '\n' ' ')"
  no_temp "Graphviz child: $fault" "$d"
  unset SKG_TEST_CHILD_FAULT
done
# A PNG under an address-space cap of 150 MB: the cairo plugin crashed the
# whole run (exit 139, a temporary left). Now the diagram fails (exit 4,
# the file and the reason named) or is drawn, and the rest is written.
# (Not under AddressSanitizer, which cannot start under such a cap.)
if (ulimit -v 150000; "$BIN" --version) >/dev/null 2>&1; then
  mkdir -p "$T/vcap"
  (ulimit -v 150000; exec "$BIN" -q -o "$T/vcap" -n x -f png,svg,facts $EX) 2>"$T/err"; rc=$?
  if [ $rc -eq 0 ] || { [ $rc -eq 4 ] && grep -Eq "^screenkg: error: .*vcap/x.(png|svg): Graphviz (layout and rendering crashed|could not render|.*ended)" "$T/err"; }; then
    ok "PNG under a 150 MB address-space cap: exit $rc, contained"
  else nok "PNG under a 150 MB address-space cap: exit $rc" "$T/err"; fi
  [ -s "$T/vcap/x.facts.tsv" ] && ok "address-space cap: the facts written" || nok "address-space cap: no facts"
  no_temp "address-space cap" "$T/vcap"
else
  skip "address-space cap: this build cannot start under ulimit -v (a sanitizer)"
fi
# The same run without the hook draws both.
expect "Graphviz child: no fault" 0 "" -- -q -o "$T/gv-ok" -n x -f svg,html $EX
[ -s "$T/gv-ok/x.svg" ] && [ -s "$T/gv-ok/x.html" ] && ok "Graphviz child: SVG and HTML written" || nok "Graphviz child: SVG and HTML written"
# A labelled edge that dot puts between two nodes of one rank with others
# between them (here: two characters of two works' clusters, ranked side
# by side) made Graphviz 2.43 free a rank's node list twice in
# gvFreeLayout (zzuf found it from a mutated article; write_dot.c,
# mend_flat_label_ranks). The article is drawn as SVG and PNG in this
# process (the child's test hook SKG_CHILD_INPROCESS): glibc aborts on a
# double free, AddressSanitizer reports it; then in the child as usual.
mkdir -p "$T/flat" "$T/flat2"
export SKG_CHILD_INPROCESS=1
expect "labelled flat edge in dot, in process" 0 "" -- -q -o "$T/flat" -n x -f svg,png $B/flat-edge-label.txt
unset SKG_CHILD_INPROCESS
[ -s "$T/flat/x.svg" ] && [ -s "$T/flat/x.png" ] && grep -q '<g id="clust' "$T/flat/x.svg" &&
  ok "labelled flat edge: SVG (with clusters) and PNG written" || nok "labelled flat edge: SVG and PNG: $(ls -A "$T/flat" | tr '\n' ' ')"
expect "labelled flat edge in dot, in the child" 0 "" -- -q -o "$T/flat2" -n x $B/flat-edge-label.txt
cmp -s "$T/flat/x.svg" "$T/flat2/x.svg" && ok "labelled flat edge: the same SVG either way" || nok "labelled flat edge: the SVGs differ"

# Code points XML 1.0 forbids (C0 controls, an escape sequence) and
# noncharacters (U+FFFE, U+FFFF, U+1FFFE, U+FDD0) in a sentence and in a
# JSON Lines title: replaced by U+FFFD when the document is made (src/
# doc_clean.c), one warning per document naming the file and the place in
# its text, and every writer gets valid text: the GraphML is well-formed,
# Turtle and N-Triples parse and keep every triple (they once lost 20 of
# 74 in Turtle), as many as the same text with U+FFFD written in gives.
d="$T/nonchar"
expect "noncharacters and controls: read" 0 "^screenkg: warning: $B/nonchar.txt: text line 2, column 32: U\+FFFE is not allowed in XML 1.0 or is a noncharacter; 6 code points replaced by U\+FFFD" -- \
  -o "$d" -n x -f facts,graphml,turtle,ntriples $B/nonchar.txt $B/nonchar.jsonl
[ "$(grep -c 'warning: ' "$T/err")" -eq 3 ] &&
  grep -q "warning: $B/nonchar.jsonl#Harbor.*Lights: text line 1, column 68: U+0002 .*3 code points" "$T/err" &&
  ok "noncharacters: one warning per document" || nok "noncharacters: one warning per document" "$T/err"
grep -q 'Harbor Lights	Film	director	Mae Dorsey	Person' "$d/x.facts.tsv" 2>/dev/null &&
  grep -q 'Jane Roe	Actor	portrays	Vera Quill	Character' "$d/x.facts.tsv" &&
  ok "noncharacters: the facts around them extracted" || nok "noncharacters: facts" "$d/x.facts.tsv"
if iconv -f UTF-8 -t UTF-8 "$d/x.graphml" >/dev/null 2>&1 &&
   ! LC_ALL=C grep -q "$(printf '\357\277\276')\|$(printf '\357\277\277')\|$(printf '\001')" "$d/x.graphml" "$d/x.ttl" "$d/x.nt"; then
  ok "noncharacters: no forbidden code point in any output"
else nok "noncharacters: a forbidden code point in an output"; fi
if have xmllint; then
  xmllint --noout "$d/x.graphml" 2>"$T/xl" && ok "noncharacters: GraphML well-formed (xmllint)" || nok "noncharacters: GraphML" "$T/xl"
else skip "xmllint not installed"; fi
if have rapper; then
  LC_ALL=C sed 's/\xef\xbf[\xbe\xbf]/\xef\xbf\xbd/g; s/\xf0\x9f\xbf\xbe/\xef\xbf\xbd/g; s/\xef\xb7\x90/\xef\xbf\xbd/g; s/[\x01-\x08\x0e-\x1f]/\xef\xbf\xbd/g' $B/nonchar.txt >"$T/clean.txt"
  "$BIN" -q -o "$T/nonchar-clean" -n x -f turtle "$T/clean.txt"
  "$BIN" -q -o "$d" -n y -f turtle,ntriples $B/nonchar.txt
  want=$(rapper -i turtle -c "$T/nonchar-clean/x.ttl" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples/\1/p')
  for f in y.ttl:turtle y.nt:ntriples; do
    got=$(rapper -i "${f#*:}" -c "$d/${f%:*}" 2>"$T/rp" | sed -n 's/.*returned \([0-9]*\) triples/\1/p')
    got=${got:-$(sed -n 's/.*returned \([0-9]*\) triples/\1/p' "$T/rp")}
    grep -qi 'error' "$T/rp" && nok "noncharacters: rapper reports an error in ${f%:*}" "$T/rp" && continue
    [ -n "$got" ] && [ "$got" = "$want" ] && ok "noncharacters: ${f%:*} parses, $got triples, as with U+FFFD written in" ||
      nok "noncharacters: ${f%:*}: $got triples, want $want" "$T/rp"
  done
else skip "rapper not installed"; fi

# HTML nested 300 and 5,000 levels deep: libxml2 once dropped everything
# below 256 levels without a word (exit 0, or "empty input"). Now the page
# is parsed whole (XML_PARSE_HUGE); below the reader's own depth the text
# is read as plain lines, with one warning naming the file and line. The
# facts inside the nesting and after it are both exported.
for n in 300 5000; do
  awk -v T="$T" -v n=$n "$REP"'
  BEGIN {
    printf "<html><body><p>Harbor Lights is a 1998 American crime film directed by Mae Dorsey.</p>\n%s<p>It stars Jane Roe as Vera Quill.</p>%s\n<p>Tom Ash plays Hal Brine.</p></body></html>\n", rep("<div>", n), rep("</div>", n) > (T "/deep" n ".html")
  }'
  expect "HTML nested $n deep" 0 "^screenkg: warning: .*deep$n.html:2: HTML nested deeper than [0-9]+ elements" -- -o "$T/deep$n" -n x -f facts "$T/deep$n.html"
  grep -q 'Jane Roe	Actor	portrays	Vera Quill	Character' "$T/deep$n/x.facts.tsv" 2>/dev/null &&
    grep -q 'Tom Ash	Actor	portrays	Hal Brine	Character' "$T/deep$n/x.facts.tsv" &&
    ok "HTML nested $n deep: the facts inside and after it exported" || nok "HTML nested $n deep: facts" "$T/deep$n/x.facts.tsv"
done

# A MediaWiki dump of three pages whose middle one is malformed (a bare
# '&'; a page without its </page>; the same dump on one line): once, the
# page before it and every page after it were lost and --stats said
# "0 bad". Now the broken page is reported with its place in the file and
# its title, counted bad, and the pages before and after it are exported.
tr -d '\n' <$B/dump-broken-page.xml >"$T/dump-one-line.xml"
for c in "broken:$B/dump-broken-page.xml:13:[0-9]+" "unclosed:$B/dump-unclosed-page.xml:[0-9]+:[0-9]+" "one-line:$T/dump-one-line.xml:1:[0-9]+"; do
  n=${c%%:*}; rest=${c#*:}; f=${rest%%:*}; at=${rest#*:}
  expect "dump with a broken page ($n)" 1 "^screenkg: error: $f:$at: XML: .* \(page 2, \"Broken Page\": skipped; reading resumes at the next <page>\)" -- \
    -o "$T/dump-$n" -n x -f facts --stats "$f"
  [ "$(grep -c '^screenkg: error: ' "$T/err")" -eq 1 ] && grep -q 'stats: documents 2 extracted, 1 bad' "$T/err" &&
    ok "dump with a broken page ($n): one error, counted bad in --stats" || nok "dump with a broken page ($n): stats" "$T/err"
  grep -q 'Harbor Lights	Film	director	Mae Dorsey' "$T/dump-$n/x.facts.tsv" 2>/dev/null &&
    grep -q 'Tide Mark	Film	director	Ola Berg' "$T/dump-$n/x.facts.tsv" && ! grep -q 'Broken Page' "$T/dump-$n/x.facts.tsv" &&
    ok "dump with a broken page ($n): the pages before and after it exported" || nok "dump with a broken page ($n): pages" "$T/dump-$n/x.facts.tsv"
done
gzip -c $B/dump-broken-page.xml >"$T/dump-broken.xml.gz"
expect "gzipped dump with a broken page" 1 "dump-broken.xml.gz:13:[0-9]+: XML: .*page 2" -- -o "$T/dump-gz" -n x -f facts "$T/dump-broken.xml.gz"
grep -q 'Tide Mark	Film	director	Ola Berg' "$T/dump-gz/x.facts.tsv" 2>/dev/null && ok "gzipped dump: the page after the broken one exported" || nok "gzipped dump: page after" "$T/dump-gz/x.facts.tsv"

# Folder traps: a link to the folder itself and one to its parent (the
# walk never ended), a second link to a file (read twice), a FIFO without
# a writer (blocked for ever), a link to /dev/zero (memory without bound).
# Each is skipped with a note naming it; the article is read once.
d="$T/traps"
mkdir -p "$d/sub"
cp $EX "$d/sub/a.txt"
ln -s . "$d/self"; ln -s .. "$d/sub/up"; ln -s sub/a.txt "$d/alias.txt"; ln -s /dev/zero "$d/zero"
have mkfifo && mkfifo "$d/pipe"
if have timeout; then
  timeout 60 "$BIN" -o "$T/traps-out" -n x -f facts --stats "$d" >/dev/null 2>"$T/err"; rc=$?
else
  "$BIN" -o "$T/traps-out" -n x -f facts --stats "$d" >/dev/null 2>"$T/err"; rc=$?
fi
[ $rc -eq 0 ] && grep -q 'stats: documents 1 extracted' "$T/err" &&
  ok "folder traps: exit 0, the article read once" || nok "folder traps: exit $rc" "$T/err"
for w in "self: a folder already read" "up: a folder already read" "sub/a.txt: a file already read" "zero: a device"; do
  grep -q "^screenkg: note: $d/\(sub/\)\?${w%%:*} skipped: ${w#*: }" "$T/err" && ok "folder traps: ${w%%:*} skipped with a note" || nok "folder traps: ${w%%:*}" "$T/err"
done
if have mkfifo; then
  grep -q "^screenkg: note: $d/pipe skipped: a FIFO" "$T/err" && ok "folder traps: FIFO skipped with a note" || nok "folder traps: FIFO" "$T/err"
fi

# --max-document-bytes: /dev/zero named on the command line and a gzip bomb
# (3 MB of one letter in 3 kB) stop at the limit with an error naming the
# file, the limit and where reading stopped; nothing is written. A JSON
# line and a dump page over it are refused the same way, the documents
# before them kept.
fails "/dev/zero over --max-document-bytes" 1 "/dev/zero: a document of more than 1048576 bytes \(--max-document-bytes, decompressed\): reading stopped at byte [0-9]+" --max-document-bytes 1M /dev/zero
head -c 3000000 /dev/zero | tr '\0' a | gzip -c >"$T/bomb.txt.gz"
fails "gzip bomb over --max-document-bytes" 1 ".*bomb.txt.gz: a document of more than 1048576 bytes" --max-document-bytes 1M "$T/bomb.txt.gz"
expect "gzip bomb under a larger limit" 0 "" -- -q -o "$T/bomb-ok" -n x -f facts --max-document-bytes 4M "$T/bomb.txt.gz"
{ echo '{"title": "Tide Mark", "text": "Tide Mark is a 2001 American drama film directed by Ola Berg."}'
  printf '{"title": "Big", "text": "'; head -c 2000000 /dev/zero | tr '\0' a; echo '"}'; } >"$T/big.jsonl"
expect "JSON line over --max-document-bytes" 1 "^screenkg: error: .*big.jsonl: a document of more than 1048576 bytes" -- -q -o "$T/bigj" -n x -f facts --max-document-bytes 1M "$T/big.jsonl"
grep -q 'Tide Mark	Film	director	Ola Berg' "$T/bigj/x.facts.tsv" 2>/dev/null && ok "JSON line over the limit: the line before it exported" || nok "JSON line over the limit" "$T/bigj/x.facts.tsv"
{ sed -n '1,9p' $B/dump-broken-page.xml; printf '  <page><title>Big</title><ns>0</ns><revision><text>'; head -c 2000000 /dev/zero | tr '\0' a; printf '</text></revision></page>\n</mediawiki>\n'; } >"$T/big-dump.xml"
expect "dump page over --max-document-bytes" 1 "^screenkg: error: .*big-dump.xml: a document of more than 1048576 bytes" -- -q -o "$T/bigd" -n x -f facts --max-document-bytes 1M "$T/big-dump.xml"
grep -q 'Harbor Lights	Film	director	Mae Dorsey' "$T/bigd/x.facts.tsv" 2>/dev/null && ok "dump page over the limit: the page before it exported" || nok "dump page over the limit" "$T/bigd/x.facts.tsv"
expect "--max-document-bytes with a bad size" 2 "^screenkg: error: --max-document-bytes '12X' must be a number of bytes" -- --max-document-bytes 12X $EX
# Evidence offsets are 32-bit (graph.h SKG_MAX_OFFSET): a limit of 4 GiB
# or more is refused before anything is read; 4G - 1 and 0 (which means
# it) are taken.
mkdir -p "$T/o-maxdoc"
expect "--max-document-bytes 4G refused" 2 "^screenkg: error: --max-document-bytes '4G' is too large: at most 4294967295 bytes" -- -q -o "$T/o-maxdoc" --max-document-bytes 4G $EX
expect "--max-document-bytes 4194304K refused" 2 "^screenkg: error: --max-document-bytes '4194304K' is too large" -- -q -o "$T/o-maxdoc" --max-document-bytes 4194304K $EX
empty_dir "--max-document-bytes too large" "$T/o-maxdoc"
expect "--max-document-bytes 4294967295 taken" 0 "" -- -q -o "$T/maxdoc-ok" -n x -f facts --max-document-bytes 4294967295 $EX
expect "--max-document-bytes 0 taken" 0 "" -- -q -o "$T/maxdoc-0" -n x -f facts --max-document-bytes 0 "$T/bomb.txt.gz"

# One article with a cast list of CAST_N names (10,000; 2,500 in the
# sanitizer run, where BAD_BIG_MB is smaller): the co-appearance file
# grew with N² (10,000 names: 11.4 GB, 196 s) and the diagram took over
# 400 s to lay out. Now a cast of more than 250 links only the pairs among
# its 250 best-connected members, a diagram draws at most --max-nodes
# (2,000) nodes, each with a warning, and every default format is written.
# Time and peak memory are printed, not asserted.
CAST_N=${BAD_CAST_N:-$([ "$BIG_MB" -lt 100 ] && echo 2500 || echo 10000)}
awk -v n=$CAST_N 'BEGIN {
  print "Harbor Lights is a 1998 American crime film directed by Mae Dorsey.\n\nCast"
  split("Ada Bram Cora Dane Edda Finn Greta Hal Ines Jory Kara Lars Mira Nils Oda Pim Runa Sten Tova Ulf", f, " ")
  split("Aberly Brindle Carrow Dunmore Elsing Farrow Galloway Hesket Ingram Jessop Kettering Lowry Marchbank Norwood Oakley Pellow Quarry Rushton Selwood Thorley", l, " ")
  for (i = 0; i < n; i++)
    printf "%s %s %s-%s as %s Quill%d: A dock worker.\n", f[i % 20 + 1], f[int(i / 20) % 20 + 1], l[int(i / 400) % 20 + 1], l[int(i / 8000) % 20 + 1], f[(i + 7) % 20 + 1], i
}' >"$T/cast.txt"
mkdir -p "$T/cast"
if /usr/bin/time -v true >/dev/null 2>&1; then
  /usr/bin/time -v "$BIN" -o "$T/cast" -n x "$T/cast.txt" >/dev/null 2>"$T/cast.err"; rc=$?
  kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$T/cast.err")
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$T/cast.err")
  echo "# a cast list of $CAST_N names, default formats: exit $rc, $wall wall clock, peak RSS $((kb / 1024)) MB"
else
  "$BIN" -o "$T/cast" -n x "$T/cast.txt" >/dev/null 2>"$T/cast.err"; rc=$?
fi
[ $rc -eq 0 ] && ok "a cast list of $CAST_N names: exit 0" || nok "a cast list of $CAST_N names: exit $rc" "$T/cast.err"
grep -q "^screenkg: warning: co-appearance: 1 cast of more than 250 members (the largest $CAST_N): only the pairs among the 250 with the most works are linked (31125 co-appearance edges)" "$T/cast.err" &&
  ok "a cast list of $CAST_N names: the co-appearance cap said" || nok "co-appearance cap: no warning" "$T/cast.err"
grep -q "^screenkg: warning: the cast view has [0-9]* nodes, more than --max-nodes 2000: the 2000 with the most links are drawn" "$T/cast.err" &&
  ok "a cast list of $CAST_N names: the diagram cap said" || nok "diagram cap: no warning" "$T/cast.err"
[ "$(ls "$T/cast" | tr '\n' ' ')" = "x.coappear.graphml x.dot x.edges.csv x.facts.tsv x.graphml x.nodes.csv x.nt x.svg x.ttl " ] &&
  ok "a cast list of $CAST_N names: every default format written" || nok "a cast list: outputs: $(ls -A "$T/cast" | tr '\n' ' ')"
[ "$(grep -c '<edge ' "$T/cast/x.coappear.graphml")" -eq 31125 ] && [ "$(grep -c 'castMember' "$T/cast/x.facts.tsv")" -eq "$CAST_N" ] &&
  ok "a cast list of $CAST_N names: 31,125 co-appearance pairs (250 members), every cast member in the facts" ||
  nok "a cast list: $(grep -c '<edge ' "$T/cast/x.coappear.graphml") co-appearance edges"
[ "$(grep -c ' -- \| -> ' "$T/cast/x.dot")" -le 4000 ] && [ "$(grep -c '<g id="node' "$T/cast/x.svg")" -eq 2001 ] &&
  ok "a cast list of $CAST_N names: the diagram draws 2,000 nodes and its legend" || nok "a cast list: $(grep -c '<g id="node' "$T/cast/x.svg") nodes in the SVG"
expect "--max-nodes 0 draws all (a small article)" 0 "" -- -q -o "$T/mn0" -n x -f dot --max-nodes 0 $EX
expect "--max-nodes with a bad number" 2 "^screenkg: error: --max-nodes 'x' must be a number" -- --max-nodes x $EX

# Two runs into the same folder and name: the second waits while the first
# writes (the lock file .x.lock, held with fcntl), saying which process it
# waits for, then writes all of its own outputs; the files never mix
# mid-way, and no lock file is left.
[ -f "$T/interrupt.jsonl" ] || awk 'BEGIN { for (i = 0; i < 20000; i++)
  printf "{\"title\": \"Film %d\", \"text\": \"Harbor Lights %d is a 1998 American crime film directed by Mae Dorsey%d. It stars Jane Roe%d as Vera Quill%d.\"}\n", i, i, i, i, i }' >"$T/interrupt.jsonl"
d="$T/locked"
mkdir -p "$d"
"$BIN" -q -o "$d" -n x -f turtle,ntriples,graphml,csv,facts "$T/interrupt.jsonl" 2>"$T/lock-a.err" &
pid=$!
i=0
while [ $i -lt 3000 ] && kill -0 $pid 2>/dev/null && ! ls -A "$d" | grep -q '^\.x\.lock$'; do sleep 0.01; i=$((i + 1)); done
if kill -0 $pid 2>/dev/null && ls -A "$d" | grep -q '^\.x\.lock$'; then
  "$BIN" -q -o "$d" -n x -f facts $EX 2>"$T/lock-b.err"; rc=$?
  wait $pid; rca=$?
  [ $rc -eq 0 ] && [ $rca -eq 0 ] &&
    grep -q "^screenkg: note: .*locked/.x.lock: another run (process $pid) is writing these outputs; waiting for it to finish" "$T/lock-b.err" &&
    ok "a second run into the same -o and -n waits for the first, with a note" || nok "second run: exit $rc, first exit $rca" "$T/lock-b.err"
  "$BIN" -q -o "$T/lock-ref" -n x -f facts $EX
  cmp -s "$d/x.facts.tsv" "$T/lock-ref/x.facts.tsv" && [ -s "$d/x.nt" ] &&
    ok "second run: its facts written after the first's" || nok "second run: x.facts.tsv is not the second run's"
  [ -z "$(ls -A "$d" | grep '^\.')" ] && ok "two runs: no lock file or temporary left" || nok "two runs leave: $(ls -A "$d" | tr '\n' ' ')"
else
  wait $pid
  nok "two runs: the first run's lock was never seen"
fi

# The outputs of one run appear together (out.h, skg_out_commit_all). A
# SIGTERM raised between the first and the second rename (test hook
# SKG_TEST_RENAME=signal:1) waits until all are renamed: the run dies of
# it, with every file new. A rename that fails (fail:2) undoes the one
# before: every file old, exit 3. Neither leaves a temporary.
d="$T/together"
mkdir -p "$d"
FMTS=turtle,ntriples,graphml,csv,facts
"$BIN" -q -o "$d" -n x -f $FMTS $F/harbor-lights.html 2>/dev/null
snap() { (cd "$d" && for f in x.*; do printf '%s ' "$f"; cksum <"$f"; done); }
snap >"$T/together.old"
"$BIN" -q -o "$T/together-new" -n x -f $FMTS $EX 2>/dev/null
(d="$T/together-new"; snap) >"$T/together.new"
SKG_TEST_RENAME=signal:1 "$BIN" -q -o "$d" -n x -f $FMTS $EX 2>"$T/together.err"; rc=$?
snap >"$T/together.got"
[ $rc -eq 143 ] && cmp -s "$T/together.got" "$T/together.new" &&
  ok "SIGTERM between two renames: the run ends of it with all outputs new" ||
  nok "SIGTERM between renames: exit $rc; files: $(cat "$T/together.got")"
no_temp "SIGTERM between renames" "$d"
"$BIN" -q -o "$d" -n x -f $FMTS $F/harbor-lights.html 2>/dev/null
SKG_TEST_RENAME=fail:2 "$BIN" -q -o "$d" -n x -f $FMTS $EX 2>"$T/together.err"; rc=$?
snap >"$T/together.got"
[ $rc -eq 3 ] && cmp -s "$T/together.got" "$T/together.old" &&
  grep -q '^screenkg: error: .*together/x\..*: write error: .*(no output replaced)' "$T/together.err" &&
  ok "a failed rename puts back the outputs renamed before it" ||
  nok "failed rename: exit $rc; files: $(cat "$T/together.got")" "$T/together.err"
no_temp "a failed rename" "$d"
rm -rf "$d"
mkdir -p "$d"
SKG_TEST_RENAME=fail:3 "$BIN" -q -o "$d" -n x -f $FMTS $EX 2>/dev/null; rc=$?
[ $rc -eq 3 ] && [ -z "$(ls -A "$d")" ] &&
  ok "a failed rename in a first run leaves the folder empty" || nok "failed first run: exit $rc; $(ls -A "$d" | tr '\n' ' ')"
