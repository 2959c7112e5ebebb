"""Entity recognition for Arabic news: people, organisations, places, other names, money,
percentages, dates and quantities.

A CRF tagger trained on ANERcorp (``tagger``, ``features``; trained by
tools/train_ner.py), a hand-written gazetteer (``gazetteer``), rules for names the tagger
misses (``patterns``) and for numeric entities (``numbers``), one canonical name per entity
(``aliases``), and the user's corrections (``teaching``). ``pipeline`` puts them together.

The model is loaded on the first call to :func:`recognize`, not on import.
"""

from __future__ import annotations

from .pipeline import recognize
from .teaching import Teachings, apply_teachings

#: Changes whenever the model, the gazetteer or the rules change: a cache key for analyses.
ANALYZER_VERSION = "entities-1.18"

__all__ = ["ANALYZER_VERSION", "Teachings", "apply_teachings", "recognize"]
