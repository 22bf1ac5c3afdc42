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

from kg.text import Token, is_case_sensitive, label_key, singular
from kg.vocabulary import ENTITY_TYPES, Vocabulary


@dataclass(frozen=True)
class Match:
    start: int  # character offsets in the text
    end: int
    type: str
    concept_ids: tuple[str, ...]  # usually one; several when a label is shared


@dataclass(frozen=True, eq=False)
class Gazetteer:
    exact: dict[str, dict[tuple[str, ...], tuple[str, ...]]]
    folded: dict[str, dict[tuple[str, ...], tuple[str, ...]]]
    idioms: frozenset[tuple[str, ...]]
    longest: int

    def matches(self, text: str, toks: list[Token]) -> list[Match]:
        keys = [singular(t.text) for t in toks]
        lowered = [k.lower() for k in keys]
        void = self._idiom_tokens(lowered)
        found: list[Match] = []
        for type_name in ENTITY_TYPES:
            exact, folded = self.exact[type_name], self.folded[type_name]
            i = 0
            while i < len(toks):
                for n in range(min(self.longest, len(toks) - i), 0, -1):
                    ids = exact.get(tuple(keys[i : i + n])) or folded.get(tuple(lowered[i : i + n]))
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
    exact: dict[str, dict[tuple[str, ...], set[str]]] = {t: defaultdict(set) for t in ENTITY_TYPES}
    folded: dict[str, dict[tuple[str, ...], set[str]]] = {t: defaultdict(set) for t in ENTITY_TYPES}
    longest = 1
    for concept in vocabulary.concepts.values():
        for label in concept.labels:
            key = label_key(label)
            if not key:
                continue
            longest = max(longest, len(key))
            if is_case_sensitive(label):
                exact[concept.type][key].add(concept.id)
            else:
                folded[concept.type][tuple(t.lower() for t in key)].add(concept.id)

    def freeze(table: dict[str, dict[tuple[str, ...], set[str]]]) -> dict[str, dict[tuple[str, ...], tuple[str, ...]]]:
        return {t: {k: tuple(sorted(v)) for k, v in d.items()} for t, d in table.items()}

    idioms = frozenset(tuple(t.lower() for t in label_key(idiom)) for idiom in vocabulary.idioms)
    return Gazetteer(freeze(exact), freeze(folded), idioms, longest)


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
