"""Abbreviations a paper defines: "Long Form Words (LFW)", "LFW (Long Form Words)", and short
forms of two words as Schwartz and Hearst allow them ("Swin UNEt TRansformers (Swin UNETR)").

A definition ties a short form to its long form in the text; the open-name stage
(kg.opennames) types a name by its definition and keeps the long form as an alias. Also here:
whether a phrase spells a short form out, and the expansion a title gives a short form.
"""

from __future__ import annotations

import re
from typing import Final

from kg import names
from kg.names import Word
from kg.text import Span, is_case_sensitive

_DIMENSION_SPELLED: Final = re.compile(r"(?:two|three|four|[234])[- ]dimensional\s+", re.IGNORECASE)
_DIMENSION_PREFIX: Final = re.compile(r"[234]D-?[A-Za-z]")
_LONG_FORM_BREAK: Final = re.compile(r"[()\[\]]|, (?!(?:and|or) )[a-z]")  # a bracket; "applications, particularly in ..."
_TITLE_BREAK: Final = re.compile(rf"\s(?:{'|'.join(sorted(names.TITLE_BREAK_WORDS))})\s|[:,]")
_TITLE_CLAUSE_BREAK: Final = re.compile(rf"\s(?:{'|'.join(sorted(names.TITLE_BREAK_WORDS - {'and', 'of'}))})\s|[:,]")
_TITLE_PUNCTUATION_BREAK: Final = re.compile(r"[:,]")
_LOWER_ALNUM_RUN: Final = re.compile(r"[a-z0-9]+")
_ALNUM_RUN: Final = re.compile(r"[A-Za-z0-9]+")
_ASIDE_WORDS: Final = 8  # words of a bracketed aside between a long form and its short form, at most
EDITION_NUMBER: Final[re.Pattern[str]] = re.compile(r"\d{1,2}(?:\.\d)?")  # "SAM 2", "SAM 2.1": an edition after a short form


class Acronym:
    """'Long Form Words (LFW)' or 'LFW (Long Form Words)': offsets of both forms in the paper text."""

    __slots__ = ("short", "short_start", "long", "long_start", "long_first_word", "first_word")

    def __init__(self, short: str, short_start: int, long: str, long_start: int, long_first_word: int, first_word: int | None = None) -> None:
        self.short = short
        self.short_start = short_start
        self.long = long
        self.long_start = long_start
        self.long_first_word = long_first_word  # index into the sentence's words
        # the definition's first word, where its context ends: the long form's, or the short form's when it comes first
        self.first_word = long_first_word if first_word is None else first_word


def acronyms(text: str, span: Span, ws: list[Word]) -> list[Acronym]:
    """'Long Form Words (LFW)', 'Long Form Words (LFW; n = 12)', 'Long Form Words [LFW]', and short forms of two words as Schwartz & Hearst allow them:
    the field names a variant after the model it extends ("Swin UNEt TRansformers (Swin UNETR)",
    "Faster Region-based CNN (Faster RCNN)")."""
    result = []
    for index, word in enumerate(ws):
        # a count may follow the short form in its brackets: "Erasmus Glioma Database (EGD; n = 774)";
        # square brackets define as round ones do: "Beth Israel Deaconess Medical Center [BIDMC]"
        if not word.trailing.startswith((")", ";", "]")):
            continue
        if _opens(text, word):
            found = _one_word_definition(text, ws, index, _before_an_aside(text, ws, index - 1))
        elif index > 1 and _opens(text, ws[index - 1]) and ws[index - 1].text.lower() in names.NAMING_WORDS:
            found = _one_word_definition(text, ws, index, index - 2)  # "Channel-wise Cross-Attention (named CCA)"
        elif index > 0 and _opens(text, ws[index - 1]) and not ws[index - 1].trailing:
            found = _two_word_definition(text, ws, index) or _edition_definition(text, ws, index)
        else:
            continue
        if found is not None:
            result.append(found)
    if "(" not in text[span.start : span.end]:
        return result
    defined = {a.short_start for a in result} | {a.long_start for a in result}
    for index in range(len(ws) - 2):
        if ws[index + 1].start not in defined and _opens(text, ws[index + 1]):
            found = _short_first_definition(text, ws, index)
            if found is not None:
                result.append(found)
    return result


