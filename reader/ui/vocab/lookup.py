"""What the word panel shows for a click at an offset: built on the GUI thread from what is
already known (the article's words, the memory cache of analyses, the library's search), so
that a word seen before opens at once; a word never analysed is looked up by the worker."""

from __future__ import annotations

from reader.core.errors import ReaderError
from reader.core.text import fold, strip_proclitics, token_spans
from reader.core.vocab.glossary import default_glossary
from reader.core.vocab.morphology import lemma_key
from reader.core.vocab.words import is_learnable

from .word_panel import WordInfo

SNIPPET = 30
MAX_ARTICLES = 20


def snippet(text: str, start: int, end: int) -> str:
    a, b = max(0, start - SNIPPET), min(len(text), end + SNIPPET)
    return ("…" if a else "") + text[a:b].replace("\n", " ") + ("…" if b < len(text) else "")


def word_span(text: str, offset: int, vocabulary) -> tuple[int, int, object] | None:
    """The term or word at ``offset``: (start, end, TermMatch or None)."""
    if vocabulary is not None:
        term = vocabulary.term_at(offset)
        if term is not None and term.entry.words > 1:
            return term.start, term.end, term
    lo, hi = max(0, offset - 60), min(len(text), offset + 60)
    starts, ends, raw = token_spans(text[lo:hi])
    for a, b, w in zip(starts, ends, raw):
        if lo + a <= offset < lo + b and is_learnable(w):
            term = vocabulary.term_at(offset) if vocabulary is not None else None
            return lo + a, lo + b, term if term is not None and term.entry.words == 1 else None
    return None


def build_info(doc, start: int, end: int, term, vocabulary, statuses, saved_for_key,
               search, morphology) -> WordInfo:
    """``morphology``: the worker's (:class:`~reader.core.vocab.morphology.Morphology`), whose
    memory cache is read here; it is never asked to analyse on this thread."""
    word = doc.text[start:end]
    analysis = None
    if term is None or term.entry.words == 1:
        analysis = morphology.cached(word)
        if analysis is None and vocabulary is not None:
            known = vocabulary.analyses.get(word)
            analysis = known if known is not None and known.source != "none" else None
    entry = term.entry if term is not None else default_glossary().lookup(word)
    if term is not None and term.entry.words > 1:
        key, lemma = entry.key, entry.term
    elif analysis is not None:
        key, lemma = analysis.key, analysis.lemma
    elif entry is not None:
        key, lemma = entry.key, entry.term
    else:
        key, lemma = lemma_key(word), ""
    info = WordInfo(word, start, end, norm=fold(word), analysis=analysis, entry=entry, key=key,
                    lemma=lemma, status=statuses([key]).get(key, "new"), saved=saved_for_key(key))
    info.occurrences = _occurrences(doc.text, info, vocabulary)
    info.partial = vocabulary is not None and vocabulary.partial
    info.articles = _articles(doc, info, search)
    return info


def _occurrences(text, info: WordInfo, vocabulary) -> list:
    if vocabulary is None:
        return [(info.start, info.end, snippet(text, info.start, info.end))]
    if info.entry is not None and info.entry.words > 1:
        spans = [(m.start, m.end) for m in vocabulary.terms if m.entry.key == info.key]
    else:
        spans = [(w.start, w.end) for w in vocabulary.words if w.key == info.key]
    if not spans or not vocabulary.covers(info.start, info.end):  # a long text is read
        spans = sorted([*spans, (info.start, info.end)])  # around the reader only
    return [(a, b, snippet(text, a, b)) for a, b in spans]


def _articles(doc, info: WordInfo, search) -> list:
    queries = []
    if info.entry is not None and info.entry.words > 1:
        queries.append('"' + info.entry.term + '"')
    else:
        queries.append(strip_proclitics(info.norm))
        if info.lemma and lemma_key(info.lemma) != strip_proclitics(info.norm):
            queries.append(info.lemma)
    out, seen = [], {doc.id}
    for query in queries:
        try:
            hits = search(query)
        except ReaderError:  # nothing searchable in the word (a lone letter)
            continue
        for hit in hits:
            if hit.kind != "document" or hit.doc_id in seen:
                continue
            seen.add(hit.doc_id)
            out.append((hit.doc_id, hit.title, hit.start, hit.end, hit.snippet))
            if len(out) >= MAX_ARTICLES:
                return out
    return out
