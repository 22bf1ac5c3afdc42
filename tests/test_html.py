"""The graph page in a real headless Chromium: offline, complete, searchable, filterable, safe."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import given, settings, strategies as st
from playwright.sync_api import sync_playwright

from benchmarks.bench_page import CHROMIUM_ARGS, synthetic_graph
from benchmarks.bench_page import CHROMIUM as CHROMIUM_PATH
from kg.graph import Evidence
from kg.html import reduce_graph, render_page, to_script_json
from kg.pipeline import build

CHROMIUM = Path(CHROMIUM_PATH)
HOSTILE_SCRIPT = "</script><script>window.__pwned=1</script>"
HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">'
HOSTILE_TITLE = f"A {HOSTILE_SCRIPT} model's \"best\" href=javascript:alert(1) {HOSTILE_IMG}"
HOSTILE_LABEL = f"Evil{HOSTILE_IMG}Net href='x' {HOSTILE_SCRIPT}"
HOSTILE_SENTENCE = f"We train {HOSTILE_LABEL} on Clean-Set {HOSTILE_IMG} href."


@dataclass
class OpenedPage:
    page: object
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def html_chromium():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium to run the page tests")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def open_page(browser, path: Path, timeout_ms: int = 30_000) -> OpenedPage:
    """Load a page from disk, blocking and recording any request that would leave the machine."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    opened = OpenedPage(page)

    def route(route):
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            opened.requests.append(url)
            route.abort()

    page.route("**/*", route)
    page.on("console", lambda m: opened.errors.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None)
    page.on("pageerror", lambda e: opened.errors.append(f"page error: {e}"))
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=timeout_ms)
    return opened


@pytest.fixture(scope="module")
def bundled_graph() -> nx.MultiDiGraph:
    return build()


