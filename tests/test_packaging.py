"""What `pip install .` ships: the package must work without the source checkout."""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import kg.extract

ROOT = Path(__file__).resolve().parent.parent
COMPILED = ("text", "gazetteer", "phrases", "names", "acronyms", "evidence", "opennames", "discourse", "relate", "extract", "rdf")  # setup.py's mypyc modules

# Prints where the compiled modules load from, then digests of every extraction of the bundled
# corpus and of its graph's Turtle, run wherever `kg` imports from.
_DIGESTS = """
import hashlib, io
import kg.extract, kg.rdf
from kg.corpus import read_corpus
from kg.extract import extract
from kg.pipeline import BuildOptions, build
from kg.vocabulary import load_vocabulary
vocabulary = load_vocabulary()
digest = hashlib.sha256()
for paper in read_corpus(None).papers:
    digest.update(repr(extract(paper, vocabulary).compact()).encode())
turtle = io.StringIO()
kg.rdf.write_graph_turtle(build(None, BuildOptions(workers=1)), turtle)
print(kg.extract.__file__, kg.rdf.__file__, digest.hexdigest(), hashlib.sha256(turtle.getvalue().encode()).hexdigest())
"""


def test_wheel_ships_corpus_ontology_vocabularies_queries_and_page_assets(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("kg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "kg/data/papers.txt",
        "kg/ontology/kg.ttl",
        "kg/ontology/shapes.ttl",
        "kg/ontology/generic.ttl",
        "kg/ontology/context.jsonld",
        "kg/templates/page.html.j2",
        "kg/py.typed",
    }
    assert expected <= names
    vocabularies = {n for n in names if n.startswith("kg/ontology/vocab/") and n.endswith(".ttl")}
    assert {Path(n).name for n in vocabularies} == {p.name for p in (ROOT / "ontology" / "vocab").glob("*.ttl")}
    queries = {n for n in names if n.startswith("kg/ontology/queries/")}
    assert len(queries) == len(list((ROOT / "ontology" / "queries").glob("*.rq")))
    assert not any(n.startswith(("tests/", "benchmarks/")) for n in names)
    for module in COMPILED:  # compiled, with the source the extraction cache fingerprints
        assert f"kg/{module}.py" in names
        assert any(n.startswith(f"kg/{module}.") and n.endswith((".so", ".pyd")) for n in names), module


def test_library_annotations_hold_for_callers_that_type_check(tmp_path):
    """kg ships py.typed, so a caller's mypy trusts these annotations: they must be right."""
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path), "--package", "kg"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.skipif(bool(os.environ.get("KG_PURE_PYTHON")), reason="installed uncompiled on purpose")
def test_installed_modules_are_compiled_and_work_exactly_as_their_python_source(tmp_path):
    installed = _digests(tmp_path, {"PYTHONPATH": str(Path(kg.extract.__file__).parent.parent)})  # the kg under test
    assert all(Path(module).suffix in (".so", ".pyd") for module in installed[:2]), "kg was installed without its compiled modules"
    source = tmp_path / "source"
    shutil.copytree(ROOT / "kg", source / "kg", ignore=shutil.ignore_patterns("*.so", "*.pyd", "__pycache__"))
    shutil.copytree(ROOT / "ontology", source / "ontology")
    assert _digests(source, {"PYTHONPATH": str(source)}) == [str(source / "kg" / "extract.py"), str(source / "kg" / "rdf.py"), *installed[2:]]


def _digests(cwd: Path, env: dict[str, str]) -> list[str]:
    run = subprocess.run([sys.executable, "-c", _DIGESTS], cwd=cwd, env={**os.environ, **env}, capture_output=True, text=True, check=True)
    return run.stdout.split()