def _before_an_aside(text: str, ws: list[Word], last: int) -> int:
    """The word before a bracketed aside that ends at word `last` ("the cancer genome atlas low-grade
    glioma (based on histopathologic criteria) (TCGA-LGG)": the long form ends before the aside), or
    `last` when no aside of a few words ends there."""
    if last < 1 or not ws[last].trailing.startswith(")"):
        return last
    for first in range(last, max(last - _ASIDE_WORDS, 0), -1):
        if _opens(text, ws[first]):
            return first - 1
        if ")" in ws[first - 1].trailing:
            break
    return last


def _opens(text: str, word: Word) -> bool:
    return word.start > 0 and text[word.start - 1] in "(["


def _short_letters(short: str) -> list[str] | None:
    """The letters a short form abbreviates, or None when it is no short form (no capital, too long)."""
    letters = [ch.lower() for ch in short if ch.isalpha()]
    if not (2 <= len(short) <= 20) or len(letters) < 2 or not any(ch.isupper() for ch in short):
        return None
    return letters


def _one_word_definition(text: str, ws: list[Word], index: int, last: int) -> Acronym | None:
    """The short form `ws[index]` and a long form ending at word `last` that it spells."""
    word = ws[index]
    letters = _short_letters(word.text)
    if letters is None:
        return None
    if names.PLURAL_ACRONYM.fullmatch(word.text):
        letters = letters[:-1]  # "abdominal aortic aneurysms (AAAs)": the s is the plural's
    found = _spelled_before(text, ws, word, last, letters)
    stem, dash, _ = word.text.rpartition("-")
    if found is None and dash and len(stem) >= 2 and stem.isupper() and stem.isalpha():
        # "Database for Mastology Research (DMR-IR)": the acronym before a tag spells the long form
        found = _spelled_before(text, ws, word, last, [ch.lower() for ch in stem])
    return found


def _spelled_before(text: str, ws: list[Word], word: Word, last: int, letters: list[str]) -> Acronym | None:
    """The long form ending at word `last` whose words spell `letters`."""
    for count in range(1, min(last + 1, len(letters) + 5) + 1):
        first = last + 1 - count
        # a long form runs across no brackets ("encoder (MedClip) with a ... model (Vicuna)"), and
        # across a comma only in a list of its words ("Large-Scale, Groundable, and Explainable")
        if count > 1 and _LONG_FORM_BREAK.search(text, ws[first].end, min(ws[first + 1].start + 4, ws[last].end)):
            return None
        phrase = text[ws[first].start : ws[last].end]
        if _initials_match(phrase, letters) or _dimension_spelled(phrase, word.text, letters) or count == 1 and (_spells_one_name(phrase, word.text, letters) or _spells_one_word(phrase, word.text, letters)):
            return Acronym(word.text, word.start, phrase, ws[first].start, first)
    return None


def _dimension_spelled(phrase: str, short: str, letters: list[str]) -> bool:
    """'two-dimensional shear wave elastography (2D-SWE)', 'three-dimensional rotational angiography
    (3D-RA)': a leading 2D or 3D stands for the long form's first word, the rest spells the rest."""
    dimension = _DIMENSION_SPELLED.match(phrase)
    if dimension is None or _DIMENSION_PREFIX.match(short) is None or len(letters) < 3:
        return False
    rest = phrase[dimension.end() :]
    return " " in rest.strip() and _initials_match(rest, letters[1:]) and _covers_words(rest, letters[1:])


