"""Run the per-paper extractor over many papers: in this process, a local process pool, or Dask.

Extraction is a pure function of one paper and the vocabulary, so papers go
out in batches and come back in input order, whichever backend ran them: the
graph built from them is then byte-identical to a serial build. Everything a
worker runs lives in this importable module (Dask and `spawn` workers pickle
functions by reference), and a worker receives the vocabulary once, not with
every batch.

Results travel as compact `Extracted` records (plain tuples, without the
paper the caller already holds): cheap to pickle, to unpickle and to cache.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Callable, Generator, Iterator, Sequence

from kg.corpus import Paper
from kg.cache import code_fingerprint
from kg.extract import Extracted, extract
from kg.vocabulary import Vocabulary

# Papers a batch: big enough that a task costs far more than sending it
# (one-paper Dask tasks were 40x slower than serial), small enough to spread
# evenly over the workers and to keep memory flat.
BATCH_SIZE = 256
# Batches in flight per worker: enough to keep every worker busy while the
# main process consumes results, bounded so memory does not grow with the corpus.
IN_FLIGHT_PER_WORKER = 2
# A Dask build goes out in at least this many pieces (more with many workers),
# so no worker sits idle while the last big piece runs elsewhere.
MIN_DASK_BATCHES = 20


class ParallelError(Exception):
    """The requested backend cannot run (Dask missing, cluster unreachable, workers disagree)."""


ProgressHook = Callable[[int], None]  # called with the number of papers just finished


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def batches(papers: Sequence[Paper], size: int) -> Iterator[list[Paper]]:
    for start in range(0, len(papers), size):
        yield list(papers[start : start + size])


# --- task code (runs in workers) -------------------------------------------------

_worker_vocabulary: Vocabulary | None = None


def _init_worker(vocabulary: Vocabulary) -> None:
    """Process-pool initializer: keep the vocabulary for every batch this process runs.

    Everything alive now (for a forked worker, the whole heap it inherited: the corpus, the
    vocabulary) lives as long as the worker, so it is frozen out of the cyclic collector. Otherwise
    each full collection walks it again and writes to its shared pages, copying them: the workers of
    a 20,000-paper build took 43,000 page faults instead of 12,000, and their collector ran a quarter
    more instructions (the gain in CPU time was within the noise of the 2-core benchmark VM).
    """
    global _worker_vocabulary
    _worker_vocabulary = vocabulary
    gc.freeze()


def extract_batch(papers: list[Paper], vocabulary: Vocabulary | None = None) -> list[Extracted]:
    """Extract a batch of papers; the vocabulary comes with the task (Dask) or the initializer (pool)."""
    vocab = vocabulary if vocabulary is not None else _worker_vocabulary
    if vocab is None:
        raise ParallelError("worker has no vocabulary: start it through kg.parallel")
    return [extract(paper, vocab).compact() for paper in papers]


def extractor_version() -> str:
    """The extractor code a worker runs (a hash of its source), to refuse mixing two versions of kg
    in one build: a version number alone stays the same across most changes."""
    return code_fingerprint()


# --- backends (run in the main process) ----------------------------------------------


def extract_serial(papers: Sequence[Paper], vocabulary: Vocabulary, progress: ProgressHook | None = None) -> Iterator[Extracted]:
    for batch in batches(papers, BATCH_SIZE):
        yield from extract_batch(batch, vocabulary)
        if progress:
            progress(len(batch))


def extract_local(papers: Sequence[Paper], vocabulary: Vocabulary, workers: int, progress: ProgressHook | None = None) -> Iterator[Extracted]:
    """Extract on a local process pool, yielding results in input order.

    Workers get the vocabulary once, through the initializer.
    """
    if not _worth_a_pool(workers, len(papers)):
        yield from extract_serial(papers, vocabulary, progress)
        return
    size = min(BATCH_SIZE, max(16, -(-len(papers) // (workers * 4))))
    context = multiprocessing.get_context(worker_start_method())
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(vocabulary,)) as pool:
        yield from _in_order(lambda batch: pool.submit(extract_batch, batch), batches(papers, size), workers, progress)


def worker_start_method() -> str:
    """`fork` where it is safe: on Linux, with no other thread in this process that could hold a
    lock while it forks. A forked worker starts at once with the vocabulary in memory; a spawned
    one runs the caller's main script again (the `kg` command imports the whole CLI) and is sent
    the vocabulary: about half a second a worker."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _worth_a_pool(workers: int, papers: int) -> bool:
    """One batch would go to one worker: a pool gains nothing (and a spawned one costs half a second a worker)."""
    return workers > 1 and papers > BATCH_SIZE


