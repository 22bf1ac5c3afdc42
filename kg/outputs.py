"""Write build outputs atomically: a temporary file in the same folder, then a rename.

An interrupted build therefore never leaves a half-written file behind; the
previous output stays whole until the new one is complete.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, TextIO

import networkx as nx

from kg.export import FORMATS, write
from kg.html import render_page
from kg.namespaces import DEFAULT_BASE_IRI, check_base_iri
from kg.pipeline import paused_gc


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
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="\n", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, _FILE_MODE)
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def write_outputs(
    graph: nx.MultiDiGraph, out_dir: str | Path, base_iri: str = DEFAULT_BASE_IRI, formats: Iterable[str] = ()
) -> list[Path]:
    """graph.ttl, graph.html and graph.<fmt> for each other export format, in out_dir; returns the paths written.

    The page is rendered before any file is replaced, so a failure while rendering leaves the
    previous outputs as they were.
    """
    check_base_iri(base_iri)
    folder = prepare_out_dir(out_dir)
    with paused_gc():
        page_text = render_page(graph)
        written = [write_export(graph, "ttl", folder / FORMATS["ttl"], base_iri)]
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


def write_export(graph: nx.MultiDiGraph, fmt: str, path: str | Path, base_iri: str = DEFAULT_BASE_IRI) -> Path:
    """One export format (see kg.export.FORMATS) written atomically to path."""
    check_base_iri(base_iri)
    path = Path(path)
    try:
        with atomic_text(path) as out:
            write(graph, fmt, out, base_iri)
    except OSError as error:
        raise OutputError(f"{path}: cannot write output ({error.strerror}); free space or pass another --out") from error
    return path
