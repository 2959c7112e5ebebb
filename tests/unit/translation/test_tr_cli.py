"""`reader export DOC --format xliff|xliff2|tmx|tbx|docx|html` and
`reader import-translations FILE`."""

import io

import pytest
from translate.storage import tbx as tk_tbx
from translate.storage import xliff as tk_xliff

from reader.cli import main
from reader.core.resources import sample_article
from reader.core.store import Store
from reader.core.translation.library import Translations


@pytest.fixture
def library(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert main(["import", str(sample_article()), "--db", db]) == 0
    with Store.open(db) as store:
        doc = store.library()[0]
        t = Translations(store)
        seg = t.ensure_segments(store.document(doc.id))[0]
        t.confirm(t.update(seg, target="China targets Alipay", note="headline"))
    capsys.readouterr()
    return db, doc.id


def test_export_every_translation_format(tmp_path, capsys, library):
    db, doc_id = library
    for fmt, check in (
        ("xliff", lambda b: len(tk_xliff.xlifffile.parsestring(b).units) == 19),
        ("xliff2", lambda b: b'version="2.0"' in b),
        ("tmx", lambda b: b"China targets Alipay" in b and b"<tmx" in b),
        ("tbx", lambda b: "Financial Times" in {u.target for u in tk_tbx.tbxfile.parsestring(b).units}),
        ("html", lambda b: b"<table>" in b),
        ("docx", lambda b: b[:2] == b"PK"),
    ):
        out = tmp_path / f"out.{fmt}"
        assert main(["export", doc_id[:8], "--format", fmt, "-o", str(out), "--db", db]) == 0, fmt
        assert check(out.read_bytes()), fmt
        assert "wrote" in capsys.readouterr().err


def test_docx_needs_a_file(capsys, library):
    db, doc_id = library
    assert main(["export", doc_id[:8], "--format", "docx", "--db", db]) == 1
    assert "needs a file" in capsys.readouterr().err


def test_import_translations(tmp_path, capsys, library):
    db, doc_id = library
    xlf = tmp_path / "a.xlf"
    main(["export", doc_id[:8], "--format", "xliff", "-o", str(xlf), "--db", db])
    data = xlf.read_text(encoding="utf-8").replace("China targets Alipay", "China takes aim at Alipay")
    xlf.write_text(data, encoding="utf-8")
    capsys.readouterr()
    assert main(["import-translations", str(xlf), "--db", db]) == 0
    assert "segments: 1 updated, 18 unchanged" in capsys.readouterr().out
    with Store.open(db) as store:
        assert Translations(store).segments(doc_id)[0].target == "China takes aim at Alipay"
    tmx = tmp_path / "m.tmx"
    main(["export", doc_id[:8], "--format", "tmx", "-o", str(tmx), "--db", db])
    other = str(tmp_path / "other.sqlite3")
    capsys.readouterr()
    assert main(["import-translations", str(tmx), "--db", other]) == 0
    assert "memory units: 1 added" in capsys.readouterr().out
    assert main(["import-translations", str(tmp_path / "missing.xlf"), "--db", other]) == 1
    assert "does not exist" in capsys.readouterr().err
