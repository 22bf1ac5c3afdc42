"""Task phrases written in another order than the vocabulary's label.

Abstracts name a task with a noun phrase the vocabulary lists ("motion artefact
detection", "progression prediction", "image generation") but often write it
otherwise:

- with "of": "detection and quantification of motion artefacts", "prediction of
  knee osteoarthritis progression" (read as "motion artefact detection",
  "progression prediction");
- with a shared modifier or head: "image understanding and generation" ("image
  generation"), "lesion and nodule detection" ("lesion detection");
- with a verb: "estimating ejection fraction", "detecting outliers" (read as
  "ejection fraction estimation", "outlier detection");
- with another pair of modalities than a label's: "CT to PET translation" (read
  as the task of the labels "MR-to-CT synthesis", "CT-to-MR translation").

Only rearrangements that give a Task label of the vocabulary are read, so no
word list of tasks lives here: the head nouns are the last words of the
vocabulary's task labels. The few function words below are English grammar.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final, NamedTuple

from kg.gazetteer import gazetteer
from kg.text import SentenceTokens, is_action_noun, label_key
from kg.vocabulary import Vocabulary

# words that end the noun phrase after "of" ("detection of polyps in colonoscopy")
_PHRASE_END: Final = frozenset(
    "in from with using for by on to via and or at across into through under based that which as than "
    "is are was were be been has have can may while during within without between among over per".split()
)
_DETERMINERS: Final = frozenset("the a an its their his her these those this that our such each all".split())
_COORDINATION: Final = frozenset(("and", "or", ","))
_MAX_PHRASE: Final = 5  # words of the "of" phrase read, at most


class TaskPhrase(NamedTuple):
    concept_id: str
    start: int  # characters of the whole phrase, in the text
    end: int


class _TaskLabels(NamedTuple):
    """What the rearranged phrases are read against, all derived from the vocabulary's task labels."""

    labels: dict[tuple[str, ...], str]  # label key -> concept id
    heads: frozenset[str]  # head nouns: last words of the preferred labels (and action nouns ending others)
    last_words: frozenset[str]  # last words of all labels of two or more words
    verbs: dict[str, str]  # -ing form -> head noun
    title_verbs: dict[str, str]  # the -ing forms with the base and third-person forms a title uses too
    model_heads: frozenset[str]  # the Model class's one-word head nouns ("model", "network")


@lru_cache(maxsize=4)
def _task_labels(vocabulary: Vocabulary) -> _TaskLabels:
    labels: dict[tuple[str, ...], str] = {}
    for key, entries in gazetteer(vocabulary).labels.items():
        for type_name, ids in entries:
            if type_name == "Task":
                labels[key] = ids[0]
    # a preferred label ends in the action noun ("image generation", "segmentation"); other labels
    # may end in a thing ("synthetic images", "visual representations"), which is no task head
    heads = frozenset(
        key[-1] for c in vocabulary.concepts.values() if c.type == "Task" and (key := label_key(c.pref_label)) and key[-1].isalpha()
    ) | frozenset(  # and the action nouns other labels end in ("artifact removal")
        key[-1] for key in labels if len(key) >= 2 and key[-1].isalpha() and is_action_noun(key[-1])
    )
    last_words = frozenset(key[-1] for key in labels if len(key) >= 2 and key[-1].isalpha())
    verbs = _verbs(vocabulary, heads)
    model_heads = frozenset(key[0] for noun in vocabulary.head_nouns.get("Model", ()) if len(key := label_key(noun)) == 1)
    return _TaskLabels(labels, heads, last_words, verbs, {**_base_verbs(heads), **verbs}, model_heads)


def _verbs(vocabulary: Vocabulary, heads: frozenset[str]) -> dict[str, str]:
    """The -ing form of each head noun: "estimation" -> "estimating", "detection" -> "detecting",
    "reduction" -> "reducing" (English morphology), and the one-word -ing labels of a task, named or
    hidden ("contouring", "segmenting") -> its head noun."""
    verbs = {_ing_form(head): head for head in heads if head.endswith("ion")}
    for concept in vocabulary.concepts.values():
        head = label_key(concept.pref_label)[-1] if concept.type == "Task" else ""
        if head in heads:
            for label in (*concept.alt_labels, *concept.hidden_labels):
                key = label_key(label)
                if len(key) == 1 and key[0].endswith("ing"):
                    verbs.setdefault(key[0], head)
    return verbs


def _ing_form(noun: str) -> str:
    """The -ing form of the verb an -ion noun is made from: "detection" (detect), "reduction" (reduce)."""
    if noun.endswith("duction"):
        return noun[:-4] + "ing"  # reduction -> reducing, not reconstruction -> reconstrucing
    return noun[:-3] + "ing"


