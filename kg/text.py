"""Sentences and tokens as character spans over a paper's text.

Everything downstream refers to text by offsets (as spaCy does), so evidence
can always be traced back to the exact characters it came from.
"""

from __future__ import annotations

import re
from typing import Final, Iterable, NamedTuple, TypeVar

# Tokens: runs of letters/digits (with internal apostrophes), or single symbols.
# Hyphens and slashes split tokens, so "X-ray" and "X ray" tokenise alike.
_TOKEN: Final = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[^\w\s]", re.UNICODE)
_IES_SINGULARS: Final = frozenset({"series", "species", "caries"})  # singular nouns in -ies
_URL_OPENINGS: Final = ("http", "www.", "github.com/")  # every match of _URL starts with one of them
_URL: Final = re.compile(r"(?:https?://|www\.|github\.com/)[^\s<>\"{}|\\^`]+[^\s<>\"{}|\\^`.,;:)\]]")

# Abbreviations after which a full stop does not end a sentence.
_NON_FINAL: Final = frozenset(
    "e.g i.e et al vs cf fig figs eq ref refs approx resp no dr prof ca".split()
)
_ACTION_NOUN_ENDINGS: Final = ("tion", "sion", "ment", "sis", "val")  # English nominalisations: removal, assessment
_NOT_ACTION_NOUNS: Final = frozenset({"version"})  # ending so, naming no action: "Dataset Version 2.0" is a release
ASIDE: Final = re.compile(r"\s*\([^()]*\)")  # a bracketed aside, with the space before it
CAMEL_CASE: Final = re.compile(r"[a-z].*[A-Z]")  # a capital after a small letter: PixCell, MedCLIP, mSTAR
# A sentence ends with its mark and any closing quotes or brackets; the space after it (group 1) belongs to neither.
_SENTENCE_END: Final = re.compile(r"[.!?][\"'”’)\]]*(\s+)(?=[\"'“(\[]?[A-Z0-9])")


_PLAIN_HYPHENS: Final = str.maketrans({"\u2010": "-", "\u2011": "-"})  # HYPHEN, NON-BREAKING HYPHEN
_JOINING_DASH: Final = re.compile(r"(?<=[^\W\d_])[\u2012\u2013](?=[^\W\d_])")  # a figure or en dash between letters


def plain_hyphens(text: str) -> str:
    """Typographic hyphens as the ASCII one ("U‐Net", "COVID‐19" as publishers' HTML writes them are
    U-Net and COVID-19), and so a dash joining two words ("tumor–stroma ratio", "vision–language";
    not a range of numbers nor a dash set off by spaces), one character for one, so offsets into the
    original text stay valid."""
    text = text.translate(_PLAIN_HYPHENS)
    return _JOINING_DASH.sub("-", text) if "\u2013" in text or "\u2012" in text else text


class Span(NamedTuple):
    """Characters [start, end) of a text. Tuples, not dataclasses: millions are made per corpus."""

    start: int
    end: int


class Token(NamedTuple):
    text: str
    start: int
    end: int


def sentences(text: str) -> list[Span]:
    """Sentence spans; the title (the first line, where the text does not open with a blank one)
    is always one sentence of its own, whatever marks it holds ("Worse than Random? An
    Embarrassingly Simple Probing ...")."""
    spans: list[Span] = []
    links = urls(text) if "." in text else []
    titled = not text.startswith("\n")
    for number, block in enumerate(_blocks(text)):
        if number == 0 and titled:
            spans.append(_strip(text, block.start, block.end))
            continue
        start = block.start
        for mark, closed, after in _sentence_ends(text, block.start, block.end):
            if _ends_with_abbreviation(text[start : mark + 1]) or _inside(links, mark):
                continue
            spans.append(_strip(text, start, closed))
            start = after
        if start < block.end:
            spans.append(_strip(text, start, block.end))
    return [span for span in spans if span.end > span.start]


