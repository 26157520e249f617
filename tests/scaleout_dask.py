#!/usr/bin/python3
"""scaleout_dask.py: the Dask recipe of docs/scale.md, run for real on
loopback: a scheduler and two workers started here (and stopped at the
end, whatever happens), one task per shard running screenkg --shard K/N,
the shards' N-Triples concatenated in shard order into OUT.

Usage: scaleout_dask.py BIN N OUT INPUT...   (Debian's python3-distributed)
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

from dask.distributed import Client


def shard(binary, k, n, inputs, cwd):
    """One task: the N-Triples of shard k/n (exit 1: bad input reported).
    It runs in the client's folder (a shared file system on a cluster):
    document IRIs are the input paths as given."""
    p = subprocess.run([binary, "-q", "--shard", f"{k}/{n}", "-o", "-",
                        "-f", "ntriples", *inputs], capture_output=True,
                       cwd=cwd)
    if p.returncode > 1:
        raise RuntimeError(f"shard {k}/{n}: exit {p.returncode}: "
                           + p.stderr.decode(errors="replace"))
    return p.stdout


def start(cmd, log):
    return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)


def main(argv):
    if len(argv) < 5:
        sys.exit(__doc__)
    binary, n, out, inputs = os.path.abspath(argv[1]), int(argv[2]), \
        argv[3], argv[4:]
    tmp = tempfile.mkdtemp(prefix="skg-dask-")
    sched = os.path.join(tmp, "scheduler.json")
    log = open(os.path.join(tmp, "log"), "w")
    common = ["--no-dashboard"]
    procs = [start(["dask-scheduler", "--host", "127.0.0.1", "--port", "0",
                    "--scheduler-file", sched, *common], log)]
    try:
        for _ in range(100):
            if os.path.exists(sched):
                break
            time.sleep(0.2)
        for i in range(2):
            procs.append(start(["dask-worker", "--scheduler-file", sched,
                                "--host", "127.0.0.1", "--nthreads", "1",
                                "--nworkers", "1", "--name", f"w{i}",
                                "--local-directory", tmp, *common], log))
        with Client(scheduler_file=sched, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
            futs = [client.submit(shard, binary, k, n, inputs, os.getcwd(),
                                  pure=False)
                    for k in range(1, n + 1)]
            parts = client.gather(futs)
            who = client.run(lambda: os.getpid())
        with open(out, "wb") as f:
            for p in parts:
                f.write(p)
        print(f"dask: {n} shards on {len(who)} workers")
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in reversed(procs):
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        log.close()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv)