def _base_verbs(heads: frozenset[str]) -> dict[str, str]:
    """The base and third-person forms of each -ion head noun, every English way of making them
    ("prediction": predict(s); "estimation": estimate(s); "segmentation": segment(s);
    "localization": localize(s)): a form English does not make never occurs in a title."""
    verbs: dict[str, str] = {}
    for head in sorted(heads):  # in order: where two heads make one form, the same one wins every run
        if head.endswith("ion"):
            stems = {head[:-3], head[:-3] + "e"}
            if head.endswith("ation"):
                stems |= {head[:-5], head[:-5] + "e"}
            for stem in stems:
                verbs.setdefault(stem, head)
                verbs.setdefault(stem + "s", head)
    return verbs


@lru_cache(maxsize=4)
def _translations(vocabulary: Vocabulary) -> tuple[frozenset[str], dict[str, str]]:
    """The one-word modality labels; and the head nouns of task labels written 'M1-to-M2 H' with
    two of them ("MR-to-CT synthesis") -> that task, which any such pair with the head names."""
    table = gazetteer(vocabulary).labels
    modalities = frozenset(key[0] for key, entries in table.items() if len(key) == 1 and any(t == "Modality" for t, _ in entries))
    heads: dict[str, str] = {}
    for key, entries in table.items():
        words = tuple(w for w in key if w != "-")
        if len(words) == 4 and words[1] == "to" and words[0] in modalities and words[2] in modalities:
            for type_name, ids in entries:
                if type_name == "Task":
                    heads.setdefault(words[3], ids[0])
    return modalities, heads


def task_phrases(sentence: SentenceTokens, vocabulary: Vocabulary, title: bool = False) -> list[TaskPhrase]:
    """Tasks named by a rearranged phrase in one sentence. A title states its paper's task with the
    verb's base form too ("... to predict gene expression from ...", "Deep learning can predict
    microsatellite instability ...")."""
    labels, heads, last_words, verbs, title_verbs, model_heads = _task_labels(vocabulary)
    verbs = title_verbs if title else verbs
    keys, lowered = sentence.keys, sentence.lowered
    found: list[TaskPhrase] = []
    for i, word in enumerate(lowered):
        if word == "of" and i > 0 and keys[i - 1] in last_words:
            found.extend(_of_phrase(sentence, i, labels, heads, last_words))
        elif (word == "and" or word == "or") and 0 < i < len(keys) - 1:
            found.extend(_shared(sentence, i, labels, heads, last_words))
        elif word in verbs:
            found.extend(_verb_phrase(sentence, i, verbs[word], labels, model_heads))
        elif word == "to" and 0 < i < len(keys) - 2:
            found.extend(_translation(sentence, i, labels, *_translations(vocabulary)))
    return found


def _translation(sentence: SentenceTokens, to: int, labels: dict[tuple[str, ...], str], modalities: frozenset[str], heads: dict[str, str]) -> list[TaskPhrase]:
    """'CT to PET translation', 'T1w-to-T2w synthesis': a pair of modalities the vocabulary's labels
    do not list, before a head noun its 'M1-to-M2 H' labels end in."""
    keys = sentence.keys
    source = to - 2 if to >= 2 and keys[to - 1] == "-" else to - 1
    target = to + 2 if keys[to + 1] == "-" else to + 1
    if target + 1 >= len(keys):
        return []
    concept = heads.get(keys[target + 1])
    if concept is None or keys[source] not in modalities or keys[target] not in modalities or tuple(keys[source : target + 2]) in labels:
        return []
    return [TaskPhrase(concept, sentence.start(source), sentence.end(target + 1))]


def _verb_phrase(sentence: SentenceTokens, verb: int, head: str, labels: dict[tuple[str, ...], str], model_heads: frozenset[str]) -> list[TaskPhrase]:
    """'V-ing [the] w1 .. wn' -> 'w1 .. wk H', longest first, H the head noun of the verb. The object
    starts the label, or modifiers come before its head noun ("predicting reduced ejection
    fraction", "generating highly realistic images of skin lesions"), and words the object reads
    on may follow them ("predicting liver fibrosis stages compared with ..."). An object whose head
    is a model is no task's: "translating such image models into clinical workflows" is no image
    translation."""
    first, last = _object_phrase(sentence, verb + 1)
    keys = sentence.keys
    for end in range(last, first, -1):
        if _inside_a_word(sentence.words, end):
            continue  # no cut inside a hyphenated word ("predicting progression-free survival")
        if any(key in model_heads for key in keys[end:last]):
            continue
        concept = labels.get(tuple(keys[first:end]) + (head,))
        if concept:
            return [TaskPhrase(concept, sentence.start(verb), sentence.end(end - 1))]
    # modifiers before the object's head noun, which "of" ends
    if "of" in sentence.lowered[first:last]:
        last = sentence.lowered.index("of", first)
    for end in range(last, first + 1, -1):
        if end < last and _inside_a_word(sentence.words, end):
            continue
        for begin in range(first + 1, end):
            if _inside_a_word(sentence.words, begin):
                continue  # nor at its start ("predict standard-dose PET images" is no dose prediction)
            concept = labels.get(tuple(keys[begin:end]) + (head,))
            if concept:
                return [TaskPhrase(concept, sentence.start(verb), sentence.end(end - 1))]
    return []


