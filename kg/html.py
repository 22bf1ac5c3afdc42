"""Render the graph as one self-contained, offline, interactive HTML page.

pyvis holds the vis-network nodes, edges and options and supplies the
vis-network build it ships; the page itself comes from kg/templates because
every pyvis template mode links Bootstrap or vis from a CDN and writes some
data unescaped. Layout is computed here, with physics off in the browser, so
the page is still the moment it is drawn. All graph data travels as one JSON
document inside <script type="application/json"> with `<`, `>`, `&`, U+2028
and U+2029 escaped; the page script builds every piece of DOM that shows
paper text with textContent, and vis shows string tooltips as innerText.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from operator import attrgetter
from pathlib import Path
from typing import Any, Iterable

import networkx as nx
from jinja2 import Environment, PackageLoader
from markupsafe import Markup

from kg.graph import counts_by_type

# Above this many nodes the page shows the most connected ones only (papers dropped first).
DEFAULT_MAX_NODES = 3000
# Above this many links among the nodes shown, the page draws those found in the most papers: at
# 20,000 papers the 3,000 nodes shown had 91,000 links, which Chromium took 7 s to draw.
DEFAULT_MAX_LINKS = 20_000
# Nodes laid out by force-directed placement; the rest are placed around their best-connected neighbour.
DEFAULT_LAYOUT_CORE = 400
# Above this many edges, vis hides edges while dragging or zooming to stay responsive.
_HIDE_EDGES_ON_MOVE_ABOVE = 2000
_LAYOUT_SEED = 7
_SPACING = 60.0  # pixels per sqrt(node) of a spring-laid core
_MARGIN = 70.0  # pixels around each packed component, room for its labels
_LABEL_CHARS = {"Paper": 28}
_DEFAULT_LABEL_CHARS = 32
_TITLE_CHARS = 300
_VIS_DIR = ("lib", "vis-9.1.2")
# Evidence sentences the page embeds per link; graph.ttl keeps them all, and the panel says when some were cut.
PAGE_EVIDENCE_PER_LINK = 3
# Papers the models-datasets table names per pair (it counts them all).
PAGE_PAPERS_PER_PAIR = 10
# Relations shown in the models-datasets table.
_USE_RELATIONS = ("trainedOn", "evaluatedOn", "usesDataset")


@dataclass(frozen=True)
class TypeStyle:
    colour: str
    border: str
    shape: str  # vis-network shape with its label below it
    symbol: str  # the legend glyph for that shape


@dataclass(frozen=True)
class RelationStyle:
    colour: str
    line: str  # solid | dashed | dotted


# Legend order: entities first, papers last.
TYPE_STYLES = {
    "Model": TypeStyle("#1f77b4", "#15507f", "dot", "\u25cf"),
    "Dataset": TypeStyle("#ff7f0e", "#b35600", "diamond", "\u25c6"),
    "Modality": TypeStyle("#2ca02c", "#1b6b1b", "triangle", "\u25b2"),
    "AnatomicalStructure": TypeStyle("#d62728", "#8f1a1b", "hexagon", "\u2b22"),
    "Task": TypeStyle("#9467bd", "#5f3f80", "star", "\u2605"),
    "Paper": TypeStyle("#a8a8a8", "#6f6f6f", "square", "\u25a0"),
}
_PLURALS = {
    "Model": "models",
    "Dataset": "datasets",
    "Modality": "modalities",
    "AnatomicalStructure": "anatomical structures",
    "Task": "tasks",
    "Paper": "papers",
}
_OTHER_TYPE = TypeStyle("#17becf", "#0f7f8a", "dot", "\u25cf")

RELATION_STYLES = {
    "introduces": RelationStyle("#1f77b4", "solid"),
    "mentions": RelationStyle("#c8c8c8", "solid"),
    "trainedOn": RelationStyle("#e6550d", "solid"),
    "evaluatedOn": RelationStyle("#e6550d", "dashed"),
    "usesDataset": RelationStyle("#fd8d3c", "dotted"),
    "basedOn": RelationStyle("#393b79", "dashed"),
    "derivedFrom": RelationStyle("#8c6d31", "dashed"),
    "hasModality": RelationStyle("#74c476", "solid"),
    "targetsAnatomy": RelationStyle("#e7969c", "solid"),
    "addressesTask": RelationStyle("#b5a4d6", "solid"),
}
_OTHER_RELATION = RelationStyle("#969696", "solid")
_DASHES: dict[str, bool | list[int]] = {"solid": False, "dashed": [8, 5], "dotted": [2, 4]}

_JSON_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


@dataclass(frozen=True)
class View:
    """The part of the graph the page draws, and what was left out to keep it fast."""

    graph: nx.MultiDiGraph  # the drawn nodes and the edges between them
    full: nx.MultiDiGraph
    omitted: dict[str, int]  # type -> nodes left out
    degree: dict[str, int]  # drawn node -> its links in the full graph
    links_omitted: int = 0  # links between drawn nodes that are not drawn

    def links(self) -> list[tuple[str, str, str, dict[str, Any]]]:
        """The links the side panel explains, sorted, with their attributes: the drawn edges (every
        edge when the whole graph is drawn; in a reduced view, links to left-out nodes are counted)."""
        return sorted(self.graph.edges(keys=True, data=True), key=lambda link: link[:3])

    def hidden_links(self) -> dict[str, dict[str, int]]:
        """Drawn node -> its links that are not drawn (to nodes left out, or cut by the link cap),
        counted by relation (sorted); nodes with none are absent. One pass over the edges, not one
        per drawn node."""
        counts: dict[str, dict[str, int]] = {}
        if not self.omitted and not self.links_omitted:
            return counts
        # plain sets: networkx's `in` and has_edge cost a Python call each, over every edge of the graph
        drawn = set(self.graph)
        drawn_links = set(self.graph.edges(keys=True)) if self.links_omitted else None
        for u, targets in self.full.adjacency():  # the graph's own dicts: its edge view costs a call an edge
            from_drawn = u in drawn
            for v, relations in targets.items():
                to_drawn = v in drawn
                if from_drawn and to_drawn:
                    if drawn_links is None:
                        continue
                    for relation in relations:
                        if (u, v, relation) not in drawn_links:
                            for end in (u, v):
                                node = counts.setdefault(end, {})
                                node[relation] = node.get(relation, 0) + 1
                elif from_drawn or to_drawn:
                    node = counts.setdefault(u if from_drawn else v, {})
                    for relation in relations:
                        node[relation] = node.get(relation, 0) + 1
        return {node: dict(sorted(relations.items())) for node, relations in counts.items()}


def render_page(
    graph: nx.MultiDiGraph,
    *,
    max_nodes: int = DEFAULT_MAX_NODES,
    max_links: int = DEFAULT_MAX_LINKS,
    layout_core: int = DEFAULT_LAYOUT_CORE,
) -> str:
    """The whole page as a string, byte-identical for the same graph and parameters.

    Graphs above `max_nodes` are cut to their most connected nodes (papers go
    first), and the links among those to the `max_links` found in the most
    papers; the page says what it left out. `layout_core` bounds the
    force-directed part of the layout, whose cost grows with its square.
    """
    for name, value in (("max_nodes", max_nodes), ("max_links", max_links), ("layout_core", layout_core)):
        if value < 1:
            raise ValueError(f"{name} must be at least 1, got {value}")
    view = reduce_graph(graph, max_nodes, max_links)
    positions = layout(view.graph, view.degree, layout_core)
    links = view.links()
    counts, relations = counts_by_type(view.graph)
    network = _network(view.graph, view.degree, positions, len(links))
    data = _page_data(view, links, network, counts, relations)
    env = Environment(loader=PackageLoader("kg", "templates"), autoescape=True, keep_trailing_newline=True)
    return env.get_template("page.html.j2").render(
        data_json=Markup(to_script_json(data)),
        vis_js=Markup(_inline_asset(_vis_path(network) / "vis-network.min.js", "script")),
        vis_css=Markup(_inline_asset(_vis_path(network) / "vis-network.css", "style")),
        page_js=Markup(_inline_asset(resources.files("kg") / "templates" / "page.js", "script")),
        page_css=Markup(_inline_asset(resources.files("kg") / "templates" / "page.css", "style")),
        papers=f"{counts.get('Paper', 0):,}",
        entities=f"{sum(n for t, n in counts.items() if t != 'Paper'):,}",
        links=f"{len(links):,}",
        shown=f"{view.graph.number_of_nodes():,}",
        total=f"{view.full.number_of_nodes():,}",
        omitted=[
            f"{count:,} {_PLURALS.get(kind, kind)}"
            for kind, count in sorted(view.omitted.items(), key=lambda item: _type_order(item[0]))
        ],
        max_nodes=f"{max_nodes:,}",
        links_omitted=f"{view.links_omitted:,}" if view.links_omitted else "",
        max_links=f"{max_links:,}",
    )


def to_script_json(value: Any) -> str:
    """JSON that can sit inside a <script> element: no `</script>`, no `<!--`, no line separators."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for char, escape in _JSON_ESCAPES:  # str.replace: several times faster than str.translate here
        text = text.replace(char, escape)
    return text


