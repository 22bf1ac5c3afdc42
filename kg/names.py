"""Recognise model and dataset names never seen before, from their form and context.

A name is first a word of a certain shape (PixCell, SAM-Med3D, PanCan-30M,
JSRT), grouped with the names coordinated with it ("the ARCADE, DCA1, and GH
datasets"). The group is then typed from the words around it: a title of
the form "X: a dataset for ...", a head noun ("the X benchmark"), naming
("a framework called X"), apposition ("X, a foundation model"), use ("trained
on X"), introduction ("we propose X"), derivation ("adapted from X") or a
list ("baselines such as X"). Head nouns, cue words and name patterns come
from the ontology; nothing here names a model or a dataset.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from typing import Final

from kg.text import CAMEL_CASE, Span, is_action_noun, is_case_sensitive, remember, singular, token_texts
from kg.vocabulary import NAMED_TYPES, Vocabulary, counted_modalities

_EDGE_PUNCT: Final = "\"'“”‘’`()[]{},;:.!?*—：；，（）"
# full-width punctuation, as text written with an East Asian keyboard has it ("Methods：In this study"),
# read as its ASCII form in what follows a word
_FULL_WIDTH: Final = str.maketrans("：；，（）！？", ":;,()!?")
_EM_DASH: Final = "—"  # joins no name, even unspaced: "five datasets—Kvasir-SEG, ETIS—demonstrate ..."
_POSSESSIVE: Final = ("'s", "’s")
_VERSION: Final = re.compile(r"^(?:[vV]\d+(?:\.\d+)*|(?!0\.)\d{1,2}(?:\.\d+)?|(?:19|20)\d\d|\d+D)$")  # "0.865" is a score
_DASHES: Final = {"-", "--", "—", "–"}
_COORDINATORS: Final = {"and", "or", "&", "the", "as", "well"}
_ARTICLES: Final = {"a", "an", "the"}
_GLUED_VENUE_YEAR: Final = re.compile(r"([A-Z]{3,})[-_]?((?:19|20)\d\d)")  # "MICCAI2018"
_PRESENTING_OPENERS: Final = _ARTICLES | {"our", "new", "novel"}
_BARE_OPENERS: Final = {"on", "from", "using"}  # prepositions of use that may stand for "on the"
_DETERMINERS: Final = {"our", "their", "its", "this", "these", "that", "those", "each", "every", "both", "such"}
_QUESTION_OPENINGS: Final = frozenset({"do", "does", "did", "can", "could", "is", "are", "will", "should", "how", "what", "why", "when", "which"})
OPENING_WORDS: Final = _ARTICLES | _QUESTION_OPENINGS | {"towards", "toward", "on", "beyond", "rethinking", "revisiting"}  # a title opening with one describes
_SPEAKERS: Final = {"we", "our", "this", "here", "in", "these"}
_QUANTIFIER_NOUNS: Final = frozenset({"collection", "suite", "family", "series", "set"})  # "a collection of models"
WORK_NOUNS: Final = frozenset({"study", "studies"})  # an apposed "study" is work done, not data
_NUMBERS: Final = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNTS: Final = frozenset(_NUMBERS) | {"several"}
_VERB_SUBJECTS: Final = {"we", "they", "to"}  # a head noun after one is a verb: "we benchmark X", "to study X"
NAMING_WORDS: Final = {"called", "named", "dubbed", "termed", "coined", "entitled", "denoted", "namely"}
_BETWEEN_SUBJECT_AND_VERB: Final = frozenset({"have", "also", "further", "then", "first", "additionally"})  # "we have trained"
BE_FORMS: Final = frozenset({"is", "are", "was", "were"})  # a passive's or a copula's verb: "X is proposed", "Its encoder is X"
_MEASURED_QUALITIES: Final = frozenset({"performance", "accuracy", "robustness", "generalization", "generalisation", "generalizability", "generalisability"})  # of a method
_COMPARING_VERBS: Final = ("outperform", "surpass", "exceed")  # their subject is a method: "X outperforms Y"
# words that open what follows a name rather than go on with it: "KiU-Net 3D which is ..."
_CLAUSE_OPENERS: Final = frozenset(BE_FORMS | {"which", "that", "has", "have", "can", "achieves", "outperforms", "and", "or", "to", "for", "on", "in", "with"})
_LONG_FORM_JOINERS: Final = frozenset({"for", "of", "the", "and", "in", "with", "on", "to", "a", "an"})  # lower-case words in a titled long form
_NAMING_VERBS: Final = frozenset({"call", "name", "term", "denote", "dub", "coin"})  # "we denote our model as X"
_NAMING_VERB_REACH: Final = 5  # words from the verb to the name: "we denote our proposed framework as X"
_NOT_NAMING_PARTICLES: Final = frozenset({"for", "on", "upon", "out", "up", "into"})  # "we call for ..."
_GIVING: Final = NAMING_WORDS - {"namely"}  # "namely" lists known things too: "namely CT and MRI"
_WEAK_NAME: Final = re.compile(r"^[A-Z][a-z]{2,}$")
_CAPITALISED_COMPOUND: Final = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$")  # Rad-Restruct
_CAPITALISED_NUMBERED: Final = re.compile(r"^[A-Z][a-z]{2,}-\d+$")  # Kinetics-600, Food-101
_LETTER_COMPOUND: Final = re.compile(r"^[A-Z]-[A-Z][a-z]+$")  # X-Nodule
_DIGIT_OPENED_NAME: Final = re.compile(r"\d+[A-Z][A-Za-z0-9-]+")  # 8CSL, 3DUNet
# an acronym hyphened to a noun: SIPL-tongue, HIT-tongue (not a modifier: MRI-derived, CLIP-like, CT-only)
_ACRONYM_NOUN: Final = re.compile(r"^[A-Z][A-Z0-9]+-(?![a-z]*(?:ed|ing|like|based|wise|free|aware|specific|level|only|scale|sized)$)[a-z]{3,}$")
# a title is in capitals when most of its words (of four or more) are
_MIN_SHOUTED_WORDS: Final = 4
_SHOUTED_SHARE: Final = 0.8
_GLUED_DATASET_NOUN: Final = re.compile(r"(?<=[A-Za-z0-9])[-_](?:dataset|data-?set)$", re.IGNORECASE)
_COLLECTION_CODE: Final = re.compile(r"[A-Z]{2,6}")  # a project's code in a collection: LUAD, KIRC
_TITLED_ACRONYM_COMPOUND: Final = re.compile(r"^[A-Z][a-z]+-[A-Z](?:[A-Z]|[a-z]+[A-Z])+\d*$")  # Cardi-GPT, Med-MoE
_ACRONYM_COMPOUND: Final = re.compile(r"^[A-Z0-9]*[A-Z][A-Z0-9]*(?:-[A-Z0-9]*[A-Z][A-Z0-9]*)+s?$")  # RF-GANs, CPT-4DMR, DG-TTA
# compiled once: re's module functions look the pattern up in re's (interpreted) cache each call
_LOWER_UPPER: Final = re.compile(r"[a-z][A-Z]")
_DIMENSION_GLUED: Final = re.compile(r"[1-4]D[A-Z][a-z][A-Za-z]*")
_MEASURE: Final = re.compile(r"\d+(?:\.\d+)?([A-Za-z]+)")  # "43.90dB", "120keV": a number and its unit
PLURAL_ACRONYM: Final = re.compile(r"[A-Z]{2,}-?s")
_DASH: Final = re.compile(r"[-–]")
# the s that ends a plural or a verb, not a word's own ("class", "corpus", "pelvis", "pancreas", "always")
PLURAL_S: Final = r"(?<![suiay])s"
_DASH_AFTER_PLURAL: Final = re.compile(rf"\b([a-z]{{3,}}{PLURAL_S})-(?=[A-Z])")  # "models-InceptionV3"; not "class-IL", "cross-Modal"
_GLUED_BRACKET: Final = re.compile(r"\((?<=[A-Za-z]\()(?=[A-Za-z])")
_GLUED_CITATION: Final = re.compile(r"(?<=[A-Za-z]\[)(?=\d)")  # "ChexNet[10, 6]": a reference glued to a name, split after its bracket
_GLUED_SUFFIX: Final = re.compile(r"(?<=[)\]])(?=-[A-Za-z])|(?<=[)\]]-)(?=[A-Za-z])")  # "(SVR)-based" is "(SVR) - based", as spaced
_LETTER_DIGITS: Final = re.compile(r"[a-z]\d+")
_PLUSSED: Final = re.compile(r"[A-Z][A-Za-z]+\+\+")  # "Lucchi++": an improved edition of a name, as "UNet++" is
_COUNT_PART: Final = re.compile(r"\d+[A-Za-z]{1,2}")
# words that end a title's name-giving head: "IVGN for Radiology Report Generation", "... using UNet"
TITLE_BREAK_WORDS: Final = frozenset({"for", "of", "in", "on", "with", "via", "from", "to", "and", "using", "toward", "towards"})
_PREPOSITIONS: Final = TITLE_BREAK_WORDS | {"across", "over", "at", "under"}  # "On three VQA datasets, X ..."
# prepositions that open a sentence's fronted phrase ("By fine-tuning on the R-Med dataset, X provides ...")
_PLACING: Final = frozenset({"in", "within"})  # "In our model, X ...": X is in it, not its name
_FRONTING: Final = _PREPOSITIONS | {"by", "through", "after", "within", "beyond", "unlike", "like", "besides", "despite", "upon", "without", "throughout", "among", "against", "beside"}
# English function words in the vocabulary's multi-word labels ("head and neck", "field of view")
FUNCTION_WORDS: Final = TITLE_BREAK_WORDS | _COORDINATORS | _ARTICLES | {"if"}
_AFTER_A_PHRASE: Final = FUNCTION_WORDS | {"by", "against", "across", "over", "under", "at", "within", "without", "through", "when", "while", "is", "was", "are", "were", "has", "had", "remains", "remained", "compared"}  # a noun phrase ended before
COORDINATION_WORDS: Final = frozenset(("and", "or", "&"))  # between the items of a list
_SPELLING_CAPITALS: Final = re.compile(r"[A-Z]{2,}[a-z]{2,}")  # "GENeration"
_GLUED_SENTENCES: Final = re.compile(r"[A-Za-z]{2}\.[A-Z][a-z]")  # "paramount.Current", "CT.Methods": a space lost after a full stop
# "RUN:Residual", "HN-Seg:a", "results,ViT", "UNet++,UNETR", "labels.HN-Seg": a space lost after a colon, a comma or
# a full stop (text copied from PDFs and some journals' pages); full-width marks never have one
_GLUED_MARK: Final = re.compile(r"(?<=[A-Za-z0-9]):(?=[A-Za-z])|(?<=[A-Za-z+)\]]),(?=[A-Za-z])|(?<=[a-z]{2})\.(?=[A-Z])|(?<=\S)[：；，](?=\S)")
_EXAMPLE_WORDS: Final = frozenset({"such", "including", "like"})  # open a list of examples of the noun before
_MEANS: Final = frozenset({"with", "via", "using", "through", "by"})  # prepositions of means
_PHRASE_PREPOSITIONS: Final = _MEANS | (TITLE_BREAK_WORDS - _COORDINATORS)  # end a noun phrase: "a ... modality in ..."
_DASH_CHARACTERS: Final = frozenset("-–")
_DIMENSION_WORD: Final = re.compile(r"[1-4]D")
_TITLED_PART: Final = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z]+)*")  # "Global", "Multi-Scale"
# a participle or a modifying adjective written in title case, as a title writes "-based" or "-like":
# "Mamba-Based", "Prompt-Guided", "UNet-Like", "CLIP-Driven"
_TITLED_MODIFIER: Final = re.compile(r"^(?:[A-Z][a-z]{2,}ed|Like|Driven|Free|Aware)$")
# a version glued to a family's name: YOLOv12 (YOLO), UNI2 (UNI); and a size letter after it: YOLOv8n (YOLOv8)
_GLUED_VERSION: Final = re.compile(r"(?<=[A-Za-z])(?:v|(?<=[a-z])[A-Z])?\d+(?:\.\d+)*$")  # "YOLOv8", "UNI2", "EfficientNetB3"
_SIZE: Final = re.compile(r"\d+(?:\.\d+)?[KMB]")  # a count of images or parameters: "100K", "1.5M", "70B"
# lower-case words a model's name takes after a hyphen for one of its sizes or editions: GPT-5-mini,
# SAM-huge, MedGemma-4B-it (other lower-case parts modify: CLIP-based, MRI-guided)
EDITIONS: Final = frozenset({"tiny", "small", "base", "medium", "large", "huge", "giant", "mini", "nano", "lite", "turbo", "pro", "plus", "max", "ultra", "flash", "instruct", "it", "chat", "xl", "xxl", "xhigh"})
_MINOR_VERSION: Final = re.compile(r"(?<=\d)\.\d+$")  # "GPT-5.2": a minor version of GPT-5
_SIZE_LETTER: Final = re.compile(r"(?<=\d)[a-z]$")
_GLUED_DIMENSION: Final = re.compile(r"(?<=[A-Za-z])[23]D$")  # "ViT3D", "UNet3D"
# a series of labels: "teams T1-T6", "stages T1–T4", "vertebrae C1 to C7", "leads V1-V6", "grades S1-3"
_LABEL_SERIES: Final = re.compile(r"\b([A-Z]{1,2})(\d{1,2})(?: to \1|[-–]\1?)(\d{1,2})\b")
# a label of one or two capitals and a digit ("T0", "TP1", "F4"): time points, grades, stages
_SHORT_LABEL: Final = re.compile(r"\b([A-Z]{1,2})(\d)\b")
# endings of adjectives and participles, which a capitalised word before a noun may be: Bayesian, Proposed
_ADJECTIVE_ENDINGS: Final = ("ian", "ean", "ed", "ing", "al", "ic", "ive", "ous")
# a version written bare after a versioned name ("2019", "19", "B7", "-101", "v8")
_BARE_V_VERSION: Final = re.compile(r"[vV]\d+(?:\.\d+)*")
_BARE_VERSION: Final = re.compile(r"-?([A-Za-z]{0,2})(\d+(?:\.\d+)?)")
# a model's parameter count after its name, with or without a version: "Sana 0.6B", "Llama 3.2-90B"
_PARAMETER_COUNT: Final = re.compile(r"^(?:\d{1,2}(?:\.\d+)?-)?\d+(?:\.\d+)?B$")


class Word:
    """A whitespace-delimited word without its surrounding punctuation.

    A plain class, not a named tuple: compiled by mypyc its attributes are read directly, which
    took 8% off extraction (words are read more than anything else)."""

    __slots__ = ("text", "start", "end", "trailing")

    def __init__(self, text: str, start: int, end: int, trailing: str) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.trailing = trailing  # punctuation right after it ("," ":" ")" ...)


def unshouted(ws: list[Word], rest: str) -> list[Word]:
    """A title in capitals ('3D-LLDM: LABEL-GUIDED 3D LATENT DIFFUSION MODEL FOR ...') gives every
    word an acronym's shape: its words are read as a title's words in title case ('Latent'), but
    for those the abstract writes in capitals too ('3D-LLDM', 'MRI')."""
    lettered = [w for w in ws if any(c.isalpha() for c in w.text)]
    shouted = [w for w in lettered if w.text.isupper()]
    if len(lettered) < _MIN_SHOUTED_WORDS or len(shouted) < _SHOUTED_SHARE * len(lettered):
        return ws
    kept = {w.text for w in shouted if re.search(rf"(?<![\w-]){re.escape(w.text)}(?![\w-])", rest)}
    return [Word(_title_cased(w.text), w.start, w.end, w.trailing) if w.text.isupper() and w.text not in kept else w for w in ws]


def word_index(ws: list[Word], offset: int, at_end: bool) -> int | None:
    """The index of the word that ends (or starts) at this offset, or None: a binary search, as
    the words are in order."""
    low, high = 0, len(ws)
    while low < high:
        middle = (low + high) // 2
        if (ws[middle].end if at_end else ws[middle].start) < offset:
            low = middle + 1
        else:
            high = middle
    if low < len(ws) and (ws[low].end if at_end else ws[low].start) == offset:
        return low
    return None


def _title_cased(word: str) -> str:
    """'DETECTION' -> 'Detection', keeping the length (offsets into the text stay right)."""
    cased = word[0] + word[1:].lower()
    return cased if len(cased) == len(word) else word


def words(text: str, span: Span) -> list[Word]:
    """The words of a sentence. Split with str.split and placed with str.find (only whitespace
    lies between two words): a regex match object per word cost a third more."""
    result = []
    position = span.start
    piece = text[span.start : span.end]
    if "--" in piece:  # two hyphens typed for a dash, of the same length: "a framework--Multi-scale CNNs (MCNN)--to capture"
        piece = piece.replace("--", _EM_DASH + " ")
    raws = piece.split()
    if _EM_DASH in piece:
        raws = [part for raw in raws for part in _split_after_dashes(raw)]
    if piece.count("(") > piece.count(" (") and _GLUED_BRACKET.search(piece):
        raws = [part for raw in raws for part in _split_glued(raw, _GLUED_BRACKET)]
    if "[" in piece and _GLUED_CITATION.search(piece):
        raws = [part for raw in raws for part in _split_glued(raw, _GLUED_CITATION)]
    if (")-" in piece or "]-" in piece) and _GLUED_SUFFIX.search(piece):
        # only a bracket that opens the word: "SE(3)-symmetric" is one word, as "U-Net(s)-based" is
        raws = [part for raw in raws for part in (_split_glued(raw, _GLUED_SUFFIX) if raw[0] in "([" else (raw,))]
    if "s-" in piece and _DASH_AFTER_PLURAL.search(piece):
        raws = [part for raw in raws for part in _split_dash_after_plural(raw)]
    if (":" in piece or not piece.isascii() or _glued_comma_or_stop(piece)) and _GLUED_MARK.search(piece):
        raws = [part for raw in raws for part in _GLUED_MARK.sub(lambda m: m.group() + " ", raw).split()]
    for raw in raws:
        position = piece.find(raw, position - span.start) + span.start
        # most words start and end with a letter or digit, which no edge punctuation is: no strip
        plain = raw[0].isalnum() and raw[-1].isalnum() and not (raw[-1] == "s" and len(raw) > 1 and raw[-2] in "'’")
        # a spaced em dash is a word, as a spaced hyphen or en dash is: "DINO-DETR — ARCADE Dataset" is two names
        core = raw if plain or raw == _EM_DASH else raw.strip(_EDGE_PUNCT)
        if plain or (len(core) == len(raw) and not raw.endswith(_POSSESSIVE)):
            result.append(Word(raw, position, position + len(raw), ""))
        else:
            left = len(raw) - len(raw.lstrip(_EDGE_PUNCT))
            if core.endswith(_POSSESSIVE):
                core = core[:-2]
            if core:
                start = position + left
                result.append(Word(core, start, start + len(core), raw[left + len(core) :].translate(_FULL_WIDTH)))
        position += len(raw)
    return result


def _glued_comma_or_stop(piece: str) -> bool:
    """Whether a comma stands between a letter (or "+", a bracket) and a letter ("results,ViT", "UNet++,UNETR"),
    or a full stop between two small letters and a capital ("labels.HN-Seg"): a scan of the few commas and
    stops a sentence has, where the regular expression over every position cost 6% of extraction."""
    at = piece.find(",", 1)
    while at != -1 and at + 1 < len(piece):
        if piece[at + 1].isascii() and piece[at + 1].isalpha() and (piece[at - 1] in "+)]" or piece[at - 1].isascii() and piece[at - 1].isalpha()):
            return True
        at = piece.find(",", at + 1)
    at = piece.find(".", 2)
    while at != -1 and at + 1 < len(piece):
        before = piece[at - 2 : at]
        if piece[at + 1].isupper() and before.isalpha() and before.islower():
            return True
        at = piece.find(".", at + 1)
    return False


def _split_after_dashes(raw: str) -> list[str]:
    """"datasets—Kvasir-SEG," -> ["datasets—", "Kvasir-SEG,"]: each dash stays as the trailing
    punctuation of the word before it, as a colon would; a dash with no word before it is a word of
    its own, as a spaced one is ("a——b" -> ["a—", "—", "b"]), so no character is lost."""
    parts = raw.split(_EM_DASH)
    return [part + _EM_DASH if part else _EM_DASH for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def _split_dash_after_plural(raw: str) -> list[str]:
    """"models-InceptionV3," -> ["models", "-", "InceptionV3,"]: a hyphen between a plural and a
    capital is a dash typed short ("four CNN models-InceptionV3, DenseNet201 ..."), a word of its own
    as a spaced hyphen is."""
    match = _DASH_AFTER_PLURAL.match(raw)
    return [match.group(1), "-", raw[match.end() :]] if match else [raw]


def _split_glued(raw: str, glued: re.Pattern[str]) -> list[str]:
    """"network(CNN)" -> ["network", "(CNN)"]: a bracket glued to a word opens a word of its own;
    "ChexNet[10," -> ["ChexNet[", "10,"]: a reference's bracket ends the name, as a comma would."""
    parts = []
    start = 0
    for match in glued.finditer(raw):
        parts.append(raw[start : match.start()])
        start = match.start()
    parts.append(raw[start:])
    return parts


