"""Assemble the knowledge graph as a NetworkX MultiDiGraph.

Nodes are keyed by their node id ("paper/arxiv-2310.15161", "model/sam",
"modality/mri") and carry `type`, `label` and `aliases`. Each (subject,
relation, object) is one edge keyed by its relation, with every piece of
evidence that supports it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from operator import attrgetter
from typing import Iterable, NamedTuple

import networkx as nx

from kg.corpus import Paper
from kg.evidence import PAPER
from kg.extract import MAX_EVIDENCE_PER_PAPER, Extracted
from kg.resolve import NODE_PREFIX, Resolution


class Evidence(NamedTuple):
    """Where a link was read: paper node id, the sentence and its offsets in the paper text.

    A named tuple, not a dataclass: half a million are made at 20,000 papers, and
    a tuple is made, compared, read and pickled several times faster.
    """

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
    graph: nx.MultiDiGraph = nx.MultiDiGraph()
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
    # Edges go straight into networkx's adjacency dicts (a MultiDiGraph shares one key dict between
    # _succ[u][v] and _pred[v][u]): add_edge's checks and cache clearing cost a quarter of assembling.
    # Every link is new here, both its ends are nodes already, and nothing has read the graph (nor
    # cached anything about it) yet. A test holds the result to a graph built with add_edge.
    succ, pred = graph._succ, graph._pred  # type: ignore[attr-defined]
    for (subject, target, relation), evidence in links.items():
        if len(evidence) > 1:
            evidence.sort()
            confidence = max(map(_CONFIDENCE, evidence))
        else:
            confidence = evidence[0].confidence
        keys = succ[subject].get(target)
        if keys is None:
            keys = succ[subject][target] = pred[target][subject] = {}
        keys[relation] = {"relation": relation, "evidence": evidence, "confidence": confidence}
    return graph


_CONFIDENCE = attrgetter("confidence")
# Evidence from a tuple in one C call: a named tuple's own constructor runs a Python function, a
# fifth of assembling when half a million are made.
_new_evidence = partial(tuple.__new__, Evidence)


def _add_paper(
    graph: nx.MultiDiGraph, paper: Paper, extraction: Extracted, resolution: Resolution, links: dict[tuple[str, str, str], list[Evidence]]
) -> None:
    """The paper's node, and its links' evidence added to `links`: for a link from an entity the first
    MAX_EVIDENCE_PER_PAPER sentences the extractor gave, for a link from the paper its earliest one."""
    node = paper_node(paper)
    code: set[str] = set()
    # A link from this paper has evidence from no other, so it goes straight into `links` and keeps
    # the least Evidence (within a paper: the earliest offsets). Evidence of a link between entities
    # is counted per paper in `found` first.
    found: dict[tuple[str, str, str], list[Evidence]] = {}
    text, spans, node_of = paper.text, extraction.sentences, resolution.node_of
    sentences: dict[int, str] = {}  # one string per sentence, shared by all the evidence it gives
    for link_subject, relation, link_object, index, rule, confidence in extraction.links:
        if relation == "hasCode":
            code.add(link_object)
            continue
        subject = node if link_subject == PAPER else node_of[link_subject]
        target = node_of[link_object]
        if subject == target:
            continue
        key = (subject, target, relation)
        kept = links.get(key) if subject == node else found.get(key)
        if kept is not None and subject != node and len(kept) >= MAX_EVIDENCE_PER_PAPER:
            continue
        start, end = spans[index]
        sentence = sentences.get(index)
        if sentence is None:
            sentence = sentences[index] = text[start:end]
        evidence = _new_evidence((node, start, end, sentence, rule, confidence))
        if kept is None:
            (links if subject == node else found)[key] = [evidence]
        elif subject == node:
            kept[0] = min(kept[0], evidence)
        elif evidence not in kept:
            kept.append(evidence)
    for key, more in found.items():
        kept = links.get(key)
        if kept is None:
            links[key] = more
        else:
            kept.extend(more)
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
        code=sorted(code),
    )


def counts_by_type(graph: nx.MultiDiGraph) -> tuple[dict[str, int], dict[str, int]]:
    """Nodes per type and edges per relation, sorted by name."""
    nodes: dict[str, int] = {}
    for _, data in graph.nodes(data=True):
        nodes[data["type"]] = nodes.get(data["type"], 0) + 1
    edges: dict[str, int] = {}
    for _, _, relation in graph.edges(keys=True):
        edges[relation] = edges.get(relation, 0) + 1
    return dict(sorted(nodes.items())), dict(sorted(edges.items()))
