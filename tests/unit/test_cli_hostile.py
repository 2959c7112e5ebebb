"""The command line on hostile and odd input: every problem is one line on stderr and exit
status 1, never a traceback; the library is never overwritten."""

import errno
import json
import os
import subprocess
import sys

import pytest

from reader.cli import main
from reader.core.store import Store

ARTICLE = (
    "البنك المركزي يرفع سعر الفائدة\n\n"
    "قال محافظ البنك المركزي إن القروض الصغيرة ارتفعت بنسبة 5.47 في المئة.\n"
)


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "lib.sqlite3")


@pytest.fixture
def doc_id(tmp_path, db, capsys):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["import", str(path), "--db", db]) == 0
    capsys.readouterr()
    with Store.open(db) as store:
        return store.library()[0].id


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_error(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("reader: "), err
    assert "Traceback" not in err
    return lines[0]


# --- file names that are not UTF-8, or hold a line break ------------------------------------


def test_a_name_that_is_not_utf8_imports_and_prints_with_replacement_characters(
        tmp_path, db, capsys):
    name = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"bad\xffname.txt"))
    with open(os.fsencode(name), "wb") as fh:
        fh.write(ARTICLE.encode("utf-8"))
    missing = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"no\xffsuch.txt"))
    code, out, err = run(capsys, "import", name, missing, "--db", db)
    assert code == 1  # one of the two failed
    assert out.startswith("new")
    line = one_error(err)
    assert "no\ufffdsuch.txt" in line and "does not exist" in line
    with Store.open(db) as store:
        (entry,) = store.library()
    assert entry.source_path.endswith("bad\\xffname.txt")  # stored, and told apart from others


def test_a_newline_in_a_name_is_quoted_on_one_line(tmp_path, db, capsys):
    code, _, err = run(capsys, "import", str(tmp_path / "no\nsuch.txt"), "--db", db)
    assert code == 1
    assert "'" in one_error(err) and "no\\nsuch.txt" in err


# --- arguments that are not UTF-8 -----------------------------------------------------------


def test_invalid_utf8_in_a_reference_or_a_note_is_one_line(db, doc_id, capsys):
    code, _, err = run(capsys, "show", "\udcff\udcfe", "--db", db)
    assert code == 1 and "UTF-8" in one_error(err)
    code, _, err = run(capsys, "annotate", doc_id, "--quote", "القروض", "--note", "\udcff",
                       "--db", db)
    assert code == 1 and "--note" in one_error(err)
    with Store.open(db) as store:
        assert store.annotations(doc_id) == []


# --- output ------------------------------------------------------------------------------------


class FullDevice:
    """A standard output on a full disk: every write fails with ENOSPC."""

    encoding = "utf-8"

    def write(self, text):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def flush(self):
        pass

    def isatty(self):
        return False


@pytest.mark.parametrize("argv", [["list"], ["list", "--json"], ["show", "{doc}"],
                                  ["export", "{doc}"], ["search", "القروض"]])
def test_output_to_a_full_device_is_one_line(db, doc_id, capsys, monkeypatch, argv):
    monkeypatch.setattr(sys, "stdout", FullDevice())
    code = main([a.format(doc=doc_id) for a in argv] + ["--db", db])
    err = capsys.readouterr().err
    assert code == 1
    assert "No space left on device" in one_error(err)


