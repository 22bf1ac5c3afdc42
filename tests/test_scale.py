"""Parallel builds: same bytes as a serial build, bounded work in flight, progress, the on-disk store."""

from __future__ import annotations

import subprocess
import sys
import threading
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from benchmarks.generate_corpus import write_corpus
from kg import parallel
from kg.outputs import write_outputs
from kg.pipeline import BuildOptions, build

ROOT = Path(__file__).resolve().parent.parent


def kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "papers.jsonl", 70, seed=7)


@contextmanager
def another_thread() -> Iterator[None]:
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        yield
    finally:
        release.set()
        thread.join()


# A build in a fresh process, as `kg build` runs one: no thread but the main one (a test session
# may hold on to threads of earlier tests, Dask's event loop for one).
FRESH_BUILD = """
import sys
from kg import parallel
from kg.outputs import write_outputs
from kg.pipeline import BuildOptions, build
parallel.BATCH_SIZE = 8
method = parallel.worker_start_method()
graph = build([sys.argv[1]], BuildOptions(workers=2))
write_outputs(graph, sys.argv[2])
print(method, graph.graph["extraction"].backend)
"""


@pytest.mark.parametrize("caller", ["a fresh process", "a threaded program"])
def test_process_pool_build_is_byte_identical_to_serial(corpus, tmp_path, monkeypatch, caller):
    """Workers are forked (Linux) unless the caller runs other threads, which a fork could catch
    holding a lock: then they are spawned. Both give the serial build's bytes."""
    monkeypatch.setattr(parallel, "BATCH_SIZE", 8)  # several batches, so order across workers matters
    serial = build([corpus], BuildOptions(workers=1))
    assert serial.graph["extraction"].backend == "1 process"
    write_outputs(serial, tmp_path / "serial")
    if caller == "a fresh process":
        ran = subprocess.run([sys.executable, "-c", FRESH_BUILD, str(corpus), str(tmp_path / "pooled")],
                             capture_output=True, text=True, check=True, cwd=ROOT)
        assert ran.stdout.split(maxsplit=1) == ["fork" if sys.platform.startswith("linux") else "spawn", "2 local processes\n"]
    else:
        with another_thread():
            assert parallel.worker_start_method() == "spawn"
            pooled = build([corpus], BuildOptions(workers=2))
        assert pooled.graph["extraction"].backend == "2 local processes"
        write_outputs(pooled, tmp_path / "pooled")
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / "pooled" / name).read_bytes() == (tmp_path / "serial" / name).read_bytes()


def test_batches_come_back_in_order_with_bounded_work_in_flight():
    submitted = drained = most = 0

    def submit(batch):
        nonlocal submitted, most
        submitted += 1
        most = max(most, submitted - drained)
        future: Future = Future()
        future.set_result([f"done {paper}" for paper in batch])
        return future

    def progress(count):
        nonlocal drained
        drained += 1

    source = iter([[n, n + 1] for n in range(0, 40, 2)])
    results = list(parallel._in_order(submit, source, workers=2, progress=progress))
    assert results == [f"done {n}" for n in range(40)]
    assert drained == 20
    assert most == parallel.IN_FLIGHT_PER_WORKER * 2


def test_progress_counts_every_paper(corpus, monkeypatch):
    monkeypatch.setattr(parallel, "BATCH_SIZE", 16)
    events = []

    class Recorder:
        def start(self, total):
            events.append(("start", total))

        def advance(self, count):
            events.append(("advance", count))

        def finish(self):
            events.append(("finish",))

    build([corpus], BuildOptions(workers=1, progress=Recorder()))
    assert events[0] == ("start", 70)
    assert events[-1] == ("finish",)
    assert sum(e[1] for e in events if e[0] == "advance") == 70


def test_cli_workers_gives_the_same_turtle_and_no_progress_bar_off_a_terminal(corpus, tmp_path):
    one = kg("build", str(corpus), "--out", str(tmp_path / "one"), "--workers", "1", "--no-cache")
    two = kg("build", str(corpus), "--out", str(tmp_path / "two"), "--workers", "2", "--no-cache")
    assert one.returncode == 0 and two.returncode == 0, one.stderr + two.stderr
    assert (tmp_path / "one" / "graph.ttl").read_bytes() == (tmp_path / "two" / "graph.ttl").read_bytes()
    assert "Extracted 70 papers on 1 process" in one.stdout
    assert two.stderr == ""  # stderr is a pipe here: no progress bar, no label
    assert kg("build", "--workers", "0", "--out", str(tmp_path / "zero")).returncode == 2


def test_store_answers_queries_without_the_turtle(corpus, tmp_path):
    out, store = tmp_path / "out", tmp_path / "store"
    built = kg("build", str(corpus), "--out", str(out), "--store", str(store), "--no-cache")
    assert built.returncode == 0, built.stderr
    from_turtle = kg("uses", "--data", str(out / "graph.ttl"), "--format", "csv")
    (out / "graph.ttl").unlink()
    from_store = kg("uses", "--store", str(store), "--format", "csv")
    assert from_store.returncode == 0, from_store.stderr
    assert from_store.stdout == from_turtle.stdout
    assert len(from_store.stdout.splitlines()) > 5
    count = kg("query", "--store", str(store), "SELECT (COUNT(*) AS ?n) WHERE { ?p a kg:Paper }", "--format", "csv")
    assert count.stdout.splitlines()[1] == "70"
    # rebuilding replaces the store in place
    again = kg("build", str(corpus), "--out", str(out), "--store", str(store), "--no-cache", "-q")
    assert again.returncode == 0, again.stderr
    assert kg("uses", "--store", str(store), "--format", "csv").stdout == from_turtle.stdout


def test_store_refuses_a_folder_that_is_not_a_store(corpus, tmp_path):
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    result = kg("build", str(corpus), "--out", str(tmp_path / "out"), "--store", str(precious), "--no-cache")
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "not a kg store" in result.stderr
    assert (precious / "notes.txt").read_text() == "keep me"
    missing = kg("uses", "--store", str(tmp_path / "nothing"))
    assert missing.returncode != 0 and "no kg store" in missing.stderr


def test_uses_table_matches_its_sparql_form(corpus, tmp_path):
    from kg.query import USES_QUERY, open_store, select, uses, write_store

    out = tmp_path / "out"
    write_outputs(build([corpus], BuildOptions(workers=1)), out)
    store = open_store(write_store(out / "graph.ttl", tmp_path / "store"))
    table = uses(store)
    sparql = select(store, USES_QUERY)
    normalised = sorted([*row[:4], " | ".join(sorted(row[4].split(" | ")))] for row in sparql.rows)
    assert sorted(table.rows) == normalised
    assert len(table.rows) > 5
    assert table.rows == sorted(table.rows, key=lambda r: (r[0].lower(), r[1], r[2].lower(), r[0], r[2]))
    narrowed = uses(store, model=table.rows[0][0].upper())
    assert narrowed.rows and all(row[0].lower() == table.rows[0][0].lower() or table.rows[0][0].lower() in row[0].lower() for row in narrowed.rows)
