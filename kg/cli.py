"""The `kg` command: parses arguments, calls the library, prints. No logic lives here."""

from __future__ import annotations

import os
import sys
import time
import traceback
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from click._termui_impl import ProgressBar

from kg.corpus import CorpusError, CorpusWarning
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
EXIT_STRICT = 8  # --strict and some record was skipped or repaired
EXIT_INTERNAL = 9  # an unexpected error (a bug): one line, --verbose shows the traceback
# click itself exits 1 on Ctrl-C ("Aborted!") and when stdout is closed early.

DEFAULT_OUT = "output"
DEFAULT_DATA = "output/graph.ttl"


def fail(message: str, code: int) -> None:
    one_line = " ".join(str(message).split())
    click.echo(f"kg: error: {one_line}", err=True)
    sys.exit(code)


class _Main(click.Group):
    """Turns any unexpected exception into one line and EXIT_INTERNAL; --verbose adds the traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort, BrokenPipeError):
            raise  # click reports these itself; a closed stdout (`kg query ... | head`) exits 1 quietly
        except Exception as error:  # noqa: BLE001 - the one place that reports bugs instead of a traceback
            if ctx.meta.get("kg.verbose"):
                traceback.print_exc()
            fail(f"internal error: {type(error).__name__}: {error}; re-run with --verbose for the traceback and report it", EXIT_INTERNAL)


def _remember_verbose(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    ctx.meta["kg.verbose"] = value


# -v/--verbose for any command; main's error handler and build read it from ctx.meta.
verbose_option = click.option(
    "-v", "--verbose", is_flag=True, is_eager=True, expose_value=False, callback=_remember_verbose,
    help="Show per-file notes, all warnings and tracebacks.",
)


def _verbose() -> bool:
    return bool(click.get_current_context().meta.get("kg.verbose"))


def run(args: list[str] | None = None) -> None:
    """The `kg` console command: `main`, then an exit that leaves the memory to the operating system.

    At exit Python frees every object one by one; after a 20,000-paper build that took 2-3 s, a
    tenth of the run, with the outputs long written (mypy exits the same way, for the same reason).
    Commands close and flush what they write before they return; stdout and stderr are flushed here.
    """
    try:
        main(args)  # standalone: ends in SystemExit with the command's exit code
    except SystemExit as exit:
        code = _exit_status(exit.code)
    else:
        code = EXIT_OK
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that went away (`kg query | head`), or a closed stream
            pass
    os._exit(code)


def _exit_status(code: object) -> int:
    """What the interpreter would exit with for SystemExit(code), printing a message as it does."""
    if code is None:
        return EXIT_OK
    if isinstance(code, int):
        return code
    print(code, file=sys.stderr)
    return 1


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """kg: a knowledge graph of medical-imaging AI papers, from titles and abstracts."""


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default=DEFAULT_OUT, show_default=True, type=click.Path(path_type=Path), help="Folder for graph.ttl and graph.html.")
@click.option("--base-iri", default=None, help="Namespace for the graph's resources.")
@click.option("--strict", is_flag=True, help="Fail, writing nothing, when any record is skipped or repaired.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("--format", "formats", default="ttl", show_default=True, help="Extra exports, comma list of ttl,nt,jsonld,graphml,json (graph.ttl and graph.html are always written).")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Extraction processes  [default: all cores]")
@click.option("--dask", "dask_address", metavar="ADDRESS", default=None, help="Extract on a Dask cluster (tcp://host:port), or 'local' to start one here.")
@click.option("--cache-dir", type=click.Path(path_type=Path), default=None, help="Extraction cache folder  [default: OUT/.kg-cache]")
@click.option("--no-cache", is_flag=True, help="Extract every paper again; do not read or write the cache.")
@click.option("--store", "store_dir", type=click.Path(path_type=Path), default=None, help="Also keep an Oxigraph store in this folder, for `kg query --store`.")
@verbose_option
def build(
    inputs: tuple[Path, ...],
    out_dir: Path,
    base_iri: str | None,
    strict: bool,
    quiet: bool,
    formats: str,
    workers: int | None,
    dask_address: str | None,
    cache_dir: Path | None,
    no_cache: bool,
    store_dir: Path | None,
) -> None:
    """Build the graph of INPUT files or folders (none: the bundled corpus)."""
    from kg.cache import CacheError
    from kg.export import ExportError, parse_formats
    from kg.namespaces import DEFAULT_BASE_IRI, BaseIRIError, check_base_iri
    from kg.parallel import ParallelError
    from kg.pipeline import BuildOptions, build as build_graph

    verbose = _verbose()
    if quiet and verbose:
        raise click.UsageError("--quiet and --verbose cannot be used together")
    started = time.perf_counter()
    options = BuildOptions(
        workers=workers,
        dask=dask_address,
        cache_dir=None if no_cache else (cache_dir or out_dir / ".kg-cache"),
        progress=None if quiet else _ProgressBar(),
    )
    try:
        chosen = parse_formats(formats)
        check_base_iri(base_iri or DEFAULT_BASE_IRI)
    except (ExportError, BaseIRIError) as error:
        fail(str(error), EXIT_USAGE)
    try:
        prepare_out_dir(out_dir)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            graph = build_graph(list(inputs) or None, options)
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
    report = graph.graph["report"]
    repaired = [w for w in caught if issubclass(w.category, CorpusWarning)]
    failing = report.papers_read == 0 or (strict and bool(report.skipped or repaired))
    if not quiet or failing:
        for warning in caught:
            if verbose or warning in repaired:
                click.echo(f"kg: warning: {warning.message}", err=True)
        for skipped in report.skipped:
            click.echo(f"kg: skipped {skipped}", err=True)
    if verbose:
        for note in report.notes:
            click.echo(f"kg: note: {note}", err=True)
    if report.papers_read == 0:
        where = ", ".join(str(p) for p in inputs) or "the bundled corpus"
        fail(f"no papers found in {where}; expected title/abstract paragraphs or JSON Lines with title and abstract", EXIT_NO_PAPERS)
    if failing:
        fail(
            f"{len(report.skipped)} record(s) skipped and {len(repaired)} repaired with --strict; nothing written; fix the input or drop --strict",
            EXIT_STRICT,
        )
    try:
        written = write_outputs(graph, out_dir, base_iri or DEFAULT_BASE_IRI, chosen)
        if store_dir is not None:
            written.append(write_store(out_dir / "graph.ttl", store_dir))
    except (OutputError, QueryError) as error:
        fail(str(error), EXIT_OUTPUT)
    if not quiet:
        click.echo(_summary(graph, written, time.perf_counter() - started, verbose))


def _summary(graph, written: list[Path], seconds: float, verbose: bool = False) -> str:
    from kg.graph import counts_by_type

    report = graph.graph["report"]
    nodes, edges = counts_by_type(graph)
    lines = [f"Read {report.papers_read} papers, skipped {len(report.skipped)} records."]
    if report.notes and not verbose:
        lines[0] += f" Ignored {len(report.notes)} file(s) or folder(s) (hidden or unknown extension; --verbose lists them)."
    lines.append("Nodes: " + ", ".join([f"{k} {v}" for k, v in nodes.items()] + [f"total {graph.number_of_nodes()}"]))
    lines.append("Edges: " + ", ".join([f"{k} {v}" for k, v in edges.items()] + [f"total {graph.number_of_edges()}"]))
    stats = graph.graph["extraction"]
    cache = f"; {stats.cached} from the cache {stats.cache}" if stats.cache else ""
    lines.append(f"Extracted {stats.extracted} papers on {stats.backend} in {stats.seconds:.1f} s{cache}.")
    lines.append("Wrote " + ", ".join(str(p) for p in written) + f" in {seconds:.1f} s.")
    return "\n".join(lines)


class _ProgressBar:
    """Extraction progress on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self._bar: ProgressBar[int] | None = None

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
@verbose_option
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
@verbose_option
def uses(model: str | None, dataset: str | None, data: Path, store_dir: Path | None, style: str) -> None:
    """Which models were trained or evaluated on which datasets, and the papers that say so."""
    try:
        table = uses_table(open_store(store_dir) if store_dir else load_store(data), model=model, dataset=dataset)
    except QueryError as error:
        fail(str(error), EXIT_QUERY)
    click.echo(format_table(table, style), nl=False)