def _sentence_ends(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """Where `_SENTENCE_END` matches in [start, end), in order: the offset of its full stop, question
    or exclamation mark, the end of the sentence (after closing quotes) and the next one's start.
    The marks are found with str.find and the regex tried only there: its own search tests every
    character against its first set, which took a twentieth of extraction."""
    ends: list[tuple[int, int, int]] = []
    for at in _occurrences(text, ".!?", start, end):
        match = _SENTENCE_END.match(text, at, end)
        if match is not None:
            ends.append((at, match.start(1), match.end()))
    return ends


def _occurrences(text: str, needles: Iterable[str], start: int = 0, end: int | None = None) -> list[int]:
    """Sorted offsets in text[start:end] where any of the needles begins, found with str.find."""
    end = len(text) if end is None else end
    found: list[int] = []
    for needle in needles:
        at = text.find(needle, start, end)
        while at >= 0:
            found.append(at)
            at = text.find(needle, at + 1, end)
    found.sort()
    return found


def _blocks(text: str) -> list[Span]:
    """Paragraph-level blocks: runs of lines up to a blank line (as the regex
    `[^\\n]+(?:\\n(?!\\n)[^\\n]+)*` finds them), found with str.find."""
    result = []
    start, size = 0, len(text)
    while start < size:
        while start < size and text[start] == "\n":
            start += 1
        if start == size:
            break
        end = text.find("\n\n", start)
        if end < 0:
            end = size - 1 if text.endswith("\n") else size
        result.append(Span(start, end))
        start = end
    return result


def _ends_with_abbreviation(chunk: str) -> bool:
    words = chunk.rstrip(".").rsplit(None, 1)  # the last word is all it reads
    if not words:
        return False
    last = words[-1].lower().strip("(")
    return last in _NON_FINAL or (len(last) == 1 and last.isalpha())


def _inside(links: list[Span], position: int) -> bool:
    """True when a full stop at `position` is part of a URL (not its last character)."""
    return any(link.start <= position < link.end - 1 for link in links)


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def token_texts(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The tokens' strings alone: much cheaper than `tokens` when few offsets are needed.

    No token spans whitespace, and a whitespace-delimited word of letters and digits alone (most
    words) is one token: only the others are split, by `_word_tokens`. The regex took a tenth of
    extraction reading every character."""
    result: list[str] = []
    for word in text[start:end].split():
        if word.isalnum():
            result.append(word)
        else:
            result.extend(_word_tokens(word))
    return result


def _word_tokens(word: str) -> list[str]:
    """`_TOKEN.findall(word)` for a word without whitespace, read character by character: compiled,
    this costs 2,000 instructions a word against 5,000 for the regex call.

    A token is a run of letters and digits (str.isalnum is the regex's [^\\W_]), joined across an
    apostrophe followed by another such run ("don't"), or any other character but "_"."""
    tokens: list[str] = []
    size = len(word)
    i = 0
    while i < size:
        ch = word[i]
        if not ch.isalnum():
            if ch != "_":
                tokens.append(ch)
            i += 1
            continue
        end = i + 1
        while end < size and (word[end].isalnum() or (word[end] in "'’" and end + 1 < size and word[end + 1].isalnum())):
            end += 1
        tokens.append(word[i:end])
        i = end
    return tokens


class SentenceTokens:
    """A sentence's tokens as strings, comparison keys and lowered keys, read once for every
    matcher; character offsets are found only for the few tokens a match starts or ends at
    (a span object for every token was half of all extraction time).

    Between two tokens there is only whitespace (or an underscore), so the next occurrence of a
    token's text is the token.
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.words = token_texts(text, start, end)
        self.keys: list[str] = []
        self.lowered: list[str] = []
        for word in self.words:
            key, lowered = _token_keys(word)
            self.keys.append(key)
            self.lowered.append(lowered)
        self._starts: list[int] = []
        self._cursor = start

    def start(self, index: int) -> int:
        """Character offset of token `index`, finding those before it as needed."""
        starts, words = self._starts, self.words
        while len(starts) <= index:
            at = self.text.find(words[len(starts)], self._cursor)
            starts.append(at)
            self._cursor = at + len(words[len(starts) - 1])
        return starts[index]

    def end(self, index: int) -> int:
        return self.start(index) + len(self.words[index])


def urls(text: str) -> list[Span]:
    """URL spans, left to right, as `_URL.finditer` finds them. The regex is tried only where
    str.find sees one of its openings: its own search tries them at every character."""
    spans: list[Span] = []
    for start in _occurrences(text, _URL_OPENINGS):
        if spans and start < spans[-1].end:
            continue  # inside the URL found before ("www." in "https://www.")
        match = _URL.match(text, start)
        if match is not None:
            spans.append(Span(start, match.end()))
    return spans


def singular(token: str) -> str:
    """Plural-insensitive form of one token: images -> image, studies -> study, CTs -> CT; acronyms
    (LSMS), singular nouns in -ies (series) and an s after a digit (YOLOv5s, the small YOLOv5; the
    1990s) kept.

    Not cached: compiled, its few comparisons cost less than a cache lookup."""
    if len(token) > 3 and token[-1] == "s" and token[-2] not in "sui'" and not token[-2].isdigit():
        if token[-2] == "e" and token[-3] == "i" and len(token) > 4 and token.lower() not in _IES_SINGULARS:
            return token[:-3] + "y"  # studies -> study, registries -> registry, arteries -> artery
        return token[:-1]
    if len(token) > 3 and token[-1] == "s" and token[-2] in "SUI" and token[:-1].isupper():
        return token[:-1]  # WSIs, CXRs
    if len(token) == 3 and token.endswith("s") and token[:2].isupper():
        return token[:-1]
    return token


def is_case_sensitive(word: str) -> bool:
    """Words with two or more capitals (CT, SAM, CheXpert) match only as written."""
    capitals = 0
    for ch in word:
        if ch.isupper():
            capitals += 1
            if capitals == 2:
                return True
    return False


V = TypeVar("V")


def remember(memo: dict[str, V], key: str, value: V, limit: int = 100_000) -> V:
    """Keep a worked-out value in a per-process memo, emptied when full as a bounded cache would
    evict. The extraction modules memoise with dicts: compiled by mypyc, reading one costs a
    fraction of calling an lru_cache (several hundred instructions a hit)."""
    if len(memo) >= limit:
        memo.clear()
    memo[key] = value
    return value


# each token's key and lowered key: every occurrence shares the strings, whose hashes are computed once
_TOKEN_KEYS: Final[dict[str, tuple[str, str]]] = {}


def possessive_length(token: str) -> int:
    """Characters of a possessive 's ending the token ("GPT-4V's", "Alzheimer’s"), else 0."""
    return 2 if len(token) > 2 and token[-1] == "s" and token[-2] in "'’" else 0


def is_action_noun(word: str) -> bool:
    """A noun naming an action ("segmentation", "assessment"), by its English ending (lower case)."""
    return word.endswith(_ACTION_NOUN_ENDINGS) and word not in _NOT_ACTION_NOUNS


def token_key(token: str) -> str:
    """How a token is compared: blind to plurals and possessives, and to case unless it is written
    like an acronym."""
    return _token_keys(token)[0]


def _token_keys(token: str) -> tuple[str, str]:
    keys = _TOKEN_KEYS.get(token)
    if keys is None:
        form = singular(token[: len(token) - possessive_length(token)])
        key = form if is_case_sensitive(form) else form.lower()
        keys = remember(_TOKEN_KEYS, token, (key, key.lower()), limit=200_000)
    return keys


def label_key(label: str) -> tuple[str, ...]:
    """The token keys a label matches: "low-dose CT" -> ("low", "dose", "CT")."""
    return tuple(token_key(tok.text) for tok in tokens(label))
