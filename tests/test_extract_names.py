"""Model and dataset names: well-known ones from the vocabulary, new ones from their form and context."""

import pytest

from kg.corpus import Paper
from kg.extract import extract
from kg.vocabulary import load_vocabulary


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary()


def run(vocabulary, title, abstract):
    return extract(Paper(id="p", title=title, abstract=abstract), vocabulary)


def keys(extraction, type_name):
    return {m.key for m in extraction.mentions if m.type == type_name}


def test_well_known_image_translation_and_vision_models_are_known(vocabulary):
    e = run(
        vocabulary,
        "Synthetic skin images",
        "We synthesise images via pix2pixHD and compare the result with the Florence-2 base model on lesion grounding.",
    )
    assert {"Model/pix2pixhd", "Model/florence-2"} <= keys(e, "Model")
