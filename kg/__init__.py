"""kg: a knowledge graph of the medical-imaging AI literature, from titles and abstracts."""

from kg.pipeline import build

__all__ = ["build"]
__version__ = "0.1.0"
