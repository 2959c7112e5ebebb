"""Issue 9 (real news): cues outside the first list, a second source nested in a claim, and
the ways a speaker goes on (بقوله:، ومضى يقول:، وزاد). Sentences written for these tests."""

import pytest

from attr_helpers import recs


@pytest.mark.parametrize("text, cue, source, claim", [
    ("وأبان الخبير سامر الحداد أن الطلب على الإسمنت تراجع.", "وأبان", "سامر الحداد", "الطلب على الإسمنت تراجع"),
    ("وأرجع المحلل سامر الحداد التراجع إلى ضعف الطلب.", "وأرجع", "سامر الحداد", "التراجع إلى ضعف الطلب"),
    ("وقدر المحلل سامر الحداد قيمة الصفقة بنحو مليار ريال.", "وقدر", "سامر الحداد",
     "قيمة الصفقة بنحو مليار ريال"),
    ("واستبعد مصرفيون أن يرتفع سعر الفائدة هذا العام.", "واستبعد", "مصرفيون", "يرتفع سعر الفائدة هذا العام"),
    ("ورحب خبراء الصندوق بخطة الإسكان الجديدة.", "ورحب", "خبراء الصندوق", "خطة الإسكان الجديدة"),
    ("وحددت الحكومة هدفا للنمو يبلغ خمسة في المئة.", "وحددت", "الحكومة", "هدفا للنمو يبلغ خمسة في المئة"),
    ("ويعتقد بعض المحللين أن الإصدارات ستتضاعف.", "ويعتقد", "بعض المحللين", "الإصدارات ستتضاعف"),
    ("ويأمل التجار أن تتحسن المبيعات في الصيف.", "ويأمل", "التجار", "تتحسن المبيعات في الصيف"),
    ("وقضت المحكمة بأن العقد باطل.", "وقضت", "المحكمة", "العقد باطل"),
    ("وتحدث الوزير عن خطة جديدة للإسكان.", "وتحدث", "الوزير", "خطة جديدة للإسكان"),
])
def test_new_cue_verbs(text, cue, source, claim):
    (r,) = recs(text)
    assert (r.cue, r.source, r.claim) == (cue, source, claim)


def test_tataraqa_takes_ila_or_lam():
    (r,) = recs("وتطرق الخبير كمال الراشد لما يحدث في أسواق آسيا من تقلبات.")
    assert (r.cue, r.source, r.claim) == ("وتطرق", "كمال الراشد", "ما يحدث في أسواق آسيا من تقلبات")


def test_athna_after_a_comma_takes_its_own_preposition():
    (r,) = recs("وأثنى الوزير، على العلاقات بين البلدين.")
    assert (r.cue, r.source, r.claim) == ("وأثنى", "الوزير", "العلاقات بين البلدين")


def test_abda_with_an_accusative_object_is_not_read_as_a_name():
    (r,) = recs("وأبدت الوزيرة قلقا من تأخر المنحة.")
    assert (r.cue, r.source, r.kind) == ("وأبدت", "الوزيرة", "unnamed_official")


def test_ambiguous_words_need_a_subject():
    assert recs("وسعى الفريق قدر استطاعته إلى إنهاء العمل.") == []
    assert recs("وزاد الإنتاج بنسبة خمسة في المئة خلال العام.") == []


def test_coordinated_aza_after_a_comma_keeps_its_object():
    first, cause = recs("ونفت الشركة أن تكون المياه ملوثة، وعزت الشكاوى إلى أعطال في الأنابيب.")
    assert first.claim == "تكون المياه ملوثة"
    assert (cause.cue, cause.source, cause.resolved) == ("وعزت", "", "الشركة")


def test_tahaddatha_to_an_outlet_is_no_claim_but_names_the_via():
    dateline = "هانوي - «الخليج»\n"
    (r,) = recs(dateline + "وأفاد تجار في سوق المدينة، تحدثوا إلى «الرؤية»، بأن المخازن شبه فارغة.")
    assert (r.cue, r.source, r.via, r.claim) == ("وأفاد", "تجار في سوق المدينة", "الرؤية", "المخازن شبه فارغة")
    (r,) = recs(dateline + "وقال المحللون الذين تحدثوا إلى «الرؤية» إن السوق هادئة.")
    assert (r.source, r.via, r.claim) == ("المحللون", "الرؤية", "السوق هادئة")


