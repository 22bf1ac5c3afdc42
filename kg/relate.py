"""Relations of one paper, read from its sentences: the paper's links to what it names, a model
trained or evaluated on a dataset, a dataset derived from another, a model based on another, the
facets of what a paper introduces, its code. Each link keeps the sentence that says it, the rule
that read it and a confidence.

The stage after recognition (kg.extract): it takes the paper's screened mentions and what the paper
introduces, and adds no mention of its own. Uses are decided from the cue words the ontology gives
each relation (kg:cue), near the dataset, not from co-occurrence alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Final

from kg import names
from kg.corpus import as_iri
from kg.discourse import has_cue, has_own_cue, role_cues
from kg.evidence import PAPER, PAPER_RELATION, Link, Mention, sentences_of
from kg.names import Word
from kg.text import ASIDE, Span, singular
from kg.vocabulary import NAMED_TYPES, Vocabulary, counted_modalities

_SOURCE_REACH: Final = 7  # words from a derivation cue to the first dataset it derives from
_INTRO_RANK: Final = {"title": 0, "title-acronym": 1, "head-noun": 2, "introduced": 2, "code-url": 2, "named": 3, "called": 3}
_USE_RELATIONS: Final = frozenset({"trainedOn", "evaluatedOn"})
_GROUP_REFERENCES: Final = frozenset({"both", "these", "those", "respective"})  # "on both datasets", "trained using those datasets"
_WELL_TYPED: Final = 0.8  # a name typed by the vocabulary, a head noun ("the X dataset") or naming, not by its verb alone
_COUNTED_GROUPS: Final = frozenset({"two", "three", "four", "five", "six"})  # "The three backbones were fine-tuned on ..."
# verbs whose object, where it is data, is what a study ran on: "uses three datasets", "were collected from eight datasets"
_DATA_USE_VERBS: Final = frozenset({"use", "uses", "used", "utilize", "utilizes", "utilized", "utilise", "utilises", "utilised", "collected", "obtained", "drawn", "gathered", "sourced", "retrieved"})
_SUBJECT_WORDS: Final = {"we", "our", "it", "its", "their"}  # pronouns for the paper's model (and its head nouns)
_NAME_SEPARATOR: Final = re.compile(r"[-_/ ]")  # between the parts of a compound name (SAM-Med3D)
_BASED_PLURAL: Final = re.compile(r"-based ([A-Za-z]+)\b")  # "U-Net-based networks": the word a model's name qualifies
_FOLLOWING_WORD: Final = re.compile(r"[- ]([A-Za-z-]+)")  # the word right after a name: "ImageNet pretraining", "ImageNet-pretrained"
_VERB_ON: Final = re.compile(r"\b([A-Za-z-]+)\s+(?:on|with|using)\s+(?:the\s+)?$")  # the word before a name's "on": "pre-trained on ImageNet"


@dataclass(frozen=True)
class Recognized:
    """What recognition hands to relation reading: the paper's text as split, and what it names."""

    text: str  # the paper's text, hyphens made plain (offsets index the paper's own)
    sentences: list[Span]
    words: list[list[Word]]
    lowered: list[list[str]]  # each word lowered and singular
    mentions: list[Mention]  # screened: what the paper is linked to
    unscreened: list[Mention]  # before screening: an introduced name takes the facets of its sentence from these
    introduced: dict[str, tuple[int, str, float]]  # key -> (sentence, rule, confidence) of what the paper introduces
    own_work_start: int  # the first sentence about the paper's own work (kg.discourse.own_work_start)
    organ_hints: list[tuple[str, int]]  # (organ, sentence) of modalities counted as a broader one
    repositories: list[tuple[str, int]]  # (URL on a code host, sentence)


def relate(found: Recognized, vocabulary: Vocabulary) -> list[Link]:
    """Every link of one paper, in the order they are read."""
    return _PaperRelater(found, vocabulary).run()


@dataclass(frozen=True)
class _Turns:
    """Models and datasets a sentence names in turns: which datasets (by start) each model took."""

    taken: dict[str, set[int]]  # model key -> starts of the datasets of its turn
    in_turns: frozenset[int]  # starts of all datasets taken in a turn

    def allows(self, model: str, dataset_start: int) -> bool:
        return model not in self.taken or dataset_start not in self.in_turns or dataset_start in self.taken[model]


