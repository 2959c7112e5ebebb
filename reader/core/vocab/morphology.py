"""Lemma, root, part of speech and vowelled form of one Arabic word, cached per word.

The analyser is **farahidi** (a pure-Python port of AlKhalil Morpho Sys 2, GPL-3.0-or-later),
chosen over qalsadi and tashaphyne after a hand check of 200 words of real economic news
(``tools/eval_vocab.py morphology``; figures in the README); how one of its readings is
chosen is in :mod:`.farahidi_analyser`. Three things come before the analyser:

- closed-class words (prepositions with a pronoun, particles: لها -> ل) from a short table;
- a word the glossary knows (its lemma, root and part of speech were written by hand);
- numbers and Latin words, which have no Arabic analysis.

The analyser behind :class:`Morphology` is either farahidi in this process
(:class:`~.farahidi_analyser.LocalAnalyser`, the command line's) or a helper process
(:class:`~.morph_client.AnalyserClient`, the window's); it is asked a batch of words at once
(:meth:`Morphology.analyse_many`). Loading it takes about a second and each new word a few
milliseconds, so it is never loaded at start-up nor on the GUI thread: callers run
:meth:`Morphology.analyse_many` in a worker, and results are cached in memory here and in
the library (``vocab_analyses``) by the caller.
"""

from __future__ import annotations

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


def fallback_analysis(word: str) -> WordAnalysis:
    """No analysis: the word without its clitics stands for its lemma."""
    norm = fold(word)
    stems = candidates(norm)
    stem = stems[0] if stems else norm
    for p in ("وال", "بال", "فال", "كال", "لل", "ال"):
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            stem = norm[len(p):]
            break
    return WordAnalysis(word, norm, "", stem, "", "", "none")


class Morphology:
    """The table and the glossary first, then the analyser (``analyser``: anything with
    ``analyse_many(words)``, ``load()``, ``loaded`` and ``close()``; farahidi in this process
    when none is given), with a per-word memory cache. One per process is enough for the
    command line (:func:`default_morphology`); the window's vocabulary worker has its own,
    on the helper process it owns."""

    def __init__(self, glossary=None, analyser=None):
        self._glossary = glossary
        self._analyser = analyser
        self._cache: dict[str, WordAnalysis] = {}

    @property
    def analyser(self):
        if self._analyser is None:
            from .farahidi_analyser import LocalAnalyser

            self._analyser = LocalAnalyser()
        return self._analyser

    @property
    def loaded(self) -> bool:
        return self._analyser is not None and self._analyser.loaded

    def load(self) -> None:
        self.analyser.load()

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
        return self.analyse_many([word], use_analyser=use_analyser)[word]

    def analyse_many(self, words, *, use_analyser: bool = True) -> dict[str, WordAnalysis]:
        """The analysis of each of ``words`` (written form -> analysis, in their order): what
        the cache, the table and the glossary do not answer is asked of the analyser in one
        batch."""
        out: dict[str, WordAnalysis] = {}
        ask: list[str] = []
        for word in words:
            if word in out:
                continue
            hit = self._cache.get(word)
            if hit is not None and (hit.source != "none" or not use_analyser):
                out[word] = hit
                continue
            quick = self._quick(word)
            if quick is not None:
                self._cache[word] = out[word] = quick
            elif use_analyser:
                out[word] = None  # keeps the order; filled below
                ask.append(word)
            else:
                out[word] = fallback_analysis(word)
        if ask:
            for analysis in self.analyser.analyse_many(ask):
                self._cache[analysis.word] = out[analysis.word] = analysis
        return out

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


@lru_cache(maxsize=1)
def default_morphology() -> Morphology:
    """The command line's: farahidi in this process."""
    return Morphology()


def analyse(word: str) -> WordAnalysis:
    """The analysis of one word with the shared :class:`Morphology` (loads it on first use:
    call from a worker thread)."""
    return default_morphology().analyse(word)
