"""The ontology folder, read with Oxigraph: classes, relation cues and SKOS vocabularies.

Nothing the extractor knows about the field lives in Python code: names of
modalities, anatomy, tasks, well-known models and datasets, the head nouns
that type an unknown name and the cue words that decide a relation are all
read from `ontology/` here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, RDF, SKOS

from kg.namespaces import KG, ONTOLOGY_IRI

# ISO 25964's SKOS extension: which broader links are is-a (generic) rather than part-of.
ISOTHES = Namespace("http://purl.org/iso25964/skos-thes#")

ENTITY_TYPES = ("Model", "Dataset", "Modality", "AnatomicalStructure", "Task")
NAMED_TYPES = ("Model", "Dataset")  # open-ended types: recognised by name, not only from the vocabulary
FACET_TYPES = ("Modality", "AnatomicalStructure")  # what a paper images, and of what
GENERIC_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/generic")
IDIOM_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/idiom")
BACKGROUND_CUE_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/background-cue")
OWN_WORK_CUE_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/own-work-cue")
OWN_WORK_HEADING_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/own-work-heading")
NEGATION_CUE_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/negation-cue")
PROSPECT_CUE_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/prospect-cue")
SPECIALIST_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/specialist")
FINDING_NOUN_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/finding-noun")
COMPONENT_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/component")
INSTITUTION_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/institution")
IMAGE_BOUND_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/image-bound")
AGENT_LABEL_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/agent-label")
MEANS_LABEL_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/means-label")
PART_BOUND_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/part-bound")
UMBRELLA_LABEL_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/umbrella-label")
HOMOGRAPH_LABEL_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/homograph-label")
IMAGE_FORM_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/image-form")
METRIC_NOUN_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/metric-noun")
ORGANISATION_NOUN_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/organisation-noun")
PROCEDURE_NOUN_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/procedure-noun")
DISEASE_NOUN_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/disease-noun")
TUMOUR_NOUN_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/tumour-noun")
METASTASIS_WORD_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/metastasis-word")
PLAIN_WORD_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/plain-word")
PLAIN_MODIFIER_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/plain-modifier")
NON_MODIFIER_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/non-modifier")
COMMON_NAME_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/common-name")
SETTING_SCHEME = ox.NamedNode("https://w3id.org/kg-medimg/vocab/setting")

_Term = ox.NamedNode | ox.BlankNode | ox.Literal


class VocabularyError(Exception):
    """The ontology folder is missing or does not parse."""


@dataclass(frozen=True)
class Concept:
    """One vocabulary entry: a thing with one preferred and many other names."""

    iri: str
    id: str  # type-qualified local id, e.g. "Modality/ct"; stable across builds
    type: str
    pref_label: str
    alt_labels: tuple[str, ...]
    codes: tuple[str, ...]  # skos:exactMatch IRIs (DICOM, UBERON, ...)
    notation: str | None
    broader: tuple[str, ...]  # concept ids
    broader_generic: tuple[str, ...]  # those of them this concept is a kind of (iso-thes:broaderGeneric)
    based_on: tuple[str, ...]  # concept ids (models) / derivedFrom (datasets)
    has_modality: tuple[str, ...]
    targets: tuple[str, ...] = ()  # kg:targetsAnatomy: the organ a dataset is of, or the only one a modality images
    counted_as: str | None = None  # kg:countedAs: the broader modality of which this is one body part, weighting, tracer or contrast state
    also_counted_as: tuple[str, ...] = ()  # kg:alsoCountedAs: other broader modalities it is counted as in a paper that names them
    imaged_as: tuple[str, ...] = ()  # kg:imagedAs: what images of this structure show (blood: blood cells)
    tasks: tuple[str, ...] = ()  # kg:addressesTask: the one task a benchmark is made for (VQA-RAD: VQA)
    hidden_labels: tuple[str, ...] = ()  # skos:hiddenLabel: forms found in text but no name to show ("we segment")

    @property
    def labels(self) -> tuple[str, ...]:
        return (self.pref_label, *self.alt_labels, *self.hidden_labels)


@dataclass(frozen=True, eq=False)
class Vocabulary:
    concepts: dict[str, Concept]
    head_nouns: dict[str, tuple[str, ...]]  # class local name -> nouns
    alias_nouns: dict[str, tuple[str, ...]]  # class local name -> nouns kept with a mention as its alias
    alias_modifiers: dict[str, tuple[str, ...]]  # class local name -> words before a mention kept with it as its alias
    cues: dict[str, tuple[str, ...]]  # relation local name -> word stems
    name_patterns: dict[str, tuple[str, ...]]  # class local name -> regular expressions
    generic_terms: frozenset[str]  # name-shaped words that are no model or dataset
    idioms: frozenset[str]  # phrases inside which vocabulary matches are void
    background_cues: frozenset[str]  # stems marking a sentence as motivation or others' work
    own_work_cues: frozenset[str]  # stems marking a sentence as the paper's own work
    own_work_headings: frozenset[str]  # section headings' first words (lower case) that begin the own work ("Methods:")
    negation_cues: frozenset[str]  # phrases after which a task is one a method does without
    prospect_cues: frozenset[str]  # phrases after which a task is one the paper's work may serve later
    specialists: frozenset[str]  # nouns for clinicians: an anatomy word before one names a specialty
    finding_nouns: frozenset[str]  # nouns for what is seen or graded: a modality adjective before one names a finding
    components: frozenset[str]  # nouns for parts of a network: a model before one is a component
    institutions: frozenset[str]  # nouns in institutions' names: an anatomy word in such a name is no target
    image_bound: frozenset[str]  # task labels (lower case) that name their task only about images
    agent_labels: frozenset[str]  # task labels (lower case) naming what does the task ("classifier"): a part of a method in passing
    means_labels: frozenset[str]  # task labels (lower case) naming a means of training ("data augmentation"): how, not what, in the body
    part_bound: frozenset[str]  # labels (lower case) of a part that name it only where the paper names the whole ("transition zone")
    # labels (lower case) never matched, names of their concept only: too broad alone ("cell", "quantification";
    # the umbrella labels) or common words of another kind ("we face"; the homograph labels)
    unmatched_labels: frozenset[str]
    image_forms: frozenset[str]  # modalities' preferred labels (lower case) naming the images' form (3D): linked only alone
    metric_nouns: frozenset[str]  # nouns that end a metric's name: a short form defined for one is no name
    organisation_nouns: frozenset[str]  # nouns that end a hospital's or university's name: its short form is no name
    procedure_nouns: frozenset[str]  # nouns that end a clinical procedure's name ("... Surgery (TORS)"): its short form is no name
    disease_nouns: frozenset[str]  # nouns that end a disease's name ("... Corneal Dystrophy (FECD)"): its short form is no name
    tumour_nouns: frozenset[str]  # nouns for a tumour (lower case): "lung cancer bone metastases" came from the lung
    metastasis_words: frozenset[str]  # words for spread (lower case): the organ right before one is where a tumour spread
    plain_words: frozenset[str]  # English words a mixed-case name written as an ordinary word spells (ComBat: combat)
    plain_modifiers: frozenset[str]  # adjectives before a known model that say it is unchanged ("Standard U-net")
    non_modifiers: frozenset[str]  # words before a modality or organ that say nothing of its kind ("various", "underwent"): no alias takes them
    common_names: frozenset[str]  # model labels (lower case) that name the algorithm as a common noun ("a random forest")
    settings: frozenset[str]  # learning settings' labels (lower case): "in-context learning (ICL)" abbreviates no name
    source: str
    broader_closure: dict[str, frozenset[str]]  # concept id -> every concept above it
    generic_closure: dict[str, frozenset[str]]  # concept id -> every concept it is a kind of, or is what images show of

    def ancestors(self, concept_id: str) -> frozenset[str]:
        """Every concept above this one along skos:broader."""
        return self.broader_closure.get(concept_id, frozenset())

    def kinds_above(self, concept_id: str) -> frozenset[str]:
        """Every concept this one is a kind of, along iso-thes:broaderGeneric (coronary artery: artery,
        vasculature), and every one whose images show it or a kind it is (white blood cell: blood, kg:imagedAs)."""
        return self.generic_closure.get(concept_id, frozenset())


@lru_cache(maxsize=4)
def counted_modalities(vocabulary: Vocabulary) -> dict[str, str]:
    """Modality id -> the broader modality it is counted as (kg:countedAs), followed to the end:
    DCE-MRI is counted as contrast-enhanced MRI, which is counted as MRI."""
    counted = {c.id: c.counted_as for c in vocabulary.concepts.values() if c.counted_as}
    for source, target in counted.items():
        while target in counted:
            target = counted[target]
        counted[source] = target
    return counted


@lru_cache(maxsize=4)
def imaged_organs(vocabulary: Vocabulary) -> dict[str, tuple[str, ...]]:
    """Modality id -> the organs it alone images, its own or a broader modality's (digital breast
    tomosynthesis, as mammography, the breast)."""
    imaged: dict[str, tuple[str, ...]] = {}
    for concept in vocabulary.concepts.values():
        if concept.type == "Modality":
            organs = sorted({o for m in (concept.id, *vocabulary.ancestors(concept.id)) for o in vocabulary.concepts[m].targets})
            if organs:
                imaged[concept.id] = tuple(organs)
    return imaged


def _walk_broader(concepts: dict[str, Concept], start: str, generic_only: bool = False) -> set[str]:
    def above(concept_id: str) -> tuple[str, ...]:
        concept = concepts[concept_id]
        return concept.broader_generic if generic_only else concept.broader

    seen: set[str] = set()
    stack = list(above(start))
    while stack:
        current = stack.pop()
        if current not in seen and current in concepts:
            seen.add(current)
            stack.extend(above(current))
    return seen


def ontology_dir() -> Path:
    """The ontology folder: inside the installed package, or beside it in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "ontology", here.parent / "ontology"):
        if (candidate / "kg.ttl").is_file():
            return candidate
    raise VocabularyError(f"ontology folder not found next to {here}; reinstall kg")


