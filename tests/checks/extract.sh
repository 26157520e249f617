#!/bin/sh
# extract.sh: the data-driven extraction cases (tests/extract/*.spec).
BUILDDIR=${BUILDDIR:-build}
/usr/bin/python3 tests/extract_spec.py "$BUILDDIR/screenkg" tests/extract/*.spec