def reduce_graph(graph: nx.MultiDiGraph, max_nodes: int, max_links: int = DEFAULT_MAX_LINKS) -> View:
    """Keep the `max_nodes` best-connected nodes, entities before papers; ties broken by id. Of the
    links among them, keep the `max_links` found in the most papers (ties: by subject, object, relation).

    The view is built in sorted order (nodes, then edges by subject, object and
    relation), so it does not depend on the order the graph was built in. Only
    the kept nodes' own edges are read: at 20,000 papers sorting every edge of
    the graph cost more than the rest of the page.
    """
    # adjacency() hands out the graph's own dicts: read through graph.succ or graph.degree(), every
    # lookup made a view (a third of the page at 20,000 papers)
    succ = dict(graph.adjacency())
    types, degree = dict(graph.nodes(data="type")), _degrees(succ)
    ranked = sorted(graph.nodes, key=lambda n: (types[n] == "Paper", -degree[n], n))
    kept = sorted(ranked[:max_nodes])
    omitted: dict[str, int] = {}
    for node in ranked[max_nodes:]:
        omitted[types[node]] = omitted.get(types[node], 0) + 1
    view: nx.MultiDiGraph = nx.MultiDiGraph()
    for node in kept:
        view.add_node(node, **graph.nodes[node])
    drawn = set(kept)
    links = [(u, v, key) for u in kept for v in sorted(v for v in succ[u] if v in drawn) for key in _sorted_keys(succ[u][v])]
    omitted_links = len(links) - max_links
    if omitted_links > 0:
        papers = {link: len(set(map(_PAPER_OF, succ[link[0]][link[1]][link[2]].get("evidence", ())))) for link in links}
        chosen = set(sorted(links, key=lambda link: (-papers[link], link))[:max_links])
        links = [link for link in links if link in chosen]
    for u, v, key in links:
        view.add_edge(u, v, key=key, **succ[u][v][key])
    return View(view, graph, omitted, {node: degree[node] for node in kept}, max(0, omitted_links))


