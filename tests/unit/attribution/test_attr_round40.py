"""attribution-3.19, from this session's probe batches (every sentence here is made up)."""

from attr_helpers import recs

from reader.core.entities import recognize


def _all(text: str):
    return recs(text, recognize(text))


def test_ala_ma_alana_after_the_clause_is_a_cue_like_kama():
    r = _all("ارتفعت صادرات المملكة بنسبة 12 في المئة خلال الربع الثالث، على ما أعلنت الهيئة العامة للإحصاء أمس.")[0]
    assert (r.cue, r.source, r.kind) == ("على ما أعلنت", "الهيئة العامة للإحصاء", "named_organization")
    assert r.claim == "ارتفعت صادرات المملكة بنسبة 12 في المئة خلال الربع الثالث"
    assert _all("وتراجعت الأسعار، على ما يبدو، بسبب ضعف الطلب.") == []


def test_an_announcement_a_body_published_is_a_document_named_with_it():
    r = _all("وارتفعت الأسعار بنسبة 3 في المئة، وفق إعلان نشرته الشركة على موقع السوق المالية.")[0]
    assert (r.cue, r.source, r.kind) == ("وفق", "إعلان نشرته الشركة", "document")


def test_economists_a_wire_polled_then_an_imperfect_verb_after_kana():
    r = _all('وكان اقتصاديون استطلعت "بلومبرغ" آراءهم يتوقعون نمو الاقتصاد بنسبة 2 في المئة.')[0]
    assert (r.cue, r.source, r.kind, r.via) == ("يتوقعون", "اقتصاديون", "anonymous", "بلومبرغ")


def test_demanded_in_a_statement_or_a_parliamentary_question_then_its_own_bi():
    for text in ("وطالب النائب مهند الخطيب في بيان بالكشف عن حجم الدين العام.",
                 "وكان النائب مهند الخطيب قد طالب في بيان بالكشف عن حجم الدين العام.",
                 "وكان النائب مهند الخطيب قد طالب في سؤال برلماني وجهه إلى وزير المالية بالكشف عن حجم الدين العام."):
        r = _all(text)[0]
        assert (r.cue, r.source, r.claim) == (r.cue, "مهند الخطيب", "الكشف عن حجم الدين العام"), text
    r = _all("وانتقد النائب الدوسري، في سؤال برلماني وجّهه إلى وزير المالية والاقتصاد الوطني، ما وصفه بـ«الفوضى» في تسعير الخدمات.")[0]
    assert r.claim.startswith("ما وصفه")


def test_a_un_panel_of_experts_is_a_body():
    r = _all("وقال فريق خبراء الأمم المتحدة في تقريره إن العقوبات لم تنجح.")[0]
    assert (r.source, r.kind) == ("فريق خبراء الأمم المتحدة", "named_organization")


def test_mauritanian_given_names_with_the_article_before_ould():
    r = _all("وقال الداه ولد اعمر إن الصيد تراجع.")[0]
    assert (r.source, r.kind) == ("الداه ولد اعمر", "named_person")
    r = _all("وقال المختار ولد داهي، وزير المالية، إن الصيد تراجع.")[0]
    assert r.source == "المختار ولد داهي"


def test_a_paper_relays_someone_described_at_length_before_his_claim():
    r = _all("ونقلت الصحيفة عن مسؤولين سعوديين مطّلعين على النقاشات داخل تحالف «أوبك+» أن الرياض لم تعد راغبة في خفض جديد.")[0]
    assert (r.cue, r.via, r.claim) == ("ونقلت", "الصحيفة", "الرياض لم تعد راغبة في خفض جديد")
    r = _all("ونقلت الصحيفة عن مصرفي استثماري في لندن عمل على عدد من هذه الصفقات قوله: «لم يعد ممكناً إغلاق جولة تمويل كبيرة».")[0]
    assert (r.source, r.kind, r.direct) == ("مصرفي استثماري في لندن عمل على عدد من هذه الصفقات", "anonymous", True)
    r = _all("ونقلت الصحيفة عن موظف في بلدية بمقاطعة قويتشو، لم تذكر اسمه خشية تعرضه لعقوبات، أن راتبه تأخر ثلاثة أشهر.")[0]
    assert (r.source, r.claim) == ("موظف في بلدية بمقاطعة قويتشو", "راتبه تأخر ثلاثة أشهر")


