"""Importing W3C Web Annotations that do not fit: bad types are refused per item, with one
summary line however many there are; files that are not JSON we accept are one-line errors."""

import json

import pytest

from reader.cli import main
from reader.core.errors import DocumentError
from reader.core.exports.importing import import_annotations
from reader.core.exports.validate import BadItem, check_item
from reader.core.exports.webannotation import read_file
from reader.core.store import Store

TEXT = "عنوان المقال\n\nقال الوزير إن القروض الصغيرة ارتفعت هذا العام.\n"


@pytest.fixture
def library(tmp_path):
    from reader.core.importers import import_bytes

    db = tmp_path / "lib.sqlite3"
    with Store.open(db) as store:
        doc = store.import_document(import_bytes(TEXT.encode(), "a.txt")).document
    return str(db), doc


def item(doc_id, n=1, **extra):
    base = {
        "id": f"urn:uuid:6a0f3b8e-0000-4000-8000-{n:012d}",
        "type": "Annotation",
        "created": "2024-01-02T03:04:05.000Z",
        "modified": "2024-01-02T03:04:05.000Z",
        "body": {"type": "TextualBody", "value": "ملاحظة", "purpose": "commenting"},
        "target": {
            "source": f"urn:uuid:{doc_id}",
            "styleClass": "green",
            "selector": [
                {"type": "TextQuoteSelector", "exact": "القروض", "prefix": "إن ", "suffix": " "},
                {"type": "TextPositionSelector", "start": 28, "end": 34},
            ],
        },
    }
    base.update(extra)
    return base


def test_a_good_item_passes(library):
    _, doc = library
    assert TEXT[28:34] == "القروض"
    check_item(item(doc.id))


@pytest.mark.parametrize("change, field", [
    ({"reader:deleted": "false"}, "reader:deleted"),
    ({"reader:deleted": 0}, "reader:deleted"),
    ({"reader:orphan": "yes"}, "reader:orphan"),
    ({"reader:kind": "scribble"}, "reader:kind"),
    ({"id": 12}, "id"),
    ({"id": "x" * 5000}, "id"),
    ({"modified": "yesterday"}, "modified"),
    ({"created": 1700000000}, "created"),
    ({"body": 5}, "body"),
    ({"body": {"value": ["a"]}}, "body.value"),
    ({"creator": 5}, "creator"),
    ({"creator": {"name": 5}}, "creator.name"),
    ({"body": {"value": "\ud800"}}, "body"),
    ({"target": None}, "target"),
])
def test_bad_fields_are_refused(library, change, field):
    _, doc = library
    with pytest.raises(BadItem) as exc:
        check_item(item(doc.id, **change))
    assert exc.value.field == field


@pytest.mark.parametrize("selector, field", [
    ({"type": "TextPositionSelector", "start": 2**63, "end": 2**63 + 1}, "TextPositionSelector.start"),
    ({"type": "TextPositionSelector", "start": 1.5, "end": 3}, "TextPositionSelector.start"),
    ({"type": "TextPositionSelector", "start": True, "end": 3}, "TextPositionSelector.start"),
    ({"type": "TextPositionSelector", "start": "1", "end": 3}, "TextPositionSelector.start"),
    ({"type": "TextPositionSelector", "start": 5, "end": 3}, "TextPositionSelector.end"),
    ({"type": "TextQuoteSelector", "exact": 7}, "TextQuoteSelector.exact"),
    ({"type": "TextQuoteSelector", "exact": "a", "prefix": 1}, "TextQuoteSelector.prefix"),
])
def test_bad_selectors_are_refused(library, selector, field):
    _, doc = library
    bad = item(doc.id)
    bad["target"]["selector"] = [selector]
    with pytest.raises(BadItem) as exc:
        check_item(bad)
    assert exc.value.field == field


def test_another_tools_style_class_becomes_the_default_colour(library):
    db, doc = library
    other = item(doc.id)
    other["target"]["styleClass"] = "hypothesis-highlight"
    check_item(other)  # a CSS class name: accepted
    with Store.open(db) as store:
        assert import_annotations(store, [other]).counts["added"] == 1
        assert store.annotations(doc.id)[0].color == "yellow"
    bad = item(doc.id)
    bad["target"]["styleClass"] = 7
    with pytest.raises(BadItem):
        check_item(bad)


