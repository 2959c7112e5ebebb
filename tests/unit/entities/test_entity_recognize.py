"""recognize() end to end: the trained model, the sample article, ما, teachings."""

import subprocess
import sys

import pytest

from reader.core.entities import ANALYZER_VERSION, Teachings, recognize
from reader.core.entities.tagger import get_tagger
from reader.core.model import ENTITY_TYPES
from reader.core.resources import sample_article


@pytest.fixture(scope="module")
def sample():
    text = sample_article().read_text(encoding="utf-8")
    return text, recognize(text)


def check_invariants(text, entities):
    """Sorted; no two overlap, except a currency (MISC) inside the amount that holds it."""
    last = None
    for e in entities:
        assert e.type in ENTITY_TYPES
        assert text[e.start:e.end] == e.text
        assert e.canonical
        if last is not None:
            assert e.start >= last.start, "sorted"
            if e.start < last.end:
                outer, inner = (last, e) if e.end <= last.end else (e, last)
                assert outer.type in ("MONEY", "QUANTITY") and inner.type == "MISC", (last, e)
                assert outer.start <= inner.start and inner.end <= outer.end, (last, e)
        if last is None or e.end > last.end:
            last = e


def test_model_loads_and_tags_a_person_and_a_place():
    words = "وقال وزير المالية سامي الخطيب في مؤتمر صحفي في دمشق إن العجز تراجع .".split()
    labels, probs = get_tagger().tag(words)
    tagged = dict(zip(words, labels))
    assert tagged["سامي"] == "B-PER" and tagged["الخطيب"] == "I-PER"
    assert tagged["دمشق"] == "B-LOC"
    assert tagged["المالية"] == "O" and tagged["العجز"] == "O"
    assert all(0.0 <= p <= 1.0 for p in probs)


def test_recognize_a_simple_sentence():
    text = "وقال وزير المالية سامي الخطيب في دمشق إن العجز تراجع 5% في 2023."
    found = [(e.text, e.type) for e in recognize(text)]
    assert ("سامي الخطيب", "PER") in found
    assert ("دمشق", "LOC") in found
    assert ("5%", "PERCENT") in found
    assert ("2023", "DATE") in found


def test_sample_invariants(sample):
    text, entities = sample
    check_invariants(text, entities)


def _canon(entities, text):
    return {e.canonical for e in entities if e.text == text}


def test_sample_aliases(sample):
    text, entities = sample
    by_text = {}
    for e in entities:
        by_text.setdefault(e.text, set()).add((e.type, e.canonical))
    assert by_text["Alipay"] == {("ORG", "Alipay")}
    assert by_text["أليباي"] == {("ORG", "Alipay")}
    assert by_text["الأوقات المالية"] == {("ORG", "Financial Times")}
    # "وكالة" is a generic head: the name is "فرانس برس", as ANERcorp tags it.
    assert by_text["فرانس برس"] == {("ORG", "AFP")}
    assert by_text["Ant Group"] == {("ORG", "Ant Group")}
    assert by_text["جاك ما"] == {("PER", "جاك ما")}
    assert by_text["تشاو تشيجو"] == {("PER", "تشاو تشيجو")}
    assert by_text["تشاو"] == {("PER", "تشاو تشيجو")}
    assert by_text["علي بابا"] == {("ORG", "Alibaba")}
    assert ("LOC", "الصين") in by_text["الصين"]
    assert by_text["وزارة الصناعة وتكنولوجيا المعلومات"] == {
        ("ORG", "وزارة الصناعة وتكنولوجيا المعلومات")}


def test_sample_numbers(sample):
    text, entities = sample
    found = {(e.text, e.type) for e in entities}
    assert ("37 مليار دولار", "MONEY") in found
    assert ("أكثر من مليار مستخدم", "QUANTITY") in found
    assert ("يوم الاثنين", "DATE") in found
    assert ("يوم الإثنين", "DATE") in found
    assert ("الشهر الماضي", "DATE") in found
    assert ("نوفمبر", "DATE") in found


def test_sample_ma(sample):
    """جاك ما's later "ما" is linked where it is a name, and never where it is "what"."""
    text, entities = sample
    mas = {e.start: e for e in entities if e.text == "ما"}
    business = text.index("أعمال ما") + len("أعمال ")
    company = text.index("بشركة ما") + len("بشركة ")
    assert set(mas) == {business, company}
    assert all(e.type == "PER" and e.canonical == "جاك ما" for e in mas.values())
    # "ما هو افضل سن للزواج" and "ما يسمى" are function words: untagged (checked above).


def test_ma_is_never_tagged_without_a_person_called_ma():
    text = "ما هو أفضل سن للزواج؟ لا أعرف ما يريد. قال ما قاله سابقا عن أعمال ما في السوق."
    assert [e for e in recognize(text) if e.text == "ما"] == []