class NameDecision:
    """The type a context gives a name, the rule that gave it, and whether the paper introduces it.

    Like `Word`, `Member` and `kg.acronyms.Acronym` a plain class: mypyc gives a frozen dataclass an
    interpreted __init__, which cost 20 times as much as a native one."""

    __slots__ = ("type", "rule", "confidence", "introduced")

    def __init__(self, type: str, rule: str, confidence: float, introduced: bool = False) -> None:
        self.type = type
        self.rule = rule
        self.confidence = confidence
        self.introduced = introduced


class Cues:
    """Everything the recogniser reads from the ontology, compiled once.

    What it works out per word is kept in dicts (see kg.text.remember)."""

    def __init__(
        self,
        head_nouns: dict[str, tuple[tuple[str, ...], ...]],  # class -> noun word tuples
        relation_cues: dict[str, tuple[tuple[str, ...], ...]],  # relation -> stem tuples
        name_patterns: dict[str, tuple[re.Pattern[str], ...]],
        generic: frozenset[str],
        known: dict[str, str],  # written names of the vocabulary's models and datasets -> type
        facets: frozenset[str] = frozenset(),  # the words of modality and anatomy labels, lowered and singular ("scalp", "eeg")
        task_nouns: frozenset[str] = frozenset(),  # the Task class's head nouns ("task", "problem")
        label_words: frozenset[str] = frozenset(),  # the same of modality, anatomy and task labels
        modalities: frozenset[str] = frozenset(),  # the one-word modality labels, lowered ("ct", "mri")
        plain_modifiers: frozenset[str] = frozenset(),  # adjectives that leave a known model unchanged ("pretrained")
        components: frozenset[str] = frozenset(),  # nouns for parts of a network ("layer", "encoder")
    ) -> None:
        self.plain_modifiers = plain_modifiers
        self.components = components
        self.relation_cues = relation_cues
        self.label_words = label_words
        self.modalities = modalities
        self.task_nouns = task_nouns
        self.facets = facets
        self.name_patterns = name_patterns
        self.generic = generic
        self.known = known
        # first word -> the head nouns starting with it, datasets first, longest first
        heads: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for type_name in ("Dataset", "Model"):
            for noun in sorted(head_nouns[type_name], key=len, reverse=True):
                heads.setdefault(noun[0], []).append((noun, type_name))
        self._heads = {word: tuple(nouns) for word, nouns in heads.items()}
        self._cue_starts: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {relation: {} for relation in relation_cues}
        self._variants: dict[str, str | None] = {}
        self._shapes: dict[str, str | None] = {}
        self._name_shaped: dict[str, bool] = {}

    def head_at(self, lowered: list[str], i: int) -> str | None:
        """The class whose head noun starts at word i ("dataset", "data set", "foundation model")."""
        found = self.head_span(lowered, i)
        return found[0] if found else None

    def phrase_head_kind(self, written: list[str]) -> str | None:
        """The class of a noun phrase's head noun, the last one it has. A head noun's word opening the
        phrase before more words in lower case modifies them ("split conformal prediction" is no data
        split), but not before a preposition ("Dataset for ..."); inside a phrase it stays the head
        (read as a modifier there too, it lowered a sample never read)."""
        lowered = [singular(word.lower()) for word in written]
        for i in range(len(lowered) - 1, -1, -1):
            found = self.head_span(lowered, i)
            if found is None:
                continue
            after = i + found[1]
            if i > 0 or after >= len(lowered) or lowered[after] in TITLE_BREAK_WORDS or not written[after].islower():
                return found[0]
        return None

    def head_span(self, lowered: list[str], i: int) -> tuple[str, int] | None:
        """head_at with the head noun's length in words. A head noun before an action noun is that
        action's object, no head ("Classification via Dataset Distillation", "model compression")."""
        if i >= len(lowered):
            return None
        for noun, type_name in self._heads.get(lowered[i], ()):
            if len(noun) == 1 or tuple(lowered[i : i + len(noun)]) == noun:
                if noun == ("loss",) and i > 0 and singular(lowered[i - 1]) in self.facets:
                    return None  # "radiographic bone loss (RBL)", "blood loss": a finding, no loss function
                after = i + len(noun)
                if after < len(lowered) and is_action_noun(lowered[after]) and lowered[after] not in self._heads:
                    return None
                return type_name, len(noun)
        return None

    def cue_at(self, lowered: list[str], i: int, relation: str) -> bool:
        for stems in self._cues_for(lowered[i], relation):
            if i + len(stems) <= len(lowered) and all(lowered[i + k].startswith(s) for k, s in enumerate(stems)):
                return True
        return False

    def _cues_for(self, word: str, relation: str) -> tuple[tuple[str, ...], ...]:
        """The cues of a relation whose first stem this word starts with."""
        starts = self._cue_starts.get(relation)
        if starts is None:
            return ()
        if word not in starts:
            remember(starts, word, tuple(stems for stems in self.relation_cues[relation] if word.startswith(stems[0])))
        return starts[word]

    def cue_in(self, lowered: list[str], start: int, end: int, relation: str) -> bool:
        return any(self.cue_at(lowered, i, relation) for i in range(max(0, start), min(end, len(lowered))))

    def anywhere(self, lowered: list[str], relation: str) -> bool:
        """A cue of the relation anywhere in the sentence (or window) of words."""
        return self.cue_in(lowered, 0, len(lowered), relation)

    def variant_of(self, word: str) -> str | None:
        """The type of the known name a word extends with a hyphenated part: Med-Gemini-2D (of
        Med-Gemini), LLaVA-Med-v2, mirror-Unet. Not a known name used as a modifier ("CLIP-based")."""
        if word not in self._variants:
            remember(self._variants, word, self._variant(word))
        return self._variants[word]

    def _variant(self, word: str) -> str | None:
        if word in self.generic:
            return None  # "CheXbertF1" is a metric, no version of CheXbert
        parts = word.split("-")
        if len(parts) < 2:
            # a glued version ends in a digit, or a size letter after one: most words are no version
            versioned = word[-1:].isdigit() or word[-2:-1].isdigit()
            return self._versioned(word) if versioned else None
        if parts[-1].isalpha() and (parts[-1].islower() or _TITLED_MODIFIER.match(parts[-1])) and parts[-1] not in EDITIONS:
            return None
        for size in range(len(parts), 0, -1):
            stem = "-".join(parts[:size])
            minor = _MINOR_VERSION.sub("", stem)  # "GPT-5.2-xhigh" of GPT-5, through GPT-5.2
            kind = (size < len(parts) and self.known.get(stem)) or (minor != stem and self.known.get(minor))
            if kind:
                return kind
        if any(ch in word for ch in "=@<>|\\/%#:"):
            return None  # a URL or path ("github.com/lab/BiTr-Unet")
        # a known model after a modifier: mirror-Unet (of Unet), Med-DDPM (of DDPM); not after a
        # model noun or a family's acronym, which pair two models ("Transformer-GPT-2": a Transformer
        # encoder, a GPT-2 decoder; "CNN-ViT")
        for size in range(1, len(parts)):
            if self.known.get("-".join(parts[size:])) == "Model":
                return None if any(self._is_head(p) or p in self.generic for p in parts[:size]) else "Model"
        return None

    def _is_head(self, word: str) -> bool:
        """A word that is a head noun by itself ("Transformer", "Network")."""
        return any(len(noun) == 1 for noun, _ in self._heads.get(singular(word.lower()), ()))

    def _versioned(self, word: str) -> str | None:
        """The type of the known name a word is a version of, the version glued on: YOLOv12, YOLOv8n, UNI2."""
        for stem in glued_version_stems(word):
            kind = self.known.get(stem)
            if kind:
                return kind
        return None

    def morphology(self, name: str) -> str | None:
        if name not in self._shapes:
            remember(self._shapes, name, self._morphology(name))
        return self._shapes[name]

    def _morphology(self, name: str) -> str | None:
        for type_name in ("Dataset", "Model"):
            if any(p.search(name) for p in self.name_patterns.get(type_name, ())):
                return type_name
        return None

    def name_shaped(self, word: str) -> bool:
        """`name_shaped` with this vocabulary's generic terms."""
        if word not in self._name_shaped:
            shaped = word not in self.generic and not self._hyphened_generic(word) and not self._direction(word) and not self._modality_pair(word) and not self._family_hybrid(word) and not self._cased_head_noun(word) and (
                (name_shaped(word, self.generic) and not self._spelling_capitals(word)) or self._headed_compound(word) or self._patterned_compound(word)
                or self._named_generic_compound(word)
            )
            remember(self._name_shaped, word, shaped)
        return self._name_shaped[word]

    def _hyphened_generic(self, word: str) -> bool:
        """'deep-convolutional neural network (D-CNN)': a family's acronym with a hyphen inside is the family."""
        return "-" in word and word.replace("-", "") in self.generic

    def _cased_head_noun(self, word: str) -> bool:
        """'Benchmark DataSet', 'a new DataBase': a head noun in camel case is the noun, no name."""
        return word.isalpha() and not word.isupper() and self.head_at([singular(word.lower())], 0) is not None

    def _family_hybrid(self, word: str) -> bool:
        """'CNN-ViT collaborative learning': a family's acronym hyphened to a known model joins a CNN
        and a ViT, as 'CNN-Transformer' joins two families; it names no model of its own."""
        family, dash, model = word.partition("-")
        return bool(dash) and family in self.generic and self.known.get(model) == "Model"

    def _named_generic_compound(self, word: str) -> bool:
        """'CPath-Omni', 'MLP-Mixer': a field's or family's acronym hyphened to a capitalised word that
        is no term, head noun or label word of its own names one model ('CNN-Transformer' joins two
        families; 'CT-Based' says how)."""
        stem, dash, last = word.partition("-")
        if not dash or stem not in self.generic or sum(ch.isupper() for ch in stem) < 2:
            return False
        if not (len(last) >= 3 and last.isalpha() and last[0].isupper() and last[1:].islower()):
            return False
        lowered = singular(last).lower()
        return last not in self.generic and lowered not in self.label_words and not self.head_at([lowered], 0) and not _TITLED_MODIFIER.match(last)

    def _direction(self, word: str) -> bool:
        """'CT-to-PET', 'H&E-to-IHC': two modalities (or organs) joined by 'to' say what a method
        translates from and to, as in "CT-to-PET translation models"; they name nothing."""
        source, to, target = word.partition("-to-")
        return bool(to) and singular(source).lower() in self.facets and singular(target).lower() in self.facets

    def _modality_pair(self, word: str) -> bool:
        """'a paired CT-MRI dataset', 'MR-US registration': modalities hyphened together say which
        images a dataset pairs or a method joins; they name nothing."""
        parts = _DASH.split(word)
        return len(parts) > 1 and all(part.lower() in self.modalities for part in parts)

    def _spelling_capitals(self, word: str) -> bool:
        """'Report GENeration' (KARGEN): a word of the vocabulary's labels whose first letters are
        capitalised to spell a name's acronym is that word, not a name."""
        return _SPELLING_CAPITALS.fullmatch(word) is not None and singular(word).lower() in self.label_words

    def _patterned_compound(self, word: str) -> bool:
        """'Eyecare-100K', 'Llama-70B', 'Quux-Bench', 'Surg-QA': capitalised parts hyphened to a size
        or a capitalised part that a class's name pattern reads (each part alone would be no name)."""
        stem, dash, last = word.rpartition("-")
        if not (dash and stem[:1].isupper() and (_SIZE.fullmatch(last) or last[:1].isupper())):
            return False
        if (stem in self.generic or self.head_at([stem.lower()], 0)) and not (last == "Net" and stem.isupper()) and not _SIZE.fullmatch(last):
            # 'Transformer-ConvNet', 'CNN-LSTM': a hybrid of families, no name; but capitals before
            # '-Net' name a network, whatever else they abbreviate ('CE-Net', as V-Net, KiU-Net), and
            # a size makes one collection or model of a generic word ('YouTube-8M', 'LAION-5B')
            return False
        return self.morphology(word) is not None

    def _headed_compound(self, word: str) -> bool:
        """'TED-net', 'MS-net': a name-like part before a lower-case model noun of one word (a
        lower-case part is a modifier elsewhere: 'CLIP-based'); and 'Y-Net', 'U-VLM': one capital
        letter before a capitalised model noun or a family's acronym (a letter names the network's
        shape; 'X-Ray', 'T-Cell' name no network)."""
        stem, dash, noun = word.rpartition("-")
        if not (dash and stem and noun.isalpha()):
            return False
        if len(stem) == 1:
            family = len(noun) >= 3 and noun.isupper() and noun in self.generic
            titled_head = noun[:1].isupper() and noun[1:].islower() and self._is_head(noun)
            return stem.isupper() and (family or titled_head)
        if noun == "net" and stem.isalpha() and stem.isupper() and len(stem) >= 2:
            return True  # capitals before '-net' name a network, whatever else they abbreviate ('IDH-net'), as before '-Net'
        return noun.islower() and self._is_head(noun) and name_shaped(stem, self.generic)


