"""Score a built graph against gold annotations, as tests/data/ANNOTATION.md ("Scoring") defines.

The scorer reads a neutral `GraphView` (papers, typed entities with their
labels, paper-entity links, model-dataset pairs), so a networkx graph from
`kg.pipeline.build` and a Turtle file are scored by the same code and give
the same figures.

Rules, from the guideline:
- Per paper and type, the extracted entities are those of that type linked
  to the paper by a direct triple (either direction, any property). Labels
  are rdfs:label, skos:prefLabel and skos:altLabel.
- Names match after `normalise_name` (case and every non letter/digit
  ignored). Matching is one to one: entities in IRI order, each to the first
  unmatched gold item it fits. Required match: TP. Optional match: neutral.
  An entity fitting only already-matched items: FP (duplicate, optional
  items included). Fitting nothing: FP. Required item left unmatched: FN.
- Figures are micro-averaged over papers, per type and over the five types.
- Uses are a corpus-wide set: every direct triple between a Model node and
  a Dataset node is a predicted pair. A gold pair is found when some
  predicted pair matches both its ends; each distinct gold pair (by
  normalised model and dataset names) counts once, so a second predicted
  pair for a found gold pair (e.g. from a duplicate node) is neither TP nor FP.
  Gold pairs with an optional end are neutral, and so is a predicted pair
  whose model or dataset matches an optional gold item of a paper linked to
  both its ends. A predicted pair matching no gold pair otherwise is a FP.

Papers are matched gold <-> graph by `kg.corpus.normalise_title`. When only
a subset of gold papers is scored, a predicted pair counts when a scored
paper is linked to both its ends (pairs linked to no paper always count).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterable

import networkx as nx
import pyoxigraph as ox

from kg.corpus import normalise_title
from kg.namespaces import DEFAULT_BASE_IRI, KG
from kg.rdf import node_iri

ENTITY_TYPES = ("Model", "Dataset", "Modality", "AnatomicalStructure", "Task")
NODE_TYPES = ("Paper",) + ENTITY_TYPES
GOLD_FIELDS = {"Model": "models", "Dataset": "datasets", "Modality": "modalities", "AnatomicalStructure": "anatomy", "Task": "tasks"}
SUBSETS = ("all", "dev", "heldout")
HELDOUT_PERCENT = 25
# Salt of the split hash; fixed once (chosen only so the seed set's held-out share is near 25%). Never change
# it after looking at scores: papers would move between the sets.
HELDOUT_SALT = "heldout:"
DUPLICATE = "duplicate"
NO_GOLD_MATCH = "no gold match"
NO_PAPER = "(linked to no paper)"

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABEL_PREDICATES = (
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2004/02/skos/core#altLabel",
)


class EvaluationError(Exception):
    """The gold file or the graph cannot be scored; the message names the file (and line)."""


def normalise_name(text: str) -> str:
    """The guideline's name key: case and every character that is not a letter or digit ignored.

    NFC first, so the same text in composed or decomposed Unicode gets one key.
    """
    return "".join(ch for ch in unicodedata.normalize("NFC", text).casefold() if ch.isalnum())


def _keys(names: Iterable[str]) -> frozenset[str]:
    return frozenset(key for key in map(normalise_name, names) if key)


# ---------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldItem:
    name: str
    aliases: tuple[str, ...] = ()
    optional: bool = False
    introduced: bool = False

    @cached_property
    def keys(self) -> frozenset[str]:
        return _keys((self.name, *self.aliases))


@dataclass(frozen=True)
class GoldUse:
    model: GoldItem
    dataset: GoldItem

    @property
    def optional(self) -> bool:
        return self.model.optional or self.dataset.optional


@dataclass(frozen=True)
class GoldPaper:
    title: str
    line: int
    items: dict[str, tuple[GoldItem, ...]]  # entity type -> items, in file order
    uses: tuple[GoldUse, ...]

    @property
    def key(self) -> str:
        return normalise_title(self.title)


def read_gold(path: str | Path) -> list[GoldPaper]:
    """Gold papers of a JSON Lines file, validated; errors name file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise EvaluationError(f"{path}: cannot read gold file ({reason})") from error
    papers: list[GoldPaper] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as error:
            raise EvaluationError(f"{where}: not valid JSON ({error.msg} at column {error.colno})") from error
        paper = _gold_paper(record, number, where)
        if paper.key in seen:
            raise EvaluationError(f"{where}: same title as line {seen[paper.key]}: {paper.title!r}")
        seen[paper.key] = number
        papers.append(paper)
    if not papers:
        raise EvaluationError(f"{path}: no gold papers (expected one JSON object a line)")
    return papers


