#!/bin/sh
# zzuf.sh: a few whole-input mutations of every reader kind (make fuzz runs
# 10,000 a kind; tests/fuzz/zzuf.sh): no crash, hang, sanitizer report or
# leftover temporary. ZZUF_CASES sets how many a kind (default 20).
. "$(dirname "$0")/../lib.sh"
if ! have zzuf; then
  skip "zzuf mutations: zzuf is not installed"
  exit 0
fi
BIN="$BIN" FUZZ_CASES=${ZZUF_CASES:-20} FUZZ_TIMEOUT=60 FUZZ_OUT="$T/zzuf" \
  tests/fuzz/zzuf.sh >"$T/zzuf.log" 2>&1
rc=$?
[ $rc -eq 0 ] && ok "zzuf: ${ZZUF_CASES:-20} mutated inputs of each reader kind" ||
  nok "zzuf: a mutated input crashed, hung or left a temporary" "$T/zzuf.log"
