"""What the NER helper's gazetteer (resources/gazetteer, via reader.core.entities.gazetteer)
knows, used when it can be imported: more first names, outlets, companies, places and people
than the attribution module's own short lists. Everything here degrades to "unknown" when
the gazetteer is missing, so attribution still works on its own.
"""

from __future__ import annotations

from functools import lru_cache

from reader.core.model import Entity
from reader.core.text import fold

#: Gazetteer first names that are also everyday words (أنا، أمل، نور، مني).
_COMMON_WORDS = frozenset(
    fold(w) for w in "أنا أمل نور منى مني فرح سحر هان وين دو فو وو فان يان لين باسم بإسم أمينة وفاء".split()
)


@lru_cache(maxsize=1)
def _gazetteer_module():
    try:
        from reader.core.entities import gazetteer
    except ImportError:
        return None
    return gazetteer


@lru_cache(maxsize=1)
def gazetteer_first_names() -> frozenset[str]:
    mod = _gazetteer_module()
    if mod is None:
        return frozenset()
    try:
        names = mod.first_names()
    except OSError:
        return frozenset()
    return frozenset(n for n in names if len(n) >= 3 and n not in _COMMON_WORDS)


@lru_cache(maxsize=65536)
def entry(form: str):
    """The gazetteer entry of a surface form, ``None`` when unknown or only a weak form."""
    mod = _gazetteer_module()
    if mod is None or not form:
        return None
    try:
        e = mod.lookup(form)
    except OSError:
        return None
    if e is None or e.weak:
        return None
    return e


def is_media_form(form: str) -> bool:
    e = entry(form)
    return e is not None and e.is_media


def entity_at_token(ctx, j: int) -> tuple[int, Entity, bool] | None:
    """The longest gazetteer entry (up to four words, no weak forms) starting at token ``j``:
    (end token, entity, is media). The first word may carry a clitic only for outlets."""
    if not 0 <= j < len(ctx.words) or _gazetteer_module() is None or not ctx.words[j]:
        return None  # (past the last token: a text that ends with no full stop)
    n = len(ctx.norms)
    longest = 1
    while longest < 4 and j + longest < n and ctx.words[j + longest]:
        longest += 1
    for k in range(longest, 0, -1):
        form = " ".join(ctx.raw[j:j + k])
        e = entry(form)
        if e is None:
            continue
        if ctx.norms[j] not in _first_words() and not e.is_media:
            continue  # وبالصين: leave clitics to the detector's own rules
        a, b = ctx.starts[j], ctx.ends[j + k - 1]
        return j + k, Entity(a, b, ctx.text[a:b], e.type, e.canonical, origin="gazetteer"), e.is_media
    return None


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    mod = _gazetteer_module()
    try:
        gaz = mod.gazetteer()
    except OSError:
        return frozenset()
    return frozenset(getattr(gaz, "_first_words", ()))


@lru_cache(maxsize=1)
def media_first_words() -> frozenset[str]:
    """Folded first words of the gazetteer's outlets (resources/gazetteer/media.tsv)."""
    try:
        from reader.core.resources import resource_path

        path = resource_path("gazetteer/media.tsv")
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, ImportError):
        return frozenset()
    out = set()
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) >= 4 and "weak" in cols[3]:
            continue
        words = cols[0].split()
        if words:
            out.add(fold(words[0]))
    return frozenset(out)