def _gold_paper(record: object, number: int, where: str) -> GoldPaper:
    if not isinstance(record, dict):
        raise EvaluationError(f"{where}: expected a JSON object, got {type(record).__name__}")
    title = record.get("title")
    if not isinstance(title, str) or not normalise_title(title):
        raise EvaluationError(f"{where}: 'title' must be a non-empty string")
    items: dict[str, tuple[GoldItem, ...]] = {}
    for type_, key in GOLD_FIELDS.items():
        items[type_] = tuple(_gold_item(entry, f"{where}: {key}[{i}]") for i, entry in enumerate(_list(record, key, where)))
    uses = tuple(_gold_use(entry, items, f"{where}: uses[{i}]") for i, entry in enumerate(_list(record, "uses", where)))
    return GoldPaper(title=title, line=number, items=items, uses=uses)


def _list(record: dict, key: str, where: str) -> list:
    value = record.get(key)
    if not isinstance(value, list):
        raise EvaluationError(f"{where}: '{key}' must be a list")
    return value


def _gold_item(entry: object, where: str) -> GoldItem:
    if not isinstance(entry, dict):
        raise EvaluationError(f"{where}: expected an object with 'name'")
    name, aliases = entry.get("name"), entry.get("aliases", [])
    if not isinstance(name, str) or not normalise_name(name):
        raise EvaluationError(f"{where}: 'name' must contain a letter or digit")
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise EvaluationError(f"{where}: 'aliases' must be a list of strings")
    flags = {flag: entry.get(flag, False) for flag in ("optional", "introduced")}
    for flag, value in flags.items():
        if not isinstance(value, bool):
            raise EvaluationError(f"{where}: '{flag}' must be true or false")
    return GoldItem(name=name, aliases=tuple(aliases), **flags)


def _gold_use(entry: object, items: dict[str, tuple[GoldItem, ...]], where: str) -> GoldUse:
    if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) for k in ("model", "dataset")):
        raise EvaluationError(f"{where}: expected an object with 'model' and 'dataset' names")
    ends = []
    for end, type_ in (("model", "Model"), ("dataset", "Dataset")):
        item = _find_item(entry[end], items[type_])
        if item is None:
            raise EvaluationError(f"{where}: {end} {entry[end]!r} is not among this paper's {GOLD_FIELDS[type_]}")
        ends.append(item)
    return GoldUse(*ends)


def _find_item(name: str, items: tuple[GoldItem, ...]) -> GoldItem | None:
    """The item a uses-name refers to: by its name first, else by an alias."""
    key = normalise_name(name)
    by_name = [item for item in items if normalise_name(item.name) == key]
    by_alias = [item for item in items if key in item.keys]
    return next(iter(by_name or by_alias), None)


# ---------------------------------------------------------------- dev / held-out split


