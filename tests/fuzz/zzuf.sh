#!/bin/sh
# zzuf.sh: whole-input mutation of every reader (make fuzz). zzuf (Debian
# package zzuf) flips bits of a seed file of each kind -- plain text, HTML,
# JSON Lines, MediaWiki XML, gzip, bzip2 -- with a ratio drawn per case from
# 0.01 % to 2 % (every other case of a text kind in printable ASCII
# only), and screenkg runs on each mutated file with the default
# formats. A case fails when the run
#   - dies of a signal (a crash; exit > 128),
#   - runs past FUZZ_TIMEOUT seconds (a hang; timeout's exit 124),
#   - prints a sanitizer report (the sanitizer build of make fuzz), or
#   - leaves a hidden temporary (.NAME.EXT.XXXXXX) in its output folder.
# Exits 0, 1 (bad input) and 3 are all fine: a mutated file may well be bad.
# Failing inputs are kept in FUZZ_OUT/failed/ with their seed and ratio.
# FUZZ_FIRST (default 1) is the first zzuf seed: a long run can be split
# over several sessions (FUZZ_FIRST=1501 FUZZ_CASES=1500 goes on where a
# run of 1,500 cases stopped). bench/zzuf.md has the last run's figures.
# Usage: BIN=build/san/screenkg FUZZ_CASES=10000 tests/fuzz/zzuf.sh [KIND...]
#   KIND: text html jsonl wiki gzip gzmut bzip2 (default: all; gzmut is
#   text mutated, then compressed)
set -u
cd "$(dirname "$0")/../.."
BIN=${BIN:-${BUILDDIR:-build}/screenkg}
CASES=${FUZZ_CASES:-10000}
FIRST=${FUZZ_FIRST:-1}
TIMEOUT=${FUZZ_TIMEOUT:-20}
OUT=${FUZZ_OUT:-$(dirname "$BIN")/zzuf}
kinds=${*:-text html jsonl wiki gzip gzmut bzip2}
command -v zzuf >/dev/null || { echo "zzuf.sh: zzuf is missing (scripts/setup.sh installs it)"; exit 1; }
[ -x "$BIN" ] || { echo "zzuf.sh: $BIN is not built"; exit 1; }
mkdir -p "$OUT/seeds" "$OUT/failed"

# Seeds: small, fact-bearing, one per reader. The text seed is the first
# lines of the example article (whole sentences, a few kB).
head -n 12 examples/the-defenders.txt >"$OUT/seeds/text.txt"
cp tests/fixtures/harbor-lights.html "$OUT/seeds/html.html"
cp tests/fixtures/corpus.jsonl "$OUT/seeds/jsonl.jsonl"
cp tests/fixtures/dump.xml "$OUT/seeds/wiki.xml"
gzip -9nc "$OUT/seeds/text.txt" >"$OUT/seeds/gzip.txt.gz"
cp "$OUT/seeds/text.txt" "$OUT/seeds/gzmut.txt"
bzip2 -9c "$OUT/seeds/text.txt" >"$OUT/seeds/bzip2.txt.bz2"

# Sanitizer reports as their own exit code, so they are never taken for
# the exit 1 of a bad input.
export ASAN_OPTIONS="exitcode=99:detect_leaks=0:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="halt_on_error=1:exitcode=99:${UBSAN_OPTIONS:-}"

# one KIND SEEDFILE S: runs case S; prints a line and returns 1 on a failure.
one() {
  kind=$1 seed=$2 s=$3
  case_in=$OUT/case-$kind.${seed##*.}
  o=$OUT/o-$kind
  rm -rf "$o"; mkdir -p "$o"
  # Every other case of a text kind never makes control or non-ASCII
  # bytes (zzuf -R), so that the mutation gets past the UTF-8 check into
  # the parsers and the extraction; the others mutate every bit.
  refuse=""
  case $kind in text|html|jsonl|wiki|gzmut) [ $((s % 2)) -eq 1 ] && refuse='\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\xff' ;; esac
  if [ -n "$refuse" ]; then
    zzuf -s "$s" -r 0.0001:0.02 -R "$refuse" <"$seed" >"$case_in"
  else
    zzuf -s "$s" -r 0.0001:0.02 <"$seed" >"$case_in"
  fi
  # gzmut: the text mutated, then compressed, so that what comes out of
  # the gzip reader reaches the text reader (a mutated gzip stream mostly
  # ends at its checksum)
  if [ "$kind" = gzmut ]; then
    gzip -nc "$case_in" >"$case_in.gz" && mv "$case_in.gz" "$case_in"
  fi
  timeout -k 5 "$TIMEOUT" "$BIN" -q -j 1 -o "$o" -n x "$case_in" \
    >/dev/null 2>"$OUT/err-$kind"
  rc=$?
  why=""
  if [ $rc -eq 124 ] || [ $rc -eq 137 ]; then why="hang (over $TIMEOUT s)"
  elif [ $rc -eq 99 ] || grep -Eq 'runtime error: |ERROR: [A-Za-z]+Sanitizer' "$OUT/err-$kind"; then why="sanitizer report"
  elif [ $rc -gt 128 ]; then why="signal $((rc - 128))"
  elif ls -A "$o" | grep -q '^\.'; then why="leftover $(ls -A "$o" | grep '^\.' | tr '\n' ' ')"
  fi
  [ -z "$why" ] && return 0
  keep=$OUT/failed/$kind-s$s.${seed##*.}
  cp "$case_in" "$keep"
  cp "$OUT/err-$kind" "$keep.err"
  echo "zzuf.sh: $kind case $s: $why (exit $rc): $keep"
  return 1
}

status=0
printf '%-6s %7s %7s %7s %7s %7s\n' kind cases exit0 exit1 other failed
for kind in $kinds; do
  seed=$(ls "$OUT/seeds/$kind".* 2>/dev/null | head -1)
  [ -n "$seed" ] || { echo "zzuf.sh: no reader kind '$kind'"; status=1; continue; }
  n0=0 n1=0 nx=0 nf=0 s=$FIRST
  while [ $s -lt $((FIRST + CASES)) ]; do
    if one "$kind" "$seed" $s; then
      case $rc in 0) n0=$((n0 + 1)) ;; 1) n1=$((n1 + 1)) ;; *) nx=$((nx + 1)) ;; esac
    else
      nf=$((nf + 1)); status=1
    fi
    s=$((s + 1))
    # a long run says where it is (stderr, so the table stays clean)
    [ $(((s - FIRST) % 500)) -eq 0 ] &&
      echo "zzuf.sh: $kind: $((s - FIRST)) of $CASES cases, $nf failed" >&2
  done
  printf '%-6s %7d %7d %7d %7d %7d\n' "$kind" "$CASES" $n0 $n1 $nx $nf
done
exit $status
