"""Assemble the knowledge graph as a NetworkX MultiDiGraph.

Nodes are keyed by their node id ("paper/arxiv-2310.15161", "model/sam",
"modality/mri") and carry `type`, `label` and `aliases`. Each (subject,
relation, object) is one edge keyed by its relation, with every piece of
evidence that supports it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

import networkx as nx

from kg.corpus import Paper
from kg.extract import PAPER, Extraction
from kg.resolve import NODE_PREFIX, Resolution

# Evidence kept per edge and paper: enough to explain a link, bounded for big corpora.
MAX_EVIDENCE_PER_PAPER = 3


@dataclass(frozen=True, order=True)
class Evidence:
    """Where a link was read: paper node id, the sentence and its offsets in the paper text."""

    paper: str
    start: int
    end: int
    sentence: str
    rule: str
    confidence: float


@dataclass
class BuildReport:
    papers_read: int = 0
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0


def paper_node(paper: Paper) -> str:
    return f"{NODE_PREFIX['Paper']}/{paper.id}"


def assemble(extractions: Iterable[Extraction], resolution: Resolution) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for entity in sorted(resolution.entities.values(), key=lambda e: e.id):
        graph.add_node(
            entity.id,
            type=entity.type,
            label=entity.label,
            aliases=list(entity.aliases),
            codes=list(entity.codes),
            notation=entity.notation,
        )
    for extraction in sorted(extractions, key=lambda e: e.paper.id):
        _add_paper(graph, extraction, resolution)
    return graph


def _add_paper(graph: nx.MultiDiGraph, extraction: Extraction, resolution: Resolution) -> None:
    paper = extraction.paper
    node = paper_node(paper)
    code = sorted({link.object for link in extraction.links if link.relation == "hasCode"})
    graph.add_node(
        node,
        type="Paper",
        label=paper.title,
        aliases=[],
        abstract=paper.abstract,
        url=paper.url,
        date=paper.date,
        authors=list(paper.authors),
        sources=list(paper.sources),
        code=code,
    )
    for link in extraction.links:
        if link.relation == "hasCode":
            continue
        subject = node if link.subject == PAPER else resolution.node_of[link.subject]
        target = resolution.node_of[link.object]
        if subject == target:
            continue
        span = extraction.sentences[link.sentence]
        evidence = Evidence(node, span.start, span.end, extraction.sentence_text(link.sentence), link.rule, link.confidence)
        _add_evidence(graph, subject, target, link.relation, evidence)


def _add_evidence(graph: nx.MultiDiGraph, subject: str, target: str, relation: str, evidence: Evidence) -> None:
    if graph.has_edge(subject, target, key=relation):
        data = graph.edges[subject, target, relation]
        same_paper = [e for e in data["evidence"] if e.paper == evidence.paper]
        if evidence in data["evidence"] or len(same_paper) >= MAX_EVIDENCE_PER_PAPER:
            return
        data["evidence"] = sorted([*data["evidence"], evidence])
        data["confidence"] = max(data["confidence"], evidence.confidence)
    else:
        graph.add_edge(subject, target, key=relation, relation=relation, evidence=[evidence], confidence=evidence.confidence)


def counts_by_type(graph: nx.MultiDiGraph) -> tuple[dict[str, int], dict[str, int]]:
    """Nodes per type and edges per relation, sorted by name."""
    nodes: dict[str, int] = {}
    for _, data in graph.nodes(data=True):
        nodes[data["type"]] = nodes.get(data["type"], 0) + 1
    edges: dict[str, int] = {}
    for _, _, relation in graph.edges(keys=True):
        edges[relation] = edges.get(relation, 0) + 1
    return dict(sorted(nodes.items())), dict(sorted(edges.items()))
