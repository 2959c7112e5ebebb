"""Issue 9 (real news): source phrases of unnamed people and bodies, outlets cited at the head
of a sentence, sources in marks and dotted names. Sentences written for these tests."""

from attr_helpers import recs

from reader.core.model import Entity


def test_unnamed_specialists_and_bankers_are_anonymous():
    (r,) = recs("توقع مختصون أن يشمل الصندوق صغار المودعين.")
    assert (r.source, r.kind) == ("مختصون", "anonymous")
    (r,) = recs("وقال المصرفي الخليجي إن السيولة تراجعت.")
    assert (r.source, r.kind) == ("المصرفي الخليجي", "anonymous")


def test_a_bank_with_indefinite_adjectives_and_a_relative_clause_without_alladhi():
    (r,) = recs("وقال مصرفي كبير في بنك تجاري خليجي تديره الحكومة “زمن المال السهل انتهى.”")
    assert (r.source, r.kind, r.claim, r.direct) == (
        "مصرفي كبير في بنك تجاري خليجي تديره الحكومة", "anonymous", "زمن المال السهل انتهى", True)


def test_relation_and_seat_phrases_after_an_unnamed_source():
    (r,) = recs("رفعت الشركة أسعارها، حسب مسؤول مصرفي ذي صلة بالصفقة.")
    assert (r.source, r.kind, r.claim) == ("مسؤول مصرفي ذي صلة بالصفقة", "unnamed_official", "رفعت الشركة أسعارها")
    (r,) = recs("وحسب مصدر في مجال الأسمدة مقره الكويت فإن الأسعار ستنخفض.")
    assert (r.source, r.kind, r.claim) == ("مصدر في مجال الأسمدة مقره الكويت", "anonymous", "الأسعار ستنخفض")
    (r,) = recs("ستنخفض الأسعار، وفقا لتاجر في آسيا وثيق الصلة بمنتج رئيسي.")
    assert (r.source, r.kind) == ("تاجر في آسيا وثيق الصلة بمنتج رئيسي", "anonymous")


def test_a_sector_or_market_after_an_unnamed_group():
    (r,) = recs("وتوقع محللون لسوق الأسهم أن يرتفع المؤشر.")
    assert (r.source, r.kind) == ("محللون لسوق الأسهم", "anonymous")
    (r,) = recs("تراجعت الأسعار، حسب مصادر بصناعة الأسمدة.")
    assert (r.source, r.kind) == ("مصادر بصناعة الأسمدة", "anonymous")


def test_a_demand_with_bi_is_not_a_sector():
    (r,) = recs("وطالب آخرون بإعادة النظر في الضريبة.")
    assert r.source == "آخرون"


def test_an_ordinal_after_a_role():
    (r,) = recs("وقال مسؤول ثان إن ناقلة أخرى وصلت.")
    assert (r.source, r.kind) == ("مسؤول ثان", "unnamed_official")


def test_an_outlet_at_the_head_of_a_sentence_with_its_own_cue_is_the_via():
    (r,) = recs("وبحسب وكالة «رويترز»، أظهرت الأرقام الرسمية أن المصافي عالجت كميات أكبر.")
    assert (r.cue, r.source, r.kind, r.via) == ("أظهرت", "الأرقام الرسمية", "document", "وكالة «رويترز»")
    (r,) = recs("وبحسب \"رويترز\"، فقد ذكر مسؤول أن ناقلة رست في الميناء.")
    assert (r.cue, r.source, r.via) == ("ذكر", "مسؤول", "رويترز")


def test_an_outlet_at_the_head_of_a_sentence_without_a_cue_is_the_source():
    (r,) = recs("وبحسب \"رويترز\"، فإن الطلب يتنامى على البطاريات.")
    assert (r.cue, r.source, r.kind, r.claim) == ("وبحسب", "رويترز", "media", "الطلب يتنامى على البطاريات")
    (r,) = recs("ووفقاً لـ \"رويترز\"، فإن الخطوة تأتي بعد بيع الصحيفة.")
    assert (r.cue, r.source, r.kind) == ("ووفقاً لـ", "رويترز", "media")