class _PaperRelater:
    """Working state of relation reading for one paper."""

    def __init__(self, found: Recognized, vocabulary: Vocabulary) -> None:
        self.found = found
        self.vocab = vocabulary
        self.cues = names.cues(vocabulary)
        self.text = found.text
        self.sentences = found.sentences
        self.words = found.words
        self.lowered = found.lowered
        self.mentions = found.mentions
        self.introduced = found.introduced
        self.own_work_start = found.own_work_start
        self.organ_hints = found.organ_hints
        self.links: list[Link] = []

    def run(self) -> list[Link]:
        by_sentence: dict[int, list[Mention]] = defaultdict(list)
        for mention in self.found.unscreened:
            by_sentence[mention.sentence].append(mention)
        for mention in self.mentions:
            if mention.type in PAPER_RELATION:
                self.links.append(Link(PAPER, PAPER_RELATION[mention.type], mention.key, mention.sentence, mention.rule, mention.confidence))
            elif mention.key in self.introduced:
                index, rule, confidence = self.introduced[mention.key]
                self.links.append(Link(PAPER, "introduces", mention.key, index, rule, confidence))
            else:
                self.links.append(Link(PAPER, "mentions", mention.key, mention.sentence, mention.rule, mention.confidence))
        introduced_models = self._primary("Model/")
        introduced_datasets = sorted(k for k in self.introduced if k.startswith("Dataset/"))
        for index in range(len(self.sentences)):
            found = by_sentence.get(index, [])
            sources = self._sources_named(index, found)
            self._uses(index, [m for m in found if m.start not in sources and not self._names_a_family(m)], introduced_models, introduced_datasets)
            self._entity_facets(index, found)
        self._own_model_on_own_dataset(introduced_models, introduced_datasets)
        self._sole_dataset_uses()
        self._sole_model_uses()
        self._uses_of_datasets_named_before()
        self._benchmark_tasks()
        self._derivations()
        self._vocabulary_facts()
        self._organs_of_modalities()
        for url, sentence in self.found.repositories:
            code = _code_url(url)
            if code:
                self.links.append(Link(PAPER, "hasCode", code, sentence, "code-url", 0.95))
        return self.links

    def _primary(self, prefix: str) -> list[str]:
        """The paper's own models (or datasets) that 'we', 'our method' refer to: the best-attested first."""
        ranked = sorted(
            (_INTRO_RANK.get(rule, len(_INTRO_RANK)), key) for key, (_, rule, _) in self.introduced.items() if key.startswith(prefix)
        )
        if ranked:
            return [key for rank, key in ranked if rank == ranked[0][0]]
        # a paper that introduces nothing is often a study of the models its title names
        titled = sorted({m.key for m in self.mentions if m.sentence == 0 and m.key.startswith(prefix)})
        return titled or self._proposed_with(prefix)

    def _proposed_with(self, prefix: str) -> list[str]:
        """The models (or datasets) named where the authors first present their own work, when it
        has no name of its own: 'We propose a CAD system based on Faster R-CNN' makes the later
        'the proposed method' Faster R-CNN's work."""
        for index in range(1, len(self.sentences)):
            lowered = self.lowered[index]
            if has_own_cue(lowered, self.vocab) and self.cues.anywhere(lowered, "introduces"):
                named = {m.key for m in self.mentions if m.sentence == index and m.key.startswith(prefix)}
                # one: "three CNN models based on DenseNet-201, ... are proposed" leaves 'the best model' open
                return sorted(named) if len(named) == 1 else []
        return []

    def _sources_named(self, index: int, found: list[Mention]) -> set[int]:
        """'the SurgT benchmark, which is generated from Hamlyn, SCARED, and Kidney boundary
        datasets': the datasets after a derivation cue are what the dataset named before it was
        made from (derivedFrom), not data a model was run on. Their start offsets."""
        datasets = [m for m in found if m.type == "Dataset"]
        if len(datasets) < 2:
            return set()
        ws, lowered = self.words[index], self.lowered[index]
        cue = next((i for i in range(len(lowered)) if self.cues.cue_at(lowered, i, "derivedFrom")), None)
        if cue is None:
            return set()
        at = ws[cue].start
        derived = [m for m in datasets if m.end <= at]
        derived_keys = {m.key for m in derived}
        sources = [m for m in datasets if m.start > at and m.key not in derived_keys]
        # the sources follow the cue ('... augmentation to address the difficulty of benchmarks like
        # MedQA' derives nothing from MedQA), in its clause: a cue in an aside that closes before
        # them derives nothing ('the cancer genome atlas low-grade glioma (based on histopathologic
        # criteria) (TCGA-LGG)')
        if not derived or not sources:
            return set()
        first_source = names.word_index(ws, sources[0].start, False)
        if first_source not in range(cue + 1, cue + _SOURCE_REACH) or any(")" in word.trailing for word in ws[cue:first_source]):
            return set()
        for source in sources:
            self.links.append(Link(derived[-1].key, "derivedFrom", source.key, index, "derivedFrom-cue", min(derived[-1].confidence, source.confidence)))
        return {m.start for m in sources}

    def _uses(self, index: int, found: list[Mention], introduced_models: list[str], introduced_datasets: list[str]) -> None:
        ws, lowered = self.words[index], self.lowered[index]
        datasets = [m for m in found if m.type == "Dataset"]
        models = [m for m in found if m.type == "Model"]
        if not datasets and introduced_datasets:  # "... is trained on this dataset", "... across various datasets"
            for i, word in enumerate(lowered):
                if word in ("dataset", "benchmark") and i > 0 and not self.cues.head_at(lowered, i - 1):
                    datasets = [Mention(k, "Dataset", ws[i].text, ws[i].start, ws[i].end, index, "anaphora", 0.6) for k in introduced_datasets]
                    break
        if not datasets:
            return
        subjects = [(m.key, 0.8, "cue") for m in models] or [(k, 0.6, "group-reference") for k in self._models_referred_back(index)]
        if subjects and not any(m.key in self.introduced for m in models) and has_cue(lowered, role_cues(self.vocab)[1]):
            # "our model achieved results comparable to HoVerNet on PanNuke", "the results surpass
            # XMem on the EndoVis 2015 dataset": where an own-work cue says the sentence is about
            # the paper's work and the models it names are others', the paper's model is used too
            named = {m.key for m in models}
            subjects += [(k, 0.6, "own-reference") for k in introduced_models if k not in named]
        if not subjects and not introduced_models:
            return
        if not subjects:
            # "we", "it", or a word for a model ("the classifier", "the proposed method"; the ontology's head nouns)
            if any(w in _SUBJECT_WORDS or self.cues.head_at(lowered, i) == "Model" for i, w in enumerate(lowered)):
                subjects = [(k, 0.6, "cue") for k in introduced_models]
            elif self._sole_model_in_play(index, lowered, introduced_models):
                # "The experiments have been conducted using the MIMIC-CXR-JPG database.": in a paper
                # that introduces one model, an unattributed experiment is that model's
                subjects = [(introduced_models[0], 0.5, "sole-model")]
            else:
                return
        paired = self._paired_in_turn(ws, lowered, models, datasets)
        for dataset in datasets:
            relation = self._use_relation(ws, lowered, dataset)
            if relation is None:
                continue
            bound = self._participle_subject(ws, lowered, dataset, models) if len(models) > 1 else None
            for model_key, confidence, rule in subjects:
                if bound is not None and model_key != bound:
                    continue
                if paired is not None and not paired.allows(model_key, dataset.start):
                    continue
                if model_key.split("/", 1)[1] == dataset.key.split("/", 1)[1]:
                    continue
                self.links.append(Link(model_key, relation, dataset.key, index, f"{relation}-{rule}", min(confidence, dataset.confidence)))

    def _names_a_family(self, mention: Mention) -> bool:
        """'outperforming both U-Net-based networks and existing text-guided methods': a model named
        only to qualify a plural is the class of models built on it, compared as a class; the results
        in the sentence are not its own (a singular 'a CvT-based classification model' is one model)."""
        if mention.type != "Model":
            return False
        following = _BASED_PLURAL.match(self.text, mention.end)
        if following is None:
            return False
        noun = following.group(1).lower()
        return singular(noun) != noun and self.cues.head_at([singular(noun)], 0) == "Model"

    def _own_model_on_own_dataset(self, introduced_models: list[str], introduced_datasets: list[str]) -> None:
        """'we first collect Endo700k, the largest corpus of endoscopic images ... we introduce EndoViT,
        an endoscopy-pretrained ViT': a paper that introduces one dataset, and a model it trains with
        no training data named, trained that model on its dataset."""
        if len(introduced_datasets) != 1 or not introduced_models:
            return
        (dataset,) = introduced_datasets
        training = [link for link in self.links if link.relation == "trainedOn"]
        if any(link.object == dataset for link in training):
            return
        trained = {link.subject for link in training}
        for model in introduced_models:
            if model in trained:
                continue
            index = next((m.sentence for m in self.mentions if m.key == model and self.cues.anywhere(self.lowered[m.sentence], "trainedOn")), None)
            if index is not None:
                self.links.append(Link(model, "trainedOn", dataset, index, "trainedOn-own-dataset", 0.5))

    def _sole_dataset_uses(self) -> None:
        """In a paper whose experiments use one named dataset (or several named together with a use
        cue), the models it names past its background were run on it ("Experiments on BUSI show ..."
        and, in the next sentence, "the encoders ResNet and DenseNet"): each model with no use of its
        own is evaluated on each such dataset."""
        datasets = {m.key for m in self.mentions if m.type == "Dataset"}
        datasets = {dataset for dataset in datasets if not self._pretraining_source(dataset)}
        if not datasets or any(key.startswith("Model/") for key in self.introduced):
            return
        if len(datasets) > 1 and not self._used_together(datasets):
            return
        for dataset in sorted(datasets):
            if not any(m.confidence >= _WELL_TYPED or m.rule == "coordination" for m in self.mentions if m.key == dataset):
                # only the verb before it made it a dataset ("performance dropped on DOTATE"): too little
                # to build on; a known dataset coordinated with it ("SLAKE and OmniMedVQA-Mini") types it
                return
        used = [link for link in self.links if link.relation in _USE_RELATIONS]
        model_used: bool | None = None  # asked once, for the first dataset that needs it
        for dataset in sorted(datasets):
            if any(link.object == dataset for link in used) or self._used_without_model(dataset):
                continue
            if model_used is None:
                model_used = self._model_used()
            if not model_used or self._source_only(dataset):
                return  # named, but nothing says experiments ran on it
        models = self._unattributed_models({link.subject for link in used})
        for dataset in sorted(datasets):
            for model, index in models:
                self.links.append(Link(model, "evaluatedOn", dataset, index, "evaluatedOn-sole-dataset", 0.5))

    def _sole_model_uses(self) -> None:
        """'We collected data from the BraTioUS and ReMIND datasets. ... A CNN was trained using the
        nnU-Net framework. ... external validation on the RESECT-SEG database': in a paper that trains
        one named model (a training cue where it is named) and introduces none, each dataset named
        where a use cue is, with no model there, is data that model was run on."""
        if any(key.startswith("Model/") for key in self.introduced):
            return
        start = self.own_work_start
        past_background = [m for m in self.mentions if m.type == "Model" and (m.sentence == 0 or m.sentence >= start)]
        models = {m.key for m in past_background if not self._as_basis(m)}
        if len(models) != 1:
            return
        (model,) = models
        if not any(m.key == model and self.cues.anywhere(self.lowered[m.sentence], "trainedOn") for m in past_background):
            return  # trained, or only applied ("the usage of the explainability method SHAP")
        used = {link.object for link in self.links if link.relation in _USE_RELATIONS}
        with_models = {m.sentence for m in self.mentions if m.type == "Model"}
        for dataset in sorted({m.key for m in self.mentions if m.type == "Dataset"} - used):
            if self._source_only(dataset):
                continue
            index = next((m.sentence for m in self.mentions if m.key == dataset and m.sentence not in with_models and self._states_data_use(m.sentence)), None)
            if index is not None:
                self.links.append(Link(model, "evaluatedOn", dataset, index, "evaluatedOn-sole-model", 0.5))

    def _uses_of_datasets_named_before(self) -> None:
        """'V-Net and nnU-Net were the most effective for their respective datasets', 'BlindHarmony
        performs well on both datasets': a sentence naming models that refers back to the paper's
        datasets as a group ran each model on each dataset named before it (two or more)."""
        for index, lowered in enumerate(self.lowered):
            if not any(lowered[j - 1] in _GROUP_REFERENCES and self.cues.head_at(lowered, j) == "Dataset" for j in range(1, len(lowered))):
                continue
            models = sorted({m.key for m in self.mentions if m.sentence == index and m.type == "Model"})
            named = {m.key for m in self.mentions if m.sentence < index and m.type == "Dataset"}
            datasets = sorted(key for key in named if not self._source_only(key))
            if not models or len(datasets) < 2:
                continue
            present = {(link.subject, link.object) for link in self.links if link.relation in _USE_RELATIONS}
            for model in models:
                for dataset in datasets:
                    if (model, dataset) not in present:
                        self.links.append(Link(model, "evaluatedOn", dataset, index, "evaluatedOn-datasets-named-before", 0.5))

    def _benchmark_tasks(self) -> None:
        """'our model achieves state-of-the-art performance on VQA-RAD and PathVQA': a paper run on a
        benchmark made for one task (kg:addressesTask in the vocabulary) addresses that task, unless
        it names that task or one of its kind itself, or its title names the task it ran the
        benchmark's data for ('... for Magnetic Resonance Image Super-resolution', run on BraTS
        2019 and MSSEG 2016). Run on: a use of it, or a use cue where it is named. A paper-level
        inference, with its own rule and a lower confidence."""
        if any(m.type == "Task" and m.sentence == 0 for m in self.mentions):
            return
        tasks = {m.key for m in self.mentions if m.type == "Task"}
        named = tasks | {above for task in tasks for above in self.vocab.ancestors(task)}
        used = {link.object: link.sentence for link in self.links if link.relation in _USE_RELATIONS}
        for mention in self.mentions:
            concept = self.vocab.concepts.get(mention.key)
            if concept is None or not concept.tasks or mention.sentence == 0:
                continue
            sentence = used.get(mention.key)
            if sentence is None and any(self.cues.anywhere(self.lowered[mention.sentence], relation) for relation in _USE_RELATIONS):
                sentence = mention.sentence
            if sentence is None:
                continue
            for task in concept.tasks:
                if task not in named and self.vocab.ancestors(task).isdisjoint(tasks):
                    self.links.append(Link(PAPER, "addressesTask", task, sentence, "benchmark-task", 0.6))
                    named.add(task)

    def _used_together(self, datasets: set[str]) -> bool:
        """'Experiments are performed on two complementary datasets: Gold Atlas Male Pelvis and the
        SynthRAD2023 pelvis subset': several datasets, all named in one sentence with a use cue and
        nowhere apart, are the paper's experimental data as one dataset would be."""
        sentences = sentences_of(self.mentions, lambda mention: mention.key in datasets)
        shared = set.intersection(*sentences.values())
        if not shared or any(found != shared for found in sentences.values()):
            return False
        return any(self._states_data_use(index) for index in shared)

    def _unattributed_models(self, have_use: set[str]) -> list[tuple[str, int]]:
        """The models named past the background (or in the title) with no use of their own, each with
        its first such sentence. With several datasets too: "The proposed ensemble adapts three
        pre-trained CNNs, namely VGG19, MobileNet, and DenseNet" ran on each of the datasets it is
        validated on, as readers list them."""
        start = self.own_work_start
        evidence: dict[str, int] = {}
        for mention in self.mentions:
            if mention.type != "Model" or mention.key in have_use or self._as_basis(mention):
                continue
            if mention.sentence == 0 or mention.sentence >= start:
                evidence.setdefault(mention.key, mention.sentence)
        return sorted(evidence.items())

    def _as_basis(self, mention: Mention) -> bool:
        """'a UNet-based model', 'models based on DenseNet-201 and Inception-V3', 'Swin Transformer
        blocks', 'Its encoder is ResNet' (a component noun of the ontology): what the paper ran is
        built on the name, not the name itself."""
        if self.text[mention.end : mention.end + 6].lower() in ("-based", " based"):
            return True
        ws, lowered = self.words[mention.sentence], self.lowered[mention.sentence]
        after = next((i for i, word in enumerate(ws) if word.start >= mention.end), len(ws))
        if after < len(ws) and lowered[after] in self.vocab.components:
            return True
        first = next((i for i, word in enumerate(ws) if word.end > mention.start), len(ws))
        if first >= 2 and lowered[first - 1] in names.BE_FORMS and lowered[first - 2] in self.vocab.components:
            return True
        while first > 0 and (lowered[first - 1] in names.COORDINATION_WORDS or ws[first - 1].text[:1].isupper()):
            first -= 1  # back over the names coordinated before it
        return self.cues.cue_in(lowered, first - 3, first, "basedOn")

    def _pretraining_source(self, dataset: str) -> bool:
        """'outperforms the standard practice of ImageNet pretraining', 'ImageNet-pretrained weights':
        a dataset named, every time, as what models were pre-trained on is no data the paper's
        experiments ran on (a pre-training cue of trainedOn right after its name, or right before
        its "on": "pre-trained on ImageNet")."""
        for mention in self.mentions:
            if mention.key == dataset:
                following = _FOLLOWING_WORD.match(self.text, mention.end)
                verb = _VERB_ON.search(self.text, max(0, mention.start - 40), mention.start)
                if not any(found is not None and self._pretraining_word(found.group(1)) for found in (following, verb)):
                    return False
        return True

    def _pretraining_word(self, word: str) -> bool:
        """A trainedOn cue of pre-training: "pretraining", "pre-trained"."""
        word = word.lower()
        return word.startswith("pre") and self.cues.cue_at([word], 0, "trainedOn")

    def _source_only(self, dataset: str) -> bool:
        """'A new Dental dataset was created based on UFBA-UESC dataset': named only as what other
        data is built on (a basedOn cue, 'based on', 'built on', 'extends', in every sentence naming
        it; not 'collected from', which says the paper's images are that dataset's)."""
        return all(
            self.cues.anywhere(self._outside_brackets(index), "basedOn")
            for index in {m.sentence for m in self.mentions if m.key == dataset}
        )

    def _outside_brackets(self, index: int) -> list[str]:
        """A sentence's lowered words save those in a bracketed aside, which speaks of its own content:
        "the cancer genome atlas low-grade glioma (based on histopathologic criteria) (TCGA-LGG)"."""
        span = self.sentences[index]
        asides = [(found.start(), found.end()) for found in ASIDE.finditer(self.text, span.start, span.end)]
        return [lowered for word, lowered in zip(self.words[index], self.lowered[index]) if not any(start < word.start < end for start, end in asides)]

    def _model_used(self) -> bool:
        """'These localized images were used to train an ensemble of DenseNet ...': a use cue in a
        sentence, past the background, that names a model but no dataset (the paper's one dataset
        is what it was run on)."""
        start = self.own_work_start
        for index in sorted({m.sentence for m in self.mentions if m.type == "Model" and m.sentence >= start}):
            lowered = self.lowered[index]
            if any(self.cues.anywhere(lowered, relation) for relation in _USE_RELATIONS):
                return True
        return False

    def _used_without_model(self, dataset: str) -> bool:
        """'the Kvasir-SEG dataset ... was used to train and validate the detectors': a use cue in a
        sentence naming the dataset, with no model in it to link."""
        return any(self._states_data_use(index) for index in sorted({m.sentence for m in self.mentions if m.key == dataset}))

    def _states_data_use(self, index: int) -> bool:
        """A use cue in the sentence, a sentence opening on "Using" ("Using SLAKE and
        OmniMedVQA-Mini, we construct ..."), or a verb of using data ("uses three datasets"): the
        data it names is what the study ran on."""
        lowered = self.lowered[index]
        return (
            (index > 0 and lowered[:1] == ["using"])
            or any(self.cues.anywhere(lowered, relation) for relation in _USE_RELATIONS)
            or self._uses_datasets(lowered)
        )

    def _uses_datasets(self, lowered: list[str]) -> bool:
        """'The proposed system uses three datasets: REFUGE, ORIGA, and G1020', 'CT scans were
        collected from eight distinct datasets: ...': a verb of using or sourcing whose object is
        data (a dataset noun within a few words) says what the study ran on."""
        return any(
            word in _DATA_USE_VERBS and any(self.cues.head_at(lowered, j) == "Dataset" for j in range(i + 1, min(i + 5, len(lowered))))
            for i, word in enumerate(lowered)
        )

    def _models_referred_back(self, index: int) -> list[str]:
        """'(2) ... with a Graph Attention Network (GAT). Both models are evaluated on the
        Endoscapes-Seg50 and CholecSeg8k benchmarks': a sentence opening on a plural reference to
        models ('both models', 'these networks', 'the three backbones') means the models the
        sentence before it names, two or more ('both': two)."""
        ws, lowered = self.words[index], self.lowered[index]
        if index < 2 or len(lowered) < 3:
            return []
        if lowered[0] == "the" and lowered[1] in _COUNTED_GROUPS:
            first = 2
        elif lowered[0] in ("both", "these", "all"):
            first = 2 if lowered[1] in ("these", "the") else 1  # "All these models"
        else:
            return []
        # up to two modifiers before the noun: "These trained networks", "All employed models"
        noun = next((i for i in range(first, min(first + 3, len(ws))) if self.cues.head_at(lowered, i) == "Model" or ws[i].trailing), None)
        if noun is None or ws[noun].trailing or self.cues.head_at(lowered, noun) != "Model" or not ws[noun].text.endswith("s"):
            return []
        named = list(dict.fromkeys(m.key for m in self.mentions if m.sentence == index - 1 and m.type == "Model"))
        if len(named) < 2 or (lowered[0] == "both" and len(named) != 2):
            return []
        return named

    def _sole_model_in_play(self, index: int, lowered: list[str], introduced_models: list[str]) -> bool:
        """The paper introduces exactly one model (or, introducing none, its title names one), and
        this sentence comes after the model is introduced and after the first sentence about the
        paper's own work (an own-work cue): what precedes is the field's background."""
        if len(introduced_models) != 1:
            return False
        # a model the paper does not introduce is the one its title names: "Joint nnU-Net and
        # Radiomics Approaches for ..." studies nnU-Net from its first sentence on
        named_in = self.introduced[introduced_models[0]][0] if introduced_models[0] in self.introduced else 0
        return index > max(self.own_work_start, named_in)

    def _participle_subject(self, ws: list[Word], lowered: list[str], dataset: Mention, models: list[Mention]) -> str | None:
        """'features are extracted with a ResNet model pre-trained on ImageNet': a model right before
        the use cue nearest before the dataset (a model noun may stand between) is the one used on
        it, not the other models of the sentence."""
        position = next((i for i, w in enumerate(ws) if w.start >= dataset.start), len(ws))
        cue = next((i for i in range(position - 1, 0, -1) if any(self.cues.cue_at(lowered, i, r) for r in _USE_RELATIONS)), None)
        if cue is None:
            return None
        before = cue - 1
        if before > 0 and self.cues.head_at(lowered, before) == "Model" and not ws[before - 1].trailing:
            before -= 1  # "a ResNet model pre-trained on ..."
        model = next((m for m in models if m.end == ws[before].end), None)
        if model is None:
            return None
        # "(i) ConvNeXt-Small, pretrained on ImageNet, and (ii) a ViT ...": set off by a comma, the
        # participle still says which model it was, unless that model ends a list of them
        set_off = ws[before].trailing == "," and not _closes_a_list(ws, lowered, model)
        return model.key if set_off or not ws[before].trailing else None

    def _paired_in_turn(self, ws: list[Word], lowered: list[str], models: list[Mention], datasets: list[Mention]) -> _Turns | None:
        """'trained and compared with (i) StyleGAN-3 on AIROGS, (ii) ProGAN on CheXpert': where models
        and datasets take turns, each model was run on the datasets after it up to the next model,
        and models written together share theirs ('ResNet and ViT on CheXpert, Swin on MIMIC-CXR').
        The sentence's subject before the first turn ('Medfusion was trained and compared with') ran
        on all. A comparison between turns ('A pre-trained on X outperforms B on Y') takes none; nor
        does a sentence without turns (None)."""
        turns: list[tuple[list[Mention], list[Mention]]] = []
        for mention in sorted(models + datasets, key=lambda m: m.start):
            if mention.type == "Model":
                if not turns or turns[-1][1]:
                    turns.append(([], []))
                turns[-1][0].append(mention)
            elif turns:
                turns[-1][1].append(mention)
        if turns and not turns[-1][1]:
            turns.pop()  # models after the last dataset take no turn: "..., outperforming C"
        if len(turns) < 2:
            return None
        for (_, used), (following, _) in zip(turns, turns[1:]):
            end, start = names.word_index(ws, used[-1].end, True), names.word_index(ws, following[0].start, False)
            if end is None or start is None or self.cues.cue_in(lowered, end + 1, start, "mentions"):
                return None
        paired: dict[str, set[int]] = {}
        for number, (turn_models, used) in enumerate(turns):
            for position, model in enumerate(turn_models):
                if number == 0 and position < len(turn_models) - 1:
                    continue  # the subject
                paired.setdefault(model.key, set()).update(d.start for d in used)
        return _Turns(paired, frozenset(d.start for _, used in turns for d in used))

    def _use_relation(self, ws: list[Word], lowered: list[str], dataset: Mention) -> str | None:
        """The use relation whose cue stands nearest before the dataset (or, failing that, after it).
        A dataset's head noun is no cue ("a dataset ColonINST, a model ColonGPT and a multimodal
        benchmark" lists what a paper releases), unless a subject makes it a verb ("we benchmark")."""
        position = next((i for i, w in enumerate(ws) if w.start >= dataset.start), len(ws))
        best: tuple[int, str] | None = None
        for i in range(len(lowered)):
            for relation in ("trainedOn", "evaluatedOn"):
                if self.cues.cue_at(lowered, i, relation) and not self._dataset_noun(lowered, i):
                    distance = position - i if i <= position else 100 + i - position
                    if best is None or distance < best[0]:
                        best = (distance, relation)
        return best[1] if best else None

    def _dataset_noun(self, lowered: list[str], i: int) -> bool:
        return i > 0 and lowered[i - 1] not in _SUBJECT_WORDS and self.cues.head_at(lowered, i) == "Dataset"

    def _entity_facets(self, index: int, found: list[Mention]) -> None:
        """An introduced model or dataset takes the modality, anatomy and task of its sentence."""
        owners = [m for m in found if m.type in NAMED_TYPES and m.key in self.introduced]
        for owner in owners:
            for facet in found:
                if facet.type in PAPER_RELATION:
                    self.links.append(Link(owner.key, PAPER_RELATION[facet.type], facet.key, index, "same-sentence", 0.6))

    def _derivations(self) -> None:
        """SAM-Med3D is based on SAM; MIMIC-CXR-JPG is derived from MIMIC-CXR: read from the name's parts."""
        surfaces: dict[str, set[str]] = defaultdict(set)
        first_sentence: dict[str, int] = {}
        for mention in self.mentions:
            if mention.type in NAMED_TYPES:
                surfaces[mention.key].add(mention.text)
                first_sentence.setdefault(mention.key, mention.sentence)
        vocabulary_names = names.known_names(self.vocab)
        paper_names: dict[tuple[str, str], str] = {}
        for mention in self.mentions:
            if mention.type in NAMED_TYPES:
                paper_names.setdefault((mention.type, mention.text), mention.key)
        for key, forms in surfaces.items():
            type_name = key.split("/", 1)[0]
            relation = "basedOn" if type_name == "Model" else "derivedFrom"
            for surface in sorted(forms):
                for part in _name_parts(surface, self.vocab.generic_terms, glued=type_name == "Model"):
                    target = vocabulary_names.get((type_name, part)) or paper_names.get((type_name, part))
                    if target and target != key:
                        self.links.append(Link(key, relation, target, first_sentence[key], "name-part", 0.7))

    def _vocabulary_facts(self) -> None:
        """What the vocabulary knows of a model or dataset the paper names (MIMIC-CXR is chest X-ray;
        MedSAM is based on SAM), with the sentence that names it as evidence. A modality counted as a
        broader one (LIDC-IDRI is chest CT) is that one, as in the text."""
        counted = counted_modalities(self.vocab)
        seen: set[str] = set()
        for mention in self.mentions:
            concept = self.vocab.concepts.get(mention.key)
            if concept is None or concept.type not in NAMED_TYPES or mention.key in seen:
                continue
            seen.add(mention.key)
            derivation = "basedOn" if concept.type == "Model" else "derivedFrom"
            for parent in concept.based_on:
                self.links.append(Link(mention.key, derivation, parent, mention.sentence, "vocabulary-fact", 0.9))
            for modality in concept.has_modality:
                self.links.append(Link(mention.key, "hasModality", counted.get(modality, modality), mention.sentence, "vocabulary-fact", 0.9))
            for organ in concept.targets:
                self.links.append(Link(mention.key, "targetsAnatomy", organ, mention.sentence, "vocabulary-fact", 0.9))

    def _organs_of_modalities(self) -> None:
        """A modality on one body part, read as its broader modality ("lung ultrasound", "CMR":
        kg:countedAs), gives the paper that organ, unless it names it, or a part or a whole of it,
        already. A modality that only images one organ (colonoscopy, mammography) gives none: the
        vocabulary says which organ it images, and readers list an organ the abstract names (on the
        samples, the colon of every colonoscopy paper cost far more than it found)."""
        if not self.organ_hints:
            return
        related: set[str] = set()
        for organ in {l.object for l in self.links if l.subject == PAPER and l.relation == "targetsAnatomy"}:
            related |= {organ, *self.vocab.ancestors(organ)}
        for organ, sentence in sorted(self.organ_hints, key=lambda pair: pair[1]):
            if organ in related or not related.isdisjoint(self.vocab.ancestors(organ)):
                continue
            related.add(organ)
            self.links.append(Link(PAPER, "targetsAnatomy", organ, sentence, "modality-organ", 0.7))


