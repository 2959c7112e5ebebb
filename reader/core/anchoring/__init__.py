"""Robust anchoring of annotations: describe a span, find it again after the text changed.

The public API (pure functions, no I/O, no Qt)::

    describe(text, start, end, context=32) -> TextSelector
    anchor(text, selector, *, max_edit_ratio=0.2) -> Anchor | None   # None: orphan
    anchor_many(text, selectors, *, max_edit_ratio=0.2) -> list[Anchor | None]

``Anchor.method`` says how it was placed: ``position``, ``quote``, ``normalized`` or
``fuzzy``. See :mod:`.matcher` for the steps and :mod:`.context` for the rules.
"""

from .matcher import METHODS, Anchor, anchor, anchor_many, describe

__all__ = ["METHODS", "Anchor", "anchor", "anchor_many", "describe"]
