"""Finding a term in a sentence through clitics and plural forms.

A term's words and the sentence's words are compared on their folded forms
(:func:`reader.core.text.fold`) after taking off what Arabic attaches to a word:

- proclitics: و ف ب ل ك and the article ال (:func:`reader.core.text.strip_proclitics`,
  :func:`reader.core.entities.clitics.clitic_variants`), on every word of the term, so
  "قرض صغير" is found in "والقروض الصغيرة";
- sound plural, dual and feminine endings: ـات ـون ـين ـان ـة (شركة / شركات، مالي / المالية);
- broken plurals, which change the vowels inside the word (قرض / قروض، سوق / أسواق،
  مصرف / مصارف، وزير / وزراء): the words agree once their long vowels (ا و ي) and hamza
  are left out, and that skeleton keeps at least three letters (two when the plural has
  the prefixed alef of أفعال).

The last rule is a heuristic, not a morphological analysis: unvocalised Arabic is
ambiguous (كتاب "book" and كتّاب "writers" are written alike), so a hit says how it was
found (``exact``, ``clitic`` or ``inflected``) and the translator judges.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..entities.clitics import clitic_variants
from ..text import fold, strip_proclitics, tokenize

_SUFFIXES = ("تان", "تين", "ات", "ون", "ين", "ان", "ه")
_LONG = str.maketrans("", "", "اويء")
KINDS = ("exact", "clitic", "inflected")


@lru_cache(maxsize=65536)
def _bases(norm: str) -> tuple[str, ...]:
    """The word and the words it may be without proclitics (folded)."""
    out = [norm]
    for v in (strip_proclitics(norm), *clitic_variants(norm)):
        if v not in out:
            out.append(v)
    for v in list(out):
        if v.startswith("ال") and len(v) >= 4 and v[2:] not in out:
            out.append(v[2:])
    return tuple(out)


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= (2 if suffix == "ه" else 3):
            return word[: -len(suffix)]
    return word


def _skeleton(word: str) -> str:
    return _stem(word).translate(_LONG)


def _broken_plural(a: str, b: str) -> bool:
    ska, skb = _skeleton(a), _skeleton(b)
    if ska != skb or a == b:
        return False
    if len(ska) >= 3:
        return True
    # Hollow roots (سوق / أسواق): only the أفعال pattern, whose alef comes first.
    return len(ska) == 2 and (a.startswith("ا") or b.startswith("ا"))


@lru_cache(maxsize=262144)
def word_match(text_word: str, term_word: str) -> str | None:
    """How a folded word of the text matches a folded word of a term, or None."""
    if text_word == term_word:
        return "exact"
    t_bases, s_bases = _bases(text_word), _bases(term_word)
    if set(t_bases) & set(s_bases):
        return "clitic"
    for t in t_bases:
        for s in s_bases:
            if len(t) >= 2 and len(s) >= 2 and (_stem(t) == _stem(s) or _broken_plural(t, s)):
                return "inflected"
    return None


def index_keys(norm_word: str) -> frozenset[str]:
    """Keys under which a word is filed: two words that match share at least one key."""
    keys = set()
    for b in _bases(norm_word):
        keys.add(b)
        keys.add(_stem(b))
        keys.add(_skeleton(b))
    return frozenset(k for k in keys if k)


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    norm: str


def text_words(text: str) -> list[Word]:
    return [Word(t.start, t.end, t.norm) for t in tokenize(text)]


def term_words(term: str) -> tuple[str, ...]:
    return tuple(fold(t.text) for t in tokenize(term))


def match_at(words: list[Word], i: int, term: tuple[str, ...]) -> str | None:
    """Whether ``term`` (folded words) starts at word ``i``; the weakest kind over its words."""
    if i + len(term) > len(words) or not term:
        return None
    worst = 0
    for w, t in zip(words[i:i + len(term)], term):
        kind = word_match(w.norm, t)
        if kind is None:
            return None
        worst = max(worst, KINDS.index(kind))
    return KINDS[worst]
