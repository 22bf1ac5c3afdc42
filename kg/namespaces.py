"""RDF namespaces of kg. `KG` is closed: a misspelt term raises at once.

A test checks that these terms are exactly those `ontology/kg.ttl` declares.
"""

from urllib.parse import urlsplit

from rdflib import Namespace
from rdflib.namespace import ClosedNamespace

ONTOLOGY_IRI = "https://w3id.org/kg-medimg/ontology"
DEFAULT_BASE_IRI = "https://w3id.org/kg-medimg/resource/"

KG = ClosedNamespace(
    uri=ONTOLOGY_IRI + "#",
    terms=[
        # classes
        "Paper", "Model", "Dataset", "Modality", "AnatomicalStructure", "Task", "Evidence",
        # paper -> entity
        "introduces", "mentions", "hasModality", "targetsAnatomy", "addressesTask", "hasCode",
        # between entities
        "usesDataset", "trainedOn", "evaluatedOn", "basedOn", "derivedFrom",
        # evidence
        "inPaper", "sentence", "charStart", "charEnd", "rule", "confidence",
        # paper metadata
        "abstract", "source", "authorName",
        # annotations read by the extractor
        "headNoun", "aliasNoun", "aliasModifier", "cue", "namePattern", "schemeFor", "countedAs", "alsoCountedAs", "imagedAs",
    ],
)

PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
VOID = Namespace("http://rdfs.org/ns/void#")


class BaseIRIError(ValueError):
    """A --base-iri that cannot prefix resource IRIs."""


def check_base_iri(base_iri: str) -> str:
    """The base IRI if resources can be named by appending a node id to it.

    It must be absolute (scheme and host) and end in "/" or "#", so that
    "paper/x" appended to it gives an IRI of its own, and must not hold
    characters that IRIs forbid.
    """
    parts = urlsplit(base_iri)
    if not parts.scheme or not parts.netloc:
        raise BaseIRIError(f"base IRI {base_iri!r} is not absolute; give e.g. {DEFAULT_BASE_IRI!r}")
    if not base_iri.endswith(("/", "#")):
        raise BaseIRIError(f"base IRI {base_iri!r} must end with '/' or '#'")
    bad = sorted({ch for ch in base_iri if ch in '<>"{}|^`\\' or ord(ch) <= 0x20})
    if bad:
        raise BaseIRIError(f"base IRI {base_iri!r} holds characters IRIs forbid: {' '.join(map(repr, bad))}")
    return base_iri