def is_heldout(title: str) -> bool:
    """Deterministic ~25% held-out set: a hash of the normalised title, stable across runs and machines."""
    digest = hashlib.sha256((HELDOUT_SALT + normalise_title(title)).encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % 100 < HELDOUT_PERCENT


def split(papers: Iterable[GoldPaper]) -> tuple[list[GoldPaper], list[GoldPaper]]:
    """(dev, held-out) partition of gold papers."""
    dev: list[GoldPaper] = []
    heldout: list[GoldPaper] = []
    for paper in papers:
        (heldout if is_heldout(paper.title) else dev).append(paper)
    return dev, heldout


def select_subset(papers: list[GoldPaper], subset: str) -> list[GoldPaper]:
    if subset not in SUBSETS:
        raise EvaluationError(f"unknown subset {subset!r}; expected one of {', '.join(SUBSETS)}")
    if subset == "all":
        return list(papers)
    dev, heldout = split(papers)
    return dev if subset == "dev" else heldout


# ---------------------------------------------------------------- graph view


@dataclass(frozen=True)
class GraphEntity:
    iri: str
    type: str
    label: str  # for display: the rdfs:label
    labels: frozenset[str]  # rdfs:label, skos:prefLabel, skos:altLabel

    @cached_property
    def keys(self) -> frozenset[str]:
        return _keys(self.labels)


@dataclass
class GraphView:
    """What the scorer reads from a graph, whichever form it came in."""

    papers: dict[str, str] = field(default_factory=dict)  # paper IRI -> title
    entities: dict[str, GraphEntity] = field(default_factory=dict)  # IRI -> entity of the five types
    links: dict[str, set[str]] = field(default_factory=dict)  # paper IRI -> entity IRIs with a direct triple
    pairs: set[tuple[str, str]] = field(default_factory=set)  # (model IRI, dataset IRI) with a direct triple


def view_of_networkx(graph: nx.MultiDiGraph, base_iri: str = DEFAULT_BASE_IRI) -> GraphView:
    """View of a `kg.pipeline.build` graph; labels as `kg.rdf` exports them (label, aliases)."""
    types: dict[str, str] = {}
    labels: dict[str, set[str]] = {}
    main_labels: dict[str, str] = {}
    for node, data in graph.nodes(data=True):
        iri = str(node_iri(node, base_iri))
        types[iri] = data["type"]
        labels[iri] = {data["label"], *data.get("aliases", ())}
        main_labels[iri] = data["label"]
    edges = ((str(node_iri(s, base_iri)), str(node_iri(o, base_iri))) for s, o in graph.edges())
    return _view(types, labels, main_labels, edges)


def view_of_turtle(path: str | Path) -> GraphView:
    """View of a Turtle file, read with pyoxigraph (fast enough for millions of triples)."""
    path = Path(path)
    types: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, set[str]] = defaultdict(set)
    main_labels: dict[str, set[str]] = defaultdict(set)  # rdfs:label values only
    edges: list[tuple[str, str]] = []
    class_iris = {str(KG[name]): name for name in NODE_TYPES}
    try:
        for triple in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            subject, predicate, obj = triple.subject, triple.predicate.value, triple.object
            if not isinstance(subject, ox.NamedNode):
                continue
            if predicate == _RDF_TYPE:
                if obj.value in class_iris:
                    types[subject.value].add(class_iris[obj.value])
            elif predicate in _LABEL_PREDICATES and isinstance(obj, ox.Literal):
                labels[subject.value].add(obj.value)
                if predicate == _LABEL_PREDICATES[0]:
                    main_labels[subject.value].add(obj.value)
            elif isinstance(obj, ox.NamedNode):
                edges.append((subject.value, obj.value))
    except FileNotFoundError as error:
        raise EvaluationError(f"{path}: no such graph file; run `kg build` first") from error
    except (SyntaxError, ValueError, OSError) as error:
        raise EvaluationError(f"{path}: cannot read as Turtle: {error}") from error
    single: dict[str, str] = {}
    for iri, classes in types.items():
        if len(classes) > 1:
            raise EvaluationError(f"{path}: <{iri}> has more than one kg node type: {', '.join(sorted(classes))}")
        single[iri] = next(iter(classes))
    shown = {iri: min(main_labels[iri] or labels[iri], default="") for iri in single}
    return _view(single, labels, shown, edges)


