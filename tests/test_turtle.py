"""graph.ttl is written from strings (kg.rdf.write_graph_turtle): the same bytes as the rdflib-term path."""

from __future__ import annotations

import io

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import given, settings, strategies as st
from rdflib import Literal, URIRef

from kg.graph import Evidence
from kg.namespaces import DEFAULT_BASE_IRI
from kg.rdf import SubjectRange, evidence_iri_text, node_iri_text, triples, turtle_parts, write_graph_turtle, write_turtle

# Text that stresses Turtle escaping: quotes (and runs of three), backslashes, line breaks,
# control characters, non-ASCII, combining marks, emoji, and any other Unicode a file can hold.
PIECES = st.sampled_from(
    ['"', '""', '"""', "\\", '\\"', "\n", "\r", "\r\n", "\t", "\x00", "\x07", "\x1f", "\x7f", "\u2028", "\u0301",
     "\U0001f9e0", "\u00e9", "\u4e2d", "'", "<", ">", "&", "{", "}", "%", "#", "/", " ", "x", "A-1"]
)
TEXT = st.lists(st.one_of(PIECES, st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)), max_size=8).map("".join)
SHORT = st.lists(PIECES, max_size=3).map("".join)  # up to 40 characters: the cached branch of the writer


def _both(graph: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE_IRI) -> tuple[str, str]:
    fast, slow = io.StringIO(), io.StringIO()
    write_graph_turtle(graph, fast, base_iri)
    write_turtle(triples(graph, base_iri), slow, base_iri)
    return fast.getvalue(), slow.getvalue()


def _graph(texts: list[str], short: str, confidence: float, date: str) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    paper = f"paper/{texts[0]}"
    graph.add_node(
        paper, type="Paper", label=texts[1], aliases=[], abstract=texts[2], url=f"https://example.org/{texts[3]}",
        date=date, authors=[texts[4], short], sources=[texts[5]], code=[f"https://github.com/{texts[6]}"],
    )
    graph.add_node("model/m", type="Model", label=short, aliases=[texts[7], short + "x"], codes=["https://example.org/c"],
                   notation=texts[8] or None)
    graph.add_node(f"dataset/{short}", type="Dataset", label=texts[9], aliases=[], codes=[], notation=None)
    first = Evidence(paper, 0, 5, texts[10], short or "rule", confidence)
    second = Evidence(paper, 7, 9, texts[11], texts[12], 0.5)
    graph.add_edge(paper, "model/m", key="introduces", relation="introduces", evidence=[first], confidence=confidence)
    graph.add_edge("model/m", f"dataset/{short}", key="trainedOn", relation="trainedOn",
                   evidence=sorted([first, second]), confidence=max(confidence, 0.5))
    return graph


@settings(max_examples=100, deadline=None)
@given(
    texts=st.lists(TEXT, min_size=13, max_size=13),
    short=SHORT,
    confidence=st.floats(min_value=0, max_value=1),
    date=st.one_of(st.just("2024-02-29"), st.just("2023-02-30"), st.just(""), TEXT),
)
def test_fast_writer_matches_rdflib_terms_for_any_text(texts, short, confidence, date):
    fast, slow = _both(_graph(texts, short, confidence, date))
    assert fast == slow


