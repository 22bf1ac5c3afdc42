"""Untrusted text, property-based: readers never crash, IRIs and Turtle stay valid, HTML stays escaped."""

from __future__ import annotations

import io
import json
import re
import warnings
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import HealthCheck, example, given, settings, strategies as st
from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from kg.corpus import CorpusError, Paper, Skipped, paper_id, read_file
from kg.extract import extract
from kg.graph import assemble
from kg.html import render_page
from kg.namespaces import DEFAULT_BASE_IRI, KG
from kg.outputs import write_outputs
from kg.pipeline import build
from kg.rdf import node_iri, write_turtle
from kg.resolve import resolve
from kg.text import label_key, token_texts, tokens
from kg.vocabulary import load_vocabulary

HOSTILE = "</script><img src=x onerror=alert(1)>"
ABSTRACT = (
    "We introduce a model for lung segmentation in chest CT trained on a public dataset of annotated scans; "
    "it is evaluated on two external cohorts and improves the Dice score over strong baselines in every one."
)

# Any Unicode text a file could hold (lone surrogates cannot be written as UTF-8).
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
NASTY = st.sampled_from(
    ['"', "'", "<", ">", "&", " ", "/", "\\", "\x00", "\x07", "\t", "\n", "\r", "\u2028", "\u0301", "e\u0301",
     "\U0001f9e0", "\u202e", "%", "%zz", "#", "?", "..", ".", "{", "}", "|", "^", "`", "\ufeff", '"""', HOSTILE]
)
TEXT = st.lists(st.one_of(NASTY, ANY_TEXT), max_size=6).map("".join)


def _ntriples_iri_ok(iri: str) -> bool:
    ox.parse(f"<{iri}> <http://example.org/p> <http://example.org/o> .\n".encode(), format=ox.RdfFormat.N_TRIPLES)
    return True


# --- readers ---------------------------------------------------------------------

_PIECES = st.one_of(
    st.binary(max_size=64),
    st.sampled_from(
        [b"{", b"}", b"[", b"]", b'"title": ', b'"abstract": ', b'"url": "http://[', b", ", b"\n", b"\r\n", b"\r", b"\n\n",
         b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00", b"\xe9", b"\xed\xa0\x80", b'\\ud800', b"[" * 3000,
         b"1" * 5000, json.dumps({"title": "A real title", "abstract": ABSTRACT}).encode(),
         ("Some paper title here\n\n" + ABSTRACT + "\n\n").encode()]
    ),
    TEXT.map(lambda t: t.encode("utf-8")),
)
ANY_BYTES = st.one_of(st.binary(max_size=4096), st.lists(_PIECES, max_size=40).map(b"".join))
_ID = re.compile(r"\A[A-Za-z0-9_][A-Za-z0-9._-]*\Z")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("props") / "input.jsonl"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=ANY_BYTES)
def test_random_bytes_never_crash_a_reader(scratch, content):
    scratch.write_bytes(content)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            papers, skipped = read_file(scratch)
        except CorpusError:  # unreadable: the one allowed exception
            return
    assert all(isinstance(p, Paper) for p in papers) and all(isinstance(s, Skipped) for s in skipped)
    assert papers or skipped  # nothing silently vanishes
    for paper in papers:
        assert paper.title and paper.abstract
        assert _ID.match(paper.id)
        assert all(ch.isprintable() for ch in paper.title + paper.abstract + "".join(paper.authors))
        assert paper.url is None or _ntriples_iri_ok(paper.url)
        (paper.text + (paper.date or "")).encode("utf-8")  # writable as UTF-8
    for record in skipped:
        assert record.source.startswith(str(scratch))
        assert "\n" not in str(record)


# --- IRIs ------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(first=TEXT, second=TEXT)
def test_node_iri_of_any_text_is_a_valid_distinct_iri(first, second):
    iri_a, iri_b = node_iri(f"model/{first}"), node_iri(f"model/{second}")
    assert _ntriples_iri_ok(iri_a)
    assert iri_a.startswith(DEFAULT_BASE_IRI + "model/")
    assert (iri_a == iri_b) == (first == second)


