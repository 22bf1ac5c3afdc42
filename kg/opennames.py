"""The open-name stage of recognition: the models and datasets one paper names that the
vocabulary may not know (PixCell, SAM-Med3D, PanCan-30M), each typed from its context.

kg.names decides whether words form a name and what a context makes it; this stage applies that
to one paper after the vocabulary's labels are found (kg.extract): names in the title, in
definitions ("magnetic resonance imaging (MRI)"), in lists beside known names, and their versions.
It then carries each type to the name's other occurrences, merges a short form with its long
form, drops a project's name and word combinations, and settles a name the vocabulary knows on
that concept. Its output, with the vocabulary's mentions, goes on to screening.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from kg import acronyms, names
from kg.corpus import Paper
from kg.evidence import VOCABULARY_RULES, Mention
from kg.names import Word
from kg.text import Span, is_case_sensitive, singular
from kg.vocabulary import ENTITY_TYPES, FACET_TYPES, NAMED_TYPES, Vocabulary

_WORD: Final = re.compile(r"[^\W_]+")
_TERM_TYPES: Final = tuple(t for t in ENTITY_TYPES if t not in NAMED_TYPES)  # the vocabulary's closed types
_PLACE_PREPOSITIONS: Final = frozenset({"from", "in", "at"})
_HEAD_ENDING_PREPOSITIONS: Final = frozenset({"of", "on", "for", "in", "with", "via", "from", "using", "at", "by", "over", "under"})
_DETERMINERS: Final = frozenset({"the", "our"})  # before a modifier and a listed name: "and our generated Spinal-AI2024"
_TYPING_RULES: Final = ("head-noun", "named", "title")  # contexts sure enough to override a vocabulary's type
_CLOSING_QUOTES: Final = "\"”’'"  # quotes that may close a quoted name after its bracket
_SPACED_VERSION: Final = re.compile(r"[1-9]\d?(?:\.\d)?")  # "Gemini 3", "Claude 4.5"; not "MedSAM 0.05"
_SIZE_LETTERS: Final = frozenset({"T", "S", "B", "L", "H", "G", "XL"})  # model sizes: tiny, small, base, large, huge, giant
_VARIANT_NOUNS: Final = frozenset({"variant", "variants"})  # "two variants: SurgRec-MAE and SurgRec-JEPA"
_PLAIN_TITLED: Final = re.compile(r"[A-Z][a-z]+")  # a capitalised plain word: "Diabetic", "Glioma"
# a plural s after a name's digit or capital ("ResNet50s"), not a size letter after a version ("YOLOv5s")
_PLURAL_OF_NAME: Final = re.compile(r"(?:^|[^vV\d])\d+s$|[A-Z]s$")
_SHORT_FORM_TYPES: Final = ("AnatomicalStructure", "Modality")  # whose short forms the paper defines name them later
_BRACKET: Final = re.compile(r"[()\[\]]")
_EDITION_TAIL: Final = re.compile(rf"(?<=[A-Za-z])[- ]?({acronyms.EDITION_NUMBER.pattern})$")  # "SAM 2", "SAM2": a short form's edition number


@dataclass(frozen=True)
class OpenNames:
    """What the open-name stage hands back: every mention so far, the names' aliases and what the paper introduces."""

    mentions: list[Mention]  # the vocabulary's mentions with the names, settled on one key each
    aliases: set[tuple[str, str]]  # (key, surface form) of each defined or expanded name
    introduced: dict[str, tuple[int, str, float]]  # key -> (sentence, rule, confidence) of what the paper introduces


def read_open_names(paper: Paper, text: str, sentences: list[Span], words: list[list[Word]], lowered: list[list[str]], mentions: list[Mention], vocabulary: Vocabulary) -> OpenNames:
    """The names of one paper, given its text as split (words lowered and singular) and the vocabulary's mentions in it."""
    return _NameReader(paper, text, sentences, words, lowered, mentions, vocabulary).run()


