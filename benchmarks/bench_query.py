"""Query speed at scale: the models-datasets table (`kg uses`) over a graph of about a million triples.

Builds a synthetic corpus big enough for ~1M triples with `kg build --store`
(or takes an existing build), then times `kg.query.uses` on the on-disk
Oxigraph store that `kg query --store` opens, and, for comparison, the
in-memory path of `kg query --data` (parse the Turtle, then query).

    python3 benchmarks/bench_query.py                      # build ~9,000 abstracts first (a few minutes)
    python3 benchmarks/bench_query.py --out DIR --store DIR # reuse a build made with --store
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_build import machine  # noqa: E402
from benchmarks.generate_corpus import write_corpus  # noqa: E402
from kg.query import load_store, open_store, uses  # noqa: E402

# The generator's abstracts give about 110 triples each (evidence included).
DEFAULT_ABSTRACTS = 9000


def timed(action):
    started = time.perf_counter()
    value = action()
    return value, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--abstracts", type=int, default=DEFAULT_ABSTRACTS)
    parser.add_argument("--out", type=Path, help="an existing build folder (with graph.ttl)")
    parser.add_argument("--store", type=Path, help="the store that build wrote with --store")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-bench-query-") as temporary:
        out, store = args.out, args.store
        if out is None or store is None:
            folder = Path(temporary)
            corpus = write_corpus(folder / "corpus.jsonl", args.abstracts)
            out, store = folder / "out", folder / "store"
            print(f"building {args.abstracts} abstracts with --store ...", flush=True)
            subprocess.run([sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--store", str(store), "--no-cache", "-q"], check=True, cwd=ROOT)
        disk, opened = timed(lambda: open_store(store))
        triples = len(disk)
        print(f"kg uses over {triples:,} triples ({(out / 'graph.ttl').stat().st_size / 2**20:.0f} MiB Turtle), on a {machine()}")
        print(f"  on-disk store (kg uses --store): open {opened:.2f} s")
        for run in range(args.repeat):
            table, seconds = timed(lambda store=disk: uses(store))
            print(f"    query run {run + 1}: {seconds:.2f} s, {len(table.rows):,} model-dataset rows")
        del disk
        memory, loaded = timed(lambda: load_store(out / "graph.ttl"))
        table, seconds = timed(lambda: uses(memory))
        print(f"  in memory (kg uses --data): parse {loaded:.2f} s, query {seconds:.2f} s, {len(table.rows):,} rows")
        filtered, seconds = timed(lambda: uses(open_store(store), model="sam"))
        print(f"  on-disk store, --model sam: {seconds:.2f} s, {len(filtered.rows):,} rows")


if __name__ == "__main__":
    main()
