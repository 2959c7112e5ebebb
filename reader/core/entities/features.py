"""Features for the CRF tagger, shared by training (tools/train_ner.py) and tagging.

Per token: the folded word, its base without proclitics, prefixes and suffixes, its shape
(Arabic, Latin, capitalised, digits, punctuation), whether it is a known given name or a
trigger word (titles, organisation and place heads, reporting verbs), the same for the words
around it (±2), and whether it sits inside a gazetteer match (and of which type). A
:class:`Lexicon` built from training data (words and spans seen as entities) may add two
more; the training script builds it from the training folds only.

Feature extraction is the slow part of tagging, so everything that depends on the word
alone is computed once per distinct word and cached (per extractor).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from reader.core.text import fold, strip_proclitics

from .clitics import clitic_variants
from .gazetteer import Gazetteer, first_names, gazetteer, trigger_classes

#: Bumped whenever the features change: a model trained on other features is refused.
FEATURE_VERSION = "f4"


@dataclass
class Lexicon:
    """What the training data says about words and phrases (built from training folds)."""

    words: dict[str, str] = field(default_factory=dict)  # folded word -> type (or "O")
    spans: Gazetteer | None = None  # phrases seen as entities, type in the entry
    freq: dict[str, int] = field(default_factory=dict)  # folded word -> times seen

    def is_common(self, n: str) -> bool:
        """An ordinary word: seen at least three times in training, rarely in a name."""
        return self.words.get(n) == "O" and self.freq.get(n, 0) >= 3

    def frequency_class(self, n: str) -> str:
        c = self.freq.get(n, 0)
        return "0" if c == 0 else "1" if c == 1 else "2" if c < 5 else "5"

    def to_lines(self) -> list[str]:
        lines = [f"W\t{w}\t{self.words.get(w, '-')}\t{c}" for w, c in sorted(self.freq.items())]
        if self.spans is not None:
            for key, entry in sorted(self.spans.items()):
                lines.append(f"S\t{' '.join(key)}\t{entry.type}")
        return lines

    @classmethod
    def from_lines(cls, lines: Sequence[str]) -> "Lexicon":
        from .gazetteer import GazetteerEntry

        words: dict[str, str] = {}
        freq: dict[str, int] = {}
        entries = []
        for line in lines:
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if parts[0] == "W":
                if parts[2] != "-":
                    words[parts[1]] = parts[2]
                freq[parts[1]] = int(parts[3])
            else:
                entries.append(GazetteerEntry(parts[1], parts[2], parts[1]))
        return cls(words, Gazetteer(entries) if entries else None, freq)


def shape(word: str) -> str:
    c = word[0]
    if c.isdigit():
        return "D" if word.isdigit() else "Dx"
    if c.isascii() and c.isalpha():
        if word.isupper() and len(word) > 1:
            return "LA"
        return "LC" if c.isupper() else "L"
    if c.isalpha() or "\u0600" <= c <= "\u06FF":
        return "A"
    return "P" + word if len(word) == 1 else "P"


class FeatureExtractor:
    """Turns token texts into crfsuite feature lists, with a per-word cache."""

    def __init__(self, lexicon: Lexicon | None = None, gaz: Gazetteer | None = None):
        self.lexicon = lexicon
        self.gaz = gaz if gaz is not None else gazetteer()
        self._names = first_names()
        self._triggers = trigger_classes()
        self._cache: dict[str, tuple[str, list[str], tuple[list[str], ...]]] = {}

    # --- per word -------------------------------------------------------------------------

    def _classes(self, n: str) -> list[str]:
        """Dictionary classes of a folded word, trying it without proclitics too."""
        out = []
        variants = list(clitic_variants(n))
        base = strip_proclitics(n)
        if base not in variants:
            variants.append(base)
        for v in variants:
            if v in self._names:
                out.append("fn")
                break
        for v in variants:
            cls = self._triggers.get(v)
            if cls:
                out.append("tr=" + cls)
                break
        if self.lexicon is not None:
            words = self.lexicon.words
            for v in variants:
                t = words.get(v)
                if t:
                    out.append("lx=" + t)
                    break
            out.append("fq=" + self.lexicon.frequency_class(n))
        return out

    def _word(self, word: str) -> tuple[str, list[str], tuple[list[str], ...]]:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        n = fold(word) or word
        sh = shape(word)
        base = strip_proclitics(n)
        classes = self._classes(n)
        own = ["b", "w=" + n, "sh=" + sh]
        if base != n:
            own.append("b=" + base)
        if sh == "A":
            ln = len(n)
            own += ["p1=" + n[:1], "p2=" + n[:2], "s1=" + n[-1:], "s2=" + n[-2:]]
            if ln > 3:
                own += ["p3=" + n[:3], "s3=" + n[-3:]]
            if ln > 5:
                own.append("bs3=" + base[-3:])
            own.append("len=" + (str(ln) if ln < 5 else "5+"))
        elif sh in ("L", "LC", "LA"):
            own.append("s3=" + n[-3:])
        own += classes
        ctx_short = ["w=" + n] + classes
        ctx_long = ["w=" + n, "sh=" + sh] + classes
        if base != n:
            ctx_long.append("b=" + base)
        ctx = (
            ["-2" + f for f in ctx_short],
            ["-1" + f for f in ctx_long],
            ["+1" + f for f in ctx_long],
            ["+2" + f for f in ctx_short],
        )
        result = (n, own, ctx)
        self._cache[word] = result
        return result

    def norms(self, words: Sequence[str]) -> list[str]:
        """The folded form of each word (from the same cache)."""
        return [self._word(w)[0] for w in words]

    # --- per sentence ---------------------------------------------------------------------

    def sentence(self, words: Sequence[str], gazetteer_matches=None) -> list[list[str]]:
        """Features of each word of a sentence. ``gazetteer_matches``: this sentence's
        ``Gazetteer.matches`` (weak ones included), when the caller has them already."""
        infos = [self._word(w) for w in words]
        norms = [info[0] for info in infos]
        n = len(words)
        feats = []
        for i, info in enumerate(infos):
            f = list(info[1])
            if i >= 2:
                f += infos[i - 2][2][0]
            if i >= 1:
                f += infos[i - 1][2][1]
                f.append("bg=" + norms[i - 1] + "|" + norms[i])
            else:
                f.append("BOS")
            if i + 1 < n:
                f += infos[i + 1][2][2]
            else:
                f.append("EOS")
            if i + 2 < n:
                f += infos[i + 2][2][3]
            feats.append(f)
        if gazetteer_matches is None:
            gazetteer_matches = self.gaz.matches(words, norms)
        self._add_spans(gazetteer_matches, "gz", feats)
        if self.lexicon is not None and self.lexicon.spans is not None:
            self._add_spans(self.lexicon.spans.matches(words, norms), "cs", feats)
        return feats

    @staticmethod
    def _add_spans(matches, prefix: str, feats: list[list[str]]) -> None:
        n = len(feats)
        for m in matches:
            e = m.entry
            label = e.type + ("w" if e.weak else "")
            if e.is_media:
                label += "m"
            for k in range(m.first, m.last + 1):
                pos = "B" if k == m.first else "I"
                feats[k].append(f"{prefix}={pos}{label}")
            if m.first > 0:
                feats[m.first - 1].append(f"{prefix}+1={label}")
            if m.last + 1 < n:
                feats[m.last + 1].append(f"{prefix}-1={label}")
