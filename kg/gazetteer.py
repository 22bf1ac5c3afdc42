"""Find vocabulary labels in text: many surface forms to one concept id.

Every SKOS label of the ontology folder becomes a token sequence, matched
longest-first and separately per entity type, so "chest X-ray" yields both
the modality and the anatomy "chest". Matching is blind to plurals and to a
label's hyphens written as spaces; labels with two or more capitals (CT,
SAM, CheXpert) match only in their own case, save that a mixed-case name
may set its inner capitals otherwise ("MedClip" for MedCLIP).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from kg.text import CAMEL_CASE, SentenceTokens, is_case_sensitive, label_key, possessive_length
from kg.vocabulary import ENTITY_TYPES, NAMED_TYPES, Vocabulary


_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
_PAIRED_TYPES: Final = frozenset({"Modality", "AnatomicalStructure"})  # model and dataset names join parts: "Swin-UNet"


class Match:
    """A label found in a sentence. A plain class: mypyc gives a frozen dataclass an interpreted
    __init__, which cost 20 times as much as a native one."""

    __slots__ = ("start", "end", "type", "concept_ids")

    def __init__(self, start: int, end: int, type: str, concept_ids: tuple[str, ...]) -> None:
        self.start = start  # character offsets in the text
        self.end = end
        self.type = type
        self.concept_ids = concept_ids  # usually one; several when a label is shared


@dataclass(frozen=True, eq=False)
class Gazetteer:
    # label key -> ((type, concept ids), ...); all entity types in one table
    labels: dict[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]
    # token keys that start a label: most tokens start none
    firsts: frozenset[str]
    # token keys that are a whole label, and the first two keys of longer labels -> their lengths,
    # longest first: a token is tried only against the labels its next token can continue
    singles: frozenset[str]
    longer: dict[tuple[str, str], tuple[int, ...]]
    idioms: dict[str, tuple[tuple[str, ...], ...]]  # first lowered token -> idioms starting with it
    # lowered mixed-case label word -> the labels' spellings of it ("medclip" -> ("MedCLIP",))
    camel_spellings: dict[str, tuple[str, ...]]
    # label keys written with a possessive inside ("Alzheimer's Disease Neuroimaging Initiative"): in
    # no other model or dataset name does a possessive go on ("SAM's 2 modes" names no SAM 2)
    inner_possessives: frozenset[tuple[str, ...]]

    def matches(self, sentence: SentenceTokens) -> list[Match]:
        """Longest match per type at each token of a sentence, each type scanning it independently;
        a label may run across a bracketed abbreviation ("out-of-distribution (OOD) detection")."""
        void = self._idiom_tokens(sentence.lowered, sentence.words)
        groups = _abbreviation_groups(sentence)
        index = [i for i in range(len(sentence.keys)) if i not in groups] if groups else []
        if groups:
            # an idiom runs across an abbreviation too: "Deep Supervision (DS) heads"
            void |= {index[i] for i in self._idiom_tokens([sentence.lowered[i] for i in index], [sentence.words[i] for i in index])}
        keys = self._respelled(sentence)
        found = self._scan(sentence, keys, None, void)
        if groups:
            bridged = self._scan(sentence, [keys[i] for i in index], index, void)
            found = [m for m in found if not any(b.type == m.type and _overlap(b, m) and not _inside_group(m, sentence, groups) for b in bridged)]
            found.extend(bridged)
        return found

    def _respelled(self, sentence: SentenceTokens) -> list[str]:
        """The sentence's keys, a mixed-case word written with other inner capitals than a label's
        taken as the label's word: "MedClip" is MedCLIP, "InceptionResnetV2" InceptionResNetV2. Only
        mixed case to mixed case: "BrEaST" (a dataset) stays apart from "breast"."""
        keys = sentence.keys
        respelled: list[str] | None = None
        for i, key in enumerate(keys):
            if key == sentence.lowered[i]:
                continue
            spellings = self.camel_spellings.get(sentence.lowered[i])
            if spellings is not None and key not in spellings and _camel_case(key):
                if respelled is None:
                    respelled = list(keys)
                respelled[i] = spellings[0]
        return keys if respelled is None else respelled

    def _scan(self, sentence: SentenceTokens, keys: list[str], index: list[int] | None, void: set[int]) -> list[Match]:
        """Matches over `keys`: the sentence's own tokens (index None), or those left when
        abbreviation groups are taken out, `index` giving each one's place in the sentence (and
        then only the matches that run across a group are kept: the others were found already)."""
        text = sentence.text
        found: list[Match] = []
        free_from: dict[str, int] = {}  # per type: first token not inside one of its matches
        for i, key in enumerate(keys):
            if key not in self.firsts:
                continue
            lengths = self.longer.get((key, keys[i + 1]), ()) if i + 1 < len(keys) else ()
            if key in self.singles:
                lengths += (1,)
            for n in lengths:
                if i + n > len(keys):
                    continue
                entries = self.labels.get(tuple(keys[i : i + n]))
                if not entries:
                    continue
                first_token, last_token = (i, i + n - 1) if index is None else (index[i], index[i + n - 1])
                if index is not None and last_token - first_token == n - 1:
                    # the same tokens as in the sentence: found there already, and no shorter label
                    # inside them runs across the group ("light-induced fluorescence (QLF) images")
                    for type_name, _ in entries:
                        if free_from.get(type_name, 0) <= i:
                            free_from[type_name] = i + n
                    continue
                # an idiom voids the terms in it ("screening trial"), not a name holding it ("National Lung Screening Trial")
                # a label holding a whole idiom ("blood pressure estimation") is no term inside it
                voided = bool(void) and not void.isdisjoint(range(first_token, last_token + 1)) and (
                    void.issuperset(range(first_token, last_token + 1)) or first_token - 1 in void or last_token + 1 in void
                )
                if voided and self._is_idiom(sentence.lowered, first_token, last_token):
                    voided = False  # the label is the idiom itself ("bone age"): it voids the terms inside it, not itself
                if voided and all(type_name not in NAMED_TYPES for type_name, _ in entries):
                    continue
                # a name ends at a possessive ("SAM's 2 modes" names no SAM 2), a description need not ("the lung's lobes")
                name_broken = n > 1 and _possessive_inside(sentence.words, first_token, last_token) and tuple(keys[i : i + n]) not in self.inner_possessives
                # a possessive is not part of the name: "GPT-4V's" matches as "GPT-4V"
                first = sentence.start(first_token)
                last = sentence.end(last_token) - possessive_length(sentence.words[last_token])
                if _glued(text, first, last) and not self._hyphened_pair(text, first, last, entries):
                    continue
                first -= _dimension_before(text, first)  # the match is "3D-CT": no name is made of it
                for type_name, ids in entries:
                    if (name_broken and type_name in NAMED_TYPES) or (voided and type_name not in NAMED_TYPES):
                        continue
                    if free_from.get(type_name, 0) <= i:
                        found.append(Match(first, last, type_name, ids))
                        free_from[type_name] = i + n
        return found

    def _hyphened_pair(self, text: str, start: int, end: int, entries: tuple[tuple[str, tuple[str, ...]], ...]) -> bool:
        """'MRI-CT translation', 'CT-MR registration': a modality or organ hyphened to another label of
        its type is one of a pair, not part of a larger name (as CXR is of MIMIC-CXR)."""
        types = {type_name for type_name, _ in entries} & _PAIRED_TYPES
        if not types:
            return False
        for neighbour in _hyphened_neighbours(text, start, end):
            found = self.labels.get(label_key(neighbour), ())
            if any(type_name in types for type_name, _ in found):
                return True
        return False

    def _is_idiom(self, lowered: list[str], first: int, last: int) -> bool:
        """Whether the tokens first to last (of several) are one idiom whole."""
        return last > first and tuple(lowered[first : last + 1]) in self.idioms.get(lowered[first], ())

    def _idiom_tokens(self, lowered: list[str], words: list[str]) -> set[int]:
        """Token positions covered by an idiom ("on the other hand"). An idiom of one word is that
        word as written: "joint" (joint learning) is an idiom, "joints" is anatomy; "screenings"
        (examinations) is an idiom, "screening" a task."""
        void: set[int] = set()
        for i, word in enumerate(lowered):
            for idiom in self.idioms.get(word, ()):
                if len(idiom) == 1:
                    if words[i].lower() == idiom[0]:
                        void.add(i)
                        break
                    continue
                if tuple(lowered[i : i + len(idiom)]) == idiom:
                    void.update(range(i, i + len(idiom)))
                    break
        return void


@lru_cache(maxsize=4)
def gazetteer(vocabulary: Vocabulary) -> Gazetteer:
    table: dict[tuple[str, ...], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    variants: dict[tuple[str, ...], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    camel_spellings: dict[str, set[str]] = defaultdict(set)
    inner_possessives: set[tuple[str, ...]] = set()
    for concept in vocabulary.concepts.values():
        for label in concept.labels:
            key = label_key(label)
            if key and label.lower() not in vocabulary.unmatched_labels:  # "cells" alone names no target; "face" is also a verb
                table[key][concept.type].add(concept.id)
                if "'s " in label or "’s " in label:
                    inner_possessives.add(key)
                for word in key:
                    if _camel_case(word):
                        camel_spellings[word.lower()].add(word)
                hyphened = _hyphen_variants(label, key)
                # the joined spelling keeps its case ("KvasirCapsule", not "Kvasircapsule")
                titled = [variant for written in (key, *hyphened[:1]) for variant in _title_case_variants(written) if variant[0] not in vocabulary.plain_words]
                joined = _hyphen_joined(key) if concept.type in NAMED_TYPES else []
                for variant in (*hyphened, *joined, *_ize_variants(key), *_lowered_suffix_variants(key), *titled, *_bracketed_version_variants(key), *_spaced_version_variants(label, key), *_ampersand_variants(key), *(v for written in (key, *hyphened) for v in _instrument_variants(written))):
                    variants[variant][concept.type].add(concept.id)
    for key, editions in _edition_variants(vocabulary).items():
        variants[key]["Dataset"] |= editions
    for key, by_type in variants.items():
        for type_name, ids in by_type.items():
            if key not in table or type_name not in table[key]:  # a label written out wins over a variant
                table[key][type_name] |= ids
    labels = {
        key: tuple((t, tuple(sorted(by_type[t]))) for t in ENTITY_TYPES if t in by_type) for key, by_type in table.items()
    }
    longer: dict[tuple[str, str], set[int]] = defaultdict(set)
    for key in labels:
        if len(key) > 1:
            longer[key[0], key[1]].add(len(key))
    idioms: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for idiom in vocabulary.idioms:
        words = tuple(t.lower() for t in label_key(idiom))
        if len(words) == 1:
            # one word is matched as written: "screenings" (examinations) is no idiom of "screening"
            idioms[words[0]].append((idiom.lower(),))
        elif words:
            idioms[words[0]].append(words)
            # an idiom written with a hyphen between two of its words is the same idiom ("blood-pool",
            # "cell-carcinoma", "soft-tissue contrast")
            for gap in range(1, len(words)):
                if "-" not in (words[gap - 1], words[gap]):
                    idioms[words[0]].append((*words[:gap], "-", *words[gap:]))
    return Gazetteer(
        labels,
        frozenset(key[0] for key in labels),
        frozenset(key[0] for key in labels if len(key) == 1),
        {pair: tuple(sorted(ns, reverse=True)) for pair, ns in longer.items()},
        {first: tuple(sorted(group, key=len, reverse=True)) for first, group in idioms.items()},
        {lowered: tuple(sorted(spellings)) for lowered, spellings in camel_spellings.items()},
        frozenset(inner_possessives),
    )


def _edition_variants(vocabulary: Vocabulary) -> dict[tuple[str, ...], set[str]]:
    """A challenge's name with a year after it, for that year's edition: "the Kidney Tumor
    Segmentation Challenge 2019" is KiTS19, "the ISLES challenge 2018" ISLES 2018, where one
    narrower dataset's labels write that year (a year two of them write names neither)."""
    editions: dict[tuple[str, str], set[str]] = defaultdict(set)
    for concept in vocabulary.concepts.values():
        years = {year for label in concept.labels for year in _YEAR.findall(label)}
        if concept.type == "Dataset" and len(years) == 1:
            for family in concept.broader:
                editions[family, *years].add(concept.id)
    written: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for (family, year), ids in editions.items():
        if len(ids) == 1:
            for label in vocabulary.concepts[family].labels:
                if label.lower() not in vocabulary.unmatched_labels:
                    written[label_key(f"{label} {year}")] |= ids
    return written


