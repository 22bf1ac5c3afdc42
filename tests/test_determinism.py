"""Byte-identical graph.ttl and graph.html for the same input, whatever the order and the hash seed.

Builds run as real `python3 -m kg build` processes so that PYTHONHASHSEED
(string hashing, set order) really differs between them.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import kg.corpus
from kg.corpus import read_corpus, read_file, bundled_corpus_path

REPO = Path(__file__).resolve().parents[1]


def kg_build(out: Path, *inputs: Path, seed: str) -> tuple[bytes, bytes]:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    result = subprocess.run(
        [sys.executable, "-m", "kg", "build", *map(str, inputs), "--out", str(out), "--quiet"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return (out / "graph.ttl").read_bytes(), (out / "graph.html").read_bytes()


def test_bundled_corpus_builds_are_byte_identical_across_hash_seeds(tmp_path):
    first = kg_build(tmp_path / "a", seed="1")
    second = kg_build(tmp_path / "b", seed="4242")
    assert first[0] == second[0]
    assert first[1] == second[1]
    assert first[0].count(b"a kg:Paper") == 112


def _records() -> list[str]:
    """Real papers (so extraction has entities to find), as JSON Lines records."""
    papers, _ = read_file(bundled_corpus_path())
    return [json.dumps({"title": p.title, "abstract": p.abstract}) for p in papers[:45]]


def _write_folder(folder: Path, records: list[str], order: random.Random | None) -> None:
    """The same records in the same files; with `order`, lines shuffled and files created in another order.

    Names are chosen so that creation order, name order and (on hashed
    directories) listing order all disagree.
    """
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "sub").mkdir(parents=True)
    files = {
        folder / "zz-last.jsonl": records[:15] + ["{broken line"],
        folder / "AA-first.ndjson": records[15:30] + [records[0]],  # a paper also in zz-last.jsonl
        folder / "sub" / "m-middle.jsonl": records[30:],
    }
    items = list(files.items())
    if order is not None:
        order.shuffle(items)
        items = [(path, order.sample(lines, len(lines))) for path, lines in items]
    for path, lines in items:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page = folder / "page.txt"
    page.write_text("Subscribe\n\n" + "\n\n".join(f"{json.loads(r)['title']}\n\n{json.loads(r)['abstract']}" for r in records[40:42]) + "\n")


def test_folder_builds_are_byte_identical_whatever_the_order_and_seed(tmp_path):
    records = _records()
    folder = tmp_path / "corpus"
    _write_folder(folder, records, None)
    reference = kg_build(tmp_path / "out1", folder, seed="0")
    _write_folder(folder, records, random.Random(7))
    shuffled = kg_build(tmp_path / "out2", folder, seed="987654")
    assert shuffled[0] == reference[0]
    assert shuffled[1] == reference[1]
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    named = kg_build(tmp_path / "out3", *reversed(files), seed="31337")
    assert named == reference
    assert reference[0].count(b"a kg:Paper") == 45


def test_folder_listing_order_does_not_change_the_corpus(tmp_path, monkeypatch):
    _write_folder(tmp_path / "corpus", _records(), None)
    expected = read_corpus([tmp_path / "corpus"])
    real_walk = os.walk

    def reversed_walk(top, **kwargs):
        for folder, dirnames, filenames in real_walk(top, **kwargs):
            dirnames.reverse()
            filenames.reverse()
            yield folder, dirnames, filenames

    monkeypatch.setattr(kg.corpus.os, "walk", reversed_walk)
    assert read_corpus([tmp_path / "corpus"]) == expected
