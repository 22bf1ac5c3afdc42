"""Entity resolution: one node per real thing across all papers.

Mentions arrive keyed either by a vocabulary concept id ("Modality/mri") or
by an open name key ("Model/name:sammed3d", already blind to case, hyphens,
spaces and plurals); an open name that a vocabulary label also spells was made
that concept in extraction. Here long forms defined in a text ("Segment Anything
Model (SAM)") join their short form, open names sharing a long form join, and
each entity gets a canonical label, its aliases and a stable node id.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable

from kg.evidence import PAPER
from kg.extract import Extracted
from kg.names import known_name_index, name_key
from kg.text import label_key
from kg.vocabulary import Vocabulary

NODE_PREFIX = {
    "Paper": "paper",
    "Model": "model",
    "Dataset": "dataset",
    "Modality": "modality",
    "AnatomicalStructure": "anatomy",
    "Task": "task",
}


@dataclass(frozen=True)
class Entity:
    """A resolved entity: what becomes one node of the graph."""

    id: str  # node id, e.g. "model/sam-med3d"; also the tail of its IRI
    type: str
    label: str
    aliases: tuple[str, ...]
    concept: str | None  # vocabulary concept IRI, when the entity is a known one
    codes: tuple[str, ...]
    notation: str | None = None


@dataclass(frozen=True)
class Resolution:
    entities: dict[str, Entity]  # node id -> entity
    node_of: dict[str, str]  # mention key -> node id


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        """One group for both, unless each has a vocabulary concept: two concepts are two things,
        however alike their names ("UNet++" and "UNet" differ only in marks a name key drops)."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb or ("/name:" not in ra and "/name:" not in rb):
            return
        # a vocabulary concept always wins as representative; then the smaller key
        keep, drop = sorted((ra, rb), key=lambda k: ("/name:" in k, k))
        self.parent[drop] = keep


def resolve(extractions: Iterable[Extracted], vocabulary: Vocabulary) -> Resolution:
    label_index = known_name_index(vocabulary)
    groups = _UnionFind()
    # counted over the whole corpus first: one pass of Counter's C loop, not a step per mention
    written: Counter[tuple[str, str]] = Counter()
    linked: set[str] = set()
    defined: list[tuple[str, str]] = []
    for extraction in extractions:
        written.update(extraction.surfaces)
        linked.update([link[0] for link in extraction.links])
        linked.update([link[2] for link in extraction.links])
        defined.extend(extraction.aliases)
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    for (key, text), count in written.items():
        surfaces[key][text] = count
    for key in sorted(surfaces.keys() | {key for key in linked if key != PAPER and "/" in key and not key.startswith("http")}):
        groups.find(key)
    for key, long_form in defined:
        surfaces[key][long_form] += 1
        other = label_index.get(name_key(key.split("/", 1)[0], long_form))
        if other:
            groups.union(key, other)

    # an open name the text wrote as a known label is that concept already (kg.extract._known_names);
    # long forms shared between open names of one type (the same long form written twice), and a
    # long form that is another open name itself ("Rendezvous (RDV)" after a title's "Rendezvous")
    by_long: dict[str, str] = {}
    for key, counter in sorted(surfaces.items()):
        for surface in counter:
            norm = name_key(key.split("/", 1)[0], surface)
            if norm in by_long:
                groups.union(key, by_long[norm])
            by_long.setdefault(norm, key)

    members: dict[str, list[str]] = defaultdict(list)
    for key in sorted(groups.parent):
        members[groups.find(key)].append(key)

    entities: dict[str, Entity] = {}
    node_of: dict[str, str] = {}
    # the vocabulary's concepts take their own ids first: an open name that slugs alike ("μSAM") gives way to SAM
    for root, keys in sorted(members.items(), key=lambda item: (item[0] not in vocabulary.concepts, item[0])):
        entity = _entity(root, keys, surfaces, vocabulary, entities)
        entities[entity.id] = entity
        for key in keys:
            node_of[key] = entity.id
    return Resolution(entities, node_of)


def _entity(root: str, keys: list[str], surfaces: dict[str, Counter[str]], vocabulary: Vocabulary, taken: dict[str, Entity]) -> Entity:
    type_name = root.split("/", 1)[0]
    seen: Counter[str] = Counter()
    for key in keys:
        seen.update(surfaces.get(key, Counter()))
    concept = vocabulary.concepts.get(root)
    if concept is not None:
        label = concept.pref_label
        hidden = {label_key(label) for label in concept.hidden_labels}
        aliases = set(concept.alt_labels) | {text for text in seen if label_key(text) not in hidden}
        node_id = f"{NODE_PREFIX[type_name]}/{concept.id.split('/', 1)[1]}"
        codes = tuple(sorted({concept.iri, *concept.codes}))
        notation = concept.notation
        iri = concept.iri
    else:
        label = _canonical_surface(seen) or root.split("/name:", 1)[-1]
        aliases = set(seen)
        node_id = f"{NODE_PREFIX[type_name]}/{slug(label)}"
        codes, notation, iri = (), None, None
    if node_id in taken:
        node_id = f"{node_id}-{hashlib.sha1(root.encode()).hexdigest()[:6]}"
    aliases.discard(label)
    return Entity(node_id, type_name, label, tuple(sorted(aliases)), iri, codes, notation)


def _canonical_surface(seen: Counter[str]) -> str | None:
    """The most frequent short form (names, not their spelled-out long forms)."""
    if not seen:
        return None
    return sorted(seen.items(), key=lambda item: (len(item[0].split()) > 3, -item[1], len(item[0]), item[0]))[0][0]


def slug(text: str) -> str:
    """IRI-safe, readable id segment: lowercase letters, digits, hyphens; a plus sign spelled out, as
    UNet3+ is no UNet3 (resunet-plus-plus, as the vocabulary's unet-plus-plus), and a Greek letter
    too, as μSAM is no SAM (musam)."""
    spelled = "".join(_greek_spelled(ch) for ch in unicodedata.normalize("NFKC", text))
    value = re.sub(r"[^a-z0-9]+", "-", spelled.lower().replace("+", " plus ")).strip("-")
    if not value:
        value = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return value[:80]


def _greek_spelled(character: str) -> str:
    """A Greek letter by its name ('μ': 'mu', 'α': 'alpha'); any other character as it is."""
    name = unicodedata.name(character, "") if not character.isascii() else ""
    return name.rsplit(" ", 1)[-1].lower() if name.startswith("GREEK") and "LETTER" in name else character
