"""The screenshot entry point: a PNG of the window, the user's library never written."""

from __future__ import annotations

import hashlib

from PySide6.QtGui import QColor, QImage

from reader.core.paths import database_path
from reader.core.resources import sample_article
from reader.core.store import Store
from reader.ui import screenshot
from reader.ui.themes import THEMES


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_screenshot_with_demo_highlights_leaves_the_library_alone(qapp, tmp_path):
    library = database_path(None)
    with Store.open(library) as store:
        store.set_setting("ui.view", {"theme": "light"})
    before = _digest(library)
    out = tmp_path / "shots" / "reader.png"
    assert screenshot.run(str(sample_article()), str(out), size=(1200, 800), lang="en") == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    yellow = QColor(THEMES["light"].highlights["yellow"]).rgb()
    assert any(image.pixel(x, y) == yellow for x in range(300, 1000, 2) for y in range(0, 800, 2))
    assert _digest(library) == before
    with Store.open(library) as store:
        assert store.library() == []  # nothing imported into the user's library


def test_demo_ranges_are_whole_words_in_the_body(qapp):
    from reader.core.importers import import_file
    from reader.core.model import Document

    imported = import_file(sample_article())
    doc = Document(id="x", text=imported.text, sha256="", title=imported.title,
                   noise=imported.noise)
    ranges = screenshot.demo_ranges(doc)
    assert len(ranges) == 3
    for start, end in ranges:
        assert start > doc.text.index("\n")
        assert doc.text[start - 1].isspace() and not doc.text[start].isspace()
        assert not any(n.start < end and start < n.end for n in doc.noise)


def test_screenshot_of_a_bad_file_fails_cleanly(qapp, tmp_path, capsys):
    bad = tmp_path / "bad.epub"
    bad.write_bytes(b"not an epub")
    assert screenshot.run(str(bad), str(tmp_path / "x.png")) == 1
    assert "bad.epub" in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()
