"""The morphological analyser itself: farahidi (a pure-Python port of AlKhalil Morpho Sys 2,
GPL-3.0-or-later) in this process, and how one reading of a word is chosen.

AlKhalil lists every reading of a word out of context, unordered for our purpose; we choose
one with the corpus statistics it ships (how often a written form had each lemma in its
training corpus), then prefer readings with fewer clitics (بنك is a noun, not بان + ك), then
the commoner lemma and root.

Its tables take about 250 MB once loaded (70 MB at start, 170 MB more on the first real
words) and each new word a few milliseconds of pure Python. The command line uses it here;
the window runs it in a helper process (:mod:`.morph_server`, driven by
:class:`~.morph_client.AnalyserClient`), so that neither its memory nor its work lands in
the window's process. Both implement ``analyse_many(words) -> list[WordAnalysis]``.
"""

from __future__ import annotations

import gzip
import threading

from ..text import fold
from .morphology import WordAnalysis, fallback_analysis, spaced_root, strip_vowels


class LocalAnalyser:
    """farahidi behind a lock (it keeps caches that are not thread-safe); loads on first use."""

    def __init__(self):
        self._lock = threading.Lock()
        self._analyzer = None
        self._emission: dict[str, dict[str, float]] = {}
        self._unigram: dict[str, float] = {}
        self._roots: dict[str, int] = {}

    @property
    def loaded(self) -> bool:
        return self._analyzer is not None

    def load(self) -> None:
        with self._lock:
            self._load_locked()

    def _load_locked(self) -> None:
        if self._analyzer is not None:
            return
        import farahidi
        from farahidi.lm import LanguageModel

        analyzer = farahidi.Analyzer()
        analyzer.analyze("كتاب")  # loads the lexicon
        self._emission, self._unigram = _load_statistics()
        self._roots = dict(LanguageModel().map_root)
        self._analyzer = analyzer

    def analyse_many(self, words: list[str]) -> list[WordAnalysis]:
        """The analyser's reading of each word (none of them a closed-class or glossary word:
        :class:`~.morphology.Morphology` answers those itself), in the order given."""
        with self._lock:
            self._load_locked()
            return [self._analyse_locked(word) for word in words]

    def close(self) -> None:
        """Nothing to stop: the tables go with the process."""

    def _analyse_locked(self, word: str) -> WordAnalysis:
        norm = fold(word)
        unvowelled = strip_vowels(word)
        readings = self._analyzer.analyze(unvowelled)
        if not readings:
            return WordAnalysis(word, norm, "", fallback_analysis(word).lemma, "", "name", "analyser")
        emission = self._emission.get(unvowelled, {})
        roots = self._roots

        def rank(a) -> tuple:
            clitics = len(a.proclitics) + len(a.enclitics)
            return (emission.get(a.lemma, 0.0), -clitics, self._unigram.get(a.lemma, 0.0),
                    roots.get(a.root or "-", 0), a.score or 0.0)

        best = max(readings, key=rank)
        same = [a for a in readings if a.lemma == best.lemma and a.root]
        root = max(same, key=lambda a: roots.get(a.root, 0)).root if same else ""
        lemma = strip_vowels(best.lemma)
        return WordAnalysis(word, norm, best.diacritized or "", lemma, spaced_root(root),
                            _pos(best), "analyser")


def _pos(a) -> str:
    if a.pos == "فعل":
        return "verb"
    if a.type and "علم" in a.type:
        return "name"
    if a.pos == "اسم":
        return "adj" if a.type in ("نسبة", "صفة مشبهة") else "noun"
    return "particle"


def _load_statistics() -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    """From farahidi's corpus model, only what choosing a reading out of context needs: how
    often each written form had each lemma ("B" lines), and each lemma's frequency ("S"
    lines). The transition table (most of the file, several seconds to parse) is skipped."""
    from importlib.resources import files

    from farahidi.translit import bw_to_arabic as bw

    emission: dict[str, dict[str, float]] = {}
    unigram: dict[str, float] = {}
    total = 1.0
    path = files("farahidi") / "data" / "DATA.MSA.ALL.TRAIN.141809.lm.gz"
    with gzip.open(path.open("rb"), "rt", encoding="cp1252", newline="") as fh:
        for raw in fh:
            kind = raw[:1]
            if kind == "A" or not kind:
                continue
            line = raw.rstrip("\r\n")
            if kind == "S":
                if line[1] == "1":
                    size = int(line[3:5])
                    unigram[bw(line[6:6 + size])] = float(line[7 + size:]) / total
                else:
                    total = float(line[3:]) or 1.0
            elif kind == "B":
                size_t, size_f = int(line[2:4]), int(line[4:5])
                word = bw(line[6:6 + size_t])
                word_freq = float(line[7 + size_t:7 + size_t + size_f]) or 1.0
                pos, n = 8 + size_t + size_f, len(line)
                lemmas: dict[str, float] = {}
                while pos < n:
                    s2t, s2f = int(line[pos:pos + 2]), int(line[pos + 2:pos + 3])
                    tag = line[pos + 4:pos + 4 + s2t]
                    lemmas[bw(tag)] = float(line[pos + 4 + s2t:pos + 5 + s2t + s2f]) / word_freq
                    pos += 6 + s2t + s2f
                emission[word] = lemmas
    return emission, unigram
