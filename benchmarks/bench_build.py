"""Build throughput and peak memory for synthetic corpora of 1k, 10k (and 100k) abstracts.

Each build runs end to end (read, extract, resolve, write Turtle and the
page) in a fresh child process, exactly as `kg build --no-cache` does, so
peak memory is that build's alone: the child reports its own peak RSS and
the largest of its extraction workers (resource.getrusage).

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
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate_corpus import write_corpus  # noqa: E402

MACHINE = "2-core shared VM"


def machine() -> str:
    return f"{MACHINE} ({os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.machine()})"


def child(corpus: Path, out: Path, workers: int | None) -> None:
    """Run one build in this process and print its figures as JSON."""
    from kg.outputs import BACKGROUND_TURTLE_MIN_EDGES, write_outputs
    from kg.pipeline import BuildOptions, build

    started = time.perf_counter()
    cpu_started = time.process_time()
    graph = build([corpus], BuildOptions(workers=workers))
    built = time.perf_counter()
    worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
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
        "worker_peak_mib": worker_peak,
        # the forked Turtle writer of a big graph: at most this (the largest child so far; its RSS
        # also counts the pages it still shares with the main process)
        "writer_peak_mib": max(0.0, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024) if graph.number_of_edges() >= BACKGROUND_TURTLE_MIN_EDGES else 0.0,
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
    result = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(result.stdout.strip().splitlines()[-1])


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
    print(f"{'abstracts':>9}  {'abstracts/s':>11}  {'total s':>7}  {'extract s':>9}  {'read+resolve s':>14}  {'write s':>7}  {'CPU s':>6}  {'main MiB':>8}  {'worker MiB':>10}  {'writer MiB':>10}  backend")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as temporary:
        folder = args.keep or Path(temporary)
        folder.mkdir(parents=True, exist_ok=True)
        for size in sizes:
            r = run(size, args.workers, folder)
            cpu = r["main_cpu_seconds"] + r["workers_cpu_seconds"]
            print(
                f"{r['papers']:>9}  {r['papers'] / r['seconds']:>11.0f}  {r['seconds']:>7.1f}  {r['extract_seconds']:>9.1f}  "
                f"{r['read_resolve_seconds']:>14.1f}  {r['write_seconds']:>7.1f}  {cpu:>6.1f}  {r['main_peak_mib']:>8.0f}  "
                f"{r['worker_peak_mib']:>10.0f}  {_mib(r['writer_peak_mib']):>10}  {r['backend']}",
                flush=True,
            )
    print("CPU s: user CPU of the build and its workers; on a shared VM wall time also depends on the other tenants.")
    print("writer MiB: the process that writes a big graph's Turtle while the page renders (-: written in the main process).")


def _mib(value: float) -> str:
    return f"{value:.0f}" if value else "-"


if __name__ == "__main__":
    main()