_PAPER_OF = attrgetter("paper")


def _degrees(succ: dict[str, dict[str, dict[str, Any]]]) -> dict[str, int]:
    """Each node's links in and out (as graph.degree() counts them, a self-loop twice), from the adjacency dicts."""
    degree = dict.fromkeys(succ, 0)
    for u, targets in succ.items():
        for v, keys in targets.items():
            degree[u] += len(keys)
            degree[v] += len(keys)
    return degree


def _sorted_keys(keys: dict[str, Any]) -> Iterable[str]:
    return keys if len(keys) == 1 else sorted(keys)  # most pairs of nodes have one link


def layout(graph: nx.MultiDiGraph, degree: dict[str, int], core_size: int) -> dict[str, tuple[int, int]]:
    """Pixel positions, one connected component at a time, packed in rows biggest first so
    the fitted view is not mostly empty space between small clusters."""
    simple: nx.Graph = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes))
    simple.add_edges_from(sorted((u, v) if u < v else (v, u) for u, v in graph.edges() if u != v))
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    boxes = []
    for component in components:
        # one component of everything (usual for big graphs) needs no ordered copy: simple is one
        ordered = simple if len(component) == len(simple) else _ordered_subgraph(simple, component)
        placed = _layout_component(ordered, degree, core_size)
        left = min(x for x, _ in placed.values()) - _MARGIN
        top = min(y for _, y in placed.values()) - _MARGIN
        width = max(x for x, _ in placed.values()) + _MARGIN - left
        height = max(y for _, y in placed.values()) + _MARGIN - top
        boxes.append(({n: (x - left, y - top) for n, (x, y) in placed.items()}, width, height))
    row_limit = max([w for _, w, _ in boxes] + [1.4 * math.sqrt(sum(w * h for _, w, h in boxes))])
    positions: dict[str, tuple[int, int]] = {}
    x = y = row_height = 0.0
    for placed, width, height in boxes:
        if x > 0 and x + width > row_limit:
            x, y, row_height = 0.0, y + row_height, 0.0
        positions.update({n: (round(x + px), round(y + py)) for n, (px, py) in placed.items()})
        x += width
        row_height = max(row_height, height)
    return positions


