#!/usr/bin/env python3
"""run.py: screenkg's benchmark (make bench). Every figure is measured in
the same run, on the same data, next to a reference tool, and reported as
a ratio; times are medians of REPS runs (wall clock), peak RSS from the
kernel's rusage of each child. Prints a Markdown table and writes it to
bench/results.md. Timings are never asserted.

Environment: BUILDDIR (default build), REPS (5), TIMEOUT (120 s a run),
BENCH_QUICK=1 (smaller sizes, for trying the script out),
BENCH_DUMP_BYTES (size of the largest MediaWiki dump, default 10^9; 0
leaves the dump rows out), BENCH_DUMP_TIMEOUT (900 s a dump run),
SHARED (the shared data, default ../shared), BENCH_STEPS (a comma list of
steps to run, default all: extraction, repeated, rdf, graphml, layout,
dump, multistream, pages; "issue15" stands for multistream,pages, the rows
of issue 15). A run of some steps writes bench/results-STEPS.md instead
of bench/results.md.
"""
import glob
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, os.environ.get("BUILDDIR", "build"))
BIN = os.path.join(BUILD, "screenkg")
WORK = os.path.join(BUILD, "bench")
REPS = int(os.environ.get("REPS", "5"))
TIMEOUT = float(os.environ.get("TIMEOUT", "120"))
QUICK = os.environ.get("BENCH_QUICK") == "1"
SHARED = os.environ.get("SHARED") or os.path.join(ROOT, "..", "shared")
SEED = os.path.join(SHARED, "seeds", "000_84111ec70c4c5ad7.txt")
ARTICLES = os.path.join(SHARED, "eval", "redocred-dev", "*", "article.txt")
HEAVY = 15.0  # a run longer than this is not repeated
HAS_JOBS = HAS_STREAM = False  # screenkg --help lists --jobs, --stream
PAIRS = 9  # interleaved pairs of runs behind a "writer alone" figure
DUMP_BYTES = int(float(os.environ.get("BENCH_DUMP_BYTES") or
                       ("1.6e7" if QUICK else "1e9")))
DUMP_TIMEOUT = float(os.environ.get("BENCH_DUMP_TIMEOUT", "900"))


class Run:
    """Median wall time (s), median CPU time (s), peak RSS (MiB), runs."""

    def __init__(self, wall=None, cpu=None, rss=None, n=0, timeout=False,
                 cap=None):
        self.wall, self.cpu, self.rss, self.n = wall, cpu, rss, n
        self.timeout, self.cap = timeout, cap


def run_once(cmd, stdout=subprocess.DEVNULL, timeout=None):
    """Runs cmd; returns (wall, cpu, rss MiB) or None past the timeout
    (TIMEOUT unless given). CPU time is user + system of the whole run,
    every thread and child included. Peak RSS comes from /usr/bin/time:
    the rusage of a child forked from this (larger) Python process would
    count the parent's pages too."""
    rssf = os.path.join(WORK, "rss")
    env = dict(os.environ, LC_ALL="C")
    t0 = time.perf_counter()
    p = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", rssf, *cmd],
                         stdout=stdout, stderr=subprocess.PIPE, env=env)
    timeout = timeout or TIMEOUT
    timer = threading.Timer(timeout, p.kill)
    timer.start()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    timer.cancel()
    p.returncode = os.waitstatus_to_exitcode(status)
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    if wall >= timeout and p.returncode < 0:
        return None
    if p.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd[:3])}... failed "
                 f"({p.returncode}): {err[-400:]}")
    with open(rssf) as f:
        kib = int(f.read().split()[-1])
    return wall, ru.ru_utime + ru.ru_stime, kib / 1024.0


def measure(cmd, reps=REPS, stdout=subprocess.DEVNULL, timeout=None):
    runs = []
    first = run_once(cmd, stdout, timeout)  # warms the cache; kept if slow
    if first is None:
        return Run(timeout=True, n=1, cap=timeout)
    if first[0] > 2.0:
        runs.append(first)
        if first[0] > HEAVY:
            reps = 1
    for _ in range(reps - len(runs)):
        r = run_once(cmd, stdout, timeout)
        if r is None:
            return Run(timeout=True, n=len(runs) + 1, cap=timeout)
        runs.append(r)
        if r[0] > HEAVY:
            break
    return Run(statistics.median(r[0] for r in runs),
               statistics.median(r[1] for r in runs),
               max(r[2] for r in runs), len(runs))


def skg(*args):
    return [BIN, "-q", *args]


def fmt_dur(sec):
    """A duration with 3 significant digits: ms below 0.1 s, never 0."""
    if sec >= 10:
        return f"{sec:.1f} s"
    if sec >= 0.1:
        return f"{sec:.3f} s"
    ms = sec * 1000
    return f"{ms:.1f} ms" if ms >= 1 else f"{ms:.2g} ms"


def fmt_s(r):
    if r is None:
        return "n/a"
    if r.timeout:
        return f"timeout (>{r.cap or TIMEOUT:.0f} s)"
    return fmt_dur(r.wall) + ("" if r.n >= REPS else f" (n={r.n})")


