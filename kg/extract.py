"""Extract typed mentions and relations from one paper.

Extraction is a pure function of one paper and the vocabulary, so it can run
in any process, be cached by the paper's content and be parallelised.

Two recognisers feed it: the vocabulary gazetteer (every SKOS label of
`ontology/`, many surface forms to one concept id) and an open-name
recogniser for models and datasets never seen before, typed from the words
around them (head nouns, "trained on X", "X: a dataset ..."). Relations are
decided sentence by sentence from the cue words the ontology attaches to
each relation.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from kg.corpus import Paper
from kg.text import Span, Token, is_case_sensitive, label_key, sentences, singular, tokens, urls
from kg.vocabulary import ENTITY_TYPES, Vocabulary

EXTRACTOR_VERSION = "1"

PAPER = "paper"  # subject of paper -> entity links

PAPER_RELATION = {
    "Modality": "hasModality",
    "AnatomicalStructure": "targetsAnatomy",
    "Task": "addressesTask",
}

_NAME_SHAPE_EXTRA = re.compile(r"^(?:v?\d+(?:\.\d+)*[a-z]?|(?:19|20)\d\d)$")
_WORD = re.compile(r"\S+")
_EDGE_PUNCT = "\"'“”‘’()[]{},;:.!?*"
_DEFINITE = {"a", "an", "the", "our", "this", "these", "its", "their", "new", "novel"}
_WE = {"we", "our", "this", "here", "here,"}
_LIST_CUES = ("such as", "e.g.", "e.g.,", "including", "like", "compared with", "compared to", "versus", "vs.", "than", "over")


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity in the paper's text."""

    key: str  # entity key: a concept id ("Modality/ct") or "Model/name:sammed3d"
    type: str
    text: str
    start: int
    end: int
    sentence: int
    rule: str
    confidence: float


@dataclass(frozen=True)
class Link:
    """A relation read from one sentence: subject and object are entity keys (or PAPER / a URL)."""

    subject: str
    relation: str
    object: str
    sentence: int
    rule: str
    confidence: float


@dataclass(frozen=True)
class Extraction:
    paper: Paper
    sentences: tuple[Span, ...]
    mentions: tuple[Mention, ...]
    links: tuple[Link, ...]
    # (entity key, surface form) pairs: long forms defined in the text ("Segment Anything Model (SAM)")
    aliases: tuple[tuple[str, str], ...]

    def sentence_text(self, index: int) -> str:
        span = self.sentences[index]
        return self.paper.text[span.start : span.end]


def name_key(type_name: str, surface: str) -> str:
    """Key of an open-ended name: case, hyphen, space and plural variants agree."""
    norm = "".join(singular(tok.text).lower() for tok in tokens(surface) if tok.text.isalnum())
    return f"{type_name}/name:{norm}"


# --- the gazetteer ------------------------------------------------------------


@dataclass(frozen=True)
class Gazetteer:
    """Every vocabulary label as a token sequence, per entity type."""

    exact: dict[str, dict[tuple[str, ...], tuple[str, ...]]]
    folded: dict[str, dict[tuple[str, ...], tuple[str, ...]]]
    longest: int


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
    freeze = lambda table: {t: {k: tuple(sorted(v)) for k, v in d.items()} for t, d in table.items()}  # noqa: E731
    return Gazetteer(freeze(exact), freeze(folded), longest)


def _glued(text: str, start: int, end: int) -> bool:
    """True when a match is only part of a hyphenated name (CXR in MIMIC-CXR)."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    if len(before) == 2 and before[1] in "-–" and (before[0].isupper() or before[0].isdigit()):
        return True
    if len(after) == 2 and after[0] in "-–" and (after[1].isupper() or after[1].isdigit()):
        return True
    if start > 0 and (text[start - 1].isalnum()):
        return True
    return end < len(text) and text[end].isalnum()


def _vocab_matches(text: str, toks: list[Token], gaz: Gazetteer, type_name: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Longest-first vocabulary matches of one type: (first token, end token, concept ids)."""
    found = []
    i = 0
    exact, folded = gaz.exact[type_name], gaz.folded[type_name]
    keys = [singular(t.text) for t in toks]
    lowered = [k.lower() for k in keys]
    while i < len(toks):
        hit = None
        for n in range(min(gaz.longest, len(toks) - i), 0, -1):
            ids = exact.get(tuple(keys[i : i + n])) or folded.get(tuple(lowered[i : i + n]))
            if ids and not _glued(text, toks[i].start, toks[i + n - 1].end):
                hit = (i, i + n, ids)
                break
        if hit:
            found.append(hit)
            i = hit[1]
        else:
            i += 1
    return found