def test_a_document_keeps_its_lam_genitive():
    (r,) = recs("وحسب إحصائية لـ «معلومات السوق»، كان المصرف السبب الرئيسي في الارتفاع.")
    assert (r.source, r.kind, r.via) == ("إحصائية لـ «معلومات السوق»", "document", "")
    (r,) = recs("ذكر تقرير لشركة إم.كيه.إل للاستشارات العقارية اليوم الأربعاء إن المبيعات هبطت.")
    assert (r.source, r.kind, r.claim) == ("تقرير لشركة إم.كيه.إل للاستشارات العقارية", "document", "المبيعات هبطت")


def test_a_report_of_an_agency_at_the_head_gives_the_via():
    (r,) = recs("وبحسب تقرير لوكالة الصحافة الفرنسية، يرى محللون أن عودة النفط ستضغط على الأسعار.")
    assert (r.cue, r.source, r.via) == ("يرى", "محللون", "وكالة الصحافة الفرنسية")


def test_an_acronym_with_en_inside_an_organisation():
    text = "وقال محللون في بنك آي إن جي إن السوق تنتظر خفضين."
    a = text.index("بنك")
    bank = Entity(a, a + len("بنك آي إن جي"), "بنك آي إن جي", "ORG", "بنك آي إن جي")
    (r,) = recs(text, [bank])
    assert (r.source, r.claim) == ("محللون في بنك آي إن جي", "السوق تنتظر خفضين")


def test_a_demonstrative_group_points_back_to_the_last_group():
    first, second = recs("تراجعت الأسعار، حسب مصادر بصناعة الأسمدة. ويقول هؤلاء المحللون: إن المنتجين "
                         "قد يخفضون العروض.")
    assert (second.source, second.kind, second.resolved) == ("هؤلاء المحللون", "anonymous", "مصادر بصناعة الأسمدة")


def test_a_construct_plural_is_a_group_and_a_plural_role_stays_a_role():
    (r,) = recs("ويأمل منتجو الأسمدة الخليجيون أن تسهم الجودة في الحفاظ على العملاء.")
    assert (r.source, r.kind) == ("منتجو الأسمدة الخليجيون", "anonymous")
    (r,) = recs("ورفض مسؤولو الشركة التعليق على النتائج.")
    assert r.kind == "unnamed_official"


def test_one_of_a_group_with_its_relative_clause():
    (r,) = recs("ويقول أحد التجار الذين يبيعون الأسمدة في الخليج: إن الهوامش عالية.")
    assert (r.source, r.claim) == ("أحد التجار الذين يبيعون الأسمدة في الخليج", "الهوامش عالية")


def test_sources_based_somewhere_and_a_producing_company():
    (r,) = recs("وقالت مصادر تتخذ من الدوحة مقرا لها إن الموردين يقدمون عروضا أقل.")
    assert (r.source, r.kind) == ("مصادر تتخذ من الدوحة مقرا لها", "anonymous")
    (r,) = recs("وحول ذلك يقول مصدر مقرب من شركة خليجية منتجة للأسمدة إن شركته لن تخفض الأسعار.")
    assert (r.source, r.claim) == ("مصدر مقرب من شركة خليجية منتجة للأسمدة", "شركته لن تخفض الأسعار")


def test_a_dotted_acronym_is_a_company_and_relays_data():
    first, second = recs("وقالت إم.كيه.إل نقلا عن بيانات لحكومة دبي إن الصفقات انخفضت.\n"
                         "وأضافت إم.كيه.إل إحدى كبرى شركات الاستشارات العقارية في العالم أن الأسعار تراجعت.")
    assert (first.source, first.kind, first.via) == ("بيانات لحكومة دبي", "document", "إم.كيه.إل")
    assert (second.source, second.kind, second.claim) == ("إم.كيه.إل", "named_organization", "الأسعار تراجعت")


