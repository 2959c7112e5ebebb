"""Translation memory: exact and fuzzy matches across articles on normalised text, with a
score and the word differences; imported units; the language of the target."""

from reader.core.importers import import_bytes
from reader.core.translation.memory import MemoryIndex, memory_key, word_diff
from reader.core.translation.model import MemoryUnit


def test_memory_key_ignores_diacritics_variants_and_punctuation():
    assert memory_key("قالَ الوزيرُ: إنّ الأسعارَ ارتفعت.") == memory_key("قال الوزير ان الاسعار ارتفعت")


def test_matches_across_articles(store, translations, doc):
    seg = translations.ensure_segments(doc)[2]
    translations.confirm(translations.update(seg, target="Sources told AFP the government wants..."))
    other = store.import_document(import_bytes(
        ("مقال آخر\n" + seg.source.replace("الكبيرة", "العملاقة") + "\n").encode(), "other.txt")).document
    theirs = [s for s in translations.ensure_segments(other) if "مصادر" in s.source][0]
    (match,) = translations.lookup(theirs, "en")
    assert match.unit.ref == seg.uuid and match.unit.doc_id == doc.id
    assert 80 < match.score < 100 and not match.exact
    assert ("delete", "الكبيرة") in match.diff and ("insert", "العملاقة") in match.diff
    # The segment itself is never offered to itself; a draft is not in the memory.
    assert translations.lookup(seg, "en") == []
    translations.update(translations.segment(seg.uuid), status="draft")
    assert translations.lookup(theirs, "en") == []


def test_exact_match_and_language(store, translations, doc):
    segs = translations.ensure_segments(doc)
    translations.add_memory_units([
        MemoryUnit(segs[0].source, "La Chine vise Alipay", "ar", "fr", origin="tmx"),
        MemoryUnit(segs[0].source, "China targets Alipay", "ar", "en", origin="tmx"),
    ])
    (match,) = translations.lookup(segs[0], "en")
    assert match.exact and match.score == 100 and match.unit.target == "China targets Alipay"
    assert translations.lookup(segs[0], "fr")[0].unit.target == "La Chine vise Alipay"
    assert translations.add_memory_units([MemoryUnit(segs[0].source, "China targets Alipay", "ar", "en")]) == (0, 1)


def test_word_diff_keeps_the_words_as_written():
    diff = word_diff("قال الوزيرُ إن القروض ارتفعت", "قال الوزير إن الأسعار ارتفعت")
    assert diff == (("equal", "قال الوزير إن"), ("delete", "الأسعار"), ("insert", "القروض"),
                    ("equal", "ارتفعت"))


def test_ten_thousand_units_index():
    units = [MemoryUnit(f"جملة رقم {i} عن الاقتصاد والأسواق المالية", f"sentence {i}", "ar", "en",
                        ref=str(i)) for i in range(10_000)]
    index = MemoryIndex(units)
    found = index.lookup("جملة رقم 5000 عن الاقتصاد والأسواق المالية", "en")
    assert found[0].unit.ref == "5000" and found[0].exact