class _NameReader:
    """Working state of the open-name stage for one paper."""

    def __init__(self, paper: Paper, text: str, sentences: list[Span], words: list[list[Word]], lowered: list[list[str]], mentions: list[Mention], vocabulary: Vocabulary) -> None:
        self.paper = paper
        self.text = text
        self.sentences = sentences
        self.words = words
        self.lowered = lowered
        self.mentions = list(mentions)
        self.vocab = vocabulary
        self.cues = names.cues(vocabulary)
        self.aliases: set[tuple[str, str]] = set()
        self.introduced: dict[str, tuple[int, str, float]] = {}
        self.context_types: dict[str, set[str]] = {}  # known name -> the types contexts gave it so far
        # normal forms of short forms the paper defines for a task, modality or organ: no names
        self.not_names: set[str] = set()

    def run(self) -> OpenNames:
        typed = self._open_names()
        self._propagate(typed)
        self._terms_inside_new_names()
        self._merge_short_references()
        self._drop_combinations()
        self._drop_project_name()
        self._known_names()
        self._homonyms_by_context()
        return OpenNames(self.mentions, self.aliases, self.introduced)

    def _homonyms_by_context(self) -> None:
        """'MRNet' names a model and the dataset it came with: where the paper's contexts ('the public
        data set MRNet') gave the name one type only, its occurrences are that one, not both."""
        spans: dict[tuple[int, int], list[Mention]] = defaultdict(list)
        for mention in self.mentions:
            if mention.type in NAMED_TYPES and mention.rule in VOCABULARY_RULES:
                spans[(mention.start, mention.end)].append(mention)
        dropped: set[Mention] = set()
        for pair in spans.values():
            if len({m.type for m in pair}) < 2:
                continue
            given = set().union(*(self.context_types.get(m.key, set()) for m in pair)) & {m.type for m in pair}
            if len(given) == 1:
                dropped.update(m for m in pair if m.type not in given)
        if dropped:
            self.mentions = [m for m in self.mentions if m not in dropped]

    def _vocabulary_at(self, start: int, end: int) -> Mention | None:
        """A vocabulary mention covering these characters, models and datasets first."""
        covering = [m for m in self.mentions if m.rule in VOCABULARY_RULES and m.start <= start and end <= m.end]
        covering.sort(key=lambda m: (m.type not in NAMED_TYPES, m.start, m.key))
        return covering[0] if covering else None

    def _hosted(self, index: int, start: int, end: int) -> Mention | None:
        """'the Kaggle EyePACS test set': a site's or venue's name before a known model or dataset says
        where it is found; the known one is what is named."""
        ws = self.words[index]
        first = names.word_index(ws, start, False)
        if first is None or first + 1 >= len(ws) or ws[first].trailing or ws[first].text not in self.cues.generic:
            return None
        known = self._vocabulary_at(ws[first + 1].start, end)
        return known if known is not None and known.type in NAMED_TYPES and known.start == ws[first + 1].start and known.end == end else None

    def _joins_names(self, index: int, start: int, end: int, decision: names.NameDecision, typed: dict) -> bool:
        """'an Efficientnet-lite1+Deeplabv3 architecture': names joined by a plus are those names,
        each known or a version of a known one (recorded here), not one new name."""
        surface = self.text[start:end]
        if "+" not in surface:
            return False
        parts, offset = [], start
        for part in surface.split("+"):
            parts.append((offset, offset + len(part), part))
            offset += len(part) + 1
        known = [self._vocabulary_at(s, e) for s, e, _ in parts]
        if not all((k is not None and k.type in NAMED_TYPES) or self._known_or_version(part) for (_, _, part), k in zip(parts, known)):
            return False
        for (part_start, part_end, _), k in zip(parts, known):
            if k is None:
                self._name(index, part_start, part_end, decision, typed)
        return True

    def _known_or_version(self, word: str) -> bool:
        """A known model's or dataset's name in any case ('Deeplabv3'), or a version of one ('Efficientnet-lite1')."""
        index = names.known_name_index(self.vocab)
        stem = word.split("-")[0]
        return bool(word) and (
            self.cues.variant_of(word) is not None
            or any(names.name_key(kind, text) in index for kind in NAMED_TYPES for text in (word, stem) if text)
        )

    def _open_names(self) -> dict[str, tuple[str, str, float]]:
        """Names typed from their context: key -> (type, rule, confidence)."""
        typed: dict[str, tuple[str, str, float]] = {}
        known: dict[int, list[Mention]] = defaultdict(list)  # per sentence: models and datasets the vocabulary knows
        for mention in self.mentions:
            if mention.type in NAMED_TYPES and "/name:" not in mention.key:
                known[mention.sentence].append(mention)
        for index, span in enumerate(self.sentences):
            ws, lowered = self.words[index], self.lowered[index]
            definitions = acronyms.acronyms(self.text, span, ws)
            handled = [Span(a.long_start, a.long_start + len(a.long)) for a in definitions]
            if definitions:
                self._tasks_modifying_a_long_form(index, definitions)
            for definition in definitions:  # first: a defined name is typed by its definition
                event = _titled_event_before(ws, lowered, definition.long_first_word, self.cues)
                if self._acronym(index, definition, ws, lowered, typed, event is not None):
                    handled.append(Span(definition.short_start, definition.short_start + len(definition.short)))
                    if event is not None:
                        handled.append(event)
            members = names.candidates(ws, lowered, self.cues, index == 0, handled)
            headed: list[Mention] = []  # new names a head noun typed: they anchor a list as known ones do
            for group in names.groups(members, ws):
                decision = names.decide(group, ws, lowered, self.cues, index == 0)
                if decision is None or decision.rule == "listed":
                    # a known name in the list says its kind better than the nearest head noun before
                    # it: "the SleepEDFx dataset and outperforms ... (IIT-Net, DeepSleepNet) techniques"
                    decision = _with_a_known_name(known[index], ws[group[0].first].start, ws[group[-1].last].end) or decision
                if decision is None:
                    continue
                for member in group:
                    if member.dated and decision.type != "Dataset":
                        continue
                    start, end = ws[member.first].start, ws[member.last].end
                    if member.last > member.first and _known_then_description(known[index], ws, member):
                        continue
                    key = self._name(index, start, end, decision, typed)
                    if key is not None and decision.rule == "head-noun" and "/name:" in key:
                        headed.append(Mention(key, decision.type, self.text[start:end], start, end, index, decision.rule, decision.confidence))
            if index > 0:
                if known[index] or headed:
                    self._coordinated_with_known(index, known[index] + headed, typed)
                if known[index]:
                    self._titled_variants(index, known[index], handled, typed)
        self._dated_after_head(typed)
        self._elliptical_versions(typed)
        self._spaced_versions(typed)
        self._variants_of_typed(typed)
        self._title_acronyms(typed)
        self._title_compound(typed)
        self._title_variant(typed)
        self._title_phrase(typed)
        self._title_apposed(typed)
        not_names = self.not_names | self._series_labels(typed) | self._task_initials(typed)
        if not_names:
            dropped = {key for key in typed if key.split("/name:", 1)[1] in not_names}
            for key in dropped:
                del typed[key]
                self.introduced.pop(key, None)
            self.mentions = [m for m in self.mentions if m.key not in dropped]
            self.aliases = {alias for alias in self.aliases if alias[0] not in dropped}
        return typed

    def _titled_variants(self, index: int, known: list[Mention], handled: list[Span], typed: dict[str, tuple[str, str, float]]) -> None:
        """'particularly Dense UNet', 'a Modified U-net model': capitalised words before a known model's
        one-word name, inside a sentence, name a variant of it (based on it by its name's parts), not
        the known model. Not before a name of several words: capitalised words before "Vision
        Transformer" or "Segment Anything Model" are as often the long form of a name given elsewhere
        (a guard sample fell when they were read as new names)."""
        ws, lowered = self.words[index], self.lowered[index]
        for mention in known:
            if mention.type != "Model" or mention.rule not in VOCABULARY_RULES or " " in mention.text:
                continue
            after = names.word_index(ws, mention.start, False)
            if after is None:
                continue
            first = names.titled_prefix(self.text, ws, lowered, after)
            if first == after and after > 1 and self.text[ws[after - 1].end : ws[after].start] == " " and self.cues.name_shaped(ws[after - 1].text):
                first = after - 1  # "the CoordAtt UNet model": a new name-shaped word before the family's name
            while first < after and lowered[first] in self.vocab.plain_modifiers:
                first += 1  # "the Standard U-net" is U-Net itself
            start = ws[first].start
            if first == after or any(s.start <= start < s.end for s in handled) or self._vocabulary_at(start, ws[first].end):
                continue
            if self.text[mention.end : mention.end + 2].lstrip().startswith("(") or self.text[start - 1 : start] == "(":
                continue  # "Medical Vision Transformer (MedViTV2)", "FFU-Net (Feature Fusion U-Net)": a name's long form
            last = names.word_index(ws, mention.end, True)
            if last is not None and names.capitalised_run_goes_on(ws, lowered, last, self.cues):
                continue  # "The Channel Mamba State Aggregation module": a longer name with the known one inside
            decision = names.decide([names.Member(first, after if last is None else last, False)], ws, lowered, self.cues, False)
            introduced = decision is not None and decision.type == "Model" and decision.introduced
            self._name(index, start, mention.end, names.NameDecision("Model", "titled-variant", 0.7, introduced), typed)

    def _dated_after_head(self, typed: dict[str, tuple[str, str, float]]) -> None:
        """'AutoPET Challenge 2022', 'the QuuxData challenge 2019': a year after a dataset's name and
        the head noun after it (or after a new name that ends in its own, 'the Beijing Eye Study 2011')
        dates the name, as in 'the AutoPET 2022 Challenge': the dataset 'AutoPET 2022', with the
        paper's wording as an alias. (A known name that ends in its head noun, 'BraTS challenge', is
        left as it is: taking the year to it lost more than it found.)"""
        for mention in [m for m in self.mentions if m.type == "Dataset"]:
            ws, lowered = self.words[mention.sentence], self.lowered[mention.sentence]
            last = names.word_index(ws, mention.end, True)
            if last is None or last + 1 >= len(ws) or ws[last].trailing or mention.text[-1:].isdigit():
                continue
            if "/name:" in mention.key and self.cues.head_at(lowered, last) == "Dataset" and names.is_year(ws[last + 1].text):
                year = ws[last + 1]  # "the Beijing Eye Study 2011": a new name that ends in its head noun
            else:
                head = last + 1
                if self.cues.head_at(lowered, head) != "Dataset" or ws[head].trailing:
                    continue
                if head + 1 >= len(ws) or not names.is_year(ws[head + 1].text):
                    continue
                year = ws[head + 1]
            full = f"{mention.text} {year.text}"
            concept = names.known_names(self.vocab).get(("Dataset", full))
            key = concept or names.name_key("Dataset", full)
            rule = "vocabulary" if concept else "dated-name"
            self.mentions = [m for m in self.mentions if m is not mention]
            if concept is None and (key not in typed or typed[key][2] < mention.confidence):
                typed[key] = ("Dataset", rule, mention.confidence)
            if mention.key in self.introduced and self.introduced[mention.key][0] == mention.sentence:
                self.introduced.setdefault(key, self.introduced[mention.key])
                if not any(m.key == mention.key for m in self.mentions):
                    self.introduced.pop(mention.key)
            self.mentions.append(Mention(key, "Dataset", full, mention.start, year.end, mention.sentence, rule, mention.confidence))
            self.aliases.add((key, self.text[mention.start : year.end]))  # as the paper writes it: "AutoPET Challenge 2022"

    def _elliptical_versions(self, typed: dict[str, tuple[str, str, float]]) -> None:
        """'ISIC 2018 and 2019', 'VGG16 & 19', 'EfficientNetB5 & B7', 'ResNet-50 and -101': a bare
        version coordinated right after a versioned name is that name at the other version. Only
        sentences where a model or dataset name ends in a digit are looked at."""
        ends: dict[int, list[Mention]] = defaultdict(list)
        for mention in self.mentions:
            if mention.type in NAMED_TYPES and mention.text[-1:].isdigit():
                ends[mention.sentence].append(mention)
        for index, found in sorted(ends.items()):
            ws, lowered = self.words[index], self.lowered[index]
            for mention in sorted(found, key=lambda m: m.start):
                last = names.word_index(ws, mention.end, True)
                text = mention.text
                while last is not None and last + 2 < len(ws) and ws[last].trailing in ("", ","):
                    at = last + 1
                    if lowered[at] in names.COORDINATION_WORDS and not ws[at].trailing:
                        at += 1
                    elif ws[last].trailing != "," or not (names.is_year(ws[at].text) or ws[at].text[:1].isalpha()):
                        break  # after a comma alone, a year or a lettered version: "ISIC 2017, 2018 and 2019"
                    full = names.other_version(text, ws[at].text)
                    if full is None or not self._version_ends_here(ws, lowered, at):
                        break
                    self._version_mention(index, mention, full, ws[at], typed)
                    last, text = at, full

    def _spaced_versions(self, typed: dict[str, tuple[str, str, float]]) -> None:
        """'Gemini 3 Pro', 'Claude Sonnet 4.5': a family the vocabulary knows in versions, then a
        version number, with the tier words its versions' labels write before or after the number,
        is that version, a model of its own where the vocabulary does not list it."""
        families = _versioned_families(self.vocab)
        for family in [m for m in self.mentions if m.type == "Model" and m.rule == "vocabulary" and m.text in families]:
            ws, lowered = self.words[family.sentence], self.lowered[family.sentence]
            last = names.word_index(ws, family.end, True)
            if last is None:
                continue
            before, after = families[family.text]
            at = last + 1
            if at + 1 < len(ws) and not ws[last].trailing and ws[at].text in before:
                at += 1
            if at >= len(ws) or ws[at - 1].trailing or not _SPACED_VERSION.fullmatch(ws[at].text) or not self._version_ends_here(ws, lowered, at):
                continue
            if at + 1 < len(ws) and not ws[at].trailing and (ws[at + 1].text in after or ws[at + 1].text.lower() in names.EDITIONS):
                at += 1
            # a version the vocabulary lists was matched as its label already; `_known_names` maps any other spelling
            full = self.text[family.start : ws[at].end]
            self.mentions.remove(family)
            self._add_typed(typed, Mention(names.name_key("Model", full), "Model", full, family.start, ws[at].end, family.sentence, "version", 0.8))

    def _version_ends_here(self, ws: list[Word], lowered: list[str], at: int) -> bool:
        """A bare number is a version unless a plural noun counts by it: 'VGG16 & 19 models', 'ISIC
        2018 and 2019 are ...', not 'ResNet-50 and 101 patients', nor, past the capitalised words of
        what is counted, 'ABIDE 2 and 750 T1w MRI scans' (a year stays a version: 'BraTS 2019 and 2020
        MRI scans')."""
        if ws[at].trailing or at + 1 >= len(ws) or not ws[at].text[:1].isdigit():
            return True
        noun = at + 1
        if not names.is_year(ws[at].text):
            while noun + 1 < len(ws) and noun < at + 3 and not ws[noun].trailing and not ws[noun].text.islower():
                noun += 1
        following = ws[noun].text
        plural = following.isalpha() and following.islower() and following.endswith("s") and not following.endswith(("ss", "us", "is", "as"))
        return not plural or self.cues.head_at(lowered, noun) is not None

    def _version_mention(self, index: int, mention: Mention, full: str, word: Word, typed: dict[str, tuple[str, str, float]]) -> None:
        """Record `full`, written as the bare version `word`, as a name of the mention's type (the
        vocabulary's concept when it knows the name), in place of a name the word was taken for."""
        concept = names.known_names(self.vocab).get((mention.type, full))
        if concept is None and any(m.start <= word.start and word.end <= m.end and m.rule in VOCABULARY_RULES for m in self.mentions):
            return
        taken = {m.key for m in self.mentions if (m.start, m.end) == (word.start, word.end) and "/name:" in m.key}
        self.mentions = [m for m in self.mentions if not (m.key in taken and (m.start, m.end) == (word.start, word.end))]
        for key in taken - {m.key for m in self.mentions}:
            typed.pop(key, None)
            self.introduced.pop(key, None)
        if concept is not None:
            self.mentions.append(Mention(concept, mention.type, full, word.start, word.end, index, "vocabulary", 0.85))
            return
        self._add_typed(typed, Mention(names.name_key(mention.type, full), mention.type, full, word.start, word.end, index, "version-coordination", min(mention.confidence, 0.8)))

    def _add_typed(self, typed: dict[str, tuple[str, str, float]], mention: Mention) -> None:
        """Record a name typed from its context; its key keeps the surest typing found for it."""
        if mention.key not in typed or typed[mention.key][2] < mention.confidence:
            typed[mention.key] = (mention.type, mention.rule, mention.confidence)
        self.mentions.append(mention)

    def _tasks_modifying_a_long_form(self, index: int, definitions: list[acronyms.Acronym]) -> None:
        """'Reconstruction Independent Component Analysis (RICA)', 'Explainable Artificial Intelligence
        (XAI)': a task word that modifies the capitalised words after it in a defined long form is part
        of that name; a long form that ends in the task ('Content-Based Image Retrieval (CBIR)') names it."""
        tasks = [m for m in self.mentions if m.sentence == index and m.type == "Task"]
        inside = []
        for definition in definitions if tasks else ():
            end = definition.long_start + len(definition.long)
            for m in tasks:
                if definition.long_start <= m.start and m.end < end:
                    rest = self.text[m.end : end].replace("-", " ").split()
                    if rest and all(word[:1].isupper() for word in rest):
                        inside.append(m)
        if inside:
            self.mentions = [m for m in self.mentions if m not in inside]

    def _terms_inside_new_names(self) -> None:
        """A task word inside a name typed from its context is part of that name, as inside a known
        one ("the RSNA Screening Dataset", "the Lesion Detection Challenge"); so is a modality or organ
        word inside a model's, which says nothing of the paper's images ("a Triple-Head Dual-Attention
        ResNet"), as inside a known model's."""
        new = [m for m in self.mentions if m.type in NAMED_TYPES and "/name:" in m.key and " " in m.text]
        if not new:
            return
        spans = [(m.start, m.end) for m in new]
        models = [(m.start, m.end) for m in new if m.type == "Model"]
        self.mentions = [
            m for m in self.mentions
            if not (m.type == "Task" and names.inside_a_name(m.start, m.end, spans))
            and not (models and m.type in FACET_TYPES and names.inside_a_name(m.start, m.end, models))
        ]

    def _series_labels(self, typed: dict[str, tuple[str, str, float]]) -> set[str]:
        """Normal forms of the labels the paper numbers as a series ("teams T1-T6"): no names. The
        text is searched only when a short name with a number was typed (few papers have one)."""
        norms = (key.split("/name:", 1)[1] for key in typed)
        if not any(len(norm) <= 6 and norm[-1:].isdigit() for norm in norms):
            return set()
        return {names.name_norm(label) for label in names.series_labels(self.text)}

    def _task_initials(self, typed: dict[str, tuple[str, str, float]]) -> set[str]:
        """Normal forms of the initials of the tasks the paper names in several words ("low-light image
        enhancement", "quality control"): capitals spelling them ("competitive LLIE methods", "QC") abbreviate
        the task, though the paper never defines them, and name nothing."""
        spelled = {acronyms.initials(m.text) for m in self.mentions if m.type == "Task"}
        return {names.name_norm(letters) for letters in spelled if len(letters) > 1} & {key.split("/name:", 1)[1] for key in typed}

    def _variants_of_typed(self, typed: dict[str, tuple[str, str, float]]) -> None:
        """A model the paper has typed, extended by a short lower-case part that abbreviates a word,
        by a version or by a size letter, is a variant of it: 'CMT-reg' of CMT, 'QuuxNet-seg', 'IPN-V2'
        of IPN, 'Hibou-B' and 'Hibou-L' of Hibou. So is one extended by a count that only its shape
        typed, as a dataset's size ('UltraSeg-108K' of UltraSeg, a count of parameters). A longer part
        is a modifier ('CMT-based'); a dataset's short part names a split ('X-dev'), and a capitalised
        part may make a name of its own, which the context types or not -- save in a sentence that
        says it names variants ('two variants: SurgRec-MAE and SurgRec-JEPA')."""
        best: dict[str, tuple[str, str, float]] = {}  # as _propagate settles a name's type
        for key, decision in sorted(typed.items()):
            norm = key.split("/name:", 1)[1]
            if norm not in best or best[norm][2] < decision[2]:
                best[norm] = decision
        models = {norm for norm, decision in best.items() if decision[0] == "Model"}
        if not models:
            return
        for index, ws in enumerate(self.words):
            said = _VARIANT_NOUNS.intersection(self.lowered[index])
            for word in ws:
                if "-" not in word.text:
                    continue
                prefix, dash, suffix = word.text.rpartition("-")
                shaped = names.is_size(suffix) and best.get(names.name_norm(word.text), ("", "", 0.0))[1] == "name-pattern"
                short = (suffix.isalpha() and suffix.islower() and len(suffix) <= 3) or names.is_version(suffix) or suffix in _SIZE_LETTERS
                if not (dash and prefix and (short or shaped or (said and suffix[:1].isupper() and suffix.isalnum()))):
                    continue
                if names.name_norm(prefix) in models and (shaped or not self._covered(word.start, word.end)):
                    if shaped:  # the variant replaces the mention its shape made
                        self.mentions = [m for m in self.mentions if (m.start, m.end) != (word.start, word.end)]
                    self._name(index, word.start, word.end, names.NameDecision("Model", "variant", 0.7), typed)

    def _coordinated_with_known(self, index: int, known: list[Mention], typed: dict[str, tuple[str, str, float]]) -> None:
        """'foundation models such as UNI and Hibou', 'the UNet and Hourglass networks': a capitalised
        word coordinated with a model or dataset the vocabulary knows, or one a head noun typed ('the
        Burdenko and GLIS-RT datasets'), is a name of its kind. Not in a
        title, which capitalises every word, nor a head noun ('ResNet and Transformer'). A name so
        found is coordinated in its turn: 'datasets Synapse, BRaTs, and ACDC'."""
        ws, lowered = self.words[index], self.lowered[index]
        anchors, seen = list(known), {m.start for m in known}
        while anchors:
            mention = anchors.pop()
            near = []
            last, first = names.word_index(ws, mention.end, True), names.word_index(ws, mention.start, False)
            # "UNI and X", "UNI, X", "UNI, and X"; a comma after a head noun closes its list ("In the A,
            # B, and C datasets, X achieves ...")
            closed = first is not None and last is not None and last > first and ws[last].trailing == "," and self.cues.head_at(lowered[last : last + 1], 0)
            if last is not None and not closed and (aside := names.past_aside(ws, last)) + 1 < len(ws):
                # "jMRUI (AQUES, QUEST), TARQUIN": the list goes on after the brackets
                trailing = ws[aside].trailing[1:] if aside > last else ws[last].trailing
                last = aside
                after = last + 1
                if trailing in ("", ",") and lowered[after] in names.COORDINATION_WORDS:
                    after += 1
                if after > last + 1 or trailing == ",":
                    after = _past_article_and_modifier(ws, lowered, after)
                    if after < len(ws):
                        near.append(after)
            if first is not None and first >= 2:  # "X and UNI", "X, UNI"
                before = _before_article_and_modifier(ws, lowered, first)
                if lowered[before] in names.COORDINATION_WORDS and not ws[before].trailing:
                    before = names.before_aside(ws, before - 1)  # "Glas (smaller, breast cancer) and Camelyon16"
                if before >= 1 and (before < first - 1 or ws[before].trailing == ","):
                    near.append(before)
            for i in near:
                word = ws[i]
                if word.start in seen or (i > 0 and lowered[i - 1] in _PLACE_PREPOSITIONS):
                    continue  # "VinDr-CXR from Vietnam, ChestX-ray14 and ...": where the data come from
                seen.add(word.start)
                named = next((m for m in self.mentions if m.start == word.start and m.type == mention.type and "/name:" in m.key), None)
                if named is not None:  # a new name typed already ("BRaTs" in "Synapse, BRaTs, and ACDC")
                    anchors.append(named)
                elif ((names.is_weak_name(word.text) or names.is_numbered_name(word.text)) and word.text not in self.cues.generic or self.cues.name_shaped(word.text)) and _alone(ws, i) and not self.cues.head_at(lowered, i) and not self._covered(word.start, word.end):
                    key = self._name(index, word.start, word.end, names.NameDecision(mention.type, "coordination", 0.65), typed)
                    if key is not None:
                        anchors.append(Mention(key, mention.type, word.text, word.start, word.end, index, "coordination", 0.65))

    def _title_acronyms(self, typed: dict[str, tuple[str, str, float]]) -> None:
        """A name the title spells out ('Intensive Vision-guided Network ...' for IVGN) is the paper's own."""
        for mention in list(self.mentions):
            if "/name:" not in mention.key or mention.key in self.introduced:
                continue
            expansion = acronyms.title_expansion(self.paper.title, mention.text)
            if expansion and len(expansion.split()) >= 2:
                self.introduced[mention.key] = (0, "title-acronym", 0.85)
                self.aliases.add((mention.key, expansion))
        self._title_colon_long_form()
        self._title_description()

    def _title_description(self) -> None:
        """'ROSE: A Retinal OCT-Angiography Vessel Segmentation Dataset and New Model': after a title's
        opening name and colon, an article opens a description of that name; the capitalised words
        up to its head noun are title case, not a second name."""
        ws, lowered = self.words[0], self.lowered[0]
        if len(ws) < 3 or not ws[0].trailing.startswith(":") or lowered[1] not in ("a", "an"):
            return
        if not any(m.sentence == 0 and m.start == 0 and m.end == ws[0].end and m.type in NAMED_TYPES for m in self.mentions):
            return
        head = next((j for j in range(2, len(ws)) if self.cues.head_at(lowered, j) is not None), None)
        if head is None:
            return
        stop = ws[head].end
        self.mentions = [m for m in self.mentions if not (m.sentence == 0 and m.rule == "head-noun" and ws[2].start <= m.start and m.end == stop)]

    def _title_colon_long_form(self) -> None:
        """'RUN: Residual U-Net for ...': the words after the colon of a title that opens with a new
        name, when they spell it, are its long form, as 'Residual U-Net (RUN)' would define it."""
        ws = self.words[0] if self.words else []
        if not ws or not ws[0].trailing.startswith(":") or ws[0].start != 0:
            return
        opening = next((m for m in self.mentions if m.sentence == 0 and (m.start, m.end) == (0, ws[0].end) and "/name:" in m.key), None)
        if opening is None:
            return
        rest = ws[0].end + len(ws[0].trailing)
        expansion = acronyms.title_expansion(self.paper.title[rest:].strip(), opening.text)
        if expansion and len(expansion.split()) >= 2:
            self.aliases.add((opening.key, expansion))
            # a known name inside the long form is a part of it: "RAUNet: Residual Attention U-Net" names no Attention U-Net
            start = self.paper.title.find(expansion, rest)  # -1 where the title spaces its words otherwise
            if start >= 0:
                end = start + len(expansion)
                # and a name the title's head noun made of its last words is it too: "AIROGS: Artificial
                # Intelligence for RObust Glaucoma Screening Challenge" names no "RObust ... Challenge"
                self.mentions = [m for m in self.mentions if not (m.sentence == 0 and m.type in NAMED_TYPES and m.key != opening.key and start <= m.start < end)]

    def _title_opening(self, reach: int, digits: bool) -> int | None:
        """The last word before the title's colon, where a colon ends one of its first `reach` words
        and every word up to it is capitalised (or, with `digits`, a number): 'MONAI Label: ...',
        'COVID-19 Image Data Collection: ...'."""
        ws = self.words[0]
        end = next((i for i, word in enumerate(ws[:reach]) if word.trailing), None)
        if end is None or end == 0 or not ws[end].trailing.startswith(":"):
            return None
        if not all(w.text[:1].isupper() or (digits and w.text[:1].isdigit()) for w in ws[: end + 1]):
            return None
        return end

    def _title_compound(self, typed: dict[str, tuple[str, str, float]]) -> None:
        """'Enhanced U-Net: A Feature Enhancement Network for ...', 'MONAI Label: A framework for
        ...': a title that opens with a known model and capitalised words, then a colon and a model
        noun phrase, names the paper's own model with all of them."""
        ws, lowered = self.words[0], self.lowered[0]
        end = self._title_opening(3, digits=False)
        if end is None or names.phrase_head(ws, lowered, end + 1, self.cues) != "Model":
            return
        start, stop = ws[0].start, ws[end].end
        inside = [m for m in self.mentions if m.sentence == 0 and start <= m.start and m.end <= stop]
        if not inside or any(m.type != "Model" or "/name:" in m.key or (m.start, m.end) == (start, stop) for m in inside):
            return
        self._name(0, start, stop, names.NameDecision("Model", "title", 0.95, introduced=True), typed)

    def _title_variant(self, typed: dict[str, tuple[str, str, float]]) -> None:
        """'Scale-attentional U-Net for the segmentation of the median nerve in ultrasound images', 'A
        Probabilistic U-Net for Segmentation of Ambiguous Images': a title that opens on one word
        before a known model's one-word name names the paper's own variant of it, where the title is
        in sentence case, or a function word closes the phrase that an article or a hyphened compound
        of capitalised parts opens ('Attention-Gateway U-Net for ...'); in a title case title with
        none of these, nothing tells a name's words from the title's."""
        ws, lowered = self.words[0], self.lowered[0]
        first = 1 if lowered[0] in ("a", "an") else 0
        if len(ws) < first + 4 or self.text[ws[first].end : ws[first + 1].start] != " ":
            return
        opening = lowered[first]
        if opening in names.FUNCTION_WORDS or opening in names.OPENING_WORDS or opening in self.vocab.plain_modifiers or opening.endswith("ing"):
            return  # "Leveraging SAM for ...", "Towards ...", "Standard U-Net"
        known = self._vocabulary_at(ws[first + 1].start, ws[first + 1].end)
        if known is None or known.type != "Model" or (known.start, known.end) != (ws[first + 1].start, ws[first + 1].end):
            return
        if self._vocabulary_at(ws[first].start, ws[first].end):
            return
        compound = "-" in ws[first].text and all(part[:1].isupper() for part in ws[first].text.split("-"))
        closed = (bool(first) or compound) and lowered[first + 2] in names.FUNCTION_WORDS
        if not first and not closed:
            rest = [word.text for word, low in zip(ws[2:], lowered[2:]) if word.text.isalpha() and low not in names.FUNCTION_WORDS]
            closed = bool(rest) and all(word.islower() or word.isupper() for word in rest)
        if closed:
            self._name(0, ws[first].start, known.end, names.NameDecision("Model", "title", 0.9, introduced=True), typed)

    def _title_phrase(self, typed: dict[str, tuple[str, str, float]]) -> None:
        """'Recurrent Saliency Transformation Network: Incorporating ...', 'COVID-19 Image Data
        Collection: Prospective ...': a title that opens with capitalised words ending in a head noun
        in the singular, then a colon, names the paper's own model or dataset. A plural names a kind
        ('Vision Transformers: ...'), and an article a description ('A Benchmark: ...')."""
        ws, lowered = self.words[0], self.lowered[0]
        end = self._title_opening(7, digits=True)
        if end is None or lowered[0] in names.OPENING_WORDS or ws[end].text.lower() != lowered[end] or self._gerund_opening(end):
            return
        kind = self.cues.head_at(lowered, end)
        start, stop = ws[0].start, ws[end].end
        if kind is None or any(m.sentence == 0 and m.type in NAMED_TYPES and m.start < stop for m in self.mentions):
            return
        if self._defined_long_form(start, stop):
            return  # 'Medical Transformer: ...' that the abstract defines as MedT's long form
        self._name(0, start, stop, names.NameDecision(kind, "title", 0.95, introduced=True), typed)

    def _title_apposed(self, typed: dict[str, tuple[str, str, float]]) -> None:
        """'Whole Slide Concepts: A Supervised Foundation Model For ...': capitalised words before the
        title's colon, then 'A'/'An' and a model or dataset noun phrase, name the paper's own model
        or dataset; not words the vocabulary reads ('Lung Nodule Segmentation: A Deep Learning
        Approach' names a task)."""
        ws, lowered = self.words[0], self.lowered[0]
        end = self._title_opening(4, digits=False)
        if end is None or end + 2 >= len(ws) or lowered[0] in names.OPENING_WORDS or lowered[end + 1] not in ("a", "an") or self._gerund_opening(end):
            return
        kind = names.phrase_head(ws, lowered, end + 2, self.cues)
        start, stop = ws[0].start, ws[end].end
        if kind is None or self._defined_long_form(start, stop) or not self._named_despite_terms(start, stop):
            return
        self._name(0, start, stop, names.NameDecision(kind, "title", 0.9, introduced=True), typed)

    def _gerund_opening(self, end: int) -> bool:
        """'Decoding Tumor Phenotypes: A Radiologist-Inspired ...', 'Mitigating Aberration-Induced
        Noise: ...': a title opening on a verb's -ing form says what the paper does, unless the
        abstract writes the opening again as a name ('Grading Loss: ...', '... our Grading Loss')."""
        ws = self.words[0]
        return end > 0 and names.opens_on_ing_form(ws, self.lowered[0], 0) and not self._written_again(ws[0].start, ws[end].end)

    def _written_again(self, start: int, stop: int) -> bool:
        """The abstract writes the title's words between the offsets again, as they are."""
        return self.text.find(self.text[start:stop], self.sentences[0].end) >= 0

    def _named_despite_terms(self, start: int, stop: int) -> bool:
        """A title's opening words that hold no term the vocabulary reads; or whose terms all stand
        before the last word and which the abstract writes again as they are ('Pathomic Fusion: An
        Integrated Framework ...', '... we propose Pathomic Fusion, an ...'): a name with a word of
        the field in it, where 'Lung Nodule Segmentation: A Deep Learning Approach' names a task."""
        terms = [m for m in self.mentions if m.sentence == 0 and m.start < stop]
        if not terms:
            return True
        if any(m.end >= stop for m in terms):
            return False
        return self._written_again(start, stop)

    def _defined_long_form(self, start: int, stop: int) -> bool:
        """The text between the offsets is a long form the paper defines a short form with."""
        written = self.text[start:stop].lower()
        return any(alias.lower() == written for _, alias in self.aliases)

    def _name(self, index: int, start: int, end: int, decision: names.NameDecision, typed: dict, defined: bool = False) -> str | None:
        """Record one typed name unless the vocabulary already knows it.

        A word the vocabulary knows as a modality, anatomy or task ("FLAIR") becomes a model or dataset
        name only where the paper defines it as one ("... model of the Retina (FLAIR)").
        """
        known = self._vocabulary_at(start, end) or self._hosted(index, start, end)
        if known is None and not defined and self._term_and_head(index, start, end):
            return None
        if known is None and self._joins_names(index, start, end, decision, typed):
            return None
        # a defined name the context types otherwise is the paper's own, a homonym of the known one:
        # "a deep learning approach, pancreatic cancer detection with artificial intelligence (PANDA)"
        retyped = known is not None and known.type in NAMED_TYPES and known.type != decision.type and (decision.rule in _TYPING_RULES or defined or self._apposed_kind_of(index, start, end, decision))
        overruled = retyped and known is not None and self._used_as_known(known.key, index, decision.type)
        if overruled:
            retyped = False  # 'We introduce CONCH ...', then 'Evaluated on 14 benchmarks, CONCH can ...'
        if retyped and known is not None and known.type == "Dataset" and decision.rule == "head-noun":
            retyped = False  # 'better ImageNet architectures': a dataset before a model noun says what they learnt from
        if retyped and known is not None and known.type == "Model" and decision.rule == "head-noun" and self._word_after(index, end) == "repository":
            retyped = False  # 'the official nnUNet repository': a model's repository holds its code
        if known is not None and not overruled:
            # an overruled context gives no type for later ones to build on ('the MedGemma collection', twice)
            self.context_types.setdefault(known.key, set()).add(decision.type)
        if known is not None and not retyped and (known.type in NAMED_TYPES or not defined):
            if decision.introduced and known.type == decision.type:
                self.introduced.setdefault(known.key, (index, decision.rule, decision.confidence))
            return known.key if known.type in NAMED_TYPES else None
        surface = self.text[start:end]
        key = names.name_key(decision.type, surface)
        if known is not None and ((retyped and decision.rule != "title") or (defined and known.type not in NAMED_TYPES)):
            # the paper defines the word as a name, or its words type a known name otherwise: its other
            # occurrences are that name too (a title's form alone types less surely: "CHAMMI-75: pre-training
            # multi-channel models ..." names the known dataset in the abstract)
            self.mentions = [m for m in self.mentions if not (m.rule == "vocabulary" and m.key == known.key and m.text == surface)]
        # a longer name beats a known name inside it ("ISLES 2022" is not just "ISLES"), and the
        # context beats the vocabulary's type ("two public CT datasets (VerSe, TotalSegmentator)")
        self.mentions = [
            m for m in self.mentions
            if not (m.rule == "vocabulary" and m.type in NAMED_TYPES and start <= m.start and m.end <= end)
        ]
        if decision.introduced:
            self.introduced.setdefault(key, (index, decision.rule, decision.confidence))
        self._add_typed(typed, Mention(key, decision.type, surface, start, end, index, decision.rule, decision.confidence))
        return key

    def _apposed_kind_of(self, index: int, start: int, end: int, decision: names.NameDecision) -> bool:
        """The authors introduce the name and an apposition's head noun gave it its type ('we
        introduce LIME, a large-scale multi-modal dataset'): their own, a homonym of the known one of
        another kind. Not an apposition alone: 'On the ... (CBIS-DDSM), the best single model
        achieved' opens the main clause."""
        if decision.rule != "introduced" or not decision.introduced:
            return False
        ws = self.words[index]
        first, last = names.word_index(ws, start, False), names.word_index(ws, end, True)
        if first is None or last is None:
            return False
        apposed = names.apposition(ws, self.lowered[index], first, last, self.cues)
        return apposed is not None and apposed.type == decision.type

    def _word_after(self, index: int, end: int) -> str | None:
        """The lowered word after the one ending at this offset, if any."""
        last = names.word_index(self.words[index], end, True)
        lowered = self.lowered[index]
        return lowered[last + 1] if last is not None and last + 1 < len(lowered) else None

    def _term_and_head(self, index: int, start: int, end: int) -> bool:
        """'A Text-Image Pair GI Tract Dataset': a modality or organ the vocabulary knows before a
        capitalised head noun says what the data shows, as "the OCT dataset" does; it names nothing.
        A task before one names an event or its data ("Cell Tracking Challenge")."""
        ws = self.words[index]
        last = names.word_index(ws, end, True)
        if not last or self.cues.head_at(self.lowered[index], last) is None:
            return False
        term_end = ws[last - 1].end
        return any(m.start == start and m.end == term_end and m.type in FACET_TYPES and m.rule in VOCABULARY_RULES for m in self.mentions)

    def _used_as_known(self, key: str, index: int, type_name: str) -> bool:
        """The paper wrote the known name before this sentence and no context there gave it `type_name`:
        a later apposition alone does not retype it ("healthcare systems, EchoNet-LVH" may, after "we
        present EchoNet-LVH - a deep learning workflow")."""
        earlier = any(m.key == key and m.sentence < index for m in self.mentions)
        return earlier and type_name not in self.context_types.get(key, ())

    def _acronym(self, index: int, definition: acronyms.Acronym, ws: list[Word], lowered: list[str], typed: dict, challenge: bool) -> bool:
        """'Long Form (LF)': the long form becomes an alias; an unknown LF is typed from the long form's context
        (`challenge`: the long form ends a challenge's title, see `_titled_event_before`).

        True when the short form was resolved here (typed, or known to the vocabulary).
        """
        short_end = definition.short_start + len(definition.short)
        phrase_kind = self.cues.phrase_head_kind(definition.long.split())  # kind may be told otherwise below
        kind = phrase_kind
        headed = kind is not None
        first = definition.first_word
        homonym: Mention | None = None  # a known model or dataset's short form the paper may give another meaning
        redefined = False  # the short form of a term the paper gives another meaning ("Adaptive Curriculum Learning (ACL)")
        long_end = definition.long_start + len(definition.long)
        spelling = self._spelling(definition, long_end)  # the vocabulary mention that is the long form, or ends it
        matched = False  # the gazetteer matched the short form as written
        for mention in self.mentions:
            if mention.start == definition.short_start and mention.end == short_end:
                matched = True
                if kind and mention.type not in NAMED_TYPES and not self._spelled_inside(mention, definition.long_start, long_end):
                    break  # "... model of the Retina (FLAIR)": the paper's name, not the MRI sequence
                if mention.type in _SHORT_FORM_TYPES and spelling is not None and spelling.type == mention.type and spelling.key != mention.key:
                    # "fetal lateral ventricles (LVs)": the long form is another organ's label whole, and the
                    # short form names that organ in this paper, not the left ventricle it abbreviates elsewhere
                    self.mentions = [m for m in self.mentions if not (m.key == mention.key and _one_short_form(m.text.split()[0], definition.short))]
                    break
                if self._another_meaning(mention.key, definition):
                    # "retinal age gap (RAG)", "spatial attention module (SAM)": not the known RAG or SAM, anywhere in the paper
                    self.mentions = [m for m in self.mentions if not (m.key == mention.key and m.text == definition.short)]
                    redefined = True
                    break
                if mention.type in NAMED_TYPES and not self._spells_known(mention.key, definition.long, definition.short):
                    homonym = mention
                    break
                return self._known_defined(index, mention, definition, ws, lowered)
        ending = [m for m in self.mentions if m.type not in NAMED_TYPES and m.end == long_end and m.start >= definition.long_start]
        # the whole long form is an organ's or a modality's label, or a name the vocabulary knows: the short form names
        # it from then on, however the long form is capitalised and whatever is said of it ("The Circle
        # of Willis (CoW) is an important network of arteries ... a CoW dataset", "UK Biobank [UKB]")
        spelled = None if homonym is not None else next(
            (m for m in self.mentions if (m.start, m.end) == (definition.long_start, long_end) and m.rule in VOCABULARY_RULES and (m.type in NAMED_TYPES or m.type in _SHORT_FORM_TYPES)),
            None,
        )
        if spelled is None and homonym is None and matched and spelling is not None and spelling.type in _SHORT_FORM_TYPES:
            spelled = spelling  # the short form's own concept is gone: the longer one's stays
        if spelled is not None:
            if spelled.type in NAMED_TYPES:
                self.aliases.add((spelled.key, definition.short))
            self.not_names.add(names.name_norm(definition.short))
            self._short_form_mentions(index, definition, spelled)
            return True
        task = self._abbreviated_task(definition, long_end) if homonym is None else None
        if task is not None:
            # "Domain Generalization (DG) ... a classic DG dataset": the task, even in title case, and
            # wherever the paper writes the abbreviation later ("super-resolution reconstruction (SRR)
            # ... In SRR, a decoding network ...")
            self.not_names.add(names.name_norm(definition.short))
            self._short_form_mentions(index, definition, task)
            return True
        if self._names_a_part(definition, ws, lowered, short_end):
            # "a Parallel Vision Mamba (PVM) layer": the part's name holds a known model's after words of its own
            self.mentions = [m for m in self.mentions if not (m.type == "Model" and definition.long_start < m.start and m.end <= long_end and m.rule in VOCABULARY_RULES)]
            self.not_names.add(names.name_norm(definition.short))
            return True
        if (
            self._long_form_is_no_name(definition, ws, lowered, short_end)
            or self._generic_words(definition.short)
            # "In-context learning (ICL), a type of universal model": a learning setting, not a name
            or definition.long.lower() in self.vocab.settings
        ):
            self.not_names.add(names.name_norm(definition.short))
            return True
        lower_case = _spelled_lower(definition, ws)  # a phrase, not a proper name
        if lower_case and phrase_kind == "Dataset" and definition.long.split()[-1].lower() in names.WORK_NOUNS:
            # "a genome-wide association study (GWAS)", "phenome-wide association studies (PheWAS)": a
            # kind of study written in lower case is work done, no named cohort
            self.not_names.add(names.name_norm(definition.short))
            return True
        first_word = definition.long_first_word
        # the authors' own: "our ... (MaMA) method"; and a coined short form the authors give what they
        # propose ("we propose a fast cortical surface reconstruction (FastCSR) pipeline"), where
        # capitals alone may abbreviate the task it is for ("we present a weakly supervised semantic
        # segmentation (WSSS) model")
        coined = not definition.short.isupper() and definition.short.isalnum()
        own = first_word > 0 and (lowered[first_word - 1] == "our" or (coined and names.speaker_cue(lowered, first_word - 8, first_word, self.cues)))
        if kind is None and not (lower_case and ending and not own) and definition.short.replace("-", "").isalnum():
            # "the Phase, Step, ... Action recognition (PSI-AVA) Dataset", "the 2022 Colon Nuclei
            # Identification and Counting (CoNIC) Challenge", "a 3D Semantic Asymmetry Tumor
            # Segmentation (SATS) method": the head noun follows the short form (a task's own
            # initials, "Content-Based Image Retrieval (CBIR) framework", were settled above); in
            # lower case too where the long form ends in no term and a dataset noun follows ("the
            # retrospective evaluation of cerebral tumors (RESECT) dataset"), not after a task or
            # modality ("video polyp segmentation (VPS) datasets") unless the authors name their own
            kind = _head_after_short_form(ws, lowered, max(short_end, long_end), self.cues)
            if lower_case and kind != "Dataset" and not own:
                # "an artificial intelligence as a medical device (AIaMD) tool" names a kind of tool;
                # "our multi-view and multi-scale alignment (MaMA) method" names the authors' own
                kind = None
            headed = kind is not None
        if kind is None and challenge:
            kind = "Dataset"
        if kind is None and self._opens_title(definition.short):
            # "BCI: Breast Cancer Immunohistochemical Image Generation ...", then "we propose a breast
            # cancer immunohistochemical (BCI) benchmark": the title's own name, however its long form is spelled
            kind = _head_after_short_form(ws, lowered, max(short_end, long_end), self.cues)
            headed = kind is not None
        if kind is None:
            # "You Only Look Once version 8 nano (YOLOv8n)": a version of a known name is of its kind
            kind = self.cues.variant_of(definition.short)
        if kind is None:
            # "Focus-to-Perceive Representation Learning (FPRL), a hierarchical framework": an
            # apposition says what the name is, even where its long form ends in a task
            kind = self._apposed_kind(ws, lowered, definition)
            headed = kind is not None  # "Self-prior embedding neural representation (Spener), a novel unsupervised method"
        context = names.decide([names.Member(first, first, False)], ws, lowered, self.cues, False)
        closing = names.word_index(ws, short_end, True)  # "a new ... Network (HAETN) is introduced"
        passive = closing is not None and ws[closing].trailing.startswith(")") and names.proposed_after(lowered, closing, self.cues)
        introduced = (context is not None and context.introduced) or passive
        if kind is None and context is not None and context.rule == "named":  # "a dataset called ..."
            kind = context.type
        if kind is None and ending:
            # "a task termed Medical Image Referring Segmentation (MIRS)" names a task, not a model:
            # no proper name anywhere in the paper ("Cross-domain Few-shot Medical Image Segmentation
            # (CD-FSMIS) is ... current CD-FSMIS models"), unless the paper introduces it; nor is one
            # spelled in lower case ("video polyp segmentation (VPS)", "breast ultrasonography (BU)"):
            # not "VPS datasets", "the BU images dataset"
            terms = [m for m in self.mentions if m.type not in NAMED_TYPES and definition.long_start <= m.start and m.end <= long_end]
            if self._opens_title(definition.short) and not _spelled_lower(definition, ws, terms):
                # "SPEGC: Continual Test-Time Adaptation via ...", then "a CTTA via Semantic-Prompt-Enhanced
                # Graph Clustering (SPEGC)": the title opening on it names the paper's own work
                return False
            if not introduced or _spelled_lower(definition, ws, terms):
                self.not_names.add(names.name_norm(definition.short))
                return True
            if context is None or closing is None or not self._names_own_work(ws, lowered, closing):
                return True
            # the authors introduce it, its long form capitalised: their work's name ("we present a novel
            # lattice architecture for RObust Generic medical image segmentation (ROG)")
            kind = context.type
        # "conditions such as sickle cell disease (SCD)": an example spelled in lower case is a phrase's,
        # not a name's, short form
        if kind is None and context is not None and (context.rule in ("called", "introduced", "apposition") or (context.rule == "listed" and not lower_case)):
            kind = context.type
        if kind is None and lower_case and not self._after_a_head(lowered, definition.long_first_word) and not self._opens_title(definition.short):
            # with no head noun and no context, a long form in lower case abbreviates a phrase, not a
            # name: "Vertebral compression fractures (VCF) ... the VCF algorithm" detects VCF,
            # "minimally invasive-surgery (MIS) ... MIS videos" are surgical videos; but not what a head
            # noun describes ("a dataset of breast ultrasound scans (BrEaST)")
            self.not_names.add(names.name_norm(definition.short))
            return True
        # a capitalised word is a name where its long form ends in a head noun: "Link network (Linknet)"
        shaped = self.cues.name_shaped(definition.short) or (headed and names.is_title_name_shaped(definition.short) and definition.short not in self.cues.generic)
        if redefined and headed:
            # a term's initials the paper spells out as its own work's, before a head noun: a name
            shaped = shaped or names.name_shaped(definition.short, frozenset())
        if not shaped and phrase_kind == "Dataset" and definition.short.isupper() and len(definition.short) >= 3:
            # "the Natural Scenes Dataset (NSD)": a long form headed by a dataset noun makes even a
            # metric's initials (NSD, the normalised surface distance) the dataset's short form here
            shaped = True
        named_so = context is not None and context.rule == "named"  # "a framework called ..."
        if len(definition.short) < 3 and (lower_case or (kind is None and not named_so)):
            # two letters for a phrase in lower case ("diverse sensitivity (DS), a new metric"), or for
            # title-case words with no head noun ("Macular Hole (MH) segmentation ... small regions
            # like MH"), name no model or dataset anywhere in the paper
            self.not_names.add(names.name_norm(definition.short))
        if homonym is not None and kind in (None, homonym.type):
            return self._known_defined(index, homonym, definition, ws, lowered)
        # two-letter acronyms ("DA", "QC") abbreviate phrases far more often than names, save where the
        # paper names its work so ("a novel framework called Reprogramming Distillation (RD)")
        called = named_so and not lower_case
        if not matched and kind is None and self._known_in_other_case(definition, None):
            # "Cerebral Venous Thrombosis (CVT)": no head noun types it, and the letters of the model "CvT" that
            # the paper gives another meaning name nothing where they stand alone ("a tool to detect CVT")
            self.not_names.add(names.name_norm(definition.short))
        if kind is None or not shaped or (len(definition.short) < 3 and not called):
            return False
        if not matched and self._known_in_other_case(definition, kind):
            # "a virtual imaging trial (VIT) platform": the vocabulary knows a model "ViT", and the paper
            # gives its letters another meaning; as a model's name it would merge with ViT
            self.not_names.add(names.name_norm(definition.short))
            return True
        rule = "introduced" if introduced else "acronym"
        decision = names.NameDecision(kind, rule, 0.8, introduced)
        key = self._name(index, definition.short_start, short_end, decision, typed, defined=True)
        if key:
            self._defined_by(key, definition)
        return key is not None

    def _spelled_inside(self, known: Mention, start: int, end: int) -> bool:
        """'immunohistochemical techniques (IHC)': the long form holds a label of the concept the short
        form is known as, so the short form is that concept, whatever head noun ends the long form."""
        return any(m.key == known.key and start <= m.start and m.end <= end for m in self.mentions)

    def _opens_title(self, short: str) -> bool:
        """'SimPLe: Similarity-Aware Propagation Learning ...': the title opens on the short form and a
        colon, which names the paper's own work, however the abstract spells the long form out."""
        title = self.words[0]
        return bool(title) and title[0].text == short and title[0].trailing.startswith(":")

    def _names_own_work(self, ws: list[Word], lowered: list[str], closing: int) -> bool:
        """The bracketed short form closing at word `closing` stands alone: no capitalised words go on
        the name ('the Latent Gemstone Spectral Imaging (GSI) Alignment Framework'), and no apposition
        calls it a task ('Structured Radiology Report Generation (SRRG), a new task that ...')."""
        after = closing + 1
        if after >= len(ws):
            return True
        if not ws[closing].trailing.strip(")") and ws[after].text[:1].isupper():
            return False
        if ws[closing].trailing.lstrip(")").startswith(",") and lowered[after] in ("a", "an"):
            nouns = lowered[after + 1 : after + 4]
            return not any(noun in self.cues.task_nouns for noun in nouns)
        return True

    def _abbreviated_task(self, definition: acronyms.Acronym, long_end: int) -> Mention | None:
        """The task whose label the long form is, where the short form is its initials in capitals, or
        the long form's initials as written ('Out-of-Distribution Detection (OoDD)'): an abbreviation
        of the task, not a proper name ('Cephalometric Landmark Detection (CL-Detection)' is one)."""
        short = definition.short
        if not (short.isalpha() and (short.isupper() or acronyms.spells_initials(short, definition.long))):
            return None
        short_end = definition.short_start + len(short)
        return next(
            (
                m for m in self.mentions
                if m.type == "Task" and m.rule == "vocabulary" and m.start == definition.long_start
                and (m.end == long_end or (m.end > short_end and self._labels_task(definition.long, m.key)))
            ),
            None,
        )

    def _labels_task(self, phrase: str, key: str) -> bool:
        """The phrase alone is a label of the task keyed `key`: 'Super-Resolution (SR) reconstruction'
        is matched whole, and its long form 'Super-Resolution' is that task's too."""
        return names.known_name_index(self.vocab).get(names.name_key("Task", phrase)) == key

    def _names_a_part(self, definition: acronyms.Acronym, ws: list[Word], lowered: list[str], short_end: int) -> bool:
        """'an Adaptive Global Context Module (AGCM)', 'a multi-scale surgical temporal action (MS-STA)
        module': the short form names a part of the paper's network (a component noun that is no
        model's head noun: not 'encoder' or 'backbone', which name models of their own too)."""
        after = next((i for i, word in enumerate(ws) if word.start > short_end), None)
        nouns = [definition.long.split()[-1].lower()] + ([lowered[after]] if after is not None else [])
        return any(self._is_part_noun(noun) for noun in nouns)

    def _long_form_is_no_name(self, definition: acronyms.Acronym, ws: list[Word], lowered: list[str], short_end: int) -> bool:
        """The long form ends in a noun for what no model or dataset is: a metric ('the Jaccard Measure
        (JM)', 'Entity Coverage Rate (ECR)'), whether the sentence lists it among datasets or introduces it
        as the paper's own; a procedure done to the patient ('Transoral Robotic Surgery (TORS)'); a disease
        ('Fuchs endothelial corneal dystrophy (FECD)'); a finding ('hyperattenuated imaging markers
        (HIM)'); a hospital or university, where data came from ('Moorfields Eye Hospital (MEH)'). A
        dataset noun after a finding's or an organisation's short form names the data: 'the Peking Union
        Medical College Hospital (PUMCH) dataset'."""
        words = definition.long.split()
        if not words:
            return False
        noun = singular(_head_word(words).lower())
        first = definition.long_first_word
        if first >= 2 and lowered[first - 1] in names.NAMING_WORDS and singular(lowered[first - 2]) in self.vocab.metric_nouns:
            return True  # "a metric termed 'environmentally sustainable performance' (ESPer)"
        if noun in self.vocab.organisation_nouns or noun in self.vocab.finding_nouns:
            return _head_after_short_form(ws, lowered, short_end, self.cues) != "Dataset"
        return noun in self.vocab.metric_nouns or noun in self.vocab.procedure_nouns or noun in self.vocab.disease_nouns

    def _generic_words(self, short: str) -> bool:
        """'American College of Radiology Thyroid Imaging Reporting and Data System (ACR TI-RADS)':
        a short form of generic terms only (an organisation's, a scoring system's) names nothing new."""
        words = short.split()
        return len(words) > 1 and all(word in self.cues.generic for word in words)

    def _is_part_noun(self, noun: str) -> bool:
        one = singular(noun)
        return one in self.vocab.components and self.cues.head_at([one], 0) is None

    def _after_a_head(self, lowered: list[str], first: int) -> bool:
        """'a dataset of breast ultrasound scans (BrEaST)': the long form says what a head noun holds."""
        return first >= 2 and lowered[first - 1] == "of" and self.cues.head_at(lowered, first - 2) is not None

    def _known_defined(self, index: int, known: Mention, definition: acronyms.Acronym, ws: list[Word], lowered: list[str]) -> bool:
        """The paper spells out a name the vocabulary knows: its long form is another alias. A word
        before the long form that makes, with the short form, another known name of its kind names
        that one: 'a mask region-based convolutional neural network (R-CNN)' is Mask R-CNN."""
        variant = self._variant_before(known, definition, ws)
        alias = definition.long
        if variant is not None:
            concept, word = variant
            self.mentions = [
                m._replace(key=concept) if m.key == known.key and m.text == definition.short and m.start >= definition.short_start else m for m in self.mentions
            ]
            known = known._replace(key=concept)
            alias = f"{word} {definition.long}"  # the name as the paper writes it: "mask region-based convolutional neural network"
        if variant is None and self._spells_edition(known.key, definition.long, definition.short):
            long_end = definition.long_start + len(definition.long)
            self.mentions = [m._replace(key=known.key) if (m.start, m.end) == (definition.long_start, long_end) and m.type == known.type else m for m in self.mentions]
        # 'Residual Network (ResNet-34)', 'Visual Geometry Group (VGG16)': a family's label spelling out
        # one of its variants names the family, no alias of the variant
        another = names.known_name_index(self.vocab).get(names.name_key(known.type, alias), known.key) != known.key
        self._defined_by(known.key, definition, alias, named=not another)
        if known.type in NAMED_TYPES:
            self._named_by_authors(index, known, definition, ws, lowered)
        return True

    def _variant_before(self, known: Mention, definition: acronyms.Acronym, ws: list[Word]) -> tuple[str, str] | None:
        """The other known concept, and the word, where the word right before the long form and the
        short form make one of its names, in any case or hyphenation ("mask" and "R-CNN": Mask R-CNN)."""
        before = definition.long_first_word - 1
        if known.type not in NAMED_TYPES or definition.first_word != definition.long_first_word or before < 0 or ws[before].trailing:
            return None
        word = ws[before].text
        concept = names.known_name_index(self.vocab).get(names.name_key(known.type, f"{word} {definition.short}"))
        return (concept, word) if concept is not None and concept != known.key else None

    def _known_in_other_case(self, definition: acronyms.Acronym, kind: str | None) -> bool:
        """The vocabulary knows the short form's letters, in another case than the gazetteer matches,
        as a name of this kind (of either named kind where none is given) to which the paper's long
        form gives another meaning (not the PaLM model for "the Pathological Myopia (PALM) dataset": a
        dataset's name keeps apart from it)."""
        index = names.known_name_index(self.vocab)
        keys = (index.get(names.name_key(named, definition.short)) for named in ((kind,) if kind else NAMED_TYPES))
        return any(key is not None and self._another_meaning(key, definition) for key in keys)

    def _another_meaning(self, key: str, definition: acronyms.Acronym) -> bool:
        """The concept the short form is known as has a label the short form abbreviates ("retrieval-
        augmented generation"), or is a modality or organ (whose short forms abbreviate compounds:
        "PCG", phonocardiogram) and the long form ends in no term of the vocabulary, and the paper's
        long form shares no word but head nouns and function words with any of its labels: the paper
        gives the short form another meaning ("Predicted Cognitive Gap (PCG)")."""
        concept = self.vocab.concepts.get(key)
        if concept is None:
            return False
        if not any(acronyms.spells_out(label, definition.short) for label in concept.labels):
            # a modality's or organ's short form abbreviates a compound ("PCG"): another meaning where the long form names no term
            if concept.type not in _SHORT_FORM_TYPES or self._ends_in_vocabulary(definition):
                return False
        own = _meaning_words(definition.long, self.vocab)
        labels = [_meaning_words(label, self.vocab) for label in concept.labels]
        if concept.type == "Dataset" and self._ends_in_vocabulary(definition, ("Task",)):
            # "Multi-modal skin lesion diagnosis (MSLD)" names a task, not the Monkeypox Skin Lesion Dataset
            # whose words it shares: another meaning where no label of the dataset holds the task's word
            # (a model's long form may end in its training: "Pathology Language-Image Pre-training")
            last = singular(_WORD.findall(definition.long)[-1]).lower()
            if not any(last in words for words in labels):
                return True
        return bool(own) and not any(_shares_meaning(own, words) for words in labels)

    def _spelling(self, definition: acronyms.Acronym, long_end: int) -> Mention | None:
        """The vocabulary mention that is the long form, or ends with it: where it is another concept
        of the short form's type, the paper's short form names that one ("fetal lateral ventricles
        (LVs)"; "Intravascular optical coherence tomography (OCT)": OCT is intravascular OCT)."""
        return next((m for m in self.mentions if m.end == long_end and m.start <= definition.long_start and m.rule in VOCABULARY_RULES), None)

    def _spells_known(self, key: str, long: str, short: str) -> bool:
        """The long form is one of the known concept's labels, as written or in any case, or one of
        them with the edition the short form carries left unsaid."""
        concept = self.vocab.concepts.get(key)
        return concept is None or any(label.lower() == long.lower() for label in concept.labels) or self._spells_edition(key, long, short)

    def _spells_edition(self, key: str, long: str, short: str) -> bool:
        """'the Segment Anything Model (SAM 2)': the long form is the known edition's label less the
        edition number its short form carries; it names SAM 2, not the SAM it is a version of."""
        edition = _EDITION_TAIL.search(short)
        concept = self.vocab.concepts.get(key)
        return edition is not None and concept is not None and f"{long} {edition.group(1)}".lower() in {label.lower() for label in concept.labels}

    def _apposed_kind(self, ws: list[Word], lowered: list[str], definition: acronyms.Acronym) -> str | None:
        """The class an apposition right after a definition's closing bracket gives the name:
        '... (FPRL), a hierarchical framework', 'LGA (Lesion Glimmer Atlas), a dataset of ...'."""
        end = max(definition.short_start + len(definition.short), definition.long_start + len(definition.long))
        closing = names.word_index(ws, end, True)
        if closing is None:
            return None
        # "(UW-OCTA) is a safe imaging modality": a copula says what a long form ending in a modality,
        # organ or task is only loosely, and that long form names the term
        copula = not self._ends_in_vocabulary(definition)
        decision = names.apposition(ws, lowered, definition.first_word, closing, self.cues, copula)
        return decision.type if decision is not None else None

    def _ends_in_vocabulary(self, definition: acronyms.Acronym, types: tuple[str, ...] = _TERM_TYPES) -> bool:
        """The long form ends in a term of `types` the vocabulary knows: a modality, organ or task."""
        start, end = definition.long_start, definition.long_start + len(definition.long)
        return any(m.type in types and m.end == end and m.start >= start for m in self.mentions)

    def _short_form_mentions(self, index: int, definition: acronyms.Acronym, whole: Mention) -> None:
        """'the left ventricle (LV) ... LV volume', 'UK Biobank [UKB] ... UKB C-index': a short form the
        paper defines for an organ or a known name names it wherever the paper writes it after the definition."""
        for later in range(index + 1, len(self.sentences)):
            for word in self.words[later]:
                if _one_short_form(word.text, definition.short) and not self._covered(word.start, word.end):
                    self.mentions.append(Mention(whole.key, whole.type, word.text, word.start, word.end, later, "short-form", 0.85))

    def _defined_by(self, key: str, definition: acronyms.Acronym, alias: str | None = None, named: bool = True) -> None:
        """The long form (or `alias`, the name holding it) is another name of the defined one (unless
        not `named`: another concept's label), and the names in part of it are its parts: 'Swin UNEt
        TRansformers (Swin UNETR)' mentions neither Swin Transformer nor UNETR, here or where the long
        form is written again (a title often spells it, in its own case). A name spanning the whole
        long form stays ('Automated Cardiac Diagnosis Challenge (ACDC-2017)')."""
        if named:
            self.aliases.add((key, alias or definition.long))
        size = len(definition.long)
        spans = [definition.long_start] + _other_occurrences(self.text, definition.long, definition.long_start)
        self.mentions = [
            m for m in self.mentions
            if not (m.type in NAMED_TYPES and m.key != key and m.end - m.start < size and any(s <= m.start and m.end <= s + size for s in spans))
        ]

    def _named_by_authors(self, index: int, known: Mention, definition: acronyms.Acronym, ws: list[Word], lowered: list[str]) -> None:
        """'we propose a model termed Swin UNEt TRansformers (Swin UNETR)': the authors name their own
        model, one the vocabulary knows. Only a naming word or head noun right before the long form
        says so: 'we present a Latent Diffusion Model (LDM)' and 'we benchmark the Segment Anything
        Model 2 (SAM2)' are about the known model. A dataset is the authors' own where they present
        it by a long form its dataset noun heads ('we present the "Mpox Skin Lesion Dataset Version
        2.0 (MSLD v2.0)"'): a model's label is also the name of its kind, a dataset's only of itself."""
        first = definition.first_word
        naming = names.named_before(ws, lowered, first, self.cues)
        if naming is not None and naming.introduced and naming.type == known.type:
            self.introduced.setdefault(known.key, (index, naming.rule, naming.confidence))
        elif known.type == "Dataset" and self.cues.phrase_head_kind(definition.long.split()) == "Dataset" and names.presented_by_authors(ws, lowered, first, self.cues):
            self.introduced.setdefault(known.key, (index, "introduced", 0.8))

    def _covered(self, start: int, end: int) -> bool:
        return any(m.start <= start and end <= m.end for m in self.mentions)

    def _propagate(self, typed: dict[str, tuple[str, str, float]]) -> None:
        """Every other occurrence of a typed name is a mention too, all of one type per paper. A name
        whose every mention a later rule took back (inside a long form the paper defines) stays gone."""
        alive = {m.key for m in self.mentions}
        typed = {key: value for key, value in typed.items() if key in alive}
        self._type_long_forms_as_short(typed)
        best: dict[str, str] = {}
        for key, (_, _, confidence) in sorted(typed.items()):
            norm = key.split("/name:", 1)[1]
            if norm not in best or typed[best[norm]][2] < confidence:
                best[norm] = key

        def settled(key: str) -> str:
            """The key a name's mentions, defined aliases and introduction end up under."""
            return best.get(key.split("/name:", 1)[1], key) if "/name:" in key else key

        retyped = []
        for mention in self.mentions:
            key = settled(mention.key)
            if key != mention.key:
                mention = Mention(key, typed[key][0], mention.text, mention.start, mention.end, mention.sentence, mention.rule, mention.confidence)
            retyped.append(mention)
        self.mentions = retyped
        self.aliases = {(settled(key), text) for key, text in self.aliases}
        for key in list(self.introduced):
            if settled(key) != key:
                self.introduced.setdefault(settled(key), self.introduced.pop(key))
        # a name, alone or followed by its next word, starts with the word's own normal form
        beginnings = {norm[:size] for norm in best for size in range(len(norm) + 1)}
        for index, ws in enumerate(self.words):
            for position, word in enumerate(ws):
                norm = names.name_norm(word.text)
                if word.text.islower() or word.text.isdigit() or not norm or norm not in beginnings or _BRACKET.search(word.text):
                    # every typed name has a capital letter; a dash ("model – X –") starts none, nor a
                    # bracket inside a word ("Low-Dose Parallel Beam (LoDoPaB)-CT") ends one
                    continue
                spans = [(word.text, word.end)]
                if position + 1 < len(ws) and not word.trailing and names.name_norm(ws[position + 1].text):
                    spans.insert(0, (self.text[word.start : ws[position + 1].end], ws[position + 1].end))
                for surface, end in spans:
                    found = best.get(names.name_norm(surface))
                    if found is None or self._covered(word.start, end):
                        continue
                    self.mentions.append(Mention(found, typed[found][0], surface, word.start, end, index, "same-name", typed[found][2] * 0.95))
                    break
        self.mentions = _outside_longer_names(self.mentions)

    def _type_long_forms_as_short(self, typed: dict[str, tuple[str, str, float]]) -> None:
        """'Sub2Full: ... without clean data' in the title, 'a strategy called Sub2Full (S2F)': a
        long form the paper also writes as a name of its own is the short form's other name, so both
        take the surer of their two types, and resolution merges them into one node."""
        for short, long in sorted(self.aliases):
            if short not in typed:  # typed holds open names only ("Model/name:s2f")
                continue
            for other_type in NAMED_TYPES:
                other = names.name_key(other_type, long)
                if other_type == typed[short][0] or other not in typed:
                    continue
                surer = max(typed[short], typed[other], key=lambda typing: typing[2])
                short_norm = short.split("/name:", 1)[1]
                typed[names.name_key(surer[0], long)] = typed[f"{surer[0]}/name:{short_norm}"] = surer

    def _merge_short_references(self) -> None:
        """'the PI-CAI Challenge dataset ... pretrained on PI-CAI', 'the BIMCV Prostate dataset ...
        fine-tuned on the BIMCV dataset', 'TDSC-ABUS2023 ... on TDSC-ABUS': a new dataset name that
        opens one longer new dataset name of the paper, word for word or before a year, is a short
        reference to it, not a dataset of its own."""
        words_of: dict[str, tuple[str, ...]] = {}
        for mention in self.mentions:
            if mention.type == "Dataset" and "/name:" in mention.key:
                words_of.setdefault(mention.key, tuple(mention.text.split()))
        merged: dict[str, str] = {}
        for short, short_words in words_of.items():
            longer = [key for key, ws in words_of.items() if len(ws) > len(short_words) and ws[: len(short_words)] == short_words]
            longer = longer or [key for key, ws in words_of.items() if _dated(" ".join(short_words), " ".join(ws))]
            longer = longer or [key for key, ws in words_of.items() if self._after_date_or_venue(short_words, ws)]
            if len(longer) == 1:
                merged[short] = longer[0]
        for short, long in merged.items():
            self.aliases.add((long, " ".join(words_of[short])))
            if short in self.introduced:
                self.introduced.setdefault(long, self.introduced.pop(short))
        merged.update(self._dated_known(words_of))
        if merged:
            self.mentions = [m._replace(key=merged[m.key]) if m.key in merged else m for m in self.mentions]

    def _after_date_or_venue(self, short: tuple[str, ...], longer: tuple[str, ...]) -> bool:
        """'the 2023 MICCAI CL-Detection Challenge ... the CL-Detection dataset': the longer name is the
        shorter one's words after a year or a venue's name (and a head noun after them, if any)."""
        start = next((k for k in range(1, len(longer) - len(short) + 1) if longer[k : k + len(short)] == short), None)
        return start is not None and all(names.dates_a_name(word, self.vocab.generic_terms) for word in longer[:start])

    def _dated_known(self, words_of: dict[str, tuple[str, ...]]) -> dict[str, str]:
        """'the MoNuSeg 2018 dataset ... On MoNuSeg': a known dataset's name and a year, where the
        vocabulary knows it in no edition, is that dataset (an alias of it), not one of its own; a
        family the vocabulary lists by edition (ISLES 2022, ISLES 2024) keeps an unlisted one apart."""
        known = {m.key for m in self.mentions if m.type == "Dataset" and m.key in self.vocab.concepts}
        dated: dict[str, list[str]] = defaultdict(list)  # known key -> the paper's new names of it with a year
        for key, ws in words_of.items():
            text = " ".join(ws)
            bases = {k for k in known for label in self.vocab.concepts[k].labels if _dated(label, text) and not _editions(self.vocab, label)}
            if key not in self.introduced and len(bases) == 1:
                dated[bases.pop()].append(key)
        merged: dict[str, str] = {}
        for base, keys in dated.items():
            if len(keys) == 1:  # "FeTA 2021 ... FeTA 2022": two editions stay two
                merged[keys[0]] = base
                self.aliases.add((base, " ".join(words_of[keys[0]])))
        return merged

    def _drop_project_name(self) -> None:
        """'M3D: Advancing 3D Medical Image Analysis ...', whose abstract presents M3D-Data, M3D-LaMed and
        M3D-Bench: a title's opening name that the abstract writes only as the first part of the names
        it introduces names the project, not a model or dataset of its own."""
        opening = [m for m in self.mentions if m.sentence == 0 and m.rule == "title"]
        if len(opening) != 1 or any(m.key == opening[0].key and m.sentence > 0 for m in self.mentions):
            return
        project = opening[0]
        prefix = project.text + "-"
        if not any(m.sentence > 0 and m.key in self.introduced and m.text.startswith(prefix) for m in self.mentions):
            return
        self.mentions = [m for m in self.mentions if m.key != project.key]
        self.introduced.pop(project.key, None)
        self.aliases = {alias for alias in self.aliases if alias[0] != project.key}

    def _drop_combinations(self) -> None:
        """'the SWIN Transformer-BART, ViT-B16-BART and ViT-B16-GPT-2 models': a new hyphenated name
        joining two models the paper names apart (an encoder and a decoder) is a combination of
        them, not a model of its own; unless the paper introduces it and neither part is the paper's
        own model ('we propose Mamba-UNet, a novel architecture that synergizes the U-Net ... with
        Mamba's capability'; 'we propose xLSTM-UNet, ... that leverages xLSTM'). Joined to the
        paper's own model ('MIPHEI-ViT') it is that model."""
        compounds = {m.key: m.text for m in self.mentions if m.type == "Model" and "/name:" in m.key and "-" in m.text}
        if not compounds:
            return
        parts: set[str] = set()
        own: set[str] = set()  # the parts that are new names the paper introduces
        for mention in self.mentions:
            if mention.type == "Model" and mention.key not in compounds:
                for part in (mention.text.lower(), mention.text.split()[0].lower()):
                    parts.add(part)
                    if "/name:" in mention.key and mention.key in self.introduced:
                        own.add(part)
        dropped = set()
        for key, surface in compounds.items():
            pieces = surface.split("-")
            for k in range(1, len(pieces)):
                left, right = "-".join(pieces[:k]).lower(), "-".join(pieces[k:]).lower()
                if left in parts and right in parts and not (key in self.introduced and left not in own and right not in own):
                    dropped.add(key)
                    break
        if dropped:
            self.mentions = [m for m in self.mentions if m.key not in dropped]
            for key in dropped:
                self.introduced.pop(key, None)

    def _known_names(self) -> None:
        """A name the text types that is a known one written otherwise ("ETIS-LARIB" for ETIS-Larib,
        "nnUNET", "Synapse" for the Synapse dataset) is the known concept, as entity resolution makes
        it: with its vocabulary facts, and as sure a name as one the vocabulary matched."""
        index = names.known_name_index(self.vocab)
        known = {m.key: index[m.key] for m in self.mentions if "/name:" in m.key and m.key in index}
        for mention in self.mentions:
            if mention.type == "Dataset" and "/name:" in mention.key and mention.key not in index:
                # "MICCAI-ACDC", "Kaggle EyePACS": a venue's or host's name before a known one
                for venue, _, rest in (mention.text.partition("-"), mention.text.partition(" ")):
                    if rest and venue in self.vocab.generic_terms and names.name_key("Dataset", rest) in index:
                        known[mention.key] = index[names.name_key("Dataset", rest)]
                        break
            elif mention.type == "Model" and "/name:" in mention.key and mention.key not in index and _PLURAL_OF_NAME.search(mention.text):
                singular_key = names.name_key("Model", mention.text[:-1])  # "ResNet50s", "ViT-Bs": several of the known model
                if singular_key in index:
                    known[mention.key] = index[singular_key]
        if not known:
            return
        self.mentions = [m._replace(key=known[m.key], confidence=max(m.confidence, 0.85)) if m.key in known else m for m in self.mentions]
        for key in sorted(known.keys() & self.introduced.keys()):
            self.introduced.setdefault(known[key], self.introduced.pop(key))
        self.aliases = {(known.get(key, key), text) for key, text in self.aliases}


