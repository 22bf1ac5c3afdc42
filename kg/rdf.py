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
import sys
from bisect import bisect_left
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter
from typing import Iterable, Iterator, Sequence
from urllib.parse import quote, unquote

import networkx as nx
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD
from rdflib import Graph as RDFGraph

from kg.graph import Evidence
from kg.namespaces import DEFAULT_BASE_IRI, KG, ONTOLOGY_IRI, PROV, SCHEMA, VOID
from kg.resolve import NODE_PREFIX

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
# Resource folders under the base IRI that Turtle names with a prefix of their own ("model:sam-med3d"):
# one per node kind, and the evidence nodes.
_EVIDENCE_FOLDER = "evidence"
_RESOURCE_FOLDERS = tuple(sorted({*NODE_PREFIX.values(), _EVIDENCE_FOLDER}))


def turtle_prefixes(base_iri: str = DEFAULT_BASE_IRI) -> dict[str, str]:
    """The prefixes graph.ttl declares: PREFIXES, `res:` for the base IRI, and one per resource folder.

    A folder prefix writes "model:sam-med3d" where `res:` could not (a local
    name holds no "/"): most of the file is resource IRIs, so this shortens it
    by about a third.
    """
    return dict(PREFIXES, res=base_iri, **{folder: f"{base_iri}{folder}/" for folder in _RESOURCE_FOLDERS})


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
    return f"{base_iri}{_EVIDENCE_FOLDER}/{_evidence_hash(f'{s}|{p}|{o}|', evidence)}"


def _evidence_hash(link_key: str, e: Evidence) -> str:
    # Every field is hashed: two evidences of one link may differ only in confidence.
    key = f"{link_key}{e.paper}|{e.start}|{e.end}|{e.rule}|{float(e.confidence)!r}"
    return hashlib.sha1(key.encode()).hexdigest()[:20]


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
    prefixes = turtle_prefixes(base_iri)
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


@dataclass(frozen=True)
class SubjectRange:
    """The subjects from IRI `low` (included) up to `high` (excluded; None: to the end).

    Consecutive ranges cut the sorted Turtle into parts that separate processes
    write at once; the parts put end to end are the whole file.
    """

    low: str = ""
    high: str | None = None

    def __contains__(self, iri: str) -> bool:
        return self.low <= iri and (self.high is None or iri < self.high)


ALL_SUBJECTS = SubjectRange()


def write_graph_turtle(graph: nx.MultiDiGraph, out, base_iri: str = DEFAULT_BASE_IRI, subjects: SubjectRange = ALL_SUBJECTS) -> None:
    """The Turtle `write_turtle(triples(graph))` writes, byte for byte, made from strings; or
    the part of it for `subjects`, the part that starts the file with the prefixes.

    At a million triples, building rdflib terms and a tuple per triple is most
    of the cost. Here IRIs and literals are written as text directly, and an
    evidence node (nine triples in ten, each with the same ten predicates) is
    kept as a reference to its Evidence until its block is written from a
    fixed template. A property test holds the two writers to the same output.
    """
    prefixes = turtle_prefixes(base_iri)
    names = _TermWriter(prefixes)
    rows = _GraphRows(names, base_iri, subjects)
    dataset = base_iri
    if dataset in subjects:
        rows.add(dataset, "", names.iri(str(VOID.Dataset)))
        rows.add(dataset, str(VOID.uriSpace), names.literal(base_iri))
        rows.add(dataset, str(DCTERMS.conformsTo), names.iri(ONTOLOGY_IRI))
    nodes: dict[str, tuple[str, str]] = {}  # node id -> its IRI and Turtle name, made once a node
    for node, data in graph.nodes(data=True):
        iri = node_iri_text(node, base_iri)
        nodes[node] = (iri, names.iri(iri))
        if iri in subjects:
            rows.node(iri, data)
    predicates: dict[str, tuple[str, str]] = {}
    for subject, target, relation, data in graph.edges(keys=True, data=True):
        s, o = nodes[subject], nodes[target]
        p = predicates.get(relation)
        if p is None:
            iri = str(KG[relation])  # KG is closed: an unknown relation raises, as in triples()
            p = predicates[relation] = (iri, names.iri(iri))
        if s[0] in subjects:
            rows.add(s[0], p[0], o[1])
        rows.link(s, p, o, data["evidence"])
    if not subjects.low:
        _write_prefixes(out, prefixes)
    _Chunks(out).write_all(rows.blocks())


