"""One name, one label across a document: tag later (and earlier) repeats of a found name.

The tagger sees one sentence at a time, so a name it recognises in one sentence
("نجيب محفوظ") may be missed in the next ("محفوظ", "والمحفوظ" no; "ومحفوظ" yes). After
tagging the whole document, every name tagged with enough confidence is looked for in the
untagged stretches of the other sentences (first word with or without a proclitic), and the
last word of a person's full name counts as a name of its own. A single word that the
training data saw mostly outside names (the caller's ``common``), function words and one- or
two-letter words are never tagged this way.

Used by the tagger at run time and by tools/train_ner.py in cross-validation (with a window
of sentences standing in for an article), so the reported scores include it.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable, Sequence

from reader.core.text import fold

from .clitics import clitic_variants
from .numwords import FUNCTION_WORDS

MIN_CONFIDENCE = 0.5
MAX_WORDS = 6
_CONNECTORS = frozenset(fold(w) for w in (
    "بن ابن بنت أبو أبي أم آل عبد الدين الله الرحمن الرحيم العزيز الكريم الحميد الملك الإله"
).split())


def _bio(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    out = []
    start = None
    typ = ""
    for i, lab in enumerate(list(labels) + ["O"]):
        if lab == "O" or lab.startswith("B-") or lab[2:] != typ:
            if start is not None:
                out.append((start, i - 1, typ))
                start = None
            if lab != "O":
                start, typ = i, lab[2:]
    return out


def _keys(norms: Sequence[str]) -> list[tuple[str, ...]]:
    rest = tuple(norms[1:])
    return [(v,) + rest for v in clitic_variants(norms[0])]


def collect_names(sentences: Sequence[Sequence[str]], labels: Sequence[Sequence[str]],
                  probs: Sequence[Sequence[float]]) -> dict[tuple[str, ...], Counter]:
    """Folded names (and person surnames) tagged with confidence, with their type votes."""
    names: dict[tuple[str, ...], Counter] = {}
    for norms, labs, ps in zip(sentences, labels, probs):
        for a, b, typ in _bio(labs):
            if min(ps[a:b + 1]) < MIN_CONFIDENCE:
                continue
            for key in _keys(norms[a:b + 1]):
                names.setdefault(key, Counter())[typ] += 1
            if typ == "PER" and b > a:
                parts = [n for n in norms[a:b + 1] if n not in _CONNECTORS]
                if parts and parts[-1] not in FUNCTION_WORDS and len(parts[-1]) > 2:
                    names.setdefault((parts[-1],), Counter())["PER"] += 1
    return names


def propagate(norms: Sequence[str], labels: list[str], names: dict[tuple[str, ...], Counter],
              common: Callable[[str], bool], lengths: dict[str, set[int]] | None = None
              ) -> list[str]:
    """``labels`` with untagged repeats of ``names`` tagged (a new list). ``lengths`` is
    :func:`first_words` of ``names``, passed in when propagating over many sentences."""
    out = list(labels)
    n = len(norms)
    if lengths is None:
        lengths = first_words(names)
    k = 0
    while k < n:
        if out[k] != "O":
            k += 1
            continue
        found = [lengths[v] for v in clitic_variants(norms[k]) if v in lengths]
        if not found:  # most words start no name
            k += 1
            continue
        step = 1
        for length in sorted(set().union(*found), reverse=True):
            if k + length > n:
                continue
            if any(out[m] != "O" for m in range(k, k + length)):
                continue
            typ = _match(norms[k:k + length], names, common)
            if typ:
                out[k] = "B-" + typ
                for m in range(k + 1, k + length):
                    out[m] = "I-" + typ
                step = length
                break
        k += step
    return out


def first_words(names) -> dict[str, set[int]]:
    """First word of each name -> the lengths of the names it starts."""
    out: dict[str, set[int]] = {}
    for key in names:
        out.setdefault(key[0], set()).add(len(key))
    return out


def _match(norms: Sequence[str], names, common) -> str | None:
    for key in _keys(norms):
        votes = names.get(key)
        if not votes:
            continue
        if len(key) == 1:
            w = key[0]
            if len(w) < 3 or w in FUNCTION_WORDS or common(w) or not w[0].isalpha():
                continue
        return votes.most_common(1)[0][0]
    return None