def test_deleted_as_a_string_does_not_delete(library):
    db, doc = library
    with Store.open(db) as store:
        summary = import_annotations(store, [item(doc.id)])
        assert summary.counts["added"] == 1
        tomb = item(doc.id, **{"reader:deleted": "false", "modified": "2030-01-01T00:00:00Z"})
        summary = import_annotations(store, [tomb])
        assert summary.counts["skipped"] == 1
        (a,) = store.annotations(doc.id)
        assert not a.deleted and a.color == "green" and a.note == "ملاحظة"


def test_five_thousand_bad_items_make_one_line(tmp_path, library, capsys):
    db, doc = library
    items = [item(doc.id, n, **{"reader:deleted": "false"}) for n in range(4998)]
    items.append(item(doc.id, 5000, **{"reader:kind": 3}))
    items.append(item("00000000-0000-4000-8000-000000000000", 5001))
    items.append(item(doc.id, 5002))
    path = tmp_path / "bad.jsonld"
    path.write_text(json.dumps(items), encoding="utf-8")
    assert main(["import-annotations", str(path), "--db", db]) == 0  # one was added
    out, err = capsys.readouterr()
    assert "1 added" in out and "5000 skipped" in out
    (line,) = err.splitlines()
    assert line.startswith(f"reader: {path}: 5000 items skipped: 4998 with a bad 'reader:deleted'"
                           " (must be true or false), ")
    assert "1 with no matching article" in line and "1 with a bad 'reader:kind'" in line
    assert line.endswith("first: urn:uuid:6a0f3b8e-0000-4000-8000-000000000000")


def test_items_that_are_not_objects_are_counted(library):
    db, doc = library
    with Store.open(db) as store:
        summary = import_annotations(store, [item(doc.id), 5, "x", None])
    assert summary.counts["added"] == 1
    assert summary.problem_line() == "3 items skipped: 3 that are not JSON objects; first: (no id)"


@pytest.mark.parametrize("raw, needle", [
    ("[" * 100000 + "]" * 100000, "nested too deeply"),
    ('{"id": "a", "target": {"selector": {"type": "TextPositionSelector", "start": Infinity}}}',
     "Infinity"),
    ('[{"start": NaN}]', "NaN"),
    ('[{"start": ' + "9" * 5000 + "}]", "5000 digits"),
    ('[{"id": "a"', "not valid JSON"),
])
def test_json_we_do_not_accept_is_one_line(tmp_path, raw, needle):
    path = tmp_path / "x.jsonld"
    path.write_text(raw, encoding="utf-8")
    with pytest.raises(DocumentError, match=needle):
        read_file(path)


@pytest.mark.parametrize("case", ["surrogate", "big_start", "infinity", "digits", "deep"])
def test_hostile_files_through_the_command_line(tmp_path, library, capsys, case):
    db, doc = library
    good = item(doc.id)
    if case == "surrogate":
        raw = json.dumps(good).replace("\\u0645\\u0644\\u0627", "\\ud800")  # in the note
    elif case == "big_start":
        good["target"]["selector"][1].update(start=2**63, end=2**63 + 1)
        raw = json.dumps(good)
    elif case == "infinity":
        raw = json.dumps(good).replace('"start": 28', '"start": Infinity')
    elif case == "digits":
        raw = json.dumps(good).replace('"start": 28', '"start": ' + "9" * 5000)
    else:
        raw = "[" * 100000 + "]" * 100000
    path = tmp_path / "x.jsonld"
    path.write_text(raw, encoding="utf-8")
    code = main(["import-annotations", str(path), "--db", db])
    out, err = capsys.readouterr()
    assert code == 1
    (line,) = err.splitlines()
    assert line.startswith("reader: ") and "Traceback" not in err
    with Store.open(db) as store:
        assert store.annotations(doc.id, include_deleted=True) == []