@pytest.fixture(scope="module")
def bundled_page_file(bundled_graph, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("html-bundled") / "graph.html"
    path.write_text(render_page(bundled_graph), encoding="utf-8")
    return path


@pytest.fixture()
def bundled_page(html_chromium, bundled_page_file):
    opened = open_page(html_chromium, bundled_page_file)
    yield opened
    opened.page.close()


def click_node(page, node_id: str) -> None:
    """Centre the view on a node, zoomed in, and click it where it is drawn."""
    page.evaluate(
        "(id) => network.moveTo({position: network.getPositions([id])[id], scale: 3, animation: false})", node_id
    )
    box = page.locator("#mynetwork").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


# ---- the bundled corpus ----


def test_bundled_page_loads_offline_with_every_node_and_edge(bundled_page, bundled_graph):
    page = bundled_page.page
    assert bundled_page.errors == []
    assert bundled_page.requests == []
    assert page.evaluate("network.body.data.nodes.length") == bundled_graph.number_of_nodes()
    assert page.evaluate("network.body.data.edges.length") == bundled_graph.number_of_edges()
    assert page.evaluate("network.body.nodeIndices.length") == bundled_graph.number_of_nodes()
    assert page.locator("#banner").count() == 0
    # Physics off: the layout comes from Python and stays put.
    assert page.evaluate("network.physics.options.enabled") is False


def test_search_by_alias_selects_and_focuses_that_node(bundled_page, bundled_graph):
    names: dict[str, set[str]] = {}
    for node, attrs in bundled_graph.nodes(data=True):
        for name in [attrs["label"], *attrs["aliases"]]:
            names.setdefault(name.lower(), set()).add(node)
    node, alias = next(
        (node, alias)
        for node, attrs in sorted(bundled_graph.nodes(data=True))
        for alias in attrs["aliases"]
        if alias.lower() != attrs["label"].lower() and names[alias.lower()] == {node}
    )
    page = bundled_page.page
    page.evaluate("document.getElementById('details-close').click()")  # the panel shut, whatever a test before left open
    page.wait_for_timeout(1500)  # and the canvas at the width that leaves
    page.fill("#search", alias)
    assert bundled_graph.nodes[node]["label"] in page.locator("#search-results li").first.text_content()
    # Enter and the read of the view in one task: the details panel that opens narrows the graph
    # area, and the view must be centred on the node at once, not only after vis notices the resize
    at_once = page.evaluate(
        """(id) => {
            document.getElementById("search").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
            return { centre: network.getViewPosition(), position: network.getPositions([id])[id] };
        }""",
        node,
    )
    assert page.evaluate("network.getSelectedNodes()") == [node]
    assert page.locator("#details").is_visible()
    page.wait_for_timeout(1500)  # and still after vis has caught up with the resize
    later = {"centre": page.evaluate("network.getViewPosition()"), "position": page.evaluate("(id) => network.getPositions([id])[id]", node)}
    for view in (at_once, later):
        assert abs(view["centre"]["x"] - view["position"]["x"]) < 1 and abs(view["centre"]["y"] - view["position"]["y"]) < 1
    assert bundled_graph.nodes[node]["label"] in page.locator("#details h2").text_content()
    assert alias in page.locator("#details ul.aliases").text_content()


def test_unticking_a_type_hides_every_node_of_that_type(bundled_page, bundled_graph):
    page = bundled_page.page
    papers = sorted(n for n, t in bundled_graph.nodes(data="type") if t == "Paper")
    page.locator('#type-filters input[data-type="Paper"]').uncheck()
    hidden = page.evaluate(
        "() => Object.values(network.body.nodes).filter(n => n.options.hidden).map(n => n.id).sort()"
    )
    assert hidden == papers
    assert page.evaluate("network.body.nodeIndices.length") == bundled_graph.number_of_nodes() - len(papers)
    page.locator('#type-filters input[data-type="Paper"]').check()
    assert page.evaluate("network.body.nodeIndices.length") == bundled_graph.number_of_nodes()


def test_clicking_a_node_opens_its_type_evidence_and_neighbourhood(bundled_page, bundled_graph):
    u, v, relation, attrs = next(
        (u, v, k, a) for u, v, k, a in sorted(bundled_graph.edges(keys=True, data=True), key=lambda e: e[:3])
        if bundled_graph.nodes[u]["type"] == "Model" and a["evidence"]
    )
    page = bundled_page.page
    click_node(page, u)
    assert page.evaluate("network.getSelectedNodes()") == [u]
    panel = page.locator("#details")
    assert panel.is_visible()
    text = panel.text_content()
    assert "Model" in page.locator("#details dl").text_content()
    assert attrs["evidence"][0].sentence in text
    assert relation in text
    neighbours = sorted({u, *bundled_graph.successors(u), *bundled_graph.predecessors(u)})
    assert sorted(page.evaluate("kg.focus.nodes")) == neighbours
    # Clicking the background clears the selection and closes the panel.
    box = page.locator("#mynetwork").bounding_box()
    page.evaluate("network.moveTo({position: {x: 1e6, y: 1e6}, scale: 1, animation: false})")
    page.mouse.click(box["x"] + 20, box["y"] + 20)
    assert not panel.is_visible()
    assert page.evaluate("kg.focus") is None


def test_models_datasets_table_lists_each_pair_and_focuses_it(bundled_page, bundled_graph):
    pairs = {
        (u, v)
        for u, v, k in bundled_graph.edges(keys=True)
        if k in ("trainedOn", "evaluatedOn", "usesDataset")
        and bundled_graph.nodes[u]["type"] == "Model"
        and bundled_graph.nodes[v]["type"] == "Dataset"
    }
    assert pairs, "the bundled corpus should link at least one model to a dataset"
    page = bundled_page.page
    page.click("#pairs-toggle")
    rows = page.locator("#pairs-table tbody tr")
    assert rows.count() == len(pairs)
    first = rows.first
    model_label = first.locator("td").nth(0).text_content()
    first.click()
    selected = page.evaluate("network.getSelectedNodes()")
    assert len(selected) == 2 and tuple(selected) in pairs
    assert bundled_graph.nodes[selected[0]]["label"] == model_label
    assert bundled_page.errors == []


# ---- hostile text ----


def hostile_graph() -> nx.MultiDiGraph:
    """Paper title, entity label, alias and evidence built to break out of HTML, JS and attributes."""
    graph = nx.MultiDiGraph()
    paper = "paper/hostile"
    graph.add_node(
        paper, type="Paper", label=HOSTILE_TITLE, aliases=[], abstract=HOSTILE_TITLE, url="javascript:window.__pwned=1",
        date="2025-01-01", authors=[HOSTILE_IMG], sources=[], code=["https://github.com/x/y", "javascript:window.__pwned=1"],
    )
    graph.add_node("model/evil", type="Model", label=HOSTILE_LABEL, aliases=[HOSTILE_IMG, "evilnet"],
                   codes=["javascript:window.__pwned=1"], notation=None)
    graph.add_node("dataset/clean", type="Dataset", label=f"Clean-Set {HOSTILE_IMG}", aliases=[], codes=[], notation=None)
    evidence = Evidence(paper, 0, len(HOSTILE_SENTENCE), HOSTILE_SENTENCE, "hostile-rule", 0.9)
    for u, v, relation in ((paper, "model/evil", "introduces"), ("model/evil", "dataset/clean", "trainedOn"),
                           (paper, "dataset/clean", "mentions")):
        graph.add_edge(u, v, key=relation, relation=relation, confidence=0.9, evidence=[evidence])
    return graph


@pytest.fixture(scope="module")
def hostile_page_file(tmp_path_factory) -> tuple[Path, str]:
    page_html = render_page(hostile_graph())
    path = tmp_path_factory.mktemp("html-hostile") / "graph.html"
    path.write_text(page_html, encoding="utf-8")
    return path, page_html


def test_hostile_text_never_reaches_the_markup(hostile_page_file):
    _, page_html = hostile_page_file
    for fragment in ("<img src=x", "window.__pwned=1</script>", "<script>window"):
        assert fragment not in page_html


def test_hostile_text_stays_text_on_load_hover_and_click(html_chromium, hostile_page_file):
    path, _ = hostile_page_file
    opened = open_page(html_chromium, path)
    page = opened.page
    assert opened.errors == [] and opened.requests == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0
    assert page.evaluate("network.body.data.nodes.length") == 3

    # Hover: vis shows the tooltip as text.
    page.evaluate("network.moveTo({position: network.getPositions(['model/evil'])['model/evil'], scale: 2, animation: false})")
    box = page.locator("#mynetwork").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2 + 3, box["y"] + box["height"] / 2 + 2)
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    assert HOSTILE_LABEL in tooltip.text_content()
    assert tooltip.locator(":not(br)").count() == 0  # innerText turns line breaks into <br>, nothing else
    assert page.evaluate("typeof window.__pwned") == "undefined"

    # Click: the panel shows title, label, alias, evidence as text; bad URLs are not links.
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    assert page.evaluate("network.getSelectedNodes()") == ["model/evil"]
    panel = page.locator("#details")
    text = panel.text_content()
    for raw in (HOSTILE_LABEL, HOSTILE_IMG, HOSTILE_SENTENCE, HOSTILE_TITLE):
        assert raw in text
    assert panel.locator("img, script").count() == 0
    hrefs = panel.locator("a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert set(hrefs) == {"https://github.com/x/y"}  # the javascript: page, code and external code stay text

    # The paper's own panel, the search list and the models-datasets table.
    page.locator("#details button.node-link", has_text="A </script>").first.click()
    assert page.evaluate("network.getSelectedNodes()") == ["paper/hostile"]
    assert HOSTILE_TITLE in page.locator("#details h2").text_content()
    assert HOSTILE_IMG in page.locator("#details dl").text_content()  # the author
    page.fill("#search", "evil")
    assert HOSTILE_LABEL in page.locator("#search-results").text_content()
    page.press("#search", "Escape")
    page.click("#pairs-toggle")
    assert HOSTILE_LABEL in page.locator("#pairs-table").text_content()
    assert page.locator("img, #details script, #pairs script").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert opened.errors == [] and opened.requests == []
    page.close()


# ---- size and determinism ----


def test_five_thousand_nodes_render_reduced_with_banner_and_stay_searchable(html_chromium, tmp_path):
    graph = synthetic_graph(5000)
    path = tmp_path / "big.html"
    path.write_text(render_page(graph, max_nodes=3000), encoding="utf-8")
    opened = open_page(html_chromium, path, timeout_ms=60_000)
    page = opened.page
    assert opened.errors == [] and opened.requests == []
    banner = page.locator("#banner").text_content()
    assert "Showing the 3,000 best-connected of 5,000 nodes" in " ".join(banner.split())
    assert page.evaluate("network.body.data.nodes.length") == 3000
    kept = reduce_graph(graph, 3000).graph
    papers_left = sum(1 for _, t in kept.nodes(data="type") if t == "Paper")
    assert papers_left < sum(1 for _, t in graph.nodes(data="type") if t == "Paper")
    assert all(t == "Paper" for n, t in graph.nodes(data="type") if n not in kept), "entities go last"
    page.fill("#search", "Model 17")
    page.press("#search", "Enter")
    page.wait_for_function("network.getSelectedNodes()[0] === 'model/model-00017'", timeout=30_000)
    # The panel still names papers that are not drawn, and counts the links it does not list.
    assert page.locator("#details .not-drawn").count() > 0
    hidden = page.locator("#details .hidden-links").text_content()
    assert "mentions" in hidden and "all are in graph.ttl" in hidden
    page.close()


def test_page_embeds_a_few_sentences_a_link_and_says_how_many_there_are(html_chromium, bundled_graph, tmp_path):
    graph = bundled_graph.copy()
    u, v, key = "model/many", "dataset/many", "trainedOn"
    graph.add_node(u, type="Model", label="Many-Net", aliases=[], codes=[], notation=None)
    graph.add_node(v, type="Dataset", label="Many-Set", aliases=[], codes=[], notation=None)
    papers = sorted(n for n, t in graph.nodes(data="type") if t == "Paper")[:17]
    evidence = [Evidence(paper, 0, 30, f"Many-Net is trained on Many-Set ({i}).", "cue", 0.9) for i, paper in enumerate(papers)]
    graph.add_edge(u, v, key=key, relation=key, confidence=0.9, evidence=evidence)
    path = tmp_path / "cut.html"
    path.write_text(render_page(graph), encoding="utf-8")
    opened = open_page(html_chromium, path)
    page = opened.page
    edge_id = page.evaluate("(ids) => network.body.data.edges.get().find(e => e.from === ids[0] && e.to === ids[1]).id", [u, v])
    page.evaluate("(id) => { network.selectEdges([id]); network.body.emitter.emit('click', {nodes: [], edges: [id]}); }", edge_id)
    items = page.locator("#details ul.evidence li")
    assert items.count() == 3 + 1
    assert items.nth(3).text_content() == "3 of 17 sentences; all are in graph.ttl"
    assert opened.errors == [] and opened.requests == []
    page.close()


def test_reduction_threshold_is_a_parameter(tmp_path):
    graph = synthetic_graph(300)
    assert reduce_graph(graph, 300).omitted == {}
    view = reduce_graph(graph, 200)
    assert view.graph.number_of_nodes() == 200
    assert sum(view.omitted.values()) == 100
    assert 'id="banner"' not in render_page(graph)
    assert "Showing the 200 best-connected of 300 nodes" in " ".join(render_page(graph, max_nodes=200).split())
    with pytest.raises(ValueError):
        render_page(graph, max_nodes=0)


def test_same_graph_gives_byte_identical_html_whatever_the_insertion_order(bundled_graph):
    first = render_page(bundled_graph)
    assert render_page(bundled_graph) == first
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(bundled_graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(bundled_graph.edges(keys=True, data=True))))
    assert render_page(shuffled) == first


