#!/bin/sh
# setup.sh: installs the Debian packages (and the project-local npm packages)
# that building and testing screenkg need, and only those that are missing.
# Usage: scripts/setup.sh [--check]   (--check lists what is missing, exit 1)
set -eu
cd "$(dirname "$0")/.."

# Build: compiler, pkg-config and the libraries screenkg links.
BUILD="gcc make pkg-config libraptor2-dev libxml2-dev libgraphviz-dev \
libutf8proc-dev nettle-dev libjson-c-dev zlib1g-dev libbz2-dev"
# Tests: independent readers of every output, sanitizers, the notebook.
TEST="raptor2-utils serdi libxml2-utils graphviz clang libclang-rt-14-dev \
python3 python3-networkx python3-rdflib python3-igraph \
jupyter-nbconvert python3-ipykernel python3-nbclient python3-pandas \
python3-matplotlib"
# Dumps and scale-out (tests/checks/dump.sh, scaleout.sh, make bench):
# bzip2 and lbzip2 as references, GNU parallel and Dask as the engines.
TEST="$TEST bzip2 lbzip2 parallel python3-distributed"
# make lint (cppcheck, clang-tidy) and make bench (/usr/bin/time for peak RSS).
TEST="$TEST cppcheck clang-tidy time"
# make fuzz: zzuf mutates whole inputs of every reader (tests/fuzz/zzuf.sh).
TEST="$TEST zzuf"
# The HTML page in a real browser (tests/html, driven by playwright-core).
TEST="$TEST chromium"
# The OWL 2 DL profile check of the ontology (tests/checks/owl_dl.sh).
TEST="$TEST default-jre-headless libowlapi-java"
# The export in a real store, started by tests/checks/store_virtuoso.sh.
TEST="$TEST virtuoso-opensource curl"

missing=""
for p in $BUILD $TEST; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing="$missing $p"
  fi
done

# Node.js may come from Debian (nodejs + npm) or from NodeSource's nodejs,
# which bundles npm and conflicts with Debian's npm: ask for the commands.
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"

if [ "${1:-}" = "--check" ]; then
  [ -z "$missing" ] && { echo "setup: nothing missing"; exit 0; }
  echo "setup: missing:$missing"; exit 1
fi

if [ -n "$missing" ]; then
  echo "setup: installing$missing" >&2
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >&2
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >&2
fi

# npm packages for the RDF checks (SHACL, Oxigraph, N3.js), pinned by the
# committed lock file; reinstalled only when the lock file changes.
if [ -f package-lock.json ]; then
  if [ ! -f node_modules/.package-lock.json ] ||
     [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "setup: npm ci" >&2
    npm ci --no-audit --no-fund --loglevel=error >&2
  fi
fi
exit 0
