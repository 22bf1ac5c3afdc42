"""kg's extractor side by side with the baseline a user would otherwise pick: spaCy + PhraseMatcher.

Both run in one process over the same synthetic abstracts (title + abstract text):

- kg: `kg.extract.extract(paper, vocabulary)`, the full extraction: sentences,
  vocabulary matches, open names typed from context (new models and
  datasets), acronym definitions, relations with their evidence.
- spaCy: `spacy.blank("en")` (tokenizer only) and a `PhraseMatcher(attr="LOWER")`
  over the vocabulary's labels plus the corpus generator's stock of field
  names, so it is not starved of patterns: matching only, no relations, no
  unknown names.

Needs spaCy (`pip install 'kg[bench]'`, i.e. spacy>=3.7).

    python3 benchmarks/bench_spacy.py --abstracts 2000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_build import machine  # noqa: E402
from benchmarks.generate_corpus import STOCK, write_corpus  # noqa: E402
from kg.corpus import read_corpus  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.gazetteer import gazetteer  # noqa: E402
from kg.text import SentenceTokens, sentences  # noqa: E402
from kg.vocabulary import load_vocabulary  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--abstracts", type=int, default=2000)
    args = parser.parse_args()
    try:
        import spacy
        from spacy.matcher import PhraseMatcher
    except ImportError:
        sys.exit("bench_spacy: needs spaCy: pip install 'spacy>=3.7' (the kg[bench] extra)")

    with tempfile.TemporaryDirectory(prefix="kg-bench-spacy-") as folder:
        papers = read_corpus([write_corpus(Path(folder) / "corpus.jsonl", args.abstracts)]).papers
    texts = [paper.text for paper in papers]
    words = sum(len(text.split()) for text in texts)
    vocabulary = load_vocabulary()

    started = time.perf_counter()
    kg_found = sum(len(extract(paper, vocabulary).mentions) for paper in papers)
    kg_seconds = time.perf_counter() - started

    # the like-for-like part of kg: sentence split, tokenise and match the same vocabulary
    matcher_kg = gazetteer(vocabulary)
    started = time.perf_counter()
    kg_matched = sum(
        len(matcher_kg.matches(SentenceTokens(text, span.start, span.end))) for text in texts for span in sentences(text)
    )
    kg_match_seconds = time.perf_counter() - started

    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    labels: dict[str, set[str]] = {kind: set(names) for kind, names in STOCK.items()}
    for concept in vocabulary.concepts.values():
        labels.setdefault(concept.type, set()).update(concept.labels)
    for kind, names in sorted(labels.items()):
        matcher.add(kind, [nlp.make_doc(name) for name in sorted(names)])
    patterns = sum(len(names) for names in labels.values())
    started = time.perf_counter()
    spacy_found = sum(len(matcher(doc)) for doc in nlp.pipe(texts, batch_size=256))
    spacy_seconds = time.perf_counter() - started

    kg_rate, spacy_rate = len(papers) / kg_seconds, len(papers) / spacy_seconds
    print(f"Extraction over {len(papers)} synthetic abstracts ({words / len(papers):.0f} words each), one process, on a {machine()}")
    print(f"  kg full extraction (vocabulary {len(vocabulary.concepts)} concepts + open names + relations + evidence):")
    print(f"      {kg_rate:8.0f} abstracts/s  ({kg_seconds:.1f} s, {kg_found} mentions)")
    print(f"  spaCy {spacy.__version__} blank('en') + PhraseMatcher(attr=LOWER), {patterns} patterns, matching only:")
    print(f"      {spacy_rate:8.0f} abstracts/s  ({spacy_seconds:.1f} s, {spacy_found} matches)")
    kg_match_rate = len(papers) / kg_match_seconds
    print("  kg vocabulary matching only (sentences, tokens, gazetteer; same vocabulary, case rules, plurals, idioms):")
    print(f"      {kg_match_rate:8.0f} abstracts/s  ({kg_match_seconds:.1f} s, {kg_matched} matches)")
    print(f"  ratio kg / spaCy throughput: full extraction {kg_rate / spacy_rate:.2f}, matching only {kg_match_rate / spacy_rate:.2f}")


if __name__ == "__main__":
    main()
