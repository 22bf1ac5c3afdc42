"""Incremental builds: a grown corpus re-extracts only its new papers and gives a clean build's bytes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generate_corpus import write_corpus
from kg import parallel
from kg.cache import CacheError, ExtractionCache, extractor_fingerprint
from kg.outputs import write_outputs
from kg.pipeline import BuildOptions, build
from kg.vocabulary import ontology_dir

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def calls(monkeypatch) -> list[str]:
    """Ids of the papers the extractor really ran on (serial builds run it in this process)."""
    seen: list[str] = []
    real = parallel.extract

    def counting(paper, vocabulary):
        seen.append(paper.id)
        return real(paper, vocabulary)

    monkeypatch.setattr(parallel, "extract", counting)
    return seen


@pytest.fixture
def corpora(tmp_path) -> tuple[Path, Path]:
    first = write_corpus(tmp_path / "first.jsonl", 30, seed=3)
    grown = write_corpus(tmp_path / "grown.jsonl", 40, seed=3)  # the same 30 papers and 10 more
    return first, grown


def test_grown_corpus_extracts_only_new_papers_and_matches_a_clean_build(corpora, tmp_path, calls):
    first, grown = corpora
    cache = tmp_path / "cache"
    build([first], BuildOptions(workers=1, cache_dir=cache))
    assert len(calls) == 30
    calls.clear()
    incremental = build([grown], BuildOptions(workers=1, cache_dir=cache))
    stats = incremental.graph["extraction"]
    assert (stats.extracted, stats.cached) == (10, 30)
    new_ids = {json.loads(line)["id"] for line in grown.read_text().splitlines()[30:]}
    assert set(calls) == new_ids
    clean = build([grown], BuildOptions(workers=1))
    write_outputs(incremental, tmp_path / "incremental")
    write_outputs(clean, tmp_path / "clean")
    assert (tmp_path / "incremental" / "graph.ttl").read_bytes() == (tmp_path / "clean" / "graph.ttl").read_bytes()
    assert (tmp_path / "incremental" / "graph.html").read_bytes() == (tmp_path / "clean" / "graph.html").read_bytes()


def test_an_edited_abstract_is_extracted_again(corpora, tmp_path, calls):
    first, _ = corpora
    cache = tmp_path / "cache"
    build([first], BuildOptions(workers=1, cache_dir=cache))
    lines = first.read_text().splitlines()
    record = json.loads(lines[4])
    record["abstract"] += " We also release the LiverBench-2 dataset."
    lines[4] = json.dumps(record)
    first.write_text("\n".join(lines) + "\n")
    calls.clear()
    build([first], BuildOptions(workers=1, cache_dir=cache))
    assert calls == [record["id"]]


def test_editing_a_vocabulary_file_invalidates_the_cache(corpora, tmp_path, calls):
    first, _ = corpora
    ontology = tmp_path / "ontology"
    shutil.copytree(ontology_dir(), ontology)
    cache = tmp_path / "cache"
    build([first], BuildOptions(workers=1, cache_dir=cache, ontology=ontology))
    before = extractor_fingerprint(ontology)
    with (ontology / "generic.ttl").open("a", encoding="utf-8") as out:
        out.write("\n# an edit\n")
    assert extractor_fingerprint(ontology) != before
    calls.clear()
    again = build([first], BuildOptions(workers=1, cache_dir=cache, ontology=ontology))
    assert len(calls) == 30
    assert again.graph["extraction"].cached == 0


def test_cli_caches_under_the_output_folder_and_reports_hits(corpora, tmp_path):
    first, grown = corpora
    out = tmp_path / "out"
    run = lambda *args: subprocess.run([sys.executable, "-m", "kg", "build", *args, "--out", str(out), "--workers", "1"], capture_output=True, text=True, cwd=ROOT)  # noqa: E731
    assert run(str(first)).returncode == 0
    assert (out / ".kg-cache" / "extractions.sqlite").is_file()
    second = run(str(grown))
    assert second.returncode == 0, second.stderr
    assert "Extracted 10 papers on 1 process" in second.stdout and "30 from the cache" in second.stdout
    fresh = run(str(grown), "--no-cache")
    assert "Extracted 40 papers" in fresh.stdout and "from the cache" not in fresh.stdout


def test_a_corrupt_cache_is_a_one_line_error(corpora, tmp_path):
    first, _ = corpora
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "extractions.sqlite").write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(CacheError, match="--no-cache"):
        ExtractionCache(cache, "fingerprint")
    result = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(first), "--out", str(tmp_path / "out"), "--cache-dir", str(cache)],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert result.returncode == 7
    assert result.stderr.startswith("kg: error:") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
