#!/usr/bin/env python3
"""speed.py: CPU speed of the film-page path (issue 15, item 3).

Prints, for the real MediaWiki pages of wiki-dev: the median per-page
MB/s of the page file a core and the median ms a page, from each
document's own CPU time in one process (--timings, --jobs 1, facts
output; each page's least time over --reps runs), beside the aggregate
of that one process (its whole CPU, start-up subtracted); the same for the
plain-text (prose) pages; then the hostile line (repeated "Ann as Bo, ",
made here) and its ratio to the prose pages per MB. The start-up (a run
on an empty input) is printed first.

Usage: bench/speed.py [--bin build/screenkg] [--shared /work/shared]
                      [--reps 3] [--hostile-mb 22]
make bench (bench/run.py) imports it for its real-page and hostile rows.
"""
import argparse
import glob
import os
import statistics
import subprocess
import tempfile
import xml.etree.ElementTree


def cpu_best(cmd, reps, failed, stderr=None):
    """Least user+sys CPU seconds of `reps` runs of cmd, its output
    discarded; exits with the message `failed` when a run fails."""
    best = None
    for _ in range(reps):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=stderr)
        _, status, ru = os.wait4(proc.pid, 0)
        if status != 0:
            raise SystemExit(failed)
        cpu = ru.ru_utime + ru.ru_stime
        best = cpu if best is None else min(best, cpu)
    return best


def cpu_of(binary, path, reps):
    """Least user+sys CPU seconds of `reps` runs on path (facts to a pipe)."""
    return cpu_best([binary, "-q", "-o", "-", "-f", "facts", path], reps,
                    f"speed: {binary} failed on {path}")


def one_run(binary, paths, reps, base):
    """MB/s of all paths read by one process (--jobs 1), start-up
    subtracted: steadier than a process a page on a loaded machine."""
    best = None
    for _ in range(reps):
        proc = subprocess.Popen([binary, "-q", "--jobs", "1", "-o", "-", "-f",
                                 "facts"] + paths, stdout=subprocess.DEVNULL)
        _, status, ru = os.wait4(proc.pid, 0)
        if status != 0:
            raise SystemExit(f"speed: {binary} failed")
        cpu = ru.ru_utime + ru.ru_stime
        best = cpu if best is None else min(best, cpu)
    size = sum(os.path.getsize(p) for p in paths)
    cpu = max(best - base, 1e-6)
    return cpu * 1000.0 / len(paths), size / 1e6 / cpu


def read_timings(path):
    """{document name: CPU seconds} of a --timings file."""
    got = {}
    with open(path, encoding="utf-8") as f:
        next(f)  # the header
        for line in f:
            name, _, ms = line.rstrip("\n").split("\t")
            got[name] = float(ms) / 1000.0
    return got


def doc_times(binary, pages, reps):
    """CPU seconds of each page's documents (a page file holds one, named
    PATH or PATH#Title), the least of reps runs of one process over all
    pages with --jobs 1 --timings."""
    best = [None] * len(pages)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "t.tsv")
        for _ in range(reps):
            subprocess.run([binary, "-q", "--jobs", "1", "-o", "-", "-f",
                            "facts", "--timings", out] + pages, check=True,
                           stdout=subprocess.DEVNULL)
            got = read_timings(out)
            for i, page in enumerate(pages):
                cpu = sum(t for n, t in got.items()
                          if n == page or n.startswith(page + "#"))
                best[i] = cpu if best[i] is None else min(best[i], cpu)
    return best


def page_rows(binary, pages, reps, base=None):
    """(ms, MB/s, bytes, CPU s) a page, from the pages' own CPU times in
    one process (doc_times): no start-up in them, so base is not used."""
    del base
    rows = []
    for path, cpu in zip(pages, doc_times(binary, pages, reps)):
        size = os.path.getsize(path)
        cpu = max(cpu, 1e-6)
        rows.append((cpu * 1000.0, size / 1e6 / cpu, size, cpu))
    return rows


