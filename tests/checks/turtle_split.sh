#!/bin/sh
# turtle_split.sh: Turtle in passes (src/write_turtle_split.c), with the
# test hook SKG_TEST_TURTLE_PASS making a pass small so that 3,000
# generated documents (bench/gen_jsonl_repeat.py) take many passes.
# - A subject larger than a pass (the run's prov:used, one object a
#   document) is written by several passes, its block repeated, and the
#   Turtle still holds exactly the N-Triples export's statements (rapper).
# - Passes that split no subject give the bytes of one serializer.
# Skipped without python3; the statement comparison without rapper.
# Prints "ok - ..." / "not ok - ..." lines.
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh
if ! have python3; then
  skip "turtle_split: python3 missing"
  exit 0
fi
python3 bench/gen_jsonl_repeat.py 3000 rep >"$T/docs.jsonl"
RUN='^<[^>]*/run/screenkg-[^>]*>$'

# One pass, as any graph of fewer statements than a pass is written.
if "$BIN" -f turtle -o "$T/one" "$T/docs.jsonl" >"$T/log" 2>&1 &&
  [ "$(grep -c "$RUN" "$T/one/docs.ttl")" -eq 1 ]; then
  ok "one pass writes the run's block once"
else
  nok "one-pass Turtle of 3000 documents" "$T/log"
fi

# Passes of 40,000 statements: the run's 3,000 prov:used fit in one.
if SKG_TEST_TURTLE_PASS=40000 "$BIN" -f turtle -o "$T/few" "$T/docs.jsonl" \
  >"$T/log" 2>&1 && cmp -s "$T/one/docs.ttl" "$T/few/docs.ttl"; then
  ok "passes that split no subject give one serializer's bytes"
else
  nok "passes of 40000 statements change the Turtle" "$T/log"
fi

# Passes of 500 statements: the run is split over several of them.
if SKG_TEST_TURTLE_PASS=500 "$BIN" -f turtle,ntriples -o "$T/many" \
  "$T/docs.jsonl" >"$T/log" 2>&1; then
  n=$(grep -c "$RUN" "$T/many/docs.ttl")
  if [ "$n" -gt 2 ]; then
    ok "a subject larger than a pass is written by $n passes"
  else
    nok "the run's block is written $n times with passes of 500 statements"
  fi
else
  nok "screenkg failed with passes of 500 statements" "$T/log"
fi
if ! have rapper; then
  skip "turtle_split: rapper (raptor2-utils) missing, Turtle not compared"
elif rapper -q -i turtle -o ntriples "$T/many/docs.ttl" 2>"$T/log" |
  LC_ALL=C sort >"$T/ttl.nt" &&
  LC_ALL=C sort -u "$T/many/docs.nt" >"$T/nt.nt" && [ -s "$T/nt.nt" ] &&
  cmp -s "$T/ttl.nt" "$T/nt.nt"; then
  ok "the Turtle with a split subject holds the N-Triples export's statements"
else
  nok "the Turtle with a split subject differs from the N-Triples export" "$T/log"
fi
