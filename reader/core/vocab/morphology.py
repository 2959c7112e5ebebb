"""Lemma, root, part of speech and vowelled form of one Arabic word, cached per word.

The analyser is **farahidi** (a pure-Python port of AlKhalil Morpho Sys 2, GPL-3.0-or-later),
chosen over qalsadi and tashaphyne after a hand check of 200 words of real economic news
(``tools/eval_vocab.py morphology``; figures in the README). AlKhalil lists every reading of
a word out of context, unordered for our purpose; we choose one with the corpus
statistics it ships (how often a written form had each lemma in its training corpus), then
prefer readings with fewer clitics (بنك is a noun, not بان + ك), then the commoner lemma and
root. Three things come before the analyser:

- closed-class words (prepositions with a pronoun, particles: لها -> ل) from a short table;
- a word the glossary knows (its lemma, root and part of speech were written by hand);
- numbers and Latin words, which have no Arabic analysis.

Loading the analyser takes about a second and each new word a few milliseconds, so it is
never loaded at start-up nor on the GUI thread: callers run :func:`analyse` in a worker,
and results are cached in memory here and in the library (``word_analyses``) by the caller.
"""

from __future__ import annotations

import gzip
import threading
from dataclasses import asdict, dataclass
from functools import lru_cache

from ..text import DIACRITICS, fold, is_arabic_letter
from .affixes import candidates, strip_article

#: Changes when the way words are analysed changes (cached analyses are then redone).
ANALYSER_VERSION = "farahidi-0.4+rank1"

_FUNCTION_WORDS = {
    # preposition or particle -> the forms it takes with pronouns and clitics (folded)
    "ل": "له لها لهم لهما لهن لك لكم لنا لي ولها وله ولهم",
    "ب": "به بها بهم بهما بهن بك بكم بنا بي وبه وبها",
    "من": "من منه منها منهم منهما منا مني مما ممن ومن ومنها ومنه",
    "في": "في فيه فيها فيهم فيما وفي وفيه وفيها",
    "علي": "علي عليه عليها عليهم عليهما علينا وعلي",
    "الي": "الي اليه اليها اليهم الينا والي",
    "عن": "عن عنه عنها عنهم عنا عما وعن",
    "مع": "مع معه معها معهم معنا ومع",
    "ان": "ان انه انها انهم انهما اننا ولان لان بان وان فان لانه لانها",
    "لكن": "لكن لكنه لكنها ولكن",
    "الذي": "الذي التي الذين اللذين اللتين اللواتي اللاتي",
    "هذا": "هذا هذه هذان هاتان هؤلاء وهذا وهذه",
    "ذلك": "ذلك تلك اولءك وذلك",
    "هو": "هو هي هم هما هن نحن انا انت انتم وهو وهي",
    "او": "او ام",
    "لا": "لا لم لن ولا ولم ولن",
    "قد": "قد وقد فقد لقد",
    "ما": "ما وما",
    "حتي": "حتي وحتي",
    "كما": "كما وكما",
    "بين": "بين وبين",
    "حيث": "حيث وحيث",
    "منذ": "منذ",
    "عند": "عند عندما",
    "سوف": "سوف وسوف",
    "هناك": "هناك وهناك",
    "الان": "الان",
}
_FUNCTION = {form: lemma for lemma, forms in _FUNCTION_WORDS.items() for form in forms.split()}


@dataclass(frozen=True)
class WordAnalysis:
    word: str  # the word as written in the text
    norm: str  # folded (no diacritics, letter variants unified)
    vowelled: str  # the word with diacritics, where the analyser knows them
    lemma: str  # the dictionary form (a noun's singular, a verb's past)
    root: str  # letters separated by spaces ("ق ر ض"), "" when none
    pos: str  # noun, verb, adj, particle, name, number, foreign
    source: str  # glossary, analyser, table, none

    @property
    def key(self) -> str:
        """What statuses and saved words are keyed on: the folded lemma (all forms share it)."""
        return lemma_key(self.lemma or self.word)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "WordAnalysis":
        return cls(**{k: str(data.get(k, "")) for k in cls.__dataclass_fields__})