def test_an_interview_with_the_paper_itself_has_no_via():
    # a byline and no outlet in the dateline: the paper spoken to is the one publishing
    text = "جدة: سامي العلي\nويشدد الخبير كمال الراشد في حديثه لـ«الصحيفة» على أن السوق تحتاج إلى تنظيم."
    (r,) = recs(text)
    assert (r.source, r.via) == ("كمال الراشد", "")
    (r,) = recs("جدة: سامي العلي\nوقال المحللون الذين تحدثوا لـ«الصحيفة» إن السوق هادئة.")
    assert (r.source, r.via) == ("المحللون", "")
    # a wire in the dateline: the paper spoken to is a via
    (r,) = recs("عمان - بترا\nورأى الخبير كمال الراشد، في حديث لـ«الصحيفة»، أن الأرقام مقلقة.")
    assert (r.source, r.via) == ("كمال الراشد", "الصحيفة")


def test_a_nested_cue_with_a_source_of_its_own_is_a_record():
    outer, inner = recs("توقع خبراء أن يشمل الصندوق الذي دعت وزارة المالية إلى إنشائه كل المودعين.")
    assert (outer.cue, outer.source) == ("توقع", "خبراء")
    assert (inner.cue, inner.source, inner.kind) == ("دعت", "وزارة المالية", "named_organization")


def test_a_nested_cue_with_the_same_or_an_implied_subject_stays_inside():
    (r,) = recs("وقال المصرفي إنه يعتقد أن الأسعار سترتفع.")
    assert (r.cue, r.claim) == ("وقال", "يعتقد أن الأسعار سترتفع")


def test_conformity_is_not_a_nested_source():
    (r,) = recs("وأوضح مدير المشروع سامر الحداد أن الأعمال تسير وفق الخطة.")
    assert r.cue == "وأوضح"


def test_a_demonstrative_object_before_the_subject_and_biqawlihi():
    (r,) = recs("وأكد ذلك مصدر ذو صلة بمصنع آخر بقوله: إن خفض الأسعار غير وارد.")
    assert (r.cue, r.source, r.kind, r.claim) == ("وأكد", "مصدر ذو صلة بمصنع آخر", "anonymous",
                                                  "خفض الأسعار غير وارد")


def test_biqawliha_is_a_cue_when_no_verb_took_it_in():
    first, second = recs("وقالت المحللة رانية سالم إن المؤشر صاعد. وانتقلت في معرض تحليلها إلى سهم "
                         "الإسمنت بقولها: بلغ سعر السهم أدنى مستوى.")
    assert (second.cue, second.source, second.resolved, second.claim) == (
        "بقولها", "", "رانية سالم", "بلغ سعر السهم أدنى مستوى")


def test_zada_and_mada_yaqul_go_on_with_the_same_speaker():
    first, second, third = recs("وقال المهندس كمال الراشد إن الطلب يرتفع. وزاد في هذا الجانب بقوله: لو كان "
                                "السعر مناسبا لزاد البيع. ومضى يقول: السوق تحتاج إلى وقت.")
    assert (second.cue, second.resolved, second.claim) == ("وزاد", "كمال الراشد", "لو كان السعر مناسبا لزاد البيع")
    assert (third.cue, third.resolved, third.claim) == ("يقول", "كمال الراشد", "السوق تحتاج إلى وقت")


def test_colon_then_inna_starts_the_claim_after_inna():
    (r,) = recs("وقال الخبراء: إن الصندوق يغطي حالات الطوارئ.")
    assert r.claim == "الصندوق يغطي حالات الطوارئ"


def test_noun_cues_with_the_source_as_genitive():
    (r,) = recs("وارتفع العجز بالرغم من توقعات الحكومة أن يبلغ 30 مليار دولار.")
    assert (r.cue, r.source, r.kind, r.claim) == ("توقعات", "الحكومة", "named_organization", "يبلغ 30 مليار دولار")
    (r,) = recs("ويبدو أن المنظمة ترفض دعوات عدد من الأعضاء لتحديد سعر للنفط.")
    assert (r.cue, r.source, r.kind) == ("دعوات", "عدد من الأعضاء", "anonymous")


def test_noun_cues_owned_by_the_subject_of_a_revising_verb():
    a, b, c = recs("وخفض البنك الدولي توقعاته للنمو العالمي. فيما خفض البنك توقعاته للمنطقة إلى 2 في "
                   "المئة لكنه حافظ على توقعاته لعام 2026 عند 3 في المئة.")
    assert (a.cue, a.source, a.claim) == ("توقعاته", "البنك الدولي", "للنمو العالمي")
    assert (b.source, b.resolved) == ("البنك", "البنك الدولي")
    assert (c.source, c.resolved, c.claim) == ("", "البنك الدولي", "لعام 2026 عند 3 في المئة")


