"""Export the graph as RDF under the kg ontology, and write it as sorted Turtle.

Every edge becomes a direct triple (paper kg:introduces model, model
kg:trainedOn dataset, ...) plus one `kg:Evidence` node per supporting
sentence: a reified statement (rdf:subject/predicate/object) with the paper,
sentence text, offsets, rule and confidence, so SPARQL can trace any link.

The graph also describes itself once: `<base IRI> a void:Dataset` with
`void:uriSpace` (the base IRI, so `kg.load` can map IRIs back to node ids)
and `dcterms:conformsTo` the ontology.

Turtle is written by our own small writer rather than rdflib's serializer:
subjects and their triples are sorted, so output is byte-identical across
runs, and it is fast enough for millions of triples.
"""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from typing import Iterable, Iterator
from urllib.parse import quote, unquote

import networkx as nx
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD, NamespaceManager
from rdflib import Graph as RDFGraph

from kg.graph import Evidence
from kg.namespaces import DEFAULT_BASE_IRI, KG, ONTOLOGY_IRI, PROV, SCHEMA, VOID

Triple = tuple[URIRef, URIRef, URIRef | Literal]

PREFIXES = {
    "kg": str(KG),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "xsd": str(XSD),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "void": str(VOID),
}

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def node_iri(node_id: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """IRI of a node id: each path segment percent-encoded, so any text is safe."""
    return URIRef(base_iri + "/".join(_segment(part) for part in node_id.split("/")))


def _segment(part: str) -> str:
    """One path segment, percent-encoded; '.' and '..' too, so no IRI normalisation can collapse it."""
    return "%2E" * len(part) if part in (".", "..") else quote(part, safe="-._~")


def node_id(iri: str, base_iri: str = DEFAULT_BASE_IRI) -> str | None:
    """The node id an IRI names under base_iri (inverse of node_iri); None if outside it."""
    if not iri.startswith(base_iri):
        return None
    return "/".join(unquote(part) for part in iri[len(base_iri):].split("/"))


def triples(graph: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE_IRI) -> Iterator[Triple]:
    """All triples of the graph, in no particular order."""
    dataset = URIRef(base_iri)
    yield dataset, RDF.type, VOID.Dataset
    yield dataset, VOID.uriSpace, Literal(base_iri)
    yield dataset, DCTERMS.conformsTo, URIRef(ONTOLOGY_IRI)
    for node, data in graph.nodes(data=True):
        yield from _node_triples(node_iri(node, base_iri), data)
    for subject, target, relation, data in graph.edges(keys=True, data=True):
        s, o = node_iri(subject, base_iri), node_iri(target, base_iri)
        p = KG[relation]
        yield s, p, o
        for evidence in data["evidence"]:
            yield from _evidence_triples(s, p, o, evidence, base_iri)


def _node_triples(iri: URIRef, data: dict) -> Iterator[Triple]:
    yield iri, RDF.type, KG[data["type"]]
    yield iri, RDFS.label, Literal(data["label"])
    for alias in data.get("aliases", ()):
        yield iri, SKOS.altLabel, Literal(alias)
    if data["type"] == "Paper":
        yield iri, KG.abstract, Literal(data["abstract"])
        for source in data.get("sources", ()):
            yield iri, KG.source, Literal(source)
        for url in data.get("code", ()):
            yield iri, KG.hasCode, URIRef(_safe_iri(url))
        if data.get("url"):
            yield iri, SCHEMA.url, URIRef(_safe_iri(data["url"]))
        if data.get("date"):
            date = data["date"]
            yield iri, DCTERMS.date, Literal(date, datatype=XSD.date if _ISO_DATE.fullmatch(date) else None)
        for author in data.get("authors", ()):
            yield iri, KG.authorName, Literal(author)
    else:
        yield iri, SKOS.prefLabel, Literal(data["label"])
        for code in data.get("codes", ()):
            yield iri, SKOS.exactMatch, URIRef(code)
        if data.get("notation"):
            yield iri, SKOS.notation, Literal(data["notation"])


def _evidence_triples(s: URIRef, p: URIRef, o: URIRef, evidence: Evidence, base_iri: str) -> Iterator[Triple]:
    # Every field is hashed: two evidences of one link may differ only in confidence.
    key = f"{s}|{p}|{o}|{evidence.paper}|{evidence.start}|{evidence.end}|{evidence.rule}|{float(evidence.confidence)!r}"
    digest = hashlib.sha1(key.encode()).hexdigest()[:20]
    ev = URIRef(f"{base_iri}evidence/{digest}")
    yield ev, RDF.type, KG.Evidence
    yield ev, RDF.subject, s
    yield ev, RDF.predicate, p
    yield ev, RDF.object, o
    yield ev, KG.inPaper, node_iri(evidence.paper, base_iri)
    yield ev, KG.sentence, Literal(evidence.sentence)
    yield ev, KG.charStart, Literal(evidence.start)
    yield ev, KG.charEnd, Literal(evidence.end)
    yield ev, KG.rule, Literal(evidence.rule)
    # repr() is the shortest text that reads back as the same float: no rounding.
    yield ev, KG.confidence, Literal(Decimal(repr(float(evidence.confidence))))


def _safe_iri(url: str) -> str:
    """A URL from text as an IRI: characters Turtle forbids in IRIs percent-encoded."""
    return quote(url, safe=":/?#@!$&'()*+,;=-._~%")


def to_rdflib(graph: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE_IRI) -> RDFGraph:
    rdf = RDFGraph()
    for prefix, namespace in PREFIXES.items():
        rdf.bind(prefix, namespace)
    for triple in triples(graph, base_iri):
        rdf.add(triple)
    return rdf


def write_turtle(triples_: Iterable[Triple], out, base_iri: str = DEFAULT_BASE_IRI) -> None:
    """Sorted, grouped Turtle: one block a subject, predicates and objects sorted."""
    manager = NamespaceManager(RDFGraph(), bind_namespaces="none")
    prefixes = dict(PREFIXES, res=base_iri)
    for prefix, namespace in prefixes.items():
        manager.bind(prefix, namespace, override=True, replace=True)
    for prefix, namespace in prefixes.items():
        out.write(f"@prefix {prefix}: <{namespace}> .\n")
    out.write("\n")
    by_subject: dict[URIRef, list[tuple[URIRef, URIRef | Literal]]] = {}
    for s, p, o in triples_:
        by_subject.setdefault(s, []).append((p, o))
    names: dict = {}

    def n3(term) -> str:
        text = names.get(term)
        if text is None:
            text = _n3(term, manager)
            names[term] = text
        return text

    for subject in sorted(by_subject, key=str):
        pairs = sorted(set(by_subject[subject]), key=lambda po: (po[0] != RDF.type, str(po[0]), n3(po[1])))
        out.write(n3(subject))
        previous = None
        for index, (predicate, obj) in enumerate(pairs):
            if predicate == previous:
                out.write(f" ,\n        {n3(obj)}")
            else:
                if index:
                    out.write(" ;")
                verb = "a" if predicate == RDF.type else n3(predicate)
                out.write(f"\n    {verb} {n3(obj)}")
                previous = predicate
        out.write(" .\n\n")


def _n3(term, manager: NamespaceManager) -> str:
    if isinstance(term, URIRef):
        qname = _qname(term, manager)
        return qname or f"<{term}>"
    if isinstance(term, BNode):
        raise ValueError("blank nodes are not written by kg")
    return term.n3(manager)  # datatypes as xsd:integer, not full IRIs


def _qname(term: URIRef, manager: NamespaceManager) -> str | None:
    try:
        prefix, namespace, local = manager.compute_qname(str(term), generate=False)
    except (KeyError, ValueError):
        return None
    if not local or not all(ch.isalnum() or ch in "-_" for ch in local) or not local[0].isalpha():
        return None
    return f"{prefix}:{local}"
