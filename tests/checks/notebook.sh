#!/bin/sh
# notebook.sh: examples/analysis.ipynb runs headless on an export of
# examples/the-defenders.txt (jupyter nbconvert --execute with Debian's
# /usr/bin/jupyter), and its outputs say what the export says: no error
# output; the hubs table names the entities with the most facts and the
# people table the actor in the most casts, the connectors table every actor
# in two casts or more, all read from the facts export (no names written
# here); the ratings plot is a PNG. The committed notebook has no outputs
# and no run metadata.
# Prints "ok - ..." / "not ok - ..." lines; skips when jupyter is missing.
set -u
cd "$(dirname "$0")/../.."
. tests/lib.sh # ok/pass/fail/skip/have, $T removed at exit
BUILDDIR=${BUILDDIR:-build}
export LC_ALL=C
PY=/usr/bin/python3 # Debian's jupyter, pandas, networkx live here
JUPYTER=${JUPYTER:-/usr/bin/jupyter}
NB=examples/analysis.ipynb
tmp=$T

if [ ! -x "$PY" ]; then
  skip "notebook: $PY not installed"
  exit 0
fi
"$PY" - "$NB" <<'EOF' && pass "notebook: committed without outputs" ||
import json, sys
nb = json.load(open(sys.argv[1], encoding="utf-8"))
code = [c for c in nb["cells"] if c["cell_type"] == "code"]
sys.exit(any(c["outputs"] or c["execution_count"] or
             set(c["metadata"]) - {"tags"} for c in code))
EOF
  fail "notebook: $NB has outputs or run metadata (docs/tables.md: clear it)"

if [ ! -x "$JUPYTER" ] || ! "$JUPYTER" nbconvert --version >/dev/null 2>&1; then
  skip "notebook: $JUPYTER nbconvert not installed (scripts/setup.sh)"
  exit 0
fi
bin=$BUILDDIR/screenkg
if [ ! -x "$bin" ]; then
  skip "notebook: $bin not built"
  exit 0
fi
if ! "$bin" -q -o "$tmp/out" -n ex examples/the-defenders.txt >"$tmp/log" 2>&1
then
  fail "notebook: export of examples/the-defenders.txt"
  sed 's/^/# /' "$tmp/log" | head -5
  exit 0
fi
# nbconvert runs the kernel in the notebook's folder; paths are absolute.
if SCREENKG_OUT="$tmp/out" SCREENKG_NAME=ex PYDEVD_DISABLE_FILE_VALIDATION=1 \
  "$JUPYTER" nbconvert --to notebook --execute "$NB" \
  --output "$tmp/run.ipynb" >"$tmp/log" 2>&1; then
  pass "notebook: nbconvert --execute runs it"
else
  fail "notebook: nbconvert --execute $NB"
  # The traceback comes in colour: drop the escape sequences.
  grep -v '^\[NbConvertApp\]' "$tmp/log" | tr -d '\033' |
    sed 's/\[[0-9;]*m//g' | tail -4 | sed 's/^/# /'
  exit 0
fi

"$PY" - "$tmp/run.ipynb" "$tmp/out/ex.facts.tsv" <<'EOF'
import collections, html, json, sys

nb = json.load(open(sys.argv[1], encoding="utf-8"))
facts = [line.rstrip("\n").split("\t")
         for line in open(sys.argv[2], encoding="utf-8")]

def check(cond, what, why=""):
    print(("ok - " if cond else "not ok - ") + "notebook: " + what +
          (f": {why}" if why and not cond else ""))

def text_of(tag):
    """Text and HTML outputs of the cells tagged tag, HTML unescaped."""
    out = []
    for c in nb["cells"]:
        if tag in c.get("metadata", {}).get("tags", []):
            for o in c.get("outputs", []):
                data = o.get("data", {})
                for mime in ("text/plain", "text/html"):
                    out.append(html.unescape("".join(data.get(mime, ""))))
                out.append("".join(o.get("text", "")))
    return "\n".join(out)

code = [c for c in nb["cells"] if c["cell_type"] == "code"]
errors = [o for c in code for o in c.get("outputs", [])
          if o["output_type"] == "error" or o.get("name") == "stderr"]
check(not errors, "no error or stderr output",
      errors and (errors[0].get("ename") or "".join(errors[0].get("text", ""))))
check(all(c.get("execution_count") for c in code), "every code cell ran")

# Degrees from the facts export: every entity-to-entity fact counts for both
# ends, as in the notebook's networkx degree. The names above the 15th
# degree must be in the 15-row hubs table (names at the cut may tie).
degree = collections.Counter()
casts = collections.Counter()
for s, st, p, o, ot, *_ in facts:
    if p != "type" and ot != "literal":
        degree[(s, st)] += 1
        degree[(o, ot)] += 1
    if p == "castMember":
        casts[o] += 1
ranked = sorted(degree.values(), reverse=True)
cut = ranked[14] if len(ranked) > 14 else 0
top = sorted(name for (name, _), d in degree.items() if d > cut)
hubs = text_of("hubs")
missing = [n for n in top if n not in hubs]
check(top and not missing, f"hubs table names the {len(top)} entities "
      "with the most facts", missing[:3])
most = max(casts.values(), default=0)
leads = sorted(a for a, n in casts.items() if n == most)
check(leads and any(a in text_of("hubs-people") for a in leads),
      f"people table names the actor in the most casts ({', '.join(leads)})")
bridges = sorted(a for a, n in casts.items() if n >= 2)
missing = [a for a in bridges if a not in text_of("connectors")]
check(bridges and not missing, f"connectors table names the {len(bridges)} "
      "actors in two casts or more", missing[:3])
pngs = [o for c in code if "ratings-plot" in c["metadata"].get("tags", [])
        for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
check(pngs, "the ratings plot is an image/png output")
EOF
