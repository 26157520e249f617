#!/bin/sh
# run.sh: make bench: builds nothing itself (make bench builds screenkg
# first), then runs bench/run.py, which prints the table and writes it to
# bench/results.md.
set -eu
cd "$(dirname "$0")/.."
for tool in rapper serdi dot sfdp xmllint; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "bench: $tool is missing (make setup installs it)" >&2; exit 1; }
done
exec /usr/bin/python3 bench/run.py "$@"
