"""The corpus readers on the messy files real corpora come as."""

from __future__ import annotations

import json
import os
import random
import warnings
from pathlib import Path

import pytest

from kg.corpus import (
    CorpusError,
    CorpusWarning,
    Paper,
    Skipped,
    bundled_corpus_path,
    paper_id,
    read_corpus,
    read_file,
)

ABSTRACT = (
    "We present a segmentation model for knee MRI trained on a public dataset of annotated scans. "
    "It is evaluated on two external cohorts and compared with strong baselines, and it improves "
    "the Dice score while running in real time on a single graphics card."
)


def record(title: str, abstract: str = ABSTRACT, **extra) -> str:
    return json.dumps({"title": title, "abstract": abstract, **extra})


def page(*papers: tuple[str, str]) -> str:
    """Page text like the bundled corpus: chrome, then title and abstract paragraphs."""
    chrome = "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nJun 26\n\n"
    return chrome + "\n\n".join(f"{title}\n\n{abstract}" for title, abstract in papers) + "\n"


def titles(papers: list[Paper]) -> list[str]:
    return sorted(p.title for p in papers)


# --- the bundled corpus ----------------------------------------------------------


def test_bundled_corpus_has_112_papers_in_page_order():
    papers, skipped = read_file(bundled_corpus_path())
    assert len(papers) == 112
    assert skipped == []
    assert papers[0].title == "PixCell: A generative foundation model for digital histopathology images"
    assert papers[-1].title == (
        "POCOVID-Net: Automatic Detection of COVID-19 From a New Lung Ultrasound Imaging Dataset (POCUS)"
    )


def test_bundled_page_chrome_is_not_a_paper():
    papers, _ = read_file(bundled_corpus_path())
    chrome = {"new", "Subscribe", "Get trending papers in your email inbox!", "byAK and the research community", "Jun 26"}
    assert not chrome & {p.title for p in papers}
    assert all(len(p.abstract) >= 200 for p in papers)


def test_bundled_abstract_urls_are_kept_whole():
    papers, _ = read_file(bundled_corpus_path())
    by_title = {p.title: p for p in papers}
    total = by_title["TotalSegmentator: robust segmentation of 104 anatomical structures in CT images"]
    assert "(https://doi.org/10.5281/zenodo.6802613)" in total.abstract
    assert "(https://www.github.com/wasserth/TotalSegmentator)" in total.abstract
    assert "https://github.com/uni-medical/SAM-Med3D" in by_title[
        "SAM-Med3D: Towards General-purpose Segmentation Models for Volumetric Medical Images"
    ].abstract


def test_bundled_corpus_is_read_when_no_input_given():
    corpus = read_corpus()
    assert len(corpus.papers) == 112
    assert len({p.id for p in corpus.papers}) == 112


# --- files that are not quite right ----------------------------------------------


def test_empty_file_is_one_skipped_record(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    assert read_file(path) == ([], [Skipped(str(path), "empty file")])
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b" \n\r\n\t\n")
    assert read_file(blank) == ([], [Skipped(str(blank), "empty file")])


def test_empty_json_array_is_one_skipped_record(tmp_path):
    path = tmp_path / "papers.json"
    path.write_text("[ ]\n")
    assert read_file(path) == ([], [Skipped(str(path), "an empty JSON array: no paper in it")])


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        b"%PDF-1.7\n" + bytes(random.Random(1).randrange(128, 256) for _ in range(4000)),
        b"\x1f\x8b\x08\x00" + bytes(random.Random(2).randrange(256) for _ in range(4000)),
    ],
    ids=["png", "pdf-like", "gzip-like"],
)
def test_binary_file_is_skipped_as_binary(tmp_path, content):
    path = tmp_path / "paper.txt"
    path.write_bytes(content)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # binary is told apart before decoding: no UTF-8 warning
        papers, skipped = read_file(path)
    assert papers == []
    assert [s.source for s in skipped] == [str(path)]
    assert skipped[0].reason.startswith("binary file")