def test_masha_allah_is_a_compound_given_name_and_a_role_with_a_relative_clause():
    (r,) = recs("وقال ما شاء الله العبيدي وزير النفط في الحكومة الموازية التي تسيطر على العاصمة "
                "\"إن الإنتاج يبلغ 400 ألف برميل\".")
    assert (r.source, r.kind, r.direct) == ("ما شاء الله العبيدي", "named_person", True)


def test_an_unnamed_number_of_companies():
    (r,) = recs("وحتى الآن أعلنت 95 شركة نتائجها بأرباح تصل إلى 20 مليار ريال.")
    assert (r.source, r.kind) == ("95 شركة", "anonymous")
    (r,) = recs("خاصة بعد أن أعلنت عدة شركات تابعة نتائجها.")
    assert (r.source, r.kind) == ("عدة شركات تابعة", "anonymous")


def test_a_relative_clause_of_anonymity_before_the_verbs_own_preposition():
    (r,) = recs("وأشار المحلل الذي لا يرغب في الإفصاح عن اسمه إلى تحقيق قطاع التأمين نتائج مرتفعة.")
    assert (r.source, r.kind, r.claim) == ("المحلل", "anonymous", "تحقيق قطاع التأمين نتائج مرتفعة")


def test_a_role_with_a_company_in_marks_and_an_interview_before_inna():
    (r,) = recs("وأوضح سامي العلي المدير العام للتخزين في «فولتا للطاقة» في مقابلة حديثة إننا نؤمن بالسوق.")
    assert (r.source, r.claim) == ("سامي العلي", "نؤمن بالسوق")


def test_two_sources_joined_by_wa():
    (r,) = recs("وأكد كل من البنك الوطني وبنك الخليج أن السيولة متوفرة.")
    assert (r.source, r.kind, r.claim) == ("البنك الوطني وبنك الخليج", "named_organization", "السيولة متوفرة")
    (r,) = recs("وقال كل من الوزير والمحافظ إن الخطة جاهزة.")
    assert (r.source, r.kind) == ("الوزير والمحافظ", "unnamed_official")


def test_a_definite_role_takes_no_genitive_and_whom_he_told():
    (r,) = recs("وأبلغ الوزير البرلمان أن الموازنة جاهزة.")
    assert (r.source, r.claim) == ("الوزير", "الموازنة جاهزة")
    (r,) = recs("وكان الوزير قد أبلغ البرلمان أن الموازنة جاهزة.")
    assert (r.cue, r.source, r.claim) == ("أبلغ", "الوزير", "الموازنة جاهزة")


def test_an_outlet_then_a_name_then_a_semicolon_and_a_role():
    (r,) = recs("عمان - «الخليج»\nأوضح لـ«الوطن» سامر الحداد؛ مدير في شركة النخبة، أن الطلب تراجع.")
    assert (r.source, r.via, r.claim) == ("سامر الحداد", "الوطن", "الطلب تراجع")


def test_a_relative_clause_after_a_name_before_inna():
    (r,) = recs("وقال المحلل سامر الحداد الذي يعمل في بنك الخليج إن السوق تتعافى.")
    assert (r.source, r.claim) == ("سامر الحداد", "السوق تتعافى")


def test_the_company_that_announced_and_an_announcement():
    (r,) = recs("وتراجع سهم الشركة التي أعلنت خسائر فصلية.")
    assert (r.cue, r.source, r.claim) == ("أعلنت", "الشركة", "خسائر فصلية")
    (r,) = recs("وجاء إعلان الشركة أن الأرباح تضاعفت مفاجئا.")
    assert (r.cue, r.source) == ("إعلان", "الشركة")
    assert recs("وشارك في الحفل إعلان الفائزين بالجوائز.") == []


