"""Build throughput and peak memory for synthetic corpora of 1k, 10k (and 100k) abstracts.

Each build runs end to end (read, extract, resolve, write Turtle and the
page) in a fresh child process, exactly as `kg build --no-cache` does, so
peak memory is that build's alone: the child reports its own peak RSS, and
this process samples the peak PSS of the child, its extraction workers and
its Turtle writers together (from outside: a sampling thread inside the
build would make it start its workers the slower way, see
kg.parallel.worker_start_method).

    python3 benchmarks/bench_build.py                 # 1k and 10k abstracts, all cores
    python3 benchmarks/bench_build.py --sizes 20000 --workers 2
    python3 benchmarks/bench_build.py --with-100k
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate_corpus import write_corpus  # noqa: E402

MACHINE = "2-core shared VM"


def machine() -> str:
    return f"{MACHINE} ({os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.machine()})"


# A sample reads every process's page tables (about 20 ms for a 1 GiB process): once a second
# costs the build a few percent, and its memory plateaus last longer than that.
SAMPLE_SECONDS = 1.0


class TreeMemory:
    """Peak memory of a process and all its descendants, sampled every SAMPLE_SECONDS from Linux's
    proportional set size (PSS): a page shared by a forked child and its parent counts once,
    where adding up RSS would count it in both (and a freshly forked worker briefly "has" its
    parent's whole RSS, which ru_maxrss then reports as the worker's peak)."""

    def __init__(self, root: int) -> None:
        self.root = root
        self.peak_mib = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(SAMPLE_SECONDS):
            self.peak_mib = max(self.peak_mib, sum(_pss_kib(pid) for pid in _tree(self.root)) / 1024)


def _tree(root: int) -> list[int]:
    pids, index = [root], 0
    while index < len(pids):
        pid = pids[index]
        index += 1
        for task in Path(f"/proc/{pid}/task").glob("*/children"):
            try:
                pids.extend(int(child) for child in task.read_text().split())
            except OSError:
                pass
    return pids


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def child(corpus: Path, out: Path, workers: int | None) -> None:
    """Run one build in this process and print its figures as JSON."""
    from kg.outputs import write_outputs
    from kg.pipeline import BuildOptions, build

    started = time.perf_counter()
    cpu_started = time.process_time()
    graph = build([corpus], BuildOptions(workers=workers))
    built = time.perf_counter()
    write_outputs(graph, out)
    finished = time.perf_counter()
    stats = graph.graph["extraction"]
    report = {
        "papers": graph.graph["report"].papers_read,
        "seconds": finished - started,
        "extract_seconds": stats.seconds,
        "read_resolve_seconds": built - started - stats.seconds,
        "write_seconds": finished - built,
        "main_cpu_seconds": time.process_time() - cpu_started,
        "workers_cpu_seconds": resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime,
        "backend": stats.backend,
        "main_peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "turtle_mib": (out / "graph.ttl").stat().st_size / 2**20,
    }
    print(json.dumps(report))


def run(size: int, workers: int | None, folder: Path) -> dict:
    corpus = folder / f"corpus-{size}.jsonl"
    if not corpus.exists():
        write_corpus(corpus, size)
    command = [sys.executable, __file__, "--child", str(corpus), "--out", str(folder / f"out-{size}")]
    if workers:
        command += ["--workers", str(workers)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT) as build, TreeMemory(build.pid) as memory:
        output, _ = build.communicate()
    if build.returncode:
        raise SystemExit(f"the build of {corpus} failed (exit code {build.returncode})")
    return dict(json.loads(output.strip().splitlines()[-1]), tree_peak_mib=memory.peak_mib)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--with-100k", action="store_true", help="also 100,000 abstracts (takes minutes)")
    parser.add_argument("--workers", type=int, default=None, help="extraction processes (default: all cores)")
    parser.add_argument("--keep", type=Path, default=None, help="folder for corpora and outputs (default: a temporary one)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.out, args.workers)
        return
    sizes = args.sizes + ([100_000] if args.with_100k else [])
    print(f"kg build, end to end (read, extract, resolve, write Turtle + page), on a {machine()}")
    print(f"{'abstracts':>9}  {'abstracts/s':>11}  {'total s':>7}  {'extract s':>9}  {'read+resolve s':>14}  {'write s':>7}  {'CPU s':>6}  {'main MiB':>8}  {'all MiB':>8}  backend")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        for size in sizes:
            r = run(size, args.workers, folder)
            cpu = r["main_cpu_seconds"] + r["workers_cpu_seconds"]
            print(
                f"{r['papers']:>9}  {r['papers'] / r['seconds']:>11.0f}  {r['seconds']:>7.1f}  {r['extract_seconds']:>9.1f}  "
                f"{r['read_resolve_seconds']:>14.1f}  {r['write_seconds']:>7.1f}  {cpu:>6.1f}  {r['main_peak_mib']:>8.0f}  "
                f"{r['tree_peak_mib']:>8.0f}  {r['backend']}",
                flush=True,
            )
    print("CPU s: user CPU of the build and its workers; on a shared VM wall time also depends on the other tenants.")
    print("main MiB: peak RSS of the main process; all MiB: peak PSS of the main process, its workers and its")
    print("Turtle writers together (sampled every second; shared pages counted once).")


if __name__ == "__main__":
    main()
