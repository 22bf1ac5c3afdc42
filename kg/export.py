"""The graph in the formats other tools read: N-Triples, JSON-LD, GraphML, node-link JSON.

Turtle is written by kg.rdf. Every writer here is deterministic (sorted lines,
sorted nodes and edges, JSON with sorted keys), so the same input gives
byte-identical files. Writers take a text stream; kg.outputs writes files
atomically.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Iterable, TextIO

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.graph import Evidence
from kg.rdf import Triple, node_iri, triples, write_graph_turtle
from kg.vocabulary import ontology_dir

# format name -> file name `kg build` writes it to
FORMATS = {
    "ttl": "graph.ttl",
    "nt": "graph.nt",
    "jsonld": "graph.jsonld",
    "graphml": "graph.graphml",
    "json": "graph.json",
}


class ExportError(ValueError):
    """An unknown export format was asked for."""


def parse_formats(text: str) -> list[str]:
    """Format names of a comma list ("ttl,nt"), in FORMATS order; unknown names raise."""
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [name for name in names if name not in FORMATS]
    if unknown or not names:
        raise ExportError(f"unknown export format {', '.join(unknown) or repr(text)}; choose from {', '.join(FORMATS)}")
    return [name for name in FORMATS if name in names]


def write(graph: nx.MultiDiGraph, fmt: str, out: TextIO, base_iri: str) -> None:
    """Write the graph to out in one of FORMATS."""
    if fmt == "ttl":
        write_graph_turtle(graph, out, base_iri)
    elif fmt == "nt":
        write_ntriples(triples(graph, base_iri), out)
    elif fmt == "jsonld":
        write_jsonld(triples(graph, base_iri), out, base_iri)
    elif fmt == "graphml":
        write_graphml(graph, out, base_iri)
    elif fmt == "json":
        write_node_link(graph, out, base_iri)
    else:
        raise ExportError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")


# --- N-Triples --------------------------------------------------------------


def write_ntriples(triples_: Iterable[Triple], out: TextIO) -> None:
    """One triple a line, lines sorted (so `sort -c` holds and diffs are small)."""
    lines = sorted({f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in triples_})
    out.writelines(lines)


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _nt(term: URIRef | Literal) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    text = "".join(_ESCAPES.get(ch) or (f"\\u{ord(ch):04X}" if ord(ch) < 0x20 or ord(ch) == 0x7F else ch) for ch in str(term))
    if term.language:
        return f'"{text}"@{term.language}'
    if term.datatype is None or term.datatype == XSD.string:
        return f'"{text}"'
    return f'"{text}"^^<{term.datatype}>'


# --- JSON-LD ----------------------------------------------------------------


@lru_cache(maxsize=1)
def shipped_context() -> dict:
    """ontology/context.jsonld: the @context kg's JSON-LD uses (its `res` is the default base IRI)."""
    with open(ontology_dir() / "context.jsonld", encoding="utf-8") as handle:
        return json.load(handle)["@context"]


def write_jsonld(triples_: Iterable[Triple], out: TextIO, base_iri: str) -> None:
    """Compact JSON-LD: the shipped context inline (with `res` set to base_iri), one object per subject.

    The context is inlined, not linked, so the file parses offline.
    """
    context = dict(shipped_context(), res=base_iri)
    prefixes = sorted(
        ((value, key) for key, value in context.items() if isinstance(value, str) and value.endswith(("/", "#"))),
        key=lambda item: -len(item[0]),
    )

    def compact(iri: str) -> str:
        for namespace, prefix in prefixes:
            if iri.startswith(namespace) and len(iri) > len(namespace) and not iri[len(namespace):].startswith("//"):
                return f"{prefix}:{iri[len(namespace):]}"
        return iri

    terms: dict[str, tuple[str, dict]] = {}  # predicate/class IRI -> (term, definition)
    for key, value in context.items():
        if key.startswith("@") or (isinstance(value, str) and value.endswith(("/", "#"))):
            continue
        definition = value if isinstance(value, dict) else {"@id": value}
        prefix, local = definition["@id"].split(":", 1)
        terms[context[prefix] + local] = (key, definition)

    nodes: dict[str, dict[str, list]] = {}
    for s, p, o in triples_:
        node = nodes.setdefault(str(s), {})
        if p == RDF.type:
            node.setdefault("@type", []).append(terms[str(o)][0] if str(o) in terms else compact(str(o)))
            continue
        term, definition = terms.get(str(p), (compact(str(p)), {}))
        node.setdefault(term, []).append(_jsonld_value(o, definition, compact))
    graph = []
    for subject in sorted(nodes):
        obj: dict = {"@id": compact(subject)}
        for key, values in nodes[subject].items():
            unique = sorted({json.dumps(v, sort_keys=True, ensure_ascii=False): v for v in values}.items())
            listed = [v for _, v in unique]
            listed_always = _definition(context, key).get("@container") == "@set"
            obj[key] = listed if len(listed) > 1 or listed_always else listed[0]
        graph.append(obj)
    json.dump({"@context": context, "@graph": graph}, out, indent=1, sort_keys=True, ensure_ascii=False)
    out.write("\n")