def fmt_ratio(x):
    return f"{x:.2f}" if x >= 0.1 else f"{x:.2g}"


def ratio(a, b):
    if a is None or b is None or a.timeout or b.timeout or not b.wall:
        return "n/a"
    return fmt_ratio(a.wall / b.wall)


def rss(*rs):
    return " / ".join("-" if r is None or r.rss is None else f"{r.rss:.0f}"
                      for r in rs)


def sign_interval(n):
    """k for the interval [d(k), d(n+1-k)] of n sorted paired differences
    (the sign test's confidence interval for their median): the narrowest
    covering at least 90 %. Returns (k, coverage)."""
    best = (1, 1 - 2 / 2**n)
    for k in range(2, n // 2 + 1):
        cov = 1 - 2 * sum(math.comb(n, i) for i in range(k)) / 2**n
        if cov < 0.9:
            break
        best = (k, cov)
    return best


class Diff:
    """The CPU time one writer adds to a run: the median of paired
    differences and its sign-test interval [lo, hi]."""

    def __init__(self, diffs, rss_mib):
        d = sorted(diffs)
        self.n = len(d)
        k, self.cov = sign_interval(self.n)
        self.med = statistics.median(d)
        self.lo, self.hi = d[k - 1], d[self.n - k]
        self.rss = rss_mib

    def noise(self):
        """True when the interval reaches 0: no measurable cost."""
        return self.lo <= 0


def writer_alone(fmt, files):
    """CPU time of the writer of fmt alone. A run with `-f facts` and one
    with `-f FMT,facts` read, extract and write the facts file alike; they
    alternate (ABBA...), so load on the machine hits both, and the paired
    differences give the writer's cost. None past the timeout."""
    jobs = ["--jobs", "1"] if HAS_JOBS else []  # the writer is serial
    outs = [os.path.join(WORK, "w-base"), os.path.join(WORK, "w-both")]
    base = skg("-o", outs[0], "-n", "g", *jobs, "-f", "facts", *files)
    both = skg("-o", outs[1], "-n", "g", *jobs, "-f", fmt + ",facts", *files)
    warm = run_once(both)  # also warms the page cache
    if warm is None:
        return None
    pairs = PAIRS if warm[0] < 5 else 5 if warm[0] < HEAVY else 3
    diffs, peak = [], warm[2]
    for i in range(pairs):
        r = {}
        for name, cmd in ((("b", base), ("w", both)) if i % 2 == 0
                          else (("w", both), ("b", base))):
            r[name] = run_once(cmd)
            if r[name] is None:
                return None
        diffs.append(r["w"][1] - r["b"][1])
        peak = max(peak, r["w"][2])
    for d in outs:
        shutil.rmtree(d, ignore_errors=True)
    return Diff(diffs, peak)


def fmt_writer(w):
    if w is None:
        return "n/a"
    if w.noise():
        return f"< {fmt_dur(max(w.hi, 1e-3))} CPU (within noise, n={w.n})"
    return f"{fmt_dur(w.med)} CPU [{fmt_dur(w.lo)}, {fmt_dur(w.hi)}]"


def writer_ratio(w, ref_cpu):
    """The writer's CPU time over the reference's; an upper bound when the
    writer's cost is within noise."""
    if w is None or not ref_cpu:
        return "n/a"
    if w.noise():
        return f"< {fmt_ratio(max(w.hi, 1e-3) / ref_cpu)}"
    return fmt_ratio(w.med / ref_cpu)


# ---- data ----

def text_corpus():
    """The shared articles, one block; repeated to about 1 MB."""
    parts = [open(SEED, encoding="utf-8").read()]
    for a in sorted(glob.glob(ARTICLES)):
        parts.append(open(a, encoding="utf-8").read())
    block = "\n\n".join(p.strip() for p in parts) + "\n\n"
    unit = (1 << 18) if QUICK else (1 << 20)
    return block * max(1, math.ceil(unit / len(block.encode())))


def write_scaled(base, k):
    # Named by size: a BENCH_QUICK run leaves smaller files behind.
    path = os.path.join(WORK, f"text{k}x-{len(base)}.txt")
    if not os.path.exists(path):
        with open(path, "w", encoding="utf-8") as f:
            for _ in range(k):
                f.write(base)
    return path


def synth(n):
    """A folder of n synthetic articles (bench/gen_corpus.py); its files."""
    d = os.path.join(WORK, f"synth{n}")
    if not os.path.isdir(d):
        subprocess.run([sys.executable, os.path.join(ROOT, "bench",
                        "gen_corpus.py"), str(n), d], check=True)
    return sorted(glob.glob(os.path.join(d, "*.txt")))


def count(cmd, needle=None):
    out = subprocess.run(cmd, stdout=subprocess.PIPE, check=True).stdout
    return out.count(needle) if needle else out.count(b"\n")


# ---- rows ----

def extraction(rows):
    base = text_corpus()
    scan = os.path.join(WORK, "scan")
    mb = {}
    res = {}
    for k in (1, 4, 16):
        path = write_scaled(base, k)
        mb[k] = os.path.getsize(path) / 1e6
        res[k] = (measure(skg("-o", "-", "-f", "facts", path)),
                  measure([scan, path]), measure(["wc", "-w", path]))
    s, c, w = res[16]
    tput = lambda r: "n/a" if r.timeout else f"{mb[16] / r.wall:.1f} MB/s"
    rows.append(["extraction", f"text {mb[16]:.1f} MB, --format facts",
                 f"{tput(s)} ({fmt_s(s)})", f"C scan {tput(c)}",
                 ratio(s, c), rss(s, c)])
    rows.append(["extraction", f"text {mb[16]:.1f} MB, --format facts",
                 f"{tput(s)} ({fmt_s(s)})", f"wc -w {tput(w)}",
                 ratio(s, w), rss(s, w)])
    for k in (4, 16):
        sk = res[k][0].wall / res[1][0].wall
        ck = res[k][1].wall / res[1][1].wall
        rows.append(["scaling", f"{k}x text ({mb[k]:.1f} MB) / 1x "
                     f"({mb[1]:.1f} MB), ideal {k}.00",
                     f"time x{sk:.2f}", f"C scan x{ck:.2f}",
                     f"{sk / ck:.2f}", rss(res[k][0], res[k][1])])


def repeated_sentence(k):
    """k MB of one document repeating one sentence that states facts."""
    path = os.path.join(WORK, f"repeat{k}mb.txt")
    if not os.path.exists(path):
        lead = ("Harbor Lights is a 1998 American crime film directed by "
                "Mae Dorsey.\n")
        s = "Harbor Lights stars Jane Roe as Vera Quill. "
        with open(path, "w", encoding="utf-8") as f:
            f.write(lead + s * (k * (1 << 20) // len(s)) + "\n")
    return path


def repeated(rows):
    """One sentence repeated in one document: each repeat is a new piece
    of evidence of the same facts, found in a hash set (a scan of the
    fact's evidence took 0.9/2.6/8.4/28 s at 1/2/4/8 MB). Each row gives
    the time ratio per doubling of the size against the size before it:
    2.00 is linear, 4.00 quadratic."""
    sizes = (1, 2, 4) if QUICK else (1, 2, 4, 8, 64)
    scan = os.path.join(WORK, "scan")
    res = {}
    for k in sizes:
        path = repeated_sentence(k)
        # 64 MB is past the default --max-document-bytes (64M) and the
        # usual cap of a run
        res[k] = (measure(skg("-o", "-", "-f", "facts",
                              "--max-document-bytes", "0", path),
                          timeout=max(TIMEOUT, 900)),
                  measure([scan, path]))
    for prev, k in zip(sizes, sizes[1:]):
        s, c = res[k]
        if s.timeout or res[prev][0].timeout:
            rows.append(["scaling", f"one fact-bearing sentence repeated, "
                         f"{k} MB / {prev} MB", fmt_s(s), "", "n/a",
                         rss(s, c)])
            continue
        doublings = math.log2(k / prev)
        sk = (s.wall / res[prev][0].wall) ** (1 / doublings)
        ck = (c.wall / res[prev][1].wall) ** (1 / doublings)
        rows.append(["scaling", f"one fact-bearing sentence repeated, {k} MB "
                     f"/ {prev} MB: time ratio per doubling, linear 2.00",
                     f"x{sk:.2f} a doubling ({fmt_s(s)})",
                     f"C scan x{ck:.2f} a doubling", f"{sk / 2:.2f}",
                     rss(s, c)])


def per_article(fmt_args, needle=None):
    files = synth(20)
    return count(skg("-o", "-", *fmt_args, *files), needle) / 20.0


def ref_cpu(name, r):
    if r is None or r.timeout:
        return f"{name} {fmt_s(r)}"
    return f"{name} {fmt_dur(r.cpu)} CPU"


def rdf(rows, graphs):
    per = per_article(["-f", "ntriples"])
    targets = [10**4, 10**5] if QUICK else [10**4, 10**5, 10**6]
    for target in targets:
        files = synth(max(1, round(target / per)))
        nt = os.path.join(WORK, f"t{target}.nt")
        with open(nt, "wb") as f:
            subprocess.run(skg("-o", "-", "-f", "ntriples", *files),
                           stdout=f, check=True)
        ntriples = count(["cat", nt])
        graphs[target] = files
        ttl = measure(skg("-o", "-", "-f", "turtle", *files))
        rap = measure(["rapper", "-q", "-i", "ntriples", "-o", "turtle", nt])
        ser = measure(["serdi", "-i", "ntriples", "-o", "turtle", nt])
        writer = writer_alone("turtle", files)
        label = f"{ntriples:,} triples ({len(files):,} articles)"
        rows.append(["Turtle", label + ", whole run",
                     fmt_s(ttl), f"rapper {fmt_s(rap)}", ratio(ttl, rap),
                     rss(ttl, rap)])
        for name, ref in (("rapper", rap), ("serdi", ser)):
            rows.append(["Turtle", label + ", writer alone*",
                         fmt_writer(writer), ref_cpu(name, ref),
                         writer_ratio(writer, ref.cpu), rss(writer, ref)])


NX_WRITE = r"""
import statistics, sys, time, networkx as nx
g = nx.read_graphml(sys.argv[1])
ws, cs = [], []
for _ in range(int(sys.argv[2])):
    t0, c0 = time.perf_counter(), time.process_time()
    nx.write_graphml(g, "/dev/null")
    ws.append(time.perf_counter() - t0)
    cs.append(time.process_time() - c0)
    if ws[-1] > 15:
        break
print(statistics.median(ws), statistics.median(cs), len(ws),
      g.number_of_nodes(), g.number_of_edges())
"""


def graphml(rows, graphs):
    for target, files in sorted(graphs.items()):
        if target < 10**5:
            continue
        gml = os.path.join(WORK, f"t{target}.graphml")
        with open(gml, "wb") as f:
            subprocess.run(skg("-o", "-", "-f", "graphml", *files),
                           stdout=f, check=True)
        writer = writer_alone("graphml", files)
        out = subprocess.run([sys.executable, "-c", NX_WRITE, gml, str(REPS)],
                             stdout=subprocess.PIPE, check=True, text=True,
                             timeout=TIMEOUT * REPS).stdout.split()
        nx = Run(float(out[0]), float(out[1]), None, int(out[2]))
        label = f"{int(out[3]):,} nodes, {int(out[4]):,} edges"
        rows.append(["GraphML", label + ", writer alone*", fmt_writer(writer),
                     ref_cpu("networkx write_graphml", nx),
                     writer_ratio(writer, nx.cpu), rss(writer)])


def layout(rows):
    per = per_article(["-f", "svg", "--view", "all", "--layout", "sfdp"],
                      b'class="node"')
    sizes = [100, 1000] if QUICK else [100, 1000, 5000]
    for nodes in sizes:
        files = synth(max(1, round(nodes / per)))
        for engine in ("dot", "sfdp"):
            args = ["--view", "all", "--layout", engine]
            n = count(skg("-o", "-", "-f", "svg", *args, *files),
                      b'class="node"')
            dotf = os.path.join(WORK, f"l{nodes}.{engine}.dot")
            with open(dotf, "wb") as f:
                subprocess.run(skg("-o", "-", "-f", "dot", *args, *files),
                               stdout=f, check=True)
            ours = measure(skg("-o", "-", "-f", "svg", *args, *files))
            ref = measure([f"{engine}", "-Tsvg", dotf])
            rows.append([f"layout {engine}",
                         f"{n:,} nodes, --format svg --view all",
                         fmt_s(ours), f"{engine} -Tsvg (our .dot) "
                         f"{fmt_s(ref)}", ratio(ours, ref), rss(ours, ref)])


def gen_dump(nbytes):
    """The dump of nbytes (bench/gen_dump.py, kept in WORK/dump and reused
    while its size is the same); returns (path, metadata)."""
    d = os.path.join(WORK, "dump")
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, f"dump-{nbytes}.xml")
    out = subprocess.run([sys.executable, os.path.join(ROOT, "bench",
                          "gen_dump.py"), str(nbytes), path],
                         stdout=subprocess.PIPE, check=True, text=True)
    return path, json.loads(out.stdout)


def dump_run(cmd, out, keep=False):
    """A dump run writing into the folder out, removed afterwards unless
    kept (a --stream export is several times the dump). Returns the Run
    and a label for the size of the output."""
    r = measure(cmd, timeout=DUMP_TIMEOUT)
    size = sum(os.path.getsize(f) for f in glob.glob(os.path.join(out, "*")))
    if not keep:
        shutil.rmtree(out, ignore_errors=True)
    return r, fmt_mb(size) + " out"


def fmt_mb(n):
    """A size in bytes as MB (10^6) or kB, 2 or more significant digits."""
    if n < 1e6:
        return f"{n / 1e3:,.0f} kB"
    return f"{n / 1e6:,.0f} MB" if n >= 1e7 else f"{n / 1e6:.1f} MB"


def pages_mb(r, meta):
    if r is None or r.timeout:
        return fmt_s(r)
    mb = meta["bytes"] / 1e6
    return (f"{meta['pages'] / r.wall:,.0f} pages/s, {mb / r.wall:.1f} MB/s "
            f"in {fmt_s(r)}")


# --jobs of the dump rows: the default (one per processor; 2 at least),
# given explicitly so the --jobs rows can reuse the runs on the 1/4 dump.
JOBS = max(2, os.cpu_count() or 1)
# --all-pages: these dumps are the shared articles repeated, read whole
# (a dump is filtered to its works by default; the multistream rows below
# measure that).
DUMP_MODES = [("--stream", ["--stream", "--no-provenance", "--all-pages"]),
              ("graph", ["--no-provenance", "--all-pages"])]


def dump_sizes(rows, notes, kept):
    """Stream and graph mode over dumps of 1/16, 1/4 and all of
    DUMP_BYTES, beside xmllint --stream on the same file. The outputs of
    the 1/4 runs are kept in kept (mode: (Run, folder)) for dump_jobs."""
    for frac, div in (("1/16", 16), ("1/4", 4), ("1x", 1)):
        path, meta = gen_dump(DUMP_BYTES // div)
        ref = measure(["xmllint", "--stream", "--noout", path],
                      timeout=DUMP_TIMEOUT)
        vs = f"xmllint --stream {pages_mb(ref, meta)}"
        label = f"{frac}: {fmt_mb(meta['bytes'])}, {meta['pages']:,} pages"
        for what, args in DUMP_MODES:
            out = os.path.join(WORK, f"dump-{what.strip('-')}-{div}")
            r, size = dump_run(skg("-o", out, "-f", "ntriples", "--jobs",
                                   str(JOBS), *args, path), out, div == 4)
            if div == 4:
                kept[what] = (r, out)
            rows.append([f"dump, {what}", f"{label} -> {size}",
                         pages_mb(r, meta), vs, ratio(r, ref), rss(r, ref)])
        if div == 16:  # the default RDF, with provenance: heavy, so once
            out = os.path.join(WORK, "dump-out")
            r, size = dump_run(skg("-o", out, "-f", "ntriples", "--jobs",
                                   str(JOBS), "--stream", path), out)
            rows.append(["dump, --stream, provenance", f"{label} -> {size}",
                         pages_mb(r, meta), vs, ratio(r, ref), rss(r, ref)])
        if div == 1:
            scan = measure([os.path.join(WORK, "scan"), path],
                           timeout=DUMP_TIMEOUT)
            notes.append(f"bench/scan (bytes and words, no XML) reads the "
                         f"{frac} dump at {pages_mb(scan, meta)}.")


def dump_jobs(rows, kept):
    """--jobs JOBS (the runs of dump_sizes) against --jobs 1 on the 1/4
    dump, in both modes; the two outputs must be the same bytes."""
    path, meta = gen_dump(DUMP_BYTES // 4)
    name = os.path.splitext(os.path.basename(path))[0] + ".nt"
    label = f"1/4: {fmt_mb(meta['bytes'])}, {meta['pages']:,} pages"
    for what, args in DUMP_MODES:
        rn, outn = kept[what]
        out1 = os.path.join(WORK, "dump-j1")
        r1, _ = dump_run(skg("-o", out1, "-f", "ntriples", "--jobs", "1",
                             *args, path), out1, True)
        if rn.timeout or r1.timeout:
            same = "not compared (timeout)"
        else:
            c = subprocess.run(["cmp", "-s", os.path.join(outn, name),
                                os.path.join(out1, name)])
            same = "output identical (cmp)" if c.returncode == 0 \
                else "OUTPUT DIFFERS (cmp)"
        for o in (outn, out1):
            shutil.rmtree(o, ignore_errors=True)
        cpu = ["" if r.timeout else f", CPU {fmt_dur(r.cpu)}"
               for r in (rn, r1)]
        rows.append([f"dump, {what}, --jobs {JOBS} / 1", f"{label}; {same}",
                     f"--jobs {JOBS} {pages_mb(rn, meta)}{cpu[0]}",
                     f"--jobs 1 {pages_mb(r1, meta)}{cpu[1]}",
                     ratio(rn, r1), rss(rn, r1)])


MS_COPIES = int(os.environ.get("BENCH_MS_COPIES") or ("1" if QUICK else "8"))


def gen_multistream(name, *args):
    """A dump of bench/gen_multistream.py in WORK/dump (rebuilt each run:
    a few seconds); returns (path, metadata)."""
    d = os.path.join(WORK, "dump")
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, name)
    out = subprocess.run([sys.executable, os.path.join(ROOT, "bench",
                          "gen_multistream.py"), *args, path],
                         stdout=subprocess.PIPE, check=True, text=True)
    meta = json.loads(out.stdout)
    meta["bytes"] = meta["xml_bytes"]
    return path, meta


def multistream(rows, notes):
    """The real film pages in Wikipedia's mix (3 % works), as a
    multistream .bz2: the default (--only-works on a dump) against bzip2
    -dc and lbzip2 -dc on the same file, --jobs JOBS against --jobs 1;
    and the real film pages alone."""
    path, meta = gen_multistream("multistream.xml.bz2", "--copies",
                                 str(MS_COPIES))
    mb = os.path.getsize(path) / 1e6
    label = (f"{meta['pages']:,} pages ({meta['films']} films, "
             f"{meta['articles']:,} articles), {fmt_mb(meta['bytes'])} XML, "
             f"{mb:.1f} MB bz2")
    runs = {}
    for j in (JOBS, 1):
        out = os.path.join(WORK, f"ms-j{j}")
        runs[j], _ = dump_run(skg("-o", out, "-f", "ntriples", "--jobs",
                                  str(j), path), out, True)
    outs = [sorted(glob.glob(os.path.join(WORK, f"ms-j{j}", "*.nt")))
            for j in (JOBS, 1)]
    c = subprocess.run(["cmp", "-s", outs[0][0], outs[1][0]]) \
        if all(len(o) == 1 for o in outs) else None
    same = "output identical (cmp)" if c and c.returncode == 0 else \
        "OUTPUT DIFFERS (cmp)"
    for j in (JOBS, 1):
        shutil.rmtree(os.path.join(WORK, f"ms-j{j}"), ignore_errors=True)
    rn = runs[JOBS]
    for tool in (["lbzip2", "-dc", "-n", str(JOBS)], ["bzip2", "-dc"]):
        if not shutil.which(tool[0]):
            notes.append(f"{tool[0]} is missing: its row is left out.")
            continue
        ref = measure([*tool, path], timeout=DUMP_TIMEOUT)
        # CPU beside the wall clock: on a loaded machine the wall clock
        # says little, the work done (user + system) still compares
        cpu = "" if rn.timeout or ref.timeout or not ref.cpu else \
            f"; CPU {fmt_dur(rn.cpu)} / {fmt_dur(ref.cpu)} = " \
            f"{fmt_ratio(rn.cpu / ref.cpu)}"
        rows.append([f"multistream, --jobs {JOBS}", label,
                     pages_mb(rn, meta), f"{' '.join(tool)} "
                     f"{pages_mb(ref, meta)}", ratio(rn, ref) + cpu,
                     rss(rn, ref)])
    cpu = [f", CPU {fmt_dur(r.cpu)}" if not r.timeout else ""
           for r in (rn, runs[1])]
    rows.append([f"multistream, --jobs {JOBS} / 1", f"{label}; {same}",
                 f"--jobs {JOBS} {pages_mb(rn, meta)}{cpu[0]}",
                 f"--jobs 1 {pages_mb(runs[1], meta)}{cpu[1]}",
                 ratio(rn, runs[1]), rss(rn, runs[1])])
    films(rows)


def films(rows):
    """The real film pages alone, --jobs 1: pages/s and MB/s a core."""
    path, meta = gen_multistream("films.xml", "--plain", "--works-only")
    r = measure(skg("-o", "-", "-f", "ntriples", "--jobs", "1", path))
    ref = measure(["xmllint", "--stream", "--noout", path])
    ms = "" if r.timeout else \
        f", {r.cpu * 1000 / meta['pages']:.1f} ms CPU a page"
    rows.append(["real film pages, --jobs 1",
                 f"{meta['pages']} pages, {fmt_mb(meta['bytes'])} XML",
                 pages_mb(r, meta) + ms,
                 f"xmllint --stream {pages_mb(ref, meta)}", ratio(r, ref),
                 rss(r, ref)])


def dump(rows, notes):
    if not (HAS_JOBS and HAS_STREAM):
        notes.append("Dump rows left out: this screenkg has no --stream "
                     "or --jobs.")
        return
    # Dumps of other sizes (an earlier BENCH_DUMP_BYTES) are removed.
    keep = {f"dump-{DUMP_BYTES // k}.xml" for k in (1, 4, 16)}
    for f in glob.glob(os.path.join(WORK, "dump", "dump-*.xml*")):
        if os.path.basename(f).removesuffix(".json") not in keep:
            os.unlink(f)
    kept = {}
    dump_sizes(rows, notes, kept)
    dump_jobs(rows, kept)


def multistream_step(rows, notes):
    if not HAS_JOBS:
        notes.append("Multistream rows left out: this screenkg has no "
                     "--jobs.")
        return
    multistream(rows, notes)


HOSTILE_MB = 4.0 if QUICK else 22.0


def pages(rows, notes):
    """Issue 15, item 3 (bench/speed.py): the real pages of wiki-dev, a
    process a page, CPU with the start-up subtracted (the target is 8 MB/s
    of wikitext a core, median over the pages); the same pages in one
    process beside xmllint --stream over them; the plain-text pages; the
    hostile line against them, per MB (target: within 3x)."""
    sys.path.insert(0, os.path.join(ROOT, "bench"))
    import speed  # bench/speed.py
    reps = 3
    xml, prose = speed.xml_pages(SHARED), speed.prose_pages(SHARED)
    if not xml or not prose:
        notes.append(f"Real-page rows left out: no wiki-dev under {SHARED}.")
        return
    with tempfile.TemporaryDirectory() as tmp:
        base = speed.start_up(BIN, tmp, reps)
        got = {}
        for what, files in (("xml", xml), ("prose", prose)):
            ms, med, agg = speed.stats(speed.page_rows(BIN, files, reps, base))
            _, one = speed.one_run(BIN, files, reps, base)
            size = sum(os.path.getsize(f) for f in files)
            got[what] = (ms, med, agg, one, size)
        ref = speed.cpu_best(["xmllint", "--stream", "--noout", *xml], reps,
                             "bench: xmllint failed", subprocess.DEVNULL)
        hcpu, hmbs = speed.hostile(BIN, tmp, HOSTILE_MB, base)
    ms, med, agg, one, size = got["xml"]
    xmb = size / 1e6 / ref
    rows.append(["real film pages, a process a page (CPU)",
                 f"{len(xml)} wiki-dev pages, {fmt_mb(size)} XML",
                 f"median {med:.1f} MB/s a core, {ms:.1f} ms a page "
                 f"(start-up {base * 1000:.1f} ms subtracted); one process "
                 f"{one:.1f} MB/s", f"xmllint --stream, the same pages in "
                 f"one process {xmb:.0f} MB/s", fmt_ratio(xmb / one), "-"])
    pms, pmed, pagg, pone, psize = got["prose"]
    rows.append(["plain-text pages, a process a page (CPU)",
                 f"{len(prose)} wiki-dev pages, {fmt_mb(psize)}",
                 f"median {pmed:.1f} MB/s, {pms:.1f} ms a page; one process "
                 f"{pone:.1f} MB/s", f"the real pages: median {med:.1f} "
                 "MB/s", fmt_ratio(med / pmed), "-"])
    rows.append([f"hostile line, {HOSTILE_MB:g} MB of \"Ann as Bo, \" (CPU)",
                 "one line, one process", f"{hcpu:.2f} s, {hmbs:.1f} MB/s",
                 f"the plain-text pages, aggregate {pagg:.1f} MB/s",
                 fmt_ratio(pagg / hmbs), "-"])


def dump_note(extra):
    return [
        "Dump rows: MediaWiki XML dumps written by bench/gen_dump.py from "
        "the shared articles (the seed and the Re-DocRED articles, repeated "
        "with distinct titles) at 1/16, 1/4 and all of "
        f"{DUMP_BYTES:,} bytes (`make bench BENCH_DUMP_BYTES=N`), kept in "
        f"{os.path.relpath(WORK, ROOT)}/dump. --stream: `screenkg -q -o DIR "
        f"-f ntriples --jobs {JOBS} --stream --no-provenance DUMP`; graph: "
        "the same without --stream (the whole graph in memory, written at "
        "the end); --stream, provenance: the default RDF, whose N-Triples "
        "are many times the dump, so on the 1/16 dump only. --jobs "
        f"{JOBS} is the default here (one per processor). A run over "
        f"{HEAVY:.0f} s runs once (n=1); each dump run is capped at "
        f"{DUMP_TIMEOUT:.0f} s. `out`: size of the N-Triples written.",
        "Dump reference: `xmllint --stream --noout DUMP`, libxml2's "
        "xmlReader (the streaming parser src/read_mwxml.c drives) walking "
        "every node of the same file and doing nothing with it: the floor "
        "for reading a dump with this library. `wc -c` is no floor: on a "
        "file it only asks for the size. " + " ".join(extra),
        f"--jobs rows: the 1/4 dump rows above (--jobs {JOBS}) against the "
        f"same run with --jobs 1; the ratio is time(--jobs {JOBS}) / "
        f"time(--jobs 1), ideally {1 / JOBS:.2f} on {JOBS} idle cores "
        "(when other work keeps the machine busy, see the load average "
        "below, the extra cores are not free; CPU is user + system time, "
        "the work done); the two outputs are compared byte for byte with "
        "cmp.",
        "Multistream rows: bench/gen_multistream.py --copies "
        f"{MS_COPIES} (`BENCH_MS_COPIES`): the real film and series pages "
        "of ../shared/eval/wiki-dev/xml among invented pages that are not "
        "about a work (3 % works; a redirect for every two articles, some "
        "talk pages), compressed like Wikipedia's multistream dumps (100 "
        "pages a bzip2 stream). screenkg: `screenkg -q -o DIR -f ntriples "
        "--jobs N DUMP.xml.bz2`, the default for a dump: the cheap page "
        "filter, then --only-works. pages/s and MB/s count all pages and "
        "the XML bytes. Real film pages: the same film pages alone, plain "
        "XML, --jobs 1 (one core).",
    ]


def version(cmd):
    try:
        r = subprocess.run(cmd, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True)
        return r.stdout.strip().splitlines()[0]
    except (OSError, IndexError):
        return "?"


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def main():
    global BIN, HAS_JOBS, HAS_STREAM
    if not os.access(BIN, os.X_OK):
        sys.exit(f"bench: {BIN} is not built (make)")
    if 0 < DUMP_BYTES < 2 * 10**6:  # 1/16 of it must hold the seed article
        sys.exit("bench: BENCH_DUMP_BYTES is 0 (no dump rows) or at least "
                 "2000000")
    load0 = os.getloadavg()[0]
    os.makedirs(WORK, exist_ok=True)
    # A private copy: a rebuild during the bench must not swap the binary.
    shutil.copy2(BIN, os.path.join(WORK, "screenkg"))
    BIN = os.path.join(WORK, "screenkg")
    usage = subprocess.run([BIN, "--help"], stdout=subprocess.PIPE,
                           text=True).stdout
    HAS_JOBS, HAS_STREAM = "--jobs" in usage, "--stream" in usage
    scan = os.path.join(WORK, "scan")
    subprocess.run([os.environ.get("CC", "cc"), "-O2", "-o", scan,
                    os.path.join(ROOT, "bench", "scan.c")], check=True)
    rows, graphs, dump_notes = [], {}, []
    steps = [("extraction", lambda: extraction(rows)),
             ("repeated sentence", lambda: repeated(rows)),
             ("RDF", lambda: rdf(rows, graphs)),
             ("GraphML", lambda: graphml(rows, graphs)),
             ("layout", lambda: layout(rows))]
    if DUMP_BYTES > 0:
        steps.append(("dump", lambda: dump(rows, dump_notes)))
        steps.append(("multistream", lambda: multistream_step(rows,
                                                              dump_notes)))
    steps.append(("pages", lambda: pages(rows, dump_notes)))
    keys = {"extraction": "extraction", "repeated sentence": "repeated",
            "RDF": "rdf", "GraphML": "graphml", "layout": "layout",
            "dump": "dump", "multistream": "multistream", "pages": "pages"}
    only = os.environ.get("BENCH_STEPS", "").replace("issue15",
                                                     "multistream,pages")
    chosen = {w.strip() for w in only.split(",") if w.strip()}
    if chosen:
        steps = [st for st in steps if keys[st[0]] in chosen]
    for name, step in steps:
        t0 = time.perf_counter()
        print(f"bench: {name}...", file=sys.stderr, flush=True)
        step()
        print(f"bench: {name} done in {time.perf_counter() - t0:.0f} s",
              file=sys.stderr, flush=True)
    head = ["what", "workload", "screenkg", "reference (same run, same data)",
            "ratio screenkg/ref", "peak RSS MiB (skg / ref)"]
    lines = ["| " + " | ".join(head) + " |",
             "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    notes = [
        "",
        f"Medians of {REPS} runs (wall clock; a run over {HEAVY:.0f} s is "
        f"not repeated, n= says how many ran); each run capped at "
        f"{TIMEOUT:.0f} s. Ratio > 1: screenkg is slower.",
        "Extraction text: the shared seed article and the Re-DocRED "
        "articles, repeated; one input file. Scaling: how much longer 4x "
        "and 16x the text take than 1x (ideal 4.00 and 16.00); the ratio "
        "column compares with the C scan's own growth.",
        "* writer alone = the CPU time (user + system) a writer adds to a "
        "run: `-f FORMAT,facts` against `-f facts` (same reading, "
        "extraction and facts file; `--jobs 1`, into a folder), run "
        f"alternately in {PAIRS} pairs ({5} past 5 s a run, 3 past "
        f"{HEAVY:.0f} s); the figure is the median of the paired "
        "differences, in brackets the sign-test interval of that median "
        "(at least 90 % for 5 pairs or more, 75 % for 3). When the "
        "interval reaches 0 the writer's cost is within the noise and its "
        "upper end is given as a bound (\"< x\"), ratio included. The "
        "references' CPU time in these rows: rapper and serdi also parse "
        "the N-Triples, networkx only writes (its graph was read from our "
        "GraphML before timing).",
        "Real-page rows (issue 15, bench/speed.py): the MediaWiki pages "
        "of ../shared/eval/wiki-dev/xml, one screenkg process a page "
        "(`-f facts`), least CPU (user + system) of 3 runs, the CPU of a "
        "run on an empty input subtracted; MB/s of the page file; median "
        "over the pages. One process: all pages in one run with --jobs 1. "
        "xmllint --stream reads the same files in one process. The plain "
        "pages are ../shared/eval/wiki-dev/prose; the hostile line is "
        "written by the bench and compared per MB with their aggregate.",
        "Synthetic corpora: bench/gen_corpus.py (invented names, one lead "
        "and a cast list per article), with provenance (the default).",
        f"Machine: {cpu_model()}, {os.cpu_count()} CPUs, "
        f"{platform.system()} {platform.release()}; "
        f"{version([BIN, '--version'])}, {version(['rapper', '--version'])} "
        f"(rapper), {version(['serdi', '-v'])}, "
        f"{version(['dot', '-V'])}, {version(['xmllint', '--version'])}; "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; load "
        f"average {load0:.1f} at the start, {os.getloadavg()[0]:.1f} at "
        "the end (other work on the machine slows wall-clock figures).",
    ]
    if DUMP_BYTES > 0:
        notes[-1:-1] = dump_note(dump_notes)
    text = "\n".join(["# make bench", ""] + lines + notes) + "\n"
    print(text)
    if not QUICK:
        name = "results.md" if not chosen else \
            "results-" + "-".join(sorted(chosen)) + ".md"
        with open(os.path.join(ROOT, "bench", name), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