@lru_cache(maxsize=4)
def cues(vocabulary: Vocabulary) -> Cues:
    def split(phrase: str) -> tuple[str, ...]:
        return tuple(singular(w).lower() for w in phrase.split())

    return Cues(
        head_nouns={t: tuple(split(n) for n in vocabulary.head_nouns.get(t, ())) for t in ("Model", "Dataset")},
        relation_cues={r: tuple(tuple(w.lower() for w in c.split()) for c in stems) for r, stems in vocabulary.cues.items()},
        name_patterns={t: tuple(re.compile(p) for p in pats) for t, pats in vocabulary.name_patterns.items()},
        generic=vocabulary.generic_terms,
        known=_known_types(vocabulary),
        facets=_label_words(vocabulary, ("Modality", "AnatomicalStructure")),
        task_nouns=frozenset(singular(noun).lower() for noun in vocabulary.head_nouns.get("Task", ())),
        label_words=_label_words(vocabulary, ("Modality", "AnatomicalStructure", "Task")),
        modalities=frozenset(label.lower() for c in vocabulary.concepts.values() if c.type == "Modality" for label in c.labels if label.isalnum()),
        plain_modifiers=vocabulary.plain_modifiers,
        components=vocabulary.components,
    )


def _label_words(vocabulary: Vocabulary, types: tuple[str, ...]) -> frozenset[str]:
    """The words of these types' labels, lowered and singular, but for English function words."""
    return frozenset(
        singular(word).lower()
        for concept in vocabulary.concepts.values()
        if concept.type in types
        for label in concept.labels
        for word in label.split()
        if len(word) > 1 and word.lower() not in FUNCTION_WORDS
    )


@lru_cache(maxsize=4)
def known_names(vocabulary: Vocabulary) -> dict[tuple[str, str], str]:
    """(type, written name) -> concept id for the models and datasets the vocabulary knows, by
    the labels written as names (capitalised, or with two capitals: "nnU-Net", "pix2pixHD")."""
    known: dict[tuple[str, str], str] = {}
    for concept in sorted(vocabulary.concepts.values(), key=lambda c: c.id):
        if concept.type in ("Model", "Dataset"):
            for label in concept.labels:
                if is_case_sensitive(label) or label[:1].isupper():
                    known.setdefault((concept.type, label), concept.id)
    return known


def _known_types(vocabulary: Vocabulary) -> dict[str, str]:
    """Written name -> its type; a name both a model and a dataset has the type of the first concept id."""
    types: dict[str, str] = {}
    for (type_name, label), _ in sorted(known_names(vocabulary).items(), key=lambda item: item[1]):
        types.setdefault(label, type_name)
    return types


# --- shape -----------------------------------------------------------------------


def _name_like_part(part: str, generic: frozenset[str]) -> bool:
    if part in generic or not part[:1].isalpha():
        # "3DSeg", "2DNet": a dimension glued to a capitalised word
        return bool(_LOWER_UPPER.search(part) or _DIMENSION_GLUED.fullmatch(part)) and part not in generic
    if CAMEL_CASE.search(part):  # PixCell, RoentGen, mSTAR
        return True
    uppers = sum(ch.isupper() for ch in part)
    return uppers >= 2 or (uppers >= 1 and any(ch.isdigit() for ch in part))


_DOTTED_INITIALS: Final = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]\.?")


def name_shaped(word: str, generic: frozenset[str]) -> bool:
    """Shaped like the name of one model or dataset, not a word, metric or acronym of a family."""
    if len(word) < 2 or word in generic or singular(word) in generic or _BARE_V_VERSION.fullmatch(word):
        return False  # a version alone ("ConvNeXt V2, Dino V2") names nothing
    measure = _MEASURE.fullmatch(word)
    if measure and measure.group(1) in generic:
        return False
    if any(ch in word for ch in "=@<>|\\/%#,≥≤±") or word.lower().startswith(("http", "www.")) or _GLUED_SENTENCES.search(word):
        return False  # a comma inside ("F1,mic-14") runs two words together; "P≥.99" is a note
    if _DOTTED_INITIALS.fullmatch(word):  # "A.I.", "U.S.", "C.I.": initials of words, no model's name
        return False
    if word.count(")") != word.count("("):  # "(ViT)s" stripped to "ViT)s": a plural glued to a bracket; "CMR(+", a sign
        return False
    if word.count("]") > word.count("["):  # "[18F]PSMA-1007" stripped to "18F]PSMA-1007": a radiotracer, isotope first
        return False
    if PLURAL_ACRONYM.fullmatch(word):  # plural acronyms name families: "VLMs", "CNNs"
        return False
    if _PLUSSED.fullmatch(word):
        return True
    parts = [p for p in _DASH.split(word) if p]
    if not parts or _negated_class(word):
        return False
    if len(parts) > 1 and parts[-1].isalpha() and (parts[-1].islower() or _TITLED_MODIFIER.match(parts[-1])):
        return False  # "CLIP-based", "MRI-guided", and in a title "Mamba-Based"
    if any(_name_like_part(p, generic) for p in parts):
        return True
    if len(parts) > 1 and any(_LETTER_DIGITS.fullmatch(p) for p in parts[1:]):  # Kvasir-VQA-x1
        return True
    if len(parts) > 2 and parts[-1].isdigit() and all(p.istitle() and p.isalpha() for p in parts[:-1]):
        return True  # capitalised words dated or counted by a hyphen: "Image-Clef-2019", "Pub-Brain-5"
    if len(parts) > 2 and parts[0].isupper() and len(parts[0]) >= 2 and parts[1].isdigit() and parts[-1].istitle() and parts[-1].isalpha():
        return True  # an acronym with its number, then a place or a part: "COVID-19-Italy", "COVID-19-China"
    # an acronym with a version ("GPT-5", "YOLO-11"), or a letter one with a count or an edition ("US-43d", "IV-2a")
    if len(parts) < 2 or not parts[0].isupper() or len(parts[0]) < 2:
        return False
    return parts[-1].isdigit() or (parts[0].isalpha() and any(_COUNT_PART.fullmatch(p) for p in parts[1:]))


def glued_version_stems(word: str) -> list[str]:
    """The names a word is a version of, nearest first: YOLOv8n -> YOLOv8, YOLO; and the name a
    dimension is glued to: ViT3D -> ViT. Stems shorter than two characters are none ("T5" is no
    version of "T")."""
    dimension = _GLUED_DIMENSION.search(word)
    if dimension is not None:
        return [word[: dimension.start()]] if dimension.start() >= 2 else []
    stems = []
    size = _SIZE_LETTER.search(word)
    if size is not None:
        word = word[: size.start()]
        stems.append(word)
    version = _GLUED_VERSION.search(word)
    if version is not None:
        stems.append(word[: version.start()])
    return [stem for stem in stems if len(stem) >= 2]


def other_version(name: str, version: str) -> str | None:
    """The name at another version, written bare after it: ('ISIC 2018', '2019') -> 'ISIC 2019',
    ('VGG16', '19') -> 'VGG19', ('EfficientNetB5', 'B7') -> 'EfficientNetB7', ('ResNet-50',
    '-101') -> 'ResNet-101', ('GPT-3.5', '4') -> 'GPT-4'. None when the word is no version of the
    name's kind: a year only for a year, a number of at most three digits for a number."""
    match = _BARE_VERSION.fullmatch(version)
    if match is None:
        return None
    letters, number = match.group(1), match.group(2)
    found = _ending_version(letters.lower()).match(name)
    if found is None or found.group(3) == number or ("." in number and "." not in found.group(3)):
        return None  # "ChestX-ray14, 0.82": a decimal is a version only after one
    if is_year(found.group(3)) != is_year(number) or (not is_year(number) and len(number.split(".")[0]) > 3):
        return None
    return f"{found.group(1)}{found.group(2)}{number}"


@lru_cache(maxsize=None)
def _ending_version(letters: str) -> re.Pattern[str]:
    """A name ending in a version written with these letters (none, 'b', 'v'), compiled once each."""
    return re.compile(rf"^(.*?[A-Za-z][- ]?)({letters})(\d+(?:\.\d+)?)$", re.IGNORECASE)


def is_version(word: str) -> bool:
    """'V2', 'v1.5', '2', '2023', '3D': a version or edition written after a name."""
    return _VERSION.match(word) is not None


def is_size(word: str) -> bool:
    """'108K', '1.5M', '70B': a count of images or parameters."""
    return _SIZE.fullmatch(word) is not None


def is_year(number: str) -> bool:
    return len(number) == 4 and number[:2] in ("19", "20")


def series_labels(text: str) -> list[str]:
    """Labels a text numbers as a series (T1-T6 or S1-3: each member, and the range itself; T0 beside
    T1: both): members of an enumeration (time points, teams, grades, tumour stages, vertebrae, ECG
    leads), never names of a model or dataset."""
    labels = []
    for match in _LABEL_SERIES.finditer(text):
        prefix, low, high = match.group(1), int(match.group(2)), int(match.group(3))
        if low < high:
            labels.append(match.group(0))
            labels.extend(f"{prefix}{number}" for number in range(low, high + 1))
    numbered: dict[str, set[str]] = defaultdict(set)
    for match in _SHORT_LABEL.finditer(text):
        numbered[match.group(1)].add(match.group(0))
    for same_prefix in numbered.values():
        # counted from the start ("T0 ... T1"): "S4, S5 and S6" are state space models
        if len(same_prefix) > 1 and any(label[-1] in "01" for label in same_prefix):
            labels.extend(sorted(same_prefix))
    return labels


@lru_cache(maxsize=100_000)
def is_weak_name(word: str) -> bool:
    """A capitalised word (Merlin, Gemini): a name only where the context is strong."""
    return bool(_WEAK_NAME.match(word))


@lru_cache(maxsize=100_000)
def is_numbered_name(word: str) -> bool:
    """A capitalised word hyphened to a number (Kinetics-600, Brats-19): a name only where the
    context is strong, as a capitalised word is."""
    return bool(_CAPITALISED_NUMBERED.match(word))


def is_title_name_shaped(word: str) -> bool:
    """A title's first word that can name the paper's work before a colon: Merlin, Meta-Polyp,
    Rad-Restruct, and a capitalised word joined to a family's acronym: Cardi-GPT."""
    return is_weak_name(word) or _CAPITALISED_COMPOUND.match(word) is not None or _TITLED_ACRONYM_COMPOUND.match(word) is not None


# --- groups and context ------------------------------------------------------------------


class Member:
    """A name candidate: words first to last (inclusive); weak when only its place makes it a name."""

    __slots__ = ("first", "last", "weak", "dated")

    def __init__(self, first: int, last: int, weak: bool, dated: bool = False) -> None:
        self.first = first
        self.last = last
        self.weak = weak
        self.dated = dated  # a venue's acronym and a year ("ISBI 2017"): a dataset's name, or none


