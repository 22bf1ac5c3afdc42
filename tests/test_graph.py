"""The assembled graph: a well-formed networkx graph, and how much evidence a link keeps (one sentence per
paper for a paper's own links, a few for links between entities)."""

from __future__ import annotations

import networkx as nx
from hypothesis import given, settings, strategies as st

from kg.corpus import Paper
from kg.evidence import PAPER, Link
from kg.extract import Extracted, Extraction
from kg.graph import MAX_EVIDENCE_PER_PAPER, assemble
from kg.pipeline import build
from kg.resolve import Entity, Resolution
from kg.text import Span

SENTENCES = [
    "SegNet-X is trained on BraTS.",
    "We train SegNet-X on BraTS again.",
    "SegNet-X, trained on BraTS, segments tumours.",
    "BraTS trains SegNet-X once more.",
    "A last sentence names SegNet-X and BraTS.",
]


def _extraction(paper_id: str, links: list[Link]) -> tuple[Paper, Extracted]:
    paper, extraction = _full_extraction(paper_id, links)
    return paper, extraction.compact()


def _full_extraction(paper_id: str, links: list[Link]) -> tuple[Paper, Extraction]:
    title = "A paper"
    abstract = " ".join(SENTENCES)
    paper = Paper(paper_id, title, abstract)
    spans, start = [], len(title) + 2
    for sentence in SENTENCES:
        spans.append(Span(start, start + len(sentence)))
        start += len(sentence) + 1
    return paper, Extraction(paper, tuple(spans), (), tuple(links), ())


RESOLUTION = Resolution(
    entities={
        "model/segnet-x": Entity("model/segnet-x", "Model", "SegNet-X", (), None, ()),
        "dataset/brats": Entity("dataset/brats", "Dataset", "BraTS", (), None, ()),
    },
    node_of={"Model/name:segnetx": "model/segnet-x", "Dataset/name:brats": "dataset/brats"},
)
MODEL, DATASET = "Model/name:segnetx", "Dataset/name:brats"


def test_a_papers_own_link_keeps_its_earliest_sentence_per_paper():
    # the extractor reports the later sentence first; the earliest one is kept, with its own confidence
    links = [Link(PAPER, "mentions", DATASET, 3, "late", 0.9), Link(PAPER, "mentions", DATASET, 1, "early", 0.6),
             Link(PAPER, "mentions", DATASET, 2, "middle", 0.8)]
    graph = assemble([_extraction("b", links), _extraction("a", links)], RESOLUTION)
    data = graph.edges["paper/a", "dataset/brats", "mentions"]
    assert [(e.paper, e.sentence, e.rule) for e in data["evidence"]] == [("paper/a", SENTENCES[1], "early")]
    assert data["confidence"] == 0.6
    assert [e.sentence for e in graph.edges["paper/b", "dataset/brats", "mentions"]["evidence"]] == [SENTENCES[1]]


def test_a_link_between_entities_keeps_up_to_three_sentences_from_each_paper():
    links = [Link(MODEL, "trainedOn", DATASET, index, "cue", 0.5 + index / 10) for index in (4, 0, 1, 2, 3)]
    graph = assemble([_extraction("a", links), _extraction("b", links[:2])], RESOLUTION)
    data = graph.edges["model/segnet-x", "dataset/brats", "trainedOn"]
    by_paper = {paper: [e.sentence for e in data["evidence"] if e.paper == paper] for paper in ("paper/a", "paper/b")}
    # the first three the extractor gave, listed in text order
    assert by_paper["paper/a"] == [SENTENCES[0], SENTENCES[1], SENTENCES[4]]
    assert len(by_paper["paper/a"]) == MAX_EVIDENCE_PER_PAPER
    assert by_paper["paper/b"] == [SENTENCES[0], SENTENCES[4]]
    assert data["confidence"] == max(e.confidence for e in data["evidence"]) == 0.9
    assert data["evidence"] == sorted(data["evidence"])


_LINKS = st.lists(
    st.builds(
        Link,
        st.sampled_from([PAPER, MODEL]),
        st.sampled_from(["mentions", "trainedOn"]),
        st.just(DATASET),
        st.integers(0, len(SENTENCES) - 1),
        st.sampled_from(["a", "b"]),
        st.sampled_from([0.5, 0.9]),
    ),
    max_size=12,
)


@settings(max_examples=200, deadline=None)
@given(first=_LINKS, second=_LINKS)
def test_what_workers_send_back_drops_only_evidence_the_graph_would_drop(first, second):
    """Extraction.compact() leaves out rows assemble would not keep; every row makes the same graph."""
    compact = [_extraction("a", first), _extraction("b", second)]
    every_row = [(paper, extraction.compact()._replace(links=tuple(tuple(link) for link in extraction.links)))
                 for paper, extraction in (_full_extraction("a", first), _full_extraction("b", second))]
    assert sum(len(e.links) for _, e in compact) <= sum(len(e.links) for _, e in every_row)
    edges = [sorted(assemble(extractions, RESOLUTION).edges(keys=True, data=True)) for extractions in (compact, every_row)]
    assert edges[0] == edges[1]


def test_the_graph_is_the_one_networkx_builds_edge_by_edge():
    """assemble fills networkx's adjacency dicts directly: successors, predecessors and the key dicts
    they share must be exactly what add_node and add_edge would have made."""
    bundled_graph = build()
    rebuilt = nx.MultiDiGraph(**bundled_graph.graph)
    rebuilt.add_nodes_from(bundled_graph.nodes(data=True))
    for u, v, key, data in bundled_graph.edges(keys=True, data=True):
        rebuilt.add_edge(u, v, key=key, **data)
    assert nx.utils.graphs_equal(bundled_graph, rebuilt)
    assert bundled_graph.pred == rebuilt.pred
    # networkx's views wrap the dicts: the shared key dicts are compared in the dicts themselves
    assert all(bundled_graph._pred[v][u] is keys for u, targets in bundled_graph._succ.items() for v, keys in targets.items())
    assert sorted(bundled_graph.in_degree()) == sorted(rebuilt.in_degree())
