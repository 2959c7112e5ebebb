"""Issue 9 (real news), error type 2: roles, epithets and short names resolved to what the
article named before, or more fully, without making it speak. Texts written for these tests."""

from reader.core.model import Entity

from attr_helpers import recs


def _ent(text: str, name: str, kind: str, nth: int = 0) -> Entity:
    a = -1
    for _ in range(nth + 1):
        a = text.index(name, a + 1)
    return Entity(a, a + len(name), name, kind, name)


def test_a_minister_named_in_the_narration_then_cited_by_post():
    text = ("ووقع عن الجانب الكويتي وزير النفط سالم الهاجري، بينما وقع عن الشركة مديرها.\n"
            "وقال وزير النفط الكويتي في مؤتمر صحفي إن العقد مختلف.\n"
            "وأضاف الوزير أن الإنتاج يبدأ العام المقبل.")
    first, second = recs(text)
    assert (first.source, first.kind, first.resolved) == ("وزير النفط الكويتي", "named_person", "سالم الهاجري")
    assert (second.source, second.resolved) == ("الوزير", "سالم الهاجري")


def test_any_official_is_not_the_one_named_before():
    text = "واستقبل مسؤول في الوزارة سالم الهاجري أمس.\nوقال مسؤول في الوزارة إن الاجتماع كان مثمرا."
    (r,) = recs(text)
    assert (r.kind, r.resolved) == ("unnamed_official", "مسؤول في الوزارة")


def test_the_company_is_the_one_named_after_its_description():
    text = ("أعلن رئيس شركة الإلكترونيات اليابانية نيبو كورب استقالته أمس.\n"
            "وقالت الشركة إنها تعتذر للمساهمين.")
    ents = [_ent(text, "نيبو كورب", "ORG")]
    second = recs(text, ents)[-1]
    assert (second.source, second.kind, second.resolved) == ("الشركة", "named_organization", "نيبو كورب")


def test_the_company_described_by_adjectives_is_the_last_company_named():
    text = ("وتسعى شركة فولتا للطاقة إلى دخول السوق، بحسب مدير في فولتا للطاقة.\n"
            "وأعلنت المجموعة الصناعية الألمانية العملاقة تسجيل خسائر في الربع الثاني.")
    ents = [_ent(text, "فولتا للطاقة", "ORG", 1)]
    last = recs(text, ents)[-1]
    assert (last.cue, last.resolved, last.kind) == ("وأعلنت", "فولتا للطاقة", "named_organization")


def test_a_currency_the_tagger_took_for_an_organisation_is_no_company():
    text = "وبلغت الأرباح مليار ريال في الربع.\nوقالت الشركة إن النتائج جيدة."
    ents = [_ent(text, "ريال", "ORG")]
    (r,) = recs(text, ents)
    assert r.resolved == "الشركة"


def test_the_fuller_form_of_an_organisation_given_elsewhere():
    text = ("وقال صندوق النقد الدولي إن النمو سيتباطأ.\n"
            "وأوضح صندوق النقد أن التراجع مؤقت.")
    _, second = recs(text)
    assert (second.source, second.resolved) == ("صندوق النقد", "صندوق النقد الدولي")


def test_an_ambiguous_fuller_form_is_not_taken():
    text = ("وكان صندوق النقد الدولي وصندوق النقد العربي قد اجتمعا أمس.\n"
            "وأوضح صندوق النقد أن التراجع مؤقت.")
    (r,) = recs(text)
    assert r.resolved == "صندوق النقد"


def test_the_report_points_back_to_its_earlier_mention():
    text = ("كشف البنك الدولي في أهم تقرير سنوي يصدره عن المنطقة، أن النمو تراجع.\n"
            "وأضاف التقرير أن البطالة ارتفعت.")
    _, second = recs(text)
    assert (second.source, second.kind, second.resolved) == ("التقرير", "document", "تقرير سنوي يصدره عن المنطقة")


def test_statistics_that_name_their_issuer_are_their_own_source():
    text = ("أظهرت إحصائيات مصرفية حديثة أن الودائع ارتفعت.\n"
            "وبحسب الإحصائيات الصادرة عن البنك المركزي، ارتفع النقد المتداول.\n"
            "وأظهرت الإحصائيات أن السحوبات زادت.")
    first, second, third = recs(text)
    assert second.resolved == "الإحصائيات الصادرة عن البنك المركزي"
    assert third.resolved == "الإحصائيات الصادرة عن البنك المركزي"


