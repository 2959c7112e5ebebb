"""What the library's per-article counts ("unknown words: N · new terms: M") stand on: the
lemma keys of an article's words and the keys of the glossary terms in it.

The text is read a piece at a time (:func:`reader.core.pieces.blocks`) and no object is
built per word of it: each distinct word is analysed once, when it is first met, so memory
is bounded by the number of distinct words (a 10 MB book has a few tens of thousands), not
by the number of words (a million and a half). :func:`summary_steps` is a generator: the
caller can stop between steps and go on later (the window's vocabulary worker answers a
click on a word in between). An article is one piece, so its summary is exactly that of
:func:`~.words.article_vocabulary`; a book differs only where a multi-word term would run
across the cut between two pieces (pieces end at a line break where there is one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterator

from ..pieces import BLOCK_CHARS, blocks
from ..text import words
from .glossary import default_glossary
from .morphology import WordAnalysis, default_morphology
from .words import is_learnable

#: New words analysed between two steps (one batch for the analyser): under 0.1 s (a few ms a
#: word), so that a request from the window or closing it waits no longer than that.
BATCH = 20


@dataclass
class Summary:
    lemmas: set[str] = field(default_factory=set)  # the lemma keys of its words
    terms: set[str] = field(default_factory=set)  # the keys of its glossary terms


def summary_steps(text: str, summary: Summary, *, morphology=None, block_chars: int | None = None,
                  batch: int = BATCH, warm: Callable[[list[str]], None] | None = None,
                  keep: Callable[[list[WordAnalysis]], None] | None = None) -> Iterator[tuple[int, int]]:
    """Fill ``summary`` with the keys of ``text``, yielding (characters done, total) after
    every ``batch`` new words and after every piece. ``warm(words)`` is called with the new
    words of a batch before they are analysed (to put analyses known elsewhere in the
    morphology's cache), ``keep(analyses)`` with what the batch gave."""
    morphology = morphology or default_morphology()
    glossary = default_glossary()
    seen: set[str] = set()
    total = len(text)
    for a, b in blocks(text, block_chars or BLOCK_CHARS):
        piece = text[a:b]
        new = [w for w in dict.fromkeys(words(piece)) if w not in seen and is_learnable(w)]
        seen.update(new)
        for i in range(0, len(new), batch):
            chunk = new[i:i + batch]
            if warm is not None:
                warm(chunk)
            analysed = list(morphology.analyse_many(chunk).values())
            summary.lemmas.update(x.key for x in analysed)
            if keep is not None:
                keep(analysed)
            if i + batch < len(new):
                yield a, total
        summary.terms.update(m.entry.key for m in glossary.find(piece))
        yield b, total


def summarise(text: str, **options) -> Summary:
    """The whole :class:`Summary` of ``text`` at once (see :func:`summary_steps`)."""
    summary = Summary()
    for _ in summary_steps(text, summary, **options):
        pass
    return summary
