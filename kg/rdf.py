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
runs. `write_turtle` takes any triples; `write_graph_turtle`, which `kg
build` uses, writes the same bytes for a graph straight from its strings,
without building a term or a tuple per triple.
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


def node_iri(node_id: str, base_iri: str = DEFAULT_BASE_IRI) -> URIRef:
    """IRI of a node id: each path segment percent-encoded, so any text is safe."""
    return URIRef(node_iri_text(node_id, base_iri))


@lru_cache(maxsize=1 << 18)
def node_iri_text(node_id: str, base_iri: str = DEFAULT_BASE_IRI) -> str:
    """node_iri as a plain string, for writers that never build rdflib terms."""
    return base_iri + "/".join(_segment(part) for part in node_id.split("/"))


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
            yield iri, DCTERMS.date, _date(data["date"])
        for author in data.get("authors", ()):
            yield iri, KG.authorName, Literal(author)
    else:
        yield iri, SKOS.prefLabel, Literal(data["label"])
        for code in data.get("codes", ()):
            yield iri, SKOS.exactMatch, URIRef(code)
        if data.get("notation"):
            yield iri, SKOS.notation, Literal(data["notation"])


def _evidence_triples(s: URIRef, p: URIRef, o: URIRef, evidence: Evidence, base_iri: str) -> Iterator[Triple]:
    ev = URIRef(evidence_iri_text(s, p, o, evidence, base_iri))
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


def evidence_iri_text(s: str, p: str, o: str, evidence: Evidence, base_iri: str) -> str:
    """IRI of the evidence node of link (s, p, o): a hash of every field, stable across builds."""
    # Every field is hashed: two evidences of one link may differ only in confidence.
    key = f"{s}|{p}|{o}|{evidence.paper}|{evidence.start}|{evidence.end}|{evidence.rule}|{float(evidence.confidence)!r}"
    return f"{base_iri}evidence/{hashlib.sha1(key.encode()).hexdigest()[:20]}"


# Evidence makes nine triples in ten: its terms are built once, not per triple.
_TYPE, _EVIDENCE, _SUBJECT, _PREDICATE, _OBJECT = RDF.type, KG.Evidence, RDF.subject, RDF.predicate, RDF.object
_IN_PAPER, _SENTENCE, _CHAR_START, _CHAR_END, _RULE, _CONFIDENCE = KG.inPaper, KG.sentence, KG.charStart, KG.charEnd, KG.rule, KG.confidence
_literal = lru_cache(maxsize=1 << 16, typed=True)(Literal)


