"""Anki and CSV export, CSV import, and the vocabulary of `reader analyze --json`."""

import sqlite3
import zipfile

import pytest

from reader.core.analysis import analyze, to_contract
from reader.core.errors import ReaderError
from reader.core.resources import sample_article
from reader.core.store import Store
from reader.core.vocab import library as lib
from reader.core.vocab.anki import marked_sentence, write_apkg
from reader.core.vocab.csv_io import export_csv, read_csv


def _word(**kw):
    base = dict(lemma="قرض", vowelled="قَرْض", root="ق ر ض", gloss="loan", domain="lending",
                sentence="منح البنك القروض للشركات.", doc_title="مقال")
    base.update(kw)
    return lib.new_saved_word("قرض", "القروض", **base)


def test_anki_deck_has_the_fields_and_an_rtl_template(tmp_path):
    path = tmp_path / "w.apkg"
    assert write_apkg([_word()], path) == 1
    with zipfile.ZipFile(path) as z:
        z.extract("collection.anki2", tmp_path)
    db = sqlite3.connect(tmp_path / "collection.anki2")
    fields = db.execute("SELECT flds FROM notes").fetchone()[0].split("\x1f")
    assert fields == ["القروض", "قَرْض", "loan", "ق ر ض", "قرض",
                      "منح البنك <b>القروض</b> للشركات.", "مقال"]
    models = db.execute("SELECT models FROM col").fetchone()[0]
    assert 'dir=\\"rtl\\"' in models and "direction: rtl" in models
    db.close()


def test_the_marked_sentence_escapes_html():
    assert marked_sentence(_word(sentence="<i>القروض</i>")) == "&lt;i&gt;<b>القروض</b>&lt;/i&gt;"


def test_csv_export_and_import(tmp_path):
    text = export_csv([_word()], {"قرض": "learning2"})
    assert text.startswith("\ufeffword,vowelled,lemma")
    assert "learning2" in text
    path = tmp_path / "list.csv"
    path.write_text("سهم;share\nالتضخم;inflation\n", encoding="utf-8")
    rows = read_csv(path)
    assert [(r.word, r.gloss) for r in rows] == [("سهم", "share"), ("التضخم", "inflation")]
    empty = tmp_path / "empty.csv"
    empty.write_text("word,gloss\n", encoding="utf-8")
    with pytest.raises(ReaderError, match="no words"):
        read_csv(empty)


def test_importing_a_word_list_keys_words_like_the_reader(tmp_path):
    from reader.core.vocab.importing import import_word_list
    from reader.core.vocab.morphology import WordAnalysis

    path = tmp_path / "list.csv"
    path.write_text("word,gloss\nالأسهم,shares\nسهم,share again\nكتاب,book\n", encoding="utf-8")

    def analyse(word):
        return WordAnalysis(word, word, "", word, "", "noun", "test")

    with Store.open(tmp_path / "lib.sqlite3") as store:
        added, skipped = import_word_list(store, path, analyse)
        assert [w.lemma_key for w in added] == ["سهم", "كتاب"] and skipped == 1
        assert lib.status(store, "سهم") == "learning1"
        assert added[0].gloss == "shares" and added[0].root == "س ه م"


def test_analyze_json_fills_vocabulary_per_the_contract():
    text = sample_article().read_text(encoding="utf-8")
    data = to_contract(analyze(text))
    vocab = data["vocabulary"]
    assert len(vocab) > 40
    for v in vocab:
        assert text[v["start"]:v["end"]] == v["text"]
        assert v["lemma"] and v["gloss"] and "root" in v
    loans = next(v for v in vocab if v["text"] == "والقروض")
    assert (loans["lemma"], loans["root"], loans["gloss"]) == ("قرض", "ق ر ض", "loan")
    assert not any(n["start"] <= v["start"] < n["end"] for v in vocab for n in data["noise"])