def test_dev_full_as_a_process(db, doc_id):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with open("/dev/full", "w") as full:
        proc = subprocess.run([sys.executable, "-m", "reader", "show", doc_id, "--db", db],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert proc.returncode == 1
    assert "No space left on device" in one_error(proc.stderr)


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal"])
def test_export_and_report_refuse_to_overwrite_the_library(db, doc_id, capsys, suffix):
    before = os.stat(db)
    code, _, err = run(capsys, "export", doc_id, "-o", db + suffix, "--db", db)
    assert code == 1 and "library" in one_error(err)
    code, _, err = run(capsys, "report", doc_id, "--format", "md", "-o", db + suffix, "--db", db)
    assert code == 1 and "library" in one_error(err)
    after = os.stat(db)
    assert (before.st_size, before.st_mtime_ns) == (after.st_size, after.st_mtime_ns)
    with Store.open(db) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_library_reached_another_way_is_refused(tmp_path, db, doc_id, capsys):
    os.symlink(db, tmp_path / "link.sqlite3")
    os.link(db, tmp_path / "hard.sqlite3")
    (tmp_path / "sub").mkdir()
    for target in (str(tmp_path / "link.sqlite3"), str(tmp_path / "hard.sqlite3"),
                   str(tmp_path / "sub" / ".." / "lib.sqlite3")):
        code, _, err = run(capsys, "export", doc_id, "-o", target, "--db", db)
        assert code == 1 and "library" in one_error(err), target


def test_importing_the_library_itself_is_refused(db, doc_id, capsys, monkeypatch):
    # Reading the library's file outside SQLite would drop this process's locks on it.
    import reader.core.importers as importers

    read = []
    real = importers._read
    monkeypatch.setattr(importers, "_read", lambda p, *a: read.append(str(p)) or real(p, *a))
    for argv in (["import", db], ["analyze", db], ["report", db, "--format", "md"]):
        code, _, err = run(capsys, *argv, "--db", db)
        assert code == 1 and "is the library itself" in one_error(err), argv
    assert read == []


# --- search -----------------------------------------------------------------------------------


def test_search_limit_is_validated(db, doc_id, capsys):
    code, out, err = run(capsys, "search", "القروض", "--limit", "100000000000000000000",
                         "--json", "--db", db)
    assert code == 0 and len(json.loads(out)) == 1
    code, _, err = run(capsys, "search", "القروض", "--limit", "0", "--db", db)
    assert code == 1 and "--limit" in one_error(err)


def test_a_search_of_one_word_repeated_is_bounded(db, doc_id, capsys):
    code, out, _ = run(capsys, "search", *["القروض"] * 100, "--json", "--db", db)
    assert code == 0 and len(json.loads(out)) == 1  # one word, searched once
    code, _, err = run(capsys, "search", *["القروض"] * 1000, "--db", db)
    assert code == 1 and "too long" in one_error(err)
    words = [f"كلمة{i}" for i in range(100)]
    code, _, err = run(capsys, "search", *words, "--db", db)
    assert code == 1 and "words" in one_error(err)


# --- mistyped commands, no display, screenshot size -------------------------------------------


def test_a_mistyped_command_is_an_error_naming_the_commands(db, capsys):
    code, _, err = run(capsys, "lsit", "--db", db)
    line = one_error(err)
    assert code == 1 and "`reader list`" in line and "import" in line


def test_no_display_is_one_line_not_an_abort(tmp_path, db):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "reader", "--db", db], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "display" in one_error(proc.stderr)


@pytest.mark.parametrize("size", ["60000x60000", "8x900", "1400x0", "1400x-5"])
def test_screenshot_size_is_capped(tmp_path, db, capsys, size):
    code, _, err = run(capsys, "screenshot", "x.txt", str(tmp_path / "x.png"), "--size", size,
                       "--db", db)
    assert code == 1 and "--size" in one_error(err)


# --- colours, LIKE wildcards, plurals --------------------------------------------------------


def test_an_unknown_colour_is_refused(db, doc_id, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["annotate", doc_id, "--quote", "القروض", "--color", "zzz", "--db", db])
    assert exc.value.code == 2  # argparse's usage error, naming the choices
    assert "yellow" in capsys.readouterr().err
    with Store.open(db) as store:
        assert store.annotations(doc_id) == []


def test_like_wildcards_in_a_reference_are_literal(db, doc_id, capsys):
    for ref in ("____", "%%%%", "____%"):
        code, _, err = run(capsys, "show", ref, "--db", db)
        assert code == 1 and "no document matches" in one_error(err), ref


def test_messages_use_the_right_plural(tmp_path, db, doc_id, capsys):
    run(capsys, "annotate", doc_id, "--quote", "القروض", "--db", db)
    code, _, err = run(capsys, "export", doc_id, "-o", str(tmp_path / "one.jsonld"), "--db", db)
    assert code == 0 and "wrote 1 annotation to" in err
    code, out, _ = run(capsys, "list", "--db", db)
    assert "1 note " in out and "1 notes" not in out
