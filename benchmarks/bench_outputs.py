"""Time the serial stages after extraction: resolve, assemble, the page and graph.ttl.

    python3 benchmarks/bench_outputs.py                  # 20,000 abstracts, best of 3
    python3 benchmarks/bench_outputs.py --size 5000 --repeat 5

A synthetic corpus is generated and extracted once (on all cores); then each
stage runs `--repeat` times in this process, with the cyclic garbage collector
paused as `kg build` pauses it, and the best wall and CPU time of each is
printed with the size of what it made. On a shared machine take the best of
several runs: other tenants slow single runs by a third or more.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_build import machine  # noqa: E402
from benchmarks.generate_corpus import write_corpus  # noqa: E402


def best(repeat: int, stage):
    """(result of the last run, best wall seconds, best CPU seconds) of `repeat` runs of stage()."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = stage()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return result, min(walls), min(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=20_000, help="abstracts (default 20,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each stage; the best is printed")
    args = parser.parse_args()

    from kg.corpus import read_corpus
    from kg.graph import assemble
    from kg.html import render_page
    from kg.outputs import write_export
    from kg.parallel import run_extraction
    from kg.pipeline import paused_gc
    from kg.resolve import resolve
    from kg.vocabulary import load_vocabulary

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as folder:
        corpus = write_corpus(Path(folder) / "corpus.jsonl", args.size)
        vocabulary = load_vocabulary()
        papers = read_corpus([corpus]).papers
        extractions = list(run_extraction(papers, vocabulary))
        turtle = Path(folder) / "graph.ttl"
        print(f"kg output stages, {len(papers):,} synthetic abstracts, best of {args.repeat}, on a {machine()}")
        print(f"{'stage':<9} {'wall s':>7} {'CPU s':>7}  made")
        with paused_gc():
            resolution, wall, cpu = best(args.repeat, lambda: resolve(extractions, vocabulary))
            print(f"{'resolve':<9} {wall:>7.2f} {cpu:>7.2f}  {len(resolution.entities):,} entities", flush=True)
            graph, wall, cpu = best(args.repeat, lambda: assemble(zip(papers, extractions, strict=True), resolution))
            print(f"{'assemble':<9} {wall:>7.2f} {cpu:>7.2f}  {graph.number_of_nodes():,} nodes, {graph.number_of_edges():,} edges", flush=True)
            page, wall, cpu = best(args.repeat, lambda: render_page(graph))
            print(f"{'page':<9} {wall:>7.2f} {cpu:>7.2f}  {len(page.encode()) / 2**20:.1f} MiB of HTML", flush=True)
            _, wall, cpu = best(args.repeat, lambda: write_export(graph, "ttl", turtle))
            print(f"{'turtle':<9} {wall:>7.2f} {cpu:>7.2f}  {turtle.stat().st_size / 2**20:.1f} MiB graph.ttl", flush=True)
    print("The page's first run also pays for importing pyvis (and IPython, which pyvis imports).")


if __name__ == "__main__":
    main()
