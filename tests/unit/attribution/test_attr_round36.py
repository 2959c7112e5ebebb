"""attribution-3.15, from this session's probe batches (every sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_a_post_named_by_its_task_then_where_it_is():
    r = _all("وصرح المكلف بالإعلام بالمديرية العامة للجمارك لـ«النهار» بأن الواردات تراجعت بنسبة 12 في المئة.")[0]
    assert (r.source, r.kind) == ("المكلف بالإعلام بالمديرية العامة للجمارك", "unnamed_official")
    assert r.claim.startswith("الواردات تراجعت")
    r = _all("وقال المسؤول عن الإعلام في المديرية العامة للجمارك إن الواردات تراجعت.")[0]
    assert (r.source, r.kind) == ("المسؤول عن الإعلام في المديرية العامة للجمارك", "unnamed_official")
    r = _all("وقالت المسؤولة عن التسويق بالشركة الوطنية للنفط إن المبيعات تراجعت.")[0]
    assert r.source == "المسؤولة عن التسويق بالشركة الوطنية للنفط"


def test_the_verbs_own_bi_object_after_a_post_stays_its_object():
    r = _all("وأشاد الوزير بالشركة الوطنية للنفط، مؤكدا أن الإنتاج ارتفع.")[0]
    assert r.source == "الوزير"


def test_a_paper_told_after_a_post_is_no_given_name():
    for text in ("وقال وزير المالية لـ«العربي الجديد» إن الواردات تراجعت.",
                 "وقال وزير المالية لـ«العربي الجديد»، إن الواردات تراجعت."):
        r = _all(text)[0]
        assert (r.source, r.kind) == ("وزير المالية", "unnamed_official")
        assert r.claim == "الواردات تراجعت"


def test_a_committee_of_parliament_by_its_field():
    r = _all("وقالت المالية النيابية في بيان إن الموازنة تأخرت كثيرا.")[0]
    assert (r.source, r.kind) == ("المالية النيابية", "named_organization")
    r = _all("وقالت لجنة النفط والغاز النيابية إن الصادرات تراجعت. وقالت النفط والغاز النيابية إن العقود متأخرة.")[1]
    assert (r.source, r.kind) == ("النفط والغاز النيابية", "named_organization")
    r = _all("المالية النيابية: الموازنة تأخرت كثيرا\n\nوقال مصدر إن الأمور جيدة.")[0]
    assert (r.cue, r.source, r.kind) == (":", "المالية النيابية", "named_organization")
    assert [r.cue for r in _all("الانتخابات البرلمانية: موعد جديد في أيار\n\nوقال مصدر إن الأمور جيدة.")] == ["وقال"]


def test_a_power_utility_by_its_country():
    r = _all("وأعلنت كهرباء لبنان في بيان أن التغذية ستتحسن.")[0]
    assert (r.source, r.kind) == ("كهرباء لبنان", "named_organization")
    r = _all("كهرباء لبنان: التغذية ستتحسن الأسبوع المقبل\n\nوقال مصدر إن الأمور جيدة.")[0]
    assert (r.cue, r.source, r.kind) == (":", "كهرباء لبنان", "named_organization")


def test_said_about_it_then_who_said():
    r = _all("وأبرم الصندوق صفقة قال عنها محافظ الصندوق إنها الأكبر في تاريخه.")[0]
    assert (r.cue, r.source, r.kind) == ("قال", "محافظ الصندوق", "unnamed_official")
    assert r.claim.startswith("الأكبر")


def test_a_documents_title_in_construct_then_its_issuer_after_a_comma():
    r = _all("أظهر تقرير أداء الميزانية العامة للدولة للربع الثالث، الصادر عن وزارة المالية اليوم، "
             "أن الإيرادات غير النفطية بلغت 118.3 مليار ريال.")[0]
    assert r.kind == "document"
    assert r.source.startswith("تقرير أداء الميزانية العامة للدولة للربع الثالث")
    assert r.claim.startswith("الإيرادات غير النفطية")


def test_figures_shown_by_a_body_and_a_pricing_document_seen_by_an_agency():
    r = _all("وبحسب أرقام عرضتها الوزارة خلال المنتدى، بلغ صافي التدفقات الداخلة 96 مليار ريال في 2023.")[0]
    assert (r.source, r.kind) == ("أرقام عرضتها الوزارة", "document")
    assert r.claim.startswith("بلغ صافي")
    r = _all("رفعت أرامكو سعر البيع الرسمي بمقدار 30 سنتا للبرميل، وفقا لوثيقة تسعير اطلعت عليها «رويترز».")[0]
    assert (r.source, r.kind, r.via) == ("وثيقة تسعير", "document", "رويترز")


def test_the_latest_update_or_reports_of_a_body_are_documents():
    r = _all("ارتفع سعر الدولار إلى 49.35 جنيه، وفقا لآخر تحديث على الموقع الرسمي للبنكين.")[0]
    assert (r.source, r.kind) == ("آخر تحديث على الموقع الرسمي للبنكين", "document")
    r = _all("ووفقا لأحدث تقارير شعبة الأسمنت باتحاد الصناعات، تراجعت مبيعات الأسمنت المحلية بنسبة 8%.")[0]
    assert (r.source, r.kind) == ("أحدث تقارير شعبة الأسمنت باتحاد الصناعات", "document")
    assert _all("وبحسب تقارير صحفية، تراجعت المبيعات.")[0].kind == "media"


def test_abraza_that_is_a_cue_in_the_perfect_only():
    r = _all("وأبرز المصدر ذاته أن ملف التقاعد سيطرح للنقاش في جولة لاحقة.")[0]
    assert (r.cue, r.kind) == ("وأبرز", "anonymous")
    r = _all("كما أبرز التقرير أن البطالة ارتفعت.")[0]
    assert (r.source, r.kind) == ("التقرير", "document")
    assert _all("وتبرز مهمة «رهبان الفكر» في هذا السياق.") == []
    assert _all("ويمكن بلورة أبرز ملامح تلك الحقبة الجديدة في: 1 ـ انتقال الدولة إلى مرحلة الإدارة.") == []


def test_where_a_body_is_based_then_the_report_it_spoke_in():
    r = _all("وقالت وكالة الطاقة الدولية إن الطلب سيرتفع. وقالت الوكالة، ومقرها باريس، في تقريرها الشهري "
             "لسوق النفط إن الطلب سيرتفع بمقدار 862 ألف برميل يوميا.")[1]
    assert (r.resolved, r.kind) == ("وكالة الطاقة الدولية", "named_organization")
    assert r.claim.startswith("الطلب سيرتفع بمقدار")


def test_the_channel_told_after_a_name_and_his_post_is_a_via():
    r = _all("وفي سوق الصاغة بالقاهرة، قال سامح عبد الرحيم عضو شعبة الذهب في اتحاد الغرف التجارية المصرية "
             "لقناة «سكاي نيوز عربية» إن سعر غرام الذهب سجل 3720 جنيها.")[0]
    assert (r.source, r.kind) == ("سامح عبد الرحيم", "named_person")
    assert "سكاي نيوز عربية" in r.via
    assert r.claim.startswith("سعر غرام")
    r = _all("وقال الرئيس التنفيذي لبرنامج «كفالة» الأستاذ خالد بن إبراهيم الجاسر لـ«الجزيرة» إن البرنامج رفع نسبة الضمان.")[0]
    assert r.source == "خالد بن إبراهيم الجاسر"


def test_an_issued_it_and_a_time_after_the_statement_are_no_part_of_the_claim():
    r = _all("أعلن مصرف لبنان في بيان أصدره أمس تمديد العمل بالتعميم الأساسي رقم 158 حتى نهاية العام.")[0]
    assert r.claim.startswith("تمديد العمل")


def test_a_clause_on_a_lead_report_between_commas_then_fa_inna():
    r = _all('وبحسب التقرير، الذي حمل عنوان "المرصد الاقتصادي للأردن – ربيع 2025"، فإن معدل النمو لن يتجاوز 2.5 %.')[0]
    assert (r.source, r.kind) == ("التقرير", "document")
    assert r.claim.startswith("معدل النمو")


def test_a_verbal_noun_in_construct_after_a_name_is_the_object():
    rs = _all("في المقابل، انتقد النائب صالح الغرايبة ارتفاع الدين العام إلى ما يزيد على 44 مليار دينار، "
              "وقال إن خدمة الدين تلتهم ملياري دينار.")
    assert [r.resolved for r in rs] == ["صالح الغرايبة", "صالح الغرايبة"]
    assert rs[0].claim.startswith("ارتفاع الدين العام")


def test_a_draft_decision_seen_by_a_paper():
    r = _all("تتجه مؤسسة كهرباء لبنان إلى رفع التعرفة، بحسب مسودة قرار اطّلعت عليها «الأخبار».")[0]
    assert (r.source, r.kind) == ("مسودة قرار", "document")


def test_where_an_unnamed_source_works_by_a_bi_phrase_with_a_place():
    r = _all("وكشف مصدر مسؤول بمصرف ليبيا المركزي، طلب عدم ذكر اسمه، أن المصرف تلقى مراسلتين متناقضتين.")[0]
    assert (r.source, r.kind) == ("مصدر مسؤول بمصرف ليبيا المركزي", "anonymous")
    assert r.claim.startswith("المصرف تلقى")
    r = _all("وقال تاجر عملة بسوق بورتسودان الكبير، طلب عدم ذكر اسمه، لـ\"سونا\" إن الطلب على الدولار ارتفع.")[0]
    assert (r.source, r.kind) == ("تاجر عملة بسوق بورتسودان الكبير", "anonymous")
    assert r.claim.startswith("الطلب على الدولار")


def test_setting_a_price_or_a_tariff_says_nothing():
    assert [r.cue for r in _all("وأشار إلى أن الدولة حددت سعر تركيز لشراء القمح من المزارعين بمبلغ 85 ألف جنيه.")] == ["وأشار"]
    assert _all("المولدات الخاصة التي حدّدت وزارة الطاقة تسعيرتها لشهر تموز بـ39 سنتاً.") == []
    r = _all("وحدد البنك أن السعر سيبقى ثابتا.")[0]
    assert r.kind == "named_organization"


def test_a_paper_in_marks_after_a_dateline_run_into_the_lead_is_the_publisher():
    text = ("مسقط - «عُمان»: أظهرت البيانات الصادرة عن البنك المركزي ارتفاع الائتمان.\n\n"
            "وأضاف الرواحي في تصريح لـ«عُمان» أن نسبة القروض المتعثرة ظلت ضمن المستويات المقبولة.")
    r = _all(text)[-1]
    assert r.cue == "وأضاف" and r.via == ""


def test_a_family_name_that_is_also_a_title_after_a_compound_given_name_between_commas():
    r = _all("أوضح الخبير، عبد الله الأمين، أن الفارق كبير.")[0]
    assert (r.resolved, r.kind) == ("عبد الله الأمين", "named_person")
    r = _all("أوضح الخبير في قطاع التعدين، عبد العظيم الأمين، أن الفارق كبير.")[0]
    assert (r.resolved, r.kind) == ("عبد العظيم الأمين", "named_person")


def test_a_bodys_data_the_tagger_took_for_the_body_is_a_document():
    r = _all("وبحسب بيانات البنك المركزي، ارتفعت التحويلات بنسبة 45%.")[0]
    assert (r.source, r.kind) == ("بيانات البنك المركزي", "document")


def test_the_outlet_told_before_fa_inna_after_a_lead_source():
    r = _all("وبحسب ما قاله مصدر مصرفي رفيع لإنتربرايز، فإن استثمارات الأجانب بلغت نحو 38 مليار دولار.")[0]
    assert (r.source, r.kind) == ("مصدر مصرفي رفيع", "anonymous")
    assert r.claim.startswith("استثمارات الأجانب")
    r = _all("وبحسب ما قاله مصدر مصرفي لرويترز، فإن الاستثمارات بلغت 38 مليار دولار.")[0]
    assert r.via == "رويترز" and r.claim.startswith("الاستثمارات")


def test_who_issues_a_document_in_a_relative_clause_before_the_object():
    r = _all("أظهرت نتائج مسح القوى العاملة الذي تصدره الهيئة العامة للإحصاء تراجع معدل البطالة إلى 7.1 في المئة.")[0]
    assert (r.source, r.kind) == ("نتائج مسح القوى العاملة", "document")
    assert r.claim.startswith("تراجع معدل البطالة")


def test_a_survey_by_its_owners_name_in_marks_then_the_rest_of_its_name():
    r = _all("كشف استطلاع «بي دبليو سي» السنوي للرؤساء التنفيذيين في الشرق الأوسط، الذي صدر أمس على هامش "
             "منتدى دافوس، أن 79 في المئة من الرؤساء التنفيذيين متفائلون.")[0]
    assert r.source == "استطلاع «بي دبليو سي» السنوي للرؤساء التنفيذيين في الشرق الأوسط"
    assert r.claim.startswith("79 في المئة")


def test_a_firm_that_looked_like_a_name_then_the_holder_between_commas():
    r = _all("في المقابل، تبدو هيرميس أكثر تحفظا؛ إذ قالت محللة الاقتصاد الكلي في المجموعة المالية هيرميس، "
             "نادين الخولي، إنها لا تتوقع أي خفض.")[0]
    assert (r.resolved, r.kind) == ("نادين الخولي", "named_person")
    r = _all("وقالت المحللة في المجموعة المالية هيرميس، نادين الخولي، إنها لا تتوقع أي خفض.")[0]
    assert r.resolved == "نادين الخولي"


def test_the_papers_adjective_after_the_paper_told():
    for text in ("وقال فراس الحمصي لصحيفة «الوطن» المحلية، الأسبوع الماضي، إن المصرف لن يتدخل.",
                 "وكان حاكم مصرف سورية المركزي، فراس الحمصي، قال لصحيفة «الوطن» المحلية، الأسبوع الماضي، "
                 "إن المصرف لن يتدخل."):
        r = _all(text)[0]
        assert (r.resolved, r.via) == ("فراس الحمصي", "صحيفة «الوطن»")
        assert r.claim.startswith("المصرف لن يتدخل")


def test_who_revised_a_forecast_between_kana_and_qad():
    r = _all("وكان صندوق النقد الدولي قد خفض توقعاته لنمو الاقتصاد السعودي في 2024 إلى 1.5%، "
             "وفقا لتقرير «آفاق الاقتصاد العالمي» الصادر في أكتوبر.")[0]
    assert (r.cue, r.resolved, r.kind) == ("توقعاته", "صندوق النقد الدولي", "named_organization")


def test_but_he_demanded_in_the_perfect():
    rs = _all("ويرى المطيري أن القرار صائب، لكنه طالب بمنح المنشآت الصغيرة مهلة أطول.")
    assert [(r.cue, r.resolved) for r in rs] == [("ويرى", "المطيري"), ("طالب", "المطيري")]
    assert rs[1].claim.startswith("منح المنشآت")


def test_a_chamber_of_a_governorate():
    r = _all("الخليل - \"الحياة الجديدة\" - طالبت غرفة تجارة وصناعة محافظة الخليل الحكومة بإعداد خطة طوارئ عاجلة.")[0]
    assert (r.source, r.kind) == ("غرفة تجارة وصناعة محافظة الخليل", "named_organization")


def test_a_peoples_adjective_after_a_post_is_no_part_of_the_name():
    r = _all("في المقابل، كتب النائب الكوردي سوران عمر في تدوينة على فيسبوك: \"نفط الإقليم متوقف عن التصدير\".")[0]
    assert r.resolved == "سوران عمر"
    r = _all("وقال النائب الكوردستاني شيروان الدوبرداني إن الرواتب تأخرت.")[0]
    assert r.resolved == "شيروان الدوبرداني"


def test_a_channels_number_and_an_ordinal_channel():
    r = _all("من جانبه، توقع الوزير كمال محمد صالح، في تصريح لقناة كوردستان 24، أن تصل الصادرات إلى 300 ألف برميل يوميا.")[0]
    assert r.via == "قناة كوردستان 24"
    r = _all("أما الأمين العام للاتحاد، عمار تاقجوت، فقد اعتبر في تصريح للقناة الإذاعية الأولى أن الحكومة \"أوفت بوعودها\".")[0]
    assert r.via.endswith("القناة الإذاعية الأولى") or r.via.endswith("لقناة الإذاعية الأولى")


def test_figures_given_in_a_statement_and_a_department_of_a_firm():
    r = _all("وحسب المعطيات الواردة في البيان، بلغت احتياطيات الصرف الرسمية 69.2 مليار دولار.")[0]
    assert (r.source, r.kind) == ("المعطيات الواردة في البيان", "document")
    r = _all("وقالت إدارة البحوث بشركة «أمواج» لتداول الأوراق المالية، في مذكرة لعملائها، إن الاحتياطي ارتفع.")[0]
    assert r.source == "إدارة البحوث بشركة «أمواج» لتداول الأوراق المالية"
    r = _all("في المقابل، لم ترد مديرية الاتصال بسوناطراك على أسئلة \"الخبر\" إلى غاية كتابة هذه الأسطر.")[0]
    assert r.source == "مديرية الاتصال بسوناطراك"
    assert not r.claim.startswith("بسوناطراك")


def test_a_given_name_then_a_family_name_that_is_also_a_place():
    rs = _all("وقالت رئيسة الجهاز د. سهى كنعان لـ\"الأيام\" إن الأرقام سيئة. وبينت كنعان أن الجهاز يعمل مع شركائه.")
    assert [(r.resolved, r.kind) for r in rs] == [("سهى كنعان", "named_person")] * 2


def test_an_and_verb_after_a_comma_takes_the_subject_that_opened_the_sentence():
    r = _all("لكن مصادر في القطاع العقاري قللت من هذه المخاوف، وقالت لـ«البيان» إن جزءاً من الوحدات سيتأخر.")[0]
    assert (r.source, r.kind) == ("مصادر في القطاع العقاري", "anonymous")
    r = _all("وارتفعت الأسعار بنسبة 5%، وقالت الوزارة إن ذلك مؤقت.")[0]
    assert r.source == "الوزارة"


def test_wrote_on_his_page_is_a_record_of_its_own():
    rs = _all("بدوره، يرى النائب مصطفى سند أن \"الحكومة تتعمد تأخير الجداول\"، كما كتب على صفحته في فيسبوك أن "
              "\"العجز الحقيقي سيتجاوز 64 تريليون دينار\".")
    assert [r.cue for r in rs] == ["يرى", "كما كتب"]
    assert rs[0].claim.endswith("تأخير الجداول") and rs[1].resolved == "مصطفى سند"


def test_a_quoted_object_after_a_member_for_a_party_and_his_name():
    r = _all("من جانبه، انتقد النائب عن الحزب الديمقراطي الكوردستاني شيروان الدوبرداني \"تسييس ملف الرواتب\"، "
             "داعيا رئيس الوزراء إلى \"التدخل المباشر\".")[0]
    assert (r.resolved, r.claim) == ("شيروان الدوبرداني", "تسييس ملف الرواتب")
    r = _all("غير أن عضو المجلس عن منطقة ماركا هيثم الخلايلة انتقد توزيع المخصصات.")[0]
    assert r.resolved == "هيثم الخلايلة"


def test_the_agency_in_brackets_after_li_is_a_via():
    r = _all("من جهته، اعتبر الخبير الاقتصادي توفيق الزغيدي، في تصريح لـ(وات)، أن القرار كان متوقعا.")[0]
    assert (r.resolved, r.via) == ("توفيق الزغيدي", "وات")
    r = _all("وفي تصريح لـ(وات)، أوضح المدير العام للديوان، منير الحاج علي، أن الديوان سيتدخل.")[0]
    assert r.via == "وات"


def test_the_treasury_is_a_body():
    r = _all("كشفت الخزينة العامة للمملكة أن وضعية التحملات والموارد أفرزت عجزا في الميزانية.")[0]
    assert (r.source, r.kind) == ("الخزينة العامة للمملكة", "named_organization")
    assert r.claim.startswith("وضعية")


def test_an_invitation_to_take_part_in_a_meeting_says_nothing():
    assert _all("وكانت الشركة قد دعت المستثمرين والمحللين إلى المشاركة في مؤتمر هاتفي يعقد الأحد المقبل.") == []
    assert _all("ودعا الوزير الشركات إلى المشاركة في تحمل الأعباء.")[0].cue == "ودعا"


def test_a_definite_document_takes_no_verbal_noun_as_its_genitive():
    r = _all("وأرجعت النشرة الارتفاع الشهري إلى زيادة أسعار مجموعة الخضروات بنسبة 6.2%.")[0]
    assert r.source == "النشرة"
    r = _all("أظهرت التقديرات السريعة الصادرة عن الهيئة العامة للإحصاء نمو الناتج بنسبة 2.8 في المائة.")[0]
    assert r.source.startswith("التقديرات السريعة الصادرة عن")


def test_a_site_after_the_dateline_dash_then_a_colon_run_into_the_lead_is_the_publisher():
    text = ("عنوان\n\nنواكشوط – صحراء ميديا: أعلنت الشركة أن الإنتاج ارتفع.\n\n"
            "وقال الوزير في تصريح لصحراء ميديا إن الحكومة تعمل على مراجعة الاتفاقيات.")
    r = _all(text)[-1]
    assert (r.cue, r.via) == ("وقال", "")


def test_a_headlines_one_word_body_that_ends_a_name_of_two_fields_below():
    text = ("الإحصاء: تراجع معدل التضخم السنوي إلى 12.3% خلال أغسطس\n\nالقاهرة - أ ش أ\n\n"
            "أعلن الجهاز المركزي للتعبئة العامة والإحصاء، اليوم الثلاثاء، تراجع معدل التضخم السنوي إلى 12.3%.")
    r = _all(text)[0]
    assert (r.cue, r.resolved, r.kind) == (":", "الجهاز المركزي للتعبئة العامة والإحصاء", "named_organization")
