"""Cutting an article into segments, and merging or splitting them by hand.

Segments start as the project's sentences (:func:`reader.core.text.sentences`). Sentences
that lie wholly inside noise (an image caption, a "read also" line a scraper left in) are not
offered for translation. A segment may be merged with the next one or split at any point
between words; these are pure functions on :class:`Segment` values, the library stores them.
"""

from __future__ import annotations

import hashlib
import uuid as _uuid
from collections.abc import Iterable, Sequence

from ..anchoring import describe
from ..model import NoiseSpan, new_uuid, now_iso
from ..text import _BULLETS, sentences
from .model import Segment


def _in_noise(start: int, end: int, noise: Sequence[NoiseSpan]) -> bool:
    return any(n.start <= start and end <= n.end for n in noise)


def sentence_spans(text: str, start: int = 0, end: int | None = None,
                   noise: Sequence[NoiseSpan] = ()) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as spans of ``text`` (noise left out)."""
    end = len(text) if end is None else end
    return [(start + s.start, start + s.end) for s in sentences(text[start:end])
            if not _in_noise(start + s.start, start + s.end, noise)]


_SEGMENT_IDS = _uuid.uuid5(_uuid.NAMESPACE_URL, "arabic-news-reader:segment")


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def segment_uuid(key: str, start: int, end: int, n: int = 0) -> str:
    """The uuid of the segment cut at ``start``..``end`` of the text whose :func:`text_key`
    is ``key``: the same in every library, so two translators who cut the same article
    before sharing it through a desk get the same segments, not two overlapping sets.
    ``n`` > 0 gives the next candidates when one is already taken (a merged-away segment)."""
    name = f"{key}:{start}:{end}" + (f":{n}" if n else "")
    return str(_uuid.uuid5(_SEGMENT_IDS, name))


def new_segment(doc_id: str, text: str, start: int, end: int, author: str = "",
                now: str | None = None, uuid: str | None = None) -> Segment:
    now = now or now_iso()
    return Segment(uuid=uuid or new_uuid(), doc_id=doc_id, selector=describe(text, start, end),
                   author=author, created=now, updated=now)


def cut_segments(doc_id: str, text: str, spans: Iterable[tuple[int, int]], author: str = "",
                 now: str | None = None) -> list[Segment]:
    """New segments of ``text`` at ``spans``, with the uuids every library gives them."""
    key, now = text_key(text), now or now_iso()
    return [new_segment(doc_id, text, s, e, author, now, segment_uuid(key, s, e)) for s, e in spans]


def initial_segments(doc_id: str, text: str, noise: Sequence[NoiseSpan] = (),
                     author: str = "") -> list[Segment]:
    return cut_segments(doc_id, text, sentence_spans(text, noise=noise), author)


def gaps(text: str, placed: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of ``text`` that hold words and that no placed span covers."""
    out = []
    pos = 0
    for s, e in sorted(placed):
        if s > pos and text[pos:s].strip():
            out.append((pos, s))
        pos = max(pos, e)
    if pos < len(text) and text[pos:].strip():
        out.append((pos, len(text)))
    return out


def uncovered_sentences(text: str, placed: Sequence[tuple[int, int]],
                        noise: Sequence[NoiseSpan] = ()) -> list[tuple[int, int]]:
    """Sentence pieces of ``text`` outside every placed span (what still needs a segment)."""
    out = []
    for gs, ge in gaps(text, placed):
        out.extend(sentence_spans(text, gs, ge, noise))
    return out


def merge(first: Segment, second: Segment, text: str, now: str | None = None
          ) -> tuple[Segment, Segment]:
    """``first`` grown over ``second`` (targets and notes joined), and ``second`` as a
    tombstone. The merged segment is a draft unless both were at least translated."""
    if first.doc_id != second.doc_id or first.orphan or second.orphan:
        raise ValueError("only two placed segments of one article can be merged")
    if second.start < first.end:
        first, second = second, first
    now = now or now_iso()
    target = " ".join(t for t in (first.target.strip(), second.target.strip()) if t)
    note = "\n".join(n for n in (first.note.strip(), second.note.strip()) if n)
    status = min((first.status, second.status), key=("draft", "translated", "reviewed").index)
    merged = first.evolve(
        selector=describe(text, first.start, second.end), target=target, note=note,
        status=status, needs_review=first.needs_review or second.needs_review,
        previous_source="", updated=now)
    return merged, second.evolve(deleted=True, updated=now)


def split_point(text: str, segment: Segment, offset: int) -> int:
    """Where a split asked at ``offset`` (in the document) falls: moved back to the start
    of the word it is in, so no word is cut. ValueError when nothing would be left on a side."""
    if not segment.start < offset < segment.end:
        raise ValueError("a segment is split inside its text")
    while offset > segment.start and not text[offset - 1].isspace() and not text[offset].isspace():
        offset -= 1
    if not text[segment.start:offset].strip() or not text[offset:segment.end].strip():
        raise ValueError("a split must leave words on both sides")
    return offset


def split(segment: Segment, text: str, offset: int, target_offset: int | None = None,
          author: str = "", now: str | None = None) -> tuple[Segment, Segment]:
    """Split ``segment`` at document offset ``offset`` (snapped to a word start). The target
    is cut at ``target_offset`` (None: it all stays with the first part). Both parts keep
    the note of the segment in the first part and become drafts."""
    offset = split_point(text, segment, offset)
    now = now or now_iso()
    left_end = offset
    while left_end > segment.start and (text[left_end - 1].isspace() or text[left_end - 1] in _BULLETS):
        left_end -= 1
    right_start = offset
    while right_start < segment.end and (text[right_start].isspace() or text[right_start] in _BULLETS):
        right_start += 1
    target = segment.target
    cut = len(target) if target_offset is None else max(0, min(len(target), target_offset))
    first = segment.evolve(selector=describe(text, segment.start, left_end),
                           target=target[:cut].strip(), status="draft", previous_source="",
                           updated=now)
    second = new_segment(segment.doc_id, text, right_start, segment.end, author or segment.author, now)
    second = second.evolve(target=target[cut:].strip(), needs_review=segment.needs_review)
    return first, second