def turtle_parts(graph: nx.MultiDiGraph, shares: Sequence[float], base_iri: str = DEFAULT_BASE_IRI) -> list[SubjectRange]:
    """Consecutive subject ranges, one a share, whose writing takes time in proportion to the shares
    (a range may be empty: a graph without nodes is all in the first).

    Evidence IRIs are hashes, spread evenly over their folder, so a cut among
    them is a hex prefix; a node (most are papers, with their abstracts) costs
    about as much to write as _NODE_WEIGHT evidence nodes (measured at 20,000 papers).
    """
    if not shares or min(shares) <= 0:
        raise ValueError(f"turtle_parts needs one or more positive shares, got {list(shares)}")
    folder = f"{base_iri}{_EVIDENCE_FOLDER}/"
    iris = sorted(node_iri_text(node, base_iri) for node in graph)
    if not iris:
        return _ranges([_PAST_ALL_IRIS] * (len(shares) - 1))
    before = bisect_left(iris, folder)
    evidence = sum(len(data["evidence"]) for _, targets in graph.adjacency() for links in targets.values() for data in links.values())
    total = _NODE_WEIGHT * len(iris) + evidence
    cuts: list[str] = []
    done, whole = 0.0, sum(shares)
    for share in shares[:-1]:
        done += share
        target = total * done / whole
        if target < _NODE_WEIGHT * before:
            cuts.append(iris[int(target / _NODE_WEIGHT)])
        elif target < _NODE_WEIGHT * before + evidence:
            part = (target - _NODE_WEIGHT * before) / evidence
            cuts.append(f"{folder}{int(part * 16**4):04x}")
        else:
            cuts.append(iris[min(len(iris) - 1, int((target - evidence) / _NODE_WEIGHT))])
    return _ranges(cuts)


def _ranges(cuts: list[str]) -> list[SubjectRange]:
    highs: list[str | None] = [*cuts, None]
    return [SubjectRange(low, high) for low, high in zip(["", *cuts], highs)]


_PAST_ALL_IRIS = chr(sys.maxunicode)  # sorts after every IRI: a range from here holds none
_NODE_WEIGHT = 11


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


# The ten predicates of an evidence node ("" stands for rdf:type): the first four come from its link, the
# other six from the Evidence. Sorted, the link's four come first ("" and rdf: before kg:), so a block is
# its subject, the link's part (the same for all of a link's evidence) and the evidence's part.
_LINK_PREDICATES = ("", str(RDF.object), str(RDF.predicate), str(RDF.subject))
_OWN_PREDICATES = (str(KG.charEnd), str(KG.charStart), str(KG.confidence), str(KG.inPaper), str(KG.rule), str(KG.sentence))
_EVIDENCE_PREDICATES = (*_LINK_PREDICATES, *_OWN_PREDICATES)
if list(_EVIDENCE_PREDICATES) != sorted(_EVIDENCE_PREDICATES):
    raise RuntimeError("evidence predicates out of order: the Turtle block template needs them sorted")