def _ordered_subgraph(graph: nx.Graph, nodes: Iterable[str]) -> nx.Graph:
    """A copy with sorted nodes and edges: networkx subgraph views may iterate a set, whose
    order changes with PYTHONHASHSEED, and the layout must not."""
    chosen = set(nodes)
    sub: nx.Graph = nx.Graph()
    sub.add_nodes_from(sorted(chosen))
    sub.add_edges_from(sorted((u, v) for u, v in graph.edges(chosen) if u in chosen and v in chosen))
    return sub


def _layout_component(component: nx.Graph, degree: dict[str, int], core_size: int) -> dict[str, tuple[float, float]]:
    """A seeded spring layout of the `core_size` best-connected nodes, then every other node on a
    golden-angle spiral around its best-connected placed neighbour, breadth-first from the core.
    Costs O(core^2) + O(n + m), so big graphs lay out in about the time of a small one."""
    ranked = sorted(component.nodes, key=lambda n: (-degree[n], n))
    core = _ordered_subgraph(component, ranked[:core_size])
    spring = nx.spring_layout(core, seed=_LAYOUT_SEED, scale=_SPACING * math.sqrt(len(core)))
    placed: dict[str, tuple[float, float]] = {n: (float(p[0]), float(p[1])) for n, p in spring.items()}
    satellites: dict[str, int] = {}
    frontier = sorted(placed, key=lambda n: (-degree[n], n))
    while frontier:
        next_frontier: list[str] = []
        for anchor in frontier:
            for node in sorted(component.adj[anchor], key=lambda n: (-degree[n], n)):
                if node not in placed:
                    placed[node] = _spiral(placed[anchor], satellites.get(anchor, 0), degree[anchor])
                    satellites[anchor] = satellites.get(anchor, 0) + 1
                    next_frontier.append(node)
        frontier = next_frontier
    return placed


def _spiral(centre: tuple[float, float], index: int, anchor_degree: int) -> tuple[float, float]:
    golden = math.pi * (3.0 - math.sqrt(5.0))
    radius = 45.0 + 3.0 * math.sqrt(anchor_degree) + 20.0 * math.sqrt(index)
    angle = golden * index
    return centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)


def _network(graph: nx.MultiDiGraph, degree: dict[str, int], positions: dict[str, tuple[int, int]], links: int) -> Any:
    """The pyvis Network: the nodes and options. Edges reach the page as compact rows in the data
    (page.js makes the vis edges): a vis object each was nine tenths of a 44 MB page at 20,000 papers."""
    # Imported here: pyvis pulls in IPython (about half a second), which `kg query` never needs.
    from pyvis.network import Network  # type: ignore[import-untyped]

    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    net.nodes = [_vis_node(node, attrs, degree[node], positions[node]) for node, attrs in graph.nodes(data=True)]
    net.set_options(json.dumps(_options(graph, links)))
    return net


def _vis_node(node: str, attrs: dict[str, Any], degree: int, position: tuple[int, int]) -> dict[str, Any]:
    kind = attrs["type"]
    label = attrs["label"]
    lines = [_clip(label, _TITLE_CHARS), f"{kind} \u00b7 {degree} link{'s' if degree != 1 else ''}"]
    if attrs.get("aliases"):
        lines.append(_clip("also: " + ", ".join(attrs["aliases"]), _TITLE_CHARS))
    return {
        "id": node,
        "label": _clip(label, _LABEL_CHARS.get(kind, _DEFAULT_LABEL_CHARS)),
        "group": kind,
        "size": round(7 + 3.2 * math.sqrt(degree), 1),
        "title": "\n".join(lines),
        "x": position[0],
        "y": position[1],
    }


