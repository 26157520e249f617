# score_set.sh: sourced by the eval scripts (tests/eval_news.sh,
# tests/heldout/run_mirror.sh).
#
# score_set BIN CORPUS OUTDIR SHARED ERRS: writes the facts export of
# every CORPUS/*/article.txt into OUTDIR, then scores them against the
# corpus's gold with SHARED/eval/score.py, listing up to ERRS errors.
score_set() {
  mkdir -p "$3"
  for d in "$2"/*/; do
    name=$(basename "$d")
    "$1" -q -o "$3" -n "$name" --format facts "$d/article.txt" ||
      echo "screenkg failed on $name" >&2
  done
  /usr/bin/python3 "$4/eval/score.py" --corpus "$2" \
    --facts-dir "$3" --per-predicate --show-errors "$5"
}
