"""What a change does to extraction, paper by paper: every mention, link and alias of the working
tree against those of a git revision (default HEAD).

Gold F1 sees only what a gold file lists; this sees everything a rule touches, on papers no gold
covers too. It reads the bundled corpus's development papers (never the held-out ones), the read
halves of tests/data/samples (never the blind ones) and synthetic abstracts, runs both trees as
pure Python (the revision from `git archive`, this tree with its compiled modules left aside),
and prints the papers whose extraction differs.

    python3 scripts/extraction_diff.py                 # against HEAD
    python3 scripts/extraction_diff.py ab6c9e9 --synthetic 2000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run inside each tree: extraction of the papers, as sorted strings per paper title.
_DUMP = """
import json, sys
from kg.corpus import read_corpus
from kg.evaluate import is_heldout
from kg.extract import extract
from kg.vocabulary import load_vocabulary
vocabulary = load_vocabulary()
inputs = json.loads(sys.argv[1])
papers = [p for p in read_corpus(None).papers if not is_heldout(p.title)] + list(read_corpus(inputs).papers)
found = {}
for paper in papers:
    e = extract(paper, vocabulary)
    found[paper.title] = sorted(
        {f"{m.type} {m.key}" for m in e.mentions}
        | {f"link {l.subject} {l.relation} {l.object}" for l in e.links}
        | {f"alias {key} {text!r}" for key, text in e.aliases}
    )
print(json.dumps(found))
"""


def copy_tree(revision: str | None, into: Path) -> Path:
    """The package and ontology of a revision (from git) or of the working tree, without compiled modules."""
    if revision is None:
        files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "kg", "ontology"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
        with tarfile.open(into / "tree.tar", "w") as archive:
            for name in files:
                if not name.endswith(".so") and (ROOT / name).is_file():
                    archive.add(ROOT / name, arcname=name)
    else:
        with open(into / "tree.tar", "wb") as out:
            subprocess.run(["git", "archive", revision, "kg", "ontology"], cwd=ROOT, stdout=out, check=True)
    with tarfile.open(into / "tree.tar") as archive:
        archive.extractall(into / "tree", **({"filter": "data"} if hasattr(tarfile, "data_filter") else {}))
    return into / "tree"


def extraction(tree: Path, inputs: list[str]) -> dict[str, list[str]]:
    ran = subprocess.run([sys.executable, "-c", _DUMP, json.dumps(inputs)], cwd=tree, env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}, capture_output=True, text=True)
    if ran.returncode:
        raise SystemExit(f"extraction failed in {tree}:\n{ran.stderr}")
    return json.loads(ran.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", nargs="?", default="HEAD", help="git revision to compare with (default HEAD)")
    parser.add_argument("--synthetic", type=int, default=1000, help="synthetic abstracts to add (default 1000)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from benchmarks.generate_corpus import write_corpus

    with tempfile.TemporaryDirectory() as work:
        inputs = [str(half / "papers.jsonl") for half in sorted((ROOT / "tests" / "data" / "samples").glob("*a"))]
        if args.synthetic:
            inputs.append(str(write_corpus(Path(work) / "synthetic.jsonl", args.synthetic)))
        (Path(work) / "before").mkdir()
        (Path(work) / "after").mkdir()
        before = extraction(copy_tree(args.revision, Path(work) / "before"), inputs)
        after = extraction(copy_tree(None, Path(work) / "after"), inputs)
    changed = 0
    for title in sorted(set(before) | set(after)):
        old, new = set(before.get(title, ())), set(after.get(title, ()))
        if old != new:
            changed += 1
            print(f"## {title}")
            for item in sorted(old - new):
                print(f"  - {item}")
            for item in sorted(new - old):
                print(f"  + {item}")
    print(f"{changed} of {len(after)} papers changed against {args.revision}")


if __name__ == "__main__":
    main()
