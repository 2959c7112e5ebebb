"""Saved words as an Anki deck (.apkg, with genanki, MIT).

One note per saved word with the fields word, vowelled form, gloss, root, lemma, the
sentence with the word marked, and the article's title. Arabic fields are laid out right to
left in the card template (``dir="rtl"``, right-aligned, an Arabic font first), the English
gloss left to right. The model and deck ids are fixed and each note's guid comes from the
saved word's uuid, so importing a newer export into Anki updates the notes instead of
duplicating them.
"""

from __future__ import annotations

import html
from pathlib import Path

from ..errors import ReaderError
from .library import SavedWord

MODEL_ID = 1_730_512_807
DECK_ID = 1_730_512_811
FIELDS = ("Word", "Vowelled", "Gloss", "Root", "Lemma", "Sentence", "Article")

CSS = """
.card { font-family: "Noto Naskh Arabic", "Amiri", "Arial", sans-serif; font-size: 22px;
        text-align: center; color: #222; background: #fdfcf8; }
.ar { direction: rtl; unicode-bidi: isolate; text-align: right; font-size: 30px; }
.ar.word { text-align: center; font-size: 42px; }
.sentence { direction: rtl; unicode-bidi: isolate; text-align: right; font-size: 24px;
            line-height: 1.8; margin-top: 12px; }
.sentence b { color: #a0522d; }
.en { direction: ltr; text-align: left; font-size: 22px; }
.meta { direction: rtl; text-align: right; color: #666; font-size: 18px; }
"""

FRONT = """<div class="ar word" dir="rtl" lang="ar">{{Word}}</div>
<div class="sentence" dir="rtl" lang="ar">{{Sentence}}</div>"""

BACK = """{{FrontSide}}
<hr id="answer">
<div class="ar word" dir="rtl" lang="ar">{{Vowelled}}</div>
<div class="en" dir="ltr" lang="en">{{Gloss}}</div>
<div class="meta" dir="rtl" lang="ar">{{Lemma}} · {{Root}}</div>
<div class="meta" dir="rtl" lang="ar">{{Article}}</div>"""


def marked_sentence(w: SavedWord) -> str:
    """The sentence as HTML with the saved word in bold (the first place it occurs)."""
    sentence = w.sentence or w.word
    i = sentence.find(w.word) if w.word else -1
    if i < 0:
        return html.escape(sentence)
    return (html.escape(sentence[:i]) + "<b>" + html.escape(w.word) + "</b>"
            + html.escape(sentence[i + len(w.word):]))


def note_fields(w: SavedWord) -> list[str]:
    return [html.escape(w.word), html.escape(w.vowelled or w.word), html.escape(w.gloss),
            html.escape(w.root), html.escape(w.lemma), marked_sentence(w), html.escape(w.doc_title)]


def write_apkg(words: list[SavedWord], path: str | Path, deck_name: str = "Arabic finance vocabulary") -> int:
    """Write ``words`` as an Anki package; returns the number of notes."""
    import genanki

    model = genanki.Model(
        MODEL_ID, "Arabic News Reader word", fields=[{"name": f} for f in FIELDS],
        templates=[{"name": "Word in context", "qfmt": FRONT, "afmt": BACK}], css=CSS)
    deck = genanki.Deck(DECK_ID, deck_name)
    for w in words:
        tags = [t for t in (w.domain, w.pos) if t]
        deck.add_note(genanki.Note(model=model, fields=note_fields(w), guid=genanki.guid_for(w.uuid),
                                   tags=[t.replace(" ", "_") for t in tags]))
    try:
        genanki.Package(deck).write_to_file(str(path))
    except OSError as exc:
        raise ReaderError(f"cannot write the Anki deck ({exc.strerror})", path) from exc
    return len(words)
