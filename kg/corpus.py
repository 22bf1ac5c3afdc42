"""Read corpora of paper titles and abstracts into `Paper` records.

Two formats are recognised from their content, not their file name:
JSON Lines (one object a line with `title` and `abstract`) and the page text
of a trending-papers site (a title paragraph followed by its abstract
paragraph). Bad records never stop the others: each becomes a `Skipped`
entry naming the file and record.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
import warnings
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

BUNDLED_CORPUS = "papers.txt"

# A paper title is one short paragraph; an abstract is a longer one.
MAX_TITLE_CHARS = 400
MIN_ABSTRACT_CHARS = 200
MIN_TITLE_WORDS = 2

_ARXIV_ID = re.compile(r"(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])")
_LONE_DATE = re.compile(r"^[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?$")


class CorpusError(Exception):
    """An input that cannot be read at all (missing, unreadable, not a corpus)."""


@dataclass(frozen=True)
class Paper:
    """One paper: its stable id, title, abstract and where it was read from."""

    id: str
    title: str
    abstract: str
    url: str | None = None
    date: str | None = None
    authors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """Title and abstract as one text; evidence offsets index into it."""
        return f"{self.title}\n\n{self.abstract}"


@dataclass(frozen=True)
class Skipped:
    """A record that was not read, with where it was and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class Corpus:
    papers: list[Paper] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def normalise_title(title: str) -> str:
    """Case-, accent- and punctuation-free form of a title, for ids and dedup."""
    text = unicodedata.normalize("NFKD", title)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def paper_id(title: str, id_hint: str | None = None, url: str | None = None) -> str:
    """Stable id: the arXiv id when one is given, else a slug of the title.

    A slug of a normalised title stays the same across builds and corpora, so
    the paper's IRI does too; the hash suffix keeps long titles apart.
    """
    for hint in (id_hint, url):
        if hint:
            match = _ARXIV_ID.search(hint)
            if match:
                return f"arxiv-{match.group(1)}"
    if id_hint:
        slug = re.sub(r"[^A-Za-z0-9._-]+", "-", id_hint).strip("-")
        if slug:
            return slug[:120]
    norm = normalise_title(title)
    digest = hashlib.sha1(norm.encode("utf-8")).hexdigest()[:8]
    return f"{norm.replace(' ', '-')[:60].rstrip('-')}-{digest}"


def bundled_corpus_path() -> Path:
    return Path(str(resources.files("kg.data").joinpath(BUNDLED_CORPUS)))


def read_corpus(inputs: Iterable[str | Path] | None = None) -> Corpus:
    """Read files and folders (none: the bundled corpus) into one corpus.

    Papers with the same id are merged into one, keeping every source.
    Output order is by paper id, so it does not depend on input order.
    """
    paths = [Path(p) for p in inputs] if inputs else [bundled_corpus_path()]
    corpus = Corpus()
    by_id: dict[str, Paper] = {}
    for path in _expand(paths, corpus):
        papers, skipped = read_file(path)
        corpus.skipped.extend(skipped)
        for paper in papers:
            known = by_id.get(paper.id)
            if known is None:
                by_id[paper.id] = paper
            else:
                by_id[paper.id] = _merge(known, paper)
    corpus.papers = [by_id[key] for key in sorted(by_id)]
    corpus.skipped.sort(key=lambda s: (s.source, s.reason))
    return corpus


def _merge(first: Paper, second: Paper) -> Paper:
    """Keep the fuller record of a paper read twice, and both sources."""
    keep = first if len(first.abstract) >= len(second.abstract) else second
    sources = tuple(sorted(set(first.sources) | set(second.sources)))
    return replace(
        keep,
        url=keep.url or first.url or second.url,
        date=keep.date or first.date or second.date,
        authors=keep.authors or first.authors or second.authors,
        sources=sources,
    )


def _expand(paths: list[Path], corpus: Corpus) -> Iterator[Path]:
    """Files as given, folders recursively in sorted order, hidden ones skipped."""
    for path in paths:
        if not path.exists():
            raise CorpusError(f"{path}: no such file or folder")
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path)
                if any(part.startswith(".") for part in relative.parts):
                    continue
                if child.is_file():
                    yield child
        else:
            yield path


