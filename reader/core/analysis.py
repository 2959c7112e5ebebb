"""One analysis of a text: noise, entities, claims and vocabulary (glossary terms).

This is what `reader analyze FILE --json` prints and what the GUI shows in its sidebar. The
result is plain data; :func:`to_contract` gives the JSON contract of PRODUCT.md. Results are
cached in the library keyed by the text's hash and :func:`analyzer_key` (the analysers'
versions plus what the user taught the entity recogniser), so a changed model or a new
teaching never serves a stale answer.
"""

from __future__ import annotations

import hashlib
import json
import sys
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from itertools import accumulate

from .model import Claim, Entity, NoiseSpan
from . import pieces
from .pieces import blocks, shifted, spans_in


@dataclass(frozen=True)
class Analysis:
    text: str
    noise: tuple[NoiseSpan, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    #: The glossary terms (``reader analyze --json``'s "vocabulary"): each reads as the
    #: contract's dict (a compact :class:`~.vocab.words.TermItem`, or a dict from the cache).
    #: Empty when the analysis was asked without them (``vocabulary=False``).
    vocabulary: tuple[Mapping, ...] = field(default_factory=tuple)


def analyzer_key(teachings=None) -> str:
    from .attribution import ANALYZER_VERSION as ATTRIBUTION_VERSION
    from .entities import ANALYZER_VERSION as ENTITIES_VERSION

    from .vocab.words import VOCAB_VERSION

    key = f"entities-{ENTITIES_VERSION}+attribution-{ATTRIBUTION_VERSION}+vocab-{VOCAB_VERSION}"
    if teachings is not None:
        blob = json.dumps(teachings.to_dict(), sort_keys=True, ensure_ascii=False)
        if blob not in ("{}", "null"):
            key += "+taught-" + hashlib.sha256(blob.encode("utf-8")).hexdigest()[:12]
    return key


class AnalysisCancelled(Exception):
    """The caller asked the analysis to stop (its ``cancelled()`` answered True)."""


def analyze(text: str, noise=None, teachings=None, progress=None, cancelled=None,
            block_chars: int | None = None, cache=None, vocabulary: bool = True) -> Analysis:
    """Analyse ``text``. ``noise`` defaults to what the noise detector finds.

    The text is read in pieces of at most ``block_chars`` characters (default
    ``pieces.BLOCK_CHARS``; an article is one piece), so memory stays bounded and the work
    can stop between pieces. ``progress``, if given, is called with (done, total, label)
    before each stage of each piece, and with (total, total, "done") at the end;
    ``cancelled``, if given, is asked before each stage and, when it answers True,
    :class:`AnalysisCancelled` is raised. Both run in the caller's thread. ``cache``
    (see :class:`PieceCache`) answers for pieces analysed before and keeps new ones.
    With ``vocabulary`` false the glossary terms are not looked for (:attr:`Analysis.vocabulary`
    stays empty): the window and the report do not show them, and on a book they are
    hundreds of thousands of items.
    """
    parts = list(blocks(text, block_chars or pieces.BLOCK_CHARS))
    total = 3 * len(parts)

    def step(done: int, label: str) -> None:
        if cancelled is not None and cancelled():
            raise AnalysisCancelled()
        if progress is not None:
            progress(done, total, label)

    if noise is not None:
        noise = tuple(noise)
        noise_starts = [n.start for n in noise]
    found_noise: list[NoiseSpan] = []
    entities: list[Entity] = []
    claims: list[Claim] = []
    terms: list[Mapping] = []
    from .vocab.words import vocabulary_for

    for k, (a, b) in enumerate(parts):
        step(3 * k, "noise")
        piece = text[a:b]
        if noise is None:
            from .noise import detect_noise

            piece_noise = tuple(detect_noise(piece))
            found_noise.extend(shifted(n, a) for n in piece_noise)
        else:
            piece_noise = tuple(spans_in(noise, noise_starts, a, b))
        known = cache.get(piece, piece_noise) if cache is not None else None
        if known is None:
            known = _analyze_piece(piece, piece_noise, teachings,
                                   lambda i, label: step(3 * k + i, label))
            if cache is not None:
                cache.put(piece, piece_noise, *known)
        piece_entities, piece_claims = known
        entities.extend(_kept(e, a) for e in piece_entities)
        claims.extend(_shift_claim(c, a) for c in piece_claims)
        if vocabulary:
            terms.extend(vocabulary_for(piece, piece_noise, shift=a))
    if progress is not None:
        progress(total, total, "done")
    return Analysis(text=text, noise=tuple(found_noise) if noise is None else noise,
                    entities=tuple(entities), claims=tuple(claims),
                    vocabulary=tuple(terms))


def _analyze_piece(text: str, noise: tuple[NoiseSpan, ...], teachings, step):
    """Entities and claims of one piece, in the piece's offsets."""
    from .attribution import detect_claims
    from .entities import recognize

    # Bidi marks and zero-width characters (kept in the text, shown on request) would cut
    # words and names apart: the recognisers read the text without them and every span
    # is mapped back onto the text as it is.
    plain = _Visible(text)
    step(1, "entities")
    found = recognize(plain.text, teachings=teachings)
    plain_noise = tuple(plain.to_plain_noise(n) for n in noise)
    found = list(filter(_outside(plain_noise), found))
    step(2, "claims")
    claims = detect_claims(plain.text, entities=found, noise=plain_noise)
    return [plain.span(e) for e in found], [plain.claim(c) for c in claims]


def _kept(e: Entity, by: int) -> Entity:
    """``e`` shifted by ``by``, its names interned: a book names the same few thousand
    entities tens of thousands of times, and each occurrence had its own strings."""
    return replace(e, start=e.start + by, end=e.end + by, text=sys.intern(e.text),
                   canonical=sys.intern(e.canonical))


def _shift_claim(c: Claim, by: int) -> Claim:
    if by == 0:
        return c
    return replace(shifted(c, by), cue=shifted(c.cue, by), source=shifted(c.source, by),
                   via=shifted(c.via, by))


class _Visible:
    """``text`` without its invisible characters (:func:`strip_invisibles`), and the way
    back: spans over the plain text -> spans over ``text``."""

    def __init__(self, text: str):
        from .text import INVISIBLES, strip_invisibles

        self.map = strip_invisibles(text) if any(ch in text for ch in INVISIBLES) else None
        self.text = self.map.text if self.map is not None else text

    def to_plain_noise(self, n: NoiseSpan) -> NoiseSpan:
        if self.map is None:
            return n
        to_plain = self.map.original_to_normalized
        return replace(n, start=to_plain(n.start), end=to_plain(n.end))

    def span(self, span):
        """An entity, cue, source or via (any span with start, end and text) mapped back."""
        if span is None or self.map is None:
            return span
        start, end = self.map.span_to_original(span.start, span.end)
        return replace(span, start=start, end=end, text=self.map.original[start:end])

    def claim(self, c: Claim) -> Claim:
        if self.map is None:
            return c
        return replace(self.span(c), cue=self.span(c.cue), source=self.span(c.source),
                       via=self.span(c.via))


def _outside(noise):
    """A test for spans that no noise span holds (linear, not spans x noise)."""
    ordered = sorted(noise, key=lambda n: n.start)
    starts = [n.start for n in ordered]
    reach = list(accumulate((n.end for n in ordered), max))  # furthest end so far

    def outside(span) -> bool:
        i = bisect_right(starts, span.start)
        return i == 0 or reach[i - 1] < span.end

    return outside


def to_contract(analysis: Analysis) -> dict:
    """The JSON object of `reader analyze FILE --json` (see PRODUCT.md)."""
    return {
        "text": analysis.text,
        "entities": [e.to_dict() for e in analysis.entities],
        "claims": [c.to_dict() for c in analysis.claims],
        "vocabulary": [dict(v) for v in analysis.vocabulary],
        "noise": [{"start": n.start, "end": n.end, "reason": n.reason} for n in analysis.noise],
    }


def from_contract(data: dict) -> Analysis:
    """Rebuild an :class:`Analysis` from :func:`to_contract`'s output (the cache's format)."""
    from .model import Source, Span

    entities = tuple(
        Entity(e["start"], e["end"], e["text"], e["type"], e["canonical"], e.get("origin", "model"))
        for e in data.get("entities", [])
    )
    claims = []
    for c in data.get("claims", []):
        src = c.get("source")
        via = c.get("via")
        claims.append(
            Claim(
                c["start"], c["end"], c["text"],
                Span(**c["cue"]),
                Source(**src) if src else None,
                Span(**via) if via else None,
                bool(c["direct_quote"]),
            )
        )
    noise = tuple(NoiseSpan(n["start"], n["end"], n["reason"]) for n in data.get("noise", []))
    return Analysis(
        text=data["text"], noise=noise, entities=entities, claims=tuple(claims),
        vocabulary=tuple(data.get("vocabulary", [])),
    )


def _cache_payload(analysis: Analysis) -> dict:
    data = to_contract(analysis)
    for out, entity in zip(data["entities"], analysis.entities):
        out["origin"] = entity.origin
    return data


class PieceCache:
    """The library's analysis cache, one entry per piece of text (an article is one piece,
    keyed by the hash of its text as before): a piece is read from the cache when the same
    text with the same noise was analysed by the same analysers with the same teachings.
    Entries stay small however long the document is, and a long analysis that was
    cancelled resumes where it stopped."""

    def __init__(self, store, key: str, read: bool = True):
        self.store, self.key, self.read = store, key, read

    def get(self, text: str, noise: tuple[NoiseSpan, ...]):
        if not self.read:
            return None
        data = self.store.cached_analysis(_hash(text), self.key)
        if data is None or data.get("text") != text:
            return None
        cached = from_contract(data)
        if cached.noise != tuple(noise):
            return None
        return list(cached.entities), list(cached.claims)

    def put(self, text: str, noise, entities, claims) -> None:
        piece = Analysis(text=text, noise=tuple(noise), entities=tuple(entities), claims=tuple(claims))
        self.store.save_analysis(_hash(text), self.key, _cache_payload(piece))


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def analyze_document(store, doc, progress=None, *, use_cache: bool = True,
                     cancelled=None) -> Analysis:
    """Analyse a stored document, each piece from the library's cache when it can (see
    :class:`PieceCache`; with ``use_cache`` false every piece is analysed again, and saved).
    The glossary terms are left out (the window's Vocabulary side finds them itself, around
    what is read; `reader analyze --json` calls :func:`analyze`, which keeps them).

    ``store`` must belong to the calling thread (SQLite connections are per thread).
    """
    teachings = store.teachings()
    cache = PieceCache(store, analyzer_key(teachings), read=use_cache)
    return analyze(doc.text, noise=doc.noise, teachings=teachings, progress=progress,
                   cancelled=cancelled, cache=cache, vocabulary=False)