def test_a_body_by_its_head_dar_then_a_comma_and_the_relative():
    r = _all("ويتفق القرار مع موقف دار الإفتاء المصرية، التي قالت في فتوى صدرت عام 2018 إن التعامل بالعملات المشفرة محرم.")[0]
    assert (r.cue, r.source, r.kind) == ("قالت", "دار الإفتاء المصرية", "named_organization")
    r = _all("وكانت دار الخدمات النقابية والعمالية قد ذكرت في بيان أن الإدارة استدعت عددا من العمال.")[0]
    assert r.source == "دار الخدمات النقابية والعمالية"


def test_a_body_opening_the_sentence_speaks_after_idh_or_lakinnaha():
    r = _all("لكن جمعية مصارف لبنان سارعت إلى الرد، إذ قالت إن الخطة ستبقى حبراً على ورق.")[0]
    assert (r.cue, r.source) == ("قالت", "جمعية مصارف لبنان")
    r = _all("ولم تحدد الشركة في بيان لاحق أسماء المدن، لكنها قالت إن الخدمة أنجزت أكثر من مليون ميل.")[0]
    assert (r.cue, r.source, r.kind) == ("قالت", "الشركة", "named_organization")
    assert [r.cue for r in _all("لم تتوقف رحلة ريم في البحث عن وظيفة منذ تخرجها، إذ تقول إنها تقدمت لأربعين وظيفة.")] \
        in ([], ["تقول"])


def test_kana_subjects_with_its_seat_a_superlative_or_an_acronym_in_marks():
    r = _all("وكان مجلس الخدمات المالية الإسلامية، ومقره كوالالمبور، قد ذكر في تقريره أن الأصول بلغت 3.38 تريليون دولار.")[0]
    assert r.source == "مجلس الخدمات المالية الإسلامية"
    r = _all('وكانت شركة "سير"، أول علامة سعودية للسيارات الكهربائية، قد أعلنت أن أول طرازاتها سيطرح عام 2026.')[0]
    assert r.source == 'شركة "سير"'
    r = _all('وكان مجلس معلومات سوق السيارات "أميك" قد أعلن في تقريره الشهري ارتفاع المبيعات.')[0]
    assert r.source == "مجلس معلومات سوق السيارات"
    r = _all('وكانت وكالة "رويترز" قد ذكرت، الشهر الماضي، أن الشركة تجري محادثات.')[0]
    assert (r.source, r.kind) == ('وكالة "رويترز"', "media")
    r = _all("أعلنت هيئة المحاسبة والمراجعة للمؤسسات المالية الإسلامية (أيوفي)، ومقرها البحرين، طرح مسودة المعيار.")[0]
    assert r.claim == "طرح مسودة المعيار"


def test_a_given_name_with_the_article_and_a_definite_family_name_between_commas():
    r = _all('وقال الأمين العام المساعد للاتحاد، الطاهر البرباري، في تصريح لإذاعة "موزاييك أف أم"، إن الحكومة أغلقت الحوار.')[0]
    assert (r.source, r.kind, r.via) == ("الطاهر البرباري", "named_person", 'إذاعة "موزاييك أف أم"')


def test_demanded_after_kana_then_a_statement_between_commas():
    r = _all("وكان الاتحاد الدولي لنقابات العمال العرب قد طالب، في بيان بمناسبة عيد العمال، بربط الأجور بالأسعار.")[0]
    assert (r.cue, r.source, r.claim) == ("طالب", "الاتحاد الدولي لنقابات العمال العرب", "ربط الأجور بالأسعار")


def test_ali_after_a_speech_verb_before_inna_or_a_comma_is_the_name():
    r = _all("وقال علي إن راتبه لا يتجاوز 260 دينارا.")[0]
    assert (r.source, r.kind) == ("علي", "named_person")
    r = _all('وقال علي، وهو متعاقد يعمل في صيانة الشبكات منذ عام 2015: "نعمل تحت الشمس".')[0]
    assert (r.source, r.direct) == ("علي", True)
    r = _all("وأكد الوزير على أن الأسعار مستقرة.")[0]
    assert r.source == "الوزير"


def test_samar_is_a_woman():
    r = _all("وقالت سمر، وهي عاملة في قسم الخياطة منذ ست سنوات، إن راتبها لا يتجاوز 260 دينارا.")[0]
    assert (r.source, r.kind) == ("سمر", "named_person")


def test_court_papers_and_a_letter_are_documents():
    for text, src in (("وحسب محاضر الفرقة الوطنية للشرطة القضائية، فإن الشبكة هربت السجائر.", "محاضر الفرقة الوطنية للشرطة القضائية"),
                      ("وحسب قرار الإحالة، فإن المتهم منح ثلاث صفقات بالتراضي.", "قرار الإحالة"),
                      ("وبحسب الخطاب، يرتفع سعر العلبة إلى 120 جنيها.", "الخطاب")):
        r = _all(text)[0]
        assert (r.source, r.kind) == (src, "document"), text