def candidates(ws: list[Word], lowered: list[str], cue: Cues, is_title: bool, excluded: list[Span]) -> list[Member]:
    """Name-shaped words, extended by a version ("ISLES 2022"), a short capitalised tail ("CheXpert
    Plus") or capitalised words up to a capitalised head noun ("NEJM Image Challenge"). A plain
    capitalised word is a candidate only where its place says name: a title's first word, or
    "the Hecktor dataset"."""
    result: list[Member] = []
    i = 0
    if is_title and _dimension_opening(ws, cue):
        result.append(Member(0, 1, True))  # "3D Brainformer: 3D Fusion Transformer for ..."
        i = 2
    while i < len(ws):
        word = ws[i]
        # a name given may open on a digit ("named 8CSL"), as a capitalised word elsewhere does
        capitalised = word.text[:1].isupper() or (i > 0 and _DIGIT_OPENED_NAME.fullmatch(word.text) is not None and _naming_before(ws, lowered, i))
        # "called U-survival", "Sana 0.6B": a name by its place; looked at only for capitalised words
        given = capitalised and i > 0 and ((_naming_before(ws, lowered, i) and _given_name(ws, i)) or _namely_own(ws, lowered, i, cue) or _own_appositive(ws, lowered, i, cue) or _introduced_appositive(ws, lowered, i, cue))
        # a size in brackets is a note on the model named ('LLaVA-Rad (7B)'), not part of a name
        sized = capitalised and not word.trailing and i + 1 < len(ws) and ws[i + 1].start == word.end + 1 and _is_parameter_count(ws[i + 1].text)
        strong = given or sized or cue.name_shaped(word.text) or cue.variant_of(word.text) is not None
        given_run = None if strong or not capitalised or i == 0 or not _naming_before(ws, lowered, i) else _given_run(ws, i, cue)
        strong = strong or given_run is not None
        run = None if strong or not capitalised else (_before_dataset_noun(ws, lowered, i, cue, several=not is_title) or (None if is_title else (_after_dataset_colon(ws, lowered, i, cue) or _before_model_noun(ws, lowered, i, cue))))
        # a title opening on acronyms joined by hyphens names its work, even acronyms of families or
        # settings ("RF-GANs: A Method to ...", "DG-TTA: ..."); "COVID-19" is none
        opening = is_title and i == 0 and (is_title_name_shaped(word.text) or (_ACRONYM_COMPOUND.match(word.text) is not None and word.text not in cue.generic))
        weak = not strong and (opening or run is not None)
        dated = not (strong or weak) and capitalised and _dated_acronym(ws, i, cue)
        weak = weak or (not (strong or dated) and capitalised and not is_title and _modified_in_list(ws, lowered, i, i, cue))
        # a word with a suspended hyphen ("ImageNet-, SAM-, and MedSAM-initialized") is the first part of a compound
        if not (strong or weak or dated) or word.text[-1:] in _DASH_CHARACTERS or any(s.start <= word.start < s.end for s in excluded):
            i += 1
            continue
        last = i
        if given_run is not None:
            last = given_run
        elif run is not None:
            last = run
        elif sized:
            last = i + 1
        elif not ws[last].trailing and last + 1 < len(ws) and not _after_opening_bracket(ws, last + 1):
            # a number in brackets is a result or a count, not a version: "AutoPET (60.9)"
            following = ws[last + 1].text
            tail = strong and is_weak_name(following) and len(following) <= 4 and not (is_title and capitalised_run_goes_on(ws, lowered, last + 1, cue)) and not _verb_with_object(ws, lowered, last + 1)
            if (_VERSION.match(following) and not _dimension_of_a_noun(ws, last + 1) and not _list_label_after(ws, i, last + 1)) or (tail and (not cue.head_at(lowered, last + 1) or cue.morphology(f"{word.text} {following}") == "Model")):
                last += 1
            elif opening and ws[last + 1].trailing.startswith(":") and _letter_tail(following, cue):
                last += 1  # "Medal S: Spatio-Textual Prompt Model ...": the title's name ends at its colon
            elif _collection_code(ws, lowered, last, cue):
                last += 1
            elif strong:
                last = _titled_head(ws, lowered, last, cue)
            if strong:
                last = _capitalised_before_dataset_noun(ws, lowered, last, cue)
        first = i
        if is_title and strong and last > i:
            first = _title_name_start(ws, lowered, i, last, cue)
            result = [m for m in result if m.last < first]  # a member found in its words is part of it
        if run is not None and (_dated_after_the(ws, lowered, i) or (not is_title and is_year(ws[i - 1].text) and _bare_after_preposition(ws, lowered, i))):
            first = i - 1  # the year is part of the name
        if not is_title and _modified_in_list(ws, lowered, i, last, cue):
            first = i - 1  # "SABL, Libra R-CNN, FSAF": a capitalised word before a known model in a list
            weak = False
        if strong and not is_title and last > i and ws[last].text[:1].isupper() and cue.head_at(lowered, last) == "Dataset":
            # "the 2016 Low-dose CT Grand Challenge": capitalised words and a year before a name
            # that ends in its own capitalised head noun are part of it
            floor = result[-1].last + 1 if result else 1  # a sentence's first word is capitalised anyway
            while first - 1 >= floor and not ws[first - 1].trailing and _titled_word(ws[first - 1].text) and not _after_opening_bracket(ws, first):
                first -= 1
        if not (last > first and all(singular(w.text).lower() in cue.facets for w in ws[first : last + 1])):
            # "the ACDC MRI Cardiac segmentation dataset": capitalised modality and organ words describe
            result.append(Member(first, last, weak and is_title and i == 0, dated))
        i = last + 1
    return result


def _letter_tail(word: str, cue: Cues) -> bool:
    """A short capital tail of a name ("S" of "Medal S", "XL"), no term ("CT", "AI") of its own."""
    return len(word) <= 3 and word.isupper() and word.isalnum() and word not in cue.generic and singular(word.lower()) not in cue.label_words


def _collection_code(ws: list[Word], lowered: list[str], i: int, cue: Cues) -> bool:
    """'TCGA LUAD, TCGA KIRC and TCGA BRCA cohorts': a vocabulary dataset and a code in capitals
    after it name one of its collections, as 'TCGA-LUAD' does; only where the code ends the noun
    phrase ('ADNI MCI subjects' are people of ADNI) and is no modality or anatomy ('TCGA CT')."""
    following = ws[i + 1]
    if cue.known.get(ws[i].text) != "Dataset" or not _COLLECTION_CODE.fullmatch(following.text) or following.text in cue.known:
        return False
    if following.text.lower() in cue.label_words:  # the words of modality, anatomy and task labels
        return False
    after = i + 2
    return bool(following.trailing) or after >= len(ws) or lowered[after] in ("and", "or") or cue.head_at(lowered, after) == "Dataset"


def capitalised_run_goes_on(ws: list[Word], lowered: list[str], i: int, cue: Cues) -> bool:
    """Word i, followed by another capitalised word that is no head noun, belongs to a longer
    capitalised phrase: in a title, the title's ('... using LLaMA and QLoRA Fine Tuning'), not the
    name before it; in a sentence, a longer name with a known one inside ('The Channel Mamba State
    Aggregation module')."""
    return i + 1 < len(ws) and not ws[i].trailing and ws[i + 1].text[:1].isupper() and not cue.head_at(lowered, i + 1)


def _verb_with_object(ws: list[Word], lowered: list[str], i: int) -> bool:
    """'Does DINOv3 Set a New Medical Vision Standard?': a short word before an article is a verb
    with its object, no tail of the name before it."""
    return i + 1 < len(ws) and not ws[i].trailing and lowered[i + 1] in _ARTICLES


def _dimension_of_a_noun(ws: list[Word], i: int) -> bool:
    """'a fully ConvNeXt 3D Encoder-Decoder Network': a dimension before more words qualifies them,
    it is no version of the name before it; before a relative pronoun or a verb it ends the name
    ('KiU-Net 3D which is ...')."""
    return bool(_DIMENSION_WORD.fullmatch(ws[i].text)) and not ws[i].trailing and i + 1 < len(ws) and ws[i + 1].text.lower() not in _CLAUSE_OPENERS


def _dimension_opening(ws: list[Word], cue: Cues) -> bool:
    """A title that opens with a dimension and a name before its colon: '3D Brainformer: ...', '3D
    TransUNet: ...' name a model with the dimension in it."""
    if len(ws) < 3 or not _DIMENSION_WORD.fullmatch(ws[0].text) or ws[0].trailing or not ws[1].trailing.startswith(":"):
        return False
    return is_title_name_shaped(ws[1].text) or cue.name_shaped(ws[1].text)


def _modified_in_list(ws: list[Word], lowered: list[str], i: int, last: int, cue: Cues) -> bool:
    """'PAA, Libra R-CNN, FSAF and Dynamic R-CNN': a capitalised word before a known model's name,
    the two an item of a list (a comma or "and" before and after), names a variant of that model,
    as "Faster R-CNN" and "Attention U-Net" do; not a plain modifier ("Pretrained VGG16" is VGG16)."""
    if cue.known.get(ws[i].text) != "Model" or last != i or i < 2 or ws[i - 1].trailing or not is_weak_name(ws[i - 1].text):
        return False
    if lowered[i - 1] in cue.plain_modifiers:
        return False
    if not (ws[i - 2].trailing == "," or (lowered[i - 2] in ("and", "or") and not ws[i - 2].trailing)):
        return False
    return ws[i].trailing == "," or (not ws[i].trailing and i + 1 < len(ws) and lowered[i + 1] in ("and", "or"))


def _dated_acronym(ws: list[Word], i: int, cue: Cues) -> bool:
    """'ISBI 2017', 'MICCAI 2015': a generic acronym (a venue's) right before a year names the data
    of that year's challenge where the context says dataset; not where it dates a name before it
    ('the AutoPET MICCAI 2023 Challenge') or stands in brackets ('the third autoPET challenge (MICCAI 2024)')."""
    word = ws[i].text
    if len(word) < 3 or not word.isupper() or ws[i].trailing or i + 1 >= len(ws) or not is_year(ws[i + 1].text) or ws[i + 1].trailing.startswith(")"):
        return False
    if i > 0 and not ws[i - 1].trailing and ws[i - 1].text[:1].isupper() and ws[i - 1].text.lower() not in _ARTICLES:
        return False  # a capitalised article opens a sentence or a title's part: 'The MICCAI 2016 challenge dataset'
    if not ws[i + 1].trailing and i + 2 < len(ws) and ws[i + 2].text[:1].isupper():
        return False  # 'the MICCAI 2017 Liver Tumor Segmentation Challenge': it dates the name after it
    return word in cue.generic


def _ours(ws: list[Word], lowered: list[str], i: int) -> bool:
    """The noun phrase ending at word i opens with 'our': 'our dataset', 'our ensemble learning method'."""
    for j in range(i - 1, max(-1, i - 5), -1):
        if ws[j].trailing:
            return False
        if lowered[j] == "our":
            return True
    return False


def _introduced_phrase(ws: list[Word], lowered: list[str], i: int, cue: Cues) -> bool:
    """The noun phrase ending at word i is the object of the authors' introduction verb: 'we curate
    a large-scale dataset', 'we create the first surgical dataset'."""
    article = _presenting_article_before(ws, lowered, i)
    return article is not None and article > 0 and cue.cue_at(lowered, article - 1, "introduces") and _authors_introduce(ws, lowered, article - 1, cue)


def titled_prefix(text: str, ws: list[Word], lowered: list[str], i: int) -> int:
    """The first of the capitalised words right before word i, each a space apart, past a sentence's
    first word ('the Global Context Vision Transformer': 'Global' before 'Vision'); i itself when
    there are none."""
    first = i
    while first - 1 > 0 and text[ws[first - 1].end : ws[first].start] == " " and _TITLED_PART.fullmatch(ws[first - 1].text) and lowered[first - 1] not in FUNCTION_WORDS:
        if _enumerator(ws[first - 2]) or ws[first - 2].trailing.startswith(":"):
            # "2) Residual ConvNeXt blocks", "METHODS: Eight nnU-Net-based models": an item's or a
            # section's first word is capitalised as a sentence's is
            break
        first -= 1
    return first


def _enumerator(word: Word) -> bool:
    """'2)', '(b)', 'iii)': the label of an item in a list written inside a sentence."""
    return word.trailing.startswith(")") and len(word.text) <= 3 and (word.text.isdigit() or word.text.isalpha() and word.text.islower())


def _list_label_after(ws: list[Word], first: int, after: int) -> bool:
    """'AG-CNN 1) learns ..., 2) integrates ...': the number after a name labels a list item, unless
    the name opened the bracket the number closes ('a backbone (ResNet 50)')."""
    return _enumerator(ws[after]) and not _after_opening_bracket(ws, first)


def _titled_word(word: str) -> bool:
    """A capitalised word or a year, as in a name written in title case: 'Low-dose', '2016'."""
    if word.lower() in _ARTICLES or word.lower() in _SPEAKERS:
        return False
    return word[:1].isupper() or (len(word) == 4 and word.isdigit() and word[:2] in ("19", "20"))


def _own_appositive(ws: list[Word], lowered: list[str], i: int, cue: Cues) -> bool:
    """'our ensemble learning method, Streaming, for ...', 'we curate a large-scale dataset, Omnis,
    with ...': a capitalised word set off by commas right after the noun of the paper's own model or
    dataset names it."""
    if ws[i - 1].trailing != "," or ws[i].trailing != "," or len(ws[i].text) < 3 or not cue.head_at(lowered, i - 1):
        return False
    return _ours(ws, lowered, i - 1) or _introduced_phrase(ws, lowered, i - 1, cue)


def _introduced_appositive(ws: list[Word], lowered: list[str], i: int, cue: Cues) -> bool:
    """'We developed Mirai, a mammography-based deep learning model ...': a capitalised word the
    authors introduce, set off by an apposition with a head noun, names what they introduce; past a
    bracketed aside too ('we propose Sonomate (mate of a sonographer), an AI assistant')."""
    word = ws[i].text
    last = past_aside(ws, i)
    set_off = ws[last].trailing.lstrip(")").startswith(",") or (last + 1 < len(ws) and ws[last + 1].text in _DASHES)
    if not set_off or ws[i - 1].trailing or len(word) < 3 or word in cue.generic or _negated_class(word):
        return False
    return cue.cue_at(lowered, i - 1, "introduces") and speaker_cue(lowered, max(0, i - 5), i, cue) and apposition(ws, lowered, i, last, cue) is not None


def _namely_own(ws: list[Word], lowered: list[str], i: int, cue: Cues) -> bool:
    """'we propose a 3D Gaussian splatting-based method, namely X-Gaussian, for ...': "namely" after
    the head noun of what the authors introduce gives its name; elsewhere it lists known things
    ("namely CT and MRI")."""
    return i >= 2 and lowered[i - 1] == "namely" and ws[i - 2].trailing == "," and cue.head_at(lowered, i - 2) is not None and speaker_cue(lowered, 0, i - 2, cue) and _given_name(ws, i)


def _negated_class(word: str) -> bool:
    """'Non-ESED frames', 'non-COVID cases', 'non–DP-DT models': the class of all the others, never a name."""
    return word[:3].lower() == "non" and word[3:4] in _DASH_CHARACTERS


def part_follows(ws: list[Word], lowered: list[str], i: int, components: frozenset[str]) -> bool:
    """Word i runs straight into a noun for a part of a network ('FC layer', 'super-resolution decoder')."""
    return i + 1 < len(ws) and not ws[i].trailing and singular(lowered[i + 1]) in components


def _naming_before(ws: list[Word], lowered: list[str], i: int) -> bool:
    """'called X', 'denoted as X': a naming word, alone or with "as", right before word i."""
    return lowered[i - 1] in _GIVING or (i >= 2 and lowered[i - 1] == "as" and lowered[i - 2] in _GIVING and not ws[i - 2].trailing)


def _given_name(ws: list[Word], i: int) -> bool:
    """'a model, called U-survival, ...': a capitalised word right after a naming word is the name
    given, unless it opens a longer phrase ('termed Two-stream Fusion Network (TSFN)') or is quoted
    ('termed "Blind" harmonization')."""
    word = ws[i]
    if ws[i - 1].trailing or not (word.text[:1].isupper() or _DIGIT_OPENED_NAME.fullmatch(word.text)) or len(word.text) < 3 or _negated_class(word.text):
        return False
    if i >= 2 and ws[i - 2].text.lower() == "also":
        return False  # "the novel Coronavirus also called Covid-19": another name of a thing, not one given
    if word.trailing:
        return not word.trailing.startswith(("\"", "'", "”", "’"))
    return i + 1 == len(ws) or not ws[i + 1].text[:1].isupper()


