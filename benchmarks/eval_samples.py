"""Extraction quality on the sample sets kg was not developed on: F1 per set and pooled.

`tests/data/samples/` holds small sets of real abstracts on topics the seed
corpus hardly covers, each with gold annotations made by the guideline
(`tests/data/ANNOTATION.md`) before kg ran on them. Each sample is split in a
read half (`NNNa`, whose errors may be read to find what to fix) and a blind
half (`NNNb`, scored only, never read): a rule that helps the read halves and
not the blind ones describes its papers, not the field. A sample kept whole
(`NNN`) is blind as a whole.

Each half is built on its own, as `kg eval GOLD PAPERS` would, and the figures
are pooled over the read and over the blind halves (micro-averaged: summed
tp/fp/fn).

    python3 benchmarks/eval_samples.py              # every sample
    python3 benchmarks/eval_samples.py 252a 252b    # some halves
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import Counts, Evaluation, evaluate, read_gold, view_of_networkx  # noqa: E402
from kg.pipeline import build  # noqa: E402

SAMPLES = ROOT / "tests" / "data" / "samples"
TYPES = ("Model", "Dataset", "Modality", "AnatomicalStructure", "Task")
COLUMNS = ("entities", "models", "datasets", "modalities", "anatomy", "tasks", "uses")


def score(half: Path) -> Evaluation:
    """One half built alone and scored against its gold; a gold paper missing from the build is an error."""
    evaluation = evaluate(read_gold(half / "gold.jsonl"), view_of_networkx(build([str(half / "papers.jsonl")])))
    if evaluation.papers_not_in_graph:
        raise SystemExit(f"{half}: gold papers not in the build: {'; '.join(evaluation.papers_not_in_graph)}")
    return evaluation


def figures(evaluation: Evaluation) -> list[Counts]:
    return [evaluation.entities, *(evaluation.per_type[t] for t in TYPES), evaluation.uses]


def row(name: str, papers: int, counts: list[Counts]) -> str:
    cells = " ".join(f"{c.f1:>10.3f}" if c.tp + c.fp + c.fn else f"{'-':>10}" for c in counts)
    task, uses = counts[5], counts[6]
    return f"{name:<8}{papers:>7} {cells}   {task.tp}/{task.fp}/{task.fn}  {uses.tp}/{uses.fp}/{uses.fn}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("halves", nargs="*", help="halves to score (e.g. 252a); default: all")
    args = parser.parse_args()
    halves = [SAMPLES / name for name in args.halves] or sorted(p for p in SAMPLES.iterdir() if (p / "gold.jsonl").exists())
    print(f"{'half':<8}{'papers':>7} " + " ".join(f"{c:>10}" for c in COLUMNS) + "   tasks tp/fp/fn  uses tp/fp/fn")
    pooled: dict[str, tuple[int, list[Counts]]] = {}
    for half in halves:
        evaluation = score(half)
        print(row(half.name, len(evaluation.papers), figures(evaluation)))
        kind = "read" if half.name.endswith("a") else "blind"
        papers, counts = pooled.get(kind, (0, [Counts()] * len(COLUMNS)))
        pooled[kind] = (papers + len(evaluation.papers), [a + b for a, b in zip(counts, figures(evaluation))])
    for kind, (papers, counts) in sorted(pooled.items(), reverse=True):
        print(row(kind, papers, counts))


if __name__ == "__main__":
    main()
