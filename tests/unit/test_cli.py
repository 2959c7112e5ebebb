"""The command line, run in-process through reader.cli.main (and once as a real process)."""

import json
import subprocess
import sys

import pytest

from reader.cli import main
from reader.core.resources import sample_article

ARTICLE = (
    "البنك المركزي يرفع سعر الفائدة\n\n"
    "قال محافظ البنك المركزي إن القُرُوض الصغيرة ارتفعت بنسبة 5.47 في المئة.\n\n"
    "وأضاف أن المصارف ستلتزم بالقواعد الجديدة.\n"
)


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "lib.sqlite3")


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_list_search_show(capsys, db, article):
    code, out, _ = run(capsys, "import", str(article), "--db", db)
    assert code == 0 and out.startswith("new")
    code, out, _ = run(capsys, "import", str(article), "--db", db)
    assert code == 0 and out.startswith("unchanged")
    code, out, _ = run(capsys, "list", "--json", "--db", db)
    (entry,) = json.loads(out)
    assert entry["title"] == "البنك المركزي يرفع سعر الفائدة"
    code, out, _ = run(capsys, "search", "قروض", "--json", "--db", db)
    (hit,) = json.loads(out)
    assert hit["doc_id"] == entry["id"]
    assert ARTICLE[hit["start"]:hit["end"]] == "القُرُوض"
    code, out, _ = run(capsys, "show", entry["id"][:8], "--db", db)
    # capsys is not a terminal, so the text stays in logical order.
    assert code == 0 and ARTICLE.strip() in out


def test_show_visual_order_is_reshaped(capsys, db, article):
    run(capsys, "import", str(article), "--db", db)
    code, out, _ = run(capsys, "show", "الفائدة", "--visual", "--db", db)
    assert code == 0
    assert ARTICLE.splitlines()[0] not in out  # reshaped into presentation forms, reordered
    assert "\ufe8d" in out or any(0xFE70 <= ord(c) <= 0xFEFF for c in out)


def test_annotate_export_and_reimport(capsys, db, article, tmp_path):
    run(capsys, "import", str(article), "--db", db)
    code, out, _ = run(capsys, "annotate", "البنك المركزي يرفع", "--quote", "القروض الصغيرة",
                       "--note", "مصطلح", "--color", "green", "--tag", "مالية", "--db", db)
    assert code == 0 and "القُرُوض الصغيرة" in out
    exported = tmp_path / "notes.jsonld"
    code, _, _ = run(capsys, "export", "البنك", "--format", "jsonld", "-o", str(exported), "--db", db)
    data = json.loads(exported.read_text(encoding="utf-8"))
    (item,) = data["first"]["items"]
    types = {s["type"] for s in item["target"]["selector"]}
    assert types == {"TextQuoteSelector", "TextPositionSelector"}
    bodies = item["body"] if isinstance(item["body"], list) else [item["body"]]
    assert {(b["purpose"], b["value"]) for b in bodies} == {("commenting", "مصطلح"), ("tagging", "مالية")}
    assert item["target"]["styleClass"] == "green"
    # Importing our own export again is idempotent.
    code, out, _ = run(capsys, "import-annotations", str(exported), "--db", db)
    assert code == 0 and "1 unchanged" in out
    for fmt, needle in (("csv", "القُرُوض الصغيرة"), ("md", "> القُرُوض الصغيرة")):
        code, out, _ = run(capsys, "export", "البنك", "--format", fmt, "--db", db)
        assert code == 0 and needle in out


def test_import_annotations_into_another_library(capsys, tmp_path, article):
    db1, db2 = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    run(capsys, "import", str(article), "--db", db1)
    run(capsys, "annotate", "البنك", "--quote", "المصارف", "--note", "x", "--db", db1)
    exported = tmp_path / "n.jsonld"
    run(capsys, "export", "البنك", "-o", str(exported), "--db", db1)
    # The second library does not have the article yet: a clear problem, exit 1.
    code, out, err = run(capsys, "import-annotations", str(exported), "--db", db2)
    assert code == 1 and "import the article first" in err
    run(capsys, "import", str(article), "--db", db2)
    code, out, _ = run(capsys, "import-annotations", str(exported), "--db", db2)
    assert code == 0 and "1 added" in out
    code, out, _ = run(capsys, "import-annotations", str(exported), "--db", db2)
    assert "1 unchanged" in out


