"""attribution-2.0, from made-up variants of issue 9's error types: abbreviated titles with a
full stop (د. م. أ.د.), the object between the subject and the preposition of قدّر/عزا/أرجع,
البالغة after a noun cue's source, «نفى صحة», and a straight quotation opened after a colon
and never closed. Every sentence here is made up."""

from attr_helpers import recs

from reader.core.entities import recognize


def _one(text: str, ner: bool = False):
    (r,) = recs(text, recognize(text) if ner else None)
    return r


def test_an_abbreviated_title_with_a_full_stop_keeps_the_speaker():
    for ner in (False, True):
        r = _one("وفي هذا السياق، قال الخبير الاقتصادي د. عبدالله المغلوث إن القطاع يواجه تحديات.", ner)
        assert (r.source, r.kind, r.claim) == ("عبدالله المغلوث", "named_person", "القطاع يواجه تحديات")
        assert _one("وقال د. فهد بن جمعة إن الطلب تراجع.", ner).source == "فهد بن جمعة"
        assert _one("وقال د.فهد بن جمعة إن الطلب تراجع.", ner).source == "فهد بن جمعة"
        assert _one("وأوضح م. خالد السالم، مدير المشروع، أن العمل سينتهي قريبا.", ner).source == "خالد السالم"
        assert _one("وقال أ.د. محمد القحطاني، أستاذ الاقتصاد، إن الأرقام مطمئنة.", ner).source == "محمد القحطاني"


def test_a_dotted_acronym_is_still_one_name():
    r = _one("وقالت شركة جيه.إل.إل إن الطلب ارتفع.", True)
    assert r.source == "شركة جيه.إل.إل"
    assert any(e.text == "جيه.إل.إل" for e in recognize("وقالت شركة جيه.إل.إل إن الطلب ارتفع."))


def test_a_year_letter_before_a_full_stop_is_no_title():
    (r,) = recs("بدأ العمل عام 2015 م. وقال المدير إن المشروع تأخر.")
    assert (r.cue, r.source) == ("وقال", "المدير")


def test_the_object_of_qaddara_and_azaa_is_not_part_of_the_source():
    cases = {
        "وقدر صندوق النقد الدولي العجز بنحو 100 مليار دولار.": "صندوق النقد الدولي",
        "وقدرت وكالة فيتش الخسائر بنحو 3 مليارات دولار.": "وكالة فيتش",
        "وقدر البنك الدولي النمو بنسبة 2 في المائة.": "البنك الدولي",
        "أرجع محللون التراجع إلى ضعف الطلب.": "محللون",
        "وعزت الشركة السعودية التراجع إلى انخفاض الأسعار.": "الشركة السعودية",
        "وأرجع البنك المركزي الأوروبي الارتفاع إلى التضخم.": "البنك المركزي الأوروبي",
        "وعزا المحلل ناصر القحطاني التراجع إلى انخفاض أسعار النفط.": "ناصر القحطاني",
    }
    for text, source in cases.items():
        for ner in (False, True):
            assert _one(text, ner).source == source, (text, ner)


def test_albaligha_ends_the_source_of_a_noun_cue():
    r = _one("وأشارت تقديرات صندوق النقد الدولي البالغة 3 في المائة إلى تباطؤ النمو.", True)
    assert (r.cue, r.source) == ("تقديرات", "صندوق النقد الدولي")


def test_sihha_after_nafa_is_the_object_not_a_name():
    r = _one("ونفى الوزير صحة ما تردد عن استقالته.")
    assert (r.source, r.kind) == ("الوزير", "unnamed_official")
    rs = recs("ونفى المتحدث باسم الوزارة صحة التقارير التي تحدثت عن تأجيل المشروع.")
    assert (rs[0].source, rs[0].kind) == ("المتحدث باسم الوزارة", "unnamed_official")


def test_a_straight_quote_left_open_after_a_colon_ends_with_its_paragraph():
    text = 'وقال الوزير: "نحن ملتزمون بخفض التكاليف، وسنواصل العمل على ذلك.\nوفي سياق آخر، ارتفعت الأسهم.\n'
    r = _one(text)
    assert r.direct and r.claim == "نحن ملتزمون بخفض التكاليف، وسنواصل العمل على ذلك"
    # a closed one is unchanged, and a second one left open on the line is still found
    rs = recs('وقال الوزير: "نحن ملتزمون" وأضاف: "سنعمل.\n')
    assert [(x.claim, x.direct) for x in rs] == [("نحن ملتزمون", True), ("سنعمل", True)]


def test_version():
    """Cached analyses of earlier versions are redone (their sources may have changed)."""
    from reader.core.attribution import ANALYZER_VERSION
    from reader.core.entities import ANALYZER_VERSION as ENTITIES

    assert (ANALYZER_VERSION, ENTITIES) == ("attribution-3.19", "entities-1.18")
