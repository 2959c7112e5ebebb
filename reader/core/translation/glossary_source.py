"""The bundled finance glossary as a termbase source (English targets).

Its matcher (:func:`reader.core.vocab.glossary.find_terms`) already finds terms through
clitics, endings and broken plurals; each hit says whether the words are the term as listed,
the term with clitics, or another form of it, like the translator's own terms.
"""

from __future__ import annotations

from ..text import fold, strip_proclitics
from .termbase import TermHit


class GlossaryTerms:
    """Terms of the bundled glossary, with their English gloss as the target."""

    name = "glossary"

    def find(self, text: str, start: int = 0) -> list[TermHit]:
        from ..vocab.glossary import find_terms  # the glossary loads on first use

        out = []
        for m in find_terms(text):
            surface = text[m.start:m.end]
            e = m.entry
            folded, term = fold(surface), fold(e.term)
            if folded == term:
                kind = "exact"
            elif " ".join(strip_proclitics(w) for w in folded.split()) == " ".join(
                    strip_proclitics(w) for w in term.split()):
                kind = "clitic"
            else:
                kind = "inflected"
            note = " · ".join(x for x in (e.pos, e.root) if x)
            out.append(TermHit(m.start, m.end, surface, e.term, e.gloss, self.name, kind,
                               note, e.domain))
        return out