def test_indefinite_plurals_of_bodies_are_unnamed_groups():
    (r,) = recs("قالت مصارف خليجية إن الودائع زادت.")
    assert (r.source, r.kind) == ("مصارف خليجية", "anonymous")
    (r,) = recs("أعلنت بنوك كثيرة أرباحها الفصلية.")
    assert (r.source, r.kind, r.claim) == ("بنوك كثيرة", "anonymous", "أرباحها الفصلية")
    (r,) = recs("وقالت شركات الشحن إن الرسوم سترتفع.")
    assert (r.source, r.kind) == ("شركات الشحن", "anonymous")


def test_a_number_of_people_or_bodies_is_one_unnamed_source():
    (r,) = recs("وقالت مجموعة من الشركات إن الطلب تراجع.")
    assert (r.source, r.kind) == ("مجموعة من الشركات", "anonymous")
    rs = recs("وأوضح الوزير أن عددا من المستثمرين توقعوا هبوط العملة.")
    assert [(r.cue, r.source, r.kind) for r in rs][1] == ("توقعوا", "عددا من المستثمرين", "anonymous")


def test_a_group_of_bodies_whose_members_are_listed_is_named():
    (r,) = recs("أعلنت عدة شركات تابعة نتائجها مثل زينكو وبترولكس.")
    assert (r.source, r.kind) == ("عدة شركات تابعة", "named_organization")
    (r,) = recs("أعلنت شركات كثيرة أرباحها مثل العام الماضي.")
    assert r.kind == "anonymous"  # مثل + a time, not a list of members


def test_lil_drops_the_preposition_and_the_article_lam_to_stay_verbatim():
    (r,) = recs("وتراجعت الصادرات وفقا للأرقام الصادرة عن هيئة الموانئ.")
    assert (r.source, r.kind) == ("أرقام الصادرة عن هيئة الموانئ", "document")
    (r,) = recs("وتراجعت الصادرات وفقا لبيانات رسمية.")
    assert r.source == "بيانات رسمية"


def test_a_document_with_who_issued_it_and_where_it_was_posted():
    (r,) = recs("وتراجعت الصادرات وفقا لأرقام محدثة نشرتها هيئة الموانئ.")
    assert (r.source, r.claim) == ("أرقام محدثة نشرتها هيئة الموانئ", "وتراجعت الصادرات")
    (r,) = recs("وأظهرت الأرقام التي قدمتها الوزارة إلى المنظمة العربية للتنمية (أوتاد) أن الصادرات تراجعت.")
    assert r.source == "الأرقام التي قدمتها الوزارة إلى المنظمة العربية للتنمية (أوتاد)"
    (r,) = recs("وتراجعت الصادرات وفقا لبيانات منشورة على موقع «مرفأ».")
    assert (r.source, r.claim) == ("بيانات منشورة على موقع «مرفأ»", "وتراجعت الصادرات")
    (r,) = recs("وتملك الهيئة أربعة موانئ، حسبما يفيد موقعها على الإنترنت.")
    assert r.source == "موقعها على الإنترنت"


def test_whose_data_in_marks_after_according_to():
    (r,) = recs("وتراجعت الصادرات وفقا لبيانات «كبلر» الأسبوعية.")
    assert (r.source, r.claim) == ("بيانات «كبلر» الأسبوعية", "وتراجعت الصادرات")
    (r,) = recs("وذكرت بيانات «الصادرات ستتراجع».")
    assert (r.source, r.claim, r.direct) == ("بيانات", "الصادرات ستتراجع", True)


def test_a_relation_phrase_with_an_indefinite_genitive():
    (r,) = recs("ستتراجع الشحنات، وفقا لوسيط في أوروبا وثيق الصلة بمصدر غاز رئيسي في النرويج.")
    assert (r.source, r.kind) == ("وسيط في أوروبا وثيق الصلة بمصدر غاز رئيسي في النرويج", "anonymous")