def _given_run(ws: list[Word], i: int, cue: Cues) -> int | None:
    """'a network called Compact Seg-UNet with ...': capitalised words right after a naming word, up
    to a name-shaped one the sentence goes on after in lower case, are the name given. The index of
    its last word, or None."""
    if ws[i - 1].trailing:
        return None
    last = i
    while last + 1 < len(ws) and last - i < 2 and not ws[last].trailing and ws[last + 1].text[:1].isupper():
        last += 1
        if cue.name_shaped(ws[last].text):
            after = last + 1
            if ws[last].trailing or after == len(ws) or ws[after].text.islower():
                return last if not ws[last].trailing.startswith("(") and not _after_opening_bracket(ws, after) else None
    return None


def _before_dataset_noun(ws: list[Word], lowered: list[str], i: int, cue: Cues, several: bool) -> int | None:
    """'the Hecktor dataset', 'the Rad-Restruct benchmark', 'the Kinetics-600 dataset', and (several) 'the Developing Human
    Connectome Project dataset', 'the Medical Segmentation Decathlon Challenge': capitalised words
    between an article and a dataset noun, with (several) the words that describe the data between
    them and the noun ('the Synapse CT Abdomen segmentation dataset'). The index of the name's last
    word (a capitalised head noun is part of the name), or None."""
    # an acronym opens one only in title case: 'the WMH Segmentation Challenge'
    acronym = several and ws[i].text.isalpha() and ws[i].text.isupper() and len(ws[i].text) >= 2
    word = ws[i].text
    # a capital letter hyphened to a capitalised noun ("the X-Nodule dataset"), not a term ("the X-Ray dataset")
    lettered = _LETTER_COMPOUND.match(word) is not None and lowered[i] not in cue.label_words
    if i == 0 or not (is_weak_name(word) or _CAPITALISED_COMPOUND.match(word) or _CAPITALISED_NUMBERED.match(word) or lettered or _acronym_noun_dataset(ws, lowered, i) or acronym):
        return None
    # 'a publicly available Monkeypox Skin Lesion Dataset': after an article and lower-case words, only
    # a titled name (several capitalised words and their capitalised head noun) is one
    # and so is one with no article after a preposition of use ('on 2012 Brain Multi-Atlas Labelling
    # Challenge dataset'), but in a title, which drops articles and capitalises every word ('... on Small Datasets')
    modified = lowered[i - 1] != "the" and (_after_modified_article(ws, lowered, i) or (several and _bare_after_preposition(ws, lowered, i)))
    if lowered[i - 1] != "the" and not modified and not _dated_after_the(ws, lowered, i) and not _second_of_the_pair(ws, lowered, i, cue):
        return None
    described = 0  # words between the name and its head noun that say what the data shows ('brain MRI')
    others = 0  # of those, the ones that are no modality or organ word ('segmentation'): one at most
    end = i
    while end + 1 < min(len(ws), i + (5 if several else 2) + described):
        end += 1
        if ws[end - 1].trailing or _after_opening_bracket(ws, end):
            return None  # no name runs across punctuation or into a bracket: "the UK (UK Biobank)"
        head = cue.head_span(lowered, end)
        if head is not None and head[0] == "Dataset" and cue.head_at(lowered, end - 1) is None:
            # a capitalised head noun is part of the name after several words, or after one that is
            # a word of the field's labels as written, no name by itself ('the Imaging Data Commons';
            # not 'the Kinetics Dataset', though "kinetic" is a label's word)
            titled = not described and (end - i > 1 or ws[i].text.lower() in cue.label_words) and ws[end].text[:1].isupper()
            if acronym and not titled:
                return None
            if not titled and word in cue.generic and _named_after_head(ws, end):
                return None  # "the Kaggle dataset Br35H": the site hosts the dataset the name after it names
            if titled:
                return end + head[1] - 1
            if modified:
                return None
            return _before_facets(lowered, i, end - described - 1, cue) if described else end - 1
        facet = singular(lowered[end]) in cue.facets
        if ws[end].text.islower() or (described and facet):
            described += 1  # 'the Quux brain MRI dataset'
            others += not facet
            if not several or (not facet and (others > 1 or lowered[end].endswith("ing") or lowered[end] in _PREPOSITIONS)):
                return None
        elif not (ws[end].text[:1].isupper() or (is_year(ws[end].text) and word not in cue.generic)) or described:
            # a year is part of the name as a capitalised word is ('the Capsule Vision 2024 Challenge
            # dataset'), not of a venue's ('the MICCAI 2023 Challenge' is the meeting's)
            return None
    return None


def _second_of_the_pair(ws: list[Word], lowered: list[str], i: int, cue: Cues) -> bool:
    """'the HuSHem and Chenwy datasets': a capitalised word coordinated with a name right after the
    article, the noun after both naming both."""
    if i < 3 or lowered[i - 1] not in COORDINATION_WORDS or lowered[i - 3] != "the" or ws[i - 2].trailing:
        return False
    return cue.name_shaped(ws[i - 2].text) or is_weak_name(ws[i - 2].text)


def _acronym_noun_dataset(ws: list[Word], lowered: list[str], i: int) -> bool:
    """'the SIPL-tongue dataset': an acronym hyphened to a noun names data only right before the
    plainest data nouns (not 'the DELINEATE-regurgitation study', a study of a model)."""
    return _ACRONYM_NOUN.match(ws[i].text) is not None and i + 1 < len(ws) and lowered[i + 1] in ("dataset", "database")  # the words are singular, as extraction lowers them


def _before_facets(lowered: list[str], first: int, last: int, cue: Cues) -> int | None:
    """The last word of a name whose description begins after word `last`: past the modality and
    organ words that open that description in capitals too ('the Synapse CT Abdomen segmentation
    dataset' is Synapse), or None when every word before the description is one of those too."""
    while last >= first and singular(lowered[last]) in cue.facets:
        last -= 1
    return last if last >= first else None


def _named_after_head(ws: list[Word], head: int) -> bool:
    """A capitalised word right after the head noun at `head`: 'dataset Br35H'."""
    return not ws[head].trailing and head + 1 < len(ws) and ws[head + 1].text[:1].isupper()


def _after_modified_article(ws: list[Word], lowered: list[str], i: int) -> bool:
    """'a publicly available X', 'the open-source X': an article, then one to three lower-case words."""
    first = i
    while first - 1 >= 0 and i - first < 3 and ws[first - 1].text.islower() and not ws[first - 1].trailing and lowered[first - 1] not in _ARTICLES:
        first -= 1
    return first < i and first >= 1 and lowered[first - 1] in _ARTICLES and not ws[first - 1].trailing


def _bare_after_preposition(ws: list[Word], lowered: list[str], i: int) -> bool:
    """'on Quux Glim Challenge dataset', 'from 2012 Brain ... Challenge': a preposition of use, and at
    most a year, right before word i, where English would have an article."""
    j = i - 1
    if j >= 1 and not ws[j].trailing and is_year(ws[j].text):
        j -= 1
    return j >= 0 and lowered[j] in _BARE_OPENERS and not ws[j].trailing


def is_venue(word: str, generic: frozenset[str]) -> bool:
    """A venue's acronym ('MICCAI', 'ISBI'), alone or glued to a year ('MICCAI2018')."""
    glued = _GLUED_VENUE_YEAR.fullmatch(word)
    venue = glued.group(1) if glued else word
    return len(venue) >= 3 and venue.isalpha() and venue.isupper() and venue in generic


def dates_a_name(word: str, generic: frozenset[str]) -> bool:
    """A word that says where or when a challenge was held: a venue or a year."""
    return is_year(word) or is_venue(word, generic)


def _dated_after_the(ws: list[Word], lowered: list[str], i: int) -> bool:
    """'the 2019 Predictive Analysis Challenge': a year between the article and the name's first word."""
    return i >= 2 and lowered[i - 2] == "the" and not ws[i - 1].trailing and is_year(ws[i - 1].text)


def _before_model_noun(ws: list[Word], lowered: list[str], i: int, cue: Cues) -> int | None:
    """'the Florence model', 'the Merlin framework': one capitalised word between 'the' and a model
    noun names the model (outside a title, which capitalises every word); not an adjective ('the
    Bayesian network', 'the Proposed method') nor a generic term. Its index, or None."""
    if i == 0 or lowered[i - 1] != "the" or ws[i].trailing or i + 1 >= len(ws) or not is_weak_name(ws[i].text):
        return None
    if ws[i].text.endswith(_ADJECTIVE_ENDINGS) or ws[i].text in cue.generic:
        return None
    if cue.head_at(lowered, i + 1) != "Model" or cue.head_at(lowered, i) is not None or not ws[i + 1].text.islower():
        return None
    return i


def _after_dataset_colon(ws: list[Word], lowered: list[str], i: int, cue: Cues) -> int | None:
    """'on two complementary datasets: Gold Atlas Male Pelvis and the ...': capitalised words right
    after a dataset noun and a colon, two or more up to a comma or a word in lower case, are one
    dataset name written out. The index of its last word, or None."""
    if i == 0 or not ws[i - 1].trailing.startswith(":") or cue.head_at(lowered, i - 1) != "Dataset":
        return None
    end = i
    while not ws[end].trailing and end + 1 < len(ws) and (is_weak_name(ws[end + 1].text) or cue.name_shaped(ws[end + 1].text)):
        end += 1
    if end == i or (ws[end].trailing and not ws[end].trailing.startswith((",", ";", "."))):
        return None
    return end


def _capitalised_before_dataset_noun(ws: list[Word], lowered: list[str], last: int, cue: Cues) -> int:
    """Extend 'TCGA Lung' over 'Cancer' in 'the TCGA Lung Cancer dataset', 'BCI' over 'Competition
    IV-2a', 'BKAI-IGH' over 'NeoPolyp': capitalised words, names and numbered parts between a name
    and a dataset noun in lower case are part of the name, also where words of the vocabulary's
    labels say what the data show ('the EPFL Hippocampus mitochondria segmentation dataset')."""
    for end in range(last + 1, min(len(ws), last + 4)):
        if ws[end - 1].trailing:
            return last
        if end > last + 1 and _labels_before_dataset_noun(ws, lowered, end, cue):
            return end - 1
        if cue.head_at(lowered, end) == "Dataset" and ws[end].text.islower():
            return end - 1
        text = ws[end].text
        if text.isalpha() and text.isupper() and (singular(text.lower()) in cue.label_words or text in cue.generic):
            return last  # a term's acronym there qualifies the data: "the TBX11K CXR dataset", "the ADNI MRI dataset"
        if not (is_weak_name(text) or cue.name_shaped(text) or any(ch.isdigit() for ch in text)):
            return last
    return last


def _labels_before_dataset_noun(ws: list[Word], lowered: list[str], i: int, cue: Cues) -> bool:
    """Whether words in lower case from word i, each a word of the vocabulary's labels (two at most),
    lead to a dataset noun: 'mitochondria segmentation dataset'."""
    for end in range(i, min(len(ws), i + 3)):
        if not ws[end].text.islower():
            return False
        if end > i and cue.head_at(lowered, end) == "Dataset":
            return True
        if ws[end].trailing or lowered[end] not in cue.label_words:  # modality and organ words are label words too
            return False
    return False


def _titled_head(ws: list[Word], lowered: list[str], last: int, cue: Cues) -> int:
    """Extend 'NEJM' over 'Image Challenge', '2019-RSNA' over 'Brain CT Hemorrhage Challenge', when
    up to four capitalised words end in a capitalised head noun. A known name stays itself ('the KiTS
    Kidney Tumor Segmentation Challenge' is KiTS), and so does one before a known name."""
    if ws[last].text in cue.known:
        return last
    for end in range(last + 2, min(len(ws), last + 5)):
        words = ws[last + 1 : end + 1]
        if any(w.trailing for w in words[:-1]) or not all(w.text[:1].isupper() and w.text not in cue.known for w in words):
            return last
        if cue.head_at(lowered, end) == "Dataset" and cue.head_at(lowered, end - 1) is None:
            return end
    return last


def _title_name_start(ws: list[Word], lowered: list[str], first: int, last: int, cue: Cues) -> int:
    """'The International Workshop on Osteoarthritis Imaging Knee MRI Segmentation Challenge: ...':
    in a title opening with 'The', a name that ends in a capitalised dataset noun at the title's
    colon starts after the article, over capitalised words and the function words between them."""
    if lowered[0] != "the" or not ws[last].trailing.startswith(":") or cue.head_at(lowered, last) != "Dataset":
        return first
    between = ws[1:first]
    if any(w.trailing for w in between) or not all(w.text[:1].isupper() or lowered[1 + k] in FUNCTION_WORDS for k, w in enumerate(between)):
        return first
    return 1


def groups(members: list[Member], ws: list[Word]) -> list[list[Member]]:
    """Coordinated names: "A, B, and C" is one group."""
    result: list[list[Member]] = []
    for member in members:
        if result:
            previous = result[-1][-1]
            last = past_aside(ws, previous.last)  # "ELSA-Brasil (n = 14,236) and SaMi-Trop"
            between = [w.text.lower() for w in ws[last + 1 : member.first]]
            joined = ws[last].trailing.lstrip(")").startswith(",") or (between and between[0] in ("and", "or", "&"))
            if joined and len(between) <= 3 and all(w in _COORDINATORS for w in between) and not (len(result[-1]) == 1 and _fronted_alone(ws, result[-1][0], member, between)):
                result[-1].append(member)
                continue
        result.append([member])
    return result


def _fronted_alone(ws: list[Word], member: Member, following: Member, between: list[str]) -> bool:
    """'On CMRxRecon2024, SDUM outperforms ...': a name alone in a phrase that opens the sentence
    with a preposition, then a comma and a name that no list goes on from, is set apart from that
    name ('Using SABL, RegNet, ... and DCN' lists them)."""
    start = member.first - 1 - (member.first >= 2 and ws[member.first - 1].text.lower() == "the")
    if start != 0 or between or ws[0].text.lower() not in _FRONTING or ws[member.last].trailing.startswith(")"):
        return False
    after = following.last + 1
    return not ws[following.last].trailing and after < len(ws) and ws[after].text.lower() not in _COORDINATORS


def _after_opening_bracket(ws: list[Word], i: int) -> bool:
    """Word i opens a bracket after a bare word. Words keep no leading punctuation: the bracket shows
    as a two-character gap (" (") where the word before has no trailing punctuation."""
    return i > 0 and not ws[i - 1].trailing and ws[i].start - ws[i - 1].end == 2


def before_aside(ws: list[Word], i: int) -> int:
    """The word before a bracketed aside that word `i` closes ('Glas (smaller, breast cancer)'), or
    `i`: past_aside read backwards."""
    if not ws[i].trailing.startswith(")"):
        return i
    for j in range(i, max(0, i - 5), -1):
        if _after_opening_bracket(ws, j):
            return j - 1 if past_aside(ws, j - 1) == i else i
    return i


def past_aside(ws: list[Word], last: int) -> int:
    """The last word of a bracketed aside right after word `last` (a count, a size, a list of
    variants), or `last`."""
    if last + 1 >= len(ws) or not _after_opening_bracket(ws, last + 1):
        return last
    for i in range(last + 1, min(len(ws), last + 6)):
        if ws[i].trailing.startswith(")"):
            return i
        if ws[i].trailing and ws[i].trailing != ",":
            break
    return last


