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
from functools import lru_cache
from decimal import Decimal
from typing import Iterable, Iterator
from urllib.parse import quote, unquote

import networkx as nx
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD
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


@lru_cache(maxsize=1 << 18)
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
    yield ev, _TYPE, _EVIDENCE
    yield ev, _SUBJECT, s
    yield ev, _PREDICATE, p
    yield ev, _OBJECT, o
    yield ev, _IN_PAPER, node_iri(evidence.paper, base_iri)
    yield ev, _SENTENCE, _literal(evidence.sentence)
    yield ev, _CHAR_START, _literal(evidence.start)
    yield ev, _CHAR_END, _literal(evidence.end)
    yield ev, _RULE, _literal(evidence.rule)
    yield ev, _CONFIDENCE, _confidence(evidence.confidence)


# Evidence makes nine triples in ten: its terms are built once, not per triple.
_TYPE, _EVIDENCE, _SUBJECT, _PREDICATE, _OBJECT = RDF.type, KG.Evidence, RDF.subject, RDF.predicate, RDF.object
_IN_PAPER, _SENTENCE, _CHAR_START, _CHAR_END, _RULE, _CONFIDENCE = KG.inPaper, KG.sentence, KG.charStart, KG.charEnd, KG.rule, KG.confidence
_literal = lru_cache(maxsize=1 << 16, typed=True)(Literal)


@lru_cache(maxsize=1024)
def _confidence(value: float) -> Literal:
    # repr() is the shortest text that reads back as the same float: no rounding.
    return Literal(Decimal(repr(float(value))))


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
    """Sorted, grouped Turtle: one block a subject, predicates and objects sorted.

    Terms are turned into text once each and grouped, deduplicated and sorted
    as plain strings: rdflib term comparison and its NamespaceManager cost
    more than the rest of the build at a million triples.
    """
    prefixes = dict(PREFIXES, res=base_iri)
    for prefix, namespace in prefixes.items():
        out.write(f"@prefix {prefix}: <{namespace}> .\n")
    out.write("\n")
    names = _TermWriter(prefixes)
    rdf_type = str(RDF.type)
    # pairs hold "" for rdf:type, so plain tuple order puts it first ("a"), then by predicate and object
    by_subject: dict[str, set[tuple[str, str]]] = {}
    for s, p, o in triples_:
        key = str(s)
        pairs = by_subject.get(key)
        if pairs is None:
            pairs = by_subject[key] = set()
        predicate = str(p)
        pairs.add(("" if predicate == rdf_type else predicate, names.object(o)))
    for subject in sorted(by_subject):
        block = [names.subject(subject)]
        previous = None
        for index, (predicate, obj) in enumerate(sorted(by_subject.pop(subject))):
            if predicate == previous:
                block.append(f" ,\n        {obj}")
            else:
                if index:
                    block.append(" ;")
                block.append(f"\n    {names.iri(predicate) if predicate else 'a'} {obj}")
                previous = predicate
        block.append(" .\n\n")
        out.write("".join(block))


class _TermWriter:
    """Turtle text of terms, remembered: IRIs as prefixed names where the local part allows."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        # longest namespace first, so res: never shadows a longer one under it
        self._prefixes = sorted(((ns, prefix) for prefix, ns in prefixes.items()), key=lambda item: -len(item[0]))
        self._iris: dict[str, str] = {}
        self._literals: dict[Literal, str] = {}

    def iri(self, iri: str) -> str:
        text = self._iris.get(iri)
        if text is None:
            text = self._iris[iri] = self._qname(iri) or f"<{iri}>"
        return text

    def subject(self, iri: str) -> str:
        """Subjects come once each: not remembered."""
        return self._qname(iri) or f"<{iri}>"

    def object(self, term) -> str:
        if type(term) is URIRef or isinstance(term, URIRef):
            return self.iri(str(term))
        if isinstance(term, BNode):
            raise ValueError("blank nodes are not written by kg")
        if len(term) > 40:  # sentences and abstracts: rarely repeated, not worth keeping
            return self._literal(term)
        text = self._literals.get(term)
        if text is None:
            text = self._literals[term] = self._literal(term)
        return text

    def _literal(self, term: Literal) -> str:
        """A literal with its datatype as a prefixed name ("0"^^xsd:integer)."""
        if term.datatype is None:
            return term.n3()
        return f"{Literal(str(term)).n3()}^^{self.iri(str(term.datatype))}"

    def _qname(self, iri: str) -> str | None:
        for namespace, prefix in self._prefixes:
            if iri.startswith(namespace):
                local = iri[len(namespace) :]
                if local and local.isascii() and local[0].isalpha() and all(ch.isalnum() or ch in "-_" for ch in local):
                    return f"{prefix}:{local}"
                return None
        return None
