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
from dataclasses import dataclass, field, replace

from .model import Claim, Entity, NoiseSpan


@dataclass(frozen=True)
class Analysis:
    text: str
    noise: tuple[NoiseSpan, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    vocabulary: tuple[dict, ...] = field(default_factory=tuple)


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


def analyze(text: str, noise=None, teachings=None, progress=None) -> Analysis:
    """Analyse ``text``. ``noise`` defaults to what the noise detector finds.

    ``progress``, if given, is called with (step, total, label) between stages, so a GUI
    worker can show a progress bar; it runs in the caller's thread.
    """
    from .attribution import detect_claims
    from .entities import recognize
    from .noise import detect_noise

    def report(step: int, label: str) -> None:
        if progress is not None:
            progress(step, 3, label)

    report(0, "noise")
    if noise is None:
        noise = detect_noise(text)
    noise = tuple(noise)
    # Bidi marks and zero-width characters (kept in the text, shown on request) would cut
    # words and names apart: the recognisers read the text without them and every span
    # is mapped back onto the text as it is.
    plain = _Visible(text)
    report(1, "entities")
    found = recognize(plain.text, teachings=teachings)
    plain_noise = tuple(plain.to_plain_noise(n) for n in noise)
    found = [e for e in found if not _inside(e.start, e.end, plain_noise)]
    report(2, "claims")
    claims = detect_claims(plain.text, entities=found, noise=plain_noise)
    report(3, "done")
    entities = tuple(plain.span(e) for e in found)
    from .vocab.words import vocabulary_for

    return Analysis(text=text, noise=noise, entities=entities,
                    claims=tuple(plain.claim(c) for c in claims),
                    vocabulary=tuple(vocabulary_for(text, noise)))


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


def _inside(start: int, end: int, noise) -> bool:
    return any(n.start <= start and end <= n.end for n in noise)


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


def analyze_document(store, doc, progress=None, *, use_cache: bool = True) -> Analysis:
    """Analyse a stored document, from the library's cache when the same text was analysed
    by the same analysers with the same teachings; otherwise analyse and cache the result.

    ``store`` must belong to the calling thread (SQLite connections are per thread).
    """
    teachings = store.teachings()
    key = analyzer_key(teachings)
    if use_cache:
        cached = store.cached_analysis(doc.sha256, key)
        if cached is not None and cached.get("text") == doc.text:
            return from_contract(cached)
    result = analyze(doc.text, noise=doc.noise, teachings=teachings, progress=progress)
    store.save_analysis(doc.sha256, key, _cache_payload(result))
    return result
