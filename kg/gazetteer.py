"""Find vocabulary labels in text: many surface forms to one concept id.

Every SKOS label of the ontology folder becomes a token sequence, matched
longest-first and separately per entity type, so "chest X-ray" yields both
the modality and the anatomy "chest". Matching is blind to plurals and to
hyphen/space differences; labels with two or more capitals (CT, SAM,
CheXpert) match only in their own case.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from kg.text import Token, label_key, token_key
from kg.vocabulary import ENTITY_TYPES, Vocabulary


@dataclass(frozen=True)
class Match:
    start: int  # character offsets in the text
    end: int
    type: str
    concept_ids: tuple[str, ...]  # usually one; several when a label is shared


@dataclass(frozen=True, eq=False)
class Gazetteer:
    labels: dict[str, dict[tuple[str, ...], tuple[str, ...]]]  # type -> label key -> concept ids
    idioms: frozenset[tuple[str, ...]]
    longest: int

    def matches(self, text: str, toks: list[Token]) -> list[Match]:
        keys = [token_key(t.text) for t in toks]
        void = self._idiom_tokens([k.lower() for k in keys])
        found: list[Match] = []
        for type_name in ENTITY_TYPES:
            table = self.labels[type_name]
            i = 0
            while i < len(toks):
                for n in range(min(self.longest, len(toks) - i), 0, -1):
                    ids = table.get(tuple(keys[i : i + n]))
                    if ids and not void.intersection(range(i, i + n)) and not _glued(text, toks[i].start, toks[i + n - 1].end):
                        found.append(Match(toks[i].start, toks[i + n - 1].end, type_name, ids))
                        i += n
                        break
                else:
                    i += 1
        return found

    def _idiom_tokens(self, lowered: list[str]) -> set[int]:
        """Token positions covered by an idiom ("on the other hand")."""
        void: set[int] = set()
        longest = max(map(len, self.idioms), default=0)
        for i in range(len(lowered)):
            for n in range(min(longest, len(lowered) - i), 0, -1):
                if tuple(lowered[i : i + n]) in self.idioms:
                    void.update(range(i, i + n))
                    break
        return void


@lru_cache(maxsize=4)
def gazetteer(vocabulary: Vocabulary) -> Gazetteer:
    labels: dict[str, dict[tuple[str, ...], set[str]]] = {t: defaultdict(set) for t in ENTITY_TYPES}
    longest = 1
    for concept in vocabulary.concepts.values():
        for label in concept.labels:
            key = label_key(label)
            if key:
                longest = max(longest, len(key))
                labels[concept.type][key].add(concept.id)
    frozen = {t: {k: tuple(sorted(v)) for k, v in d.items()} for t, d in labels.items()}
    idioms = frozenset(tuple(t.lower() for t in label_key(idiom)) for idiom in vocabulary.idioms)
    return Gazetteer(frozen, idioms, longest)


def _glued(text: str, start: int, end: int) -> bool:
    """True when a match is only part of a larger name (CXR in MIMIC-CXR, SAM in SAM-Med3D)."""
    if start > 0 and text[start - 1].isalnum():
        return True
    if end < len(text) and text[end].isalnum():
        return True
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    if len(before) == 2 and before[1] in "-–" and (before[0].isupper() or before[0].isdigit()):
        return True
    return len(after) == 2 and after[0] in "-–" and (after[1].isupper() or after[1].isdigit())
