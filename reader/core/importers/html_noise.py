"""Noise particular to web pages: the comment-policy block news sites put under an article
("نرحب بتعليقاتكم… التعليقات لا تعبر عن رأي الموقع…", "We welcome discussion… the views
below do not represent…"). It often sits inside the article's own element, so extraction
keeps it; it is marked as noise (reason "comment policy"), never deleted.

A line is comment policy when it holds two of the policy phrases below, or one of them and
a word about comments or discussion. Lines are compared in their folded form (no diacritics,
alef/hamza/ya/ta marbuta folded, Latin lower-cased), and long paragraphs are left alone.
"""

from __future__ import annotations

from reader.core.model import NoiseSpan
from reader.core.text import fold

COMMENT_POLICY = "comment policy"
#: Longer lines are article text, whatever they say.
MAX_LINE_CHARS = 1000

_PHRASES = (
    # Arabic
    "نرحب بتعليقات", "نرحب بالتعليقات", "نرحب بآرائكم", "نرحب بمشاركات", "نرحب بمشاركتكم",
    "لا تعبر عن رأي", "لا تعبر بالضرورة عن", "لا تمثل رأي", "لا تعكس رأي",
    "تعبر عن رأي أصحابها", "تعبر عن آراء أصحابها", "عن رأي كاتبها",
    "يحتفظ الموقع بحق", "تحتفظ الصحيفة بحق", "نحتفظ بحق", "بحق حذف", "حذف أي تعليق",
    "آداب الحوار", "سياسة التعليقات", "سياسة التعليق", "شروط التعليق", "قواعد التعليق",
    "غير مسؤول عن التعليقات", "لا يتحمل الموقع", "لا تتحمل الصحيفة",
    # English
    "we welcome discussion", "we welcome comments", "we welcome your comments",
    "comment policy", "comments policy", "commenting policy", "community guidelines",
    "do not represent", "don't represent", "do not necessarily represent", "do not reflect",
    "do not necessarily reflect", "views expressed", "reserve the right to remove",
    "reserve the right to delete", "keep comments civil", "keep the discussion civil",
    "comments are moderated",
)
_TOPICS = ("تعليق", "الحوار", "النقاش", "comment", "discussion")

_FOLDED_PHRASES = tuple(fold(p) for p in _PHRASES)
_FOLDED_TOPICS = tuple(fold(t) for t in _TOPICS)


def is_comment_policy(line: str) -> bool:
    if len(line) > MAX_LINE_CHARS:
        return False
    key = fold(line)
    found = sum(1 for phrase in _FOLDED_PHRASES if phrase in key)
    return found >= 2 or (found == 1 and any(topic in key for topic in _FOLDED_TOPICS))


def comment_policy_spans(text: str) -> list[NoiseSpan]:
    """A span for each line of ``text`` that is comment policy."""
    spans = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped and is_comment_policy(stripped):
            start = pos + len(raw) - len(raw.lstrip())
            spans.append(NoiseSpan(start, start + len(stripped), COMMENT_POLICY))
        pos += len(raw) + 1
    return spans
