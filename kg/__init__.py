"""kg: a knowledge graph of the medical-imaging AI literature, from titles and abstracts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.pipeline import build

__all__ = ["build"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """`kg.build` imported on first use: an extraction worker imports kg.parallel, which needs
    neither networkx nor the rest of the pipeline (half a second a worker)."""
    if name == "build":
        from kg.pipeline import build

        return build
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
