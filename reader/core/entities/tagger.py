"""The statistical tagger: a CRF (python-crfsuite) trained on ANERcorp by tools/train_ner.py.

The model is loaded on first use, not at import, and kept for the life of the process.
Text is split into tokens as ANERcorp is (punctuation apart, clitics attached) and into
sentences after . ؟ ? ! and at line ends, as the corpus breaks them; tags are turned back
into character spans that cover whole tokens.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from dataclasses import dataclass
from functools import lru_cache

from reader.core.errors import ReaderError
from reader.core.resources import resource_path
from reader.core.text import Token, tokenize

from .clitics import clitic_variants
from .features import FEATURE_VERSION, FeatureExtractor, Lexicon, doc_blocks
from .propagate import collect_names, first_words, propagate

MODEL_FILE = "ner/model.crfsuite"
LEXICON_FILE = "ner/lexicon.tsv"
META_FILE = "ner/model.json"
_SENTENCE_END = frozenset(".؟?!\u06D4")
_MAX_SENTENCE = 250  # tokens; longer runs (lists, tables) are cut for speed
#: A token the CRF labels O is given its best entity label when P(O) is below this: the CRF
#: is more precise than it recalls, and this trades a little precision for recall (tuned
#: by cross-validation, see resources/ner/README.md).
O_THRESHOLD = 0.0  # 0 turns it off: cross-validation found no threshold that helped
PROPAGATED_SCORE = 0.5


class ModelError(ReaderError):
    """The entity model is missing, damaged or from another version of the features."""


@dataclass(frozen=True)
class TaggedSpan:
    first: int  # token indices into the document's token list, inclusive
    last: int
    type: str
    score: float


def segment(text: str, tokens: list[Token] | None = None) -> list[tuple[int, int]]:
    """Sentences as (first, last+1) ranges of token indices."""
    if tokens is None:
        tokens = tokenize(text, punctuation=True)
    out = []
    begin = 0
    for k, tok in enumerate(tokens):
        if k > begin and "\n" in text[tokens[k - 1].end:tok.start]:
            out.append((begin, k))
            begin = k
        if (tok.text in _SENTENCE_END and not _inside_word(tokens, k)) \
                or k + 1 - begin >= _MAX_SENTENCE:
            out.append((begin, k + 1))
            begin = k + 1
    if begin < len(tokens):
        out.append((begin, len(tokens)))
    return out


#: Letter names longer than three letters, in dotted acronyms (دبليو: W).
_LONG_LETTER_NAMES = frozenset({"دبليو", "إكس", "اكس"})


def acronym_part(word: str) -> bool:
    """A piece of a dotted acronym: a letter's name (جيه، إل، د) or a short Latin word."""
    return word.isalpha() and (len(word) <= 3 or (word.isascii() and len(word) <= 4)
                               or word in _LONG_LETTER_NAMES)


def _inside_word(tokens: list[Token], k: int) -> bool:
    """A period between two parts of an acronym with no space around it (جيه.إل.إل،
    د.ب.أ) ends no sentence; "ريال.وتشير" (a space left out) does."""
    if not (tokens[k].text == "." and 0 < k < len(tokens) - 1
            and tokens[k - 1].end == tokens[k].start and tokens[k + 1].start == tokens[k].end
            and acronym_part(tokens[k - 1].text)):
        return False
    if acronym_part(tokens[k + 1].text):
        return True
    # the last part of a chain may be a word: جي.بي.مورغان
    return (tokens[k + 1].text.isalpha() and k >= 3 and tokens[k - 2].text == "."
            and tokens[k - 2].end == tokens[k - 1].start and acronym_part(tokens[k - 3].text))


