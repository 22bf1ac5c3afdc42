"""A cache of per-paper extractions, so rebuilding a grown corpus extracts only the new papers.

Entries are keyed by the SHA-256 of a paper's content (id, title, abstract).
The whole cache belongs to one *extractor fingerprint*: the extractor's
version, the source of the modules extraction runs or stores with (extract, phrases,
gazetteer, names, text, vocabulary, parallel, and corpus for its IRI check)
and every file of the ontology folder. When the fingerprint changes (new
code, an edited vocabulary) every entry is dropped on open, so a stale
extraction can never reach a build.

The store is one SQLite file (`extractions.sqlite`) in the cache folder;
values are zlib-compressed pickles of `kg.extract.Extracted`. Pickles are
only read from this folder, which the build itself writes: point
`--cache-dir` only at a folder you trust.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import sqlite3
import zlib
from pathlib import Path
from typing import Iterable, Sequence

from kg.corpus import Paper
from kg.extract import EXTRACTOR_VERSION, Extracted

CACHE_FILE = "extractions.sqlite"
# Modules whose code decides what `extract` returns and how it is stored.
_EXTRACTOR_MODULES = ("extract.py", "opennames.py", "relate.py", "discourse.py", "evidence.py", "gazetteer.py", "names.py", "acronyms.py", "phrases.py", "text.py", "vocabulary.py", "parallel.py", "corpus.py")
_LOOKUP_CHUNK = 500  # SQLite host parameters a query


class CacheError(Exception):
    """The cache folder or file cannot be used (unwritable, corrupt)."""


def code_fingerprint() -> str:
    """Hash of the extractor's version and of the source of the modules that decide what it returns:
    two installs of kg extract alike exactly when these agree."""
    digest = hashlib.sha256(f"extractor {EXTRACTOR_VERSION}\n".encode())
    package = Path(__file__).resolve().parent
    for name in _EXTRACTOR_MODULES:
        digest.update(name.encode() + b"\0" + (package / name).read_bytes() + b"\0")
    return digest.hexdigest()


def extractor_fingerprint(ontology: Path) -> str:
    """Hash of everything an extraction depends on besides the paper: the code and the ontology."""
    digest = hashlib.sha256(code_fingerprint().encode() + b"\n")
    for path in sorted(p for p in ontology.rglob("*") if p.is_file()):
        digest.update(path.relative_to(ontology).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def paper_key(paper: Paper) -> str:
    return hashlib.sha256(json.dumps([paper.id, paper.title, paper.abstract], ensure_ascii=False).encode()).hexdigest()


class ExtractionCache:
    """Extractions by paper content, for one extractor fingerprint. Use as a context manager."""

    def __init__(self, folder: str | Path, fingerprint: str) -> None:
        self.folder = Path(folder)
        self.path = self.folder / CACHE_FILE
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30)
            self._open(fingerprint)
        except sqlite3.DatabaseError as error:
            raise CacheError(f"{self.path}: not a usable kg cache ({error}); delete it or build with --no-cache") from error
        except OSError as error:
            raise CacheError(f"{self.folder}: cannot create cache folder ({error.strerror}); use --cache-dir or --no-cache") from error

    def _open(self, fingerprint: str) -> None:
        with self._db:
            self._db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
            self._db.execute("CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
            row = self._db.execute("SELECT value FROM meta WHERE name = 'fingerprint'").fetchone()
            if row is None or row[0] != fingerprint:
                self._db.execute("DELETE FROM extraction")
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (fingerprint,))

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM extraction").fetchone()[0]

    def lookup(self, papers: Sequence[Paper]) -> list[Extracted | None]:
        """The cached extraction of each paper, None where there is none."""
        keys = [paper_key(paper) for paper in papers]
        found: dict[str, bytes] = {}
        try:
            for start in range(0, len(keys), _LOOKUP_CHUNK):
                chunk = keys[start : start + _LOOKUP_CHUNK]
                marks = ",".join("?" * len(chunk))
                found.update(self._db.execute(f"SELECT key, value FROM extraction WHERE key IN ({marks})", chunk))
        except sqlite3.DatabaseError as error:
            raise CacheError(f"{self.path}: cannot read the cache ({error}); delete it or build with --no-cache") from error
        return [_decode(found[key]) if key in found else None for key in keys]

    def store(self, items: Iterable[tuple[Paper, Extracted]]) -> None:
        rows = [(paper_key(paper), _encode(extracted)) for paper, extracted in items]
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO extraction VALUES (?, ?)", rows)
        except sqlite3.DatabaseError as error:
            raise CacheError(f"{self.path}: cannot write the cache ({error}); delete it or build with --no-cache") from error


def _encode(extracted: Extracted) -> bytes:
    return zlib.compress(pickle.dumps(extracted, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _decode(blob: bytes) -> Extracted:
    return pickle.loads(zlib.decompress(blob))
