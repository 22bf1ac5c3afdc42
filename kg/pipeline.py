"""The build pipeline: corpus -> extractions -> resolution -> graph -> outputs."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Iterable

import networkx as nx

from kg.corpus import read_corpus
from kg.extract import extract
from kg.graph import BuildReport, assemble
from kg.resolve import resolve
from kg.vocabulary import load_vocabulary


def build(inputs: Iterable[str | Path] | None = None) -> nx.MultiDiGraph:
    """Build the knowledge graph of a corpus (none given: the bundled one).

    The returned graph carries a `BuildReport` in `graph.graph["report"]`.
    """
    started = time.perf_counter()
    vocabulary = load_vocabulary()
    corpus = read_corpus(inputs)
    extractions = [extract(paper, vocabulary) for paper in corpus.papers]
    resolution = resolve(extractions, vocabulary)
    graph = assemble(extractions, resolution)
    graph.graph["report"] = BuildReport(
        papers_read=len(corpus.papers),
        skipped=[str(s) for s in corpus.skipped],
        notes=list(corpus.notes),
        seconds=time.perf_counter() - started,
    )
    return graph
