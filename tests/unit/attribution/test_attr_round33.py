"""attribution-3.12, from ANERcorp's development passages and this session's probe batches (every
sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_a_relative_clause_where_a_named_speaker_spoke():
    rs = _all("وفي المؤتمر الصحفي الذي أعلن فيه محمد الجدعان أن العجز تراجع، عرضت الوزارة أرقامها.")
    r = next(r for r in rs if r.cue == "أعلن")
    assert (r.source, r.kind) == ("محمد الجدعان", "named_person")


def test_a_relative_clause_in_which_its_antecedent_spoke_still_has_it():
    rs = _all("وأصدرت الشركة بيانا أعلنت فيه أن الأرباح ارتفعت.")
    assert [(r.cue, r.source) for r in rs] == [("أعلنت", "الشركة")]


def test_all_of_a_group_with_a_broken_plural():
    rs = _all("وكانت جميع البنوك قد أكدت أن السيولة كافية. وترى كافة الأطراف أن الاتفاق متوازن.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [
        ("أكدت", "جميع البنوك", "anonymous"), ("وترى", "كافة الأطراف", "anonymous")]


def test_a_name_that_begins_with_lam_keeps_it():
    rs = _all('وقالت المؤسسة والرئيسة التنفيذية للمنصة، لينا حدادين، في مقابلة مع "ومضة"، إن السوق كبيرة. '
              'تستعد منصة التعليم الإلكتروني الأردنية "ليرنيكس" لافتتاح مكتبها، وفق ما أعلنته الشركة الأربعاء.')
    assert [(r.source, r.resolved) for r in rs] == [("لينا حدادين", "لينا حدادين"), ("الشركة", "ليرنيكس")]


def test_asking_not_to_be_named_is_no_part_of_the_claim():
    rs = _all("وقال ثلاثة مديري صناديق في دبي إنهم رفعوا مراكزهم تحسبا لنتائج قوية، مفضلين عدم ذكر أسمائهم "
              "لأنهم غير مخولين بالتصريح.")
    assert rs[0].claim == "رفعوا مراكزهم تحسبا لنتائج قوية"


def test_the_quote_ends_where_the_narrator_goes_on():
    rs = _all("بدوره، اعتبر النائب بدر العنزي أن «الحكومة تحتج بالعجز»، وهنا قاطعه وزير المالية عبدالعزيز الرشيد "
              "قائلاً: «هذا الكلام غير دقيق». فرد العنزي: «دع الأرقام تتكلم»، ليتدخل رئيس المجلس طالباً من النائب "
              "التزام الوقت.")
    assert [(r.cue, r.resolved, r.claim, r.direct) for r in rs] == [
        ("اعتبر", "بدر العنزي", "الحكومة تحتج بالعجز", True),
        ("قائلاً", "عبدالعزيز الرشيد", "هذا الكلام غير دقيق", True),
        ("فرد", "بدر العنزي", "دع الأرقام تتكلم", True)]


def test_the_participle_after_but_is_the_second_clauses_subjects():
    rs = _all("وهنا طلب وزير المالية الكلمة للرد، غير أن رئيس المجلس محمد البراك رفض قائلاً: «لكل نائب حقه».")
    assert [(r.cue, r.resolved) for r in rs] == [("قائلاً", "محمد البراك")]


def test_a_post_the_rest_of_its_body_then_the_holder():
    rs = _all('وفي تعليقه على الأرقام، قال مؤسس منصة "تاجر بلس" لإنشاء المتاجر الإلكترونية، ناصر البقمي، إن '
              '"التاجر الصغير أصبح يبيع في كل المملكة". '
              'في المقابل، قال المدير العام لصندوق محمد السادس للاستثمار، محمد بنشعبون، في رده المرفق بالتقرير، إن '
              '"الصندوق اعتمد مقاربة تدريجية".')
    assert [(r.resolved, r.claim, r.direct) for r in rs] == [
        ("ناصر البقمي", "التاجر الصغير أصبح يبيع في كل المملكة", True),
        ("محمد بنشعبون", "الصندوق اعتمد مقاربة تدريجية", True)]


def test_a_post_its_body_and_city_then_the_holder_and_the_paper():
    rs = _all('ويقول الشريك المؤسس لصندوق "بيكو كابيتال" في الرياض، خالد السبيعي، لـ"الاقتصادية"، إن '
              '"الربع الرابع يشهد إغلاق صفقات كبرى".')
    assert [(r.cue, r.resolved) for r in rs] == [("ويقول", "خالد السبيعي")]


def test_what_a_company_is_comes_before_its_claim():
    rs = _all('أبوظبي – أعلن مصرف الإمارات المتحد، المدرج في سوق أبوظبي للأوراق المالية، ارتفاع صافي أرباحه 18%. '
              'وأعلنت شركة "نوفا باي" السعودية الناشئة في مجال التقنية المالية، اليوم الثلاثاء، إغلاق جولة تمويل. '
              'وقالت شركة "رابيدو" المصرية الناشئة المتخصصة في خدمات التوصيل للميل الأخير، إنها أغلقت جولة تمويل. '
              'ونفت مجموعة "مرسال" للتجارة الإلكترونية، ومقرها دبي، التقارير عن دخولها في مفاوضات.')
    assert [r.claim for r in rs][:4] == ["ارتفاع صافي أرباحه 18%", "إغلاق جولة تمويل", "أغلقت جولة تمويل",
                                         "التقارير عن دخولها في مفاوضات"]


def test_a_body_the_tagger_names_whole():
    rs = _all("الدار البيضاء – أعلنت مجموعة المكتب الشريف للفوسفاط عن تحقيق رقم معاملات بلغ 97 مليار درهم.")
    assert (rs[0].source, rs[0].claim) == ("مجموعة المكتب الشريف للفوسفاط", "تحقيق رقم معاملات بلغ 97 مليار درهم")


def test_a_survey_its_maker_in_marks_when_and_whom_it_covered():
    rs = _all('جاءت الزيادة أقل من توقعات المتعاملين، إذ أشار مسح أجرته "بلومبرغ" الأسبوع الماضي وشمل ست مصافٍ '
              'آسيوية إلى زيادة متوقعة قدرها 75 سنتاً.')
    assert [(r.cue, r.source, r.claim) for r in rs] == [("أشار", "مسح", "زيادة متوقعة قدرها 75 سنتاً")]


def test_a_poll_its_maker_in_marks_before_qad():
    rs = _all("وكان استطلاع أجرته وكالة «رويترز» وشمل 14 محللا اقتصاديا قد أظهر أن أغلبية المشاركين فيه رجحت "
              "الإبقاء على أسعار الفائدة.")
    assert [(r.cue, r.source, r.kind) for r in rs] == [("أظهر", "استطلاع", "document")]


def test_data_named_by_what_they_track_and_whose():
    rs = _all("أظهرت بيانات تتبع السفن من شركة كبلر أن واردات الهند من النفط الروسي ارتفعت.")
    assert (rs[0].source, rs[0].claim) == ("بيانات تتبع السفن من شركة كبلر", "واردات الهند من النفط الروسي ارتفعت")


def test_a_plural_after_a_single_body_is_the_verbs_object():
    rs = _all("وحث المجلس المنشآت الصحية على الالتزام بالنظام، محذرا من أن المطالبات لن تقبل. "
              "ودعت دائرة البلديات والنقل المستأجرين إلى تسجيل عقودهم.")
    assert [(r.cue, r.source, r.claim) for r in rs] == [
        ("وحث", "المجلس", "المنشآت الصحية على الالتزام بالنظام"), ("محذرا", "المجلس", "المطالبات لن تقبل"),
        ("ودعت", "دائرة البلديات والنقل", "المستأجرين إلى تسجيل عقودهم")]


def test_a_paper_in_marks_and_its_country_before_the_verb():
    rs = _all("غير أن صحيفة «الراية» القطرية ذكرت أن الراتب سيرتفع. لكن صحيفة «أوليه» الأرجنتينية قالت إنها بلغت "
              "28 مليون يورو.")
    assert [(r.source, r.kind) for r in rs] == [("صحيفة «الراية» القطرية", "media"),
                                                ("صحيفة «أوليه» الأرجنتينية", "media")]


def test_fans_are_an_unnamed_group():
    rs = _all("وتباينت ردود الأفعال، إذ اعتبر مشجعون أن الصفقة «نقلة في مشروع النادي». وطالب مشجعون إدارة النادي "
              "بالتريث.")
    assert [(r.source, r.kind) for r in rs] == [("مشجعون", "anonymous"), ("مشجعون", "anonymous")]


def test_a_family_name_that_is_also_a_post_between_commas():
    rs = _all("وقال مساعد وزير الرياضة لشؤون الاستثمار، بدر القاضي، في مؤتمر صحافي بالرياض إن الطرح جذب المستثمرين. "
              "وأضاف القاضي أن التخصيص ليس بيعا.")
    assert [(r.cue, r.resolved, r.kind) for r in rs] == [
        ("وقال", "بدر القاضي", "named_person"), ("وأضاف", "بدر القاضي", "named_person")]


def test_a_post_between_commas_before_the_object():
    rs = _all("في المقابل، انتقد الدكتور شريف عزمي، أمين صندوق نقابة الأطباء، تدني أجور الأطباء.")
    assert (rs[0].resolved, rs[0].claim) == ("شريف عزمي", "تدني أجور الأطباء")


def test_bodies_named_with_their_aim_and_a_third_adjective():
    rs = _all('من جهتها، دعت منظمة الدفاع عن المستهلك إلى "تشديد الرقابة". '
              "وكشف مصدر بالهيئة العامة للتأمين الصحي الشامل أن الهيئة تدرس زيادة الاشتراكات. "
              "وقال وزير الدفاع عن الخطة إنها جاهزة.")
    assert [r.source for r in rs] == ["منظمة الدفاع عن المستهلك", "مصدر بالهيئة العامة للتأمين الصحي الشامل", "وزير الدفاع"]


def test_court_papers_and_posts_before_a_name():
    rs = _all("وجاء في أمر الإحالة أن المتهمين تلقوا الأموال. وأوضح المحامي العام الأول رئيس نيابة الأموال العامة "
              "في دبي المستشار خليفة راشد البلوشي أن عدد الضحايا تجاوز 1200 شخص.")
    assert [(r.source, r.kind) for r in rs] == [("أمر الإحالة", "document"), ("خليفة راشد البلوشي", "named_person")]


def test_what_the_court_sees_fit_is_no_cue():
    rs = _all("وطالب الشاذلي بإخلاء سبيل موكله بأي ضمان تراه المحكمة، مشيرا إلى أنه يعاني من أمراض مزمنة.")
    assert [(r.cue, r.claim) for r in rs] == [("وطالب", "إخلاء سبيل موكله بأي ضمان تراه المحكمة"),
                                              ("مشيرا", "يعاني من أمراض مزمنة")]


def test_a_post_and_a_name_the_tagger_missed_who_asked_not_to_be_named():
    rs = _all("وقال مسؤول في النادي إن الصفقة جيدة. لكن عضو شرف سابق، طلب عدم ذكر اسمه، قال إن «الأرقام لا تشمل "
              "المستحقات».")
    assert (rs[-1].source, rs[-1].kind) == ("عضو شرف سابق", "anonymous")


def test_a_document_issued_by_a_firm_ends_the_sentence():
    rs = _all('تصدرت دبي مدن العالم في صفقات المنازل الفاخرة، وفقاً لتقرير "مراقبة المنازل الفاخرة" الصادر أمس عن '
              'شركة "نايت فرانك" للاستشارات العقارية. وبحسب بيانات المؤسسة المنشورة على موقعها الإلكتروني، بلغت '
              'الإيرادات 2.1 مليار دولار. كشف التقرير السنوي لديوان المحاسبة عن سنة 2023 أن الوقود المهرب بلغ 5 مليارات.')
    assert [r.claim for r in rs] == ["تصدرت دبي مدن العالم في صفقات المنازل الفاخرة", "بلغت الإيرادات 2.1 مليار دولار",
                                     "الوقود المهرب بلغ 5 مليارات"]


def test_a_given_name_with_the_article_after_a_post():
    rs = _all('من جهته، قال المحافظ الصديق الكبير، في تصريحات لقناة «ليبيا الأحرار»، إن المصرف يراقب السوق. '
              'وتابع الكبير: "لن نسمح بالمضاربة".')
    assert [(r.source, r.resolved, r.kind) for r in rs] == [
        ("الصديق الكبير", "الصديق الكبير", "named_person"), ("الكبير", "الصديق الكبير", "named_person")]


def test_a_given_name_the_tagger_left_out_after_posts():
    rs = _all("ومن جانبه أكد ممثل الامارات الرئيس السابق للمجلس نذار فيصل المشعل ان اجتماع المجلس أصدر قرارا.")
    assert rs[0].source == "نذار فيصل المشعل"


def test_a_news_site_named_in_its_own_lead_or_byline_is_the_publisher():
    rs = _all("العراق يستأنف ضخ النفط\n\nشفق نيوز/ أفاد مصدر في وزارة المالية، يوم الأحد، بأن الوزارة ستحول "
              "التمويل.\n\nوقال المصدر لوكالة شفق نيوز، إن \"المبلغ المخصص يبلغ 761 مليار دينار\".")
    assert [r.via for r in rs] == ["", ""]
    rs = _all("العراق يستأنف ضخ النفط\n\nرووداو ديجيتال\n\nقال الخبير ريبوار محمد أمين لرووداو إن الاتفاق "
              "يضمن الحصة.")
    assert [r.via for r in rs] == [""]


def test_a_news_site_whose_name_ends_in_news():
    rs = _all('وقال مراسل السومرية نيوز، إن "أسعار الصرف ارتفعت". وأوضح الجبوري للسومرية نيوز، أن "البنك قادر '
              'على ضبط السعر".')
    assert [(r.cue, r.source, r.kind) for r in rs] == [
        ("وقال", "مراسل السومرية نيوز", "media"), ("وأوضح", "الجبوري", "named_person")]


def test_the_text_of_a_proposal():
    rs = _all("وبحسب نص المقترح الذي حصلت السومرية نيوز على نسخة منه، فإن الحكومة ستتحمل تكاليف النقل.")
    assert [(r.source, r.claim) for r in rs] == [("نص المقترح", "الحكومة ستتحمل تكاليف النقل")]


def test_three_names_no_list_knows_between_commas_after_a_post():
    rs = _all('وقال المتحدث باسم وزارة التخطيط، آرام صديق مولود، لرووداو إن "أرقام التقرير واقعية".')
    assert [(r.source, r.kind) for r in rs] == [("آرام صديق مولود", "named_person")]


def test_an_official_who_asks_after_his_words_not_to_be_named():
    rs = _all('وقال مسؤول في إحدى شركات إدارة الفنادق إن نقص الكوادر "لا يزال يمثل التحدي الأكبر"، طالبا عدم ذكر '
              'اسمه لأنه غير مخول بالحديث لوسائل الإعلام.')
    assert (rs[0].kind, rs[0].claim) == ("anonymous", 'نقص الكوادر "لا يزال يمثل التحدي الأكبر"')


def test_signing_a_deal_is_no_forecast():
    assert _all('"السعودية" توقع أكبر صفقة طيران في تاريخ المملكة') == []
    rs = _all("وتوقعت الشركة توقيع عقد جديد خلال الربع المقبل. وتتوقع مذكرة بحثية أن يواصل الجنيه انخفاضه.")
    assert [r.cue for r in rs] == ["وتوقعت", "وتتوقع"]


def test_a_source_between_commas_in_mid_sentence_and_after_a_dateline():
    rs = _all("وتبلغ الأصول المدارة للجهاز نحو 526 مليار دولار، بحسب تقديرات معهد صناديق الثروة السيادية، ما يجعله "
              "ثامن أكبر صندوق سيادي.\n\nالكويت - وفقا لمعهد صناديق الثروة السيادية (SWFI)، تبلغ أصول الهيئة نحو "
              "969 مليار دولار.")
    assert [r.claim for r in rs] == ["وتبلغ الأصول المدارة للجهاز نحو 526 مليار دولار",
                                     "تبلغ أصول الهيئة نحو 969 مليار دولار"]


def test_a_question_an_mp_put_in_which_he_asked():
    rs = _all("وجه النائب سعود الرشيدي سؤالا برلمانيا إلى وزير المالية الدكتور فهد الجارالله، طالب فيه بتزويده بكشف "
              "تفصيلي عن الاستثمارات.")
    assert [(r.cue, r.resolved) for r in rs] == [("طالب", "سعود الرشيدي")]


def test_a_headline_and_the_dateline_under_it_are_no_one_name():
    rs = _all("6 شركات تنضم إلى البيئة التجريبية لمصرف البحرين المركزي\n\nالمنامة في 14 مايو / بنا / أعلن مصرف "
              "البحرين المركزي عن انضمام 6 شركات جديدة.")
    assert rs[0].resolved == "مصرف البحرين المركزي"


def test_a_papers_round_of_the_markets_and_the_year_results_cover():
    rs = _all("قفزت أسعار الطماطم إلى 30 جنيها، بحسب جولة لـ«الوطن» في أسواق السيدة زينب. وأظهرت النتائج المالية "
              "للبنك عن عام 2024 ارتفاع صافي الربح بنسبة 14 بالمائة.")
    assert [(r.source, r.kind, r.claim) for r in rs] == [
        ("الوطن", "media", "قفزت أسعار الطماطم إلى 30 جنيها"),
        ("النتائج المالية للبنك عن عام 2024", "document", "ارتفاع صافي الربح بنسبة 14 بالمائة")]


def test_but_she_asked_ends_her_first_claim():
    rs = _all("أما سعاد الحربي، التي تدير متجرا للعطور، فترى أن القرار «منصف لأبناء البلد»، لكنها طالبت بأن تتحمل "
              "الدولة جزءا من الراتب.")
    assert rs[0].claim == "القرار «منصف لأبناء البلد»"


def test_how_he_goes_on_before_the_colon_and_after_the_quotation():
    rs = _all("وقال محمد الوزاني إن الموسم ضعيف. ويضيف بالدارجة: «الزيتون قليل بزاف هاد العام». وقالت أم محمود إنها "
              "قللت الكمية. «كنت باخد 3 كيلو، النهارده بقيت باخد كيلو»، تضيف بحسرة.")
    assert [(r.cue, r.resolved, r.direct) for r in rs] == [
        ("وقال", "محمد الوزاني", False), ("ويضيف", "محمد الوزاني", True),
        ("وقالت", "أم محمود", False), ("تضيف", "أم محمود", True)]


def test_a_body_the_tagger_ran_into_its_spokesman():
    rs = _all("وبين الناطق الإعلامي باسم الوزارة عمر الشوابكة أن المخزون يكفي. وقال مدير جامعة الملك عبدالعزيز إن "
              "الخطة جاهزة.")
    assert [(r.source, r.kind) for r in rs] == [("عمر الشوابكة", "named_person"),
                                                ("مدير جامعة الملك عبدالعزيز", "unnamed_official")]


def test_a_post_in_a_chamber_declines_to_comment_and_owners_are_a_group():
    rs = _all("في المقابل، رفض رئيس شعبة الخضروات بالغرفة التجارية بالإسكندرية التعليق على هذه المعلومات. "
              "وقال أصحاب المحلات إن الإيجارات مرتفعة. وقال احمد المالكي إن الفريق جاهز.")
    assert [(r.source, r.kind) for r in rs] == [
        ("رئيس شعبة الخضروات بالغرفة التجارية بالإسكندرية", "unnamed_official"), ("أصحاب المحلات", "anonymous"),
        ("احمد المالكي", "named_person")]


def test_a_papers_site_in_the_dateline_is_the_publisher():
    rs = _all('تجار الخليل يشكون\n\nالخليل - "القدس" دوت كوم - في سوق باب الزاوية يقف التاجر محمد أبو سنينة. '
              'يقول أبو سنينة لـ"القدس": "لم أبع شيئا".')
    assert [(r.resolved, r.via) for r in rs] == [("محمد أبو سنينة", "")]


def test_whom_an_unnamed_expert_told_is_no_part_of_him():
    rs = _all("وأوضح مختص في الأمن السيبراني لـ«زاوية» أن المحتالين كثر.")
    assert [(r.source, r.via) for r in rs] == [("مختص في الأمن السيبراني", "زاوية")]


def test_a_source_cited_after_a_speakers_claim_bears_on_that_claim():
    rs = _all("وقال الوزير إن العجز تراجع إلى 2% العام الماضي، بحسب بيانات وزارة المالية.")
    assert [(r.cue, r.claim) for r in rs] == [("وقال", "العجز تراجع إلى 2% العام الماضي"),
                                              ("بحسب", "العجز تراجع إلى 2% العام الماضي")]
    rs = _all("وتشير التوقعات إلى أن سعر النفط سيكون عند 62 دولارا، طبقا لتقديرات البنك.")
    assert rs[-1].claim == "وتشير التوقعات إلى أن سعر النفط سيكون عند 62 دولارا"


def test_a_show_host_and_how_a_guest_comments():
    rs = _all("وقال تركي الدوسري إن القروض سهلة. وعلق الدوسري ضاحكا: «يعني صار القرض أسهل». ولفت مقدم البودكاست فهد "
              "العتيبي إلى أن الإيجار ارتفع. وقال مقدم البرنامج إن الأسعار ستتراجع.")
    assert [(r.cue, r.resolved, r.kind) for r in rs] == [
        ("وقال", "تركي الدوسري", "named_person"), ("وعلق", "تركي الدوسري", "named_person"),
        ("ولفت", "فهد العتيبي", "named_person"), ("وقال", "مقدم البرنامج", "unnamed_official")]