@settings(max_examples=200, deadline=None)
@given(title=TEXT, hint=st.none() | TEXT)
def test_paper_ids_are_safe_path_segments(title, hint):
    pid = paper_id(title, hint)
    assert _ID.match(pid)
    assert _ntriples_iri_ok(node_iri(f"paper/{pid}"))


# --- Turtle ----------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(name=TEXT, text=TEXT)
def test_turtle_round_trips_any_text_exactly(name, text):
    subject = node_iri(f"model/{name}")
    out = io.StringIO()
    write_turtle([(subject, RDF.type, KG.Model), (subject, RDFS.label, Literal(text))], out)
    turtle = out.getvalue()
    quads = {(q.predicate.value, q.object.value) for q in ox.parse(turtle.encode(), format=ox.RdfFormat.TURTLE)}
    assert quads == {(str(RDF.type), str(KG.Model)), (str(RDFS.label), text)}
    graph = rdflib.Graph().parse(data=turtle, format="turtle")
    assert [str(o) for o in graph.objects(subject, RDFS.label)] == [text]


# --- HTML --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary()


def _graph_of(paper: Paper, vocabulary) -> nx.MultiDiGraph:
    extractions = [extract(paper, vocabulary).compact()]
    return assemble(zip([paper], extractions), resolve(extractions, vocabulary))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tag=st.from_regex(r"\Axq[a-z]{6}\Z"), noise=TEXT)
def test_html_never_contains_markup_from_the_data(vocabulary, tag, noise):
    markup = f"<{tag} onerror=alert(1)>{noise}</{tag}>"
    paper = Paper(
        id=paper_id(noise),
        title=f"SAM-Med3D {markup} for CT",
        abstract=f"{ABSTRACT} {markup} We release SAM-Med3D {markup}.",
        url="https://example.org/a",
        authors=(markup,),
        sources=(f"{markup}.jsonl:1",),
    )
    page = render_page(_graph_of(paper, vocabulary))
    assert f"<{tag}" not in page.lower()


# --- end to end --------------------------------------------------------------------

HOSTILE_TITLES = [
    f'Quotes "double" and \'single\' {HOSTILE}',
    "Angle <brackets> & ampersands &amp; in a title",
    "Slashes / and back\\slashes \\n and spaces   inside",
    "Control\x07 characters\x1b[31m and a \u202eright-to-left override",
    "Combining marks: Re\u0301sume\u0301 of cafe\u0301 imaging",
    "Emoji in titles \U0001f9e0\U0001fac1 for brain and lung CT",
    "Turtle breakers \"\"\" ''' @prefix x: <y> . ; , ] )",
]


def test_hostile_titles_give_valid_turtle_and_escaped_html(tmp_path):
    lines = [
        json.dumps({"title": title, "abstract": f"{ABSTRACT} {HOSTILE}", "id": f"{title}/../{n}", "authors": [HOSTILE]})
        for n, title in enumerate(HOSTILE_TITLES)
    ]
    corpus = tmp_path / "hostile.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    graph = build([corpus])
    assert graph.graph["report"].skipped == []
    out = tmp_path / "out"
    write_outputs(graph, out)
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    store = ox.Store()
    store.load(turtle.encode(), format=ox.RdfFormat.TURTLE)
    labels = {
        row["label"].value
        for row in store.query(f"SELECT ?label WHERE {{ ?p a <{KG.Paper}> ; <{RDFS.label}> ?label }}")
    }
    expected = {" ".join("".join(ch if ch.isprintable() else " " for ch in t).split()) for t in HOSTILE_TITLES}
    assert labels == expected
    rdf = rdflib.Graph().parse(data=turtle, format="turtle")
    assert {str(o) for s in rdf.subjects(RDF.type, KG.Paper) for o in rdf.objects(s, RDFS.label)} == expected
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert HOSTILE not in page
    assert "<brackets>" not in page


# Words made of what tokenisation treats specially: apostrophes, underscores, symbols, digits,
# combining marks, non-Latin letters and every kind of whitespace.
TOKEN_PIECES = st.sampled_from(["'", "’", "_", "-", "/", ".", "'s", "n't", "x", "X1", "é", "e\u0301", "中文", "٣",
                                " ", "\t", "\n", "\u00a0", "\u2028", "\x1c", "\x85", "\u3000", "α-β", "ⅷ", "²"])


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.one_of(TOKEN_PIECES, st.text(max_size=6)), max_size=12).map("".join), cut=st.integers(0, 5))
def test_token_strings_are_the_tokens_without_offsets(text, cut):
    """token_texts reads words without the token regex, for speed; it must give exactly its tokens."""
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - cut)
    assert token_texts(text, start, end) == [token.text for token in tokens(text, start, end)]


