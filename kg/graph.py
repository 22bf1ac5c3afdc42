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
from kg.extract import PAPER, Extracted
from kg.resolve import NODE_PREFIX, Resolution

# Evidence kept per link and paper: enough to explain a link, bounded for big corpora.
MAX_EVIDENCE_PER_PAPER = 3
# A paper -> entity link (introduces, mentions, hasModality, ...) keeps one: the first sentence
# that names the entity shows where the paper does. Those links are most of the graph, and their
# repeated sentences were half of all triples.
MAX_PAPER_LINK_EVIDENCE = 1


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


def assemble(extractions: Iterable[tuple[Paper, Extracted]], resolution: Resolution) -> nx.MultiDiGraph:
    """The graph of papers and their extractions, with entities as `resolution` decided."""
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
    # (subject, object, relation) -> its evidence, in the order links are first met; edges are
    # added once at the end, each list sorted once (re-sorting on every addition was quadratic).
    links: dict[tuple[str, str, str], list[Evidence]] = {}
    for paper, extraction in sorted(extractions, key=lambda item: item[0].id):
        _add_paper(graph, paper, extraction, resolution, links)
    for (subject, target, relation), evidence in links.items():
        evidence.sort()
        graph.add_edge(
            subject, target, key=relation, relation=relation, evidence=evidence, confidence=max(e.confidence for e in evidence)
        )
    return graph


def _add_paper(
    graph: nx.MultiDiGraph, paper: Paper, extraction: Extracted, resolution: Resolution, links: dict[tuple[str, str, str], list[Evidence]]
) -> None:
    """The paper's node, and its links' evidence added to `links`: for a link from an entity the first
    MAX_EVIDENCE_PER_PAPER sentences the extractor gave, for a link from the paper its earliest
    MAX_PAPER_LINK_EVIDENCE."""
    node = paper_node(paper)
    code = sorted({target for _, relation, target, *_ in extraction.links if relation == "hasCode"})
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
    # this paper's evidence per link: every paper is met once, so these are all the link has from it
    found: dict[tuple[str, str, str], list[Evidence]] = {}
    text = paper.text
    for subject, relation, target, sentence, rule, confidence in extraction.links:
        if relation == "hasCode":
            continue
        subject = node if subject == PAPER else resolution.node_of[subject]
        target = resolution.node_of[target]
        if subject == target:
            continue
        key = (subject, target, relation)
        kept = found.get(key)
        if kept is None:
            kept = found[key] = []
        elif subject != node and len(kept) >= MAX_EVIDENCE_PER_PAPER:
            continue
        start, end = extraction.sentences[sentence]
        evidence = Evidence(node, start, end, text[start:end], rule, confidence)
        if evidence not in kept:
            kept.append(evidence)
    for key, evidence in found.items():
        if key[0] == node and len(evidence) > MAX_PAPER_LINK_EVIDENCE:
            evidence = sorted(evidence)[:MAX_PAPER_LINK_EVIDENCE]  # one paper: sorted by offsets
        kept = links.get(key)
        if kept is None:
            links[key] = evidence
        else:
            kept.extend(evidence)


def counts_by_type(graph: nx.MultiDiGraph) -> tuple[dict[str, int], dict[str, int]]:
    """Nodes per type and edges per relation, sorted by name."""
    nodes: dict[str, int] = {}
    for _, data in graph.nodes(data=True):
        nodes[data["type"]] = nodes.get(data["type"], 0) + 1
    edges: dict[str, int] = {}
    for _, _, relation in graph.edges(keys=True):
        edges[relation] = edges.get(relation, 0) + 1
    return dict(sorted(nodes.items())), dict(sorted(edges.items()))