def test_script_json_cannot_close_its_element():
    text = to_script_json({"t": "</script><!-- \u2028\u2029 & >"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text


def test_links_among_the_nodes_shown_are_capped_to_those_in_the_most_papers():
    graph = synthetic_graph(300)
    whole = reduce_graph(graph, 300)
    total = whole.graph.number_of_edges()
    assert whole.links_omitted == 0 and whole.hidden_links() == {}
    view = reduce_graph(graph, 300, max_links=40)
    assert view.graph.number_of_edges() == 40 and view.links_omitted == total - 40
    papers = {(u, v, k): len({e.paper for e in attrs["evidence"]}) for u, v, k, attrs in graph.edges(keys=True, data=True)}
    drawn = {(u, v, k) for u, v, k in view.graph.edges(keys=True)}
    assert min(papers[link] for link in drawn) >= max(papers[link] for link in papers if link not in drawn)
    # every link not drawn is counted at both of its ends, in the panel of each
    hidden = view.hidden_links()
    assert sum(n for relations in hidden.values() for n in relations.values()) == 2 * (total - 40)
    banner = " ".join(render_page(graph, max_links=40).split())
    assert "the 40 found in the most papers are drawn" in banner and f"{total - 40:,} are left out" in banner
    assert "Showing the" not in banner  # every node is drawn
    with pytest.raises(ValueError):
        render_page(graph, max_links=0)


@settings(max_examples=200, deadline=None)
@given(
    edges=st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7), st.sampled_from(["mentions", "usesDataset", "basedOn"])), max_size=40),
    max_nodes=st.integers(1, 8),
    max_links=st.integers(1, 12),
)
def test_a_reduced_view_counts_what_it_leaves_out_as_networkx_does(edges, max_nodes, max_links):
    """The view reads the adjacency dicts for speed: its degrees and its counts of links not drawn
    must be networkx's own, self-loops and parallel links included."""
    graph = nx.MultiDiGraph()
    for n in range(8):
        graph.add_node(f"model/m{n}", type="Model", label=f"m{n}")
    for u, v, relation in edges:
        evidence = [Evidence(f"paper/p{u}{v}", 0, 1, "s", "rule", 0.9)]
        graph.add_edge(f"model/m{u}", f"model/m{v}", key=relation, relation=relation, evidence=evidence, confidence=0.9)
    view = reduce_graph(graph, max_nodes, max_links)
    assert view.degree == {node: graph.degree(node) for node in view.graph}
    drawn, drawn_links = set(view.graph), set(view.graph.edges(keys=True))
    expected: dict[str, dict[str, int]] = {}
    for u, v, relation in graph.edges(keys=True):
        if (u, v, relation) in drawn_links:
            continue
        for end in [end for end in (u, v) if end in drawn]:  # a link cut between two drawn nodes counts at both
            expected.setdefault(end, {}).setdefault(relation, 0)
            expected[end][relation] += 1
    assert view.hidden_links() == {node: dict(sorted(r.items())) for node, r in expected.items()}
