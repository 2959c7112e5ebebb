"""Attribution 1.2: trades and roles as sources, names after roles, prepositional cues whose
source runs to the comma, claim boundaries (acts after a comma, دون أن, a time before an
object), declarations that are acts, and a subject written before the verb of a headline."""

import pytest

from attr_helpers import recs


@pytest.mark.parametrize("text, source, kind", [
    # a trade alone is an anonymous source, with what it deals in and where
    ("وقال بائع خضار في سوق المدينة المركزي إن الأسعار تضاعفت.", "بائع خضار في سوق المدينة المركزي", "anonymous"),
    ("وقالت سائقة أجرة إن البنزين نفد من المحطات.", "سائقة أجرة", "anonymous"),
    # a trade with a name: the name
    ("وقال المزارع حسن الزعبي إن المحصول تضرر.", "حسن الزعبي", "named_person"),
    # the head of a syndicate, with and without a name
    ("وقال نقيب الصيادلة إن الأدوية ناقصة.", "نقيب الصيادلة", "unnamed_official"),
    ("وقال نقيب أصحاب المخابز جوزيف عقيقي إن الطحين متوفر.", "جوزيف عقيقي", "named_person"),
    # one of a group, with an indefinite noun and its genitive
    ("وقال أحد سكان الحي إن المياه مقطوعة منذ أيام.", "أحد سكان الحي", "anonymous"),
    # a foreign name after a definite role (not read as adjectives of the role)
    ("وقالت المتحدثة باسم المنظمة ماري كلوديت أن الفرق وصلت.", "ماري كلوديت", "named_person"),
    # a company after a ل-genitive of the role, then the name
    ("وقال المدير العام لأدنوك سلطان الجابر إن الإنتاج سيرتفع.", "سلطان الجابر", "named_person"),
    # a compound first name and a family name after a role
    ("وقال رئيس البلدية عبد الرحيم الساعدي إن الطرق ستفتح.", "عبد الرحيم الساعدي", "named_person"),
    # an unknown first and family name right after the verb, before أن or a role
    ("وأكد فرحان المهيري أن المشروع سيكتمل.", "فرحان المهيري", "named_person"),
    ("وأوضح ثامر البلوشي، مدير المشروع، أن الأعمال تسير وفق الخطة.", "ثامر البلوشي", "named_person"),
])
def test_trades_roles_and_names(text, source, kind):
    (r,) = recs(text)
    assert (r.source, r.kind) == (source, kind)


def test_common_noun_after_verb_is_not_a_name():
    assert all(r.source != "أهمية الحفاظ" for r in recs("وأكد أهمية الحفاظ على المياه الجوفية."))


def test_one_of_them_resolves_to_the_group():
    text = "واشتكى صيادون في الميناء من ارتفاع الوقود. وقال أحدهم إن القوارب متوقفة منذ أسبوع."
    (r,) = recs(text)
    assert (r.source, r.resolved, r.kind) == ("أحدهم", "صيادون", "anonymous")


def test_definite_back_reference_to_a_body_named_earlier():
    text = ("تصاعد الخلاف بين الرابطة المهنية ووزارة الصحة العامة حول الأجور.\n"
            "وقالت الرابطة في بيان إن الإضراب سيستمر.\nفي المقابل، نفت الوزارة ذلك.")
    a, b = recs(text)
    assert (a.resolved, a.kind) == ("الرابطة المهنية", "named_organization")
    assert (b.resolved, b.kind) == ("وزارة الصحة العامة", "named_organization")


def test_preposition_word_ala_does_not_make_a_family_name():
    text = ("وقال نقيب الفنادق كميل سليمان إن الموسم يعتمد على السياحة.\n"
            "وقال وزير السياحة إن الحجوزات ارتفعت.")
    a, b = recs(text)
    assert (b.source, b.kind) == ("وزير السياحة", "unnamed_official")


@pytest.mark.parametrize("text, source, claim", [
    ("وبحسب مسح لشركة «بيانات الخليج» المتخصصة في أبحاث السوق، فإن نصف الأسر تقترض.",
     "مسح لشركة «بيانات الخليج» المتخصصة في أبحاث السوق", "نصف الأسر تقترض"),
    ("ووفقا لأرقام مؤسسة «سكن» لتمويل الإسكان، ارتفعت القروض العقارية 9%.",
     "أرقام مؤسسة «سكن» لتمويل الإسكان", "ارتفعت القروض العقارية 9%"),
    ("وحسب عمال تحدثوا للموقع، فإن الرواتب متأخرة منذ شهرين.", "عمال", "الرواتب متأخرة منذ شهرين"),
])
def test_leading_prepositional_cue_source_to_the_comma(text, source, claim):
    (r,) = recs(text)
    assert (r.source, r.claim) == (source, claim)


def test_claim_stops_before_an_act_participle():
    (r,) = recs("وقالت النقابة إن العمال لم يتقاضوا أجورهم، متهمة الإدارة بالمماطلة.")
    assert r.claim == "العمال لم يتقاضوا أجورهم"


def test_claim_stops_before_dun_an():
    (r,) = recs('وقال المتحدث باسم الوزارة إن "المفاوضات تتقدم"، دون أن يحدد موعدا للاتفاق.')
    assert (r.claim, r.direct) == ("المفاوضات تتقدم", True)


def test_object_claim_stops_at_a_coordinated_cue():
    text = 'ونفت الشركة هذه المعلومات، وقال مسؤول فيها لـ«الرأي» إن الإنتاج "مستمر".'
    a, b = recs(text)
    assert a.claim == "هذه المعلومات"
    assert (b.source, b.kind, b.via) == ("مسؤول فيها", "unnamed_official", "")


def test_time_before_the_object_is_left_out():
    (r,) = recs("وكانت الهيئة قد أعلنت في 2021 برنامجا لدعم المشاريع الصغيرة.")
    assert r.claim == "برنامجا لدعم المشاريع الصغيرة"


def test_event_noun_with_relative_clause_before_an():
    (r,) = recs("وأكد البنك المركزي في تعميم اطلعت عليه «القبس» أن على الشركات وقف التحويلات.")
    assert r.claim == "على الشركات وقف التحويلات"


@pytest.mark.parametrize("text", [
    "وأعلنت الحكومة وقفا شاملا لإطلاق النار اعتبارا من منتصف الليل.",
    "وأعلن الجيش هدنة لمدة أسبوع.",
])
def test_declaring_a_truce_is_an_act(text):
    assert recs(text) == []


def test_headline_subject_before_the_verb_is_the_source():
    (r,) = recs("البلدية تعلن خطة لتوسيع شبكة الصرف الصحي")
    assert (r.source, r.kind, r.claim) == ("البلدية", "named_organization", "خطة لتوسيع شبكة الصرف الصحي")
