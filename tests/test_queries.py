"""The example queries of ontology/queries answer their questions.

Each runs on the bundled graph (built once for the module) with assertions
that hold for any reasonable extraction of the corpus, plus a few rows the
paper text makes certain. Queries about modalities, anatomy, tasks and SAM
descendants also run on a small hand-made graph whose answers are known,
since they depend on vocabularies the extractor may or may not match in the
bundled corpus.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from kg.graph import Evidence, counts_by_type
from kg.pipeline import build
from kg.rdf import triples
from kg.vocabulary import ontology_dir

QUERIES = ontology_dir() / "queries"
KG = "https://w3id.org/kg-medimg/ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def store_of(graph: nx.MultiDiGraph) -> ox.Store:
    store = ox.Store()
    for s, p, o in triples(graph):
        obj = ox.NamedNode(str(o)) if not hasattr(o, "datatype") else _literal(o)
        store.add(ox.Quad(ox.NamedNode(str(s)), ox.NamedNode(str(p)), obj))
    return store


def _literal(term) -> ox.Literal:
    if term.datatype is None:
        return ox.Literal(str(term))
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))


@pytest.fixture(scope="module")
def bundled_graph() -> nx.MultiDiGraph:
    return build()


@pytest.fixture(scope="module")
def bundled(bundled_graph) -> ox.Store:
    return store_of(bundled_graph)


def run(store: ox.Store, name: str) -> list[dict[str, ox.NamedNode | ox.Literal]]:
    results = store.query((QUERIES / f"{name}.rq").read_text(encoding="utf-8"))
    variables = [v.value for v in results.variables]
    return [{v: row[v] for v in variables if row[v] is not None} for row in results]


def is_a(store: ox.Store, term, cls: str) -> bool:
    return any(True for _ in store.quads_for_pattern(term, RDF_TYPE, ox.NamedNode(KG + cls)))


def number(term: ox.Literal) -> Decimal:
    return Decimal(term.value)


# --- a small graph whose answers are known ------------------------------------


def ev(paper: str, sentence: str = "A sentence.", confidence: float = 0.9) -> list[Evidence]:
    return [Evidence(paper, 0, len(sentence), sentence, "test", confidence)]


@pytest.fixture(scope="module")
def known() -> ox.Store:
    g = nx.MultiDiGraph()
    g.add_node("modality/ct", type="Modality", label="CT", aliases=["computed tomography"],
               codes=["http://dicom.nema.org/resources/ontology/DCM/CT"], notation="CT")
    g.add_node("anatomy/knee", type="AnatomicalStructure", label="knee", aliases=[], codes=[], notation=None)
    g.add_node("task/segmentation", type="Task", label="segmentation", aliases=[], codes=[], notation=None)
    for node, label in (("model/sam", "SAM"), ("model/medsam", "MedSAM"), ("model/medsam-2", "MedSAM-2"), ("model/unet", "U-Net")):
        g.add_node(node, type="Model", label=label, aliases=["Segment Anything"] if label == "SAM" else [], codes=[], notation=None)
    g.add_node("dataset/kneeset", type="Dataset", label="KneeSet", aliases=[], codes=[], notation=None)
    g.add_node("paper/p", type="Paper", label="P", aliases=[], abstract="A.", url=None, date=None, authors=[],
               sources=["f:1"], code=["https://github.com/x/y"])
    for u, v, rel in (
        ("paper/p", "modality/ct", "hasModality"),
        ("paper/p", "anatomy/knee", "targetsAnatomy"),
        ("paper/p", "task/segmentation", "addressesTask"),
        ("paper/p", "dataset/kneeset", "introduces"),
        ("model/medsam", "model/sam", "basedOn"),
        ("model/medsam-2", "model/medsam", "basedOn"),
        ("model/medsam", "dataset/kneeset", "trainedOn"),
    ):
        g.add_edge(u, v, key=rel, relation=rel, evidence=ev("paper/p", confidence=0.6 if rel == "introduces" else 0.9), confidence=0.9)
    return store_of(g)


# --- the queries ------------------------------------------------------------


def test_there_are_at_least_ten_queries_each_stating_its_question():
    files = sorted(QUERIES.glob("*.rq"))
    assert len(files) >= 10
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# Question: ") and first.endswith("?"), path.name


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_every_query_runs_on_both_graphs(bundled, known, path):
    for store in (bundled, known):
        store.query(path.read_text(encoding="utf-8"))


def test_models_datasets(bundled):
    rows = run(bundled, "models-datasets")
    assert rows
    for row in rows:
        assert is_a(bundled, row["model"], "Model") and is_a(bundled, row["dataset"], "Dataset")
        assert row["relation"].value in {"trainedOn", "evaluatedOn", "usesDataset"}
        assert number(row["papers"]) >= 1
    assert "SA-Med3D-140K" in {r["datasetLabel"].value for r in rows if r["modelLabel"].value == "SAM-Med3D"}


def test_datasets_per_modality(bundled, known):
    rows = run(bundled, "datasets-per-modality")
    for row in rows:
        assert is_a(bundled, row["modality"], "Modality") and number(row["datasets"]) >= 1
    by_modality = {row["modalityLabel"].value: row["datasetLabels"].value.split(" | ") for row in rows}
    # MIMIC-CXR is a chest X-ray dataset; the VerSe paper introduces a CT benchmark
    assert "MIMIC-CXR" in by_modality["chest X-ray"] and "VerSe" in by_modality["CT"]
    (row,) = run(known, "datasets-per-modality")
    assert (row["modalityLabel"].value, number(row["datasets"]), row["datasetLabels"].value) == ("CT", 1, "KneeSet")


def test_tasks_per_anatomy(bundled, known):
    rows = run(bundled, "tasks-per-anatomy")
    for row in rows:
        assert is_a(bundled, row["anatomy"], "AnatomicalStructure") and is_a(bundled, row["task"], "Task")
    pairs = {(row["anatomyLabel"].value, row["taskLabel"].value) for row in rows}
    assert ("knee", "image reconstruction") in pairs  # SKM-TEA: accelerated knee MRI reconstruction
    (row,) = run(known, "tasks-per-anatomy")
    assert (row["anatomyLabel"].value, row["taskLabel"].value, number(row["papers"])) == ("knee", "segmentation", 1)


def test_papers_introducing_datasets(bundled):
    rows = run(bundled, "papers-introducing-datasets")
    assert all(is_a(bundled, r["paper"], "Paper") and is_a(bundled, r["dataset"], "Dataset") for r in rows)
    # "we present the Stanford Knee MRI with Multi-Task Evaluation (SKM-TEA) dataset"
    assert any(r["title"].value.startswith("SKM-TEA:") and "SKM-TEA" in r["datasetLabel"].value for r in rows)


def test_most_used_datasets(bundled):
    rows = run(bundled, "most-used-datasets")
    assert 1 <= len(rows) <= 20
    keys = [(number(r["papers"]), number(r["models"])) for r in rows]
    assert keys == sorted(keys, reverse=True)
    assert all(is_a(bundled, r["dataset"], "Dataset") for r in rows)


def test_models_based_on_sam(bundled, known):
    bundled_rows = run(bundled, "models-based-on-sam")
    for row in bundled_rows:
        assert is_a(bundled, row["model"], "Model")
    assert {"SAM-Med3D", "MedSAM"} <= {row["modelLabel"].value for row in bundled_rows}
    rows = run(known, "models-based-on-sam")
    assert [(r["modelLabel"].value, r["baseLabel"].value) for r in rows] == [("MedSAM", "SAM"), ("MedSAM-2", "MedSAM")]


def test_evidence_for_model_dataset(bundled, bundled_graph):
    rows = run(bundled, "evidence-for-model-dataset")
    expected = sum(
        len(d["evidence"])
        for u, v, k, d in bundled_graph.edges(keys=True, data=True)
        if k in ("trainedOn", "evaluatedOn", "usesDataset")
    )
    assert len(rows) == expected > 0
    for row in rows:
        assert row["sentence"].value and row["rule"].value and is_a(bundled, row["paper"], "Paper")
        assert 0 <= int(row["start"].value) < int(row["end"].value)
        assert 0 <= number(row["confidence"]) <= 1


def test_modality_codes(bundled, known):
    bundled_rows = run(bundled, "modality-codes")
    for row in bundled_rows:
        assert is_a(bundled, row["modality"], "Modality")
    codes = {row["label"].value: row["codes"].value for row in bundled_rows}
    assert "http://dicom.nema.org/resources/ontology/DCM/MR" in codes["MRI"]
    (row,) = run(known, "modality-codes")
    assert row["notation"].value == "CT"
    assert row["codes"].value == "http://dicom.nema.org/resources/ontology/DCM/CT"


def test_papers_with_code(bundled):
    rows = run(bundled, "papers-with-code")
    assert all(isinstance(r["code"], ox.NamedNode) for r in rows)
    # "The content and code concerning VerSe can be accessed at: https://github.com/anjany/verse."
    assert any(r["title"].value.startswith("VerSe:") and r["code"].value.startswith("https://github.com/anjany/verse") for r in rows)


def test_entities_most_aliases(bundled, bundled_graph):
    rows = run(bundled, "entities-most-aliases")
    assert rows
    counts = [number(r["aliases"]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    most = max(len(d["aliases"]) for _, d in bundled_graph.nodes(data=True) if d["type"] != "Paper")
    assert counts[0] == most


def test_derived_datasets(bundled):
    for row in run(bundled, "derived-datasets"):
        assert is_a(bundled, row["dataset"], "Dataset") and is_a(bundled, row["source"], "Dataset")


def test_nodes_per_class_matches_the_networkx_graph(bundled, bundled_graph):
    rows = {(r["kind"].value, r["name"].value): int(r["count"].value) for r in run(bundled, "nodes-per-class")}
    nodes, edges = counts_by_type(bundled_graph)
    assert {name: n for (kind, name), n in rows.items() if kind == "class" and name != "Evidence"} == nodes
    assert {name: n for (kind, name), n in rows.items() if kind == "relation"} == edges
    assert rows[("class", "Evidence")] == sum(len(d["evidence"]) for *_, d in bundled_graph.edges(data=True))


def test_weakest_links(bundled, known):
    rows = run(bundled, "weakest-links")
    assert all(number(r["best"]) < Decimal("0.7") for r in rows)
    (row,) = run(known, "weakest-links")
    assert row["relation"].value == "introduces" and number(row["best"]) == Decimal("0.6")


def test_kg_query_json_gives_sparql_term_types(tmp_path, bundled_graph):
    import json
    import subprocess
    import sys

    from kg.outputs import write_outputs
    from kg.query import Table, format_table

    write_outputs(bundled_graph, tmp_path)
    query = 'SELECT ?m ?l (COUNT(*) AS ?n) WHERE { ?m rdfs:label ?l . FILTER(?l = "SAM-Med3D") } GROUP BY ?m ?l'
    result = subprocess.run(
        [sys.executable, "-m", "kg", "query", query, "--data", str(tmp_path / "graph.ttl"), "--format", "json"],
        cwd=Path(__file__).resolve().parents[1], capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    (row,) = json.loads(result.stdout)["results"]["bindings"]
    assert row["m"]["type"] == "uri" and row["l"] == {"type": "literal", "value": "SAM-Med3D"}
    assert row["n"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    # a table built by hand still prints, its cells as plain literals
    assert json.loads(format_table(Table(["x"], [["1"], [None]]), "json"))["results"]["bindings"] == [
        {"x": {"type": "literal", "value": "1"}},
        {},
    ]
