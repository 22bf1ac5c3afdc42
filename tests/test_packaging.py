"""What `pip install .` ships: the package must work without the source checkout."""

import hashlib
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import kg.extract
from kg.corpus import read_corpus
from kg.extract import extract

ROOT = Path(__file__).resolve().parent.parent
COMPILED = ("text", "gazetteer", "phrases", "names", "extract")  # setup.py's mypyc modules

# Prints a digest of every extraction of the bundled corpus, run wherever `kg` imports from.
_DIGEST = """
import hashlib
import kg.extract
from kg.corpus import read_corpus
from kg.extract import extract
from kg.vocabulary import load_vocabulary
vocabulary = load_vocabulary()
digest = hashlib.sha256()
for paper in read_corpus(None).papers:
    digest.update(repr(extract(paper, vocabulary).compact()).encode())
print(kg.extract.__file__, digest.hexdigest())
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


@pytest.mark.skipif(bool(os.environ.get("KG_PURE_PYTHON")), reason="installed uncompiled on purpose")
def test_installed_extractor_is_compiled_and_extracts_exactly_as_its_python_source(tmp_path, vocabulary):
    assert Path(kg.extract.__file__).suffix in (".so", ".pyd"), "kg was installed without its compiled extractor"
    digest = hashlib.sha256()
    for paper in read_corpus(None).papers:
        digest.update(repr(extract(paper, vocabulary).compact()).encode())
    source = tmp_path / "kg"
    shutil.copytree(ROOT / "kg", source, ignore=shutil.ignore_patterns("*.so", "*.pyd", "__pycache__"))
    shutil.copytree(ROOT / "ontology", tmp_path / "ontology")
    run = subprocess.run(
        [sys.executable, "-c", _DIGEST], cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(tmp_path)}, capture_output=True, text=True, check=True
    )
    assert run.stdout.split() == [str(source / "extract.py"), digest.hexdigest()]