def _options(graph: nx.MultiDiGraph, links: int) -> dict[str, Any]:
    groups: dict[str, Any] = {}
    for kind in sorted({attrs["type"] for _, attrs in graph.nodes(data=True)}, key=_type_order):
        style = TYPE_STYLES.get(kind, _OTHER_TYPE)
        font = {"size": 11, "color": "#555555"} if kind == "Paper" else {"size": 15, "color": "#1a1a1a"}
        groups[kind] = {
            "shape": style.shape,
            "color": {
                "background": style.colour,
                "border": style.border,
                "highlight": {"background": style.colour, "border": "#000000"},
            },
            "font": font,
            # Paper titles appear once zoomed in far enough to read them; entity names earlier.
            "scaling": {"label": {"drawThreshold": 9 if kind == "Paper" else 4}},
        }
    busy = links > _HIDE_EDGES_ON_MOVE_ABOVE
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "groups": groups,
        "nodes": {
            "borderWidth": 1,
            "font": {"face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
        },
        "edges": {
            "smooth": False,
            "selectionWidth": 2,
        },
        "interaction": {
            "hover": False,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": busy,
            "hideEdgesOnZoom": busy,
            "multiselect": True,
        },
    }


def _page_data(
    view: View, links: list[tuple[str, str, str, dict[str, Any]]], network: Any, counts: dict[str, int], relations: dict[str, int]
) -> dict[str, Any]:
    """Everything the page script needs: vis nodes and options, the links the panel explains as rows
    [from, to, relation, papers] (indexes into nodes and relations; page.js makes the vis edges from
    them), their details and evidence (at most PAGE_EVIDENCE_PER_LINK sentences each), the
    models-datasets pairs."""
    full = view.full
    nodes, _edges, _heading, _height, _width, options = network.get_network_data()
    all_evidence = [attrs.get("evidence", []) for _, _, _, attrs in links]
    shown_evidence = [_page_evidence(evidence) for evidence in all_evidence]
    pairs = _pairs(full, links)
    paper_ids = sorted(
        {n for n, kind in view.graph.nodes(data="type") if kind == "Paper"}
        | {e.paper for evidence in shown_evidence for e in evidence}
        | {paper for pair in pairs for paper in pair[3]}
    )
    paper_index = {paper: i for i, paper in enumerate(paper_ids)}
    sentences: dict[str, int] = {}
    evidence = [
        [[paper_index[e.paper], sentences.setdefault(e.sentence, len(sentences)), e.rule, round(e.confidence, 3)] for e in kept]
        for kept in shown_evidence
    ]
    node_index = {node["id"]: i for i, node in enumerate(nodes)}
    hidden = view.hidden_links()
    relation_names = sorted({k for _, _, k, _ in links})
    relation_index = {relation: i for i, relation in enumerate(relation_names)}
    data = {
        "nodes": nodes,
        "options": json.loads(options),
        "links": [
            [node_index[u], node_index[v], relation_index[k], len({e.paper for e in evidence})]
            for (u, v, k, _), evidence in zip(links, all_evidence)
        ],
        "details": {node: _details(attrs, hidden.get(node)) for node, attrs in view.graph.nodes(data=True)},
        "papers": [_paper(full, paper, paper in view.graph) for paper in paper_ids],
        "sentences": list(sentences),
        "evidence": evidence,
        "pairs": [[m, d, rel, [paper_index[p] for p in papers], *extra] for m, d, rel, papers, *extra in pairs],
        "types": [
            {"name": kind, "title": "Anatomy" if kind == "AnatomicalStructure" else _PLURALS.get(kind, kind).capitalize(), "count": count,
             "symbol": TYPE_STYLES.get(kind, _OTHER_TYPE).symbol,
             "colour": TYPE_STYLES.get(kind, _OTHER_TYPE).colour}
            for kind, count in sorted(counts.items(), key=lambda item: _type_order(item[0]))
        ],
        "relations": [
            {"name": relation, "count": relations.get(relation, 0),
             "colour": RELATION_STYLES.get(relation, _OTHER_RELATION).colour,
             "line": RELATION_STYLES.get(relation, _OTHER_RELATION).line,
             "dashes": _DASHES[RELATION_STYLES.get(relation, _OTHER_RELATION).line],
             "width": 2 if relation in _USE_RELATIONS else 1}
            for relation in relation_names
        ],
    }
    # link index -> how many sentences it has, for links whose evidence was cut (absent when none was)
    cut = {str(i): len(all_evidence[i]) for i in range(len(links)) if len(evidence[i]) < len(all_evidence[i])}
    if cut:
        data["evidenceTotal"] = cut
    return data