def _name_parts(surface: str, generic: frozenset[str], glued: bool) -> list[str]:
    """Proper sub-names of a compound name: SAM-Med3D -> SAM; MedSAM -> SAM; Dr-LLaVA -> LLaVA; YOLOv12 -> YOLO.
    A name opening with a generic word is cut after it, never inside it: PubMedCLIP -> CLIP, not MedCLIP.
    Prefixes glued to a name are read only where `glued` (models): a dataset so named is one in the
    other's style, not made from it (RadImageNet, HyperKvasir)."""
    parts = [p for p in _NAME_SEPARATOR.split(surface) if p]
    result = []
    if len(parts) > 1:
        for size in range(len(parts) - 1, 0, -1):
            for first in range(0, len(parts) - size + 1):
                result.append("-".join(parts[first : first + size]))
                result.append(" ".join(parts[first : first + size]))
    for part in parts if glued else ():  # a capitalised name glued to a prefix: MedSAM -> SAM, BiomedCLIP -> CLIP
        cuts = [cut for cut in range(1, len(part) - 1) if part[cut].isupper() and part[cut - 1].islower()]
        opening = max((cut for cut in cuts if part[:cut] in generic), default=0)
        result.extend(part[cut:] for cut in cuts if cut >= opening)
    if len(parts) == 1:  # a version glued to a name: YOLOv8n -> YOLOv8, YOLO
        result.extend(names.glued_version_stems(surface))
    return [p for p in result if len(p) >= 2 and p != surface]


_HOST: Final = re.compile(r"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?::\d+)?(?:[/?#]|$)")


def _code_url(url: str) -> str | None:
    """An absolute URL with a real host name that is a valid IRI (see `as_iri`), or None."""
    url = url if url.startswith(("http://", "https://")) else f"https://{url}"
    return as_iri(url) if _HOST.match(url) else None


def _closes_a_list(ws: list[Word], lowered: list[str], model: Mention) -> bool:
    """The model is the last of several listed ('VGG16, ResNet50 and DenseNet121, pre-trained on
    ImageNet'): a participle after the comma is said of them all."""
    first = names.word_index(ws, model.start, False)
    return first is not None and first > 0 and (lowered[first - 1] in ("and", "or") or ws[first - 1].trailing == ",")