@settings(max_examples=100, deadline=None)
@given(
    texts=st.lists(TEXT, min_size=13, max_size=13),
    short=SHORT,
    confidence=st.floats(min_value=0, max_value=1),
    url_parts=st.lists(st.text("abcXYZ019-._~/", max_size=12), min_size=2, max_size=2),
)
def test_turtle_reads_back_as_the_same_triples_in_rdflib_and_oxigraph(texts, short, confidence, url_parts):
    """Prefixed names (model:3d-net, paper:arxiv-2401.00001) and bare numbers (kg:charEnd 97,
    kg:confidence 0.85) are what both parsers read as the triples written. URLs come from a plain
    alphabet here: Oxigraph refuses some URLs from text that rdflib takes, whatever the writer."""
    texts[3], texts[6] = url_parts
    graph = _graph(texts, short, confidence, "2024-02-29")
    paper = next(iter(graph))
    for node in ("model/3d-u.net", "model/_x", "dataset/a.", "paper/arxiv-2401.00001"):
        graph.add_node(node, type="Model", label=node, aliases=[], codes=[], notation=None)
        graph.add_edge(paper, node, key="mentions", relation="mentions", confidence=0.5,
                       evidence=[Evidence(paper, 12, 30, texts[10], "r", confidence)])
    fast, _ = _both(graph)
    assert "model:3d-u.net" in fast and "<https://w3id.org/kg-medimg/resource/dataset/a.>" in fast
    expected = set(triples(graph))
    assert set(rdflib.Graph().parse(data=fast, format="turtle")) == expected
    assert {(q.subject, q.predicate, q.object) for q in ox.parse(fast.encode(), format=ox.RdfFormat.TURTLE)} == {
        (_ox(s), _ox(p), _ox(o)) for s, p, o in expected
    }


def _ox(term: URIRef | Literal) -> ox.NamedNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if term.datatype is None:
        return ox.Literal(str(term))
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))


def test_fast_writer_matches_under_another_base_iri():
    graph = _graph(["p", "Title", "Abstract\nwith a line", "u", "A. Author", "f.txt", "c", "alias", "N1", "D", "s1", "s2", "r"],
                   "M", 0.9, "2024-01-05")
    for base in ("https://example.org/kg/", "http://example.org/x#", "https://w3id.org/kg-medimg/"):
        fast, slow = _both(graph, base)
        assert fast == slow
        assert f"@prefix res: <{base}> ." in fast


def test_evidence_nodes_sharing_an_iri_merge_as_in_the_rdflib_path():
    """Two evidences that differ only in sentence text hash to one IRI, and a node may even be named like one:
    the writer then merges their triples into one block, as grouping the triples does."""
    graph = nx.MultiDiGraph()
    for node, kind in (("paper/p", "Paper"), ("model/m", "Model")):
        graph.add_node(node, type=kind, label=node, aliases=[], abstract="a", codes=[], notation=None)
    one, other = Evidence("paper/p", 0, 4, "one", "rule", 0.9), Evidence("paper/p", 0, 4, "two", "rule", 0.9)
    graph.add_edge("paper/p", "model/m", key="mentions", relation="mentions", evidence=[one, other], confidence=0.9)
    s, p, o = node_iri_text("paper/p"), "https://w3id.org/kg-medimg/ontology#mentions", node_iri_text("model/m")
    shared = evidence_iri_text(s, p, o, one, DEFAULT_BASE_IRI)
    assert shared == evidence_iri_text(s, p, o, other, DEFAULT_BASE_IRI)
    fast, slow = _both(graph)
    assert fast == slow
    assert fast.count(f"evidence:{shared.rsplit('/', 1)[1]}\n") == 1
    assert '"one"' in fast and '"two"' in fast

    graph.add_node(shared[len(DEFAULT_BASE_IRI):], type="Model", label="named like evidence", aliases=[], codes=[], notation=None)
    graph.add_node("evidence/x", type="Model", label="x", aliases=[], codes=[], notation=None)
    graph.add_edge("evidence/x", "model/m", key="basedOn", relation="basedOn", evidence=[one], confidence=0.9)
    fast, slow = _both(graph)
    assert fast == slow


