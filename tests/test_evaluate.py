"""The `kg eval` scorer, pinned on small hand-made gold files and graphs (figures computed by hand)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import EXIT_INPUT, EXIT_USAGE, main
from kg.evaluate import (
    DUPLICATE,
    NO_GOLD_MATCH,
    EvaluationError,
    evaluate,
    is_heldout,
    normalise_name,
    read_gold,
    select_subset,
    split,
    view_of_networkx,
    view_of_turtle,
)
from kg.graph import Evidence
from kg.rdf import node_iri, triples, write_turtle

SEED = Path(__file__).parent / "data" / "gold_seed.jsonl"


# ------------------------------------------------------------------ helpers


def gold_file(tmp_path: Path, *papers: dict) -> Path:
    path = tmp_path / "gold.jsonl"
    lines = []
    for paper in papers:
        record = {"models": [], "datasets": [], "modalities": [], "anatomy": [], "tasks": [], "uses": []}
        record.update(paper)
        lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def item(name: str, *aliases: str, optional: bool = False) -> dict:
    return {"name": name, "aliases": list(aliases), **({"optional": True} if optional else {})}


def make_graph(papers: dict[str, str], entities: list[tuple[str, str, str, list[str]]], edges: list[tuple[str, str, str]]) -> nx.MultiDiGraph:
    """papers: node id -> title; entities: (node id, type, label, aliases); edges: (subject, relation, object).

    Entities are added in reverse order, so nothing can rely on insertion order instead of IRI order.
    """
    graph = nx.MultiDiGraph()
    for node, title in papers.items():
        graph.add_node(node, type="Paper", label=title, aliases=[], abstract=f"Abstract of {title}.", sources=[], code=[], authors=[])
    for node, type_, label, aliases in reversed(entities):
        graph.add_node(node, type=type_, label=label, aliases=aliases, codes=[], notation=None)
    for subject, relation, obj in edges:
        paper = subject if subject in papers else next(iter(papers))
        evidence = Evidence(paper, 0, 10, "A sentence.", "test-rule", 0.9)
        graph.add_edge(subject, obj, key=relation, relation=relation, confidence=0.9, evidence=[evidence])
    return graph


def turtle_of(graph: nx.MultiDiGraph, path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        write_turtle(triples(graph), out)
    return path


def score(gold: Path, graph: nx.MultiDiGraph):
    return evaluate(read_gold(gold), view_of_networkx(graph))


def counts(counts_) -> tuple[int, int, int]:
    return counts_.tp, counts_.fp, counts_.fn


# ------------------------------------------------------------------ entity matching


def test_names_match_ignoring_case_and_every_non_alphanumeric(tmp_path):
    assert normalise_name("SAM-Med3D") == normalise_name("sam med3d") == "sammed3d"
    gold = gold_file(tmp_path, {"title": "SAM-Med3D: Towards General-purpose Segmentation", "models": [item("SAM-Med3D"), item("Segment Anything Model", "SAM")], "datasets": [item("SA-Med3D-140K")]})
    graph = make_graph(
        # The title matches too when only case and punctuation differ.
        {"paper/p1": "SAM-Med3D -- towards general purpose segmentation"},
        [
            ("model/a", "Model", "sam med 3d", []),  # name, by punctuation and case
            ("model/b", "Model", "Segment anything", ["s.a.m."]),  # an alias (altLabel) fits the gold alias "SAM"
            ("dataset/c", "Dataset", "SA Med3D 140k", []),
        ],
        [("paper/p1", "introduces", "model/a"), ("paper/p1", "mentions", "model/b"), ("paper/p1", "introduces", "dataset/c")],
    )
    result = score(gold, graph)
    assert counts(result.per_type["Model"]) == (2, 0, 0)
    assert counts(result.per_type["Dataset"]) == (1, 0, 0)
    assert result.papers[0].in_graph


def test_optional_item_is_neither_true_nor_false_positive(tmp_path):
    gold = gold_file(tmp_path, {"title": "P", "models": [item("U-Net"), item("SHAP", optional=True), item("ViT", optional=True)]})
    graph = make_graph(
        {"paper/p": "P"},
        [("model/shap", "Model", "SHAP", []), ("model/unet", "Model", "U-Net", [])],
        [("paper/p", "mentions", "model/shap"), ("paper/p", "mentions", "model/unet")],
    )
    result = score(gold, graph)
    # U-Net: tp. SHAP found but optional: nothing. ViT optional and not found: not a fn.
    assert counts(result.per_type["Model"]) == (1, 0, 0)
    assert result.per_type["Model"].precision == 1.0 and result.per_type["Model"].recall == 1.0


def test_second_entity_for_one_gold_item_is_a_duplicate_false_positive(tmp_path):
    gold = gold_file(tmp_path, {"title": "P", "models": [item("nnU-Net", "nnUNet"), item("SAM", optional=True)]})
    graph = make_graph(
        {"paper/p": "P"},
        [
            ("model/a-nnu-net", "Model", "nnU-Net", []),
            ("model/b-nnunet", "Model", "NNUNET", []),  # second node for the same item
            ("model/c-sam", "Model", "SAM", []),
            ("model/d-sam", "Model", "sam", []),  # second node for an optional item: still a duplicate
            ("model/e-resnet", "Model", "ResNet", []),  # fits nothing
        ],
        [("paper/p", "mentions", f"model/{x}") for x in ("a-nnu-net", "b-nnunet", "c-sam", "d-sam", "e-resnet")],
    )
    result = score(gold, graph)
    # tp 1 (nnU-Net), fp 3 (two duplicates, ResNet), fn 0.
    assert counts(result.per_type["Model"]) == (1, 3, 0)
    wrong = {(w.label, w.reason) for w in result.papers[0].wrong}
    assert wrong == {("NNUNET", DUPLICATE), ("sam", DUPLICATE), ("ResNet", NO_GOLD_MATCH)}
    assert result.duplicate_nodes == (str(node_iri("model/b-nnunet")), str(node_iri("model/d-sam")))


@pytest.mark.parametrize(
    ("broad_id", "narrow_id", "expected"),
    [
        # The broad entity's IRI sorts first: it takes item 1 (the first unmatched item it fits); the
        # narrow one fits only item 1, now taken: a duplicate; item 2 is missed. tp 1, fp 1, fn 1.
        ("model/a-broad", "model/b-narrow", (1, 1, 1)),
        # The narrow entity first: it takes item 1; the broad one takes item 2. tp 2, fp 0, fn 0.
        ("model/b-broad", "model/a-narrow", (2, 0, 0)),
    ],
)
def test_matching_is_one_to_one_in_iri_order_first_fit(tmp_path, broad_id, narrow_id, expected):
    gold = gold_file(tmp_path, {"title": "P", "models": [item("ViT", "Vision Transformer"), item("ViT-B", "Vision Transformer")]})
    graph = make_graph(
        {"paper/p": "P"},
        [(broad_id, "Model", "Vision Transformer", []), (narrow_id, "Model", "ViT", [])],
        [("paper/p", "mentions", broad_id), ("paper/p", "mentions", narrow_id)],
    )
    assert counts(score(gold, graph).per_type["Model"]) == expected


def test_only_entities_of_the_type_linked_to_the_paper_count(tmp_path):
    gold = gold_file(tmp_path, {"title": "P", "models": [item("CLIP")], "modalities": [item("CT")]}, {"title": "Q"})
    graph = make_graph(
        {"paper/p": "P", "paper/q": "Q"},
        [("model/clip", "Model", "CLIP", []), ("modality/ct", "Modality", "CT", []), ("model/other", "Model", "Other", [])],
        # CLIP is linked only to Q; "CT" is a Modality, so cannot fill the gold model slot; Other is linked to nothing.
        [("paper/q", "mentions", "model/clip"), ("paper/p", "hasModality", "modality/ct")],
    )
    result = score(gold, graph)
    assert counts(result.per_type["Model"]) == (0, 1, 1)  # P misses CLIP; Q has CLIP, which its gold lacks
    assert counts(result.per_type["Modality"]) == (1, 0, 0)


def test_micro_average_over_papers_per_type_and_over_all_types(tmp_path):
    gold = gold_file(
        tmp_path,
        {"title": "Paper one", "models": [item("A"), item("B"), item("C")], "datasets": [item("DS1")]},
        {"title": "Paper two", "models": [item("D")], "tasks": [item("segmentation")]},
    )
    graph = make_graph(
        {"paper/1": "Paper one", "paper/2": "Paper two"},
        [
            ("model/a", "Model", "A", []),
            ("model/b", "Model", "B", []),
            ("model/x", "Model", "X", []),
            ("model/d", "Model", "D", []),
            ("model/y", "Model", "Y", []),
            ("model/z", "Model", "Z", []),
            ("task/seg", "Task", "Segmentation", []),
        ],
        [("paper/1", "mentions", "model/a"), ("paper/1", "mentions", "model/b"), ("paper/1", "mentions", "model/x")]
        + [("paper/2", "mentions", "model/d"), ("paper/2", "mentions", "model/y"), ("paper/2", "mentions", "model/z")]
        + [("paper/2", "addressesTask", "task/seg")],
    )
    result = score(gold, graph)
    # Models: paper one tp 2 fp 1 fn 1, paper two tp 1 fp 2 fn 0 -> micro tp 3 fp 3 fn 1:
    # P = 3/6 = 0.5, R = 3/4 = 0.75, F1 = 2*0.5*0.75/1.25 = 0.6 (macro over papers would give R = 0.833).
    models = result.per_type["Model"]
    assert counts(models) == (3, 3, 1)
    assert (models.precision, models.recall, models.f1) == pytest.approx((0.5, 0.75, 0.6))
    # Datasets: DS1 missed -> tp 0 fp 0 fn 1: P and R 0 (nothing predicted, nothing found).
    assert counts(result.per_type["Dataset"]) == (0, 0, 1)
    assert result.per_type["Dataset"].precision == 0.0
    # Tasks: tp 1.  All five types: tp 4 fp 3 fn 2 -> P = 4/7, R = 4/6, F1 = 2*(4/7)*(2/3)/(4/7+2/3) = 8/13.
    assert counts(result.per_type["Task"]) == (1, 0, 0)
    assert counts(result.entities) == (4, 3, 2)
    assert (result.entities.precision, result.entities.recall, result.entities.f1) == pytest.approx((4 / 7, 2 / 3, 8 / 13))


def test_gold_paper_missing_from_the_graph_loses_all_its_required_items(tmp_path):
    gold = gold_file(tmp_path, {"title": "Present", "models": [item("A")]}, {"title": "Absent", "models": [item("B"), item("C", optional=True)], "anatomy": [item("knee")]})
    graph = make_graph({"paper/1": "Present"}, [("model/a", "Model", "A", [])], [("paper/1", "mentions", "model/a")])
    result = score(gold, graph)
    assert counts(result.entities) == (1, 0, 2)
    assert result.papers_not_in_graph == ("Absent",)
    assert {(m.type, m.name) for m in result.papers[1].missed} == {("Model", "B"), ("AnatomicalStructure", "knee")}


# ------------------------------------------------------------------ uses pairs


def uses_case(tmp_path) -> tuple[Path, nx.MultiDiGraph]:
    gold = gold_file(
        tmp_path,
        {
            "title": "Paper one",
            "models": [item("SAM-Med3D"), item("SAM", "Segment Anything", optional=True)],
            "datasets": [item("SA-Med3D-140K"), item("BraTS")],
            "uses": [
                {"model": "SAM-Med3D", "dataset": "SA-Med3D-140K"},
                {"model": "SAM", "dataset": "SA-Med3D-140K"},  # optional end: neutral
                {"model": "SAM-Med3D", "dataset": "BraTS"},
            ],
        },
        # The same pair stated by a second paper: still one distinct gold pair.
        {"title": "Paper two", "models": [item("SAM-Med3D")], "datasets": [item("SA-Med3D-140K")], "uses": [{"model": "sam med3d", "dataset": "SA-Med3D-140K"}]},
    )
    entities = [
        ("model/sam-med3d", "Model", "SAM-Med3D", []),
        ("model/sam-med-3d", "Model", "SAM Med 3D", []),  # a duplicate node of the same model
        ("model/sam", "Model", "Segment Anything", []),
        ("dataset/sa-med3d-140k", "Dataset", "SA-Med3D-140K", []),
        ("dataset/brats", "Dataset", "BraTS", []),
        ("dataset/imagenet", "Dataset", "ImageNet", []),
    ]
    links = [("paper/1", "mentions", node) for node, *_ in entities] + [("paper/2", "mentions", "model/sam-med3d"), ("paper/2", "mentions", "dataset/sa-med3d-140k")]
    pairs = [
        ("model/sam-med3d", "trainedOn", "dataset/sa-med3d-140k"),  # finds the gold pair
        ("model/sam-med3d", "evaluatedOn", "dataset/sa-med3d-140k"),  # same pair again: one pair
        ("model/sam-med-3d", "trainedOn", "dataset/sa-med3d-140k"),  # found twice: counted once, not a fp
        ("model/sam", "trainedOn", "dataset/sa-med3d-140k"),  # the optional gold pair: neutral
        ("model/sam", "trainedOn", "dataset/imagenet"),  # model optional in the gold: neutral
        ("model/sam-med3d", "evaluatedOn", "dataset/imagenet"),  # no gold pair: fp
    ]
    return gold, make_graph({"paper/1": "Paper one", "paper/2": "Paper two"}, entities, links + pairs)


def test_uses_pairs_over_the_corpus(tmp_path):
    gold, graph = uses_case(tmp_path)
    result = score(gold, graph)
    # Required distinct gold pairs: (SAM-Med3D, SA-Med3D-140K) found, (SAM-Med3D, BraTS) missed.
    # tp 1, fp 1 (SAM-Med3D -> ImageNet), fn 1: P = R = F1 = 0.5.
    assert counts(result.uses) == (1, 1, 1)
    assert result.uses.f1 == pytest.approx(0.5)
    assert [(m.model, m.dataset) for m in result.missed_pairs] == [("SAM-Med3D", "BraTS")]
    assert [(w.model, w.dataset, w.papers) for w in result.wrong_pairs] == [("SAM-Med3D", "ImageNet", ("Paper one",))]


@pytest.mark.parametrize("required_first", [True, False])
def test_uses_pair_required_in_one_paper_is_required_even_if_optional_in_another(tmp_path, required_first):
    optional = {"title": "One", "models": [item("CLIP", optional=True)], "datasets": [item("MIMIC-CXR")], "uses": [{"model": "CLIP", "dataset": "MIMIC-CXR"}]}
    required = {"title": "Two", "models": [item("CLIP")], "datasets": [item("MIMIC-CXR")], "uses": [{"model": "CLIP", "dataset": "MIMIC-CXR"}]}
    gold = gold_file(tmp_path, *((required, optional) if required_first else (optional, required)))
    graph = make_graph({"paper/1": "One", "paper/2": "Two"}, [], [])
    assert counts(score(gold, graph).uses) == (0, 0, 1)  # one distinct pair, required in Two, not found


def test_uses_pairs_of_unscored_papers_do_not_count_in_a_subset(tmp_path):
    gold, graph = uses_case(tmp_path)
    # Score paper two only: its one gold pair is found; pairs linked only to paper one are out of scope.
    result = evaluate([read_gold(gold)[1]], view_of_networkx(graph))
    assert counts(result.uses) == (1, 0, 0)


# ------------------------------------------------------------------ the Turtle route


def test_turtle_route_scores_the_same_as_the_networkx_route(tmp_path):
    gold, graph = uses_case(tmp_path)
    graph.add_node("task/seg", type="Task", label="Segmentation", aliases=["image segmentation"], codes=[], notation=None)
    graph.add_edge("paper/1", "task/seg", key="addressesTask", relation="addressesTask", confidence=0.9, evidence=[])
    from_networkx = evaluate(read_gold(gold), view_of_networkx(graph)).as_dict()
    from_turtle = evaluate(read_gold(gold), view_of_turtle(turtle_of(graph, tmp_path / "g.ttl"))).as_dict()
    assert from_turtle == from_networkx
    assert from_turtle["uses"]["tp"] == 1 and from_turtle["per_type"]["Model"]["fp"] == 1  # the duplicate SAM-Med3D node
    assert from_turtle["per_type"]["Task"]["fp"] == 1  # Segmentation, linked to paper one whose gold has no task


def test_turtle_route_rejects_unreadable_graph(tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="broken.ttl: cannot read as Turtle"):
        view_of_turtle(broken)
    with pytest.raises(EvaluationError, match="missing.ttl: no such graph file"):
        view_of_turtle(tmp_path / "missing.ttl")


# ------------------------------------------------------------------ gold file and split


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "gold.jsonl:2: not valid JSON"),
        ('["a list"]', "gold.jsonl:2: expected a JSON object"),
        ('{"title": "T", "models": [], "datasets": [], "modalities": [], "anatomy": [], "tasks": []}', "gold.jsonl:2: 'uses' must be a list"),
        ('{"title": "T", "models": [{"name": "--"}], "datasets": [], "modalities": [], "anatomy": [], "tasks": [], "uses": []}', "gold.jsonl:2: models[0]: 'name' must contain a letter or digit"),
        ('{"title": "T", "models": [], "datasets": [], "modalities": [], "anatomy": [], "tasks": [], "uses": [{"model": "X", "dataset": "Y"}]}', "gold.jsonl:2: uses[0]: model 'X' is not among this paper's models"),
        ('{"title": "first paper!", "models": [], "datasets": [], "modalities": [], "anatomy": [], "tasks": [], "uses": []}', "gold.jsonl:2: same title as line 1"),
    ],
)
def test_bad_gold_line_is_named_by_file_and_line(tmp_path, line, message):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"title": "First paper", "models": [], "datasets": [], "modalities": [], "anatomy": [], "tasks": [], "uses": []}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match=re.escape(message)):
        read_gold(path)


def test_gold_file_without_papers_is_an_error(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(EvaluationError, match="empty.jsonl: no gold papers"):
        read_gold(path)


def test_seed_gold_file_reads_and_splits_deterministically():
    papers = read_gold(SEED)
    assert len(papers) == 112
    dev, heldout = split(papers)
    assert len(heldout) == 28 and len(dev) == 84  # pins the split: changing it moves papers between sets
    assert {p.key for p in dev}.isdisjoint(p.key for p in heldout)
    assert select_subset(papers, "heldout") == heldout and select_subset(papers, "all") == papers
    title = heldout[0].title
    assert is_heldout(title.upper() + "!")  # decided by the normalised title


# ------------------------------------------------------------------ the command


def test_cli_reports_a_missing_gold_file_in_one_line():
    result = CliRunner().invoke(main, ["eval", "no-such-gold.jsonl"])
    assert result.exit_code == EXIT_INPUT
    assert result.stderr == "kg: error: no-such-gold.jsonl: cannot read gold file (No such file or directory)\n"


def test_cli_reports_a_bad_gold_line_with_file_and_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"title": "T"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(path), "--graph", str(tmp_path / "unused.ttl")])
    assert result.exit_code == EXIT_INPUT
    assert result.stderr == f"kg: error: {path}:1: 'models' must be a list\n"
    assert "Traceback" not in result.output


def test_cli_refuses_inputs_together_with_graph(tmp_path):
    result = CliRunner().invoke(main, ["eval", str(SEED), "papers.txt", "--graph", "g.ttl"])
    assert result.exit_code == EXIT_USAGE
    assert "not both" in result.stderr


def test_cli_scores_a_turtle_graph_as_json_and_as_a_table(tmp_path):
    gold, graph = uses_case(tmp_path)
    ttl = turtle_of(graph, tmp_path / "g.ttl")
    result = CliRunner().invoke(main, ["eval", str(gold), "--graph", str(ttl), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["uses"]["tp"] == 1 and figures["uses"]["fn"] == 1
    # Models. Paper one, IRI order .../model/sam (optional: neutral), .../model/sam-med-3d (takes SAM-Med3D: tp),
    # .../model/sam-med3d (duplicate: fp); paper two: sam-med3d tp. tp 2 fp 1 fn 0: P 2/3, R 1, F1 0.8.
    assert figures["per_type"]["Model"] == {"tp": 2, "fp": 1, "fn": 0, "precision": pytest.approx(2 / 3), "recall": 1.0, "f1": pytest.approx(0.8)}
    table = CliRunner().invoke(main, ["eval", str(gold), "--graph", str(ttl), "--errors", "5"])
    assert table.exit_code == 0
    assert "Duplicate entity nodes: 1" in table.stdout
    assert "SAM-Med3D (duplicate)" in table.stdout and "SAM-Med3D -> BraTS" in table.stdout