def _view(types: dict[str, str], labels: dict[str, set[str]], shown: dict[str, str], edges: Iterable[tuple[str, str]]) -> GraphView:
    """`shown`: each node's rdfs:label (a paper's title)."""
    view = GraphView()
    for iri, type_ in types.items():
        if type_ == "Paper":
            view.papers[iri] = shown[iri]
        elif type_ in ENTITY_TYPES:
            view.entities[iri] = GraphEntity(iri=iri, type=type_, label=shown[iri] or iri, labels=frozenset(labels.get(iri, ())))
    for iri in view.papers:
        view.links[iri] = set()
    for a, b in edges:
        for paper, other in ((a, b), (b, a)):
            if paper in view.papers and other in view.entities:
                view.links[paper].add(other)
        ends = {types.get(a): a, types.get(b): b}
        if set(ends) == {"Model", "Dataset"}:
            view.pairs.add((ends["Model"], ends["Dataset"]))
    return view


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 0.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 0.0 when nothing was required."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class MissedItem:
    type: str
    name: str
    paper: str


@dataclass(frozen=True)
class WrongEntity:
    type: str
    label: str
    iri: str
    paper: str
    reason: str  # DUPLICATE or NO_GOLD_MATCH


@dataclass(frozen=True)
class MissedPair:
    model: str
    dataset: str
    papers: tuple[str, ...]


@dataclass(frozen=True)
class WrongPair:
    model: str
    dataset: str
    model_iri: str
    dataset_iri: str
    papers: tuple[str, ...]  # scored papers linked to both ends


@dataclass(frozen=True)
class PaperResult:
    title: str
    in_graph: bool
    counts: dict[str, Counts]
    missed: tuple[MissedItem, ...]
    wrong: tuple[WrongEntity, ...]


@dataclass(frozen=True)
class Evaluation:
    papers: tuple[PaperResult, ...]
    per_type: dict[str, Counts]
    entities: Counts
    uses: Counts
    missed_pairs: tuple[MissedPair, ...]
    wrong_pairs: tuple[WrongPair, ...]
    duplicate_nodes: tuple[str, ...]  # IRIs that were a second entity for one gold item in some paper

    @property
    def papers_not_in_graph(self) -> tuple[str, ...]:
        return tuple(p.title for p in self.papers if not p.in_graph)

    def as_dict(self) -> dict:
        return {
            "papers": len(self.papers),
            "papers_not_in_graph": list(self.papers_not_in_graph),
            "per_type": {t: c.as_dict() for t, c in self.per_type.items()},
            "entities": self.entities.as_dict(),
            "uses": self.uses.as_dict(),
            "duplicate_nodes": list(self.duplicate_nodes),
            "missed": [asdict(m) for p in self.papers for m in p.missed],
            "wrong": [asdict(w) for p in self.papers for w in p.wrong],
            "missed_pairs": [asdict(m) for m in self.missed_pairs],
            "wrong_pairs": [asdict(w) for w in self.wrong_pairs],
        }


# ---------------------------------------------------------------- scoring


def evaluate(gold: list[GoldPaper], view: GraphView) -> Evaluation:
    """Score the graph view against these gold papers (all of them, or a subset)."""
    graph_papers: dict[str, list[str]] = defaultdict(list)
    for iri, title in view.papers.items():
        graph_papers[normalise_title(title)].append(iri)
    results = []
    scored_iris: dict[str, GoldPaper] = {}
    for paper in gold:
        iris = graph_papers.get(paper.key, [])
        for iri in iris:
            scored_iris[iri] = paper
        linked = sorted(set().union(*(view.links[i] for i in iris)))
        results.append(_score_paper(paper, bool(iris), [view.entities[i] for i in linked]))
    per_type = {t: sum((r.counts[t] for r in results), Counts()) for t in ENTITY_TYPES}
    uses, missed_pairs, wrong_pairs = _score_uses(gold, view, scored_iris)
    duplicates = sorted({w.iri for r in results for w in r.wrong if w.reason == DUPLICATE})
    return Evaluation(
        papers=tuple(results),
        per_type=per_type,
        entities=sum(per_type.values(), Counts()),
        uses=uses,
        missed_pairs=missed_pairs,
        wrong_pairs=wrong_pairs,
        duplicate_nodes=tuple(duplicates),
    )


