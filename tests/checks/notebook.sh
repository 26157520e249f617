#!/bin/sh
# notebook.sh: examples/analysis.ipynb runs headless on an export of
# examples/the-defenders.txt (jupyter nbconvert --execute with Debian's
# /usr/bin/jupyter), and its outputs say what the export says: no error
# output; the hubs table names the entities with the most facts and the
# people table the actor in the most casts, the connectors table every actor
# in two casts or more, all read from the facts export (no names written
# here); the ratings plot is a PNG. Then the co-star section (network,
# rankings, communities, drawing) and the ratings per work, on that export
# and on examples/franchise and examples/corpus (costar_checks below). The
# committed notebook has no outputs and no run metadata.
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

# The co-star network, the rankings, the communities and the ratings per
# work, on the article above, on the franchise (three works that share
# actors) and on the corpus (seven articles in three formats), each checked
# against its own facts export: the actor and link counts of the co-star
# network, the actor with the most co-stars in the ranking, every reviewed
# work named in the ratings, the drawing an image.
costar_checks() { # NAME RUN.ipynb FACTS.tsv
  "$PY" - "$@" <<'PY'
import collections, html, json, sys

name, run, facts_file = sys.argv[1:]
nb = json.load(open(run, encoding="utf-8"))
facts = [l.rstrip("\n").split("\t") for l in open(facts_file, encoding="utf-8")]

def check(cond, what, why=""):
    print(("ok - " if cond else "not ok - ") + f"notebook on {name}: " + what +
          (f": {why}" if why and not cond else ""))

def outputs(tag):
    for c in nb["cells"]:
        if tag in c.get("metadata", {}).get("tags", []):
            yield from c.get("outputs", [])

def text_of(tag):
    return "\n".join(html.unescape("".join(o.get("data", {}).get(m, "")))
                     for o in outputs(tag) for m in ("text/plain", "text/html")
                     ) + "".join("".join(o.get("text", "")) for o in outputs(tag))

errors = [o for c in nb["cells"] for o in c.get("outputs", [])
          if o["output_type"] == "error" or o.get("name") == "stderr"]
check(not errors, "no error or stderr output")
casts = collections.defaultdict(set)
for s, st, p, o, ot, *_ in facts:
    if p == "castMember":
        casts[s].add(o)
near = collections.defaultdict(set)
for members in casts.values():
    for a in members:
        near[a] |= members - {a}
actors = [a for a in near if near[a]]
links = sum(len(v) for v in near.values()) // 2
rank = text_of("costar-rank")
check(f"{len(actors)} actors, {links} co-star links" in rank,
      f"the co-star network has the {len(actors)} actors and {links} links "
      "of the facts export", rank.splitlines()[:1])
if actors:
    most = max(len(near[a]) for a in actors)
    leads = sorted(a for a in actors if len(near[a]) == most)
    check(any(a in rank for a in leads),
          f"the ranking names an actor with the most co-stars ({leads[0]})")
    check("community" in text_of("communities"), "a communities table")
    check(any("image/png" in o.get("data", {}) for o in outputs("costar-plot")),
          "the co-star drawing is an image/png output")
works = sorted({o for s, st, p, o, ot, *_ in facts if p == "reviewed"})
rated = {s for s, st, p, *_ in facts if p == "rating"}
reviewed = sorted({o for s, st, p, o, ot, *_ in facts
                   if p == "reviewed" and s in rated})
missing = [w for w in reviewed if w not in text_of("ratings")]
check(not missing, f"the ratings name the {len(reviewed)} rated works", missing)
PY
  [ $? -le 1 ] || fail "notebook on $1: the checks crashed"
}
costar_checks the-defenders "$tmp/run.ipynb" "$tmp/out/ex.facts.tsv"
for input in franchise corpus; do
  if ! "$bin" -q -o "$tmp/$input" -n ex "examples/$input" >"$tmp/log" 2>&1; then
    fail "notebook: export of examples/$input"
    continue
  fi
  if SCREENKG_OUT="$tmp/$input" SCREENKG_NAME=ex PYDEVD_DISABLE_FILE_VALIDATION=1 \
    "$JUPYTER" nbconvert --to notebook --execute "$NB" \
    --output "$tmp/run-$input.ipynb" >"$tmp/log" 2>&1; then
    pass "notebook: runs on examples/$input"
    costar_checks "$input" "$tmp/run-$input.ipynb" "$tmp/$input/ex.facts.tsv"
  else
    fail "notebook: nbconvert --execute on examples/$input"
  fi
done