# --- words and names ----------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """A whitespace-delimited word with its surrounding punctuation stripped."""

    text: str
    start: int
    end: int
    trailing: str  # punctuation that followed it (",", ".", ")", ...)


def _words(text: str, span: Span) -> list[Word]:
    words = []
    for match in _WORD.finditer(text, span.start, span.end):
        raw = match.group()
        left = len(raw) - len(raw.lstrip(_EDGE_PUNCT))
        core = raw.strip(_EDGE_PUNCT)
        if core.endswith(("'s", "’s")):
            core = core[:-2]
        if not core:
            continue
        start = match.start() + left
        trailing = raw[left + len(core) :]
        words.append(Word(core, start, start + len(core), trailing))
    return words


def _name_shaped(word: str, generic: frozenset[str]) -> bool:
    """Capitals inside, or letters with digits: PixCell, SAM-Med3D, PanCan-30M, JSRT."""
    if word in generic or singular(word) in generic or len(word) < 2:
        return False
    letters = [ch for ch in word if ch.isalpha()]
    if not letters:
        return False
    inner_capital = any(ch.isupper() for ch in word[1:])
    has_digit = any(ch.isdigit() for ch in word)
    if not (inner_capital or (has_digit and word[0].isupper())):
        return False
    # "3D", "2D-CNN", "COVID-19": mostly digits and generic pieces
    parts = re.split(r"[-/]", word)
    return not all(p in generic or p.isdigit() or not p for p in parts)


def _lower_words(words: list[Word]) -> list[str]:
    return [singular(w.text.lower()) for w in words]


# --- extraction -----------------------------------------------------------------