def _page_evidence(evidence: list[Any]) -> list[Any]:
    """At most PAGE_EVIDENCE_PER_LINK of a link's evidence, one paper each before a second from any
    paper, in the link's own (sorted) order."""
    if len(evidence) <= PAGE_EVIDENCE_PER_LINK:
        return evidence
    chosen: list[int] = []
    seen: set[str] = set()
    for i, e in enumerate(evidence):
        if e.paper not in seen:
            seen.add(e.paper)
            chosen.append(i)
            if len(chosen) == PAGE_EVIDENCE_PER_LINK:
                break
    for i in range(len(evidence)):
        if len(chosen) == PAGE_EVIDENCE_PER_LINK:
            break
        if i not in chosen:
            chosen.append(i)
    return [evidence[i] for i in sorted(chosen)]


def _details(attrs: dict[str, Any], hidden: dict[str, int] | None) -> dict[str, Any]:
    """A drawn node's panel data; `hidden`: its links not drawn (to nodes left out, or over the link cap), by relation."""
    details: dict[str, Any] = {
        "shown": True,
        "type": attrs["type"],
        "label": attrs["label"],
        "aliases": sorted(attrs.get("aliases") or []),
        "codes": sorted(attrs.get("codes") or []),
    }
    if attrs.get("notation"):
        details["notation"] = attrs["notation"]
    if attrs["type"] == "Paper":
        details["authors"] = list(attrs.get("authors") or [])
        details["date"] = attrs.get("date") or ""
    if hidden:
        details["hiddenLinks"] = hidden
    return details


def _paper(graph: nx.MultiDiGraph, paper: str, shown: bool) -> dict[str, Any]:
    attrs = graph.nodes[paper] if paper in graph else {}
    return {
        "id": paper,
        "title": attrs.get("label", paper),
        "url": attrs.get("url") or "",
        "code": sorted(attrs.get("code") or []),
        "shown": shown,
    }


def _pairs(graph: nx.MultiDiGraph, links: list[tuple[str, str, str, dict[str, Any]]]) -> list[list[Any]]:
    """[model, dataset, relations, paper ids] for every model used with a dataset, most papers first.

    At most PAGE_PAPERS_PER_PAIR papers are named; a pair with more gets its paper count as a fifth item.
    """
    nodes = graph.nodes
    pairs: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for u, v, relation, attrs in links:
        if relation not in _USE_RELATIONS or nodes[u]["type"] != "Model" or nodes[v]["type"] != "Dataset":
            continue
        relations, papers = pairs.setdefault((u, v), (set(), set()))
        relations.add(relation)
        papers.update(e.paper for e in attrs.get("evidence", []))
    ordered = sorted(
        pairs.items(),
        key=lambda item: (-len(item[1][1]), nodes[item[0][0]]["label"].lower(), nodes[item[0][1]]["label"].lower(), *item[0]),
    )
    rows = []
    for (model, dataset), (relations, papers) in ordered:
        named = sorted(papers)[:PAGE_PAPERS_PER_PAIR]
        rows.append([model, dataset, sorted(relations), named, *([len(papers)] if len(papers) > len(named) else [])])
    return rows


def _type_order(kind: str) -> tuple[int, str]:
    order = list(TYPE_STYLES)
    return (order.index(kind) if kind in order else len(order), kind)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _vis_path(network: Any) -> Path:
    return Path(network.template_dir).joinpath(*_VIS_DIR)


def _inline_asset(path: Any, element: str) -> str:
    """A script or style file's text, refusing one that would end its element early."""
    text = path.read_text(encoding="utf-8")
    if f"</{element}" in text.lower():
        raise RuntimeError(f"{path}: contains '</{element}' and cannot be inlined; reinstall or upgrade pyvis")
    return text