def decide(group: list[Member], ws: list[Word], lowered: list[str], cue: Cues, is_title: bool) -> NameDecision | None:
    """The type of a group of names from the words around it, or None when the context says nothing."""
    first, last = group[0].first, group[-1].last
    weak = any(m.weak for m in group)
    if is_title and first == 0:
        decision = _title(ws, lowered, last, cue, ws[first].text)
        if decision:
            return decision
    if weak:
        return None
    if last + 1 < len(ws) and not ws[last].trailing and lowered[last + 1] in cue.task_nouns:
        return None  # "an improvement on the CAVF task": the name of a task
    after = _head_after(ws, lowered, last, cue) or _own_head(ws, lowered, group, cue) or _one_after(ws, lowered, first, last, cue) or (len(group) > 1 and _bracketed_before_head(ws, lowered, first, last, cue))
    if after and len(group) == 1 and cue.variant_of(ws[first].text) not in (None, after):
        after = None  # "the YOLOv9 benchmark of 43.3%": a version of a known model is still a model
    if after and last > first and first > 0 and lowered[first - 1] in ("a", "an"):
        return None  # "OpenKBP, a 2020 AAPM Grand Challenge": capitalised words after "a" describe, not name
    if after:
        intro = (is_title and _in_title_head(ws, lowered, first)) or speaker_cue(lowered, max(0, first - 8), first, cue)
        return NameDecision(after, "head-noun", 0.85, introduced=intro)
    before = named_before(ws, lowered, first, cue, last, len(group))
    if before:
        if not before.introduced and proposed_after(lowered, last, cue):
            return NameDecision(before.type, before.rule, before.confidence, introduced=True)
        return before
    if len(group) == 1:
        appositive = apposition(ws, lowered, first, last, cue)
        if appositive:
            return appositive
    based = _based_on_after(ws, lowered, last, cue)
    if based:
        return NameDecision(based, "basis", 0.7)
    if last + 1 < len(ws) and not ws[last].trailing and lowered[last + 1].startswith(_COMPARING_VERBS):
        return NameDecision("Model", "compared", 0.65)  # "TeeTracker outperforms TeeFlow": what outperforms is a method
    if _outperformed(lowered, first):
        return NameDecision("Model", "compared", 0.65)  # and so is what it outperforms, whatever dataset is named before
    used_on = 0.75 if _used_on(lowered, first, cue) else 0.65 if _on_in_results(lowered, first, cue) else None
    if used_on is not None and not part_follows(ws, lowered, last, cue.components):  # "fusion on FC layer": a part of a network, no data
        return NameDecision("Dataset", "used-on", used_on)
    if _object_of_use(lowered, first, cue):
        return NameDecision("Model", "used-model", 0.75)
    if _measured_method(ws, lowered, first, last):
        return NameDecision("Model", "used-model", 0.7)
    if (first == 0 or ws[first - 1].trailing == ",") and not ws[last].trailing and proposed_after(lowered, last, cue):
        # "In this paper, X is proposed": the subject of a passive introduction; not "models based on X are proposed"
        return NameDecision(cue.morphology(ws[first].text) or "Model", "introduced", 0.75, introduced=True)
    verb = _introduction_before(ws, lowered, first, cue)
    if verb is not None:  # "we introduce a new benchmark, X", but not "addressing these challenges, we introduce X"
        kind = "Dataset" if any(cue.head_at(lowered, i) == "Dataset" for i in range(verb + 1, first)) else "Model"
        return NameDecision(cue.morphology(ws[first].text) or kind, "introduced", 0.8, introduced=True)
    derived = _derived_from(lowered, first, cue, ws[first].text)
    if derived:
        return derived
    if _listed(lowered, first, cue):
        listed_kind = _nearest_head_before(lowered, first, cue, window=6) or cue.morphology(ws[first].text)
        if listed_kind is None and _examples_of_other_things(ws, lowered, first, cue):
            return None
        return NameDecision(listed_kind or "Model", "listed", 0.6)
    # a known name in the group says its kind, whatever its shape ("the Figaro1k (...) and DermNet (...) datasets")
    kinds = {shape for m in group if (shape := cue.known.get(ws[m.first].text) or cue.morphology(ws[m.first].text) or cue.variant_of(ws[m.first].text) or _sized(ws, m))}
    if len(kinds) == 1:
        return NameDecision(kinds.pop(), "name-pattern" if len(group) == 1 else "coordination", 0.65)
    return None


def _sized(ws: list[Word], member: Member) -> str | None:
    """'Sana 0.6B': a name with a parameter count is a model's."""
    return "Model" if member.last > member.first and _is_parameter_count(ws[member.last].text) else None


def _is_parameter_count(word: str) -> bool:
    """'0.6B', '3.2-90B' (the regular expression runs only on words ending in B: few do)."""
    return word.endswith("B") and _PARAMETER_COUNT.match(word) is not None


def proposed_after(lowered: list[str], last: int, cue: Cues) -> bool:
    """'a framework, namely X, is proposed': the name is the subject of a passive introduction (not
    'was proposed by ...', someone else's)."""
    verb = last + 1
    if verb + 1 >= len(lowered) or lowered[verb] not in BE_FORMS or not cue.cue_at(lowered, verb + 1, "introduces"):
        return False
    return verb + 2 >= len(lowered) or lowered[verb + 2] != "by"


def _ends_another_name(ws: list[Word], i: int, cue: Cues) -> bool:
    """The word ends a known name of a few words, whole ("... Analysis of UK Biobank Body MRI"), or
    is the head noun of another name ("... Scoring in Breast Cancer for the TiGER Challenge"): a
    head noun there is that name's, not one saying what a title's own name is. Not inside a
    longer capitalised name ("the International Pediatric Brain Tumor Segmentation Challenge")."""
    if i >= 2 and cue.name_shaped(ws[i - 1].text) and not ws[i - 2].text[:1].isupper():
        return True
    return any(
        " ".join(w.text for w in ws[j : i + 1]) in cue.known and (j == 0 or not ws[j - 1].text[:1].isupper())
        for j in range(max(0, i - 3), i)
    )


def _title(ws: list[Word], lowered: list[str], last: int, cue: Cues, name: str) -> NameDecision | None:
    """'X: A dataset of ...', 'X -- A pipeline for ...', 'X Challenge: ...'."""
    end = last
    while end + 1 < len(ws) and cue.head_at(lowered, end + 1) and not ws[end].trailing:
        end += 1
    separated = ws[end].trailing.startswith(":") or (end + 1 < len(ws) and ws[end + 1].text in _DASHES)
    if not separated:
        return None
    if end > last:
        return NameDecision(cue.head_at(lowered, last + 1) or "Model", "title", 0.95, introduced=True)
    rest = range(end + 1, len(ws))
    # the phrase after the colon says what the name is; failing that its form ('EyecareGPT: Boosting
    # ... with Tailored Dataset, Benchmark and Model'), then a head noun further on
    head = _phrase_head_index(ws, lowered, end + 1, cue)
    said = _means_head(ws, lowered, end + 1, cue) or (None if head is None else cue.head_at(lowered, head))
    if said == "Dataset" and head is not None and lowered[head] in WORK_NOUNS:
        # "ProstNFound+: A Prospective Study using ...": the paper calls itself a study, which names a
        # cohort's data as often as it says nothing of what its name is; a guess the abstract may
        # overrule ("We present ProstNFound+, an adaptation of foundation models")
        return NameDecision(cue.morphology(name) or cue.known.get(name) or "Dataset", "title", 0.7, introduced=True)
    if said and cue.morphology(name) not in (None, said) and (opens_on_ing_form(ws, lowered, end + 1) or _asking(lowered, end + 1) or _modifying_head(ws, lowered, head)):
        # "RadGPT: Constructing 3D Image-Text Tumor Datasets": what it acts on is not what it is, nor
        # what a question asks about ("DrVD-Bench: Do Vision-Language Models Reason Like ...?"), nor
        # one of what a later noun is of ("SkinGenBench: Generative Model and Preprocessing Effects")
        said = None
    if said and len(_list_kinds(ws, lowered, end + 1, cue)) > 1:
        return None  # "X & Y: A Large Vision-Language Model and a Multimodal Dataset ...": each is one of them
    # what the work is for starts here, and so does what it works with ("COSST: Multi-organ
    # Segmentation with Partially Labeled Datasets" names no dataset)
    purpose = next((i for i in rest if lowered[i] == "for" or lowered[i] in _MEANS), len(ws))
    near = said or cue.morphology(name) or next((t for i in rest if i <= min(end + 7, purpose) and (t := cue.head_at(lowered, i))), None)
    if near:
        return NameDecision(near, "title", 0.95, introduced=True)
    # a head noun far on, or after "for", is a guess the abstract may overrule: what the work is for is
    # not what it is ("FairMedFM: Fairness Benchmarking for Medical Imaging Foundation Models", then
    # "FairMedFM, a fairness benchmark"; "MediConfusion: Can you trust ...? Probing ... Foundation
    # Models", then "a ... benchmark dataset"); so is the default, a model, where
    # the abstract's head noun says otherwise ("fastMRI+: Clinical Pathology Annotations ...", then
    # "the fastMRI+ dataset"). A title that says nothing of what its name is leaves a known name its
    # type ("DeepLesion: automated mining of ...")
    far = next((t for i in rest if (t := cue.head_at(lowered, i)) and not _ends_another_name(ws, i, cue)), None)
    if far:
        return NameDecision(far, "title", 0.7, introduced=True)
    return NameDecision(cue.known.get(name) or "Model", "title", 0.8, introduced=True)


def _asking(lowered: list[str], start: int) -> bool:
    """The phrase at `start` is a question: 'Do ...', 'Can ...', 'How well ...'."""
    return start < len(lowered) and lowered[start] in _QUESTION_OPENINGS


def _modifying_head(ws: list[Word], lowered: list[str], head: int | None) -> bool:
    """The head noun at `head` is joined by "and" to a title-case phrase that ends in another noun,
    which it modifies with it: 'Generative Model and Preprocessing Effects for ...'."""
    if head is None or head + 2 >= len(ws) or lowered[head + 1] != "and" or ws[head].trailing:
        return False
    phrase = []
    for word, low in zip(ws[head + 2 :], lowered[head + 2 :]):
        if low in TITLE_BREAK_WORDS:
            break
        phrase.append(word)
        if word.trailing:
            break
    return len(phrase) > 1 and all(word.text[:1].isupper() for word in phrase)


def opens_on_ing_form(ws: list[Word], lowered: list[str], start: int) -> bool:
    """The phrase at `start` opens with a verb in -ing: 'Constructing ...', 'Boosting ...'."""
    return start < len(ws) and lowered[start].endswith("ing") and ws[start].text[:1].isupper()


def _list_kinds(ws: list[Word], lowered: list[str], start: int, cue: Cues) -> set[str]:
    """The classes of the head nouns that end the noun phrases of a list from `start`, its items
    joined by commas, "and" or "or", up to another break: 'A Large Vision-Language Model and a
    Comprehensive Multimodal Dataset Towards ...', 'Tailored Dataset, Benchmark and Model'."""
    kinds: set[str] = set()
    for i in range(start, len(ws)):
        if lowered[i] in TITLE_BREAK_WORDS and lowered[i] != "and":
            break
        last_of_item = i + 1 == len(ws) or bool(ws[i].trailing) or lowered[i + 1] in TITLE_BREAK_WORDS or lowered[i + 1] == "or"
        kind = cue.head_at(lowered, i)
        if kind and last_of_item:
            kinds.add(kind)
        if ws[i].trailing and ws[i].trailing != ",":
            break
    return kinds


def _means_head(ws: list[Word], lowered: list[str], start: int, cue: Cues) -> str | None:
    """'MM-Skin: Enhancing Dermatology Vision-Language Model with an Image-Text Dataset ...': after a
    verb in -ing, the name is the means the title gives ('with', 'via', 'using', 'through' ...), not
    the thing it acts on."""
    if not opens_on_ing_form(ws, lowered, start):
        return None
    means = next((i for i in range(start + 1, len(ws)) if lowered[i] in _MEANS), None)
    if means is None or means + 1 >= len(ws):
        return None
    # the means' noun phrase ends at a break, a comma or a participle after it ("an Image-Text
    # Dataset Derived from ..."), and its head noun must end it: "via Dataset Distributions" is no dataset
    end = means + 1
    while end + 1 < len(ws) and not ws[end].trailing and lowered[end + 1] not in TITLE_BREAK_WORDS and not lowered[end + 1].endswith("ed"):
        end += 1
    for i in range(means + 1, end + 1):
        found = cue.head_span(lowered, i)
        if found and i + found[1] - 1 == end:
            return None if _list_kinds(ws, lowered, end + 1, cue) - {found[0]} else found[0]
    return None


def _phrase_head_index(ws: list[Word], lowered: list[str], start: int, cue: Cues) -> int | None:
    """Where the last head noun of the noun phrase at `start` begins, up to a preposition or a comma:
    a compound's head comes last ("A Tool Instance Segmentation Dataset for ...")."""
    head = None
    for i in range(start, len(ws)):
        if lowered[i] in TITLE_BREAK_WORDS:
            break
        if cue.head_at(lowered, i):
            head = i
        if ws[i].trailing:
            break
    return head


def phrase_head(ws: list[Word], lowered: list[str], start: int, cue: Cues) -> str | None:
    """The class of the last head noun of the noun phrase at `start`."""
    at = _phrase_head_index(ws, lowered, start, cue)
    return None if at is None else cue.head_at(lowered, at)


def _in_title_head(ws: list[Word], lowered: list[str], first: int) -> bool:
    """Before the title's first break: "MamT4 Networks for ..." names the paper's work, "... using
    a combination of UNet, ResNet and DenseNet models" the models it uses."""
    return not any(lowered[i] in TITLE_BREAK_WORDS or ws[i].trailing.startswith((":", ",")) for i in range(first))


def _own_head(ws: list[Word], lowered: list[str], group: list[Member], cue: Cues) -> str | None:
    """'the NEJM Image Challenge', 'the Imaging Data Commons': a name of several words ending in
    its own capitalised head noun (of one word or more)."""
    member = group[-1]
    if len(group) > 1 or member.last == member.first or not ws[member.last].text[:1].isupper():
        return None
    for start in range(member.last, member.first, -1):
        head = cue.head_span(lowered, start)
        if head is not None and start + head[1] - 1 == member.last:
            return head[0]
    return None


def _head_after(ws: list[Word], lowered: list[str], last: int, cue: Cues) -> str | None:
    """The class of a head noun one or two words after a name ('the X dataset', 'the X polyp
    dataset'), or further after modality and organ words and one other word at most ('CHB-MIT
    scalp EEG datasets', 'the GRAZPEDWRI-DX pediatric wrist dataset'); not after a verb in -ing,
    whose object the name is ('ViT pretraining subsets', 'ECG-Record Processing Chatbot'); and
    after 'and other' ('the SWEDEHEART and other registries')."""
    if ws[last].trailing:
        return None
    if last + 3 < len(ws) and lowered[last + 1] == "and" and lowered[last + 2] == "other" and not ws[last + 2].trailing:
        return cue.head_at(lowered, last + 3)
    others = 0  # words between that are no modality or organ
    listed = False  # 'the NSCLC-Radiomics CT and KIRBY21 MRI datasets': names with their modalities, listed
    for offset in range(1, 7):
        i = last + offset
        if i >= len(ws) or (offset > 4 and not listed):
            return None
        kind = cue.head_at(lowered, i)
        if kind:
            return kind
        coordinated = lowered[i] in COORDINATION_WORDS and lowered[i - 1] in cue.facets and i + 1 < len(ws) and cue.name_shaped(ws[i + 1].text)
        listed = listed or coordinated
        others += lowered[i] not in cue.facets and not coordinated and not (listed and cue.name_shaped(ws[i].text))
        # a preposition ends the noun phrase: "patients without LVSD at baseline"
        if ws[i].trailing or lowered[i].endswith("ing") or (lowered[i] in _PREPOSITIONS and not coordinated) or (offset >= 2 and others > 1):
            return None
    return None