class _PaperExtractor:
    """Working state for one paper; `extract` is the public entry point."""

    def __init__(self, paper: Paper, vocabulary: Vocabulary) -> None:
        self.paper = paper
        self.text = paper.text
        self.vocab = vocabulary
        self.gaz = gazetteer(vocabulary)
        self.sentences = sentences(self.text)
        self.mentions: list[Mention] = []
        self.links: list[Link] = []
        self.aliases: set[tuple[str, str]] = set()
        self.introduced: dict[str, tuple[int, str, float]] = {}
        self.head_nouns = {
            t: {tuple(singular(w).lower() for w in noun.split()) for noun in vocabulary.head_nouns.get(t, ())}
            for t in ("Model", "Dataset")
        }

    # -- recognition

    def run(self) -> Extraction:
        sentence_words = [_words(self.text, span) for span in self.sentences]
        for index, span in enumerate(self.sentences):
            self._vocabulary_mentions(index, span)
        typed = self._open_names(sentence_words)
        self._propagate(typed, sentence_words)
        self._relations(sentence_words)
        mentions = sorted(set(self.mentions), key=lambda m: (m.start, m.end, m.key))
        links = sorted(set(self.links), key=lambda l: (l.sentence, l.subject, l.relation, l.object, l.rule))
        return Extraction(
            paper=self.paper,
            sentences=tuple(self.sentences),
            mentions=tuple(mentions),
            links=tuple(links),
            aliases=tuple(sorted(self.aliases)),
        )

    def _vocabulary_mentions(self, index: int, span: Span) -> None:
        toks = tokens(self.text, span.start, span.end)
        for type_name in ENTITY_TYPES:
            for first, last, ids in _vocab_matches(self.text, toks, self.gaz, type_name):
                start, end = toks[first].start, toks[last - 1].end
                surface = self.text[start:end]
                for concept_id in ids[:1]:
                    confidence = 0.85 if is_case_sensitive(surface) and len(surface) <= 4 else 0.9
                    self.mentions.append(Mention(concept_id, type_name, surface, start, end, index, "vocabulary", confidence))

    def _covered(self, start: int, end: int) -> bool:
        return any(m.start <= start and end <= m.end for m in self.mentions)

    def _open_names(self, sentence_words: list[list[Word]]) -> dict[str, tuple[str, str, float]]:
        """Names typed from context: key -> (type, rule, confidence); mentions recorded."""
        typed: dict[str, tuple[str, str, float]] = {}
        generic = self.vocab.generic_terms
        for index, words in enumerate(sentence_words):
            lowered = _lower_words(words)
            for position, word in enumerate(words):
                if not _name_shaped(word.text, generic):
                    continue
                end_word = position
                if position + 1 < len(words) and _NAME_SHAPE_EXTRA.match(words[position + 1].text) and not word.trailing:
                    end_word = position + 1  # "ISLES 2022", "CLIMAT v2"
                start, end = word.start, words[end_word].end
                vocab_hit = self._vocab_mention_at(start, end)
                decision = self._type_from_context(index, words, lowered, position, end_word)
                if vocab_hit is not None:
                    if decision and decision[1] in ("title", "introduced"):
                        self.introduced.setdefault(vocab_hit.key, (index, decision[1], decision[2]))
                    continue
                if self._covered(start, end) or decision is None:
                    continue
                type_name, rule, confidence = decision
                surface = self.text[start:end]
                key = name_key(type_name, surface)
                if rule in ("title", "introduced"):
                    self.introduced.setdefault(key, (index, rule, confidence))
                if key not in typed or typed[key][2] < confidence:
                    typed[key] = (type_name, rule, confidence)
                self.mentions.append(Mention(key, type_name, surface, start, end, index, rule, confidence))
        self._acronym_definitions(sentence_words, typed)
        return typed

    def _vocab_mention_at(self, start: int, end: int) -> Mention | None:
        for mention in self.mentions:
            if mention.rule == "vocabulary" and mention.type in ("Model", "Dataset") and mention.start <= start and end <= mention.end:
                return mention
            if mention.rule == "vocabulary" and mention.start == start and mention.end == end:
                return mention
        return None

    def _head_type(self, lowered: list[str], position: int) -> str | None:
        """The class whose head noun starts at this word ("dataset", "data set")."""
        for type_name in ("Dataset", "Model"):
            for noun in self.head_nouns[type_name]:
                if tuple(lowered[position : position + len(noun)]) == noun:
                    return type_name
        return None

    def _type_from_context(self, index: int, words: list[Word], lowered: list[str], position: int, end_word: int) -> tuple[str, str, float] | None:
        # Title "X: a dataset of ..." names the paper's own contribution.
        if index == 0 and position == 0 and words[end_word].trailing.startswith(":"):
            rest = lowered[end_word + 1 :]
            kind = next((t for i in range(len(rest)) if (t := self._head_type(rest, i)) == "Dataset"), None)
            return (kind or "Model", "title", 0.95)
        # "X dataset", "X model", "X-based network" (up to one modifier between)
        for offset in (1, 2):
            after = end_word + offset
            if after < len(words) and (kind := self._head_type(lowered, after)):
                if offset == 2 and words[end_word].trailing:
                    break
                return (kind, "head-noun", 0.85)
            if after < len(words) and words[after - 1].trailing and offset == 1:
                break
        # "a dataset named X", "the framework, X", "network (X)"
        for back in (1, 2, 3):
            before = position - back
            if before < 0:
                break
            kind = self._head_type(lowered, before)
            between = lowered[before + 1 : position]
            if kind and all(w in {"called", "named", "termed", "dubbed", "coined", "entitled", "as"} for w in between):
                intro = self._has_intro_cue(lowered[:before])
                return (kind, "introduced" if intro else "named", 0.85)
        # "X, a large dataset of ..." (apposition)
        if words[end_word].trailing.startswith(",") and end_word + 1 < len(words) and lowered[end_word + 1] in ("a", "an", "the"):
            for ahead in range(end_word + 2, min(len(words), end_word + 10)):
                if kind := self._head_type(lowered, ahead):
                    intro = self._has_intro_cue(lowered[:position])
                    return (kind, "introduced" if intro else "apposition", 0.8)
                if words[ahead].trailing.startswith((".", ";", ")")):
                    break
        # "trained on X", "evaluated on the X"
        pre = lowered[max(0, position - 4) : position]
        if pre and pre[-1] in ("on", "the") and ("on" in pre[-2:]):
            if any(self._cue_in(w, "trainedOn") or self._cue_in(w, "evaluatedOn") for w in pre):
                return ("Dataset", "used-on", 0.75)
        # "we propose X", "we introduce X, ..."
        if self._has_intro_cue(lowered[max(0, position - 6) : position], require_we=True):
            kind = "Dataset" if any(self._head_type(lowered, i) == "Dataset" for i in range(max(0, position - 6), position)) else "Model"
            return (kind, "introduced", 0.8)
        # "baselines such as X", "outperforms X"
        window = " ".join(w.text.lower() for w in words[max(0, position - 3) : position])
        if any(window.endswith(cue) or f"{cue} " in window for cue in _LIST_CUES) or self._cue_near(lowered, position, "outperform"):
            in_sentence = {self._head_type(lowered, i) for i in range(len(words))}
            kind = "Dataset" if "Dataset" in in_sentence and "Model" not in in_sentence else "Model"
            return (kind, "listed", 0.6)
        return None

    def _cue_near(self, lowered: list[str], position: int, stem: str) -> bool:
        return any(w.startswith(stem) for w in lowered[max(0, position - 3) : position])

    def _cue_in(self, word: str, relation: str) -> bool:
        return any(word.startswith(stem) for stem in self.vocab.cues.get(relation, ()))

    def _has_intro_cue(self, lowered: list[str], require_we: bool = False) -> bool:
        hit = any(self._cue_in(w, "introduces") for w in lowered)
        if not require_we:
            return hit
        return hit and any(w in _WE for w in lowered)

    def _acronym_definitions(self, sentence_words: list[list[Word]], typed: dict[str, tuple[str, str, float]]) -> None:
        """'Long Form Name (LFN)': the long form is an alias of the short one."""
        for index, span in enumerate(self.sentences):
            sentence = self.text[span.start : span.end]
            for match in re.finditer(r"\(([^()\s]{2,20})\)", sentence):
                short = match.group(1)
                short_start = span.start + match.start(1)
                long_form = _long_form(sentence[: match.start()], short)
                if not long_form:
                    continue
                for mention in self.mentions:
                    if mention.start == short_start and mention.text == short:
                        self.aliases.add((mention.key, long_form))
                        break
                else:
                    # the short form was not recognised: type it from the long form's head noun
                    lowered = [singular(w.lower()) for w in long_form.split()]
                    kind = self._head_type(lowered, len(lowered) - 1) if lowered else None
                    if kind is None and len(lowered) > 1:
                        kind = self._head_type(lowered, len(lowered) - 2)
                    if kind and _name_shaped(short, self.vocab.generic_terms):
                        key = name_key(kind, short)
                        intro = self._has_intro_cue([singular(w.lower()) for w in sentence[: match.start()].split()[-12:]])
                        rule = "introduced" if intro else "acronym"
                        typed.setdefault(key, (kind, rule, 0.8))
                        if intro:
                            self.introduced.setdefault(key, (index, rule, 0.8))
                        self.mentions.append(Mention(key, kind, short, short_start, short_start + len(short), index, rule, 0.8))
                        self.aliases.add((key, long_form))

    def _propagate(self, typed: dict[str, tuple[str, str, float]], sentence_words: list[list[Word]]) -> None:
        """Every other occurrence of a typed name in the paper is a mention too."""
        by_norm = {key.split("/name:", 1)[1]: key for key in typed}
        for index, words in enumerate(sentence_words):
            for position, word in enumerate(words):
                for surface, end in self._candidates_at(words, position):
                    norm = name_key("", surface).split("/name:", 1)[1]
                    key = by_norm.get(norm)
                    if key is None or self._covered(word.start, end):
                        continue
                    type_name = typed[key][0]
                    self.mentions.append(Mention(key, type_name, surface, word.start, end, index, "same-name", typed[key][2] * 0.95))

    def _candidates_at(self, words: list[Word], position: int) -> list[tuple[str, int]]:
        word = words[position]
        result = [(word.text, word.end)]
        if position + 1 < len(words) and _NAME_SHAPE_EXTRA.match(words[position + 1].text):
            end = words[position + 1].end
            result.insert(0, (self.text[word.start : end], end))
        return result

    # -- relations

    def _relations(self, sentence_words: list[list[Word]]) -> None:
        by_sentence: dict[int, list[Mention]] = defaultdict(list)
        for mention in self.mentions:
            by_sentence[mention.sentence].append(mention)
        introduced_models = [k for k in self.introduced if k.startswith("Model/")]
        introduced_datasets = [k for k in self.introduced if k.startswith("Dataset/")]
        for mention in self.mentions:
            if mention.type in PAPER_RELATION:
                self.links.append(Link(PAPER, PAPER_RELATION[mention.type], mention.key, mention.sentence, mention.rule, mention.confidence))
            elif mention.key in self.introduced:
                index, rule, confidence = self.introduced[mention.key]
                self.links.append(Link(PAPER, "introduces", mention.key, index, rule, confidence))
            else:
                self.links.append(Link(PAPER, "mentions", mention.key, mention.sentence, mention.rule, mention.confidence))
        for index, words in enumerate(sentence_words):
            found = by_sentence.get(index, [])
            lowered = _lower_words(words)
            self._uses(index, words, lowered, found, introduced_models, introduced_datasets)
            self._entity_facets(index, found)
        self._derivations()
        for span in urls(self.text):
            url = self.text[span.start : span.end]
            if any(host in url.lower() for host in self.vocab.cues.get("hasCode", ())):
                sentence = next((i for i, s in enumerate(self.sentences) if s.start <= span.start < s.end), 0)
                self.links.append(Link(PAPER, "hasCode", _absolute(url), sentence, "code-url", 0.95))

    def _uses(self, index: int, words: list[Word], lowered: list[str], found: list[Mention], introduced_models: list[str], introduced_datasets: list[str]) -> None:
        datasets = [m for m in found if m.type == "Dataset"]
        models = [m for m in found if m.type == "Model"]
        anaphora = [w for i, w in enumerate(words) if lowered[i] == "dataset" and i > 0 and lowered[i - 1] in ("this", "our", "the", "these")]
        if not datasets and anaphora and introduced_datasets:
            datasets = [Mention(k, "Dataset", anaphora[0].text, anaphora[0].start, anaphora[0].end, index, "anaphora", 0.6) for k in introduced_datasets]
        if not datasets:
            return
        subjects = [(m.key, 0.8) for m in models]
        if not subjects:
            if not any(w in ("we", "our", "model", "method", "network", "it", "framework", "approach") for w in lowered):
                return
            subjects = [(k, 0.6) for k in introduced_models]
        for dataset in datasets:
            relation = self._use_relation(words, lowered, dataset)
            if relation is None:
                continue
            for model_key, confidence in subjects:
                if model_key.split("/", 1)[1] == dataset.key.split("/", 1)[1]:
                    continue
                self.links.append(Link(model_key, relation, dataset.key, index, f"{relation}-cue", min(confidence, dataset.confidence)))

    def _use_relation(self, words: list[Word], lowered: list[str], dataset: Mention) -> str | None:
        """The use relation whose cue word stands nearest before the dataset (or after it)."""
        position = next((i for i, w in enumerate(words) if w.start >= dataset.start), len(words))
        best: tuple[int, str] | None = None
        for i, word in enumerate(lowered):
            for relation in ("trainedOn", "evaluatedOn"):
                if self._cue_in(word, relation):
                    distance = position - i if i <= position else 100 + i - position
                    if best is None or distance < best[0]:
                        best = (distance, relation)
        return best[1] if best else None

    def _entity_facets(self, index: int, found: list[Mention]) -> None:
        """An introduced model or dataset takes the modality, anatomy and task of its sentence."""
        owners = [m for m in found if m.type in ("Model", "Dataset") and m.key in self.introduced]
        for owner in owners:
            for facet in found:
                if facet.type in PAPER_RELATION:
                    self.links.append(Link(owner.key, PAPER_RELATION[facet.type], facet.key, index, "same-sentence", 0.6))

    def _derivations(self) -> None:
        """SAM-Med3D is based on SAM; MIMIC-CXR-JPG is derived from MIMIC-CXR: from the name's parts."""
        names: dict[str, set[str]] = defaultdict(set)
        first_sentence: dict[str, int] = {}
        for mention in self.mentions:
            if mention.type in ("Model", "Dataset"):
                names[mention.key].add(mention.text)
                first_sentence.setdefault(mention.key, mention.sentence)
        known = self._known_names()
        for key, surfaces in names.items():
            type_name = key.split("/", 1)[0]
            relation = "basedOn" if type_name == "Model" else "derivedFrom"
            for surface in surfaces:
                for part in _name_parts(surface):
                    target = known.get((type_name, part))
                    if target and target != key:
                        self.links.append(Link(key, relation, target, first_sentence[key], "name-part", 0.7))

    def _known_names(self) -> dict[tuple[str, str], str]:
        known: dict[tuple[str, str], str] = {}
        for concept in self.vocab.concepts.values():
            if concept.type in ("Model", "Dataset"):
                for label in concept.labels:
                    if is_case_sensitive(label) or label[:1].isupper():
                        known.setdefault((concept.type, label), concept.id)
        for mention in self.mentions:
            if mention.type in ("Model", "Dataset"):
                known.setdefault((mention.type, mention.text), mention.key)
        return known


