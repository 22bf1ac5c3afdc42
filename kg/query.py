"""SPARQL over a built graph with Oxigraph, and the tables users ask for first."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.rdf import PREFIXES


class QueryError(Exception):
    """The query is not valid SPARQL, or the data cannot be loaded."""


@dataclass(frozen=True)
class Table:
    """SPARQL SELECT results: variable names and rows of plain strings (None when unbound).

    `terms` holds each cell as a SPARQL 1.1 JSON term (type uri/literal/bnode,
    datatype, xml:lang) when the table came from a query; `boolean` is set for ASK.
    """

    columns: list[str]
    rows: list[list[str | None]]
    terms: list[list[dict | None]] | None = None
    boolean: bool | None = None


def load_store(path: str | Path) -> ox.Store:
    path = Path(path)
    if not path.is_file():
        raise QueryError(f"{path}: no such graph file; run `kg build` first or pass --data")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    except (SyntaxError, ValueError, OSError) as error:
        raise QueryError(f"{path}: cannot load as Turtle: {error}") from error
    return store


def prefixed(query: str) -> str:
    """The query with kg's usual prefixes declared, unless it declares them itself."""
    declared = {m.lower() for m in re.findall(r"(?i)\bprefix\s+([\w-]*):", query)}
    header = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p not in declared)
    return header + query


def select(store: ox.Store, query: str) -> Table:
    try:
        results = store.query(prefixed(query))
    except SyntaxError as error:
        raise QueryError(f"invalid SPARQL: {error}") from error
    if isinstance(results, ox.QuerySolutions):
        columns = [v.value for v in results.variables]
        cells = [[solution[c] for c in columns] for solution in results]
        return Table(columns, [[_plain(term) for term in row] for row in cells], [[_json_term(term) for term in row] for row in cells])
    if isinstance(results, ox.QueryBoolean):
        return Table(["result"], [[str(bool(results)).lower()]], boolean=bool(results))
    raise QueryError("only SELECT and ASK queries print as a table; use CONSTRUCT from Python")


def _plain(term) -> str | None:
    if term is None:
        return None
    return term.value


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _json_term(term) -> dict | None:
    """A term as SPARQL 1.1 Query Results JSON writes it."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        if term.language:
            return {"type": "literal", "value": term.value, "xml:lang": term.language}
        if term.datatype.value != _XSD_STRING:
            return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
        return {"type": "literal", "value": term.value}
    return {"type": "literal", "value": str(term)}


USES_QUERY = """
SELECT ?model ?relation ?dataset (COUNT(DISTINCT ?paper) AS ?papers) (GROUP_CONCAT(DISTINCT ?title; separator=" | ") AS ?titles)
WHERE {
  ?m a kg:Model ; rdfs:label ?model ; ?p ?d .
  ?d a kg:Dataset ; rdfs:label ?dataset .
  FILTER(?p IN (kg:trainedOn, kg:evaluatedOn, kg:usesDataset))
  BIND(REPLACE(STR(?p), "^.*#", "") AS ?relation)
  ?ev rdf:subject ?m ; rdf:predicate ?p ; rdf:object ?d ; kg:inPaper ?pp .
  ?pp rdfs:label ?title .
  BIND(?pp AS ?paper)
  %FILTER%
}
GROUP BY ?model ?relation ?dataset
ORDER BY LCASE(?model) ?relation LCASE(?dataset)
"""


def uses(store: ox.Store, model: str | None = None, dataset: str | None = None) -> Table:
    """Models and the datasets they were trained or evaluated on, with the papers behind each pair.

    `model` and `dataset` match any label or alias, ignoring case.
    """
    filters = []
    for var, node, value in (("model", "?m", model), ("dataset", "?d", dataset)):
        if value:
            literal = json.dumps(value.lower())
            filters.append(
                f"FILTER EXISTS {{ {node} rdfs:label|skos:altLabel ?{var}Name . FILTER(CONTAINS(LCASE(STR(?{var}Name)), {literal})) }}"
            )
    return select(store, USES_QUERY.replace("%FILTER%", "\n  ".join(filters)))


def format_table(table: Table, style: str = "table") -> str:
    if style == "json":
        return json.dumps(_sparql_json(table), indent=2, ensure_ascii=False) + "\n"
    if style in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if style == "csv" else "\t", lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows([["" if v is None else v for v in row] for row in table.rows])
        return buffer.getvalue()
    return _aligned(table)


def _sparql_json(table: Table) -> dict:
    """SPARQL 1.1 Query Results JSON; a table built by hand (no terms) has literal cells."""
    if table.boolean is not None:
        return {"head": {}, "boolean": table.boolean}
    cells = table.terms or [[None if v is None else {"type": "literal", "value": v} for v in row] for row in table.rows]
    bindings = [{c: term for c, term in zip(table.columns, row) if term is not None} for row in cells]
    return {"head": {"vars": table.columns}, "results": {"bindings": bindings}}


def _aligned(table: Table, max_width: int = 60) -> str:
    def cell(value: str | None) -> str:
        text = "" if value is None else " ".join(value.split())
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    rows = [[cell(v) for v in row] for row in table.rows]
    widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(table.columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(table.columns, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
