"""Bounded imports: files that are small on disk but huge once read are refused with one line
naming the file, before the reader spends minutes and gigabytes on them."""

import subprocess
import sys

import pytest

import reader.core.importers.epub as epub_module
import reader.core.importers.html as html_module
import reader.core.importers.limits as limits
from reader.core.errors import DocumentError
from reader.core.importers import import_bytes, import_file

import hostile_files as hostile


def test_an_epub_expanding_to_99_mb_is_refused():
    # 300 kB on disk, 95 MB of chapters inside: within the archive limits (100 MB).
    data = hostile.epub_expanding(chapters=19, chapter_bytes=5 * 1024 * 1024)
    assert len(data) < 1024 * 1024
    with pytest.raises(DocumentError) as exc:
        import_bytes(data, "bomb.epub")
    message = str(exc.value)
    assert message.startswith("bomb.epub: ") and "\n" not in message
    assert "too long" in message or "elements" in message or "MB" in message


def test_a_web_page_of_a_million_tags_is_refused_before_parsing(monkeypatch):
    data = hostile.html_many_tags(limits.MAX_ELEMENTS + 1)  # 16 MB
    parsed = []
    monkeypatch.setattr(html_module, "parse_html", lambda *a: parsed.append(1))
    with pytest.raises(DocumentError, match="tags.html: the web page has more than 1,000,000"):
        import_bytes(data, "tags.html")
    assert parsed == []


def test_elements_are_counted_across_the_chapters_of_a_book(monkeypatch):
    monkeypatch.setattr(limits, "MAX_ELEMENTS", 1000)
    data = hostile.epub_expanding(chapters=5, chapter_bytes=300 * len(hostile.PARAGRAPH.encode()))
    with pytest.raises(DocumentError, match="book.epub: the EPUB book has more than 1,000 elements"):
        import_bytes(data, "book.epub")


def test_markup_read_from_a_book_is_bounded_before_decompressing(monkeypatch):
    monkeypatch.setattr(limits, "MAX_MARKUP_BYTES", 50_000)
    read = []
    real = epub_module.read_member
    monkeypatch.setattr(epub_module, "read_member", lambda zf, m, *a: read.append(m) or real(zf, m, *a))
    data = hostile.epub(["<p>نص</p>" + " " * 20_000] * 10)  # whitespace: no text to count
    with pytest.raises(DocumentError, match="holds more than 0 MB of text and markup"):
        import_bytes(data, "book.epub")
    chapters = [m for m in read if m.endswith(".xhtml")]
    assert len(chapters) == 2  # the third chapter was refused before it was decompressed


def test_text_kept_from_a_book_is_bounded_chapter_by_chapter(monkeypatch):
    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 10_000)
    walked = []
    real = epub_module.walk
    monkeypatch.setattr(epub_module, "walk", lambda *a: walked.append(1) or real(*a))
    data = hostile.epub_expanding(chapters=10, chapter_bytes=300 * 50)  # ~8,000 chars each
    with pytest.raises(DocumentError, match="the text is too long"):
        import_bytes(data, "book.epub")
    assert len(walked) == 2


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_text_is_bounded_for_every_format(monkeypatch, tmp_path, suffix):
    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 5_000)
    path = tmp_path / f"long{suffix}"
    path.write_bytes(hostile.html_long_text(6_000) if suffix == ".html" else ("نص " * 2_000).encode())
    with pytest.raises(DocumentError, match=f"long{suffix}: the text is too long"):
        import_file(path)


def test_a_word_of_a_million_letters_is_refused():
    # The word tokenizer needs about 100 bytes per letter of one word (1.1 GB for 9.5 M).
    with pytest.raises(DocumentError, match="word.txt: the text has a run of more than 100,000"):
        import_bytes(("نص " + "ب" * (limits.MAX_WORD_CHARS + 1)).encode(), "word.txt")
    doc = import_bytes(("نص " + "ب" * limits.MAX_WORD_CHARS + " نص").encode(), "ok.txt")
    assert len(doc.text) == limits.MAX_WORD_CHARS + 6


def test_docx_elements_are_bounded(monkeypatch):
    monkeypatch.setattr(limits, "MAX_ELEMENTS", 1000)
    import_bytes(hostile.docx(50), "small.docx")  # 50 * 13 + 3 elements
    with pytest.raises(DocumentError, match="big.docx: the DOCX document has more than 1,000"):
        import_bytes(hostile.docx(100), "big.docx")


def test_large_pages_skip_trafilatura(monkeypatch):
    monkeypatch.setattr(html_module, "TRAFILATURA_MAX_ELEMENTS", 100)

    def refuse(*_):
        raise AssertionError("trafilatura ran on a page past its limit")

    monkeypatch.setattr(html_module, "_trafilatura_text", refuse)
    doc = import_bytes(hostile.html_long_text(60_000), "long.html")  # 120 paragraphs
    assert len(doc.text) > 50_000


def test_a_long_book_still_imports():
    # 40 chapters of 60 kB: a long book (about 1.4 million characters).
    data = hostile.epub_expanding(chapters=40, chapter_bytes=60_000)
    doc = import_bytes(data, "book.epub")
    assert doc.title == "كتاب" and len(doc.text) > 1_000_000


# --- Markdown in linear time --------------------------------------------------------------


#: Inputs that made the old regular expressions scan to the end of the line from every
#: opening mark (quadratic): each is repeated to about 100 kB.
HOSTILE_UNITS = [
    "*a ", "_a ", "**a ", "__a ", "~~a ", "`a ", "``a ", "[a](", "![a](", "[a][", "![a][",
    "<a ", "<http:a ", "\\*a ", "*a* ", "[", "](", "a_", "* ", "**", "# a ", "| a ", "> ",
    "a  ", "\t", "*\u0627 ",
]


def test_markdown_inline_markup_is_linear():
    # Wall time is not asserted in tests; a subprocess with a generous timeout is the bound:
    # before, the first unit alone took minutes at this size (60 kB took 24 s).
    script = (
        "import sys\n"
        "from reader.core.importers.markdown import markdown_to_text\n"
        f"for unit in {HOSTILE_UNITS!r}:\n"
        "    markdown_to_text(unit * (100_000 // len(unit)))\n"
        "    markdown_to_text('\\n'.join([unit * 20] * (100_000 // (20 * len(unit)))))\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


def test_sixty_kilobytes_of_unclosed_emphasis_imports():
    doc = import_bytes(hostile.markdown_stars(20_000), "stars.md")
    assert doc.text.count("*a") == 20_000