def backend_name(workers: int | None, dask: str | None, papers: int) -> str:
    """Where `run_extraction` runs this many papers, for the build summary."""
    if dask:
        return f"Dask cluster {dask}"
    workers = workers or default_workers()
    return f"{workers} local processes" if _worth_a_pool(workers, papers) else "1 process"


def _in_order(submit: Callable[[list[Paper]], Future], source: Iterator[list[Paper]], workers: int, progress: ProgressHook | None) -> Iterator[Extracted]:
    """Submit batches and yield their results in submission order.

    At most `IN_FLIGHT_PER_WORKER * workers` batches are pending at any time,
    so memory stays flat however long the corpus is.
    """
    pending: deque[tuple[int, Future]] = deque()
    limit = IN_FLIGHT_PER_WORKER * workers
    try:
        for batch in source:
            pending.append((len(batch), submit(batch)))
            while len(pending) >= limit:
                yield from _drain_one(pending, progress)
        while pending:
            yield from _drain_one(pending, progress)
    finally:
        for _, future in pending:
            future.cancel()


def _drain_one(pending: deque[tuple[int, Future]], progress: ProgressHook | None) -> Iterator[Extracted]:
    count, future = pending.popleft()
    results = future.result()
    if progress:
        progress(count)
    yield from results


def extract_dask(papers: Sequence[Paper], vocabulary: Vocabulary, address: str, progress: ProgressHook | None = None) -> Iterator[Extracted]:
    """Extract on a Dask distributed cluster: `address` is tcp://host:port, or "local" for a LocalCluster.

    The vocabulary is scattered to every worker once; each batch is one task
    (at least `MIN_DASK_BATCHES` of them) and results come back in input
    order. Workers must run the same extractor code as this process (kg.cache.code_fingerprint).
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as error:
        raise ParallelError("--dask needs Dask: pip install 'dask[distributed]>=2024.1' (or kg[dask])") from error

    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(n_workers=default_workers(), threads_per_worker=1, processes=True, dashboard_address=":0")
            client = Client(cluster)
        else:
            client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as error:
        if cluster is not None:
            cluster.close()
        raise ParallelError(f"cannot connect to the Dask scheduler at {address}: {error}") from error
    try:
        yield from _run_on_client(client, papers, vocabulary, progress)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run_on_client(client, papers: Sequence[Paper], vocabulary: Vocabulary, progress: ProgressHook | None) -> Iterator[Extracted]:
    versions = set(client.run(extractor_version).values())
    if not versions:
        raise ParallelError("the Dask cluster has no workers")
    ours = extractor_version()
    if versions != {ours}:
        theirs = ", ".join(v[:12] for v in sorted(versions))
        raise ParallelError(f"Dask workers run other extractor code ({theirs}) than this kg ({ours[:12]}); install the same kg on the workers")
    workers = max(1, sum(client.nthreads().values()))
    size = max(1, min(BATCH_SIZE, -(-len(papers) // max(MIN_DASK_BATCHES, 4 * workers))))
    [vocab_future] = client.scatter([vocabulary], broadcast=True)
    submit = lambda batch: client.submit(extract_batch, batch, vocab_future, pure=False)  # noqa: E731
    yield from _in_order(submit, batches(papers, size), workers, progress)


def run_extraction(
    papers: Sequence[Paper],
    vocabulary: Vocabulary,
    workers: int | None = None,
    dask: str | None = None,
    progress: ProgressHook | None = None,
) -> Generator[Extracted, None, None]:
    """Extractions of `papers` in their order, on the backend asked for (serial when workers is 1)."""
    if not papers:
        return  # no cluster or pool started for nothing
    if dask:
        yield from extract_dask(papers, vocabulary, dask, progress)
    else:
        yield from extract_local(papers, vocabulary, workers or default_workers(), progress)