class _Triples:
    """The triples of the ontology folder, indexed by predicate and subject.

    Parsing with rdflib and querying its Graph took most of the loading time;
    these few thousand triples only need looking up. A triple read twice
    counts once, as in a graph. Predicates are named by the rdflib namespaces'
    terms, subjects and objects are Oxigraph terms.
    """

    def __init__(self, triples: Iterable[tuple[_Term, ox.NamedNode, _Term]]) -> None:
        self._index: dict[str, dict[_Term, list[_Term]]] = {}
        for subject, predicate, obj in dict.fromkeys(triples):
            self._index.setdefault(predicate.value, {}).setdefault(subject, []).append(obj)

    def __contains__(self, triple: tuple[_Term, URIRef, _Term]) -> bool:
        subject, predicate, obj = triple
        return obj in self.objects(subject, predicate)

    def objects(self, subject: _Term, predicate: URIRef) -> list[_Term]:
        return self._with(predicate).get(subject, [])

    def subject_objects(self, predicate: URIRef) -> Iterator[tuple[_Term, _Term]]:
        return ((subject, obj) for subject, objects in self._with(predicate).items() for obj in objects)

    def subjects(self, predicate: URIRef, obj: _Term) -> Iterator[_Term]:
        return (subject for subject, objects in self._with(predicate).items() if obj in objects)

    def _with(self, predicate: URIRef) -> dict[_Term, list[_Term]]:
        """Objects by subject; an rdflib term is never equal to the plain string of its IRI, hence str()."""
        return self._index.get(str(predicate), {})


