"""Helpers for extraction tests: run the extractor on a made-up paper and read what it found."""

from kg.corpus import Paper
from kg.extract import Extraction, extract
from kg.vocabulary import Vocabulary


def run(vocabulary: Vocabulary, title: str, abstract: str) -> Extraction:
    return extract(Paper(id="p", title=title, abstract=abstract), vocabulary)


def keys(extraction: Extraction, type_name: str) -> set[str]:
    return {m.key for m in extraction.mentions if m.type == type_name}


def open_names(extraction: Extraction, *type_names: str) -> set[str]:
    """Normal forms of the names the vocabulary does not know, typed from context ("glimdb"): of models
    and datasets, or of the types given."""
    wanted = type_names or ("Model", "Dataset")
    return {m.key.split("/name:", 1)[1] for m in extraction.mentions if m.type in wanted and "/name:" in m.key}


def links(extraction: Extraction, relation: str) -> set[tuple[str, str]]:
    return {(l.subject, l.object) for l in extraction.links if l.relation == relation}
