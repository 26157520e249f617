#!/usr/bin/env python3
"""page_icount.py: instructions a page on the film-page path (issue 15,
item 3), counted by callgrind: a steady measure on a shared machine,
where bench/speed.py's CPU times move with the load.

One process reads the real MediaWiki pages of wiki-dev (--jobs 1, facts
output), after a warm-up document that pays the process's one-time costs
(the lexicon index, the first allocations). Callgrind collects only
inside skg_read_shard (reading a file, its rules and its merge with
--jobs 1: what --timings counts a document) and dumps its counts before
each file, so each dump is one page. Prints each page's instructions
and instructions a byte of its page file, then the median page (the
median of instructions a byte, so the page of bench/speed.py's median
MB/s), the sum, and the median page's instructions.

Usage: bench/page_icount.py [--bin build/screenkg] [--shared /work/shared]
                            [--quiet]
"""
import argparse
import glob
import os
import statistics
import subprocess
import tempfile


def parts(tmp):
    """Instructions of each dump, in dump order (callgrind numbers them
    OUT.1, OUT.2, ...; the last part, at exit, is OUT itself)."""
    out = os.path.join(tmp, "cg.out")
    names = glob.glob(out + ".*")
    names.sort(key=lambda n: int(n.rsplit(".", 1)[1]))
    names.append(out)
    got = []
    for name in names:
        with open(name, encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("summary:") or line.startswith("totals:"):
                    got.append(int(line.split()[1]))
                    break
    return got


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="build/screenkg")
    ap.add_argument("--shared", default="/work/shared")
    ap.add_argument("--quiet", action="store_true",
                    help="print only the summary lines")
    args = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    warm = os.path.join(here, "..", "examples", "the-defenders.txt")
    pages = sorted(glob.glob(os.path.join(args.shared, "eval", "wiki-dev",
                                          "xml", "*", "page.xml")))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["valgrind", "--tool=callgrind",
                        "--callgrind-out-file=" + os.path.join(tmp, "cg.out"),
                        "--toggle-collect=skg_read_shard",
                        "--dump-before=skg_read_shard", args.bin, "-q",
                        "--jobs", "1", "-f", "facts", "-o",
                        os.path.join(tmp, "o"), warm] + pages,
                       check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        counts = parts(tmp)
    # Dumps: before the warm-up (empty), before each page (the warm-up,
    # then each page but the last), at exit (the last page).
    if len(counts) != len(pages) + 2:
        raise SystemExit(f"page_icount: {len(counts)} dumps for "
                         f"{len(pages)} pages")
    per_page = counts[2:]
    rows = []
    for path, n in zip(pages, per_page):
        size = os.path.getsize(path)
        rows.append((n / size, n, size, os.path.basename(os.path.dirname(path))))
        if not args.quiet:
            print(f"{rows[-1][3]:36s} {size:8d} B {n:13,d} I "
                  f"{n / size:7.1f} I/B")
    ipb = statistics.median(r[0] for r in rows)
    ordered = sorted(rows)
    mid = ordered[(len(ordered) - 1) // 2:len(ordered) // 2 + 1]
    print(f"pages {len(rows)}  warm-up {counts[1]:,d} I  sum "
          f"{sum(per_page):,d} I  median {ipb:.1f} I/B  median page(s) "
          + ", ".join(f"{r[3]} {r[1]:,d} I" for r in mid))


if __name__ == "__main__":
    main()