def _date(text: str) -> Literal:
    """A paper's date: typed xsd:date when it is written as one."""
    return Literal(text, datatype=XSD.date if _ISO_DATE.fullmatch(text) else None)


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
    more than the rest of the build at a million triples. `write_graph_turtle`
    writes the same bytes for a graph without making the triples at all.
    """
    prefixes = dict(PREFIXES, res=base_iri)
    names = _TermWriter(prefixes)
    rdf_type = str(RDF.type)
    by_subject: dict[str, set[tuple[str, str]]] = {}
    for s, p, o in triples_:
        key = str(s)
        pairs = by_subject.get(key)
        if pairs is None:
            pairs = by_subject[key] = set()
        predicate = str(p)
        pairs.add(("" if predicate == rdf_type else predicate, names.object(o)))
    _write_prefixes(out, prefixes)
    _Chunks(out).write_all(names.block(subject, by_subject.pop(subject)) for subject in sorted(by_subject))


def write_graph_turtle(graph: nx.MultiDiGraph, out, base_iri: str = DEFAULT_BASE_IRI) -> None:
    """The Turtle `write_turtle(triples(graph))` writes, byte for byte, made from strings.

    At a million triples, building rdflib terms and a tuple per triple is most
    of the cost. Here IRIs and literals are written as text directly, and an
    evidence node (nine triples in ten, each with the same ten predicates) is
    kept as a reference to its Evidence until its block is written from a
    fixed template. A property test holds the two writers to the same output.
    """
    prefixes = dict(PREFIXES, res=base_iri)
    names = _TermWriter(prefixes)
    rows = _GraphRows(names, base_iri)
    dataset = base_iri
    rows.add(dataset, "", names.iri(str(VOID.Dataset)))
    rows.add(dataset, str(VOID.uriSpace), names.literal(base_iri))
    rows.add(dataset, str(DCTERMS.conformsTo), names.iri(ONTOLOGY_IRI))
    for node, data in graph.nodes(data=True):
        rows.node(node_iri_text(node, base_iri), data)
    predicates: dict[str, str] = {}
    for subject, target, relation, data in graph.edges(keys=True, data=True):
        s, o = node_iri_text(subject, base_iri), node_iri_text(target, base_iri)
        p = predicates.get(relation)
        if p is None:
            p = predicates[relation] = str(KG[relation])  # KG is closed: an unknown relation raises, as in triples()
        rows.add(s, p, names.iri(o))
        link = (s, p, o, names.iri(s), names.iri(p), names.iri(o))
        for evidence in data["evidence"]:
            rows.evidence(link, evidence)
    _write_prefixes(out, prefixes)
    _Chunks(out).write_all(rows.blocks())


def _write_prefixes(out, prefixes: dict[str, str]) -> None:
    for prefix, namespace in prefixes.items():
        out.write(f"@prefix {prefix}: <{namespace}> .\n")
    out.write("\n")


class _Chunks:
    """Blocks written a few hundred at a time: one write call per block costs more than the joins."""

    def __init__(self, out) -> None:
        self._out = out

    def write_all(self, blocks: Iterable[str], size: int = 512) -> None:
        chunk: list[str] = []
        for block in blocks:
            chunk.append(block)
            if len(chunk) >= size:
                self._out.write("".join(chunk))
                chunk.clear()
        self._out.write("".join(chunk))


# The ten predicates of an evidence node ("" stands for rdf:type), in the order its block lists them.
_EVIDENCE_PREDICATES = ("", str(RDF.subject), str(RDF.predicate), str(RDF.object), str(KG.inPaper), str(KG.sentence),
                        str(KG.charStart), str(KG.charEnd), str(KG.rule), str(KG.confidence))
_EVIDENCE_ORDER = sorted(range(len(_EVIDENCE_PREDICATES)), key=lambda i: _EVIDENCE_PREDICATES[i])


class _GraphRows:
    """(predicate, object text) pairs by subject IRI, as write_turtle groups them.

    Evidence nodes are held as (s, p, o, Evidence) and turned into text only
    when written; should two ever share an IRI (or one share a node's IRI),
    they fall back to ordinary pairs and merge as write_turtle merges them.
    """

    def __init__(self, names: _TermWriter, base_iri: str) -> None:
        self._names = names
        self._base_iri = base_iri
        self._pairs: dict[str, set[tuple[str, str]]] = {}
        self._evidence: dict[str, tuple[str, str, str, Evidence]] = {}
        self._xsd_integer = names.iri(str(XSD.integer))
        self._evidence_class = names.iri(str(KG.Evidence))
        self._confidences: dict[float, str] = {}
        # the block after its subject, objects as {0}..{9}: the predicates are distinct, so their order is the block's
        predicate_names = [(names.iri(p) if p else "a").replace("{", "{{").replace("}", "}}") for p in _EVIDENCE_PREDICATES]
        last = len(_EVIDENCE_ORDER) - 1
        self._template = "".join(
            f"\n    {predicate_names[i]} {{{i}}}" + (" .\n\n" if n == last else " ;") for n, i in enumerate(_EVIDENCE_ORDER)
        )

    def add(self, subject: str, predicate: str, obj: str) -> None:
        pairs = self._pairs.get(subject)
        if pairs is None:
            pairs = self._pairs[subject] = set()
            held = self._evidence.pop(subject, None)
            if held is not None:
                pairs.update(self._evidence_pairs(*held))
        pairs.add((predicate, obj))

    def node(self, iri: str, data: dict) -> None:
        """The triples of kg.rdf._node_triples, as text."""
        names, add, literal = self._names, self.add, self._names.literal
        add(iri, "", names.iri(str(KG[data["type"]])))
        add(iri, _LABEL, literal(data["label"]))
        for alias in data.get("aliases", ()):
            add(iri, _ALT_LABEL, literal(alias))
        if data["type"] == "Paper":
            add(iri, _ABSTRACT, literal(data["abstract"]))
            for source in data.get("sources", ()):
                add(iri, _SOURCE, literal(source))
            for url in data.get("code", ()):
                add(iri, _HAS_CODE, names.iri(_safe_iri(url)))
            if data.get("url"):
                add(iri, _URL, names.iri(_safe_iri(data["url"])))
            if data.get("date"):
                add(iri, _DATE, names.date(data["date"]))
            for author in data.get("authors", ()):
                add(iri, _AUTHOR_NAME, literal(author))
        else:
            add(iri, _PREF_LABEL, literal(data["label"]))
            for code in data.get("codes", ()):
                add(iri, _EXACT_MATCH, names.iri(str(URIRef(code))))
            if data.get("notation"):
                add(iri, _NOTATION, literal(data["notation"]))

    def evidence(self, link: tuple[str, str, str, str, str, str], evidence: Evidence) -> None:
        """An evidence node of link (s, p, o, and their Turtle names): one tuple shared by the link's evidence."""
        iri = evidence_iri_text(link[0], link[1], link[2], evidence, self._base_iri)
        if iri in self._pairs:
            self._pairs[iri].update(self._evidence_pairs(link, evidence))
        elif iri in self._evidence:
            for pair in self._evidence_pairs(link, evidence):
                self.add(iri, *pair)
        else:
            self._evidence[iri] = (link, evidence)

    def blocks(self) -> Iterator[str]:
        names, held, pairs, template = self._names, self._evidence, self._pairs, self._template
        # Evidence IRIs (base + "evidence/" + hex) have a "/" in their local part, so they are
        # written <in full> unless some namespace lies under the base IRI and could take them.
        base = self._base_iri
        in_full = not any(len(ns) > len(base) and ns.startswith(base) for ns, _ in names.namespaces)
        # the hot loop: a million evidence blocks at 20,000 papers, so everything it calls is local
        fill, literal, integer, confidence, cls = template.format, names.literal, self._integer, self._confidence, self._evidence_class
        papers: dict[str, str] = {}
        for subject in sorted([*pairs, *held]):
            item = held.get(subject)
            if item is None:
                yield names.block(subject, pairs[subject])
                continue
            link, e = item
            paper = papers.get(e.paper)
            if paper is None:
                paper = papers[e.paper] = names.iri(node_iri_text(e.paper, base))
            head = f"<{subject}>" if in_full else names.subject(subject)
            yield head + fill(
                cls, link[3], link[4], link[5], paper, literal(e.sentence), integer(e.start), integer(e.end), literal(e.rule), confidence(e.confidence)
            )

    def _evidence_objects(self, link: tuple[str, str, str, str, str, str], evidence: Evidence) -> tuple[str, ...]:
        names = self._names
        return (
            self._evidence_class,
            link[3],
            link[4],
            link[5],
            names.iri(node_iri_text(evidence.paper, self._base_iri)),
            names.literal(evidence.sentence),
            self._integer(evidence.start),
            self._integer(evidence.end),
            names.literal(evidence.rule),
            self._confidence(evidence.confidence),
        )

    def _evidence_pairs(self, link: tuple[str, str, str, str, str, str], evidence: Evidence) -> Iterator[tuple[str, str]]:
        return zip(_EVIDENCE_PREDICATES, self._evidence_objects(link, evidence))

    def _integer(self, value: int) -> str:
        if value.__class__ is int:
            return f'"{value}"^^{self._xsd_integer}'
        return self._names.object(_literal(value))

    def _confidence(self, value: float) -> str:
        text = self._confidences.get(value)
        if text is None:
            text = self._confidences[value] = self._names.object(_confidence(value))
        return text


_LABEL, _ALT_LABEL, _PREF_LABEL, _EXACT_MATCH, _NOTATION = (
    str(RDFS.label), str(SKOS.altLabel), str(SKOS.prefLabel), str(SKOS.exactMatch), str(SKOS.notation)
)
_ABSTRACT, _SOURCE, _HAS_CODE, _URL, _DATE, _AUTHOR_NAME = (
    str(KG.abstract), str(KG.source), str(KG.hasCode), str(SCHEMA.url), str(DCTERMS.date), str(KG.authorName)
)


def quote_literal(text: str) -> str:
    """A plain string literal as rdflib's Literal.n3() writes it (long quotes when it holds a newline).

    Only backslash, quote, newline and carriage return are escaped, as rdflib
    does; Turtle allows every other character, tabs and control characters
    included, inside a quoted string.
    """
    if "\n" in text:
        encoded = text.replace("\\", "\\\\")
        if '"""' in text:
            encoded = encoded.replace('"""', '\\"\\"\\"')
        if encoded[-1] == '"' and encoded[-2] != "\\":
            encoded = encoded[:-1] + "\\" + '"'
        return '"""%s"""' % encoded.replace("\r", "\\r")
    return '"%s"' % text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r")


class _TermWriter:
    """Turtle text of terms, remembered: IRIs as prefixed names where the local part allows."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        # longest namespace first, so res: never shadows a longer one under it
        self._prefixes = sorted(((ns, prefix) for prefix, ns in prefixes.items()), key=lambda item: -len(item[0]))
        self.namespaces = tuple(self._prefixes)  # (namespace, prefix), longest first
        self._iris: dict[str, str] = {}
        self._literals: dict[Literal, str] = {}
        self._plain: dict[str, str] = {}
        self._dates: dict[str, str] = {}

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

    def literal(self, value) -> str:
        """The text `object(Literal(value))` gives, without making the Literal when value is a str."""
        if type(value) is not str:
            return self.object(Literal(value))
        if len(value) > 40:
            return quote_literal(value)
        text = self._plain.get(value)
        if text is None:
            text = self._plain[value] = quote_literal(value)
        return text

    def date(self, value: str) -> str:
        text = self._dates.get(value)
        if text is None:
            text = self._dates[value] = self.object(_date(value))
        return text

    def block(self, subject: str, pairs: Iterable[tuple[str, str]]) -> str:
        """One subject's Turtle block; pairs are (predicate IRI, object text), "" standing for rdf:type."""
        block = [self.subject(subject)]
        previous = None
        for index, (predicate, obj) in enumerate(sorted(pairs)):
            if predicate == previous:
                block.append(f" ,\n        {obj}")
            else:
                if index:
                    block.append(" ;")
                block.append(f"\n    {self.iri(predicate) if predicate else 'a'} {obj}")
                previous = predicate
        block.append(" .\n\n")
        return "".join(block)

    def _literal(self, term: Literal) -> str:
        """A literal with its datatype as a prefixed name ("0"^^xsd:integer)."""
        if term.datatype is None:
            return term.n3()
        return f"{Literal(str(term)).n3()}^^{self.iri(str(term.datatype))}"

    def _qname(self, iri: str) -> str | None:
        for namespace, prefix in self._prefixes:
            if iri.startswith(namespace):
                local = iri[len(namespace) :]
                return f"{prefix}:{local}" if _LOCAL_NAME.fullmatch(local) else None
        return None


# Local parts written as prefixed names: an ASCII letter, then ASCII letters, digits, '-' and '_'.
_LOCAL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
