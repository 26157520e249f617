#!/bin/sh
# costars.sh: the costars diagram of many articles stays readable: every
# node label at least 10 pt, no two labels overlapping, the PNG under
# 5,000 px a side, the main actors of every work named
# (tests/costars_check.py reads the SVG, the PNG's header and the CSV edge
# table of the same run). Run on examples/ (the defenders, the franchise, the corpus) and,
# when the shared evaluation set is there (SHARED, as tests/eval.sh: the
# 42 wiki-dev prose articles), on those with examples/: the run that
# docs/costars.png shows. A made-up SVG with two labels on one spot must
# fail the check (it can fail). Prints "ok - ..." / "not ok - ..." lines.
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh
export LC_ALL=C
PY=/usr/bin/python3
SHARED=${SHARED:-../shared}

if [ ! -x "$BIN" ] || [ ! -x "$PY" ]; then
  skip "costars: $BIN not built or $PY missing"
  exit 0
fi

# check NAME INPUT...: the costars view as SVG and PNG, then the checks.
check() {
  name=$1
  shift
  mkdir -p "$T/$name"
  if "$BIN" -q -o "$T/$name" -n x --view costars --format svg,png,csv "$@" \
    >"$T/log" 2>&1; then
    "$PY" tests/costars_check.py --name "$name" --edges "$T/$name/x.edges.csv" \
      "$T/$name/x.svg" "$T/$name/x.png"
    [ $? -le 1 ] || fail "$name: tests/costars_check.py crashed"
  else
    nok "$name: screenkg exited $?" "$T/log"
  fi
}

check examples examples/
if [ -d "$SHARED/eval/wiki-dev/prose" ]; then
  check shared "$SHARED"/eval/wiki-dev/prose/*/article.txt examples/
else
  skip "costars: $SHARED/eval/wiki-dev/prose not found"
fi

# Two labels on one spot: the overlap check must say so.
cat >"$T/bad.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">
<g class="node"><text x="50" y="50" font-size="14">Ida Quell</text></g>
<g class="node"><text x="60" y="55" font-size="14">Tam Orrin</text></g>
</svg>
SVG
if "$PY" tests/costars_check.py --name bad "$T/bad.svg" >"$T/log" 2>&1; then
  nok "costars_check.py passes two overlapping labels" "$T/log"
elif grep -q "^not ok - bad: no two labels overlap" "$T/log"; then
  pass "costars_check.py finds two overlapping labels"
else
  nok "costars_check.py on overlapping labels" "$T/log"
fi
