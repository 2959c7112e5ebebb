"""The cue lexicon and every cue family on short sentences."""

from reader.core.attribution.cues import PARTICIPLES, PREPOSITIONS, VERB_FORMS
from reader.core.text import fold

from attr_helpers import recs


def test_reporting_verbs_are_generated_in_all_persons_tenses_and_prefixes():
    for form in ["قال", "قالت", "يقول", "تقول", "قالوا", "يقولون", "أضاف", "وأضافت", "فأضاف", "ليضيف",
                 "أوضح", "أكد", "يؤكد", "ذكر", "ذكرت", "أفاد", "أعلن", "صرح", "أشار", "لفت", "نبه", "بين",
                 "توقع", "تتوقع", "كشف", "نفى", "نفت", "ينفي", "رأى", "يرى", "رأوا", "اعتبر", "وصف", "يصف",
                 "دعا", "دعت", "يدعو", "حث", "حثت", "حذر", "طالب", "انتقد", "كتب", "أظهر", "أظهرت", "قلنا"]:
        assert fold(form) in VERB_FORMS, form
    vf = VERB_FORMS[fold("وأضافت")]
    assert (vf.lemma, vf.tense, vf.person, vf.gender, vf.prefix) == (fold("أضاف"), "perf", 3, "f", "و")
    assert VERB_FORMS[fold("قالوا")].number == "p"
    assert VERB_FORMS[fold("نقول")].person == 1


def test_participles_with_and_without_tanwin_and_in_all_genders():
    for form in ["مشيرا", "مشيراً", "مشيرة", "مشيرين", "مشيرات", "لافتا", "مبينا", "موضحا", "مضيفة",
                 "مؤكداً", "متوقعا", "مرجعا", "داعيا", "نافية"]:
        assert fold(form) in PARTICIPLES, form
    assert PARTICIPLES[fold("مشيرة")].gender == "f"


def test_prepositional_cue_words():
    for form in ["بحسب", "وبحسب", "حسب", "حسبما", "وفقا", "ووفقاً", "وفق", "طبقا", "نقلا", "استنادا"]:
        assert fold(form) in PREPOSITIONS, form


def test_verb_with_complementizer():
    (r,) = recs("قال وزير المالية محمد الجدعان إن العجز سيتراجع.")
    assert (r.cue, r.source, r.kind, r.claim, r.direct) == ("قال", "محمد الجدعان", "named_person",
                                                           "العجز سيتراجع", False)


def test_verb_with_colon_and_quotation_is_a_direct_quote():
    (r,) = recs("وقالت الوزارة في بيان: «سنواصل دعم الأسر المحتاجة».")
    assert (r.source, r.kind, r.claim, r.direct) == ("الوزارة", "named_organization",
                                                    "سنواصل دعم الأسر المحتاجة", True)


def test_object_cues():
    (r,) = recs("أعلنت شركة مايكروسوفت يوم الثلاثاء عن استثمار 10 مليارات دولار في أوروبا.")
    assert (r.cue, r.source, r.claim) == ("أعلنت", "شركة مايكروسوفت", "استثمار 10 مليارات دولار في أوروبا")
    (r,) = recs("ودعت منظمات بيئية الدول الغنية إلى مضاعفة التمويل.")
    assert (r.source, r.kind, r.claim) == ("منظمات بيئية", "anonymous", "الدول الغنية إلى مضاعفة التمويل")


def test_document_verb_needs_a_document():
    (r,) = recs("وأظهرت بيانات رسمية أن التضخم تراجع إلى 3%.")
    assert (r.cue, r.source, r.kind) == ("وأظهرت", "بيانات رسمية", "document")
    assert recs("وأظهر اللاعب مستوى رائعا في المباراة.") == []


