"""The benchmark scripts run and print their figures (at a size that takes seconds)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bench(script: str, *args: str) -> list[str]:
    ran = subprocess.run([sys.executable, f"benchmarks/{script}", *args], capture_output=True, text=True, check=True, cwd=ROOT)
    return ran.stdout.splitlines()


def test_build_benchmark_prints_throughput_and_memory():
    lines = bench("bench_build.py", "--sizes", "400", "--workers", "2")
    row = next(line.split() for line in lines if line.split()[:1] == ["400"])
    papers_per_second, total_seconds, all_mib = float(row[1]), float(row[2]), float(row[8])
    assert papers_per_second > 0 and total_seconds > 0 and all_mib > 0
    assert " ".join(row[9:]) == "2 local processes"


def test_output_stages_benchmark_times_every_stage():
    lines = bench("bench_outputs.py", "--size", "300", "--repeat", "1")
    stages = {line.split()[0]: line.split()[1:] for line in lines[2:6]}
    assert list(stages) == ["resolve", "assemble", "page", "turtle"]
    assert all(float(figures[0]) >= 0 for figures in stages.values())
    assert stages["turtle"][-1] == "graph.ttl"


def test_sample_quality_benchmark_scores_every_half_and_pools_read_and_blind():
    halves = sorted(p.name for p in (ROOT / "tests" / "data" / "samples").iterdir() if (p / "gold.jsonl").exists())
    lines = bench("eval_samples.py")
    rows = {line.split()[0]: line.split() for line in lines[1:]}
    assert list(rows) == [*halves, "read", "blind"]
    assert {name[-1] for name in halves} >= {"a", "b"}  # read and blind halves; whole samples are blind too
    for name in halves:
        assert int(rows[name][1]) == len((ROOT / "tests" / "data" / "samples" / name / "gold.jsonl").read_text().splitlines())
    assert all(0 <= float(cell) <= 1 for row in rows.values() for cell in row[2:9] if cell != "-")


def test_extraction_diff_compares_the_working_tree_with_a_revision():
    ran = subprocess.run([sys.executable, "scripts/extraction_diff.py", "HEAD", "--synthetic", "50"], capture_output=True, text=True, check=True, cwd=ROOT)
    last = ran.stdout.splitlines()[-1].split()
    changed, total = int(last[0]), int(last[2])
    dev_papers, read_papers = 84, sum(len((half / "papers.jsonl").read_text().splitlines()) for half in (ROOT / "tests" / "data" / "samples").glob("*a"))
    assert total == dev_papers + read_papers + 50
    assert 0 <= changed <= total and last[3:] == ["papers", "changed", "against", "HEAD"]
