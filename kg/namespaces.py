"""RDF namespaces of kg. `KG` is closed: a misspelt term raises at once.

A test checks that these terms are exactly those `ontology/kg.ttl` declares.
"""

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
        "abstract", "source",
        # annotations read by the extractor
        "headNoun", "cue", "namePattern", "schemeFor",
    ],
)

PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
VOCAB = Namespace("https://w3id.org/kg-medimg/vocab/")