def _possessive_inside(words: list[str], first: int, last: int) -> bool:
    """A possessive 's on a word before the last of first..last."""
    return any(possessive_length(words[j]) for j in range(first, last))


def _camel_case(word: str) -> bool:
    """A name in mixed case, whose inner capitals a writer may set otherwise ("MedClip" for MedCLIP).
    Short ones (PaLM, LoRA) are left as written, and so are words whose capitals only open them
    ("DEtection", the letters of an acronym in its long form)."""
    return len(word) >= 5 and word[0].isupper() and CAMEL_CASE.search(word) is not None


def _abbreviation_groups(sentence: SentenceTokens) -> set[int]:
    """Token positions of bracketed abbreviations, brackets included: "(", "OOD", ")"."""
    keys, words = sentence.keys, sentence.words
    groups: set[int] = set()
    for i in range(1, len(keys) - 3):
        if keys[i] == "(" and keys[i + 2] == ")" and is_case_sensitive(words[i + 1]):
            groups.update((i, i + 1, i + 2))
    return groups


def _overlap(one: Match, other: Match) -> bool:
    return one.start < other.end and other.start < one.end


def _inside_group(match: Match, sentence: SentenceTokens, groups: set[int]) -> bool:
    """True for a match of the abbreviation itself, which stays beside the label run across it."""
    return any(sentence.start(i + 1) <= match.start and match.end <= sentence.end(i + 1) for i in groups if sentence.keys[i] == "(")