def _head_word(words: list[str]) -> str:
    """The head of a long form: its last word before a preposition ('Multiple Instance Learning on
    Precomputed Features' is a kind of learning, not of features), else its last word."""
    cut = next((i for i, word in enumerate(words) if i and word.lower() in _HEAD_ENDING_PREPOSITIONS), len(words))
    return words[cut - 1]


def _dated(name: str, longer: str) -> bool:
    """'TDSC-ABUS2023', 'MoNuSeg 2018': the name, then a year, spaced or glued."""
    return longer.startswith(name) and names.is_year(longer[len(name) :].lstrip(" -"))


def _editions(vocabulary: Vocabulary, name: str) -> bool:
    """Whether the vocabulary lists a dataset by this name and a year or number ('ISLES 2022')."""
    base = names.name_norm(name)
    return any(label.startswith(base) and label[len(base) : len(base) + 1].isdigit() for label in _dataset_labels(vocabulary))


@lru_cache(maxsize=4)
def _dataset_labels(vocabulary: Vocabulary) -> tuple[str, ...]:
    """Every dataset label in the open names' normal form (names.name_norm)."""
    return tuple(sorted({names.name_norm(label) for c in vocabulary.concepts.values() if c.type == "Dataset" for label in c.labels}))


def _shares_meaning(words: frozenset[str], others: frozenset[str]) -> bool:
    """A word in common, or one that ends the other ("Encephalography (EEG)", a slip for the
    electroencephalography EEG abbreviates, is no other meaning of it)."""
    return any(a == b or (min(len(a), len(b)) >= 6 and (a.endswith(b) or b.endswith(a))) for a in words for b in others)


