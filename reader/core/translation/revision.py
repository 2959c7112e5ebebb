"""Re-attaching a translation to a revised article.

When a new version of an article is imported, every segment's source is found again in the
new text with the project's anchoring (:mod:`reader.core.anchoring`: position, quote,
normalised quote, bounded fuzzy match). Then:

- a segment whose source is there unchanged keeps its translation, status and note;
- a segment whose source changed (fuzzy or letter-variant match, or text added inside its
  sentence) keeps its translation, is marked ``needs_review`` and remembers the source the
  translation was made for (``previous_source``), so the translator sees what changed;
- a segment that cannot be placed with confidence becomes an *orphan*: kept with its old
  source, translation and note, listed for the translator, never moved onto other words;
- text that no segment covers (new sentences) gets new, empty segments.

Nothing is deleted. The function is pure; :func:`reattach_document` applies it to the library.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..anchoring import anchor_many, describe
from ..model import NoiseSpan, now_iso
from ..text import sentences
from .model import Segment
from .segmentation import cut_segments, gaps, sentence_spans


@dataclass(frozen=True)
class ReattachReport:
    kept: int = 0
    changed: int = 0  # placed, source changed: marked for review
    orphaned: int = 0
    added: int = 0
    orphans: tuple[str, ...] = field(default=(), repr=False)  # their uuids

    def line(self) -> str:
        return (f"{self.kept} kept, {self.changed} changed (marked for review), "
                f"{self.orphaned} orphaned, {self.added} new")


def reattach(segments: Sequence[Segment], text: str, noise: Sequence[NoiseSpan] = (),
             author: str = "") -> tuple[list[Segment], ReattachReport]:
    """Segments of an article placed on its new ``text``: every segment given comes back
    (placed, changed or orphaned) and new ones cover the text no segment covers."""
    now = now_iso()
    live = [s for s in segments if not s.deleted]
    found = anchor_many(text, [s.selector for s in live])
    placed: list[tuple[Segment, int, int, bool]] = []  # segment, start, end, changed
    orphans: list[Segment] = []
    taken: list[tuple[int, int]] = []
    # The surest places are taken first; a segment may not overlap one placed before it.
    for seg, where in sorted(zip(live, found),
                             key=lambda p: (p[1] is None, -(p[1].score if p[1] else 0.0))):
        if where is None or where.end <= where.start or any(
                where.start < e and s < where.end for s, e in taken):
            orphans.append(seg)
            continue
        taken.append((where.start, where.end))
        placed.append((seg, where.start, where.end, text[where.start:where.end] != seg.source))
    placed.sort(key=lambda p: p[1])
    placed = _grow_into_sentences(text, placed)
    out: list[Segment] = []
    kept = changed = 0
    for seg, start, end, is_changed in placed:
        selector = describe(text, start, end)
        if not is_changed:
            kept += 1
            out.append(seg if selector == seg.selector and not seg.orphan
                       else seg.evolve(selector=selector, orphan=False, updated=now))
            continue
        changed += 1
        out.append(seg.evolve(selector=selector, orphan=False, needs_review=True,
                              previous_source=seg.previous_source or seg.source, updated=now))
    for seg in orphans:
        out.append(seg if seg.orphan else seg.evolve(orphan=True, updated=now))
    added = cut_segments(live[0].doc_id if live else "", text,
                         _uncovered(text, [(p[1], p[2]) for p in placed], noise), author, now)
    out.extend(added)
    report = ReattachReport(kept, changed, len(orphans), len(added),
                            tuple(s.uuid for s in orphans))
    return out, report


def _grow_into_sentences(text: str, placed: list) -> list:
    """A placed segment whose sentence in the new text is longer (words added before or
    after it) takes in the added words, and is marked changed: the words belong to the
    sentence the translator translated, not to a new segment of their own."""
    if not placed:
        return placed
    spans = [(s.start, s.end) for s in sentences(text)]
    result = [list(p) for p in placed]
    for i, p in enumerate(result):
        start, end = p[1], p[2]
        for s, e in spans:
            if s < end and start < e:  # the sentence overlaps this segment
                lo = result[i - 1][2] if i > 0 else 0
                hi = result[i + 1][1] if i + 1 < len(result) else len(text)
                new_start, new_end = max(min(start, s), lo), min(max(end, e), hi)
                if (new_start, new_end) != (start, end) and text[new_start:start].strip() + text[end:new_end].strip():
                    start, end = new_start, new_end
                    p[3] = True
        p[1], p[2] = start, end
    return [tuple(p) for p in result]


def _uncovered(text: str, placed: list[tuple[int, int]], noise) -> list[tuple[int, int]]:
    out = []
    for gs, ge in gaps(text, placed):
        out.extend(sentence_spans(text, gs, ge, noise))
    return out


def reattach_document(db, doc_id: str, text: str, noise: Sequence[NoiseSpan] = ()) -> ReattachReport | None:
    """Re-attach the stored segments of ``doc_id`` to its new text (inside the caller's
    transaction). None when the article had no translation yet."""
    from . import segment_rows as rows

    segments = rows.for_document(db, doc_id)
    if not segments:
        return None
    result, report = reattach(segments, text, noise, author=segments[0].author)
    before = {s.uuid: s for s in segments}
    if report.added:
        result = [s if s.doc_id else s.evolve(doc_id=doc_id) for s in result]
        kept = [s for s in result if s.uuid in before]
        result = kept + rows.with_free_uuids(db, [s for s in result if s.uuid not in before], text)
    for seg in result:
        if before.get(seg.uuid) != seg:
            rows.save(db, seg)
    return report
