"""Extract typed mentions and relations from one paper.

Extraction is a pure function of one paper and the vocabulary, so it can run
in any process, be cached by the paper's content and be parallelised.

Two recognisers feed it: the vocabulary gazetteer (every SKOS label of
`ontology/`, many surface forms to one concept id) and the open-name stage
(kg.opennames) for models and datasets never seen before, typed from the
words around them (head nouns, "trained on X", "X: a dataset ..."). Screening
then drops what the paper names but does not address (a broader concept beside a
narrower one, the field's background, a method's parts), and kg.relate reads
the relations sentence by sentence from the cue words the ontology attaches
to each relation.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, NamedTuple

from kg import names
from kg.acronyms import initials
from kg.corpus import Paper
from kg.discourse import first_cue, has_cue, has_own_cue, own_work_start, prospect_cues, refers_back, role_cues, states_purpose
from kg.evidence import PAPER, SHORT_NAME_RULE, VOCABULARY_RULES, Link, Mention, sentences_of
from kg.gazetteer import gazetteer
from kg.names import Word
from kg.phrases import task_phrases
from kg.opennames import read_open_names
from kg.relate import Recognized, relate
from kg.text import ASIDE, SentenceTokens, Span, is_case_sensitive, label_key, plain_hyphens, remember, sentences, singular, urls
from kg.vocabulary import FACET_TYPES, NAMED_TYPES, Vocabulary, counted_modalities, imaged_organs

EXTRACTOR_VERSION: Final = "2"  # the Extracted layout; the code itself is told apart by kg.cache.code_fingerprint

# Modifier words that may stand between a negation cue and the task it negates ("without explicit lung segmentation").
_NEGATION_REACH: Final = 3

# Evidence kept per link between entities and paper: enough to explain a link, bounded for big corpora.
# A paper -> entity link (introduces, mentions, hasModality, ...) keeps one: the earliest sentence
# that names the entity shows where the paper does. Those links are most of the graph, and their
# repeated sentences were half of all triples. Here, so that the cache's fingerprint covers it.
MAX_EVIDENCE_PER_PAPER: Final = 3

_JOINED_TYPES: Final = ("Modality", "AnatomicalStructure")  # written twice side by side, one phrase ("femur bone")
_KINDS: Final = ("Modality", "Task", "Model", "Dataset")  # vocabularies whose skos:broader is is-a (or family)
_SCREENED_LATE: Final = ("Task", "AnatomicalStructure")  # what the field's background may name: their broader concepts are screened after it
_VERSION_NUMBER: Final = re.compile(r"\d{1,2}(?:\.\d)?")
_VERB_OR_PLURAL: Final = re.compile(rf"^[a-z]+(?<!ic){names.PLURAL_S}$")  # nor a field's name in -ics ("optics")
# words after which a task word in -ing is a verb ("for denoising CT images", "by screening ...")
_VERB_OPENERS: Final = frozenset(("for", "by", "of", "to", "in", "on", "while", "when", "after", "before", "without", "via", "and", "or", "we", "is", "are", "was", "were"))
_LIST_GAP: Final = 5  # words between two items of one list ("classification or diabetic retinopathy grading")
_AND_OR: Final = ("and", "or")  # between two coordinated structures whose shared words are said once
# the markers of a list's first item ("(i)", "(1)", "(a)") and of a later one ("(ii)", "(2)", "(b)")
_FIRST_ITEM: Final = re.compile(r"(?<!\S)\((?:1|i|a)\)\s")
_LATER_ITEM: Final = re.compile(r"(?<!\S)\((?:[2-9]|i{2,3}|iv|vi{0,3}|ix|[b-h])\)\s")
_FIGURE: Final = re.compile(r"\d[.,]\d|\d%")  # a measured figure: "0.83", "91.2", "12%"
# two terms paired by "-to-" or "/" before a metric noun: "stroma-to-tumor ratio", "lung/heart ratio"
_PAIRED_AFTER: Final = re.compile(r"(?:-to-|/)[\w-]+ (?P<noun>\w+)")
_PAIRED_BEFORE: Final = re.compile(r"\w(?:-to-|/)$")
_METRIC_NEXT: Final = re.compile(r" (?P<noun>\w+)")
_BASED_MODIFIER: Final = re.compile(r"[- ]based(?! on\b| upon\b)\b", re.IGNORECASE)  # "retrieval-based", not "based on"
# the word right before a mention, spaced from it, with a letter in it: "lateral", "12-lead", "H&E-stained"
_WORD_BEFORE: Final = re.compile(r"(?<![^\s(\[])((?=[\w&+-]*[A-Za-z][\w&+-]*)[A-Za-z0-9][\w&+-]*) $")
_COORDINATOR: Final = re.compile(r",| and | or ")
_ALONE_IN_BRACKETS: Final = (re.compile(r"\s+\(\s*"), re.compile(r"\s*\)"))  # "Residual Networks (ResNet-34)"
_MEANS_OPENER: Final = re.compile(r"\b(?:via|using|with|by|through)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)  # a means follows
_MEANS_COMPOUND: Final = re.compile(r"-(?:driven|guided|based|enhanced|aware)\b", re.IGNORECASE)  # what a means makes
_TITLE_COLON: Final = re.compile(r":\s+(?:(?:A|An|The)\s+)?")  # between a title's new name and what it is
# a plural noun the broader modality qualifies, then its members ("angiographic imaging modalities, MRA and CTA")
_GROUP_OF_MEMBERS: Final = re.compile(r"\s+(?:[\w-]+\s+)?[\w-]+s\s*(?:,|:|such as\b|including\b|namely\b)")
# "... generation from" between two modalities, or before the second of two sources ("from MRI or CBCT")
_FROM: Final = re.compile(r"^[\w\s-]*\bfrom(?:\s+[\w-]+,?\s+(?:or|and))?\s*$")


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

    def compact(self) -> Extracted:
        return Extracted(
            tuple((span.start, span.end) for span in self.sentences),
            tuple((mention.key, mention.text) for mention in self.mentions if mention.rule != SHORT_NAME_RULE),
            _kept_links(self.links),
            self.aliases,
        )


def _kept_links(links: tuple[Link, ...]) -> tuple[tuple[str, str, str, int, str, float], ...]:
    """The rows of the links that the graph keeps as evidence, in their order: a paper's own link its
    earliest, a link between entities its first MAX_EVIDENCE_PER_PAPER distinct ones. kg.graph.assemble
    would drop the others (a third of all at 20,000 papers) after they crossed from a worker."""
    earliest: dict[tuple[str, str, str], tuple[int, str, float]] = {}
    for link in links:
        if link.subject == PAPER:
            key, order = (link.subject, link.relation, link.object), (link.sentence, link.rule, link.confidence)
            if key not in earliest or order < earliest[key]:
                earliest[key] = order
    count: dict[tuple[str, str, str], int] = {}
    kept: dict[tuple[str, str, str, int, str, float], None] = {}  # rows in order, each once
    for link in links:
        row = (link.subject, link.relation, link.object, link.sentence, link.rule, link.confidence)
        key = (link.subject, link.relation, link.object)
        if row in kept or count.get(key, 0) >= (1 if link.subject == PAPER else MAX_EVIDENCE_PER_PAPER):
            continue
        if link.subject == PAPER and earliest[key] != (link.sentence, link.rule, link.confidence):
            continue
        count[key] = count.get(key, 0) + 1
        kept[row] = None
    return tuple(kept)


class Extracted(NamedTuple):
    """What the build keeps of one paper's extraction: what resolution and assembly read, what
    workers send back and what the cache stores.

    Its fields hold plain tuples, not named ones, and no paper (the caller holds it): named
    tuples took seven times as long to pickle and unpickle, and at 20,000 papers moving them
    between processes cost as much CPU as resolving and assembling the graph. Itself a named
    tuple, not a dataclass: compiled by mypyc, a frozen dataclass cannot be unpickled.
    """

    sentences: tuple[tuple[int, int], ...]  # (start, end) of each sentence, as Span
    surfaces: tuple[tuple[str, str], ...]  # (entity key, text) of each mention
    links: tuple[tuple[str, str, str, int, str, float], ...]  # Link's fields, in Link's order
    aliases: tuple[tuple[str, str], ...]


# each word's lowered singular: every occurrence of a word then shares one string, whose hash
# the many dicts and sets that read it compute once
_LOWERED: Final[dict[str, str]] = {}


def _lowered(word: str) -> str:
    lowered = _LOWERED.get(word)
    if lowered is None:
        lowered = remember(_LOWERED, word, singular(word.lower()))
    return lowered


# --- extraction ---------------------------------------------------------------


def _written_within(broad: str, narrow: str) -> bool:
    """The broader term is a word of the narrower one's name ("low-dose CT"), not a part of one of
    its words ("fMRI")."""
    return re.search(rf"(?<![\w-]){re.escape(broad.lower())}(?![\w-])", narrow.lower()) is not None


class _PaperExtractor:
    """Working state for one paper; `extract` is the public entry point."""

    aliases: set[tuple[str, str]]  # (key, surface form), from the open-name stage on
    introduced: dict[str, tuple[int, str, float]]  # key -> (sentence, rule, confidence), from the open-name stage on

    def __init__(self, paper: Paper, vocabulary: Vocabulary) -> None:
        self.paper = paper
        self.text = plain_hyphens(paper.text)  # evidence offsets still index the paper's own text
        self.vocab = vocabulary
        self.cues = names.cues(vocabulary)
        self.gazetteer = gazetteer(vocabulary)
        self.sentences = sentences(self.text)
        self.words = [names.words(self.text, span) for span in self.sentences]
        self.words[0] = names.unshouted(self.words[0], self.text[self.sentences[0].end :])
        self.title_text = _with_words(self.text, self.words[0])  # the text the title's labels are matched in
        self.lowered = [[_lowered(w.text) for w in ws] for ws in self.words]
        self.mentions: list[Mention] = []
        self.implied: set[str] = set()  # broader concepts of more specific ones the paper names
        self.organ_hints: list[tuple[str, int]] = []  # (organ, sentence) of modalities counted as a broader one
        self.negation_openings = _negation_openings(vocabulary)
        self.own_work = own_work_start(self.lowered, self.words, self.vocab)  # the first sentence of the paper's own work, or 0
        self.unscreened: list[Mention] = []  # the mentions before screening
        self.url_spans = urls(self.text)  # a label inside a URL ("github.com/lab/BiTr-Unet") names nothing

    def run(self) -> Extraction:
        for index, span in enumerate(self.sentences):
            self._vocabulary_mentions(index, span)
        self._bare_heads_of_named_tasks()
        self._elided_heads()
        self._elided_structures()
        self._count_as_broader()
        self._join_side_by_side()
        self._drop_primary_sites()
        self._families_read_across_a_bracket()
        self._venues_before_known_datasets()
        self._prefer_specific()
        named = read_open_names(self.paper, self.text, self.sentences, self.words, self.lowered, self.mentions, self.vocab)
        self.mentions, self.aliases, self.introduced = named.mentions, named.aliases, named.introduced
        self._long_forms_of_bracketed_names()
        repositories = self._screen()
        found = Recognized(
            text=self.text,
            sentences=self.sentences,
            words=self.words,
            lowered=self.lowered,
            mentions=self.mentions,
            unscreened=self.unscreened,
            introduced=self.introduced,
            own_work_start=self.own_work,
            organ_hints=self.organ_hints,
            repositories=repositories,
        )
        links = relate(found, self.vocab)
        self._names_without_head_noun()
        self._modalities_with_their_organ()
        self._names_with_their_noun()
        # complete sort keys: the order must not depend on set iteration (PYTHONHASHSEED)
        mentions = sorted(set(self.mentions), key=lambda m: (m.start, m.end, m.key, m.rule, m.confidence, m.text, m.sentence))
        links = sorted(set(links), key=lambda l: (l.sentence, l.subject, l.relation, l.object, l.rule, l.confidence))
        return Extraction(
            paper=self.paper,
            sentences=tuple(self.sentences),
            mentions=tuple(mentions),
            links=tuple(links),
            aliases=tuple(sorted(self.aliases)),
        )

    def _families_read_across_a_bracket(self) -> None:
        """'the Kidney Tumor Segmentation (KiTS19) Challenge': a family's label read across a bracket
        that holds a narrower known name of its kind is no mention of the family: the bracketed name
        is what the paper names."""
        named = [m for m in self.mentions if m.type in NAMED_TYPES and m.rule in VOCABULARY_RULES]
        read_across = {
            outer for outer in named for inner in named
            if outer.type == inner.type and outer.start < inner.start - 1 and inner.end + 1 < outer.end
            and self.text[inner.start - 1] == "(" and self.text[inner.end] == ")" and outer.key in self.vocab.ancestors(inner.key)
        }
        if read_across:
            self.mentions = [m for m in self.mentions if m not in read_across]

    def _venues_before_known_datasets(self) -> None:
        """'the ISBI 2017 Liver Tumor Segmentation Challenge', 'the 2019 MICCAI KiTS19 challenge', 'the
        MICCAI2018 LA challenge': a venue's acronym, with its year or without, right before a known
        dataset's name says where the challenge was held; the words are part of its name as written
        (an alias), no dataset of their own. Not where the name goes on ('the MICCAI autoPET IV
        challenge' names an edition)."""
        for position, mention in enumerate(self.mentions):
            if mention.type != "Dataset" or mention.rule not in VOCABULARY_RULES:
                continue
            ws = self.words[mention.sentence]
            first, last = names.word_index(ws, mention.start, False), names.word_index(ws, mention.end, True)
            if first is None or last is None or (last + 1 < len(ws) and not ws[last].trailing and not ws[last + 1].text.islower()):
                continue
            start = first
            while start and first - start < 2 and self.text[ws[start - 1].end : ws[start].start] == " " and names.dates_a_name(ws[start - 1].text, self.vocab.generic_terms):
                start -= 1
            if any(names.is_venue(ws[i].text, self.vocab.generic_terms) for i in range(start, first)):
                self.mentions[position] = mention._replace(start=ws[start].start, text=self.text[ws[start].start : mention.end])

    def _long_forms_of_bracketed_names(self) -> None:
        """'Residual Networks (ResNet-34)', 'the Cardiac MRI Reconstruction Challenge (CMRxRecon)': a
        model's or dataset's name with one of its kind alone in brackets after it is that one's long
        form, though read alone it names its family or a name of its own: one thing, named twice,
        not two. Not a known name other than the family: in 'a cascaded 3D U-Net (C3D)' the known 3D
        U-Net is what C3D is built on, and the long form runs on before it."""
        opening, closing = _ALONE_IN_BRACKETS
        named = {(m.start, m.type): m for m in self.mentions if m.type in NAMED_TYPES}
        long_forms: dict[Mention, Mention] = {}
        for mention in named.values():
            gap = opening.match(self.text, mention.end)
            inner = named.get((gap.end(), mention.type)) if gap else None
            if inner is None or inner.key == mention.key or not closing.match(self.text, inner.end):
                continue
            if "/name:" in mention.key:
                long_forms[mention] = mention._replace(key=inner.key, rule="long-form")
            elif mention.key in self.vocab.ancestors(inner.key):
                # the family's own name, read here as the one variant: no alias of the variant
                long_forms[mention] = mention._replace(key=inner.key, rule=SHORT_NAME_RULE)
        if long_forms:
            self.mentions = [long_forms.get(m, m) for m in self.mentions]

    def _modalities_with_their_organ(self) -> None:
        """'pelvic radiographs', 'knee MRI': a modality written right after the organ it images is
        named with it, kept as an alias of the modality (the organ stays a target of its own), as
        readers write it."""
        organs = {m.end: m for m in self.mentions if m.type == "AnatomicalStructure"}
        for mention in self.mentions:
            organ = organs.get(mention.start - 1) if mention.type == "Modality" else None
            if organ is not None and organ.sentence == mention.sentence and self.text[organ.end] == " ":
                self._keep_alias(mention, self.text[organ.start : mention.end])

    def _names_with_their_noun(self) -> None:
        """'the RSNA dataset', 'the U-Net model', 'the breast region', 'cytopathological images': a
        mention with the noun after it (kg:aliasNoun), and 'volumetric MRI scans', 'the baseline
        U-Net', 'the whole brain': with the word before it that says which (kg:aliasModifier), as
        readers write it, kept as an alias."""
        nouns, modifiers = _alias_nouns(self.vocab), _alias_modifiers(self.vocab)
        for mention in self.mentions:
            if mention.rule == SHORT_NAME_RULE:
                continue  # a family's name read as its variant is no alias of the variant, with a noun or without
            after, ahead = nouns.get(mention.type), modifiers.get(mention.type)
            noun = after.match(self.text, mention.end) if after is not None else None
            end = noun.end() if noun else mention.end
            if noun:
                self._keep_alias(mention, self.text[mention.start : end])
            before = ahead[0].search(self.text[max(0, mention.start - ahead[1]) : mention.start]) if ahead is not None else None
            start = mention.start - len(before.group()) if before else None
            if start is None and (mention.type == "Modality" or (mention.type == "AnatomicalStructure" and not _adjective(mention.text))):
                start = self._kind_word_before(mention)
            if start is not None:
                self._keep_alias(mention, self.text[start:end])
                if noun:  # "a 3D ResNet-18 architecture" names a 3D ResNet-18 as well
                    self._keep_alias(mention, self.text[start : mention.end])

    def _kind_word_before(self, mention: Mention) -> int | None:
        """Where the word right before a modality or organ starts, if it says which kind the paper
        means ("cataract surgery videos", "lateral cephalometric radiographs", "FDG PET-CT", "mouse
        brain"), as readers name it; not a function word, number, vague adjective, verb or plural ("various
        CT scans", "underwent MRI", "using CT", "acquired MRI", "integrates CT", "patients MRI"; but
        "T2-weighted MRI", "pancreas MRI")."""
        word = _WORD_BEFORE.search(self.text, max(0, mention.start - 40), mention.start)
        if word is None or word.start() < self.sentences[mention.sentence].start:
            return None
        lowered = word.group(1).lower()
        if lowered in names.FUNCTION_WORDS or lowered in self.vocab.non_modifiers or lowered.endswith(("ing", "ly")) or (lowered.endswith("ed") and "-" not in lowered):
            return None
        if word.group(1) == lowered and _VERB_OR_PLURAL.search(lowered) and label_key(lowered) not in self.gazetteer.labels:
            return None  # a noun that says which is singular ("mouse brain"), bar a label's plural ("kidneys")
        return word.start(1)

    def _keep_alias(self, mention: Mention, surface: str) -> None:
        """An alias joins the concepts it names: a phrase that is another concept's label is none."""
        if names.known_name_index(self.vocab).get(names.name_key(mention.type, surface), mention.key) == mention.key:
            self.aliases.add((mention.key, surface))

    def _names_without_head_noun(self) -> None:
        """'the Synapse datasets', a label of BTCV with its head noun: the name the paper gives the
        dataset is 'Synapse', kept as an alias as a defined long form is, though the word alone is
        no label (a synapse is also what neurons meet at)."""
        for mention in self.mentions:
            if mention.type == "Dataset" and mention.rule in VOCABULARY_RULES:
                name = names.name_before_head_noun(mention.text, self.vocab, "Dataset")
                if name:
                    self.aliases.add((mention.key, name))

    # -- recognition

    def _vocabulary_mentions(self, index: int, span: Span) -> None:
        sentence = SentenceTokens(self.title_text if index == 0 else self.text, span.start, span.end)
        found: list[Mention] = []
        for match in self.gazetteer.matches(sentence):
            if self.url_spans and any(u.start <= match.start < u.end for u in self.url_spans):
                continue
            surface = self.text[match.start : match.end]
            if match.type == "Model" and self._names_a_kind(index, match.start, surface):
                continue
            confidence = 0.85 if len(surface) <= 4 and is_case_sensitive(surface) else 0.9
            found.append(Mention(match.concept_ids[0], match.type, surface, match.start, match.end, index, "vocabulary", confidence))
        phrases = [
            Mention(phrase.concept_id, "Task", self.text[phrase.start : phrase.end], phrase.start, phrase.end, index, "task-phrase", 0.8)
            for phrase in task_phrases(sentence, self.vocab, title=index == 0)
        ]
        if phrases:
            found = [m for m in found if not _verb_of_a_phrase(m, phrases)] + phrases
        lowered = self.lowered[index]
        if any(m.type in FACET_TYPES for m in found) and not (self.vocab.specialists.isdisjoint(lowered) and _finding_nouns(self.vocab).isdisjoint(lowered)):
            found = self._without_specialties(index, found)
        # not in a title, which capitalises every word ("... Retinal Foundation Models")
        if index > 0 and any(m.type == "AnatomicalStructure" and m.text[:1].isupper() for m in found) and not self.vocab.institutions.isdisjoint(lowered):
            found = self._without_institutions(index, found)
        if "version" in lowered:
            found.extend(self._listed_versions(index, found))
        # a task word inside a name or a modality's label is part of it ("screening mammography", "localization microscopy")
        named = [(m.start, m.end) for m in found if m.type in NAMED_TYPES or m.type == "Modality"]
        models = [(m.start, m.end) for m in found if m.type == "Model"]
        negatable: bool | None = None  # whether the sentence has a negation cue's first word; asked at its first task
        for mention in found:
            if mention.type in NAMED_TYPES and self._after_a_prefix(mention.start):
                continue  # "Multi-Cycle-Consistent Adversarial Networks" is no CycleGAN
            # a model's name says nothing of the paper's images ("the BiomedVLP CXR BERT encoder", a
            # CT paper); a dataset's name mostly does ("the synapse multi-organ CT dataset")
            if mention.type in FACET_TYPES and models and names.inside_a_name(mention.start, mention.end, models):
                continue
            if mention.type == "AnatomicalStructure" and self._term_of_a_measure(mention):
                continue
            if mention.type == "Task":
                if named and names.inside_a_name(mention.start, mention.end, named):
                    continue
                if index > 0 and (self._describes_images(index, mention, found) or self._as_means(mention) or self._task_of_a_network_part(index, mention) or self._about_other_than_images(mention, found) or self._counted_outputs(index, mention)):
                    continue
                if negatable is None:
                    negatable = not self.negation_openings.isdisjoint(lowered)
                if negatable and self._negated(index, mention.start):
                    continue
            self.mentions.append(mention)

    def _term_of_a_measure(self, organ: Mention) -> bool:
        """'stroma-to-tumor ratio', 'lung/heart ratio': an organ or tissue paired with another before a
        metric noun names a term of a measure, not what the paper images."""
        noun = _PAIRED_AFTER.match(self.text, organ.end)  # the first term: the pair and the noun follow
        if noun is None and _PAIRED_BEFORE.search(self.text, max(0, organ.start - 40), organ.start):
            noun = _METRIC_NEXT.match(self.text, organ.end)  # the second term: the noun follows
        return noun is not None and singular(noun.group("noun").lower()) in self.vocab.metric_nouns

    def _as_means(self, task: Mention) -> bool:
        """'a retrieval-based data generation pipeline', 'K-means clustering based multi-center
        prompts': a task word modifying the method by "based" is its means, not what the paper does
        (but "Segmentation Based on Deep Learning" is that task)."""
        return _BASED_MODIFIER.match(self.text, task.end) is not None

    def _task_of_a_network_part(self, index: int, task: Mention) -> bool:
        """'a learned super-resolution decoder': a task's name before a noun for a part of a network
        says what the part does inside the paper's model, not a task the paper takes on."""
        ws = self.words[index]
        at = names.word_index(ws, task.end, True)
        return at is not None and names.part_follows(ws, self.lowered[index], at, self.vocab.components)

    def _counted_outputs(self, index: int, task: Mention) -> bool:
        """'19 differential diagnoses', 'three manual segmentations': a task's name in the plural
        after a count names labels or results the images carry, not a task the paper does."""
        at = names.word_index(self.words[index], task.start, False)
        if at is None or not any(names.is_count(word) for word in self.lowered[index][max(0, at - 2) : at]):
            return False
        # the plural of one of its labels ("diagnoses" of "diagnosis"); a label of its own in the
        # plural ("multi-choice questions") is the task
        text = task.text.lower()
        one = singular(text)
        return one != text and not {one, text[:-2] + "is"}.isdisjoint(label.lower() for label in self.vocab.concepts[task.key].labels)

    def _about_other_than_images(self, task: Mention, found: list[Mention]) -> bool:
        """'rigorous quality control' of annotations, 'quality assurance' of synthetic augmentation: a
        label the ontology binds to images names its task only in a sentence that names a modality or
        lists it with another task ("three tasks: quality assessment, glaucoma detection, ..."), or
        where the paper defines its abbreviation ('QC (quality control)'): then the paper is about it."""
        label = task.text.lower()
        if label not in self.vocab.image_bound or any(m.type == "Modality" or (m.type == "Task" and m is not task and self._coordinated(task, m)) for m in found):
            return False
        short = label.upper() if " " not in label else initials(label).upper()
        return f"({short})" not in self.text and f"{short} (" not in self.text

    def _describes_images(self, index: int, task: Mention, found: list[Mention]) -> bool:
        """'6435 screening mammograms', 'consecutive screening mammograms', 'maternal-fetal screening
        ultrasound images': a task's own one-word name between a modifier and a plural modality says
        when the images were taken, not what the paper does. After a preposition or first in the
        sentence the word is a verb with its object ('for denoising CT images')."""
        concept = self.vocab.concepts[task.key]
        if task.text.lower() != concept.pref_label.lower() or " " in task.text:
            return False
        ws, lowered = self.words[index], self.lowered[index]
        at = names.word_index(ws, task.start, False)
        if not at or ws[at - 1].trailing or lowered[at - 1] in _VERB_OPENERS:
            return False
        # the modality follows, or its label opens with the word ("screening mammograms")
        return any(m.type == "Modality" and m.end > task.end and m.text[-1:] == "s" and (m.start == task.start or (m.start == task.end + 1 and self.text[task.end] == " ")) for m in found)

    def _names_a_kind(self, index: int, start: int, surface: str) -> bool:
        """A model's long name in lower case names its family in the plural ("vision transformers"), a
        kind after "a" -- save an algorithm's name, which is a common noun ("a random forest")."""
        if " " not in surface or not surface.islower() or surface in self.vocab.common_names:
            return False
        return surface.endswith("s") or self._indefinite(index, start)

    def _indefinite(self, index: int, start: int) -> bool:
        """'we establish a 3D fully convolutional network', 'a label-guided 3D latent diffusion model':
        a long name in lower case after an indefinite article, with at most two modifiers between,
        is a network of that kind the authors build, not the named model."""
        ws = self.words[index]
        first = names.word_index(ws, start, False)
        return first is not None and names.after_indefinite_article(ws, self.lowered[index], first, 3)

    def _after_a_prefix(self, start: int) -> bool:
        """A known name read from the middle of a hyphenated word, after a lower-case prefix of
        letters ('Multi-Cycle-Consistent ...', 'multi-UNet'): the word is another name or none."""
        if start < 2 or self.text[start - 1] not in "-–":
            return False
        begin = start - 1
        while begin > 0 and not self.text[begin - 1].isspace():
            begin -= 1
        prefix = self.text[begin : start - 1]
        return prefix.isalpha() and prefix[1:].islower()

    def _without_specialties(self, index: int, found: list[Mention]) -> list[Mention]:
        """'musculoskeletal (MSK) radiologists', 'thoracic surgeons': an anatomy word right before a
        noun for a clinician (the ontology's specialists) names a specialty, not an anatomical target;
        so does a modality adjective ('radiographic interpreters'), not a modality of the paper; and
        a modality adjective before a finding noun names a finding ('histopathological features')."""
        ws, lowered = self.words[index], self.lowered[index]
        specialists, findings = self.vocab.specialists, _finding_nouns(self.vocab)
        kept = []
        for mention in found:
            i = names.word_index(ws, mention.end, True)
            if i is None and mention.type == "AnatomicalStructure":
                # the first part of a hyphenated word: "eye-care physicians", "breast-imaging radiologists"
                i = next((j for j, w in enumerate(ws) if w.start < mention.end < w.end and self.text[mention.end] in "-–"), None)
            adjective = mention.type == "Modality" and _adjectival(mention.text)
            if (mention.type == "AnatomicalStructure" or adjective) and i is not None and i + 1 < len(ws):
                following = i + 2 if ws[i + 1].trailing.startswith(")") and self.text[ws[i + 1].start - 1] == "(" else i + 1
                if following < len(ws) and (lowered[following] in specialists or (adjective and lowered[following] in findings)):
                    continue
            kept.append(mention)
        return kept

    def _without_institutions(self, index: int, found: list[Mention]) -> list[Mention]:
        """'the Heart Center Leipzig', 'the International Society for Heart and Lung Transplantation',
        'the National Lung Screening Trial': an anatomy word in a capitalised name holding an
        institution's or a study's noun names no target."""
        ws, lowered = self.words[index], self.lowered[index]
        kept = []
        for mention in found:
            if mention.type == "AnatomicalStructure" and mention.text[:1].isupper():
                i = names.word_index(ws, mention.start, False)
                if i is not None and i > 0 and any(lowered[j] in self.vocab.institutions for j in _titled_run(ws, i)):
                    continue
            kept.append(mention)
        return kept

    def _listed_versions(self, index: int, found: list[Mention]) -> list[Mention]:
        """'YOLO versions V5, V7, and V8': each version of a known family the vocabulary lists
        (YOLOv5, YOLOv7, YOLOv8) is a mention of that version."""
        ws, lowered = self.words[index], self.lowered[index]
        known = names.known_names(self.vocab)
        result = []
        for family in found:
            i = names.word_index(ws, family.end, True)
            if family.type != "Model" or i is None or i + 1 >= len(ws) or ws[i].trailing or lowered[i + 1] != "version":
                continue
            for word in ws[i + 2 : i + 8]:
                if word.text.lower() in names.COORDINATION_WORDS:
                    continue
                number = word.text[1:] if word.text[:1] in "vV" else word.text
                if not _VERSION_NUMBER.fullmatch(number):
                    break
                concept = next((c for form in ("v", " v", "-v", "", "-", " ") if (c := known.get(("Model", f"{family.text}{form}{number}")))), None)
                if concept:
                    result.append(Mention(concept, "Model", word.text, word.start, word.end, index, "vocabulary", 0.85))
                if word.trailing and not word.trailing.startswith(","):
                    break
        return result

    def _negated(self, index: int, start: int) -> bool:
        """Whether a negation cue ("without the need for", "instead of") comes right before the word at
        `start`, at most `_NEGATION_REACH` modifier words and no punctuation between; or before the
        list the word's item belongs to ("without pretraining, heavy data augmentation, or ensembling"),
        each item as short, commas between and "and"/"or" before its last."""
        ws = self.words[index]
        at = len(ws)
        while at > 0 and ws[at - 1].start > start:
            at -= 1
        at -= 1  # the word the mention starts in
        lowered = self.lowered[index]
        cues = _negation_cues(self.vocab)
        # "without X, Y, or Z": Y and Z are negated too
        listed = at > 0 and lowered[at - 1] in names.COORDINATION_WORDS
        if not listed:
            comma = next((j for j in range(at, min(len(ws), at + _NEGATION_REACH + 2)) if ws[j].trailing), None)
            listed = comma is not None and ws[comma].trailing.strip() == "," and any(w in names.COORDINATION_WORDS for w in lowered[comma + 1 : comma + _NEGATION_REACH + 3])
        if not listed and at > 0 and ws[at - 1].trailing.strip() == ",":
            # a middle item: "without requiring tractography, image registration or parcellation"
            stop = next((j for j in range(at, min(len(ws), at + _NEGATION_REACH + 1)) if ws[j].trailing or lowered[j] in names.COORDINATION_WORDS), None)
            listed = stop is not None and lowered[stop] in names.COORDINATION_WORDS
        item = at  # where the current list item starts
        end = at - 1
        while end >= 0 and item - end <= _NEGATION_REACH + 1:
            if ws[end].trailing:
                if not (listed and ws[end].trailing.strip() == ","):
                    return False
                item = end + 1
            for cue in cues.get(lowered[end], ()):
                first = end + 1 - len(cue)
                if first >= 0 and tuple(lowered[first : end + 1]) == cue:
                    return True
            end -= 1
        return False

    def _elided_heads(self) -> None:
        """"text-to-image and image-to-text retrieval": a task label coordinated with a longer one
        shares its head noun where the two make a label ("text-to-image retrieval"), as "and" leaves
        the head unsaid; "text-to-image" alone would be image generation."""
        index = names.known_name_index(self.vocab)
        tasks = sorted((m for m in self.mentions if m.type == "Task" and m.rule in VOCABULARY_RULES), key=lambda m: (m.start, m.end))
        replaced: dict[tuple[int, int], str] = {}
        for first, second in zip(tasks, tasks[1:]):
            if first.sentence != second.sentence or " " not in second.text or first.end > second.start:
                continue
            if self.text[first.end : second.start].strip(" ,") not in ("and", "or"):
                continue
            head = second.text.rsplit(" ", 1)[1]
            key = index.get(names.name_key("Task", f"{first.text} {head}"))
            if key is not None and key != first.key:  # a task's name key finds task concepts only
                replaced[first.start, first.end] = key
        if replaced:
            self.mentions = [m._replace(key=replaced[m.start, m.end]) if m.type == "Task" and (m.start, m.end) in replaced else m for m in self.mentions]

    def _elided_structures(self) -> None:
        """"subcutaneous and visceral adipose tissue", "the optic disc and cup": a word coordinated
        with a structure's label shares the rest of it where the two make a label of another
        structure ("subcutaneous adipose tissue", "optic cup"), as "and" leaves the rest unsaid."""
        index = names.known_name_index(self.vocab)
        structures = [m for m in self.mentions if m.type == "AnatomicalStructure"]
        for mention in [m for m in structures if m.rule == "vocabulary" and " " in m.text]:
            for elided in (self._modifier_before(mention, structures), self._noun_after(mention, structures)):
                if elided is None:
                    continue
                word, label = elided
                key = index.get(names.name_key("AnatomicalStructure", label))
                if key is not None and key != mention.key:  # a structure's name key finds structures only
                    self.mentions.append(Mention(key, mention.type, word.text, word.start, word.end, mention.sentence, "vocabulary", mention.confidence))

    def _modifier_before(self, mention: Mention, structures: list[Mention]) -> tuple[Word, str] | None:
        """"subcutaneous and visceral adipose tissue": a modifier (no structure's label itself) before
        "and" and the label, with the label it makes with the label's rest."""
        ws = self.words[mention.sentence]
        at = names.word_index(ws, mention.start, False)
        if at is None or at < 2 or self.lowered[mention.sentence][at - 1] not in _AND_OR:
            return None
        modifier = ws[at - 2]
        if modifier.trailing not in ("", ",") or any(m.start <= modifier.start < m.end for m in structures):
            return None  # "liver and blood vessel annotations" names two structures, not liver vessels
        return modifier, f"{modifier.text} {mention.text.split(' ', 1)[1]}"

    def _noun_after(self, mention: Mention, structures: list[Mention]) -> tuple[Word, str] | None:
        """"the optic disc and cup", "the left atrium and ventricle": a noun after the label and "and",
        with the label it makes with the label's modifier ("optic cup", "left ventricle")."""
        ws = self.words[mention.sentence]
        at = names.word_index(ws, mention.end, True)
        if at is None or at + 2 >= len(ws) or ws[at].trailing != "" or self.lowered[mention.sentence][at + 1] not in _AND_OR:
            return None
        noun = ws[at + 2]
        if any(m.start <= noun.start < m.end for m in structures):
            return None  # "the left lung and heart" names the heart itself
        return noun, f"{mention.text.rsplit(' ', 1)[0]} {noun.text}"

    def _bare_heads_of_named_tasks(self) -> None:
        """A task's bare head noun ("reconstruction", "detection") in a paper that names one other task
        ending in it, not a kind of the bare word's own ("cortical surface reconstruction", "anomaly
        detection"), is a short reference to that task, as a short form is to its long form: "heart
        model reconstruction" in a surface reconstruction paper is no image reconstruction."""
        bare = [at for at, m in enumerate(self.mentions) if m.type == "Task" and m.rule in VOCABULARY_RULES and " " not in m.text and "-" not in m.text]
        if not bare:
            return
        # the other tasks named with several words, by their last word
        ending: dict[str, set[str]] = defaultdict(set)
        for m in self.mentions:
            if m.type == "Task" and m.rule in VOCABULARY_RULES and " " in m.text:
                head = _lowered(m.text.rsplit(" ", 1)[1])
                if _lowered(self.vocab.concepts[m.key].pref_label.rsplit(" ", 1)[-1]) == head:  # "anomaly segmentation" is anomaly detection's
                    ending[head].add(m.key)
        if not ending:
            return
        for at in bare:
            mention = self.mentions[at]
            named = {key for key in ending.get(_lowered(mention.text), ()) if key != mention.key and mention.key not in self.vocab.ancestors(key)}
            named -= {broader for key in named for broader in self.vocab.ancestors(key)}  # "surface" and "mesh reconstruction": the mesh
            if len(named) == 1:
                self.mentions[at] = mention._replace(key=named.pop())

    def _count_as_broader(self) -> None:
        """"lung ultrasound", "cardiac MRI", "chest CT" are their broader modality on one body part
        (kg:countedAs), as "knee MRI" is MRI of the knee: they are mentions of that modality, and
        their organ is kept for the paper ("CMR" names no heart, but images one)."""
        counted = counted_modalities(self.vocab)
        if not any(m.key in counted for m in self.mentions):
            return
        imaged = imaged_organs(self.vocab)
        named = self._named_modalities(counted) if any(self.vocab.concepts[m.key].also_counted_as for m in self.mentions if m.key in counted) else set()
        for index, mention in enumerate(self.mentions):
            if mention.key in counted:
                if not self._bound(mention):  # "clinical images" may be of no organ: bound to one the paper names
                    self.organ_hints.extend((organ, mention.sentence) for organ in imaged.get(mention.key, ()))
                self.mentions[index] = mention._replace(key=self._counted_in_paper(mention.key, counted[mention.key], named))

    def _join_side_by_side(self) -> None:
        """A modality or structure written side by side with itself or a broader one is one phrase:
        "late gadolinium enhancement magnetic resonance images", "LGE MR scans" (a sequence counted
        as MRI, then MRI) name MRI once, and "femur bone" the femur, with the whole phrase as the
        surface a reader writes."""
        joined: list[Mention] = []
        for mention in sorted(self.mentions, key=lambda m: (m.start, m.end)):
            last = joined[-1] if joined else None
            if (
                last is not None and mention.type in _JOINED_TYPES and mention.type == last.type
                and (mention.key == last.key or mention.key in self.vocab.ancestors(last.key))
                and mention.sentence == last.sentence and last.end < mention.start and self.text[last.end : mention.start].isspace()
            ):
                joined[-1] = last._replace(text=self.text[last.start : mention.end], end=mention.end, rule="joined", confidence=max(last.confidence, mention.confidence))
            else:
                joined.append(mention)
        self.mentions = joined

    def _named_modalities(self, counted: dict[str, str]) -> set[str]:
        """The modalities the paper names in their own right, and every broader one of them."""
        named = {m.key for m in self.mentions if m.type == "Modality" and m.key not in counted}
        return named | {above for key in named for above in self.vocab.ancestors(key)}

    def _counted_in_paper(self, key: str, counted: str, named: set[str]) -> str:
        """The modality counted as another where the paper names that one or a kind of it
        (kg:alsoCountedAs): whole-slide images are histopathology, but cytology in a paper on
        cytology or on Pap smears."""
        other = sorted(b for b in self.vocab.concepts[key].also_counted_as if b in named)
        return other[0] if other else counted

    def _drop_primary_sites(self) -> None:
        """'Lung cancer bone metastases', 'colorectal liver metastases': the organ before a tumour noun,
        or right before the organ a tumour spread to, says where it came from; the paper targets the
        organ of the metastases (a primary site it names elsewhere stays a target)."""
        organs = [m for m in self.mentions if m.type == "AnatomicalStructure"]
        if len(organs) < 2:
            return
        at = {(m.sentence, m.start): m for m in organs}
        primary = {m for m in organs if self._before_metastases(m, at)}
        if primary:
            self.mentions = [m for m in self.mentions if m not in primary]

    def _before_metastases(self, organ: Mention, organs: dict[tuple[int, int], Mention]) -> bool:
        """The organ is followed, after a tumour noun or none, by another organ and a word for spread."""
        ws, lowered = self.words[organ.sentence], self.lowered[organ.sentence]
        last = names.word_index(ws, organ.end, True)
        if last is None or ws[last].trailing or last + 2 >= len(ws):
            return False
        after = last + 1
        tumour, spread = _metastasis_keys(self.vocab)
        if lowered[after] in tumour:
            if ws[after].trailing:
                return False
            after += 1
        site = organs.get((organ.sentence, ws[after].start))
        end = None if site is None else names.word_index(ws, site.end, True)
        return end is not None and not ws[end].trailing and end + 1 < len(ws) and lowered[end + 1] in spread

    def _prefer_specific(self) -> None:
        """A paper that names both "low-dose CT" and "CT" is about low-dose CT: the broader concept is
        dropped, and stays reachable through skos:broader in the graph. For kinds (modalities, tasks)
        every broader concept; in anatomy only the kinds (coronary artery drops artery), as there
        broader is mostly part-of, and a paper on the lung and the chest targets both."""
        implied: set[str] = set()
        combined = _parts_of_combined_modalities(self.vocab)
        for mention in self.mentions:
            if mention.rule in VOCABULARY_RULES:
                if mention.type in _KINDS:
                    implied |= self.vocab.ancestors(mention.key) - combined.get(mention.key, frozenset())
                elif mention.type == "AnatomicalStructure":
                    implied |= self.vocab.kinds_above(mention.key)
        implied |= self._wholes_named_as_adjectives()
        # a task umbrella ("medical image analysis") names the field, never one task a paper addresses
        umbrellas = {c for c in _umbrellas(self.vocab) if self.vocab.concepts[c].type == "Task"}
        self.implied = (implied - self._listed_with_narrower(implied) - self._families_named_apart()) | umbrellas

    def _wholes_named_as_adjectives(self) -> set[str]:
        """"scar segmentation in cardiac MRI ... the myocardium", "abdominal CT of the pancreas": an
        organ written only as an adjective, in a paper that names a part of it, says where the part
        is, not a target of its own (readers name the myocardium, not the heart)."""
        structures = [m for m in self.mentions if m.type == "AnatomicalStructure"]
        named = {m.key for m in structures}
        wholes = named - {m.key for m in structures if not _adjective(m.text)}
        return {key for key in wholes if any(key in self.vocab.ancestors(other) for other in named - {key})}

    def _families_named_apart(self) -> set[str]:
        """Model families the paper names in the plural ("six SSL-pretrained ViTs", "Latent Diffusion
        Models"): the family as a kind of model, kept beside the variant it also names ("a baseline
        ViT-L"); so is a family written as its own numbered member ("2D U-Net" beside "3D U-Net",
        "LLaMA-1" beside "LLaMA 3"). In the singular the family is mostly that variant's short name
        ("using LLaMA", "the U-Net" of a 3D U-Net paper)."""
        apart: set[str] = set()
        for mention in self.mentions:
            if mention.type == "Model" and mention.rule in VOCABULARY_RULES:
                concept = self.vocab.concepts[mention.key]
                if mention.text.endswith("s"):
                    singular = mention.text[:-1].lower()
                    if any(label.lower() == singular for label in concept.labels):
                        apart.add(mention.key)
                elif _numbered_member(mention.text, concept.pref_label):
                    apart.add(mention.key)
        return apart

    def _listed_with_narrower(self, implied: set[str]) -> set[str]:
        """Broader tasks the paper lists beside a narrower one ("instance segmentation, tile
        classification, and slide-level prediction"; "tumour classification or retinopathy grading"):
        each item of a list is a task of its own. Modalities only as a slashed pair ("OCT/OCTA
        volumes") or a 'to' pair ("CT-to-CBCT registration"): in wider lists the broader one is
        mostly the narrower's own ("CT and low-dose CT")."""
        listed = [m for m in self.mentions if m.type in ("Task", "Modality") and m.rule in VOCABULARY_RULES]
        kept: set[str] = set()
        umbrellas = _umbrellas(self.vocab)  # "OCT/OCTA, 3D volume/2D projection": a field is no item of its own
        for broad in listed:
            if broad.key not in implied or broad.key in kept or broad.key in umbrellas:
                continue
            for narrow in listed:
                if narrow.sentence == broad.sentence and broad.key in self.vocab.ancestors(narrow.key) and self._listed_together(broad, narrow):
                    kept.add(broad.key)
                    break
        return kept

    def _listed_together(self, broad: Mention, narrow: Mention) -> bool:
        if broad.type == "Task":
            # "Image and Video Generation": a phrase sharing its head with the narrower task lists both
            enclosing = broad.rule == "task-phrase" and broad.start <= narrow.start and narrow.end <= broad.end
            return (enclosing and _COORDINATOR.search(broad.text) is not None) or self._coordinated(broad, narrow)
        between = self._between(broad, narrow)
        if between is None:
            return False
        if between == "/" or between.strip(" -") == "to":
            return True  # "OCT/OCTA volumes"; "CT-to-CBCT registration" maps one modality's images to the other's
        if not _adjectival(broad.text) and _FROM.search(ASIDE.sub(" ", between)):
            # "synthetic CT (sCT) generation from cone beam CT" makes one's images from the other's
            # (not "endoscopic scene understanding from colonoscopy": the adjective is the narrower's)
            return True
        # "Ultrasound, X-Ray, Fluoroscopy": a list item of its own, where the narrower one does not
        # write the broader in its name ("CT and low-dose CT" are one CT) and "or" does not restate
        # it ("Mammography, or breast X-ray")
        if broad.end <= narrow.start and _adjectival(broad.text) and _GROUP_OF_MEMBERS.match(between):
            # "two angiographic imaging modalities, MRA and CTA": the narrower ones are its members (not
            # "non-contrast CT volumes, CTA and CTP", where the noun's images are an item of their own)
            return False
        restated = " or " in f" {ASIDE.sub(' ', between)} "
        # "CT and low-dose CT" are one CT; "MEG, MRI and fMRI" lists a bare MRI beside the narrower one
        # that only holds it inside a word (not "normal dose CT (NDCT), LDCT": a modified CT is the LDCT's)
        within = broad.text.lower() in narrow.text.lower() and (_written_within(broad.text, narrow.text) or not self._bare_item(broad))
        return not restated and not within and self._coordinated(broad, narrow)

    def _bare_item(self, mention: Mention) -> bool:
        """A mention that is a list item alone, between commas, 'and', 'or' and brackets: 'MEG, MRI and
        fMRI' (not 'OCTA volumes and OCT reports', whose OCT is the OCTA's)."""
        span = self.sentences[mention.sentence]
        before = self.text[span.start : mention.start].rstrip()
        after = self.text[mention.end : span.end].lstrip()
        return (before.endswith((",", "(")) or before.endswith((" and", " or"))) and (after[:1] in ("", ",", ";", ".", ")") or after.startswith(("and ", "or ")))

    def _between(self, one: Mention, other: Mention) -> str | None:
        """The text between two mentions, or None where they overlap."""
        first, second = sorted((one, other), key=lambda m: m.start)
        return None if first.end > second.start else self.text[first.end : second.start]

    def _coordinated(self, one: Mention, other: Mention) -> bool:
        """Two mentions of one list: between them a comma, "and" or "or" and at most a few words; or
        two items of an enumerated list, however long ("(i) ... cell classification ... and (ii)
        ... leukemia subtyping"); a lone "(2)" between them makes no list."""
        between = self._between(one, other)
        if between is None:
            return False
        first = min(one, other, key=lambda m: m.start)
        if _LATER_ITEM.search(between) and _FIRST_ITEM.search(self.text, self.sentences[first.sentence].start, first.start):
            return True
        plain = ASIDE.sub(" ", between)
        if plain != between:
            # "Digital mammograms (DM or 2D mammogram) and digital breast tomosynthesis": past an aside in
            # brackets, only a comma or a conjunction between the items ("a lung ultrasound (LUS) dataset
            # and advocate point-of-care ultrasound" lists nothing)
            return " ".join(plain.replace(",", " , ").split()) in (",", "and", "or", ", and", ", or")
        words = between.replace(",", " , ").split()
        return len(words) <= _LIST_GAP and any(w in (",", "and", "or") for w in words) and not any(p in between for p in ".;:()")

    # -- screening

    def _screen(self) -> list[tuple[str, int]]:
        """What the paper is linked to: its mentions less the broader concepts of narrower ones it
        names, and less those of the field's background and of the method's parts; and the URLs of
        its code repositories, with their sentence."""
        self.mentions = self._families_as_their_variant()
        self.unscreened = list(self.mentions)
        self.mentions = [m for m in self.mentions if m.type in _SCREENED_LATE or m.key not in self.implied]
        repositories = self._code_repositories()
        self._own_repository(repositories)
        self._named_over_known()
        # for tasks and organs, background first: a specific one named only as the field's motivation
        # ("critical for multi-label classification tasks", "ALL mainly affects white blood cells")
        # leaves the broader one the paper names ("... in Blood Cell Smear Images")
        before = len(self.mentions)
        self._drop_unanchored_parts()
        self._drop_qualities()
        self._drop_background()
        self._drop_tasks_named_in_passing()
        self._drop_verbs_of_named_tasks()
        self._drop_kind_of_a_titled_name()
        if len(self.mentions) < before:  # some task or organ was background: what it implied is asked again
            self._prefer_specific()
        self.mentions = [m for m in self.mentions if m.type not in _SCREENED_LATE or m.key not in self.implied]
        self._drop_forms_beside_modalities()
        self._drop_combined_named_in_parts()
        self._forget_unnamed_introductions()
        return repositories

    def _drop_combined_named_in_parts(self) -> None:
        """'3D PET/CT imaging ... 3D Computed Tomography (CT) and Positron Emission Tomography (PET)
        scans': a paper that names each part of a combined examination on its own images in those
        parts; the combined one beside them would be a second node for what a reader lists once."""
        combined = _parts_of_combined_modalities(self.vocab)
        named = {m.key for m in self.mentions}
        whole = {key for key in named if key in combined and combined[key] <= named}
        if whole:
            self.mentions = [m for m in self.mentions if m.key not in whole]

    def _forget_unnamed_introductions(self) -> None:
        """'We introduce BA U-Net': the open-name stage may read "BA" as the new name before it reads
        the longer "BA U-Net". What the paper introduces is what some mention still names; a key no
        mention carries would become a model of its own wherever a sentence refers to the paper's model."""
        named = {m.key for m in self.mentions}
        self.introduced = {key: value for key, value in self.introduced.items() if key in named}

    def _drop_forms_beside_modalities(self) -> None:
        """'3D medical images' says what form the images have; a paper that also names what made them
        (confocal microscopy, freehand ultrasound, X-rays) is linked to that modality alone."""
        forms = _image_forms(self.vocab)
        if any(m.key in forms for m in self.mentions) and any(m.type == "Modality" and m.key not in forms for m in self.mentions):
            self.mentions = [m for m in self.mentions if m.key not in forms]

    def _families_as_their_variant(self) -> list[Mention]:
        """'a 3D U-Net ... the U-Net achieved': a family in the singular beside the one variant of it
        the paper names is that variant's short name, so what the sentence says of it (trained or
        evaluated on a dataset) is said of the variant. Its text is no alias of the variant."""
        variants: dict[str, set[str]] = {}
        for mention in self.mentions:
            if mention.type == "Model" and mention.rule in VOCABULARY_RULES:
                for family in self.vocab.ancestors(mention.key) & self.implied:
                    variants.setdefault(family, set()).add(mention.key)
        short = {family: next(iter(keys)) for family, keys in variants.items() if len(keys) == 1}
        return [m._replace(key=short[m.key], rule=SHORT_NAME_RULE) if m.key in short else m for m in self.mentions]

    def _named_over_known(self) -> None:
        """'proposes a combination of 3D U-Nets, collectively denoted TuNet', 'we introduce UltraSam,
        an adaptation of the Segment Anything Model (SAM)': where a sentence introduces a new name,
        the known models it names are its parts or its basis, not what the paper introduces."""
        naming = {index for key, (index, rule, _) in self.introduced.items() if "/name:" in key}
        for key in [k for k, (index, _, _) in self.introduced.items() if index in naming and "/name:" not in k]:
            del self.introduced[key]

    def _code_repositories(self) -> list[tuple[str, int]]:
        """URLs on a code host (the hasCode cues of the ontology), each with its sentence index."""
        hosts = self.vocab.cues.get("hasCode", ())
        found = []
        for span in urls(self.text):
            url = self.text[span.start : span.end]
            if any(host in url.lower() for host in hosts):
                found.append((url, next((i for i, s in enumerate(self.sentences) if s.start <= span.start < s.end), 0)))
        return found

    def _own_repository(self, repositories: list[tuple[str, int]]) -> None:
        """A new name that is also the name of the paper's code repository ("... available at
        github.com/lab/FooNet") is the paper's own model or dataset."""
        named: dict[str, int] = {}
        for url, sentence in repositories:
            for segment in url.split("/")[1:]:
                named.setdefault(names.name_norm(segment), sentence)
        if not named:
            return
        for mention in self.mentions:
            if "/name:" in mention.key and mention.key not in self.introduced:
                named_in = named.get(mention.key.split("/name:", 1)[1])
                if named_in is not None:
                    self.introduced[mention.key] = (named_in, "code-url", 0.8)

    def _drop_background(self) -> None:
        """A task or organ named only in the abstract's opening sentence is the field's motivation
        ("... datasets for cancer diagnosis and research"), not what the paper does (but for an organ
        the opening names as a noun beside a modality: the paper images it). Modalities are
        kept: an opening "CT imaging is ..." does say what the paper works on. A task named only in
        background sentences ("however, existing methods often ..."), before the paper turns to its
        own work ("Breast cancer requires effective screening. ... We propose a detector ..."), or
        only in those and the opening sentence, is dropped too. If that leaves no task, the ones
        named outside a background cue come back (a survey lists its tasks before "Here, we review")."""
        named_in = sentences_of(self.mentions, lambda mention: mention.type in ("Task", "AnatomicalStructure"))
        # not "This paper presents ...", nor a purpose statement "To develop a model for staging ..."
        opening = len(self.sentences) > 3 and not has_own_cue(self.lowered[1], self.vocab) and not states_purpose(self.lowered[1], self.words[1])
        background = {key for key, seen in named_in.items() if seen == {1} and opening}
        # an organ an opening sentence about imaging names as a noun ("capsule endoscopy lets
        # physicians examine the gastrointestinal tract", "dMRI ... in the in vivo human brain") is
        # what the paper images; one named by an adjective ("colorectal cancer", "mucosal cells"), or
        # in an opening that names no modality ("Colorectal cancer begins ... in the colon"), is the
        # field's motivation
        if any(m.type == "Modality" and m.sentence == 1 for m in self.mentions):
            background -= {m.key for m in self.mentions if m.type == "AnatomicalStructure" and m.sentence == 1 and not _adjectival(m.text)}
        roles: dict[int, bool] = {}
        naming_own = {m.sentence for m in self.mentions if m.key in self.introduced}
        own_work = self._own_work_begins(naming_own)
        for key, seen in named_in.items():
            if key.startswith("Task/") and 0 not in seen and all((i == 1 and opening) or i < own_work or self._is_background(i, roles, naming_own) for i in seen):
                background.add(key)
        background |= self._prospects()
        tasks = {key for key in named_in if key.startswith("Task/")}
        if tasks and tasks <= background:
            # no task is left: the paper addresses some task, and the one its opening sentence names
            # ("MIL is a key algorithm for classification of whole slide images"; before a background
            # cue, where it names one there) is the best evidence,
            # and so is one named before the paper's own work without a background cue; tasks named
            # only beside a background cue ("VLMs are usually trained ...") stay dropped
            opening_subjects = self._named_before_background_cue(1) if opening else set()
            background -= {key for key in tasks if key in opening_subjects or not all(self._is_background(i, roles, naming_own) for i in named_in[key])}
        self.mentions = [m for m in self.mentions if m.key not in background]

    def _prospects(self) -> set[str]:
        """Tasks named only after a prospect cue of their sentence, never in the title: "our dataset
        can facilitate research in multi-modal learning" names a use others may make of the work."""
        cues = prospect_cues(self.vocab)
        starts: dict[int, int | None] = {}
        prospective: dict[str, bool] = {}
        for mention in self.mentions:
            if mention.type != "Task":
                continue
            index = mention.sentence
            if index not in starts:
                starts[index] = self._first_cue_start(index, cues) if index > 0 else None
            start = starts[index]
            prospective[mention.key] = prospective.get(mention.key, True) and start is not None and mention.start > start
        return {key for key, only in prospective.items() if only}

    def _named_before_background_cue(self, index: int) -> set[str]:
        """The keys sentence `index` names, or only those before its first background cue where it
        names some there: "Segmentation ... plays a crucial role in diagnosing ..." is about
        segmentation, not diagnosis; "The existing denoising methods ..." is about denoising."""
        named = [m for m in self.mentions if m.sentence == index]
        start = self._first_cue_start(index, role_cues(self.vocab)[0])
        before = {m.key for m in named if start is not None and m.start < start}
        return before or {m.key for m in named}

    def _first_cue_start(self, index: int, cues: dict[str, tuple[tuple[str, ...], ...]]) -> int | None:
        """The character offset where sentence `index`'s first cue of `cues` begins, or None."""
        cue = first_cue(self.lowered[index], cues)
        return None if cue is None else self.words[index][cue].start

    def _drop_unanchored_parts(self) -> None:
        """"high-uncertainty transition zones" of a tooth, "the transition zone (TZ) of small bowel
        obstruction": a part-bound label, and the short form defined for it, name the part only in a
        paper that names a whole above it (the prostate), or the organ it images ("clinical images"
        are photographs in a paper on the skin)."""
        bound = [m for m in self.mentions if self._bound(m)]
        keys = {m.key for m in self.mentions} - {m.key for m in bound}
        keys |= {above for key in keys for above in self.vocab.ancestors(key)}  # "the peripheral zone of the prostate" names the prostate too
        unanchored = {m.key for m in bound if keys.isdisjoint(self._anchors(m))}
        if unanchored:
            self.mentions = [m for m in self.mentions if m.key not in unanchored or (not self._bound(m) and m.rule != "short-form")]

    def _bound(self, mention: Mention) -> bool:
        """Written with a part-bound label of the ontology ("transition zone", "clinical images")."""
        return mention.text.lower() in self.vocab.part_bound

    def _anchors(self, mention: Mention) -> set[str]:
        """What a bound label needs beside it: the concepts above the label's own and the organs they
        image (its own: a modality counted as a broader one is that one by now)."""
        labelled = {i for _, ids in self.gazetteer.labels.get(label_key(mention.text), ()) for i in ids} | {mention.key}
        return {above for i in labelled for above in (*self.vocab.ancestors(i), *self.vocab.concepts[i].targets)}

    def _drop_qualities(self) -> None:
        """"improving the model's interpretability", "a lack of interpretability": a quality (a noun
        in -ity) claimed for a method is no task the paper addresses. The title naming it, or a label
        of the task for an activity ("explainable AI", "saliency maps"), makes it one."""
        tasks = {m.key for m in self.mentions if m.type == "Task" and (m.sentence == 0 or m.rule != "vocabulary" or not m.text.lower().endswith("ity"))}
        self.mentions = [m for m in self.mentions if m.type != "Task" or m.key in tasks]

    def _drop_kind_of_a_titled_name(self) -> None:
        """'MedMamba: Vision Mamba for Medical Image Classification', 'HeartBEiT: Vision Transformer for
        Electrocardiogram Data': a known model opening what follows the colon of a title that opens
        with the paper's new name says what kind of model the new one is, not a model the paper uses."""
        named = next((m for m in self.mentions if m.sentence == 0 and m.type == "Model" and m.rule == "title" and m.start == 0), None)
        colon = _TITLE_COLON.match(self.text, named.end) if named is not None else None
        if colon is None:
            return
        after = colon.end()
        self.mentions = [m for m in self.mentions if not (m.sentence == 0 and m.type == "Model" and m.start == after and m.rule in VOCABULARY_RULES)]

    def _drop_tasks_named_in_passing(self) -> None:
        """"minimizing the classifier determinacy discrepancy": a task named only by what does it
        (an agent label), in one sentence, not the title, is a part of the method; "using an
        extensive data augmentation": one named only by a means of training (a means label), not in
        the title or there only as its means ("via ... calibration"), says how a model was trained.
        Run after the background is gone, and only where another task is left: the paper addresses
        some task."""
        sentences = sentences_of(self.mentions, lambda mention: mention.type == "Task")
        by_agent: dict[str, bool] = {}
        by_means: dict[str, bool] = {}
        titled: dict[str, bool] = {}  # named in the title as what the paper does, not by what means
        for mention in self.mentions:
            if mention.type == "Task":
                written = mention.text.lower()
                by_agent[mention.key] = by_agent.get(mention.key, True) and written in self.vocab.agent_labels
                means = written in self.vocab.means_labels
                by_means[mention.key] = by_means.get(mention.key, True) and means
                titled[mention.key] = titled.get(mention.key, False) or (mention.sentence == 0 and not (means and self._means_in_title(mention)))
        passing = {key for key in by_agent if (by_agent[key] and 0 not in sentences[key] and len(sentences[key]) == 1) or (by_means[key] and not titled[key])}
        if passing != set(by_agent):
            self.mentions = [m for m in self.mentions if m.key not in passing]

    def _means_in_title(self, mention: Mention) -> bool:
        """'... Segmentation via Prototype-Guided Calibration', 'Clustering-driven Feature Fine-tuning
        for ...': a title's means label after "via", "using", "with", "by" or "through" (and up to
        three modifiers), or before "-driven", "-guided", "-based", "-enhanced" or "-aware", says how
        the paper's task is done."""
        return _MEANS_OPENER.search(self.text, 0, mention.start) is not None or _MEANS_COMPOUND.match(self.text, mention.end) is not None

    def _drop_verbs_of_named_tasks(self) -> None:
        """'out-of-distribution detection ... 97.5% accuracy in detecting lateral views': where the paper
        names a task headed by a generic task's noun that is no kind of it (anomaly detection is no
        object detection), the generic task written only as a verb ("detecting", "detects") is that
        named task at work, not a task of its own."""
        heads: dict[str, set[str]] = defaultdict(set)  # a generic task's noun -> the keys of the tasks it heads
        for mention in self.mentions:
            if mention.type == "Task" and mention.key in self.vocab.concepts:
                label = self.vocab.concepts[mention.key].pref_label
                if " " in label:
                    heads[label.rsplit(" ", 1)[1]].add(mention.key)
        generic = {
            m.key for m in self.mentions
            if m.type == "Task" and m.key in self.vocab.concepts
            and any(m.key not in self.vocab.ancestors(named) for named in heads.get(self.vocab.concepts[m.key].pref_label, ()))
        }
        # a generic task the paper also writes as its noun ("... for detection") is one it addresses
        as_noun = {m.key for m in self.mentions if m.key in generic and self.vocab.concepts[m.key].pref_label in m.text.lower()}
        if generic - as_noun:
            self.mentions = [m for m in self.mentions if m.key not in generic - as_noun]

    def _own_work_begins(self, naming_own: set[int]) -> int:
        """The first sentence about the paper's own work (an own-work cue, or a name the paper
        introduces): those before it are the abstract's background. 0 (no background) in an abstract
        that never turns to its own work by a cue, in one that opens with a purpose statement ("To
        develop ..."), and where the title names what the paper introduces ("PixNet: ..."): there the
        opening sentences already set up the paper's own model or dataset."""
        start = self.own_work
        if start == 0 or states_purpose(self.lowered[1], self.words[1]) or self._reports_a_challenge():
            return 0
        return min([start, *naming_own])

    def _reports_a_challenge(self) -> bool:
        """A title naming a challenge ("... the 2022 edition of the Mitosis Domain Generalization
        Challenge", "The autoPET3 Challenge -- ..."): the report sets its challenge up from the first
        sentence on ("The challenge ... evaluated the approaches for mitotic figure detection"),
        though its "we" comes late. Not "the Challenge of Domain Shift"."""
        ws = self.words[0]
        return any(
            word.text == "Challenge" and i > 0 and (ws[i - 1].text[:1].isupper() or ws[i - 1].text[:1].isdigit()) and (i + 1 == len(ws) or self.lowered[0][i + 1] not in ("of", "for", "in"))
            for i, word in enumerate(ws)
        )

    def _is_background(self, index: int, roles: dict[int, bool], naming_own: set[int]) -> bool:
        """A sentence with a background cue ("however", "crucial", "existing") and no word of the
        paper's own work ("we", "our", "this study", a name the paper introduces), nor a result of
        it ("for zero-shot classification, X achieves an F1 of 0.83, compared to 0.48 for previous models")."""
        if index not in roles:
            background, _ = role_cues(self.vocab)
            lowered = self.lowered[index]
            roles[index] = (
                index not in naming_own
                and has_cue(lowered, background)
                and not has_own_cue(lowered, self.vocab)
                and not self._reports_result(index)
                and not (refers_back(lowered) and index - 1 >= 1 and not self._is_background(index - 1, roles, naming_own) and self._about_own_work(index - 1, naming_own))
            )
        return roles[index]

    def _about_own_work(self, index: int, naming_own: set[int]) -> bool:
        return index in naming_own or has_own_cue(self.lowered[index], self.vocab)

    def _reports_result(self, index: int) -> bool:
        """A figure (a decimal or a percentage) beside an evaluation cue: the paper reporting its results."""
        lowered = self.lowered[index]
        figure = any(_FIGURE.search(word.text) for word in self.words[index])
        return figure and self.cues.anywhere(lowered, "evaluatedOn")


@lru_cache(maxsize=4)
def _metastasis_keys(vocabulary: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    """The tumour nouns and the words for spread as a sentence's lowered keys ("metastases": "metastase")."""
    return frozenset(map(_lowered, vocabulary.tumour_nouns)), frozenset(map(_lowered, vocabulary.metastasis_words))


@lru_cache(maxsize=4)
def _parts_of_combined_modalities(vocabulary: Vocabulary) -> dict[str, frozenset[str]]:
    """"PET/CT" (broader: PET and CT): a combined examination's parts, where the paper names them on
    their own ("CT and PET scans"), are modalities of their own, as readers list them, so the
    combined one implies them away no more (and where it names both, the combined one goes: see
    `_drop_combined_named_in_parts`). Combined: a label joining its broader ones with a slash."""
    combined: dict[str, frozenset[str]] = {}
    for concept in vocabulary.concepts.values():
        if concept.type == "Modality" and "/" in concept.pref_label and len(concept.broader) >= 2:
            combined[concept.id] = frozenset(part for part in concept.broader if "/" not in vocabulary.concepts[part].pref_label)
    return combined


@lru_cache(maxsize=4)
def _umbrellas(vocabulary: Vocabulary) -> frozenset[str]:
    """Concepts above a quarter or more of their own vocabulary ("medical image analysis"): they name a
    field, not one more task beside the narrower one a paper names."""
    by_type: dict[str, list[str]] = defaultdict(list)
    for concept in vocabulary.concepts.values():
        by_type[concept.type].append(concept.id)
    below: dict[str, int] = defaultdict(int)
    for ids in by_type.values():
        for concept_id in ids:
            for ancestor in vocabulary.ancestors(concept_id):
                below[ancestor] += 1
    return frozenset(c for c, count in below.items() if count * 4 >= len(by_type[vocabulary.concepts[c].type]))


_NAME_JOINERS: Final = frozenset({"of", "for", "and", "the", "&"})  # "Society for Heart and Lung Transplantation"


def _titled_run(ws: list[Word], i: int) -> range:
    """The capitalised words around word i, with the small words that join a proper name, up to
    punctuation."""
    def titled(j: int) -> bool:
        return ws[j].text[:1].isupper() or ws[j].text in _NAME_JOINERS
    first = i
    while first > 0 and not ws[first - 1].trailing and titled(first - 1):
        first -= 1
    last = i
    while last + 1 < len(ws) and not ws[last].trailing and titled(last + 1):
        last += 1
    return range(first, last + 1)


def _with_words(text: str, ws: list[Word]) -> str:
    """The text with these words written as they are read ('DETECTION' in a title in capitals
    read as 'Detection'); each has its length in the text, so offsets stay the same."""
    changed = [w for w in ws if text[w.start : w.end] != w.text]
    for word in changed:
        text = text[: word.start] + word.text + text[word.end :]
    return text


def _verb_of_a_phrase(mention: Mention, phrases: list[Mention]) -> bool:
    """The one task word that opens a task phrase naming another task ("detecting" in "detecting
    remaining failures", "segmenting" in "segmenting anomalies"): the phrase says what it does there."""
    return mention.type == "Task" and " " not in mention.text and any(p.start == mention.start and p.key != mention.key for p in phrases)


def _adjective(surface: str) -> bool:
    """One word naming an organ as an adjective: 'cardiac', 'abdominal', 'retinal'."""
    return " " not in surface and "-" not in surface and _adjectival(surface)


def _adjectival(surface: str) -> bool:
    """An anatomy or modality word used as an adjective: 'colorectal', 'cardiac', 'mucosal', 'angiographic'."""
    return surface.lower().endswith(("al", "ar", "ic", "ac"))


def _alternation(words: Iterable[str]) -> str:
    """Words as one regular-expression alternation, the longest first (a prefix never wins)."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=4)
def _alias_nouns(vocabulary: Vocabulary) -> dict[str, re.Pattern[str]]:
    """Per type, its alias nouns (kg:aliasNoun) as one pattern matched right after a mention, in any
    case ("the ISLES 2022 Challenge"); for a dataset, failing that, past a one-word task label (the
    vocabulary's) and up to three words of what the data shows before it ("the NIH pancreas
    segmentation dataset"), none of them a word that joins phrases ("LIDC-IDRI and LUNA16 detection
    data")."""
    tasks = {label for concept in vocabulary.concepts.values() if concept.type == "Task" for label in concept.labels if label.isalpha() and label.islower()}
    made_for = f"(?:(?:(?!(?:and|or|with|on|in|of|for|the|to|from|by)\\b)[\\w-]+ ){{0,3}}(?i:{_alternation(tasks)}) )??"
    return {
        type_name: re.compile(f" {made_for if type_name == 'Dataset' else ''}(?i:{_alternation(nouns)})\\b")
        for type_name, nouns in vocabulary.alias_nouns.items()
    }


@lru_cache(maxsize=4)
def _alias_modifiers(vocabulary: Vocabulary) -> dict[str, tuple[re.Pattern[str], int]]:
    """Per type, its alias modifiers (kg:aliasModifier) as one pattern matched right before a
    mention, with how far back to look: the longest word, its space and the character before it."""
    return {
        type_name: (re.compile(f"(?<![\\w-])(?:{_alternation(words)}) $"), max(map(len, words)) + 2)
        for type_name, words in vocabulary.alias_modifiers.items()
    }


def _numbered_member(surface: str, family: str) -> bool:
    """'2D U-Net', 'LLaMA-1', 'Qwen-7B': the family's name with a numbered qualifier names one member."""
    at = surface.lower().find(family.lower())
    return at >= 0 and len(surface) > len(family) and any(ch.isdigit() for ch in surface[:at] + surface[at + len(family) :])


@lru_cache(maxsize=4)
def _image_forms(vocabulary: Vocabulary) -> frozenset[str]:
    """Ids of the modalities whose preferred label the image-form scheme lists."""
    return frozenset(c.id for c in vocabulary.concepts.values() if c.type == "Modality" and c.pref_label.lower() in vocabulary.image_forms)


@lru_cache(maxsize=4)
def _finding_nouns(vocabulary: Vocabulary) -> frozenset[str]:
    """The finding nouns as a sentence's words are compared: lower case, singular ("indices": "indice")."""
    return frozenset(singular(noun.lower()) for noun in vocabulary.finding_nouns)


@lru_cache(maxsize=4)
def _negation_cues(vocabulary: Vocabulary) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Negation cue phrases as word tuples, indexed by their last word (they are matched backwards)."""
    by_last: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for phrase in vocabulary.negation_cues:
        words = tuple(_lowered(w) for w in phrase.split())
        if words:
            by_last[words[-1]].add(words)
    return {last: tuple(sorted(group, key=len, reverse=True)) for last, group in by_last.items()}


@lru_cache(maxsize=4)
def _negation_openings(vocabulary: Vocabulary) -> frozenset[str]:
    """The first words of the negation cues: a sentence without any has no negated task."""
    return frozenset(cue[0] for group in _negation_cues(vocabulary).values() for cue in group)


def extract(paper: Paper, vocabulary: Vocabulary) -> Extraction:
    """Mentions, relations and defined aliases of one paper."""
    return _PaperExtractor(paper, vocabulary).run()