@lru_cache(maxsize=4)
def load_vocabulary(directory: str | None = None) -> Vocabulary:
    """Parse every Turtle file of the ontology folder into one Vocabulary."""
    folder = Path(directory) if directory else ontology_dir()
    triples: list[tuple[_Term, ox.NamedNode, _Term]] = []
    files = sorted(folder.glob("*.ttl")) + sorted((folder / "vocab").glob("*.ttl"))
    for path in files:
        if path.name == "shapes.ttl":
            continue
        try:
            # one graph of several files: relative IRIs resolve against their file, blank nodes stay apart
            quads = ox.parse(path=str(path), format=ox.RdfFormat.TURTLE, base_iri=path.absolute().as_uri(), rename_blank_nodes=True)
            triples.extend((quad.subject, quad.predicate, quad.object) for quad in quads)
        except (SyntaxError, ValueError, OSError) as error:
            raise VocabularyError(f"{path}: does not parse as Turtle: {error}") from error
    graph = _Triples(triples)
    if (ox.NamedNode(ONTOLOGY_IRI), RDF.type, ox.NamedNode(OWL.Ontology)) not in graph:
        raise VocabularyError(f"{folder}: no kg.ttl ontology found")
    concepts = _concepts(graph)
    return Vocabulary(
        concepts=concepts,
        head_nouns=_annotations(graph, KG.headNoun),
        alias_nouns=_annotations(graph, KG.aliasNoun),
        alias_modifiers=_annotations(graph, KG.aliasModifier),
        cues=_annotations(graph, KG.cue),
        name_patterns=_annotations(graph, KG.namePattern),
        generic_terms=_scheme_labels(graph, GENERIC_SCHEME),
        idioms=_scheme_labels(graph, IDIOM_SCHEME),
        background_cues=_scheme_labels(graph, BACKGROUND_CUE_SCHEME),
        own_work_cues=_scheme_labels(graph, OWN_WORK_CUE_SCHEME),
        own_work_headings=_scheme_labels(graph, OWN_WORK_HEADING_SCHEME, lowered=True),
        negation_cues=_scheme_labels(graph, NEGATION_CUE_SCHEME),
        prospect_cues=_scheme_labels(graph, PROSPECT_CUE_SCHEME),
        specialists=_scheme_labels(graph, SPECIALIST_SCHEME),
        finding_nouns=_scheme_labels(graph, FINDING_NOUN_SCHEME),
        components=_scheme_labels(graph, COMPONENT_SCHEME),
        institutions=_scheme_labels(graph, INSTITUTION_SCHEME),
        image_bound=_scheme_labels(graph, IMAGE_BOUND_SCHEME, lowered=True),
        agent_labels=_scheme_labels(graph, AGENT_LABEL_SCHEME, lowered=True),
        means_labels=_scheme_labels(graph, MEANS_LABEL_SCHEME, lowered=True),
        part_bound=_scheme_labels(graph, PART_BOUND_SCHEME, lowered=True),
        unmatched_labels=_scheme_labels(graph, UMBRELLA_LABEL_SCHEME, lowered=True) | _scheme_labels(graph, HOMOGRAPH_LABEL_SCHEME, lowered=True),
        image_forms=_scheme_labels(graph, IMAGE_FORM_SCHEME, lowered=True),
        metric_nouns=_scheme_labels(graph, METRIC_NOUN_SCHEME),
        organisation_nouns=_scheme_labels(graph, ORGANISATION_NOUN_SCHEME),
        procedure_nouns=_scheme_labels(graph, PROCEDURE_NOUN_SCHEME),
        disease_nouns=_scheme_labels(graph, DISEASE_NOUN_SCHEME),
        tumour_nouns=_scheme_labels(graph, TUMOUR_NOUN_SCHEME, lowered=True),
        metastasis_words=_scheme_labels(graph, METASTASIS_WORD_SCHEME, lowered=True),
        plain_words=_scheme_labels(graph, PLAIN_WORD_SCHEME, lowered=True),
        plain_modifiers=_scheme_labels(graph, PLAIN_MODIFIER_SCHEME, lowered=True),
        non_modifiers=_scheme_labels(graph, NON_MODIFIER_SCHEME, lowered=True),
        common_names=_scheme_labels(graph, COMMON_NAME_SCHEME, lowered=True),
        settings=_scheme_labels(graph, SETTING_SCHEME, lowered=True),
        source=str(folder),
        broader_closure={cid: frozenset(_walk_broader(concepts, cid)) for cid in concepts},
        generic_closure=_generic_closure(concepts),
    )