def test_a_body_name_with_an_adjective_negated_by_ghayr():
    r = _all("وأفادت المديرية العامة للجمارك والضرائب غير المباشرة، في بلاغ سابق، بأن مصالحها حجزت 2.6 مليون علبة.")[0]
    assert r.source == "المديرية العامة للجمارك والضرائب غير المباشرة"


def test_the_middle_east_and_north_africa_is_a_region_not_the_paper():
    text = ("باريس - توقعت وكالة الطاقة الدولية أن تتجاوز الاستثمارات في الطاقة النظيفة بمنطقة الشرق الأوسط وشمال أفريقيا "
            "الاستثمارات في النفط.\n\nوقالت الوكالة، في تقريرها الصادر اليوم، إن المنطقة ستضيف 120 غيغاواط.")
    r = _all(text)[-1]
    assert (r.resolved, r.kind) == ("وكالة الطاقة الدولية", "named_organization")


def test_a_headline_post_is_the_man_named_with_it_below():
    text = ("رئيس «رواسي العقارية»: بعنا 70% من المشروع على الخارطة\n\n"
            "الرياض – يتحدث المهندس فيصل بن عبدالعزيز القحطاني، الرئيس التنفيذي لشركة رواسي للتطوير العقاري، "
            "بثقة عن مستقبل السوق.")
    r = _all(text)[0]
    assert (r.cue, r.resolved, r.kind) == (":", "فيصل بن عبدالعزيز القحطاني", "named_person")


def test_foreign_papers_by_name_and_a_paper_with_its_own_editorial():
    r = _all("وأشارت «نيكي»، في تقرير منفصل، إلى أن تراجع الين يجعل الأصول أرخص.")[0]
    assert (r.source, r.kind) == ("نيكي", "media")
    r = _all("وختمت الصحيفة افتتاحيتها بالقول: «لم يعد الوقت في صالحنا».")[0]
    assert (r.source, r.kind) == ("الصحيفة", "media")


def test_the_defence_speaks_through_the_lawyer_named_as_its_person():
    r = _all("في المقابل، اعتبر دفاع المتهمين، في شخص المحامي عبد الواحد الزكاري، أن موكليه ضحية خطأ.")[0]
    assert (r.cue, r.resolved, r.kind, r.claim) == ("اعتبر", "عبد الواحد الزكاري", "named_person", "موكليه ضحية خطأ")
    r = _all("وقال دفاع المتهم إن موكله بريء.")[0]
    assert (r.source, r.kind) == ("دفاع المتهم", "anonymous")


def test_a_firm_described_by_its_trade_is_its_name_in_marks():
    text = 'وتجري دار النشر البريطانية "بيرسون" محادثات لبيع حصتها.\n\nوأكدت "بيرسون" في بيان أمس أنها تجري مناقشات.'
    assert _all(text)[0].resolved == "بيرسون"
    text = 'ويتوقع البنك المركزي السعودي «ساما» نمو الودائع.\n\nولم ترد «ساما» على طلب للتعليق.'
    assert _all(text)[-1].resolved == "البنك المركزي السعودي"


def test_casablanca_over_a_byline_is_no_source():
    text = "أسعار المحروقات تواصل الارتفاع\n\nالدار البيضاء: نادية الإدريسي\n\nوكشفت مصادر مهنية أن الزيادة هي الثالثة."
    assert [r.cue for r in _all(text)] == ["وكشفت"]


def test_an_announcement_then_the_next_clause_is_nothing_announced():
    assert _all("وخالفوا بذلك اعلان دار الافتاء وحاولت الجماعة تبرئة نفسها") == []


def test_a_headline_post_over_the_second_of_two_posts_below():
    text = ("الرئيس التنفيذي لـ«المصرف المتحد»: نستهدف نمو محفظة القروض 30%\n\n"
            "يرى هشام الشربيني، العضو المنتدب والرئيس التنفيذي للمصرف المتحد، أن القطاع المصرفي يقف على أعتاب توسع.")
    assert _all(text)[0].resolved == "هشام الشربيني"


def test_asking_not_to_be_named_is_no_part_of_who_a_relayed_source_is():
    r = _all("ونقلت وكالة «رويترز» عن مسؤول في الصندوق طلب عدم ذكر اسمه أن المراجعة تأجلت.")[0]
    assert (r.source, r.via, r.claim) == ("مسؤول في الصندوق", "وكالة «رويترز»", "المراجعة تأجلت")
