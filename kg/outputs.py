"""Write build outputs atomically: a temporary file in the same folder, then a rename.

An interrupted build therefore never leaves a half-written file behind; the
previous output stays whole until the new one is complete.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import IO, Callable, Iterable, Iterator, TextIO, cast

import networkx as nx

from kg.export import FORMATS, write
from kg.html import render_page
from kg.namespaces import DEFAULT_BASE_IRI, check_base_iri
from kg.parallel import default_workers
from kg.pipeline import paused_gc
from kg.rdf import ALL_SUBJECTS, SubjectRange, turtle_parts, write_graph_turtle


def _file_mode() -> int:
    """Mode a plain `open()` would give a new file under the current umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


_FILE_MODE = _file_mode()


class OutputError(Exception):
    """The output folder cannot be created or written."""


def prepare_out_dir(out_dir: str | Path) -> Path:
    """Create the folder if needed and prove it writable, before any work is done.

    Writability is tested by creating a file there, not with os.access: that
    also catches read-only file systems, and root passes os.access everywhere.
    """
    path = Path(out_dir)
    blocker = next((p for p in (path, *path.parents) if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        where = "" if blocker == path else f" ({blocker} is a file)"
        raise OutputError(f"{path}: output folder path is taken by a file{where}; pass another --out or move the file")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{path}: cannot create output folder ({error.strerror}); pass another --out") from error
    try:
        with tempfile.TemporaryFile(dir=path, prefix=".kg-probe."):
            pass
    except OSError as error:
        raise OutputError(f"{path}: output folder is not writable ({error.strerror}); pass another --out") from error
    return path


@contextmanager
def atomic_text(path: Path) -> Iterator[TextIO]:
    """A text file written in full or not at all: the old one stays until the new one is on disk.

    The temporary file is hidden (leading dot), so an output folder read
    back as input never picks it up; it is removed if writing fails.
    """
    handle = _temporary_beside(path)
    try:
        with handle:
            yield handle
            _flush_to_disk(handle)
        _put_in_place(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def _temporary_beside(path: Path) -> TextIO:
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="\n", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    return cast(TextIO, handle)  # the wrapper delegates every TextIO method to its text file


def _flush_to_disk(handle: IO) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def _put_in_place(temporary: str, path: Path) -> None:
    os.chmod(temporary, _FILE_MODE)
    os.replace(temporary, path)


# Graphs with at least this many edges have their Turtle written by forked processes while this
# one renders the page: TURTLE_WRITERS of them, each writing a part of the file, and this one the
# last part once the page is done.
BACKGROUND_TURTLE_MIN_EDGES = 20_000
# One process a core, this one rendering the page. Each part reads every link to find its evidence
# nodes (about a tenth of writing the whole file at 20,000 papers), so more than four gain little.
# On the 2-core VM of the benchmarks, two writers beside the page were no faster than one (the
# three processes contend for memory more than for cores) and took 300 MiB more at 20,000 papers.
TURTLE_WRITERS = max(1, min(4, default_workers() - 1))
# Rendering the page takes about this share of the time writing the whole Turtle does: 0.3-0.4 measured
# at 20,000 papers, and 0.4 the best of 0.1, 0.2, 0.25, 0.3 and 0.4 for the write stage there on the
# 2-core VM (writing the Turtle slows the page that runs beside it).
PAGE_TO_TURTLE = 0.4


def write_outputs(
    graph: nx.MultiDiGraph, out_dir: str | Path, base_iri: str = DEFAULT_BASE_IRI, formats: Iterable[str] = ()
) -> list[Path]:
    """graph.ttl, graph.html and graph.<fmt> for each other export format, in out_dir; returns the paths written.

    The page is rendered before any file is replaced, so a failure while rendering leaves the
    previous outputs as they were.
    """
    check_base_iri(base_iri)
    folder = prepare_out_dir(out_dir)
    turtle = folder / FORMATS["ttl"]
    with paused_gc(), _turtle_written_aside(graph, turtle, base_iri) as put_turtle_in_place:
        page_text = render_page(graph)
        put_turtle_in_place()
    written = [turtle]
    page = folder / "graph.html"
    try:
        with atomic_text(page) as out:
            out.write(page_text)
    except OSError as error:
        raise OutputError(f"{error.filename or folder}: cannot write output ({error.strerror}); free space or pass another --out") from error
    written.append(page)
    for fmt in formats:
        if fmt != "ttl":
            written.append(write_export(graph, fmt, folder / FORMATS[fmt], base_iri))
    return written


@contextmanager
def _turtle_written_aside(graph: nx.MultiDiGraph, path: Path, base_iri: str) -> Iterator[Callable[[], None]]:
    """Start writing the Turtle to temporary files; the function yielded writes what is left, waits
    for the rest and puts the file in place. Big graphs are written meanwhile by forked processes
    (on Linux, where fork is safe and cheap), a part of the file each, this process writing the
    last part after the page; small ones all when the function is called. Leaving the block early
    (an error, Ctrl-C) stops the writers and removes their files."""
    forked = TURTLE_WRITERS if _worth_forking(graph) else 0
    parts = turtle_parts(graph, _turtle_shares(forked), base_iri) if forked else [ALL_SUBJECTS]
    handles: list[TextIO] = []
    writers: list[tuple[BaseProcess, Connection]] = []
    try:
        try:
            handles.extend(_temporary_beside(path) for _ in parts)
        except OSError as error:
            raise _cannot_write(path, error) from error
        writers.extend(_fork_writer(graph, handle, base_iri, part) for handle, part in zip(handles, parts[:forked]))

        def put_in_place() -> None:
            try:
                for handle, part in zip(handles[forked:], parts[forked:]):
                    with handle:
                        write_graph_turtle(graph, handle, base_iri, part)
                for handle, writer in zip(handles, writers):
                    handle.close()
                    _wait_for(writer)
                _join(handles)
                _put_in_place(handles[0].name, path)
            except OSError as error:
                raise _cannot_write(path, error) from error
            finally:
                for handle in handles[1:]:
                    Path(handle.name).unlink(missing_ok=True)

        yield put_in_place
    except BaseException:
        for process, _ in writers:
            if process.is_alive():
                process.terminate()
                process.join()
        for handle in handles:
            handle.close()
            Path(handle.name).unlink(missing_ok=True)
        raise


def _turtle_shares(writers: int) -> list[float]:
    """How much of the Turtle each forked writer and then this process write, for all to finish
    together: this process renders the page first. Nothing left to it when the writers are many."""
    each = (1 + PAGE_TO_TURTLE) / (writers + 1)
    own = each - PAGE_TO_TURTLE
    return [each] * writers + ([own] if own > 0.05 else [])


def _worth_forking(graph: nx.MultiDiGraph) -> bool:
    return sys.platform.startswith("linux") and graph.number_of_edges() >= BACKGROUND_TURTLE_MIN_EDGES


def _fork_writer(graph: nx.MultiDiGraph, handle: TextIO, base_iri: str, part: SubjectRange) -> tuple[BaseProcess, Connection]:
    """A forked process writing one part of the Turtle to `handle`; it sends back None, or the exception that stopped it."""
    receive, send = multiprocessing.Pipe(duplex=False)
    process = multiprocessing.get_context("fork").Process(target=_write_in_child, args=(graph, handle, base_iri, part, send), daemon=True)
    process.start()
    send.close()
    return process, receive


def _write_in_child(graph: nx.MultiDiGraph, handle: TextIO, base_iri: str, part: SubjectRange, send: Connection) -> None:
    try:
        with handle:
            write_graph_turtle(graph, handle, base_iri, part)
    except BaseException as error:  # reported to the parent, which raises it there
        send.send(_picklable(error))
    else:
        send.send(None)


def _join(handles: list[TextIO]) -> None:
    """The parts' files appended to the first one, in order, and the whole of it flushed to disk."""
    with open(handles[0].name, "ab") as whole:
        for handle in handles[1:]:
            with open(handle.name, "rb") as part:
                shutil.copyfileobj(part, whole, _COPY_CHUNK)
        _flush_to_disk(whole)


_COPY_CHUNK = 1 << 22


def _picklable(error: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


def _wait_for(writer: tuple[BaseProcess, Connection]) -> None:
    process, receive = writer
    try:
        outcome = receive.recv()
    except EOFError:
        outcome = RuntimeError(f"the process writing the Turtle died (exit code {process.exitcode})")
    process.join()
    if outcome is not None:
        raise outcome


def write_export(graph: nx.MultiDiGraph, fmt: str, path: str | Path, base_iri: str = DEFAULT_BASE_IRI) -> Path:
    """One export format (see kg.export.FORMATS) written atomically to path."""
    check_base_iri(base_iri)
    path = Path(path)
    try:
        with atomic_text(path) as out:
            write(graph, fmt, out, base_iri)
    except OSError as error:
        raise _cannot_write(path, error) from error
    return path


def _cannot_write(path: Path, error: OSError) -> OutputError:
    return OutputError(f"{path}: cannot write output ({error.strerror}); free space or pass another --out")
