"""The build pipeline: corpus -> extractions -> resolution -> graph -> outputs."""

from __future__ import annotations

import gc
import time
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Generator, Iterable, Iterator, Protocol, Sequence

import networkx as nx

from kg.cache import CACHE_FILE, ExtractionCache, extractor_fingerprint
from kg.corpus import Paper, read_corpus
from kg.extract import Extracted
from kg.graph import BuildReport, assemble
from kg.parallel import backend_name, run_extraction
from kg.resolve import resolve
from kg.vocabulary import Vocabulary, load_vocabulary

# Cached extractions are written in transactions of this many papers.
_CACHE_WRITE_BATCH = 2000


class Progress(Protocol):
    """Told how many papers there are to extract, then how many finished, as they finish."""

    def start(self, total: int) -> None: ...

    def advance(self, count: int) -> None: ...

    def finish(self) -> None: ...


@dataclass(frozen=True)
class BuildOptions:
    """How to run the build; none of these change its output."""

    workers: int | None = None  # extraction processes; None: every core, 1: in this process
    dask: str | None = None  # a Dask scheduler address (tcp://host:port) or "local"
    cache_dir: Path | None = None  # folder of the extraction cache; None: no cache
    ontology: Path | None = None  # ontology folder; None: the installed one
    progress: Progress | None = None


@dataclass(frozen=True)
class ExtractionStats:
    """What the extraction step did: backend, papers run through the extractor, papers from the cache."""

    backend: str
    extracted: int
    cached: int
    cache: Path | None
    seconds: float


def build(inputs: Iterable[str | Path] | None = None, options: BuildOptions | None = None) -> nx.MultiDiGraph:
    """Build the knowledge graph of a corpus (none given: the bundled one).

    The returned graph carries a `BuildReport` in `graph.graph["report"]` and
    `ExtractionStats` in `graph.graph["extraction"]`.
    """
    options = options or BuildOptions()
    started = time.perf_counter()
    vocabulary = load_vocabulary(str(options.ontology) if options.ontology else None)
    corpus = read_corpus(inputs)
    extract_started = time.perf_counter()
    if options.progress is not None:
        options.progress.start(len(corpus.papers))
    try:
        if options.cache_dir is None:
            extractions = list(_extract(corpus.papers, vocabulary, options))
            cached = 0
        else:
            fingerprint = extractor_fingerprint(Path(vocabulary.source))
            with ExtractionCache(options.cache_dir, fingerprint) as cache:
                extractions, cached = _extract_cached(corpus.papers, vocabulary, options, cache)
    finally:
        if options.progress is not None:
            options.progress.finish()
    extracted = len(corpus.papers) - cached
    stats = ExtractionStats(
        backend=backend_name(options.workers, options.dask, extracted),
        extracted=extracted,
        cached=cached,
        cache=Path(options.cache_dir) / CACHE_FILE if options.cache_dir is not None else None,
        seconds=time.perf_counter() - extract_started,
    )
    with paused_gc():
        resolution = resolve(extractions, vocabulary)
        graph = assemble(zip(corpus.papers, extractions, strict=True), resolution)
    graph.graph["report"] = BuildReport(
        papers_read=len(corpus.papers),
        skipped=[str(s) for s in corpus.skipped],
        notes=list(corpus.notes),
        seconds=time.perf_counter() - started,
    )
    graph.graph["extraction"] = stats
    return graph


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection for a while: the serial stages make millions of objects and
    no reference cycles, and each full collection walks the whole graph held so far (at 20,000
    papers that was a third of assembling and rendering). Collection resumes afterwards."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _extract(papers: Sequence[Paper], vocabulary: Vocabulary, options: BuildOptions) -> Generator[Extracted, None, None]:
    hook = options.progress.advance if options.progress is not None else None
    return run_extraction(papers, vocabulary, options.workers, options.dask, hook)


def _extract_cached(papers: Sequence[Paper], vocabulary: Vocabulary, options: BuildOptions, cache: ExtractionCache) -> tuple[list[Extracted], int]:
    """Cached extractions where the cache has them; the other papers extracted and added to it."""
    found = cache.lookup(papers)
    missing = [paper for paper, hit in zip(papers, found) if hit is None]
    if options.progress is not None:
        options.progress.advance(len(papers) - len(missing))
    pending: list[tuple[Paper, Extracted]] = []
    extractions: list[Extracted] = []
    with closing(_extract(missing, vocabulary, options)) as fresh:
        for paper, hit in zip(papers, found):
            if hit is None:
                hit = next(fresh)
                pending.append((paper, hit))
            extractions.append(hit)
            if len(pending) >= _CACHE_WRITE_BATCH:
                cache.store(pending)
                pending.clear()
    cache.store(pending)
    return extractions, len(papers) - len(missing)