def test_annotate_ambiguous_quote_needs_occurrence(capsys, db, tmp_path):
    path = tmp_path / "rep.txt"
    path.write_text("قال الوزير إن النمو قوي. وقال الوزير إن التضخم ضعيف.", encoding="utf-8")
    run(capsys, "import", str(path), "--db", db)
    code, _, err = run(capsys, "annotate", "قال الوزير", "--quote", "الوزير", "--db", db)
    assert code == 1 and "2 times" in err
    code, out, _ = run(capsys, "annotate", "قال الوزير", "--quote", "الوزير", "--occurrence", "2", "--db", db)
    assert code == 0


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p / "missing.txt", "does not exist"),
        (lambda p: p, "folder"),
    ],
)
def test_bad_input_is_one_line_and_nonzero(capsys, db, tmp_path, make, message):
    target = make(tmp_path)
    code, out, err = run(capsys, "import", str(target), "--db", db)
    assert code == 1
    assert err.count("\n") == 1 and str(target) in err and message in err
    assert "Traceback" not in err


def test_analyze_json_contract_on_sample(capsys):
    code, out, _ = run(capsys, "analyze", str(sample_article()), "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) >= {"text", "entities", "claims", "vocabulary", "noise"}
    text = data["text"]
    assert text == sample_article().read_text(encoding="utf-8")
    for n in data["noise"]:
        assert 0 <= n["start"] < n["end"] <= len(text) and n["reason"]
    for e in data["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
    for c in data["claims"]:
        assert text[c["start"]:c["end"]] == c["text"]
        assert text[c["cue"]["start"]:c["cue"]["end"]] == c["cue"]["text"]
    # written in chunks as it is encoded, byte for byte what json.dumps gives
    from reader.core.analysis import analyze, to_contract

    expected = json.dumps(to_contract(analyze(text)), ensure_ascii=False, indent=2) + "\n"
    assert out == expected


def test_json_is_written_in_chunks_as_json_dumps_writes_it(capsys):
    from reader.terminal import write_json_out

    data = {"a": [{"x": "قرض", "n": i, "f": 1.5, "t": True, "z": None} for i in range(300)], "b": []}
    write_json_out(data, chunk_chars=100)
    assert capsys.readouterr().out == json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_cli_process_loads_no_qt_and_prints_help():
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    for command in ("import", "list", "search", "show", "annotate", "export",
                    "import-annotations", "analyze", "screenshot"):
        assert command in result.stdout


def test_report_markdown_and_html_name_the_sources(capsys, db, article):
    run(capsys, "import", str(article), "--db", db)
    code, out, _ = run(capsys, "report", "البنك المركزي", "--format", "md", "--db", db)
    assert code == 0
    assert "محافظ البنك المركزي" in out  # the named source of the claims
    assert "| Claims" in out
    code, out, _ = run(capsys, "report", str(article), "--format", "html", "--db", db)
    assert code == 0 and out.lstrip().lower().startswith("<!doctype html")
    assert 'dir="rtl"' in out


def test_report_pdf_needs_an_output_file(capsys, db, article, tmp_path):
    run(capsys, "import", str(article), "--db", db)
    code, _, err = run(capsys, "report", "البنك", "--format", "pdf", "--db", db)
    assert code != 0 and "-o" in err
    out_file = tmp_path / "r.pdf"
    code, _, _ = run(capsys, "report", "البنك", "--format", "pdf", "-o", str(out_file), "--db", db)
    assert code == 0 and out_file.read_bytes().startswith(b"%PDF")