def _hyphen_variants(label: str, key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A hyphenated label's other spellings that a vocabulary need not list: spaced ("ResNet 152",
    "X ray", "ISLES 2022") and joined ("3DIRCADb", "ISLES2022"), the joined word keyed as written
    (its case decides whether it matches only as written). (Labels hyphenated where the
    vocabulary has spaces gained nothing on three samples of new abstracts and cost a false task
    on the gold set: not generated.)"""
    if "-" not in key:
        return []
    spaced = tuple(token for token in key if token != "-")
    if not spaced or not all(token.isalnum() for token in spaced):
        return []
    return [spaced, label_key(_INNER_HYPHEN.sub("", label))]


def _hyphen_joined(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A spaced name with an acronym in it, written with hyphens throughout ("IU-X-ray" for "IU
    X-ray"); a name of common words so written is mostly a modifier ("vision-transformer-based")."""
    words = [token for token in key if token != "-"]
    if len(words) < 2 or not all(token.isalnum() for token in words) or not any(is_case_sensitive(token) for token in words):
        return []
    variant = tuple(part for token in words for part in ("-", token))[1:]
    return [] if variant == key else [variant]


def _ize_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A label in -ize or -ise spelled the other way ("anomaly localisation" for "anomaly
    localization"): British and American spellings of one term."""
    respelled = tuple(_IZE_SUFFIX.sub(lambda found: "i" + ("s" if found.group(1) == "z" else "z") + found.group(2), token) for token in key)
    return [respelled] if respelled != key else []


def _instrument_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A '-scopy' label written as its instrument: "imaged with light-sheet microscopes", "a
    capsule endoscope" name the modality the instrument takes."""
    last = key[-1]
    if not last.endswith("scopy"):
        return []
    stem = last[: -len("scopy")]
    return [(*key[:-1], stem + "scope"), (*key[:-1], stem + "scopes")]


def _lowered_suffix_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A name that starts with a word and goes on in capitals, written with the capitals lowered:
    "Kvasir-seg", "Kvasir-Seg" for Kvasir-SEG. An all-capital label (MIMIC-CXR) keeps its case."""
    if len(key) < 2 or key[0] != key[0].lower() or not key[0].isalpha():
        return []
    lowered = tuple(token.lower() if token.isupper() and len(token) >= 3 else token for token in key)
    return [lowered] if lowered != key else []


def _title_case_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A name that opens with a word in mixed case, written with it as an ordinary word ("Llava",
    "Chexpert", "Resnet-50" for LLaVA, CheXpert, ResNet-50): long enough to be rarely a word itself,
    and the vocabulary's plain words are left out (VerSe is no "verse"). Names all in capitals (CLIP,
    SAM) keep their case."""
    word = key[0]
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) < 5 or word.isupper() or word == word.lower():
        return []
    return [(word.lower(), *key[1:])]


