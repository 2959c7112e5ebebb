"""attribution-3.13, from this session's probe batches (every sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_a_one_word_paper_after_the_datelines_dash_named_in_marks_later_publishes():
    text = ("البنوك ترفع الفائدة\n\nمسقط - عمان\n\nرفعت البنوك أسعار الفائدة.\n\n"
            "وقال مصرفي لـ«عمان» إن القرار متوقع.")
    r = next(r for r in _all(text) if r.cue == "وقال")
    assert r.via == ""


def test_a_country_after_the_dash_is_no_paper_when_never_named_in_marks():
    text = ("البنوك ترفع الفائدة\n\nمسقط - عمان\n\nرفعت البنوك أسعار الفائدة.\n\n"
            "وقال مصرفي لوكالة «رويترز» إن القرار متوقع.")
    r = next(r for r in _all(text) if r.cue == "وقال")
    assert r.via == "وكالة «رويترز»"


def test_a_two_word_body_then_the_verbs_definite_object_is_the_body_alone():
    rs = _all("وقال محافظ البنك المركزي إن التضخم يتراجع. وأبقى البنك المركزي الفائدة دون تغيير، وقال إن "
              "النمو سيتحسن.")
    r = rs[-1]
    assert (r.resolved, r.kind) == ("البنك المركزي", "named_organization")


def test_a_noun_of_the_faila_shape_is_no_adjective():
    from reader.core.attribution.phrases import adjective_like
    from reader.core.text import fold

    assert not adjective_like(fold("الفائدة")) and adjective_like(fold("القادمة"))


def test_the_field_a_body_is_named_for_is_its_short_name():
    rs = _all("أعلنت الهيئة العامة للإحصاء أن التضخم بلغ 2 بالمئة. وأوضحت الإحصاء في تقريرها أن أسعار السكن ارتفعت. "
              "وأظهرت بيانات الإحصاء أن البطالة تراجعت.")
    assert [(r.resolved, r.kind) for r in rs] == [
        ("الهيئة العامة للإحصاء", "named_organization"), ("الهيئة العامة للإحصاء", "named_organization"),
        ("بيانات الإحصاء", "document")]


def test_the_field_keeps_the_bodys_nationality():
    rs = _all("أظهرت بيانات الجهاز المركزي للإحصاء الفلسطيني ارتفاع الأسعار. وأفاد الإحصاء في بيان صحفي بأن "
              "الأسعار في غزة ارتفعت.")
    assert (rs[-1].resolved, rs[-1].kind) == ("الجهاز المركزي للإحصاء الفلسطيني", "named_organization")


def test_estimated_at_an_amount_is_no_one_estimating():
    rs = _all("وأوضح الوزير أن النص يتضمن نفقات بقيمة 16 مليار دج، مقابل إيرادات تقدر بـ 8.5 مليار دج. "
              "وقالت الوكالة إن الأصول تقدر بنحو 500 في المئة من الناتج. ويقدر الخبراء حجم السوق بنحو مليار دولار.")
    assert [r.cue for r in rs] == ["وأوضح", "وقالت", "ويقدر"]


def test_on_the_schedules_is_conformity_not_a_source():
    rs = _all("أكد الوزير التزام الكويت بقرارات التحالف، مشيرا إلى أن خطط رفع الطاقة تسير وفق الجداول الزمنية "
              "المعتمدة.")
    assert [r.cue for r in rs] == ["أكد", "مشيرا"]
    assert rs[1].claim == "خطط رفع الطاقة تسير وفق الجداول الزمنية المعتمدة"


def test_the_verb_lost_after_the_particle_faqad_stays_in_the_claim():
    rs = _all("وحسب المصدر ذاته، فقد فقد الاقتصاد الوطني 82 ألف منصب شغل. وبحسب التقرير، فقد ارتفعت الأسعار.")
    assert [r.claim for r in rs] == ["فقد الاقتصاد الوطني 82 ألف منصب شغل", "ارتفعت الأسعار"]


def test_a_given_name_spelled_like_a_cue_verb_after_a_post():
    rs = _all("وقال وزير الصناعة والتجارة والتموين يعرب القضاة، إن الأرقام تعكس قدرة المنتج. "
              "ويعرب المستثمرون عن قلقهم من التضخم.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [
        ("وقال", "يعرب القضاة", "named_person"), ("ويعرب", "المستثمرون", "anonymous")]


def test_van_opening_a_name_is_no_fa_inna():
    rs = _all("وقال رئيس بعثة الصندوق رون فان رودن إن السلطات حافظت على الاستقرار. "
              "وأشار فان رودن إلى أن البعثة توصلت إلى اتفاق.")
    r = rs[-1]
    assert (r.source, r.resolved, r.claim) == ("فان رودن", "رون فان رودن", "البعثة توصلت إلى اتفاق")


def test_opec_plus_in_marks_after_sources_in():
    rs = _all('وقالت مصادر في "أوبك+" لـ"رويترز" إن التحالف يدرس تأجيل زيادة الإنتاج.')
    assert [(r.source, r.kind, r.via) for r in rs] == [('مصادر في "أوبك+"', "anonymous", "رويترز")]


def test_an_agency_told_with_its_acronym_is_no_part_of_the_source():
    rs = _all("وقال مصدر مسؤول في الوزارة لوكالة الأنباء الكويتية (كونا) إن الحكومة تعتزم طرح سندات.")
    assert [(r.source, r.via) for r in rs] == [("مصدر مسؤول في الوزارة", "وكالة الأنباء الكويتية")]


def test_the_text_of_a_resolution_is_a_document():
    rs = _all('كما يعرب النص عن "تصميم المجلس على العمل مع الحكومة"، ويشير الى ان القوة الدولية ستكون افريقية.')
    assert [(r.source, r.kind) for r in rs] == [("النص", "document"), ("", "document")]


def test_sources_the_paper_described_as_informed():
    rs = _all('ونقلت اليومية عن مصادر وصفتها بـ"المطلعة" أن جولة جديدة من الحوار ستنطلق.')
    assert [(r.source, r.kind, r.via) for r in rs] == [('مصادر وصفتها بـ"المطلعة"', "anonymous", "اليومية")]


def test_a_plural_nisba_and_where_they_work():
    rs = _all("غير أن مهنيين في قطاع الإيواء السياحي بمراكش نبهوا إلى أن ارتفاع عدد الوافدين لم ينعكس على الفنادق.")
    assert [(r.source, r.kind) for r in rs] == [("مهنيين في قطاع الإيواء السياحي بمراكش", "anonymous")]


def test_a_ministrys_programme_is_no_show_and_whose_it_is_no_part_of_the_claim():
    rs = _all("أعلن برنامج «سكني» التابع لوزارة البلديات والإسكان أن الأسر استفادت. "
              "وأعلنت شركة «معادن» التابعة لصندوق الاستثمارات العامة أن الأرباح ارتفعت.")
    assert [(r.source, r.kind, r.claim) for r in rs] == [
        ("برنامج «سكني»", "named_organization", "الأسر استفادت"),
        ("شركة «معادن»", "named_organization", "الأرباح ارتفعت")]


def test_a_clause_on_a_survey_between_commas_before_its_claim():
    rs = _all("أظهر مسح لبنك الرياض، نشرت نتائجه أمس، أن مؤشر مديري المشتريات ارتفع إلى 56.9 نقطة. "
              "وأشار التقرير، الذي أعده البنك الدولي، إلى أن النمو سيتباطأ.")
    assert [r.claim for r in rs] == ["مؤشر مديري المشتريات ارتفع إلى 56.9 نقطة", "النمو سيتباطأ"]


def test_colon_then_inna_then_a_quotation():
    rs = _all('وقال المتحدث باسم الوزارة عاصم جهاد لـ(واع): إن "العراق ملتزم بقرارات تحالف أوبك+ بشأن خفض الإنتاج".')
    assert [(r.claim, r.direct) for r in rs] == [("العراق ملتزم بقرارات تحالف أوبك+ بشأن خفض الإنتاج", True)]


def test_a_headlines_one_word_field_names_the_body_below():
    text = ("الإحصاء: ارتفاع الرقم القياسي لأسعار المستهلك بنسبة 2.1%\n\n"
            "رام الله - أظهرت بيانات الجهاز المركزي للإحصاء الفلسطيني ارتفاع مؤشر غلاء المعيشة.")
    r = _all(text)[0]
    assert (r.cue, r.source, r.resolved, r.kind) == (
        ":", "الإحصاء", "الجهاز المركزي للإحصاء الفلسطيني", "named_organization")


def test_a_relative_clause_does_not_reach_back_across_that_to_a_statement():
    rs = _all("أشار البنك المركزي في بيان منفصل إلى أن معدل التضخم الأساسي، الذي يستبعد السلع المتقلبة الأسعار، "
              "سجل 11.2% على أساس سنوي.")
    assert [r.cue for r in rs] == ["أشار"]


def test_a_trailing_source_described_to_the_sentences_end():
    rs = _all('ارتفعت أرباح البنوك 9 في المائة، لتبلغ 26.3 مليار ريال، بحسب رصد وحدة التقارير في "الاقتصادية" '
              'لنتائج البنوك المعلنة على "تداول".')
    assert [r.claim for r in rs] == ["ارتفعت أرباح البنوك 9 في المائة، لتبلغ 26.3 مليار ريال"]


def test_a_trailing_source_bears_on_what_he_said_after_that():
    rs = _all("وقال الوزير إن الصادرات نمت. وأشار إلى أن حصة المنشآت من القروض ارتفعت إلى 9.4%، وفقا لبيانات "
              "الهيئة العامة للمنشآت الصغيرة والمتوسطة.")
    assert rs[-1].cue == "وفقا" and rs[-1].claim == "حصة المنشآت من القروض ارتفعت إلى 9.4%"


def test_the_latest_report_about_a_title_then_when_it_came_out():
    rs = _all('وأوضح التقرير الأخير للبنك حول "رصد الوضع الاقتصادي بالمغرب"، الصادر يوم الأربعاء، أن الاقتصاد '
              'الوطني أبان عن قدرة على الصمود.')
    assert [(r.source, r.claim) for r in rs] == [
        ('التقرير الأخير للبنك حول "رصد الوضع الاقتصادي بالمغرب"', "الاقتصاد الوطني أبان عن قدرة على الصمود")]


def test_a_bodys_head_word_is_no_field_it_is_named_for():
    rs = _all('أعلنت شركة توشيبا كورب النتائج. وقال رئيسها إن «القيادة العليا للشركة تتحمل المسؤولية». '
              'وأعلنت الشركة استقالة نائب الرئيس.')
    assert rs[-1].resolved != "القيادة العليا للشركة"


def test_a_gulf_family_name_in_ba_before_his_post():
    rs = _all("وأكد معالي خالد محمد بالعمى، محافظ المصرف المركزي، أن القطاع المصرفي يتمتع بسيولة مرتفعة.")
    assert rs[0].source == "خالد محمد بالعمى"


def test_the_verbs_an_then_what_was_announced_is_no_bodys_aim():
    rs = _all("أعلنت الهيئة العامة للعقار عن إلزام المؤجرين بتوثيق جميع العقود، مؤكدة أن العقود غير الموثقة "
              "لن يعتد بها. وقالت منظمة هيومن رايتس ووتش للدفاع عن حقوق الإنسان إن الوضع سيئ.")
    assert [r.source for r in rs] == ["الهيئة العامة للعقار", "الهيئة العامة للعقار",
                                      "منظمة هيومن رايتس ووتش للدفاع عن حقوق الإنسان"]
    assert rs[0].claim == "إلزام المؤجرين بتوثيق جميع العقود"


def test_a_survey_made_by_an_agency_in_marks_then_its_claim():
    rs = _all("ووفقاً لمسح أجرته «رويترز»، ارتفع إنتاج منظمة أوبك في ديسمبر بمقدار 70 ألف برميل يومياً.")
    assert rs[0].claim == "ارتفع إنتاج منظمة أوبك في ديسمبر بمقدار 70 ألف برميل يومياً"


def test_a_job_seeker_then_her_name():
    rs = _all("أما الباحثة عن عمل هديل القرشي، الحاصلة على بكالوريوس المحاسبة، فتقول إنها تقدمت لأكثر من "
              "40 وظيفة.")
    assert (rs[0].source, rs[0].kind) == ("هديل القرشي", "named_person")


def test_a_bodys_name_that_ends_with_a_place_and_a_hamza_that_is_no_article():
    rs = _all("طالبت غرفة تجارة وصناعة البحرين بتسريع صرف المستحقات المتأخرة. "
              "وأعلنت شركة ألمنيوم البحرين (ألبا) عن تحقيق صافي أرباح بلغ 223.4 مليون دينار.")
    assert [(r.source, r.claim) for r in rs] == [
        ("غرفة تجارة وصناعة البحرين", "تسريع صرف المستحقات المتأخرة"),
        ("شركة ألمنيوم البحرين", "تحقيق صافي أرباح بلغ 223.4 مليون دينار")]


def test_a_plural_nisba_after_a_plural_is_its_adjective_not_the_object():
    rs = _all("حذرت نقابة المعلمين الجنوبيين من أن تأخير الرواتب سيدفعها إلى الإضراب. "
              "ودعا التحالف المعارض السودانيين إلى التظاهر.")
    assert [r.source for r in rs] == ["نقابة المعلمين الجنوبيين", "التحالف المعارض"]


def test_another_view_is_a_noun_and_the_verb_after_it_speaks():
    rs = _all("لكن الخبير العقاري عبدالله الأحمري كان له رأي آخر، إذ يرى أن الملاك سيلجؤون إلى تحميل الرسوم. "
              "ورأى آخرون أن السوق ستتعافى.")
    assert [(r.cue, r.resolved) for r in rs] == [("يرى", "عبدالله الأحمري"), ("ورأى", "آخرون")]


def test_an_approved_programme_is_conformity_and_a_commitment_no_part_of_the_body():
    rs = _all("أكدت وزارة المالية التزام الحكومة بتحقيق التوازن المالي وفق البرنامج المعتمد.")
    assert [(r.cue, r.source) for r in rs] == [("أكدت", "وزارة المالية")]


def test_what_an_announcement_led_to_is_the_narrators():
    rs = _all("أعلنت شركة «أدنوك للغاز» عن توزيعات أرباح بقيمة 1.7 مليار دولار، ما دفع سهمها للارتفاع بنسبة 2.3%.")
    assert rs[0].claim == "توزيعات أرباح بقيمة 1.7 مليار دولار"


def test_it_is_noted_that_is_no_part_of_a_trailing_sources_claim():
    rs = _all("ويُذكر أن الدولة تصدرت مؤشر ريادة الأعمال العالمي، وفق تقرير «المرصد العالمي لريادة الأعمال».")
    assert rs[0].claim == "الدولة تصدرت مؤشر ريادة الأعمال العالمي"


def test_a_family_name_that_is_also_next_then_bi_anna_and_the_man_again():
    rs = _all("صرح مدير فرع الوزارة بالمنطقة الشرقية عبدالرحمن المقبل بأن فرق التفتيش نفذت 1400 جولة. "
              "ونبه المقبل أصحاب المحلات إلى أن الغرامة تصل إلى 20 ألف ريال.")
    assert [r.resolved for r in rs] == ["عبدالرحمن المقبل", "عبدالرحمن المقبل"]


def test_ali_after_a_trade_before_his_verb_is_his_name():
    rs = _all("وقال حسن آل سيف إن الصيد تراجع. غير أن الصياد علي المرهون حذر من تزايد القوارب المخالفة.")
    assert rs[-1].resolved == "علي المرهون"
    assert [r.source for r in _all("وأكد على الالتزام بالقرار.")] == [""]


def test_offices_unnamed_are_a_group():
    rs = _all("وتراجعت الإيجارات بنسبة 10 في المائة، بحسب مكاتب عقارية في المدينة.")
    assert [(r.source, r.kind) for r in rs] == [("مكاتب عقارية في المدينة", "anonymous")]


def test_a_trade_the_tagger_carried_over_as_a_person_before_another_mans_name():
    text = ("وقال الصياد حسن آل سيف، الذي يعمل في المهنة منذ 30 عاما: «الأيام الأولى من الموسم هي الأفضل».\n\n"
            "غير أن الصياد علي المرهون حذر من تزايد أعداد القوارب المخالفة.")
    assert _all(text)[-1].resolved == "علي المرهون"


def test_a_month_after_fi_is_when_and_the_object_follows():
    rs = _all("أعلنت الشركة في يوليو الماضي بدء التشغيل التجريبي لمصنعها. "
              "وأعلنت الوزارة في تشرين الأول الماضي أن الصادرات ارتفعت.")
    assert [r.claim for r in rs] == ["بدء التشغيل التجريبي لمصنعها", "الصادرات ارتفعت"]


def test_an_amount_with_a_decimal_point_is_no_year():
    rs = _all("وزير السياحة يتوقع 15.5 مليون سائح بنهاية 2024")
    assert rs[0].claim == "15.5 مليون سائح بنهاية 2024"


def test_amma_then_fa_kana_qad_and_its_own_report_takes_no_genitive():
    rs = _all("أما صندوق النقد الدولي، فكان قد انتقد في تقريره الأخير «الحلول المجتزأة» التي يعتمدها مصرف لبنان. "
              "انتقد الصندوق في تقريره الأخير الحلول المجتزأة التي يعتمدها المصرف. "
              "وقال الصندوق في تقريره السنوي «آفاق الاقتصاد العالمي» إن النمو سيتباطأ.")
    assert [(r.resolved, r.claim) for r in rs] == [
        ("صندوق النقد الدولي", "«الحلول المجتزأة» التي يعتمدها مصرف لبنان"),
        ("صندوق النقد الدولي", "الحلول المجتزأة التي يعتمدها المصرف"),
        ("صندوق النقد الدولي", "النمو سيتباطأ")]


def test_an_announcement_as_a_time_or_still_awaited_is_no_claim():
    assert _all("وارتفعت السندات إلى أعلى مستوى منذ إعلان الحكومة التخلف عن السداد في آذار 2020.") == []
    assert _all("ويترقب المستثمرون إعلان الشركة عن توزيعات النصف الثاني.") == []


def test_a_bodys_one_word_name_in_marks_then_the_verbal_noun_it_announced():
    rs = _all("وفي هذا السياق، أعلنت «منشآت» إطلاق برنامج لدعم المنشآت الصغيرة بقيمة 200 مليون ريال.")
    assert [(r.source, r.claim) for r in rs] == [("منشآت", "إطلاق برنامج لدعم المنشآت الصغيرة بقيمة 200 مليون ريال")]


def test_a_headlines_document_subject_before_a_present_verb():
    rs = _all("تقرير رقابي يكشف إهدار المليارات في ملف دعم المحروقات")
    assert [(r.cue, r.source, r.kind) for r in rs] == [("يكشف", "تقرير رقابي", "document")]


def test_she_did_not_reply_by_the_time_of_printing():
    rs = _all("وتواصلت «البلاد» مع إدارة السوق للتعليق، لكنها لم ترد حتى موعد النشر.")
    assert [r.cue for r in rs] == ["لم ترد"]


def test_bodies_and_documents_named_in_full():
    rs = _all("ولم ترد حاكمية مصرف لبنان على أسئلة «الأخبار». وبحسب نسخة من التقرير اطلعت عليها «الأخبار»، فإن "
              "التحويلات تعود إلى أقل من ألف حساب. وأظهرت نتائج المسح الوطني حول السكان والتشغيل أن البطالة "
              "استقرت.")
    assert [(r.source, r.kind) for r in rs] == [
        ("حاكمية مصرف لبنان", "named_organization"), ("نسخة", "document"),
        ("نتائج المسح الوطني حول السكان والتشغيل", "document")]


def test_a_family_name_that_is_also_a_post_before_the_occasion():
    rs = _all("وقال محافظ البنك المركزي عبد الرحمن الطيب الأمين، في تصريح صحفي، إن البنك قرر توحيد سعر الصرف.")
    assert rs[0].source == "عبد الرحمن الطيب الأمين"


def test_she_who_did_not_reply_is_the_body_the_paper_contacted():
    rs = _all("وتواصلت «البلاد» مع إدارة السوق للتعليق على هذه الشكاوى، لكنها لم ترد حتى موعد النشر.")
    assert [(r.cue, r.resolved) for r in rs] == [("لم ترد", "إدارة السوق")]


def test_a_long_post_then_a_title_and_a_name():
    rs = _all("وأرجع رئيس لجنة النخيل والتمور بالغرفة التجارية بالمدينة المنورة المهندس خالد بن عبدالرحمن الحربي "
              "هذا التراجع إلى وفرة الإنتاج. وقال رئيس غرفتي صناعة الأردن وعمان المهندس رائد الحياري، خلال مؤتمر "
              "صحفي، إن الصناعة تدفع ثمن الكهرباء. وأوضح المدير العام لفندق «نسائم طيبة» هشام بن ناصر السهلي أن "
              "الإشغال انخفض. وقال نقيب أصحاب محطات المحروقات ومراكز توزيع الغاز نهار السعيدات لقناة «المملكة» إن "
              "المحطات جاهزة.")
    assert [(r.source, r.claim) for r in rs] == [
        ("خالد بن عبدالرحمن الحربي", "هذا التراجع إلى وفرة الإنتاج"),
        ("رائد الحياري", "الصناعة تدفع ثمن الكهرباء"),
        ("هشام بن ناصر السهلي", "الإشغال انخفض"),
        ("نهار السعيدات", "المحطات جاهزة")]


def test_a_decision_is_the_object_never_a_family_name():
    rs = _all("انتقد النائب خالد أبو حسان قرار رفع سعر الديزل.")
    assert (rs[0].source, rs[0].claim) == ("خالد أبو حسان", "قرار رفع سعر الديزل")


def test_but_they_after_managers_of_funds_is_them():
    rs = _all("وأشار التقرير إلى أن السيولة تراجعت. وقال مديرو صناديق إن الموسم سيدعم التداولات، لكنهم حذروا من "
              "التصعيد.")
    assert rs[-1].resolved == "مديرو صناديق"


def test_a_long_department_then_her_name_between_commas():
    rs = _all("وقالت مديرة إدارة مواجهة غسل الأموال ومكافحة تمويل الإرهاب في الوزارة، هند سلطان الكتبي، إن الوزارة "
              "كثفت حملات التفتيش.")
    assert (rs[0].source, rs[0].claim) == ("هند سلطان الكتبي", "الوزارة كثفت حملات التفتيش")


def test_a_headlines_report_by_its_owners_name_in_marks():
    rs = _all("تقرير «الشال» يحذر من تضخم بند الرواتب في الميزانية")
    assert [(r.source, r.kind, r.claim) for r in rs] == [
        ("تقرير «الشال»", "document", "تضخم بند الرواتب في الميزانية")]


def test_in_a_statement_then_the_commitment_it_affirmed():
    rs = _all("أكدت وزارة الطاقة في بيان التزام المملكة الكامل بمستوى الإنتاج المتفق عليه.")
    assert rs[0].claim == "التزام المملكة الكامل بمستوى الإنتاج المتفق عليه"


def test_a_graduate_then_her_name_and_age_between_commas():
    rs = _all('وقالت خريجة الكيمياء من جامعة أم القرى، ريم العصيمي (27 عاما)، لـ"مكة" إنها تقدمت لأكثر من 60 وظيفة. '
              "وقال خريج نظم المعلومات، تركي العنزي (28 عاما)، إنه عمل في ثلاث وظائف مؤقتة.")
    assert [r.source for r in rs] == ["ريم العصيمي", "تركي العنزي"]


def test_a_body_named_by_its_country_and_field():
    rs = _all("كشفت قطر للسياحة أن عدد الزوار بلغ 4.1 مليون زائر. وأعلنت قطر للطاقة أمس توقيع اتفاقية.")
    assert [(r.source, r.kind) for r in rs] == [("قطر للسياحة", "named_organization"),
                                                ("قطر للطاقة", "named_organization")]


def test_a_clause_on_an_unnamed_source_between_commas_is_no_name():
    rs = _all("وقال مصدر من الاتحاد المغربي للشغل، حضر الاجتماع، إن الحكومة اقترحت زيادة.")
    assert [(r.source, r.kind) for r in rs] == [("مصدر من الاتحاد المغربي للشغل", "anonymous")]


def test_a_plural_in_construct_after_a_body_is_whom_it_called_on():
    rs = _all("ودعت نفطال مستعملي الطريق إلى عدم الانسياق وراء الإشاعات.")
    assert rs[0].source == "نفطال" and rs[0].claim.startswith("مستعملي الطريق")


def test_a_family_name_that_is_also_a_post_after_a_given_name():
    rs = _all("وحذر المستشار القانوني ريان مفتي المشتركين من سداد الفواتير. وقال المحامي ريان مفتي إن الفواتير مرتفعة.")
    assert [r.source for r in rs] == ["ريان مفتي", "ريان مفتي"]


def test_a_given_name_spelled_like_a_common_word_makes_no_family_name_of_a_verbal_noun():
    text = ("كشف برنامج ضمان تمويل المنشآت الصغيرة والمتوسطة «كفالة» أن التمويلات بلغت 14.8 مليار ريال. "
            "وقال مسؤول إن حصة تمويل المنشآت بلغت 9.4 في المائة.")
    assert _all(text)[0].source == "برنامج ضمان تمويل المنشآت الصغيرة والمتوسطة «كفالة»"


def test_he_went_on_saying_opens_a_sentence():
    rs = _all('وقال هيثم السالمي إن البورصة تتطور. ومضى قائلا: "هدفنا أن تكون البورصة ضمن أكثر الأسواق جذبا".')
    assert [(r.cue, r.resolved, r.direct) for r in rs][-1] == ("ومضى قائلا", "هيثم السالمي", True)


def test_a_resident_then_her_name_and_a_seller_then_his_name_and_age_after_amma():
    rs = _all("وقالت المقيمة في الشارقة، ريم عبدالله: «سلة مشترياتي الأسبوعية كانت تكلفني 600 درهم». "
              "وقال محمد باعشن إن الأسعار مرتفعة. أما البائع في سوق الخضار المركزي بالكعكية، علي الحربي (29 عاما)، "
              "فقال إن الجولات الرقابية ضرورية.")
    assert [r.resolved for r in rs] == ["ريم عبدالله", "محمد باعشن", "علي الحربي"]


def test_the_minister_called_on_the_investors_of_the_private_sector():
    rs = _all("ودعا الوزير مستثمري القطاع الخاص إلى المشاركة.")
    assert [(r.source, r.kind) for r in rs] == [("الوزير", "unnamed_official")]


def test_a_housewife_known_by_her_sons_name_is_a_person_not_a_body():
    rs = _all("من جهتها، قالت ربة المنزل أم خالد (47 عاما) إنها باتت تشتري احتياجات رمضان على دفعات. "
              "وأضافت أن أسعار التمور بقيت مستقرة.")
    assert [(r.resolved, r.kind) for r in rs] == [("أم خالد", "named_person")] * 2
