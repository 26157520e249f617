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
expect "unknown format" 2 "unknown format 'yaml' \\(see --help\\)" -- --format yaml $EX
expect "misspelt format" 2 "unknown format 'turtl'; did you mean 'turtle'?" -- --format facts,turtl $EX
# --help marks the default formats from the same list the run uses.
grep -q '^ *\* facts ' "$T/help" && grep -q '^ *png ' "$T/help" && ok "--help marks the default formats" || nok "--help marks the default formats" "$T/help"
expect "web address as input" 1 "cannot open: .*web addresses are not fetched" -- -q -o "$T/url" https://example.org/wiki/Quill_Street
# -o makes its missing parent folders, as mkdir -p does.
expect "nested output folder" 0 "" -- -q -o "$T/deep/er/out" -f facts $EX
[ -s "$T/deep/er/out/the-defenders.facts.tsv" ] && ok "nested output folder: written" || nok "nested output folder"
# The summary line says how many inputs could not be read.
: >"$T/empty.txt"
expect "summary counts unread inputs" 1 "^screenkg: 1 document \\(1 input not read: see above\\)," -- -o "$T/sum" -f facts "$T/empty.txt" $EX
expect "bad base" 2 "must be an absolute IRI" -- --base foo $EX
# --base is an absolute IRI ending in / or # (RFC 3987 characters; a
# quote or '>' would end an attribute of the SVG and HTML it reaches); a
# usage error names the reason, and nothing is written.
for b in 'https://x/"><script>alert(1)</script>/' "https://x/it's/" 'https://x y/' \
         'https://x/{a}/' 'https://x/a|b/' 'https://x/^/' 'https://x/`/' 'https://x/a\b/' \
         'https://x/%zz/' "$(printf 'https://x/\001/')" "$(printf 'https://x/\377/')" \
         'https://x/a' 'x' '1http://x/' 'http:'; do
  expect "bad base: $b" 2 "must be an absolute IRI ending in / or #: it " -- -q -o "$T/base-bad" -b "$b" $EX
  [ ! -e "$T/base-bad" ] || nok "bad base: $b: something written"
done
for b in 'urn:screenkg:id#' 'https://example.org/kg/' 'https://x/%C3%A9/' 'https://x/é/'; do
  expect "good base: $b" 0 "" -- -q -o "$T/base-good" -f ntriples -b "$b" $EX
done
# -n NAME is a file name in the output folder, never a path.
for n in ../x a/b /tmp/x .. . ''; do
  expect "bad name: '$n'" 2 "^screenkg: error: --name '.*' must be a file name" -- -q -o "$T/name-bad/in" -n "$n" $EX
done
[ ! -e "$T/name-bad" ] && [ ! -e "$T/x.ttl" ] && ok "bad names: nothing written" || nok "bad names: something written"
expect "name with dots" 0 "" -- -q -o "$T/name-dots" -n 'a..b' -f facts $EX
[ -s "$T/name-dots/a..b.facts.tsv" ] && ok "name with dots: written in the folder" || nok "name with dots"
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
