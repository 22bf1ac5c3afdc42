"""Fixtures shared by the test modules."""

import pytest

from kg.vocabulary import load_vocabulary


@pytest.fixture(scope="session")
def vocabulary():
    """The installed ontology's vocabulary, loaded once: every extraction test reads it."""
    return load_vocabulary()
