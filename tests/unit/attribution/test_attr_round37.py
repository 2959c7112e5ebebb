"""attribution-3.16, from this session's probe batches (every sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_forecasts_of_unnamed_members_show_like_data():
    r = _all("وأظهرت توقعات أعضاء لجنة السياسة النقدية أنهم يتوقعون خفضين للفائدة هذا العام.")[0]
    assert (r.cue, r.source, r.kind) == ("وأظهرت", "توقعات أعضاء لجنة السياسة النقدية", "document")
    assert r.claim.startswith("يتوقعون خفضين")
    r = _all("وأظهرت توقعات محللين أن الفائدة ستنخفض.")[0]
    assert (r.source, r.kind) == ("توقعات محللين", "document")
    assert _all("وأظهر اللاعب مهارة عالية في المباراة.") == []


def test_where_unnamed_traders_work_by_a_definite_participle():
    r = _all("وقال أحد الصرافين الناشطين بالساحة، رفض الكشف عن اسمه، إن الدولار ارتفع.")[0]
    assert (r.source, r.kind, r.claim) == ("أحد الصرافين الناشطين بالساحة", "anonymous", "الدولار ارتفع")
    r = _all("وقال أحد التجار العاملين في سوق الذهب إن الأسعار ارتفعت.")[0]
    assert r.source == "أحد التجار العاملين في سوق الذهب"


def test_an_estimate_exceeded_is_a_comparison():
    rs = _all("توقعت «جدوى للاستثمار» أن يصل العجز إلى نحو 245 مليار ريال، متجاوزا تقديرات الميزانية البالغة 101 مليار ريال.")
    assert [r.cue for r in rs] == ["توقعت"]
    rs = _all("سجل الاقتصاد الصيني نموا بنسبة 5.4 بالمئة، متجاوزا توقعات المحللين، وفق بيانات رسمية صدرت الأربعاء.")
    assert [(r.cue, r.kind) for r in rs] == [("وفق", "document")]


def test_a_given_name_of_the_levant_and_iraq():
    r = _all("من جهته، قال الخبير المصرفي ليث الدليمي لصحيفة \"الصباح\" إن \"الاحتياطي مريح\".")[0]
    assert (r.resolved, r.kind, r.via) == ("ليث الدليمي", "named_person", "صحيفة \"الصباح\"")


def test_the_paper_that_received_a_statement_in_marks_right_after_the_verb():
    r = _all("وذكر بيان للوزارة، تلقته \"الصباح\"، أن \"الوزارة باشرت بتمويل الرواتب\".")[0]
    assert (r.cue, r.kind, r.direct) == ("وذكر", "document", True)
    assert r.claim == "الوزارة باشرت بتمويل الرواتب"


def test_a_ministry_by_its_field_when_the_text_names_it():
    text = "المالية: صرف الزيادة على الرواتب من الشهر المقبل\n\nوأعلنت وزارة المالية أن الزيادة ستصرف الشهر المقبل."
    r = _all(text)[0]
    assert (r.cue, r.source, r.resolved, r.kind) == (":", "المالية", "وزارة المالية", "named_organization")
    text = "المالية تؤكد تأمين الرواتب\n\nأكدت وزارة المالية الاتحادية تأمين رواتب الموظفين."
    r = _all(text)[0]
    assert (r.resolved, r.kind) == ("وزارة المالية الاتحادية", "named_organization")
    r = _all("المالية: صرف الزيادة على الرواتب من الشهر المقبل\n\nوقال مصدر إن الأمور جيدة.")
    assert all(x.source != "المالية" for x in r)  # no ministry named: no body by that word