def test_ma_after_jack_ma_as_function_word_stays_untagged():
    text = ("انتقد جاك ما المسؤولين. وتراجعت أعمال ما في الصين. "
            "ولا يعرف أحد ما يسمى بالحدائق المسورة، ولا ما هو السبب.")
    mas = [e for e in recognize(text) if e.text == "ما"]
    assert [text[e.start - 6:e.start] for e in mas] == ["أعمال "]
    assert mas[0].canonical == "جاك ما"


def test_anercorp_conventions_mode():
    """recognize_with(anercorp=True), used to score against ANERcorp: the currency word
    stays MISC and ministries are not tagged; the reader's own mode makes a MONEY amount
    and an ORG of the ministry."""
    from reader.core.entities.pipeline import recognize_with

    text = "وقالت وزارة الخارجية إن الصفقة بلغت 200 مليون دولار ."
    reader = {(e.text, e.type) for e in recognize_with(get_tagger(), text)}
    assert ("200 مليون دولار", "MONEY") in reader
    assert ("وزارة الخارجية", "ORG") in reader
    assert ("دولار", "MISC") in reader, "the currency is also its own MISC entity"
    anercorp = {(e.text, e.type) for e in recognize_with(get_tagger(), text, anercorp=True)}
    assert ("دولار", "MISC") in anercorp
    assert not any(t == "MONEY" for _, t in anercorp)
    assert not any("وزارة" in x for x, _ in anercorp)


def test_movement_head_is_left_out_of_a_listed_name():
    found = {(e.text, e.type, e.canonical) for e in recognize("وقالت حركة طالبان إن")}
    assert ("طالبان", "ORG", "Taliban") in found


def test_short_mention_of_a_full_name_is_linked():
    text = "وقال خالد المنصوري إن الاقتصاد تحسن. وأضاف المنصوري أن النمو مستمر."
    found = {(e.text, e.canonical) for e in recognize(text) if e.type == "PER"}
    assert ("خالد المنصوري", "خالد المنصوري") in found
    assert ("المنصوري", "خالد المنصوري") in found


def test_teachings_are_applied(sample):
    text, _ = sample
    t = Teachings()
    t.reject("Alipay")
    t.rename("تشاو تشيجو", "Zhao Zhiju")
    t.add("الحدائق المسورة", "MISC", "walled gardens")
    entities = recognize(text, teachings=t)
    check_invariants(text, entities)
    assert not [e for e in entities if e.canonical == "Alipay" and e.text == "Alipay"]
    assert {e.canonical for e in entities if e.text.startswith("تشاو")} == {"Zhao Zhiju"}
    assert [e.canonical for e in entities if e.text == "الحدائق المسورة"] == ["walled gardens"]


def test_empty_and_odd_inputs():
    assert recognize("") == []
    assert recognize("   \n ") == []
    assert recognize("...") == []
    check_invariants("Alipay", recognize("Alipay"))


def test_analyzer_version_is_a_string():
    assert isinstance(ANALYZER_VERSION, str) and ANALYZER_VERSION


def test_model_is_not_loaded_at_import():
    code = ("import reader.core.entities as e, reader.core.entities.tagger as t; "
            "print(t.get_tagger.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_a_damaged_model_is_a_clear_error(tmp_path):
    from reader.core.entities.tagger import ModelError, Tagger

    bad = tmp_path / "model.crfsuite"
    bad.write_text("not a model")
    with pytest.raises(ModelError, match="cannot be read"):
        Tagger(bad, None)


def test_the_last_sentences_of_an_article_keep_their_document(monkeypatch):
    """A text of 46 sentences is one document for the document features, not 40 and a tail
    of 6 that no longer sees where its names occurred before."""
    from reader.core.entities.features import FeatureExtractor
    from reader.core.text import tokenize

    sizes = []
    original = FeatureExtractor.document

    def document(self, sentences, norms=None):
        sizes.append(len(sentences))
        return original(self, sentences, norms)

    monkeypatch.setattr(FeatureExtractor, "document", document)
    text = "\n".join(f"وقال كريم النجار إن السعر ارتفع {k} مرات." for k in range(46))
    get_tagger().spans(text, tokenize(text, punctuation=True))
    assert sizes == [46]
    sizes.clear()
    text = "\n".join(f"وقال كريم النجار إن السعر ارتفع {k} مرات." for k in range(100))
    get_tagger().spans(text, tokenize(text, punctuation=True))
    assert sizes == [50, 50]


def test_a_given_name_that_starts_with_a_preposition_letter_keeps_it_in_its_canonical_name():
    # كريم is a name, not ك + ريم; بكين is a city, while والصين and بالرياض lose their clitics
    ents = recognize("وعرض فيلم للمخرج الشاب كريم الشناوي في القاهرة. وقال كريم إن الفيلم جيد. "
                     "وزار بكين والصين وبالرياض.")
    canon = {e.text: e.canonical for e in ents}
    assert canon["كريم الشناوي"] == "كريم الشناوي"
    assert canon["كريم"] == "كريم الشناوي"
    assert canon["بكين"] == "بكين" and canon["الصين"] == "الصين" and canon["الرياض"] == "الرياض"
