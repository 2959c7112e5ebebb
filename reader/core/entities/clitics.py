"""Proclitics on names: و ف (and), ب ل ك (in, for, like), لل (for the).

ANERcorp does not split clitics from words: "والصين" is one token tagged LOC. Entities keep
that convention (a span covers whole tokens, which is also how a highlight should behave),
and the clitic is removed where the *name* is needed: the canonical form, the gazetteer
look-up, and :func:`name_span` for a caller that wants the bare name's offsets.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from reader.core.text import DIACRITICS, TATWEEL, fold

_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


@lru_cache(maxsize=100_000)
def _variants(norm: str) -> tuple[str, ...]:
    out = [norm]
    stems = [norm]
    if len(norm) >= 4 and norm[0] in _CONJ:
        stems.append(norm[1:])
        out.append(norm[1:])
    for stem in stems:
        if len(stem) >= 4 and stem.startswith("لل"):
            out.append("ال" + stem[2:])
        elif len(stem) >= 4 and stem[0] in _PREP:
            out.append(stem[1:])
    return tuple(out)


def clitic_variants(norm: str) -> tuple[str, ...]:
    """A folded word and the words it may be with a proclitic removed, longest first."""
    return _variants(norm)


def _skip_marks(word: str, i: int) -> int:
    while i < len(word) and (word[i] in DIACRITICS or word[i] == TATWEEL):
        i += 1
    return i


def split_proclitic(word: str, known: Callable[[str], bool] | None = None,
                    whole: Callable[[str], bool] | None = None) -> int:
    """How many characters of ``word`` (as written) are a proclitic; 0 when none is sure.

    A proclitic is removed when what remains starts with the article (والصين، بالقاهرة،
    للأمم -> الأمم counts as 1 with the ل of لل kept as the article's) or when ``known``
    says the rest (folded) is a known name (وبريطانيا). لبنان، بغداد، فرنسا stay whole.
    ``whole``: a word that ``whole`` knows as it is written keeps its first letter (بكين،
    لندن: a list of bare names, not ANERcorp's words, which keep their clitics), and so does
    a stem after و that it knows (وكيان: كيان, not يان).
    """
    word = word.split(None, 1)[0] if word.strip() else word
    i = 0
    n = len(word)
    cut = 0
    if whole is not None and whole(fold(word)):
        return 0
    # و / ف
    if n > 3 and word[0] in _CONJ:
        j = _skip_marks(word, 1)
        if _plausible(word[j:], known):
            cut = j
            if whole is not None and whole(fold(word[j:])):
                return cut
        i = j
    # ب / ل / ك after an optional و/ف
    if n - i > 3 and word[i] in _PREP:
        j = _skip_marks(word, i + 1)
        rest = word[j:]
        if word[i] == "ل" and rest.startswith("ل") and len(fold(rest)) >= 4:
            return j  # لل + stem: the second ل is the article's (للأمم = ل + الأمم)
        f = fold(rest)
        if word[i] == "ب" and f[:1] == "و" and len(f) >= 4 and known is not None and known(f[1:]):
            return cut  # "بوحسن"، "بوعلي": a family name with بو, not ب + "and Hassan" (no ب before و)
        if _plausible(rest, known):
            cut = j
    return cut


def _plausible(rest: str, known: Callable[[str], bool] | None) -> bool:
    f = fold(rest)
    if len(f) >= 4 and f.startswith("ال"):
        return True
    return bool(known) and len(f) >= 3 and known(f)


def bare_name(text: str, known: Callable[[str], bool] | None = None,
              whole: Callable[[str], bool] | None = None) -> str:
    """``text`` without the proclitic of its first word; لل becomes ال (للأمم -> الأمم).
    ``whole``: see :func:`split_proclitic` (كريم is a given name, not ك + ريم)."""
    cut = split_proclitic(text, known, whole)
    if cut == 0:
        return text
    rest = text[cut:]
    if text[cut - 1] == "ل" and rest.startswith("ل") and not rest.startswith("ال"):
        return "ا" + rest
    return rest


def name_span(text: str, start: int, end: int, known: Callable[[str], bool] | None = None,
              whole: Callable[[str], bool] | None = None) -> tuple[int, int]:
    """The offsets of the name inside an entity span, without a leading proclitic.

    "لوكالة فرانس برس" -> the span of "وكالة فرانس برس". For "للأمم المتحدة" the span starts
    at the second ل (the article's ل; its alef was elided in writing). ``whole``: see
    :func:`split_proclitic`.
    """
    return start + split_proclitic(text[start:end], known, whole), end
