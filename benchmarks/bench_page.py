"""How fast the graph page renders in Python and becomes usable in headless Chromium.

Run from the repository root:  python3 benchmarks/bench_page.py [--max-nodes N] [SIZE ...]
(default sizes 500 1000 5000 20000; default max_nodes that of render_page). For each generated graph it prints the
render time in Python, the HTML size, and, measured inside the page with
performance.now(): when the data was parsed, when vis drew the network, and
how long a search took from the call to the next drawn frame. Pages above
the render_page default max_nodes are drawn reduced, as users get them.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.graph import Evidence  # noqa: E402
from kg.html import DEFAULT_MAX_NODES, render_page  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Share of nodes per type in a generated graph, close to what real corpora give.
_MIX = (("Paper", 0.40), ("Model", 0.30), ("Dataset", 0.18), ("Modality", 0.04), ("AnatomicalStructure", 0.04), ("Task", 0.04))
_PREFIX = {"Paper": "paper", "Model": "model", "Dataset": "dataset", "Modality": "modality", "AnatomicalStructure": "anatomy", "Task": "task"}


def synthetic_graph(n_nodes: int, seed: int = 0) -> nx.MultiDiGraph:
    """A deterministic graph shaped like a built one: papers linking to entities picked with a
    heavy-tailed popularity, models trained/evaluated on datasets, every edge with evidence."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    ids: dict[str, list[str]] = {}
    for kind, share in _MIX:
        count = max(1, round(n_nodes * share))
        ids[kind] = [f"{_PREFIX[kind]}/{kind.lower()}-{i:05d}" for i in range(count)]
    surplus = sum(len(v) for v in ids.values()) - n_nodes
    ids["Paper"] = ids["Paper"][: len(ids["Paper"]) - surplus]
    for kind, nodes in ids.items():
        for i, node in enumerate(nodes):
            label = f"{kind} {i}" if kind != "Paper" else f"Paper {i}: a study of medical image analysis, part {i % 7}"
            aliases = [f"{kind[:3].upper()}{i}x"] if kind != "Paper" and i % 3 == 0 else []
            attrs = {"type": kind, "label": label, "aliases": aliases, "codes": [], "notation": None}
            if kind == "Paper":
                attrs |= {"abstract": "", "url": f"https://example.org/{i}", "date": "2025-01-01", "authors": [],
                          "sources": [], "code": [f"https://github.com/example/repo{i}"] if i % 4 == 0 else []}
            graph.add_node(node, **attrs)
    weights = {kind: _cumulative([1.0 / (rank + 1) ** 0.9 for rank in range(len(nodes))]) for kind, nodes in ids.items()}

    def pick(kind: str) -> str:
        return rng.choices(ids[kind], cum_weights=weights[kind])[0]

    def link(paper: str, subject: str, target: str, relation: str) -> None:
        sentence = f"In this work {graph.nodes[subject]['label']} {relation} {graph.nodes[target]['label']}."
        evidence = Evidence(paper, 0, len(sentence), sentence, "synthetic", 0.8)
        if graph.has_edge(subject, target, key=relation):
            graph.edges[subject, target, relation]["evidence"].append(evidence)
        else:
            graph.add_edge(subject, target, key=relation, relation=relation, confidence=0.8, evidence=[evidence])

    models = ids["Model"]
    for i, paper in enumerate(ids["Paper"]):
        introduced = models[i % len(models)] if i < len(models) else None
        if introduced:
            link(paper, paper, introduced, "introduces")
        used = {pick("Model") for _ in range(rng.randint(1, 3))}
        for model in sorted(used):
            link(paper, paper, model, "mentions")
        for dataset in sorted({pick("Dataset") for _ in range(rng.randint(1, 2))}):
            link(paper, paper, dataset, "mentions")
            link(paper, introduced or sorted(used)[0], dataset, rng.choice(("trainedOn", "evaluatedOn")))
        link(paper, paper, pick("Modality"), "hasModality")
        link(paper, paper, pick("AnatomicalStructure"), "targetsAnatomy")
        link(paper, paper, pick("Task"), "addressesTask")
    # Leftover models with no introducing paper still come from somewhere: a model they build on.
    for model in models[len(ids["Paper"]):]:
        link(ids["Paper"][rng.randrange(len(ids["Paper"]))], model, pick("Model"), "basedOn")
    for u, v, key in list(graph.edges(keys=True)):
        graph.edges[u, v, key]["evidence"] = sorted(set(graph.edges[u, v, key]["evidence"]))
    return graph


def _cumulative(values: list[float]) -> list[float]:
    total, out = 0.0, []
    for value in values:
        total += value
        out.append(total)
    return out


_MEASURE_SEARCH = """async (query) => {
  const started = performance.now();
  const hits = kg.search(query);
  kg.select(hits[0]);
  await new Promise((resolve) => network.once("afterDrawing", resolve));
  return {ms: performance.now() - started, selected: network.getSelectedNodes()};
}"""


def measure(sizes: list[int], max_nodes: int) -> None:
    from playwright.sync_api import sync_playwright

    print(f"max_nodes {max_nodes}; figures from one run each")
    print(f"{'nodes':>7} {'edges':>7} {'drawn':>6} {'render s':>9} {'HTML MB':>8} {'parsed ms':>10} {'drawn ms':>9} {'search ms':>10}")
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for size in sizes:
            graph = synthetic_graph(size)
            started = time.perf_counter()
            page_html = render_page(graph, max_nodes=max_nodes)
            render_seconds = time.perf_counter() - started
            path = Path(folder) / f"graph-{size}.html"
            path.write_text(page_html, encoding="utf-8")
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:")) else route.abort())
            page.goto(path.as_uri())
            page.wait_for_selector("body[data-ready='1']", timeout=120_000)
            timings = page.evaluate("kg.timings")
            drawn = page.evaluate("network.body.data.nodes.length")
            search = page.evaluate(_MEASURE_SEARCH, "Model 1")
            print(
                f"{size:>7} {graph.number_of_edges():>7} {drawn:>6} {render_seconds:>9.2f} {len(page_html.encode()) / 1e6:>8.2f}"
                f" {timings['parsed']:>10.0f} {timings['drawn']:>9.0f} {search['ms']:>10.0f}"
            )
            page.close()
        browser.close()


def main(argv: list[str]) -> None:
    max_nodes = DEFAULT_MAX_NODES
    if argv[:1] == ["--max-nodes"]:
        max_nodes, argv = int(argv[1]), argv[2:]
    measure([int(arg) for arg in argv] or [500, 1000, 5000, 20000], max_nodes)


if __name__ == "__main__":
    main(sys.argv[1:])