class _GraphRows:
    """(predicate, object text) pairs by subject IRI, as write_turtle groups them.

    Evidence nodes are written as text (all of the block but its subject) when
    they are added; should two ever share an IRI (or one share a node's IRI),
    they fall back to ordinary pairs and merge as write_turtle merges them.
    """

    def __init__(self, names: _TermWriter, base_iri: str, subjects: SubjectRange) -> None:
        self._names = names
        self._base_iri = base_iri
        self._folder = f"{base_iri}{_EVIDENCE_FOLDER}/"
        self._subjects = subjects
        # no evidence node in range: links need not be read at all (the folder ends before "g")
        self._any_evidence = not (subjects.high is not None and subjects.high <= self._folder) and subjects.low < f"{self._folder}g"
        self._pairs: dict[str, set[tuple[str, str]]] = {}
        # IRI, its block but the subject, and for the rare merge: the link's (s, p, o) Turtle names and the Evidence
        self._evidence: list[tuple[str, str, tuple[str, str, str], Evidence]] = []
        self._xsd_integer = names.iri(str(XSD.integer))
        self._evidence_class = names.iri(str(KG.Evidence))
        self._confidences: dict[float, str] = {}
        self._hash_texts: dict[float, str] = {}  # confidence -> its text in an evidence IRI's hash key
        # the link's part of a block, split around its three objects
        link_names = [names.iri(p) for p in _LINK_PREDICATES[1:]]
        self._link_heads = (f"\n    a {self._evidence_class} ;\n    {link_names[0]} ", f" ;\n    {link_names[1]} ",
                            f" ;\n    {link_names[2]} ", " ;")
        self._own_names = tuple(names.iri(p) for p in _OWN_PREDICATES)
        self._papers: dict[str, str] = {}
        self._quoted: dict[str, str] = {}  # sentence or rule -> its literal: one sentence is the evidence of several links

    def add(self, subject: str, predicate: str, obj: str) -> None:
        pairs = self._pairs.get(subject)
        if pairs is None:
            pairs = self._pairs[subject] = set()
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

    def link(self, s: tuple[str, str], p: tuple[str, str], o: tuple[str, str], evidence: Iterable[Evidence]) -> None:
        """The evidence nodes of link (s, p, o), each given as (IRI, Turtle name).

        The hot loop: half a million evidence nodes at 20,000 papers. Each block
        is written here, all but its subject, rather than when blocks are written
        in IRI order: that order is random with respect to where the Evidence
        objects lie in memory, and reading them in it took three times as long.
        """
        if not self._any_evidence:
            return
        heads = self._link_heads
        names = (s[1], p[1], o[1])
        text = f"{heads[0]}{o[1]}{heads[1]}{p[1]}{heads[2]}{s[1]}{heads[3]}"  # the link's part of each block
        key = f"{s[0]}|{p[0]}|{o[0]}|"
        folder, append, sha1, hash_texts = self._folder, self._evidence.append, hashlib.sha1, self._hash_texts
        papers, quoted, confidences = self._papers, self._quoted, self._confidences
        n_end, n_start, n_confidence, n_paper, n_rule, n_sentence = self._own_names
        subjects = self._subjects
        for e in evidence:
            paper, start, end, sentence, rule, value = e
            value_text = hash_texts.get(value) if value else None  # 0.0 == -0.0, but their reprs differ
            if value_text is None:
                value_text = hash_texts[value] = repr(float(value))
            # the key of _evidence_hash, written out here to save a call per evidence node
            iri = folder + sha1(f"{key}{paper}|{start}|{end}|{rule}|{value_text}".encode()).hexdigest()[:20]
            if iri not in subjects:
                continue
            paper_name = papers.get(paper)
            if paper_name is None:
                paper_name = papers[paper] = self._names.iri(node_iri_text(paper, self._base_iri))
            sentence_text = quoted.get(sentence)
            if sentence_text is None:
                sentence_text = quoted[sentence] = self._names.literal(sentence)
            rule_text = quoted.get(rule)
            if rule_text is None:
                rule_text = quoted[rule] = self._names.literal(rule)
            confidence = confidences.get(value) or self._confidence(value)
            end_text = str(end) if end.__class__ is int and end >= 0 else self._integer(end)
            start_text = str(start) if start.__class__ is int and start >= 0 else self._integer(start)
            block = (f"{text}\n    {n_end} {end_text} ;\n    {n_start} {start_text} ;\n    {n_confidence} {confidence} ;"
                     f"\n    {n_paper} {paper_name} ;\n    {n_rule} {rule_text} ;\n    {n_sentence} {sentence_text} .\n\n")
            append((iri, block, names, e))

    def blocks(self) -> Iterator[str]:
        """Every block, subjects in sorted order: evidence blocks merged into the sorted node subjects."""
        names, pairs = self._names, self._pairs
        evidence = sorted(self._evidence, key=itemgetter(0))
        self._evidence = []
        iris = [item[0] for item in evidence]
        if len(set(iris)) < len(iris) or not pairs.keys().isdisjoint(iris):
            evidence = self._merge_shared(evidence)
        subjects = sorted(pairs)
        # Evidence IRIs are the evidence folder + hex: named alike, so their head is worked out once.
        head_of = names.hex_names(self._folder)
        cut = len(self._folder)
        index, count = 0, len(subjects)
        for iri, tail, _, _ in evidence:
            while index < count and subjects[index] < iri:
                yield names.block(subjects[index], pairs[subjects[index]])
                index += 1
            yield names.subject(iri) + tail if head_of is None else f"{head_of[0]}{iri[cut:]}{head_of[1]}{tail}"
        for subject in subjects[index:]:
            yield names.block(subject, pairs[subject])

    def _merge_shared(self, evidence: list[tuple[str, str, tuple[str, str, str], Evidence]]) -> list:
        """Evidence (sorted by IRI) whose IRI no other evidence or node has; the others merged into pairs."""
        pairs = self._pairs
        shared = {evidence[i][0] for i in range(1, len(evidence)) if evidence[i][0] == evidence[i - 1][0]}
        kept = []
        for item in evidence:
            if item[0] in pairs or item[0] in shared:
                pairs.setdefault(item[0], set()).update(self._evidence_pairs(item[2], item[3]))
            else:
                kept.append(item)
        return kept

    def _evidence_pairs(self, link: tuple[str, str, str], evidence: Evidence) -> Iterator[tuple[str, str]]:
        """The pairs of an evidence node of a link given by its (s, p, o) Turtle names."""
        names = self._names
        objects = (
            self._evidence_class,
            *link[::-1],  # object, predicate, subject: the order of _LINK_PREDICATES
            self._integer(evidence.end),
            self._integer(evidence.start),
            self._confidence(evidence.confidence),
            names.iri(node_iri_text(evidence.paper, self._base_iri)),
            names.literal(evidence.rule),
            names.literal(evidence.sentence),
        )
        return zip(_EVIDENCE_PREDICATES, objects)

    def _integer(self, value: int) -> str:
        if value.__class__ is int:
            return str(value) if value >= 0 else f'"{value}"^^{self._xsd_integer}'
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
    included, inside a quoted string. One difference: rdflib leaves a final
    quote unescaped when the text has a backslash before it, which ends a long
    string early and makes the file unreadable; here it is escaped.
    """
    if "\n" in text:
        encoded = text.replace("\\", "\\\\")
        if '"""' in text:
            encoded = encoded.replace('"""', '\\"\\"\\"')
        if encoded[-1] == '"':
            # it is escaped already only after an odd run of backslashes (the text's own come doubled)
            backslashes = len(encoded) - 1 - len(encoded[:-1].rstrip("\\"))
            if backslashes % 2 == 0:
                encoded = encoded[:-1] + "\\" + '"'
        return '"""%s"""' % encoded.replace("\r", "\\r")
    return '"%s"' % text.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r")


