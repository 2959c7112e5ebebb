"""Word documents built with python-docx in the test: order, tables, properties, damage."""

import io
import zipfile
from datetime import datetime

import docx
import pytest

import reader.core.importers.archive as archive
from reader.core.errors import DocumentError
from reader.core.importers import import_bytes, import_file


def build_docx(with_props: bool = True) -> bytes:
    d = docx.Document()
    if with_props:
        d.core_properties.title = "تقرير عن سوق العمل"
        d.core_properties.author = "سارة يوسف"
        d.core_properties.created = datetime(2022, 6, 1, 9, 30)
    d.add_heading("البطالة تتراجع في الربع الثاني", level=1)
    d.add_paragraph("تراجع معدل البطالة إلى 6.5 في المئة خلال الربع الثاني من العام.")
    p = d.add_paragraph("السطر الأول من الفقرة")
    p.add_run().add_break()
    p.add_run("والسطر الثاني منها.")
    d.add_paragraph("")  # empty paragraphs are skipped
    d.add_paragraph("قطاع البناء", style="List Bullet")
    d.add_paragraph("قطاع السياحة", style="List Bullet")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "القطاع"
    table.cell(0, 1).text = "الوظائف الجديدة"
    table.cell(1, 0).text = "البناء"
    table.cell(1, 1).text = "12000"
    d.add_paragraph("وقال وزير العمل إن التحسن سيستمر حتى نهاية العام.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_paragraphs_tables_and_properties(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(build_docx())
    doc = import_file(path)
    assert doc.format == "docx"
    assert doc.text == (
        "البطالة تتراجع في الربع الثاني\n\n"
        "تراجع معدل البطالة إلى 6.5 في المئة خلال الربع الثاني من العام.\n\n"
        "السطر الأول من الفقرة\nوالسطر الثاني منها.\n\n"
        "• قطاع البناء\n• قطاع السياحة\n\n"
        "القطاع | الوظائف الجديدة\nالبناء | 12000\n\n"
        "وقال وزير العمل إن التحسن سيستمر حتى نهاية العام."
    )
    assert doc.title == "تقرير عن سوق العمل"
    assert doc.author == "سارة يوسف"
    assert doc.date == "2022-06-01"


def test_without_properties_title_is_the_first_heading():
    doc = import_bytes(build_docx(with_props=False), "report.docx")
    assert doc.title == "البطالة تتراجع في الربع الثاني"
    assert doc.author == "" and doc.date == ""  # python-docx template defaults ignored


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.95])
def test_truncated_docx_is_damaged(keep):
    data = build_docx()
    with pytest.raises(DocumentError) as err:
        import_bytes(data[: int(len(data) * keep)], "cut.docx")
    assert "damaged or not a complete DOCX archive" in str(err.value)


def test_corrupted_member_is_damaged():
    data = bytearray(build_docx())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 5
    for i in range(start, start + 40):
        data[i] ^= 0xFF
    with pytest.raises(DocumentError, match="damaged"):
        import_bytes(bytes(data), "bad.docx")


def test_zip_without_word_document():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "مرحبا")
    with pytest.raises(DocumentError, match="word/document.xml is missing"):
        import_bytes(buf.getvalue(), "fake.docx")


def test_not_a_zip_at_all():
    with pytest.raises(DocumentError, match="not a DOCX document.*PDF"):
        import_bytes(b"%PDF-1.4 fake", "fake.docx")
    with pytest.raises(DocumentError, match="not a DOCX document"):
        import_bytes("نص عادي".encode(), "fake.docx")


def test_zip_bomb_is_refused_before_inflating():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"\0" * (12 * 1024 * 1024))
    data = buf.getvalue()
    assert len(data) < 100_000
    with pytest.raises(DocumentError, match="zip bomb"):
        import_bytes(data, "bomb.docx")


def test_total_uncompressed_size_is_limited(monkeypatch):
    monkeypatch.setattr(archive, "MAX_UNCOMPRESSED_BYTES", 1000)
    with pytest.raises(DocumentError, match="would expand to"):
        import_bytes(build_docx(), "report.docx")
