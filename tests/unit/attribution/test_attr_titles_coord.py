"""Attribution 1.3: titles between a role and a name, roles that run through "of one of" and
"at a university", a mayor (أمين + city), compound names after ولد/بن, contrastive
coordination (، غير أنه حذر / ، لكنها تنتقد), an outlet's short name in «», a city label
with a colon, an implied وطالب with its ب-object, an imperfect after an occasion phrase,
a ministry's finding with أظهرت, and a noun ومتابعة that is not a cue."""

import pytest

from attr_helpers import recs


@pytest.mark.parametrize("text, source", [
    # a title (الدكتورة، المحامي، المهندس) after the role announces the name
    ("وقالت وزيرة الصحة الدكتورة ريما بنت خالد العتيبي إن اللقاحات وصلت.", "ريما بنت خالد العتيبي"),
    ("وقال رئيس الهيئة المحامي جاد معلوف إن الطعن قدم أمس.", "جاد معلوف"),
    ("وأوضح مدير المصنع المهندس رامز قبلان أن الإنتاج توقف.", "رامز قبلان"),
    # a role "of one of the biggest ..." with the name between commas
    ("وقال المدير المالي لأحد أكبر البنوك المحلية، نادر الصفدي، إن السيولة كافية.", "نادر الصفدي"),
    # a role at a university, then a title and the name
    ("ويقول أستاذ القانون الدولي بجامعة بيروت الدكتور وليد عساف إن الاتفاق ملزم.", "وليد عساف"),
    # أمين + a city is the mayor, not part of the name
    ("وقال أمين بغداد عمار موسى إن شبكة الصرف ستتوسع.", "عمار موسى"),
    # a compound name after ولد keeps its last word
    ("وأكد الوزير سيدي ولد محمد الأمين أن الميزانية أقرت.", "سيدي ولد محمد الأمين"),
])
def test_names_after_roles_and_titles(text, source):
    out = recs(text)
    assert len(out) == 1
    assert out[0].source == source
    assert out[0].kind == "named_person"


def test_mayor_is_not_a_later_speaker():
    out = recs("وقال أمين بغداد عمار موسى إن الشبكة ستتوسع. وأضاف موسى أن العمل يبدأ غدا.")
    assert [r.resolved for r in out] == ["عمار موسى", "عمار موسى"]


@pytest.mark.parametrize("text, cues, claims", [
    ("وقال الخبير رائد العلي إن القرار صائب، غير أنه حذر من أن التطبيق سيكون صعبا.",
     ["وقال", "حذر"], ["القرار صائب", "التطبيق سيكون صعبا"]),
    ("وترى الباحثة هناء يوسف أن الدعم ضروري، لكنها تنتقد غياب الرقابة على التوزيع.",
     ["وترى", "تنتقد"], ["الدعم ضروري", "غياب الرقابة على التوزيع"]),
])
def test_contrastive_coordination_opens_a_new_cue(text, cues, claims):
    out = recs(text)
    assert [r.cue for r in out] == cues
    assert [r.claim for r in out] == claims
    assert out[1].source == "" and out[1].resolved == out[0].resolved


def test_agency_short_name_in_marks_is_part_of_the_outlet():
    out = recs("نقلت وكالة الأنباء العراقية «واع» عن مسؤول في وزارة النقل أن المطار سيفتح.")
    assert len(out) == 1
    assert out[0].via == "وكالة الأنباء العراقية «واع»"
    assert out[0].source == "مسؤول في وزارة النقل"
    assert out[0].claim == "المطار سيفتح"
    out = recs("وذكرت وكالة الأنباء الليبية «وال» أن الطريق أعيد فتحه.")
    assert out[0].source == "وكالة الأنباء الليبية «وال»" and out[0].kind == "media"
    assert out[0].claim == "الطريق أعيد فتحه"


def test_city_label_with_colon_stays_out_of_a_trailing_claim():
    out = recs("بغداد: ارتفعت درجات الحرارة إلى 50 درجة، حسبما أفادت هيئة الأنواء الجوية في بيان.")
    assert len(out) == 1
    assert out[0].claim == "ارتفعت درجات الحرارة إلى 50 درجة"


def test_implied_demand_with_bi_object():
    out = recs("وانتقد النائب فارس الحمد تأخر الرواتب. وطالب بصرف المستحقات قبل العيد.")
    assert [r.cue for r in out] == ["وانتقد", "وطالب"]
    assert out[1].resolved == "فارس الحمد"
    assert out[1].claim == "صرف المستحقات قبل العيد"


def test_student_noun_is_not_a_demand():
    assert recs("وطالب بجامعة دمشق فاز بالمسابقة.") == []


def test_imperfect_after_an_occasion_phrase_then_a_quote():
    out = recs("تقول المهندسة لمى الخطيب إن الفكرة بسيطة. وتقول في نهاية اللقاء: «جربوا ولا تخافوا».")
    assert [r.cue for r in out] == ["تقول", "وتقول"]
    assert out[1].direct and out[1].claim == "جربوا ولا تخافوا"
    assert out[1].resolved == "لمى الخطيب"


def test_organisation_finding_with_azhar_and_act_without_anna():
    out = recs("وكانت هيئة الإحصاء قد أظهرت في دراسة سابقة أن البطالة ارتفعت.")
    assert len(out) == 1 and out[0].source == "هيئة الإحصاء" and out[0].claim == "البطالة ارتفعت"
    assert recs("وأظهر الفريق الضيف أداء قويا في الشوط الثاني.") == []


def test_noun_joined_by_wa_is_not_a_participle_cue():
    out = recs("وقال المدير إن المنصة تتيح تقديم الشكاوى ومتابعة معالجتها.")
    assert [r.cue for r in out] == ["وقال"]
    assert out[0].claim == "المنصة تتيح تقديم الشكاوى ومتابعة معالجتها"


def test_diwan_is_an_organisation():
    out = recs("توقع الديوان الوطني للحبوب أن يرتفع الإنتاج هذا العام.")
    assert out[0].source == "الديوان الوطني للحبوب" and out[0].kind == "named_organization"
    assert out[0].claim == "يرتفع الإنتاج هذا العام"