def test_unions_and_communities_are_unnamed_groups_before_or_after_the_verb():
    rs = recs("في المقابل، انتقدت مجتمعات الصيادين في الجزيرة القرار، وقالت إنها لم تُستشر.")
    assert [(r.source, r.resolved, r.kind) for r in rs] == [
        ("مجتمعات الصيادين في الجزيرة", "مجتمعات الصيادين في الجزيرة", "anonymous"),
        ("", "مجتمعات الصيادين في الجزيرة", "anonymous")]
    (r,) = recs("لكن نقابات المعلمين ترى أن الرواتب متدنية.")
    assert (r.source, r.kind) == ("نقابات المعلمين", "anonymous")


def test_an_indefinite_genitive_before_min_anna():
    (r,) = recs("وحذر خبراء زلازل من أن الهزات قد تتكرر.")
    assert (r.source, r.claim) == ("خبراء زلازل", "الهزات قد تتكرر")


def test_a_role_from_a_people_or_for_a_constituency():
    (r,) = recs("«الأرض لنا»، يقول شيخ من عشائر الجنوب.")
    assert (r.source, r.kind) == ("شيخ من عشائر الجنوب", "unnamed_official")
    (r,) = recs("وقال عضو البرلمان عن محافظة نينوى سالم الجبوري إن الطريق مغلق.")
    assert (r.source, r.kind) == ("سالم الجبوري", "named_person")


def test_a_subject_before_a_relative_clause_between_commas_and_a_via_to_the_paper():
    (r,) = recs("لكن المحامية سلمى رضا، التي تابعت القضية لسنوات، قالت للجريدة إن الحكم تأخر.")
    assert (r.source, r.kind, r.claim) == ("سلمى رضا", "named_person", "الحكم تأخر")
    assert r.via != ""


def test_a_company_tagged_as_the_first_word_of_a_name_after_a_bare_role():
    text = "وقال رئيس بتروكس أمين الصالح إن الطلب قوي."
    a, b = text.index("بتروكس"), text.index(" إن")
    (r,) = recs(text, [Entity(a, b, text[a:b], "PER", text[a:b], "model", 0.5)])
    assert (r.source, r.kind) == ("أمين الصالح", "named_person")


def test_a_document_of_a_named_expert_and_his_bank():
    (r,) = recs("وقد تصل الصادرات إلى مليوني برميل، طبقا لبيانات الخبير الاقتصادي جون سميث من بنك ستاندرد تشارترد.")
    assert (r.source, r.kind) == ("بيانات الخبير الاقتصادي جون سميث من بنك ستاندرد تشارترد", "document")


def test_al_sheikh_after_al_is_a_family_name():
    (r,) = recs("وأضاف فهد آل الشيخ أن الطلب قوي.")
    assert (r.source, r.kind) == ("فهد آل الشيخ", "named_person")


def test_forecasts_of_a_group_with_a_relative_clause_leave_the_verb_its_record():
    (r,) = recs("وخالف النمو توقعات الاقتصاديين الذين توقعوا تباطؤه.")
    assert (r.cue, r.source, r.kind, r.claim) == ("توقعوا", "الاقتصاديين", "anonymous", "تباطؤه")
    assert recs("وجاء النمو أقل من توقعات الاقتصاديين الذين استطلعت الوكالة آراءهم.") == []


def test_a_report_with_a_relative_clause_without_alladhi_before_the_comma():
    (r,) = recs("وبحسب تقرير للبنك الدولي صدر الشهر الماضي، تراجع الفقر في المدن.")
    assert (r.source, r.claim) == ("تقرير للبنك الدولي", "تراجع الفقر في المدن")


def test_a_person_tagged_with_the_company_before_him():
    text = "وقال المحلل في شركة كابرون دان آيفز إن الصفقة مهمة."
    a, b = text.index("كابرون"), text.index(" إن")
    (r,) = recs(text, [Entity(a, b, text[a:b], "PER", text[a:b], "model", 0.5)])
    assert (r.source, r.kind) == ("دان آيفز", "named_person")