def _score_paper(paper: GoldPaper, in_graph: bool, entities: list[GraphEntity]) -> PaperResult:
    """One paper, every type: `entities` must be in IRI order (the guideline's matching order)."""
    counts: dict[str, Counts] = {}
    missed: list[MissedItem] = []
    wrong: list[WrongEntity] = []
    for type_ in ENTITY_TYPES:
        items = paper.items[type_]
        item_keys = [item.keys for item in items]
        matched = [False] * len(items)
        tp = fp = 0
        for entity in (e for e in entities if e.type == type_):
            fits = [i for i, keys in enumerate(item_keys) if keys & entity.keys]
            free = [i for i in fits if not matched[i]]
            if free:
                matched[free[0]] = True
                tp += not items[free[0]].optional
            else:
                fp += 1
                wrong.append(WrongEntity(type_, entity.label, entity.iri, paper.title, DUPLICATE if fits else NO_GOLD_MATCH))
        left = [item for item, done in zip(items, matched) if not done and not item.optional]
        missed.extend(MissedItem(type_, item.name, paper.title) for item in left)
        counts[type_] = Counts(tp=tp, fp=fp, fn=len(left))
    return PaperResult(paper.title, in_graph, counts, tuple(missed), tuple(wrong))


@dataclass
class _GoldPair:
    """One distinct gold pair (by normalised names) and every paper that states it."""

    model: str
    dataset: str
    model_keys: set[str]
    dataset_keys: set[str]
    optional: bool
    papers: list[str]


def _score_uses(gold: list[GoldPaper], view: GraphView, scored_iris: dict[str, GoldPaper]) -> tuple[Counts, tuple[MissedPair, ...], tuple[WrongPair, ...]]:
    pairs: dict[tuple[str, str], _GoldPair] = {}
    for paper in gold:
        for use in paper.uses:
            key = (normalise_name(use.model.name), normalise_name(use.dataset.name))
            entry = pairs.setdefault(key, _GoldPair(use.model.name, use.dataset.name, set(), set(), True, []))
            entry.model_keys |= use.model.keys
            entry.dataset_keys |= use.dataset.keys
            entry.optional = entry.optional and use.optional  # required anywhere: required
            entry.papers.append(paper.title)
    linked_papers: dict[str, set[str]] = defaultdict(set)
    for paper_iri, entity_iris in view.links.items():
        for iri in entity_iris:
            linked_papers[iri].add(paper_iri)
    found: set[tuple[str, str]] = set()
    wrong: list[WrongPair] = []
    for model_iri, dataset_iri in sorted(view.pairs):
        both = linked_papers[model_iri] & linked_papers[dataset_iri]
        context = [scored_iris[iri] for iri in sorted(both) if iri in scored_iris]
        if both and not context:
            continue  # a pair of papers outside the scored subset
        model, dataset = view.entities[model_iri], view.entities[dataset_iri]
        hits = [key for key, g in pairs.items() if model.keys & g.model_keys and dataset.keys & g.dataset_keys]
        found.update(hits)
        if not hits and not any(_optional_end(p, model, dataset) for p in context):
            titles = tuple(dict.fromkeys(p.title for p in context))
            wrong.append(WrongPair(model.label, dataset.label, model_iri, dataset_iri, titles))
    required = [key for key, g in pairs.items() if not g.optional]
    missed = tuple(MissedPair(pairs[k].model, pairs[k].dataset, tuple(pairs[k].papers)) for k in required if k not in found)
    tp = sum(1 for k in required if k in found)
    return Counts(tp=tp, fp=len(wrong), fn=len(missed)), missed, tuple(wrong)