def _definition(context: dict, key: str) -> dict:
    value = context.get(key)
    return value if isinstance(value, dict) else {}


def _jsonld_value(term: URIRef | Literal, definition: dict, compact) -> object:
    coercion = definition.get("@type")
    if isinstance(term, URIRef):
        return compact(str(term)) if coercion == "@id" else {"@id": compact(str(term))}
    if term.language:
        return {"@value": str(term), "@language": term.language}
    datatype = str(term.datatype) if term.datatype else None
    if coercion and coercion != "@id" and datatype and compact(datatype) == coercion:
        return int(str(term)) if term.datatype == XSD.integer else str(term)
    if datatype is None or term.datatype == XSD.string:
        return str(term) if coercion is None else {"@value": str(term)}
    return {"@value": str(term), "@type": compact(datatype)}


# --- GraphML and node-link JSON ---------------------------------------------


def _plain(value: object) -> object:
    """An attribute value as JSON-ready data: Evidence records (named tuples) become dicts."""
    if isinstance(value, Evidence):
        return value._asdict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _sorted_copy(graph: nx.MultiDiGraph, base_iri: str, flatten: bool) -> nx.MultiDiGraph:
    """The graph with nodes and edges inserted in sorted order, each node with its IRI.

    flatten: lists become JSON strings and None values are dropped, since
    GraphML has no list or null type (networkx refuses to write them).
    """

    def attrs(data: dict) -> dict:
        result = {}
        for key, value in sorted(data.items()):
            value = _plain(value)
            if flatten and value is None:
                continue
            if flatten and isinstance(value, list):
                value = json.dumps(value, sort_keys=True, ensure_ascii=False)
            result[key] = value
        return result

    copy: nx.MultiDiGraph = nx.MultiDiGraph(base_iri=base_iri)
    for node in sorted(graph.nodes):
        copy.add_node(node, iri=str(node_iri(node, base_iri)), **attrs(graph.nodes[node]))
    for u, v, key in sorted(graph.edges(keys=True)):
        copy.add_edge(u, v, key=key, **attrs(graph.edges[u, v, key]))
    return copy


def write_graphml(graph: nx.MultiDiGraph, out: TextIO, base_iri: str) -> None:
    """GraphML for Gephi, yEd, Cytoscape and networkx.read_graphml.

    List attributes (aliases, codes, authors, evidence) are JSON text, since
    GraphML has no list type; `label` is the attribute Gephi shows.
    """
    for line in nx.generate_graphml(_sorted_copy(graph, base_iri, flatten=True), prettyprint=True):
        out.write(line + "\n")


def write_node_link(graph: nx.MultiDiGraph, out: TextIO, base_iri: str) -> None:
    """networkx node-link JSON (`nx.node_link_graph(data, edges="links")` reads it; D3 too)."""
    data = nx.node_link_data(_sorted_copy(graph, base_iri, flatten=False), edges="links")
    json.dump(data, out, indent=1, sort_keys=True, ensure_ascii=False)
    out.write("\n")