def lemma_key(lemma: str) -> str:
    """The folded lemma, without the article (the key of a status)."""
    return " ".join(strip_article(w) for w in fold(lemma).split())


def spaced_root(root: str | None) -> str:
    if not root or root == "-":
        return ""
    letters = [c for c in root if not c.isspace()]
    return " ".join(letters)


def strip_vowels(text: str) -> str:
    return "".join(ch for ch in text if ch not in DIACRITICS)


class Morphology:
    """The analyser behind a lock (farahidi keeps caches that are not thread-safe), with a
    per-word cache. One per process is enough: :func:`default_morphology`."""

    def __init__(self, glossary=None):
        self._lock = threading.Lock()
        self._analyzer = None
        self._emission: dict[str, dict[str, float]] | None = None
        self._unigram: dict[str, float] = {}
        self._roots: dict[str, int] = {}
        self._glossary = glossary
        self._cache: dict[str, WordAnalysis] = {}

    # --- loading ---------------------------------------------------------------------------

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

    def glossary(self):
        if self._glossary is None:
            from .glossary import default_glossary

            self._glossary = default_glossary()
        return self._glossary

    # --- analysing ---------------------------------------------------------------------------

    def cached(self, word: str) -> WordAnalysis | None:
        return self._cache.get(word)

    def remember(self, analysis: WordAnalysis) -> None:
        """Put an analysis (e.g. read from the library) in the memory cache."""
        self._cache[analysis.word] = analysis

    def analyse(self, word: str, *, use_analyser: bool = True) -> WordAnalysis:
        """The analysis of ``word`` (cached). Without ``use_analyser`` only the table and the
        glossary are asked (fast; what the article's word list uses for glossary words)."""
        hit = self._cache.get(word)
        if hit is not None and (hit.source != "none" or not use_analyser):
            return hit
        result = self._quick(word)
        if result is None:
            if not use_analyser:
                return self._fallback(word)
            with self._lock:
                self._load_locked()
                result = self._analyse_locked(word)
        self._cache[word] = result
        return result

    def _quick(self, word: str) -> WordAnalysis | None:
        norm = fold(word)
        if not norm or not is_arabic_letter(word[0]):
            kind = "number" if word[:1].isdigit() else "foreign"
            return WordAnalysis(word, norm, word, word, "", kind, "table")
        if norm in _FUNCTION:
            return WordAnalysis(word, norm, word, _FUNCTION[norm], "", "particle", "table")
        entry = self.glossary().lookup(word)
        if entry is not None and entry.words == 1:
            pos = {"phrase": "noun"}.get(entry.pos, entry.pos)
            return WordAnalysis(word, norm, entry.vowelled, entry.term, entry.root, pos, "glossary")
        return None

    def _fallback(self, word: str) -> WordAnalysis:
        """No analysis: the word without its clitics stands for its lemma."""
        norm = fold(word)
        stems = candidates(norm)
        stem = stems[0] if stems else norm
        for p in ("وال", "بال", "فال", "كال", "لل", "ال"):
            if norm.startswith(p) and len(norm) - len(p) >= 2:
                stem = norm[len(p):]
                break
        return WordAnalysis(word, norm, "", stem, "", "", "none")

    def _analyse_locked(self, word: str) -> WordAnalysis:
        norm = fold(word)
        readings = self._analyzer.analyze(strip_vowels(word))
        if not readings:
            fallback = self._fallback(word)
            return WordAnalysis(word, norm, "", fallback.lemma, "", "name", "analyser")
        unvowelled = strip_vowels(word)
        emission = (self._emission or {}).get(unvowelled, {})
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


@lru_cache(maxsize=1)
def default_morphology() -> Morphology:
    return Morphology()


def analyse(word: str) -> WordAnalysis:
    """The analysis of one word with the shared :class:`Morphology` (loads it on first use:
    call from a worker thread)."""
    return default_morphology().analyse(word)