def _bracketed_before_head(ws: list[Word], lowered: list[str], first: int, last: int, cue: Cues) -> str | None:
    """'acute chest pain (PROMISE, ROMICAT-II) cohorts': a list of names that fills a bracket right
    before a head noun names what it counts (one name there is mostly a short form: '(AIaMD) tool')."""
    if ws[last].trailing != ")" or last + 1 >= len(ws) or not _after_opening_bracket(ws, first):
        return None
    return cue.head_at(lowered, last + 1)


def _one_after(ws: list[Word], lowered: list[str], first: int, last: int, cue: Cues) -> str | None:
    """'... on the AES dataset and the CHB-MIT one': 'one' stands for the head noun of the name
    coordinated just before."""
    if ws[last].trailing or last + 1 >= len(ws) or lowered[last + 1] != "one" or first < 2:
        return None
    if lowered[first - 1] != "the" or lowered[first - 2] not in ("and", "or"):
        return None
    return cue.head_at(lowered, first - 3)


def named_before(ws: list[Word], lowered: list[str], first: int, cue: Cues, last: int | None = None, size: int = 1) -> NameDecision | None:
    """'a framework called X', 'the dataset X', 'network (X)'. `last` and `size`: the last word of
    the names from `first` on and how many they are."""
    i = first - 1
    if i > 0 and lowered[i] == "as" and lowered[i - 1] in NAMING_WORDS and not ws[i - 1].trailing:
        i -= 1  # "named as X", "termed as X"
    naming = i >= 0 and lowered[i] in NAMING_WORDS
    if not naming and i > 1 and lowered[i] == "as" and lowered[i - 1] == "to" and lowered[i - 2] in ("refer", "referred"):
        i, naming = i - 2, True  # "a collection of 53 datasets, which we refer to as X"
    verb = None if naming else _naming_verb_before(ws, lowered, first)
    named_by_us = verb is not None
    if verb is not None:  # narrowed for the type checker, as named_by_us is not
        i, naming = verb, True
    if naming:
        if i > 0 and lowered[i - 1] in cue.task_nouns and not ws[i - 1].trailing:
            return None  # "a multi-object segmentation task called CAVF" names a task
        kind = _given_kind(ws, lowered, i, first, first if last is None else last, cue)
        intro = named_by_us or speaker_cue(lowered, 0, i, cue)
        # "a dataset called X" says what X is; "... , named X" alone leaves it to the default
        return NameDecision(kind or "Model", "named" if kind else "called", 0.85 if kind else 0.75, introduced=intro)
    if _after_opening_bracket(ws, first) and ws[first].trailing.startswith(":"):
        return None  # "agreement with the software (DS: 77.43%, HD: 3.27 mm)": a measure's label and value
    last = first if last is None else last
    for back in (1, 2):
        i = first - back
        if i < 0:
            break
        kind = cue.head_at(lowered, i)
        if kind and i > 0 and lowered[i - 1] in _VERB_SUBJECTS and not ws[i - 1].trailing:
            break  # "we benchmark X against ...": the noun is a verb, X its object
        if kind and ws[i].trailing.startswith(")"):
            break  # "In a second validation (3 datasets), X yielded ...": a bracketed aside names nothing after it
        if kind and back == 1 and ws[i].trailing == "," and _counted(lowered, i, size):
            return NameDecision(kind, "named", 0.8)  # "two MedVQA methods, MEVF and QCR": the ones counted
        if kind and i > 0 and ws[i].trailing.startswith(",") and _names_a_noun(ws[i - 1].text, lowered[i - 1], cue) and not _set_off(ws, lowered, i, last):
            break  # "on the CheXpert dataset, X outperforms ...": the noun has its name, X is a subject
        # "datasets, e.g. X", "a hybrid model – X – to ..."; not "In experiments on two benchmarks,
        # the X achieves ..." (a subject), nor "the A and B datasets, achieving mAP50 of ..."
        if kind and (back == 1 or lowered[i + 1] in NAMING_WORDS or ws[i + 1].text in _DASHES or (ws[i].trailing.startswith(",") and cue.cue_at(lowered, i + 1, "mentions"))):
            # a fronted phrase places the subject: whatever its preposition before a dataset noun; and
            # "In our model, LV loss is designed ...": what is in the paper's own model is a part of it
            placed = lowered[0] in _PLACING and _ours(ws, lowered, i)
            fronted = back == 1 and (kind == "Dataset" or placed) and _fronted_subject(ws, lowered, i, last)
            if ws[i].trailing.startswith(".") or fronted:
                break
            own = _ours(ws, lowered, i)  # "our dataset (PMC-15M)", "our ensemble learning method, Streaming,"
            # "we benchmark them against a generative adversarial network (WGAN-GP)": compared, not introduced
            intro = own or (speaker_cue(lowered, 0, i, cue) and not cue.cue_in(lowered, 0, i, "mentions"))
            return NameDecision(kind, "named", 0.8, introduced=intro)
    return None


def _naming_verb_before(ws: list[Word], lowered: list[str], first: int) -> int | None:
    """Where "we" name what they made, the object between the verb and the name: "we denote our
    framework as X", "which we call X", "we term this approach X"; not "we call for ..."."""
    for j in range(first - 1, max(0, first - _NAMING_VERB_REACH - 1), -1):
        if j < first - 1 and ws[j].trailing:
            return None
        if lowered[j] in _NAMING_VERBS and lowered[j - 1] == "we" and lowered[j + 1] not in _NOT_NAMING_PARTICLES:
            return j
    return None


def _given_kind(ws: list[Word], lowered: list[str], naming: int, first: int, last: int, cue: Cues) -> str | None:
    """The class of a name given by the naming word at `naming`: the noun that word follows, whatever
    the name's shape ("a public dataset, named MosMed", though "-Med" ends models' names too); but a
    word closing the name says more ("the imbalanced dataset, named Self-Transfer GAN"), and the
    name's shape more than a noun further back."""
    given = cue.head_at(lowered, naming - 1) if naming > 0 else None
    closing = last + 1 if last + 1 < len(ws) and not ws[last].trailing else None
    if given is not None and (closing is None or cue.morphology(ws[closing].text) in (None, given)):
        return given
    return _shaped_kind(ws, first, last, cue) or _nearest_head_before(lowered, first, cue, window=first - naming + 10)


def _shaped_kind(ws: list[Word], first: int, last: int, cue: Cues) -> str | None:
    """The class a given name's words are shaped as, or the word closing it ("named Self-Transfer GAN
    (STGAN)" after "the imbalanced dataset"): it says more than the nearest noun before the name."""
    end = last + 1 if last + 1 < len(ws) and not ws[last].trailing else last
    return next((kind for j in range(first, end + 1) if (kind := cue.morphology(ws[j].text))), None)


def is_count(word: str) -> bool:
    """A lowered word that counts what follows: "three", "several", "19", "1,200"."""
    return word in _COUNTS or word.replace(",", "").isdigit()


def _counted(lowered: list[str], noun: int, names: int) -> bool:
    """A count opens the noun phrase of the head noun at `noun` as a verb's object: 'investigate two
    MedVQA methods', not 'On three VQA datasets, LLaVA-Med ...' (a subject follows the comma). After
    a preposition, the `names` after the comma are the ones counted where they are as many: 'on two
    public BUS datasets, BrEaST and BUS-BRA, which ...'."""
    count = next((j for j in range(noun - 1, max(-1, noun - 4), -1) if is_count(lowered[j])), None)
    if count is None:
        return False
    if count > 0 and lowered[count - 1] not in _PREPOSITIONS:
        return True
    written = lowered[count]
    return names > 1 and (_NUMBERS.get(written) == names or (written.isdigit() and int(written) == names))


def own_words_start(ws: list[Word]) -> int:
    """Where a sentence's own words begin: after a structured abstract's heading of up to four
    words ('Results:', 'Materials and Methods:', 'Conclusions and Relevance:'), else 0."""
    return next((j + 1 for j in range(min(len(ws) - 1, 4)) if ws[j].trailing.startswith(":")), 0)


def _fronted_subject(ws: list[Word], lowered: list[str], noun: int, last: int) -> bool:
    """'Across both datasets, BUSTR consistently improves ...', 'Evaluated on seven public datasets,
    UltraSeg-130K attains ...': the comma after the noun closes a phrase that opens the sentence (with
    a preposition or a participle, no punctuation inside), and a name after it that no comma of its
    own sets off is the subject of the clause that follows, not the noun's name ('On two datasets,
    A and B, our model ...' names them). Asked of dataset nouns: what a fronted phrase compares a
    subject with is mostly of its kind ('Compared with other architectures, SFCN has ...')."""
    # after a connective the phrase opens the clause all the same ('Furthermore, in the phantom study, UFA-Unet ...'),
    # and after "that" ('we show that on extensive datasets, RD consistently achieves ...')
    first = 1 if len(ws) > 1 and ws[0].trailing == "," and ws[0].text.isalpha() else 0
    # a structured abstract's heading opens the sentence before the phrase ('Results: In the validation dataset, EfficientNet had ...')
    heading_end = own_words_start(ws)
    first = heading_end if 0 < heading_end <= noun else first
    first = next((j + 1 for j in range(noun - 1, first, -1) if lowered[j] == "that" and not ws[j].trailing), first)
    opening = lowered[first] in _FRONTING or lowered[first].endswith(("ed", "ing"))
    # a bracketed aside inside it is still the phrase's ('On 2 external (cross-center) datasets, SAT-Pro achieves ...'),
    # and so is an apposition set off by a comma and an article ('Trained on MedSeg-HQ, a curated dataset ..., SegMoTE achieves ...')
    return opening and not ws[last].trailing and not any(ws[j].trailing and ws[j].trailing != ")" and not _opens_apposition(ws, lowered, j) for j in range(first, noun))


def _opens_apposition(ws: list[Word], lowered: list[str], j: int) -> bool:
    """The comma after word j opens a noun phrase in apposition to it: ', a curated dataset ...'."""
    return ws[j].trailing == "," and j + 1 < len(lowered) and lowered[j + 1] in _ARTICLES


def _set_off(ws: list[Word], lowered: list[str], noun: int, last: int) -> bool:
    """'a new WBC dataset, Chula-WBC-8, for ...', 'a Llama model, DermatoLlama 1.0, on ...', 'the
    first publicly available surgical dataset, 4D-OR, containing ...': after a noun phrase opened by
    'a', 'an' or 'the first', a name set off by commas is the noun's name (a name before the noun
    only qualifies it). `last`: the name's last word."""
    return ws[last].trailing.startswith(",") and _presenting_article_before(ws, lowered, noun) is not None


def _presenting_article_before(ws: list[Word], lowered: list[str], position: int) -> int | None:
    """Where the 'a' or 'an' (at most four words back) or the 'the' of 'the first' (at most seven)
    opening the noun phrase of the word at `position` is: articles that present something new, and
    'the first ...' is the paper's own as surely as 'a new ...' is."""
    article = _indefinite_article_before(ws, lowered, position, 4)
    if article is not None:
        return article
    for j in range(position - 1, max(0, position - 8), -1):
        if lowered[j] == "first" and lowered[j - 1] == "the" and not ws[j - 1].trailing:
            return j - 1
        if ws[j].trailing:
            return None
    return None


def after_indefinite_article(ws: list[Word], lowered: list[str], position: int, reach: int) -> bool:
    """The noun phrase of the word at `position` opens with 'a' or 'an', at most `reach` words
    before it and with no punctuation between: 'a new WBC dataset', 'a 3D fully convolutional network'."""
    return _indefinite_article_before(ws, lowered, position, reach) is not None


def _indefinite_article_before(ws: list[Word], lowered: list[str], position: int, reach: int) -> int | None:
    """Where the 'a' or 'an' opening the noun phrase of the word at `position` is, or None."""
    for j in range(position - 1, max(-1, position - reach - 1), -1):
        if lowered[j] in ("a", "an"):
            return j
        if ws[j].trailing or lowered[j] == "the":
            return None
    return None


def _names_a_noun(word: str, lowered: str, cue: Cues) -> bool:
    """A word that names the head noun after it: 'CheXpert' in 'the CheXpert dataset', not 'The' or
    a sentence's first 'Our'."""
    return lowered not in _ARTICLES and lowered not in _DETERMINERS and (word[:1].isupper() or cue.name_shaped(word))


def _spelled_out_after(ws: list[Word], lowered: list[str], first: int, last: int, cue: Cues) -> NameDecision | None:
    """'MS3Toothset, Multi-Source Semi-Supervised Tooth DataSet for ...': capitalised words after a
    comma that end in a head noun spell the name out and say what it is, as an apposition does."""
    if ws[last].trailing != "," or last + 2 >= len(ws):
        return None
    end = last + 1
    while end < len(ws) and end - last <= 8 and ws[end].text[:1].isupper():
        kind = cue.head_at(lowered, end)
        if kind and (ws[end].trailing or end + 1 == len(ws) or not ws[end + 1].text[:1].isupper()):
            if end == last + 1 or (not ws[end].trailing and end + 1 < len(ws) and lowered[end + 1] == "of"):
                # a head noun alone ("X, Dataset ...") spells nothing out, nor one a phrase with "of"
                # goes on from ("LHNCBC, U.S National Library of Medicine")
                return None
            intro = speaker_cue(lowered, max(0, first - 8), first, cue)
            return NameDecision(kind, "introduced" if intro else "apposition", 0.8, introduced=intro)
        if ws[end].trailing:
            return None
        end += 1
    return None


def _known_phrase_end(ws: list[Word], lowered: list[str], i: int, cue: Cues) -> str | None:
    """The type of a known model or dataset that ends a noun phrase as its head: 'Medfusion, a
    conditional latent DDPM for medical images' is a model (not 'a ResNet backbone', whose head
    comes later)."""
    ends = bool(ws[i].trailing) or i + 1 == len(ws) or lowered[i + 1] in _PHRASE_PREPOSITIONS
    return cue.known.get(ws[i].text) if ends else None


