"""A revised article keeps its translations: unchanged segments stay, changed ones are marked
for review with the old source kept, orphans are listed, new sentences get new segments."""

from dataclasses import replace

from reader.core.importers import import_bytes, import_file
from reader.core.resources import sample_article


def revised(text):
    """The sample article's file with ``text`` (noise found again for the new text)."""
    return replace(import_bytes(text.encode("utf-8"), "alipay.txt"),
                   source_path=import_file(sample_article()).source_path)


def _translate_all(translations, doc):
    out = []
    for n, seg in enumerate(translations.ensure_segments(doc)):
        out.append(translations.confirm(translations.update(seg, target=f"T{n}", note=f"N{n}")))
    return out


def test_a_revised_article_keeps_its_translations(store, translations, doc):
    before = _translate_all(translations, doc)
    changed_seg, dropped_seg, moved_seg = before[4], before[6], before[1]
    text = doc.text
    # An edit inside one sentence, one sentence rewritten beyond recognition, a new
    # sentence at the start (everything after it moves).
    text = text.replace(changed_seg.source, changed_seg.source.replace("الاثنين", "الثلاثاء"))
    text = text.replace(dropped_seg.source, "جملة جديدة تماما لا علاقة لها بما كان هنا من قبل أبدا.")
    text = "سطر جديد في أول المقال.\n" + text
    imported = revised(text)
    result = store.import_document(imported)
    assert result.status == "revised"
    report = result.segments
    assert report.changed == 1 and report.orphaned == 1 and report.added == 2
    assert report.kept == len(before) - 2
    after = {s.uuid: s for s in translations.segments(doc.id)}
    # Nothing dropped: every segment is still there, with its translation and note.
    assert {s.uuid for s in before} <= set(after)
    for old in before:
        assert (after[old.uuid].target, after[old.uuid].note) == (old.target, old.note)
    moved = after[moved_seg.uuid]
    assert moved.start == moved_seg.start + len("سطر جديد في أول المقال.\n")
    assert not moved.needs_review and moved.status == "translated"
    changed = after[changed_seg.uuid]
    assert changed.needs_review and changed.previous_source == changed_seg.source
    assert "الثلاثاء" in changed.source
    orphan = after[dropped_seg.uuid]
    assert orphan.orphan and report.orphans == (orphan.uuid,)
    assert orphan.source == dropped_seg.source  # the old source is kept for the translator
    new = [s for s in after.values() if s.uuid not in {b.uuid for b in before}]
    assert sorted(s.source for s in new) == sorted(
        ["سطر جديد في أول المقال.", "جملة جديدة تماما لا علاقة لها بما كان هنا من قبل أبدا."])
    assert all(s.status == "draft" and not s.target for s in new)
    p = translations.progress(doc.id)
    assert p.orphans == 1 and p.needs_review == 1


def test_words_added_to_a_sentence_join_its_segment(store, translations, doc):
    before = _translate_all(translations, doc)
    seg = before[2]
    longer = seg.source[:-1] + " والمعلومات الشخصية."
    imported = revised(doc.text.replace(seg.source, longer))
    result = store.import_document(imported)
    assert result.segments.added == 0 and result.segments.changed == 1
    grown = translations.segment(seg.uuid)
    assert grown.source == longer and grown.needs_review and grown.target == seg.target


def test_confirming_clears_the_review_mark(store, translations, doc):
    seg = _translate_all(translations, doc)[4]
    text = doc.text.replace(seg.source, seg.source.replace("الاثنين", "الثلاثاء"))
    store.import_document(revised(text))
    changed = translations.segment(seg.uuid)
    assert changed.needs_review
    done = translations.confirm(changed)
    assert not done.needs_review and done.previous_source == ""


def test_an_article_without_translation_reports_none(store, doc):
    result = store.import_document(revised(doc.text + "\nزيادة."))
    assert result.segments is None