def _name_parts(surface: str) -> list[str]:
    """Proper sub-names of a compound name: SAM-Med3D -> SAM; MedSAM -> SAM; Dr-LLaVA -> LLaVA."""
    parts = [p for p in re.split(r"[-_/ ]", surface) if p]
    result = []
    if len(parts) > 1:
        for size in range(len(parts) - 1, 0, -1):
            for first in range(0, len(parts) - size + 1):
                result.append("-".join(parts[first : first + size]))
                result.append(" ".join(parts[first : first + size]))
    # a capitalised suffix glued to a prefix: MedSAM -> SAM, BiomedCLIP -> CLIP
    for part in parts:
        for cut in range(1, len(part) - 1):
            if part[cut].isupper() and part[cut - 1].islower():
                result.append(part[cut:])
    return [p for p in result if len(p) >= 2 and p != surface]


def _long_form(before: str, short: str) -> str | None:
    """The words before '(SHORT)' whose initials spell SHORT (Schwartz-Hearst style)."""
    words = before.rstrip().split()
    letters = [ch.lower() for ch in short if ch.isalpha()]
    if not letters or not words:
        return None
    for count in range(1, min(len(words), len(letters) + 3) + 1):
        candidate = words[-count:]
        if candidate[0].strip(_EDGE_PUNCT) == "":
            continue
        if _initials_match(" ".join(candidate), letters):
            return " ".join(candidate).strip(_EDGE_PUNCT + " ")
    return None


def _initials_match(phrase: str, letters: list[str]) -> bool:
    """Each letter of the short form appears in order, the first at a word start."""
    text = phrase.lower()
    if not text or text[0] != letters[0]:
        return False
    position = 0
    for letter in letters:
        position = text.find(letter, position)
        if position < 0:
            return False
        position += 1
    word_starts = {w[0] for w in re.findall(r"[a-z0-9]+", text)}
    return letters[-1] in text and len(word_starts & set(letters)) >= min(2, len(set(letters)))


def _absolute(url: str) -> str:
    return url if url.startswith(("http://", "https://")) else f"https://{url}"


def extract(paper: Paper, vocabulary: Vocabulary) -> Extraction:
    """Mentions, relations and defined aliases of one paper."""
    return _PaperExtractor(paper, vocabulary).run()
