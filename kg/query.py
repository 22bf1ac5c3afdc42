"""SPARQL over a built graph with Oxigraph, and the tables users ask for first."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import tempfile
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


# Marks a folder as a store kg wrote, so --store never replaces a folder of something else.
STORE_MARK = "kg-store.txt"


def write_store(turtle: str | Path, folder: str | Path) -> Path:
    """Bulk-load a built graph into an on-disk Oxigraph store in `folder`, replacing any earlier one.

    The new store is loaded beside the old one and swapped in only when it is
    complete, so an interrupted load leaves the previous store whole.
    """
    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()) and not (folder / STORE_MARK).is_file():
        raise QueryError(f"{folder}: exists and is not a kg store; choose an empty or new folder for --store")
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".tmp", dir=folder.parent))
        umask = os.umask(0)
        os.umask(umask)
        staging.chmod(0o777 & ~umask)  # mkdtemp makes it private; a store is as readable as the graph
    except OSError as error:
        raise QueryError(f"{folder}: cannot create the store ({error.strerror})") from error
    try:
        store = ox.Store(str(staging))
        store.bulk_load(path=str(turtle), format=ox.RdfFormat.TURTLE)
        store.optimize()
        store.flush()
        del store
        (staging / STORE_MARK).write_text(f"Oxigraph store of {Path(turtle).name}, written by kg build --store.\n", encoding="utf-8")
        retired = folder.with_name(f".{folder.name}.old")
        shutil.rmtree(retired, ignore_errors=True)
        if folder.exists():
            folder.rename(retired)
        staging.rename(folder)
        shutil.rmtree(retired, ignore_errors=True)
    except (SyntaxError, ValueError, OSError) as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise QueryError(f"{folder}: cannot write the store: {error}") from error
    return folder


def open_store(folder: str | Path) -> ox.Store:
    """A store written by `write_store`, opened read-only: no Turtle is parsed again."""
    folder = Path(folder)
    if not (folder / STORE_MARK).is_file():
        raise QueryError(f"{folder}: no kg store here; build one with `kg build --store {folder}`")
    try:
        return ox.Store.read_only(str(folder))
    except OSError as error:
        raise QueryError(f"{folder}: cannot open the store: {error}") from error


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


# The `uses` table as one SPARQL query, for users to adapt (`kg query`). `uses()`
# returns the same table but joins in Python: on an on-disk store of a million
# triples this query took 3 s, the split form below about 1 s.
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
}
GROUP BY ?model ?relation ?dataset
ORDER BY LCASE(?model) ?relation LCASE(?dataset)
"""

_USE_EVIDENCE = """
SELECT ?m ?p ?d ?paper WHERE {
  VALUES ?p { kg:trainedOn kg:evaluatedOn kg:usesDataset }
  ?ev rdf:predicate ?p ; rdf:subject ?m ; rdf:object ?d ; kg:inPaper ?paper .
}"""
_LABELS = "SELECT ?node ?label WHERE { ?node rdfs:label ?label }"
_OF_TYPE = "SELECT ?node WHERE {{ ?node a kg:{kind} }}"
_NAMES = "SELECT ?node ?name WHERE {{ ?node a kg:{kind} ; rdfs:label|skos:altLabel ?name }}"


def uses(store: ox.Store, model: str | None = None, dataset: str | None = None) -> Table:
    """Models and the datasets they were trained or evaluated on, with the papers behind each pair.

    `model` and `dataset` match any label or alias, ignoring case. The table
    is `USES_QUERY`'s (one row per model label, relation and dataset label),
    read from the evidence nodes (kg writes one for every model -> dataset
    triple), with titles sorted and rows in a fixed order.
    """
    labels: dict[str, list[str]] = {}
    for node, label in _rows(store, _LABELS):
        labels.setdefault(node, []).append(label)
    models = _nodes(store, "Model", model)
    datasets = _nodes(store, "Dataset", dataset)
    groups: dict[tuple[str, str, str], tuple[set[str], set[str]]] = {}
    for m, predicate, d, paper in _rows(store, _USE_EVIDENCE):
        if m not in models or d not in datasets or paper not in labels:
            continue
        relation = predicate.rsplit("#", 1)[-1]
        for model_label in labels.get(m, ()):
            for dataset_label in labels.get(d, ()):
                papers, titles = groups.setdefault((model_label, relation, dataset_label), (set(), set()))
                papers.add(paper)
                titles.update(labels[paper])
    order = sorted(groups, key=lambda k: (k[0].lower(), k[1], k[2].lower(), k[0], k[2]))
    rows: list[list[str | None]] = [[*key, str(len(groups[key][0])), " | ".join(sorted(groups[key][1]))] for key in order]
    return Table(["model", "relation", "dataset", "papers", "titles"], rows)


def _rows(store: ox.Store, query: str) -> list[tuple[str, ...]]:
    """Rows of a fixed internal SELECT as tuples of term values: the fast path for big results."""
    solutions = store.query(prefixed(query))
    if not isinstance(solutions, ox.QuerySolutions):
        raise TypeError(f"internal query is not a SELECT: {query}")
    return [tuple(term.value for term in solution) for solution in solutions]


def _nodes(store: ox.Store, kind: str, contains: str | None) -> set[str]:
    """Nodes of a class; with `contains`, only those whose label or alias contains it (any case)."""
    if not contains:
        return {node for (node,) in _rows(store, _OF_TYPE.format(kind=kind))}
    wanted = contains.lower()
    return {node for node, name in _rows(store, _NAMES.format(kind=kind)) if wanted in name.lower()}


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