class _TermWriter:
    """Turtle text of terms, remembered: IRIs as prefixed names where the local part allows."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        # longest namespace first, so res: never shadows a longer one under it
        self._prefixes = sorted(((ns, prefix) for prefix, ns in prefixes.items()), key=lambda item: -len(item[0]))
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
        """A literal with its datatype as a prefixed name ("2024-01-05"^^xsd:date), or a bare number
        (12, 0.85) when Turtle reads that back as the very same lexical form and datatype."""
        datatype, lexical = term.datatype, str(term)
        if datatype is None:
            return f"{quote_literal(lexical)}@{term.language}" if term.language else quote_literal(lexical)
        bare = _BARE_NUMBER.get(str(datatype))
        if bare is not None and bare.fullmatch(lexical):
            return lexical
        return f"{quote_literal(lexical)}^^{self.iri(str(datatype))}"

    def hex_names(self, namespace: str) -> tuple[str, str] | None:
        """(head, tail) that name every IRI `namespace` + hex digits as head + digits + tail, as iri()
        would; None when a longer namespace takes some of those IRIs and not others."""
        if any(len(ns) > len(namespace) and ns.startswith(namespace) for ns, _ in self._prefixes):
            return None
        for ns, prefix in self._prefixes:
            if namespace.startswith(ns):
                local = namespace[len(ns) :]
                # a hex digit is a valid last character, so "0" stands for any digits here
                return (f"{prefix}:{local}", "") if _LOCAL_NAME.fullmatch(local + "0") else (f"<{namespace}", ">")
        return (f"<{namespace}", ">")

    def _qname(self, iri: str) -> str | None:
        for namespace, prefix in self._prefixes:
            if iri.startswith(namespace):
                local = iri[len(namespace) :]
                return f"{prefix}:{local}" if _LOCAL_NAME.fullmatch(local) else None
        return None


# Local parts written as prefixed names: ASCII letters, digits, '_', '-' and '.', not starting with
# '-' or '.', not ending with '.' (a subset of Turtle's PN_LOCAL, without escapes or percent codes).
_LOCAL_NAME = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")
# Typed literals written as bare Turtle numbers: only canonical lexical forms, which every parser
# reads back unchanged (rdflib would rewrite "+5" or "0.50").
_BARE_NUMBER = {
    str(XSD.integer): re.compile(r"0|[1-9][0-9]*"),
    str(XSD.decimal): re.compile(r"(?:0|[1-9][0-9]*)\.(?:0|[0-9]*[1-9])"),
}
