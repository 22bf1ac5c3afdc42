"""Extraction quality on the gold annotations of the bundled corpus: a floor that must not drop.

The figures are measured by the same scorer as `kg eval`; the floors sit a little under what the
extractor reaches today, so a change that loses quality fails here and shows in `kg eval` why.
"""

from pathlib import Path

import pytest

from kg.evaluate import evaluate, read_gold, select_subset, view_of_networkx
from kg.pipeline import build

GOLD = Path(__file__).parent / "data" / "gold_seed.jsonl"


@pytest.fixture(scope="module")
def view():
    return view_of_networkx(build())


@pytest.fixture(scope="module")
def gold():
    return read_gold(GOLD)


def test_entity_and_uses_quality_floor(view, gold):
    result = evaluate(gold, view)
    assert result.entities.f1 >= 0.90
    assert result.uses.f1 >= 0.82
    for type_name in ("Model", "Dataset", "Modality", "AnatomicalStructure"):
        assert result.per_type[type_name].f1 >= 0.89, type_name
    assert result.per_type["Task"].f1 >= 0.83


def test_held_out_papers_score_like_the_development_papers(view, gold):
    """Rules fitted to the development papers would score far lower on the held-out ones."""
    dev = evaluate(select_subset(gold, "dev"), view)
    held = evaluate(select_subset(gold, "heldout"), view)
    assert held.entities.f1 >= dev.entities.f1 - 0.05


def test_no_gold_item_is_read_as_two_nodes(view, gold):
    """One node per real thing: no paper of the bundled corpus links two entities to one gold item
    (`kg eval` prints the count as "Duplicate entity nodes")."""
    assert evaluate(gold, view).duplicate_nodes == ()