def _two_word_definition(text: str, ws: list[Word], index: int) -> Acronym | None:
    """'Swin UNEt TRansformers (Swin UNETR)': each word of the short form repeats or abbreviates
    its own run of the long form's words, in order."""
    opening = index - 1
    short = text[ws[opening].start : ws[index].end]
    letters = _short_letters(short)
    if letters is None or not all(ch.isalpha() for ch in (ws[opening].text[:1], ws[index].text[:1])):
        return None
    for count in range(2, min(opening, len(letters) + 5) + 1):
        first = opening - count
        for split in range(first + 1, opening):
            head = text[ws[first].start : ws[split - 1].end]
            tail = text[ws[split].start : ws[opening - 1].end]
            if _abbreviates(head, ws[opening].text) and _abbreviates(tail, ws[index].text):
                return Acronym(short, ws[opening].start, text[ws[first].start : ws[opening - 1].end], ws[first].start, first)
    return None


def _edition_definition(text: str, ws: list[Word], index: int) -> Acronym | None:
    """'the Segment Anything Model (SAM 2)': a short form and the edition number after it, the
    short form spelling the long form before the bracket; the edition is part of the short form."""
    if index < 2 or not EDITION_NUMBER.fullmatch(ws[index].text) or sum(ch.isupper() for ch in ws[index - 1].text) < 2:
        return None  # "(Task 3)" numbers a part of a challenge
    found = _one_word_definition(text, ws, index - 1, _before_an_aside(text, ws, index - 2))
    if found is None:
        return None
    return Acronym(text[ws[index - 1].start : ws[index].end], ws[index - 1].start, found.long, found.long_start, found.long_first_word)


def _short_first_definition(text: str, ws: list[Word], index: int) -> Acronym | None:
    """'DB-MSMUNet (Dual-Branch Multi-scale Mamba UNet)': the short form first, its long form of two
    words or more (or of hyphened parts) alone in the brackets after it. After "i.e." the brackets
    say they restate the name, so its letters in order are enough: 'nnFormer (i.e., Not-aNother
    transFormer)'."""
    short = ws[index]
    letters = _short_letters(short.text)
    if letters is None or short.trailing:
        return None
    first = index + 1
    restated = ws[first].text.lower() in ("i.e", "ie")
    if restated:
        first += 1
    last = first
    while last < len(ws) and not ws[last].trailing.startswith(")"):
        if ws[last].trailing or last - first > len(letters) + 4:
            return None
        last += 1
    # one word is a long form only as parts joined by hyphens ("LV (Language-Vision) loss")
    if last >= len(ws) or (last == first and "-" not in ws[first].text) or "(" in text[ws[first].start : ws[last].end]:
        return None
    phrase = text[ws[first].start : ws[last].end]
    spelled = _letters_in_order(phrase.lower(), letters) if restated else _initials_match(phrase, letters) and _covers_words(phrase, letters)
    return Acronym(short.text, short.start, phrase, ws[first].start, first, index) if spelled else None


def _abbreviates(phrase: str, token: str) -> bool:
    """One word of a two-word short form: the phrase itself ("Swin") or spelled by it ("UNEt TRansformers")."""
    return phrase.lower() == token.lower() or _initials_match(phrase, [ch.lower() for ch in token if ch.isalpha()])


def title_expansion(title: str, short: str) -> str | None:
    """The leading words of a title that spell an acronym: 'Intensive Vision-guided Network for ...'
    -> IVGN; failing that, words joined by "and" or "of" too: 'Cross-Mamba and Feature Discovery
    Network for ...' -> CMFDNet; failing that, across any word ('Artificial Intelligence for RObust
    Glaucoma Screening Challenge' -> AIROGS)."""
    letters = [ch.lower() for ch in short if ch.isalpha()]
    if len(letters) < 2:
        return None
    for breaks in (_TITLE_BREAK, _TITLE_CLAUSE_BREAK, _TITLE_PUNCTUATION_BREAK):
        words = breaks.split(title, maxsplit=1)[0].split()
        if words and words[0].lower() == short.lower():
            continue  # "GMAI-VL & GMAI-VL-5.5M: ...": the title opens with the name, it spells nothing
        for count in range(len(words), 0, -1):
            phrase = " ".join(words[:count])
            if _initials_match(phrase, letters) and _covers_words(phrase, letters):
                return phrase
    return None


