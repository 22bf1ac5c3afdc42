"""The ontology declares what the export writes; --base-iri works end to end; evidence is traceable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.namespaces import KG, ONTOLOGY_IRI
from kg.outputs import write_outputs
from kg.pipeline import build
from kg.vocabulary import ontology_dir

ROOT = Path(__file__).resolve().parents[1]
DECLARATION_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_dir() / "kg.ttl", format="turtle")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("rdf")
    write_outputs(build(), folder)
    return folder / "graph.ttl"


def kg_declared(ontology: Graph) -> set[str]:
    return {
        str(s)[len(str(KG)):]
        for t in DECLARATION_TYPES
        for s in ontology.subjects(RDF.type, t)
        if str(s).startswith(str(KG))
    }


def test_ontology_has_iri_version_and_prior_version(ontology):
    iri = URIRef(ONTOLOGY_IRI)
    assert (iri, RDF.type, OWL.Ontology) in ontology
    version = ontology.value(iri, OWL.versionInfo)
    assert version is not None and str(version).count(".") == 2
    assert str(ontology.value(iri, OWL.versionIRI)).endswith(str(version))


def test_closed_namespace_equals_the_ontology_terms(ontology):
    names = {name for name in dir(KG) if not name.startswith("_") and isinstance(getattr(KG, name), URIRef)}
    assert names == kg_declared(ontology)


def test_every_kg_term_in_the_data_is_declared(ontology, built):
    declared = kg_declared(ontology)
    used = set()
    for quad in ox.parse(path=str(built), format=ox.RdfFormat.TURTLE):
        for term in (quad.predicate, quad.object):
            if isinstance(term, ox.NamedNode) and term.value.startswith(str(KG)):
                used.add(term.value[len(str(KG)):])
    assert used, "the bundled graph uses no kg terms"
    assert used <= declared, f"used but not declared: {sorted(used - declared)}"


def test_object_and_datatype_properties_have_domain_range_label_comment(ontology):
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in ontology.subjects(RDF.type, kind):
            for needed in (RDFS.domain, RDFS.range, RDFS.label, RDFS.comment):
                assert ontology.value(prop, needed) is not None, f"{prop} lacks {needed}"


def test_classes_are_aligned_with_schema_org_dcat_skos_and_prov(ontology):
    def supers(name):
        return {str(o) for o in ontology.objects(KG[name], RDFS.subClassOf)}

    assert "https://schema.org/ScholarlyArticle" in supers("Paper")
    assert "https://schema.org/SoftwareApplication" in supers("Model")
    assert {"https://schema.org/Dataset", "http://www.w3.org/ns/dcat#Dataset"} <= supers("Dataset")
    assert "http://www.w3.org/2004/02/skos/core#Concept" in supers("Modality")
    assert "http://www.w3.org/ns/prov#Entity" in supers("Evidence")
    fair4ml = {str(o) for o in ontology.objects(KG.trainedOn, OWL.equivalentProperty)}
    assert fair4ml == {"https://w3id.org/fair4ml#trainedOn"}


def test_extractor_annotations_are_still_there(ontology):
    assert "dataset" in {str(o) for o in ontology.objects(KG.Dataset, KG.headNoun)}
    assert "train" in {str(o) for o in ontology.objects(KG.trainedOn, KG.cue)}
    assert ontology.value(URIRef("https://w3id.org/kg-medimg/vocab/modality"), KG.schemeFor) == KG.Modality


def test_model_dataset_evidence_gives_paper_sentence_offsets_rule_confidence(built):
    store = ox.Store()
    store.bulk_load(path=str(built), format=ox.RdfFormat.TURTLE)
    rows = list(
        store.query(
            """
            PREFIX kg: <https://w3id.org/kg-medimg/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?model ?dataset ?title ?abstract ?sentence ?start ?end ?rule ?confidence WHERE {
              VALUES ?p { kg:trainedOn kg:evaluatedOn }
              ?model a kg:Model ; ?p ?dataset .
              ?ev rdf:subject ?model ; rdf:predicate ?p ; rdf:object ?dataset ;
                  kg:inPaper ?paper ; kg:sentence ?sentence ; kg:charStart ?start ; kg:charEnd ?end ;
                  kg:rule ?rule ; kg:confidence ?confidence .
              ?paper a kg:Paper ; rdfs:label ?title ; kg:abstract ?abstract .
            }"""
        )
    )
    assert len(rows) >= 5
    for row in rows:
        text = f"{row['title'].value}\n\n{row['abstract'].value}"
        start, end = int(row["start"].value), int(row["end"].value)
        assert text[start:end] == row["sentence"].value  # offsets point at the sentence in the paper
        assert row["rule"].value
        assert row["confidence"].datatype.value.endswith("#decimal")
        assert 0 <= float(row["confidence"].value) <= 1


def run_kg(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def test_base_iri_end_to_end(tmp_path):
    base = "https://example.org/medimg/kg#"
    result = run_kg("build", "--out", str(tmp_path), "--base-iri", base, "--format", "nt", "-q")
    assert result.returncode == 0, result.stderr
    subjects = {q.subject.value for q in ox.parse(path=str(tmp_path / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)}
    assert subjects and all(s.startswith(base) for s in subjects)
    assert f"{base}model/sam-med3d" in subjects
    from kg.load import load_graph

    graph = load_graph(tmp_path / "graph.ttl")
    assert graph.graph["base_iri"] == base
    assert set(graph.nodes) == set(build().nodes)
    validated = run_kg("validate", str(tmp_path / "graph.ttl"))
    assert validated.returncode == 0, validated.stdout + validated.stderr


@pytest.mark.parametrize("bad", ["not-an-iri", "https://example.org/no-separator", "https://example.org/a b/"])
def test_bad_base_iri_is_a_usage_error(tmp_path, bad):
    result = run_kg("build", "--out", str(tmp_path), "--base-iri", bad)
    assert result.returncode == 2
    assert "base IRI" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "graph.ttl").exists()
