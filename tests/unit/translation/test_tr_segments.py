"""Segments: the project's sentences, noise left out, merge and split by hand, statuses,
progress, conflicts with another program."""

import pytest

from reader.core.errors import ConflictError
from reader.core.text import sentences
from reader.core.translation.segmentation import split_point


def test_segments_are_the_sentences_without_noise(translations, doc):
    segs = translations.ensure_segments(doc)
    spans = [(s.start, s.end) for s in segs]
    all_sentences = [(s.start, s.end) for s in sentences(doc.text)]
    assert set(spans) <= set(all_sentences)
    # The image captions the scraper left in are noise and are not offered for translation.
    assert not any("صورة تمثيلية" in s.source for s in segs)
    assert len(segs) == len(all_sentences) - sum(
        1 for a, b in all_sentences if any(n.start <= a and b <= n.end for n in doc.noise))
    assert all(s.status == "draft" and s.target == "" for s in segs)
    # Stored: opening again gives the same segments, with the same ids.
    assert [s.uuid for s in translations.ensure_segments(doc)] == [s.uuid for s in segs]


def test_statuses_progress_and_confirm(translations, doc):
    segs = translations.ensure_segments(doc)
    first = translations.update(segs[0], target="China targets Alipay", note="headline")
    assert first.status == "draft" and translations.progress(doc.id).done == 0
    confirmed = translations.confirm(first)
    assert confirmed.status == "translated"
    translations.confirm(segs[1], "reviewed")
    p = translations.progress(doc.id)
    assert (p.segments, p.done, p.reviewed) == (len(segs), 2, 1)
    assert p.words_done == len(segs[0].source.split()) + len(segs[1].source.split())
    with pytest.raises(ValueError):
        translations.update(confirmed, status="finished")


def test_a_change_made_elsewhere_is_not_overwritten(translations, doc):
    seg = translations.ensure_segments(doc)[0]
    translations.update(seg, target="theirs")  # another window saved first
    with pytest.raises(ConflictError):
        translations.update(seg, target="mine")
    assert translations.segment(seg.uuid).target == "theirs"


def test_merge_and_split(translations, doc):
    segs = translations.ensure_segments(doc)
    a = translations.update(segs[2], target="Sources told AFP.", note="n1", status="translated")
    b = translations.update(segs[3], target="Alipay must hand over data.", status="reviewed")
    merged, tomb = translations.merge_with_next(doc, a, b)
    assert merged.source == doc.text[a.start:b.end]
    assert merged.target == "Sources told AFP. Alipay must hand over data."
    assert merged.status == "translated" and tomb.deleted
    assert tomb.uuid not in {s.uuid for s in translations.segments(doc.id)}
    assert len(translations.segments(doc.id)) == len(segs) - 1
    # Split it again where the second sentence starts; the target is cut where asked.
    first, second = translations.split(doc, merged, b.start, target_offset=len("Sources told AFP."))
    assert (first.source, second.source) == (a.source, b.source)
    assert (first.target, second.target) == ("Sources told AFP.", "Alipay must hand over data.")
    assert first.status == second.status == "draft"


def test_a_split_never_cuts_a_word(translations, doc):
    seg = translations.ensure_segments(doc)[2]
    inside = seg.start + seg.source.index("مصادر") + 2
    assert split_point(doc.text, seg, inside) == seg.start + seg.source.index("مصادر")
    with pytest.raises(ValueError):
        split_point(doc.text, seg, seg.start + 1)


def test_only_neighbours_merge(translations, doc):
    segs = translations.ensure_segments(doc)
    with pytest.raises(ValueError):
        translations.merge_with_next(doc, segs[0], segs[3])


def test_a_read_only_library_gets_segments_unsaved(tmp_path, doc, store):
    from reader.core.store import Store
    from reader.core.translation.library import Translations

    with Store.open(store.path, read_only=True) as ro:
        segs = Translations(ro).ensure_segments(doc)
    assert segs and not Translations(store).segments(doc.id)
