"""The outlet a source spoke to or through."""

from reader.core.attribution import detect_claims

from attr_helpers import recs


def test_via_named_after_the_source():
    (r,) = recs("قالت مصادر لوكالة فرانس برس إن الحكومة تريد إنهاء السيطرة.")
    assert r.via == "وكالة فرانس برس"
    (r,) = recs("وقال مصدر أمني لـ«سكاي نيوز عربية»: \"الإجراءات مشددة\".")
    assert (r.via, r.claim, r.direct) == ("سكاي نيوز عربية", "الإجراءات مشددة", True)


def test_via_in_an_adverbial_phrase():
    (r,) = recs("وقال تيم كلارك في تصريحات لشبكة سي إن بي سي الأمريكية إن الطلب قوي.")
    assert (r.source, r.via) == ("تيم كلارك", "شبكة سي إن بي سي الأمريكية")


def test_lil_sahifa_points_at_the_newspaper_named_before():
    text = ("ذكرت صحيفة فايننشال تايمز أن الحكومة تدرس زيادة الضرائب.\n"
            "وقال متحدث باسم وزارة الخزانة للصحيفة إن الوزارة لا تعلق.")
    first, second = detect_claims(text)
    assert first.source.kind == "media" and first.via is None
    assert second.source.text == "متحدث باسم وزارة الخزانة"
    assert second.via.text == "صحيفة فايننشال تايمز"
    assert text[second.via.start:second.via.end] == second.via.text
    assert second.via.start == first.source.start  # the earlier mention of the paper


def test_an_outlet_citing_a_source_is_the_via():
    (r,) = recs("ذكرت وكالة بلومبرغ نقلا عن أشخاص مطلعين أن أبل تجري محادثات.")
    assert (r.cue, r.source, r.kind, r.via) == ("ذكرت", "أشخاص مطلعين", "anonymous", "وكالة بلومبرغ")
    (r,) = recs("نقلت وكالة رويترز عن مسؤولين أمريكيين قولهم إن واشنطن تدرس العقوبات.")
    assert (r.source, r.via, r.claim) == ("مسؤولين أمريكيين", "وكالة رويترز", "واشنطن تدرس العقوبات")


def test_told_reuters():
    (r,) = recs("أبلغ مسؤول في وزارة الطاقة رويترز أن الإمدادات لن تتغير.")
    assert (r.source, r.via) == ("مسؤول في وزارة الطاقة", "رويترز")


def test_the_publishing_newspaper_is_not_a_via():
    text = "القاهرة - «الشروق»\nوأوضح الوزير لـ«الشروق» أن الخطة جاهزة.\nوقال النائب لـ«الأهرام» إن الخطة متأخرة."
    a, b = recs(text)
    assert a.via == ""
    assert b.via == "الأهرام"


def test_an_agency_in_the_dateline_stays_a_via():
    (r,) = recs("جنيف (د ب أ) -\nوذكرت مصادر طبية لوكالة الأنباء الألمانية أن المستشفيات تعمل.")
    assert r.via == "وكالة الأنباء الألمانية"


def test_a_continuation_by_the_same_speaker_keeps_the_via():
    rs = recs("الكويت - رويترز\nقالت مصادر نفطية لـ«القبس» إن الإنتاج سيرتفع.\nوأضافت المصادر أن التصدير سيزيد.")
    assert [r.via for r in rs] == ["القبس", "القبس"]
    assert rs[1].resolved == "مصادر نفطية"