class Tagger:
    def __init__(self, model_path=None, lexicon: Lexicon | None = None) -> None:
        """The shipped model (no arguments), or ``model_path`` with ``lexicon``."""
        import pycrfsuite

        if model_path is not None:
            self._open(pycrfsuite, model_path, lexicon)
            return
        path = resource_path(MODEL_FILE)
        meta_path = resource_path(META_FILE)
        if not path.is_file() or not meta_path.is_file():
            raise ModelError(
                "The entity model is missing; reinstall the reader or run "
                "tools/train_ner.py --train.", path)
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("feature_version") != FEATURE_VERSION:
            raise ModelError(
                f"The entity model was trained on features {meta.get('feature_version')!r}, "
                f"this reader computes {FEATURE_VERSION!r}; retrain it with "
                "tools/train_ner.py --train.", path)
        lexicon = None
        if meta.get("lexicon"):
            lex_path = resource_path(LEXICON_FILE)
            lexicon = Lexicon.from_lines(lex_path.read_text(encoding="utf-8").splitlines())
        self._open(pycrfsuite, path, lexicon)

    def _open(self, pycrfsuite, path, lexicon: Lexicon | None) -> None:
        self._crf = pycrfsuite.Tagger()
        try:
            self._crf.open(str(path))
        except (OSError, ValueError) as exc:
            raise ModelError(f"The entity model cannot be read ({exc}); reinstall the reader.",
                             path) from exc
        self._features = FeatureExtractor(lexicon, attributes=model_attributes(self._crf))
        self._labels = [lab for lab in self._crf.labels() if lab != "O"]
        self._lock = threading.Lock()
        self.lexicon = lexicon

    def tag(self, words: list[str], gazetteer_matches=None, extra=None
            ) -> tuple[list[str], list[float]]:
        """BIO labels for one sentence, and the marginal probability of each entity label
        (1.0 for O, which nobody reads). ``extra``: the sentence's document features
        (:meth:`FeatureExtractor.document`)."""
        xseq = self._features.sentence(words, gazetteer_matches, extra)
        with self._lock:
            labels = self._crf.tag(xseq)
            if O_THRESHOLD > 0:
                labels = relabel(labels, self._crf.marginal, self._labels, O_THRESHOLD)
            marginal = self._crf.marginal
            probs = [1.0 if lab == "O" else marginal(lab, i) for i, lab in enumerate(labels)]
        return labels, probs

    def spans(self, text: str, tokens: list[Token], segments=None, gazetteer_matches=None
              ) -> list[TaggedSpan]:
        """Entity spans over the document's tokens, names propagated across sentences.

        ``segments`` (from :func:`segment`) and the gazetteer matches of each segment may be
        passed in by a caller that has them already."""
        if segments is None:
            segments = segment(text, tokens)
        sentences = [[t.text for t in tokens[begin:end]] for begin, end in segments]
        norms = [self._features.norms(words) for words in sentences]
        labels, probs = self.tag_text(sentences, norms, gazetteer_matches)
        names = collect_names(norms, labels, probs)
        lengths = first_words(names)
        out: list[TaggedSpan] = []
        for (begin, _), ns, labs, ps in zip(segments, norms, labels, probs):
            new = propagate(ns, labs, names, self._not_spread, lengths) if names else labs
            if new is not labs:
                ps = [p if a == b else PROPAGATED_SCORE for a, b, p in zip(labs, new, ps)]
            out.extend(_bio_spans(new, ps, begin))
        return out

    def tag_text(self, sentences: list[list[str]], norms: list[list[str]],
                 gazetteer_matches=None) -> tuple[list[list[str]], list[list[float]]]:
        """BIO labels and their probabilities for each sentence of a text (as :meth:`tag`),
        the sentences cut into documents of about DOC_BLOCK (:func:`doc_blocks`) for the
        document features, as in training."""
        fx = self._features
        labels, probs = [], []
        for a, b in doc_blocks(len(sentences)):
            doc = fx.document(sentences[a:b], norms[a:b])
            for k, extra in enumerate(doc, a):
                labs, ps = self.tag(sentences[k],
                                    gazetteer_matches[k] if gazetteer_matches else None, extra)
                labels.append(labs)
                probs.append(ps)
        return labels, probs

    def known_word(self, folded: str) -> bool:
        """Whether the training data saw ``folded`` as (part of) an entity."""
        return self.lexicon is not None and self.lexicon.words.get(folded, "O") != "O"

    def plain_word(self, folded: str) -> bool:
        """Whether the training data saw ``folded`` (with or without a proclitic) and
        mostly not as (part of) a person's name: the patterns' title rule skips it."""
        lex = self.lexicon
        if lex is None:
            return False
        seen = False
        for v in clitic_variants(folded):
            if lex.words.get(v) == "PER":
                return False
            seen = seen or lex.freq.get(v, 0) > 0
        return seen

    def _not_spread(self, folded: str) -> bool:
        """A single word that propagation leaves alone: seen in training, mostly not in a
        name (a wider test than common_word, see Lexicon.seen_outside_names)."""
        return self.lexicon is not None and self.lexicon.seen_outside_names(folded)

    def common_word(self, folded: str) -> bool:
        """Whether ``folded`` is an ordinary word: seen often in training, rarely in a name."""
        return self.lexicon is not None and self.lexicon.is_common(folded)


