"""Short names, roles, definite back-references, implied subjects, continuation quotes."""

from reader.core.attribution import detect_claims

from attr_helpers import recs


def test_short_name_resolves_to_the_full_name():
    rs = recs("وقال تشاو تشيجو إن المنظمين طلبوا ذلك.\nوقال تشاو: 'من غير المعقول تقييد الوصول'.")
    assert [(r.source, r.resolved, r.kind) for r in rs] == [
        ("تشاو تشيجو", "تشاو تشيجو", "named_person"), ("تشاو", "تشاو تشيجو", "named_person")]


def test_a_role_given_with_a_name_resolves_to_the_person():
    rs = recs("وقالت المتحدثة باسم المفوضية أولغا سارادو إن الوضع سيئ.\nوأضافت المتحدثة أن التمويل لا يكفي.")
    assert (rs[1].source, rs[1].kind, rs[1].resolved) == ("المتحدثة", "named_person", "أولغا سارادو")


def test_implied_subject_takes_the_last_speaker_of_the_same_gender():
    rs = recs("قالت وزيرة التخطيط هالة السعيد إن النمو بلغ 4%.\nوقال الخبير الاقتصادي مدحت نافع إن ذلك لا يكفي.\n"
              "وأضافت أن الاستثمارات زادت.\nلكنه أوضح أن التمويل صعب.")
    assert [(r.source, r.resolved) for r in rs[2:]] == [("", "هالة السعيد"), ("", "مدحت نافع")]
    assert rs[3].cue == "أوضح"


def test_implied_source_has_an_empty_span_at_the_cue():
    text = "قال الوزير محمد علي إن الخطة جاهزة. وأضاف أن التنفيذ سيبدأ."
    second = detect_claims(text)[1]
    assert second.source.text == "" and second.source.start == second.source.end == second.cue.end
    assert second.source.resolved == "محمد علي"


def test_definite_back_references():
    rs = recs("قالت مصادر نفطية مطلعة إن الإنتاج سيرتفع.\nوأضافت المصادر أن التصدير سيزيد.\n"
              "وبحسب تقرير منظمة العمل الدولية، ارتفعت البطالة بين الشباب.\nوحذر التقرير من أن الفجوة تتسع.")
    assert rs[1].resolved == "مصادر نفطية مطلعة" and rs[1].kind == "anonymous"
    assert rs[2].source == "تقرير منظمة العمل الدولية"
    assert rs[3].resolved == "تقرير منظمة العمل الدولية" and rs[3].kind == "document"


def test_descriptor_of_the_last_speaker():
    rs = recs("قال مدرب ريال مدريد كارلو أنشيلوتي إن فريقه تعب.\nوأضاف الإيطالي: «الروح كانت رائعة».")
    assert (rs[1].source, rs[1].resolved, rs[1].kind, rs[1].direct) == (
        "الإيطالي", "كارلو أنشيلوتي", "named_person", True)


def test_verbless_quote_after_a_quote_is_the_same_speaker():
    text = ("وقال مصدر مقرب من المنظمين للصحيفة: 'تعتقد الحكومة أن القوة تأتي من البيانات'. 'إنها تريد إنهاء ذلك'.\n\n"
            "«سنراجع الإنفاق»."
            )
    cs = detect_claims("ذكرت صحيفة الأوقات المالية أن القرار اتخذ.\n" + text)
    cont = cs[2]
    assert cont.cue.text == "'" and cont.direct_quote and cont.text == "إنها تريد إنهاء ذلك"
    assert cont.source.text == "" and cont.source.resolved == "مصدر مقرب من المنظمين"
    assert cont.via is not None and cont.via.text == "صحيفة الأوقات المالية"
    assert cs[3].cue.text == "«" and cs[3].source.resolved == "مصدر مقرب من المنظمين"


def test_a_quote_with_no_speaker_before_it_is_not_a_claim():
    assert recs("ارتفعت الأسعار بشدة.\n«سنراجع الإنفاق».") == []


def test_a_family_name_with_the_article_alone_is_the_person():
    rs = recs("قال رئيس الهيئة فهد الدوسري إن الأنظمة ستتغير.\nوأضاف الدوسري: «نريد سوقا أكثر عمقا».")
    assert (rs[1].source, rs[1].resolved, rs[1].kind, rs[1].direct) == (
        "الدوسري", "فهد الدوسري", "named_person", True)


def test_a_definite_organisation_resolves_to_its_earlier_full_name():
    rs = recs("أفاد مصدر في الهيئة العامة للطيران المدني بأن الرحلات استؤنفت.\n"
              "وأوضحت الهيئة في بيان أن المطار يعمل بكامل طاقته.")
    assert (rs[1].source, rs[1].kind, rs[1].resolved) == ("الهيئة", "named_organization",
                                                         "الهيئة العامة للطيران المدني")
