"""Read corpora of paper titles and abstracts into `Paper` records.

Formats are recognised from their content, not their file name: JSON Lines
(one object a line with `title` and `abstract`), a JSON array of such
objects, and the page text of a trending-papers site (a title paragraph
followed by its abstract paragraph). Bad records never stop the others: each
becomes a `Skipped` entry naming the file and line (or record) and why.

Decoding policy: files are UTF-8 (a byte-order mark is dropped; UTF-16 with a
byte-order mark is accepted too). Invalid UTF-8 is decoded with U+FFFD in
place of the bad bytes, and a `CorpusWarning` names the file, line and byte
offset: one stray Latin-1 byte should not cost the papers around it, and the
warning says where to repair it. A file with NUL bytes, or mostly undecodable
or control bytes, is binary and skipped as a whole.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import unicodedata
import warnings
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import quote

from pyoxigraph import NamedNode

BUNDLED_CORPUS = "papers.txt"
BUNDLED_SOURCE = Path("kg/data") / BUNDLED_CORPUS

# A paper title is one short paragraph; an abstract is a longer one, or a sentence of a dozen
# words or more after its title (a one-sentence abstract of a short paper).
MAX_TITLE_CHARS = 400
MIN_ABSTRACT_CHARS = 200
MIN_TITLE_WORDS = 2
MIN_SENTENCE_ABSTRACT_WORDS = 12

# Files inside a folder are read only with these extensions ("" = none);
# a file named on the command line is read whatever its name.
CORPUS_EXTENSIONS = frozenset({"", ".txt", ".md", ".json", ".jsonl", ".ndjson"})

# Binary sniffing looks at the start of a file; above this share of
# undecodable or control characters it is not text.
_SNIFF_BYTES = 8192
_MAX_JUNK_SHARE = 0.1

_ARXIV_ID = re.compile(r"(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])")
_LONE_DATE = re.compile(r"^[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?$")
_ABSOLUTE_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://\S+$")
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")
_TITLE_WORD = re.compile(r"[^\W_]+")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")
_SLUG_WORD = re.compile(r"[a-z0-9]+")
_NOT_IN_ID = re.compile(r"[^A-Za-z0-9._-]+")
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_NUMBERED_SOURCE = re.compile(r"^(.*)(?::| record )(\d+)$")


class CorpusError(Exception):
    """An input that cannot be used at all (missing, not a file or folder, unreadable)."""


class CorpusWarning(UserWarning):
    """Input was read but repaired (undecodable bytes, an unusable field); says where."""


@dataclass(frozen=True)
class Paper:
    """One paper: its stable id, title, abstract and the files it was read from.

    `sources` names files, not lines: reordering the records of a file must
    not change the graph. Line numbers are for problems (`Skipped`, warnings).
    """

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
    """Papers (sorted by id, duplicates merged), skipped records, and notes on files ignored."""

    papers: list[Paper] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def normalise_title(title: str) -> str:
    """Case-, accent- and punctuation-free form of a title, for ids and dedup.

    Letters of every script are kept, so two titles in, say, Chinese do not
    both normalise to the empty string and collide.
    """
    if title.isascii():  # on ASCII text [^\W_] is [A-Za-z0-9], which is much faster to match
        return " ".join(_ASCII_WORD.findall(title.lower()))
    text = unicodedata.normalize("NFKD", title)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_TITLE_WORD.findall(text.casefold()))


def paper_id(title: str, id_hint: str | None = None, url: str | None = None) -> str:
    """Stable id: the arXiv id when one is given, else a slug of the title.

    A slug of a normalised title stays the same across builds and corpora, so
    the paper's IRI does too; the hash suffix keeps long titles (and titles
    with no ASCII letters) apart. Ids contain only [A-Za-z0-9._-] and never
    start with a dot, so they are safe in file names and IRI path segments.
    """
    for hint in (id_hint, url):
        if hint:
            match = _ARXIV_ID.search(hint)
            if match:
                return f"arxiv-{match.group(1)}"
    if id_hint:
        slug = _NOT_IN_ID.sub("-", id_hint).strip("-.")
        if slug:
            return slug[:120].rstrip("-.")
    norm = normalise_title(title) or " ".join(title.split())
    digest = hashlib.sha1(norm.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    slug = "-".join(_SLUG_WORD.findall(norm))[:60].rstrip("-") or "paper"
    return f"{slug}-{digest}"


def bundled_corpus_path() -> Path:
    return Path(str(resources.files("kg.data").joinpath(BUNDLED_CORPUS)))


def read_corpus(inputs: Iterable[str | Path] | None = None) -> Corpus:
    """Read files and folders (none: the bundled corpus) into one corpus.

    An input named here that cannot be used raises `CorpusError`; a file
    found inside a folder that cannot be read is a `Skipped` record instead,
    so one bad file does not stop the rest. Papers read more than once (same
    id, or same title under at most one explicit id) are merged into one,
    keeping every source. The result does not depend on the order of inputs,
    of files in a folder or of records in a file.
    """
    paths = [Path(p) for p in inputs] if inputs else [bundled_corpus_path()]
    corpus = Corpus()
    papers: list[Paper] = []
    skipped: set[Skipped] = set()
    seen: set[Path] = set()
    for path, named in _expand(paths, corpus):
        resolved = path.resolve()
        if resolved in seen:
            continue
        seen.add(resolved)
        try:
            raw = path.read_bytes()
        except OSError as error:
            if named:
                raise CorpusError(f"{path}: {_cannot_read(error)}") from error
            skipped.add(Skipped(str(path), _cannot_read(error)))
            continue
        # the bundled corpus is named by its place in the package, not where it is installed,
        # so its graph is the same on every machine
        found, bad = _parse(raw, path if inputs else BUNDLED_SOURCE)
        papers.extend(found)
        skipped.update(bad)
    corpus.papers = _deduplicate(papers)
    skipped.update(corpus.skipped)  # folders that could not be listed
    corpus.skipped = sorted(skipped, key=lambda s: (_source_key(s.source), s.reason))
    corpus.notes.sort()
    return corpus


def read_file(path: Path) -> tuple[list[Paper], list[Skipped]]:
    """Papers and skipped records of one file, its format told by its content.

    Raises `CorpusError` only when the file cannot be read at all; any bytes
    that can be read give papers and/or skipped records, never an exception.
    """
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise CorpusError(f"{path}: {_cannot_read(error)}") from error
    return _parse(raw, Path(path))


def _cannot_read(error: OSError) -> str:
    return f"cannot read ({error.strerror or error}); check the path and its permissions"


def _parse(raw: bytes, path: Path) -> tuple[list[Paper], list[Skipped]]:
    text = _decode(raw, path)
    if text is None:
        return [], [Skipped(str(path), "binary file, not text; corpora are UTF-8 JSON Lines or title/abstract paragraphs")]
    if "\r" in text:  # a quick scan spares LF-only files the slower search for CRLF
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return [], [Skipped(str(path), "empty file")]
    if _looks_like_json(text):
        return _read_json(text, path)
    return _read_page_text(text, path)


# --- folders -------------------------------------------------------------------


def _expand(paths: list[Path], corpus: Corpus) -> Iterator[tuple[Path, bool]]:
    """Each file to read, and whether it was named directly (else found in a folder)."""
    for path in paths:
        if path.is_dir():
            for found in _walk(path, corpus):
                yield found, False
        elif path.is_file():
            yield path, True
        elif path.exists():
            raise CorpusError(f"{path}: not a regular file or folder; pass corpus files or folders")
        else:
            raise CorpusError(f"{path}: no such file or folder; check the path")


def _walk(root: Path, corpus: Corpus) -> Iterator[Path]:
    """Files under root in sorted order; hidden entries and unknown extensions noted, not read.

    Symbolic links to folders are not followed (no loops); a subfolder that
    cannot be listed is a skipped record.
    """

    def unlistable(error: OSError) -> None:
        if Path(error.filename) == root:
            raise CorpusError(f"{root}: {_cannot_read(error)}") from error
        corpus.skipped.append(Skipped(str(error.filename), f"cannot list folder ({error.strerror}); its files were not read"))

    for folder, dirnames, filenames in os.walk(root, onerror=unlistable):
        here = Path(folder)
        for name in sorted(dirnames):
            if name.startswith("."):
                corpus.notes.append(f"{here / name}: hidden folder, ignored")
        dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
        for name in sorted(filenames):
            path = here / name
            if name.startswith("."):
                corpus.notes.append(f"{path}: hidden file, ignored")
            elif path.suffix.lower() not in CORPUS_EXTENSIONS:
                corpus.notes.append(
                    f"{path}: extension {path.suffix!r} not read in folders"
                    f" (read: {' '.join(sorted(e for e in CORPUS_EXTENSIONS if e))} or none); name the file to read it"
                )
            elif not path.is_file():
                corpus.notes.append(f"{path}: not a regular file (broken link, pipe or device), ignored")
            else:
                yield path


# --- decoding ------------------------------------------------------------------


def _decode(raw: bytes, path: Path) -> str | None:
    """Text of a file, or None when it is binary (see the module docstring for the policy)."""
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom) and not raw.startswith(codecs.BOM_UTF32_LE):
            return _decode_as(raw[len(bom):], codec, path, len(bom))
    offset = 0
    if raw.startswith(codecs.BOM_UTF8):
        raw, offset = raw[len(codecs.BOM_UTF8):], len(codecs.BOM_UTF8)
    if _is_binary(raw):
        return None
    return _decode_as(raw, "utf-8", path, offset)


def _is_binary(raw: bytes) -> bool:
    sample = raw[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    text = sample.decode("utf-8", errors="replace")
    junk = sum(1 for ch in text if ch == "\ufffd" or (ch < " " and ch not in _TEXT_CONTROLS) or ch == "\x7f")
    return junk > _MAX_JUNK_SHARE * max(len(text), 1)


def _decode_as(raw: bytes, codec: str, path: Path, offset: int) -> str:
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as error:
        text = raw.decode(codec, errors="replace")
        before = raw[: error.start].decode(codec, errors="replace")
        line = before.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
        bad = text.count("\ufffd") - raw.decode(codec, errors="ignore").count("\ufffd")
        warnings.warn(
            f"{path}:{line}: invalid {codec.upper()} at byte {offset + error.start}"
            f" ({bad} undecodable sequence(s) replaced by U+FFFD); re-save the file as UTF-8 to keep those characters",
            CorpusWarning,
            stacklevel=2,
        )
        return text


_TEX_ESCAPE = re.compile(r"\\([&%_#$])")


def _clean(text: str) -> str:
    """One-line text: TeX escapes undone (H\\&E -> H&E), control characters and lone surrogates
    dropped, whitespace collapsed.

    Each pass runs only when needed, as most text is already clean: the space
    is the only printable whitespace character, so printable text without a
    double, leading or trailing space has nothing to collapse.
    """
    if "\\" in text:
        text = _TEX_ESCAPE.sub(r"\1", text)
    if text.isprintable() and "  " not in text and not text.startswith(" ") and not text.endswith(" "):
        return text
    text = " ".join(text.split())
    if text.isprintable():
        return text
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


# --- JSON ------------------------------------------------------------------------


def _looks_like_json(text: str) -> bool:
    """JSON when the first non-blank line, or half of the first twenty, opens an object or array."""
    lines = [line.lstrip() for line in text[:65536].split("\n") if line.strip()][:20]
    opening = [line.startswith(("{", "[")) for line in lines]
    return opening[0] or sum(opening) * 2 >= len(opening)


def _read_json(text: str, path: Path) -> tuple[list[Paper], list[Skipped]]:
    """A whole JSON document (one object or an array of them), else JSON Lines.

    JSON Lines are read line by line so one broken line costs only itself; a
    trailing comma and lone `[`/`]` lines are tolerated, which also salvages
    the good lines of a broken one-object-a-line JSON array.
    """
    whole_error: ValueError | RecursionError | None = None
    try:
        document = json.loads(text, strict=False)
    except (ValueError, RecursionError) as error:
        whole_error = error
    else:
        if isinstance(document, list):
            if not document:
                return [], [Skipped(str(path), "an empty JSON array: no paper in it")]
            return _records(((f"{path}: record {n}", item) for n, item in enumerate(document, start=1)), path)
        return _records([(f"{path}:{_first_line(text)}", document)], path)
    parsed: list[tuple[str, object]] = []
    skipped: list[Skipped] = []
    for number, line in enumerate(text.split("\n"), start=1):
        body = line.strip()
        if body.endswith(","):
            body = body[:-1].rstrip()
        if not body or body in ("[", "]"):
            continue
        where = f"{path}:{number}"
        try:
            parsed.append((where, _json_value(body)))
        except (ValueError, RecursionError) as error:
            skipped.append(Skipped(where, f"not valid JSON ({_json_reason(error)}); line skipped"))
    if not parsed:
        failed_at = whole_error.lineno if isinstance(whole_error, json.JSONDecodeError) else 1
        return [], [Skipped(f"{path}:{failed_at}", f"not valid JSON or JSON Lines ({_json_reason(whole_error)}); file skipped")]
    papers, bad = _records(parsed, path)
    return papers, skipped + bad


_JSON_DECODER = json.JSONDecoder(strict=False)


def _json_value(text: str) -> object:
    """`json.loads(text, strict=False)` without building a decoder per call, which a JSON Lines file makes once a line."""
    if text.startswith("\ufeff"):
        return json.loads(text, strict=False)  # json's own error for a stray byte-order mark
    return _JSON_DECODER.decode(text)


def _first_line(text: str) -> int:
    return next((n for n, line in enumerate(text.split("\n"), start=1) if line.strip()), 1)


def _json_reason(error: BaseException | None) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg} at column {error.colno}" if error.lineno == 1 else f"{error.msg} at line {error.lineno} column {error.colno}"
    if isinstance(error, RecursionError):
        return "nested too deeply"
    return str(error)


def _records(items: Iterable[tuple[str, object]], path: Path) -> tuple[list[Paper], list[Skipped]]:
    papers: list[Paper] = []
    skipped: list[Skipped] = []
    source = str(path)
    for where, record in items:
        paper = _paper_of(where, record, source)
        if isinstance(paper, Skipped):
            skipped.append(paper)
        else:
            papers.append(paper)
    return papers, skipped


def _paper_of(where: str, record: object, source: str) -> Paper | Skipped:
    if not isinstance(record, dict):
        return Skipped(where, f"not a JSON object (a {type(record).__name__}); expected {{\"title\": ..., \"abstract\": ...}}")
    title, abstract = _text_field(record.get("title")), _text_field(record.get("abstract"))
    if not title or not abstract:
        missing = "title" if not title else "abstract"
        keys = ", ".join(sorted(_clean(str(k)) for k in record)[:8]) or "none"
        return Skipped(where, f"record has no {missing} text (keys: {keys})")
    url = _str_or_none(record.get("url"))
    if url is not None:
        iri = as_iri(url)
        if iri is None:
            warnings.warn(f"{where}: url {url[:80]!r} is not an absolute URL; ignored", CorpusWarning, stacklevel=2)
        url = iri
    hint = _str_or_none(record.get("id"))
    return Paper(
        id=paper_id(title, hint, url),
        title=title,
        abstract=abstract,
        url=url,
        date=_str_or_none(record.get("date")),
        authors=_authors(record.get("authors")),
        sources=(source,),
    )


def as_iri(url: str) -> str | None:
    """The url as a valid absolute IRI (unsafe characters, stray `%` and a second `#` percent-encoded), or None.

    Checked with Oxigraph's own IRI parser, so a url from the corpus or an
    abstract can never make graph.ttl unloadable by `kg query`.
    """
    if not _ABSOLUTE_URL.match(url):
        return None
    head, hash_sign, fragment = url.partition("#")
    url = head + hash_sign + fragment.replace("#", "%23")
    iri = quote(_STRAY_PERCENT.sub("%25", url), safe=":/?#[]@!$&'()*+,;=-._~%")
    try:
        NamedNode(iri)
    except ValueError:
        return None
    return iri


def _text_field(value: object) -> str:
    """A title or abstract: a string, or a list of strings (paragraphs) joined."""
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, list) and all(isinstance(part, str) for part in value):
        return _clean(" ".join(value))
    return ""


def _authors(value: object) -> tuple[str, ...]:
    """Authors as a comma-separated string, or a list of names or {"name": ...} objects."""
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        return ()
    names: list[str] = []
    for item in value:
        name = item.get("name") if isinstance(item, dict) else item
        cleaned = _clean(name) if isinstance(name, str) else ""
        if cleaned:
            names.append(cleaned)
    return tuple(names)


def _str_or_none(value: object) -> str | None:
    if isinstance(value, str):
        return _clean(value) or None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return _clean(str(value)) or None


# --- page text -----------------------------------------------------------------


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
        titled = _is_title(para) or (following is not None and _is_abstract(following) and _is_name_title(para))
        if titled and following is not None and (_is_abstract(following) or _is_short_abstract(following, para)):
            title, abstract = _clean(para), _clean(following)
            papers.append(
                Paper(
                    id=paper_id(title),
                    title=title,
                    abstract=abstract,
                    sources=(str(path),),
                )
            )
            seen_paper = True
            index += 2
            continue
        if _is_abstract(para):  # page chrome is short: a long paragraph is a record, even before the first paper
            skipped.append(Skipped(f"{path}:{line}", "abstract without a title before it"))
        elif seen_paper and _is_title(para) and not _LONE_DATE.match(para):
            skipped.append(Skipped(f"{path}:{line}", f"title without abstract: {_clean(para)[:60]!r}"))
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


def _is_name_title(paragraph: str) -> bool:
    """A one-word title is a name ("SAM-Med2D", "CheXpert"): a capital inside it, a digit or a
    hyphen; page chrome of one word is a plain word ("Subscribe", "new")."""
    word = paragraph.strip()
    return " " not in word and len(word) <= MAX_TITLE_CHARS and any(ch.isdigit() or ch == "-" or ch.isupper() for ch in word[1:])


def _is_abstract(paragraph: str) -> bool:
    return len(paragraph) >= MIN_ABSTRACT_CHARS


def _is_short_abstract(paragraph: str, title: str) -> bool:
    """A paragraph too short for an abstract on its own that is one after a title: longer than the
    title, a dozen words or more, ending as a sentence ends (titles and page chrome do not)."""
    return len(paragraph) > len(title) and len(paragraph.split()) >= MIN_SENTENCE_ABSTRACT_WORDS and paragraph.rstrip().endswith((".", "!", "?"))


# --- duplicates ------------------------------------------------------------------


def _deduplicate(papers: list[Paper]) -> list[Paper]:
    """One paper per id, then per title; sorted by id, independent of input order.

    Records with the same normalised title are one paper when at most one
    explicit id (arXiv or given) is among them; with two or more they stay
    apart (say, two papers that share a generic title).
    """
    by_id: dict[str, list[Paper]] = {}
    for paper in papers:
        by_id.setdefault(paper.id, []).append(paper)
    merged = [group[0] if len(group) == 1 else _merge(group, key) for key, group in by_id.items()]
    by_title: dict[str, list[Paper]] = {}
    for paper in merged:
        by_title.setdefault(normalise_title(paper.title) or paper.id, []).append(paper)
    result: list[Paper] = []
    for group in by_title.values():
        if len(group) == 1:
            result.append(group[0])
            continue
        explicit = {p.id for p in group if p.id != paper_id(p.title)}
        if len(explicit) <= 1:
            result.append(_merge(group, min(explicit or {p.id for p in group})))
        else:
            result.extend(group)
    return sorted(result, key=lambda p: p.id)


def _merge(group: list[Paper], key: str) -> Paper:
    """The fullest record of a paper read more than once, with every source.

    Ties are broken on content, never on reading order, so the result is the
    same whatever order files and records come in.
    """
    ranked = sorted(group, key=lambda p: (-len(p.abstract), p.abstract, p.title, p.url or "", p.date or "", p.authors))
    keep = ranked[0]
    return replace(
        keep,
        id=key,
        url=next((p.url for p in ranked if p.url), None),
        date=next((p.date for p in ranked if p.date), None),
        authors=next((p.authors for p in ranked if p.authors), ()),
        sources=tuple(sorted({s for p in group for s in p.sources}, key=_source_key)),
    )


def _source_key(source: str) -> tuple[str, int]:
    """Sort "file:12" after "file:9", and whole-file sources before their lines."""
    match = _NUMBERED_SOURCE.match(source)
    if match:
        return match.group(1), int(match.group(2))
    return source, -1
