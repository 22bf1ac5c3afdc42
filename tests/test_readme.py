"""The README's Python examples run as written (in a scratch folder)."""

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_python_examples_run(tmp_path, monkeypatch, capsys):
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert blocks
    monkeypatch.chdir(tmp_path)
    for block in blocks:
        exec(compile(block, str(README), "exec"), {})
    printed = capsys.readouterr().out
    assert "112" in printed and "MIMIC-CXR" in printed
    assert (tmp_path / "output" / "graph.graphml").is_file()


def test_readme_transcripts_are_what_kg_prints(tmp_path, monkeypatch):
    """The tour's `kg build` counts and its `kg uses` table are the bundled corpus's: a change to
    extraction that moves them must move the README too, or a new user's first commands disagree
    with the page they read."""
    from click.testing import CliRunner

    from kg import cli

    readme = README.read_text(encoding="utf-8")
    build = re.search(r"```text\n\$ kg build\n(.*?)```", readme, re.S)
    table = re.search(r"```text\n\$ kg uses --dataset mimic\n(.*?)```", readme, re.S)
    assert build and table
    monkeypatch.chdir(tmp_path)
    printed = CliRunner().invoke(cli.main, ["build", "--no-cache"]).output.splitlines()
    counted = [line for line in build.group(1).splitlines() if line.startswith(("Read ", "Nodes: ", "Edges: "))]
    assert len(counted) == 3 and counted == [line for line in printed if line.startswith(("Read ", "Nodes: ", "Edges: "))]
    assert CliRunner().invoke(cli.main, ["uses", "--dataset", "mimic"]).output == table.group(1)
