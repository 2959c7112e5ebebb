"""EPUB books built with zipfile in the test: spine order, headings, metadata, damage."""

import io
import zipfile

import pytest

from reader.core.errors import DocumentError
from reader.core.importers import import_bytes

CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>"""

OPF = """<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="id">urn:uuid:1234</dc:identifier>
    <dc:title>تقارير اقتصادية مختارة</dc:title>
    <dc:creator>نادية إبراهيم</dc:creator>
    <dc:publisher>دار النشر العربية</dc:publisher>
    <dc:date>2021-11-05</dc:date>
    <dc:language>ar</dc:language>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="ch2" href="text/chapter%202.xhtml" media-type="application/xhtml+xml"/>
    <item id="ch1" href="text/chapter1.xhtml" media-type="application/xhtml+xml"/>
    <item id="notes" href="text/notes.xhtml" media-type="application/xhtml+xml"/>
    <item id="css" href="style.css" media-type="text/css"/>
  </manifest>
  <spine>
    <itemref idref="ch1"/>
    <itemref idref="ch2"/>
    <itemref idref="notes" linear="no"/>
  </spine>
</package>"""


def chapter(heading: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
        f"<head><title>{heading}</title><style>p {{ color: red; }}</style></head>"
        f"<body><section><h1>{heading}</h1>{body}</section></body></html>"
    )


def build_epub(members: dict[str, str] | None = None, skip: tuple[str, ...] = ()) -> bytes:
    files = {
        "mimetype": "application/epub+zip",
        "META-INF/container.xml": CONTAINER,
        "OEBPS/content.opf": OPF,
        "OEBPS/nav.xhtml": chapter("المحتويات", "الفصل الأول", "الفصل الثاني"),
        "OEBPS/text/chapter1.xhtml": chapter(
            "الفصل الأول: التضخم", "ارتفع التضخم إلى أعلى مستوى له منذ عشر سنوات.",
            "وقال خبراء إن أسعار الغذاء قادت الارتفاع&#160;الأخير."),
        "OEBPS/text/chapter 2.xhtml": chapter(
            "الفصل الثاني: البطالة", "تراجعت البطالة بفضل قطاع البناء."),
        "OEBPS/text/notes.xhtml": chapter("ملاحظات", "NOTES_NOT_IN_READING_ORDER"),
        "OEBPS/style.css": "p { margin: 0 }",
    }
    files.update(members or {})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, content in files.items():
            if name not in skip:
                zf.writestr(name, content)
    return buf.getvalue()


def test_spine_order_headings_and_metadata(no_network):
    doc = import_bytes(build_epub(), "book.epub")
    assert doc.format == "epub"
    assert doc.text == (
        "الفصل الأول: التضخم\n\n"
        "ارتفع التضخم إلى أعلى مستوى له منذ عشر سنوات.\n\n"
        "وقال خبراء إن أسعار الغذاء قادت الارتفاع\u00a0الأخير.\n\n"
        "الفصل الثاني: البطالة\n\n"
        "تراجعت البطالة بفضل قطاع البناء."
    )
    assert doc.title == "تقارير اقتصادية مختارة"
    assert doc.author == "نادية إبراهيم"
    assert doc.outlet == "دار النشر العربية"
    assert doc.date == "2021-11-05"
    assert "المحتويات" not in doc.text  # the navigation document is not a chapter
    assert "color" not in doc.text  # no CSS


def test_title_falls_back_to_first_chapter_heading():
    opf = OPF.replace("<dc:title>تقارير اقتصادية مختارة</dc:title>", "")
    doc = import_bytes(build_epub({"OEBPS/content.opf": opf}), "book.epub")
    assert doc.title == "الفصل الأول: التضخم"


def test_missing_chapter_is_a_warning():
    doc = import_bytes(build_epub(skip=("OEBPS/text/chapter 2.xhtml",)), "book.epub")
    assert "الفصل الأول" in doc.text and "الفصل الثاني" not in doc.text
    assert any("chapter 2.xhtml" in w for w in doc.warnings)


@pytest.mark.parametrize("keep", [0.2, 0.5, 0.9])
def test_truncated_epub_is_damaged(keep):
    data = build_epub()
    with pytest.raises(DocumentError) as err:
        import_bytes(data[: int(len(data) * keep)], "book.epub")
    assert "damaged or not a complete EPUB archive" in str(err.value)


def test_missing_container_is_damaged():
    with pytest.raises(DocumentError, match="container.xml is missing"):
        import_bytes(build_epub(skip=("META-INF/container.xml",)), "book.epub")


def test_bad_package_xml_is_damaged():
    with pytest.raises(DocumentError, match="not valid XML"):
        import_bytes(build_epub({"OEBPS/content.opf": "<package><oops"}), "book.epub")


def test_external_entities_in_package_are_not_loaded(tmp_path, no_network):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET_FILE_CONTENT", encoding="utf-8")
    opf = OPF.replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE package [<!ENTITY x SYSTEM "file://{secret}">]>',
    ).replace("تقارير اقتصادية مختارة", "&x;")
    doc = import_bytes(build_epub({"OEBPS/content.opf": opf}), "book.epub")
    assert "SECRET_FILE_CONTENT" not in doc.title + doc.text


def test_epub_without_text():
    empty = chapter("", "")
    members = {"OEBPS/text/chapter1.xhtml": empty, "OEBPS/text/chapter 2.xhtml": empty}
    with pytest.raises(DocumentError, match="no text"):
        import_bytes(build_epub(members), "book.epub")
