"""The `kg` command: parses arguments, calls the library, prints. No logic lives here."""

from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path

import click

from kg.corpus import CorpusError
from kg.outputs import OutputError, prepare_out_dir, write_outputs
from kg.query import QueryError, format_table, load_store, open_store, select, uses as uses_table, write_store
from kg.vocabulary import VocabularyError

# Exit codes, documented in the README.
EXIT_OK = 0
EXIT_USAGE = 2  # click's own code for bad options
EXIT_INPUT = 3  # an input cannot be read at all
EXIT_NO_PAPERS = 4
EXIT_QUERY = 5
EXIT_VALIDATION = 6
EXIT_OUTPUT = 7
EXIT_STRICT = 8  # --strict and some record was skipped

DEFAULT_OUT = "output"
DEFAULT_DATA = "output/graph.ttl"


def fail(message: str, code: int) -> None:
    click.echo(f"kg: error: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """kg: a knowledge graph of medical-imaging AI papers, from titles and abstracts."""


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default=DEFAULT_OUT, show_default=True, type=click.Path(path_type=Path), help="Folder for graph.ttl and graph.html.")
@click.option("--base-iri", default=None, help="Namespace for the graph's resources.")
@click.option("--strict", is_flag=True, help="Fail when any record is skipped.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Extraction processes  [default: all cores]")
@click.option("--dask", "dask_address", metavar="ADDRESS", default=None, help="Extract on a Dask cluster (tcp://host:port), or 'local' to start one here.")
@click.option("--cache-dir", type=click.Path(path_type=Path), default=None, help="Extraction cache folder  [default: OUT/.kg-cache]")
@click.option("--no-cache", is_flag=True, help="Extract every paper again; do not read or write the cache.")
@click.option("--store", "store_dir", type=click.Path(path_type=Path), default=None, help="Also keep an Oxigraph store in this folder, for `kg query --store`.")
def build(
    inputs: tuple[Path, ...],
    out_dir: Path,
    base_iri: str | None,
    strict: bool,
    quiet: bool,
    workers: int | None,
    dask_address: str | None,
    cache_dir: Path | None,
    no_cache: bool,
    store_dir: Path | None,
) -> None:
    """Build the graph of INPUT files or folders (none: the bundled corpus)."""
    from kg.cache import CacheError
    from kg.namespaces import DEFAULT_BASE_IRI
    from kg.parallel import ParallelError
    from kg.pipeline import BuildOptions, build as build_graph

    started = time.perf_counter()
    options = BuildOptions(
        workers=workers,
        dask=dask_address,
        cache_dir=None if no_cache else (cache_dir or out_dir / ".kg-cache"),
        progress=None if quiet else _ProgressBar(),
    )
    try:
        prepare_out_dir(out_dir)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            graph = build_graph(list(inputs) or None, options)
        for warning in caught:
            click.echo(f"kg: warning: {warning.message}", err=True)
        report = graph.graph["report"]
        if report.papers_read == 0:
            fail("no papers found in the input; expected title/abstract paragraphs or JSON Lines", EXIT_NO_PAPERS)
        written = write_outputs(graph, out_dir, base_iri or DEFAULT_BASE_IRI)
        if store_dir is not None:
            written.append(write_store(out_dir / "graph.ttl", store_dir))
    except CorpusError as error:
        fail(str(error), EXIT_INPUT)
    except (CacheError, QueryError) as error:
        fail(str(error), EXIT_OUTPUT)
    except ParallelError as error:
        fail(str(error), EXIT_USAGE)
    except OutputError as error:
        fail(str(error), EXIT_OUTPUT)
    except VocabularyError as error:
        fail(str(error), EXIT_INPUT)
    for skipped in report.skipped:
        click.echo(f"kg: skipped {skipped}", err=True)
    if not quiet:
        click.echo(_summary(graph, written, time.perf_counter() - started))
    if strict and report.skipped:
        fail(f"{len(report.skipped)} record(s) skipped and --strict given", EXIT_STRICT)


def _summary(graph, written: list[Path], seconds: float) -> str:
    from kg.graph import counts_by_type

    report = graph.graph["report"]
    nodes, edges = counts_by_type(graph)
    lines = [f"Read {report.papers_read} papers, skipped {len(report.skipped)} records."]
    lines.append("Nodes: " + ", ".join(f"{k} {v}" for k, v in nodes.items()) + f" (total {graph.number_of_nodes()})")
    lines.append("Edges: " + ", ".join(f"{k} {v}" for k, v in edges.items()) + f" (total {graph.number_of_edges()})")
    stats = graph.graph["extraction"]
    cache = f"; {stats.cached} from the cache {stats.cache}" if stats.cache else ""
    lines.append(f"Extracted {stats.extracted} papers on {stats.backend} in {stats.seconds:.1f} s{cache}.")
    lines.append("Wrote " + ", ".join(str(p) for p in written) + f" in {seconds:.1f} s.")
    return "\n".join(lines)


class _ProgressBar:
    """Extraction progress on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self._bar = None

    def start(self, total: int) -> None:
        if not sys.stderr.isatty():
            return
        self._bar = click.progressbar(length=total, label="Extracting", file=sys.stderr, show_pos=True, show_eta=True)
        self._bar.render_progress()

    def advance(self, count: int) -> None:
        if self._bar is not None:
            self._bar.update(count)

    def finish(self) -> None:
        if self._bar is not None:
            self._bar.render_finish()
            self._bar = None


@main.command()
@click.argument("query_text", metavar="QUERY")
@click.option("--data", default=DEFAULT_DATA, show_default=True, type=click.Path(path_type=Path), help="Built graph (Turtle).")
@click.option("--store", "store_dir", default=None, type=click.Path(path_type=Path), help="Oxigraph store from `kg build --store` (instead of --data).")
@click.option("--format", "style", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
def query(query_text: str, data: Path, store_dir: Path | None, style: str) -> None:
    """Run a SPARQL QUERY (a string or a .rq file) over a built graph."""
    text = query_text
    if query_text.endswith(".rq") or (len(query_text) < 300 and Path(query_text).is_file()):
        try:
            text = Path(query_text).read_text(encoding="utf-8")
        except OSError as error:
            fail(f"{query_text}: cannot read query file ({error.strerror})", EXIT_QUERY)
    try:
        table = select(open_store(store_dir) if store_dir else load_store(data), text)
    except QueryError as error:
        fail(str(error), EXIT_QUERY)
    click.echo(format_table(table, style), nl=False)


@main.command()
@click.option("--model", default=None, help="Only models whose name or alias contains this.")
@click.option("--dataset", default=None, help="Only datasets whose name or alias contains this.")
@click.option("--data", default=DEFAULT_DATA, show_default=True, type=click.Path(path_type=Path), help="Built graph (Turtle).")
@click.option("--store", "store_dir", default=None, type=click.Path(path_type=Path), help="Oxigraph store from `kg build --store` (instead of --data).")
@click.option("--format", "style", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
def uses(model: str | None, dataset: str | None, data: Path, store_dir: Path | None, style: str) -> None:
    """Which models were trained or evaluated on which datasets, and the papers that say so."""
    try:
        table = uses_table(open_store(store_dir) if store_dir else load_store(data), model=model, dataset=dataset)
    except QueryError as error:
        fail(str(error), EXIT_QUERY)
    click.echo(format_table(table, style), nl=False)
