"""`reader vocab add|list|export|import|status` (in-process, no Qt)."""

import json
import zipfile

import pytest

from reader.cli import main
from reader.core.resources import sample_article


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "lib.sqlite3")


def _run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_add_list_status_export_import(capsys, tmp_path, db):
    sample = str(sample_article())
    code, out, _ = _run(capsys, "vocab", "add", sample, "--word", "القروض", "--db", db)
    assert code == 0 and "lemma قرض" in out and "loan" in out
    assert "أعمال القروض الصغيرة" in out  # the first sentence with the word
    code, out, _ = _run(capsys, "vocab", "add", sample, "--word", "بطاقات الائتمان", "--db", db)
    assert code == 0 and "ببطاقة ائتمان" in out and "credit card" in out
    code, out, _ = _run(capsys, "vocab", "add", sample, "--word", "قرض", "--db", db)
    assert "already saved" in out
    code, out, _ = _run(capsys, "vocab", "status", "والقروض", "known", "--db", db)
    assert code == 0 and "learning1 -> known" in out
    code, out, _ = _run(capsys, "vocab", "list", "--json", "--db", db)
    rows = json.loads(out)
    assert [(r["word"], r["status"]) for r in rows] == [("القروض", "known"), ("ببطاقة ائتمان", "learning1")]
    deck = tmp_path / "w.apkg"
    assert _run(capsys, "vocab", "export", "--format", "apkg", "-o", str(deck), "--db", db)[0] == 0
    assert "collection.anki2" in zipfile.ZipFile(deck).namelist()
    code, out, _ = _run(capsys, "vocab", "export", "--format", "csv", "--db", db)
    assert out.splitlines()[0].startswith("word,vowelled,lemma,root")
    words = tmp_path / "w.csv"
    words.write_text("word,gloss\nالأسهم,shares\nقروض,loans\n", encoding="utf-8")
    code, out, _ = _run(capsys, "vocab", "import", str(words), "--db", db)
    assert code == 0 and "1 words added, 1 already saved" in out


def test_errors_are_one_line(capsys, tmp_path, db):
    code, _out, err = _run(capsys, "vocab", "add", str(sample_article()), "--word", "xyz", "--db", db)
    assert code == 1 and err.count("\n") == 1 and "does not occur" in err
    code, _out, err = _run(capsys, "vocab", "export", "--format", "apkg", "--db", db)
    assert code == 1 and "-o" in err
    code, _out, err = _run(capsys, "vocab", "import", str(tmp_path / "missing.csv"), "--db", db)
    assert code == 1 and "missing.csv" in err