@main.command("eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--graph", "graph_file", default=None, type=click.Path(path_type=Path), help="Score this built graph (Turtle) instead of building INPUTs.")
@click.option("--subset", type=click.Choice(["all", "dev", "heldout"]), default="all", show_default=True, help="Gold papers to score: the fixed dev / held-out split.")
@click.option("--errors", "limit", default=10, show_default=True, type=click.IntRange(min=0), help="Missed and wrong items to list per type.")
@click.option("--format", "style", type=click.Choice(["table", "json"]), default="table", show_default=True)
def eval_(gold: Path, inputs: tuple[Path, ...], graph_file: Path | None, subset: str, limit: int, style: str) -> None:
    """Score a build against GOLD annotations (JSON Lines): INPUTs built in memory (none: the bundled corpus), or --graph."""
    from kg.evaluate import EvaluationError, evaluate, format_json, format_report, read_gold, select_subset, view_of_networkx, view_of_turtle
    from kg.pipeline import build as build_graph

    if graph_file is not None and inputs:
        fail("give INPUT files or --graph, not both", EXIT_USAGE)
    try:
        papers = select_subset(read_gold(gold), subset)
        view = view_of_turtle(graph_file) if graph_file is not None else view_of_networkx(build_graph(list(inputs) or None))
    except (EvaluationError, CorpusError, VocabularyError) as error:
        fail(str(error), EXIT_INPUT)
    result = evaluate(papers, view)
    heading = f"{gold} ({subset}: {len(papers)} papers) against {graph_file or 'a fresh build of ' + (', '.join(map(str, inputs)) or 'the bundled corpus')}"
    click.echo(format_json(result, subset) if style == "json" else format_report(result, limit, heading), nl=False)