def test_invalid_utf8_is_replaced_and_warned_with_file_line_and_byte(tmp_path):
    good = record("Knee MRI segmentation with a foundation model")
    bad = json.dumps({"title": "Caf_ imaging study of lungs", "abstract": ABSTRACT}).encode().replace(b"Caf_", b"Caf\xe9")
    content = good.encode() + b"\n" + bad + b"\n"
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(content)
    with pytest.warns(CorpusWarning) as caught:
        papers, skipped = read_file(path)
    assert skipped == []
    assert titles(papers) == ["Caf\ufffd imaging study of lungs", "Knee MRI segmentation with a foundation model"]
    message = str(caught[0].message)
    offset = content.index(b"\xe9")
    assert message.startswith(f"{path}:2: invalid UTF-8 at byte {offset} (1 undecodable sequence(s) replaced")
    assert "re-save the file as UTF-8" in message


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + record("Chest X-ray report generation").encode() + b"\n")
    papers, skipped = read_file(path)
    assert skipped == []
    assert titles(papers) == ["Chest X-ray report generation"]


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "excel-export.txt"
    path.write_bytes(page(("Retinal fundus screening with transformers", ABSTRACT)).encode("utf-16"))
    papers, skipped = read_file(path)
    assert skipped == []
    assert titles(papers) == ["Retinal fundus screening with transformers"]


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_crlf_and_cr_line_endings_give_the_same_papers_and_line_numbers(tmp_path, newline):
    text = page(("Brain tumour segmentation in MRI", ABSTRACT), ("Lung nodule detection in CT", ABSTRACT + " More."))
    text += "\nA title that lost its abstract\n"
    unix = tmp_path / "unix.txt"
    unix.write_bytes(text.encode())
    other = tmp_path / "other.txt"
    other.write_bytes(text.replace("\n", newline).encode())
    expected, (orphan,) = read_file(unix)
    papers, skipped = read_file(other)
    assert [(p.title, p.abstract) for p in papers] == [(p.title, p.abstract) for p in expected]
    assert [s.source.rsplit(":", 1)[1] for s in skipped] == [orphan.source.rsplit(":", 1)[1]] == [str(text.count("\n"))]
    assert "\r" not in "".join(p.title + p.abstract for p in papers)


def test_very_long_lines_are_read(tmp_path):
    long_abstract = "Ultrasound video analysis at scale. " * 60_000  # ~2 MB on one line
    path = tmp_path / "long.jsonl"
    path.write_text(record("Echocardiography view classification", long_abstract) + "\n", encoding="utf-8")
    papers, skipped = read_file(path)
    assert skipped == []
    assert len(papers[0].abstract) == len(long_abstract.strip())
    one_paragraph = tmp_path / "long.txt"
    one_paragraph.write_text(page(("Echocardiography view classification", long_abstract)), encoding="utf-8")
    papers, _ = read_file(one_paragraph)
    assert titles(papers) == ["Echocardiography view classification"]


