"""What `kg` prints and how it exits on bad input, bad options and failures."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.namespace import RDF, RDFS

import kg.outputs
import kg.pipeline
from kg import cli
from kg.namespaces import KG
from kg.rdf import ALL_SUBJECTS

REPO = Path(__file__).resolve().parents[1]
ABSTRACT = (
    "We introduce a segmentation model for knee MRI trained on a public dataset of annotated scans. "
    "It is evaluated on two external cohorts and compared with strong baselines, improving the Dice score "
    "on every cohort."
)


def record(title: str, **extra) -> str:
    return json.dumps({"title": title, "abstract": ABSTRACT, **extra})


def run(*args: str):
    return CliRunner().invoke(cli.main, list(args))


def stderr_lines(result) -> list[str]:
    return result.stderr.splitlines()


@pytest.fixture
def good(tmp_path) -> Path:
    path = tmp_path / "good.jsonl"
    path.write_text(record("Knee MRI segmentation model") + "\n" + record("Chest CT report generation") + "\n")
    return path


# --- acceptance: a messy folder ------------------------------------------------------


def make_messy_folder(folder: Path) -> dict[str, list[str]]:
    """Good files among a broken JSON Lines file, an empty file, a binary file and a BOM+CRLF file.

    Returns the titles every build must keep and the sources it must name as skipped.
    """
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.jsonl").write_text(record("Good JSONL paper on CT") + "\n" + record("Second good JSONL paper") + "\n")
    (folder / "page.txt").write_text(f"Subscribe\n\nJun 26\n\nGood page-text paper on MRI\n\n{ABSTRACT}\n")
    (folder / "broken.jsonl").write_text(
        "\n".join([record("Kept before the break"), '{"title": "cut off', record("Kept after the break"), "[]", '{"title": "no abstract"}'])
        + "\n"
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.json").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "windows.jsonl").write_bytes(
        b"\xef\xbb\xbf" + (record("BOM and CRLF paper one") + "\r\n" + record("BOM and CRLF paper two") + "\r\n").encode()
    )
    return {
        "titles": sorted([
            "Good JSONL paper on CT", "Second good JSONL paper", "Good page-text paper on MRI", "Kept before the break",
            "Kept after the break", "BOM and CRLF paper one", "BOM and CRLF paper two",
        ]),
        "skipped": [
            f"{folder / 'broken.jsonl'}:2", f"{folder / 'broken.jsonl'}:4", f"{folder / 'broken.jsonl'}:5",
            str(folder / "empty.txt"), str(folder / "scan.json"),
        ],
    }


def test_messy_folder_keeps_every_good_paper_and_names_every_bad_record(tmp_path):
    expected = make_messy_folder(tmp_path / "messy")
    result = run("build", str(tmp_path / "messy"), "--out", str(tmp_path / "out"))
    assert result.exit_code == cli.EXIT_OK, result.output
    skipped = [line.removeprefix("kg: skipped ") for line in stderr_lines(result)]
    assert all(line.startswith("kg: skipped ") for line in stderr_lines(result))
    assert [line.split(": ", 1)[0] for line in skipped] == expected["skipped"]
    assert "not valid JSON (Unterminated string" in skipped[0]
    assert "empty file" in skipped[3] and "binary file" in skipped[4]
    assert result.stdout.startswith(f"Read {len(expected['titles'])} papers, skipped 5 records.")
    graph = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl", format="turtle")
    titles = sorted(str(graph.value(p, RDFS.label)) for p in graph.subjects(RDF.type, KG.Paper))
    assert titles == expected["titles"]


# --- exit codes ----------------------------------------------------------------------


def test_success_reports_skipped_records_in_the_summary(tmp_path, good):
    good.write_text(good.read_text() + "{oops\n")
    result = run("build", str(good), "--out", str(tmp_path / "new" / "nested" / "out"))
    assert result.exit_code == cli.EXIT_OK
    assert result.stdout.splitlines()[0] == "Read 2 papers, skipped 1 records."
    assert stderr_lines(result) == [f"kg: skipped {good}:3: not valid JSON (Expecting property name enclosed in double quotes at column 2); line skipped"]
    assert (tmp_path / "new" / "nested" / "out" / "graph.ttl").is_file()  # --out created when missing


def test_missing_input_is_unusable_input(tmp_path):
    result = run("build", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "out"))
    assert result.exit_code == cli.EXIT_INPUT
    assert stderr_lines(result) == [f"kg: error: {tmp_path / 'nope.jsonl'}: no such file or folder; check the path"]


def test_no_papers_found(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("build", str(empty), "--out", str(tmp_path / "out"))
    assert result.exit_code == cli.EXIT_NO_PAPERS
    assert stderr_lines(result) == [
        f"kg: skipped {empty}: empty file",
        f"kg: error: no papers found in {empty}; expected title/abstract paragraphs or JSON Lines with title and abstract",
    ]
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_out_blocked_by_a_file_fails_before_any_work(tmp_path, good, monkeypatch):
    def must_not_run(*_args, **_kwargs):
        raise AssertionError("the build ran although --out is unusable")

    monkeypatch.setattr(kg.pipeline, "build", must_not_run)
    blocker = tmp_path / "taken"
    blocker.write_text("a regular file where the folder should be")
    for out, expected in [
        (blocker, f"kg: error: {blocker}: output folder path is taken by a file; pass another --out or move the file"),
        (blocker / "sub", f"kg: error: {blocker / 'sub'}: output folder path is taken by a file ({blocker} is a file); pass another --out or move the file"),
    ]:
        result = run("build", str(good), "--out", str(out))
        assert result.exit_code == cli.EXIT_OUTPUT
        assert stderr_lines(result) == [expected]


def test_strict_turns_a_skipped_record_into_a_failure_and_writes_nothing(tmp_path, good):
    out = tmp_path / "out"
    assert run("build", str(good), "--out", str(out), "--strict").exit_code == cli.EXIT_OK
    before = (out / "graph.ttl").read_bytes()
    good.write_text(good.read_text() + record("Third paper") + "\n{broken\n")
    result = run("build", str(good), "--out", str(out), "--strict", "--quiet")
    assert result.exit_code == cli.EXIT_STRICT
    assert stderr_lines(result) == [
        f"kg: skipped {good}:4: not valid JSON (Expecting property name enclosed in double quotes at column 2); line skipped",
        "kg: error: 1 record(s) skipped and 0 repaired with --strict; nothing written; fix the input or drop --strict",
    ]
    assert (out / "graph.ttl").read_bytes() == before


def test_strict_also_fails_on_repaired_undecodable_bytes(tmp_path, good):
    good.write_bytes(good.read_bytes().replace(b"Knee", b"Kn\xe9e"))
    result = run("build", str(good), "--out", str(tmp_path / "out"), "--strict")
    assert result.exit_code == cli.EXIT_STRICT
    lines = stderr_lines(result)
    assert lines[0].startswith(f"kg: warning: {good}:1: invalid UTF-8 at byte 13")
    assert lines[-1].startswith("kg: error: 0 record(s) skipped and 1 repaired with --strict")


def test_invalid_query_and_missing_graph(tmp_path, good):
    out = tmp_path / "out"
    assert run("build", str(good), "--out", str(out)).exit_code == cli.EXIT_OK
    result = run("query", "SELEC ?x WHERE {}", "--data", str(out / "graph.ttl"))
    assert result.exit_code == cli.EXIT_QUERY
    assert len(stderr_lines(result)) == 1 and stderr_lines(result)[0].startswith("kg: error: invalid SPARQL")
    result = run("query", "SELECT * WHERE { ?s ?p ?o }", "--data", str(tmp_path / "none.ttl"))
    assert result.exit_code == cli.EXIT_QUERY
    assert stderr_lines(result) == [f"kg: error: {tmp_path / 'none.ttl'}: no such graph file; run `kg build` first or pass --data"]


@pytest.mark.parametrize("args", [["build", "--no-such-option"], ["nonsense"], ["build", "--quiet", "--verbose"]])
def test_usage_errors_exit_2(args):
    assert run(*args).exit_code == cli.EXIT_USAGE


def test_exit_codes_are_distinct():
    codes = [cli.EXIT_OK, cli.EXIT_USAGE, cli.EXIT_INPUT, cli.EXIT_NO_PAPERS, cli.EXIT_QUERY, cli.EXIT_VALIDATION,
             cli.EXIT_OUTPUT, cli.EXIT_STRICT, cli.EXIT_INTERNAL, 1]
    assert len(set(codes)) == len(codes)


# --- unexpected errors: one line, traceback only with --verbose -----------------------------


def _explode(*_args, **_kwargs):
    raise RuntimeError("boom\nsecond line")


def test_unexpected_error_is_one_line_without_traceback(tmp_path, good, monkeypatch):
    monkeypatch.setattr(kg.pipeline, "build", _explode)
    result = run("build", str(good), "--out", str(tmp_path / "out"))
    assert result.exit_code == cli.EXIT_INTERNAL
    assert stderr_lines(result) == [
        "kg: error: internal error: RuntimeError: boom second line; re-run with --verbose for the traceback and report it"
    ]


def test_verbose_shows_the_traceback(tmp_path, good, monkeypatch):
    monkeypatch.setattr(kg.pipeline, "build", _explode)
    result = run("build", str(good), "--out", str(tmp_path / "out"), "--verbose")
    assert result.exit_code == cli.EXIT_INTERNAL
    assert "Traceback (most recent call last)" in result.stderr
    assert 'raise RuntimeError("boom' in result.stderr
    assert stderr_lines(result)[-1].startswith("kg: error: internal error: RuntimeError")


# --- quiet and verbose -------------------------------------------------------------------


def test_quiet_prints_nothing_on_success_even_with_skips(tmp_path, good):
    good.write_text(good.read_text() + "{broken\n")
    result = run("build", str(good), "--out", str(tmp_path / "out"), "-q")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_verbose_lists_ignored_files_which_the_summary_counts(tmp_path, good):
    folder = tmp_path / "corpus"
    folder.mkdir()
    good.rename(folder / good.name)
    (folder / "notes.pdf").write_text("not a corpus")
    (folder / ".cache").mkdir()
    plain = run("build", str(folder), "--out", str(tmp_path / "out"))
    assert plain.exit_code == cli.EXIT_OK
    assert "Ignored 2 file(s) or folder(s) (hidden or unknown extension; --verbose lists them)." in plain.stdout
    assert "kg: note" not in plain.stderr
    verbose = run("build", str(folder), "--out", str(tmp_path / "out"), "--verbose")
    notes = [line for line in stderr_lines(verbose) if line.startswith("kg: note: ")]
    assert notes == [
        f"kg: note: {folder / '.cache'}: hidden folder, ignored",
        f"kg: note: {folder / 'notes.pdf'}: extension '.pdf' not read in folders (read: .json .jsonl .md .ndjson .txt or none); name the file to read it",
    ]


# --- outputs: atomic, and a clear error when they cannot be written ---------------------------


def _output_files(out: Path) -> list[str]:
    """What a build left in its folder, besides its cache: no temporary file may stay behind."""
    return sorted(p.name for p in out.iterdir() if p.name != ".kg-cache")


def _build_once(tmp_path: Path, good: Path) -> tuple[Path, bytes, bytes]:
    out = tmp_path / "out"
    assert run("build", str(good), "--out", str(out)).exit_code == cli.EXIT_OK
    return out, (out / "graph.ttl").read_bytes(), (out / "graph.html").read_bytes()


# Big graphs have their Turtle written by forked processes, a part each, and with few of them the last
# part by the build's own process after the page: every failure must look the same from there.
WRITERS = pytest.mark.parametrize("writer", ["in-process", "forked", "forked-and-own"])


def _use_writer(monkeypatch, writer: str) -> None:
    if writer != "in-process":
        if not sys.platform.startswith("linux"):
            pytest.fail("the forked Turtle writers run on Linux only")
        monkeypatch.setattr(kg.outputs, "BACKGROUND_TURTLE_MIN_EDGES", 0)
        monkeypatch.setattr(kg.outputs, "TURTLE_WRITERS", 3 if writer == "forked" else 1)


@WRITERS
@pytest.mark.parametrize("interruption", [RuntimeError("disk gremlin"), KeyboardInterrupt()], ids=["error", "ctrl-c"])
def test_interrupted_write_leaves_previous_outputs_whole_and_no_temp_file(tmp_path, good, monkeypatch, interruption, writer):
    out, ttl, html = _build_once(tmp_path, good)
    good.write_text(record("A paper that changes the graph") + "\n")
    _use_writer(monkeypatch, writer)

    def half_then_fail(graph, stream, base_iri, subjects=ALL_SUBJECTS):
        stream.write("@prefix kg: <https://w3id.org/kg-medimg/ontology#> .\n<half")
        raise interruption

    monkeypatch.setattr(kg.outputs, "write_graph_turtle", half_then_fail)
    result = run("build", str(good), "--out", str(out))
    assert result.exit_code != cli.EXIT_OK
    assert (out / "graph.ttl").read_bytes() == ttl
    assert (out / "graph.html").read_bytes() == html
    assert _output_files(out) == ["graph.html", "graph.ttl"]


@WRITERS
def test_failing_page_render_replaces_neither_output(tmp_path, good, monkeypatch, writer):
    out, ttl, html = _build_once(tmp_path, good)
    good.write_text(record("A paper that changes the graph") + "\n")
    _use_writer(monkeypatch, writer)
    monkeypatch.setattr(kg.outputs, "render_page", _explode)
    assert run("build", str(good), "--out", str(out)).exit_code == cli.EXIT_INTERNAL
    assert ((out / "graph.ttl").read_bytes(), (out / "graph.html").read_bytes()) == (ttl, html)
    assert _output_files(out) == ["graph.html", "graph.ttl"]


@WRITERS
def test_a_new_build_replaces_both_outputs(tmp_path, good, monkeypatch, writer):
    out, ttl, _ = _build_once(tmp_path, good)
    good.write_text(record("A paper that changes the graph") + "\n")
    _use_writer(monkeypatch, writer)
    assert run("build", str(good), "--out", str(out)).exit_code == cli.EXIT_OK
    turtle = (out / "graph.ttl").read_bytes()
    assert turtle != ttl and b"A paper that changes the graph" in turtle
    assert _output_files(out) == ["graph.html", "graph.ttl"]


@pytest.mark.parametrize("writer", ["forked", "forked-and-own"])
def test_forked_writer_writes_the_same_turtle(tmp_path, good, monkeypatch, writer):
    assert run("build", str(good), "--out", str(tmp_path / "a"), "--no-cache").exit_code == cli.EXIT_OK
    _use_writer(monkeypatch, writer)
    assert run("build", str(good), "--out", str(tmp_path / "b"), "--no-cache").exit_code == cli.EXIT_OK
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()


@pytest.mark.parametrize("writer", ["forked", "forked-and-own"])  # the last part: a forked writer's, or this process's
def test_one_failing_part_fails_the_build_and_leaves_no_part_behind(tmp_path, good, monkeypatch, writer):
    out, ttl, html = _build_once(tmp_path, good)
    good.write_text(record("A paper that changes the graph") + "\n")
    _use_writer(monkeypatch, writer)
    write_part = kg.outputs.write_graph_turtle

    def last_part_fails(graph, stream, base_iri, subjects=ALL_SUBJECTS):
        if subjects.high is None:
            raise RuntimeError("disk gremlin in the last part")
        write_part(graph, stream, base_iri, subjects)

    monkeypatch.setattr(kg.outputs, "write_graph_turtle", last_part_fails)
    result = run("build", str(good), "--out", str(out))
    assert result.exit_code == cli.EXIT_INTERNAL and "disk gremlin in the last part" in result.stderr
    assert ((out / "graph.ttl").read_bytes(), (out / "graph.html").read_bytes()) == (ttl, html)
    assert _output_files(out) == ["graph.html", "graph.ttl"]


@WRITERS
def test_disk_full_is_an_output_error(tmp_path, good, monkeypatch, writer):
    out, ttl, _ = _build_once(tmp_path, good)
    _use_writer(monkeypatch, writer)

    def no_space(graph, stream, base_iri, subjects=ALL_SUBJECTS):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.outputs, "write_graph_turtle", no_space)
    result = run("build", str(good), "--out", str(out))
    assert result.exit_code == cli.EXIT_OUTPUT
    assert stderr_lines(result) == [f"kg: error: {out / 'graph.ttl'}: cannot write output (No space left on device); free space or pass another --out"]
    assert (out / "graph.ttl").read_bytes() == ttl
    assert _output_files(out) == ["graph.html", "graph.ttl"]


# --- a real process ----------------------------------------------------------------------


# A command printing line by line, run as `kg` runs it (cli.run, the console script) or through click alone;
# print, unlike click.echo, leaves its lines in stdout's buffer.
_LINES = (
    "import click, sys\n"
    "from kg import cli\n"
    "@cli.main.command()\n"
    "def lines():\n"
    "    for n in range(200_000):\n"
    "        print(f'line {n}')\n"
    "    sys.exit(int(sys.argv[2]))\n"
    "getattr(cli, sys.argv[1])(['lines'])\n"
)
_BUFFERED = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}  # stdout as on most machines


@pytest.mark.parametrize("entry", ["run", "main"])
def test_closed_stdout_pipe_exits_quietly(entry):
    """`kg ... | head` must not print a traceback; a command writing line by line is the hard case."""
    with subprocess.Popen([sys.executable, "-c", _LINES, entry, "0"], cwd=REPO, env=_BUFFERED, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        process.stdout.read(10)
        process.stdout.close()  # like `| head`
        stderr = process.stderr.read().decode()
        assert process.wait(timeout=120) == 1
    assert stderr == ""


@pytest.mark.parametrize("code", [0, cli.EXIT_QUERY])
def test_console_command_flushes_all_output_and_keeps_the_exit_code(tmp_path, code):
    """cli.run ends the process without freeing the graph object by object: nothing printed may be lost."""
    with open(tmp_path / "out.txt", "w") as out:
        ran = subprocess.run([sys.executable, "-c", _LINES, "run", str(code)], cwd=REPO, env=_BUFFERED, stdout=out, stderr=subprocess.PIPE, text=True)
    assert (ran.returncode, ran.stderr) == (code, "")
    lines = (tmp_path / "out.txt").read_text().splitlines()
    assert len(lines) == 200_000 and lines[-1] == "line 199999"
