"""Every exchange format round-trips: XLIFF 1.2 and 2.0 (states and notes), TMX 1.4 into an
empty library, TBX and terms CSV; files parse with translate-toolkit; bilingual HTML and DOCX
hold every segment."""

import io

import pytest
from translate.storage import tbx as tk_tbx
from translate.storage import tmx as tk_tmx
from translate.storage import xliff as tk_xliff
from translate.storage import xliff2 as tk_xliff2

from reader.core.errors import DocumentError
from reader.core.exports.bilingual import export_bilingual_docx, export_bilingual_html
from reader.core.exports.termbase_files import export_tbx, export_terms_csv, parse_tbx, parse_terms_csv
from reader.core.exports.tmx import export_tmx, parse_tmx
from reader.core.exports.translation_import import import_translations
from reader.core.exports.xliff import export_xliff
from reader.core.importers import import_file
from reader.core.resources import sample_article
from reader.core.store import Store
from reader.core.translation.library import Translations
from reader.core.translation.memory import memory_units


@pytest.fixture
def worked(translations, doc):
    segs = translations.ensure_segments(doc)
    translations.update(segs[0], target="China targets Alipay", note="headline <b> & 'quotes'",
                        status="translated")
    translations.update(segs[1], target="Alipay has over a billion users.", status="reviewed")
    translations.update(segs[2], target="Sources told AFP…")
    translations.update(segs[3], target="Alipay will have to hand over data.", status="translated",
                        needs_review=True, previous_source="نص قديم")
    return translations.segments(doc.id)


def _state(segments):
    return [(s.uuid, s.target, s.status, s.note, s.needs_review, s.previous_source) for s in segments]


@pytest.mark.parametrize("version", ["1.2", "2.0"])
def test_xliff_round_trip(tmp_path, translations, doc, worked, version):
    data = export_xliff(doc, worked, translations.info(doc.id), version)
    path = tmp_path / "doc.xlf"
    path.write_bytes(data)
    # translate-toolkit reads it as the XLIFF version it claims.
    parsed = (tk_xliff.xlifffile if version == "1.2" else tk_xliff2.Xliff2File).parsestring(data)
    units = {u.getid().split("\x04")[-1]: u for u in parsed.units}
    assert units[worked[0].uuid].target == "China targets Alipay"
    assert units[worked[0].uuid].source == worked[0].source
    assert len(units) == len(worked)
    # Untouched re-import changes nothing.
    assert import_translations(translations, path).counts == {"unchanged": len(worked)}
    # Wipe the work, import the file: everything comes back.
    for seg in translations.segments(doc.id):
        translations.update(seg, target="", note="", status="draft", needs_review=False)
    result = import_translations(translations, path)
    assert result.document.id == doc.id
    assert _state(translations.segments(doc.id)) == _state(worked)


def test_xliff_from_another_tool_matches_by_source(tmp_path, translations, doc, worked):
    """A CAT tool that renumbered the units: matched by the source text; states mapped."""
    seg = worked[5]
    xml = f"""<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="article.txt" source-language="ar" target-language="en" datatype="plaintext"><body>
  <trans-unit id="1"><source>{seg.source}</source><target state="final">From the CAT tool</target>
   <note from="translator">checked</note></trans-unit>
  <trans-unit id="2"><source>جملة ليست في المقال.</source><target>Nope</target></trans-unit>
 </body></file></xliff>"""
    path = tmp_path / "cat.xlf"
    path.write_text(xml, encoding="utf-8")
    with pytest.raises(DocumentError, match="--doc"):
        import_translations(translations, path)
    result = import_translations(translations, path, doc)
    assert result.counts == {"updated": 1, "not in the article": 1}
    got = translations.segment(seg.uuid)
    assert (got.target, got.status, got.note) == ("From the CAT tool", "reviewed", "checked")


def test_tmx_round_trip_into_an_empty_library(tmp_path, store, translations, doc, worked):
    units = [u for u in memory_units(store.db)]
    assert len(units) == 3  # the confirmed segments
    data = export_tmx(units)
    assert len(tk_tmx.tmxfile.parsestring(data).units) == 3
    path = tmp_path / "memory.tmx"
    path.write_bytes(data)
    with Store.open(tmp_path / "empty.sqlite3") as other:
        theirs = Translations(other)
        assert import_translations(theirs, path).counts == {"added": 3}
        assert import_translations(theirs, path).counts == {"already known": 3}
        back = memory_units(other.db)
    key = lambda u: (u.source, u.target, u.source_lang, u.target_lang, u.note, u.author, u.created, u.updated)
    assert sorted(map(key, back)) == sorted(map(key, units))
    assert parse_tmx(data, "m.tmx")[0].origin == "tmx"


def test_termbase_tbx_and_csv_round_trip(tmp_path, translations):
    translations.add_term("قرض صغير", "microloan", note="unsecured", domain="finance")
    translations.add_term("مشروع مشترك", "joint venture")
    terms = translations.terms()
    assert parse_tbx(export_tbx(terms), "t.tbx") == terms
    assert parse_terms_csv(export_terms_csv(terms), "t.csv") == terms
    assert {(u.source, u.target) for u in tk_tbx.tbxfile.parsestring(export_tbx(terms)).units} == {
        ("قرض صغير", "microloan"), ("مشروع مشترك", "joint venture")}
    for name, data in (("t.tbx", export_tbx(terms)), ("t.csv", export_terms_csv(terms).encode())):
        (tmp_path / name).write_bytes(data)
        with Store.open(tmp_path / f"{name}.sqlite3") as other:
            theirs = Translations(other)
            assert import_translations(theirs, tmp_path / name).counts == {"added": 2}
            assert import_translations(theirs, tmp_path / name).counts == {"unchanged": 2}
            assert theirs.terms() == terms


def test_bilingual_tables(translations, doc, worked):
    info = translations.info(doc.id)
    html = export_bilingual_html(doc, worked, info)
    assert html.count("<tr id=") == len(worked)
    assert '<td dir="rtl" lang="ar">' in html and "headline &lt;b&gt; &amp;" in html
    assert "source changed" in html
    from docx import Document as Docx

    table = Docx(io.BytesIO(export_bilingual_docx(doc, worked, info))).tables[0]
    assert len(table.rows) == len(worked) + 1
    row = [c.text for c in table.rows[1].cells]
    assert row[1:4] == [worked[0].source, "China targets Alipay", "translated"]
    # The Arabic cell is a right-to-left paragraph for Word.
    assert table.rows[1].cells[1].paragraphs[0]._p.pPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi") is not None


@pytest.mark.parametrize("content, message", [
    (b"<xliff><file>", "not well-formed"),
    (b"<html></html>", "not XLIFF, TMX or TBX"),
    (b"just words", "not XLIFF, TMX, TBX or a terms CSV"),
    (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
     b'<tmx version="1.4"><header srclang="ar"/><body><tu><tuv xml:lang="ar"><seg>&e;</seg></tuv>'
     b'<tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>', None),
])
def test_bad_files_are_one_line_errors(tmp_path, translations, content, message):
    path = tmp_path / "bad.xlf"
    path.write_bytes(content)
    if message is None:  # an external entity is never read
        import_translations(translations, path)
        assert all("root:" not in u.source for u in memory_units(translations.store.db))
        return
    with pytest.raises(DocumentError, match=message):
        import_translations(translations, path)