def test_broken_json_lines_keep_the_good_ones_and_name_each_bad_line(tmp_path):
    lines = [
        record("Good paper one about CT"),
        '{"title": "Broken paper", "abstract": "cut off in the mid',
        record("Good paper two about MRI"),
        "[1, 2, 3]",
        '{"title": "No abstract here"}',
        '{"abstract": "An abstract without its title, long enough to be one."}',
        "",
        '{"title": ' + "[" * 100_000 + "}",
        '{"title": ' + "7" * 5000 + ', "abstract": "digits"}',
        record("Good paper three about PET"),
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    papers, skipped = read_file(path)
    assert titles(papers) == ["Good paper one about CT", "Good paper three about PET", "Good paper two about MRI"]
    reasons = {s.source: s.reason for s in skipped}
    assert sorted(reasons) == sorted(f"{path}:{n}" for n in (2, 4, 5, 6, 8, 9))
    assert reasons[f"{path}:2"].startswith("not valid JSON (Unterminated string")
    assert reasons[f"{path}:4"].startswith("not a JSON object")
    assert reasons[f"{path}:5"] == "record has no abstract text (keys: title)"
    assert reasons[f"{path}:6"] == "record has no title text (keys: abstract)"
    assert "nested too deeply" in reasons[f"{path}:8"]


def test_json_lines_detected_even_after_a_header_line(tmp_path):
    path = tmp_path / "export"
    path.write_text("# exported by a tool\n" + "\n".join(record(f"Paper number {i} on CT") for i in range(3)), encoding="utf-8")
    papers, skipped = read_file(path)
    assert len(papers) == 3
    assert [s.source for s in skipped] == [f"{path}:1"]


def test_json_array_and_pretty_printed_object_are_read(tmp_path):
    array = tmp_path / "papers.json"
    array.write_text(json.dumps([json.loads(record("Array paper A on CT")), 7, json.loads(record("Array paper B on MRI"))], indent=2))
    papers, skipped = read_file(array)
    assert titles(papers) == ["Array paper A on CT", "Array paper B on MRI"]
    assert skipped == [Skipped(f"{array}: record 2", "not a JSON object (a int); expected {\"title\": ..., \"abstract\": ...}")]
    single = tmp_path / "one.json"
    single.write_text("\n\n" + json.dumps(json.loads(record("Pretty printed paper")), indent=4))
    papers, _ = read_file(single)
    assert [p.sources for p in papers] == [(str(single),)]
    single.write_text("\n\n" + json.dumps({"title": "Pretty printed paper"}, indent=4))
    assert read_file(single)[1] == [Skipped(f"{single}:3", "record has no abstract text (keys: title)")]


def test_broken_one_object_a_line_json_array_keeps_its_good_lines(tmp_path):
    path = tmp_path / "truncated.json"
    path.write_text("[\n" + record("First kept paper") + ",\n" + '{"title": "cut', encoding="utf-8")
    papers, skipped = read_file(path)
    assert titles(papers) == ["First kept paper"]
    assert [s.source for s in skipped] == [f"{path}:3"]


def test_records_without_title_or_abstract_in_page_text_are_named(tmp_path):
    text = page(("Title with its abstract", ABSTRACT)) + "\n" + ABSTRACT + " Orphan.\n\nA title that lost its abstract\n"
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    papers, skipped = read_file(path)
    assert titles(papers) == ["Title with its abstract"]
    lines = text.split("\n")
    assert skipped == [
        Skipped(f"{path}:{lines.index(ABSTRACT + ' Orphan.') + 1}", "abstract without a title before it"),
        Skipped(f"{path}:{lines.index('A title that lost its abstract') + 1}", "title without abstract: 'A title that lost its abstract'"),
    ]


def test_a_one_word_name_as_a_title_is_read_even_as_the_first_paper(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(page(("SAM-Med2D", ABSTRACT), ("CheXpert", ABSTRACT + " Again."), ("Title with its abstract", ABSTRACT + " Once more.")), encoding="utf-8")
    papers, skipped = read_file(path)
    assert titles(papers) == ["CheXpert", "SAM-Med2D", "Title with its abstract"]
    assert not skipped


def test_an_abstract_without_a_title_before_the_first_paper_is_named_not_dropped(tmp_path):
    path = tmp_path / "page.txt"
    text = ABSTRACT + " Orphan.\n\n" + page(("Title with its abstract", ABSTRACT))
    path.write_text(text, encoding="utf-8")
    papers, skipped = read_file(path)
    assert titles(papers) == ["Title with its abstract"]
    assert skipped == [Skipped(f"{path}:1", "abstract without a title before it")]


def test_a_one_sentence_abstract_after_its_title_is_read(tmp_path):
    short = "This study shows that a vision-language model outperforms its predecessor on 207 radiology cases."
    text = page(("Exploring a vision-language model in radiology", short), ("Title with its abstract", ABSTRACT))
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    papers, skipped = read_file(path)
    assert titles(papers) == ["Exploring a vision-language model in radiology", "Title with its abstract"]
    assert [p.abstract for p in papers][0] == short
    assert not skipped


def test_field_types_are_checked_not_trusted(tmp_path):
    path = tmp_path / "types.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"title": ["Paragraph", "title"], "abstract": ["First part.", "Second part."], "authors": 5}),
                json.dumps({"title": {"nested": 1}, "abstract": ABSTRACT}),
                json.dumps({"title": "Authors as objects", "abstract": ABSTRACT, "authors": [{"name": "A. Person"}, "B. Person", 3, None]}),
                json.dumps({"title": "Odd url", "abstract": ABSTRACT, "url": "javascript alert", "date": ["x"]}),
            ]
        ),
        encoding="utf-8",
    )
    with pytest.warns(CorpusWarning, match=r"types\.jsonl:4: url 'javascript alert' is not an absolute URL"):
        papers, skipped = read_file(path)
    by_title = {p.title: p for p in papers}
    assert by_title["Paragraph title"].abstract == "First part. Second part."
    assert by_title["Paragraph title"].authors == ()
    assert by_title["Authors as objects"].authors == ("A. Person", "B. Person")
    assert by_title["Odd url"].url is None and by_title["Odd url"].date is None
    assert [s.source for s in skipped] == [f"{path}:2"]