def wikitext_bytes(path):
    """Bytes of a page file's wikitext (its <text> elements, entities
    decoded): issue 15 asks for MB/s of wikitext, which is about 7 % less
    than the page file on the median page (the XML around it, escapes)."""
    tree = xml.etree.ElementTree.parse(path)
    return sum(len((e.text or "").encode("utf-8")) for e in tree.iter()
               if e.tag.rsplit("}", 1)[-1] == "text")


def wikitext_median(pages, rows):
    """Median MB/s of wikitext a page, from page_rows' CPU times."""
    return statistics.median(wikitext_bytes(p) / 1e6 / r[3]
                             for p, r in zip(pages, rows))


def stats(rows):
    """(median ms a page, median MB/s, aggregate MB/s) of page_rows."""
    ms = statistics.median(r[0] for r in rows)
    mbs = statistics.median(r[1] for r in rows)
    total = sum(r[2] for r in rows) / 1e6 / sum(r[3] for r in rows)
    return ms, mbs, total


def summary(name, rows):
    ms, mbs, total = stats(rows)
    print(f"{name:28s} pages {len(rows):3d}  median {ms:7.2f} ms/page  "
          f"median {mbs:6.2f} MB/s  sum {total:6.2f} MB/s")
    return total


def xml_pages(shared):
    """The real MediaWiki pages of wiki-dev."""
    ev = os.path.join(shared, "eval", "wiki-dev")
    return sorted(glob.glob(os.path.join(ev, "xml", "*", "page.xml")))


def prose_pages(shared):
    """The plain-text pages of wiki-dev."""
    ev = os.path.join(shared, "eval", "wiki-dev")
    return sorted(glob.glob(os.path.join(ev, "prose", "*", "article.txt")))


def start_up(binary, tmp, reps):
    """CPU seconds of a run on an empty input (start-up)."""
    empty = os.path.join(tmp, "empty.txt")
    with open(empty, "w") as f:
        f.write("Nothing.\n")
    return cpu_of(binary, empty, reps)


def hostile(binary, tmp, mb, base):
    """(CPU seconds, MB/s) of one line of repeated "Ann as Bo, " of mb MB,
    start-up subtracted."""
    path = os.path.join(tmp, "hostile.txt")
    frag = "Ann as Bo, "
    with open(path, "w") as f:
        f.write(frag * int(mb * 1e6 / len(frag)) + "\n")
    cpu = max(cpu_of(binary, path, 1) - base, 1e-6)
    size = os.path.getsize(path)
    os.unlink(path)
    return cpu, size / 1e6 / cpu


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="build/screenkg")
    ap.add_argument("--shared", default="/work/shared")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--hostile-mb", type=float, default=22.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = start_up(args.bin, tmp, args.reps)
        print(f"start-up (empty input)       {base * 1000:.2f} ms  "
              f"load average {os.getloadavg()[0]:.2f}")
        xml = xml_pages(args.shared)
        rows = page_rows(args.bin, xml, args.reps, base)
        summary("wiki-dev xml, a page", rows)
        print(f"{'wiki-dev xml, a page':28s} pages {len(xml):3d}  "
              f"median {wikitext_median(xml, rows):6.2f} MB/s of wikitext")
        ms, mbs = one_run(args.bin, xml, args.reps, base)
        print(f"{'wiki-dev xml, one process':28s} pages {len(xml):3d}  "
              f"mean   {ms:7.2f} ms/page  {mbs:6.2f} MB/s")
        prose = prose_pages(args.shared)
        ordinary = summary("wiki-dev prose, a page",
                           page_rows(args.bin, prose, args.reps, base))
        ms, mbs = one_run(args.bin, prose, args.reps, base)
        print(f"{'wiki-dev prose, one process':28s} pages {len(prose):3d}  "
              f"mean   {ms:7.2f} ms/page  {mbs:6.2f} MB/s")
        if args.hostile_mb <= 0:
            return
        cpu, mbs = hostile(args.bin, tmp, args.hostile_mb, base)
        print(f"hostile line {args.hostile_mb:g} MB           "
              f"{cpu:7.2f} s  {mbs:6.2f} MB/s  "
              f"ratio to prose per MB {ordinary / mbs:5.2f}x")


if __name__ == "__main__":
    main()
