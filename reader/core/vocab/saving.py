"""Saving a word met in an article: its sentence, its analysis and gloss, a link back."""

from __future__ import annotations

from ..errors import ReaderError
from ..text import fold, sentences, token_spans, variant_pattern
from .glossary import GlossaryEntry, default_glossary
from .library import SavedWord, new_saved_word
from .morphology import WordAnalysis, lemma_key

#: Longest context sentence kept (a "sentence" may be a whole paragraph without stops).
MAX_SENTENCE = 400


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``start``..``end`` (cut around the word when long)."""
    for s in sentences(text):
        if s.start <= start < s.end or (s.start < end <= s.end):
            if s.end - s.start <= MAX_SENTENCE:
                return s.text
            a = max(s.start, start - MAX_SENTENCE // 2)
            b = min(s.end, end + MAX_SENTENCE // 2)
            return ("…" if a > s.start else "") + text[a:b] + ("…" if b < s.end else "")
    return text[start:end]


def find_word(text: str, word: str) -> tuple[int, int] | None:
    """The first place ``word`` (one word or several) occurs in ``text`` as whole words,
    diacritics, letter variants and clitics in front allowed; widened to whole words."""
    try:
        pattern = variant_pattern(word.strip(), clitics=True, whole_word=True)
    except ValueError:
        return None
    m = pattern.search(text)
    if m is None:
        return None
    starts, ends, _raw = token_spans(text)
    a = max((s for s in starts if s <= m.start()), default=m.start())
    b = min((e for e in ends if e >= m.end()), default=m.end())
    return a, b


def locate(text: str, word: str) -> tuple[int, int, GlossaryEntry | None] | None:
    """Where in ``text`` to save ``word`` from, and its glossary entry if any: the first
    place the word is written (as typed, diacritics and clitics aside); a glossary term is
    found in any of its forms (بطاقات الائتمان for بطاقة ائتمان, قروض for قرض)."""
    glossary = default_glossary()
    whole = [m for m in glossary.find(word) if m.start == 0 and m.end == len(word.strip())]
    asked = whole[0].entry if whole else None
    found = find_word(text, word)
    if found is not None:
        a, b = found
        entry = asked if asked is not None and asked.words > 1 else glossary.lookup(text[a:b])
        return a, b, entry
    if asked is not None:
        for m in glossary.find(text):
            if m.entry is asked:
                return m.start, m.end, asked
    return None


def make_saved_word(doc, start: int, end: int, analysis: WordAnalysis | None = None,
                    entry: GlossaryEntry | None = None, gloss: str = "") -> SavedWord:
    """A new saved word for ``doc.text[start:end]`` (a word or a glossary term)."""
    surface = doc.text[start:end]
    if not surface.strip():
        raise ReaderError("there is no word there to save")
    if entry is None and analysis is None:
        entry = default_glossary().lookup(surface)
    if entry is not None and analysis is not None and entry.words == 1 and entry.key != analysis.key:
        gloss = gloss or entry.gloss  # the glossary knows the word, the analysis its lemma
        entry = None
    if entry is not None:
        key, lemma, root, pos = entry.key, entry.term, entry.root, entry.pos
        vowelled, domain, gloss = entry.vowelled, entry.domain, gloss or entry.gloss
        if analysis is not None and analysis.vowelled and entry.words == 1:
            vowelled = analysis.vowelled
    else:
        key, lemma, root, pos = analysis.key, analysis.lemma, analysis.root, analysis.pos
        vowelled, domain = analysis.vowelled, ""
    return new_saved_word(
        key or lemma_key(surface), surface, lemma=lemma, vowelled=vowelled, root=root,
        pos=pos, gloss=gloss, domain=domain, sentence=sentence_at(doc.text, start, end),
        doc_id=doc.id, doc_title=doc.title, start=start, end=end)