def test_prepositional_cues_at_start_and_end():
    (r,) = recs("وبحسب التقرير، فإن اقتصاد منطقة اليورو سينمو بنسبة 0.7% فقط.")
    assert (r.cue, r.source, r.kind, r.claim) == ("وبحسب", "التقرير", "document",
                                                 "اقتصاد منطقة اليورو سينمو بنسبة 0.7% فقط")
    (r,) = recs("وتراجع سهم الشركة بنسبة 26%، حسب بيانات بورصة ناسداك.")
    assert (r.cue, r.source, r.claim) == ("حسب", "بيانات بورصة ناسداك", "وتراجع سهم الشركة بنسبة 26%")
    (r,) = recs("ووفقاً لتقرير البنك الدولي، ارتفع الدين العام.")
    assert (r.cue, r.source, r.claim) == ("ووفقاً", "تقرير البنك الدولي", "ارتفع الدين العام")


def test_prepositional_cue_with_verb():
    (r,) = recs("ستُطرح الأسهم في مارس، حسبما قال مصدران مطلعان لرويترز.")
    assert (r.cue, r.source, r.kind, r.via, r.claim) == ("حسبما قال", "مصدران مطلعان", "anonymous",
                                                        "رويترز", "ستُطرح الأسهم في مارس")
    (r,) = recs("وفقا لما ذكرته صحيفة وول ستريت جورنال نقلا عن مصادر مطلعة، تعتزم الشركة البيع.")
    assert (r.cue, r.source, r.via, r.claim) == ("وفقا لما ذكرته", "مصادر مطلعة", "صحيفة وول ستريت جورنال",
                                                "تعتزم الشركة البيع")


def test_a_rule_is_not_a_source():
    assert recs("وفق القانون، يحق للموظف إجازة سنوية.") == []


def test_follow_on_participle_makes_a_second_record_with_the_same_source():
    a, b = recs("وقال الخبير الاقتصادي أمين فارس إن العدوان أثر على الأسواق، مشيرا إلى أن الآثار قصيرة الأجل.")
    assert (a.cue, a.source, a.claim) == ("وقال", "أمين فارس", "العدوان أثر على الأسواق")
    assert (b.cue, b.source, b.resolved, b.claim) == ("مشيرا", "أمين فارس", "أمين فارس", "الآثار قصيرة الأجل")


def test_participle_after_an_action_takes_the_subject_of_the_sentence():
    # since issue 9 the revised forecast (توقعاته) is a noun cue of its own, before the participle
    forecast, r = recs("خفض صندوق النقد الدولي توقعاته للنمو، محذرا من أن التوترات التجارية تهدد التعافي.")
    assert (forecast.cue, forecast.resolved, forecast.claim) == ("توقعاته", "صندوق النقد الدولي", "للنمو")
    assert (r.cue, r.resolved, r.kind, r.claim) == ("محذرا", "صندوق النقد الدولي", "named_organization",
                                                   "التوترات التجارية تهدد التعافي")


def test_non_responses():
    (r,) = recs("ولم ترد أليباي على الفور على أسئلة الصحفيين.")
    assert (r.cue, r.source, r.kind, r.claim) == ("ولم ترد", "أليباي", "named_organization",
                                                 "على الفور على أسئلة الصحفيين")
    (r,) = recs("ورفضت متحدثة باسم جوجل التعليق.")
    assert (r.cue, r.source, r.kind, r.claim) == ("ورفضت", "متحدثة باسم جوجل", "unnamed_official", "التعليق")
    (r,) = recs("وامتنعت إنتل عن التعليق على التقرير.")
    assert (r.cue, r.claim) == ("وامتنعت", "التعليق على التقرير")


def test_headline_colon():
    (r,) = recs("تقرير: 40% من الشركات الناشئة تعاني نقص التمويل\nنص الخبر.")
    assert (r.cue, r.source, r.kind, r.claim) == (":", "تقرير", "document",
                                                 "40% من الشركات الناشئة تعاني نقص التمويل")
    (r,) = recs("دراسة: النوم القليل يضر القلب")
    assert (r.source, r.kind) == ("دراسة", "document")