def _meaning_words(text: str, vocabulary: Vocabulary) -> frozenset[str]:
    """A phrase's words, lowered and singular, but for function words and the classes' head nouns
    ("model", "network", "dataset"), which any name may end in."""
    ignored = _ignored_meaning_words(vocabulary)
    return frozenset(word for word in (singular(t).lower() for t in _WORD.findall(text)) if word not in ignored)


@lru_cache(maxsize=4)
def _ignored_meaning_words(vocabulary: Vocabulary) -> frozenset[str]:
    return names.FUNCTION_WORDS | {word.lower() for nouns in vocabulary.head_nouns.values() for noun in nouns for word in noun.split()}


@lru_cache(maxsize=4)
def _versioned_families(vocabulary: Vocabulary) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """The written names of model families the vocabulary lists versions of, spaced ("Claude":
    "Claude 3.5 Sonnet", "Claude Opus 4") -> the words those labels put before the number and after it."""
    families: dict[str, tuple[set[str], set[str]]] = {}
    for concept in vocabulary.concepts.values():
        if concept.type != "Model":
            continue
        for broader in concept.broader:
            for family in vocabulary.concepts[broader].labels:
                for label in concept.labels:
                    words = label.split()
                    if len(words) < 2 or words[0] != family:
                        continue
                    number = next((i for i, w in enumerate(words) if _SPACED_VERSION.fullmatch(w)), None)
                    if number is None or number > 2:
                        continue
                    before, after = families.setdefault(family, (set(), set()))
                    before.update(words[1:number])
                    after.update(words[number + 1 : number + 2])
    return {family: (frozenset(before), frozenset(after)) for family, (before, after) in families.items()}


