"""Extraction on a Dask cluster gives byte-identical output to a local build."""

from __future__ import annotations

import builtins
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import distributed  # in the test extra: these tests must run, not skip
import pytest

from benchmarks.generate_corpus import write_corpus
from kg.outputs import write_outputs
from kg.parallel import ParallelError, run_extraction
from kg.pipeline import BuildOptions, build
from kg.vocabulary import load_vocabulary

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "papers.jsonl", 60, seed=11)


@pytest.fixture(scope="module")
def local_turtle(corpus, tmp_path_factory) -> bytes:
    out = tmp_path_factory.mktemp("local")
    write_outputs(build([corpus], BuildOptions(workers=1)), out)
    return (out / "graph.ttl").read_bytes()


def test_local_cluster_build_is_byte_identical(corpus, local_turtle, tmp_path):
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
    try:
        graph = build([corpus], BuildOptions(dask=cluster.scheduler_address))
    finally:
        cluster.close()
    assert graph.graph["extraction"].backend.startswith("Dask cluster tcp://")
    write_outputs(graph, tmp_path)
    assert (tmp_path / "graph.ttl").read_bytes() == local_turtle


def test_scheduler_and_worker_on_loopback_through_the_cli(corpus, local_turtle, tmp_path):
    dask = shutil.which("dask")
    if dask is None:
        pytest.fail("the dask command is missing although distributed is installed")
    env = dict(os.environ, PYTHONPATH=str(ROOT))  # workers import kg from this checkout
    scheduler_file = tmp_path / "scheduler.json"
    scheduler = subprocess.Popen(
        [dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--dashboard-address", ":0", "--scheduler-file", str(scheduler_file)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    worker = None
    try:
        deadline = time.monotonic() + 60
        while not scheduler_file.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(scheduler_file.read_text())["address"]
        assert address.startswith("tcp://127.0.0.1:")
        worker = subprocess.Popen(
            [dask, "worker", address, "--nthreads", "1", "--nworkers", "1", "--host", "127.0.0.1", "--no-dashboard"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        client = distributed.Client(address, timeout="30s")
        try:
            client.wait_for_workers(1, timeout=60)
        finally:
            client.close()
        result = subprocess.run(
            [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(tmp_path / "out"), "--dask", address, "--no-cache"],
            capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
        )
        assert result.returncode == 0, result.stderr
        assert f"on Dask cluster {address}" in result.stdout
        assert (tmp_path / "out" / "graph.ttl").read_bytes() == local_turtle
    finally:
        for process in (worker, scheduler):
            if process is not None:
                process.terminate()
                process.wait(timeout=30)


def test_unreachable_scheduler_is_a_one_line_error(corpus, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(tmp_path), "--dask", "tcp://127.0.0.1:9", "--no-cache"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "cannot connect to the Dask scheduler at tcp://127.0.0.1:9" in result.stderr


def test_dask_missing_gives_an_install_hint(corpus, monkeypatch):
    real_import = builtins.__import__

    def without_distributed(name, *args, **kwargs):
        if name == "distributed" or name.startswith("distributed."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_distributed)
    from kg.corpus import read_corpus

    papers = read_corpus([corpus]).papers
    with pytest.raises(ParallelError, match=r"pip install 'dask\[distributed\]"):
        list(run_extraction(papers, load_vocabulary(), dask="local"))


class _ClusterRunningAnotherKg:
    """Stands in for a Dask client whose one worker has a different kg installed."""

    def run(self, function):
        return {"tcp://127.0.0.1:40000": "0" * 64}


def test_workers_with_other_extractor_code_are_refused():
    from kg.corpus import Paper
    from kg.parallel import _run_on_client

    papers = [Paper(id="p", title="A title", abstract="An abstract about CT.")]
    with pytest.raises(ParallelError, match="other extractor code"):
        list(_run_on_client(_ClusterRunningAnotherKg(), papers, load_vocabulary(), None))