def test_subject_between_kana_and_the_verb():
    (r,) = recs("وكانت \"فولتا\" قد أعلنت أخيرا خطة لبيع أصولها.")
    assert (r.source, r.kind, r.claim) == ("فولتا", "named_organization", "خطة لبيع أصولها")
    (r,) = recs("وكانت شركة البترول الوطنية أعلنت رسميا ترسية المناقصات.")
    assert (r.source, r.claim) == ("شركة البترول الوطنية", "ترسية المناقصات")


def test_a_subject_named_in_marks_after_its_verb():
    (r,) = recs("وأكدت \"فولتا\" في بيان أمس أنها تجري مناقشات مع المجلس.")
    assert (r.source, r.kind, r.claim) == ("فولتا", "named_organization", "تجري مناقشات مع المجلس")
    (r,) = recs("وذكرت \"فولتا\" الإيطالية القابضة وهي شركة الاستثمار للعائلة أنها تدرس العرض.")
    assert (r.source, r.claim) == ("فولتا", "تدرس العرض")


def test_a_short_quotation_after_the_verb_is_not_a_name():
    (r,) = recs("وقال \"سنعود قريبا\" ثم غادر.")
    assert r.source == ""


def test_verbal_nouns_and_connectors_are_not_names():
    (r,) = recs("وحدد الوزير دخول الشركة مراحل الإنتاج خلال ستة أشهر.")
    assert (r.source, r.kind) == ("الوزير", "unnamed_official")
    first, second = recs("وفيما حددت الحكومة الصينية هدفا للنمو، توقع محللون إجراءات جديدة.")
    assert (first.source, second.source) == ("الحكومة الصينية", "محللون")


def test_a_family_is_an_organisation():
    (r,) = recs("في حين أكدت عائلة فرناندو أنها تريد زيادة حصتها.")
    assert (r.source, r.kind) == ("عائلة فرناندو", "named_organization")


def test_a_short_name_in_marks_resolves_to_the_name_it_was_given_after():
    text = ("ويأتي نصف الإنتاج من شركة الخليج الشرقي للنفط \"جوكو\" الحكومية.\n"
            "وقالت \"جوكو\"، \"إن إنتاجها يبلغ ألف برميل\".")
    (r,) = recs(text)
    assert (r.source, r.kind, r.resolved) == ("جوكو", "named_organization", "شركة الخليج الشرقي للنفط")


def test_the_antecedent_of_a_relative_pronoun_is_the_subject():
    text = "وتستقطب السوق شركات مثل فولتا موتورز التي قالت في أبريل إنها تنوي بيع البطاريات."
    (r,) = recs(text, [_ent(text, "فولتا", "ORG")])
    assert (r.cue, r.source, r.kind) == ("قالت", "فولتا موتورز", "named_organization")


def test_a_relative_clause_with_its_own_subject_keeps_it():
    text = "وقال خبراء إن الصندوق الذي دعت وزارة المالية إلى إنشائه سيغطي المودعين."
    outer, inner = recs(text)
    assert (inner.cue, inner.source) == ("دعت", "وزارة المالية")


def test_the_longest_of_nested_forms_is_the_fullest():
    text = ("أكدت شركة «مجموعة الراشد» أنها ستواصل العمل.\n"
            "يشار إلى أن مجموعة محمد الراشد أبرمت عقدا في 2008.\n"
            "وكانت مجموعة الراشد قد أعلنت أرباحا.")
    first = recs(text)[0]
    assert first.resolved == "مجموعة محمد الراشد"


def test_a_committee_points_back_to_its_indefinite_mention():
    rs = recs("استعان المصرف بلجنة محاسبين مستقلة لمراجعة دفاتره. وانتقدت اللجنة إدارة المصرف.")
    (r,) = [r for r in rs if r.cue == "وانتقدت"]
    assert (r.source, r.resolved, r.kind) == ("اللجنة", "لجنة محاسبين مستقلة", "named_organization")


def test_kana_subject_with_a_relative_clause_before_qad():
    (r,) = recs("وكانت مجموعة سعد الراشد التي تواجه دعاوى رفعتها الوزارة بحق مجلس إدارتها، قد قالت في بيان إن الشركة ماطلت.")
    assert (r.source, r.kind, r.claim) == ("مجموعة سعد الراشد", "named_organization", "الشركة ماطلت")


def test_a_dual_verb_goes_back_to_the_pair_named_before_it():
    (r,) = recs("ولم ينشر كل من «بنك الشمال» و«بنك الجنوب» قوائمهما حتى الآن، بينما أعلنا أرباحهما في بيانين.")
    assert (r.source, r.kind, r.resolved) == ("", "named_organization", "«بنك الشمال» و«بنك الجنوب»")