def test_control_characters_and_lone_surrogates_never_reach_a_paper(tmp_path):
    path = tmp_path / "controls.jsonl"
    path.write_text(
        '{"title": "Tab\\there\\u0000and\\ud800 bell\\u0007", "abstract": "Line\\nbreak\\u2028sep", "date": "2024\\udfff"}\n',
        encoding="utf-8",
    )
    (paper,), _ = read_file(path)
    assert paper.title == "Tab here and bell"
    assert paper.abstract == "Line break sep"
    assert paper.date == "2024"
    (paper.title + paper.abstract + paper.date).encode("utf-8")  # no surrogates left to break a writer


def test_raw_control_characters_inside_json_strings_are_tolerated(tmp_path):
    path = tmp_path / "tabs.jsonl"
    path.write_bytes(b'{"title": "Raw\ttab title", "abstract": "Raw\x0bcontrol"}\n')
    (paper,), skipped = read_file(path)
    assert (paper.title, paper.abstract, skipped) == ("Raw tab title", "Raw control", [])


# --- ids --------------------------------------------------------------------------


def test_titles_without_ascii_letters_get_distinct_ids():
    assert paper_id("深度学习医学图像分割") != paper_id("医学影像的基础模型")
    assert paper_id("Ωmega: α β") != paper_id("Ψ: γ δ")


@pytest.mark.parametrize("hint", ["..", ".", "../../etc/passwd", "a/b c", "  ", "-.-"])
def test_id_hints_never_give_dot_segments(hint):
    pid = paper_id("A fallback title", hint)
    assert pid not in (".", "..")
    assert not pid.startswith((".", "-"))
    assert all(ch.isalnum() or ch in "._-" for ch in pid)


def test_arxiv_ids_are_found_in_ids_and_urls():
    assert paper_id("x", "2310.15161v2") == "arxiv-2310.15161"
    assert paper_id("x", None, "https://arxiv.org/abs/2310.15161") == "arxiv-2310.15161"


# --- folders and duplicates ---------------------------------------------------------