def _outside_longer_names(mentions: list[Mention]) -> list[Mention]:
    """Without the model and dataset names that lie inside a longer one: 'Unet' in a later
    'BiTr-Unet' is part of that name, not a mention of U-Net. One sort and one pass."""
    named = sorted((m for m in mentions if m.type in NAMED_TYPES), key=lambda m: (m.start, -m.end))
    inside: set[Mention] = set()
    reach, reach_start = -1, -1  # the furthest end of a name seen so far, and where that name starts
    for mention in named:
        if mention.end <= reach and (mention.start > reach_start or mention.end < reach):
            inside.add(mention)
        elif mention.end > reach:
            reach, reach_start = mention.end, mention.start
    return [m for m in mentions if m not in inside] if inside else mentions


def _known_then_description(known: list[Mention], ws: list[Word], member: names.Member) -> bool:
    """'the IDRiD Diabetic Retinopathy datasets', 'the BraTS Glioma dataset': a known dataset's name
    and plain capitalised words after it say what the known dataset holds; they name no new one."""
    first = next((m for m in known if m.type == "Dataset" and m.start == ws[member.first].start), None)
    if first is None:
        return False
    after = names.word_index(ws, first.end, True)
    return after is not None and after < member.last and not ws[after].trailing and all(
        _PLAIN_TITLED.fullmatch(ws[i].text) and (i == member.last or not ws[i].trailing) for i in range(after + 1, member.last + 1)
    )


