"""Features for the CRF tagger, shared by training (tools/train_ner.py) and tagging.

Per token: the folded word, its base without proclitics, prefixes and suffixes, its shape
(Arabic, Latin, capitalised, digits, punctuation), whether it is a known given name or a
trigger word (titles, organisation and place heads, reporting verbs), the same for the words
around it (±2), and whether it sits inside a gazetteer match (and of which type). A
:class:`Lexicon` built from training data (words and spans seen as entities) adds more; the
training script builds it from the training folds only. :meth:`FeatureExtractor.document`
adds what the other occurrences of a word in the same document have around them.

Feature extraction is the slow part of tagging, so everything that depends on the word
alone is computed once per distinct word and cached (per extractor). The tagger's extractor
knows which features its model has weights for, and hands crfsuite only those, already in
UTF-8: crfsuite would encode and look up every string at every token, to ignore the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from reader.core.text import DIACRITICS, fold, strip_proclitics

from .clitics import clitic_variants
from .numwords import CURRENCY
from .gazetteer import Gazetteer, first_names, gazetteer, trigger_classes

#: Bumped whenever the features change: a model trained on other features is refused.
FEATURE_VERSION = "f8"
#: Consecutive sentences that make one document for :meth:`FeatureExtractor.document`: an
#: article in training (tools/train_ner.py), a stretch of a longer text at run time.
DOC_BLOCK = 40
_MARKS = "".join(sorted(DIACRITICS))


def doc_blocks(n: int) -> list[tuple[int, int]]:
    """A text of ``n`` sentences cut into documents of about DOC_BLOCK sentences, as
    (begin, end) ranges: as many as DOC_BLOCK goes into ``n`` (rounded, at least one), of
    equal length, so that no short tail (the last 6 sentences of a 46-sentence article)
    loses the rest of its article."""
    if n <= 0:
        return []
    k = max(1, round(n / DOC_BLOCK))
    return [(j * n // k, (j + 1) * n // k) for j in range(k)]


@dataclass
class Lexicon:
    """What the training data says about words and phrases (built from training folds)."""

    words: dict[str, str] = field(default_factory=dict)  # folded word -> type (or "O")
    spans: Gazetteer | None = None  # phrases seen as entities, type in the entry
    freq: dict[str, int] = field(default_factory=dict)  # folded word -> times seen

    def is_common(self, n: str) -> bool:
        """An ordinary word: seen at least three times in training, rarely in a name."""
        return self.words.get(n) == "O" and self.freq.get(n, 0) >= 3

    def seen_outside_names(self, n: str) -> bool:
        """Seen in training, and mostly not as (part of) a name: a single word that cross-
        sentence propagation does not spread (see propagate.py)."""
        return self.freq.get(n, 0) > 0 and self.words.get(n, "O") == "O"

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


class _Every:
    """Training's ``attributes``: every feature, as the string it is."""

    @staticmethod
    def get(feature: str) -> str:
        return feature