def _inside_a_word(words: list[str], boundary: int) -> bool:
    """Whether the boundary before token `boundary` falls inside a hyphenated or slashed word."""
    return words[boundary - 1] in "-/" or (boundary < len(words) and words[boundary] in "-/")


def _object_phrase(sentence: SentenceTokens, first: int) -> tuple[int, int]:
    """The words of the noun phrase from `first` on (past its determiners), as (first, end)."""
    words, lowered = sentence.words, sentence.lowered
    while first < len(words) and lowered[first] in _DETERMINERS:
        first += 1
    last = first
    count = 0  # words read: the hyphen or slash inside a word ("X-ray") is no word of its own
    while count < _MAX_PHRASE and _goes_on(sentence, last):
        count += words[last] not in "-/"
        last += 1
    return first, last


def _goes_on(sentence: SentenceTokens, i: int) -> bool:
    """Whether the noun phrase goes on at word i: a word or a hyphen, not a word that ends the phrase.
    Past the words read, the phrase was cut before its head noun ("evaluation of a large portion of
    CXR report | generation models"): its last word read is no head."""
    return i < len(sentence.words) and sentence.lowered[i] not in _PHRASE_END and (sentence.words[i].isalnum() or sentence.words[i] in "-/")


def _of_phrase(sentence: SentenceTokens, of: int, labels: dict[tuple[str, ...], str], heads: frozenset[str], last_words: frozenset[str]) -> list[TaskPhrase]:
    """'H of [the] w1 .. wn' -> 'wk .. wn H', longest first. H is a head noun, or coordinated with
    the task word before 'of' ("detection and quantification of")."""
    keys, lowered = sentence.keys, sentence.lowered
    chain = [of - 1]
    j = of - 2
    while j >= 1 and lowered[j] in _COORDINATION and keys[j - 1] in last_words:
        chain.append(j - 1)
        j -= 2
    head_positions = [h for h in chain if keys[h] in heads]
    result = []
    for first, last in _coordinated_objects(sentence, of + 1):
        for head in head_positions:
            for begin in range(first, last):
                concept = labels.get(tuple(keys[begin:last]) + (keys[head],))
                if concept:
                    result.append(TaskPhrase(concept, sentence.start(head), sentence.end(last - 1)))
                    break
    return result


def _coordinated_objects(sentence: SentenceTokens, first: int) -> list[tuple[int, int]]:
    """The noun phrases after "of", as (first, end): the one there and one coordinated with it ("detection
    of cancer subtype or gene mutations" is the detection of gene mutations too). None where the
    phrase was cut before its head noun."""
    objects: list[tuple[int, int]] = []
    while len(objects) < 2:
        begin, end = _object_phrase(sentence, first)
        if end == begin or _goes_on(sentence, end):
            break
        objects.append((begin, end))
        if end >= len(sentence.words) or sentence.lowered[end] not in ("and", "or"):
            break
        first = end + 1
    return objects


def _shared(sentence: SentenceTokens, k: int, labels: dict[tuple[str, ...], str], heads: frozenset[str], last_words: frozenset[str]) -> list[TaskPhrase]:
    """'M H1 and H2' -> 'M H2' ("image understanding and generation"), unless 'M H1' and 'H2' are
    tasks of their own; 'M1 and M2 H' -> 'M1 H' ("lesion and nodule
    detection"), and so for each modifier of a list ("tool, phase, and triplet recognition")."""
    words, keys = sentence.words, sentence.keys
    result = []
    if (keys[k - 1] in heads or keys[k - 1] in last_words) and keys[k + 1] in heads:
        for size in (2, 1):
            if k - 1 - size >= 0:
                if (keys[k + 1],) in labels and tuple(keys[k - 1 - size : k]) in labels:
                    break  # two whole tasks: "report generation and grounding" is no report grounding
                concept = labels.get(tuple(keys[k - 1 - size : k - 1]) + (keys[k + 1],))
                if concept:
                    result.append(TaskPhrase(concept, sentence.start(k - 1 - size), sentence.end(k + 1)))
                    break
    if k + 2 < len(keys) and keys[k + 2] in heads and words[k + 1].isalpha() and sentence.lowered[k + 1] not in _DETERMINERS:
        for modifier in _listed_before(words, k):
            concept = labels.get((keys[modifier], keys[k + 2]))
            if concept:
                result.append(TaskPhrase(concept, sentence.start(modifier), sentence.end(k + 2)))
    return result


def _listed_before(words: list[str], conjunction: int) -> list[int]:
    """The one-word items of the list that ends at `conjunction`: 'tool, phase, and' -> phase, tool.
    A comma before the conjunction is a serial comma only after two items or more: in "unlabeled
    images, and extensive generation of ..." it ends a clause, and "images" is no item of the list."""
    j = conjunction - 1
    serial = j > 0 and words[j] == ","
    if serial:
        j -= 1
    items = []
    while j >= 0 and words[j].isalpha():
        items.append(j)
        if j < 2 or words[j - 1] != ",":
            break
        j -= 2
    return items if len(items) > 1 or not serial else []