def _with_a_known_name(known: list[Mention], start: int, end: int) -> names.NameDecision | None:
    """New names in one list with a model or dataset the vocabulary knows are of its kind: 'the
    retinal FMs RETFound, UrFound, and VisionFM'. `known`: the sentence's vocabulary models and datasets."""
    for mention in known:
        if start <= mention.start and mention.end <= end:  # one of the list's names
            return names.NameDecision(mention.type, "coordination", 0.65)
    return None


def _other_occurrences(text: str, phrase: str, seen: int) -> list[int]:
    """Where else `phrase` is written in `text`, in any case (only where it has two words or more)."""
    if " " not in phrase:
        return []
    lowered, wanted = text.lower(), phrase.lower()
    found = []
    at = lowered.find(wanted)
    while at >= 0:
        if at != seen:
            found.append(at)
        at = lowered.find(wanted, at + 1)
    return found


def _titled_event_before(ws: list[Word], lowered: list[str], first: int, cues: names.Cues) -> Span | None:
    """'the ICPR 2024 Competition on Multiple Sclerosis Lesion Segmentation (MSLesSeg)': a long form
    after a capitalised dataset noun and "on" is the rest of a challenge's title, and the short form
    names the challenge, not the task its title ends in. The title's words before "on", which name
    the same challenge (not a dataset "ICPR 2024"), or None."""
    head = first - 2
    if head < 0 or lowered[first - 1] != "on" or not ws[head].text[:1].isupper() or cues.head_at(lowered, head) != "Dataset":
        return None
    opening = head
    while opening > 1 and not ws[opening - 1].trailing and (ws[opening - 1].text[:1].isupper() or names.is_year(ws[opening - 1].text)):
        opening -= 1
    return Span(ws[opening].start, ws[head].end)