def test_a_forecast_of_no_one_is_no_claim():
    assert recs("وتراجعت الأسعار مع توقعات بمزيد من الانخفاض.") == []
    assert recs("وخفضت المصانع الإنتاج بسبب توقعات ضعف الطلب.") == []


def test_a_statement_issued_by_a_body_then_said_in_it():
    first, second = recs("وإثر القرار أصدرت مجموعة محمد الراشد بيانًا قالت فيه: «الخسائر سببها المماطلة»، "
                         "مؤكدة أن الحقوق لم تسدد.")
    assert (first.cue, first.source, first.kind, first.direct) == ("قالت", "مجموعة محمد الراشد",
                                                                   "named_organization", True)
    assert (second.cue, second.resolved) == ("مؤكدة", "مجموعة محمد الراشد")


def test_went_back_and_demanded():
    text = "وقالت الوزارة إنها أنفقت أربعة مليارات، لكنها عادت وطالبت بمزيد لاستكمال الصيانة."
    first, second = recs(text)
    assert (second.cue, second.resolved, second.claim) == ("وطالبت", "الوزارة", "مزيد لاستكمال الصيانة")


def test_kama_yara_in_the_middle_is_a_view_on_the_clause_before():
    (r,) = recs("وتحقيق هذه الغاية صعب، كما يرى بعض المتخصصين في صناعة النفط، فالدولة بحاجة إلى التنافس.")
    assert (r.cue, r.source, r.claim) == ("كما يرى", "بعض المتخصصين في صناعة النفط", "وتحقيق هذه الغاية صعب")


def test_his_own_words_and_returning_to_the_source():
    a, b, c = recs("وقال الوزير إن الإنتاج سيبدأ قريبا. مبينا أن الكميات ستغير وضع البلاد حسب قوله.")
    assert (c.cue, c.resolved) == ("حسب قوله", "الوزير")
    assert b.claim == "الكميات ستغير وضع البلاد"
    first, second, third = recs("وقال مصدر مسؤول في الشركة إن الحكم نهائي.\n"
                                "وبالعودة إلى المصدر فإن القضية حسمت، لافتا إلى أنها ستدخل كأرباح.")
    assert (second.cue, second.resolved) == ("وبالعودة إلى", "مصدر مسؤول في الشركة")
    assert (third.cue, third.resolved) == ("لافتا", "مصدر مسؤول في الشركة")


def test_participles_of_issue_9():
    _, praise = recs("وقال الوزير إن الموازنة متوازنة، مشيدا بأداء الوزارات.")
    assert (praise.cue, praise.resolved, praise.claim) == ("مشيدا", "الوزير", "أداء الوزارات")
    _, hope = recs("وقالت المديرة إن المشروع سينتهي قريبا، آملة أن يفتتح في الصيف.")
    assert (hope.cue, hope.claim) == ("آملة", "يفتتح في الصيف")
    _, cause = recs("وقال المسؤول إن الأسعار ارتفعت، عازيا ذلك إلى نقص الإمدادات.")
    assert (cause.cue, cause.claim) == ("عازيا", "ذلك إلى نقص الإمدادات")


def test_verbs_with_an_object_pronoun():
    (r,) = recs("ووصفته الوزارة بأنه خطوة مهمة.")
    assert (r.cue, r.source, r.claim) == ("ووصفته", "الوزارة", "بأنه خطوة مهمة")
    (r,) = recs("بإعادة المبالغ للمودع بالحد الأعلى الذي حددته المؤسسة.")
    assert (r.cue, r.source, r.claim) == ("حددته", "المؤسسة", "الحد الأعلى")
    (r,) = recs("وتراجعت المبيعات، وفق ما كشف عنه التقرير.")
    assert (r.cue, r.source, r.claim) == ("وفق ما كشف", "التقرير", "وتراجعت المبيعات")
    (r,) = recs("وتراجعت المبيعات، وفقا لما أورده موقع «أرقام».")
    assert (r.source, r.kind) == ("موقع «أرقام»", "media")


def test_object_pronouns_that_carry_no_claim():
    assert recs("ونقلته سيارة إسعاف إلى المستشفى.") == []
    assert recs("ولم تحقق الأرباح النسبة التي يأملها المستثمرون.") == []
    assert [r.cue for r in recs("وانتقد الاتحاد ما وصفه ببطء الإجراءات.")] == ["وانتقد"]
