"""Arabic affixes for matching glossary terms in running text.

Two halves that meet in the middle. A glossary word is *inflected* into the forms it takes
in news text (feminine, dual, sound plurals, the ta marbuta before a pronoun, a verb's
persons and its present tense; broken plurals come from the glossary itself), and a word of
the text is *stripped* of the clitics that may surround it (و ف ب ك ل ال لل س in front,
attached pronouns behind). A text word matches a glossary word when one of its stripped
candidates is one of the glossary word's forms. Both sides work on folded text
(:func:`reader.core.text.fold`: no diacritics, alef/hamza/ya/ta-marbuta variants unified),
so a match holds with or without diacritics.

Stripping is generous because a candidate only counts when it is a known form: a wrong
strip (و of وزير) finds nothing.
"""

from __future__ import annotations

from functools import lru_cache

from ..text import fold

#: Proclitics (folded), every combination of a conjunction, a preposition or the future
#: particle, and the article. "" first: the word as it is.
PROCLITICS = (
    "", "و", "ف", "ب", "ل", "ك", "س", "ال", "لل",
    "وال", "فال", "بال", "كال", "ولل", "فلل",
    "وب", "فب", "ول", "فل", "وك", "فك", "وس", "فس",
    "وبال", "فبال", "وكال", "فكال",
)
#: Attached pronouns (folded; ة folds to ه, so ه is both "his" and a ta marbuta, which
#: the forms of a feminine word already contain). The alef of tanwin fath (قرضا) is
#: stripped like a suffix. "my" (ي) is not stripped: it would turn the nisba adjective
#: (مالي "financial") into its noun (مال "money").
ENCLITICS = ("", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "نا", "ا")

#: Shortest stem left after stripping: at least this many letters.
MIN_STEM = 2


@lru_cache(maxsize=200_000)
def candidates(folded_word: str) -> tuple[str, ...]:
    """Every stem a folded text word may have once its clitics are removed, fewest letters
    removed first (the word itself comes first)."""
    out: dict[str, int] = {}
    for p in PROCLITICS:
        if not folded_word.startswith(p):
            continue
        rest = folded_word[len(p):]
        if len(rest) < MIN_STEM + (1 if p and not p.endswith(("ال", "لل")) else 0):
            continue
        for e in ENCLITICS:
            if e and not rest.endswith(e):
                continue
            stem = rest[: len(rest) - len(e)] if e else rest
            if len(stem) < MIN_STEM or (e == "ا" and stem.endswith("ه")):
                continue  # no tanwin alef after a ta marbuta: وحدها is not وحدة + ا
            cost = len(p) + len(e)
            _add(out, stem, cost)
            if e and e != "ا" and stem.endswith("ت"):
                _add(out, stem[:-1] + "ه", cost)  # شركته -> شركة: ta marbuta before a pronoun
    return tuple(sorted(out, key=lambda s: (out[s], -len(s))))


def _add(out: dict[str, int], stem: str, cost: int) -> None:
    if stem not in out or out[stem] > cost:
        out[stem] = cost


def strip_article(folded_word: str) -> str:
    """A glossary word without the article it is written with (الإقراض -> اقراض)."""
    if folded_word.startswith("ال") and len(folded_word) >= 4:
        return folded_word[2:]
    return folded_word


def noun_forms(word: str, feminine: bool = True) -> set[str]:
    """The folded forms of a noun or adjective: dual, sound plurals, a feminine word's ta
    marbuta written ت before a pronoun (شركتها), and with ``feminine`` the feminine of a
    masculine word (adjectives and the words of a phrase: مضمون -> مضمونة). A noun's
    feminine is often another word (مدين "debtor", مدينة "city"; مؤسس, مؤسسة), so nouns
    are not given one."""
    w = strip_article(fold(word))
    forms = {w}
    if w.endswith("ه") and len(w) >= 3:
        s = w[:-1]
        forms.update((s + "ات", s + "ت", s + "تان", s + "تين"))
    else:
        forms.update((w + "ات", w + "ون", w + "ين", w + "ان"))
        if feminine:
            forms.update((w + "ه", w + "تان", w + "تين", w + "ت"))
    return forms


def verb_forms(word: str) -> set[str]:
    """The folded forms of a verb given as a past (ارتفع) or present (يرتفع) stem."""
    w = fold(word)
    forms = {w}
    if w.startswith("ي") and len(w) >= 3:
        stem = w[1:]
        for prefix in ("ي", "ت", "ن", "ا"):
            forms.add(prefix + stem)
            for suffix in ("ون", "ان", "وا", "ين", "ن"):
                forms.add(prefix + stem + suffix)
    else:
        if w.endswith("ي") and len(w) >= 3:  # بقي/جرى folded: a weak last letter
            forms.update((w[:-1] + "ت", w[:-1] + "وا"))
        forms.update(w + s for s in ("ت", "وا", "ا", "تا", "ن", "نا", "تم", "تما"))
    return forms


def word_forms(word: str, pos: str) -> set[str]:
    """``pos``: verb, noun, or anything else (adjectives, words of a phrase)."""
    if pos == "verb":
        return verb_forms(word)
    return noun_forms(word, feminine=pos != "noun")