def _bracketed_version_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A numbered version written as a bracketed version after the name: "UNI (v2)", "Virchow (v2)"
    for UNI 2, Virchow2 (a model list naming each model once with its version)."""
    version = _TRAILING_NUMBER.search(key[-1])
    if version is None or version.start() == 0 and len(key) == 1:
        return []
    stem = key[:-1] if version.start() == 0 else (*key[:-1], key[-1][: version.start()])
    if not stem or len(stem[-1]) < 2 or not stem[-1][-1].isalpha():
        return []
    return [(*stem, "(", f"v{version.group()}", ")")]


def _spaced_version_variants(label: str, key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A version glued to a one-word name with a 'v', written apart: "Swin V2", "YOLO v8", "PVT-v2"
    for SwinV2, YOLOv8, PVTv2; and as an ordinary word where the whole may be ("Dino V2", as "Dinov2")."""
    found = _GLUED_V_VERSION.search(label)
    if found is None or " " in label:
        return []
    stem, version = label_key(label[: found.start()]), label_key(label[found.start() :])
    if len(stem) != 1:
        return []
    stems = [stem, (stem[0].lower(),)] if _title_case_variants(key) else [stem]
    return [variant for s in stems for variant in ((*s, *version), (*s, "-", *version))]


def _ampersand_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A label's "and" between two words written as an ampersand: "head & neck", "Head & Neck"."""
    if "and" not in key[1:-1]:
        return []
    return [tuple("&" if word == "and" and 0 < i < len(key) - 1 else word for i, word in enumerate(key))]


