"""Issue 9 (real news), error type 6: where a claim starts — the reporter's إن inside the
quotation, adverbial phrases, roles in apposition and company names between the verb and the
claim. Sentences written for these tests."""

from attr_helpers import recs


def test_inna_opening_a_quotation_is_not_part_of_the_claim():
    (r,) = recs("وقال مسؤول في الميناء «إن سفينة ثالثة ستصل غدا».")
    assert (r.claim, r.direct) == ("سفينة ثالثة ستصل غدا", True)
    (r,) = recs("وقال مسؤولون أمس «إنه من المقرر فتح الميناء».")
    assert r.claim == "من المقرر فتح الميناء"


def test_a_conditional_in_stays_in_the_quotation():
    (r,) = recs("وقال الوزير «إن لم نصلح الميناء فسنخسر الموسم».")
    assert r.claim == "إن لم نصلح الميناء فسنخسر الموسم"


def test_adverbial_phrases_between_source_and_claim():
    (r,) = recs("وقدرت مصادر في قطاع الشحن في وقت سابق حمولة السفينة بنحو ألف طن.")
    assert (r.source, r.claim) == ("مصادر في قطاع الشحن", "حمولة السفينة بنحو ألف طن")
    (r,) = recs("وأكد الوزير في الوقت ذاته على أن الميناء سيفتح.")
    assert (r.source, r.claim) == ("الوزير", "الميناء سيفتح")
    (r,) = recs("وقال مصدر في هذا الصدد إن الميناء سيفتح.")
    assert (r.source, r.claim) == ("مصدر", "الميناء سيفتح")


def test_a_company_named_with_a_corporate_suffix_after_its_description():
    (r,) = recs("وأعلن رئيس شركة الأجهزة الكورية سامسونغ كورب أمس استقالته.")
    assert (r.source, r.claim) == ("رئيس شركة الأجهزة الكورية سامسونغ كورب", "استقالته")


def test_an_adjective_of_size_after_the_company():
    (r,) = recs("وأعلنت الشركة العملاقة تسجيل خسائر كبيرة.")
    assert (r.source, r.claim) == ("الشركة العملاقة", "تسجيل خسائر كبيرة")


def test_roles_in_apposition_after_a_name():
    (r,) = recs("وأكد سامي الخالدي مستشار تطوير أعمال ووسيط مالي أن السوق سترتفع.")
    assert (r.source, r.claim) == ("سامي الخالدي", "السوق سترتفع")
    (r,) = recs("وقدر سامي الخالدي المحلل المالي في «ميريل» قيمة الحصة بمليار دولار.")
    assert (r.source, r.claim) == ("سامي الخالدي", "قيمة الحصة بمليار دولار")
    (r,) = recs("وأعلن سامي الخالدي المدير التنفيذي للشركة استقالته.")
    assert (r.source, r.claim) == ("سامي الخالدي", "استقالته")


def test_a_trailing_according_to_bears_on_the_fa_clause_before_it():
    rs = recs("وقال مصدر في الميناء إن الشحنات تأخرت، ففي عام 2014 كانت البلاد ثاني أكبر مصدر وفقا لتقديرات القطاع.")
    assert [(r.cue, r.claim) for r in rs] == [
        ("وقال", "الشحنات تأخرت"), ("وفقا", "في عام 2014 كانت البلاد ثاني أكبر مصدر")]


def test_a_source_opening_a_new_clause_after_a_comma_governs_what_follows():
    (r,) = recs("وتراجعت الاحتياطيات بنسبة 7 في المئة، وبحسب صندوق النقد الدولي يتوقع أن يتعافى النمو.")
    assert (r.source, r.claim) == ("صندوق النقد الدولي", "يتوقع أن يتعافى النمو")
    (r,) = recs("وتسعى الحكومة إلى مضاعفة الصادرات، وفقا لخطة رسمية أقرت العام الماضي.")
    assert r.claim == "وتسعى الحكومة إلى مضاعفة الصادرات"


def test_an_active_participle_is_an_adjective_of_the_genitive_and_a_possessed_masdar_no_name():
    (r,) = recs("ووصف رئيس اتحاد الكرة الطائرة، ماركو سيلفا، القرار بأنه خسارة.")
    assert (r.source, r.claim) == ("ماركو سيلفا", "القرار بأنه خسارة")
    (r,) = recs("وأعلن الوزير سعيد المري استقالته.")
    assert (r.source, r.claim) == ("سعيد المري", "استقالته")