class FeatureExtractor:
    """Turns token texts into crfsuite feature lists, with a per-word cache.

    ``attributes``: the attributes a model knows, each with its UTF-8 form (the tagger's
    :func:`model_attributes`). The features are then that form, and only those the model
    knows: crfsuite skips an unknown attribute, so the labels and the probabilities are
    the same, but it no longer encodes and looks up a fifth of the strings in vain. Without
    it (training, tests), every feature, as a ``str``."""

    def __init__(self, lexicon: Lexicon | None = None, gaz: Gazetteer | None = None,
                 attributes: dict[str, bytes] | None = None):
        self.lexicon = lexicon
        #: feature -> what crfsuite is given, or None for a feature the model does not know
        self._form = attributes if attributes is not None else _Every()
        self.gaz = gaz if gaz is not None else gazetteer()
        self._names = first_names()
        self._triggers = trigger_classes()
        self._cache: dict[str, tuple[str, list[str], tuple[list[str], ...]]] = {}
        self._doc_cache: dict[str, tuple[str | None, tuple[str, ...], tuple[str, ...]]] = {}

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
        for v in variants:  # currency words are MISC in ANERcorp
            if v in CURRENCY or (v.startswith("ال") and v[2:] in CURRENCY):
                out.append("cur")
                break
        if self.lexicon is not None:
            words = self.lexicon.words
            for v in variants:
                t = words.get(v)
                if t:
                    out.append("lx=" + t)
                    break
            out.append("fq=" + self.lexicon.frequency_class(n))
            # Names rarely take the article: is the word seen in training with the article
            # (when it has none) or without it (when it has it)?
            b = clitic_variants(n)[-1]
            if b.startswith("ال") and len(b) > 4:
                if self.lexicon.freq.get(b[2:], 0):
                    out.append("alf=bare")
            elif self.lexicon.freq.get("ال" + b, 0):
                out.append("alf=al")
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
        if word.rstrip(_MARKS).endswith("\u0649"):
            own.append("mk")  # ى as written: على (on), not علي (Ali); fold() makes both علي
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
            self._forms(["-2" + f for f in ctx_short]),
            self._forms(["-1" + f for f in ctx_long]),
            self._forms(["+1" + f for f in ctx_long]),
            self._forms(["+2" + f for f in ctx_short]),
        )
        result = (n, self._forms(own), ctx)
        self._cache[word] = result
        return result

    def _forms(self, features: list[str]) -> list:
        """``features`` as crfsuite is given them (see ``attributes``), in the same order."""
        return [f for f in map(self._form.get, features) if f is not None]

    def norms(self, words: Sequence[str]) -> list[str]:
        """The folded form of each word (from the same cache)."""
        return [self._word(w)[0] for w in words]

    # --- per document ---------------------------------------------------------------------

    def _doc_word(self, n: str) -> tuple[str | None, tuple[str, ...], tuple[str, ...]]:
        """For document features: the word's key (without proclitics; None for punctuation,
        digits, one-letter words and ordinary words of the training data), and its classes
        as the word before ("p...") and after ("x...") another: trigger class, given name,
        usual type in the corpus lexicon."""
        info = self._doc_cache.get(n)
        if info is None:
            variants = clitic_variants(n)
            classes = []
            for v in variants:
                cls = self._triggers.get(v)
                if cls:
                    classes.append(cls)
                    break
            if any(v in self._names for v in variants):
                classes.append("fn")
            if self.lexicon is not None:
                for v in variants:
                    t = self.lexicon.words.get(v)
                    if t and t != "O":
                        classes.append("lx" + t)
                        break
            key = variants[-1]
            lex = self.lexicon
            if not n[:1].isalpha() or len(key) < 2 or (
                    lex is not None and (lex.is_common(n) or lex.is_common(key))):
                key = None  # punctuation, digits, ordinary words: no document features
            info = (key, tuple("p" + c for c in classes), tuple("x" + c for c in classes))
            self._doc_cache[n] = info
        return info

    def document(self, sentences: Sequence[Sequence[str]],
                 norms: Sequence[Sequence[str]] | None = None) -> list[list[list[str]]]:
        """Document features of each token: what the *other* occurrences of the same word
        (with or without a proclitic) in the document have around them (the trigger class,
        given name or corpus type of the word before and after), whether the word recurs
        ("dn=1", "dn=2+"), and whether it occurs with the article when it has none ("dal")
        or without it when it has it ("dbare"). Names recur in an article and keep their
        company; ordinary nouns take the article. ``norms``: the sentences' folded words
        (:meth:`norms`), when the caller has them."""
        if norms is None:
            norms = [self.norms(ws) for ws in sentences]
        doc_word = self._doc_word
        cache = self._doc_cache
        rows = []
        totals: dict[str, dict[str, int]] = {}
        for ns in norms:
            infos = [cache.get(n) or doc_word(n) for n in ns]
            row: list[tuple[str, tuple[str, ...]] | None] = [None] * len(infos)
            last = len(infos) - 1
            for i, info in enumerate(infos):
                key = info[0]
                if key is None:
                    continue
                ctx = ("n",) + (infos[i - 1][1] if i > 0 else ()) + \
                    (infos[i + 1][2] if i < last else ())
                counts = totals.get(key)
                if counts is None:
                    counts = totals[key] = {}
                for c in ctx:
                    counts[c] = counts.get(c, 0) + 1
                row[i] = (key, ctx)
            rows.append(row)
        memo: dict[tuple[str, tuple[str, ...]], list[str]] = {}
        none: list[str] = []  # shared, never changed
        out = []
        for row in rows:
            feats = []
            for item in row:
                if item is None:
                    feats.append(none)
                    continue
                f = memo.get(item)
                if f is None:
                    key, ctx = item
                    f = []
                    if key.startswith("ال") and len(key) > 4 and key[2:] in totals:
                        f.append("dbare")
                    if "ال" + key in totals:
                        f.append("dal")
                    for c, cnt in totals[key].items():
                        left = cnt - (c in ctx)  # a context appears once in ctx at most
                        if left > 0:
                            f.append("d" + c if c != "n" else "dn=1" if left == 1 else "dn=2+")
                    memo[item] = f
                feats.append(f)
            out.append(feats)
        return out

    # --- per sentence ---------------------------------------------------------------------

    def sentence(self, words: Sequence[str], gazetteer_matches=None, extra=None
                 ) -> list[list[str]]:
        """Features of each word of a sentence. ``gazetteer_matches``: this sentence's
        ``Gazetteer.matches`` (weak ones included), when the caller has them already."""
        infos = [self._word(w) for w in words]
        norms = [info[0] for info in infos]
        n = len(words)
        form = self._form.get  # the per-word features are in that form already
        bos, eos = form("BOS"), form("EOS")
        feats = []
        for i, info in enumerate(infos):
            f = list(info[1])
            if i >= 2:
                f += infos[i - 2][2][0]
            if i >= 1:
                f += infos[i - 1][2][1]
                bigram = form("bg=" + norms[i - 1] + "|" + norms[i])
                if bigram is not None:
                    f.append(bigram)
            elif bos is not None:
                f.append(bos)
            if i + 1 < n:
                f += infos[i + 1][2][2]
            elif eos is not None:
                f.append(eos)
            if i + 2 < n:
                f += infos[i + 2][2][3]
            if extra is not None:  # document features, the word's and its neighbours'
                if extra[i]:
                    f += self._forms(extra[i])
                if i > 0 and extra[i - 1]:
                    f += self._forms(["-1" + x for x in extra[i - 1]])
                if i + 1 < n and extra[i + 1]:
                    f += self._forms(["+1" + x for x in extra[i + 1]])
            feats.append(f)
        if gazetteer_matches is None:
            gazetteer_matches = self.gaz.matches(words, norms)
        self._add_spans(gazetteer_matches, "gz", feats, form)
        if self.lexicon is not None and self.lexicon.spans is not None:
            self._add_spans(self.lexicon.spans.matches(words, norms), "cs", feats, form)
        return feats

    @staticmethod
    def _add_spans(matches, prefix: str, feats: list[list], form) -> None:
        n = len(feats)

        def add(k: int, feature: str) -> None:
            feature = form(feature)
            if feature is not None:
                feats[k].append(feature)

        for m in matches:
            e = m.entry
            label = e.type + ("w" if e.weak else "")
            if e.is_media:
                label += "m"
            for k in range(m.first, m.last + 1):
                pos = "B" if k == m.first else "I"
                add(k, f"{prefix}={pos}{label}")
            if m.first > 0:
                add(m.first - 1, f"{prefix}+1={label}")
            if m.last + 1 < n:
                add(m.last + 1, f"{prefix}-1={label}")
