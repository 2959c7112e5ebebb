"""An article's words as a learner sees them: each word with its lemma key (all forms of a
word share one status), and the glossary terms in it.

Lemma keys come from :class:`~.morphology.Morphology` (the glossary and a table first, then
the analyser), through a cache of earlier analyses (the library keeps one). Without the
analyser (``use_analyser=False``) a word the glossary does not know is keyed on its form
without clitics: quick, for a first paint, and replaced when the analysis is done.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass

from ..text import is_arabic_letter, token_spans
from .glossary import TermMatch, default_glossary
from .morphology import WordAnalysis, default_morphology

#: Changes when the words or terms found in an article would change (cached summaries).
VOCAB_VERSION = "1"
#: Distinct words asked of the morphology at once (one message to the window's analyser
#: process); a cancelled request stops between two batches, a few tenths of a second at most.
BATCH = 32


@dataclass(frozen=True)
class ArticleWord:
    start: int
    end: int
    text: str
    key: str  # the lemma key
    lemma: str


@dataclass(frozen=True)
class ArticleVocabulary:
    words: tuple[ArticleWord, ...]
    terms: tuple[TermMatch, ...]
    analyses: dict  # written form -> WordAnalysis (what was looked up)
    #: The part of the text that was read, (start, end), when it was not the whole text (a
    #: long text is read around the reading position); None: all of it.
    window: tuple[int, int] | None = None

    @property
    def partial(self) -> bool:
        return self.window is not None

    def covers(self, start: int, end: int) -> bool:
        """Whether [start, end) lies in the part of the text that was read."""
        return self.window is None or (self.window[0] <= start and end <= self.window[1])

    def lemma_keys(self) -> set[str]:
        return {w.key for w in self.words}

    def term_keys(self) -> set[str]:
        return {m.entry.key for m in self.terms}

    def word_at(self, offset: int) -> ArticleWord | None:
        i = bisect_right([w.start for w in self.words], offset) - 1
        if i >= 0 and self.words[i].start <= offset < self.words[i].end:
            return self.words[i]
        return None

    def term_at(self, offset: int) -> TermMatch | None:
        return next((m for m in self.terms if m.start <= offset < m.end), None)


def is_learnable(word: str) -> bool:
    """Arabic words (numbers and Latin names get no status)."""
    return bool(word) and is_arabic_letter(word[0])


def article_vocabulary(text: str, *, use_analyser: bool = True, morphology=None,
                       progress=None, cancelled=None, window: tuple[int, int] | None = None
                       ) -> ArticleVocabulary:
    """Every Arabic word of ``text`` with its lemma key, and the glossary terms in it; with
    ``window`` (start, end) only those of that part, in the offsets of the whole text.
    ``progress(done, total)`` is called now and then; ``cancelled()`` stops early (None)."""
    morphology = morphology or default_morphology()
    at, stop = window if window is not None else (0, len(text))
    if (at, stop) == (0, len(text)):
        window = None
    part = text[at:stop] if window is not None else text
    starts, ends, raw = token_spans(part)
    distinct = list(dict.fromkeys(w for w in raw if is_learnable(w)))
    analyses: dict[str, WordAnalysis] = {}
    for i in range(0, len(distinct), BATCH):
        if cancelled is not None and cancelled():
            return None
        analyses.update(morphology.analyse_many(distinct[i:i + BATCH], use_analyser=use_analyser))
        if progress is not None:
            progress(i, len(distinct))
    words = tuple(ArticleWord(at + a, at + b, w, analyses[w].key, analyses[w].lemma)
                  for a, b, w in zip(starts, ends, raw) if w in analyses)
    terms = tuple(m if not at else TermMatch(m.start + at, m.end + at, m.entry)
                  for m in default_glossary().find(part))
    if progress is not None:
        progress(len(distinct), len(distinct))
    return ArticleVocabulary(words, terms, analyses, window)


class TermItem(Mapping):
    """One item of ``reader analyze --json``'s "vocabulary": it reads as the contract's dict
    (start, end, text, lemma, root, gloss, pos, domain) but holds only its span, its surface
    (interned: a text repeats the same few thousand) and the glossary entry it shares with
    every other match of the term. A 10 MB text has a few hundred thousand of them; as dicts
    they took more memory than the rest of its analysis."""

    __slots__ = ("start", "end", "text", "entry")
    FIELDS = ("start", "end", "text", "lemma", "root", "gloss", "pos", "domain")
    _FROM_ENTRY = {"lemma": "term", "root": "root", "gloss": "gloss", "pos": "pos", "domain": "domain"}

    def __init__(self, start: int, end: int, text: str, entry):
        self.start, self.end, self.text, self.entry = start, end, sys.intern(text), entry

    def __getitem__(self, name: str):
        if name in ("start", "end", "text"):
            return getattr(self, name)
        return getattr(self.entry, self._FROM_ENTRY[name])

    def __iter__(self):
        return iter(self.FIELDS)

    def __len__(self) -> int:
        return len(self.FIELDS)

    def __repr__(self) -> str:
        return f"TermItem({dict(self)!r})"


def vocabulary_for(text: str, noise=(), shift: int = 0) -> list[TermItem]:
    """The ``vocabulary`` field of ``reader analyze --json``: every glossary term in the
    text (outside noise), with its span (moved by ``shift``: a piece of a longer text),
    surface, lemma, root and gloss (PRODUCT.md), and its part of speech and domain."""
    out = []
    for m in default_glossary().find(text):
        if any(n.start <= m.start and m.end <= n.end for n in noise):
            continue
        out.append(TermItem(m.start + shift, m.end + shift, text[m.start:m.end], m.entry))
    return out
