"""What extraction finds in one paper, each piece with its evidence: the typed interface its stages share.

A `Mention` is a span of the paper's text typed to an entity key; a `Link` a relation read from one
sentence, with the rule that read it and a confidence. Both are tuples: cheap to make and to pickle
across the workers that extract in parallel.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Final, NamedTuple

PAPER: Final = "paper"  # the subject of paper -> entity links
PAPER_RELATION: Final = {
    "Modality": "hasModality",
    "AnatomicalStructure": "targetsAnatomy",
    "Task": "addressesTask",
}
# rules of mentions that name a vocabulary concept: its label, a rearranged task phrase, or labels
# of it (or of a broader one) written side by side
VOCABULARY_RULES: Final = frozenset(("vocabulary", "task-phrase", "joined"))
SHORT_NAME_RULE: Final = "short-name"  # a family's name read as the one variant of it the paper names


class Mention(NamedTuple):
    """One occurrence of an entity in the paper's text (a tuple: cheap to make and to pickle)."""

    key: str  # entity key: a concept id ("Modality/ct") or "Model/name:sammed3d"
    type: str
    text: str
    start: int
    end: int
    sentence: int
    rule: str
    confidence: float


class Link(NamedTuple):
    """A relation read from one sentence: subject and object are entity keys (or PAPER / a URL)."""

    subject: str
    relation: str
    object: str
    sentence: int
    rule: str
    confidence: float


def sentences_of(mentions: Iterable[Mention], wanted: Callable[[Mention], bool]) -> dict[str, set[int]]:
    """Key -> the sentences naming it, for the mentions wanted."""
    sentences: dict[str, set[int]] = defaultdict(set)
    for mention in mentions:
        if wanted(mention):
            sentences[mention.key].add(mention.sentence)
    return sentences