def test_folder_is_read_recursively_and_ignored_files_are_noted(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.jsonl").write_text(record("Paper in a jsonl file"))
    (tmp_path / "sub" / "b.txt").write_text(page(("Paper in a txt file", ABSTRACT)))
    (tmp_path / "sub" / "deeper" / "c.ndjson").write_text(record("Paper in an ndjson file"))
    (tmp_path / "sub" / "deeper" / "NOEXT").write_text(record("Paper in a file without extension"))
    (tmp_path / "sub" / "d.MD").write_text(page(("Paper in a markdown file", ABSTRACT)))
    (tmp_path / "e.json").write_text(record("Paper in a json file"))
    (tmp_path / "report.pdf").write_text(record("Paper in a pdf-named file"))
    (tmp_path / ".hidden.jsonl").write_text(record("Hidden paper"))
    (tmp_path / ".git" / "x.jsonl").write_text(record("Paper inside git"))
    os.symlink(tmp_path / "missing", tmp_path / "dangling.jsonl")
    corpus = read_corpus([tmp_path])
    assert titles(corpus.papers) == [
        "Paper in a file without extension",
        "Paper in a json file",
        "Paper in a jsonl file",
        "Paper in a markdown file",
        "Paper in a txt file",
        "Paper in an ndjson file",
    ]
    assert corpus.skipped == []
    assert corpus.notes == sorted(corpus.notes)
    noted = {note.split(": ", 1)[0]: note for note in corpus.notes}
    assert set(noted) == {str(tmp_path / n) for n in (".git", ".hidden.jsonl", "report.pdf", "dangling.jsonl")}
    assert "name the file to read it" in noted[str(tmp_path / "report.pdf")]
    # a file named directly is read whatever its extension
    assert titles(read_corpus([tmp_path / "report.pdf"]).papers) == ["Paper in a pdf-named file"]


def test_unreadable_file_in_a_folder_is_skipped_but_a_named_one_is_an_error(tmp_path, monkeypatch):
    (tmp_path / "good.jsonl").write_text(record("Readable paper"))
    (tmp_path / "bad.jsonl").write_text(record("Unreadable paper"))
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "bad.jsonl":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    corpus = read_corpus([tmp_path])
    assert titles(corpus.papers) == ["Readable paper"]
    assert [str(s) for s in corpus.skipped] == [
        f"{tmp_path / 'bad.jsonl'}: cannot read (Permission denied); check the path and its permissions"
    ]
    with pytest.raises(CorpusError, match=r"bad\.jsonl: cannot read \(Permission denied\)"):
        read_corpus([tmp_path / "bad.jsonl"])


def test_missing_input_and_non_file_input_are_errors(tmp_path):
    with pytest.raises(CorpusError, match="no such file or folder"):
        read_corpus([tmp_path / "nope.jsonl"])
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(CorpusError, match="not a regular file or folder"):
        read_corpus([fifo])


def test_same_paper_in_two_files_is_one_paper_with_both_sources(tmp_path):
    (tmp_path / "a.jsonl").write_text(record("Shared paper on CT", "short", id="2401.00001v1") + "\n")
    (tmp_path / "b.txt").write_text(page(("Shared paper on CT", ABSTRACT)))
    corpus = read_corpus([tmp_path])
    (paper,) = corpus.papers
    assert paper.id == "arxiv-2401.00001"
    assert paper.abstract == ABSTRACT  # the fuller record wins
    assert paper.sources == (str(tmp_path / "a.jsonl"), str(tmp_path / "b.txt"))


def test_same_title_under_two_explicit_ids_stays_two_papers(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(record("Editorial", id="2401.00001") + "\n" + record("Editorial", id="2402.00002") + "\n")
    assert [p.id for p in read_corpus([path]).papers] == ["arxiv-2401.00001", "arxiv-2402.00002"]


def test_merging_does_not_depend_on_record_or_input_order(tmp_path):
    variants = [
        record("Same id, title variant one", ABSTRACT, id="2403.00003", url="https://example.org/1"),
        record("Same id, title variant two", ABSTRACT[::-1], id="2403.00003", url="https://example.org/2", authors=["Z"]),
        record("Same id, title variant three", ABSTRACT.upper(), id="2403.00003", date="2024-03-01"),
    ]
    results = set()
    for seed in range(6):
        random.Random(seed).shuffle(variants)
        (tmp_path / "x.jsonl").write_text("\n".join(variants[:2]) + "\n")
        (tmp_path / "y.jsonl").write_text(variants[2] + "\n")
        papers = read_corpus([tmp_path / "y.jsonl", tmp_path / "x.jsonl"]).papers
        assert len(papers) == 1
        paper = papers[0]
        results.add((paper.title, paper.abstract, paper.url, paper.date, paper.authors))
    assert len(results) == 1


def test_same_file_named_twice_is_read_once(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(record("Only once") + "\n{broken\n")
    corpus = read_corpus([path, tmp_path, path])
    assert [p.sources for p in corpus.papers] == [(str(path),)]
    assert len(corpus.skipped) == 1


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://github.com/a/b?x=1&y=2#z", "https://github.com/a/b?x=1&y=2#z"),
        ("https://example.org/%zz/ä<b>", "https://example.org/%25zz/%C3%A4%3Cb%3E"),
        ("http://[::1", None),
        ("javascript:alert(1)", None),
        ("www.example.org/no-scheme", None),
    ],
)
def test_urls_become_valid_iris_or_are_dropped_with_a_warning(tmp_path, url, expected):
    path = tmp_path / "urls.jsonl"
    path.write_text(record("Paper with a url", url=url) + "\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        (paper,), _ = read_file(path)
    assert paper.url == expected
    assert [issubclass(w.category, CorpusWarning) for w in caught] == ([] if expected else [True])


def test_same_paper_in_two_files_is_one_graph_node_listing_both_files(tmp_path):
    from kg.pipeline import build

    (tmp_path / "a.jsonl").write_text(record("Shared paper on knee MRI segmentation", id="2401.00001") + "\n")
    (tmp_path / "b.jsonl").write_text(record("Other paper", id="2402.00002") + "\n" + record("Shared paper on knee MRI segmentation", id="arXiv:2401.00001v3") + "\n")
    graph = build([tmp_path])
    papers = {node: data for node, data in graph.nodes(data=True) if data["type"] == "Paper"}
    assert sorted(papers) == ["paper/arxiv-2401.00001", "paper/arxiv-2402.00002"]
    assert papers["paper/arxiv-2401.00001"]["sources"] == [str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl")]


def test_format_is_told_by_content_not_by_extension(tmp_path):
    jsonl_as_txt = tmp_path / "records.txt"
    jsonl_as_txt.write_text(record("JSON Lines in a txt file") + "\n")
    page_as_jsonl = tmp_path / "page.jsonl"
    page_as_jsonl.write_text(page(("Page text in a jsonl file", ABSTRACT)))
    assert titles(read_file(jsonl_as_txt)[0]) == ["JSON Lines in a txt file"]
    assert titles(read_file(page_as_jsonl)[0]) == ["Page text in a jsonl file"]
