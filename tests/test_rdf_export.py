"""Exports parse back with the same content, are byte-identical across runs, and graph.ttl loads back."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.load import LoadError, load_graph
from kg.pipeline import build
from kg.rdf import _safe_iri

ROOT = Path(__file__).resolve().parents[1]
ALL = "ttl,nt,jsonld,graphml,json"
FILES = ["graph.ttl", "graph.nt", "graph.jsonld", "graph.graphml", "graph.json", "graph.html"]


def run_kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return build()


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    result = run_kg("build", "--out", str(folder), "--format", ALL, "-q")
    assert result.returncode == 0, result.stderr
    return folder


def rdf_triples(path: Path, fmt: str) -> set:
    return set(Graph().parse(path, format=fmt))


def test_build_writes_every_chosen_format(out):
    for name in FILES:
        assert (out / name).stat().st_size > 0, name


def test_ntriples_and_jsonld_hold_the_same_triples_as_turtle(out):
    turtle = rdf_triples(out / "graph.ttl", "turtle")
    assert len(turtle) > 1000
    assert rdf_triples(out / "graph.nt", "nt") == turtle
    assert rdf_triples(out / "graph.jsonld", "json-ld") == turtle
    # a second, independent parser agrees on the counts
    assert len(list(ox.parse(path=str(out / "graph.jsonld"), format=ox.RdfFormat.JSON_LD))) == len(turtle)


def test_ntriples_lines_are_sorted_and_unique(out):
    lines = (out / "graph.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(set(lines))


def test_jsonld_uses_the_shipped_context(out):
    data = json.loads((out / "graph.jsonld").read_text(encoding="utf-8"))
    shipped = json.loads((ROOT / "ontology" / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    assert data["@context"] == shipped
    model = next(node for node in data["@graph"] if node["@id"] == "res:model/sam-med3d")
    assert model["@type"] == "Model" and model["label"] == "SAM-Med3D"


def test_graphml_and_node_link_have_the_same_nodes_and_edges(out, graph):
    for loaded in (
        nx.read_graphml(out / "graph.graphml"),
        nx.node_link_graph(json.loads((out / "graph.json").read_text(encoding="utf-8")), edges="links"),
    ):
        assert loaded.is_directed() and loaded.is_multigraph()
        assert set(loaded.nodes) == set(graph.nodes)
        assert set(loaded.edges(keys=True)) == set(graph.edges(keys=True))


def test_graphml_flattens_lists_to_json_and_keeps_labels(out, graph):
    loaded = nx.read_graphml(out / "graph.graphml")
    for node, data in graph.nodes(data=True):
        assert loaded.nodes[node]["label"] == data["label"]
        assert json.loads(loaded.nodes[node]["aliases"]) == list(data["aliases"])
    u, v, key, data = next(iter(graph.edges(keys=True, data=True)))
    evidence = json.loads(loaded.edges[u, v, key]["evidence"])
    assert [e["sentence"] for e in evidence] == [e.sentence for e in data["evidence"]]


def test_node_link_evidence_is_a_list_of_dicts(out, graph):
    data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    link = data["links"][0]
    original = graph.edges[link["source"], link["target"], link["key"]]
    assert link["evidence"] == [
        {"paper": e.paper, "start": e.start, "end": e.end, "sentence": e.sentence, "rule": e.rule, "confidence": e.confidence}
        for e in original["evidence"]
    ]


def test_two_builds_are_byte_identical(out, tmp_path):
    result = run_kg("build", "--out", str(tmp_path), "--format", ALL, "-q")
    assert result.returncode == 0, result.stderr
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


def test_export_command_converts_a_built_graph(out, tmp_path):
    for fmt in ("nt", "jsonld", "graphml", "json", "ttl"):
        target = tmp_path / f"x.{fmt}"
        result = run_kg("export", str(out / "graph.ttl"), "--format", fmt, "--out", str(target))
        assert result.returncode == 0, result.stderr
        if fmt in ("nt", "jsonld", "ttl"):  # RDF round trips exactly
            assert target.read_bytes() == (out / f"graph.{fmt}").read_bytes()
    assert len(nx.read_graphml(tmp_path / "x.graphml")) == len(nx.read_graphml(out / "graph.graphml"))


def test_export_of_a_missing_graph_is_a_one_line_error(tmp_path):
    result = run_kg("export", str(tmp_path / "none.ttl"), "--format", "nt")
    assert result.returncode == 3
    assert "none.ttl" in result.stderr and "Traceback" not in result.stderr


def test_unknown_build_format_is_a_usage_error(tmp_path):
    result = run_kg("build", "--out", str(tmp_path), "--format", "ttl,rdfxml")
    assert result.returncode == 2 and "rdfxml" in result.stderr


def expected_node(data: dict) -> dict:
    """A built node as it must come back: the documented differences applied."""
    data = dict(data)
    if data["type"] == "Paper":
        data["authors"] = sorted(data["authors"])
        data["sources"] = sorted(data["sources"])
        data["code"] = sorted(_safe_iri(url) for url in data["code"])
    return data


@pytest.mark.parametrize("name", ["graph.ttl", "graph.nt", "graph.jsonld"])
def test_round_trip_gives_the_same_networkx_graph(out, graph, name):
    loaded = load_graph(out / name)
    assert dict(loaded.nodes(data=True)) == {n: expected_node(d) for n, d in graph.nodes(data=True)}
    assert {(u, v, k): d for u, v, k, d in loaded.edges(keys=True, data=True)} == {
        (u, v, k): d for u, v, k, d in graph.edges(keys=True, data=True)
    }
    assert loaded.graph == {"base_iri": "https://w3id.org/kg-medimg/resource/"}


def test_round_trip_of_paper_metadata(tmp_path):
    source = tmp_path / "papers.jsonl"
    record = {
        "id": "p1",
        "title": "A Knee MRI Dataset",
        "abstract": "We introduce KneeSet, a dataset of knee MRI. We train UNet on KneeSet.",
        "url": "https://example.org/p1",
        "date": "2024-05-01",
        "authors": ["Zed Z", "Amy A"],
    }
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    built = build([source])
    from kg.outputs import write_outputs

    write_outputs(built, tmp_path / "out")
    loaded = load_graph(tmp_path / "out" / "graph.ttl")
    (paper,) = [n for n, d in loaded.nodes(data=True) if d["type"] == "Paper"]
    assert loaded.nodes[paper] == expected_node(built.nodes[paper])
    assert loaded.nodes[paper]["date"] == "2024-05-01" and loaded.nodes[paper]["authors"] == ["Amy A", "Zed Z"]


def test_loading_a_broken_file_names_it(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(LoadError, match="bad.ttl"):
        load_graph(bad)
