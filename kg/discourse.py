"""The role a sentence plays in an abstract: the field's background, the paper's own work, a purpose
statement. Told from the cue phrases of generic.ttl's background-cue and own-work-cue schemes; both the
screening of mentions and the reading of relations ask it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache
from typing import Final

from kg import names
from kg.names import Word
from kg.text import singular
from kg.vocabulary import Vocabulary

# function words, auxiliaries and pronouns: no modifier between "this" and its noun is one
_NOT_MODIFIERS: Final = names.FUNCTION_WORDS | frozenset("was are has had can may not our its their her which that what who how".split())
_PREPOSITIONS: Final = frozenset("in of for from with on at by to through throughout within across".split())
_EXPLETIVE_VERBS: Final = frozenset({"is", "was", "remains", "remained", "becomes", "became", "seems", "appears", "would", "should", "may", "might"})


def _index(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Cue phrases as word tuples (lower case, singular), indexed by their first word."""
    by_first: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for phrase in phrases:
        words = tuple(singular(w.lower()) for w in phrase.split())
        if words:
            by_first[words[0]].add(words)
    return {first: tuple(sorted(group)) for first, group in by_first.items()}


@lru_cache(maxsize=4)
def role_cues(vocabulary: Vocabulary) -> tuple[dict[str, tuple[tuple[str, ...], ...]], dict[str, tuple[tuple[str, ...], ...]]]:
    """Background and own-work cue phrases, indexed by their first word."""
    return _index(vocabulary.background_cues), _index(vocabulary.own_work_cues)


@lru_cache(maxsize=4)
def prospect_cues(vocabulary: Vocabulary) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Prospect cue phrases ("can be used", "potential"), indexed by their first word."""
    return _index(vocabulary.prospect_cues)


def _cue_spans(lowered: list[str], cues: dict[str, tuple[tuple[str, ...], ...]]) -> Iterator[tuple[int, int]]:
    """(first, end) word positions of each cue phrase in the sentence, in order. A cue "this N" holds
    with up to two modifiers before its noun too, after a preposition ("In this retrospective study",
    "on this new dataset"; not "This motivates further study": the words are singular forms, so a
    verb's -s is gone and only the preposition tells "this" from a subject)."""
    for i, word in enumerate(lowered):
        for cue in cues.get(word, ()):
            if tuple(lowered[i : i + len(cue)]) == cue:
                yield i, i + len(cue)
            elif word == "this" and len(cue) == 2 and i > 0 and lowered[i - 1] in _PREPOSITIONS:
                end = next((j + 1 for j in range(i + 2, min(i + 4, len(lowered))) if lowered[j] == cue[1] and all(map(_modifier, lowered[i + 1 : j]))), 0)
                if end:
                    yield i, end


def _modifier(word: str) -> bool:
    """A word that can stand between "this" and its noun as a modifier ("retrospective", "multi-center"):
    not a function word, nor "previous" (the paper's own study is never its previous one)."""
    return len(word) > 2 and word.replace("-", "").isalpha() and not word.endswith("s") and word not in _NOT_MODIFIERS


def first_cue(lowered: list[str], cues: dict[str, tuple[tuple[str, ...], ...]]) -> int | None:
    """The word position of the sentence's first cue phrase, or None."""
    return next((start for start, _ in _cue_spans(lowered, cues)), None)


def has_cue(lowered: list[str], cues: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    return first_cue(lowered, cues) is not None


def has_own_cue(lowered: list[str], vocabulary: Vocabulary) -> bool:
    """An own-work cue outside every background cue: "proposed" marks the paper's own work, but not
    inside "have been proposed", the field's. One that holds a background cue is the paper's:
    "previously unseen" data is what the paper tests on, though "previously" alone looks back."""
    background, own = role_cues(vocabulary)
    found = list(_cue_spans(lowered, own))
    if not found:
        return False
    spans = list(_cue_spans(lowered, background))
    return any(not any(first <= start and end <= last for first, last in spans) for start, end in found)


def own_work_start(lowered: list[list[str]], words: list[list[Word]], vocabulary: Vocabulary) -> int:
    """The first sentence after the title with an own-work cue ("we", "this study"), or before it
    the first that opens a methods or results section ("Methods: A deep residual UNet was
    developed ..."): what comes before is background. 0 in an abstract with no such cue ("Two
    EfficientNet models were trained ..."): it never turns from a background to its own work, so
    all of it is its own."""
    cue = next((i for i in range(1, len(lowered)) if has_own_cue(lowered[i], vocabulary)), 0)
    return next((i for i in range(1, cue) if names.own_words_start(words[i]) and words[i][0].text.lower() in vocabulary.own_work_headings), cue)


def refers_back(lowered: list[str]) -> bool:
    """'We present EVA-X ... It has demonstrated exceptional performance in ...': a sentence whose
    subject is 'It' goes on about the one before; not the 'it' of 'It is known that ...', 'It has
    been shown ...'."""
    if len(lowered) < 3 or lowered[0] != "it":
        return False
    return lowered[1] not in _EXPLETIVE_VERBS and lowered[1:3] != ["has", "been"]


def states_purpose(lowered: list[str], ws: list[Word]) -> bool:
    """An opening infinitive, the purpose statement of a structured abstract ("To develop an automated
    model for ...", "To evaluate ..."), also after the section's heading ("Objective To develop ...",
    "Purpose: To organize ..."); "To date, ..." is the field's state."""
    if len(lowered) > 3 and names.heading_before_to(ws):
        lowered = lowered[1:]
    return len(lowered) > 2 and lowered[0] == "to" and lowered[1] not in ("date", "this", "that", "the", "a", "an")
