"""Byte decoding of text files: BOMs, UTF-16, Windows-1256 and friends, binary refusals."""

import codecs
import random

import pytest

from reader.core.errors import DocumentError
from reader.core.importers import decode_text, import_bytes
from reader.core.importers.detect import decode, plausibility


@pytest.mark.parametrize(
    "prefix, codec, expected",
    [
        (b"", "utf-8", "utf-8"),
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
        (b"", "cp1256", "cp1256"),
        (b"", "utf-16-le", "utf-16-le"),  # no BOM, recognised by its shape
        (b"", "utf-16-be", "utf-16-be"),
    ],
)
def test_arabic_text_in_each_encoding(article, prefix, codec, expected):
    data = prefix + article.encode(codec)
    text, encoding = decode_text(data, "a.txt")
    assert text == article
    assert encoding == expected
    assert not text.startswith("\ufeff")


def test_iso_8859_6_is_not_taken_for_windows_1256(article):
    text, encoding = decode_text(article.encode("iso8859-6"), "a.txt")
    assert (text, encoding) == (article, "iso8859-6")


def test_short_windows_1256_line():
    line = "قال الوزير إن الحكومة ستعلن خطة جديدة للطاقة الأسبوع المقبل."
    assert decode_text(line.encode("cp1256"), "a.txt") == (line, "cp1256")


def test_windows_1256_with_latin_names_and_arabic_punctuation():
    text = "أعلنت شركة Alipay، التابعة لمجموعة Ant Group، أنها ستفصل أعمال الإقراض؟ نعم.\n" * 3
    assert decode_text(text.encode("cp1256"), "a.txt") == (text, "cp1256")


@pytest.mark.parametrize("codec", ["latin-1", "cp1252"])
def test_french_latin_text_is_not_taken_for_arabic(french, codec):
    text, encoding = decode_text(french.encode(codec), "fr.txt")
    assert text == french
    assert encoding == "cp1252"  # the superset of Latin-1 that browsers use too
    assert not any("\u0600" <= ch <= "\u06ff" for ch in text)


def test_mojibake_is_scored_low(article):
    as_cp1252 = article.encode("cp1256").decode("cp1252", errors="replace")
    assert plausibility(as_cp1252) < 0.5
    assert plausibility(article) > 0.95


def test_other_scripts_fall_back_to_charset_normalizer():
    russian = "Президент России заявил, что правительство примет новые меры поддержки экономики.\n"
    text, encoding = decode_text(russian.encode("cp1251"), "ru.txt")
    assert text == russian
    assert encoding == "cp1251"


def test_line_endings_become_lf_and_bom_goes(article):
    crlf = article.replace("\n", "\r\n")
    old_mac = article.replace("\n", "\r")
    for variant in (crlf, old_mac):
        text, _ = decode_text(codecs.BOM_UTF8 + variant.encode("utf-8"), "a.txt")
        assert text == article
        assert "\r" not in text


def test_invisibles_are_kept_and_listed(article):
    marked = article.replace("الحكومة", "\u200fالحكومة\u200f", 1).replace("لدعم", "ل\u200cدعم", 1)
    doc = import_bytes(marked.encode("utf-8"), "a.txt")
    assert doc.text == marked
    found = {(i.char, i.name) for i in doc.invisibles}
    assert ("\u200f", "RIGHT-TO-LEFT MARK") in found
    assert ("\u200c", "ZERO WIDTH NON-JOINER") in found
    for inv in doc.invisibles:
        assert doc.text[inv.offset] == inv.char


def test_a_file_cut_inside_a_utf8_character_reads_with_a_warning(article):
    data = article.encode("utf-8") + "ش".encode()[:1]
    doc = import_bytes(data, "cut.txt")
    assert doc.encoding == "utf-8"
    assert doc.text.startswith(article)
    assert doc.warnings and "invalid" in doc.warnings[0]


@pytest.mark.parametrize(
    "data, looks_like",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"\x7fELF\x02\x01\x01\x00", "executable"),
        (b"PK\x03\x04\x14\x00\x00\x00", "ZIP archive"),
        (b"\x1f\x8b\x08\x00", "gzip"),
    ],
)
def test_binary_files_say_what_they_look_like(data, looks_like):
    with pytest.raises(DocumentError) as err:
        decode_text(data + bytes(range(256)), "thing.txt")
    message = str(err.value)
    assert "not text" in message and looks_like in message
    assert message.startswith("thing.txt: ")
    assert "\n" not in message


def test_nul_bytes_mean_binary():
    data = b"hello\x00\x01\x02world" * 50
    with pytest.raises(DocumentError, match="binary data"):
        decode_text(data, "x.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "])
def test_empty_and_blank_files_are_refused(data):
    with pytest.raises(DocumentError, match="empty"):
        decode_text(data, "empty.txt")


def test_blank_utf16_is_refused():
    with pytest.raises(DocumentError, match="blank|empty"):
        decode_text(codecs.BOM_UTF16_LE + "  \n ".encode("utf-16-le"), "blank.txt")


def test_undecodable_bytes_are_refused():
    rng = random.Random(7)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(4000))
    with pytest.raises(DocumentError, match="encoding could not be recognised"):
        decode_text(data, "noise.txt")


def test_bad_utf16_after_a_bom_is_refused():
    with pytest.raises(DocumentError, match="UTF-16"):
        decode_text(codecs.BOM_UTF16_LE + b"\x00\xd8\x41\x00", "bad.txt")


def test_decode_reports_encoding_and_no_warnings_for_clean_text(article):
    decoded = decode(article.encode("cp1256"), "a.txt")
    assert decoded.encoding == "cp1256"
    assert decoded.warnings == ()


def test_english_with_smart_quotes_only():
    text = "He said \u201cyes\u201d \u2013 and left.\n" * 5
    assert decode_text(text.encode("cp1252"), "en.txt") == (text, "cp1252")


def test_first_non_ascii_byte_far_into_the_file(article):
    text = "plain ascii line\n" * 6000 + article
    assert len(text) > 65536
    assert decode_text(text.encode("cp1256"), "late.txt") == (text, "cp1256")
