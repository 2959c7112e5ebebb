"""import_file / import_bytes: dispatch, limits and the errors a user can cause."""

import os
from pathlib import Path

import pytest

import reader.core.importers as importers
from reader.core.errors import DocumentError
from reader.core.importers import (
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    import_bytes,
    import_file,
)
from reader.core.resources import sample_article


def test_supported_suffixes():
    assert set(SUPPORTED_SUFFIXES) == {
        ".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".markdown", ".docx", ".epub",
    }
    assert MAX_FILE_BYTES == 20 * 1024 * 1024


def test_sample_article_imports_with_title_and_noise():
    path = sample_article()
    doc = import_file(path)
    raw = path.read_bytes().decode("utf-8")
    assert doc.text == raw  # already LF, no BOM: unchanged
    assert doc.format == "txt" and doc.encoding == "utf-8"
    assert doc.title.startswith("الصين تستهدف Alipay")
    assert doc.source_path == os.path.abspath(path)
    flagged = [doc.text[n.start : n.end] for n in doc.noise]
    assert flagged.count("صورة تمثيلية. الصورة: ملف") == 2
    assert "ما هو افضل سن للزواج" in flagged
    assert "موصى به" in flagged


def test_txt_title_is_first_non_empty_line_capped(tmp_path, article):
    long_title = "كلمة " * 80
    path = tmp_path / "long.txt"
    path.write_text("\n\n  " + long_title + "\n\n" + article, encoding="utf-8")
    doc = import_file(path)
    assert doc.title.startswith("كلمة كلمة")
    assert len(doc.title) <= 201
    assert doc.title.endswith("…")
    assert "\n" not in doc.title


def test_unknown_suffix_with_text_is_read_as_text(tmp_path, article):
    path = tmp_path / "article.log"
    path.write_bytes(article.encode("cp1256"))
    doc = import_file(path)
    assert doc.text == article
    assert doc.format == "txt" and doc.encoding == "cp1256"


def test_no_suffix_with_text_is_read_as_text(article):
    doc = import_bytes(article.encode("utf-8"), "pasted")
    assert doc.text == article
    assert doc.source_path == ""


def test_unknown_suffix_with_binary_is_refused(tmp_path):
    path = tmp_path / "report.bin"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    with pytest.raises(DocumentError) as err:
        import_file(path)
    assert "PDF document" in str(err.value)
    assert ".txt" in str(err.value)  # says what can be opened
    assert err.value.path == str(path)


def test_misnamed_docx_gets_a_hint():
    import io

    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    with pytest.raises(DocumentError, match=r"DOCX document; rename it to end in \.docx"):
        import_bytes(buf.getvalue(), "article.txt")


def test_missing_file(tmp_path):
    with pytest.raises(DocumentError, match="does not exist") as err:
        import_file(tmp_path / "nope.txt")
    assert err.value.path.endswith("nope.txt")


def test_folder(tmp_path):
    with pytest.raises(DocumentError, match="folder"):
        import_file(tmp_path)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_real_permissions(tmp_path, article):
    path = tmp_path / "secret.txt"
    path.write_text(article, encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(DocumentError, match="permission denied"):
            import_file(path)
    finally:
        path.chmod(0o600)


def test_unreadable_file(tmp_path, article, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(article, encoding="utf-8")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(DocumentError, match="permission denied") as err:
        import_file(path)
    assert "check its permissions" in str(err.value)


def test_file_over_the_limit_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(21 * 1024 * 1024)  # sparse: costs no disk

    def must_not_read(self, *args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", must_not_read)
    with pytest.raises(DocumentError) as err:
        import_file(path)
    assert "21 MB" in str(err.value) and "20 MB" in str(err.value)


def test_bytes_over_the_limit_are_refused(monkeypatch):
    monkeypatch.setattr(importers, "MAX_FILE_BYTES", 1000)
    with pytest.raises(DocumentError, match="too large"):
        import_bytes("نص ".encode() * 1000, "big.txt")


def test_errors_are_one_line(tmp_path):
    for target in (tmp_path / "missing.md", tmp_path):
        with pytest.raises(DocumentError) as err:
            import_file(target)
        assert "\n" not in str(err.value)


def test_import_bytes_dispatches_on_name(article):
    assert import_bytes(article.encode(), "x.TXT").format == "txt"
    assert import_bytes(f"# عنوان\n\n{article}".encode(), "x.md").format == "md"
    html = f"<html><body><p>{article}</p></body></html>".encode()
    assert import_bytes(html, "x.htm").format == "html"


def test_one_megabyte_text_imports(tmp_path, article):
    """Correctness at size (the timing is in bench/bench_import.py)."""
    sample = sample_article().read_text(encoding="utf-8").replace("\u2022", "-")
    big = "\n\n".join([sample] * (1_000_000 // len(sample.encode("utf-8")) + 1))
    path = tmp_path / "big.txt"
    path.write_bytes(big.encode("cp1256"))
    doc = import_file(path)
    assert doc.text == big and doc.encoding == "cp1256"
    captions = [n for n in doc.noise if n.reason == "image caption"]
    assert len(captions) == 2 * big.count("الصين تستهدف Alipay")