def test_a_multiline_text_ending_in_backslash_quote_reads_back():
    """rdflib's own n3() leaves that final quote unescaped, ending the string early: kg escapes it."""
    texts = ['a\n\\"', 'b\n\\\\"', 'c\n"""', 'd\n""\\"', "e\n\\"]
    graph = nx.MultiDiGraph()
    for i, text in enumerate(texts):
        graph.add_node(f"model/m{i}", type="Model", label=text, aliases=[], codes=[], notation=None)
    fast, slow = _both(graph)
    assert fast == slow
    labels = {str(o) for o in rdflib.Graph().parse(data=fast, format="turtle").objects(None, rdflib.RDFS.label)}
    assert labels == set(texts)
    read = {q.object.value for q in ox.parse(fast.encode(), format=ox.RdfFormat.TURTLE) if q.predicate.value == str(rdflib.RDFS.label)}
    assert read == set(texts)


def _parts(graph: nx.MultiDiGraph, ranges: list[SubjectRange]) -> str:
    written = []
    for subjects in ranges:
        out = io.StringIO()
        write_graph_turtle(graph, out, DEFAULT_BASE_IRI, subjects)
        written.append(out.getvalue())
    return "".join(written)


def _many_links(papers: int) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for kind, node in (("Model", "model/m"), ("Dataset", "dataset/d"), ("Task", "task/t"), ("AnatomicalStructure", "anatomy/a")):
        graph.add_node(node, type=kind, label=node, aliases=[], codes=[], notation=None)
    for i in range(papers):
        paper = f"paper/p{i}"
        graph.add_node(paper, type="Paper", label=f"Title {i}", aliases=[], abstract=f"Abstract {i}. " * 80)
        for target in ("model/m", "dataset/d", "task/t", "anatomy/a"):
            evidence = [Evidence(paper, 100 * n, 100 * n + 99, f"Sentence {n} of {i}. " * 6, "r", 0.5) for n in range(4)]
            graph.add_edge(paper, target, key="mentions", relation="mentions", confidence=0.5, evidence=evidence)
    return graph


@settings(max_examples=30, deadline=None)
@given(shares=st.lists(st.floats(min_value=0.01, max_value=1.0), min_size=1, max_size=6), papers=st.integers(min_value=0, max_value=40))
def test_parts_put_end_to_end_are_the_whole_file(shares, papers):
    """What the forked writers of a big build write, one part each, joined in order."""
    graph = _many_links(papers)
    ranges = turtle_parts(graph, shares)
    assert len(ranges) == len(shares)
    assert ranges[0].low == "" and ranges[-1].high is None
    assert all(a.high == b.low for a, b in zip(ranges, ranges[1:]))
    whole = io.StringIO()
    write_graph_turtle(graph, whole)
    assert _parts(graph, ranges) == whole.getvalue()


def test_parts_share_the_work_and_cut_anywhere():
    graph = _many_links(200)
    whole = io.StringIO()
    write_graph_turtle(graph, whole)
    sizes = [len(_parts(graph, [part])) for part in turtle_parts(graph, [1, 1])]
    assert min(sizes) > 0.25 * sum(sizes)
    small, large = (len(_parts(graph, [part])) for part in turtle_parts(graph, [0.3, 0.7]))
    assert 0.15 < small / (small + large) < 0.45
    # cuts on a node IRI and between evidence IRIs: every block goes whole to one part
    cuts = [node_iri_text("model/m"), f"{DEFAULT_BASE_IRI}evidence/8", f"{DEFAULT_BASE_IRI}evidence/80000000000000000000"]
    bounds = ["", *sorted(cuts), None]
    assert _parts(graph, [SubjectRange(low, high) for low, high in zip(bounds, bounds[1:])]) == whole.getvalue()
    nothing = turtle_parts(nx.MultiDiGraph(), [1, 1, 1])  # a graph without nodes: all in the first part
    assert _parts(nx.MultiDiGraph(), nothing[:1]) == _parts(nx.MultiDiGraph(), [SubjectRange()])
    assert [_parts(nx.MultiDiGraph(), [part]) for part in nothing[1:]] == ["", ""]
    for shares in ([], [1, 0], [1, -1]):  # cuts out of order would write some subjects twice
        with pytest.raises(ValueError, match="positive shares"):
            turtle_parts(graph, shares)
