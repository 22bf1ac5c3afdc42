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


def _file_mode() -> int:
    """Mode a plain `open()` would give a new file under the current umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


_FILE_MODE = _file_mode()


class OutputError(Exception):
    """The output folder cannot be created or written."""


def prepare_out_dir(out_dir: str | Path) -> Path:
    """Create the folder if needed and check it is writable, before any work is done."""
    path = Path(out_dir)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{path}: cannot create output folder ({error.strerror})") from error
    if not os.access(path, os.W_OK | os.X_OK):
        raise OutputError(f"{path}: output folder is not writable")
    return path


@contextmanager
def atomic_text(path: Path) -> Iterator[TextIO]:
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="\n", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            yield handle
        os.chmod(handle.name, _FILE_MODE)
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def write_outputs(
    graph: nx.MultiDiGraph, out_dir: str | Path, base_iri: str = DEFAULT_BASE_IRI, formats: Iterable[str] = ()
) -> list[Path]:
    """graph.ttl, graph.html and graph.<fmt> for each other export format, in out_dir; returns the paths written."""
    check_base_iri(base_iri)
    folder = prepare_out_dir(out_dir)
    written = [write_export(graph, "ttl", folder / FORMATS["ttl"], base_iri)]
    page = folder / "graph.html"
    with atomic_text(page) as out:
        out.write(render_page(graph))
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
        raise OutputError(f"{path}: cannot write ({error.strerror})") from error
    return path
