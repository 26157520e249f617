# lib.sh: shell helpers shared by the check scripts (tests/checks/*.sh),
# sourced, not run: ". tests/lib.sh" from the repository root. It sets
# BIN (the screenkg under test, from BUILDDIR) and T (a temporary folder
# removed at exit), and prints TAP-like "ok - ..." / "not ok - ..." lines.
BUILDDIR=${BUILDDIR:-build}
BIN=$BUILDDIR/screenkg
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

ok() { echo "ok - $1"; }
# pass/fail/skip TEXT...: the same lines from all the words given;
# have CMD: true when CMD is on PATH (a check that needs it is skipped).
pass() { echo "ok - $*"; }
fail() { echo "not ok - $*"; }
skip() { echo "ok - # SKIP $*"; }
have() { command -v "$1" >/dev/null 2>&1; }
# nok NAME [FILE]: a failure; FILE (stderr, an output) is shown indented.
nok() { echo "not ok - $1"; [ -n "${2:-}" ] && [ -f "$2" ] && sed 's/^/#   /' "$2" | head -20; }

# expect NAME CODE PATTERN -- ARGS: runs screenkg ARGS, checks the exit code,
# that stderr has no sanitizer report and matches PATTERN (grep -E) on one
# line. stdout is in $T/out, stderr in $T/err.
expect() {
  name=$1 code=$2 pat=$3; shift 4
  "$BIN" "$@" >"$T/out" 2>"$T/err"; rc=$?
  if [ "$rc" -ne "$code" ]; then nok "$name: exit $rc, want $code" "$T/err"; return 1; fi
  # under ASan/UBSan (tests/run.sh): a report is a failure, whatever the exit
  if grep -Eq 'runtime error: |ERROR: [A-Za-z]+Sanitizer' "$T/err"; then nok "$name: sanitizer report" "$T/err"; return 1; fi
  if [ -n "$pat" ] && ! grep -Eq "$pat" "$T/err"; then nok "$name: stderr lacks /$pat/" "$T/err"; return 1; fi
  ok "$name"
}

# empty_dir NAME DIR: a failed run must leave DIR without any file, hidden
# temporaries (.NAME.XXXXXX) included.
empty_dir() {
  if [ -z "$(ls -A "$2" 2>/dev/null)" ]; then ok "$1 leaves no file"; else nok "$1 leaves files: $(ls -A "$2" | tr '\n' ' ')"; fi
}

# export_twice NAME DIR ARGS...: exports with "screenkg -o DIR/one ARGS" and
# "-o DIR/two ARGS" and compares every file written, byte for byte (STYLE.md
# section 6: same input, same bytes). Prints "ok - NAME" (or "not ok - NAME"
# with the run's messages, and returns 1: nothing to check further), then
# whether "export: two runs give the same bytes".
export_twice() {
  name=$1 dir=$2; shift 2
  if ! "$BIN" -o "$dir/one" "$@" >"$T/export.log" 2>&1 ||
     ! "$BIN" -o "$dir/two" "$@" >"$T/export.log" 2>&1; then
    nok "$name" "$T/export.log"
    return 1
  fi
  ok "$name"
  if [ -n "$(ls -A "$dir/one")" ] && diff -r "$dir/one" "$dir/two" >/dev/null 2>&1; then
    ok "export: two runs give the same bytes"
  else
    nok "export: two runs differ"
  fi
}

# interrupt NAME DIR ARGS...: runs screenkg -q -o DIR -n x ARGS on 20,000
# JSON lines in the background, sends SIGINT once a temporary file is open
# in DIR, and checks that it was sent then and that the run died of the
# signal (status 130) within 30 s (a run that does not is killed: a
# failure, not a hang). The caller checks what DIR holds afterwards.
interrupt() {
  name=$1 dir=$2; shift 2
  awk 'BEGIN { for (i = 0; i < 20000; i++)
    printf "{\"title\": \"Film %d\", \"text\": \"Harbor Lights %d is a 1998 American crime film directed by Mae Dorsey%d. It stars Jane Roe%d as Vera Quill%d.\"}\n", i, i, i, i, i }' >"$T/interrupt.jsonl"
  mkdir -p "$dir"
  "$BIN" -q -o "$dir" -n x "$@" "$T/interrupt.jsonl" 2>"$T/interrupt.err" &
  pid=$!
  i=0
  while [ $i -lt 3000 ] && kill -0 $pid 2>/dev/null && ! ls -A "$dir" | grep -q '^\.'; do
    sleep 0.01; i=$((i + 1))
  done
  seen=$(ls -A "$dir" | grep -c '^\.')
  kill -INT $pid 2>/dev/null
  i=0
  while [ $i -lt 300 ] && kill -0 $pid 2>/dev/null; do sleep 0.1; i=$((i + 1)); done
  kill -0 $pid 2>/dev/null && kill -KILL $pid
  wait $pid; rc=$?
  [ "$seen" -gt 0 ] && ok "$name: sent while a temporary file was open" || nok "$name: no temporary file seen before the run ended (exit $rc)"
  [ $rc -eq 130 ] && ok "$name: the run dies of the signal (status 130)" || nok "$name: status $rc, want 130" "$T/interrupt.err"
}

# rdf_parsers_read SYNTAX FILE WANT: rapper and serdi, each on its own,
# read FILE (turtle or nquads) and find WANT statements in it.
rdf_parsers_read() {
  if have rapper; then
    got=$(rapper -i "$1" -c "$2" 2>&1 | sed -n 's/.*returned \([0-9]*\) .*/\1/p')
    if [ "$got" = "$3" ]; then ok "rapper reads the $1 ($got statements)"
    else nok "rapper reads ${got:-no} statements of the $1, want $3"; fi
  else skip "rapper not installed"; fi
  if have serdi; then
    o=ntriples; [ "$1" = nquads ] && o=nquads
    if serdi -i "$1" -o "$o" "$2" >"$T/serdi.out" 2>"$T/serdi.err" &&
       [ "$(grep -c . "$T/serdi.out")" = "$3" ]; then ok "serdi reads the $1 ($3 statements)"
    else nok "serdi reads the $1, want $3 statements" "$T/serdi.err"; fi
  else skip "serdi not installed"; fi
}
