#!/bin/sh
# cli.sh: the command line as users meet it: help, exit codes, one clear
# message naming the file and position, and no output file left behind by
# a failed run (not even a temporary one).
BUILDDIR=${BUILDDIR:-build}
BIN=$BUILDDIR/screenkg
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
EX=examples/the-defenders.txt

ok() { echo "ok - $1"; }
nok() { echo "not ok - $1"; [ -n "${2:-}" ] && sed 's/^/#   /' "$2"; }

# expect NAME CODE PATTERN -- ARGS: runs screenkg ARGS, checks the exit code
# and that stderr matches PATTERN (grep -E) on one line.
expect() {
  name=$1 code=$2 pat=$3; shift 4
  "$BIN" "$@" >"$T/out" 2>"$T/err"; rc=$?
  if [ "$rc" -ne "$code" ]; then nok "$name: exit $rc, want $code" "$T/err"; return; fi
  if [ -n "$pat" ] && ! grep -Eq "$pat" "$T/err"; then nok "$name: stderr lacks /$pat/" "$T/err"; return; fi
  ok "$name"
}

# empty_dir NAME DIR: a failed run must leave DIR without any file.
empty_dir() {
  if [ -z "$(ls -A "$2" 2>/dev/null)" ]; then ok "$1 leaves no file"; else nok "$1 leaves files: $(ls -A "$2" | tr '\n' ' ')"; fi
}

"$BIN" --help >"$T/help" 2>&1 && grep -q '^Usage: screenkg' "$T/help" && grep -q 'Exit status' "$T/help" && ok "--help" || nok "--help" "$T/help"
"$BIN" --version | grep -Eq '^screenkg [0-9]+\.[0-9]+' && ok "--version" || nok "--version"
expect "unknown option" 2 "unknown option '--bogus'" -- --bogus $EX
expect "no input" 2 "no input files" --
expect "unknown format" 2 "unknown format 'yaml'" -- --format yaml $EX
expect "bad base" 2 "must be an absolute IRI" -- --base foo $EX
expect "bad view" 2 "unknown view" -- --view nope $EX
expect "stdout needs one format" 2 "exactly one format" -- -o - $EX

# Bad input: exit 1, the file named, the position where it applies.
printf '' >"$T/empty.txt"
printf '  \n\t\n' >"$T/blank.txt"
printf 'Good text.\nThen \377 bad.\n' >"$T/bad-utf8.txt"
printf 'Overlong \300\257 slash.\n' >"$T/overlong.txt"
printf 'A surrogate \355\240\200 here.\n' >"$T/surrogate.txt"
printf 'Lone \200 continuation.\n' >"$T/lone.txt"
printf 'Text\000with a NUL.\n' >"$T/nul.txt"
head -c 4096 "$BIN" >"$T/binary.bin"
# (A folder is read recursively; one without any input file is an error.)
mkdir -p "$T/emptydir"
for c in "missing:$T/none.txt:cannot open" "directory:$T/emptydir:is a directory" \
         "empty:$T/empty.txt:empty input" "blank:$T/blank.txt:empty input" \
         "invalid UTF-8:$T/bad-utf8.txt:bad-utf8.txt:2:6: invalid UTF-8 at byte 16" \
         "overlong:$T/overlong.txt:overlong.txt:1:10: invalid UTF-8 at byte 9" \
         "surrogate:$T/surrogate.txt:surrogate.txt:1:13: invalid UTF-8" \
         "lone continuation:$T/lone.txt:lone.txt:1:6: invalid UTF-8 at byte 5" \
         "NUL byte:$T/nul.txt:nul.txt:1:5: binary data: NUL byte at byte 4" \
         "binary file:$T/binary.bin:binary.bin:1:[0-9]+: (binary data|invalid UTF-8)"; do
  name=${c%%:*}; rest=${c#*:}; file=${rest%%:*}; pat=${rest#*:}
  mkdir -p "$T/o-$name"
  expect "$name" 1 "^screenkg: error: .*$pat" -- -q -o "$T/o-$name" "$file"
  empty_dir "$name" "$T/o-$name"
done

# One bad input among good ones: reported, skipped, the rest exported, exit 1.
mkdir -p "$T/mixed"
expect "bad input among good" 1 "nul.txt" -- -q -o "$T/mixed" -n mixed --format facts $EX "$T/nul.txt"
[ -s "$T/mixed/mixed.facts.tsv" ] && ok "good inputs still exported" || nok "good inputs still exported"

# CRLF and a byte-order mark are accepted.
printf '\357\273\277Harbor Lights is a 1998 American crime film.\r\nJane Roe as Vera Quill: A detective.\r\n' >"$T/crlf.txt"
expect "BOM and CRLF accepted" 0 "" -- -q -o "$T/crlf" --format facts "$T/crlf.txt"
grep -q "Jane Roe	Actor	portrays	Vera Quill	Character" "$T/crlf/crlf.facts.tsv" 2>/dev/null &&
  ok "CRLF text extracted" || nok "CRLF text extracted" "$T/crlf/crlf.facts.tsv"

# Output that cannot be written: exit 3, nothing left behind.
printf 'x' >"$T/afile"
expect "output path is a file" 3 "not a directory" -- -q -o "$T/afile" $EX
expect "output dir cannot be created" 3 "cannot create output directory" -- -q -o /proc/screenkg-test $EX
if [ -w /dev/full ]; then
  "$BIN" -q -o - --format ntriples $EX >/dev/full 2>"$T/err"; rc=$?
  [ $rc -eq 3 ] && grep -q "write error" "$T/err" && ok "full disk (/dev/full): exit 3" || nok "full disk: exit $rc" "$T/err"
fi
# A read-only directory (root ignores permission bits, so use a read-only
# file system when one is at hand).
if [ "$(id -u)" -ne 0 ]; then
  mkdir -p "$T/ro" && chmod 555 "$T/ro"
  expect "unwritable folder" 3 "cannot create output file" -- -q -o "$T/ro" $EX
  empty_dir "unwritable folder" "$T/ro"
fi

# Standard input and standard output.
"$BIN" -q -o - --format facts - <$EX >"$T/stdout.tsv" 2>"$T/err" && [ -s "$T/stdout.tsv" ] &&
  ok "stdin to stdout" || nok "stdin to stdout" "$T/err"

# Interrupted run: no temporary files remain.
mkdir -p "$T/sig"
big=$T/big.txt
for i in 1 2 3 4 5 6 7 8; do cat $EX; echo; done >"$big"
"$BIN" -q -o "$T/sig" --format turtle,graphml "$big" "$big" "$big" "$big" &
pid=$!
sleep 0.05; kill -INT $pid 2>/dev/null; wait $pid 2>/dev/null
[ -z "$(ls -A "$T/sig" | grep '^\.')" ] && ok "SIGINT leaves no temporary file" || nok "SIGINT leaves temporaries: $(ls -A "$T/sig")"

# Deterministic: two runs give byte-identical files.
"$BIN" -q -o "$T/r1" $EX 2>"$T/err" && "$BIN" -q -o "$T/r2" $EX 2>>"$T/err"
same=1
for f in "$T"/r1/*; do cmp -s "$f" "$T/r2/$(basename "$f")" || { same=0; echo "# differs: $(basename "$f")"; }; done
[ -n "$(ls "$T/r1" 2>/dev/null)" ] && [ $same -eq 1 ] && ok "two runs are byte-identical" || nok "two runs are byte-identical" "$T/err"