def _alone(ws: list[Word], i: int) -> bool:
    """A capitalised word not part of a longer capitalised term ("Forest" in "Random Forest", "Support"
    in "Support Vector Machine")."""
    before = i > 0 and not ws[i - 1].trailing and ws[i - 1].text[:1].isupper()
    after = i + 1 < len(ws) and not ws[i].trailing and ws[i + 1].text[:1].isupper()
    return not (before or after)


def _past_article_and_modifier(ws: list[Word], lowered: list[str], i: int) -> int:
    """'CT2Rep and the open-source M3D', 'AASCE2019, our private Spinal2023': past 'the' or 'our' and
    one modifier in lower case before a name."""
    if i + 2 < len(ws) and lowered[i] in _DETERMINERS and not ws[i].trailing and ws[i + 1].text.islower() and not ws[i + 1].trailing and not ws[i + 2].text.islower():
        return i + 2
    return i


def _before_article_and_modifier(ws: list[Word], lowered: list[str], first: int) -> int:
    """'Spinal2023, and our generated Spinal-AI2024': the word before 'the' or 'our' and one modifier
    in lower case before a name, else the word before the name."""
    if first >= 3 and lowered[first - 2] in _DETERMINERS and ws[first - 1].text.islower() and not ws[first - 2].trailing and not ws[first - 1].trailing:
        return first - 3
    return first - 1