def _local(iri: _Term) -> str:
    return iri.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _annotations(graph: _Triples, prop: URIRef) -> dict[str, tuple[str, ...]]:
    result: dict[str, list[str]] = {}
    for subject, value in graph.subject_objects(prop):
        result.setdefault(_local(subject), []).append(value.value)
    return {key: tuple(sorted(values)) for key, values in sorted(result.items())}


def _scheme_labels(graph: _Triples, scheme: ox.NamedNode, lowered: bool = False) -> frozenset[str]:
    """Every label of a scheme's concepts; `lowered` for schemes matched ignoring case."""
    terms: set[str] = set()
    for concept in graph.subjects(SKOS.inScheme, scheme):
        for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            terms.update(label.value.lower() if lowered else label.value for label in graph.objects(concept, prop))
    return frozenset(terms)


def _concepts(graph: _Triples) -> dict[str, Concept]:
    scheme_type = {scheme: _local(cls) for scheme, cls in graph.subject_objects(KG.schemeFor)}
    # a deprecated concept keeps its published IRI in its scheme, but names nothing any more
    deprecated = {concept for concept, flag in graph.subject_objects(OWL.deprecated) if flag.value == "true"}
    ids: dict[_Term, str] = {}
    for concept, scheme in graph.subject_objects(SKOS.inScheme):
        if scheme in scheme_type and concept not in deprecated:
            ids[concept] = f"{scheme_type[scheme]}/{_local(concept)}"
    concepts: dict[str, Concept] = {}
    for iri, concept_id in sorted(ids.items(), key=lambda item: item[1]):
        type_name = concept_id.split("/", 1)[0]
        pref = sorted(v.value for v in graph.objects(iri, SKOS.prefLabel))
        if not pref:
            raise VocabularyError(f"{iri.value}: concept has no skos:prefLabel")

        concepts[concept_id] = Concept(
            iri=iri.value,
            id=concept_id,
            type=type_name,
            pref_label=pref[0],
            alt_labels=tuple(sorted({v.value for v in graph.objects(iri, SKOS.altLabel)} - {pref[0]})),
            codes=tuple(sorted(o.value for o in graph.objects(iri, SKOS.exactMatch))),
            notation=min((v.value for v in graph.objects(iri, SKOS.notation)), default=None),
            broader=_linked(graph, iri, ids, SKOS.broader),
            broader_generic=_linked(graph, iri, ids, ISOTHES.broaderGeneric),
            based_on=_linked(graph, iri, ids, KG.basedOn, KG.derivedFrom),
            has_modality=_linked(graph, iri, ids, KG.hasModality),
            targets=_linked(graph, iri, ids, KG.targetsAnatomy),
            counted_as=_counted_as(graph, iri, ids),
            also_counted_as=_linked_within(graph, iri, ids, KG.alsoCountedAs, SKOS.broader),
            imaged_as=_linked_within(graph, iri, ids, KG.imagedAs, SKOS.narrower),
            tasks=_linked(graph, iri, ids, KG.addressesTask),
            hidden_labels=tuple(sorted(v.value for v in graph.objects(iri, SKOS.hiddenLabel))),
        )
    return concepts