# Pieces of text that exercise the matchers: labels, abbreviations in brackets, possessives, lists.
EXTRACTION_PIECES = st.sampled_from([
    "out-of-distribution", "(OOD)", "detection", "optical coherence tomography", "(OCT)", "angiography", "GPT-4V's",
    "SAM’s", "lung's", "lobes", "(", ")", "(i)", "(ii)", "(2)", "segmentation", "classification", "We", "propose",
    "FooNet-3D,", "a", "model", "trained", "on", "MIMIC-CXR", "dataset", "the", "CT", ".", ",", "'s", "’", " ", "\n",
])


def counted_as(vocabulary, concept_id):
    """The modalities a concept is counted as, up its kg:countedAs chain."""
    chain = []
    while (concept_id := vocabulary.concepts[concept_id].counted_as) is not None:
        chain.append(concept_id)
    return chain


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.one_of(EXTRACTION_PIECES, st.text(max_size=4)), max_size=30))
@example(words=["lung's", "CT"])  # a modality counted as its broader one, found once by chance
@example(words=["SAM’s", "1"])  # a possessive ends a name: no "SAM 1" runs across it, found once by chance
@example(words=["out-of-distribution", "detection", ",", "detection"])  # a bare head noun refers to the task named in full
@example(words=["CE", "CT"])  # a hyphenated label written spaced, found once by chance
@example(words=["µ", "CT", "CT"])  # a hyphenated label written spaced beside another ("µ-CT", "CT"), found once by chance
def test_every_mention_is_the_text_at_its_offsets(vocabulary, words):
    """Whatever the abstract, extraction finishes; each mention's surface is the text at its
    offsets, inside its sentence; and a vocabulary match not run across a bracket reads as one of
    its concept's labels (a hyphenated one also spaced), or of a concept counted as it ("lung CT"
    is CT; DCE-MRI, through contrast-enhanced MRI, is MRI), or a task's bare head noun ("detection" after "OOD detection"),
    a possessive cut off, as "GPT-4V's" gives "GPT-4V"."""
    paper = Paper(id="p", title="A title", abstract=" ".join(words))
    extraction = extract(paper, vocabulary)
    text = paper.text
    for mention in extraction.mentions:
        sentence = extraction.sentences[mention.sentence]
        assert sentence.start <= mention.start < mention.end <= sentence.end
        assert text[mention.start : mention.end] == mention.text
        if mention.rule == "vocabulary" and "(" not in mention.text:
            counted = [c for c in vocabulary.concepts.values() if mention.key in (c.id, *counted_as(vocabulary, c.id))]
            read = {label_key(label) for c in counted for label in c.labels}
            read |= {tuple(token for token in key if token != "-") for key in read}  # "CE CT" for "CE-CT", as the gazetteer spaces a hyphen
            assert label_key(mention.text) in read or (mention.type == "Task" and label_key(mention.text) in {key[-1:] for key in read})
            assert not mention.text.endswith(("'s", "’s"))
        if mention.rule == "joined":  # labels of the concept, or of one above it, side by side (a hyphenated one also spaced)
            above = [c for c in vocabulary.concepts.values() if c.id in vocabulary.ancestors(mention.key) or mention.key in (c.id, *counted_as(vocabulary, c.id))]
            labels = {label_key(label) for c in above for label in c.labels}
            assert _reads_as_labels(mention.text.split(), labels | {tuple(token for token in key if token != "-") for key in labels})


def _reads_as_labels(words: list[str], labels: set[tuple[str, ...]]) -> bool:
    """The words cut into two or more runs, each one of the labels."""
    ends = {0}
    for end in range(1, len(words) + 1):
        if any(start in ends and label_key(" ".join(words[start:end])) in labels for start in range(end)):
            ends.add(end)
    return len(words) in ends