def spells_out(phrase: str, short: str) -> bool:
    """The phrase, of two words or more, is a long form of the short one: 'Segment Anything Model' (SAM)."""
    letters = [c for c in short.lower() if c.isalnum()]
    words = [w for w in _LOWER_ALNUM_RUN.findall(phrase.lower()) if w not in names.FUNCTION_WORDS]
    if sum(w.isalpha() for w in words) < 2 or not letters or words[0][0] != letters[0]:
        return False  # "KiTS-19", "ROCO v2": a name and its version
    # "LLaVA Med", "HECKTOR challenge": the short form written out again, or with a noun, spells nothing
    return set(_LOWER_ALNUM_RUN.findall(short.lower())).isdisjoint(words) and _covers_words(phrase, letters)


def _covers_words(phrase: str, letters: list[str]) -> bool:
    """Every word of the phrase but a function word contributes its first letter (so 'Network' alone
    does not spell 'NN'); in a phrase of capitalised words, one word in lower case is read as a
    function word is ('Language meets Vision Transformer' spells LViT)."""
    words = [w for w in _ALNUM_RUN.findall(phrase) if w.lower() not in names.FUNCTION_WORDS]
    lower = [w for w in words if w.islower()]
    title_case = len(words) - len(lower) >= 2 and len(lower) <= 1  # not 'Learning virtual staining from biparametric MRI'
    initials = [w[0].lower() for w in words if not (title_case and w.islower())]
    position = 0
    for initial in initials:
        if initial not in letters[position:]:
            return False
        position = letters.index(initial, position) + 1
    return True


def _letters_in_order(text: str, letters: list[str]) -> bool:
    """Each letter of the short form in order, the first at the phrase start (Schwartz & Hearst)."""
    if not text or text[0] != letters[0]:
        return False
    position = 0
    for letter in letters:
        position = text.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


def _spells_one_name(phrase: str, short: str, letters: list[str]) -> bool:
    """'Rendezvous (RDV)', 'Noise2Void (N2V)': a capitalised word whose letters, the first one
    first, the capitals of the short form spell in order (Schwartz & Hearst), its digits too."""
    if not (phrase[:1].isupper() and phrase.isalnum() and is_case_sensitive(short)):
        return False
    spelt = [ch.lower() for ch in short if ch.isalnum()] if any(ch.isdigit() for ch in phrase) else letters
    return _letters_in_order(phrase.lower(), spelt)


def _spells_one_word(phrase: str, short: str, letters: list[str]) -> bool:
    """'schizophrenia (SZ)', 'pneumothorax (PTX)': a word in lower case that a short form in capitals
    spells from its first letter on, in order, not as the word's first letters clipped ("network (NET)"
    coins a name). Its long form being no name, the short form is none."""
    clipped = phrase.startswith("".join(letters))
    return phrase.isalpha() and phrase.islower() and short.isupper() and not clipped and phrase[0] == letters[0] and _letters_in_order(phrase, letters)


def spells_initials(short: str, long: str) -> bool:
    """'OoDD' for 'Out-of-Distribution Detection': the short form is the first letters of every word
    of the long form, in the case they are written (a hyphen parts words)."""
    return short == initials(long)


def initials(phrase: str) -> str:
    """The first letter of every word of a phrase, as written; a hyphen parts words ('low-light image
    enhancement': 'llie')."""
    return "".join(word[0] for word in _ALNUM_RUN.findall(phrase))


def _initials_match(phrase: str, letters: list[str]) -> bool:
    """The letters in order, and two of them (or the one) start words of the phrase."""
    text = phrase.lower()
    if not _letters_in_order(text, letters):
        return False
    initials = {w[0] for w in _LOWER_ALNUM_RUN.findall(text)}
    return len(initials & set(letters)) >= min(2, len(set(letters)))


# -- keys of open-ended names, shared by recognition, screening and resolution
