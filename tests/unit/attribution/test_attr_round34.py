"""attribution-3.13, from this session's probe batches (every sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_a_one_word_paper_after_the_datelines_dash_named_in_marks_later_publishes():
    text = ("البنوك ترفع الفائدة\n\nمسقط - عمان\n\nرفعت البنوك أسعار الفائدة.\n\n"
            "وقال مصرفي لـ«عمان» إن القرار متوقع.")
    r = next(r for r in _all(text) if r.cue == "وقال")
    assert r.via == ""


def test_a_country_after_the_dash_is_no_paper_when_never_named_in_marks():
    text = ("البنوك ترفع الفائدة\n\nمسقط - عمان\n\nرفعت البنوك أسعار الفائدة.\n\n"
            "وقال مصرفي لوكالة «رويترز» إن القرار متوقع.")
    r = next(r for r in _all(text) if r.cue == "وقال")
    assert r.via == "وكالة «رويترز»"


def test_a_two_word_body_then_the_verbs_definite_object_is_the_body_alone():
    rs = _all("وقال محافظ البنك المركزي إن التضخم يتراجع. وأبقى البنك المركزي الفائدة دون تغيير، وقال إن "
              "النمو سيتحسن.")
    r = rs[-1]
    assert (r.resolved, r.kind) == ("البنك المركزي", "named_organization")


def test_a_noun_of_the_faila_shape_is_no_adjective():
    from reader.core.attribution.phrases import adjective_like
    from reader.core.text import fold

    assert not adjective_like(fold("الفائدة")) and adjective_like(fold("القادمة"))


def test_the_field_a_body_is_named_for_is_its_short_name():
    rs = _all("أعلنت الهيئة العامة للإحصاء أن التضخم بلغ 2 بالمئة. وأوضحت الإحصاء في تقريرها أن أسعار السكن ارتفعت. "
              "وأظهرت بيانات الإحصاء أن البطالة تراجعت.")
    assert [(r.resolved, r.kind) for r in rs] == [
        ("الهيئة العامة للإحصاء", "named_organization"), ("الهيئة العامة للإحصاء", "named_organization"),
        ("بيانات الإحصاء", "document")]


def test_the_field_keeps_the_bodys_nationality():
    rs = _all("أظهرت بيانات الجهاز المركزي للإحصاء الفلسطيني ارتفاع الأسعار. وأفاد الإحصاء في بيان صحفي بأن "
              "الأسعار في غزة ارتفعت.")
    assert (rs[-1].resolved, rs[-1].kind) == ("الجهاز المركزي للإحصاء الفلسطيني", "named_organization")


def test_estimated_at_an_amount_is_no_one_estimating():
    rs = _all("وأوضح الوزير أن النص يتضمن نفقات بقيمة 16 مليار دج، مقابل إيرادات تقدر بـ 8.5 مليار دج. "
              "وقالت الوكالة إن الأصول تقدر بنحو 500 في المئة من الناتج. ويقدر الخبراء حجم السوق بنحو مليار دولار.")
    assert [r.cue for r in rs] == ["وأوضح", "وقالت", "ويقدر"]


def test_on_the_schedules_is_conformity_not_a_source():
    rs = _all("أكد الوزير التزام الكويت بقرارات التحالف، مشيرا إلى أن خطط رفع الطاقة تسير وفق الجداول الزمنية "
              "المعتمدة.")
    assert [r.cue for r in rs] == ["أكد", "مشيرا"]
    assert rs[1].claim == "خطط رفع الطاقة تسير وفق الجداول الزمنية المعتمدة"


def test_the_verb_lost_after_the_particle_faqad_stays_in_the_claim():
    rs = _all("وحسب المصدر ذاته، فقد فقد الاقتصاد الوطني 82 ألف منصب شغل. وبحسب التقرير، فقد ارتفعت الأسعار.")
    assert [r.claim for r in rs] == ["فقد الاقتصاد الوطني 82 ألف منصب شغل", "ارتفعت الأسعار"]