def _head_after_short_form(ws: list[Word], lowered: list[str], bracket_end: int, cues: names.Cues) -> str | None:
    """The class of a head noun right after a definition's bracket: '... (PSI-AVA) Dataset', and
    after a long form bracketed behind its short form: 'the CENTER-TBI (Collaborative ...) study', and
    after a quoted one: 'the “Cephalometric Landmark Detection (CL-Detection)” dataset'."""
    last = next((i for i, word in enumerate(ws) if word.end == bracket_end), None)
    if last is None or ws[last].trailing.rstrip(_CLOSING_QUOTES) != ")" or last + 1 >= len(ws):
        return None
    return cues.head_at(lowered, last + 1)


def _spelled_lower(definition: acronyms.Acronym, ws: list[Word], terms: Sequence[Mention] = ()) -> bool:
    """A long form in lower case, but for the capital of a sentence's first word ("Medical phrase
    grounding (MPG) maps ...", also after a heading: "Purpose: Clinical target volume (CTV) ...") and
    the vocabulary's abbreviations in it ("synthetic CT (sCT)"): a phrase, not a proper name
    ("Cephalometric Landmark Detection (CL-Detection)" is one)."""
    long = definition.long
    for term in terms:
        begin, end = term.start - definition.long_start, term.end - definition.long_start
        written = " ".join(word.lower() if is_case_sensitive(word) else word for word in long[begin:end].split(" "))
        long = long[:begin] + written + long[end:]
    opening = definition.long_first_word
    if opening == 0 or ws[opening - 1].trailing.startswith(":"):
        first, _, rest = long.partition(" ")
        long = first.lower() + " " + rest if first[:1].isupper() and first[1:].islower() else long
    words = long.split()
    # one eponym inside a phrase in lower case: "average directed Hausdorff distance (adHD)"
    eponyms = [w for w in words if not w.islower()]
    return long.islower() or (
        len(words) > 2 and words[0].islower() and words[-1].islower() and len(eponyms) == 1 and eponyms[0][1:].islower()
    )


def _one_short_form(text: str, short: str) -> bool:
    """'LV' and 'LVs' are one short form, written for one or several."""
    return text == short or text == short + "s" or text + "s" == short