def read_file(path: Path) -> tuple[list[Paper], list[Skipped]]:
    """Papers and skipped records of one file, its format told by its content."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise CorpusError(f"{path}: cannot read ({error.strerror or error})") from error
    text = _decode(raw, path)
    if text is None:
        return [], [Skipped(str(path), "binary file, not a corpus; skipped")]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return [], [Skipped(str(path), "empty file")]
    if text.lstrip().startswith("{"):
        return _read_jsonl(text, path)
    return _read_page_text(text, path)


def _decode(raw: bytes, path: Path) -> str | None:
    """UTF-8 text (BOM removed), with undecodable bytes replaced and warned of."""
    if b"\x00" in raw[:8192]:
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        warnings.warn(
            f"{path}: invalid UTF-8 at byte {error.start}; undecodable bytes replaced",
            stacklevel=2,
        )
        return raw.decode("utf-8", errors="replace")


_TEX_ESCAPE = re.compile(r"\\([&%_#$])")


def _clean(text: str) -> str:
    """One-line text: TeX escapes undone (H\\&E -> H&E), control characters dropped, whitespace collapsed."""
    text = _TEX_ESCAPE.sub(r"\1", text)
    text = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in text)
    return " ".join(text.split())


def _read_jsonl(text: str, path: Path) -> tuple[list[Paper], list[Skipped]]:
    papers: list[Paper] = []
    skipped: list[Skipped] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            skipped.append(Skipped(where, f"not valid JSON ({error.msg})"))
            continue
        if not isinstance(record, dict):
            skipped.append(Skipped(where, "not a JSON object"))
            continue
        title = _clean(str(record.get("title") or ""))
        abstract = _clean(str(record.get("abstract") or ""))
        if not title:
            skipped.append(Skipped(where, "record has no title"))
            continue
        if not abstract:
            skipped.append(Skipped(where, "record has no abstract"))
            continue
        authors = record.get("authors") or ()
        if isinstance(authors, str):
            authors = [a.strip() for a in authors.split(",")]
        url = record.get("url")
        papers.append(
            Paper(
                id=paper_id(title, _str_or_none(record.get("id")), _str_or_none(url)),
                title=title,
                abstract=abstract,
                url=_str_or_none(url),
                date=_str_or_none(record.get("date")),
                authors=tuple(_clean(str(a)) for a in authors if str(a).strip()),
                sources=(where,),
            )
        )
    return papers, skipped


def _str_or_none(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def _read_page_text(text: str, path: Path) -> tuple[list[Paper], list[Skipped]]:
    """Pair each title paragraph with the abstract paragraph after it.

    Page chrome (site name, a subscribe button, a lone date) is the short
    paragraphs before the first paper, or one- or two-word lines between
    papers; a title-like paragraph with no abstract is a skipped record.
    """
    paragraphs = _paragraphs(text)
    papers: list[Paper] = []
    skipped: list[Skipped] = []
    index = 0
    seen_paper = False
    while index < len(paragraphs):
        line, para = paragraphs[index]
        following = paragraphs[index + 1][1] if index + 1 < len(paragraphs) else None
        if _is_title(para) and following is not None and _is_abstract(following):
            title, abstract = _clean(para), _clean(following)
            papers.append(
                Paper(
                    id=paper_id(title),
                    title=title,
                    abstract=abstract,
                    sources=(f"{path}:{line}",),
                )
            )
            seen_paper = True
            index += 2
            continue
        if seen_paper and _is_title(para) and not _LONE_DATE.match(para):
            skipped.append(Skipped(f"{path}:{line}", f"title without abstract: {para[:60]!r}"))
        elif seen_paper and _is_abstract(para):
            skipped.append(Skipped(f"{path}:{line}", "abstract without a title before it"))
        index += 1
    if not papers and not skipped:
        skipped.append(Skipped(str(path), "no paper found (expected title and abstract paragraphs or JSON Lines)"))
    return papers, skipped


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """Non-empty paragraphs with the line number each starts on."""
    result: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line.strip())
        elif current:
            result.append((start, " ".join(current)))
            current = []
    if current:
        result.append((start, " ".join(current)))
    return result


def _is_title(paragraph: str) -> bool:
    return len(paragraph) <= MAX_TITLE_CHARS and len(paragraph.split()) >= MIN_TITLE_WORDS


def _is_abstract(paragraph: str) -> bool:
    return len(paragraph) >= MIN_ABSTRACT_CHARS
