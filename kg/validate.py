"""Check a built graph against the SHACL shapes of ontology/shapes.ttl with pySHACL.

The ontology is mixed into the data graph (pySHACL's `ont_graph`) so that
`sh:class` sees the subclass axioms; the shapes target kg classes directly,
so no RDFS inference is run (it would multiply the triples for nothing).
SHACL-AF (`advanced=True`) is on for the one SPARQL target in the shapes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import SH

from kg.namespaces import DEFAULT_BASE_IRI, VOID
from kg.rdf import PREFIXES
from kg.vocabulary import ontology_dir


class ValidationError(Exception):
    """The graph or the shapes cannot be read (not: the graph does not conform)."""


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result, with terms already written as prefixed names."""

    focus: str
    path: str
    message: str
    value: str
    severity: str

    def __str__(self) -> str:
        value = f" (value {self.value})" if self.value else ""
        return f"{self.focus} {self.path or '-'}: {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: list[Violation]
    triples: int


def validate_file(path: str | Path) -> ValidationReport:
    """Validate a graph file (Turtle, N-Triples or JSON-LD by its extension)."""
    return validate_graph(read_rdflib(path))


def validate_graph(data: Graph) -> ValidationReport:
    folder = ontology_dir()
    shapes, ontology = read_rdflib(folder / "shapes.ttl"), read_rdflib(folder / "kg.ttl")
    conforms, results, _ = shacl_validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True, allow_warnings=True
    )
    names = _prefixes(data)
    violations = sorted(
        Violation(
            focus=_name(results.value(result, SH.focusNode), names),
            path=_name(results.value(result, SH.resultPath), names),
            message=str(results.value(result, SH.resultMessage) or ""),
            value=_name(results.value(result, SH.value), names),
            severity=_name(results.value(result, SH.resultSeverity), names),
        )
        for result in results.subjects(predicate=SH.focusNode)
    )
    return ValidationReport(conforms=bool(conforms), violations=violations, triples=len(data))


_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD}


def read_rdflib(path: str | Path) -> Graph:
    """An rdflib Graph of a file, parsed by pyoxigraph (several times faster than rdflib's parser)."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"{path}: no such graph file; run `kg build` first")
    graph = Graph()
    try:
        for quad in ox.parse(path=str(path), format=_FORMATS.get(path.suffix, ox.RdfFormat.TURTLE)):
            graph.add((_term(quad.subject), _term(quad.predicate), _term(quad.object)))
    except (SyntaxError, ValueError, OSError) as error:
        raise ValidationError(f"{path}: cannot parse as RDF: {error}") from error
    return graph


def _term(term):
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise ValidationError(f"unsupported RDF term {term!r} (RDF 1.2 triple terms are not used by kg)")


def _prefixes(data: Graph) -> list[tuple[str, str]]:
    """Prefixes for messages, longest namespace first; res: is the graph's own void:uriSpace."""
    spaces = sorted(str(o) for o in data.objects(None, VOID.uriSpace))
    names = dict(PREFIXES, res=spaces[0] if spaces else DEFAULT_BASE_IRI, sh=str(SH))
    return sorted(((ns, prefix) for prefix, ns in names.items()), key=lambda item: -len(item[0]))


def _name(term, prefixes: list[tuple[str, str]]) -> str:
    """A term as a readable prefixed name (not always valid Turtle: res:paper/x is allowed)."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for namespace, prefix in prefixes:
            if term.startswith(namespace) and len(term) > len(namespace):
                return f"{prefix}:{term[len(namespace):]}"
        return f"<{term}>"
    if isinstance(term, BNode):
        return "[]"
    text = str(term)
    return repr(text if len(text) <= 60 else text[:59] + "…")