def model_attributes(crf) -> dict[str, bytes] | None:
    """The attributes a crfsuite model knows (the feature strings it has weights for), each
    with its UTF-8 form; None when they cannot be read (the features then go unfiltered).

    Read from the model's plain-text dump, as pycrfsuite's ``info()`` does, but parsing
    only its ATTRIBUTES block (0.05 s instead of 0.2 s): a line ``<id>: <attribute>`` for
    each, in the order of the ids; the header gives their number."""
    try:
        fd, name = tempfile.mkstemp(suffix=".txt")
        os.close(fd)
        try:
            crf.dump(name)
            with open(name, "rb") as fh:
                dump = fh.read().decode("utf-8")
        finally:
            os.unlink(name)
    except (OSError, RuntimeError, UnicodeDecodeError):
        return None
    head = "\nATTRIBUTES = {\n"
    begin = dump.find(head)
    end = dump.find("\n}\n", begin + len(head))
    if begin < 0 or end < 0:
        return None
    count = dump[:begin].partition("num_attrs: ")[2].partition("\n")[0]
    out = {}
    for k, line in enumerate(dump[begin + len(head):end].split("\n")):
        number, sep, attribute = line.partition(": ")
        if not sep or number.strip() != str(k):
            return None
        out[attribute] = attribute.encode("utf-8")
    return out if str(len(out)) == count else None


def relabel(labels: list[str], marginal, entity_labels: list[str], threshold: float
            ) -> list[str]:
    """Give O tokens whose P(O) < threshold their most likely entity label (BIO repaired)."""
    out = list(labels)
    for i, lab in enumerate(out):
        if lab != "O" or marginal("O", i) >= threshold:
            continue
        best = max(entity_labels, key=lambda x: marginal(x, i))
        if best.startswith("I-") and (i == 0 or out[i - 1][2:] != best[2:]):
            best = "B-" + best[2:]
        out[i] = best
        if i + 1 < len(out) and out[i + 1].startswith("B-") and out[i + 1][2:] == best[2:] \
                and marginal("I-" + best[2:], i + 1) > marginal(out[i + 1], i + 1) / 2:
            out[i + 1] = "I-" + best[2:]
    return out


def _bio_spans(labels: list[str], probs: list[float], offset: int) -> list[TaggedSpan]:
    out = []
    start = None
    typ = ""
    for i, lab in enumerate(labels + ["O"]):
        if lab == "O" or lab.startswith("B-") or lab[2:] != typ:
            if start is not None:
                score = min(probs[start:i])
                out.append(TaggedSpan(offset + start, offset + i - 1, typ, score))
                start = None
                typ = ""
            if lab != "O":
                start, typ = i, lab[2:]
    return out


@lru_cache(maxsize=1)
def get_tagger() -> Tagger:
    """The loaded model (loaded once, on first use)."""
    return Tagger()
