"""Read a built graph (Turtle, N-Triples or JSON-LD) back into the NetworkX graph `kg build` made.

So `kg export`, `kg serve` and evaluation scripts can work from `graph.ttl`
without rebuilding. Parsing is pyoxigraph's (fast); the mapping back is the
inverse of `kg.rdf.triples`.

What does not come back exactly (RDF keeps no order of repeated values, and
the build report is not data):
- `authors` and `sources` come back sorted;
- a `code` URL comes back as the IRI it was written as (characters that IRIs
  forbid are percent-encoded on export);
- `graph.graph` holds `base_iri` (read from the graph's `void:uriSpace`)
  instead of the build `report`.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.graph import Evidence
from kg.namespaces import DEFAULT_BASE_IRI, KG, VOID
from kg.rdf import node_id

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_TYPE = _RDF + "type"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_NODE_TYPES = ("Paper", "Model", "Dataset", "Modality", "AnatomicalStructure", "Task")
_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD}


class LoadError(Exception):
    """The file is missing, does not parse, or is not a kg graph."""


def load_graph(path: str | Path) -> nx.MultiDiGraph:
    """The MultiDiGraph of a graph file written by `kg build` or `kg export`."""
    path = Path(path)
    if not path.is_file():
        raise LoadError(f"{path}: no such graph file; run `kg build` first")
    properties: dict[str, list[tuple[str, ox.NamedNode | ox.Literal]]] = defaultdict(list)
    try:
        for quad in ox.parse(path=str(path), format=_FORMATS.get(path.suffix, ox.RdfFormat.TURTLE)):
            if isinstance(quad.subject, ox.NamedNode):
                properties[quad.subject.value].append((quad.predicate.value, quad.object))
    except (SyntaxError, ValueError, OSError) as error:
        raise LoadError(f"{path}: cannot parse as RDF: {error}") from error
    base_iri = _base_iri(properties)
    graph: nx.MultiDiGraph = nx.MultiDiGraph(base_iri=base_iri)
    kinds = {str(KG[name]): name for name in _NODE_TYPES}
    nodes: dict[str, str] = {}
    evidence: list[str] = []
    for iri, pairs in sorted(properties.items()):
        types = [obj.value for pred, obj in pairs if pred == _TYPE]
        if str(KG.Evidence) in types:
            evidence.append(iri)
        found = [kinds[t] for t in types if t in kinds]
        if found:
            node = node_id(iri, base_iri)
            if node is None:
                raise LoadError(f"{path}: {iri} is outside the graph's base IRI {base_iri}")
            nodes[iri] = node
            graph.add_node(node, **_attributes(found[0], pairs))
    for iri, pairs in sorted(properties.items()):
        if iri not in nodes:
            continue
        for pred, obj in pairs:
            if pred.startswith(str(KG)) and isinstance(obj, ox.NamedNode) and obj.value in nodes:
                relation = pred[len(str(KG)):]
                graph.add_edge(nodes[iri], nodes[obj.value], key=relation, relation=relation, evidence=[], confidence=None)
    for iri in evidence:
        _attach(graph, nodes, {pred: obj.value for pred, obj in properties[iri]}, path, iri)
    for _, _, data in graph.edges(data=True):
        data["evidence"].sort()
        data["confidence"] = max((e.confidence for e in data["evidence"]), default=None)
    return graph


def _base_iri(properties: dict) -> str:
    """The graph's own `void:uriSpace`; graphs from before it was written use the default."""
    spaces = sorted(
        obj.value
        for pairs in properties.values()
        if (_TYPE, ox.NamedNode(str(VOID.Dataset))) in pairs
        for pred, obj in pairs
        if pred == str(VOID.uriSpace)
    )
    return spaces[0] if spaces else DEFAULT_BASE_IRI


def _attributes(kind: str, pairs: list) -> dict:
    def values(predicate: str) -> list[str]:
        return sorted(obj.value for pred, obj in pairs if pred == predicate)

    def one(predicate: str) -> str | None:
        found = values(predicate)
        return found[0] if found else None

    data: dict[str, object] = {"type": kind, "label": one(_LABEL) or "", "aliases": values(_SKOS + "altLabel")}
    if kind == "Paper":
        data.update(
            abstract=one(str(KG.abstract)) or "",
            url=one("https://schema.org/url"),
            date=one("http://purl.org/dc/terms/date"),
            authors=values(str(KG.authorName)),
            sources=values(str(KG.source)),
            code=values(str(KG.hasCode)),
        )
    else:
        data.update(codes=values(_SKOS + "exactMatch"), notation=one(_SKOS + "notation"))
    return data


def _attach(graph: nx.MultiDiGraph, nodes: dict[str, str], fields: dict[str, str], path: Path, iri: str) -> None:
    """Add one kg:Evidence node to the edge it supports."""
    try:
        subject, target = nodes[fields[_RDF + "subject"]], nodes[fields[_RDF + "object"]]
        relation = fields[_RDF + "predicate"][len(str(KG)):]
        item = Evidence(
            paper=nodes[fields[str(KG.inPaper)]],
            start=int(fields[str(KG.charStart)]),
            end=int(fields[str(KG.charEnd)]),
            sentence=fields[str(KG.sentence)],
            rule=fields[str(KG.rule)],
            confidence=float(fields[str(KG.confidence)]),
        )
    except (KeyError, ValueError) as error:
        raise LoadError(f"{path}: evidence {iri} is incomplete or malformed ({error}); run `kg validate`") from error
    if not graph.has_edge(subject, target, key=relation):
        raise LoadError(f"{path}: evidence {iri} supports a link the graph does not state; run `kg validate`")
    graph.edges[subject, target, relation]["evidence"].append(item)
