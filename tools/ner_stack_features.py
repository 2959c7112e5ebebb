"""A second pass for the tagger (an experiment, not shipped): features from the first
pass's labels over the whole document. tools/ner_stack.py trains and scores it; it did not
improve the 5-fold cross-validation (resources/ner/README.md, "What was tried").

A linear-chain CRF sees one sentence; a name it tags in one sentence of an article may be
missed, or typed otherwise, in another. The second pass (a CRF "stacked" on the first, after
Krishnan and Manning 2006) reads, besides the first pass's own features, what the first pass
said about the same word and the same names in the rest of the document:

- the word's own first-pass label and its neighbours' (``l1=B-PER``, ``-1l1=O`` ...), and
  whether the first pass was unsure (``l1low``);
- token majority: how the *other* occurrences of the same word (proclitics removed) were
  labelled: every entity type seen (``do=PER``), the majority (``dm=PER``, ``dm=O``), and
  the label of the previous and next occurrence (``dpv=LOC``, ``dnx=O``);
- entity majority: whether the word starts or continues a word sequence that the first pass
  tagged as a name elsewhere in the document (``ds=BPER``, ``ds=IORG``);
- super-entity: whether the word is part of a longer name found elsewhere (``dp=PER``:
  "محفوظ" after "نجيب محفوظ").

The second model is trained on first-pass labels produced by models that did not see the
labelled sentences (cross-fitting, tools/ner_stack.py), as the first pass labels unseen text
at run time.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable, Sequence

from reader.core.entities.clitics import clitic_variants
from reader.core.entities.numwords import FUNCTION_WORDS
from reader.core.entities.propagate import _bio, collect_names, first_words, propagate

#: The variant (s1: the first pass's own labels; s2: propagated, P(O), neighbours' document
#: features), names the second-pass models in tools/ner_stack.py's work folder.
STACK_VERSION = "s2"
#: A first-pass label less likely than this is "unsure" (``l1low``).
LOW_CONFIDENCE = 0.7
#: An O less likely than this may be a name the first pass missed (``l1o?``).
SURE_O = 0.95
#: The probability given to a propagated label.
PROPAGATED = 0.5


_DOC = ("do=", "dm=", "ds=", "dp=")


def _key(n: str) -> str | None:
    """The word without proclitics, or None for punctuation, digits, one-letter words."""
    if not n[:1].isalpha():
        return None
    k = clitic_variants(n)[-1]
    return k if len(k) >= 2 else None


def _type(label: str) -> str:
    return "O" if label == "O" else label[2:]


def propagated(norms: Sequence[Sequence[str]], labels: Sequence[Sequence[str]],
               probs: Sequence[Sequence[float]], common: Callable[[str], bool]
               ) -> tuple[list[list[str]], list[list[float]]]:
    """The first pass's labels with names propagated over the document (propagate.py), as
    the second pass reads them; a propagated label has the probability PROPAGATED."""
    names = collect_names(norms, labels, probs)
    if not names:
        return [list(x) for x in labels], [list(p) for p in probs]
    lengths = first_words(names)
    out_l, out_p = [], []
    for ns, labs, ps in zip(norms, labels, probs):
        new = propagate(ns, labs, names, common, lengths)
        out_l.append(new)
        out_p.append([p if a == b else PROPAGATED for a, b, p in zip(labs, new, ps)])
    return out_l, out_p


def stack_features(norms: Sequence[Sequence[str]], labels: Sequence[Sequence[str]],
                   probs: Sequence[Sequence[float]]) -> list[list[list[str]]]:
    """Second-pass features of each token of one document (its sentences' folded words,
    first-pass labels, propagated, and the marginal probability of each label: of O too)."""
    keys = [[_key(n) for n in ns] for ns in norms]
    # token majority and previous/next occurrence
    tok: dict[str, Counter] = {}
    order: dict[str, list[str]] = {}
    for ks, labs in zip(keys, labels):
        for k, lab in zip(ks, labs):
            if k is not None:
                t = _type(lab)
                tok.setdefault(k, Counter())[t] += 1
                order.setdefault(k, []).append(t)
    seen: Counter = Counter()  # occurrences of each key met so far
    # names (entity majority) and the words of multi-word names (super-entity)
    names: dict[tuple[str, ...], Counter] = {}
    parts: dict[str, Counter] = {}
    spans_of = []
    for ks, labs in zip(keys, labels):
        sp = _bio(labs)
        spans_of.append(sp)
        for a, b, typ in sp:
            name = tuple(ks[a:b + 1])
            if None in name:
                continue
            names.setdefault(name, Counter())[typ] += 1
            if b > a:
                for k in name:
                    if k not in FUNCTION_WORDS:
                        parts.setdefault(k, Counter())[typ] += 1
    lengths: dict[str, set[int]] = {}
    for name in names:
        lengths.setdefault(name[0], set()).add(len(name))

    out = []
    for ks, labs, ps, sp in zip(keys, labels, probs, spans_of):
        n = len(ks)
        own_span = [None] * n  # (first, last, type) of the first-pass span at each token
        for a, b, typ in sp:
            for i in range(a, b + 1):
                own_span[i] = (a, b, typ)
        feats: list[list[str]] = []
        for i, (k, lab) in enumerate(zip(ks, labs)):
            f = ["l1=" + lab]
            if ps[i] < LOW_CONFIDENCE:
                f.append("l1low")
            elif lab == "O" and ps[i] < SURE_O:
                f.append("l1o?")
            f.append("-1l1=" + (labs[i - 1] if i > 0 else "BOS"))
            f.append("+1l1=" + (labs[i + 1] if i + 1 < n else "EOS"))
            if k is not None:
                t = _type(lab)
                others = tok[k].copy()
                others[t] -= 1
                total = sum(others.values())
                if total > 0:
                    for typ, c in others.items():
                        if c > 0 and typ != "O":
                            f.append("do=" + typ)
                    f.append("dm=" + min(others.items(), key=lambda kv: (-kv[1], kv[0]))[0])
                j = seen[k]
                seen[k] += 1
                occ = order[k]
                if j > 0:
                    f.append("dpv=" + occ[j - 1])
                if j + 1 < len(occ):
                    f.append("dnx=" + occ[j + 1])
                votes = parts.get(k)
                if votes:
                    votes = votes.copy()
                    own = own_span[i]
                    if own is not None and own[1] > own[0]:
                        votes[own[2]] -= 1
                    for typ, c in votes.items():
                        if c > 0:
                            f.append("dp=" + typ)
            feats.append(f)
        _name_matches(ks, own_span, names, lengths, feats)
        doc = [[x for x in f if x.startswith(_DOC)] for f in feats]
        for i in range(n):
            if i > 0:
                feats[i] += ["-1" + x for x in doc[i - 1]]
            if i + 1 < n:
                feats[i] += ["+1" + x for x in doc[i + 1]]
        out.append(feats)
    return out


def _name_matches(ks, own_span, names, lengths, feats) -> None:
    """``ds=B<type>``/``ds=I<type>`` on word sequences tagged as names elsewhere in the
    document (the longest match from each word; its own occurrence not counted)."""
    n = len(ks)
    i = 0
    while i < n:
        k = ks[i]
        step = 1
        for length in sorted(lengths.get(k, ()), reverse=True) if k is not None else ():
            if i + length > n:
                continue
            name = tuple(ks[i:i + length])
            votes = names.get(name)
            if not votes:
                continue
            own = own_span[i]
            if own is not None and own[0] == i and own[1] == i + length - 1:
                votes = votes.copy()
                votes[own[2]] -= 1
            best = [t for t, c in votes.items() if c > 0]
            if not best:
                continue
            for typ in best:
                feats[i].append("ds=B" + typ)
                for m in range(i + 1, i + length):
                    feats[m].append("ds=I" + typ)
            step = length
            break
        i += step
