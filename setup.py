"""Build hook: the per-paper extraction modules and the Turtle writer are compiled with mypyc.

Extraction is pure Python with full type annotations; compiled by mypyc it runs
three times as fast (3.4 million instructions a paper instead of 10.5,
counted with callgrind), and extraction is most of a large build's time. Writing
the Turtle, the longest stage after it, takes 30% fewer instructions compiled.
The sources stay the reference: `KG_PURE_PYTHON=1 pip install .` installs them
uncompiled, and a test checks that both give the same extractions and the same Turtle.
"""

import os

from setuptools import setup

COMPILED_MODULES = ["kg/text.py", "kg/gazetteer.py", "kg/phrases.py", "kg/names.py", "kg/acronyms.py", "kg/evidence.py", "kg/opennames.py", "kg/discourse.py", "kg/relate.py", "kg/extract.py", "kg/rdf.py"]


def extension_modules() -> list:
    if os.environ.get("KG_PURE_PYTHON"):
        return []
    from mypyc.build import mypycify

    # the modules they import are read as untyped: checking all of rdflib and networkx took 40 s
    return mypycify(["--follow-imports=skip", "--ignore-missing-imports", *COMPILED_MODULES])


setup(ext_modules=extension_modules())
