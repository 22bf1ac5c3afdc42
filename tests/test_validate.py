"""`kg validate`: the bundled graph conforms; each kind of defect is reported on its own line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.outputs import write_outputs
from kg.pipeline import build
from kg.validate import ValidationError, validate_file

ROOT = Path(__file__).resolve().parents[1]

HEADER = """\
@prefix kg: <https://w3id.org/kg-medimg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix pa: <https://w3id.org/kg-medimg/resource/paper/> .
@prefix mo: <https://w3id.org/kg-medimg/resource/model/> .
@prefix ds: <https://w3id.org/kg-medimg/resource/dataset/> .
@prefix ev: <https://w3id.org/kg-medimg/resource/evidence/> .
"""

GOOD = """
pa:p a kg:Paper ; rdfs:label "P" ; kg:abstract "A." ; kg:source "f.txt:1" ; kg:mentions mo:m .
mo:m a kg:Model ; rdfs:label "M" ; skos:prefLabel "M" ; kg:trainedOn ds:d .
ds:d a kg:Dataset ; rdfs:label "D" ; skos:prefLabel "D" .
ev:e a kg:Evidence ; rdf:subject mo:m ; rdf:predicate kg:trainedOn ; rdf:object ds:d ;
    kg:inPaper pa:p ; kg:sentence "M is trained on D." ; kg:charStart 3 ; kg:charEnd 21 ;
    kg:rule "cue" ; kg:confidence 0.8 .
"""


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "graph.ttl"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def run_kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_bundled_graph_conforms(tmp_path):
    write_outputs(build(), tmp_path)
    result = run_kg("validate", str(tmp_path / "graph.ttl"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "conforms" in result.stdout


def test_small_good_graph_conforms(tmp_path):
    report = validate_file(write(tmp_path, GOOD))
    assert report.conforms and report.violations == []


@pytest.mark.parametrize(
    ("change", "focus", "path"),
    [
        (("kg:confidence 0.8", "kg:confidence 1.5"), "res:evidence/e", "kg:confidence"),
        (("kg:confidence 0.8", 'kg:confidence "high"'), "res:evidence/e", "kg:confidence"),
        (('kg:sentence "M is trained on D." ;', ""), "res:evidence/e", "kg:sentence"),
        (("kg:charStart 3", "kg:charStart 30"), "res:evidence/e", "kg:charStart"),
        (("kg:charEnd 21", 'kg:charEnd "21"'), "res:evidence/e", "kg:charEnd"),
        (("kg:inPaper pa:p ;", ""), "res:evidence/e", "kg:inPaper"),
        (("kg:rule \"cue\" ;", "kg:rule \"cue\", \"other\" ;"), "res:evidence/e", "kg:rule"),
        (("rdf:object ds:d", "rdf:object ds:d, ds:e"), "res:evidence/e", "rdf:object"),
        (("kg:trainedOn ds:d .", "kg:evaluatedOn ds:d ."), "res:evidence/e", "rdf:predicate"),
        (("mo:m a kg:Model ;", "mo:m a kg:Model, kg:Dataset ;"), "res:model/m", "rdf:type"),
        (('rdfs:label "M" ;', ""), "res:model/m", "rdfs:label"),
        (('skos:prefLabel "M"', 'skos:prefLabel "N"'), "res:model/m", "skos:prefLabel"),
        (("kg:trainedOn ds:d", "kg:trainedOn pa:p"), "res:model/m", "kg:trainedOn"),
        (("kg:mentions mo:m", "kg:mentions mo:m ; kg:mentionz mo:m"), "res:paper/p", "kg:mentionz"),
        (('kg:abstract "A." ;', ""), "res:paper/p", "kg:abstract"),
    ],
)
def test_each_defect_is_reported_at_its_node_and_path(tmp_path, change, focus, path):
    old, new = change
    assert old in GOOD
    report = validate_file(write(tmp_path, GOOD.replace(old, new, 1)))
    assert not report.conforms
    assert (focus, path) in {(v.focus, v.path) for v in report.violations}, report.violations


def test_cli_prints_one_line_per_violation_and_exits_6(tmp_path):
    broken = GOOD.replace("kg:confidence 0.8", "kg:confidence 1.5").replace('kg:source "f.txt:1" ;', "")
    result = run_kg("validate", str(write(tmp_path, broken)))
    assert result.returncode == 6
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"{tmp_path / 'graph.ttl'}: res:") for line in lines)
    assert any("kg:confidence" in line and "[0, 1]" in line for line in lines)
    assert "2 SHACL violation(s)" in result.stderr and "Traceback" not in result.stderr


def test_unreadable_graph_is_an_input_error(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(ValidationError, match="graph.ttl"):
        validate_file(path)
    result = run_kg("validate", str(tmp_path / "missing.ttl"))
    assert result.returncode == 3 and "missing.ttl" in result.stderr