@main.command()
@click.argument("graph_file", metavar="GRAPH", default=DEFAULT_DATA, type=click.Path(path_type=Path))
def validate(graph_file: Path) -> None:
    """Check GRAPH (default output/graph.ttl) against the SHACL shapes; one line per violation."""
    from kg.validate import ValidationError, validate_file

    try:
        report = validate_file(graph_file)
    except ValidationError as error:
        fail(str(error), EXIT_INPUT)
    for violation in report.violations:
        click.echo(f"{graph_file}: {violation}")
    if not report.conforms:
        fail(f"{graph_file}: {len(report.violations)} SHACL violation(s) of ontology/shapes.ttl", EXIT_VALIDATION)
    click.echo(f"{graph_file}: conforms to ontology/shapes.ttl ({report.triples} triples)")


@main.command()
@click.argument("graph_file", metavar="GRAPH", type=click.Path(path_type=Path))
@click.option("--format", "fmt", required=True, type=click.Choice(["ttl", "nt", "jsonld", "graphml", "json"]), help="Export format.")
@click.option("--out", "out_file", default=None, type=click.Path(path_type=Path), help="File to write (default: GRAPH with the format's extension).")
def export(graph_file: Path, fmt: str, out_file: Path | None) -> None:
    """Convert a built GRAPH (Turtle, N-Triples or JSON-LD) to another format."""
    from kg.load import LoadError, load_graph
    from kg.outputs import write_export

    try:
        graph = load_graph(graph_file)
        path = write_export(graph, fmt, out_file or graph_file.with_suffix("." + fmt), graph.graph["base_iri"])
    except LoadError as error:
        fail(str(error), EXIT_INPUT)
    except OutputError as error:
        fail(str(error), EXIT_OUTPUT)
    click.echo(f"Wrote {path}.")


@main.command()
@click.option("--data", default=DEFAULT_DATA, show_default=True, type=click.Path(path_type=Path), help="Built graph (Turtle).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback: only this machine).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free port).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.001), help="Seconds a query may run before the reply is 503.")
def serve(data: Path, host: str, port: int, timeout: float) -> None:
    """Serve a read-only SPARQL endpoint at /sparql and the graph page at /."""
    from kg.serve import ServeError, make_server

    try:
        server = make_server(data, host, port, timeout)
    except ServeError as error:
        fail(str(error), EXIT_INPUT)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"kg: warning: listening on {host}: other machines can query this graph", err=True)
    click.echo(f"SPARQL endpoint {server.url}/sparql\nGraph page      {server.url}/\nQuery time limit {timeout:g} s; Ctrl-C stops.")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