def _optional_end(paper: GoldPaper, model: GraphEntity, dataset: GraphEntity) -> bool:
    return any(i.optional and i.keys & model.keys for i in paper.items["Model"]) or any(
        i.optional and i.keys & dataset.keys for i in paper.items["Dataset"]
    )


# ---------------------------------------------------------------- report


@dataclass(frozen=True)
class ErrorCount:
    """One error text aggregated over papers: how often, and where."""

    text: str
    count: int
    papers: tuple[str, ...]


def top_errors(evaluation: Evaluation, limit: int) -> tuple[dict[str, list[ErrorCount]], dict[str, list[ErrorCount]]]:
    """(missed, wrong) by type, most frequent first: what to fix next. Uses pairs under "uses"."""
    missed: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    wrong: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for paper in evaluation.papers:
        for m in paper.missed:
            missed[m.type][m.name].append(m.paper)
        for w in paper.wrong:
            wrong[w.type][f"{w.label} ({w.reason})"].append(w.paper)
    for mp in evaluation.missed_pairs:
        missed["uses"][f"{mp.model} -> {mp.dataset}"].extend(mp.papers)
    for wp in evaluation.wrong_pairs:
        wrong["uses"][f"{wp.model} -> {wp.dataset}"].extend(wp.papers or [NO_PAPER])
    return _ranked(missed, limit), _ranked(wrong, limit)


def _ranked(groups: dict[str, dict[str, list[str]]], limit: int) -> dict[str, list[ErrorCount]]:
    order = [*ENTITY_TYPES, "uses"]
    ranked = {}
    for type_ in order:
        entries = [ErrorCount(text, len(papers), tuple(papers)) for text, papers in groups.get(type_, {}).items()]
        entries.sort(key=lambda e: (-e.count, normalise_name(e.text), e.text))
        if entries and limit > 0:
            ranked[type_] = entries[:limit]
    return ranked


def format_report(evaluation: Evaluation, limit: int, heading: str = "") -> str:
    """The plain-text report `kg eval` prints: figures, then the top `limit` errors by type."""
    lines = [heading] if heading else []
    lines.append(f"{'':<20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    rows = [(t, c) for t, c in evaluation.per_type.items()] + [("entities (micro)", evaluation.entities), ("uses pairs", evaluation.uses)]
    for name, c in rows:
        lines.append(f"{name:<20} {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f} {c.tp:>5} {c.fp:>5} {c.fn:>5}")
    lines.append(f"Duplicate entity nodes: {len(evaluation.duplicate_nodes)}")
    if evaluation.papers_not_in_graph:
        lines.append(f"Gold papers not found in the graph: {len(evaluation.papers_not_in_graph)}")
        lines.extend(f"  {title}" for title in evaluation.papers_not_in_graph[:limit])
    missed, wrong = top_errors(evaluation, limit)
    for heading_, groups in ((f"Top {limit} missed (required gold items not found)", missed), (f"Top {limit} wrong (false positives)", wrong)):
        if not groups:
            continue
        lines.append("")
        lines.append(heading_ + ", by type:")
        for type_, entries in groups.items():
            lines.append(f"  {type_}:")
            for entry in entries:
                lines.append(f"    {entry.count:>3} x {entry.text}   e.g. {_short(entry.papers[0])}")
    return "\n".join(lines) + "\n"


def _short(title: str, width: int = 60) -> str:
    return title if len(title) <= width else title[: width - 1] + "…"


def format_json(evaluation: Evaluation, subset: str) -> str:
    return json.dumps({"subset": subset, **evaluation.as_dict()}, indent=2, ensure_ascii=False) + "\n"
