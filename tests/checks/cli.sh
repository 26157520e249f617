#!/bin/sh
# cli.sh: the command line as users meet it: help, version, options and
# their exit codes, standard input and output, byte-identical reruns.
# Hostile input and unwritable output are in bad.sh.
. "$(dirname "$0")/../lib.sh"
EX=examples/the-defenders.txt

"$BIN" --help >"$T/help" 2>&1 && grep -q '^Usage: screenkg' "$T/help" && grep -q 'Exit status' "$T/help" && ok "--help" || nok "--help" "$T/help"
"$BIN" --version | grep -Eq '^screenkg [0-9]+\.[0-9]+' && ok "--version" || nok "--version"
expect "unknown option" 2 "unknown option '--bogus'" -- --bogus $EX
expect "no input" 2 "no input files" --
expect "unknown format" 2 "unknown format 'yaml'" -- --format yaml $EX
expect "bad base" 2 "must be an absolute IRI" -- --base foo $EX
expect "bad view" 2 "unknown view" -- --view nope $EX
expect "stdout needs one format" 2 "exactly one format" -- -o - $EX

# Output that cannot be written: exit 3 (the hostile cases, a folder that
# cannot be created, a full disk, are in bad.sh).
printf 'x' >"$T/afile"
expect "output path is a file" 3 "not a directory" -- -q -o "$T/afile" $EX

# Standard input and standard output.
"$BIN" -q -o - --format facts - <$EX >"$T/stdout.tsv" 2>"$T/err" && [ -s "$T/stdout.tsv" ] &&
  ok "stdin to stdout" || nok "stdin to stdout" "$T/err"

# Deterministic: two runs give byte-identical files.
"$BIN" -q -o "$T/r1" $EX 2>"$T/err" && "$BIN" -q -o "$T/r2" $EX 2>>"$T/err"
same=1
for f in "$T"/r1/*; do cmp -s "$f" "$T/r2/$(basename "$f")" || { same=0; echo "# differs: $(basename "$f")"; }; done
[ -n "$(ls "$T/r1" 2>/dev/null)" ] && [ $same -eq 1 ] && ok "two runs are byte-identical" || nok "two runs are byte-identical" "$T/err"
