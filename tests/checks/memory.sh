#!/bin/sh
# memory.sh: many small documents stay within memory. 8,000 generated
# JSON Lines articles (bench/gen_jsonl.py, five entities each) exported as
# Turtle must peak under 160 MB resident: raptor's Turtle serializer keeps
# every statement until the end, so one serializer for the whole graph
# peaks near 200 MB here; written in passes over subject ranges
# (src/write_turtle_split.c) it peaks near 110 MB. The Turtle must still
# hold exactly the N-Triples export's statements (rapper, when installed).
# Skipped without GNU time (/usr/bin/time -v) or python3.
# Prints "ok - ..." / "not ok - ..." lines.
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh
if [ ! -x /usr/bin/time ] || ! /usr/bin/time -v true >/dev/null 2>&1 || ! have python3; then
  skip "memory: GNU /usr/bin/time or python3 missing"
  exit 0
fi
BOUND_KB=160000
python3 bench/gen_jsonl.py 8000 >"$T/docs.jsonl"
if /usr/bin/time -v "$BIN" -f turtle,ntriples -o "$T/out" "$T/docs.jsonl" \
  >"$T/log" 2>"$T/time"; then
  kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$T/time")
  if [ -n "$kb" ] && [ "$kb" -lt "$BOUND_KB" ]; then
    ok "8000 small documents as Turtle peak at $kb kB (< $BOUND_KB)"
  else
    nok "8000 small documents as Turtle peak at ${kb:-?} kB (bound $BOUND_KB)" "$T/time"
  fi
else
  nok "screenkg failed on 8000 generated documents" "$T/time"
fi
if ! have rapper; then
  skip "memory: rapper (raptor2-utils) missing, Turtle not compared"
elif rapper -q -i turtle -o ntriples "$T/out/docs.ttl" 2>"$T/log" | LC_ALL=C sort >"$T/ttl.nt" &&
  LC_ALL=C sort "$T/out/docs.nt" >"$T/nt.nt" && [ -s "$T/nt.nt" ] && cmp -s "$T/ttl.nt" "$T/nt.nt"; then
  ok "the Turtle written in passes holds the N-Triples export's statements"
else
  nok "the Turtle written in passes differs from the N-Triples export" "$T/log"
fi
