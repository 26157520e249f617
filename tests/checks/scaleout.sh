#!/bin/sh
# scaleout.sh: the scale-out recipes of docs/scale.md run for real. GNU
# parallel (Debian parallel) runs the shards of a corpus as jobs, and Dask
# distributed (Debian python3-distributed) runs them as tasks on a
# scheduler and two workers that tests/scaleout_dask.py starts on loopback
# and stops; each set of shards, concatenated and sorted, is the single
# run's N-Triples. A missing tool skips its part.
. "$(dirname "$0")/../lib.sh"
SHARED=${SHARED:-../shared}
N=4

set -- examples/corpus examples/the-defenders.txt tests/fixtures/dump/mixed.xml
[ -d "$SHARED/eval/redocred-dev" ] && set -- "$SHARED"/eval/redocred-dev/*/article.txt "$@"
"$BIN" -q -o - -f ntriples "$@" 2>"$T/err" | LC_ALL=C sort -u >"$T/one.nt" ||
  nok "single run" "$T/err"
lines=$(wc -l <"$T/one.nt")

# same WHAT FILE: FILE, sorted, is the single run
same() {
  LC_ALL=C sort -u "$2" >"$2.sorted"
  if cmp -s "$T/one.nt" "$2.sorted"; then ok "$1 ($lines triples)"
  else diff "$T/one.nt" "$2.sorted" | head -20 >"$T/diff"; nok "$1" "$T/diff"; fi
}

if [ -x /usr/bin/parallel ] && /usr/bin/parallel --version 2>/dev/null | grep -q 'GNU parallel'; then
  seq 1 $N | /usr/bin/parallel --will-cite -j 2 \
    "'$BIN' -q --shard {}/$N -o - -f ntriples $* > '$T/part{}.nt'" 2>"$T/perr" ||
    nok "GNU parallel: exit $?" "$T/perr"
  cat "$T"/part*.nt >"$T/parallel.nt"
  same "GNU parallel, $N shards in 2 jobs, sort -u: the single run" "$T/parallel.nt"
else
  skip "GNU parallel is not installed (apt-get install parallel)"
fi

if [ -x /usr/bin/python3 ] && command -v dask-scheduler >/dev/null 2>&1 &&
   /usr/bin/python3 -c 'import distributed' 2>/dev/null; then
  if timeout 120 /usr/bin/python3 tests/scaleout_dask.py "$BIN" $N "$T/dask.nt" "$@" \
      >"$T/dask.out" 2>&1; then
    same "Dask distributed, scheduler and 2 workers on loopback, $N tasks: the single run" "$T/dask.nt"
  else
    nok "Dask run: exit $?" "$T/dask.out"
  fi
else
  skip "Dask distributed is not installed (apt-get install python3-distributed)"
fi
