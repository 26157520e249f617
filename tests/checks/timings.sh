#!/bin/sh
# timings.sh: --timings FILE writes one row a document extracted, in input
# order, as a TSV "document, bytes, cpu_ms" with a header: the same rows
# (names and bytes) for --jobs 1 and --jobs 2, the count that --stats
# gives, numbers in the number columns; no assertion on the times
# themselves (they depend on the machine). A run that fails leaves no
# timings file, and one that cannot be written fails with exit 3.
# Prints "ok - ..." / "not ok - ..." lines.
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh
export LC_ALL=C

if [ ! -x "$BIN" ]; then
  skip "timings: $BIN not built"
  exit 0
fi

IN="examples/corpus examples/franchise"
# shellcheck disable=SC2086
for j in 1 2; do
  if "$BIN" --stats -o "$T/out$j" -f facts -j $j --timings "$T/t$j.tsv" $IN \
    >"$T/log$j" 2>&1; then
    ok "timings: --jobs $j run"
  else
    nok "timings: --jobs $j run exited $?" "$T/log$j"
  fi
done

want=$(sed -n 's/.*stats: documents \([0-9]*\) extracted.*/\1/p' "$T/log1")
got=$(($(wc -l <"$T/t1.tsv") - 1))
if [ -n "$want" ] && [ "$want" -gt 1 ] && [ "$got" = "$want" ]; then
  ok "timings: one row a document ($got)"
else
  nok "timings: $got rows, --stats says ${want:-nothing}" "$T/t1.tsv"
fi

if [ "$(head -n 1 "$T/t1.tsv")" = "$(printf 'document\tbytes\tcpu_ms')" ]; then
  ok "timings: header"
else
  nok "timings: header is '$(head -n 1 "$T/t1.tsv")'"
fi

bad=$(awk -F '\t' 'NR > 1 && (NF != 3 || $1 == "" || $2 !~ /^[1-9][0-9]*$/ ||
  $3 !~ /^[0-9]+\.[0-9][0-9][0-9]$/)' "$T/t1.tsv" | head -n 3)
if [ -z "$bad" ]; then
  ok "timings: three columns, a name, bytes and milliseconds in each row"
else
  nok "timings: bad rows: $bad"
fi

cut -f 1,2 "$T/t1.tsv" >"$T/c1"
cut -f 1,2 "$T/t2.tsv" >"$T/c2"
if cmp -s "$T/c1" "$T/c2"; then
  ok "timings: --jobs 1 and --jobs 2 give the same rows"
else
  nok "timings: --jobs 1 and --jobs 2 rows differ"
fi

if cut -f 1 "$T/t1.tsv" | grep -q 'corpus/glass-orchard.txt$' &&
  [ "$(cut -f 1 "$T/t1.tsv" | grep -n 'thornbury-nights' | cut -d: -f1)" \
    -gt "$(cut -f 1 "$T/t1.tsv" | grep -n 'glass-orchard' | cut -d: -f1)" ]; then
  ok "timings: documents named, in input order"
else
  nok "timings: names or order" "$T/t1.tsv"
fi

# The other outputs do not change with --timings.
"$BIN" -q -o "$T/plain" -f facts -j 1 $IN >/dev/null 2>&1
if diff -r "$T/plain" "$T/out1" >/dev/null; then
  ok "timings: the facts are the same as without --timings"
else
  nok "timings: the facts differ with --timings"
fi

# A run without documents writes no timings file; one into a missing
# folder fails like any output that cannot be written.
printf '' >"$T/empty.txt"
"$BIN" -q -o "$T/none" --timings "$T/none.tsv" "$T/empty.txt" >/dev/null 2>&1
if [ ! -e "$T/none.tsv" ]; then
  ok "timings: a failed run leaves no file"
else
  nok "timings: a failed run wrote $T/none.tsv"
fi
expect "timings: an unwritable file" 3 'no/such/dir' -- -q -o "$T/w" \
  --timings "$T/no/such/dir/t.tsv" examples/franchise