_GLUED_V_VERSION = re.compile(r"(?<=[A-Za-z]{2})[vV]\d+(?:\.\d+)?$")
_IZE_SUFFIX = re.compile(r"(?<=[a-z]{2})i([sz])(ation|ations|ing|ed|er|ers|e|es)$")  # "localization", "normalise"
_INNER_HYPHEN = re.compile(r"(?<=[^\W_])-(?=[^\W_])")
_TRAILING_NUMBER = re.compile(r"(?<!\d)\d{1,2}$")  # a version, not a year


def _glued(text: str, start: int, end: int) -> bool:
    """True when a match is only part of a larger name (CXR in MIMIC-CXR, SAM in SAM-Med3D)."""
    if start > 0 and text[start - 1].isalnum():
        return True
    if end < len(text) and text[end].isalnum():
        return True
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    if len(before) == 2 and before[1] in "-–" and (before[0].isupper() or before[0].isdigit()) and not _dimension_before(text, start):
        return True
    if len(after) == 2 and after[0] == "." and after[1].isdigit():
        return True  # "Llama 3" in "Llama 3.2": the version goes on
    return len(after) == 2 and after[0] in "-–" and (after[1].isupper() or after[1].isdigit())


def _hyphened_neighbours(text: str, start: int, end: int) -> list[str]:
    """The words hyphened to the characters start..end on either side: 'CT' for 'MRI' in 'MRI-CT'."""
    found = []
    if start > 1 and text[start - 1] in "-–":
        begin = start - 1
        while begin > 0 and text[begin - 1].isalnum():
            begin -= 1
        found.append(text[begin : start - 1])
    if end + 1 < len(text) and text[end] in "-–":
        stop = end + 1
        while stop < len(text) and text[stop].isalnum():
            stop += 1
        found.append(text[end + 1 : stop])
    return [word for word in found if word]


def _dimension_before(text: str, start: int) -> int:
    """The length of a dimension and hyphen before a label ("3D-" in "3D-CT"), or 0: a dimension
    qualifies the label it is hyphened to, where other capitals would make one longer name."""
    if start < 3 or text[start - 1] not in "-–" or text[start - 2] not in "dD" or not text[start - 3].isdigit():
        return 0
    return 3 if start == 3 or not text[start - 4].isalnum() else 0
