"""Fixtures shared by the test modules."""

from pathlib import Path

import pytest

import kg
from kg.vocabulary import load_vocabulary


def pytest_sessionstart(session):
    """An editable install compiles the extraction modules into kg/ (setup.py): after their source
    is edited, the tests would silently run the old build."""
    package = Path(kg.__file__).parent
    for compiled in sorted([*package.glob("*.so"), *package.glob("*.pyd")]):
        source = package / f"{compiled.name.split('.')[0]}.py"
        if source.is_file() and source.stat().st_mtime > compiled.stat().st_mtime:
            pytest.exit(f"{source} changed after it was compiled: run `pip install -e .` (or scripts/test) to rebuild", returncode=2)


@pytest.fixture(scope="session")
def vocabulary():
    """The installed ontology's vocabulary, loaded once: every extraction test reads it."""
    return load_vocabulary()
