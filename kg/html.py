"""Render the graph as one self-contained, offline HTML page with pyvis."""

from __future__ import annotations

import html
import re

import networkx as nx
from pyvis.network import Network

TYPE_COLOURS = {
    "Paper": "#9e9e9e",
    "Model": "#1f77b4",
    "Dataset": "#ff7f0e",
    "Modality": "#2ca02c",
    "AnatomicalStructure": "#d62728",
    "Task": "#9467bd",
}

_CDN_TAG = re.compile(r"<(?:link|script)[^>]+(?:href|src)=\"https?://[^\"]+\"[^>]*>(?:</script>)?\s*")


def render_page(graph: nx.MultiDiGraph) -> str:
    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line")
    net.nodes = [
        {
            "id": node,
            "label": data["label"][:40],
            "title": html.escape(f"{data['type']}: {data['label']}"),
            "color": TYPE_COLOURS[data["type"]],
            "group": data["type"],
        }
        for node, data in sorted(graph.nodes(data=True))
    ]
    net.edges = [
        {"from": u, "to": v, "label": key, "arrows": "to"}
        for u, v, key in sorted(graph.edges(keys=True))
    ]
    net.toggle_physics(False)
    return _CDN_TAG.sub("", net.generate_html())
