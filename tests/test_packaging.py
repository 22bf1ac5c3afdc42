"""What `pip install .` ships: the package must work without the source checkout."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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