def _generic_closure(concepts: dict[str, Concept]) -> dict[str, frozenset[str]]:
    """Concept id -> what a paper naming it makes redundant: the kinds above it and the structures
    whose images show it or one of those kinds (blood for a white blood cell)."""
    shown_by: dict[str, set[str]] = {}
    for concept in concepts.values():
        for shown in concept.imaged_as:
            shown_by.setdefault(shown, set()).add(concept.id)
    closure = {}
    for concept_id in concepts:
        kinds = _walk_broader(concepts, concept_id, generic_only=True)
        closure[concept_id] = frozenset(kinds.union(*(shown_by.get(k, ()) for k in (concept_id, *kinds))))
    return closure


def _counted_as(graph: _Triples, iri: _Term, ids: dict[_Term, str]) -> str | None:
    counted = _linked_within(graph, iri, ids, KG.countedAs, SKOS.broader)
    if len(counted) > 1:
        raise VocabularyError(f"{iri.value}: kg:countedAs names {len(counted)} concepts; a concept is counted as one")
    return counted[0] if counted else None


def _linked_within(graph: _Triples, iri: _Term, ids: dict[_Term, str], prop: URIRef, scope: URIRef) -> tuple[str, ...]:
    """Ids of the concepts `prop` points to, each one the concept also links by `scope` (a modality is
    counted as one of its broader concepts, blood imaged as one of its narrower ones): any other
    target is a slip of the curator."""
    allowed = graph.objects(iri, scope)
    targets = graph.objects(iri, prop)
    for target in targets:
        if target not in allowed or target not in ids:
            raise VocabularyError(f"{iri.value}: {_local(ox.NamedNode(prop))} must name a concept that is also its {_local(ox.NamedNode(scope))}")
    return tuple(sorted(ids[target] for target in targets))


def _linked(graph: _Triples, iri: _Term, ids: dict[_Term, str], *props: URIRef) -> tuple[str, ...]:
    """Ids of the concepts this one points to through any of these properties."""
    return tuple(sorted(ids[o] for p in props for o in graph.objects(iri, p) if o in ids))
