"""An article's words as a learner sees them: each word with its lemma key (all forms of a
word share one status), and the glossary terms in it.

Lemma keys come from :class:`~.morphology.Morphology` (the glossary and a table first, then
the analyser), through a cache of earlier analyses (the library keeps one). Without the
analyser (``use_analyser=False``) a word the glossary does not know is keyed on its form
without clitics: quick, for a first paint, and replaced when the analysis is done.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..text import is_arabic_letter, token_spans
from .glossary import TermMatch, default_glossary
from .morphology import WordAnalysis, default_morphology

#: Changes when the words or terms found in an article would change (cached summaries).
VOCAB_VERSION = "1"


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

    def lemma_keys(self) -> set[str]:
        return {w.key for w in self.words}

    def term_keys(self) -> set[str]:
        return {m.entry.key for m in self.terms}

    def word_at(self, offset: int) -> ArticleWord | None:
        from bisect import bisect_right

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
                       progress=None, cancelled=None) -> ArticleVocabulary:
    """Every Arabic word of ``text`` with its lemma key, and the glossary terms in it.
    ``progress(done, total)`` is called now and then; ``cancelled()`` stops early (None)."""
    morphology = morphology or default_morphology()
    starts, ends, raw = token_spans(text)
    distinct = list(dict.fromkeys(w for w in raw if is_learnable(w)))
    analyses: dict[str, WordAnalysis] = {}
    for i, word in enumerate(distinct):
        if cancelled is not None and i % 50 == 0 and cancelled():
            return None
        analyses[word] = morphology.analyse(word, use_analyser=use_analyser)
        if progress is not None and i % 100 == 0:
            progress(i, len(distinct))
    words = tuple(ArticleWord(a, b, w, analyses[w].key, analyses[w].lemma)
                  for a, b, w in zip(starts, ends, raw) if w in analyses)
    terms = tuple(default_glossary().find(text))
    if progress is not None:
        progress(len(distinct), len(distinct))
    return ArticleVocabulary(words, terms, analyses)


def vocabulary_for(text: str, noise=()) -> list[dict]:
    """The ``vocabulary`` field of ``reader analyze --json``: every glossary term in the
    text (outside noise), with its span, surface, lemma, root and gloss (PRODUCT.md), and
    its part of speech and domain."""
    out = []
    for m in default_glossary().find(text):
        if any(n.start <= m.start and m.end <= n.end for n in noise):
            continue
        e = m.entry
        out.append({"start": m.start, "end": m.end, "text": text[m.start:m.end],
                    "lemma": e.term, "root": e.root, "gloss": e.gloss, "pos": e.pos,
                    "domain": e.domain})
    return out