def apposition(ws: list[Word], lowered: list[str], first: int, last: int, cue: Cues, copula: bool = True) -> NameDecision | None:
    """'X, a large dataset of ...', 'X - a 3D VLM ...', '(X), a framework ...', 'X, which is a dataset
    of ...', and (copula) where X opens the sentence, 'X is an AI tool for ...', its noun phrase
    ending at a preposition."""
    start = None
    if ws[last].trailing.lstrip(")").startswith((",", ":", "(")) and last + 1 < len(ws) and lowered[last + 1] in _ARTICLES:
        start = last + 2
    elif last + 2 < len(ws) and ws[last + 1].text in _DASHES and lowered[last + 2] in _ARTICLES:
        start = last + 3
    elif copula and last + 2 < len(ws) and not ws[last].trailing.lstrip(")") and lowered[last + 1] in BE_FORMS and lowered[last + 2] in _ARTICLES and _subject(ws, lowered, first):
        start = last + 3
    elif ws[last].trailing.lstrip(")").startswith(",") and last + 4 < len(ws) and lowered[last + 1] == "which" and lowered[last + 2] in BE_FORMS and lowered[last + 3] in _ARTICLES:
        start = last + 4  # "DermQuux-7, which is a large dataset of ...": a relative clause says it as an apposition does
    if start is None:
        return _spelled_out_after(ws, lowered, first, last, cue)
    stated = start == last + 3 and lowered[last + 1] in BE_FORMS
    aside = False  # "a large-scale bilingual (German/English) dataset": an aside in brackets is passed over
    for i in range(start, min(len(ws), start + 9)):
        # "GLAM, a deep learning study for ...", "GCN-Explainer, an ablation study": an apposed study is
        # a piece of work, not the cohort a study's own name ("the Rotterdam Study") is
        kind = None if lowered[i] in WORK_NOUNS else cue.head_at(lowered, i) or _known_phrase_end(ws, lowered, i, cue)
        if kind and lowered[i] in _QUANTIFIER_NOUNS and i + 1 < len(ws) and lowered[i + 1] == "of" and not ws[i].trailing:
            later = next((k for j in range(i + 2, min(len(ws), i + 9)) if (k := cue.head_at(lowered, j))), None)
            kind = later or kind  # "a collection of medical vision-language foundation models": models
        if kind == "Model" and i > start and lowered[i - 1] == "imaging":
            return None  # "GSI is an advanced imaging technique": a way of imaging, no model
        if kind:
            intro = speaker_cue(lowered, max(0, first - 8), first, cue)
            return NameDecision(kind, "introduced" if intro else "apposition", 0.8, introduced=intro)
        aside = aside or (i > start and _after_opening_bracket(ws, i))
        if ws[i].trailing.startswith(")") and aside:
            aside = False
            continue
        if ws[i].trailing.startswith((".", ";", ")")) or (stated and i + 1 < len(ws) and lowered[i + 1] in _PHRASE_PREPOSITIONS):
            return None  # "UW-OCTA is a safe imaging modality in DR diagnosis systems": the phrase ended
    return None


def _subject(ws: list[Word], lowered: list[str], first: int) -> bool:
    """Word `first` opens the sentence, after at most an article or a heading ('Introduction: X is ...')."""
    own = own_words_start(ws)
    return first in (0, own) or (first == own + 1 and lowered[own] in _ARTICLES)


def _based_on_after(ws: list[Word], lowered: list[str], last: int, cue: Cues) -> str | None:
    """'TeeFlow, based on the RAFT optical flow model': a name built on a known model, or on what a
    head noun names, is of that kind."""
    if last + 2 >= len(ws) or ws[last].trailing not in ("", ",") or not cue.cue_at(lowered, last + 1, "basedOn"):
        return None
    for j in range(last + 2, min(len(ws), last + 9)):
        kind = cue.known.get(ws[j].text) or cue.head_at(lowered, j)
        if kind:
            return kind
        if ws[j].trailing:
            break
    return None


def _used_on(lowered: list[str], first: int, cue: Cues) -> bool:
    """'trained on X', 'evaluated on the X'."""
    window = lowered[max(0, first - 4) : first]
    if not window or "on" not in window[-2:]:
        return False
    on = max(i for i, w in enumerate(window) if w == "on")
    if on >= 1 and cue.cue_at(window, on - 1, "basedOn"):
        return False  # "a deep learning model, based on X": what the model is built on, not data it learned on
    return any(cue.cue_at(window, i, "trainedOn") or cue.cue_at(window, i, "evaluatedOn") for i in range(on))


def _measured_method(ws: list[Word], lowered: list[str], first: int, last: int) -> bool:
    """'improving the performance of S2L, which ...', 'the accuracy of neoSCB on ...': what performs is
    a method, where the name ends its noun phrase (not 'the accuracy of MPM diagnosis', a disease's)."""
    if first < 2 or lowered[first - 1] != "of" or lowered[first - 2] not in _MEASURED_QUALITIES:
        return False
    return bool(ws[last].trailing) or last + 1 == len(ws) or lowered[last + 1] in _AFTER_A_PHRASE


def _object_of_use(lowered: list[str], first: int, cue: Cues) -> bool:
    """'we train X on ...', 'we evaluate our X ...': what is trained or evaluated is a model."""
    i = first - 1
    while i >= 0 and lowered[i] in ("the", "our", "a", "an"):
        i -= 1
    subject = i - 1
    if subject >= 1 and lowered[subject] in _BETWEEN_SUBJECT_AND_VERB and lowered[subject - 1] == "we":
        subject -= 1  # "we have trained X", "we also evaluate X"
    if subject < 0 or lowered[subject] not in ("we", "to", "and"):
        return False
    return cue.cue_at(lowered, i, "trainedOn") or cue.cue_at(lowered, i, "evaluatedOn")


def _on_in_results(lowered: list[str], first: int, cue: Cues) -> bool:
    """'... improvements of 4.6% on MedMNIST, 5.8% on NonMNIST': 'on X' in a sentence about results."""
    if first < 1 or lowered[first - 1] != "on":
        return False
    if first >= 2 and (cue.cue_at(lowered, first - 2, "basedOn") or cue.cue_at(lowered, first - 2, "derivedFrom")):
        return False
    return cue.anywhere(lowered, "evaluatedOn") or cue.anywhere(lowered, "trainedOn")


def speaker_cue(lowered: list[str], start: int, end: int, cue: Cues) -> bool:
    """An introduction cue said by the authors: 'we propose', 'this paper presents', 'here we release'."""
    window = lowered[max(0, start) : end]
    return any(w in _SPEAKERS for w in window) and cue.anywhere(window, "introduces")


def _introduction_before(ws: list[Word], lowered: list[str], first: int, cue: Cues) -> int | None:
    """'we propose X': where the authors' introduction verb is, for the first name after it (not
    every name near it); None when there is none. A bracketed name's capitalised long form stands
    between ("we introduce a Multi-agent Exploratory Synergy for the Heart (MESHAgents)"). What an
    evaluation or a training is of is no introduction: "this study presents a comparison of U-Net
    variants", "this design enables effective fine-tuning of SAM2"."""
    if first > 1 and lowered[first - 1] == "of" and (cue.cue_at(lowered, first - 2, "evaluatedOn") or cue.cue_at(lowered, first - 2, "trainedOn")):
        return None
    long_form = _titled_long_form_start(ws, lowered, first)
    start = max(0, long_form - 6)
    for i in range(first - 1, start - 1, -1):
        if cue.name_shaped(ws[i].text):
            # "we introduce A (X) and B (Y)": B is introduced too
            return _introduction_before(ws, lowered, i, cue) if _coordinated_short_form(ws, lowered, i, long_form) else None
        if ws[i].trailing.startswith((".", ";")):
            return None
        if cue.cue_at(lowered, i, "basedOn"):
            return None  # "This system is built based on U-Net": the basis of what is introduced
        if cue.cue_at(lowered, i, "introduces"):
            return i if _authors_introduce(ws, lowered, i, cue) else None
    return None


def _coordinated_short_form(ws: list[Word], lowered: list[str], i: int, long_form: int) -> bool:
    """Word i is a bracketed short form ending a list item right before the name whose long form
    starts at `long_form`: "A (X) and B (Y)", "A (X), B (Y)"."""
    if not (_after_opening_bracket(ws, i) and ws[i].trailing.startswith(")")):
        return False
    return (long_form == i + 2 and lowered[i + 1] == "and" and not ws[i + 1].trailing) or (long_form == i + 1 and ws[i].trailing == "),")


def presented_by_authors(ws: list[Word], lowered: list[str], first: int, cue: Cues) -> bool:
    """'we present the X', 'we release a new X': the authors' introduction verb right before the noun
    phrase that opens at word `first`, past its article and words of novelty."""
    verb = first - 1
    while verb > 0 and lowered[verb] in _PRESENTING_OPENERS and not ws[verb].trailing:
        verb -= 1
    return verb >= 0 and not ws[verb].trailing and cue.cue_at(lowered, verb, "introduces") and _authors_introduce(ws, lowered, verb, cue)


def _authors_introduce(ws: list[Word], lowered: list[str], verb: int, cue: Cues) -> bool:
    """The introduction verb at `verb` is the authors': said by them ('we propose', 'this paper
    presents', 'we formulate it by introducing'), or opening a structured abstract's purpose
    statement ('To develop ...')."""
    reach = 10 if verb > 0 and lowered[verb - 1] == "by" else 4  # "by introducing": the sentence's subject introduces
    return speaker_cue(lowered, max(0, verb - reach), verb + 1, cue) or _purpose_infinitive(ws, lowered, verb)


def _purpose_infinitive(ws: list[Word], lowered: list[str], verb: int) -> bool:
    """'To develop a multi-task (DMT) model ...', also after a heading ('Objective: To develop ...'): a
    structured abstract's purpose statement introduces the authors' work without a 'we'."""
    to = verb - 1
    return to >= 0 and lowered[to] == "to" and (to in (0, own_words_start(ws)) or (to == 1 and heading_before_to(ws)))


def heading_before_to(ws: list[Word]) -> bool:
    """'Objective To develop ...': a one-word heading without a colon, then the purpose statement's 'To'."""
    return len(ws) > 1 and ws[1].text == "To" and ws[0].text[:1].isupper()


def _titled_long_form_start(ws: list[Word], lowered: list[str], first: int) -> int:
    """Where the capitalised long form before a bracketed name begins ("Exploratory Synergy for the
    Heart (X)"), or `first` when the name is no bracketed short form after one."""
    if not _after_opening_bracket(ws, first):
        return first
    i = first
    while i > 0 and not ws[i - 1].trailing.strip() and (ws[i - 1].text[:1].isupper() or lowered[i - 1] in _LONG_FORM_JOINERS):
        i -= 1
    while i < first and lowered[i] in _LONG_FORM_JOINERS:
        i += 1  # "... a Quux (X)": the article opens no long form
    return i if i < first and ws[i].text[:1].isupper() else first


def _derived_from(lowered: list[str], first: int, cue: Cues, name: str) -> NameDecision | None:
    """A name after a derivation cue: a dataset after a dataset noun or a cue only datasets take
    ("curated from X"), unless its form says model ("augmenting the PixelCNN"); else a model, unless
    its form says dataset ("based on Ophora-160K")."""
    for back in (1, 2, 3):
        i = first - back
        if i < 0:
            return None
        for relation in ("basedOn", "derivedFrom"):
            if cue.cue_at(lowered, i, relation):
                if _nearest_head_before(lowered, i, cue, window=4) == "Dataset":
                    kind = "Dataset"
                elif cue.cue_at(lowered, i, "basedOn"):
                    kind = "Dataset" if cue.morphology(name) == "Dataset" else "Model"  # "generation based on Ophora-160K": its data
                else:
                    kind = cue.morphology(name) or "Dataset"
                return NameDecision(kind, "derivation", 0.7)
    return None


def _outperformed(lowered: list[str], first: int) -> bool:
    """'X outperforms VMUNet', 'surpasses the QuuxNet': the object of a comparing verb."""
    verb = first - 2 if first >= 2 and lowered[first - 1] in _ARTICLES else first - 1
    return verb >= 0 and lowered[verb].startswith(_COMPARING_VERBS)


def _listed(lowered: list[str], first: int, cue: Cues) -> bool:
    return cue.cue_in(lowered, first - 3, first, "mentions")


def _examples_of_other_things(ws: list[Word], lowered: list[str], first: int, cue: Cues) -> bool:
    """'neuropsychiatric disorders such as Schizophrenia (SZ)', 'diverse PET tracers including C11':
    examples of a plural noun that heads no model or dataset are of its kind, not names of either."""
    for k in range(max(1, first - 3), first):
        if lowered[k] in _EXAMPLE_WORDS and cue.cue_at(lowered, k, "mentions"):
            noun = ws[k - 1].text
            return noun.isalpha() and noun.islower() and noun != lowered[k - 1] and cue.head_at(lowered, k - 1) is None
    return False


def _nearest_head_before(lowered: list[str], position: int, cue: Cues, window: int) -> str | None:
    for i in range(position - 1, max(-1, position - window - 1), -1):
        kind = cue.head_at(lowered, i)
        if kind:
            return kind
    return None


def name_key(type_name: str, surface: str) -> str:
    """Key of an open-ended name: case, hyphen, space and plural variants agree, and a dataset's name
    with the noun glued on is the name ("COVID-CT-Dataset" is COVID-CT)."""
    if type_name == "Dataset":
        surface = _GLUED_DATASET_NOUN.sub("", surface)
    return f"{type_name}/name:{name_norm(surface)}"


_NAME_NORMS: Final[dict[str, str]] = {}  # name_norm's results (see kg.text.remember)


def name_norm(surface: str) -> str:
    norm = _NAME_NORMS.get(surface)
    if norm is None:
        # a token keeps its letters and digits across an inner apostrophe ("EXACT'09", "BraTS'15"):
        # dropped whole, such names would all share one empty key. Only the last token takes a plural:
        # an inner s is part of the name ("HighRes-Net" is HighResNet)
        # in one Unicode form: the micro sign and the Greek mu are one letter ("µ-RegPro", "μ-RegPro")
        tokens = [token for token in (t.replace("'", "").replace("’", "") for t in token_texts(unicodedata.normalize("NFKC", surface))) if token.isalnum() or token == "+"]
        norm = remember(_NAME_NORMS, surface, "".join(token.lower() for token in tokens[:-1]) + (singular(tokens[-1]).lower() if tokens else ""))
    return norm


@lru_cache(maxsize=4)
def known_name_index(vocabulary: Vocabulary) -> dict[str, str]:
    """Open-name key of every vocabulary label -> concept id (first concept wins); a modality counted
    as a broader one (kg:countedAs: "cardiac magnetic resonance") is that one. Then, where no label
    says otherwise, a model or dataset label of one word and a head noun without the noun: the name
    "Synapse" that the text types as a dataset is the concept labelled "Synapse dataset" (bare
    "synapse" is no label: the word is a neuron's), and "a CNN called Inception" is the one labelled
    "Inception network" (bare "inception" is no label either: "since its inception")."""
    index: dict[str, str] = {}
    concepts = sorted(vocabulary.concepts.values(), key=lambda c: c.id)
    counted = counted_modalities(vocabulary)
    for concept in concepts:
        for label in concept.labels:
            index.setdefault(name_key(concept.type, label), counted.get(concept.id, concept.id))
    for concept in concepts:
        if concept.type in NAMED_TYPES:
            for label in concept.labels:  # "Glas", "BRATS": a final capital S is no plural's
                index.setdefault(name_key(concept.type, label.lower()), concept.id)
    for type_name in ("Dataset", "Model"):
        for concept in concepts:
            if concept.type == type_name:
                for label in concept.labels:
                    name = name_before_head_noun(label, vocabulary, type_name)
                    if name and " " not in name:
                        index.setdefault(name_key(concept.type, name), concept.id)
    return index


def name_before_head_noun(phrase: str, vocabulary: Vocabulary, type_name: str) -> str | None:
    """'Synapse' of 'Synapse dataset' or 'the Synapse datasets' written: the words before a last
    word that is a head noun of the type (of a dataset, or of a model: 'Inception network')."""
    name, _, last = phrase.rpartition(" ")
    return name if name and singular(last.lower()) in _head_noun_keys(vocabulary, type_name) else None


@lru_cache(maxsize=8)
def _head_noun_keys(vocabulary: Vocabulary, type_name: str) -> frozenset[str]:
    """A type's head nouns as a last word is compared with them: singular, lower case ("LLM": "llm")."""
    return frozenset(singular(noun.lower()) for noun in vocabulary.head_nouns.get(type_name, ()))


def inside_a_name(start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """A task word inside a known model's or dataset's name (or a modality's label) is part of that
    name, not a task the paper addresses: "Denoising Diffusion Probabilistic Models", "Automated
    Cardiac Diagnosis Challenge", "localization microscopy"."""
    return any(first <= start and end <= last and last - first > end - start for first, last in names)
